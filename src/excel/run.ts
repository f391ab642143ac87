// The Excel namespace's types for every src/excel file, also when compiled without "office-js" in `types` (the bench build).
/// <reference types="office-js" />
/**
 * How the adapter reaches Excel: every port operation is one Excel.run. Tests pass a run that
 * hands the batch a mock RequestContext instead.
 */
import { asPortError } from "../sheets/errors";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const officeRun: ExcelRun = (batch) => Excel.run(batch);

/** Runs a batch; host failures reach the user as bilingual PortErrors. */
export async function runBatch<T>(run: ExcelRun, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await run(batch);
  } catch (e) {
    throw asPortError(e);
  }
}

/** The part of an address Excel returns after the sheet: "'My sheet'!B2:D9" → "B2:D9". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}
