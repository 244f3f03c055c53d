import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AccountPage } from './features/account/AccountPage';
import { AccountsAdminPage } from './features/admin-accounts/AccountsAdminPage';
import { AuditPage } from './features/admin-audit/AuditPage';
import { InvitationsAdminPage } from './features/admin-invitations/InvitationsAdminPage';
import { OutboxDetailPage } from './features/admin-outbox/OutboxDetailPage';
import { OutboxListPage } from './features/admin-outbox/OutboxListPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { InvitationPage } from './features/auth/InvitationPage';
import { ACCOUNT_ADMIN_ROLES, INVITATION_ADMIN_ROLES, SECRETARIAT_ROLES } from './features/auth/permissions';
import { RequireAuth } from './features/auth/RequireAuth';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { SignInPage } from './features/auth/SignInPage';
import { DuplicatesPage } from './features/duplicates/DuplicatesPage';
import { ComingSoonPage } from './features/home/ComingSoonPage';
import { HomePage } from './features/home/HomePage';
import { MODULES } from './features/home/modules';
import { NotFoundPage } from './features/home/NotFoundPage';
import { ImportPage } from './features/imports/ImportPage';
import { meetingsRoutes } from './features/meetings/routes';
import { plansRoutes } from './features/plans/routes';
import { messagesRoutes } from './features/messages/routes';
import { programmesRoutes } from './features/programmes/routes';
import { CompiledDecisionsPage } from './features/minutes/CompiledDecisionsPage';
import { MinutesPage } from './features/minutes/MinutesPage';
import { MinutesPrintPage } from './features/minutes/MinutesPrintPage';
import { OrganisationFormPage } from './features/registry/OrganisationFormPage';
import { OrganisationListPage } from './features/registry/OrganisationListPage';
import { OrganisationPage } from './features/registry/OrganisationPage';
import { PersonFormPage } from './features/registry/PersonFormPage';
import { PersonListPage } from './features/registry/PersonListPage';
import { PersonPage } from './features/registry/PersonPage';
import { PlaceFormPage } from './features/registry/PlaceFormPage';
import { PlaceListPage } from './features/registry/PlaceListPage';
import { PlacePage } from './features/registry/PlacePage';
import { reportsRoutes } from './features/reports/routes';
import { RegistryHubPage } from './features/registry/RegistryHubPage';
import { EDITOR_ROLES } from './features/registry/registry-permissions';
import { SearchPage } from './features/search/SearchPage';
import { Shell } from './Shell';

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;
const editors = (page: ReactNode) => <RequireAuth roles={EDITOR_ROLES}>{page}</RequireAuth>;

/** Every route of the app. Access checks here are for convenience; the server enforces them. */
export function App() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/invitations/:token" element={<InvitationPage />} />
        <Route index element={signedIn(<HomePage />)} />
        {/* The registry and search are readable by anyone; the server filters by visibility. */}
        <Route path="/search" element={<SearchPage />} />
        <Route path="/registry" element={<RegistryHubPage />} />
        <Route path="/registry/organisations" element={<OrganisationListPage />} />
        <Route path="/registry/organisations/new" element={editors(<OrganisationFormPage />)} />
        <Route path="/registry/organisations/:id" element={<OrganisationPage />} />
        <Route path="/registry/organisations/:id/edit" element={signedIn(<OrganisationFormPage />)} />
        <Route path="/registry/people" element={<PersonListPage />} />
        <Route path="/registry/people/new" element={editors(<PersonFormPage />)} />
        <Route path="/registry/people/:id" element={<PersonPage />} />
        <Route path="/registry/people/:id/edit" element={signedIn(<PersonFormPage />)} />
        <Route path="/registry/places" element={<PlaceListPage />} />
        <Route path="/registry/places/new" element={editors(<PlaceFormPage />)} />
        <Route path="/registry/places/:id" element={<PlacePage />} />
        <Route path="/registry/places/:id/edit" element={editors(<PlaceFormPage />)} />
        <Route path="/registry/import" element={editors(<ImportPage />)} />
        <Route path="/registry/duplicates" element={editors(<DuplicatesPage />)} />
        {meetingsRoutes()}
        {plansRoutes()}
        {programmesRoutes()}
        {messagesRoutes()}
        {reportsRoutes()}
        <Route path="/events/:id/minutes" element={<MinutesPage />} />
        <Route path="/events/:id/minutes/print" element={<MinutesPrintPage />} />
        <Route path="/series/:id/decisions" element={<CompiledDecisionsPage />} />
        {MODULES.filter((module) => !module.ready).map((module) => (
          <Route
            key={module.id}
            path={module.path}
            element={signedIn(<ComingSoonPage module={module.id} />)}
          />
        ))}
        <Route path="/account" element={signedIn(<AccountPage />)} />
        <Route
          path="/admin/invitations"
          element={
            <RequireAuth roles={INVITATION_ADMIN_ROLES}>
              <InvitationsAdminPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/accounts"
          element={
            <RequireAuth roles={ACCOUNT_ADMIN_ROLES}>
              <AccountsAdminPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/outbox"
          element={
            <RequireAuth roles={SECRETARIAT_ROLES}>
              <OutboxListPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/outbox/:id"
          element={
            <RequireAuth roles={SECRETARIAT_ROLES}>
              <OutboxDetailPage />
            </RequireAuth>
          }
        />
        <Route
          path="/admin/audit"
          element={
            <RequireAuth roles={SECRETARIAT_ROLES}>
              <AuditPage />
            </RequireAuth>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
