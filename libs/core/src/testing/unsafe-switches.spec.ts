import { skipsVisibility } from './unsafe-switches';

describe('skipsVisibility', () => {
  const saved = { switch: process.env.FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY, env: process.env.NODE_ENV };
  afterEach(() => {
    for (const [name, value] of [
      ['FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY', saved.switch],
      ['NODE_ENV', saved.env],
    ] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('skips nothing unless asked, every path for all, the named paths otherwise', () => {
    delete process.env.FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY;
    expect(skipsVisibility('read:Suspect')).toBe(false);
    process.env.FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY = 'all';
    expect(skipsVisibility('read:Suspect')).toBe(true);
    process.env.FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY = 'read:Tip, discover:Suspect';
    expect([skipsVisibility('read:Tip'), skipsVisibility('discover:Suspect'), skipsVisibility('read:Suspect')]).toEqual(
      [true, true, false],
    );
  });

  it('never skips under NODE_ENV=production', () => {
    process.env.FRONTERA_TEST_UNSAFE_SKIP_VISIBILITY = 'all';
    process.env.NODE_ENV = 'production';
    expect(skipsVisibility('read:Suspect')).toBe(false);
  });
});
