import { describe, expect, it } from 'vitest';
import { emptyRelationship, formToRelationshipInput, validateRelationship } from './relationship-form';

describe('relationship form', () => {
  const federation = { id: 'fed', name: 'Federation of Azerbaijani Associations (demo)' };

  it('needs another organisation, not the one being edited', () => {
    expect(validateRelationship(emptyRelationship(), 'self')).toEqual({ organisationId: 'required' });
    expect(
      validateRelationship({ ...emptyRelationship(), organisation: { id: 'self', name: 'Us' } }, 'self'),
    ).toEqual({ organisationId: 'invalid' });
    expect(validateRelationship({ ...emptyRelationship(), organisation: federation }, 'self')).toEqual({});
  });

  it('refuses an end before the start', () => {
    const values = {
      ...emptyRelationship(),
      organisation: federation,
      fromDate: '2019-05-01',
      toDate: '2018-01-01',
    };
    expect(validateRelationship(values, 'self')).toEqual({ toDate: 'dateOrder' });
  });

  it('sends blank dates and note as null', () => {
    expect(formToRelationshipInput({ ...emptyRelationship(), organisation: federation, note: '  ' })).toEqual(
      {
        kind: 'member_of',
        organisationId: 'fed',
        fromDate: null,
        toDate: null,
        note: null,
      },
    );
    expect(
      formToRelationshipInput({
        kind: 'partner_of',
        organisation: federation,
        fromDate: '2019-05-01',
        toDate: '',
        note: ' Joint summer school ',
      }),
    ).toEqual({
      kind: 'partner_of',
      organisationId: 'fed',
      fromDate: '2019-05-01',
      toDate: null,
      note: 'Joint summer school',
    });
  });
});
