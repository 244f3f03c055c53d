import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { SECRETARIAT_ROLES } from '../auth/permissions';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { CalendarPage } from './CalendarPage';
import { EventFormPage } from './EventFormPage';
import { EventPage } from './EventPage';
import { SeriesFormPage } from './SeriesFormPage';
import { SeriesListPage } from './SeriesListPage';
import { SeriesPage } from './SeriesPage';

const editors = (page: ReactNode) => <RequireAuth roles={EDITOR_ROLES}>{page}</RequireAuth>;
const secretariat = (page: ReactNode) => <RequireAuth roles={SECRETARIAT_ROLES}>{page}</RequireAuth>;

/**
 * The meetings' routes, to be placed among the app's routes. Reading is open (the server filters
 * by visibility); forms need a role that may write, and the server decides per record.
 */
export function meetingsRoutes() {
  return (
    <>
      <Route path="/meetings" element={<CalendarPage />} />
      <Route path="/meetings/series" element={<SeriesListPage />} />
      <Route path="/meetings/series/new" element={secretariat(<SeriesFormPage />)} />
      <Route path="/meetings/series/:id" element={<SeriesPage />} />
      <Route path="/meetings/series/:id/edit" element={secretariat(<SeriesFormPage />)} />
      <Route path="/meetings/events/new" element={editors(<EventFormPage />)} />
      <Route path="/meetings/events/:id" element={<EventPage />} />
      <Route path="/meetings/events/:id/edit" element={editors(<EventFormPage />)} />
    </>
  );
}
