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
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
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
import { applyImport, ImportMode, ImportPreview as Preview, MODE_TITLES, previewImport } from "./import-preview";

export interface ImportPanelProps {
  host: ImportHost;
}

const MODE_HINTS: Record<ImportMode, string> = {
  previous: "上年报告「四、结转下年度继续办理」的数字将写入本年「二、上年结转」，上年现行有效件数留作连续性检查。",
  report: "用已有的年报（例如在别处开始填写的）填满整个模板；读不到的数值留空，不会填 0。",
};

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

const show = (v: number | null) => (v === null ? "（未读到）" : String(v));

/** What was read, and what will and will not be written. Rendered before the 写入 button. */
export function ImportPreviewView({ preview }: { preview: Preview }): React.ReactElement {
  const styles = useStyles();
  return (
    <section aria-label="读取结果">
      <Table size="small" aria-label="读取概况">
        <TableBody>
          <TableRow>
            <TableCell>来源</TableCell>
            <TableCell>{preview.source}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>机关</TableCell>
            <TableCell>{preview.agency ?? "（未读到）"}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>年度</TableCell>
            <TableCell>{preview.year === null ? "（未读到）" : `${preview.year}年`}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>格式</TableCell>
            <TableCell>{preview.formatLabel}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell>表格数值</TableCell>
            <TableCell>
              读到 {preview.found} 个，未读到 {preview.missing} 个（
              {preview.tables.map((t) => `${t.name} ${t.found}/${t.total}`).join("，")}）
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell>文字部分</TableCell>
            <TableCell>{preview.sections.length > 0 ? preview.sections.join("、") : "（未读到）"}</TableCell>
          </TableRow>
        </TableBody>
      </Table>

      {preview.mode === "previous" && (
        <>
          <Caption1>将写入本年「二、上年结转」（来自上年「四、结转下年度继续办理」）：</Caption1>
          <ul className={styles.list}>
            {preview.carry.map((c) => (
              <li key={c.column}>
                {c.column}：{show(c.value)}
              </li>
            ))}
          </ul>
          <Caption1>保留用于连续性检查的上年现行有效件数：</Caption1>
          <ul className={styles.list}>
            {preview.inForce.map((i) => (
              <li key={i.label}>
                {i.label}：{show(i.value)}
              </li>
            ))}
          </ul>
        </>
      )}

      {preview.gaps.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>未能读取或不会写入的内容</MessageBarTitle>
            <ul className={styles.list}>
              {preview.gaps.map((g, i) => (
                <li key={i}>{g}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.notes.length > 0 && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>读取时的说明（{preview.notes.length} 条）</MessageBarTitle>
            <ul className={styles.list}>
              {preview.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

export function ImportPanel({ host }: ImportPanelProps): React.ReactElement {
  const styles = useStyles();
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
    else setNotice({ intent: "error", title: "无法读取这份年报", body: outcome.message });
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
      const body = read.preview.mode === "previous" ? "上年结转已写入，上年现行有效件数已保存。" : `已写入 ${read.preview.found} 个数值。`;
      setNotice({
        intent: notes.length ? "warning" : "success",
        title: read.preview.mode === "previous" ? "已导入上年年报" : "已导入年报",
        body: notes.length ? `${body} ${notes.join(" ")}` : body,
      });
      setRead(null);
    } catch (err) {
      setNotice({ intent: "error", title: "写入工作簿失败", body: err instanceof Error ? err.message : String(err) });
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
    <section className={styles.root} aria-label="导入年报">
      <Subtitle2 as="h2">导入年报</Subtitle2>
      <Field label="导入方式" hint={MODE_HINTS[mode]}>
        <RadioGroup value={mode} onChange={(_, data) => changeMode(data.value)}>
          <Radio value="previous" label={MODE_TITLES.previous} />
          <Radio value="report" label={MODE_TITLES.report} />
        </RadioGroup>
      </Field>

      <div className={styles.row}>
        <input ref={fileInput} type="file" accept={ACCEPT} hidden onChange={(e) => void onFile(e)} aria-label="选择年报文件" />
        <Button appearance="primary" disabled={busy !== null} onClick={() => fileInput.current?.click()}>
          选择文件…
        </Button>
        <Caption1>网页、Word、文本或 JSON 格式的年报</Caption1>
      </div>

      <Field label="或粘贴已发布年报网页的文字">
        <Textarea value={pasted} resize="vertical" rows={5} onChange={(_, data) => setPasted(data.value)} />
      </Field>
      <div className={styles.row}>
        <Button
          disabled={busy !== null || pasted.trim() === ""}
          onClick={() => void readSource({ name: PASTED_NAME, bytes: new TextEncoder().encode(pasted) })}
        >
          读取粘贴的文字
        </Button>
        {busy === "read" && <Spinner size="tiny" label="正在读取…" />}
      </div>

      {read && (
        <>
          <ImportPreviewView preview={read.preview} />
          <div className={styles.row}>
            <Button appearance="primary" disabled={busy !== null || !read.preview.canWrite} onClick={() => void write()}>
              {read.preview.mode === "previous" ? "写入上年结转" : "写入模板"}
            </Button>
            <Button disabled={busy !== null} onClick={() => setRead(null)}>
              取消
            </Button>
            {busy === "write" && <Spinner size="tiny" label="正在写入…" />}
          </div>
        </>
      )}

      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.body}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
