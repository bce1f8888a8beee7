// The 2019 trial format: recognised by its own labels, reported as format "2019", never read onto
// the 2021 keys; its table 二 is kept in its own shape.
import { checkReport } from "../src/report/check";
import { OLD_FORMAT_MARKERS_2019 } from "../src/report/format";
import { ALL_CELLS, getValue } from "../src/report/model";
import { ParseMeta, parseText } from "../src/report/parse";

// A report laid out in the 2019 format (国办公开办函〔2019〕60号), tab-flattened as Word exports it.
const REPORT_2019 = [
  "某县人民政府2021年政府信息公开工作年度报告",
  "本报告依据《中华人民共和国政府信息公开条例》编制。统计期限为2021年1月1日至2021年12月31日。",
  "一、总体情况",
  "2021年，我县认真贯彻条例。",
  "二、主动公开政府信息情况",
  "\t第二十条第（一）项",
  "\t信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量",
  "\t规章\t0\t0\t0",
  "\t规范性文件\t12\t12\t85",
  "\t第二十条第（五）项",
  "\t信息内容\t上一年项目数量\t本年增/减\t处理决定数量",
  "\t行政许可\t120\t3\t4500",
  "\t其他对外管理服务事项\t10\t0\t37",
  "\t第二十条第（九）项",
  "\t信息内容\t采购项目数量\t采购总金额",
  "\t政府集中采购\t16\t2300.5",
  "三、收到和处理政府信息公开申请情况",
  "\t一、本年新收政府信息公开申请数量\t5\t0\t0\t0\t0\t0\t5",
  "\t二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
  "\t三、本年度办理结果\t（一）予以公开\t3\t0\t0\t0\t0\t0\t3",
  "\t（六）其他处理\t2\t0\t0\t0\t0\t0\t2",
  "\t（七）总计\t5\t0\t0\t0\t0\t0\t5",
  "\t四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
  "四、政府信息公开行政复议、行政诉讼情况",
  "\t行政复议\t行政诉讼",
  "\t1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
  "五、存在的主要问题及改进情况",
  "宣传不够。",
  "六、其他需要报告的事项",
  "本年度未收取信息处理费。",
].join("\n");

describe("the 2019 trial format", () => {
  it("is recognised, reported as format 2019 with the markers it showed, and its numbers are not put on 2021 keys", async () => {
    const parsed = await parseText(REPORT_2019);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.format).toBe("2019");
    const markers = parsed.report.meta?.old_format_markers ?? [];
    expect(markers).toEqual(expect.arrayContaining(["本年新制作数量", "对外公开总数量", "上一年项目数量", "第二十条第（九）项", "政府集中采购"]));
    expect(markers.every((m) => (OLD_FORMAT_MARKERS_2019 as readonly string[]).includes(m))).toBe(true);
    expect(ALL_CELLS.filter((ref) => getValue(parsed.report, ref) !== null)).toEqual([]);
    expect(parsed.report.agency).toBe("某县人民政府");
    expect(parsed.report.year).toBe(2021);
  });

  it("keeps its tables in their own shape under meta.tables_2019", async () => {
    const parsed = await parseText(REPORT_2019);
    if (!parsed.ok) throw new Error(parsed.reason.en);
    const { t2, t3, t4 } = parsed.report.meta?.tables_2019 as ParseMeta["tables_2019"] & object;
    expect(t3.other_processing).toEqual({ natural_person: 2, org_commercial: 0, org_research: 0, org_social_welfare: 0, org_legal_service: 0, org_other: 0, total: 2 });
    expect(t3.granted.total).toBe(3);
    expect(t3.results_total.total).toBe(5);
    expect(t3.denied_state_secret.total).toBeNull();
    expect(t4.review_upheld).toBe(1);
    expect(t4.review_total).toBe(1);
    expect(t2.normative_docs).toEqual({ 本年新制作数量: 12, 本年新公开数量: 12, 对外公开总数量: 85 });
    expect(t2.admin_license).toEqual({ 上一年项目数量: 120, "本年增/减": 3, 处理决定数量: 4500 });
    expect(t2.gov_procurement).toEqual({ 采购项目数量: 16, 采购总金额: 2300.5 });
  });

  it("is flagged by FORMAT_VERSION_2021 for a 2021 report", async () => {
    const parsed = await parseText(REPORT_2019);
    if (!parsed.ok) throw new Error(parsed.reason.en);
    const findings = checkReport({ report: parsed.report, format: parsed.format });
    expect(findings.some((f) => f.rule === "FORMAT_VERSION_2021" && f.severity === "error")).toBe(true);
  });

  it("a 2021 report that mentions 政府集中采购 in its prose stays a 2021 report", async () => {
    const parsed = await parseText(
      "测试局2024年政府信息公开工作年度报告\n一、总体情况\n我局公开政府集中采购信息，采购总金额较上年增长。\n" +
        "二、主动公开政府信息情况\n\t规章\t0\t0\t0\n\t行政规范性文件\t1\t0\t5\n三、收到和处理政府信息公开申请情况\n\t一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n",
    );
    if (!parsed.ok) throw new Error(parsed.reason.en);
    expect(parsed.format).toBe("2021");
    expect(parsed.report.t2.normative_docs.in_force).toBe(5);
  });
});
