// The add-in manifest, validated offline against the OfficeApp 1.1 schemas (../shared/office-manifest-xsd)
// plus what a schema cannot say: every resid resolves, URLs are https, the version has four parts, the id
// is a GUID that stays put, and a build for a hosting URL leaves no localhost behind.
import * as fs from "fs";
import * as path from "path";
import { SHARED } from "./support/fixtures";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { validateXML } = require("xmllint-wasm") as typeof import("xmllint-wasm");
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { manifestFor, addinUrl } = require("../scripts/manifest.js") as {
  manifestFor: (xml: string, base: string) => string;
  addinUrl: (env: Record<string, string | undefined>) => { ok: true; url: string } | { ok: false; reason: string };
};

const ROOT = path.resolve(__dirname, "..");
const XSD_DIR = path.join(SHARED, "office-manifest-xsd");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const HOSTED = "https://reports.example.gov.cn/xxgk/";

async function schemaErrors(xml: string): Promise<string[]> {
  const xsd = (f: string) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), "utf8") });
  const others = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith(".xsd") && f !== "OfficeAppManifestV1_1.xsd");
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [xsd("OfficeAppManifestV1_1.xsd")],
    preload: others.map(xsd),
  });
  return result.errors.map((e) => e.rawMessage);
}

// A small element tree of the manifest (htmlparser2 is ESM-only and jest runs CommonJS here).
interface Element {
  name: string;
  attribs: Record<string, string>;
  children: (Element | { data: string })[];
}

