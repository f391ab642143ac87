/**
 * A synthetic catalogue of any size with realistic text lengths (Chinese names, 30-character
 * document titles, 40–80-character quotes), for sync-count tests and the sheets benchmark.
 */
import type { Catalogue, DocumentInfo, Indicator } from "../../src/core/types";
import { sealCatalogue } from "../../src/catalogue/hash";

const WORDS = ["新增", "高新技术企业", "省级", "重点", "产业园区", "建成", "数字经济", "核心产业", "增加值", "覆盖率"];

export function syntheticCatalogue(count: number, version = "v-synthetic-1"): Catalogue {
  const documents: DocumentInfo[] = Array.from({ length: 10 }, (_, d) => ({
    id: `doc${d}`,
    file: `doc${d}.txt`,
    title: `某某省人民政府关于印发第${d + 1}号国民经济和社会发展年度计划的通知`,
    region: d % 2 === 0 ? "浙江省" : "嘉兴市",
    year: 2020 + (d % 3),
    kind: "plan",
  }));
  const indicators: Indicator[] = Array.from({ length: count }, (_, i) => {
    const doc = documents[i % documents.length];
    const name = `${WORDS[i % WORDS.length]}${WORDS[(i * 7 + 3) % WORDS.length]}指标${i}`;
    const quote = `全年${name}达到${(i % 97) + 1}万个以上，比上年增长${(i % 13) + 1}%，其中重点领域项目投资保持较快增长，确保完成省下达的任务`.slice(0, 40 + (i % 41));
    return {
      id: `syn-${i}`,
      name,
      aliases: [],
      region: doc.region,
      year: doc.year,
      value: (i % 97) + 1,
      unit: "万个",
      valueMax: null,
      qualifier: i % 5 === 0 ? "at_most" : "at_least",
      kind: "level",
      baseline: i % 3 === 0 ? i % 50 : null,
      baseYear: i % 3 === 0 ? doc.year - 1 : null,
      attribute: i % 4 === 0 ? "约束性" : null,
      sources: [{ doc: doc.file, quote, offset: i * 10 }],
      actuals: i % 2 === 0 ? [{ value: (i % 97) + 0.5, unit: "万个", asOf: `${doc.year}-09`, doc: doc.file, quote, offset: i * 10 + 5 }] : [],
      conflict: [],
    };
  });
  return sealCatalogue(documents, indicators, version);
}
