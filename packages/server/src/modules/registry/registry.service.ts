import type { AppDeps } from '../../app-deps.ts';
import type { Actor } from '../accounts/actor.ts';
import { listOrganisations } from './organisations.repository.ts';
import { registryReadScope } from './registry.policy.ts';

/** A page of the organisations `actor` may see, as the API shows them. */
export async function browseOrganisations(
  deps: AppDeps,
  actor: Actor,
  filter: { q?: string | undefined; kind?: string | undefined },
  page: { limit: number; offset: number },
) {
  const result = await listOrganisations(deps.db, registryReadScope(actor), filter, page);
  return {
    total: result.total,
    items: result.items.map((o) => ({
      id: o.id,
      name: o.name,
      abbreviation: o.abbreviation,
      kind: o.kind,
      countryCode: o.country_code?.trim() ?? null,
      parentId: o.parent_id,
    })),
  };
}