function elements(xml: string): Element[] {
  const all: Element[] = [];
  const stack: Element[] = [{ name: "#root", attribs: {}, children: [] }];
  const body = xml.replace(/<\?[\s\S]*?\?>/g, "").replace(/<!--[\s\S]*?-->/g, "");
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.children.push({ data: m[5].replace(/&amp;/g, "&") });
      continue;
    }
    if (m[1]) {
      if (top.name !== m[2]) throw new Error(`manifest.xml: </${m[2]}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attribs: Record<string, string> = {};
    for (const a of m[3].matchAll(/([\w:.-]+)="([^"]*)"/g)) attribs[a[1]] = a[2];
    const el: Element = { name: m[2], attribs, children: [] };
    top.children.push(el);
    all.push(el);
    if (!m[4]) stack.push(el);
  }
  return all;
}
const named = (xml: string, tag: string) => elements(xml).filter((e) => e.name === tag);
const text = (e: Element) => e.children.map((c) => ("data" in c ? c.data : "")).join("").trim();

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  expect(b.subarray(1, 4).toString("ascii")).toBe("PNG");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("is valid against the OfficeApp 1.1 schemas, as written and as built for a hosting URL", async () => {
    expect(await schemaErrors(MANIFEST)).toEqual([]);
    expect(await schemaErrors(manifestFor(MANIFEST, HOSTED))).toEqual([]);
  });

  it("the schema check can fail: a manifest without Permissions is rejected", async () => {
    const broken = MANIFEST.replace("<Permissions>ReadWriteDocument</Permissions>", "");
    expect((await schemaErrors(broken)).length).toBeGreaterThan(0);
  });

  it("every resid resolves to a bt:Image, bt:Url or bt:String, and every resource is used", () => {
    const defined = new Set(elements(MANIFEST).filter((e) => /^bt:(Image|Url|String)$/.test(e.name) && e.attribs.id).map((e) => e.attribs.id));
    const used = elements(MANIFEST).map((e) => e.attribs.resid).filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(10);
    expect(used.filter((r) => !defined.has(r))).toEqual([]);
    expect([...defined].filter((d) => !used.includes(d))).toEqual([]);
  });

  it("is a Workbook add-in with ReadWriteDocument, zh-CN default with an en-US override, and a SupportUrl", () => {
    expect(named(MANIFEST, "Host").map((h) => h.attribs.Name ?? h.attribs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
    expect(text(named(MANIFEST, "Permissions")[0])).toBe("ReadWriteDocument");
    expect(text(named(MANIFEST, "DefaultLocale")[0])).toBe("zh-CN");
    const display = named(MANIFEST, "DisplayName")[0];
    expect(display.attribs.DefaultValue).toBe("政府信息公开年报助手");
    expect(named(MANIFEST, "Override").some((o) => o.attribs.Locale === "en-US")).toBe(true);
    expect(named(MANIFEST, "SupportUrl")[0].attribs.DefaultValue).toMatch(/^https:\/\//);
  });

  it("declares the ExcelApi set the code needs, no more and no less", () => {
    const sets = named(MANIFEST, "Set");
    expect(sets.map((s) => [s.attribs.Name, s.attribs.MinVersion])).toEqual([["ExcelApi", REQUIRED_EXCEL_API]]);
  });

  it("has the two ribbon buttons: 插入年报模板 runs a function, 年报助手 opens the pane", () => {
    const strings = new Map(named(MANIFEST, "bt:String").map((s) => [s.attribs.id, s.attribs.DefaultValue]));
    const controls = named(MANIFEST, "Control").map((c) => {
      const label = (c.children as Element[]).find((x) => x.name === "Label")!.attribs.resid;
      const action = (c.children as Element[]).find((x) => x.name === "Action")!;
      return [strings.get(label), action.attribs["xsi:type"]];
    });
    expect(controls).toEqual([
      ["插入年报模板", "ExecuteFunction"],
      ["年报助手", "ShowTaskpane"],
    ]);
    expect(text(named(MANIFEST, "FunctionName")[0])).toBe("insertReportTemplate");
    const commands = fs.readFileSync(path.join(ROOT, "src/commands/commands.ts"), "utf8");
    expect(commands).toContain('Office.actions.associate("insertReportTemplate"');
  });

  it("has a four-part version matching package.json and a GUID id that a build does not change", () => {
    const version = text(named(MANIFEST, "Version")[0]);
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version).toBe(`${pkg.version}.0`);
    const id = text(named(MANIFEST, "Id")[0]);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(id).toBe("1d78632b-3150-4b8b-86da-b4d77509422b");
    expect(text(named(manifestFor(MANIFEST, HOSTED), "Id")[0])).toBe(id);
  });

  it("points every URL at https, and a hosted build leaves no localhost behind", () => {
    const urls = (xml: string) => [
      ...elements(xml).map((e) => e.attribs.DefaultValue).filter((v): v is string => !!v && /^\w+:\/\//.test(v)),
      ...named(xml, "AppDomain").map(text),
    ];
    expect(urls(MANIFEST).length).toBeGreaterThan(8);
    expect(urls(MANIFEST).filter((u) => !u.startsWith("https://"))).toEqual([]);
    const hosted = manifestFor(MANIFEST, HOSTED);
    expect(hosted).not.toMatch(/localhost/);
    expect(urls(hosted).filter((u) => !u.startsWith("https://reports.example.gov.cn"))).toEqual([]);
    expect(named(hosted, "AppDomain").map(text)).toEqual(["https://reports.example.gov.cn"]);
  });

  it("refuses a hosting URL that Office cannot load", () => {
    expect(addinUrl({ ADDIN_URL: "http://intranet/xxgk/" }).ok).toBe(false);
    expect(addinUrl({ ADDIN_URL: "not a url" }).ok).toBe(false);
    expect(addinUrl({ ADDIN_URL: "https://intranet.gov.cn/xxgk" })).toEqual({ ok: true, url: "https://intranet.gov.cn/xxgk/" });
    expect(addinUrl({})).toEqual({ ok: true, url: "https://localhost:3000/" });
  });

  it("every icon it names exists at its stated size", () => {
    for (const img of named(MANIFEST, "bt:Image").filter((e) => e.attribs.DefaultValue)) {
      const file = new URL(img.attribs.DefaultValue).pathname.slice(1);
      const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
      expect(pngSize(path.join(ROOT, file))).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80]) expect(pngSize(path.join(ROOT, `assets/icon-${size}.png`))).toEqual([size, size]);
  });
});
