/** The shared store (catalogue, index, settings) as React state. */
import { useSyncExternalStore } from "react";
import type { PlanStore } from "../core/store";

export function usePlanStore(store: PlanStore) {
  const catalogue = useSyncExternalStore(store.subscribe, () => store.catalogue);
  const index = useSyncExternalStore(store.subscribe, () => store.index);
  const settings = useSyncExternalStore(store.subscribe, () => store.settings);
  return { catalogue, index, settings };
}
