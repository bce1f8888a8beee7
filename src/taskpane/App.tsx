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
import { Locale, stringsFor } from "./i18n";
import { StringsContext } from "./strings-context";

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
  /** the language of the pane's chrome; Chinese unless said */
  locale?: Locale;
}

export function App({ live, theme, exportHost, importHost, locale = "zh-CN" }: AppProps): React.ReactElement {
  const styles = useStyles();
  const t = stringsFor(locale);
  const state = React.useSyncExternalStore(live.subscribe, live.getState);
  React.useEffect(() => {
    void live.start();
    return () => live.dispose();
  }, [live]);
  const { particulars, sheet, findings, report, notice, busy } = state;
  const agencyId = React.useId();
  const [showImport, setShowImport] = React.useState(false);

  return (
    <StringsContext.Provider value={t}>
    <FluentProvider theme={theme} className={styles.root} lang={locale}>
      <main className={styles.main}>
        <header className={styles.section}>
          <Subtitle1 as="h1" className={styles.block}>{t.appTitle}</Subtitle1>
          <Text as="p" size={200} className={styles.hint} style={{ margin: 0 }}>
            {t.appIntro}
          </Text>
        </header>

        <section className={styles.section} aria-labelledby="particulars-title">
          <Subtitle2 as="h2" id="particulars-title">{t.particularsTitle}</Subtitle2>
          <Field label={t.agencyLabel} hint={t.agencyHint}>
            <Input
              id={agencyId}
              value={particulars.agency ?? ""}
              onChange={(_, d) => live.setParticulars({ agency: d.value })}
              data-testid="agency"
            />
          </Field>
          <div className={styles.row}>
            <Field label={t.yearLabel}>
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
              {busy === "insert" ? t.inserting : t.insert}
            </Button>
          </div>
          {sheet && (
            <Text size={200} className={styles.hint} data-testid="current-sheet">
              {t.currentSheet(sheet.name, sheet.year)}
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
              <MessageBarTitle>{t.damageTitle}</MessageBarTitle>
              {sheet.damage.slice(0, 4).join(t.damageSeparator)}
              {sheet.damage.length > 4 ? t.damageMore(sheet.damage.length) : ""}
              {t.damageExplain}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void live.repair()} disabled={busy !== null} data-testid="repair">
                {busy === "repair" ? t.repairing : t.repair}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}

        <section className={styles.section} aria-labelledby="check-title" data-testid="check" data-checks={state.checks} data-check-ms={state.checkMs ?? ""}>
          <div className={styles.row}>
            <Subtitle2 as="h2" id="check-title">{t.checkTitle}</Subtitle2>
            {sheet && (
              <Button size="small" onClick={() => void live.check()} disabled={state.checking} data-testid="recheck">
                {t.recheck}
              </Button>
            )}
            {state.checking && <Spinner size="extra-tiny" label={t.checking} />}
          </div>
          {!sheet && <Text>{t.checkEmpty}</Text>}
          {sheet && findings === null && <Spinner size="small" label={t.readingSheet} />}
          {sheet && findings !== null && <ProblemList findings={findings} report={report} onGoTo={(f) => void live.goTo(f)} checkMs={state.checkMs} />}
          <Text size={200} className={styles.hint}>
            {t.colourLegend}
          </Text>
        </section>

        {/* the panels carry their own headings (导出年报, 导入年报) */}
        <section className={styles.separated}>
          {report && findings ? (
            <React.Suspense fallback={<Spinner size="small" label={t.exportLoading} />}>
              <ExportPanel report={report} findings={findings} host={exportHost} />
            </React.Suspense>
          ) : (
            <>
              <Subtitle2 as="h2">{t.exportTitle}</Subtitle2>
              <Text>{t.exportUnavailable}</Text>
            </>
          )}
        </section>

        {/* import is used once a year and brings the parsers (Word, web pages, traditional characters): fetched on request */}
        <section className={styles.separated}>
          {showImport ? (
            <React.Suspense fallback={<Spinner size="small" label={t.importLoading} />}>
              <ImportPanel host={importHost} />
            </React.Suspense>
          ) : (
            <>
              <Subtitle2 as="h2">{t.importTitle}</Subtitle2>
              <Text>{t.importIntro}</Text>
              <div>
                <Button onClick={() => setShowImport(true)} data-testid="show-import">
                  {t.importOpen}
                </Button>
              </div>
            </>
          )}
        </section>
      </main>
    </FluentProvider>
    </StringsContext.Provider>
  );
}
