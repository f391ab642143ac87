/** `npm run bench`: runs every suite, prints a table, writes bench-results.json. */
import { writeFileSync } from "fs";
import { join } from "path";
import type { BenchRow, BenchSuite } from "./row";

const SUITES: Array<[string, () => Promise<BenchSuite>]> = [
  ["extract", async () => (await import("./extract")).benchExtract],
  ["lookup", async () => (await import("./lookup")).benchLookup],
  ["completion", async () => (await import("./completion")).benchCompletion],
  ["sheets", async () => (await import("./sheets")).benchSheets],
];

function fmt(x: number | null): string {
  if (x === null) return "—";
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3);
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  for (const [name, load] of SUITES) {
    process.stderr.write(`bench: ${name}…\n`);
    rows.push(...(await (await load())()));
  }
  const width = Math.max(...rows.map((r) => r.name.length));
  process.stdout.write(`${"name".padEnd(width)}  ${"value".padStart(10)} unit      ${"baseline".padStart(10)}  ratio\n`);
  for (const r of rows) {
    process.stdout.write(`${r.name.padEnd(width)}  ${fmt(r.value).padStart(10)} ${r.unit.padEnd(8)}  ${fmt(r.baseline).padStart(10)}  ${fmt(r.ratio)}\n`);
  }
  const out = join(__dirname, "..", "..", "bench-results.json");
  writeFileSync(out, JSON.stringify(rows, null, 2) + "\n");
  process.stdout.write(`\n写入 / wrote ${out}\n`);
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : e}\n`);
  process.exitCode = 1;
});
