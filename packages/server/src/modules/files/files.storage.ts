import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Config } from '../../config.ts';
import { limitBytes } from '../imports/imports.reader.ts';

// The bytes of uploaded files, under `<data folder>/files/`: `ab/cd/<uuid>` for stored files and
// `incoming/` for uploads still arriving. Incoming files are written in the same tree, not the
// system's temporary folder, so that keeping one is a rename on one file system (atomic), never a
// copy. Several app servers need this folder on a shared volume (ADR 0011).

/** The root folder of stored files for these settings. */
export const filesRoot = (config: Pick<Config, 'dataDir'>) => join(config.dataDir, 'files');

/** The server-made storage key of a file id: two levels of folders keep each folder small. */
export const storageKeyOf = (id: string) => `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;

const pathOf = (root: string, key: string) => join(root, ...key.split('/'));

/** An upload received into `incoming/`, with what was measured while it streamed. */
export interface Received {
  path: string;
  size: number;
  sha256: string;
}

async function* hashing(source: AsyncIterable<Uint8Array>, hash: ReturnType<typeof createHash>) {
  for await (const chunk of source) {
    hash.update(chunk);
    yield chunk;
  }
}

/**
 * Streams `source` into a new file under `incoming/`, at most `limit` bytes, hashing as it goes.
 * On any failure (the limit, a broken request) the partial file is removed before the error
 * is rethrown, so a refused upload leaves nothing behind.
 * @throws AppError PAYLOAD_TOO_LARGE past `limit`; the source's own errors
 */
export async function receiveUpload(
  root: string,
  source: AsyncIterable<Uint8Array>,
  limit: number,
): Promise<Received> {
  const dir = join(root, 'incoming');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${randomUUID()}.part`);
  const hash = createHash('sha256');
  let size = 0;
  const counted = async function* () {
    for await (const chunk of hashing(limitBytes(source, limit).chunks, hash)) {
      size += chunk.length;
      yield chunk;
    }
  };
  try {
    await pipeline(counted(), createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (error) {
    await discardUpload(path);
    throw error;
  }
  return { path, size, sha256: hash.digest('hex') };
}

/** Removes a received upload that will not be kept (no error if it is gone). */
export async function discardUpload(path: string): Promise<void> {
  await rm(path, { force: true });
}

/** Moves a received upload to its place under `key` (a rename: atomic, no copy). */
export async function keepUpload(root: string, path: string, key: string): Promise<void> {
  const target = pathOf(root, key);
  await mkdir(join(target, '..'), { recursive: true, mode: 0o700 });
  await rename(path, target);
}

/** Removes a stored file's bytes (no error if they are gone). */
export async function removeStored(root: string, key: string): Promise<void> {
  await rm(pathOf(root, key), { force: true });
}

/** A stream of a stored file's bytes, or undefined when they are missing from the disk. */
export async function openStored(root: string, key: string): Promise<ReadStream | undefined> {
  const path = pathOf(root, key);
  try {
    await stat(path);
  } catch {
    return undefined;
  }
  return createReadStream(path);
}
