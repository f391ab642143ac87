/**
 * Every custom function call settles: it waits for the catalogue at most CALL_TIMEOUT_MS (the
 * only asynchronous part; the answer itself is computed in memory), and every failure, expected or
 * not, leaves as an Excel error with a message instead of a cell stuck at #BUSY!.
 */
import type { CatalogueIndex } from "../core/lookup/index";
import { FormulaError } from "../core/lookup/errors";
import { PlanStore, StoreSettings, getStore } from "../core/store";
import { excelError } from "./errors";

export const CALL_TIMEOUT_MS = 10_000;

export interface FunctionContext {
  index: CatalogueIndex;
  settings: Readonly<StoreSettings>;
}

function catalogueTimeout(timeoutMs: number): FormulaError {
  const seconds = Math.round(timeoutMs / 1000);
  return new FormulaError(
    "#N/A",
    `规划目录在${seconds}秒内未加载完成；请打开 PlanTargets 任务窗格检查目录来源，然后重新计算。` +
      `The catalogue did not load within ${seconds} s: open the PlanTargets pane to check the catalogue source, then recalculate.`,
  );
}

function toExcelError(e: unknown): Error {
  if (e instanceof FormulaError) return excelError(e.code, e.message);
  const detail = e instanceof Error ? e.message : String(e);
  return excelError("#VALUE!", `计算出错：${detail}；请报告此问题。Unexpected error: ${detail}. Please report it.`);
}

/** Runs `work`, turning every thrown error into an Excel error. */
export function answerNow<T>(work: () => T): T {
  try {
    return work();
  } catch (e) {
    throw toExcelError(e);
  }
}

/** Waits for the catalogue (at most `timeoutMs`), then answers from it. */
export async function answerFromCatalogue<T>(
  work: (context: FunctionContext) => T,
  store: PlanStore = getStore(),
  timeoutMs: number = CALL_TIMEOUT_MS,
): Promise<T> {
  const index = await store.whenReady(timeoutMs, () => catalogueTimeout(timeoutMs)).catch((e: unknown) => {
    throw toExcelError(e);
  });
  return answerNow(() => work({ index, settings: store.settings }));
}
