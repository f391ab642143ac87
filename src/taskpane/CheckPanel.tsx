/**
 * Check figures: read a block of the user's own layout, map its columns (guessed first), check each
 * row against the catalogue, and mark the cells that differ with a fill and/or a comment.
 */
import { useState } from "react";
import {
  Button, Checkbox, Field, Input, Select, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import type { CatalogueIndex } from "../core/lookup/index";
import type { Catalogue } from "../core/types";
import { columnLetters } from "../sheets/address";
import { checkFigures, guessMapping, mismatchMarks, type CheckMapping, type CheckRow, type CheckStatus } from "../sheets/check";
import type { CellBlock, WorkbookPort } from "../sheets/port";
import { useI18n, type TextKey, type Translate } from "./i18n";
import { ResultCards, type ResultCard } from "./ResultCards";
import { Status } from "./Status";
import { useOperation } from "./useOperation";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});

const TONES: Record<CheckStatus, ResultCard["tone"]> = { match: "success", mismatch: "danger", notFound: "warning", skipped: "subtle" };

/** One checked row as a card: result, indicator, where it is, the figure and, unless it matches, why. */
function resultCard(r: CheckRow, top: number, t: Translate): ResultCard {
  return {
    key: r.row,
    status: t(`status_${r.status}` as TextKey),
    tone: TONES[r.status],
    title: r.name,
    facts: [
      [t("colRow"), top + r.row + 1],
      [t("colValue"), String(r.value)],
      [t("colDetail"), r.status === "match" ? null : r.message],
    ],
    marked: r.status === "mismatch",
  };
}

export interface CheckPanelProps {
  catalogue: Catalogue;
  index: CatalogueIndex;
  port: WorkbookPort;
  defaultRegion: string | null;
}

export function CheckPanel({ catalogue, index, port, defaultRegion }: CheckPanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const read = useOperation(lang);
  const mark = useOperation(lang);
  const [address, setAddress] = useState("");
  const [block, setBlock] = useState<CellBlock | null>(null);
  const [mapping, setMapping] = useState<CheckMapping | null>(null);
  const [results, setResults] = useState<CheckRow[] | null>(null);
  const [fill, setFill] = useState(true);
  const [note, setNote] = useState(false);

  const load = (fetchBlock: () => Promise<CellBlock>) =>
    read.run(async () => {
      const got = await fetchBlock();
      setBlock(got);
      setMapping(guessMapping(got));
      setResults(null);
      return { intent: "success", text: t("blockRead", { address: `${got.sheet}!${got.address}`, rows: got.values.length }) };
    });

  const check = () => {
    if (!block || !mapping) return;
    const rows = checkFigures(block, mapping, index, catalogue, { defaultRegion });
    setResults(rows);
    const count = (s: string) => rows.filter((r) => r.status === s).length;
    read.setOutcome({
      intent: count("mismatch") + count("notFound") > 0 ? "warning" : "success",
      text: t("checkSummary", { match: count("match"), mismatch: count("mismatch"), notFound: count("notFound") }),
    });
  };

  const markMismatches = () =>
    mark.run(async () => {
      if (!block || !mapping || !results) return null;
      const marks = mismatchMarks(block, mapping, results, { fill, note });
      await port.markCells(marks);
      return { intent: "success", text: t("marked", { n: marks.length }) };
    });

  const columns = block ? (block.values[0] ?? []).map((cell, i) => `${columnLetters(block.left + i)}${mapping?.headerRow ? ` ${String(cell)}` : ""}`) : [];
  const columnSelect = (key: "name" | "year" | "value" | "region", label: TextKey) =>
    mapping && (
      <Field label={t(label)} size="small">
        <Select
          size="small"
          value={mapping[key] === null ? "" : String(mapping[key])}
          onChange={(_, d) => setMapping({ ...mapping, [key]: d.value === "" ? null : Number(d.value) })}
        >
          {key === "region" && <option value="">{t("none")}</option>}
          {columns.map((c, i) => <option key={i} value={String(i)}>{c}</option>)}
        </Select>
      </Field>
    );

  return (
    <section className={styles.panel} aria-label={t("tabCheck")}>
      <Text>{t("checkIntro")}</Text>
      <div className={styles.row}>
        <Button onClick={() => load(() => port.readSelection())} disabled={read.busy}>{t("readSelection")}</Button>
      </div>
      <div className={styles.row}>
        <Field label={t("address")} size="small">
          <Input size="small" value={address} onChange={(_, d) => setAddress(d.value)} placeholder="'Sheet 1'!B2:D20" />
        </Field>
        <Button size="small" onClick={() => load(() => port.readBlock(address))} disabled={read.busy || address.trim() === ""}>{t("readAddress")}</Button>
      </div>
      {block && mapping && (
        <>
          <Checkbox checked={mapping.headerRow} onChange={(_, d) => setMapping({ ...mapping, headerRow: d.checked === true })} label={t("headerRow")} />
          {columnSelect("name", "mapName")}
          {columnSelect("year", "mapYear")}
          {columnSelect("value", "mapValue")}
          {columnSelect("region", "mapRegion")}
          <Button appearance="primary" onClick={check}>{t("checkButton")}</Button>
        </>
      )}
      <Status busy={read.busy} outcome={read.outcome} />
      {results && block && (
        <>
          <ResultCards
            label={t("tabCheck")}
            cards={results.filter((r) => r.status !== "skipped").map((r) => resultCard(r, block.top, t))}
          />
          <div className={styles.row}>
            <Checkbox checked={fill} onChange={(_, d) => setFill(d.checked === true)} label={t("markFill")} />
            <Checkbox checked={note} onChange={(_, d) => setNote(d.checked === true)} label={t("markNote")} />
          </div>
          <Button onClick={markMismatches} disabled={mark.busy || (!fill && !note) || !results.some((r) => r.status === "mismatch")}>{t("markButton")}</Button>
          <Status busy={mark.busy} outcome={mark.outcome} />
        </>
      )}
    </section>
  );
}
