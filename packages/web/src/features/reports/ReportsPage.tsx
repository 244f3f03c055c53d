import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrganisationRef } from '../../api';
import { usePageTitle } from '../../lib/use-page-title';
import { useSession } from '../auth/session';
import { OrganisationPicker } from '../registry/OrganisationPicker';
import { defaultReportYear, networkReportPath, organisationReportPath } from './paths';
import { YearSwitcher } from './YearSwitcher';

/** `/reports`: choose a year and an organisation (one's own first) or the whole network. */
export function ReportsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  usePageTitle(t('reports.title'));
  const [year, setYear] = useState(defaultReportYear());
  const [scope, setScope] = useState<'organisation' | 'network'>(
    me?.organisations[0] ? 'organisation' : 'network',
  );
  const [organisation, setOrganisation] = useState<OrganisationRef | null>(me?.organisations[0] ?? null);
  const [missing, setMissing] = useState(false);
  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (scope === 'network') return navigate(networkReportPath(year));
    if (!organisation) return setMissing(true);
    navigate(organisationReportPath(organisation.id, year));
  }
  return (
    <>
      <h1>{t('reports.title')}</h1>
      <p className="lead">{t('reports.intro')}</p>
      <form className="form card narrow" onSubmit={handleSubmit} noValidate>
        <YearSwitcher year={year} onChange={setYear} />
        <fieldset className="radio-group field">
          <legend>{t('reports.scope')}</legend>
          {(['organisation', 'network'] as const).map((s) => (
            <label key={s} className="radio">
              <input type="radio" name="scope" checked={scope === s} onChange={() => setScope(s)} />
              {t(`reports.scopes.${s}`)}
            </label>
          ))}
        </fieldset>
        {scope === 'organisation' ? (
          <OrganisationPicker
            label={t('reports.organisation')}
            value={organisation}
            onChange={(value) => {
              setOrganisation(value);
              setMissing(false);
            }}
            error={missing ? t('reports.chooseOrganisation') : undefined}
          />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button">
            {t('reports.open')}
          </button>
        </div>
      </form>
    </>
  );
}
