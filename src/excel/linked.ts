/**
 * Reading linked tables and writing a refresh plan. Round trips do not grow with the number of
 * tables or rows: reading is 2 syncs (link settings and table names; then every table's header,
 * body and sheet), applying is 1.
 */
import { LINK_PREFIX, linkKey } from "../sheets/link";
import type { LinkedTableSnapshot, LinkedWorkbook, RefreshPlan } from "../sheets/port";
import { runBatch, type ExcelRun } from "./run";

export function readLinkedTables(run: ExcelRun): Promise<LinkedWorkbook> {
  return runBatch(run, async (context) => {
    const wb = context.workbook;
    const settings = wb.settings.load("items/key,items/value");
    const tables = wb.tables.load("items/name");
    await context.sync();

    const present = new Set(tables.items.map((t) => t.name));
    const links = settings.items.filter((s) => s.key.startsWith(LINK_PREFIX));
    const missing: string[] = [];
    const reads = [];
    for (const setting of links) {
      const name = setting.key.slice(LINK_PREFIX.length);
      if (!present.has(name)) {
        missing.push(name);
        continue;
      }
      const table = wb.tables.getItem(name);
      const sheet = table.worksheet.load("name");
      sheet.protection.load("protected");
      reads.push({
        name,
        link: setting.value as unknown,
        sheet,
        header: table.getHeaderRowRange().load("values"),
        body: table.getDataBodyRange().load("values"),
      });
    }
    await context.sync();

    const snapshots: LinkedTableSnapshot[] = reads.map((r) => ({
      table: r.name,
      link: r.link,
      sheet: r.sheet.name,
      protected: r.sheet.protection.protected,
      headers: (r.header.values[0] ?? []).map((h) => String(h)),
      rows: r.body.values,
    }));
    return { tables: snapshots, missing };
  });
}

export function applyRefresh(run: ExcelRun, plan: RefreshPlan): Promise<void> {
  return runBatch(run, async (context) => {
    const wb = context.workbook;
    for (const t of plan.tables) {
      const body = wb.tables.getItem(t.table).getDataBodyRange();
      for (const w of t.writes) body.getCell(w.row, w.col).values = [[w.value]];
      for (const f of t.fills) {
        const fill = body.getCell(f.row, f.col).format.fill;
        if (f.color === null) fill.clear();
        else fill.color = f.color;
      }
      wb.settings.add(linkKey(t.table), JSON.stringify(t.link));
    }
    for (const name of plan.dropLinks) wb.settings.getItem(linkKey(name)).delete();
    await context.sync();
  });
}
