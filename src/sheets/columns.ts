/**
 * The columns of a target table. Catalogue columns are ours to refresh; 实际值 belongs to the user
 * from the moment it is written; 完成率 is a plain Excel formula; the two link columns (hidden)
 * carry each row's indicator id and a fingerprint of what we wrote, and move with the row when
 * the user sorts or filters.
 */
export type ColumnKey =
  | "name"
  | "region"
  | "year"
  | "value"
  | "unit"
  | "qualifier"
  | "baseline"
  | "baseYear"
  | "attribute"
  | "source"
  | "quote"
  | "actual"
  | "completion"
  | "id"
  | "fingerprint";

/** catalogue: refreshed from the catalogue; user: written once, then the user's; formula: a live formula; link: hidden bookkeeping. */
export type ColumnRole = "catalogue" | "user" | "formula" | "link";

export interface ColumnDef {
  key: ColumnKey;
  header: string;
  role: ColumnRole;
  /** Excel number format; "@" keeps text as text (1-8月 must not become a date). */
  numberFormat: string;
  /** Column width in points. */
  width: number;
  hidden?: boolean;
  /**
   * For formula columns: the formula with {key} where a same-row cell of that column goes, so it
   * renders to plain A1 references (works without the add-in, in WPS and LibreOffice too).
   */
  formula?: string;
}

const GENERAL = "General";
const TEXT = "@";

export const COLUMNS: readonly ColumnDef[] = [
  { key: "name", header: "指标", role: "catalogue", numberFormat: TEXT, width: 150 },
  { key: "region", header: "地区", role: "catalogue", numberFormat: TEXT, width: 70 },
  { key: "year", header: "年份", role: "catalogue", numberFormat: "0", width: 45 },
  { key: "value", header: "目标值", role: "catalogue", numberFormat: GENERAL, width: 60 },
  { key: "unit", header: "单位", role: "catalogue", numberFormat: TEXT, width: 60 },
  { key: "qualifier", header: "条件", role: "catalogue", numberFormat: TEXT, width: 40 },
  { key: "baseline", header: "基期值", role: "catalogue", numberFormat: GENERAL, width: 55 },
  { key: "baseYear", header: "基期年", role: "catalogue", numberFormat: "0", width: 45 },
  { key: "attribute", header: "属性", role: "catalogue", numberFormat: TEXT, width: 50 },
  { key: "source", header: "来源", role: "catalogue", numberFormat: TEXT, width: 180 },
  { key: "quote", header: "原文", role: "catalogue", numberFormat: TEXT, width: 300 },
  { key: "actual", header: "实际值", role: "user", numberFormat: GENERAL, width: 60 },
  {
    key: "completion",
    header: "完成率",
    role: "formula",
    numberFormat: "0.0%",
    width: 55,
    // 以下 (at most) is met by staying under the target, so the ratio turns over.
    formula: '=IF({actual}="","",IF({qualifier}="以下",{value}/{actual},{actual}/{value}))',
  },
  { key: "id", header: "指标ID", role: "link", numberFormat: TEXT, width: 80, hidden: true },
  { key: "fingerprint", header: "写入校验", role: "link", numberFormat: TEXT, width: 80, hidden: true },
];

export const CATALOGUE_KEYS: readonly ColumnKey[] = COLUMNS.filter((c) => c.role === "catalogue").map((c) => c.key);

const BY_KEY = new Map(COLUMNS.map((c) => [c.key, c]));

export function columnDef(key: ColumnKey): ColumnDef {
  const def = BY_KEY.get(key);
  if (!def) throw new Error(`未知的列「${key}」（程序错误）。Unknown column "${key}" (a program error).`);
  return def;
}

/** Table look: banded rows with a dark header; finished without being loud. */
export const TABLE_STYLE = "TableStyleMedium2";

/** Fill colours for cells a refresh changed, rows whose indicator vanished, and mismatching figures. */
export const FILL = {
  changed: "#FFF2CC",
  vanished: "#F8CBAD",
  mismatch: "#F8CBAD",
} as const;
