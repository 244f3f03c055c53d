import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kopru-config-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const SECRET = 'a-session-secret-of-at-least-32-characters';

/** The ConfigError `loadConfig(env)` throws (fails the test if it throws nothing or something else). */
function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig({ KOPRU_DATA_DIR: tempDir(), ...env }, tempDir());
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('has defaults for everything in embedded mode', () => {
    const cwd = tempDir();
    const config = loadConfig({ KOPRU_WEB_DIST: join(cwd, 'no-web') }, cwd);
    expect(config).toMatchObject({
      port: 3000,
      host: 'localhost',
      databaseUrl: undefined,
      dataDir: join(cwd, 'data'),
      smtpUrl: undefined,
      mailFrom: 'Köprü <no-reply@localhost>',
      demo: true,
      logLevel: 'info',
      trustProxy: false,
      webDist: undefined,
    });
    expect(config.publicUrl.href).toBe('http://localhost:3000/');
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('reads explicit settings, and treats empty strings as unset', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgresql://kopru@db/kopru',
        SESSION_SECRET: SECRET,
        PUBLIC_URL: 'https://kopru.example.org',
        KOPRU_DEMO: 'false',
        TRUST_PROXY: '1',
        LOG_LEVEL: 'warn',
        SMTP_URL: '',
      },
      tempDir(),
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://kopru@db/kopru',
      sessionSecret: SECRET,
      demo: false,
      trustProxy: true,
      logLevel: 'warn',
      smtpUrl: undefined,
    });
    expect(config.publicUrl.origin).toBe('https://kopru.example.org');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'postgres://db/kopru' }, 'SESSION_SECRET'],
    [{ SESSION_SECRET: 'too-short' }, 'SESSION_SECRET'],
    [{ KOPRU_DEMO: 'maybe' }, 'KOPRU_DEMO'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('refuses %o with a message that starts with %s', (env, name) => {
    const error = configError(env);
    expect(error.message.startsWith(`${name}:`)).toBe(true);
    // The message says what is expected, and never repeats a secret.
    expect(error.message.length).toBeGreaterThan(name.length + 10);
    if ('SESSION_SECRET' in env) expect(error.message).not.toContain(env.SESSION_SECRET);
  });

  it('generates the embedded session secret once, readable only by its owner, and reuses it', () => {
    const dataDir = tempDir();
    const first = loadConfig({ KOPRU_DATA_DIR: dataDir }, tempDir());
    const file = join(dataDir, 'session-secret');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.sessionSecret);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(32);
    const second = loadConfig({ KOPRU_DATA_DIR: dataDir }, tempDir());
    expect(second.sessionSecret).toBe(first.sessionSecret);
    // Another data folder gets another secret.
    expect(loadConfig({ KOPRU_DATA_DIR: tempDir() }, tempDir()).sessionSecret).not.toBe(first.sessionSecret);
  });

  it('prefers SESSION_SECRET and writes no file then', () => {
    const dataDir = tempDir();
    expect(loadConfig({ KOPRU_DATA_DIR: dataDir, SESSION_SECRET: SECRET }, tempDir()).sessionSecret).toBe(
      SECRET,
    );
    expect(() => statSync(join(dataDir, 'session-secret'))).toThrow();
  });
});

describe('the server process with a bad setting', () => {
  it('exits with 1 and one line on stderr naming the variable', () => {
    const dataDir = tempDir();
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env: { PATH: process.env.PATH, PORT: 'abc', KOPRU_DATA_DIR: dataDir, SESSION_SECRET: SECRET },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/PORT/);
    expect(result.stderr).not.toContain(SECRET);
    expect(result.stdout).toBe('');
  });
});
