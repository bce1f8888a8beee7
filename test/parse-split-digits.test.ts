// Splitting run-together digits by the rules alone.
import { splitFree, splitGroupsWithTotals, splitRowWithTotal, looseGroups, agreed } from "../src/report/parse/split-digits";

describe("splitting a run of digits", () => {
  it("a 表三 row splits the one way its six applicant columns add up to its total", () => {
    expect(splitRowWithTotal(looseGroups(["21710000218"]), 7)).toEqual([[217, 1, 0, 0, 0, 0, 218]]);
    expect(splitRowWithTotal(looseGroups(["0000000"]), 7)).toEqual([[0, 0, 0, 0, 0, 0, 0]]);
  });

  it("no number starts with 0 unless it is 0", () => {
    // a part written 「01」 would print back as 「1」: every split must print back to the digits as written
    const candidates = splitRowWithTotal(looseGroups(["1010002"]), 7);
    expect(candidates.length).toBeGreaterThan(0);
    for (const c of candidates) expect(c.map(String).join("")).toBe("1010002");
    expect(splitFree(looseGroups(["007"]), 3)).toEqual([[0, 0, 7]]);
  });

  it("several splits that fit are all returned, and only the values they agree on are kept", () => {
    // 「1102」 in four parts: only 1+1+0 = 2 adds up
    expect(splitRowWithTotal(looseGroups(["1102"]), 4)).toEqual([[1, 1, 0, 2]]);
    const many = splitFree(looseGroups(["693665"]), 3);
    expect(many).toContainEqual([69, 3, 665]);
    expect(many).toContainEqual([6, 93, 665]);
    expect(agreed(many, 3)).toEqual([null, null, null]);
    expect(agreed([[1, 2, 3], [1, 5, 3]], 3)).toEqual([1, null, 3]);
  });

  it("table 四: three groups of five, each group's total the sum of the other four", () => {
    expect(splitGroupsWithTotals(looseGroups(["10203120001200000"]), 3, 5)).toEqual([[1, 0, 2, 0, 3, 12, 0, 0, 0, 12, 0, 0, 0, 0, 0]]);
  });

  it("spaces in the text are cuts; a single space may be closed when nothing else fits, a wide gap never", () => {
    expect(splitRowWithTotal({ groups: ["500000", "5"], joinable: [true] }, 7)).toEqual([[5, 0, 0, 0, 0, 0, 5]]);
    expect(splitRowWithTotal({ groups: ["30", "01", "53", "0", "0", "61", "4", "3119"], joinable: [true, false, false, false, false, false, false] }, 7)).toEqual([[3001, 53, 0, 0, 61, 4, 3119]]);
    expect(splitRowWithTotal({ groups: ["30", "01", "53", "0", "0", "61", "4", "3119"], joinable: [false, false, false, false, false, false, false] }, 7)).toEqual([]);
    expect(splitFree({ groups: ["447228", "447228"], joinable: [false] }, 1)).toEqual([]);
  });

  it("a run too long to be a table row is refused instead of searched", () => {
    expect(splitRowWithTotal(looseGroups(["1".repeat(5000)]), 7)).toEqual([]);
  });
});
