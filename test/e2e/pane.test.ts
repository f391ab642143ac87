/**
 * The product end to end in Chromium, on the preview (the real task pane beside the in-browser
 * workbook): a planner finds a target and inserts a table, a finance checker types formulas and
 * checks figures, the person keeping target sheets refreshes them from a changed catalogue.
 * Expected values come from the bundled catalogue through the same domain code the page runs.
 * The steps share one page and run in order.
 */
import type { Locator, Page } from "playwright-core";
import { parseCatalogue } from "../../src/catalogue/load";
import { CatalogueIndex } from "../../src/core/lookup/index";
import type { Catalogue, Indicator } from "../../src/core/types";
import { targetValue } from "../../src/functions/answers";
import { columnLetters } from "../../src/sheets/address";
import { QUALIFIER_LABELS } from "../../src/core/match/qualifier";
import { FILL } from "../../src/sheets/columns";
import { buildTargetTable, scopeTableName } from "../../src/sheets/tableSpec";
import { bundledCatalogueJson, cell, goTo, previewSuite, screenshot, shown, typeInto } from "./preview";

const REGION = "浙江省";
const YEAR = 2020;
const bundled = parseCatalogue(bundledCatalogueJson());
const scope = { kind: "regionYear", region: REGION, year: YEAR } as const;
const table = buildTargetTable(bundled, scope);
const column = (header: string) => columnLetters(table.columns.findIndex((c) => c.header === header));
/** Sheet row (1-based) of an indicator in the inserted table. */
const rowOf = (id: string) => table.rows.findIndex((r) => r[table.columns.findIndex((c) => c.key === "id")] === id) + 2;

/** Where the typed formulas go: right of the table, one blank column between. */
const FORMULA_COL = columnLetters(table.columns.length + 1);
const COMPLETION_COL = columnLetters(table.columns.length + 2);

/** The indicator whose actual the user types and whose target the changed catalogue moves. */
const typedFor: Indicator = (() => {
  const found = bundled.indicators.find(
    (i) => table.rows.some((r) => r.includes(i.id)) && i.actuals.length === 0 && ["exact", "at_least"].includes(i.qualifier) && i.value >= 10,
  );
  if (!found) throw new Error(`${REGION} ${YEAR} has no target without an actual to type one for`);
  return found;
})();
const TYPED_ACTUAL = Math.round(typedFor.value * 0.8);

function changedCatalogue(): Catalogue {
  return {
    ...bundled,
    version: "e2e-changed",
    indicators: bundled.indicators.map((i) => (i.id === typedFor.id ? { ...i, value: typedFor.value * 2 } : i)),
  };
}

/** What a cell shows for a formula computed by the shared function code: the number, or the error code. */
function expectedShown(work: (index: CatalogueIndex) => number, catalogue: Catalogue): string {
  try {
    return String(work(new CatalogueIndex(catalogue)));
  } catch (e) {
    return (e as { code: string }).code;
  }
}

const percent = (text: string) => Number(text.replace("%", "")) / 100;

async function background(target: Locator): Promise<string> {
  return target.evaluate((el) => getComputedStyle(el).backgroundColor);
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
}

const suite = previewSuite();
let page: Page;
let pane: Locator;

beforeAll(async () => {
  page = suite.page;
  pane = page.locator("#pane");
  await pane.getByLabel("搜索指标名称或别名").waitFor();
});

test("a planner searches 5G基站 and opens its card: the source sentence is shown", async () => {
  const five = new CatalogueIndex(bundled).lookup({ name: "5G基站", year: YEAR, region: REGION });
  if (!five.ok) throw new Error(five.message);
  await pane.getByLabel("搜索指标名称或别名").fill("5G基站");
  await pane.getByRole("button", { name: `查看 ${five.indicator.name}（${REGION} ${YEAR}）` }).click();
  const card = pane.getByRole("region", { name: "指标详情" });
  const quote = card.locator("mark");
  await quote.waitFor();
  expect(await quote.isVisible()).toBe(true);
  expect(five.indicator.sources.map((s) => s.quote)).toContain(await quote.innerText());
  await screenshot(page, "card");
});

