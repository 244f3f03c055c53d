import type { CertificateVerification } from '../../api/programmes-types';

/** A verified certificate as the page shows it: the holder's names (own script, Latin) and the dates. */
export interface VerifiedCertificate {
  names: string[];
  start: string | null;
  end: string | null;
}

/**
 * Reads the verification answer, accepting the holder as one name or as `{ name, latin, native }`
 * and the dates as text or as `{ start, end }`; the names are listed once each.
 */
export function readVerification(answer: CertificateVerification): VerifiedCertificate {
  const { holder, dates } = answer;
  const names =
    typeof holder === 'string'
      ? [holder]
      : [holder.native, holder.name, holder.latin].filter((n): n is string => !!n);
  const unique = names.filter((n, i) => names.indexOf(n) === i);
  if (typeof dates === 'string') return { names: unique, start: dates, end: null };
  return { names: unique, start: dates?.start ?? null, end: dates?.end ?? null };
}
