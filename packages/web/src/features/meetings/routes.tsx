import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { CalendarPage } from './CalendarPage';
import { EventFormPage } from './EventFormPage';
import { EventPage } from './EventPage';
import { CALENDAR_PATH } from './paths';
import { SeriesFormPage } from './SeriesFormPage';
import { SeriesListPage } from './SeriesListPage';
import { SeriesPage } from './SeriesPage';

const editors = (page: ReactNode) => <RequireAuth roles={EDITOR_ROLES}>{page}</RequireAuth>;

/**
 * The meetings' routes, to be placed among the app's routes. Reading is open (the server filters
 * by visibility); forms need a role that may write, and the server decides per record.
 */
export function meetingsRoutes() {
  return (
    <>
      <Route path={CALENDAR_PATH} element={<CalendarPage />} />
      <Route path="/series" element={<SeriesListPage />} />
      <Route path="/series/new" element={editors(<SeriesFormPage />)} />
      <Route path="/series/:id" element={<SeriesPage />} />
      <Route path="/series/:id/edit" element={editors(<SeriesFormPage />)} />
      <Route path="/events/new" element={editors(<EventFormPage />)} />
      <Route path="/events/:id" element={<EventPage />} />
      <Route path="/events/:id/edit" element={editors(<EventFormPage />)} />
    </>
  );
}