test(`the planner inserts the ${REGION} ${YEAR} target table on a new sheet`, async () => {
  await pane.getByRole("tab", { name: "插入" }).click();
  await pane.getByRole("radio", { name: "地区和年份" }).check();
  await pane.getByLabel("地区", { exact: true }).selectOption(REGION);
  await pane.getByLabel("年份", { exact: true }).selectOption(String(YEAR));
  await pane.getByText(`将插入 ${table.rows.length} 行`).waitFor();
  await pane.getByRole("button", { name: "插入目标表" }).click();
  await pane.getByText(/已插入表格/).waitFor();
  const sheet = scopeTableName(bundled, scope);
  await page.locator(".sheet-tabs").getByRole("tab", { name: sheet, selected: true }).waitFor();
  expect(await shown(page, "A1")).toBe("指标");
  expect(await shown(page, `${column("完成率")}1`)).toBe("完成率");
  const last = table.rows[table.rows.length - 1];
  expect(await shown(page, `A${table.rows.length + 1}`)).toBe(String(last[0]));
});

test("the finance checker types =PLANTARGET and =COMPLETION over the table and reads the values", async () => {
  const expected = expectedShown((index) => targetValue({ index, settings: { defaultRegion: null, tolerance: 0.05 } }, "5G基站", YEAR), bundled);
  await typeInto(page, `${FORMULA_COL}1`, '=PLANTARGET("5G基站",2020)');
  expect(await shown(page, `${FORMULA_COL}1`)).toBe(expected);

  const lastCol = columnLetters(table.columns.length - 1);
  await typeInto(page, `${COMPLETION_COL}1`, `=COMPLETION(A1:${lastCol}${table.rows.length + 1})`);
  expect(await shown(page, `${COMPLETION_COL}1`)).toBe("完成率");
  // Every row with an actual: COMPLETION agrees with the table's own plain 完成率 formula.
  const withActual = bundled.indicators.filter((i) => rowOf(i.id) > 1 && i.actuals.length > 0 && ["exact", "at_least"].includes(i.qualifier));
  expect(withActual.length).toBeGreaterThan(0);
  for (const ind of withActual.slice(0, 3)) {
    const row = rowOf(ind.id);
    const plain = await shown(page, `${column("完成率")}${row}`);
    if (plain === "") continue; // the actual is in a unit that does not convert
    expect(Number(await shown(page, `${COMPLETION_COL}${row}`))).toBeCloseTo(percent(plain), 3);
  }
  await goTo(page, `${COMPLETION_COL}1`); // the formula in the formula bar, its results spilled below
  await screenshot(page, "formulas");
});

test("the checker types an actual: the table's 完成率 and COMPLETION follow", async () => {
  const row = rowOf(typedFor.id);
  expect(await shown(page, `${column("条件")}${row}`)).toBe(QUALIFIER_LABELS[typedFor.qualifier]);
  await typeInto(page, `${column("实际值")}${row}`, String(TYPED_ACTUAL));
  const ratio = TYPED_ACTUAL / typedFor.value;
  expect(percent(await shown(page, `${column("完成率")}${row}`))).toBeCloseTo(ratio, 3);
  expect(Number(await shown(page, `${COMPLETION_COL}${row}`))).toBeCloseTo(ratio, 6);
});

