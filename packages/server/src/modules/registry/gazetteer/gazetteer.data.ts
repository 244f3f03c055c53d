import { GAZETTEER_CITIES } from './cities.data.ts';
import { GAZETTEER_COUNTRIES, TRNC_REGION } from './countries.data.ts';
import type { GazetteerPlace } from './gazetteer.types.ts';

export { GAZETTEER_CITIES } from './cities.data.ts';
export { GAZETTEER_COUNTRIES, TRNC_REGION } from './countries.data.ts';
export * from './gazetteer.types.ts';

/** Every place of the reference gazetteer, each after its parent. */
export const GAZETTEER: readonly GazetteerPlace[] = [
  ...GAZETTEER_COUNTRIES,
  TRNC_REGION,
  ...GAZETTEER_CITIES,
];
