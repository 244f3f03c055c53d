import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { certificateUrl, getApplicationAttendance } from '../../api/programmes';
import type { Application } from '../../api/programmes-types';
import { useAsync } from '../../lib/use-async';
import { feedbackAnswerPath } from './paths';

/**
 * What a participant may do after the programme: download the certificate once issued (and not
 * revoked), and — once their attendance counts as attended — answer the feedback survey (its page
 * says when it is not open yet or already answered).
 */
export function CertificateLink({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const accepted = application.status === 'accepted';
  const attendance = useAsync(
    () => (accepted ? getApplicationAttendance(application.id).catch(() => null) : Promise.resolve(null)),
    [application.id, accepted],
  );
  const attended = attendance.data?.attended ?? false;
  // The server names the certificate once issued; an older answer without the field falls back on attendance.
  const certificate =
    application.certificate === undefined
      ? attended
      : Boolean(application.certificate && !application.certificate.revoked);
  if (!certificate && !attended) return null;
  return (
    <>
      {certificate ? (
        <a className="button button-small" href={certificateUrl(application.id, i18n.language)} download>
          {t('programmes.mine.certificate')}
        </a>
      ) : null}
      <Link
        className="button button-small button-secondary"
        to={feedbackAnswerPath(application.programme.id)}
      >
        {t('programmes.mine.feedback')}
      </Link>
    </>
  );
}
