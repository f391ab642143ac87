/**
 * Running one workbook operation from a button: busy while it runs, then a success line or the
 * error's message in the pane's language (PortErrors carry both; other errors are already bilingual).
 */
import { useCallback, useState } from "react";
import { PortError } from "../sheets/errors";
import type { Lang } from "./i18n";

export interface Outcome {
  intent: "success" | "error" | "warning";
  text: string;
}

export function errorText(e: unknown, lang: Lang): string {
  if (e instanceof PortError) return lang === "en" ? e.en : e.zh;
  return e instanceof Error ? e.message : String(e);
}

export function useOperation(lang: Lang) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const run = useCallback(
    async (operation: () => Promise<Outcome | null>) => {
      setBusy(true);
      setOutcome(null);
      try {
        setOutcome(await operation());
      } catch (e) {
        setOutcome({ intent: "error", text: errorText(e, lang) });
      } finally {
        setBusy(false);
      }
    },
    [lang],
  );
  return { busy, outcome, run, setOutcome };
}
