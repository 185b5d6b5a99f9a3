import { countOperations } from './operation-count';

describe('countOperations', () => {
  it('counts shorthand, named and anonymous operations but not fragments', () => {
    expect(countOperations('{ me { email } }', 100)).toBe(1);
    expect(countOperations('query A { me { email } } mutation B($x: String = "{") { logout }', 100)).toBe(2);
    expect(
      countOperations(
        'query A($f: SuspectFilter = { search: "x" }) @cached(ttl: {a: 1}) { me { ...F } } fragment F on User { email }',
        100,
      ),
    ).toBe(1);
    expect(countOperations('subscription { notificationAdded { id } } { __typename } query { __typename }', 100)).toBe(
      3,
    );
    expect(countOperations('# { not an operation }\n"""{ nor this }""" query Q { me { email } }', 100)).toBe(1);
  });

  it('stops at maxTokens and counts unreadable text as nothing', () => {
    const flood = '{ __typename } '.repeat(30_000);
    expect(countOperations(flood, 30)).toBe(10);
    expect(countOperations('{ "unterminated', 100)).toBe(0);
  });
});
