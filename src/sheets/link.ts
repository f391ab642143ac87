/**
 * How a target table stays linked to the catalogue.
 *
 * Storage (both adapters): one workbook setting per table, key "PlanTargets.link.<table name>",
 * holding a TableLink as JSON: which columns we wrote, how the rows were chosen, the catalogue
 * version and which cells the last refresh highlighted. Per-row data lives IN the table, in two
 * hidden columns (指标ID, 写入校验), because only cells travel with a row when users sort, filter
 * or move rows; a settings blob keyed by position would go stale at the first sort.
 * Settings are saved inside the .xlsx, so a shared file refreshes the same for everyone.
 */
import { PortError } from "./errors";
import { CATALOGUE_KEYS, COLUMNS, type ColumnKey } from "./columns";

/**
 * 2: hidden 指标ID + 写入校验 columns. 1 (pre-release add-in): a record without `format` and no
 * fingerprints, so hand edits cannot be told from our writes.
 */
export const LINK_FORMAT = 2;

export const LINK_PREFIX = "PlanTargets.link.";
export const SETTINGS_KEY = "PlanTargets.settings";

/** How a table's rows were chosen. */
export type TableScope =
  | { kind: "indicators"; ids: string[] }
  | { kind: "document"; doc: string }
  | { kind: "regionYear"; region: string; year: number };

/** The scope as a link remembers it: a hand-picked list is not kept (its rows carry their ids). */
export type LinkScope = Exclude<TableScope, { kind: "indicators" }> | { kind: "indicators" };

export function linkScope(scope: TableScope): LinkScope {
  return scope.kind === "indicators" ? { kind: "indicators" } : scope;
}

export interface CellRef {
  id: string;
  column: ColumnKey;
}

export interface TableLink {
  format: number;
  table: string;
  /** Our columns as written, left to right (the user may add, move or hide others). */
  columns: ColumnKey[];
  catalogueVersion: string;
  scope: LinkScope;
  /** Cells the last refresh filled, cleared at the next one. */
  highlights: CellRef[];
}

export function linkKey(table: string): string {
  return LINK_PREFIX + table;
}

const KNOWN_KEYS = new Set<string>(COLUMNS.map((c) => c.key));

function corrupt(key: string): PortError {
  return new PortError(
    "link-corrupt",
    `工作簿中的链接记录「${key}」已损坏，无法刷新该表；请删除该表后重新插入。`,
    `The link record "${key}" in this workbook is damaged, so its table cannot be refreshed; delete the table and insert it again.`,
  );
}

function isScope(s: unknown): s is LinkScope {
  if (typeof s !== "object" || s === null) return false;
  const o = s as Record<string, unknown>;
  if (o.kind === "indicators") return true;
  if (o.kind === "document") return typeof o.doc === "string";
  if (o.kind === "regionYear") return typeof o.region === "string" && typeof o.year === "number";
  return false;
}

/** Reads a stored link record (JSON text or an already-parsed value); old records come back as format 1. */
export function parseLink(key: string, raw: unknown): TableLink {
  let data: unknown = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      throw corrupt(key);
    }
  }
  if (typeof data !== "object" || data === null) throw corrupt(key);
  const o = data as Record<string, unknown>;
  if (typeof o.table !== "string" || o.table === "") throw corrupt(key);
  if (o.format === undefined) {
    return {
      format: 1,
      table: o.table,
      columns: [...CATALOGUE_KEYS],
      catalogueVersion: typeof o.catalogueVersion === "string" ? o.catalogueVersion : "",
      scope: { kind: "indicators" },
      highlights: [],
    };
  }
  if (typeof o.format !== "number") throw corrupt(key);
  if (o.format > LINK_FORMAT) {
    throw new PortError(
      "link-new-version",
      `表格「${o.table}」由更新版本的插件插入（链接格式 ${o.format}）；请升级插件后再刷新。`,
      `Table "${o.table}" was inserted by a newer add-in (link format ${o.format}); update the add-in before refreshing.`,
    );
  }
  const columns = o.columns;
  if (!Array.isArray(columns) || !columns.every((c) => typeof c === "string" && KNOWN_KEYS.has(c))) throw corrupt(key);
  if (typeof o.catalogueVersion !== "string" || !isScope(o.scope) || !Array.isArray(o.highlights)) throw corrupt(key);
  const highlights = o.highlights.filter(
    (h): h is CellRef => typeof h === "object" && h !== null && typeof h.id === "string" && KNOWN_KEYS.has(h.column),
  );
  return {
    format: o.format,
    table: o.table,
    columns: columns as ColumnKey[],
    catalogueVersion: o.catalogueVersion,
    scope: o.scope,
    highlights,
  };
}
