/**
 * Runs the extractor on a held-out set (test/<set>/docs), scores it against test/<set>/gold with
 * the seed scorer and writes the report, with the documents as inferred and the files refused, to
 * test-artifacts/<set>.txt. Tests only.
 */
import { mkdirSync, readdirSync, writeFileSync } from "fs";
import { join } from "path";
import { catalogueFromFiles, type FilesResult } from "../../src/node/catalogueFromFiles";
import { score, type Figures } from "./gold";
import { heldoutReport } from "./heldoutReport";

export interface HeldoutRun {
  result: FilesResult;
  figures: Figures;
  /** The report as written to test-artifacts; its first line holds the overall figures. */
  text: string;
}

/** `set` is the folder under test/ (e.g. "heldout3"); `label` heads the report (e.g. "HELD-OUT 3"). */
export function runHeldout(set: string, label: string): HeldoutRun {
  const docsDir = join(__dirname, "..", set, "docs");
  const goldDir = join(__dirname, "..", set, "gold");
  const docs = readdirSync(docsDir).filter((f) => f.endsWith(".txt"));
  const result = catalogueFromFiles([docsDir]);
  const figures = score(result.catalogue, result.texts, goldDir);
  const inferred = result.catalogue.documents.map((d) => `  ${d.file}: ${d.region} ${d.year} (${d.kind})`);
  const problems = result.problems.map((p) => `  ${p.path.replace(/^.*[\\/]/, "")}: ${p.message}`);
  const text =
    heldoutReport(label, figures, goldDir, docs) +
    ["documents as inferred", ...inferred, `problems (${problems.length})`, ...problems].join("\n") +
    "\n";
  const artifacts = join(__dirname, "..", "..", "test-artifacts");
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(join(artifacts, `${set}.txt`), text);
  return { result, figures, text };
}
