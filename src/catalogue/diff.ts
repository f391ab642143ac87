/**
 * What changed between two catalogue versions, entry by entry (matched by id, which stays
 * the same when a figure changes), for `plantargets diff`. The refresh summary (src/sheets/refresh.ts)
 * matches rows by the same ids but compares the catalogue with the table's cells: a workbook keeps
 * the version its tables were linked to, not that catalogue.
 */
import type { Catalogue, Indicator } from "../core/types";
import { figureText } from "../core/units";

/** The fields a planner sees change; sources and actuals are history, not the target. */
export const COMPARED_FIELDS = ["value", "unit", "valueMax", "qualifier", "kind", "baseline", "baseYear", "attribute", "name"] as const;
type Field = (typeof COMPARED_FIELDS)[number];

export interface FieldChange {
  field: Field;
  from: unknown;
  to: unknown;
}

export interface CatalogueDiff {
  from: string;
  to: string;
  added: Indicator[];
  removed: Indicator[];
  changed: Array<{ before: Indicator; after: Indicator; changes: FieldChange[] }>;
}

/** A catalogue's version label with its content hash, or the hash alone when that is the label. */
function edition(c: Catalogue): string {
  return c.version === c.hash ? c.hash : `${c.version} (${c.hash})`;
}

export function diffCatalogues(older: Catalogue, newer: Catalogue): CatalogueDiff {
  const before = new Map(older.indicators.map((i) => [i.id, i]));
  const after = new Map(newer.indicators.map((i) => [i.id, i]));
  const diff: CatalogueDiff = { from: edition(older), to: edition(newer), added: [], removed: [], changed: [] };
  for (const [id, a] of after) {
    const b = before.get(id);
    if (!b) {
      diff.added.push(a);
      continue;
    }
    const changes = COMPARED_FIELDS.filter((f) => b[f] !== a[f]).map((field) => ({ field, from: b[field], to: a[field] }));
    if (changes.length) diff.changed.push({ before: b, after: a, changes });
  }
  for (const [id, b] of before) if (!after.has(id)) diff.removed.push(b);
  return diff;
}

export function formatDiff(d: CatalogueDiff): string {
  const lines = [`目录版本 catalogue ${d.from} → ${d.to}`, `新增 added ${d.added.length}，删除 removed ${d.removed.length}，变更 changed ${d.changed.length}`];
  for (const i of d.added) lines.push(`+ ${i.region} ${i.year} ${i.name} ${figureText(i)}`);
  for (const i of d.removed) lines.push(`- ${i.region} ${i.year} ${i.name} ${figureText(i)}`);
  for (const c of d.changed) {
    const what = c.changes.map((ch) => `${ch.field}: ${String(ch.from)} → ${String(ch.to)}`).join("; ");
    lines.push(`~ ${c.after.region} ${c.after.year} ${c.after.name}: ${what}`);
  }
  return lines.join("\n") + "\n";
}
