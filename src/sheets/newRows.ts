/**
 * Rows a refresh offers to add: indicators new in the catalogue that match a linked table's rule
 * (its document, or its region and year). A refresh only reports them; they are added when the
 * user asks, at the bottom of the table, with our cells, the live 完成率 formula, an empty cell in
 * every column the user added, and the name cell highlighted like any other change.
 */
import type { Catalogue, Indicator } from "../core/types";
import { FILL, columnDef, type ColumnKey } from "./columns";
import { cellText } from "./fingerprint";
import { figuresOf, type FigureGroups } from "./figureGroups";
import type { CellFill } from "./refresh";
import type { LinkScope, TableLink } from "./link";
import { indicatorCell, relativeFormula, rowFingerprint, selectIndicators, type CellValue } from "./tableSpec";

export interface RowsAddition {
  table: string;
  sheet: string;
  /** The table's headers the rows were planned against; the adapter refuses if they changed since. */
  headers: string[];
  /** Indicator ids of the rows, in order (the adapter skips any the table holds by then). */
  ids: string[];
  /** One row per indicator, one cell per header; formula cells in R1C1 form ("=…RC[-1]…"). */
  rows: CellValue[][];
  /** Number format per header; null for the user's own columns (left as the table has them). */
  numberFormats: (string | null)[];
  /** Fills for the new rows, row 0 being the first added row. */
  fills: CellFill[];
  /** The link record to store with the rows: the refreshed one, with the new rows' names highlighted. */
  link: TableLink;
}

/**
 * Indicators of a table's rule that the table lacks. An entry is not new when the table holds it or
 * another figure of the same indicator (another document's or layer's): that figure is shown by the
 * card and PLANINFO, and a second row for the indicator would only duplicate it.
 */
export function newIndicators(catalogue: Catalogue, scope: LinkScope, held: { has(id: string): boolean }, groups: FigureGroups): Indicator[] {
  if (scope.kind === "indicators") return [];
  return selectIndicators(catalogue, scope).filter((ind) => !figuresOf(groups, ind.id).some((id) => held.has(id)));
}

/** Columns of ours the table still has, by header position. */
function ourColumns(headers: readonly string[], link: TableLink): Map<ColumnKey, number> {
  const at = new Map<ColumnKey, number>();
  for (const key of link.columns) {
    const index = headers.indexOf(columnDef(key).header);
    if (index >= 0) at.set(key, index);
  }
  return at;
}

/** The cell of `key` for a new row at column `col`; a formula whose columns are gone is left empty. */
function newCell(ind: Indicator, key: ColumnKey, col: number, at: Map<ColumnKey, number>, link: TableLink, catalogue: Catalogue): CellValue {
  const def = columnDef(key);
  if (def.formula) {
    const formula = relativeFormula(def.formula, (k) => at.get(k), col);
    return /\{\w+\}/.test(formula) ? "" : formula;
  }
  if (key === "fingerprint") return rowFingerprint(ind, link.columns, catalogue);
  return indicatorCell(ind, key, catalogue);
}

export function planNewRows(table: { table: string; sheet: string; headers: string[] }, link: TableLink, indicators: readonly Indicator[], catalogue: Catalogue): RowsAddition | null {
  if (indicators.length === 0) return null;
  const at = ourColumns(table.headers, link);
  const keyAt = new Map([...at].map(([key, index]) => [index, key]));
  const rows = indicators.map((ind) =>
    table.headers.map((_, col) => {
      const key = keyAt.get(col);
      return key ? newCell(ind, key, col, at, link, catalogue) : "";
    }),
  );
  const nameCol = at.get("name") ?? (at.get("id") as number);
  const flagged: ColumnKey = at.has("name") ? "name" : "id";
  return {
    table: table.table,
    sheet: table.sheet,
    headers: [...table.headers],
    ids: indicators.map((i) => i.id),
    rows,
    numberFormats: table.headers.map((_, col) => {
      const key = keyAt.get(col);
      return key ? columnDef(key).numberFormat : null;
    }),
    fills: indicators.map((_, row) => ({ row, col: nameCol, color: FILL.changed })),
    link: { ...link, highlights: [...link.highlights, ...indicators.map((i) => ({ id: i.id, column: flagged }))] },
  };
}

/**
 * What an adapter writes of `a` once it has read the table's 指标ID cells again: only the rows for
 * indicators the table still lacks (the user may have asked twice), their fills renumbered from 0.
 */
export function pendingRows(a: RowsAddition, idCells: readonly CellValue[]): { rows: CellValue[][]; fills: CellFill[] } {
  const held = new Set(idCells.map(cellText));
  const keep = a.ids.flatMap((id, i) => (held.has(id) ? [] : [i]));
  const at = new Map(keep.map((row, n) => [row, n]));
  return {
    rows: keep.map((i) => a.rows[i]),
    fills: a.fills.flatMap((f) => {
      const row = at.get(f.row);
      return row === undefined ? [] : [{ ...f, row }];
    }),
  };
}
