/**
 * The catalogue the pane and the custom functions answer from, kept as three layers: the bundled
 * catalogue < the organisation's hosted catalogue (the URL in the workbook's settings) < entries
 * imported into this workbook. Whenever a layer changes the store gets their composition
 * (composeLayers); with no layer above the bundled one it gets the bundled catalogue itself, so the
 * version tables link to stays the shipped one. The workbook layer is read once when the pane opens.
 * A hosted catalogue that fails to load never replaces the one in use: the last good copy (cached)
 * or the organisation layer loaded before stays.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanStore } from "../core/store";
import { CATALOGUE_SCHEMA_VERSION, type Catalogue } from "../core/types";
import { composeLayers } from "../import/layers";
import type { WorkbookCatalogueStore } from "../import/store";
import { loadHostedCatalogue, type CatalogueCache, type FetchLike } from "./catalogueSource";
import type { Translate } from "./i18n";
import type { Outcome } from "./useOperation";

export interface CatalogueSources {
  /** The catalogue shipped with the add-in. */
  bundled: () => Promise<Catalogue>;
  fetch: FetchLike;
  cache: CatalogueCache;
  timeoutMs?: number;
}

interface Layers {
  bundled: Catalogue | null;
  organisation: Catalogue | null;
  workbook: Catalogue | null;
}

/** Stands in for a bundled catalogue that failed to load, so the other layers still answer. */
const NO_CATALOGUE: Catalogue = { schemaVersion: CATALOGUE_SCHEMA_VERSION, version: "", hash: "", documents: [], indicators: [] };

/**
 * The entries (Office and the preview) put the bundled catalogue into the store before mounting
 * the pane; a store already holding other layers (the pane opened again) does not count as bundled.
 */
function bundledIn(catalogue: Catalogue | null): Catalogue | null {
  return catalogue && catalogue.documents.every((d) => (d.layer ?? "bundled") === "bundled") ? catalogue : null;
}

/** Why the workbook layer could not be read, Chinese first, then English, then the cause (itself bilingual). */
function workbookLayerError(e: unknown): Outcome {
  const cause = e instanceof Error ? e.message : String(e);
  return {
    intent: "error",
    text: `无法读取本工作簿中导入的条目，目录暂不含这些条目。Entries imported into this workbook could not be read, so the catalogue lacks them for now. ${cause}`,
  };
}

export interface CatalogueLayers {
  /** Loads the hosted catalogue at `url` as the organisation layer, or drops that layer (null). */
  switchOrganisation(url: string | null): Promise<Outcome>;
  /** Replaces the workbook layer, e.g. after the Import panel saved. */
  setWorkbook(catalogue: Catalogue | null): void;
  /** Why the workbook layer could not be read when the pane opened; null when it could. */
  workbookOutcome: Outcome | null;
}

export function useCatalogueLayers(store: PlanStore, sources: CatalogueSources, workbookCatalogue: WorkbookCatalogueStore, t: Translate): CatalogueLayers {
  const layers = useRef<Layers | null>(null);
  layers.current ??= { bundled: bundledIn(store.catalogue), organisation: null, workbook: null };
  const [workbookOutcome, setWorkbookOutcome] = useState<Outcome | null>(null);

  const compose = useCallback(() => {
    const { bundled, organisation, workbook } = layers.current as Layers;
    if (!organisation && !workbook) {
      if (bundled) store.setCatalogue(bundled);
      return;
    }
    store.setCatalogue(composeLayers({ bundled: bundled ?? NO_CATALOGUE, organisation, workbook }).catalogue);
  }, [store]);

  const loaded = useCallback(
    (c: Catalogue): Outcome => ({ intent: "success", text: t("catalogueLoaded", { n: c.indicators.length, version: c.version.slice(0, 12) }) }),
    [t],
  );

  const switchOrganisation = useCallback(
    async (url: string | null): Promise<Outcome> => {
      const current = layers.current as Layers;
      if (url === null) {
        current.bundled ??= await sources.bundled();
        current.organisation = null;
        compose();
        return loaded(current.bundled);
      }
      const hosted = await loadHostedCatalogue(url, sources.fetch, sources.cache, sources.timeoutMs);
      if (hosted.catalogue) {
        current.organisation = hosted.catalogue;
        compose();
      }
      if (hosted.error) return { intent: "error", text: store.catalogue ? `${hosted.error} ${t("keptLastGood")}` : hosted.error };
      return loaded(hosted.catalogue as Catalogue);
    },
    [sources, store, t, compose, loaded],
  );

  const setWorkbook = useCallback(
    (catalogue: Catalogue | null) => {
      (layers.current as Layers).workbook = catalogue;
      setWorkbookOutcome(null);
      compose();
    },
    [compose],
  );

  useEffect(() => {
    let live = true;
    const current = layers.current as Layers;
    // A pane opened again over a store holding other layers fetches the bundled one itself; if that
    // fails, the entry has already said why the bundled catalogue is missing.
    const bundled = current.bundled
      ? null
      : sources.bundled().then(
          (c) => void (current.bundled = c),
          () => undefined,
        );
    const workbook = workbookCatalogue.load().then(
      (c) => void (current.workbook = c),
      (e: unknown) => void (live && setWorkbookOutcome(workbookLayerError(e))),
    );
    void Promise.all([bundled, workbook]).then(() => live && compose());
    return () => {
      live = false;
    };
    // Once per pane and workbook: later changes come through switchOrganisation and setWorkbook.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [workbookCatalogue]);

  return { switchOrganisation, setWorkbook, workbookOutcome };
}
