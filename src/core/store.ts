/**
 * The one in-memory store shared by the custom functions and the task pane (they run in one
 * shared runtime). It holds the catalogue, its index (built once per catalogue) and the workbook's
 * settings; loading and persisting them is the job of whoever starts the runtime.
 */
import type { Catalogue } from "./types";
import { CatalogueIndex } from "./lookup/index";

export interface StoreSettings {
  /** Region PLANTARGET uses when a formula names none and several regions have the target. */
  defaultRegion: string | null;
  /** Half-width of the band within which a 左右 (about) target counts as met: 0.05 = ±5 %. */
  tolerance: number;
}

export const DEFAULT_SETTINGS: Readonly<StoreSettings> = { defaultRegion: null, tolerance: 0.05 };

export interface PlanStore {
  readonly catalogue: Catalogue | null;
  readonly index: CatalogueIndex | null;
  readonly settings: Readonly<StoreSettings>;
  setCatalogue(catalogue: Catalogue): void;
  updateSettings(partial: Partial<StoreSettings>): void;
  /** Called after every change; returns the function that unsubscribes. */
  subscribe(listener: () => void): () => void;
  /** The index once a catalogue is set; rejects with `timeoutError()` after `timeoutMs`. */
  whenReady(timeoutMs: number, timeoutError: () => Error): Promise<CatalogueIndex>;
}

function checkSettings(partial: Partial<StoreSettings>): void {
  const { tolerance, defaultRegion } = partial;
  if (tolerance !== undefined && !(Number.isFinite(tolerance) && tolerance >= 0 && tolerance < 1)) {
    throw new Error(
      `容差应在 0 到 1 之间（如 0.05 表示 ±5%），收到 ${tolerance}。The tolerance must be between 0 and 1 (0.05 = ±5 %), got ${tolerance}.`,
    );
  }
  if (defaultRegion !== undefined && defaultRegion !== null && typeof defaultRegion !== "string") {
    throw new Error(`默认地区应为文字或留空。The default region must be text or empty.`);
  }
}

export function createStore(): PlanStore {
  let catalogue: Catalogue | null = null;
  let index: CatalogueIndex | null = null;
  let settings: StoreSettings = { ...DEFAULT_SETTINGS };
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const store: PlanStore = {
    get catalogue() {
      return catalogue;
    },
    get index() {
      return index;
    },
    get settings() {
      return settings;
    },
    setCatalogue(next) {
      if (next === catalogue) return;
      index = new CatalogueIndex(next);
      catalogue = next;
      notify();
    },
    updateSettings(partial) {
      checkSettings(partial);
      const defaultRegion = partial.defaultRegion?.trim();
      settings = { ...settings, ...partial, ...(defaultRegion !== undefined && { defaultRegion: defaultRegion || null }) };
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    whenReady(timeoutMs, timeoutError) {
      if (index) return Promise.resolve(index);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(timeoutError());
        }, timeoutMs);
        const unsubscribe = store.subscribe(() => {
          if (!index) return;
          clearTimeout(timer);
          unsubscribe();
          resolve(index);
        });
      });
    },
  };
  return store;
}

let shared: PlanStore | null = null;

/** The runtime's store, created on first use. */
export function getStore(): PlanStore {
  shared ??= createStore();
  return shared;
}
