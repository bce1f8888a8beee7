// The recording fake refuses at sync() what Excel refuses, so the gateway's tests catch wrong Office.js
// usage that a lenient fake would let through: file-format colours, formulas without "=", malformed
// validation rules, APIs newer than the Excel, objects of a finished Excel.run, strings Excel reads as formulas.
import { FakeOptions, FakeWorkbook } from "./support/fake-workbook";
import type { XContext, XWorksheet } from "../src/excel/office-types";

async function attempt(job: (sheet: XWorksheet, ctx: XContext) => void, options: FakeOptions = {}): Promise<string> {
  const book = new FakeWorkbook(options);
  book.addSheet("S");
  try {
    await book.run(async (ctx) => {
      job(ctx.workbook.worksheets.getItem("S"), ctx);
      await ctx.sync();
    });
    return "ok";
  } catch (err) {
    return (err as Error).message;
  }
}

describe("the fake refuses what Excel refuses", () => {
  it("accepts the correct forms", async () => {
    expect(
      await attempt((s, ctx) => {
        s.getRange("A1").format.fill.color = "#FFF2CC";
        s.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "=A1<0";
        s.getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
        s.names.add("X", "=S!$A$1");
        ctx.workbook.names.add("Y", s.getRange("B2"));
        s.getRange("A2:B2").values = [["'-", "'=x"]];
      }),
    ).toBe("ok");
  });

  it("cell text longer than 32,767 characters fails the sync", async () => {
    expect(await attempt((s) => (s.getRange("A1").values = [["字".repeat(32767)]]))).toBe("ok");
    expect(await attempt((s) => (s.getRange("A1").values = [["字".repeat(32768)]]))).toMatch(/InvalidArgument.*32767/);
    expect(await attempt((s) => (s.getRange("A1:B1").formulas = [["=1", "字".repeat(40000)]]))).toMatch(/InvalidArgument/);
  });

  it("colours in the file format's RRGGBB, without '#'", async () => {
    expect(await attempt((s) => (s.getRange("A1").format.fill.color = "FFF2CC"))).toMatch(/InvalidArgument.*#RRGGBB/);
    expect(await attempt((s) => (s.getRange("A1").conditionalFormats.add("Custom").custom.format.fill.color = "FF0000"))).toMatch(/#RRGGBB/);
  });

  it("a conditional format formula or a name's reference without '='", async () => {
    expect(await attempt((s) => (s.getRange("A1").conditionalFormats.add("Custom").custom.rule.formula = "A1<0"))).toMatch(/must start with "="/);
    expect(await attempt((s) => s.names.add("X", "S!$A$1"))).toMatch(/must start with "="/);
  });

  it("validation rules without an operator, without formula2 for Between, or with texts over Excel's limits", async () => {
    expect(await attempt((s) => (s.getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0 } }))).toMatch(/operator/);
    expect(await attempt((s) => (s.getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "Between" } }))).toMatch(/formula2/);
    expect(await attempt((s) => (s.getRange("A1").dataValidation.prompt = { title: "标".repeat(33) }))).toMatch(/title longer than 32/);
  });

  it("strings Excel reads as a formula it cannot parse, a values array of the wrong shape", async () => {
    expect(await attempt((s) => (s.getRange("A1").values = [["-"]]))).toMatch(/as a formula/);
    expect(await attempt((s) => (s.getRange("A1:B1").values = [["x"]]))).toMatch(/InvalidArgument/);
  });

  it("null in a values array leaves the cell as it is, as in Office.js; \"\" clears it", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S");
    book.type("S", "A1", 5);
    book.type("S", "B1", 6);
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
      await ctx.sync();
    });
    expect([book.sheet("S")!.valueAt("A1"), book.sheet("S")!.valueAt("B1")]).toEqual([5, null]);
  });

  it("calls above the Excel's ExcelApi version fail the sync", async () => {
    const v17 = { excelApi: "1.7" };
    expect(await attempt((s) => (s.getRange("A1").dataValidation.rule = { decimal: { formula1: 0, operator: "GreaterThan" } }), v17)).toMatch(/ApiNotSupported.*1\.8/);
    expect(await attempt((s) => (s.showGridlines = false), v17)).toMatch(/ApiNotSupported/);
    expect(await attempt((s) => (s.pageLayout.paperSize = "A4"), v17)).toMatch(/ApiNotSupported.*1\.9/);
    expect(await attempt((s) => s.horizontalPageBreaks.add("A10"), v17)).toMatch(/ApiNotSupported/);
    expect(await attempt((s) => (s.getRange("A1").format.textOrientation = 180), v17)).toBe("ok");
  });

  it("an object of a finished Excel.run cannot be used in another", async () => {
    const book = new FakeWorkbook();
    book.addSheet("S");
    const kept = await book.run(async (ctx) => ctx.workbook.worksheets.getItem("S"));
    await expect(book.run(async (ctx) => {
      kept.getRange("A1").values = [[1]];
      await ctx.sync();
    })).rejects.toThrow(/InvalidObjectPath/);
  });
});
