import { changedFields } from './audit-entries';

describe('changedFields', () => {
  it('names the fields whose value changes, comparing arrays, dates and nulls by value', () => {
    const before = {
      givenNames: 'Ana',
      aliases: ['La Güera'],
      dateOfBirth: '1990-01-02',
      maternalSurname: null,
      tlp: 'AMBER',
      updatedAt: new Date('2026-01-01T00:00:00Z'),
    };
    expect(
      changedFields(before, {
        givenNames: 'Ana',
        aliases: ['La Güera', 'Güera'],
        dateOfBirth: '1990-01-02',
        maternalSurname: undefined,
        tlp: 'RED',
        updatedAt: new Date('2026-01-01T00:00:00Z'),
      }),
    ).toEqual(['aliases', 'tlp']);
    expect(changedFields(before, { maternalSurname: 'Ruiz' })).toEqual(['maternalSurname']);
    expect(changedFields(before, {})).toEqual([]);
  });
});
