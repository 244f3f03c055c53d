import { buildMeetingsWorld, type MeetingsWorld } from '../meetings/meetings.fixtures.ts';

// The plans tests' world: the meetings world (the secretariat, agencies A and B, one caller per
// kind of actor, Baku), and a plan of the secretariat with the given visibility.

export interface PlansWorld extends MeetingsWorld {
  /** Creates a plan as the secretariat; returns its id. */
  plan(visibility?: 'public' | 'network' | 'owner', extra?: object): Promise<string>;
  /** Adds an item to a plan as the secretariat; returns it. */
  item(planId: string, body: object): Promise<{ id: string; code: string; progress: number }>;
}

/** Builds the world on a fresh test app. */
export async function buildPlansWorld(): Promise<PlansWorld> {
  const w = await buildMeetingsWorld();
  return {
    ...w,
    plan: async (visibility = 'public', extra = {}) =>
      (
        await w.ok('secretariat', 'POST', '/api/plans', {
          title: { en: 'Joint Action Plan 2019', az: 'Birgə Fəaliyyət Planı 2019' },
          periodStart: '2019-01-01',
          periodEnd: '2019-12-31',
          visibility,
          ...extra,
        })
      ).id,
    item: (planId, body) =>
      w.ok('secretariat', 'POST', `/api/plans/${planId}/items`, { title: { en: 'Item' }, ...body }),
  };
}
