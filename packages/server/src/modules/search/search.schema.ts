import { z } from 'zod';
import type { SearchEntityType } from './search.table.ts';

export const SEARCH_TYPES = [
  'person',
  'organisation',
  'place',
] as const satisfies readonly SearchEntityType[];

/** `GET /api/search` query: `q` (not blank), `types` (comma-separated, absent = all), `limit` 1–50. */
export const SearchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'must not be empty').max(200),
  types: z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(SEARCH_TYPES)).min(1, 'names at least one type'))
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const SearchResultSchema = z.object({
  type: z.enum(SEARCH_TYPES),
  id: z.string(),
  /** The record's primary name exactly as stored. */
  label: z.string(),
  /** nameSimilarity of the query and `matched`, 0–1. */
  score: z.number(),
  /** The stored spelling that matched best. */
  matched: z.string(),
});

export const SearchResponseSchema = z.object({ results: z.array(SearchResultSchema) });

export type SearchResult = z.infer<typeof SearchResultSchema>;
