import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { diffParagraphs } from './minutes.diff.ts';
import { type MinutesContext, readableMinutes } from './minutes.context.ts';
import { canSeeWorkings } from './minutes.policy.ts';
import { presentVersion, presentVersionSummary } from './minutes.presenter.ts';
import { findVersion, listVersions } from './minutes.repository.ts';

// The history of the minutes: every version with who, when and why, and the difference between
// any two. Only editors and delegations see it; other readers see the adopted text alone.

async function withWorkings(deps: AppDeps, ctx: RequestContext, id: string): Promise<MinutesContext> {
  const context = await readableMinutes(deps.db, ctx.actor, id);
  if (!canSeeWorkings(context.part, context.minutes.status)) throw notFound('The history of the minutes');
  return context;
}

/** Every version, oldest first, without text. @throws AppError NOT_FOUND */
export async function browseVersions(deps: AppDeps, ctx: RequestContext, id: string) {
  await withWorkings(deps, ctx, id);
  const items = (await listVersions(deps.db, id)).map(presentVersionSummary);
  return { items, total: items.length };
}

async function version(deps: AppDeps, id: string, number: number) {
  const v = await findVersion(deps.db, id, number);
  if (!v) throw notFound(`Version ${number}`);
  return v;
}

/** One version with its text. @throws AppError NOT_FOUND */
export async function showVersion(deps: AppDeps, ctx: RequestContext, id: string, number: number) {
  await withWorkings(deps, ctx, id);
  return presentVersion(await version(deps, id, number));
}

/** The paragraph- and word-level difference from version `from` to version `to`. @throws AppError NOT_FOUND */
export async function diffVersions(deps: AppDeps, ctx: RequestContext, id: string, from: number, to: number) {
  await withWorkings(deps, ctx, id);
  const [a, b] = [await version(deps, id, from), await version(deps, id, to)];
  const languages = [...new Set([...b.languages, ...a.languages])];
  return { from, to, languages, paragraphs: diffParagraphs(a.paragraphs, b.paragraphs, languages) };
}
