import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface AccountMenuProps {
  displayName: string;
  email: string;
  onSignOut: () => void;
}

/**
 * A disclosure button with the display name that opens the account links. Escape or a click outside
 * closes it; focus returns to the button on Escape.
 */
export function AccountMenu({ displayName, email, onSignOut }: AccountMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    function handlePointer(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    }
    function handleKey(event: KeyboardEvent) {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    }
    document.addEventListener('pointerdown', handlePointer);
    document.addEventListener('keydown', handleKey);
    return () => {
      document.removeEventListener('pointerdown', handlePointer);
      document.removeEventListener('keydown', handleKey);
    };
  }, [open]);

  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="visually-hidden">{t('accountMenu.label')}: </span>
        {displayName}
        <span className="caret" aria-hidden="true" />
      </button>
      <div id={panelId} className="account-menu-panel" hidden={!open}>
        <p className="account-menu-email">{t('accountMenu.signedInAs', { email })}</p>
        <ul>
          <li>
            <Link to="/account" onClick={() => setOpen(false)}>
              {t('accountMenu.account')}
            </Link>
          </li>
          <li>
            <Link to="/me/messages" onClick={() => setOpen(false)}>
              {t('messages.title')}
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setOpen(false);
                onSignOut();
              }}
            >
              {t('accountMenu.signOut')}
            </button>
          </li>
        </ul>
      </div>
    </div>
  );
}
