import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock.ts';
import { openDatabase } from './database.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-lock-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the data folder lock', () => {
  it('refuses a second open of a PGlite data folder until the first is closed', async () => {
    const dir = tempDir();
    const first = await openDatabase({ dataDir: dir });
    await expect(openDatabase({ dataDir: dir })).rejects.toThrow(/in use by process/);
    expect(readFileSync(join(dir, 'kopru.lock'), 'utf8')).toBe(String(process.pid));
    await first.close();
    expect(existsSync(join(dir, 'kopru.lock'))).toBe(false);
    const again = await openDatabase({ dataDir: dir });
    await again.close();
  });

  it('refuses a folder another live process holds', () => {
    const dir = tempDir();
    // The parent of this test process is alive for as long as the test runs.
    writeFileSync(join(dir, 'kopru.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.ppid}`);
  });

  it('takes over the lock of a process that is gone (kill -9, a crash)', () => {
    const dir = tempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    writeFileSync(join(dir, 'kopru.lock'), gone.stdout.toString());
    const release = lockDataDir(dir);
    expect(readFileSync(join(dir, 'kopru.lock'), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(join(dir, 'kopru.lock'))).toBe(false);
  });
});
