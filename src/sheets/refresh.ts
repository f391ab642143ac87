/**
 * Planning a refresh of linked target tables: rows are matched by indicator id (users sort and
 * filter), catalogue cells we wrote are updated, cells the user edited are reported and kept,
 * user columns are never touched, rows whose indicator vanished are flagged, never deleted.
 * Indicators new in the catalogue that match a table's rule are reported, and the rows to add them
 * are planned (newRows.ts) but only written when the user asks; another figure for an indicator the
 * table holds is not new (figureGroups.ts), it is named where the row's target changes. The plan is
 * plain data; an adapter writes it in one batch.
 */
import type { Catalogue, Indicator } from "../core/types";
import { PortError } from "./errors";
import { FILL, columnDef, type ColumnKey } from "./columns";
import { cellHash, cellText, printSegment } from "./fingerprint";
import { figureGroups, figuresOf, type FigureGroups } from "./figureGroups";
import { LINK_FORMAT, parseLink, type CellRef, type TableLink } from "./link";
import { newIndicators, planNewRows, type RowsAddition } from "./newRows";
import { documentTitle, indicatorCell, type CellValue } from "./tableSpec";
import type { LinkedWorkbook, LinkedTableSnapshot, WorkbookPort } from "./port";

/** A cell of a table's data body, 0-based (row 0 is the first row under the header). */
export interface BodyCell {
  row: number;
  col: number;
}

export interface CellWrite extends BodyCell {
  value: CellValue;
}

export interface CellFill extends BodyCell {
  /** null clears a fill this add-in set earlier. */
  color: string | null;
}

export interface TableRefresh {
  table: string;
  sheet: string;
  writes: CellWrite[];
  fills: CellFill[];
  /** The link record to store after the writes. */
  link: TableLink;
}

export type ChangeKind =
  | "updated" // a catalogue cell we wrote now has a new catalogue value
  | "kept-edit" // the user changed a catalogue cell by hand; the catalogue differs; left alone
  | "vanished" // the row's indicator is no longer in the catalogue; flagged
  | "new-available" // the table's document or region/year has an indicator the table lacks
  | "old-link" // table inserted by an older add-in: reported, not written
  | "table-missing"; // link setting whose table was deleted or renamed; link removed

export interface RefreshChange {
  kind: ChangeKind;
  table: string;
  indicatorId: string | null;
  indicator: string;
  /** Column header, when the change is about one cell. */
  column: string | null;
  before: CellValue | null;
  after: CellValue | null;
  /** Which catalogue version or document the change comes from, in words. */
  reason: string;
}

export interface RefreshPlan {
  catalogueVersion: string;
  tables: TableRefresh[];
  /** Link settings to delete (their tables are gone). */
  dropLinks: string[];
  changes: RefreshChange[];
  /** Rows the user may add for new indicators (port.addRows); never written by applyRefresh. */
  additions: RowsAddition[];
}

function shortVersion(v: string): string {
  return v ? v.slice(0, 12) : "?";
}

function headerIndexes(snapshot: LinkedTableSnapshot, keys: readonly ColumnKey[]): { index: Map<ColumnKey, number>; missing: string[] } {
  const index = new Map<ColumnKey, number>();
  const missing: string[] = [];
  for (const key of keys) {
    const header = columnDef(key).header;
    const at = snapshot.headers.indexOf(header);
    if (at < 0) missing.push(header);
    else index.set(key, at);
  }
  return { index, missing };
}

/** Columns a refresh cannot do without: the catalogue columns written plus the two link columns. */
function requiredKeys(link: TableLink): ColumnKey[] {
  const keys = link.columns.filter((k) => columnDef(k).role === "catalogue");
  return link.format >= LINK_FORMAT ? [...keys, "id", "fingerprint"] : keys;
}

function restructuredError(problems: string[]): PortError {
  return new PortError(
    "restructured",
    `以下链接表格的列被删除或改名，未做任何修改：${problems.join("；")}。请恢复原列名（或撤销删除）后再刷新，或删除该表后重新插入。`,
    `These linked tables lost or renamed columns, so nothing was changed: ${problems.join("; ")}. Restore the column names (or undo the deletion) and refresh again, or delete the table and insert it anew.`,
  );
}

function protectedError(zh: string[], en: string[]): PortError {
  return new PortError(
    "protected-sheet",
    `以下链接表格所在的工作表受保护，未做任何修改：${zh.join("、")}。请撤销工作表保护后再刷新。`,
    `These linked tables are on protected sheets, so nothing was changed: ${en.join(", ")}. Unprotect the sheets and refresh again.`,
  );
}

