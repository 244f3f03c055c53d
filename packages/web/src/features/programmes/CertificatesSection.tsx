import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { certificateUrl, issueCertificates, listCertificates, revokeCertificate } from '../../api/programmes';
import type { AttendanceSheet, IssuedCertificate } from '../../api/programmes-types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Alert } from '../../components/Alert';
import { errorMessage } from '../../lib/error-message';
import { useAsync } from '../../lib/use-async';

/** Certificates issued so far (with their PDFs and public URLs) and "issue" for those who attended. */
export function CertificatesSection({ programmeId, sheet }: { programmeId: string; sheet: AttendanceSheet }) {
  const { t, i18n } = useTranslation();
  const issued = useAsync(() => listCertificates(programmeId), [programmeId]);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [revoking, setRevoking] = useState<IssuedCertificate | null>(null);
  const handleRevoke = async () => {
    if (!revoking) return;
    setBusy(true);
    try {
      await revokeCertificate(revoking.id);
      issued.reload();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setRevoking(null);
      setBusy(false);
    }
  };
  const have = new Set((issued.data?.items ?? []).map((c) => c.applicationId));
  const due = sheet.items.filter(
    (i) => i.attended && i.application.status === 'accepted' && !have.has(i.application.id),
  );
  const handleIssue = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      await issueCertificates(
        programmeId,
        due.map((i) => i.application.id),
      );
      issued.reload();
    } catch (error) {
      setProblem(errorMessage(t, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="section" aria-labelledby="certificates-heading">
      <h2 id="certificates-heading">{t('programmes.certificates.title')}</h2>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <button type="button" className="button" disabled={busy || due.length === 0} onClick={handleIssue}>
        {t('programmes.certificates.issue', { count: due.length })}
      </button>
      <ul data-testid="certificates">
        {(issued.data?.items ?? []).map((c) => (
          <li key={c.id}>
            <a href={certificateUrl(c.applicationId, i18n.language)} download>
              {c.person.name}
            </a>{' '}
            · <a href={c.verifyUrl}>{c.code}</a>
            {c.revoked ? (
              ` · ${t('programmes.certificates.revoked')}`
            ) : (
              <>
                {' '}
                <button
                  type="button"
                  className="button button-small button-danger-outline"
                  onClick={() => setRevoking(c)}
                >
                  {t('programmes.certificates.revoke', { name: c.person.name })}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <ConfirmDialog
        open={revoking !== null}
        title={t('programmes.certificates.revokeTitle')}
        body={t('programmes.certificates.revokeBody')}
        confirmLabel={t('programmes.certificates.revoke', { name: revoking?.person.name ?? '' })}
        busy={busy}
        onConfirm={handleRevoke}
        onCancel={() => setRevoking(null)}
      />
    </section>
  );
}
