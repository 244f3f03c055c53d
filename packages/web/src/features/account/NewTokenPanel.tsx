import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedToken } from '../../api';

/** Shows a freshly created token once, with a copy button and the warning that it will not be shown again. */
export function NewTokenPanel({ created, onDone }: { created: CreatedToken; onDone: () => void }) {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const inputId = useId();
  const warningId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopyState('copied');
    } catch {
      inputRef.current?.select();
      setCopyState('failed');
    }
  }

  return (
    <div className="new-token" data-testid="new-token">
      <p className="new-token-warning" id={warningId}>
        <strong>{t('account.tokens.warning')}</strong>
      </p>
      <label htmlFor={inputId}>{t('account.tokens.secretLabel')}</label>
      <div className="copy-row">
        <input
          ref={inputRef}
          id={inputId}
          className="token-value"
          type="text"
          readOnly
          value={created.token}
          aria-describedby={warningId}
          spellCheck={false}
        />
        <button type="button" className="button" onClick={handleCopy}>
          {t('account.tokens.copy')}
        </button>
      </div>
      <p role="status" className="copy-status">
        {copyState === 'copied' ? t('account.tokens.copied') : null}
        {copyState === 'failed' ? t('account.tokens.copyFailed') : null}
      </p>
      <button type="button" className="button button-secondary" onClick={onDone}>
        {t('account.tokens.done')}
      </button>
    </div>
  );
}
