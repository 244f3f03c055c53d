import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeDetail, ProgrammeSummary } from '../../api/programmes-types';
import { useFormat } from '../../i18n/use-format';
import { pickLocalized } from '../../lib/localized';
import { PeriodText } from '../plans/PeriodText';
import { organisationPath, planItemPath } from '../plans/paths';
import { HeldEventLink } from './HeldEvent';

/** Where a programme takes place: its place (or region) and host country. */
export function usePlaceText() {
  const format = useFormat();
  return (p: Pick<ProgrammeSummary, 'place' | 'countryCode'>) =>
    [pickLocalized(p.place, format.language), format.regionName(p.countryCode)].filter(Boolean).join(', ');
}

/** When a programme takes place: its fixed dates, else its fuzzy period. */
export function ProgrammeWhen({
  programme,
}: {
  programme: Pick<ProgrammeSummary, 'startDate' | 'endDate' | 'period'>;
}) {
  const format = useFormat();
  const { startDate, endDate } = programme;
  if (startDate)
    return (
      <span>
        {endDate && endDate !== startDate
          ? `${format.day(startDate)} – ${format.day(endDate)}`
          : format.day(startDate)}
      </span>
    );
  return <PeriodText period={programme.period} />;
}

/** A programme's facts: kind, dates, place, organiser and supporters, capacity, audience, plan item. */
export function ProgrammeFacts({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const place = usePlaceText()(programme);
  const { audience } = programme;
  const row = (label: string, value: React.ReactNode) => (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <dl className="field-list section">
      {row(t('programmes.field.kind'), t(`programmes.kind.${programme.kind}`))}
      {row(t('programmes.field.when'), <ProgrammeWhen programme={programme} />)}
      {place ? row(t('programmes.field.place'), place) : null}
      {programme.organiser
        ? row(
            t('programmes.field.organiser'),
            <Link to={organisationPath(programme.organiser.id)}>{programme.organiser.name}</Link>,
          )
        : null}
      {programme.supporters.length > 0
        ? row(
            t('programmes.field.supporters'),
            programme.supporters.map((s, i) => (
              <span key={s.organisation.id}>
                {i > 0 ? ', ' : ''}
                <Link to={organisationPath(s.organisation.id)}>{s.organisation.name}</Link>
              </span>
            )),
          )
        : null}
      {programme.capacity !== null
        ? row(t('programmes.field.capacity'), format.number(programme.capacity))
        : null}
      {audience.countries.length > 0
        ? row(t('programmes.field.countries'), audience.countries.map((c) => format.regionName(c)).join(', '))
        : null}
      {audience.communities.length > 0
        ? row(t('programmes.field.communities'), audience.communities.join(', '))
        : null}
      {audience.ageMin !== null || audience.ageMax !== null
        ? row(t('programmes.field.age'), `${audience.ageMin ?? ''}–${audience.ageMax ?? ''}`)
        : null}
      {audience.languages.length > 0
        ? row(
            t('programmes.field.languages'),
            audience.languages.map((l) => format.languageName(l)).join(', '),
          )
        : null}
      {programme.eventId
        ? row(t('programmes.field.heldEvent'), <HeldEventLink eventId={programme.eventId} />)
        : null}
      {programme.planItem
        ? row(
            t('programmes.field.planItem'),
            <Link to={planItemPath(programme.planItem.id)}>
              {programme.planItem.code} {pickLocalized(programme.planItem.title, format.language)}
            </Link>,
          )
        : null}
    </dl>
  );
}
