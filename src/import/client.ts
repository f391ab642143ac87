/**
 * The pane's side of extraction: hands a request to the worker and relays its progress. Where no
 * worker can be started (tests, a host without Worker, a worker that failed to load), the same
 * steps run on this thread, pausing between chunks so the pane can still paint its progress bar.
 */
import { ImportError } from "./errors";
import { importSteps, type ImportOutcome, type ImportProgress, type ImportRequest } from "./job";
import { failureMessage, type RunMessage, type WorkerReply } from "./protocol";

export type WorkerFactory = () => Worker;

export interface ExtractionRunner {
  /** Starting a new run cancels the one in progress. */
  run(request: ImportRequest, onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome>;
  /** Stops the run in progress; its promise rejects with CANCELLED. */
  cancel(): void;
  dispose(): void;
}

export const CANCELLED = "已取消识别。Extraction cancelled.";

interface Pending {
  id: number;
  resolve: (o: ImportOutcome) => void;
  reject: (e: Error) => void;
  onProgress?: (p: ImportProgress) => void;
  request: ImportRequest;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

class Runner implements ExtractionRunner {
  private worker: Worker | null = null;
  private workerFailed = false;
  private pending: Pending | null = null;
  private lastId = 0;

  constructor(private readonly createWorker: WorkerFactory | null) {}

  run(request: ImportRequest, onProgress?: (p: ImportProgress) => void): Promise<ImportOutcome> {
    this.cancel();
    return new Promise<ImportOutcome>((resolve, reject) => {
      const task: Pending = { id: ++this.lastId, resolve, reject, onProgress, request };
      this.pending = task;
      const worker = this.ensureWorker();
      if (worker) worker.postMessage({ type: "run", id: task.id, request } satisfies RunMessage);
      else void this.runHere(task);
    });
  }

  cancel(): void {
    const task = this.pending;
    if (!task) return;
    this.pending = null;
    // A worker busy with a long chunk cannot be interrupted by a message; stop it, start a fresh one next run.
    this.worker?.terminate();
    this.worker = null;
    task.reject(new ImportError(CANCELLED));
  }

  dispose(): void {
    this.cancel();
    this.worker?.terminate();
    this.worker = null;
  }

  private ensureWorker(): Worker | null {
    if (this.worker || this.workerFailed || !this.createWorker) return this.worker;
    try {
      const worker = this.createWorker();
      worker.onmessage = (e: MessageEvent<WorkerReply>) => this.onReply(e.data);
      worker.onerror = (e: Event) => this.onWorkerFailure(e);
      this.worker = worker;
    } catch {
      this.workerFailed = true; // no Worker in this host, or the script is blocked
    }
    return this.worker;
  }

  private onReply(reply: WorkerReply): void {
    const task = this.pending;
    if (!task || task.id !== reply.id) return;
    if (reply.type === "progress") {
      task.onProgress?.(reply.progress);
      return;
    }
    this.pending = null;
    if (reply.type === "done") task.resolve(reply.outcome);
    else task.reject(new ImportError(reply.message));
  }

  /** The worker script could not load or crashed: finish the run here and stop using workers. */
  private onWorkerFailure(e: Event): void {
    e.preventDefault(); // handled here: not an uncaught error in the console
    this.worker?.terminate();
    this.worker = null;
    this.workerFailed = true;
    if (this.pending) void this.runHere(this.pending);
  }

  private async runHere(task: Pending): Promise<void> {
    try {
      const steps = importSteps(task.request);
      for (;;) {
        await nextTask(); // let the pane paint before each chunk
        if (this.pending !== task) return; // cancelled or replaced
        const step = steps.next();
        if (step.done) {
          this.pending = null;
          task.resolve(step.value);
          return;
        }
        task.onProgress?.(step.value);
      }
    } catch (e) {
      if (this.pending === task) {
        this.pending = null;
        task.reject(new ImportError(failureMessage(e)));
      }
    }
  }
}

/** `createWorker` null or absent → extraction runs on this thread. */
export function createExtractionRunner(createWorker: WorkerFactory | null = null): ExtractionRunner {
  return new Runner(createWorker);
}
