/**
 * Where the workbook layer lives: inside the workbook file (a custom XML part in Excel, memory in
 * the preview), so PLANTARGET, the card and refresh see a user's accepted entries, and a shared
 * file carries them to everyone who opens it.
 */
import { validateCatalogue } from "../catalogue/load";
import type { Catalogue } from "../core/types";
import { inLayer } from "./layers";

export interface WorkbookCatalogueStore {
  /** The saved workbook layer, or null when this workbook has none. Throws a clear error when it cannot be read. */
  load(): Promise<Catalogue | null>;
  /** Replaces the saved workbook layer as a whole; on failure the previous one is still there. */
  save(catalogue: Catalogue): Promise<void>;
}

/** Checks a catalogue before anything is written and marks its documents as the workbook layer. */
export function prepareForWorkbook(catalogue: Catalogue): Catalogue {
  return validateCatalogue(inLayer(catalogue, "workbook"));
}
