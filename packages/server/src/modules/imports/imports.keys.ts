import { Worker } from 'node:worker_threads';

/** The spellings of one row, by the row's values (the key under which its keys are kept). */
export interface RowSpellings {
  values: object;
  spellings: string[];
}

type Pending = (keys: string[][][] | undefined) => void;

/**
 * Match keys of the rows after a people batch, computed on a worker thread while the batch is decided
 * and written (ADR 0010): computing them takes a third of the import's own thread on PostgreSQL, and
 * on PGlite that thread also runs the database. The thread starts at the first request, so a file of
 * one batch never starts it. When it cannot start or fails, every answer is `undefined` and the import
 * computes the keys itself: the thread only ever saves time, never changes a key.
 */
export class KeysAhead {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly ahead = new WeakMap<object, Promise<string[][] | undefined>>();

  /** Whether the keys of these values were requested. */
  has(values: object): boolean {
    return this.ahead.has(values);
  }

  /** Sends these rows' spellings to the thread; their keys come back through {@link take}. */
  request(rows: readonly RowSpellings[]): void {
    const worker = rows.length && !this.failed ? this.start() : undefined;
    if (!worker) return;
    const id = this.nextId++;
    const answer = new Promise<string[][][] | undefined>((resolve) => this.pending.set(id, resolve));
    rows.forEach((row, i) => {
      this.ahead.set(
        row.values,
        answer.then((keys) => keys?.[i]),
      );
    });
    worker.postMessage({ id, rows: rows.map((r) => r.spellings) });
  }

  /** The keys of each spelling of the row with these values, or undefined when not computed ahead. */
  async take(values: object): Promise<string[][] | undefined> {
    return this.ahead.get(values);
  }

  /** Stops the thread (the import ends). */
  async close(): Promise<void> {
    this.fail();
    await this.worker?.terminate();
    this.worker = undefined;
  }

  private start(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(new URL('./imports.keys.worker.mjs', import.meta.url));
      worker.on('message', ({ id, keys }: { id: number; keys: string[][][] }) => {
        this.pending.get(id)?.(keys);
        this.pending.delete(id);
      });
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
      // An import that ends without close() (a crash) must not keep the process alive.
      worker.unref();
      this.worker = worker;
    } catch {
      this.fail();
    }
    return this.worker;
  }

  /** Answers every waiting request with undefined and takes no more. */
  private fail(): void {
    this.failed = true;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }
}
