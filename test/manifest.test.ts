/**
 * manifest.xml checked locally (Office's validation service needs the network): well-formed XML,
 * the shared-runtime and custom-function wiring, every resid defined, https URLs, real icons.
 */
import * as fs from "fs";
import * as path from "path";
import { DOMParser } from "@xmldom/xmldom";

const ROOT = path.join(__dirname, "..");
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEV_ORIGIN = "https://localhost:3000/";

function parseStrict(xml: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: { warning: (m) => problems.push(m), error: (m) => problems.push(m), fatalError: (m) => problems.push(m) },
  }).parseFromString(xml, "text/xml");
  if (problems.length) throw new Error(`manifest.xml is not well-formed: ${problems.join("; ")}`);
  return doc as unknown as Document;
}

const doc = parseStrict(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8"));
const all = (tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const one = (tag: string): Element => {
  const found = all(tag);
  expect(found).toHaveLength(1);
  return found[0];
};

/** Every element carrying the attribute, with its value. */
function withAttribute(name: string): Array<{ el: Element; value: string }> {
  return all("*")
    .filter((el) => el.hasAttribute(name))
    .map((el) => ({ el, value: el.getAttribute(name) as string }));
}

/** Resources: resource id → DefaultValue, by kind. */
function resources(kind: string): Map<string, string> {
  return new Map(all(kind).filter((el) => el.hasAttribute("id")).map((el) => [el.getAttribute("id") as string, el.getAttribute("DefaultValue") as string]));
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  test("the strict parser rejects XML that is not well-formed", () => {
    expect(() => parseStrict("<OfficeApp><Id></OfficeApp>")).toThrow(/not well-formed/);
  });

  test("is a task pane add-in for Excel with a fixed GUID", () => {
    const root = doc.documentElement;
    expect(root.tagName).toBe("OfficeApp");
    expect(root.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(one("Id").textContent).toMatch(GUID);
    expect(all("Host").map((h) => h.getAttribute("Name") || h.getAttribute("xsi:type"))).toEqual(["Workbook", "Workbook"]);
  });

  test("requires the shared runtime and the custom functions runtime", () => {
    const sets = all("Set").map((s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`);
    expect(sets).toEqual(expect.arrayContaining(["SharedRuntime 1.1", "CustomFunctionsRuntime 1.1"]));
  });

  test("runs functions, pane and ribbon in one long-lived runtime page", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const page = runtime.getAttribute("resid");
    const customFunctions = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions") as Element;
    expect(customFunctions).toBeDefined();
    const pageSource = customFunctions.getElementsByTagName("Page")[0].getElementsByTagName("SourceLocation")[0];
    expect(pageSource.getAttribute("resid")).toBe(page);
    expect(one("FunctionFile").getAttribute("resid")).toBe(page);
    const action = all("Action").find((a) => a.getAttribute("xsi:type") === "ShowTaskpane") as Element;
    expect(action.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(page);
    expect(resources("bt:Url").get(page as string)).toBe(`${DEV_ORIGIN}taskpane.html`);
  });

  test("names the custom functions namespace PLANTARGETS and points at the generated metadata", () => {
    const ns = one("Namespace").getAttribute("resid") as string;
    expect(resources("bt:String").get(ns)).toBe("PLANTARGETS");
    const urls = resources("bt:Url");
    expect(urls.get("Functions.Metadata.Url")).toBe(`${DEV_ORIGIN}functions.json`);
    expect(urls.get("Functions.Script.Url")).toBe(`${DEV_ORIGIN}functions.js`);
    const zh = all("bt:Url").find((u) => u.getAttribute("id") === "Functions.Metadata.Url")?.getElementsByTagName("bt:Override")[0];
    expect(zh?.getAttribute("Locale")).toBe("zh-CN");
    expect(zh?.getAttribute("Value")).toBe(`${DEV_ORIGIN}functions.zh-CN.json`);
  });

  test("defines every resid it references, once", () => {
    const defined = all("*")
      .filter((el) => el.parentNode && /^bt:(Images|Urls|ShortStrings|LongStrings)$/.test((el.parentNode as Element).tagName))
      .map((el) => el.getAttribute("id") as string);
    expect(new Set(defined).size).toBe(defined.length);
    const referenced = withAttribute("resid").map((r) => r.value);
    expect(referenced.length).toBeGreaterThan(10);
    expect(referenced.filter((id) => !defined.includes(id))).toEqual([]);
  });

  test("uses https for every URL", () => {
    const urls = [
      ...[...withAttribute("DefaultValue"), ...withAttribute("Value")].map((r) => r.value).filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...all("AppDomain").map((d) => d.textContent as string),
    ];
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  test("declares icons that exist in assets/ with the declared pixel sizes", () => {
    const images = resources("bt:Image");
    const declared = all("bt:Image")
      .filter((el) => el.hasAttribute("size"))
      .map((el) => ({ size: Number(el.getAttribute("size")), url: images.get(el.getAttribute("resid") as string) as string }));
    declared.push(
      { size: 32, url: one("IconUrl").getAttribute("DefaultValue") as string },
      { size: 64, url: one("HighResolutionIconUrl").getAttribute("DefaultValue") as string },
    );
    for (const { size, url } of declared) {
      expect(url.startsWith(`${DEV_ORIGIN}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_ORIGIN.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("names only files the built add-in serves (dist/, made by npm run build)", () => {
    const dist = path.join(ROOT, "dist");
    if (!fs.existsSync(path.join(dist, "taskpane.html"))) throw new Error("没有找到 dist/taskpane.html：请先运行 npm run build。Build first: npm run build.");
    const urls = [...withAttribute("DefaultValue"), ...withAttribute("Value")].map((r) => r.value).filter((v) => v.startsWith(DEV_ORIGIN));
    expect(urls.filter((url) => !fs.existsSync(path.join(dist, url.slice(DEV_ORIGIN.length))))).toEqual([]);
    // The page of the shared runtime loads the functions; their metadata lists the five functions in both languages.
    expect(fs.readFileSync(path.join(dist, "taskpane.html"), "utf8")).toMatch(/<script[^>]+src="?functions\.js/);
    for (const file of ["functions.json", "functions.zh-CN.json"]) {
      const metadata = JSON.parse(fs.readFileSync(path.join(dist, file), "utf8")) as { functions: Array<{ id: string }> };
      expect(metadata.functions.map((f) => f.id).sort()).toEqual(["COMPLETION", "PLANACTUAL", "PLANINFO", "PLANSEARCH", "PLANTARGET"]);
    }
  });
});
