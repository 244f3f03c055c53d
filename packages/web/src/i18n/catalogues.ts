import type { Language } from './languages';
import en from './locales/en.json';
import meetingsEn from './locales/meetings/en.json';
import messagesEn from './locales/messages/en.json';
import minutesEn from './locales/minutes/en.json';
import periodsEn from './locales/periods/en.json';
import plansEn from './locales/plans/en.json';
import programmesEn from './locales/programmes/en.json';
import reportsEn from './locales/reports/en.json';

/**
 * Feature catalogues: `locales/<feature>/<lang>.json`, merged into the one `translation` namespace
 * under the feature's key (`t('meetings.…')`). Each feature keeps its own files, so work on two
 * features never edits the same catalogue.
 */
export const FEATURES = [
  'meetings',
  'messages',
  'minutes',
  'periods',
  'plans',
  'programmes',
  'reports',
] as const;
type Feature = (typeof FEATURES)[number];

/** A whole catalogue of one language: the core keys and every feature's keys. */
export type Catalogue = typeof en & {
  meetings: typeof meetingsEn;
  messages: typeof messagesEn;
  minutes: typeof minutesEn;
  periods: typeof periodsEn;
  plans: typeof plansEn;
  programmes: typeof programmesEn;
  reports: typeof reportsEn;
};

/** English, bundled: the fallback of every other language. */
export const ENGLISH: Catalogue = {
  ...en,
  meetings: meetingsEn,
  messages: messagesEn,
  minutes: minutesEn,
  periods: periodsEn,
  plans: plansEn,
  programmes: programmesEn,
  reports: reportsEn,
};

type JsonModule = { default: Record<string, unknown> };
const CORE = import.meta.glob<JsonModule>('./locales/*.json');
const FEATURE_FILES = import.meta.glob<JsonModule>('./locales/*/*.json');

/** Fetches a language's core and feature catalogues (each its own chunk of the build) and merges them. */
export async function fetchCatalogue(language: Language): Promise<Catalogue> {
  const load = (files: Record<string, () => Promise<JsonModule>>, path: string) => {
    const file = files[path];
    if (!file) throw new Error(`No catalogue ${path}`);
    return file().then((m) => m.default);
  };
  const [core, ...features] = await Promise.all([
    load(CORE, `./locales/${language}.json`),
    ...FEATURES.map((f) => load(FEATURE_FILES, `./locales/${f}/${language}.json`)),
  ]);
  const merged: Record<string, unknown> = { ...core };
  FEATURES.forEach((feature: Feature, i) => {
    merged[feature] = features[i];
  });
  return merged as Catalogue;
}
