import { request } from './client';
import type { Country, PlaceDetail, PlaceInput, PlaceItem } from './registry-types';
import type { Page, PageQuery } from './types';

/** Filters of the places list (and of its export). */
export interface PlaceFilter {
  q?: string;
  country?: string;
  kind?: string;
}

/** Every country with its name in `lang` (English when missing) and its OTS status. */
export function listCountries(lang: string): Promise<Page<Country>> {
  return request<Page<Country>>('/api/countries', { query: { lang } });
}

/** Places of the gazetteer matching the filter. */
export function listPlaces(query: PageQuery & PlaceFilter): Promise<Page<PlaceItem>> {
  return request<Page<PlaceItem>>('/api/places', { query: { ...query } });
}

/** One place with all its names, historical ones included. @throws {ApiError} NOT_FOUND. */
export function getPlace(id: string): Promise<PlaceDetail> {
  return request<PlaceDetail>(`/api/places/${encodeURIComponent(id)}`);
}

/** Adds a place to the gazetteer with its names. @throws {ApiError} VALIDATION_FAILED, ALREADY_EXISTS, FORBIDDEN. */
export function createPlace(input: PlaceInput): Promise<PlaceDetail> {
  return request<PlaceDetail>('/api/places', { method: 'POST', body: input });
}

/** Changes a place; `names`, when given, replaces the whole set. @throws {ApiError} VALIDATION_FAILED, NOT_FOUND. */
export function updatePlace(id: string, input: Partial<PlaceInput>): Promise<PlaceDetail> {
  return request<PlaceDetail>(`/api/places/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}
