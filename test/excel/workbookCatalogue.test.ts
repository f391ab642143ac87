import { OfficeMockObject } from "office-addin-mock";
import { CATALOGUE_SCHEMA_VERSION, type Catalogue } from "../../src/core/types";
import type { ExcelRun } from "../../src/excel/run";
import { ExcelCatalogueStore } from "../../src/excel/workbookCatalogue";
import { catalogueToXml, WORKBOOK_CATALOGUE_NAMESPACE } from "../../src/import/xmlPart";
import { catalogueOf, target } from "../import/catalogues";

interface Part {
  id: number;
  namespace: string;
  xml: string;
}

/**
 * Custom XML parts behind office-addin-mock proxies: a collection's items and a part's XML are
 * readable only after load() + sync(); add and delete are queued and applied at sync, in order.
 * An operation told to fail throws at sync after the ones before it were applied, as Excel's
 * non-transactional batches do.
 */
class FakeCustomXmlParts {
  parts: Part[] = [];
  syncs = 0;
  failing: "add" | "delete" | null = null;
  private queue: Array<() => void> = [];
  private toSync: OfficeMockObject[] = [];
  private nextId = 1;

  readonly run: ExcelRun = (batch) => batch(this.context() as unknown as Excel.RequestContext);

  store(xml: string, namespace = WORKBOOK_CATALOGUE_NAMESPACE): void {
    this.parts.push({ id: this.nextId++, namespace, xml });
  }

  private context() {
    const collection = {
      getByNamespace: (namespace: string) => {
        const items = this.parts.filter((p) => p.namespace === namespace).map((p) => this.item(p));
        return this.tracked(new OfficeMockObject({ items }));
      },
      add: (xml: string) => {
        this.queue.push(() => {
          if (this.failing === "add") throw new Error("GeneralException: add failed");
          this.store(xml, /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "");
        });
      },
    };
    return {
      workbook: { customXmlParts: collection },
      sync: async () => {
        this.syncs++;
        for (const op of this.queue.splice(0)) op();
        for (const proxy of this.toSync.splice(0)) await proxy.sync();
      },
    };
  }

  private tracked(proxy: OfficeMockObject): OfficeMockObject {
    this.toSync.push(proxy);
    return proxy;
  }

  private item(part: Part) {
    return {
      getXml: () => this.tracked(new OfficeMockObject({ value: part.xml }).load("value") as OfficeMockObject),
      delete: () =>
        this.queue.push(() => {
          if (this.failing === "delete") throw new Error("GeneralException: delete failed");
          this.parts = this.parts.filter((p) => p !== part);
        }),
    };
  }
}

const first = catalogueOf("2021计划.txt", [target("高新技术企业", 4000), target("科技型中小企业", 10000)]);
const second = catalogueOf("2022计划.txt", [target("专精特新企业", 500)]);

function setup(now = 1000) {
  const excel = new FakeCustomXmlParts();
  let clock = now;
  const store = new ExcelCatalogueStore(excel.run, () => clock++);
  return { excel, store };
}

describe("ExcelCatalogueStore", () => {
  it("finds no workbook layer in a fresh workbook, in one sync", async () => {
    const { excel, store } = setup();
    excel.store("<other/>", "urn:someone-else");
    await expect(store.load()).resolves.toBeNull();
    expect(excel.syncs).toBe(1);
  });

  it("saves one part in our namespace in two syncs and loads it back in two, documents marked workbook", async () => {
    const { excel, store } = setup();
    await store.save(first);
    expect(excel.syncs).toBe(2);
    expect(excel.parts.map((p) => p.namespace)).toEqual([WORKBOOK_CATALOGUE_NAMESPACE]);
    excel.syncs = 0;
    const loaded = (await store.load()) as Catalogue;
    expect(excel.syncs).toBe(2);
    expect(loaded.indicators).toEqual(first.indicators);
    expect(loaded.documents.map((d) => d.layer)).toEqual(["workbook"]);
  });

  it("replaces the saved part: still one part, holding the newer catalogue", async () => {
    const { excel, store } = setup();
    await store.save(first);
    await store.save(second);
    expect(excel.parts).toHaveLength(1);
    expect((await store.load())?.indicators.map((i) => i.name)).toEqual(["新增专精特新企业数"]);
  });

  it("keeps the old part whole when adding the new one fails", async () => {
    const { excel, store } = setup();
    await store.save(first);
    const before = excel.parts.map((p) => p.xml);
    excel.failing = "add";
    await expect(store.save(second)).rejects.toThrow(/Excel 操作失败.*The Excel operation failed/);
    expect(excel.parts.map((p) => p.xml)).toEqual(before);
    excel.failing = null;
    expect((await store.load())?.indicators).toEqual(first.indicators);
  });

  it("reads the newer part when deleting the old one failed, and the next save clears the leftover", async () => {
    const { excel, store } = setup();
    await store.save(first);
    excel.failing = "delete";
    await expect(store.save(second)).rejects.toThrow(/delete failed/);
    expect(excel.parts).toHaveLength(2);
    excel.failing = null;
    expect((await store.load())?.indicators).toEqual(second.indicators);
    await store.save(first);
    expect(excel.parts).toHaveLength(1);
  });

  it("writes nothing when the catalogue is invalid", async () => {
    const { excel, store } = setup();
    const broken = { ...first, indicators: [{ ...first.indicators[0], sources: [] }] };
    await expect(store.save(broken)).rejects.toThrow(/目录文件格式不正确.*does not match the schema/);
    expect(excel.syncs).toBe(0);
    expect(excel.parts).toHaveLength(0);
  });

  it("writes nothing when the catalogue is too large for one request", async () => {
    const { excel, store } = setup();
    const huge = { ...first, documents: first.documents.map((d) => ({ ...d, title: "很长的标题".repeat(300_000) })) };
    await expect(store.save(huge)).rejects.toThrow(/导入的目录过大.*too large/);
    expect(excel.syncs).toBe(0);
  });

  it("says so when the stored part was written by a newer version of the add-in", async () => {
    const { excel, store } = setup();
    excel.store(catalogueToXml({ ...first, schemaVersion: CATALOGUE_SCHEMA_VERSION + 1 }, 5));
    await expect(store.load()).rejects.toThrow(
      new RegExp(`工作簿中保存的导入目录无法读取.*格式版本为 ${CATALOGUE_SCHEMA_VERSION + 1}.*请升级插件`),
    );
  });

  it("says so when the stored part is not a catalogue", async () => {
    const { excel, store } = setup();
    excel.store(`<workbookCatalogue xmlns="${WORKBOOK_CATALOGUE_NAMESPACE}">{not json</workbookCatalogue>`);
    await expect(store.load()).rejects.toThrow(/无法读取.*不是有效的 JSON/);
  });
});
