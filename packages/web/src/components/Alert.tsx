import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'success' | 'info' | 'warning';

interface AlertProps {
  tone: AlertTone;
  children: ReactNode;
  /** Extra content after the message, e.g. a "try again" button or a link. */
  action?: ReactNode;
}

/**
 * A message box. Errors are announced assertively (`role="alert"`), everything else politely
 * (`role="status"`), so screen reader users hear the outcome of what they just did.
 */
export function Alert({ tone, children, action }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="alert-message">{children}</div>
      {action ? <div className="alert-action">{action}</div> : null}
    </div>
  );
}
