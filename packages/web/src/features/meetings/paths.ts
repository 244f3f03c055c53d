/** The addresses of the meetings pages. */
export const CALENDAR_PATH = '/meetings';
// Events and series have the addresses the server's mails and feeds link to (`/events/:id`).
export const SERIES_PATH = '/series';
export const EVENTS_PATH = '/events';

export const seriesPath = (id: string) => `${SERIES_PATH}/${encodeURIComponent(id)}`;
export const eventPath = (id: string) => `${EVENTS_PATH}/${encodeURIComponent(id)}`;
