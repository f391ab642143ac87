/** The human-readable `extract --report`: per document its targets, actuals, conflicts and skipped lines. */
import type { Catalogue } from "../core/types";
import type { DocExtraction } from "../extract/types";
import { figureText } from "../core/units";

const QUALIFIER_TEXT: Record<string, string> = {
  exact: "",
  at_least: "以上",
  about: "左右",
  at_most: "以下",
  exceed: "突破",
  strive: "力争",
  range: "区间",
};

function short(text: string, max = 60): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? one.slice(0, max - 1) + "…" : one;
}

export function extractionReport(extractions: DocExtraction[], catalogue: Catalogue): string {
  const out: string[] = [];
  for (const ex of extractions) {
    const d = ex.doc;
    out.push(`== ${d.file} — ${d.title || "（无标题 untitled）"} [${d.region} ${d.year} ${d.kind}]`);
    out.push(`   目标 targets: ${ex.targets.length}  实际值 actuals: ${ex.actuals.length}  跳过 skipped lines: ${ex.skipped.length}`);
    for (const t of ex.targets) {
      out.push(`   · ${t.year} ${t.subject} ${figureText(t)}${QUALIFIER_TEXT[t.qualifier]} [${t.kind}] @${t.offset} 「${short(t.quote)}」`);
    }
    for (const a of ex.actuals) out.push(`   ✓ ${a.asOf} ${a.subject} ${a.value}${a.unit} @${a.offset} 「${short(a.quote)}」`);
    const conflicts = catalogue.indicators.filter((i) => i.conflict.length > 0 && i.sources.some((s) => s.doc === d.file));
    for (const c of conflicts) {
      const others = c.conflict
        .map((id) => catalogue.indicators.find((i) => i.id === id))
        .map((o) => (o ? `${o.value}${o.unit} (${o.sources.map((s) => s.doc).join(", ")})` : ""))
        .join("; ");
      out.push(`   ≠ ${c.name} ${c.value}${c.unit} 与 vs ${others}`);
    }
    for (const s of ex.skipped) out.push(`   - [${s.reason}] @${s.offset} ${short(s.text)}`);
    out.push("");
  }
  return out.join("\n");
}
