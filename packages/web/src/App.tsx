import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { AccountPage } from './features/account/AccountPage';
import { AuditPage } from './features/admin-audit/AuditPage';
import { InvitationsAdminPage } from './features/admin-invitations/InvitationsAdminPage';
import { OutboxDetailPage } from './features/admin-outbox/OutboxDetailPage';
import { OutboxListPage } from './features/admin-outbox/OutboxListPage';
import { ForgotPasswordPage } from './features/auth/ForgotPasswordPage';
import { InvitationPage } from './features/auth/InvitationPage';
import { INVITATION_ADMIN_ROLES, SECRETARIAT_ROLES } from './features/auth/permissions';
import { RequireAuth } from './features/auth/RequireAuth';
import { ResetPasswordPage } from './features/auth/ResetPasswordPage';
import { SignInPage } from './features/auth/SignInPage';
import { ComingSoonPage } from './features/home/ComingSoonPage';
import { HomePage } from './features/home/HomePage';
import { MODULES } from './features/home/modules';
import { NotFoundPage } from './features/home/NotFoundPage';
import { Shell } from './Shell';

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

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
        {MODULES.map((module) => (
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
