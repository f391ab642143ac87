/**
 * One indicator in full: the source sentence highlighted in its paragraph (or the quote alone, with
 * a note, when the document's text cannot be had), the document, the catalogue layer it comes from,
 * baseline and base year, reported actuals with completion, every document's and layer's figure
 * side by side when they disagree, and the =PLANTARGET(...) formula to copy or write into the
 * active cell.
 */
import { useEffect, useState } from "react";
import {
  Button, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens,
} from "@fluentui/react-components";
import { completion } from "../core/completion";
import type { CatalogueIndex } from "../core/lookup/index";
import type { Catalogue, Indicator } from "../core/types";
import { convertUnit } from "../core/units";
import { layerOf } from "../import/layers";
import type { WorkbookPort } from "../sheets/port";
import { documentTitle } from "../sheets/tableSpec";
import { formatPercent } from "./format";
import { planTargetFormula } from "./formula";
import { DOC_KIND_WORDS, KIND_WORDS, LAYER_WORDS, QUALIFIER_WORDS, useI18n } from "./i18n";
import { quoteInParagraph, type QuoteInContext } from "./paragraph";
import { Status } from "./Status";
import { useOperation } from "./useOperation";

/** Loads a document's full text by file name; null when it is not available. */
export type DocumentText = (file: string) => Promise<string | null>;

