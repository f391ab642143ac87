/**
 * Plain-text report of a held-out score: the overall figures, then per document its precision,
 * recall and actual recall with every missed target, false positive and missed actual (quotes on
 * one line). Tests only.
 */
import { goldActuals, type Figures } from "./gold";

const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : "n/a");
const oneLine = (s: string) => s.replace(/\s*\n\s*/g, " ⏎ ");

function perDocument(f: Figures, goldDir: string, doc: string): string[] {
  const d = f.perDoc[doc] ?? { catalogue: 0, gold: 0, correct: 0, found: 0 };
  const actualsGold = goldActuals(goldDir).filter((g) => g.doc === doc).length;
  const actualsMissed = f.missedActuals.filter((g) => g.doc === doc);
  const fps = f.falsePositives.filter((p) => p.doc === doc);
  const misses = f.misses.filter((g) => g.doc === doc);
  return [
    `${doc}`,
    `  precision ${ratio(d.correct, d.catalogue)} (${d.correct}/${d.catalogue}), recall ${ratio(d.found, d.gold)} (${d.found}/${d.gold}), ` +
      `actual recall ${ratio(actualsGold - actualsMissed.length, actualsGold)} (${actualsGold - actualsMissed.length}/${actualsGold})`,
    `  missed targets (${misses.length})`,
    ...misses.map((g) => `    ${g.year} ${g.value}${g.unit} ${g.indicator} | ${oneLine(g.quote)}`),
    `  false positives (${fps.length})`,
    ...fps.map((p) => `    ${p.year} ${p.value}${p.unit} ${p.name} | ${oneLine(p.quote)}`),
    `  missed actuals (${actualsMissed.length})`,
    ...actualsMissed.map((g) => `    ${g.target_value}${g.target_unit} → ${g.actual_value}${g.actual_unit} (${g.as_of}) ${g.indicator} | ${oneLine(g.quote)}`),
  ];
}

/** `label` heads the first line (e.g. "HELD-OUT 2"); `docs` are the file names scored. */
export function heldoutReport(label: string, f: Figures, goldDir: string, docs: string[]): string {
  const t = f.targets;
  return (
    [
      `${label}: targets precision ${t.precision.toFixed(3)} (${t.correct}/${t.catalogue}), recall ${t.recall.toFixed(3)} (${t.found}/${t.gold}); ` +
        `actuals recall ${f.actuals.recall.toFixed(3)} (${f.actuals.found}/${f.actuals.gold})`,
      "",
      ...[...docs].sort().flatMap((doc) => [...perDocument(f, goldDir, doc), ""]),
    ].join("\n") + "\n"
  );
}
