import { telHref, whatsappHref } from './contact-links';

describe('contact links', () => {
  it('dials the printed number', () => {
    expect(telHref('+1 915 555 0100')).toBe('tel:+19155550100');
    expect(telHref('(915) 555-0100')).toBe('tel:9155550100');
  });

  it('opens a WhatsApp chat with the number in international form', () => {
    expect(whatsappHref('+52 656 555 0190')).toBe('https://wa.me/526565550190');
    expect(whatsappHref('+52 (656) 555-0190')).toBe('https://wa.me/526565550190');
  });
});
