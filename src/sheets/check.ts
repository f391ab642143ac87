/**
 * Checking figures in the user's own layout: each row of a selected block (name, year, value and
 * optionally region in columns the user maps) against the catalogue → 一致 / 不一致 / 未找到.
 */
import type { Catalogue, Indicator } from "../core/types";
import type { CatalogueIndex } from "../core/lookup/index";
import { baseUnit, tidy } from "../core/units";
import { FILL } from "./columns";
import { documentTitle, type CellValue } from "./tableSpec";
import type { CellBlock } from "./port";

/** Which column of the block (0-based, relative to its left edge) holds what. */
export interface CheckMapping {
  name: number;
  year: number;
  value: number;
  region: number | null;
  /** The block's first row is a header row, not data. */
  headerRow: boolean;
}

/** The lookup PLANTARGET answers with, so a figure is checked against exactly what the formula would show. */
export type FigureLookup = Pick<CatalogueIndex, "lookup">;

export interface CheckOptions {
  defaultRegion: string | null;
}

export type CheckStatus = "match" | "mismatch" | "notFound" | "skipped";

export interface CheckRow {
  /** Row index inside the block. */
  row: number;
  status: CheckStatus;
  name: string;
  value: CellValue;
  indicator: Indicator | null;
  /** Catalogue source document title, when found. */
  source: string;
  message: string;
}

export interface CellMark {
  sheet: string;
  /** 0-based sheet row and column. */
  row: number;
  col: number;
  /** A fill colour, or null to leave the fill alone. */
  fill: string | null;
  /** A note (comment) to add, or null for none. */
  note: string | null;
}

/** A number as typed: 5, "5", "50,000"; any other text is not a figure. */
function readNumber(value: CellValue): number | null {
  if (typeof value === "number") return value;
  if (typeof value !== "string") return null;
  const text = value.replace(/[,，\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : null;
}

/** Equal as written (5 万个 = 5) or in base units (5 万个 = 50000). */
function sameFigure(typed: number, ind: Indicator): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return close(typed, ind.value) || close(typed, tidy(ind.value * baseUnit(ind.unit).factor));
}

interface RowContext {
  mapping: CheckMapping;
  index: FigureLookup;
  catalogue: Catalogue;
  options: CheckOptions;
}

function checkRow(values: readonly CellValue[], row: number, ctx: RowContext): CheckRow {
  const { mapping } = ctx;
  const name = String(values[mapping.name] ?? "").trim();
  const value = values[mapping.value] ?? "";
  const base = { row, name, value, indicator: null, source: "" };
  if (name === "" && value === "") return { ...base, status: "skipped", message: "" };
  const region = mapping.region === null ? null : String(values[mapping.region] ?? "").trim() || null;
  const found = ctx.index.lookup({ name, year: values[mapping.year] ?? "", region, defaultRegion: ctx.options.defaultRegion });
  if (!found.ok) return { ...base, status: "notFound", message: found.message };
  const ind = found.indicator;
  const catalogue = ctx.catalogue;
  const source = ind.sources[0] ? documentTitle(catalogue, ind.sources[0].doc) : "";
  const typed = readNumber(value);
  const expected = `${ind.value}${ind.unit}`;
  if (typed !== null && sameFigure(typed, ind)) {
    return { ...base, indicator: ind, source, status: "match", message: `一致：${expected}。Matches: ${expected}.` };
  }
  return {
    ...base, indicator: ind, source, status: "mismatch",
    message: `不一致：目录值为 ${expected}（${ind.region}，《${source}》）。Differs: the catalogue says ${expected} (${ind.region}, ${source}).`,
  };
}

export function checkFigures(
  block: CellBlock,
  mapping: CheckMapping,
  index: FigureLookup,
  catalogue: Catalogue,
  options: CheckOptions,
): CheckRow[] {
  const out: CheckRow[] = [];
  const ctx: RowContext = { mapping, index, catalogue, options };
  block.values.forEach((values, row) => {
    if (mapping.headerRow && row === 0) return;
    out.push(checkRow(values, row, ctx));
  });
  return out;
}

/** Marks for the value cells of mismatching rows: a fill, a note, or both. */
export function mismatchMarks(block: CellBlock, mapping: CheckMapping, rows: readonly CheckRow[], how: { fill: boolean; note: boolean }): CellMark[] {
  return rows
    .filter((r) => r.status === "mismatch")
    .map((r) => ({
      sheet: block.sheet,
      row: block.top + r.row,
      col: block.left + mapping.value,
      fill: how.fill ? FILL.mismatch : null,
      note: how.note ? r.message : null,
    }));
}

const HEADER_HINTS: ReadonlyArray<[keyof Omit<CheckMapping, "headerRow">, RegExp]> = [
  ["year", /年份|年度|^年$|year/i],
  ["region", /地区|区域|省份|城市|region/i],
  ["name", /指标|名称|项目|name|indicator/i],
  ["value", /目标|数值|数据|金额|值|value|target|figure/i],
];

/**
 * A first guess at the mapping: from header words when the first row has them, else from the
 * first row's types (text → name, a plausible year → year, another number → value).
 */
export function guessMapping(block: CellBlock): CheckMapping {
  const first = block.values[0] ?? [];
  const mapping: CheckMapping = { name: -1, year: -1, value: -1, region: null, headerRow: false };
  const taken = new Set<number>();
  for (const [key, hint] of HEADER_HINTS) {
    const at = first.findIndex((cell, i) => !taken.has(i) && typeof cell === "string" && hint.test(cell.trim()));
    if (at < 0) continue;
    taken.add(at);
    mapping[key] = at;
    mapping.headerRow = true;
  }
  const free = (test: (cell: CellValue) => boolean) => {
    const row = block.values[mapping.headerRow ? 1 : 0] ?? [];
    const at = row.findIndex((cell, i) => !taken.has(i) && test(cell));
    if (at >= 0) taken.add(at);
    return at;
  };
  const isYear = (c: CellValue) => (typeof c === "number" && Number.isInteger(c) && c >= 1949 && c <= 2100) || (typeof c === "string" && /^\d{4}年?$/.test(c.trim()));
  if (mapping.year < 0) mapping.year = free(isYear);
  if (mapping.name < 0) mapping.name = free((c) => typeof c === "string" && c.trim() !== "" && !isYear(c));
  if (mapping.value < 0) mapping.value = free((c) => readNumber(c) !== null);
  const width = first.length;
  const fallback = (v: number, i: number) => (v >= 0 ? v : Math.min(i, Math.max(width - 1, 0)));
  return { ...mapping, name: fallback(mapping.name, 0), year: fallback(mapping.year, 1), value: fallback(mapping.value, 2) };
}
