export { lowerCase, searchFold, upperCase, usesTurkicCasing } from './folding.ts';
export {
  type CyrillicSystem,
  detectScript,
  type LatinSystem,
  type Script,
  toCyrillic,
  toLatin,
} from './transliterate.ts';
export { phoneticTokens } from './phonetic.ts';
export { type MatchKeyOptions, matchKeys, nameKey, phoneticSkeleton } from './match-keys.ts';
export { bestKeySimilarity, trigramSetSimilarity, trigramSimilarity, trigrams } from './trigram.ts';
export {
  NAME_MATCH_THRESHOLD,
  nameDistance,
  nameSimilarity,
  type PreparedName,
  prepareName,
} from './distance.ts';
