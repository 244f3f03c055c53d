import { Worker } from 'node:worker_threads';

/** The spellings of one row, by the row's values (the key under which its keys are kept). */
export interface RowSpellings {
  values: object;
  spellings: string[];
}

/** Fewest rows worth starting the thread for (it takes a few hundred milliseconds to start). */
const START_ROWS = 100;

/**
 * Match keys of the rows after a people batch, computed on a worker thread while the batch is decided
 * and written (ADR 0010): computing them took over a quarter of the import's own thread on PostgreSQL,
 * and on PGlite that thread also runs the database. The import never waits for the thread: a row whose
 * keys have not come back yet (the thread starting, or busy) has them computed by the import, as does
 * every row when the thread cannot start or fails. So the thread only ever saves time and never
 * changes a key. It starts at the first request of START_ROWS rows, so small files never start it.
 */
export class KeysAhead {
  private worker: Worker | undefined;
  private failed = false;
  private nextId = 0;
  /** The rows of each request not answered yet, by request id. */
  private readonly pending = new Map<number, readonly object[]>();
  private readonly requested = new WeakSet<object>();
  private readonly answered = new WeakMap<object, string[][]>();

  /** Whether the keys of these values were requested. */
  has(values: object): boolean {
    return this.requested.has(values);
  }

  /** Sends these rows' spellings to the thread; their keys come back through {@link take}. */
  request(rows: readonly RowSpellings[]): void {
    if (this.failed || !rows.length || (!this.worker && rows.length < START_ROWS)) return;
    const worker = this.start();
    if (!worker) return;
    const id = this.nextId++;
    this.pending.set(
      id,
      rows.map((r) => r.values),
    );
    for (const row of rows) this.requested.add(row.values);
    worker.postMessage({ id, rows: rows.map((r) => r.spellings) });
  }

  /** The keys of each spelling of the row with these values, if the thread has answered already. */
  take(values: object): string[][] | undefined {
    return this.answered.get(values);
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
        const rows = this.pending.get(id) ?? [];
        this.pending.delete(id);
        rows.forEach((values, i) => {
          const rowKeys = keys[i];
          if (rowKeys) this.answered.set(values, rowKeys);
        });
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

  /** Takes no more requests; answers still on their way are dropped. */
  private fail(): void {
    this.failed = true;
    this.pending.clear();
  }
}
