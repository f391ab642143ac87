/**
 * Building a target table from catalogue indicators: which rows, which cell values, and the
 * plain-Excel formulas, rendered to A1 once the table's position is known.
 */
import type { Actual, Catalogue, Indicator } from "../core/types";
import { convertUnit } from "../core/units";
import { cellAddress } from "./address";
import { QUALIFIER_LABELS } from "../core/match/qualifier";
import { COLUMNS, columnDef, type ColumnDef, type ColumnKey } from "./columns";
import { fingerprint } from "./fingerprint";
import { LINK_FORMAT, linkScope, type TableLink, type TableScope } from "./link";
import { quoteLine } from "../core/quote";

/** What a cell holds as plain data. "" is an empty cell (null would mean "leave as is" to Office.js). */
export type CellValue = string | number | boolean;

export interface TargetTableSpec {
  /** Wanted Excel table name; the adapter makes it unique. */
  name: string;
  columns: ColumnDef[];
  /** One row per indicator, one cell per column; formula columns hold "" (see tableCells). */
  rows: CellValue[][];
  link: TableLink;
}

/** The row key a period sorts by: a full year ("2020") counts as its December. */
function periodKey(asOf: string): string {
  return /^\d{4}$/.test(asOf) ? `${asOf}-12` : asOf;
}

/** The most recent reported actual, or null. */
export function latestActual(ind: Indicator): Actual | null {
  let best: Actual | null = null;
  for (const a of ind.actuals) if (!best || periodKey(a.asOf) > periodKey(best.asOf)) best = a;
  return best;
}

/** The latest actual in the target's own unit; null when none or the units do not convert. */
export function actualInTargetUnit(ind: Indicator): number | null {
  const a = latestActual(ind);
  return a ? convertUnit(a.value, a.unit, ind.unit) : null;
}

export function documentTitle(catalogue: Catalogue, file: string): string {
  return catalogue.documents.find((d) => d.file === file)?.title ?? file;
}

/** The value our columns hold for an indicator (catalogue, user and link columns). */
export function indicatorCell(ind: Indicator, key: ColumnKey, catalogue: Catalogue): CellValue {
  const first = ind.sources[0];
  switch (key) {
    case "name": return ind.name;
    case "region": return ind.region;
    case "year": return ind.year;
    case "value": return ind.value;
    case "unit": return ind.unit;
    case "qualifier": return QUALIFIER_LABELS[ind.qualifier];
    case "baseline": return ind.baseline ?? "";
    case "baseYear": return ind.baseYear ?? "";
    case "attribute": return ind.attribute ?? "";
    case "source": return first ? documentTitle(catalogue, first.doc) : "";
    case "quote": return first ? quoteLine(first.quote) : "";
    case "actual": return actualInTargetUnit(ind) ?? "";
    case "id": return ind.id;
    case "completion":
    case "fingerprint":
      return "";
  }
}

/** Fingerprint of the catalogue cells among `keys`, in that order. */
export function rowFingerprint(ind: Indicator, keys: readonly ColumnKey[], catalogue: Catalogue): string {
  return fingerprint(keys.filter((k) => columnDef(k).role === "catalogue").map((k) => indicatorCell(ind, k, catalogue)));
}

/** Indicators a scope selects, in catalogue order (ids: in the order given). */
export function selectIndicators(catalogue: Catalogue, scope: TableScope): Indicator[] {
  switch (scope.kind) {
    case "indicators": {
      const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
      return scope.ids.map((id) => byId.get(id)).filter((i): i is Indicator => i !== undefined);
    }
    case "document":
      return catalogue.indicators.filter((i) => i.sources.some((s) => s.doc === scope.doc));
    case "regionYear":
      return catalogue.indicators.filter((i) => i.region === scope.region && i.year === scope.year);
  }
}

/** A readable default table name for a scope. */
export function scopeTableName(catalogue: Catalogue, scope: TableScope): string {
  switch (scope.kind) {
    case "indicators": return "目标表";
    case "document": return `目标_${catalogue.documents.find((d) => d.file === scope.doc)?.id ?? scope.doc}`;
    case "regionYear": return `目标_${scope.region}_${scope.year}`;
  }
}

export function buildTargetTable(catalogue: Catalogue, scope: TableScope, name = scopeTableName(catalogue, scope)): TargetTableSpec {
  const columns = [...COLUMNS];
  const keys = columns.map((c) => c.key);
  const rows = selectIndicators(catalogue, scope).map((ind) =>
    keys.map((k) => (k === "fingerprint" ? rowFingerprint(ind, keys, catalogue) : indicatorCell(ind, k, catalogue))),
  );
  return {
    name,
    columns,
    rows,
    link: { format: LINK_FORMAT, table: name, columns: keys, catalogueVersion: catalogue.version, scope: linkScope(scope), highlights: [] },
  };
}

/** A formula template with each {key} replaced by `ref(key)` (left as it is where that gives null). */
function fillTemplate(template: string, ref: (key: string) => string | null): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => ref(key) ?? whole);
}

/** A formula template with {key} replaced by the same row's cell of that column. */
export function renderFormula(template: string, columns: readonly ColumnDef[], row: number, left: number): string {
  return fillTemplate(template, (key) => {
    const index = columns.findIndex((c) => c.key === key);
    return index < 0 ? null : cellAddress(row, left + index);
  });
}

/**
 * The same formula in R1C1 form for a cell in column `at`, where `columnOf` gives each key's
 * column: {key} → RC[offset]. It reads the same on every row, so one text serves a whole column.
 */
export function relativeFormula(template: string, columnOf: (key: ColumnKey) => number | undefined, at: number): string {
  return fillTemplate(template, (key) => {
    const col = columnOf(key as ColumnKey);
    if (col === undefined) return null;
    return col === at ? "RC" : `RC[${col - at}]`;
  });
}

/**
 * Header plus body exactly as written to the sheet when the table's top-left cell is (top, left),
 * 0-based: data rows begin at top + 1.
 */
export function tableCells(spec: TargetTableSpec, top: number, left: number): CellValue[][] {
  const out: CellValue[][] = [spec.columns.map((c) => c.header)];
  spec.rows.forEach((row, i) => {
    out.push(row.map((v, j) => {
      const f = spec.columns[j].formula;
      return f ? renderFormula(f, spec.columns, top + 1 + i, left) : v;
    }));
  });
  return out;
}
