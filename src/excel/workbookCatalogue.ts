/**
 * The workbook layer in Excel: one custom XML part in our namespace, holding the catalogue JSON.
 * Saving validates first, then in one batch adds the new part and deletes the old ones: if the add
 * fails nothing else runs and the old part stays; if a delete fails, the newer part (by savedAt)
 * is the one read, and the next save removes the leftover. Two syncs to save, at most two to load.
 */
import type { Catalogue } from "../core/types";
import { ImportError, megabytes } from "../import/errors";
import { prepareForWorkbook, type WorkbookCatalogueStore } from "../import/store";
import { catalogueToXml, readCatalogueXml, WORKBOOK_CATALOGUE_NAMESPACE } from "../import/xmlPart";
import { REQUEST_BUDGET, utf8Length } from "./chunks";
import { officeRun, runBatch, type ExcelRun } from "./run";

export class ExcelCatalogueStore implements WorkbookCatalogueStore {
  constructor(
    private readonly run: ExcelRun = officeRun,
    private readonly now: () => number = Date.now,
  ) {}

  async load(): Promise<Catalogue | null> {
    const texts = await runBatch(this.run, async (context) => {
      const parts = context.workbook.customXmlParts.getByNamespace(WORKBOOK_CATALOGUE_NAMESPACE);
      parts.load("items");
      await context.sync();
      if (parts.items.length === 0) return [];
      const xml = parts.items.map((p) => p.getXml());
      await context.sync();
      return xml.map((r) => r.value);
    });
    // Parsed outside the batch: a bad part is the file's problem, not a failed Excel operation.
    const stored = texts.map(readCatalogueXml);
    if (stored.length === 0) return null;
    return stored.reduce((a, b) => (b.savedAt > a.savedAt ? b : a)).catalogue;
  }

  async save(catalogue: Catalogue): Promise<void> {
    const xml = catalogueToXml(prepareForWorkbook(catalogue), this.now());
    const bytes = utf8Length(xml);
    if (bytes > REQUEST_BUDGET) {
      throw new ImportError(
        `导入的目录过大（${megabytes(bytes)}），超过工作簿单次保存的上限（${megabytes(REQUEST_BUDGET)}）；请导出为目录 JSON，作为组织目录托管。` +
          ` The imported catalogue is too large (${megabytes(bytes)}) to save in the workbook at once (limit ${megabytes(REQUEST_BUDGET)}); export it as catalogue JSON and host it as the organisation catalogue.`,
      );
    }
    await runBatch(this.run, async (context) => {
      const old = context.workbook.customXmlParts.getByNamespace(WORKBOOK_CATALOGUE_NAMESPACE);
      old.load("items");
      await context.sync();
      context.workbook.customXmlParts.add(xml);
      for (const part of old.items) part.delete();
      await context.sync();
    });
  }
}
