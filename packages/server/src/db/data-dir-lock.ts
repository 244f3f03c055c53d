import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// PGlite lets one process (one instance) use a data folder; a second `npm start` on the same folder
// would corrupt it. The lock is a file holding the owner's process id, created exclusively; a lock
// whose process is gone (kill -9, a crash) is taken over.

/** Data folders this process holds, so a second open in the same process is refused too. */
const held = new Set<string>();

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the lock of a data folder (`<dir>/kopru.lock`); returns the function that releases it.
 * @throws Error naming the process that holds the folder
 */
export function lockDataDir(dir: string): () => void {
  const path = join(dir, 'kopru.lock');
  if (held.has(path)) throw inUse(dir, process.pid);
  try {
    writeFileSync(path, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number.parseInt(readFileSync(path, 'utf8'), 10);
    if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) throw inUse(dir, owner);
    writeFileSync(path, String(process.pid), { mode: 0o600 });
  }
  held.add(path);
  return () => {
    if (!held.delete(path)) return;
    try {
      if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
}

const inUse = (dir: string, pid: number) =>
  new Error(
    `The data folder ${dir} is in use by process ${pid} (another Köprü?). Stop it, or set KOPRU_DATA_DIR to another folder.`,
  );
