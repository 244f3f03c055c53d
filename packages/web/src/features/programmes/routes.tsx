import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { EDITOR_ROLES } from '../registry/registry-permissions';
import { ApplicationPage } from './ApplicationPage';
import { ApplicationsPage } from './ApplicationsPage';
import { ApplyPage } from './ApplyPage';
import { AttendancePage } from './AttendancePage';
import { CallFormPage } from './CallFormPage';
import { FeedbackAnswerPage } from './FeedbackAnswerPage';
import { FeedbackPage } from './FeedbackPage';
import { MyApplicationsPage } from './MyApplicationsPage';
import { MY_APPLICATIONS_PATH, PROGRAMMES_PATH } from './paths';
import { ProgrammeFormPage } from './ProgrammeFormPage';
import { ProgrammeListPage } from './ProgrammeListPage';
import { ProgrammePage } from './ProgrammePage';
import { ReviewSetupPage } from './ReviewSetupPage';
import { VerifyPage } from './VerifyPage';

const signedIn = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;
const editors = (page: ReactNode) => <RequireAuth roles={EDITOR_ROLES}>{page}</RequireAuth>;

/**
 * The programmes' routes, to be placed among the app's routes. Programmes, calls and certificate
 * checks are public (the server filters by visibility); applying needs an account.
 */
export function programmesRoutes() {
  return (
    <>
      <Route path={PROGRAMMES_PATH} element={<ProgrammeListPage />} />
      <Route path={`${PROGRAMMES_PATH}/new`} element={editors(<ProgrammeFormPage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id`} element={<ProgrammePage />} />
      <Route path={`${PROGRAMMES_PATH}/:id/edit`} element={editors(<ProgrammeFormPage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id/call`} element={editors(<CallFormPage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id/apply`} element={signedIn(<ApplyPage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id/applications`} element={editors(<ApplicationsPage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id/review`} element={editors(<ReviewSetupPage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id/attendance`} element={editors(<AttendancePage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id/feedback`} element={editors(<FeedbackPage />)} />
      <Route path={`${PROGRAMMES_PATH}/:id/feedback/answer`} element={signedIn(<FeedbackAnswerPage />)} />
      <Route path="/applications/:id" element={signedIn(<ApplicationPage />)} />
      <Route path={MY_APPLICATIONS_PATH} element={signedIn(<MyApplicationsPage />)} />
      <Route path="/verify/:id" element={<VerifyPage />} />
    </>
  );
}
