/** Our functions read the shared store: when its catalogue or settings change, formulas calling them recompute. */
import type { PlanStore } from "../core/store";
import { PLAN_FUNCTION_CALL } from "./formulaPlugin";
import type { PreviewWorkbook } from "./workbook";

export function connectStore(book: PreviewWorkbook, store: PlanStore): () => void {
  return store.subscribe(() => book.reenterFormulas(PLAN_FUNCTION_CALL));
}
