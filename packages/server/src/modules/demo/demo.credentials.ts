import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { randomToken } from '../../lib/secrets.ts';
import { hashPassword } from '../accounts/passwords.ts';
import type { DemoAccount } from './network.data.ts';

/** A demo account with its freshly generated password (known only until it is printed and filed). */
export interface DemoCredential {
  readonly account: DemoAccount;
  readonly password: string;
  readonly passwordHash: string;
}

/** A random password for each account: 18 random bytes, so 24 URL-safe characters (144 bits). */
export async function generateCredentials(accounts: readonly DemoAccount[]): Promise<DemoCredential[]> {
  return Promise.all(
    accounts.map(async (account) => {
      const password = randomToken('', 18);
      return { account, password, passwordHash: await hashPassword(password) };
    }),
  );
}

/** The lines `ROLE EMAIL PASSWORD`, one per account. */
export function credentialLines(credentials: readonly DemoCredential[]): string[] {
  return credentials.map((c) => `${c.account.label} ${c.account.email} ${c.password}`);
}

/**
 * Writes the accounts file readable by its owner only (mode 0600), replacing any earlier one
 * whole: it is written beside and renamed, so it is never seen half-written.
 */
export function writeCredentialsFile(file: string, credentials: readonly DemoCredential[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  writeFileSync(partial, `${credentialLines(credentials).join('\n')}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}

/** The boxed block shown once on the console at first start. */
export function credentialsBox(credentials: readonly DemoCredential[], file: string): string {
  const lines = [
    'Köprü demo accounts — shown only this once',
    '',
    ...credentialLines(credentials),
    '',
    `Also saved (readable by you only) in ${file}`,
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const rule = '─'.repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((l) => `│ ${l.padEnd(width)} │`), `└${rule}┘`, ''].join('\n');
}
