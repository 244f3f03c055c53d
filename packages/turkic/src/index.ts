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
export {
  type MatchKeyOptions,
  matchKeyParts,
  matchKeys,
  nameKey,
  phoneticSkeleton,
  wordRotations,
} from './match-keys.ts';
export { bestKeySimilarity, trigramSetSimilarity, trigramSimilarity, trigrams } from './trigram.ts';
export {
  MIN_PREFIX_LENGTH,
  NAME_MATCH_THRESHOLD,
  nameDistance,
  nameSimilarity,
  PARTIAL_MATCH_MAX,
  PREFIX_MATCH_MAX,
  type PreparedName,
  partialNameSimilarity,
  prepareName,
} from './distance.ts';
