/**
 * `plantargets export --xlsx FILE [--region R] [--year Y] [--doc D] [--catalogue FILE]`
 * A real .xlsx of target tables for people without the add-in. One table per document; with
 * --region or --year, one table per region and year. Exit code 2 for bad arguments, 1 when
 * nothing matches or the file cannot be written.
 */
import { writeFileSync } from "fs";
import { CatalogueError } from "../catalogue/load";
import { readYear } from "../core/lookup/args";
import { RegionResolver } from "../core/regions";
import type { Catalogue, DocumentInfo, Indicator } from "../core/types";
import { BUNDLED_CATALOGUE, readCatalogueFile } from "../node/readCatalogue";
import { parseArgs, UsageError } from "./args";
import type { CliIO, Command } from "./io";
import { exportWorkbook, type ExportGroup } from "./xlsxWorkbook";

interface Filters {
  region: string | null;
  year: number | null;
  doc: DocumentInfo | null;
}

/** A failure the user can fix: printed as it is, exit code 1. */
class ExportError extends Error {}

function findDocument(catalogue: Catalogue, typed: string): DocumentInfo {
  const doc = catalogue.documents.find((d) => d.id === typed || d.file === typed || d.title === typed);
  if (doc) return doc;
  const list = catalogue.documents.map((d) => `  ${d.id}  ${d.title}`).join("\n");
  throw new ExportError(`目录中没有文件「${typed}」；可用的文件：\nNo document "${typed}" in the catalogue; its documents are:\n${list}`);
}

function findRegion(catalogue: Catalogue, typed: string): string {
  const regions = [...new Set(catalogue.indicators.map((i) => i.region))];
  const match = new RegionResolver(regions).resolve(typed);
  if (match.kind === "found") return match.region;
  const options = (match.kind === "ambiguous" ? match.regions : regions).join("、");
  throw new ExportError(
    match.kind === "ambiguous"
      ? `地区「${typed}」不明确，请写全称：${options}。The region "${typed}" is ambiguous; write one of: ${options}.`
      : `目录中没有地区「${typed}」的目标；目录中的地区：${options}。No targets for the region "${typed}"; the catalogue has: ${options}.`,
  );
}

function readFilters(catalogue: Catalogue, options: Record<string, string>): Filters {
  let year: number | null = null;
  if (options.year !== undefined) {
    try {
      year = readYear(options.year);
    } catch (e) {
      throw new UsageError(`--year: ${(e as Error).message}`);
    }
  }
  return {
    region: options.region === undefined ? null : findRegion(catalogue, options.region),
    year,
    doc: options.doc === undefined ? null : findDocument(catalogue, options.doc),
  };
}

function describe(f: Filters): string {
  const parts = [f.doc && `文件 document ${f.doc.id}`, f.region && `地区 region ${f.region}`, f.year && `年份 year ${f.year}`];
  return parts.filter(Boolean).join(", ");
}

function groupByKey(indicators: Indicator[], key: (i: Indicator) => string): Map<string, Indicator[]> {
  const groups = new Map<string, Indicator[]>();
  for (const ind of indicators) {
    const k = key(ind);
    const list = groups.get(k);
    if (list) list.push(ind);
    else groups.set(k, [ind]);
  }
  return groups;
}

/** Whether a document states the target or reports an actual for it (progress reports do the latter). */
function cites(ind: Indicator, doc: DocumentInfo): boolean {
  return ind.sources.some((s) => s.doc === doc.file) || ind.actuals.some((a) => a.doc === doc.file);
}

/** One group per document (the default, and with --doc) or per region and year (with --region or --year). */
export function exportGroups(catalogue: Catalogue, f: Filters): ExportGroup[] {
  const matching = catalogue.indicators.filter(
    (i) =>
      (f.region === null || i.region === f.region) &&
      (f.year === null || i.year === f.year) &&
      (f.doc === null || cites(i, f.doc)),
  );
  if (matching.length === 0) {
    throw new ExportError(`没有符合条件的目标（${describe(f)}），未写入文件。No targets match (${describe(f)}); no file was written.`);
  }
  if (f.doc === null && (f.region !== null || f.year !== null)) {
    return [...groupByKey(matching, (i) => `${i.region}${i.year}`).values()].map((list) => ({
      title: `${list[0].region} ${list[0].year}年 规划目标`,
      name: `${list[0].region}${list[0].year}`,
      indicators: list,
    }));
  }
  const docs = f.doc ? [f.doc] : catalogue.documents;
  return docs
    .map((d) => ({ title: d.title, name: d.title, indicators: matching.filter((i) => cites(i, d)) }))
    .filter((g) => g.indicators.length > 0);
}

function writeFile(path: string, bytes: Buffer): void {
  try {
    writeFileSync(path, bytes);
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new ExportError(
      `无法写入 ${path}（${reason}）：请确认文件夹存在且可写，文件没有在 Excel 中打开。` +
        `Cannot write ${path} (${reason}): check that the folder exists and is writable, and that the file is not open in Excel.`,
    );
  }
}

export const runExport: Command = async (args: string[], io: CliIO) => {
  let parsed;
  try {
    parsed = parseArgs(args, { options: ["xlsx", "region", "year", "doc", "catalogue"], flags: [] });
    if (!parsed.options.xlsx || parsed.positionals.length > 0) {
      throw new UsageError(
        "用法：plantargets export --xlsx 文件.xlsx [--region 地区] [--year 年份] [--doc 文件] [--catalogue 目录.json]\n" +
          "Usage: plantargets export --xlsx FILE.xlsx [--region R] [--year Y] [--doc D] [--catalogue FILE]",
      );
    }
    if (!/\.xlsx$/i.test(parsed.options.xlsx)) {
      throw new UsageError(`输出文件应以 .xlsx 结尾：${parsed.options.xlsx}。The output file must end in .xlsx: ${parsed.options.xlsx}.`);
    }
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\n`);
    return 2;
  }
  try {
    const catalogue = readCatalogueFile(parsed.options.catalogue ?? BUNDLED_CATALOGUE);
    const groups = exportGroups(catalogue, readFilters(catalogue, parsed.options));
    writeFile(parsed.options.xlsx, await exportWorkbook(catalogue, groups));
    const targets = new Set(groups.flatMap((g) => g.indicators.map((i) => i.id))).size;
    io.out(
      `已导出 ${groups.length} 个目标表、${targets} 条目标到 ${parsed.options.xlsx}。` +
        `Exported ${groups.length} target table(s) with ${targets} target(s) to ${parsed.options.xlsx}.\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof UsageError || e instanceof ExportError || e instanceof CatalogueError)) throw e;
    io.err(`${e.message}\n`);
    return e instanceof UsageError ? 2 : 1;
  }
};
