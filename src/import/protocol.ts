/**
 * Messages between the pane and the extraction worker, and the worker's side of them. Kept apart
 * from worker.ts so tests can drive the same code without a real worker thread.
 */
import { ImportError } from "./errors";
import { importSteps, type ImportOutcome, type ImportProgress, type ImportRequest } from "./job";

export interface RunMessage {
  type: "run";
  id: number;
  request: ImportRequest;
}

export type WorkerReply =
  | { type: "progress"; id: number; progress: ImportProgress }
  | { type: "done"; id: number; outcome: ImportOutcome }
  | { type: "error"; id: number; message: string };

/** A bug, not bad input, still reaches the user as a bilingual sentence. */
export function failureMessage(e: unknown): string {
  if (e instanceof ImportError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `识别时出错：${detail}。请把这段文字另存为 .txt 后重试，或联系维护者。Extraction failed: ${detail}. Save the text as .txt and try again, or tell the maintainers.`;
}

/** Runs one request, posting progress after every step and then the outcome (or the error). */
export function serveImport(message: RunMessage, post: (reply: WorkerReply) => void): void {
  const { id } = message;
  try {
    const steps = importSteps(message.request);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        post({ type: "done", id, outcome: step.value });
        return;
      }
      post({ type: "progress", id, progress: step.value });
    }
  } catch (e) {
    post({ type: "error", id, message: failureMessage(e) });
  }
}
