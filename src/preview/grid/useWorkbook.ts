/** Re-renders a component whenever the preview workbook changes. */
import { useSyncExternalStore } from "react";
import type { PreviewWorkbook } from "../workbook";

export function useWorkbook(book: PreviewWorkbook): number {
  return useSyncExternalStore(book.subscribe, () => book.version);
}
