/**
 * Target tables against the office-addin-mock workbook: Excel round trips (context.sync calls) for
 * inserting 1,000 and 20,000 rows with the size of each request (JSON as Office.js sends it, UTF-8),
 * the most rows one write request holds (so 2 syncs in all), refreshing 50 tables and checking a
 * 1,000-row block, and the insert time against building the same table's cells alone
 * (buildTargetTable + tableCells) in the same run, so the ratio is the adapter's cost on top of the
 * domain logic.
 */
import { performance } from "perf_hooks";
import { createOfficePort } from "../src/excel/officePort";
import { CatalogueIndex } from "../src/core/lookup/index";
import type { Catalogue } from "../src/core/types";
import { checkFigures, mismatchMarks } from "../src/sheets/check";
import { refreshWorkbook } from "../src/sheets/refresh";
import { planTableWrites } from "../src/excel/tableWrites";
import { buildTargetTable, tableCells } from "../src/sheets/tableSpec";
import { FakeWorkbook } from "../test/excel/fakeExcel";
import { syntheticCatalogue } from "../test/sheets/synthetic";
import { row, type BenchRow } from "./row";

/** Decimal megabytes: the 5 MB limit is read as 5,000,000 bytes (src/excel/chunks.ts). */
const MB = 1_000_000;

function specFor(catalogue: Catalogue, rows: number) {
  const ids = catalogue.indicators.slice(0, rows).map((i) => i.id);
  return buildTargetTable(catalogue, { kind: "indicators", ids }, "目标表");
}

/** Fastest of `runs` timings of an async job, in milliseconds. */
async function fastest(runs: number, job: () => Promise<unknown> | unknown): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await job();
    min = Math.min(min, performance.now() - start);
  }
  return min;
}

async function insertRows(catalogue: Catalogue, rows: number, runs: number): Promise<BenchRow[]> {
  const specMs = await fastest(runs, () => tableCells(specFor(catalogue, rows), 0, 0));
  let last = new FakeWorkbook();
  const insertMs = await fastest(runs, async () => {
    last = new FakeWorkbook();
    await createOfficePort(last.run).insertTable(specFor(catalogue, rows), { kind: "newSheet", sheetName: "目标" });
  });
  const name = `sheets insert ${rows.toLocaleString("en")} rows`;
  return [
    row(`${name}: context.sync calls`, last.syncs, "syncs", null),
    row(`${name}: largest request`, Math.max(...last.requests) / MB, "MB", 5),
    row(`${name}: all requests`, last.requests.reduce((a, b) => a + b, 0) / MB, "MB", null),
    row(`${name}: time vs building the cells alone`, insertMs, "ms", specMs),
  ];
}

/** The most rows one write request holds (2 syncs in all), found by bisection on the write plan. */
function rowsInTwoSyncs(catalogue: Catalogue): BenchRow {
  let fits = 1;
  let fails = catalogue.indicators.length + 1;
  while (fails - fits > 1) {
    const mid = Math.floor((fits + fails) / 2);
    if (planTableWrites(specFor(catalogue, mid), 0, 0).length === 1) fits = mid;
    else fails = mid;
  }
  return row("sheets insert: most rows in 2 syncs (40–80-character quotes)", fits, "rows", null);
}

async function refreshFifty(catalogue: Catalogue): Promise<BenchRow[]> {
  const wb = new FakeWorkbook();
  const port = createOfficePort(wb.run);
  for (let t = 0; t < 50; t++) {
    const ids = catalogue.indicators.slice(t * 20, t * 20 + 20).map((i) => i.id);
    await port.insertTable(buildTargetTable(catalogue, { kind: "indicators", ids }, `表${t}`), { kind: "newSheet", sheetName: `表${t}` });
  }
  const changed = { ...catalogue, version: "v2", indicators: catalogue.indicators.map((i, n) => (n % 7 === 0 ? { ...i, value: i.value + 1 } : i)) };
  wb.requests = [];
  const ms = await fastest(1, () => refreshWorkbook(port, changed));
  return [row("sheets refresh 50 tables: context.sync calls", wb.syncs, "syncs", null), row("sheets refresh 50 tables: time", ms, "ms", null)];
}

async function checkBlock(catalogue: Catalogue): Promise<BenchRow[]> {
  const wb = new FakeWorkbook();
  const rows = catalogue.indicators.slice(0, 1000).map((i, n) => [i.name, i.year, n % 10 === 0 ? i.value + 1 : i.value, i.region]);
  wb.put("Sheet1", 0, 0, rows);
  wb.select("Sheet1", { row: 0, col: 0, rows: 1000, cols: 4 });
  const port = createOfficePort(wb.run);
  const block = await port.readSelection();
  const mapping = { name: 0, year: 1, value: 2, region: 3, headerRow: false };
  const results = checkFigures(block, mapping, new CatalogueIndex(catalogue), catalogue, { defaultRegion: null });
  await port.markCells(mismatchMarks(block, mapping, results, { fill: true, note: true }));
  return [row("sheets check 1,000 rows (read + mark 100): context.sync calls", wb.syncs, "syncs", null)];
}

export async function benchSheets(): Promise<BenchRow[]> {
  const catalogue = syntheticCatalogue(20000);
  return [
    ...(await insertRows(catalogue, 1000, 5)),
    ...(await insertRows(catalogue, 20000, 2)),
    rowsInTwoSyncs(catalogue),
    ...(await refreshFifty(catalogue)),
    ...(await checkBlock(catalogue)),
  ];
}
