/** Small catalogues for the import tests, built the way the extractor's output is. */
import { buildCatalogue } from "../../src/catalogue/build";
import type { Catalogue, DocKind } from "../../src/core/types";
import type { RawTarget } from "../../src/extract/types";

export function target(subject: string, value: number, unit = "家", year = 2021): RawTarget {
  const quote = `新增${subject}${value}${unit}`;
  return { subject, verb: "新增", year, value, unit, valueMax: null, qualifier: "exact", kind: "increment", baseline: null, baseYear: null, attribute: null, quote, offset: 0 };
}

export function catalogueOf(file: string, targets: RawTarget[], kind: DocKind = "plan", region = "浙江省"): Catalogue {
  return buildCatalogue([{ doc: { id: file, file, title: file, region, year: 2021, kind }, targets, actuals: [], skipped: [], warnings: [] }]);
}
