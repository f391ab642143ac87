/**
 * The workbook's settings as the pane holds them: read once when the pane opens (so PLANTARGET gets
 * the workbook's default region and tolerance, and a hosted catalogue is loaded), saved back on
 * request. A catalogue that fails to load never replaces the one in use.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanStore } from "../core/store";
import type { Catalogue } from "../core/types";
import type { WorkbookPort, WorkbookSettings } from "../sheets/port";
import { DEFAULT_SETTINGS } from "../sheets/settings";
import { loadHostedCatalogue, type CatalogueCache, type FetchLike } from "./catalogueSource";
import type { Lang, Translate } from "./i18n";
import { errorText, type Outcome } from "./useOperation";

export interface CatalogueSources {
  /** The catalogue shipped with the add-in (used when no URL is set). */
  bundled: () => Promise<Catalogue>;
  fetch: FetchLike;
  cache: CatalogueCache;
  timeoutMs?: number;
}

export function useWorkbookSettings(port: WorkbookPort, store: PlanStore, sources: CatalogueSources, lang: Lang, t: Translate) {
  const [settings, setSettings] = useState<WorkbookSettings>(DEFAULT_SETTINGS);
  const [sourceOutcome, setSourceOutcome] = useState<Outcome | null>(null);
  const current = useRef(settings);
  current.current = settings;

  const switchCatalogue = useCallback(
    async (url: string | null): Promise<Outcome> => {
      if (url !== null) {
        const hosted = await loadHostedCatalogue(url, sources.fetch, sources.cache, sources.timeoutMs);
        if (hosted.catalogue) store.setCatalogue(hosted.catalogue);
        if (hosted.error) {
          return { intent: "error", text: store.catalogue ? `${hosted.error} ${t("keptLastGood")}` : hosted.error };
        }
      } else {
        store.setCatalogue(await sources.bundled());
      }
      const loaded = store.catalogue as Catalogue;
      return { intent: "success", text: t("catalogueLoaded", { n: loaded.indicators.length, version: loaded.version.slice(0, 12) }) };
    },
    [sources, store, t],
  );

  useEffect(() => {
    let live = true;
    port
      .loadSettings()
      .then(async (stored) => {
        if (!live || !stored) return;
        setSettings(stored);
        store.updateSettings({ defaultRegion: stored.defaultRegion, tolerance: stored.tolerance });
        if (stored.catalogueUrl) {
          const outcome = await switchCatalogue(stored.catalogueUrl);
          if (live) setSourceOutcome(outcome);
        }
      })
      .catch((e) => live && setSourceOutcome({ intent: "error", text: errorText(e, lang) }));
    return () => {
      live = false;
    };
    // Once per pane and workbook: later changes come through save().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [port]);

  const save = useCallback(
    async (next: WorkbookSettings): Promise<Outcome> => {
      const before = current.current;
      store.updateSettings({ defaultRegion: next.defaultRegion, tolerance: next.tolerance });
      await port.saveSettings(next);
      setSettings(next);
      if (next.catalogueUrl === before.catalogueUrl) return { intent: "success", text: t("settingsSaved") };
      const loaded = await switchCatalogue(next.catalogueUrl);
      return { ...loaded, text: `${t("settingsSaved")} ${loaded.text}` };
    },
    [port, store, t, switchCatalogue],
  );

  return { settings, save, sourceOutcome };
}
