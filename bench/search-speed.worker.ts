// Worker of search-speed.ts: generates one chunk of people or organisations (deterministic per chunk),
// computes the match keys of every spelling with @kopru/turkic, and writes COPY-format files.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { detectScript, matchKeys } from '@kopru/turkic';
import { organisationName, personNames, pick, prng, uuidFrom } from './search-speed.names.ts';

export interface ChunkJob {
  kind: 'people' | 'organisations';
  chunk: number;
  size: number;
  seed: number;
  dir: string;
  /** Organisations that own the owner-only people (loaded by every engine). */
  ownerIds: string[];
}

const row = (...cells: (string | null)[]) => `${cells.map((c) => c ?? '\\N').join('\t')}\n`;
const visibilityOf = (r: number) => (r < 0.9 ? 'public' : r < 0.97 ? 'network' : 'owner');
const scriptOf = (text: string) => {
  const s = detectScript(text);
  return s === 'Latn' || s === 'Cyrl' ? s : 'other';
};

function run(job: ChunkJob): void {
  const random = prng(job.seed * 1_000_003 + job.chunk * 7919 + (job.kind === 'people' ? 1 : 2));
  const records: string[] = [];
  const names: string[] = [];
  const keys: string[] = [];
  for (let i = 0; i < job.size; i++) {
    const id = uuidFrom(random);
    const visibility = visibilityOf(random());
    if (job.kind === 'people') {
      const person = personNames(random);
      records.push(row(id, visibility, visibility === 'owner' ? pick(random, job.ownerIds) : null));
      person.names.forEach((name, n) => {
        const nameId = uuidFrom(random);
        names.push(row(nameId, id, name, scriptOf(name), person.lang, n === 0 ? 't' : 'f'));
        for (const key of matchKeys(name)) keys.push(row('person', id, nameId, key));
      });
    } else {
      const org = organisationName(random);
      records.push(row(id, 'diaspora_org', visibility === 'owner' ? 'public' : visibility));
      const nameId = uuidFrom(random);
      names.push(row(nameId, id, org.lang, org.name, 'official', '0'));
      for (const key of matchKeys(org.name)) keys.push(row('organisation', id, nameId, key));
    }
  }
  const base = join(job.dir, `${job.kind}-${String(job.chunk).padStart(4, '0')}`);
  writeFileSync(`${base}.records.tsv`, records.join(''));
  writeFileSync(`${base}.names.tsv`, names.join(''));
  writeFileSync(`${base}.keys.tsv`, keys.join(''));
}

if (parentPort) {
  parentPort.on('message', (job: ChunkJob) => {
    run(job);
    parentPort?.postMessage(job.chunk);
  });
}
