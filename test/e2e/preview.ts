/**
 * End-to-end harness: the built preview (dist/preview, made by `npm run build`, which `npm test`
 * runs first) served on a free localhost port, and Debian's Chromium driven by playwright-core.
 * The page may reach only that server: every other request is refused, so nothing leaves the machine.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { serve, type Served } from "../../scripts/serve";

export const ROOT = path.join(__dirname, "..", "..");
export const PREVIEW_DIR = path.join(ROOT, "dist", "preview");
export const ARTIFACTS = path.join(ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"];

export interface PreviewSuite {
  page: Page;
  server: Served;
  /** Uncaught page errors; each test fails when one happened during it. */
  errors: string[];
}

/**
 * One server, one browser and one page for a test file (registered as beforeAll/afterAll), with a
 * clear failure when the preview is not built or Chromium is missing.
 */
export function previewSuite(): PreviewSuite {
  const suite = { errors: [] as string[] } as PreviewSuite;
  let browser: Browser | null = null;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(PREVIEW_DIR, "index.html"))) {
      throw new Error(`没有找到 ${PREVIEW_DIR}/index.html：请先运行 npm run build。The preview is not built: run npm run build first.`);
    }
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`没有找到 Chromium（${CHROMIUM}）：请运行 .ci/run 或 apt-get install chromium。Chromium is missing at ${CHROMIUM}: run .ci/run or apt-get install chromium.`);
    }
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    suite.server = await serve(PREVIEW_DIR, 0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    suite.page = await openPage(browser, suite.server.url, suite.errors);
  }, 60_000);
  afterEach(() => expect(suite.errors.splice(0)).toEqual([]));
  afterAll(async () => {
    await browser?.close();
    if (suite.server) await new Promise((resolve) => suite.server.server.close(resolve));
  });
  return suite;
}

/** Opens the preview in a fresh context that may reach only the preview's own server. */
async function openPage(browser: Browser, url: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  const origin = new URL(url).origin;
  await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.fallback() : route.abort()));
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  await page.locator('[data-cell="A1"]').waitFor();
  return page;
}

export function cell(page: Page, address: string): Locator {
  return page.locator(`[data-cell="${address}"]`);
}

/** Goes to a cell of the active sheet through the name box, as a user does in Excel. */
export async function goTo(page: Page, address: string): Promise<Locator> {
  const box = page.getByLabel("名称框 Name box");
  await box.fill(address);
  await box.press("Enter");
  const target = cell(page, address);
  await target.locator(".editor").waitFor();
  return target;
}

/** Types into a cell: go there, type, press Enter. */
export async function typeInto(page: Page, address: string, text: string): Promise<void> {
  await goTo(page, address);
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/** What a cell shows (its value in its number format). */
export async function shown(page: Page, address: string): Promise<string> {
  return (await goTo(page, address)).locator(".text").innerText();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** The catalogue the preview loads (the build copies assets/catalogue.json beside the page). */
export function bundledCatalogueJson(): string {
  const file = path.join(PREVIEW_DIR, "assets", "catalogue.json");
  if (!fs.existsSync(file)) throw new Error(`没有找到 ${file}：目录 assets/catalogue.json 缺失。The bundled catalogue is missing: ${file}.`);
  return fs.readFileSync(file, "utf8");
}
