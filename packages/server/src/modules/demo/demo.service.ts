import type { Logger } from 'pino';
import type { AppDeps } from '../../app-deps.ts';

/** Placeholder until the demo loader lands: loads nothing. */
export async function seedDemoData(_deps: AppDeps, _log: Logger): Promise<void> {}
