import { isUuid, newId } from './uuid-v7';

describe('newId', () => {
  it('makes distinct version-7 UUIDs across many pool refills, ordered by their time', () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => newId(1_700_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id) => isUuid(id) && id[14] === '7' && '89ab'.includes(id[19]))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });

  it('puts the time in the first 48 bits', () => {
    expect(newId(0x0123456789ab).slice(0, 13)).toBe('01234567-89ab');
  });
});
