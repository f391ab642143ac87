/**
 * The review of one imported document: its title, region, year and type (fixed for the whole
 * document), then every target followed by the actuals that answer it. Long documents show a
 * page of rows at a time.
 */
import {
  Button,
  Field,
  Input,
  Subtitle2,
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { reviewName, type ActualFields, type Decision, type DocumentFields, type ReviewDocument, type TargetFields } from "../../import/review";
import { EntryRow, type Entry } from "./EntryRow";
import { badYear, MetaFields, parseYear, type MetaValues } from "./MetaFields";
import type { Strings } from "./strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  row: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Rows rendered per page: a 5 MB paste finds thousands. */
export const PAGE_ROWS = 100;

interface Props {
  s: Strings;
  index: number;
  document: ReviewDocument;
  onDocument(index: number, patch: Partial<DocumentFields>): string | null;
  onDecide(key: string, decision: Decision): void;
  onEdit(key: string, patch: Partial<TargetFields> | Partial<ActualFields>): string | null;
}

/** Targets in document order, each followed by its actuals; actuals answering no target last. */
function entriesOf(doc: ReviewDocument): Entry[] {
  const byTarget = new Map<string, ReviewDocument["actuals"]>();
  for (const a of doc.actuals) if (a.target !== null) byTarget.set(a.target, [...(byTarget.get(a.target) ?? []), a]);
  const entries: Entry[] = [];
  for (const t of doc.targets) {
    entries.push({ type: "target", entry: t });
    for (const a of byTarget.get(t.key) ?? []) entries.push({ type: "actual", entry: a, targetName: reviewName(t) });
  }
  for (const a of doc.actuals) if (a.target === null) entries.push({ type: "actual", entry: a, targetName: null });
  return entries;
}

export function DocumentReview({ s, index, document: doc, onDocument, onDecide, onEdit }: Props) {
  const styles = useStyles();
  const [title, setTitle] = useState(doc.doc.title);
  const [meta, setMeta] = useState<MetaValues>({ region: doc.doc.region, year: String(doc.doc.year), kind: doc.doc.kind });
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState(PAGE_ROWS);
  const entries = useMemo(() => entriesOf(doc), [doc]);

  const apply = () => {
    const year = parseYear(meta.year);
    if (!year) setError(badYear(meta.year));
    else setError(onDocument(index, { title, region: meta.region, year, kind: meta.kind || doc.doc.kind }));
  };
  const headingId = `import-doc-${index}`;

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 id={headingId}>{doc.doc.title}</Subtitle2>
      <div className={styles.row}>
        <Field label={s.documentTitle}>
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <MetaFields s={s} values={meta} onChange={setMeta} optional={false} />
        <Button onClick={apply}>{s.applyDocument}</Button>
      </div>
      {error && (
        <div role="alert" className={styles.error}>
          {error}
        </div>
      )}
      {entries.length === 0 ? (
        <p>{s.noEntries}</p>
      ) : (
        <Table size="small" aria-label={`${s.review}：${doc.doc.title}`}>
          <TableHeader>
            <TableRow>
              {[s.status, s.entryType, s.indicator, s.figure, s.when, s.source, s.actions].map((h) => (
                <TableHeaderCell key={h}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.slice(0, shown).map((item) => (
              <EntryRow key={item.entry.key} s={s} item={item} text={doc.text} onDecide={onDecide} onEdit={onEdit} />
            ))}
          </TableBody>
        </Table>
      )}
      {entries.length > shown && (
        <Button appearance="subtle" onClick={() => setShown(shown + PAGE_ROWS)}>
          {s.showMore(Math.min(PAGE_ROWS, entries.length - shown))}
        </Button>
      )}
    </section>
  );
}
