/**
 * CPU-bound work spread over worker threads, one per core: the main thread of a
 * build runs JavaScript on one core, and work such as drawing thousands of PDFs
 * would leave the others idle. A module becomes a worker by calling `serveWorker`
 * with its handler; `workerPool` starts the threads on the first task only, so a
 * night with nothing to do starts none.
 */
import os from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

interface Task {
  id: number;
  input: unknown;
}
type Answer = { id: number; result: unknown } | { id: number; error: string };

export interface WorkerPool<In, Out> {
  /** `input` handled by one of the threads (structured-cloned both ways: a Buffer comes back a Uint8Array). */
  run(input: In): Promise<Out>;
  /** Stops the threads; tasks still running are rejected. */
  close(): Promise<void>;
}

export function workerPool<In, Out>(module: URL, size = os.availableParallelism()): WorkerPool<In, Out> {
  const pending = new Map<number, { resolve: (value: Out) => void; reject: (error: Error) => void; worker: Worker }>();
  const workers: Worker[] = [];
  let nextId = 0;

  const start = (): Worker => {
    const worker = new Worker(module);
    worker.on('message', (answer: Answer) => {
      const task = pending.get(answer.id);
      if (!task) return;
      pending.delete(answer.id);
      if ('error' in answer) task.reject(new Error(answer.error));
      else task.resolve(answer.result as Out);
    });
    // A thread that dies takes its tasks with it; the others go on.
    worker.on('error', (error: Error) => {
      for (const [id, task] of pending) {
        if (task.worker !== worker) continue;
        pending.delete(id);
        task.reject(error);
      }
      workers.splice(workers.indexOf(worker), 1);
    });
    workers.push(worker);
    return worker;
  };
  const inFlight = (worker: Worker) => [...pending.values()].filter((task) => task.worker === worker).length;

  return {
    run(input) {
      const idle = workers.find((worker) => inFlight(worker) === 0);
      const worker = idle ?? (workers.length < size ? start() : workers.reduce((a, b) => (inFlight(b) < inFlight(a) ? b : a)));
      const id = nextId++;
      return new Promise<Out>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, input } satisfies Task);
      });
    },
    async close() {
      const stopping = workers.splice(0).map((worker) => worker.terminate());
      await Promise.all(stopping);
      for (const task of pending.values()) task.reject(new Error('worker pool closed'));
      pending.clear();
    },
  };
}

/** Makes the calling module a worker of a `workerPool`: each task's input goes to `handle`, its result back. */
export function serveWorker<In, Out>(handle: (input: In) => Promise<Out>): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorker: not running in a worker thread');
  port.on('message', async ({ id, input }: Task) => {
    try {
      port.postMessage({ id, result: await handle(input as In) } satisfies Answer);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Answer);
    }
  });
}
