import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The roles the demo loader writes to `demo-accounts.txt`, one account each. */
export type DemoRole = 'secretariat' | 'agency-admin' | 'agency-editor' | 'agency-editor-tr' | 'org-rep';

export interface DemoAccount {
  role: DemoRole;
  email: string;
  password: string;
}

/** The name of the Azerbaijani state body the demo agency admin and editor belong to. */
export const AZ_AGENCY = 'State Committee on Work with Diaspora';

function accountsFile(): string {
  const dataDir = process.env.KOPRU_E2E_DATA_DIR;
  if (!dataDir) throw new Error('KOPRU_E2E_DATA_DIR is not set: run the tests through playwright.config.ts');
  return join(dataDir, 'demo-accounts.txt');
}

/**
 * Reads the demo accounts the server wrote on its first start (`ROLE EMAIL PASSWORD` per line; blank
 * lines and `#` comments skipped; the password is the rest of the line).
 * @throws Error when the file is missing or has no usable line.
 */
export function readDemoAccounts(): Map<DemoRole, DemoAccount> {
  const file = accountsFile();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(
      `${file} could not be read (${(error as Error).message}). The server's demo loader ` +
        '(packages/server/src/modules/demo) writes it on first start when KOPRU_DEMO=1.',
    );
  }
  const accounts = new Map<DemoRole, DemoAccount>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(\S+)\s+(\S+)\s+(.+)$/.exec(line);
    if (!match) throw new Error(`${file}: cannot read the line "${line}"`);
    const [, role, email, password] = match as unknown as [string, DemoRole, string, string];
    accounts.set(role, { role, email, password });
  }
  if (accounts.size === 0) throw new Error(`${file} lists no accounts`);
  return accounts;
}

/**
 * The demo account with `role`.
 * @throws Error when the file does not list it.
 */
export function demoAccount(role: DemoRole): DemoAccount {
  const account = readDemoAccounts().get(role);
  if (!account) throw new Error(`demo-accounts.txt has no "${role}" line`);
  return account;
}
