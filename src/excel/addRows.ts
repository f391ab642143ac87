/**
 * Adding the rows a refresh planned for new indicators, when the user asks: 3 syncs whatever the
 * number of tables or rows. The first finds which tables still exist; the second reads each one's
 * headers, where its body ends, its 指标ID column and its sheet's protection; every refusal comes
 * before the third, which writes. Rows go in with table.rows.add (cells below the table move down,
 * never under the new rows), then number formats before values (1-8月 stays text), then the cells
 * in R1C1 (so 完成率 is the same formula as in the rows above), the highlights and the link.
 */
import { PortError, addRowsRestructured, addRowsTableGone } from "../sheets/errors";
import { linkKey } from "../sheets/link";
import { pendingRows, type RowsAddition } from "../sheets/newRows";
import { REQUEST_BUDGET, utf8Length } from "./chunks";
import { runBatch, type ExcelRun } from "./run";

const ID_HEADER = "指标ID";

function locked(table: string, sheet: string): PortError {
  return new PortError(
    "protected-sheet",
    `表格「${table}」所在的工作表「${sheet}」受保护，未添加任何行；请撤销工作表保护后再添加。`,
    `Table "${table}" is on the protected sheet "${sheet}", so no rows were added; unprotect it and try again.`,
  );
}

function tooLarge(bytes: number): PortError {
  const mb = (bytes / 1_000_000).toFixed(1);
  return new PortError(
    "too-large",
    `要添加的行过多（${mb} MB），超过单次写入的上限；请删除相应表格后重新插入。`,
    `Too many rows to add at once (${mb} MB, over the limit of one write); delete the table and insert it again.`,
  );
}

export function addRows(run: ExcelRun, additions: readonly RowsAddition[]): Promise<number> {
  if (additions.length === 0) return Promise.resolve(0);
  return runBatch(run, async (context) => {
    const wb = context.workbook;
    const tables = wb.tables.load("items/name");
    await context.sync();

    const present = new Set(tables.items.map((t) => t.name));
    const missing = additions.find((a) => !present.has(a.table));
    if (missing) throw addRowsTableGone(missing.table);
    const reads = additions.map((a) => {
      const table = wb.tables.getItem(a.table);
      const sheet = table.worksheet.load("name");
      sheet.protection.load("protected");
      const body = table.getDataBodyRange().load("rowIndex,rowCount,columnIndex");
      const idCol = a.headers.indexOf(ID_HEADER);
      return { a, table, sheet, body, header: table.getHeaderRowRange().load("values"), ids: body.getColumn(idCol).load("values") };
    });
    await context.sync();

    for (const r of reads) {
      const headers = (r.header.values[0] ?? []).map(String);
      if (headers.join("\u0000") !== r.a.headers.join("\u0000")) throw addRowsRestructured(r.a.table);
      if (r.sheet.protection.protected) throw locked(r.a.table, r.sheet.name);
    }
    const writes = reads.map((r) => ({ ...r, ...pendingRows(r.a, r.ids.values.map((line) => line[0])) }));
    const bytes = writes.reduce((n, w) => n + utf8Length(JSON.stringify(w.rows)), 0);
    if (bytes > REQUEST_BUDGET) throw tooLarge(bytes);

    let added = 0;
    for (const w of writes) {
      const k = w.rows.length;
      if (k === 0) continue;
      const cols = w.a.headers.length;
      const top = w.body.rowIndex + w.body.rowCount;
      const left = w.body.columnIndex;
      const sheet = w.table.worksheet;
      w.table.rows.add(undefined, w.rows.map(() => new Array<string>(cols).fill("")));
      w.a.numberFormats.forEach((format, j) => {
        // A single value applies to every cell of the range.
        if (format !== null) sheet.getRangeByIndexes(top, left + j, k, 1).numberFormat = format as unknown as string[][];
      });
      sheet.getRangeByIndexes(top, left, k, cols).formulasR1C1 = w.rows;
      for (const f of w.fills) if (f.color !== null) sheet.getRangeByIndexes(top + f.row, left + f.col, 1, 1).format.fill.color = f.color;
      wb.settings.add(linkKey(w.a.table), JSON.stringify(w.a.link));
      added += k;
    }
    if (added > 0) await context.sync();
    return added;
  });
}