const useStyles = makeStyles({
  card: { border: `1px solid ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalM, marginBottom: tokens.spacingVerticalM },
  head: { display: "flex", justifyContent: "space-between", alignItems: "baseline" },
  paragraph: { lineHeight: tokens.lineHeightBase400, backgroundColor: tokens.colorNeutralBackground2, padding: tokens.spacingHorizontalS },
  mark: { backgroundColor: "#FFE58F", fontWeight: tokens.fontWeightSemibold },
  facts: { display: "grid", gridTemplateColumns: "auto minmax(0, 1fr)", columnGap: tokens.spacingHorizontalM, margin: 0 },
  formula: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface ShownQuote extends QuoteInContext {
  /** The document's text could not be had (not shipped, fetch failed) or does not hold the quote. */
  unavailable: boolean;
}

function useQuoteInContext(ind: Indicator, documentText?: DocumentText): ShownQuote {
  const first = ind.sources[0];
  const alone = (unavailable: boolean): ShownQuote => ({ ...quoteInParagraph(null, first?.quote ?? "", 0), unavailable });
  const [shown, setShown] = useState<ShownQuote>(() => alone(false));
  useEffect(() => {
    let live = true;
    setShown(alone(false));
    if (first && documentText) {
      documentText(first.doc)
        .then((text) => ({ ...quoteInParagraph(text, first.quote, first.offset), unavailable: !text?.includes(first.quote) }))
        .catch(() => alone(true))
        .then((next) => live && setShown(next));
    }
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [first, documentText]);
  return shown;
}

export interface IndicatorCardProps {
  indicator: Indicator;
  catalogue: Catalogue;
  index: CatalogueIndex;
  defaultRegion: string | null;
  tolerance: number;
  port: WorkbookPort;
  documentText?: DocumentText;
  onClose: () => void;
}

export function IndicatorCard({ indicator: ind, catalogue, index, defaultRegion, tolerance, port, documentText, onClose }: IndicatorCardProps) {
  const { t, pick, lang } = useI18n();
  const styles = useStyles();
  const shown = useQuoteInContext(ind, documentText);
  const { busy, outcome, run } = useOperation(lang);
  const formula = planTargetFormula(ind, index, defaultRegion);
  const figures = [ind, ...ind.conflict.map((id) => index.byId(id)).filter((i): i is Indicator => i !== undefined)];
  const docKind = (file: string) => {
    const kind = catalogue.documents.find((d) => d.file === file)?.kind;
    return kind ? pick(DOC_KIND_WORDS[kind]) : "";
  };
  const layer = (i: Indicator) => pick(LAYER_WORDS[layerOf(i, catalogue)]);

  const copy = () =>
    run(async () => {
      try {
        await navigator.clipboard.writeText(formula);
        return { intent: "success", text: t("copied", { formula }) };
      } catch {
        return { intent: "warning", text: t("copyFailed", { formula }) };
      }
    });
  const insert = () => run(async () => ({ intent: "success", text: t("formulaInserted", { address: await port.insertFormula(formula) }) }));

  return (
    <section className={styles.card} aria-label={t("card")}>
      <div className={styles.head}>
        <Subtitle2 as="h2">{ind.name}</Subtitle2>
        <Button size="small" onClick={onClose}>{t("close")}</Button>
      </div>
      <Text>
        {ind.region} {ind.year} · {t("target")} <strong>{ind.value}{ind.valueMax !== null ? `—${ind.valueMax}` : ""}{ind.unit}</strong>{" "}
        {pick(QUALIFIER_WORDS[ind.qualifier])} · {pick(KIND_WORDS[ind.kind])}{ind.attribute ? ` · ${ind.attribute}` : ""}
      </Text>
      <dl className={styles.facts}>
        <dt>{t("source")}</dt>
        <dd>{ind.sources.map((s) => documentTitle(catalogue, s.doc)).filter((v, i, all) => all.indexOf(v) === i).join("；")}</dd>
        <dt>{t("layer")}</dt>
        <dd>{layer(ind)}</dd>
        <dt>{t("baseline")}</dt>
        <dd>{ind.baseline ?? "—"}</dd>
        <dt>{t("baseYear")}</dt>
        <dd>{ind.baseYear ?? "—"}</dd>
      </dl>
      <p className={styles.paragraph} aria-label={t("sourceText")}>
        {shown.before}
        <mark className={styles.mark}>{shown.quote}</mark>
        {shown.after}
      </p>
      {shown.unavailable && <Text role="note">{t("documentUnavailable")}</Text>}

      <Subtitle2 as="h3">{t("actuals")}</Subtitle2>
      {ind.actuals.length === 0 ? (
        <Text>{t("noActuals")}</Text>
      ) : (
        <Table size="small" aria-label={t("actuals")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("asOf")}</TableHeaderCell>
              <TableHeaderCell>{t("colValue")}</TableHeaderCell>
              <TableHeaderCell>{t("completion")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {ind.actuals.map((a) => {
              const inUnit = convertUnit(a.value, a.unit, ind.unit);
              const ratio = inUnit === null ? null : completion([[ind.value, inUnit, ind.qualifier]], { tolerance })[0];
              return (
                <TableRow key={`${a.asOf}-${a.offset}`}>
                  <TableCell>{a.asOf}</TableCell>
                  <TableCell>{a.value}{a.unit}</TableCell>
                  <TableCell>{typeof ratio === "number" ? formatPercent(ratio) : t("otherUnit")}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}

      {figures.length > 1 && (
        <>
          <Subtitle2 as="h3">{t("conflicts")}</Subtitle2>
          <Table size="small" aria-label={t("conflicts")}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("colValue")}</TableHeaderCell>
                <TableHeaderCell>{t("document")}</TableHeaderCell>
                <TableHeaderCell>{t("layer")}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {figures.map((f) => (
                <TableRow key={f.id} aria-current={f.id === ind.id ? "true" : undefined}>
                  <TableCell>{f.value}{f.unit} {pick(QUALIFIER_WORDS[f.qualifier])}</TableCell>
                  <TableCell>
                    {f.sources.map((s) => `${documentTitle(catalogue, s.doc)}（${docKind(s.doc)}）`).join("；")}
                  </TableCell>
                  <TableCell>{layer(f)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}

      <Subtitle2 as="h3">{t("formula")}</Subtitle2>
      <p className={styles.formula}>{formula}</p>
      <div className={styles.buttons}>
        <Button onClick={copy} disabled={busy}>{t("copyFormula")}</Button>
        <Button onClick={insert} disabled={busy}>{t("insertFormula")}</Button>
      </div>
      <Status busy={busy} outcome={outcome} />
    </section>
  );
}