interface TableContext {
  snapshot: LinkedTableSnapshot;
  link: TableLink;
  index: Map<ColumnKey, number>;
}

/** The catalogue as refresh reads it: entries by id and the figures of each indicator. */
interface CatalogueView {
  catalogue: Catalogue;
  byId: Map<string, Indicator>;
  groups: FigureGroups;
}

/**
 * Where a row's target changes, the other figures the catalogue gives for that indicator and the
 * table has no row for (another layer's or document's), so the summary says the sources disagree.
 */
function otherFigures(ind: Indicator, rowById: Map<string, number>, view: CatalogueView): { zh: string; en: string } {
  const others = figuresOf(view.groups, ind.id)
    .filter((id) => id !== ind.id && !rowById.has(id))
    .map((id) => view.byId.get(id))
    .filter((o): o is Indicator => o !== undefined);
  if (others.length === 0) return { zh: "", en: "" };
  const figures = others.map((o) => {
    const title = o.sources[0] ? documentTitle(view.catalogue, o.sources[0].doc) : "";
    return { figure: `${o.value}${o.unit}`, title };
  });
  return {
    zh: `；目录中另有 ${figures.map((f) => `${f.figure}（《${f.title}》）`).join("、")}，见指标卡片`,
    en: `; the catalogue also gives ${figures.map((f) => `${f.figure} (${f.title})`).join(", ")}, see the indicator card`,
  };
}

function planTable(ctx: TableContext, view: CatalogueView, changes: RefreshChange[]): { refresh: TableRefresh; addition: RowsAddition | null } {
  const { snapshot, link, index } = ctx;
  const { catalogue, byId } = view;
  const writes: CellWrite[] = [];
  const fills = new Map<string, CellFill>();
  const highlights: CellRef[] = [];
  const idCol = index.get("id") as number;
  const printCol = index.get("fingerprint") as number;
  const catalogueKeys = link.columns.filter((k) => columnDef(k).role === "catalogue");
  // Every row's id first: whether another figure of a row's indicator has a row too needs them all.
  const rowById = new Map<string, number>();
  snapshot.rows.forEach((cells, row) => {
    const id = cellText(cells[idCol]);
    if (id !== "") rowById.set(id, row);
  });
  const versions = `目录版本 ${shortVersion(link.catalogueVersion)} → ${shortVersion(catalogue.version)}`;
  const versionsEn = `catalogue ${shortVersion(link.catalogueVersion)} → ${shortVersion(catalogue.version)}`;

  const fill = (row: number, col: number, color: string | null) => fills.set(`${row}:${col}`, { row, col, color });

  snapshot.rows.forEach((cells, row) => {
    const id = cellText(cells[idCol]);
    if (id === "") return; // a row the user added: theirs
    const ind = byId.get(id);
    const nameCol = index.get("name");
    if (!ind) {
      changes.push({
        kind: "vanished", table: link.table, indicatorId: id, indicator: cellText(nameCol === undefined ? id : cells[nameCol]),
        column: null, before: null, after: null,
        reason: `${versions}：该指标已不在目录中，行已标出，未删除。 (${versionsEn}: the indicator left the catalogue; row flagged, not deleted.)`,
      });
      const flagCol = nameCol ?? idCol;
      fill(row, flagCol, FILL.vanished);
      highlights.push({ id, column: nameCol === undefined ? "id" : "name" });
      return;
    }
    const print = cellText(cells[printCol]);
    const source = ind.sources[0] ? documentTitle(catalogue, ind.sources[0].doc) : "";
    let newPrint = "";
    catalogueKeys.forEach((key, j) => {
      const col = index.get(key) as number;
      const current = cells[col];
      const expected = indicatorCell(ind, key, catalogue);
      if (cellText(current) === cellText(expected)) {
        newPrint += cellHash(expected);
        return;
      }
      const base = { table: link.table, indicatorId: id, indicator: ind.name, column: columnDef(key).header, before: current, after: expected };
      const others = key === "value" ? otherFigures(ind, rowById, view) : { zh: "", en: "" };
      if (printSegment(print, j) === cellHash(current)) {
        writes.push({ row, col, value: expected });
        fill(row, col, FILL.changed);
        highlights.push({ id, column: key });
        newPrint += cellHash(expected);
        changes.push({ ...base, kind: "updated", reason: `${versions}，来源《${source}》${others.zh} (${versionsEn}, source: ${source}${others.en})` });
      } else {
        // Keep the old hash: the user's value must keep counting as theirs at the next refresh.
        newPrint += printSegment(print, j);
        changes.push({
          ...base, kind: "kept-edit",
          reason: `单元格已被手工修改，未覆盖；目录值来自《${source}》${others.zh} (edited by hand, not overwritten; catalogue value from ${source}${others.en})`,
        });
      }
    });
    if (newPrint !== print) writes.push({ row, col: printCol, value: newPrint });
  });

  // Last refresh's highlights are cleared unless highlighted again now.
  for (const h of link.highlights) {
    const row = rowById.get(h.id);
    const col = index.get(h.column);
    if (row !== undefined && col !== undefined && !fills.has(`${row}:${col}`)) fills.set(`${row}:${col}`, { row, col, color: null });
  }

  const fresh = newIndicators(catalogue, link.scope, rowById, view.groups);
  for (const ind of fresh) {
    changes.push({
      kind: "new-available", table: link.table, indicatorId: ind.id, indicator: ind.name, column: null, before: null, after: ind.value,
      reason: snapshot.protected
        ? `${versions}：目录新增该指标；工作表受保护，无法加行。 (${versionsEn}: new in the catalogue; the sheet is protected, so no row can be added.)`
        : `${versions}：目录新增该指标；不会自动加行，可点击“添加新指标的行”。 (${versionsEn}: new in the catalogue; no row is added unless you click "Add rows for new indicators".)`,
    });
  }

  const refreshed: TableRefresh = {
    table: snapshot.table,
    sheet: snapshot.sheet,
    writes,
    fills: [...fills.values()],
    link: { ...link, table: snapshot.table, catalogueVersion: catalogue.version, highlights },
  };
  return { refresh: refreshed, addition: snapshot.protected ? null : planNewRows(snapshot, refreshed.link, fresh, catalogue) };
}

