import type {
  QuestionOption,
  CallInput,
  ProgrammeDetail,
  Question,
  QuestionInput,
  QuestionKind,
} from '../../api/programmes-types';
import type { LocalizedText } from '../../api/registry-types';
import { cleanLocalized } from '../meetings/LocalizedFields';

/** A question as edited: its kind, labels per language, options (one label per line) and limits. */
export interface QuestionDraft {
  /** Kept for an existing question, so its answers stay attached. */
  id?: string;
  /** A stable React key for new questions too. */
  key: string;
  kind: QuestionKind;
  label: LocalizedText;
  required: boolean;
  /** Choice kinds: one option per line, in the interface language. */
  options: string;
  /** The options stored so far: a line that keeps its text keeps its value and its other languages. */
  known?: QuestionOption[];
}

export interface CallFormValues {
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
  timeZone: string;
  questions: QuestionDraft[];
}

let counter = 0;
/** A new question of `kind` (required unless a file). */
export function newQuestion(kind: QuestionKind = 'short_text'): QuestionDraft {
  counter += 1;
  return { key: `new-${counter}`, kind, label: {}, required: kind !== 'file', options: '' };
}

/** `YYYY-MM-DD` and `HH:MM` of an instant as read in `zone`. */
export function localParts(instant: string, zone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

const optionText = (o: QuestionOption, language: string) =>
  o.label[language] ?? o.label.en ?? Object.values(o.label)[0] ?? o.value;

/**
 * The options of the lines: a line matching a stored option keeps that option (value and labels in
 * other languages), so answers already given still match; a new line gets the next free number.
 */
export function linesToOptions(lines: string[], known: QuestionOption[], language: string): QuestionOption[] {
  const used = new Set(known.map((o) => o.value));
  let next = 1;
  return lines.map((line) => {
    const same = known.find((o) => optionText(o, language) === line);
    if (same) return same;
    while (used.has(String(next))) next += 1;
    used.add(String(next));
    return { value: String(next), label: { [language]: line } };
  });
}

/** Questions as edited: labels as they are, options as lines in `language`. */
export function questionsToDrafts(questions: Question[], language: string): QuestionDraft[] {
  return questions.map((q) => ({
    id: q.id,
    key: q.id,
    kind: q.kind,
    label: q.label,
    required: q.required,
    options: q.options.map((o) => optionText(o, language)).join('\n'),
    known: q.options,
  }));
}

/** Form values of a programme's call (times shown in the call's own zone), or a new one in `zone`. */
export function callToForm(programme: ProgrammeDetail, zone: string, language: string): CallFormValues {
  const call = programme.call;
  if (!call)
    return {
      opensDate: '',
      opensTime: '09:00',
      closesDate: '',
      closesTime: '23:59',
      timeZone: zone,
      questions: [],
    };
  const opens = localParts(call.opensAt, call.timeZone);
  const closes = localParts(call.closesAt, call.timeZone);
  return {
    opensDate: opens.date,
    opensTime: opens.time,
    closesDate: closes.date,
    closesTime: closes.time,
    timeZone: call.timeZone,
    questions: questionsToDrafts(call.questions, language),
  };
}

/** The list with the question at `index` moved by `delta` places (unchanged at either end). */
export function moveQuestion<T>(list: T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (target < 0 || target >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}

const CHOICE: ReadonlySet<QuestionKind> = new Set(['choice', 'multi_choice']);

/** Problems of the questions: each needs a label, a choice two options. */
export function validateQuestions(questions: QuestionDraft[]): Record<string, 'required'> {
  const problems: Record<string, 'required'> = {};
  questions.forEach((q, i) => {
    if (!cleanLocalized(q.label)) problems[`questions.${i}.label`] = 'required';
    if (CHOICE.has(q.kind) && optionLines(q.options).length < 2)
      problems[`questions.${i}.options`] = 'required';
  });
  return problems;
}

/** Problems by path: both dates, closing after opening, and the questions' own. */
export function validateCall(values: CallFormValues): Record<string, 'required' | 'invalid' | 'dateOrder'> {
  const problems: Record<string, 'required' | 'invalid' | 'dateOrder'> = {
    ...validateQuestions(values.questions),
  };
  if (!values.opensDate) problems.opensAt = 'required';
  if (!values.closesDate) problems.closesAt = 'required';
  const opens = `${values.opensDate}T${values.opensTime}`;
  if (values.opensDate && values.closesDate && `${values.closesDate}T${values.closesTime}` <= opens)
    problems.closesAt = 'dateOrder';
  return problems;
}

const optionLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The questions as the API takes them (options by `linesToOptions`). */
export function questionsToInput(drafts: QuestionDraft[], language: string): QuestionInput[] {
  return drafts.map((q) => {
    const input: QuestionInput = { kind: q.kind, label: cleanLocalized(q.label) ?? {}, required: q.required };
    if (q.id) input.id = q.id;
    if (CHOICE.has(q.kind)) input.options = linesToOptions(optionLines(q.options), q.known ?? [], language);
    return input;
  });
}

/** The API body: local times with the zone and the questions. */
export function formToCallInput(values: CallFormValues, language: string): CallInput {
  return {
    opensAt: { date: values.opensDate, time: values.opensTime },
    closesAt: { date: values.closesDate, time: values.closesTime },
    timeZone: values.timeZone,
    questions: questionsToInput(values.questions, language),
  };
}
