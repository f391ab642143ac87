/**
 * Insert a target table: the selected indicators, a whole document, or a region and year; at the
 * selected cell or on a new sheet. The formula names are installed in the same Excel run.
 */
import { useMemo, useState } from "react";
import { Button, Field, Input, Radio, RadioGroup, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueIndex } from "../core/lookup/index";
import type { Catalogue } from "../core/types";
import type { TableScope } from "../sheets/link";
import type { InsertLocation, NameDefinition, WorkbookPort } from "../sheets/port";
import { buildTargetTable, scopeTableName, selectIndicators } from "../sheets/tableSpec";
import { useI18n } from "./i18n";
import { Status } from "./Status";
import { useOperation } from "./useOperation";

type Mode = "indicators" | "document" | "regionYear";

const useStyles = makeStyles({ panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

export interface InsertPanelProps {
  catalogue: Catalogue;
  index: CatalogueIndex;
  port: WorkbookPort;
  selectedIds: readonly string[];
  defaultRegion: string | null;
  names: readonly NameDefinition[];
}

export function InsertPanel({ catalogue, index, port, selectedIds, defaultRegion, names }: InsertPanelProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const regions = index.regionsFor();
  const years = [...new Set(catalogue.indicators.map((i) => i.year))].sort((a, b) => a - b);
  const [mode, setMode] = useState<Mode>(selectedIds.length > 0 ? "indicators" : "regionYear");
  const [doc, setDoc] = useState(catalogue.documents[0]?.file ?? "");
  const [region, setRegion] = useState(defaultRegion && regions.includes(defaultRegion) ? defaultRegion : regions[0] ?? "");
  const [year, setYear] = useState(String(years[0] ?? ""));
  const [where, setWhere] = useState<"selection" | "newSheet">("newSheet");
  const [sheetName, setSheetName] = useState<string | null>(null);
  const { busy, outcome, run } = useOperation(lang);

  const scope: TableScope = useMemo(() => {
    if (mode === "indicators") return { kind: "indicators", ids: [...selectedIds] };
    if (mode === "document") return { kind: "document", doc };
    return { kind: "regionYear", region, year: Number(year) };
  }, [mode, selectedIds, doc, region, year]);
  const rows = selectIndicators(catalogue, scope).length;
  const sheet = sheetName ?? scopeTableName(catalogue, scope);

  const insert = () =>
    run(async () => {
      const location: InsertLocation = where === "selection" ? { kind: "selection" } : { kind: "newSheet", sheetName: sheet };
      const result = await port.insertTable(buildTargetTable(catalogue, scope), location, [...names]);
      return { intent: "success", text: t("inserted", { ...result }) };
    });

  return (
    <section className={styles.panel} aria-label={t("tabInsert")}>
      <RadioGroup value={mode} onChange={(_, d) => setMode(d.value as Mode)} aria-label={t("insertWhat")}>
        <Radio value="indicators" label={t("insertSelected", { n: selectedIds.length })} disabled={selectedIds.length === 0} />
        <Radio value="document" label={t("insertDocument")} />
        <Radio value="regionYear" label={t("insertRegionYear")} />
      </RadioGroup>
      {mode === "document" && (
        <Field label={t("document")}>
          <Select value={doc} onChange={(_, d) => setDoc(d.value)}>
            {catalogue.documents.map((d) => <option key={d.file} value={d.file}>{d.title}</option>)}
          </Select>
        </Field>
      )}
      {mode === "regionYear" && (
        <>
          <Field label={t("region")}>
            <Select value={region} onChange={(_, d) => setRegion(d.value)}>
              {regions.map((r) => <option key={r} value={r}>{r}</option>)}
            </Select>
          </Field>
          <Field label={t("year")}>
            <Select value={year} onChange={(_, d) => setYear(d.value)}>
              {years.map((y) => <option key={y} value={String(y)}>{y}</option>)}
            </Select>
          </Field>
        </>
      )}
      <RadioGroup value={where} onChange={(_, d) => setWhere(d.value as "selection" | "newSheet")} aria-label={t("insertWhere")}>
        <Radio value="newSheet" label={t("newSheet")} />
        <Radio value="selection" label={t("atSelection")} />
      </RadioGroup>
      {where === "newSheet" && (
        <Field label={t("sheetName")}>
          <Input value={sheet} onChange={(_, d) => setSheetName(d.value)} />
        </Field>
      )}
      <Text role="status">{t("insertRows", { n: rows })}</Text>
      <Button appearance="primary" onClick={insert} disabled={busy || rows === 0}>{t("insertButton")}</Button>
      <Status busy={busy} outcome={outcome} />
    </section>
  );
}
