/**
 * The extraction worker: runs src/extract off the pane's UI thread, so a 5 MB paste shows progress
 * and the pane stays responsive. Bundled by webpack from workerFactory.ts.
 */
import { serveImport, type RunMessage, type WorkerReply } from "./protocol";

/** The worker global, typed by hand: the project's lib is DOM, which cannot be mixed with WebWorker. */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<RunMessage>) => void) | null;
  postMessage(reply: WorkerReply): void;
};

scope.onmessage = (event) => serveImport(event.data, (reply) => scope.postMessage(reply));
