// The export area of the task pane: choose a format; 复制到剪贴板, 插入到新工作表, 下载 (where the host
// allows downloads); 生成申请情况说明. Errors still in the report are counted and the clerk is asked
// before anything is exported; warnings are listed and never block.
import * as React from "react";
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { Report } from "../../report/model";
import { EXPORT_FORMATS, ExportFormat, FORMAT_INFO, isExportFormat } from "../../report/render/formats";
import { Finding } from "../../report/rules";
import type { ExportHost } from "../hosts";
import { copyReport, downloadReport, exportReadiness, insertApplicationSummary, insertPrintSheet } from "./export-actions";

export interface ExportPanelProps {
  report: Report;
  findings: Finding[];
  host: ExportHost;
}

type Action = "copy" | "sheet" | "download";
type Notice = { intent: "success" | "error" | "info"; title: string; body?: string };

const ACTION_NAMES: Record<Action, string> = { copy: "复制到剪贴板", sheet: "插入到新工作表", download: "下载" };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  warnings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function ExportPanel({ report, findings, host }: ExportPanelProps): React.ReactElement {
  const styles = useStyles();
  const [format, setFormat] = React.useState<ExportFormat>("docx");
  const [busy, setBusy] = React.useState<Action | "summary" | null>(null);
  const [pending, setPending] = React.useState<Action | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const readiness = React.useMemo(() => exportReadiness(report, findings), [report, findings]);

  const run = async (action: Action): Promise<void> => {
    setPending(null);
    setBusy(action);
    setNotice(null);
    try {
      if (action === "copy") {
        await copyReport(host, report);
        setNotice({ intent: "success", title: "已复制", body: "网页格式和纯文本已一起放到剪贴板，可粘贴到 Word、WPS 或网站后台。" });
      } else if (action === "sheet") {
        const name = await insertPrintSheet(host, report);
        setNotice({ intent: "success", title: "已插入工作表", body: `打印稿在工作表「${name}」中。` });
      } else {
        const name = await downloadReport(host, report, format);
        setNotice({ intent: "success", title: "已开始下载", body: name });
      }
    } catch (err) {
      setNotice({ intent: "error", title: `${ACTION_NAMES[action]}失败`, body: describe(err) });
    } finally {
      setBusy(null);
    }
  };

  // with errors left, every export first asks
  const start = (action: Action) => (readiness.errors > 0 ? setPending(action) : void run(action));

  const summarise = async (): Promise<void> => {
    setBusy("summary");
    setNotice(null);
    try {
      const out = await insertApplicationSummary(host, report);
      setNotice(
        out.ok
          ? { intent: "success", title: "已把申请情况说明加到「一、总体情况」", body: out.text }
          : { intent: "info", title: "无法生成申请情况说明", body: out.message },
      );
    } catch (err) {
      setNotice({ intent: "error", title: "生成申请情况说明失败", body: describe(err) });
    } finally {
      setBusy(null);
    }
  };

  const idle = busy === null;
  return (
    <section className={styles.root} aria-label="导出年报">
      <Subtitle2 as="h2">导出年报</Subtitle2>

      {readiness.errors > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>报告中仍有 {readiness.errors} 处错误</MessageBarTitle>
            导出前会再次确认。
          </MessageBarBody>
        </MessageBar>
      )}
      {readiness.warnings.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{readiness.warnings.length} 条提示（不影响导出）</MessageBarTitle>
            <ul className={styles.warnings}>
              {readiness.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!idle} onClick={() => start("copy")}>
          复制到剪贴板
        </Button>
        <Button disabled={!idle} onClick={() => start("sheet")}>
          插入到新工作表
        </Button>
      </div>
      {host.canDownload ? (
        <>
          <Field label="下载格式">
            <RadioGroup value={format} onChange={(_, data) => isExportFormat(data.value) && setFormat(data.value)}>
              {EXPORT_FORMATS.map((f) => (
                <Radio key={f} value={f} label={FORMAT_INFO[f].label} />
              ))}
            </RadioGroup>
          </Field>
          <div className={styles.buttons}>
            <Button disabled={!idle} onClick={() => start("download")}>
              下载
            </Button>
          </div>
        </>
      ) : (
        <Caption1>此环境不支持下载文件；可复制到剪贴板后粘贴到 Word、WPS 或网站后台，或插入到新工作表后打印。</Caption1>
      )}

      {busy === "download" && format === "docx" && (
        <Field validationMessage="正在生成 Word 文档…" validationState="none">
          <ProgressBar aria-label="正在生成 Word 文档" />
        </Field>
      )}
      {busy !== null && !(busy === "download" && format === "docx") && <Spinner size="tiny" label="请稍候…" />}

      <div className={styles.buttons}>
        <Button disabled={!idle} onClick={() => void summarise()}>
          生成申请情况说明
        </Button>
      </div>
      <Caption1>根据表三的数字写一段依申请公开情况，加到「一、总体情况」，使文字与表格一致。</Caption1>

      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.body}
          </MessageBarBody>
        </MessageBar>
      )}

      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>报告中仍有 {readiness.errors} 处错误</DialogTitle>
            <DialogContent>错误可能使发布的年报数字不一致。建议先改正再导出。仍要{pending ? ACTION_NAMES[pending] : "导出"}吗？</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPending(null)}>
                取消
              </Button>
              <Button appearance="primary" onClick={() => pending && void run(pending)}>
                仍要导出
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

export default ExportPanel;
