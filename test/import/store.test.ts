import { CATALOGUE_SCHEMA_VERSION } from "../../src/core/types";
import { MemoryCatalogueStore } from "../../src/import/memoryStore";
import { catalogueToXml, readCatalogueXml, WORKBOOK_CATALOGUE_NAMESPACE } from "../../src/import/xmlPart";
import { catalogueOf, target } from "./catalogues";

const catalogue = catalogueOf("计划<&>.txt", [target("高新技术企业", 4000), target("“专精特新”企业]]>", 300)]);

describe("the workbook catalogue part", () => {
  it("round-trips a catalogue whose text needs escaping, and its save time", () => {
    const xml = catalogueToXml(catalogue, 1234);
    expect(xml).toContain(`xmlns="${WORKBOOK_CATALOGUE_NAMESPACE}"`);
    expect(readCatalogueXml(xml)).toEqual({ savedAt: 1234, catalogue });
  });

  it("reads the part as Excel may give it back: prefixed, CDATA, character references", () => {
    const json = JSON.stringify(catalogue);
    const [head, tail] = [json.slice(0, 40), json.slice(40)];
    const rewritten =
      `<?xml version="1.0" standalone="yes"?><pt:workbookCatalogue xmlns:pt="${WORKBOOK_CATALOGUE_NAMESPACE}" savedAt='9'>` +
      `${head.replace(/"/g, "&quot;").replace(/\{/g, "&#123;")}<![CDATA[${tail.split("]]>").join("]]]]><![CDATA[>")}]]></pt:workbookCatalogue>`;
    expect(readCatalogueXml(rewritten)).toEqual({ savedAt: 9, catalogue });
  });

  it("says what is wrong with a part that is not ours or not valid", () => {
    expect(() => readCatalogueXml("<other/>")).toThrow(/缺少目录内容.*catalogue element is missing/);
    const newer = catalogueToXml({ ...catalogue, schemaVersion: CATALOGUE_SCHEMA_VERSION + 1 }, 1);
    expect(() => readCatalogueXml(newer)).toThrow(/工作簿中保存的导入目录无法读取.*请升级插件.*Update the add-in/);
  });
});

describe("MemoryCatalogueStore", () => {
  it("starts empty, saves, and loads a copy marked as the workbook layer", async () => {
    const store = new MemoryCatalogueStore();
    await expect(store.load()).resolves.toBeNull();
    await store.save(catalogue);
    const loaded = (await store.load())!;
    expect(loaded.indicators).toEqual(catalogue.indicators);
    expect(loaded.documents[0].layer).toBe("workbook");
    loaded.indicators.pop();
    expect((await store.load())!.indicators).toHaveLength(2);
  });

  it("keeps what it had when asked to save an invalid catalogue", async () => {
    const store = new MemoryCatalogueStore(catalogue);
    const dangling = { ...catalogue, indicators: [{ ...catalogue.indicators[0], sources: [{ doc: "missing.txt", quote: "x", offset: 0 }] }] };
    await expect(store.save(dangling)).rejects.toThrow(/不存在的文件 missing\.txt/);
    expect((await store.load())!.indicators).toEqual(catalogue.indicators);
  });
});
