/**
 * `plantargets target NAME YEAR [--region R] [--unit U] [--catalogue FILE] [--json]`
 * `plantargets target --batch FILE [--catalogue FILE]`
 * PLANTARGET from the command line, through the same CatalogueIndex lookup and with the same
 * messages. Exit code 2 when a lookup fails (in batch mode: when any line fails) or the arguments
 * or catalogue are bad.
 */
import { readFileSync } from "fs";
import { CatalogueIndex, LookupResult } from "../core/lookup/index";
import { primarySource, sourceTitle } from "../core/lookup/rank";
import { BUNDLED_CATALOGUE, readCatalogueFile } from "../node/readCatalogue";
import { parseArgs, UsageError } from "./args";
import type { CliIO, Command } from "./io";

const USAGE =
  "用法：plantargets target 指标 年份 [--region 地区] [--unit 单位] [--catalogue 文件] [--json]\n" +
  "      plantargets target --batch 文件 [--catalogue 文件]（每行：指标<TAB>年份<TAB>地区）\n" +
  "Usage: plantargets target NAME YEAR [--region R] [--unit U] [--catalogue FILE] [--json]\n" +
  "       plantargets target --batch FILE [--catalogue FILE]   (lines: name<TAB>year<TAB>region)";

function describe(index: CatalogueIndex, result: Extract<LookupResult, { ok: true }>) {
  const { indicator } = result;
  const source = primarySource(indicator, index.documents);
  return {
    value: result.value,
    unit: result.unit,
    indicator: { id: indicator.id, name: indicator.name, region: indicator.region, year: indicator.year, qualifier: indicator.qualifier },
    source: { document: source?.doc ?? null, title: sourceTitle(indicator, index.documents), quote: source?.quote ?? null },
    conflict: result.note,
  };
}

function single(index: CatalogueIndex, positionals: string[], options: Record<string, string>, json: boolean, io: CliIO): number {
  if (positionals.length !== 2) throw new UsageError(USAGE);
  const [name, year] = positionals;
  const result = index.lookup({ name, year, region: options.region, unit: options.unit });
  if (!result.ok) {
    if (json) io.out(`${JSON.stringify({ error: result.code, message: result.message })}\n`);
    io.err(`${result.code} ${result.message}\n`);
    return 2;
  }
  if (json) io.out(`${JSON.stringify(describe(index, result), null, 2)}\n`);
  else io.out(`${result.value}\n`);
  if (result.note && !json) io.err(`${result.note}\n`);
  return 0;
}

/** A TSV field: tabs and line breaks inside a value would break the columns. */
const field = (value: string | number) => String(value).replace(/[\t\r\n]+/g, " ");

function readBatch(file: string): string {
  try {
    return readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (e) {
    throw new Error(`无法读取批量文件 ${file}：${(e as Error).message}。Cannot read the batch file ${file}: ${(e as Error).message}.`);
  }
}

function batch(index: CatalogueIndex, file: string, io: CliIO): number {
  const lines = readBatch(file).split(/\r?\n/);
  if (lines[lines.length - 1] === "") lines.pop();
  let failed = 0;
  for (const line of lines) {
    const [name = "", year = "", region = ""] = line.split("\t");
    const result = index.lookup({ name, year, region });
    const row = result.ok
      ? [name, year, result.indicator.region, result.value, result.unit, "ok", result.note ?? ""]
      : [name, year, region, "", "", result.code, result.message];
    if (!result.ok) failed++;
    io.out(`${row.map(field).join("\t")}\n`);
  }
  return failed ? 2 : 0;
}

export const runTarget: Command = async (args, io) => {
  try {
    const parsed = parseArgs(args, { options: ["region", "unit", "catalogue", "batch"], flags: ["json"] });
    const { options, positionals } = parsed;
    if (options.batch !== undefined && positionals.length > 0) throw new UsageError(USAGE);
    const index = new CatalogueIndex(readCatalogueFile(options.catalogue ?? BUNDLED_CATALOGUE));
    if (options.batch !== undefined) return batch(index, options.batch, io);
    return single(index, positionals, options, parsed.flags.has("json"), io);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 2;
  }
};
