import { Client } from 'pg';
import { DEMO_IDS } from './support/demo';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

const CREATE = `mutation ($input: CreateSuspectInput!) {
  createSuspect(input: $input) { id givenNames paternalSurname maternalSurname fullName aliases redactedFields ownerAgency { code } handling { tlp releasableTo originatorControlled } }
}`;
const GET = `query ($id: ID!) { suspect(id: $id) { id fullName ownerAgency { code } } }`;
const SEARCH = `query ($search: String, $first: Int, $after: String) {
  suspects(filter: { search: $search }, first: $first, after: $after) {
    totalCount edges { cursor node { id fullName aliases ownerAgency { code } } } pageInfo { hasNextPage endCursor }
  }
}`;

const handling = { tlp: 'AMBER', releasableTo: ['US', 'MX'] };

describe('suspects', () => {
  let app: TestApp;
  let hsi: GraphQLClient;
  let fgr: GraphQLClient;

  const create = async (client: GraphQLClient, input: Record<string, unknown>) => {
    const result = await client.gql(CREATE, { input: { handling, ...input } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createSuspect as { id: string; fullName: string };
  };
  const names = async (client: GraphQLClient, search: string) =>
    ((await client.gql(SEARCH, { search, first: 100 })).data?.suspects.edges ?? []).map(
      (edge: { node: { fullName: string } }) => edge.node.fullName,
    );

  beforeAll(async () => {
    app = await startApp();
    hsi = await app.as('analyst@hsi.example');
    fgr = await app.as('analyst@fgr.example');
  });
  afterAll(() => app?.stop());

  describe('login', () => {
    it('logs a demo user in and answers me', async () => {
      const me = await hsi.gql('{ me { email roles agency { code country } } }');
      expect(me.data.me).toEqual({
        email: 'analyst@hsi.example',
        roles: ['ANALYST'],
        agency: { code: 'HSI', country: 'US' },
      });
    });

    it('gives a wrong password and an unknown email the same answer', async () => {
      const login = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }';
      const wrongPassword = await app.anonymous.gql(login, { e: 'analyst@hsi.example', p: 'not-the-password' });
      const unknownEmail = await app.anonymous.gql(login, { e: 'nobody@hsi.example', p: 'not-the-password' });
      expect(errorCode(wrongPassword)).toBe('UNAUTHENTICATED');
      expect(wrongPassword.errors![0].message).toBe(unknownEmail.errors![0].message);
      expect(errorCode(unknownEmail)).toBe('UNAUTHENTICATED');
    });

    it('refuses operations without a token, and with a forged one', async () => {
      expect(errorCode(await app.anonymous.gql('{ suspects { totalCount } }'))).toBe('UNAUTHENTICATED');
      const forged = new GraphQLClient(app.url, `${hsi.token!.slice(0, -4)}AAAA`);
      expect(errorCode(await forged.gql('{ me { email } }'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('create, read, update', () => {
    it('creates a suspect owned by the actor agency', async () => {
      const result = await hsi.gql(CREATE, {
        input: {
          givenNames: 'Rogelio',
          paternalSurname: 'Valdés',
          maternalSurname: 'Ibarra',
          aliases: ['El Chato'],
          handling,
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data.createSuspect).toMatchObject({
        fullName: 'Rogelio Valdés Ibarra',
        aliases: ['El Chato'],
        redactedFields: [],
        ownerAgency: { code: 'HSI' },
        handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'], originatorControlled: false },
      });
    });

    it('forbids creating to a role that may not write records', async () => {
      const intake = await app.as('intake@hsi.example');
      const result = await intake.gql(CREATE, { input: { givenNames: 'Ana', paternalSurname: 'Ruiz', handling } });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(await names(hsi, 'Ana Ruiz')).toEqual([]);
    });

    it('rejects bad input naming the field, and writes nothing', async () => {
      const tooLong = await hsi.gql(CREATE, {
        input: { givenNames: 'x'.repeat(201), paternalSurname: 'Largo', handling },
      });
      expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
      expect(tooLong.errors![0].extensions!.field).toBe('givenNames');
      const badDate = await hsi.gql(CREATE, {
        input: { givenNames: 'Luis', paternalSurname: 'Largo', dateOfBirth: '1990-02-31', handling },
      });
      expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
      const badEnum = await hsi.gql(CREATE, {
        input: { givenNames: 'Luis', paternalSurname: 'Largo', handling: { tlp: 'PURPLE' } },
      });
      expect(errorCode(badEnum)).toBe('BAD_USER_INPUT');
      expect(await names(hsi, 'Largo')).toEqual([]);
    });

    it('updates its own suspect, and keeps required fields required', async () => {
      const suspect = await create(hsi, { givenNames: 'Marta', paternalSurname: 'Salas' });
      const update =
        'mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { fullName aliases } }';
      const result = await hsi.gql(update, {
        id: suspect.id,
        input: { maternalSurname: 'Peralta', aliases: ['La Güera'] },
      });
      expect(result.data.updateSuspect).toEqual({ fullName: 'Marta Salas Peralta', aliases: ['La Güera'] });
      // with an alias the names may go (known by the alias alone); without one they may not
      expect(errorCode(await hsi.gql(update, { id: suspect.id, input: { givenNames: null, aliases: [] } }))).toBe(
        'BAD_USER_INPUT',
      );
      expect((await hsi.gql(update, { id: suspect.id, input: { givenNames: null } })).data.updateSuspect).toEqual({
        fullName: 'Salas Peralta',
        aliases: ['La Güera'],
      });
    });
  });

  describe('own-agency isolation', () => {
    let hsiSuspect: { id: string };
    beforeAll(async () => {
      hsiSuspect = await create(hsi, {
        givenNames: 'Evaristo',
        paternalSurname: 'Quiñones',
        handling: { tlp: 'RED', releasableTo: ['US'] },
      });
    });

    it('answers another agency exactly as for an unknown id', async () => {
      const hidden = await fgr.gql(GET, { id: hsiSuspect.id });
      const unknown = await fgr.gql(GET, { id: '0195a000-0000-7000-8000-00000000ffff' });
      const notAnId = await fgr.gql(GET, { id: 'not-an-id' });
      expect(hidden).toEqual({ data: { suspect: null } });
      expect(hidden).toEqual(unknown);
      expect(hidden).toEqual(notAnId);
      expect((await hsi.gql(GET, { id: hsiSuspect.id })).data.suspect.fullName).toBe('Evaristo Quiñones');
    });

    it('never lists or finds another agency record', async () => {
      expect(await names(fgr, 'Quiñones')).toEqual([]);
      const all = await fgr.gql(SEARCH, { first: 100 });
      expect(
        all.data.suspects.edges.every(
          (e: { node: { ownerAgency: { code: string } } }) => e.node.ownerAgency.code === 'FGR',
        ),
      ).toBe(true);
    });

    it('cannot change another agency record, and says so like for an unknown one', async () => {
      const update = 'mutation ($id: ID!) { updateSuspect(id: $id, input: { aliases: ["X"] }) { id } }';
      const hidden = await fgr.gql(update, { id: hsiSuspect.id });
      const unknown = await fgr.gql(update, { id: '0195a000-0000-7000-8000-00000000ffff' });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
    });
  });

  describe('name search', () => {
    beforeAll(async () => {
      await create(hsi, { givenNames: 'José Ángel', paternalSurname: 'Núñez', maternalSurname: 'Peña' });
      await create(hsi, {
        givenNames: 'Brenda',
        paternalSurname: 'Ortega',
        maternalSurname: 'Ríos',
        aliases: ['El Güero'],
      });
      await create(hsi, { givenNames: 'Ulises', paternalSurname: 'González', maternalSurname: 'Treviño' });
    });

    it('is accent- and case-insensitive', async () => {
      expect(await names(hsi, 'jose nunez')).toContain('José Ángel Núñez Peña');
      expect(await names(hsi, 'GONZALEZ')).toContain('Ulises González Treviño');
    });

    it('finds aliases', async () => {
      expect(await names(hsi, 'el guero')).toContain('Brenda Ortega Ríos');
    });

    it('tolerates a typo, word order and a missing maternal surname', async () => {
      expect(await names(hsi, 'Gonzales Ulises')).toContain('Ulises González Treviño');
      expect(await names(hsi, 'nunez jose angel')).toContain('José Ángel Núñez Peña');
      expect(await names(hsi, 'Ulises Gonzalez')).toContain('Ulises González Treviño');
    });

    describe('through the vocabulary of name words', () => {
      const vocabulary = async (words: string[]) => {
        const db = new Client({ connectionString: app.databaseUrl });
        await db.connect();
        try {
          const { rows } = await db.query<{ word: string }>(
            'SELECT word FROM search_vocabulary WHERE word = ANY($1) ORDER BY word',
            [words],
          );
          return rows.map((row) => row.word);
        } finally {
          await db.end();
        }
      };

      it('finds a suspect created with words new to it: typo, accents, case, any order, hyphens (insert trigger)', async () => {
        const words = ['ameyalli', 'quintanilla', 'teyolia', 'ybarra'];
        expect(await vocabulary(words)).toEqual([]);
        await create(hsi, {
          givenNames: 'Xóchitl Ameyalli',
          paternalSurname: 'Ybarra-Quintanilla',
          aliases: ['La Teyólia'],
        });
        expect(await vocabulary(words)).toEqual(words);
        const name = 'Xóchitl Ameyalli Ybarra-Quintanilla';
        expect(await names(hsi, 'Ameyalli Ybarra')).toContain(name);
        expect(await names(hsi, 'quintanilla XOCHITL')).toContain(name);
        expect(await names(hsi, 'ameyali quintanila')).toContain(name);
        expect(await names(hsi, 'ybarra-quintanilla')).toContain(name);
        expect(await names(hsi, 'la teyolia')).toContain(name);
        expect(await names(hsi, 'Ameyalli Ybarra Quintanilla Zamudio')).not.toContain(name);
      });

      it('finds a suspect by the names an update gave it, and no longer by the old ones (update trigger)', async () => {
        const { id } = await create(hsi, { givenNames: 'Temoc', paternalSurname: 'Zazueta' });
        expect(await names(hsi, 'temoc zazueta')).toContain('Temoc Zazueta');
        expect(await vocabulary(['itzcuintli'])).toEqual([]);
        const update =
          'mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { fullName } }';
        const result = await hsi.gql(update, { id, input: { paternalSurname: 'Itzcuintli' } });
        expect(result.data.updateSuspect).toEqual({ fullName: 'Temoc Itzcuintli' });
        expect(await vocabulary(['itzcuintli', 'zazueta'])).toEqual(['itzcuintli', 'zazueta']);
        expect(await names(hsi, 'itzcuintly temoc')).toContain('Temoc Itzcuintli');
        // the stale word stays in the vocabulary and matches nothing
        expect(await names(hsi, 'temoc zazueta')).toEqual([]);
      });

      it('finds nothing for a query of punctuation alone', async () => {
        const result = await hsi.gql(SEARCH, { search: "-- ' %", first: 5 });
        expect(result.errors).toBeUndefined();
        expect(result.data.suspects.totalCount).toBe(0);
      });
    });

    it('does not match unrelated names, and is safe with any characters', async () => {
      expect(await names(hsi, 'Zacarías Montoya')).not.toContain('Ulises González Treviño');
      const hostile = await hsi.gql(SEARCH, { search: "%' OR 1=1; -- _\\", first: 5 });
      expect(hostile.errors).toBeUndefined();
    });
  });

  describe('pagination', () => {
    it('pages with keyset cursors without repeats, and rejects bad page sizes', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const page: {
          data: {
            suspects: {
              totalCount: number;
              edges: { cursor: string; node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          };
        } = (await hsi.gql(SEARCH, { first: 3, after })) as never;
        total = page.data.suspects.totalCount;
        seen.push(...page.data.suspects.edges.map((e) => e.node.id));
        after = page.data.suspects.pageInfo.hasNextPage ? page.data.suspects.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
      expect(total).toBeGreaterThan(3);
      expect(errorCode(await hsi.gql(SEARCH, { first: 0 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hsi.gql(SEARCH, { first: 101 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hsi.gql(SEARCH, { first: 5, after: 'garbage' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('nested fields', () => {
    it('cost a fixed number of SQL queries, whatever the page size', async () => {
      const inputs = Array.from({ length: 50 }, (_, i) => ({
        givenNames: `Batch ${i}`,
        paternalSurname: 'Loader',
        handling,
        memberships: [{ organizationId: DEMO_IDS.organizations.hsiVenadosAnapra, role: 'DRIVER' }],
      }));
      // Ten creations a request: an operation may have at most 10 root fields (README "Limits").
      const created: { data: Record<string, { id: string }> } = { data: {} };
      for (let start = 0; start < inputs.length; start += 10) {
        const chunk = inputs.slice(start, start + 10);
        const result = await hsi.gql(
          `mutation (${chunk.map((_, i) => `$i${start + i}: CreateSuspectInput!`).join(', ')}) { ${chunk.map((_, i) => `s${start + i}: createSuspect(input: $i${start + i}) { id }`).join(' ')} }`,
          Object.fromEntries(chunk.map((input, i) => [`i${start + i}`, input])),
        );
        expect(result.errors).toBeUndefined();
        Object.assign(created.data, result.data);
      }
      // the newest suspects, so both page sizes include warrants and their subjects
      for (const i of [47, 48, 49]) {
        const warrant = await hsi.gql(
          `mutation ($input: CreateWarrantInput!) { createWarrant(input: $input) { id } }`,
          {
            input: {
              number: `LOADER-${i}`,
              issuingCountry: 'US',
              issuingAuthority: 'U.S. District Court, Western District of Texas',
              charges: ['8 U.S.C. 1324'],
              subjectId: created.data[`s${i}`].id,
              status: 'ACTIVE',
              handling,
            },
          },
        );
        expect(warrant.errors).toBeUndefined();
      }
      const page = `query ($first: Int) { suspects(filter: { search: "loader" }, first: $first) {
        edges { node { fullName memberships { role organization { name } } warrants { number status subject { fullName } } } }
      } }`;
      let small: { data?: any } = {};
      let large: { data?: any } = {};
      // count in the steady state: a write drops the cached session and ability (AuthStateCache)
      await hsi.gql('{ me { email } }');
      const forFive = await app.countQueries(async () => (small = await hsi.gql(page, { first: 5 })));
      const forFifty = await app.countQueries(async () => (large = await hsi.gql(page, { first: 50 })));
      expect(small.data.suspects.edges).toHaveLength(5);
      expect(large.data.suspects.edges).toHaveLength(50);
      const nodes = large.data.suspects.edges.map((e: { node: any }) => e.node);
      expect(nodes.every((n: any) => n.memberships[0].organization.name === 'Los Venados de Anapra')).toBe(true);
      expect(nodes.filter((n: any) => n.warrants.length === 1)).toHaveLength(3);
      expect(forFive).toBeGreaterThan(0);
      expect(forFifty).toBe(forFive);
      // the search's vocabulary and its ranked ids, the suspects, their warrants, their memberships
      // with the organizations (a warrant's subject is a suspect of the page, read already); no
      // transaction, and the agency's setting only on a connection last used for another (agency-scope)
      expect(forFifty).toBeLessThanOrEqual(6);
    });
  });
});
