/**
 * The built preview page in a browser without JavaScript modules. jsdom is one: it loads and runs
 * classic and nomodule scripts but never module scripts, so it shows what such a browser shows.
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { JSDOM, VirtualConsole } from "jsdom";

const PAGE = path.join(__dirname, "..", "..", "dist", "preview", "index.html");

test("says the browser lacks JavaScript modules, and the app does not start", async () => {
  if (!fs.existsSync(PAGE)) throw new Error(`没有找到 ${PAGE}：请先运行 npm run build。Build the preview first: npm run build.`);
  const html = fs.readFileSync(PAGE, "utf8");
  const dom = new JSDOM(html, {
    url: pathToFileURL(PAGE).href,
    runScripts: "dangerously",
    resources: "usable", // external classic scripts (office.js) load as in a browser
    virtualConsole: new VirtualConsole(),
  });
  await new Promise((resolve) => dom.window.addEventListener("load", resolve));
  const doc = dom.window.document;
  expect(doc.querySelector('script[type="module"][src="preview.js"]')).not.toBeNull(); // what such a browser skips
  expect(typeof (dom.window as unknown as { Office?: unknown }).Office).toBe("object"); // classic scripts ran
  const notice = doc.getElementById("no-modules") as HTMLElement;
  expect(notice.hidden).toBe(false);
  expect(notice.textContent).toMatch(/不支持 JavaScript 模块.*does not support JavaScript modules/s);
  expect(doc.querySelector("[data-cell]")).toBeNull(); // the module bundle never ran
  dom.window.close();
});
