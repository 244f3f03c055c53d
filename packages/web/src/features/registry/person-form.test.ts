import { describe, expect, it } from 'vitest';
import type { PersonDetail } from '../../api';
import {
  emptyPositionRow,
  guessScript,
  makePrimary,
  personToForm,
  positionChanges,
  removePersonName,
  validatePerson,
} from './person-form';

const detail: PersonDetail = {
  id: 'p1',
  name: 'Галиева Жаркынай',
  names: [
    {
      id: 'n1',
      fullName: 'Галиева Жаркынай',
      givenName: null,
      familyName: null,
      script: 'Cyrl',
      lang: 'ky',
      source: 'native',
      isPrimary: true,
    },
    {
      id: 'n2',
      fullName: 'Galieva Jarkhinay',
      givenName: null,
      familyName: null,
      script: 'Latn',
      lang: null,
      source: 'press',
      isPrimary: false,
    },
  ],
  positions: [
    {
      id: 'q1',
      title: { en: 'Director', ky: 'Директор' },
      organisation: { id: 'o1', name: 'X' },
      fromDate: '2018-01-01',
      toDate: null,
    },
    {
      id: 'q2',
      title: { en: 'Adviser' },
      organisation: { id: 'o2', name: 'Y' },
      fromDate: null,
      toDate: null,
    },
  ],
  contacts: [],
  visibility: 'owner',
  owner: null,
  canEdit: true,
};

describe('person form', () => {
  it('guesses the script of a spelling', () => {
    expect(guessScript('Галиева')).toBe('Cyrl');
    expect(guessScript('Cəfərov')).toBe('Latn');
    expect(guessScript('غالیوا')).toBe('Arab');
  });

  it('edits titles in the interface language and requires one primary name', () => {
    const values = personToForm(detail, 'ky');
    expect(values.positions[0]?.title).toBe('Директор');
    expect(validatePerson(values)).toEqual({});
    values.names = values.names.map((n) => ({ ...n, isPrimary: true }));
    expect(validatePerson(values)).toEqual({ names: 'invalid' });
  });

  it('finds removed, added and changed positions', () => {
    const before = personToForm(detail, 'en').positions;
    const after = [
      { ...before[0]!, toDate: '2022-05-31' },
      { ...emptyPositionRow(), title: 'Chair', organisation: { id: 'o3', name: 'Z' } },
    ];
    const changes = positionChanges(before, after, 'en');
    expect(changes.removed).toEqual(['q2']);
    expect(changes.added).toEqual([
      { title: { en: 'Chair' }, organisationId: 'o3', fromDate: null, toDate: null },
    ]);
    expect(changes.changed).toEqual([
      {
        id: 'q1',
        input: {
          title: { en: 'Director', ky: 'Директор' },
          organisationId: 'o1',
          fromDate: '2018-01-01',
          toDate: '2022-05-31',
        },
      },
    ]);
  });

  it('keeps exactly one primary spelling when one is chosen or the primary one is removed', () => {
    const names = personToForm(detail, 'en').names;
    expect(makePrimary(names, 1).map((n) => n.isPrimary)).toEqual([false, true]);
    const left = removePersonName(names, 0);
    expect(left.map((n) => [n.fullName, n.isPrimary])).toEqual([['Galieva Jarkhinay', true]]);
    expect(removePersonName(names, 1).map((n) => n.isPrimary)).toEqual([true]);
  });
});
