import { validateCatalogue } from "../../src/catalogue/load";
import { CatalogueIndex } from "../../src/core/lookup";
import { addToWorkbookLayer, composeLayers, inLayer, layerOf, layerRank } from "../../src/import/layers";
import { planCatalogue } from "../fixtures/planCatalogue";
import { catalogueOf, target } from "./catalogues";

const bundled = planCatalogue();
const organisation = catalogueOf("集团目录.txt", [target("高新技术企业", 4000), target("专精特新企业", 300)]);
const workbook = inLayer(catalogueOf("本地导入.txt", [target("高新技术企业", 4500), target("独角兽企业", 5)]), "workbook");

describe("composeLayers", () => {
  const { catalogue, conflicts, documentClashes } = composeLayers({ bundled, organisation, workbook });

  it("keeps every entry of every layer and knows each entry's layer from its sources", () => {
    expect(() => validateCatalogue(catalogue)).not.toThrow();
    const layers = catalogue.indicators.map((i) => layerOf(i, catalogue));
    expect(layers.filter((l) => l === "bundled")).toHaveLength(bundled.indicators.length);
    expect(layers.filter((l) => l === "organisation")).toHaveLength(2);
    expect(layers.filter((l) => l === "workbook")).toHaveLength(2);
    expect(documentClashes).toEqual([]);
  });

  it("marks figures that differ across layers as conflicts, the higher layer keeping the id", () => {
    const [higher, lower] = conflicts[0];
    const byId = new Map(catalogue.indicators.map((i) => [i.id, i]));
    expect(conflicts).toHaveLength(1);
    expect(byId.get(higher)).toMatchObject({ value: 4500, conflict: [lower] });
    expect(byId.get(lower)).toMatchObject({ value: 4000, conflict: [higher] });
    expect(higher).toBe(workbook.indicators.find((i) => i.value === 4500)!.id);
    expect(layerOf(byId.get(higher)!, catalogue)).toBe("workbook");
    expect(layerOf(byId.get(lower)!, catalogue)).toBe("organisation");
  });

  it("lets PLANTARGET answer the workbook's figure and name the other layer's in its note", () => {
    const answer = new CatalogueIndex(catalogue).lookup({ name: "新增高新技术企业数", year: 2021, region: "浙江省" });
    expect(answer).toMatchObject({ ok: true, value: 4500 });
    expect(answer.ok && answer.note).toContain("4000家（集团目录.txt）");
  });

  it("works with the bundled layer alone", () => {
    const alone = composeLayers({ bundled, organisation: null, workbook: null }).catalogue;
    expect(alone.indicators).toHaveLength(bundled.indicators.length);
    expect(new Set(alone.documents.map((d) => d.layer))).toEqual(new Set(["bundled"]));
  });

  it("counts a document present in two layers once, in the higher layer, without calling it a clash", () => {
    const copied = composeLayers({ bundled, organisation: bundled, workbook: null });
    expect(copied.documentClashes).toEqual([]);
    expect(copied.catalogue.documents).toHaveLength(bundled.documents.length);
    expect(new Set(copied.catalogue.documents.map((d) => d.layer))).toEqual(new Set(["organisation"]));
  });

  it("ranks layers bundled < organisation < workbook, a document without a layer being bundled", () => {
    expect([undefined, "bundled", "organisation", "workbook"].map((l) => layerRank(l as never))).toEqual([0, 0, 1, 2]);
  });
});

describe("addToWorkbookLayer", () => {
  it("adds new documents and replaces a document imported again", () => {
    const first = addToWorkbookLayer(null, catalogueOf("a.txt", [target("高新技术企业", 4000)]));
    const both = addToWorkbookLayer(first, catalogueOf("b.txt", [target("独角兽企业", 5)]));
    expect(both.documents.map((d) => [d.file, d.layer])).toEqual([["b.txt", "workbook"], ["a.txt", "workbook"]]);
    const again = addToWorkbookLayer(both, catalogueOf("a.txt", [target("高新技术企业", 4200)]));
    expect(again.indicators.map((i) => [i.name, i.value, i.conflict])).toEqual([
      ["新增高新技术企业数", 4200, []],
      ["新增独角兽企业数", 5, []],
    ]);
    expect(() => validateCatalogue(again)).not.toThrow();
  });

  it("keeps an entry another document still states, and a conflict between two documents", () => {
    const a = addToWorkbookLayer(null, catalogueOf("a.txt", [target("高新技术企业", 4000)]));
    const ab = addToWorkbookLayer(a, catalogueOf("b.txt", [target("高新技术企业", 4000), target("独角兽企业", 5)]));
    expect(ab.indicators.find((i) => i.value === 4000)!.sources.map((s) => s.doc).sort()).toEqual(["a.txt", "b.txt"]);
    const conflicting = addToWorkbookLayer(ab, catalogueOf("a.txt", [target("高新技术企业", 4400)]));
    const figures = conflicting.indicators.filter((i) => i.name === "新增高新技术企业数");
    expect(figures.map((i) => [i.value, i.sources.map((s) => s.doc), i.conflict.length])).toEqual([
      [4400, ["a.txt"], 1],
      [4000, ["b.txt"], 1],
    ]);
  });
});
