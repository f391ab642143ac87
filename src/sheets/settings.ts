/**
 * The pane's settings as stored in the workbook (setting SETTINGS_KEY): read leniently, so a
 * missing or odd field falls back to its default instead of blocking the pane.
 */
import { DEFAULT_SETTINGS as STORE_DEFAULTS } from "../core/store";
import type { WorkbookSettings } from "./port";

export const DEFAULT_SETTINGS: WorkbookSettings = { ...STORE_DEFAULTS, catalogueUrl: null };

function optionalText(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v.trim() : null;
}

export function parseSettings(raw: unknown): WorkbookSettings {
  let data = raw;
  if (typeof raw === "string") {
    try {
      data = JSON.parse(raw);
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }
  if (typeof data !== "object" || data === null) return { ...DEFAULT_SETTINGS };
  const o = data as Record<string, unknown>;
  const tol = o.tolerance;
  return {
    defaultRegion: optionalText(o.defaultRegion),
    tolerance: typeof tol === "number" && tol >= 0 && tol < 1 ? tol : STORE_DEFAULTS.tolerance,
    catalogueUrl: optionalText(o.catalogueUrl),
  };
}
