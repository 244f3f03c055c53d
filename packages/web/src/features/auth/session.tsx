import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { getMe, isApiError, logout, type Me, onUnauthenticated } from '../../api';
import { changeLanguage } from '../../i18n';
import { isLanguage } from '../../i18n/languages';

export type SessionStatus = 'loading' | 'signedIn' | 'signedOut';

interface Session {
  status: SessionStatus;
  me: Me | null;
  /** True once the person signed out here (rather than the session ending or never existing). */
  signedOutByUser: boolean;
  /** Records a fresh `/me` body (after sign-in, invitation acceptance or a profile change). */
  setMe: (me: Me) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Loads the current session once and shares it; a 401 from any later call marks the session ended. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null>(null);
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [signedOutByUser, setSignedOutByUser] = useState(false);

  const setMe = useCallback((next: Me) => {
    const signedIn = () => {
      setMeState(next);
      setSignedOutByUser(false);
      setStatus('signedIn');
    };
    // The profile's preferred language follows the person from browser to browser. Its catalogue
    // may have to be fetched first: the signed-in interface appears once, in that language.
    if (isLanguage(next.account.locale)) {
      void changeLanguage(next.account.locale)
        .catch(() => undefined)
        .finally(signedIn);
    } else signedIn();
  }, []);

  useEffect(() => {
    let current = true;
    getMe().then(
      (value) => current && setMe(value),
      (error: unknown) => {
        if (!current) return;
        setMeState(null);
        // Not being signed in is normal; any other failure also leaves the visitor signed out.
        if (!isApiError(error, 'UNAUTHENTICATED')) console.warn('Could not load the session', error);
        setStatus('signedOut');
      },
    );
    const off = onUnauthenticated(() => {
      setMeState(null);
      setStatus('signedOut');
    });
    return () => {
      current = false;
      off();
    };
  }, [setMe]);

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setMeState(null);
      setSignedOutByUser(true);
      setStatus('signedOut');
    }
  }, []);

  const value = useMemo(
    () => ({ status, me, signedOutByUser, setMe, signOut }),
    [status, me, signedOutByUser, setMe, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The current session. Must be used under `SessionProvider`. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}
