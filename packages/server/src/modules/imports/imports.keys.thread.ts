import { parentPort } from 'node:worker_threads';
import { matchKeys } from '@kopru/turkic';

// Answers each message (a request id and the spellings of some rows) with the match keys of every
// spelling, in the same shape.
parentPort?.on('message', ({ id, rows }: { id: number; rows: string[][] }) => {
  parentPort?.postMessage({ id, keys: rows.map((spellings) => spellings.map((s) => matchKeys(s))) });
});
