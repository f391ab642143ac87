/** `plantargets merge A B [C…] --out FILE`: one catalogue from several, conflicts reported. */
import { writeFileSync } from "fs";
import { mergeCatalogues } from "../catalogue/merge";
import { readCatalogueFile } from "../node/readCatalogue";
import { labelled } from "../catalogue/hash";
import { parseArgs, UsageError } from "./args";
import type { Command } from "./io";

export const runMerge: Command = async (args, io) => {
  let out: string;
  let result;
  try {
    const parsed = parseArgs(args, { options: ["out", "version"], flags: [] });
    if (parsed.positionals.length < 2 || !parsed.options.out) {
      throw new UsageError("用法：plantargets merge A.json B.json --out C.json。Usage: plantargets merge A.json B.json --out C.json");
    }
    out = parsed.options.out;
    result = mergeCatalogues(parsed.positionals.map(readCatalogueFile));
    result.catalogue = labelled(result.catalogue, parsed.options.version);
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 2;
  }
  try {
    writeFileSync(out, JSON.stringify(result.catalogue, null, 2) + "\n");
  } catch (e) {
    io.err(`无法写入 ${out}：${(e as Error).message}。Cannot write ${out}: ${(e as Error).message}.\n`);
    return 1;
  }
  const byId = new Map(result.catalogue.indicators.map((i) => [i.id, i]));
  io.out(`已合并 merged: ${result.catalogue.indicators.length} 项指标 indicators, ${result.catalogue.documents.length} 份文件 documents → ${out}\n`);
  for (const [a, b] of result.conflicts) {
    const x = byId.get(a)!;
    const y = byId.get(b)!;
    io.out(`冲突 conflict: ${x.region} ${x.year} ${x.name}: ${x.value}${x.unit} (${x.sources[0].doc}) ≠ ${y.value}${y.unit} (${y.sources[0].doc})\n`);
  }
  for (const f of result.documentClashes) io.err(`注意：文件 ${f} 在两个目录中的信息不同，保留第一个。Note: ${f} differs between catalogues; the first is kept.\n`);
  return 0;
};
