/** The addresses of the meetings pages. */
export const CALENDAR_PATH = '/meetings';
export const SERIES_PATH = '/meetings/series';
export const EVENTS_PATH = '/meetings/events';

export const seriesPath = (id: string) => `${SERIES_PATH}/${encodeURIComponent(id)}`;
export const eventPath = (id: string) => `${EVENTS_PATH}/${encodeURIComponent(id)}`;
