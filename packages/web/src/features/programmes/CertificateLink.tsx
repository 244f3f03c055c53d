import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { certificateUrl, getApplicationAttendance } from '../../api/programmes';
import type { Application } from '../../api/programmes-types';
import { useAsync } from '../../lib/use-async';
import { feedbackAnswerPath } from './paths';

/**
 * The certificate download of an accepted participant, shown once their attendance counts as
 * attended (certificates are issued to those only; the server answers 404 before it is issued),
 * with the feedback survey (its page says when it is not open yet or already answered).
 */
export function CertificateLink({ application }: { application: Application }) {
  const { t, i18n } = useTranslation();
  const accepted = application.status === 'accepted';
  const attendance = useAsync(
    () => (accepted ? getApplicationAttendance(application.id).catch(() => null) : Promise.resolve(null)),
    [application.id, accepted],
  );
  if (!application.certificate && !attendance.data?.attended) return null;
  return (
    <>
      <a className="button button-small" href={certificateUrl(application.id, i18n.language)} download>
        {t('programmes.mine.certificate')}
      </a>
      <Link
        className="button button-small button-secondary"
        to={feedbackAnswerPath(application.programme.id)}
      >
        {t('programmes.mine.feedback')}
      </Link>
    </>
  );
}
