import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { verifyCertificate } from '../../api/programmes';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { usePageTitle } from '../../lib/use-page-title';
import { useRecord } from '../registry/use-record';
import { readVerification } from './verification';
import './programmes.css';

/** `/verify/:code`: the public check of a certificate: its holder, programme and dates, or "not valid". */
export function VerifyPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useRecord(verifyCertificate);
  usePageTitle(t('programmes.verify.title'));
  const heading = <h1>{t('programmes.verify.title')}</h1>;
  if (isApiError(record.error, 'NOT_FOUND'))
    return (
      <>
        {heading}
        <Alert tone="error">{t('programmes.verify.invalid', { code: record.id })}</Alert>
      </>
    );
  if (record.error) return <LoadError error={record.error} onRetry={record.reload} />;
  if (!record.data) return <Loading />;
  const cert = readVerification(record.data);
  const dates =
    cert.start === cert.end ? format.day(cert.start) : `${format.day(cert.start)} – ${format.day(cert.end)}`;
  return (
    <>
      {heading}
      {cert.revoked ? (
        <Alert tone="error">{t('programmes.verify.revoked')}</Alert>
      ) : (
        <Alert tone="success">{t('programmes.verify.valid')}</Alert>
      )}
      <dl className="field-list section certificate" data-testid="certificate">
        <div>
          <dt>{t('programmes.verify.holder')}</dt>
          <dd>
            {cert.names.map((name) => (
              <div key={name}>{name}</div>
            ))}
          </dd>
        </div>
        <div>
          <dt>{t('programmes.verify.programme')}</dt>
          <dd>{pickLocalized(record.data.programme.title, format.language)}</dd>
        </div>
        <div>
          <dt>{t('programmes.verify.dates')}</dt>
          <dd>{dates}</dd>
        </div>
        {record.data.organiser ? (
          <div>
            <dt>{t('programmes.field.organiser')}</dt>
            <dd>{record.data.organiser.name}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('programmes.verify.code')}</dt>
          <dd>
            <code>{record.id}</code>
          </dd>
        </div>
      </dl>
    </>
  );
}
