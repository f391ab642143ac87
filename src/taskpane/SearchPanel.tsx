/**
 * Browse: a search box over names and aliases (the index PLANTARGET answers from), filters for
 * region, year, document, kind and attribute, and the matching indicators with value, unit and
 * qualifier. Each result can be selected (for inserting) or opened (the card).
 */
import { useMemo, useState } from "react";
import { Button, Checkbox, Field, SearchBox, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { CatalogueIndex } from "../core/lookup/index";
import type { Catalogue, Indicator } from "../core/types";
import { KIND_WORDS, QUALIFIER_WORDS, useI18n } from "./i18n";

const MAX_SHOWN = 200;

export interface Filters {
  region: string;
  year: string;
  doc: string;
  kind: string;
  attribute: string;
}

const NO_FILTERS: Filters = { region: "", year: "", doc: "", kind: "", attribute: "" };

export function applyFilters(list: readonly Indicator[], f: Filters): Indicator[] {
  return list.filter(
    (i) =>
      (!f.region || i.region === f.region) &&
      (!f.year || String(i.year) === f.year) &&
      (!f.doc || i.sources.some((s) => s.doc === f.doc)) &&
      (!f.kind || i.kind === f.kind) &&
      (!f.attribute || i.attribute === f.attribute),
  );
}

const useStyles = makeStyles({
  filters: { display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  // Grid items and a select are as wide as their longest option (a document title) unless told otherwise.
  filter: { minWidth: 0 },
  select: { minWidth: 0, "& select": { minWidth: 0, textOverflow: "ellipsis" } },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: { display: "flex", alignItems: "center", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  open: { flexGrow: 1, justifyContent: "flex-start", textAlign: "left", minWidth: 0 },
  figure: { whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
});

export interface SearchPanelProps {
  catalogue: Catalogue;
  index: CatalogueIndex;
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onOpen: (id: string) => void;
}

export function SearchPanel({ catalogue, index, selected, onToggle, onOpen }: SearchPanelProps) {
  const { t, pick } = useI18n();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);

  const options = useMemo(() => {
    const present = <T,>(f: (i: Indicator) => T | null) => [...new Set(catalogue.indicators.map(f).filter((v): v is T => v !== null))];
    return {
      regions: index.regionsFor(),
      years: present((i) => i.year).sort((a, b) => a - b),
      kinds: present((i) => i.kind),
      attributes: present((i) => i.attribute),
    };
  }, [catalogue, index]);

  const found = useMemo(() => {
    const base = text.trim() ? index.search(text, Number.MAX_SAFE_INTEGER) : catalogue.indicators;
    return applyFilters(base, filters);
  }, [text, filters, catalogue, index]);

  const filter = (key: keyof Filters, label: string, values: ReadonlyArray<[string, string]>) => (
    <Field label={label} size="small" className={styles.filter}>
      <Select size="small" className={styles.select} value={filters[key]} onChange={(_, d) => setFilters({ ...filters, [key]: d.value })}>
        <option value="">{t("all")}</option>
        {values.map(([value, shown]) => (
          <option key={value} value={value}>{shown}</option>
        ))}
      </Select>
    </Field>
  );

  return (
    <section aria-label={t("tabBrowse")}>
      <SearchBox value={text} onChange={(_, d) => setText(d.value)} placeholder={t("search")} aria-label={t("search")} />
      <div className={styles.filters} role="group" aria-label={t("filters")}>
        {filter("region", t("region"), options.regions.map((r) => [r, r]))}
        {filter("year", t("year"), options.years.map((y) => [String(y), String(y)]))}
        {filter("doc", t("document"), catalogue.documents.map((d) => [d.file, d.title]))}
        {filter("kind", t("kind"), options.kinds.map((k) => [k, pick(KIND_WORDS[k])]))}
        {filter("attribute", t("attribute"), options.attributes.map((a) => [a, a]))}
      </div>
      <Text size={200} role="status">
        {found.length > MAX_SHOWN ? t("resultsCapped", { n: found.length, shown: MAX_SHOWN }) : t("results", { n: found.length })}
      </Text>
      <ul className={styles.list} aria-label={t("resultList")}>
        {found.slice(0, MAX_SHOWN).map((ind) => {
          const who = { name: ind.name, region: ind.region, year: ind.year };
          return (
            <li key={ind.id} className={styles.item}>
              <Checkbox checked={selected.has(ind.id)} onChange={() => onToggle(ind.id)} aria-label={t("selectIndicator", who)} />
              <Button appearance="subtle" className={styles.open} onClick={() => onOpen(ind.id)} aria-label={t("openIndicator", who)}>
                <span>
                  {ind.name} <Text size={200}>{ind.region} {ind.year}</Text>
                </span>
              </Button>
              <Text className={styles.figure}>
                {ind.value}
                {ind.unit} {pick(QUALIFIER_WORDS[ind.qualifier])}
              </Text>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
