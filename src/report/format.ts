// The 2021 national format (国办公开办函〔2021〕30号) as data: every label verbatim, with the keys of
// ../shared/format/report-format-2021.json. Everything else (rules, layout, parsers, renderers) reads
// labels from here and never retypes them.

export const FORMAT_DOC_NO = "国办公开办函〔2021〕30号";
export const LEGAL_BASIS = "《中华人民共和国政府信息公开条例》（国务院令第711号）";

export const SECTIONS = [
  { id: "s1", no: "一", title: "总体情况", kind: "text" },
  { id: "s2", no: "二", title: "主动公开政府信息情况", kind: "table" },
  { id: "s3", no: "三", title: "收到和处理政府信息公开申请情况", kind: "table" },
  { id: "s4", no: "四", title: "政府信息公开行政复议、行政诉讼情况", kind: "table" },
  { id: "s5", no: "五", title: "存在的主要问题及改进情况", kind: "text" },
  { id: "s6", no: "六", title: "其他需要报告的事项", kind: "text" },
] as const;
export type SectionId = (typeof SECTIONS)[number]["id"];
export const SECTION_IDS: readonly SectionId[] = SECTIONS.map((s) => s.id);

/** 「一、总体情况」 */
export function sectionHeading(id: SectionId): string {
  const s = SECTIONS.find((x) => x.id === id)!;
  return `${s.no}、${s.title}`;
}

// ---------------------------------------------------------------- table 二

export const T2_BLOCKS = [
  {
    id: "t2_art20_1",
    title: "第二十条第（一）项",
    header_row_label: "信息内容",
    columns: [
      { key: "issued", label: "本年制发件数" },
      { key: "repealed", label: "本年废止件数" },
      { key: "in_force", label: "现行有效件数" },
    ],
    rows: [
      { key: "regulations", label: "规章" },
      { key: "normative_docs", label: "行政规范性文件" },
    ],
  },
  {
    id: "t2_art20_5",
    title: "第二十条第（五）项",
    header_row_label: "信息内容",
    columns: [{ key: "decisions", label: "本年处理决定数量" }],
    rows: [{ key: "admin_license", label: "行政许可" }],
  },
  {
    id: "t2_art20_6",
    title: "第二十条第（六）项",
    header_row_label: "信息内容",
    columns: [{ key: "decisions", label: "本年处理决定数量" }],
    rows: [
      { key: "admin_penalty", label: "行政处罚" },
      { key: "admin_coercion", label: "行政强制" },
    ],
  },
  {
    id: "t2_art20_8",
    title: "第二十条第（八）项",
    header_row_label: "信息内容",
    columns: [{ key: "fee_amount", label: "本年收费金额（单位：万元）" }],
    rows: [{ key: "admin_fees", label: "行政事业性收费" }],
  },
] as const;
export type T2Block = (typeof T2_BLOCKS)[number];
export type T2RowKey = T2Block["rows"][number]["key"];
export const T2_TITLE = "主动公开政府信息情况";

/** Every table 二 cell, in reading order. */
export const T2_CELLS: readonly { block: T2Block; row: T2RowKey; rowLabel: string; column: string; columnLabel: string }[] =
  T2_BLOCKS.flatMap((block) =>
    block.rows.flatMap((r) =>
      block.columns.map((c) => ({ block, row: r.key as T2RowKey, rowLabel: r.label, column: c.key as string, columnLabel: c.label })),
    ),
  );

// ---------------------------------------------------------------- table 三

export const T3_TITLE = "收到和处理政府信息公开申请情况";
export const T3_CORNER_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
export const T3_APPLICANT_HEADER = "申请人情况";
export const T3_ORG_HEADER = "法人或其他组织";

