// --prev over consecutive 平潭 years: the carry-over always holds; 现行有效 continuity holds only 2021→2022
// (665 + 88 − 55 = 698), the other years cleared files out — warnings to confirm, never errors.
import { pingtanPagePath, PINGTAN_YEARS } from "./support/fixtures";
import { checkInProcess, runCli, tempDir, writePingtanJson } from "./check-support";

interface Entry {
  findings: { rule: string; severity: string; row: string | null; expected: number | null; actual: number | null; message: string }[];
}

describe("--prev drives the cross-year rules", () => {
  const dir = tempDir();
  const files = Object.fromEntries(PINGTAN_YEARS.map((y) => [y, writePingtanJson(dir, y)])) as Record<number, string>;
  const pairs = PINGTAN_YEARS.slice(1).map((y) => [y - 1, y] as const);

  test.each(pairs)("%i → %i: no CROSS_YEAR_CARRY, continuity exactly as the fixture README says", async (before, year) => {
    const run = await checkInProcess([files[year]], { json: true, prev: files[before] });
    expect(run.complaints).toEqual([]);
    const [entry] = JSON.parse(run.stdout) as Entry[];
    expect(entry.findings.filter((f) => f.rule === "CROSS_YEAR_CARRY")).toEqual([]);
    const continuity = entry.findings.filter((f) => f.rule === "T2_INFORCE_CONTINUITY");
    if (year === 2022) {
      expect(continuity).toEqual([]);
    } else {
      expect(continuity).toHaveLength(1);
      expect(continuity[0]).toMatchObject({ severity: "warning", row: "normative_docs" });
      expect(continuity[0].message).toContain("文件清理");
    }
    expect(entry.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(run.status).toBe(0);
  });

  test("2022 → 2023 continuity names the figures: 698 + 77 − 132 = 643 against 470", async () => {
    const run = await checkInProcess([files[2023]], { json: true, prev: files[2022] });
    const [entry] = JSON.parse(run.stdout) as Entry[];
    const c = entry.findings.find((f) => f.rule === "T2_INFORCE_CONTINUITY")!;
    expect([c.expected, c.actual]).toEqual([643, 470]);
  });

  test("a year paired with the wrong previous year breaks the carry-over (2023 checked against 2021)", async () => {
    const run = await checkInProcess([files[2023]], { json: true, prev: files[2021] });
    const [entry] = JSON.parse(run.stdout) as Entry[];
    const carry = entry.findings.filter((f) => f.rule === "CROSS_YEAR_CARRY");
    expect(carry.map((f) => [f.expected, f.actual])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  test("--prev may be last year's published page text: 2021 page → 2022 report, carry-over and continuity hold", async () => {
    const run = await checkInProcess([files[2022]], { json: true, prev: pingtanPagePath(2021) });
    expect(run.complaints).toEqual([]);
    const [entry] = JSON.parse(run.stdout) as Entry[];
    expect(entry.findings.filter((f) => f.rule === "CROSS_YEAR_CARRY" || f.rule === "T2_INFORCE_CONTINUITY")).toEqual([]);
    // the page's values are really used: the same page against 2023 breaks the carry-over (1 → 0)
    const wrong = await checkInProcess([files[2023]], { json: true, prev: pingtanPagePath(2021) });
    const [e2023] = JSON.parse(wrong.stdout) as Entry[];
    expect(e2023.findings.filter((f) => f.rule === "CROSS_YEAR_CARRY").map((f) => [f.expected, f.actual])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  test("end to end: --prev with the readable summary", () => {
    const run = runCli(["check", "--prev", files[2022], files[2023]]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("按上年现行有效 698 加本年制发 77 减本年废止 132 应为 643，实为 470");
    expect(run.stdout).not.toContain("上年报告「四、结转下年度继续办理」");
  });
});
