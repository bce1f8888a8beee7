// The task pane: particulars and 插入年报模板, the state of the report sheet (修复模板 when damaged), the
// live check, and the export and import panels (loaded on demand: they carry the heavy renderers).
import * as React from "react";
import {
  Button,
  Field,
  FluentProvider,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Subtitle2,
  Text,
  Theme,
  tokens,
} from "@fluentui/react-components";
import type { ExportHost, ImportHost } from "./hosts";
import { LiveCheck } from "./live-check";
import { ProblemList } from "./ProblemList";

const ExportPanel = React.lazy(() => import(/* webpackChunkName: "export" */ "./export/ExportPanel").then((m) => ({ default: m.ExportPanel })));
const ImportPanel = React.lazy(() => import(/* webpackChunkName: "import" */ "./import/ImportPanel").then((m) => ({ default: m.ImportPanel })));

const useStyles = makeStyles({
  root: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  main: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL, padding: tokens.spacingHorizontalL, maxWidth: "640px" },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
  block: { display: "block", margin: 0 },
  separated: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    paddingTop: tokens.spacingVerticalL,
  },
});

export interface AppProps {
  live: LiveCheck;
  theme: Theme;
  exportHost: ExportHost;
  importHost: ImportHost;
}

export function App({ live, theme, exportHost, importHost }: AppProps): React.ReactElement {
  const styles = useStyles();
  const state = React.useSyncExternalStore(live.subscribe, live.getState);
  React.useEffect(() => {
    void live.start();
    return () => live.dispose();
  }, [live]);
  const { particulars, sheet, findings, report, notice, busy } = state;
  const agencyId = React.useId();
  const [showImport, setShowImport] = React.useState(false);

  return (
    <FluentProvider theme={theme} className={styles.root} lang="zh-CN">
      <main className={styles.main}>
        <header className={styles.section}>
          <Subtitle1 as="h1" className={styles.block}>政府信息公开年报助手</Subtitle1>
          <Text as="p" size={200} className={styles.hint} style={{ margin: 0 }}>
            按国办公开办函〔2021〕30号格式填写年度报告，边填边核对。
          </Text>
        </header>

        <section className={styles.section} aria-labelledby="particulars-title">
          <Subtitle2 as="h2" id="particulars-title">年报信息</Subtitle2>
          <Field label="机关名称" hint="如：某某县人民政府办公室">
            <Input
              id={agencyId}
              value={particulars.agency ?? ""}
              onChange={(_, d) => live.setParticulars({ agency: d.value })}
              data-testid="agency"
            />
          </Field>
          <div className={styles.row}>
            <Field label="年度">
              <Input
                type="number"
                inputMode="numeric"
                min={2000}
                max={2100}
                value={String(particulars.year)}
                onChange={(_, d) => {
                  const year = Number(d.value);
                  if (d.value !== "" && Number.isFinite(year)) live.setParticulars({ year });
                }}
                data-testid="year"
              />
            </Field>
            <Button appearance="primary" onClick={() => void live.insert()} disabled={busy !== null} data-testid="insert">
              {busy === "insert" ? "正在插入…" : "插入年报模板"}
            </Button>
          </div>
          {sheet && (
            <Text size={200} className={styles.hint} data-testid="current-sheet">
              当前年报工作表：「{sheet.name}」{sheet.year !== null ? `（${sheet.year}年）` : ""}
            </Text>
          )}
        </section>

        {notice && (
          <MessageBar intent={notice.intent} data-testid="notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}

        {sheet && sheet.damage.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="damage">
            <MessageBarBody>
              <MessageBarTitle>模板结构已损坏</MessageBarTitle>
              {sheet.damage.slice(0, 4).join("；")}
              {sheet.damage.length > 4 ? ` 等 ${sheet.damage.length} 处` : ""}。修复会重新绘制表格并保留所有还能找到的数值，原工作表改名保留。
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void live.repair()} disabled={busy !== null} data-testid="repair">
                {busy === "repair" ? "正在修复…" : "修复模板"}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}

        <section className={styles.section} aria-labelledby="check-title" data-testid="check" data-checks={state.checks} data-check-ms={state.checkMs ?? ""}>
          <div className={styles.row}>
            <Subtitle2 as="h2" id="check-title">核对结果</Subtitle2>
            {sheet && (
              <Button size="small" onClick={() => void live.check()} disabled={state.checking} data-testid="recheck">
                重新核对
              </Button>
            )}
            {state.checking && <Spinner size="extra-tiny" label="正在核对" />}
          </div>
          {!sheet && <Text>插入年报模板后，这里会随填随查，列出每一处需要修改的地方。</Text>}
          {sheet && findings === null && <Spinner size="small" label="正在读取工作表…" />}
          {sheet && findings !== null && <ProblemList findings={findings} report={report} onGoTo={(f) => void live.goTo(f)} checkMs={state.checkMs} />}
          <Text size={200} className={styles.hint}>
            单元格着色由工作表自带的条件格式完成，关闭本窗格或把文件发给同事后同样有效：红底白字为与各项之和不符的合计，浅红为参与该合计的单元格，紫色为不是有效数字的输入。
          </Text>
        </section>

        {/* the panels carry their own headings (导出年报, 导入年报) */}
        <section className={styles.separated}>
          {report && findings ? (
            <React.Suspense fallback={<Spinner size="small" label="正在加载导出功能…" />}>
              <ExportPanel report={report} findings={findings} host={exportHost} />
            </React.Suspense>
          ) : (
            <>
              <Subtitle2 as="h2">导出年报</Subtitle2>
              <Text>插入并填写年报后可导出为文本、网页或 Word。</Text>
            </>
          )}
        </section>

        {/* import is used once a year and brings the parsers (Word, web pages, traditional characters): fetched on request */}
        <section className={styles.separated}>
          {showImport ? (
            <React.Suspense fallback={<Spinner size="small" label="正在加载导入功能…" />}>
              <ImportPanel host={importHost} />
            </React.Suspense>
          ) : (
            <>
              <Subtitle2 as="h2">导入年报</Subtitle2>
              <Text>把上年年报的结转数带入本年，或把已有的年报（网页、Word、文本）填入模板。</Text>
              <div>
                <Button onClick={() => setShowImport(true)} data-testid="show-import">
                  导入年报…
                </Button>
              </div>
            </>
          )}
        </section>
      </main>
    </FluentProvider>
  );
}
