import { randomBytes } from 'node:crypto';
import { FieldCipher } from './field-cipher';

describe('FieldCipher', () => {
  const cipher = new FieldCipher(randomBytes(32));
  const tipster = { anonymous: false, name: 'Lucía Fierro', phone: '+52 656 555 0142' };

  it('round-trips a value bound to its record', () => {
    const sealed = cipher.sealJson(tipster, 'tip-1');
    expect(cipher.openJson(sealed, 'tip-1')).toEqual(tipster);
  });

  it('leaves no plaintext in the sealed bytes and never repeats a ciphertext', () => {
    const a = cipher.sealJson(tipster, 'tip-1');
    expect(a.includes(Buffer.from('555 0142'))).toBe(false);
    expect(a.equals(cipher.sealJson(tipster, 'tip-1'))).toBe(false);
  });

  it('refuses a ciphertext moved to another record, tampered with, or under another key', () => {
    const sealed = cipher.sealJson(tipster, 'tip-1');
    expect(() => cipher.openJson(sealed, 'tip-2')).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 1] ^= 1;
    expect(() => cipher.openJson(tampered, 'tip-1')).toThrow();
    expect(() => new FieldCipher(randomBytes(32)).openJson(sealed, 'tip-1')).toThrow();
  });
});
