import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { GAZETTEER_CITIES } from '../registry/gazetteer/gazetteer.data.ts';
import { placeIdsBySlug } from '../registry/gazetteer/gazetteer.repository.ts';
import { insertOrganisation } from '../registry/organisations.repository.ts';
import type { LocalizedText } from '../registry/registry.table.ts';
import { replaceNameKeys } from '../search/name-keys.repository.ts';
import { insertContacts, organisationSpellings } from './demo.repository.ts';
import {
  DEMO_DIASPORA_ORGANISATIONS,
  type DemoDiasporaOrganisation,
  type DiasporaCommunity,
} from './diaspora.data.ts';

const COMMUNITY_EN: Readonly<Record<DiasporaCommunity, string>> = {
  az: 'Azerbaijani',
  tr: 'Turkish',
  kk: 'Kazakh',
  ky: 'Kyrgyz',
  uz: 'Uzbek',
  tk: 'Turkmen',
};

const CITIES = new Map(GAZETTEER_CITIES.map((c) => [c.slug, c]));

/** The gazetteer city of a demo organisation: its country code and English name. */
export function cityOf(org: Pick<DemoDiasporaOrganisation, 'slug' | 'city'>) {
  const city = CITIES.get(org.city);
  const name = city?.names.find((n) => n.lang === 'en' && !n.type)?.name;
  if (!city?.countryCode || !name)
    throw new Error(`demo data: ${org.slug} is in an unknown city ${org.city}`);
  return { countryCode: city.countryCode, name };
}

/** Recomputes the match keys of an organisation from its stored names (and abbreviations). */
export async function keyOrganisation(trx: Kysely<Database>, id: string): Promise<void> {
  await replaceNameKeys(trx, 'organisation', id, await organisationSpellings(trx, id));
}

/**
 * Inserts the demo diaspora organisations (those in `only`, or all), each with its names, match
 * keys and, for some, example.org contacts; `orgIds` must hold every curating body. Returns how
 * many it inserted.
 */
export async function loadDiasporaOrganisations(
  trx: Kysely<Database>,
  orgIds: ReadonlyMap<string, string>,
  only?: ReadonlySet<string>,
): Promise<number> {
  const wanted = DEMO_DIASPORA_ORGANISATIONS.filter((o) => !only || only.has(o.slug));
  const places = await placeIdsBySlug(trx, [...new Set(wanted.map((o) => o.city))]);
  for (const org of wanted) {
    const city = cityOf(org);
    const curator = orgIds.get(org.curator);
    if (!curator) throw new Error(`demo data: ${org.slug} needs its curator ${org.curator}`);
    const website = org.contacts ? `https://example.org/${org.slug}` : null;
    const row = await insertOrganisation(
      trx,
      {
        slug: org.slug,
        kind: 'diaspora_org',
        owner_org_id: curator,
        country_code: city.countryCode,
        city: city.name,
        place_id: places.get(org.city) ?? null,
        founded_year: org.foundedYear ?? null,
        website,
        visibility: org.visibility,
        communities: [org.community],
        verification: org.verification,
        last_verified_on: org.lastVerifiedOn ?? null,
        description: JSON.stringify(describe(org, city.name)),
      },
      [...org.names],
    );
    await keyOrganisation(trx, row.id);
    if (website)
      await insertContacts(trx, [
        {
          entity_type: 'organisation',
          entity_id: row.id,
          kind: 'website',
          value: website,
          visibility: 'public',
        },
        {
          entity_type: 'organisation',
          entity_id: row.id,
          kind: 'email',
          value: `${org.slug}@example.org`,
          label: 'General enquiries',
          visibility: 'public',
        },
      ]);
  }
  return wanted.length;
}

function describe(org: DemoDiasporaOrganisation, city: string): LocalizedText {
  const value =
    `Demo record: a fictitious ${COMMUNITY_EN[org.community]} diaspora organisation in ${city}, ` +
    'made up to try Köprü out. It is not a real body.';
  return { en: { value, status: 'original' } };
}
