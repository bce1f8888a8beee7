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
  ProgressBar,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import { Report } from "../../report/model";
import { EXPORT_FORMATS, ExportFormat, isExportFormat } from "../../report/render/formats";
import { Finding } from "../../report/rules";
import type { ExportHost } from "../hosts";
import { useStrings } from "../strings-context";
import type { Strings } from "../i18n";
import { ListMessage, TitledMessage } from "../messages";
import { copyReport, downloadReport, exportReadiness, insertApplicationSummary, insertPrintSheet } from "./export-actions";

export interface ExportPanelProps {
  report: Report;
  findings: Finding[];
  host: ExportHost;
}

type Action = "copy" | "sheet" | "download";
type Notice = { intent: "success" | "error" | "info"; title: string; body?: string };

const actionName = (t: Strings, action: Action): string => ({ copy: t.copy, sheet: t.insertSheet, download: t.download })[action];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  buttons: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
});

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function ExportPanel({ report, findings, host }: ExportPanelProps): React.ReactElement {
  const styles = useStyles();
  const t = useStrings();
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
        setNotice({ intent: "success", title: t.copied, body: t.copiedBody });
      } else if (action === "sheet") {
        const name = await insertPrintSheet(host, report);
        setNotice({ intent: "success", title: t.sheetInserted, body: t.sheetInsertedBody(name) });
      } else {
        const name = await downloadReport(host, report, format);
        setNotice({ intent: "success", title: t.downloadStarted, body: name });
      }
    } catch (err) {
      setNotice({ intent: "error", title: t.actionFailed(actionName(t, action)), body: describe(err) });
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
          ? { intent: "success", title: t.summaryAdded, body: out.text }
          : { intent: "info", title: t.summaryImpossible, body: out.message },
      );
    } catch (err) {
      setNotice({ intent: "error", title: t.summaryFailed, body: describe(err) });
    } finally {
      setBusy(null);
    }
  };

  const idle = busy === null;
  return (
    <section className={styles.root} aria-label={t.exportTitle}>
      <Subtitle2 as="h2">{t.exportTitle}</Subtitle2>

      {readiness.errors > 0 && (
        <TitledMessage intent="error" title={t.errorsLeft(readiness.errors)}>
          {t.errorsLeftHint}
        </TitledMessage>
      )}
      {readiness.warnings.length > 0 && <ListMessage intent="warning" title={t.warningsTitle(readiness.warnings.length)} lines={readiness.warnings} />}

      <div className={styles.buttons}>
        <Button appearance="primary" disabled={!idle} onClick={() => start("copy")}>
          {t.copy}
        </Button>
        <Button disabled={!idle} onClick={() => start("sheet")}>
          {t.insertSheet}
        </Button>
      </div>
      {host.canDownload ? (
        <>
          <Field label={t.downloadFormat}>
            <RadioGroup value={format} onChange={(_, data) => isExportFormat(data.value) && setFormat(data.value)}>
              {EXPORT_FORMATS.map((f) => (
                <Radio key={f} value={f} label={t[`format_${f}`]} />
              ))}
            </RadioGroup>
          </Field>
          <div className={styles.buttons}>
            <Button disabled={!idle} onClick={() => start("download")}>
              {t.download}
            </Button>
          </div>
        </>
      ) : (
        <Caption1>{t.noDownload}</Caption1>
      )}

      {busy === "download" && format === "docx" && (
        <Field validationMessage={t.buildingDocx} validationState="none">
          <ProgressBar aria-label={t.buildingDocx} />
        </Field>
      )}
      {busy !== null && !(busy === "download" && format === "docx") && <Spinner size="tiny" label={t.pleaseWait} />}

      <div className={styles.buttons}>
        <Button disabled={!idle} onClick={() => void summarise()}>
          {t.summarise}
        </Button>
      </div>
      <Caption1>{t.summariseHint}</Caption1>

      {notice && (
        <TitledMessage intent={notice.intent} title={notice.title}>
          {notice.body}
        </TitledMessage>
      )}

      <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && setPending(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.errorsLeft(readiness.errors)}</DialogTitle>
            <DialogContent>{t.confirmBody(pending ? actionName(t, pending) : t.confirmExport)}</DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setPending(null)}>
                {t.cancel}
              </Button>
              <Button appearance="primary" onClick={() => pending && void run(pending)}>
                {t.exportAnyway}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}

export default ExportPanel;
