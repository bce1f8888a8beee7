// The import area of the task pane: 导入上年年报 (last year's 结转下年度 becomes this year's 上年结转, its
// 现行有效件数 kept for the continuity check) and 导入已有年报 (fill the whole template). A published
// report is picked as a file or pasted as the text of its web page, read in the browser, and shown —
// values read and missing, format, agency, year — before anything is written to the workbook.
import * as React from "react";
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableRow,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { Report } from "../../report/model";
import { ParseInput, ParseResult } from "../../report/parse/types";
import { parseReport } from "../../report/parse";
import type { ImportHost } from "../hosts";
import { applyImport, ImportMode, ImportPreview as Preview, previewImport } from "./import-preview";
import { useStrings } from "../strings-context";
import { ListMessage, TitledMessage } from "../messages";

export interface ImportPanelProps {
  host: ImportHost;
}

/** Readable report files; the content decides, the extension only helps the file dialog. */
const ACCEPT = ".txt,.md,.html,.htm,.docx,.json";
const PASTED_NAME = "粘贴的网页文本.txt";

type Notice = { intent: "success" | "warning" | "error"; title: string; body?: string };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

async function readInBrowser(input: ParseInput): Promise<ParseResult> {
  try {
    return await parseReport(input);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: { zh: `读取时出现内部错误：${detail}`, en: detail } };
  }
}


/**
 * What was read, and what will and will not be written. Rendered before the 写入 button. The lists hold
 * the report's own words, Chinese in either locale, and say so (lang) to screen readers.
 */
export function ImportPreviewView({ preview }: { preview: Preview }): React.ReactElement {
  const styles = useStyles();
  const t = useStrings();
  const show = (v: number | null) => (v === null ? t.notRead : String(v));
  return (
    <section aria-label={t.previewTitle}>
      <Table size="small" aria-label={t.previewSummary}>
        <TableBody>
          <TableRow>
            <TableCell>{t.previewSource}</TableCell>
            <TableCell>{preview.source}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{t.previewAgency}</TableCell>
            <TableCell>{preview.agency ?? t.notRead}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{t.previewYear}</TableCell>
            <TableCell>{preview.year === null ? t.notRead : t.yearValue(preview.year)}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{t.previewFormat}</TableCell>
            <TableCell>{preview.formatLabel}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{t.previewValues}</TableCell>
            <TableCell>
              {t.valuesRead(preview.found, preview.missing)}
              {preview.tables.map((c) => `${c.name} ${c.found}/${c.total}`).join(t.listSeparator)}
              {t.valuesReadEnd}
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell>{t.previewProse}</TableCell>
            <TableCell>{preview.sections.length > 0 ? preview.sections.join("、") : t.notRead}</TableCell>
          </TableRow>
        </TableBody>
      </Table>

      {preview.mode === "previous" && (
        <>
          <Caption1>{t.carryTitle}</Caption1>
          <ul className={styles.list} lang="zh-CN">
            {preview.carry.map((c) => (
              <li key={c.column}>
                {c.column}：{show(c.value)}
              </li>
            ))}
          </ul>
          <Caption1>{t.inForceTitle}</Caption1>
          <ul className={styles.list} lang="zh-CN">
            {preview.inForce.map((i) => (
              <li key={i.label}>
                {i.label}：{show(i.value)}
              </li>
            ))}
          </ul>
        </>
      )}

      {preview.gaps.length > 0 && <ListMessage intent="warning" title={t.gapsTitle} lines={preview.gaps} />}
      {preview.notes.length > 0 && <ListMessage intent="info" title={t.notesTitle(preview.notes.length)} lines={preview.notes} />}
    </section>
  );
}

export function ImportPanel({ host }: ImportPanelProps): React.ReactElement {
  const styles = useStyles();
  const t = useStrings();
  const [mode, setMode] = React.useState<ImportMode>("previous");
  const [pasted, setPasted] = React.useState("");
  const [busy, setBusy] = React.useState<"read" | "write" | null>(null);
  const [read, setRead] = React.useState<{ preview: Preview; report: Report } | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  const readSource = async (input: ParseInput): Promise<void> => {
    setBusy("read");
    setRead(null);
    setNotice(null);
    const outcome = previewImport(mode, input.name, await readInBrowser(input));
    if (outcome.ok) setRead({ preview: outcome.preview, report: outcome.report });
    else setNotice({ intent: "error", title: t.cannotRead, body: outcome.message });
    setBusy(null);
  };

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    await readSource({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  const write = async (): Promise<void> => {
    if (!read) return;
    setBusy("write");
    try {
      const notes = await applyImport(host, read.preview.mode, read.report);
      const body = read.preview.mode === "previous" ? t.wrotePrevious : t.wroteReport(read.preview.found);
      setNotice({
        intent: notes.length ? "warning" : "success",
        title: read.preview.mode === "previous" ? t.importedPrevious : t.importedReport,
        body: notes.length ? `${body} ${notes.join(" ")}` : body,
      });
      setRead(null);
    } catch (err) {
      setNotice({ intent: "error", title: t.writeFailed, body: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(null);
    }
  };

  const changeMode = (next: string) => {
    if (next !== "previous" && next !== "report") return;
    setMode(next);
    setRead(null);
    setNotice(null);
  };

  return (
    <section className={styles.root} aria-label={t.importTitle}>
      <Subtitle2 as="h2">{t.importTitle}</Subtitle2>
      <Field label={t.importMode} hint={t[`modeHint_${mode}`]}>
        <RadioGroup value={mode} onChange={(_, data) => changeMode(data.value)}>
          <Radio value="previous" label={t.mode_previous} />
          <Radio value="report" label={t.mode_report} />
        </RadioGroup>
      </Field>

      <div className={styles.row}>
        <input ref={fileInput} type="file" accept={ACCEPT} hidden onChange={(e) => void onFile(e)} aria-label={t.chooseFileLabel} />
        <Button appearance="primary" disabled={busy !== null} onClick={() => fileInput.current?.click()}>
          {t.chooseFile}
        </Button>
        <Caption1>{t.fileKinds}</Caption1>
      </div>

      <Field label={t.pasteLabel}>
        <Textarea value={pasted} resize="vertical" rows={5} onChange={(_, data) => setPasted(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button
          disabled={busy !== null || pasted.trim() === ""}
          onClick={() => void readSource({ name: PASTED_NAME, bytes: new TextEncoder().encode(pasted) })}
        >
          {t.readPasted}
        </Button>
        {busy === "read" && <Spinner size="tiny" label={t.reading} />}
      </div>

      {read && (
        <>
          <ImportPreviewView preview={read.preview} />
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy !== null || !read.preview.canWrite} onClick={() => void write()}>
              {read.preview.mode === "previous" ? t.writePrevious : t.writeReport}
            </Button>
            <Button disabled={busy !== null} onClick={() => setRead(null)}>
              {t.cancel}
            </Button>
            {busy === "write" && <Spinner size="tiny" label={t.writing} />}
          </div>
        </>
      )}

      {notice && (
        <TitledMessage intent={notice.intent} title={notice.title}>
          {notice.body}
        </TitledMessage>
      )}
    </section>
  );
}
