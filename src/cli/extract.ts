/**
 * `plantargets extract <files or folders…> [--out FILE] [--report] [--region R] [--year Y] [--kind K] [--title T]`
 * Builds a catalogue from UTF-8 (or GBK) .txt planning documents. Unreadable files get one message each;
 * the exit code is non-zero only when nothing could be read.
 */
import { writeFileSync } from "fs";
import type { DocKind } from "../core/types";
import type { DocumentMeta } from "../extract/types";
import { catalogueFromFiles } from "../node/catalogueFromFiles";
import { labelled } from "../catalogue/hash";
import { parseArgs, UsageError } from "./args";
import type { CliIO, Command } from "./io";
import { extractionReport } from "./report";

const KINDS: DocKind[] = ["plan", "outline", "work_report", "progress", "speech", "other"];

function overridesFrom(options: Record<string, string>): Partial<DocumentMeta> {
  const o: Partial<DocumentMeta> = {};
  if (options.region) o.region = options.region;
  if (options.title) o.title = options.title;
  if (options.year) {
    const year = Number(options.year.replace(/年$/, ""));
    if (!Number.isInteger(year) || year < 1949 || year > 2100) {
      throw new UsageError(`--year 应为四位年份，例如 2025；收到「${options.year}」。--year must be a year such as 2025; got "${options.year}".`);
    }
    o.year = year;
  }
  if (options.kind) {
    if (!KINDS.includes(options.kind as DocKind)) {
      throw new UsageError(`--kind 应为 ${KINDS.join("/")} 之一。--kind must be one of ${KINDS.join(", ")}.`);
    }
    o.kind = options.kind as DocKind;
  }
  return o;
}

export const runExtract: Command = async (args: string[], io: CliIO) => {
  let parsed;
  let overrides;
  try {
    parsed = parseArgs(args, { options: ["out", "region", "year", "kind", "title", "version"], flags: ["report"] });
    overrides = overridesFrom(parsed.options);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\n`);
    return 2;
  }
  if (parsed.positionals.length === 0) {
    io.err("请给出要提取的文件或文件夹。Name the files or folders to extract, e.g. plantargets extract seeds/ --out catalogue.json\n");
    return 2;
  }
  const result = catalogueFromFiles(parsed.positionals, overrides);
  for (const p of result.problems) io.err(`${p.path}: ${p.message}\n`);
  for (const ex of result.extractions) for (const w of ex.warnings) io.err(`${ex.doc.file}: ${w}\n`);
  if (result.extractions.length === 0) {
    io.err("没有可读取的文件，未生成目录。No file could be read; no catalogue was written.\n");
    return 1;
  }
  const json = JSON.stringify(labelled(result.catalogue, parsed.options.version), null, 2) + "\n";
  if (parsed.options.out) {
    try {
      writeFileSync(parsed.options.out, json);
    } catch (e) {
      io.err(`无法写入 ${parsed.options.out}：${(e as Error).message}。Cannot write ${parsed.options.out}: ${(e as Error).message}.\n`);
      return 1;
    }
  } else io.out(json);
  if (parsed.flags.has("report")) {
    const text = extractionReport(result.extractions, result.catalogue);
    (parsed.options.out ? io.out : io.err)(text);
  }
  return 0;
};
