/**
 * The workbook's settings as the pane holds them: read once when the pane opens (so PLANTARGET gets
 * the workbook's default region and tolerance, and a hosted catalogue is loaded as the organisation
 * layer), saved back on request.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanStore } from "../core/store";
import type { WorkbookPort, WorkbookSettings } from "../sheets/port";
import { DEFAULT_SETTINGS } from "../sheets/settings";
import type { Lang, Translate } from "./i18n";
import type { CatalogueLayers } from "./useCatalogueLayers";
import { errorText, type Outcome } from "./useOperation";

export function useWorkbookSettings(port: WorkbookPort, store: PlanStore, layers: CatalogueLayers, lang: Lang, t: Translate) {
  const [settings, setSettings] = useState<WorkbookSettings>(DEFAULT_SETTINGS);
  const [sourceOutcome, setSourceOutcome] = useState<Outcome | null>(null);
  const current = useRef(settings);
  current.current = settings;
  const { switchOrganisation } = layers;

  useEffect(() => {
    let live = true;
    port
      .loadSettings()
      .then(async (stored) => {
        if (!live || !stored) return;
        setSettings(stored);
        store.updateSettings({ defaultRegion: stored.defaultRegion, tolerance: stored.tolerance });
        if (stored.catalogueUrl) {
          const outcome = await switchOrganisation(stored.catalogueUrl);
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
      const loaded = await switchOrganisation(next.catalogueUrl);
      return { ...loaded, text: `${t("settingsSaved")} ${loaded.text}` };
    },
    [port, store, t, switchOrganisation],
  );

  return { settings, save, sourceOutcome };
}
