import { newReceiptCode, normalizeReceiptCode, receiptHash } from './receipt-code';

describe('receipt codes', () => {
  it('are 16 base32 characters in four groups, different every time', () => {
    const codes = Array.from({ length: 2000 }, () => newReceiptCode());
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    // every character of the alphabet turns up: the bits are spread over the whole code
    expect(new Set(codes.join('').replace(/-/g, '')).size).toBe(32);
  });

  it('read back as typed by a person: any case, without dashes, O for zero, I or L for one', () => {
    expect(normalizeReceiptCode('7KQ4-M2XD-9TBR-C5H0')).toBe('7KQ4M2XD9TBRC5H0');
    expect(normalizeReceiptCode(' 7kq4 m2xd 9tbr c5ho ')).toBe('7KQ4M2XD9TBRC5H0');
    expect(normalizeReceiptCode('1KQ4M2XD9TBRC5H0')).toBe(normalizeReceiptCode('lkq4-m2xd-9tbr-c5h0'));
    expect(normalizeReceiptCode('IKQ4M2XD9TBRC5H0')).toBe('1KQ4M2XD9TBRC5H0');
  });

  it('refuse what cannot be a code', () => {
    for (const input of [
      '',
      '7KQ4-M2XD-9TBR',
      '7KQ4-M2XD-9TBR-C5H0-AAAA',
      '7KQ4-M2XD-9TBR-C5HU',
      "' OR 1=1 --",
      'ññññññññññññññññ',
    ]) {
      expect(normalizeReceiptCode(input)).toBeNull();
    }
  });

  it('are stored as their SHA-256 only', () => {
    const hash = receiptHash('7KQ4M2XD9TBRC5H0');
    expect(hash.toString('hex')).toBe('14f6a1418312fbad3b2b51ec01a24f1ce64f28a948bfc3825bb60cfac54b386e');
    expect(receiptHash('7KQ4M2XD9TBRC5H0').equals(hash)).toBe(true);
    expect(receiptHash('7KQ4M2XD9TBRC5H1').equals(hash)).toBe(false);
  });
});
