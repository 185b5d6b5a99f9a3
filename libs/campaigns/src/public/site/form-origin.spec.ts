import { isSameSitePost } from './form-origin';

describe('isSameSitePost', () => {
  const host = 'sebusca.example.org';

  it('takes posts the browser calls same-origin, or typed by the user', () => {
    expect(isSameSitePost({ host, 'sec-fetch-site': 'same-origin', origin: `https://${host}` })).toBe(true);
    expect(isSameSitePost({ host, 'sec-fetch-site': 'none' })).toBe(true);
  });

  it('refuses posts another site made the browser send, even from a sibling subdomain', () => {
    expect(isSameSitePost({ host, 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })).toBe(false);
    expect(isSameSitePost({ host, 'sec-fetch-site': 'same-site', origin: 'https://blog.example.org' })).toBe(false);
    // the browser's word wins over an Origin that looks right
    expect(isSameSitePost({ host, 'sec-fetch-site': 'cross-site', origin: `https://${host}` })).toBe(false);
  });

  it('without fetch metadata, reads Origin against the Host or the public base URL', () => {
    expect(isSameSitePost({ host, origin: `https://${host}` })).toBe(true);
    expect(
      isSameSitePost(
        { host: '127.0.0.1:3000', origin: 'https://api.frontera.example' },
        'https://api.frontera.example',
      ),
    ).toBe(true);
    expect(isSameSitePost({ host, origin: 'https://evil.example' })).toBe(false);
    expect(isSameSitePost({ host, origin: 'null' })).toBe(false);
    expect(isSameSitePost({ host, origin: 'https://evil.example' }, 'https://api.frontera.example')).toBe(false);
  });

  it('takes a post without either header: no browser sent it on another site’s behalf', () => {
    expect(isSameSitePost({ host })).toBe(true);
  });
});
