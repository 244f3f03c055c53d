import type { Generated } from 'kysely';

export type SearchEntityType = 'person' | 'organisation' | 'place';

/** One match key of one stored spelling (person_names, organisation_names or place_names row). */
export interface NameKeysTable {
  id: Generated<number>;
  entity_type: SearchEntityType;
  entity_id: string;
  name_id: string;
  key: string;
}
