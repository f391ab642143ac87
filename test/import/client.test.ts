import { readFileSync } from "fs";
import { join } from "path";
import { CANCELLED, createExtractionRunner } from "../../src/import/client";
import { runImport, type ImportProgress, type ImportRequest } from "../../src/import/job";
import { serveImport, type RunMessage, type WorkerReply } from "../../src/import/protocol";

const OUTLINE = readFileSync(join(__dirname, "../../seeds/003_6128573e10d0dce7.txt"), "utf8");
/** Ten copies of the outline, the title only once: one document of about five chunks. */
const LONG: ImportRequest = { text: OUTLINE + OUTLINE.slice(OUTLINE.indexOf("\n", 200)).repeat(9), file: "long.txt" };

/** A worker that runs the real worker code (serveImport) on this thread, replying asynchronously. */
class InProcessWorker {
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: Event) => void) | null = null;
  terminated = false;
  received: RunMessage[] = [];

  postMessage(message: RunMessage): void {
    this.received.push(message);
    setTimeout(() =>
      serveImport(message, (reply) =>
        setTimeout(() => {
          if (!this.terminated) this.onmessage?.({ data: reply });
        }),
      ),
    );
  }

  terminate(): void {
    this.terminated = true;
  }
}

function collect() {
  const seen: ImportProgress[] = [];
  return { seen, onProgress: (p: ImportProgress) => seen.push(p) };
}

describe("the extraction runner", () => {
  it("runs on this thread without a worker, reporting progress and letting timers run between chunks", async () => {
    const runner = createExtractionRunner();
    const { seen, onProgress } = collect();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const outcome = await runner.run(LONG, onProgress);
    clearInterval(timer);
    expect(outcome).toEqual(runImport(LONG));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(seen[seen.length - 1].done).toBe(LONG.text.length);
    expect(ticks).toBeGreaterThanOrEqual(seen.length - 1);
  });

  it("relays a worker's progress and outcome", async () => {
    const worker = new InProcessWorker();
    const runner = createExtractionRunner(() => worker as unknown as Worker);
    const { seen, onProgress } = collect();
    const outcome = await runner.run(LONG, onProgress);
    expect(worker.received).toEqual([{ type: "run", id: 1, request: LONG }]);
    expect(outcome).toEqual(runImport(LONG));
    expect(seen.map((p) => p.done)).toEqual(collectSync(LONG));
  });

  it("finishes on this thread when the worker cannot start or fails to load", async () => {
    const throwing = createExtractionRunner(() => {
      throw new ReferenceError("Worker is not defined");
    });
    await expect(throwing.run(LONG)).resolves.toEqual(runImport(LONG));
    const broken = new InProcessWorker();
    broken.postMessage = () => setTimeout(() => broken.onerror?.(new Event("error")));
    const failing = createExtractionRunner(() => broken as unknown as Worker);
    await expect(failing.run(LONG)).resolves.toEqual(runImport(LONG));
    expect(broken.terminated).toBe(true);
  });

  it("passes on the job's clear message", async () => {
    const worker = new InProcessWorker();
    await expect(createExtractionRunner(() => worker as unknown as Worker).run({ text: " ", file: "a.txt" })).rejects.toThrow(
      /没有可识别的文字/,
    );
    await expect(createExtractionRunner().run({ text: " ", file: "a.txt" })).rejects.toThrow(/There is no text to read/);
  });

  it("cancels: the run rejects, the worker is stopped, and the next run gets a fresh worker", async () => {
    const workers: InProcessWorker[] = [];
    const runner = createExtractionRunner(() => {
      workers.push(new InProcessWorker());
      return workers[workers.length - 1] as unknown as Worker;
    });
    const first = runner.run(LONG);
    runner.cancel();
    await expect(first).rejects.toThrow(CANCELLED);
    expect(workers[0].terminated).toBe(true);
    const second = runner.run({ text: OUTLINE, file: "o.txt" });
    const replaced = runner.run(LONG); // a new run replaces the one in progress
    await expect(second).rejects.toThrow(CANCELLED);
    await expect(replaced).resolves.toEqual(runImport(LONG));
    expect(workers).toHaveLength(3);

    const here = createExtractionRunner();
    const cancelled = here.run(LONG);
    here.cancel();
    await expect(cancelled).rejects.toThrow(CANCELLED);
  });
});

function collectSync(request: ImportRequest): number[] {
  const done: number[] = [];
  runImport(request, (p) => done.push(p.done));
  return done;
}