export const T3_COLUMNS = [
  { key: "natural_person", label: "自然人", group: null },
  { key: "org_commercial", label: "商业企业", group: "legal_or_other_org" },
  { key: "org_research", label: "科研机构", group: "legal_or_other_org" },
  { key: "org_social_welfare", label: "社会公益组织", group: "legal_or_other_org" },
  { key: "org_legal_service", label: "法律服务机构", group: "legal_or_other_org" },
  { key: "org_other", label: "其他", group: "legal_or_other_org" },
  { key: "total", label: "总计", group: null },
] as const;
export type T3ColumnKey = (typeof T3_COLUMNS)[number]["key"];
export const T3_COLUMN_KEYS: readonly T3ColumnKey[] = T3_COLUMNS.map((c) => c.key);
export const T3_APPLICANT_COLUMN_KEYS: readonly T3ColumnKey[] = T3_COLUMN_KEYS.filter((k) => k !== "total");

export const T3_ROW_GROUPS = [
  { key: "results", label: "三、本年度办理结果", level: 0, parent: null },
  { key: "denied", label: "（三）不予公开", level: 1, parent: "results" },
  { key: "unable", label: "（四）无法提供", level: 1, parent: "results" },
  { key: "not_processed", label: "（五）不予处理", level: 1, parent: "results" },
  { key: "other_processing", label: "（六）其他处理", level: 1, parent: "results" },
] as const;
export type T3RowGroupKey = (typeof T3_ROW_GROUPS)[number]["key"];

