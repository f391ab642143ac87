/** `plantargets diff OLD NEW [--json]`: added, removed and changed targets between two catalogues. */
import { diffCatalogues, formatDiff } from "../catalogue/diff";
import { readCatalogueFile } from "../node/readCatalogue";
import { parseArgs, UsageError } from "./args";
import type { Command } from "./io";

export const runDiff: Command = async (args, io) => {
  try {
    const parsed = parseArgs(args, { options: [], flags: ["json"] });
    if (parsed.positionals.length !== 2) throw new UsageError("用法：plantargets diff 旧目录.json 新目录.json。Usage: plantargets diff OLD.json NEW.json");
    const [older, newer] = parsed.positionals.map(readCatalogueFile);
    const d = diffCatalogues(older, newer);
    io.out(parsed.flags.has("json") ? JSON.stringify(d, null, 2) + "\n" : formatDiff(d));
    return 0;
  } catch (e) {
    io.err(`${(e as Error).message}\n`);
    return 2;
  }
};