/** Plans a refresh of every linked table; throws before anything is planned if any table was restructured. */
export function planRefresh(workbook: LinkedWorkbook, catalogue: Catalogue): RefreshPlan {
  const view: CatalogueView = { catalogue, byId: new Map(catalogue.indicators.map((i) => [i.id, i])), groups: figureGroups(catalogue) };
  const changes: RefreshChange[] = [];
  const problems: string[] = [];
  const contexts: TableContext[] = [];
  for (const snapshot of workbook.tables) {
    const link = parseLink(snapshot.table, snapshot.link);
    const { index, missing } = headerIndexes(snapshot, requiredKeys(link));
    if (missing.length > 0) {
      problems.push(`「${snapshot.table}」缺少 ${missing.join("、")} ("${snapshot.table}" lacks ${missing.join(", ")})`);
      continue;
    }
    if (link.format < LINK_FORMAT) {
      changes.push({
        kind: "old-link", table: snapshot.table, indicatorId: null, indicator: "", column: null, before: null, after: null,
        reason: "该表由旧版本插件插入，无法区分手工修改，未刷新；请重新插入该表。 (Inserted by an older add-in version, which kept no record of what it wrote, so the table was not refreshed; insert it again.)",
      });
      continue;
    }
    contexts.push({ snapshot, link, index });
  }
  if (problems.length > 0) throw restructuredError(problems);
  const planned = contexts.map((ctx) => planTable(ctx, view, changes));
  const tables = planned.map((p) => p.refresh);
  const locked = tables.filter((t, i) => contexts[i].snapshot.protected && (t.writes.length > 0 || t.fills.length > 0));
  if (locked.length > 0) throw protectedError(locked.map((t) => `「${t.table}」（${t.sheet}）`), locked.map((t) => `"${t.table}" (${t.sheet})`));
  for (const table of workbook.missing) {
    changes.push({
      kind: "table-missing", table, indicatorId: null, indicator: "", column: null, before: null, after: null,
      reason: "表格已被删除或改名，已移除其链接记录。 (The table was deleted or renamed; its link record was removed.)",
    });
  }
  const additions = planned.map((p) => p.addition).filter((a): a is RowsAddition => a !== null);
  return { catalogueVersion: catalogue.version, tables, dropLinks: [...workbook.missing], changes, additions };
}

/** Refresh as the pane runs it: read every linked table, plan, write; returns the plan for the summary. */
export async function refreshWorkbook(port: WorkbookPort, catalogue: Catalogue): Promise<RefreshPlan> {
  const plan = planRefresh(await port.readLinkedTables(), catalogue);
  if (plan.tables.length > 0 || plan.dropLinks.length > 0) await port.applyRefresh(plan);
  return plan;
}
