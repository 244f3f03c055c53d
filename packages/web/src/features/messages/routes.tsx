import { Route } from 'react-router';
import { RequireAuth } from '../auth/RequireAuth';
import { MyMessagePage } from './MyMessagePage';
import { MyMessagesPage } from './MyMessagesPage';
import { MY_MESSAGES_PATH } from './paths';

/** The caller's messages, to be placed among the app's routes; both behind sign-in. */
export function messagesRoutes() {
  return (
    <>
      <Route
        path={MY_MESSAGES_PATH}
        element={
          <RequireAuth>
            <MyMessagesPage />
          </RequireAuth>
        }
      />
      <Route
        path={`${MY_MESSAGES_PATH}/:id`}
        element={
          <RequireAuth>
            <MyMessagePage />
          </RequireAuth>
        }
      />
    </>
  );
}
