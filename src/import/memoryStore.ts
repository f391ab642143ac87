/** The workbook layer kept in memory: the preview's workbook and tests. Holds JSON, as a file would. */
import { parseCatalogue } from "../catalogue/load";
import type { Catalogue } from "../core/types";
import { prepareForWorkbook, type WorkbookCatalogueStore } from "./store";

export class MemoryCatalogueStore implements WorkbookCatalogueStore {
  private json: string | null;

  constructor(initial: Catalogue | null = null) {
    this.json = initial ? JSON.stringify(prepareForWorkbook(initial)) : null;
  }

  async load(): Promise<Catalogue | null> {
    return this.json === null ? null : parseCatalogue(this.json);
  }

  async save(catalogue: Catalogue): Promise<void> {
    this.json = JSON.stringify(prepareForWorkbook(catalogue));
  }
}
