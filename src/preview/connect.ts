/** Our functions read the shared store: when its catalogue or settings change, the workbook recomputes. */
import type { PlanStore } from "../core/store";
import type { PreviewWorkbook } from "./workbook";

export function connectStore(book: PreviewWorkbook, store: PlanStore): () => void {
  return store.subscribe(() => book.recalculate());
}