export const T3_ROWS = [
  { key: "new_received", label: "一、本年新收政府信息公开申请数量", level: 0, parent: null, kind: "leaf" },
  { key: "carried_over", label: "二、上年结转政府信息公开申请数量", level: 0, parent: null, kind: "leaf" },
  { key: "granted", label: "（一）予以公开", level: 1, parent: "results", kind: "leaf" },
  { key: "partial", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", level: 1, parent: "results", kind: "leaf" },
  { key: "denied_state_secret", label: "1.属于国家秘密", level: 2, parent: "denied", kind: "leaf" },
  { key: "denied_law_forbidden", label: "2.其他法律行政法规禁止公开", level: 2, parent: "denied", kind: "leaf" },
  { key: "denied_three_security_one_stability", label: "3.危及“三安全一稳定”", level: 2, parent: "denied", kind: "leaf" },
  { key: "denied_third_party_rights", label: "4.保护第三方合法权益", level: 2, parent: "denied", kind: "leaf" },
  { key: "denied_internal_affairs", label: "5.属于三类内部事务信息", level: 2, parent: "denied", kind: "leaf" },
  { key: "denied_process_info", label: "6.属于四类过程性信息", level: 2, parent: "denied", kind: "leaf" },
  { key: "denied_enforcement_file", label: "7.属于行政执法案卷", level: 2, parent: "denied", kind: "leaf" },
  { key: "denied_admin_query", label: "8.属于行政查询事项", level: 2, parent: "denied", kind: "leaf" },
  { key: "unable_not_held", label: "1.本机关不掌握相关政府信息", level: 2, parent: "unable", kind: "leaf" },
  { key: "unable_need_creation", label: "2.没有现成信息需要另行制作", level: 2, parent: "unable", kind: "leaf" },
  { key: "unable_unclear_after_correction", label: "3.补正后申请内容仍不明确", level: 2, parent: "unable", kind: "leaf" },
  { key: "np_petition_complaint", label: "1.信访举报投诉类申请", level: 2, parent: "not_processed", kind: "leaf" },
  { key: "np_duplicate", label: "2.重复申请", level: 2, parent: "not_processed", kind: "leaf" },
  { key: "np_publication", label: "3.要求提供公开出版物", level: 2, parent: "not_processed", kind: "leaf" },
  { key: "np_mass_repeated", label: "4.无正当理由大量反复申请", level: 2, parent: "not_processed", kind: "leaf" },
  { key: "np_confirm_or_reissue", label: "5.要求行政机关确认或重新出具已获取信息", level: 2, parent: "not_processed", kind: "leaf" },
  { key: "other_no_correction", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", level: 2, parent: "other_processing", kind: "leaf" },
  { key: "other_fee_unpaid", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", level: 2, parent: "other_processing", kind: "leaf" },
  { key: "other_other", label: "3.其他", level: 2, parent: "other_processing", kind: "leaf" },
  { key: "results_total", label: "（七）总计", level: 1, parent: "results", kind: "total" },
  { key: "carried_forward", label: "四、结转下年度继续办理", level: 0, parent: null, kind: "leaf" },
] as const;
export type T3RowKey = (typeof T3_ROWS)[number]["key"];
export const T3_ROW_KEYS: readonly T3RowKey[] = T3_ROWS.map((r) => r.key);
/** The 21 leaf rows under 三、本年度办理结果 that add up to （七）总计. */
export const T3_RESULT_LEAF_KEYS: readonly T3RowKey[] = T3_ROWS.filter((r) => r.parent !== null && r.kind === "leaf").map((r) => r.key);

// ---------------------------------------------------------------- table 四

export const T4_TITLE = "政府信息公开行政复议、行政诉讼情况";
export const T4_GROUPS = [
  { key: "review", label: "行政复议", parent: null },
  { key: "litigation", label: "行政诉讼", parent: null },
  { key: "litigation_direct", label: "未经复议直接起诉", parent: "litigation" },
  { key: "litigation_after_review", label: "复议后起诉", parent: "litigation" },
] as const;
export type T4GroupKey = "review" | "litigation_direct" | "litigation_after_review";

export const T4_COLUMNS = [
  { key: "review_upheld", label: "结果维持", group: "review" },
  { key: "review_corrected", label: "结果纠正", group: "review" },
  { key: "review_other", label: "其他结果", group: "review" },
  { key: "review_pending", label: "尚未审结", group: "review" },
  { key: "review_total", label: "总计", group: "review" },
  { key: "lit_direct_upheld", label: "结果维持", group: "litigation_direct" },
  { key: "lit_direct_corrected", label: "结果纠正", group: "litigation_direct" },
  { key: "lit_direct_other", label: "其他结果", group: "litigation_direct" },
  { key: "lit_direct_pending", label: "尚未审结", group: "litigation_direct" },
  { key: "lit_direct_total", label: "总计", group: "litigation_direct" },
  { key: "lit_after_review_upheld", label: "结果维持", group: "litigation_after_review" },
  { key: "lit_after_review_corrected", label: "结果纠正", group: "litigation_after_review" },
  { key: "lit_after_review_other", label: "其他结果", group: "litigation_after_review" },
  { key: "lit_after_review_pending", label: "尚未审结", group: "litigation_after_review" },
  { key: "lit_after_review_total", label: "总计", group: "litigation_after_review" },
] as const;
export type T4ColumnKey = (typeof T4_COLUMNS)[number]["key"];
export const T4_COLUMN_KEYS: readonly T4ColumnKey[] = T4_COLUMNS.map((c) => c.key);

export function t4GroupLabel(group: T4GroupKey): string {
  return T4_GROUPS.find((g) => g.key === group)!.label;
}

// ---------------------------------------------------------------- 2019 trial format

export const OLD_FORMAT_MARKERS_2019 = [
  "本年新制作数量",
  "本年新公开数量",
  "对外公开总数量",
  "上一年项目数量",
  "本年增/减",
  "其他对外管理服务事项",
  "第二十条第（九）项",
  "政府集中采购",
  "采购项目数量",
  "采购总金额",
] as const;

export const REPORT_TITLE_SUFFIX = "政府信息公开工作年度报告";
/** 「{机关名称}{年度}年政府信息公开工作年度报告」 */
export function reportTitle(agency: string | null, year: number | null): string {
  return `${agency ?? ""}${year ?? ""}${year === null ? "" : "年"}${REPORT_TITLE_SUFFIX}`;
}
