/**
 * How the preview grid shows a value under an Excel number format. Only the formats our tables use
 * are rendered exactly ("General", "@", "0", "0.0", "0.0%", "#,##0"…); any other shows as General.
 */
import type { CellValue } from "../sheets/tableSpec";

const FIXED = /^(#,##)?0(?:\.(0+))?(%)?$/;

/** Excel's General: up to 11 significant characters, no trailing zeros. */
function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const text = String(Number(n.toPrecision(10)));
  return text.includes("e") ? n.toExponential(4) : text;
}

export function formatValue(value: CellValue, numberFormat: string): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return value;
  const m = FIXED.exec(numberFormat);
  if (!m) return general(value);
  const [, grouping, decimals = "", percent] = m;
  const shown = (percent ? value * 100 : value).toLocaleString("en-US", {
    minimumFractionDigits: decimals.length,
    maximumFractionDigits: decimals.length,
    useGrouping: Boolean(grouping),
  });
  return percent ? `${shown}%` : shown;
}
