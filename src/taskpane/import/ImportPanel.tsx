/**
 * The Import panel: paste text or open a .txt/.docx, watch the extraction's progress (it runs in a
 * Web Worker when one is given), review what was found, then save the accepted entries into the
 * workbook's own catalogue layer or export them as catalogue JSON.
 */
import { Button, MessageBar, MessageBarBody, ProgressBar, Field, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Catalogue } from "../../core/types";
import { CANCELLED, createExtractionRunner, type WorkerFactory } from "../../import/client";
import type { ImportProgress, ImportRequest } from "../../import/job";
import { addToWorkbookLayer } from "../../import/layers";
import {
  acceptPending,
  createReview,
  decide,
  editEntry,
  reviewCounts,
  reviewToCatalogue,
  setDocument,
  type ActualFields,
  type Decision,
  type DocumentFields,
  type Review,
  type TargetFields,
} from "../../import/review";
import type { WorkbookCatalogueStore } from "../../import/store";
import { DocumentReview } from "./DocumentReview";
import { downloadText, type Download } from "./files";
import { useI18n } from "../i18n";
import { SourceForm } from "./SourceForm";
import { STRINGS } from "./strings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
});

export interface ImportPanelProps {
  /** Where the workbook layer is kept: ExcelCatalogueStore in Excel, MemoryCatalogueStore in the preview. */
  store: WorkbookCatalogueStore;
  /** Starts the extraction worker (createImportWorker); without it extraction runs on the UI thread. */
  createWorker?: WorkerFactory;
  /** Receives the whole workbook layer after each save, so the pane can recompose its catalogue. */
  onSaved?(workbook: Catalogue): void;
  /** How an exported file reaches the user; a browser download unless replaced (tests). */
  download?: Download;
  /** The store keeps entries in memory only (no workbook to save into): the panel says so. */
  sessionOnly?: boolean;
}

