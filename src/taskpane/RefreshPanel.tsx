/**
 * Refresh every linked table from the current catalogue, then list each change with its reason,
 * and offer (never silently add) rows for indicators new in the catalogue that match a table's rule.
 */
import { useState } from "react";
import { Button, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Catalogue } from "../core/types";
import type { WorkbookPort } from "../sheets/port";
import { refreshWorkbook, type ChangeKind, type RefreshChange, type RefreshPlan } from "../sheets/refresh";
import { useI18n, type Translate } from "./i18n";
import { ResultCards, type ResultCard } from "./ResultCards";
import { Status } from "./Status";
import { useOperation } from "./useOperation";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

const shown = (v: unknown) => (v === null || v === undefined || v === "" ? "—" : String(v));

const TONES: Record<ChangeKind, ResultCard["tone"]> = {
  updated: "brand",
  "kept-edit": "warning",
  vanished: "danger",
  "new-available": "informative",
  "old-link": "warning",
  "table-missing": "danger",
};

/** One change as a card: what happened to which indicator, old → new, where and why. */
function changeCard(c: RefreshChange, i: number, t: Translate): ResultCard {
  const valued = c.before !== null || c.after !== null;
  return {
    key: i,
    status: t(`change_${c.kind}` as const),
    tone: TONES[c.kind],
    title: c.indicator || c.table,
    facts: [
      [t("colColumn"), c.column],
      [`${t("colBefore")} → ${t("colAfter")}`, valued ? `${shown(c.before)} → ${shown(c.after)}` : null],
      [t("colTable"), c.indicator ? c.table : null],
      [t("colReason"), c.reason],
    ],
  };
}

export function RefreshPanel({ catalogue, port }: { catalogue: Catalogue; port: WorkbookPort }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const { busy, outcome, run } = useOperation(lang);
  const [plan, setPlan] = useState<RefreshPlan | null>(null);

  const offered = plan?.additions.reduce((n, a) => n + a.rows.length, 0) ?? 0;
  const addNewRows = () =>
    run(async () => {
      if (!plan) return null;
      const added = await port.addRows(plan.additions);
      setPlan({ ...plan, additions: [] });
      return { intent: "success", text: t("rowsAdded", { n: added }) };
    });

  const refresh = () =>
    run(async () => {
      setPlan(null);
      const done = await refreshWorkbook(port, catalogue);
      setPlan(done);
      if (done.tables.length === 0 && done.changes.length === 0) return { intent: "warning", text: t("refreshNone") };
      const count = (kind: string) => done.changes.filter((c) => c.kind === kind).length;
      return {
        intent: count("kept-edit") + count("vanished") + count("old-link") > 0 ? "warning" : "success",
        text: t("refreshSummary", {
          tables: done.tables.length,
          updated: count("updated"),
          kept: count("kept-edit"),
          vanished: count("vanished"),
          added: count("new-available"),
        }),
      };
    });

  return (
    <section className={styles.panel} aria-label={t("tabRefresh")}>
      <Text>{t("refreshIntro")}</Text>
      <Button appearance="primary" onClick={refresh} disabled={busy}>{t("refreshButton")}</Button>
      <Status busy={busy} outcome={outcome} />
      {plan && offered > 0 && (
        <>
          <Text>{t("addRowsHint")}</Text>
          <Button onClick={addNewRows} disabled={busy}>
            {t("addRowsButton", { n: offered })}
          </Button>
        </>
      )}
      {plan && plan.changes.length > 0 && (
        <>
          <Subtitle2 as="h2">{t("refreshChanges")}</Subtitle2>
          <ResultCards label={t("refreshChanges")} cards={plan.changes.map((c, i) => changeCard(c, i, t))} />
        </>
      )}
    </section>
  );
}
