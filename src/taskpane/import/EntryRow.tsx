/**
 * One found target or actual in the review table: its figure, its source sentence with the quote
 * highlighted, and accept / edit / reject. Editing opens a form in the row below; Enter saves,
 * Escape cancels, and an invalid edit says why without changing anything.
 */
import { Badge, Button, Field, Input, TableCell, TableRow, makeStyles, tokens } from "@fluentui/react-components";
import { memo, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { quoteContext, reviewName, type ActualFields, type Decision, type ReviewActual, type ReviewTarget, type TargetFields } from "../../import/review";
import type { Strings } from "./strings";
import { figureText } from "../../core/units";

const useStyles = makeStyles({
  quote: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  editor: { display: "flex", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, flexWrap: "wrap", alignItems: "end" },
  field: { width: "8em" },
  error: { color: tokens.colorPaletteRedForeground1, width: "100%" },
});

/** Characters of the paragraph shown on each side of the quote. */
const CONTEXT_CHARS = 40;

const BADGE: Record<Decision, "informative" | "success" | "danger"> = { pending: "informative", accepted: "success", rejected: "danger" };

export type Entry = { type: "target"; entry: ReviewTarget } | { type: "actual"; entry: ReviewActual; targetName: string | null };

interface Props {
  s: Strings;
  item: Entry;
  text: string;
  onDecide(key: string, decision: Decision): void;
  /** Applies an edit; returns the reason when it was refused. */
  onEdit(key: string, patch: Partial<TargetFields> | Partial<ActualFields>): string | null;
}

function clip(before: string, after: string): [string, string] {
  return [before.length > CONTEXT_CHARS ? `…${before.slice(-CONTEXT_CHARS)}` : before, after.length > CONTEXT_CHARS ? `${after.slice(0, CONTEXT_CHARS)}…` : after];
}

/** Text fields of the edit form, by entry type. */
function draftOf(item: Entry): Record<string, string> {
  if (item.type === "actual") {
    const a = item.entry.fields;
    return { value: String(a.value), unit: a.unit, asOf: a.asOf };
  }
  const t = item.entry.fields;
  return { subject: t.subject, value: String(t.value), valueMax: t.valueMax === null ? "" : String(t.valueMax), unit: t.unit, year: String(t.year) };
}

const number = (typed: string) => (typed.trim() === "" ? Number.NaN : Number(typed.trim()));

function patchOf(item: Entry, d: Record<string, string>): Partial<TargetFields> | Partial<ActualFields> {
  if (item.type === "actual") return { value: number(d.value), unit: d.unit.trim(), asOf: d.asOf };
  return { subject: d.subject, value: number(d.value), valueMax: d.valueMax.trim() === "" ? null : number(d.valueMax), unit: d.unit.trim(), year: number(d.year) };
}

const targetNameOf = (item: Entry) => (item.type === "actual" ? item.targetName : null);

/** Entries are immutable: a row whose entry object is the same has nothing new to show. */
function sameRow(a: Props, b: Props): boolean {
  return (
    a.item.entry === b.item.entry &&
    targetNameOf(a.item) === targetNameOf(b.item) &&
    a.s === b.s &&
    a.text === b.text &&
    a.onDecide === b.onDecide &&
    a.onEdit === b.onEdit
  );
}

/** Memoised, so deciding one row of hundreds re-renders that row only. */
export const EntryRow = memo(function EntryRow({ s, item, text, onDecide, onEdit }: Props) {
  const styles = useStyles();
  const { entry } = item;
  const [draft, setDraft] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  const opened = useRef(false);
  // Focus follows the form: into its first field when it opens, back to the row's Edit button when it closes.
  useEffect(() => {
    if (editing) firstInput.current?.focus();
    else if (opened.current) editButton.current?.focus();
    opened.current = editing;
  }, [editing]);

  const name = item.type === "target" ? reviewName(item.entry) : item.targetName ?? item.entry.raw.subject;
  const unlinked = item.type === "actual" && item.entry.target === null;
  const context = quoteContext(text, entry.raw.offset, entry.raw.quote.length);
  const [before, after] = clip(context.before, context.after);
  const labels: Record<string, string> =
    item.type === "target"
      ? { subject: s.name, value: s.value, valueMax: s.valueMax, unit: s.unit, year: s.year }
      : { value: s.value, unit: s.unit, asOf: s.asOf };

  const save = () => {
    if (!draft) return;
    const problem = onEdit(entry.key, patchOf(item, draft));
    setError(problem);
    if (!problem) setDraft(null);
  };
  const cancel = () => {
    setDraft(null);
    setError(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Enter") {
      e.preventDefault();
      save();
    } else if (e.key === "Escape") {
      cancel();
    }
  };
  const toggle = (decision: Decision) => onDecide(entry.key, entry.decision === decision ? "pending" : decision);

  return (
    <>
      <TableRow>
        <TableCell>
          <Badge appearance="tint" color={BADGE[entry.decision]}>
            {unlinked ? s.unlinked : s.decisions[entry.decision]}
          </Badge>
        </TableCell>
        <TableCell>{item.type === "target" ? s.target : s.actual}</TableCell>
        <TableCell>{name}</TableCell>
        <TableCell>{figureText(entry.fields)}</TableCell>
        <TableCell>{item.type === "target" ? item.entry.fields.year : item.entry.fields.asOf}</TableCell>
        <TableCell className={styles.quote}>
          {before}
          <mark className={styles.mark}>{context.quote}</mark>
          {after}
        </TableCell>
        <TableCell>
          <div className={styles.actions}>
            <Button size="small" aria-pressed={entry.decision === "accepted"} disabled={unlinked} aria-label={`${s.accept} ${name}`} onClick={() => toggle("accepted")}>
              {s.accept}
            </Button>
            <Button ref={editButton} size="small" aria-label={`${s.edit} ${name}`} onClick={() => setDraft(draftOf(item))}>
              {s.edit}
            </Button>
            <Button size="small" aria-pressed={entry.decision === "rejected"} aria-label={`${s.reject} ${name}`} onClick={() => toggle("rejected")}>
              {s.reject}
            </Button>
          </div>
        </TableCell>
      </TableRow>
      {draft && (
        <TableRow>
          <TableCell colSpan={7}>
            <div className={styles.editor} role="group" aria-label={s.editing(name)} onKeyDown={onKeyDown}>
              {Object.keys(labels).map((field, i) => (
                <Field key={field} label={labels[field]} className={styles.field}>
                  <Input ref={i === 0 ? firstInput : undefined} value={draft[field]} onChange={(_, d) => setDraft({ ...draft, [field]: d.value })} />
                </Field>
              ))}
              <Button appearance="primary" onClick={save}>
                {s.save}
              </Button>
              <Button onClick={cancel}>{s.cancel}</Button>
              {error && (
                <div role="alert" className={styles.error}>
                  {error}
                </div>
              )}
            </div>
          </TableCell>
        </TableRow>
      )}
    </>
  );
}, sameRow);
