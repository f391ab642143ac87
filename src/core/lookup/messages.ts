/**
 * The #N/A and #VALUE! answers of a failed lookup: Chinese first, then English, each saying what to
 * do. Plain values, not thrown errors: misses are common and must stay cheap.
 */
import { quote } from "./errors";
import type { LookupFailure } from "./result";

const failure = (code: LookupFailure["code"], message: string): LookupFailure => ({ ok: false, code, message });

const list = (items: readonly (string | number)[], sep: string) => items.join(sep);

export function notFound(typed: string, suggestions: readonly string[]): LookupFailure {
  const name = quote(typed);
  const hint = suggestions.length
    ? `相近的有：${list(suggestions, "、")}。Similar names: ${list(suggestions, ", ")}.`
    : `可用 PLANSEARCH 查找名称。Use PLANSEARCH to find the name.`;
  return failure("#N/A", `未找到指标「${name}」。No indicator named "${name}". ${hint}`);
}

export function ambiguousName(typed: string, candidates: readonly string[]): LookupFailure {
  const name = quote(typed);
  return failure(
    "#N/A",
    `指标「${name}」不明确，可能是：${list(candidates, "、")}；请写全名。` +
      `"${name}" is ambiguous; it may be: ${list(candidates, ", ")}. Type the full name.`,
  );
}

export function noTargetForYear(name: string, year: number, years: readonly number[]): LookupFailure {
  return failure(
    "#N/A",
    `「${name}」没有${year}年的目标；已有年份：${list(years, "、")}。` +
      `"${name}" has no target for ${year}; years available: ${list(years, ", ")}.`,
  );
}

export function noTargetForRegion(name: string, year: number, region: string, regions: readonly string[]): LookupFailure {
  return failure(
    "#N/A",
    `「${name}」${year}年没有${region}的目标；已有地区：${list(regions, "、")}。` +
      `"${name}" has no ${year} target for ${region}; regions available: ${list(regions, ", ")}.`,
  );
}

export function ambiguousRegion(typed: string, regions: readonly string[]): LookupFailure {
  const name = quote(typed);
  return failure(
    "#N/A",
    `地区「${name}」不明确：${list(regions, "、")}；请写全称。Region "${name}" is ambiguous: ${list(regions, ", ")}. Type the full name.`,
  );
}

/** Several regions have the target and neither the formula nor the workbook names one. */
export function regionNeeded(regions: readonly string[], defaultRegion: string | null): LookupFailure {
  const why = defaultRegion
    ? `（默认地区${defaultRegion}没有此目标）`
    : "";
  const whyEn = defaultRegion ? ` (the default region ${defaultRegion} has none)` : "";
  return failure(
    "#N/A",
    `请指定地区：${list(regions, "、")}${why}。` +
      `Specify a region: ${list(regions, ", ")}${whyEn}, or set a default region in the task pane.`,
  );
}

export function incompatibleUnit(asked: string, unit: string, compatible: readonly string[]): LookupFailure {
  const name = quote(asked);
  return failure(
    "#VALUE!",
    `单位「${name}」无法由「${unit}」换算；可用：${list(compatible, "、")}。` +
      `Unit "${name}" cannot be converted from "${unit}": use ${list(compatible, ", ")}.`,
  );
}
