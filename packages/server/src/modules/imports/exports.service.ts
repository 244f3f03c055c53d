import type { Readable } from 'node:stream';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../errors/app-error.ts';
import type { RequestContext } from '../../lib/request-context.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { OrganisationKind, PlaceKind } from '../registry/registry.table.ts';
import { CONTENT_TYPES, type ExportFormat, writeRows } from './exports.format.ts';
import { organisationRows, peopleRows, placeRows } from './exports.rows.ts';
import { COLUMNS, type ImportType } from './imports.columns.ts';

/** The list filters an export accepts (those of the list it exports). */
export interface ExportFilter {
  q?: string | undefined;
  organisation?: string | undefined;
  country?: string | undefined;
  kind?: string | undefined;
  community?: string | undefined;
  verification?: 'submitted' | 'verified' | 'archived' | undefined;
  parent?: string | undefined;
}

const ORGANISATION_KINDS: readonly string[] = ['international_org', 'state_body', 'diaspora_org', 'other'];
const PLACE_KINDS: readonly string[] = ['country', 'region', 'city', 'other'];

function checkKind(kind: string | undefined, allowed: readonly string[]): void {
  if (kind !== undefined && !allowed.includes(kind)) {
    throw new AppError('VALIDATION_FAILED', 'Some fields are not valid.', {
      errors: [{ path: 'querystring.kind', message: `must be one of ${allowed.join(', ')}` }],
    });
  }
}

function rowsOf(deps: AppDeps, ctx: RequestContext, type: ImportType, f: ExportFilter) {
  const { q, country } = f;
  if (type === 'people') return peopleRows(deps.db, ctx.actor, { q, country, organisation: f.organisation });
  if (type === 'organisations') {
    checkKind(f.kind, ORGANISATION_KINDS);
    const kind = f.kind as OrganisationKind | undefined;
    const filter = { q, country, kind, verification: f.verification, parent: f.parent };
    return organisationRows(deps.db, ctx.actor, { ...filter, community: f.community });
  }
  checkKind(f.kind, PLACE_KINDS);
  return placeRows(deps.db, { q, country, kind: f.kind as PlaceKind | undefined });
}

/**
 * A list as a file to download: the rows `ctx.actor` may read (people's email only for those who
 * may see personal data), in the columns of the matching import, streamed. Audited before it
 * starts (`export.created`, with the filters).
 * @throws AppError VALIDATION_FAILED for a kind the list does not have
 */
export async function exportList(
  deps: AppDeps,
  ctx: RequestContext,
  type: ImportType,
  format: ExportFormat,
  filter: ExportFilter,
): Promise<{ filename: string; contentType: string; body: Readable }> {
  const rows = rowsOf(deps, ctx, type, filter);
  await recordAudit(deps.db, ctx, {
    action: 'export.created',
    entityType: 'export',
    entityId: null,
    after: { type, format, filter },
  });
  const date = new Date().toISOString().slice(0, 10);
  return {
    filename: `kopru-${type}-${date}.${format}`,
    contentType: CONTENT_TYPES[format],
    body: writeRows(format, COLUMNS[type], rows),
  };
}
