import type { LocalizedText, OrganisationRef } from '../../api';
import type { ItemStatus, PlanItem, PlanItemInput, ProgressMode } from '../../api/plans-types';
import { isPeriodLanguage } from '../../api/periods';
import { defaultPeriodLanguage } from '../../components/PeriodField';
import { cleanLocalized } from '../meetings/LocalizedFields';
import type { FormProblems } from '../registry/organisation-form';
import { rowKey } from '../registry/rows';
import { parseProgress } from './progress';

export interface IndicatorRow {
  key: string;
  /** The indicator's name per language (the form edits the interface language's; others are kept). */
  name: LocalizedText;
  target: string;
  actual: string;
  unit: string;
}

export interface ItemFormValues {
  code: string;
  parentId: string;
  title: LocalizedText;
  description: LocalizedText;
  responsible: OrganisationRef[];
  supporting: OrganisationRef[];
  countries: string[];
  region: LocalizedText;
  period: { text: string; lang: string };
  status: ItemStatus;
  progress: string;
  progressMode: ProgressMode;
  weight: string;
  indicators: IndicatorRow[];
}

export function emptyIndicator(): IndicatorRow {
  return { key: rowKey(), name: {}, target: '', actual: '', unit: '' };
}

const figure = (n: number | null) => (n === null ? '' : String(n));

/** Form values for an existing item, or a new one under `parentId`. */
export function itemToForm(item: PlanItem | undefined, language: string, parentId = ''): ItemFormValues {
  if (!item)
    return {
      code: '',
      parentId,
      title: {},
      description: {},
      responsible: [],
      supporting: [],
      countries: [],
      region: {},
      period: { text: '', lang: defaultPeriodLanguage(language) },
      status: 'planned',
      progress: '0',
      progressMode: 'manual',
      weight: '1',
      indicators: [],
    };
  return {
    code: item.code,
    parentId: item.parentId ?? '',
    title: item.title,
    description: item.description ?? {},
    responsible: item.responsible,
    supporting: item.supporting,
    countries: item.countries,
    region: item.region ?? {},
    period: item.period
      ? { text: item.period.text ?? '', lang: item.period.lang }
      : { text: '', lang: defaultPeriodLanguage(language) },
    status: item.status,
    progress: String(item.progress),
    progressMode: item.progressMode,
    weight: String(item.weight),
    indicators: item.indicators.map((i) => ({
      key: rowKey(),
      name: i.name,
      target: figure(i.target),
      actual: figure(i.actual),
      unit: i.unit ?? '',
    })),
  };
}

const NUMBER = /^\d+(\.\d+)?$/;

/** Checks code shape, a title, progress 0–100, a positive weight and indicators' names and figures. */
export function validateItem(values: ItemFormValues, language: string): FormProblems {
  const problems: FormProblems = {};
  if (values.code.trim() && !/^\d+(\.\d+)*$/.test(values.code.trim())) problems.code = 'invalid';
  if (!cleanLocalized(values.title)) problems[`title.${language}`] = 'required';
  if (parseProgress(values.progress) === null) problems.progress = 'invalid';
  if (!(NUMBER.test(values.weight.trim()) && Number(values.weight) > 0)) problems.weight = 'invalid';
  values.indicators.forEach((row, i) => {
    if (!cleanLocalized(row.name)) problems[`indicators.${i}.name`] = 'required';
    if (row.target.trim() && !NUMBER.test(row.target.trim())) problems[`indicators.${i}.target`] = 'invalid';
    if (row.actual.trim() && !NUMBER.test(row.actual.trim())) problems[`indicators.${i}.actual`] = 'invalid';
  });
  return problems;
}

const numberOrNull = (text: string) => (text.trim() ? Number(text) : null);

/**
 * The API body for the form values: lists replace, an empty period phrase clears the period, an
 * empty code lets the server give the next one; a roll-up parent's progress is not sent.
 */
export function formToItemInput(values: ItemFormValues): PlanItemInput {
  const input: PlanItemInput = {
    parentId: values.parentId || null,
    title: cleanLocalized(values.title) ?? {},
    description: cleanLocalized(values.description),
    responsibleIds: values.responsible.map((r) => r.id),
    supportingIds: values.supporting.map((r) => r.id),
    countries: values.countries,
    region: cleanLocalized(values.region),
    periodText: values.period.text.trim() || null,
    periodLang: isPeriodLanguage(values.period.lang) ? values.period.lang : 'en',
    status: values.status,
    progressMode: values.progressMode,
    weight: Number(values.weight),
    indicators: values.indicators.map((row) => ({
      name: cleanLocalized(row.name) ?? {},
      target: numberOrNull(row.target),
      actual: numberOrNull(row.actual),
      unit: row.unit.trim() || null,
    })),
  };
  if (values.code.trim()) input.code = values.code.trim();
  if (values.progressMode === 'manual') input.progress = parseProgress(values.progress) ?? 0;
  return input;
}