type Message = { intent: "success" | "warning" | "error" | "info"; text: string };

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Speaks the language of the pane's I18nContext. */
export function ImportPanel({ store, createWorker, onSaved, download = downloadText, sessionOnly = false }: ImportPanelProps) {
  const s = STRINGS[useI18n().lang];
  const styles = useStyles();
  const runner = useMemo(() => createExtractionRunner(createWorker ?? null), [createWorker]);
  useEffect(() => () => runner.dispose(), [runner]);

  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [saving, setSaving] = useState(false);
  const [review, setReviewState] = useState<Review | null>(null);
  // Row handlers read the latest review through a ref, so they stay the same and memoised rows skip re-rendering.
  const reviewRef = useRef<Review | null>(null);
  const setReview = useCallback((next: Review | null) => {
    reviewRef.current = next;
    setReviewState(next);
  }, []);
  const [messages, setMessages] = useState<Message[]>([]);
  const [lastRequest, setLastRequest] = useState<ImportRequest | null>(null);
  const [wasSplit, setWasSplit] = useState(false);
  /** Counts extractions, so a new one starts its document forms afresh. */
  const [runId, setRunId] = useState(0);

  const say = (intent: Message["intent"], text: string) => setMessages([{ intent, text }]);

  const extract = async (request: ImportRequest) => {
    setRunning(true);
    setProgress(null);
    setMessages([]);
    setLastRequest(request);
    try {
      const outcome = await runner.run(request, setProgress);
      setReview(outcome.documents.length > 0 ? createReview(outcome.documents) : null);
      setRunId((n) => n + 1);
      setWasSplit(outcome.documents.length + outcome.failures.length > 1);
      setMessages([
        ...outcome.notices.map((text): Message => ({ intent: "info", text })),
        ...outcome.failures.map((f): Message => ({ intent: "warning", text: f.message })),
      ]);
    } catch (e) {
      if (messageOf(e) !== CANCELLED) say("error", messageOf(e));
    } finally {
      setRunning(false);
    }
  };

  /** Applies a review change; returns the reason it was refused, for the row or header that asked. */
  const change = useCallback(
    (update: (r: Review) => Review): string | null => {
      if (!reviewRef.current) return null;
      try {
        setReview(update(reviewRef.current));
        return null;
      } catch (e) {
        return messageOf(e);
      }
    },
    [setReview],
  );
  const onDecide = useCallback(
    (key: string, decision: Decision) => {
      const problem = change((r) => decide(r, key, decision));
      if (problem) setMessages([{ intent: "error", text: problem }]);
    },
    [change],
  );
  const onEdit = useCallback(
    (key: string, patch: Partial<TargetFields> | Partial<ActualFields>) => change((r) => editEntry(r, key, patch)),
    [change],
  );
  const onDocument = useCallback((index: number, patch: Partial<DocumentFields>) => change((r) => setDocument(r, index, patch)), [change]);

  /** The saved workbook layer with `accepted` added (replacing documents imported again). */
  const workbookWith = async (accepted: Catalogue | null): Promise<Catalogue | null> => {
    const stored = await store.load();
    return accepted ? addToWorkbookLayer(stored, accepted) : stored;
  };

  const save = async () => {
    if (!review) return;
    setSaving(true);
    try {
      const accepted = reviewToCatalogue(review);
      const next = (await workbookWith(accepted)) as Catalogue;
      await store.save(next);
      onSaved?.(next);
      say("success", (sessionOnly ? s.savedForSession : s.saved)(accepted.indicators.length, next.indicators.length));
    } catch (e) {
      say("error", messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  const exportJson = async () => {
    try {
      const next = await workbookWith(review && reviewCounts(review).accepted > 0 ? reviewToCatalogue(review) : null);
      if (!next) {
        say("warning", s.nothingToExport);
        return;
      }
      const file = `plantargets-catalogue-${next.version}.json`;
      download(file, JSON.stringify(next, null, 2) + "\n");
      say("success", s.exported(file));
    } catch (e) {
      say("error", messageOf(e));
    }
  };

  const counts = review ? reviewCounts(review) : null;
  const percent = progress ? Math.round((100 * progress.done) / Math.max(1, progress.total)) : 0;

  return (
    <section className={styles.panel} aria-labelledby="import-panel-title">
      <Title3 as="h2" id="import-panel-title">{s.panel}</Title3>
      <p>{s.intro}</p>
      {sessionOnly && (
        <MessageBar intent="warning">
          <MessageBarBody>{s.sessionOnly}</MessageBarBody>
        </MessageBar>
      )}
      <SourceForm s={s} busy={running || saving} onExtract={extract} onError={(text) => say("error", text)} />

      {running && (
        <div className={styles.actions}>
          <Field label={progress ? s.progress(progress.document, progress.documents, percent) : s.progress(1, 1, 0)}>
            <ProgressBar value={percent / 100} max={1} aria-valuetext={`${percent}%`} />
          </Field>
          <Button onClick={() => runner.cancel()}>{s.cancel}</Button>
        </div>
      )}

      <div aria-live="polite">
        {messages.map((m, i) => (
          <MessageBar key={i} intent={m.intent}>
            <MessageBarBody>{m.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>

      {wasSplit && lastRequest && !running && (
        <div className={styles.actions}>
          <Button onClick={() => extract({ ...lastRequest, split: false })}>{s.extractAsOne}</Button>
        </div>
      )}

      {review && counts && (
        <>
          <Title3 as="h3">{s.review}</Title3>
          <div className={styles.actions} role="toolbar" aria-label={s.review}>
            <span>{s.counts(counts.accepted, counts.rejected, counts.pending)}</span>
            <Button onClick={() => setReview(acceptPending(review))} disabled={saving}>
              {s.acceptAll}
            </Button>
            <Button appearance="primary" onClick={save} disabled={saving || counts.accepted === 0}>
              {sessionOnly ? s.saveForSession : s.saveToWorkbook}
            </Button>
            <Button onClick={exportJson} disabled={saving}>
              {s.exportJson}
            </Button>
          </div>
          {review.documents.map((doc, i) => (
            <DocumentReview
              key={`${runId}#${i}`}
              s={s}
              index={i}
              document={doc}
              onDocument={onDocument}
              onDecide={onDecide}
              onEdit={onEdit}
            />
          ))}
        </>
      )}
      {!review && (
        <div className={styles.actions}>
          <Button onClick={exportJson}>{s.exportJson}</Button>
        </div>
      )}
    </section>
  );
}
