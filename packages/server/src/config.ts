import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { z } from 'zod';

/** The validated, frozen settings of one Köprü process. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** `undefined` means the embedded PGlite database under `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly sessionSecret: string;
  /** The origin the app is reached at; links in mail and the CSRF origin check use it. */
  readonly publicUrl: URL;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly demo: boolean;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly trustProxy: boolean;
  /** Folder of the built web app; served at `/` when it exists. */
  readonly webDist: string | undefined;
  /** Largest file an upload may be, in bytes (`KOPRU_MAX_UPLOAD_MB`). */
  readonly maxUploadBytes: number;
  /** Days before a planned event that invited participants get a reminder; 0: none (`KOPRU_REMINDER_DAYS`). */
  readonly reminderDays: number;
}

const bool = (name: string) =>
  z
    .enum(['0', '1', 'true', 'false'], { error: `${name} must be 0, 1, true or false` })
    .transform((v) => v === '1' || v === 'true');

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a whole number from 0 to 65535 (0 picks a free port)' })
    .int('PORT must be a whole number from 0 to 65535 (0 picks a free port)')
    .min(0, 'PORT must be a whole number from 0 to 65535 (0 picks a free port)')
    .max(65535, 'PORT must be a whole number from 0 to 65535 (0 picks a free port)')
    .default(3000),
  HOST: z.string().min(1).default('localhost'),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'DATABASE_URL must be a postgres:// URL (unset it for the embedded database)',
    )
    .optional(),
  KOPRU_DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  PUBLIC_URL: z.url({ error: 'PUBLIC_URL must be an absolute http(s) URL' }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Köprü <no-reply@localhost>'),
  KOPRU_DEMO: bool('KOPRU_DEMO').default(true),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  TRUST_PROXY: bool('TRUST_PROXY').default(false),
  KOPRU_WEB_DIST: z.string().optional(),
  KOPRU_MAX_UPLOAD_MB: z.coerce
    .number({ error: 'KOPRU_MAX_UPLOAD_MB must be a number of megabytes, above 0 and at most 1024' })
    .positive('KOPRU_MAX_UPLOAD_MB must be a number of megabytes, above 0 and at most 1024')
    .max(1024, 'KOPRU_MAX_UPLOAD_MB must be a number of megabytes, above 0 and at most 1024')
    .default(25),
  KOPRU_REMINDER_DAYS: z.coerce
    .number({ error: 'KOPRU_REMINDER_DAYS must be a whole number of days from 0 to 60' })
    .int('KOPRU_REMINDER_DAYS must be a whole number of days from 0 to 60')
    .min(0, 'KOPRU_REMINDER_DAYS must be a whole number of days from 0 to 60')
    .max(60, 'KOPRU_REMINDER_DAYS must be a whole number of days from 0 to 60')
    .default(3),
});

/** A configuration problem: the message names the variable and what is expected. */
export class ConfigError extends Error {}

/**
 * Reads and validates the environment once. Empty strings count as unset.
 * @throws ConfigError naming the first bad variable.
 */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  cwd = process.cwd(),
): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new ConfigError(`${name}: ${issue.message.includes(name) ? issue.message : `${issue.message}`}`);
  }
  const e = parsed.data;
  const dataDir = isAbsolute(e.KOPRU_DATA_DIR) ? e.KOPRU_DATA_DIR : resolve(cwd, e.KOPRU_DATA_DIR);
  if (e.DATABASE_URL && !e.SESSION_SECRET) {
    throw new ConfigError('SESSION_SECRET: required (at least 32 characters) when DATABASE_URL is set');
  }
  const publicUrl = new URL(e.PUBLIC_URL ?? `http://localhost:${e.PORT}`);
  if (publicUrl.protocol !== 'http:' && publicUrl.protocol !== 'https:') {
    throw new ConfigError('PUBLIC_URL: must be an absolute http(s) URL');
  }
  const webDist = e.KOPRU_WEB_DIST ?? resolve(import.meta.dirname, '../../web/dist');
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sessionSecret: e.SESSION_SECRET ?? embeddedSecret(dataDir),
    publicUrl,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    demo: e.KOPRU_DEMO,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    webDist: existsSync(join(webDist, 'index.html')) ? webDist : undefined,
    maxUploadBytes: Math.floor(e.KOPRU_MAX_UPLOAD_MB * 1024 * 1024),
    reminderDays: e.KOPRU_REMINDER_DAYS,
  });
}

/** The embedded mode's secret: generated on first start, kept in the data folder (mode 0600). */
function embeddedSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}
