import type { CertificateVerification } from '../../api/programmes-types';

/** A verified certificate as the page shows it: the holder's names (own script, then Latin) and the dates. */
export interface VerifiedCertificate {
  names: string[];
  start: string;
  end: string;
  revoked: boolean;
}

/** Reads the verification answer: the holder's names listed once each (a Latin-script name is not repeated). */
export function readVerification(answer: CertificateVerification): VerifiedCertificate {
  const { name, latinName } = answer.holder;
  const names = latinName && latinName !== name ? [name, latinName] : [name];
  return { names, start: answer.dates.start, end: answer.dates.end, revoked: answer.revoked };
}