test("refresh from a changed hosted catalogue: the typed actual survives, the changed target is highlighted", async () => {
  const url = `${suite.server.url}e2e/changed-catalogue.json`;
  await page.route(url, (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(changedCatalogue()) }));
  await pane.getByRole("tab", { name: "设置" }).click();
  await pane.getByRole("radio", { name: "托管的目录（网址）" }).check();
  await pane.getByLabel("目录网址").fill(url);
  await pane.getByRole("button", { name: "保存设置" }).click();
  await pane.getByText(/目录已加载/).waitFor();

  await pane.getByRole("tab", { name: "刷新" }).click();
  await pane.getByRole("button", { name: "刷新链接表格" }).click();
  // One target changed. The bundled figure it replaced stays in the catalogue as another figure of an
  // indicator the table has: named in the change, never offered as a second row.
  await pane.getByText(/^已刷新 1 个表格：更新 1 处，保留手工修改 0 处，已消失指标 0 个，目录新增 0 个。$/).waitFor();
  const changes = pane.getByRole("list", { name: "变更明细" }).getByRole("listitem");
  expect(await changes.count()).toBe(1);
  expect(await changes.first().innerText()).toContain(`目录中另有 ${typedFor.value}${typedFor.unit}`);
  expect(await pane.getByRole("button", { name: /个新指标的行$/ }).count()).toBe(0);

  const row = rowOf(typedFor.id);
  const target = await goTo(page, `${column("目标值")}${row}`);
  expect(await target.locator(".text").innerText()).toBe(String(typedFor.value * 2));
  expect(await background(target)).toBe(rgb(FILL.changed));
  expect(await shown(page, `${column("实际值")}${row}`)).toBe(String(TYPED_ACTUAL));
  expect(percent(await shown(page, `${column("完成率")}${row}`))).toBeCloseTo(TYPED_ACTUAL / (typedFor.value * 2), 3);
  // COMPLETION over the table follows the refreshed target and still spills.
  expect(await shown(page, `${COMPLETION_COL}1`)).toBe("完成率");
  expect(Number(await shown(page, `${COMPLETION_COL}${row}`))).toBeCloseTo(TYPED_ACTUAL / (typedFor.value * 2), 6);
  await goTo(page, `A${row}`); // the highlighted target in view, not under the selection
  await screenshot(page, "refresh");
});

test("check figures on a small block with one wrong number", async () => {
  const changed = changedCatalogue();
  const index = new CatalogueIndex(changed);
  // Three targets the name alone finds (no region needed), as a checker's own sheet would list them.
  const picks = changed.indicators
    .filter((i) => i.region === REGION && i.year === YEAR && i.valueMax === null)
    .filter((i) => {
      const found = index.lookup({ name: i.name, year: YEAR });
      return found.ok && found.indicator.id === i.id;
    })
    .slice(0, 3);
  expect(picks).toHaveLength(3);
  await page.getByRole("button", { name: "新建工作表 New sheet" }).click();
  const block = [["指标", "年份", "数值"], ...picks.map((i, n) => [i.name, String(YEAR), String(n === 2 ? i.value + 1 : i.value)])];
  for (const [r, values] of block.entries()) {
    for (const [c, text] of values.entries()) await typeInto(page, `${columnLetters(1 + c)}${2 + r}`, text);
  }
  await cell(page, "B2").click();
  await cell(page, "D5").click({ modifiers: ["Shift"] });
  expect(await page.getByLabel("名称框 Name box").inputValue()).toBe("B2:D5");

  await pane.getByRole("tab", { name: "核对" }).click();
  await pane.getByRole("button", { name: "读取选中区域" }).click();
  await pane.getByText(/已读取 .*B2:D5/).waitFor();
  await pane.getByRole("button", { name: "核对", exact: true }).click();
  await pane.getByText("一致 2，不一致 1，未找到 0").waitFor();
  await pane.getByRole("button", { name: "标记不一致的单元格" }).click();
  await pane.getByText("已标记 1 个单元格。").waitFor();
  expect(await background(cell(page, "D5"))).toBe(rgb(FILL.mismatch));
  expect(await background(cell(page, "D4"))).not.toBe(rgb(FILL.mismatch));
  await pane.getByText("已标记 1 个单元格。").scrollIntoViewIfNeeded(); // the results and what was marked, together
  await screenshot(page, "check");
});
