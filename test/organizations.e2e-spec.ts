import { Client } from 'pg';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

const FIELDS = `id name aliases kind activities baseOfOperations routes { from to crossingPoint } redactedFields
  ownerAgency { code } handling { tlp releasableTo originatorControlled }`;
const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { ${FIELDS} } }`;
const GET = `query ($id: ID!) { organization(id: $id) { id name ownerAgency { code } } }`;
const LINKS = `query ($id: ID!) { organization(id: $id) {
  name
  affiliations { kind organization { id name } }
  members { role since suspect { id fullName } }
} }`;
const LIST = `query ($search: String, $kind: OrganizationKind, $first: Int, $after: String) {
  organizations(filter: { search: $search, kind: $kind }, first: $first, after: $after) {
    totalCount edges { cursor node { id name kind ownerAgency { code } } } pageInfo { hasNextPage endCursor }
  }
}`;
const CREATE_SUSPECT = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id fullName } }`;
const SUSPECT_MEMBERSHIPS = `query ($id: ID!) { suspect(id: $id) { memberships { role organization { id name } } } }`;

const handling = { tlp: 'AMBER', releasableTo: ['US', 'MX'] };
const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';

interface Org {
  id: string;
  name: string;
}

describe('organizations', () => {
  let app: TestApp;
  let hsi: GraphQLClient;
  let fgr: GraphQLClient;

  const create = async (client: GraphQLClient, input: Record<string, unknown>): Promise<Org> => {
    const result = await client.gql(CREATE, { input: { kind: 'SMUGGLING_RING', handling, ...input } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createOrganization as Org;
  };
  const createSuspect = async (
    client: GraphQLClient,
    input: Record<string, unknown>,
  ): Promise<{ id: string; fullName: string }> => {
    const result = await client.gql(CREATE_SUSPECT, { input: { handling, ...input } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createSuspect;
  };
  const names = async (client: GraphQLClient, filter: { search?: string; kind?: string }) => {
    const result = await client.gql(LIST, { ...filter, first: 100 });
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data.organizations.edges.map((edge: { node: Org }) => edge.node.name) as string[];
  };

  beforeAll(async () => {
    app = await startApp();
    hsi = await app.as('analyst@hsi.example');
    fgr = await app.as('analyst@fgr.example');
  });
  afterAll(() => app?.stop());

  describe('createOrganization', () => {
    it('creates an organization owned by the actor agency, with every field', async () => {
      const result = await hsi.gql(CREATE, {
        input: {
          name: '  Los Halcones del Desierto ',
          aliases: ['Los Halcones', 'Halcones de Anapra'],
          kind: 'SMUGGLING_RING',
          activities: ['HUMAN_SMUGGLING', 'KIDNAPPING', 'EXTORTION', 'KIDNAPPING'],
          baseOfOperations: 'Ciudad Juarez, Chihuahua',
          routes: [
            { from: 'Anapra, Chihuahua', to: 'El Paso, Texas', crossingPoint: 'Santa Teresa, New Mexico' },
            { from: 'Juarez', to: 'Sunland Park' },
          ],
          handling: { tlp: 'AMBER_STRICT', releasableTo: ['US'], originatorControlled: true },
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data.createOrganization).toMatchObject({
        name: 'Los Halcones del Desierto',
        aliases: ['Los Halcones', 'Halcones de Anapra'],
        kind: 'SMUGGLING_RING',
        activities: ['HUMAN_SMUGGLING', 'KIDNAPPING', 'EXTORTION'],
        baseOfOperations: 'Ciudad Juarez, Chihuahua',
        routes: [
          { from: 'Anapra, Chihuahua', to: 'El Paso, Texas', crossingPoint: 'Santa Teresa, New Mexico' },
          { from: 'Juarez', to: 'Sunland Park', crossingPoint: null },
        ],
        redactedFields: [],
        ownerAgency: { code: 'HSI' },
        handling: { tlp: 'AMBER_STRICT', releasableTo: ['US'], originatorControlled: true },
      });
      const read = await hsi.gql(GET, { id: result.data.createOrganization.id });
      expect(read.data.organization).toEqual({
        id: result.data.createOrganization.id,
        name: 'Los Halcones del Desierto',
        ownerAgency: { code: 'HSI' },
      });
    });

    it('forbids creating to a role that may not write records (an intake officer), and writes nothing', async () => {
      const intake = await app.as('intake@hsi.example');
      const result = await intake.gql(CREATE, { input: { name: 'Banda Prohibida', kind: 'GANG', handling } });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect(result.data).toBeNull();
      expect(await names(hsi, { search: 'Banda Prohibida' })).toEqual([]);
    });

    it('rejects bad input naming the field, and writes nothing', async () => {
      const tooLong = await hsi.gql(CREATE, { input: { name: 'x'.repeat(201), kind: 'GANG', handling } });
      expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
      expect(tooLong.errors![0].extensions!.field).toBe('name');
      const blank = await hsi.gql(CREATE, { input: { name: '   ', kind: 'GANG', handling } });
      expect(errorCode(blank)).toBe('BAD_USER_INPUT');
      const badRoute = await hsi.gql(CREATE, {
        input: { name: 'Ruta Invalida', kind: 'GANG', routes: [{ from: '', to: 'El Paso' }], handling },
      });
      expect(errorCode(badRoute)).toBe('BAD_USER_INPUT');
      expect(String(badRoute.errors![0].extensions!.field)).toBe('routes.0.from');
      const badKind = await hsi.gql(CREATE, { input: { name: 'Ruta Invalida', kind: 'CLUB', handling } });
      expect(errorCode(badKind)).toBe('BAD_USER_INPUT');
      expect(await names(hsi, { search: 'Ruta Invalida' })).toEqual([]);
    });

    it('links affiliations only to organizations the actor may see', async () => {
      const fgrCartel = await create(fgr, { name: 'Cartel del Bravo FGR', kind: 'CARTEL' });
      const hidden = await hsi.gql(CREATE, {
        input: {
          name: 'Celula Vinculada',
          kind: 'CELL',
          affiliations: [{ organizationId: fgrCartel.id, kind: 'TIED_TO' }],
          handling,
        },
      });
      const unknown = await hsi.gql(CREATE, {
        input: {
          name: 'Celula Vinculada',
          kind: 'CELL',
          affiliations: [{ organizationId: UNKNOWN_ID, kind: 'TIED_TO' }],
          handling,
        },
      });
      expect(errorCode(hidden)).toBe('BAD_USER_INPUT');
      expect(hidden.errors![0].extensions!.field).toBe('affiliations.organizationId');
      expect(hidden.errors![0].message.replace(fgrCartel.id, 'ID')).toBe(
        unknown.errors![0].message.replace(UNKNOWN_ID, 'ID'),
      );
      // the failed mutation rolled back: no organization without its affiliations
      expect(await names(hsi, { search: 'Celula Vinculada' })).toEqual([]);
    });
  });

  describe('updateOrganization', () => {
    let ring: Org;
    beforeAll(async () => {
      ring = await create(hsi, {
        name: 'La Banda del Puente',
        aliases: ['Los del Puente'],
        activities: ['HUMAN_SMUGGLING'],
      });
    });

    it('updates its own organization; given lists replace the stored ones, absent fields stay', async () => {
      const result = await hsi.gql(UPDATE, {
        id: ring.id,
        input: {
          aliases: ['Puenteros'],
          activities: ['EXTORTION', 'MONEY_LAUNDERING'],
          routes: [{ from: 'Palomas', to: 'Columbus' }],
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data.updateOrganization).toMatchObject({
        name: 'La Banda del Puente',
        aliases: ['Puenteros'],
        kind: 'SMUGGLING_RING',
        activities: ['EXTORTION', 'MONEY_LAUNDERING'],
        routes: [{ from: 'Palomas', to: 'Columbus', crossingPoint: null }],
      });
      const renamed = await hsi.gql(UPDATE, {
        id: ring.id,
        input: { name: 'La Banda del Puente Libre', baseOfOperations: null },
      });
      expect(renamed.data.updateOrganization).toMatchObject({
        name: 'La Banda del Puente Libre',
        aliases: ['Puenteros'],
        baseOfOperations: null,
      });
    });

    it('keeps required fields required', async () => {
      expect(errorCode(await hsi.gql(UPDATE, { id: ring.id, input: { name: null } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hsi.gql(UPDATE, { id: ring.id, input: { kind: null } }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hsi.gql(UPDATE, { id: ring.id, input: { handling: null } }))).toBe('BAD_USER_INPUT');
    });

    it('refuses to affiliate an organization with itself', async () => {
      const result = await hsi.gql(UPDATE, {
        id: ring.id,
        input: { affiliations: [{ organizationId: ring.id, kind: 'ALLIED_WITH' }] },
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('affiliations.organizationId');
      expect((await hsi.gql(LINKS, { id: ring.id })).data.organization.affiliations).toEqual([]);
    });

    it('forbids updating to a role that may read but not write (an intake officer)', async () => {
      const intake = await app.as('intake@hsi.example');
      expect((await intake.gql(GET, { id: ring.id })).data.organization.name).toBe('La Banda del Puente Libre');
      const result = await intake.gql(UPDATE, { id: ring.id, input: { name: 'Renombrada' } });
      expect(errorCode(result)).toBe('FORBIDDEN');
      expect((await hsi.gql(GET, { id: ring.id })).data.organization.name).toBe('La Banda del Puente Libre');
    });

    it('answers another agency NOT_FOUND, exactly as for an unknown id, and changes nothing', async () => {
      const hidden = await fgr.gql(UPDATE, { id: ring.id, input: { name: 'Tomada' } });
      const unknown = await fgr.gql(UPDATE, { id: UNKNOWN_ID, input: { name: 'Tomada' } });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden.errors![0].message).toBe(unknown.errors![0].message);
      expect((await hsi.gql(GET, { id: ring.id })).data.organization.name).toBe('La Banda del Puente Libre');
    });
  });

  describe('organization and organizations: own-agency isolation', () => {
    let hsiOrg: Org;
    beforeAll(async () => {
      hsiOrg = await create(hsi, {
        name: 'Cártel de los Médanos',
        aliases: ['Los Médanos'],
        kind: 'CARTEL',
        handling: { tlp: 'RED', releasableTo: ['US'] },
      });
    });

    it('lets a reader of the owning agency read it (an intake officer may read)', async () => {
      const intake = await app.as('intake@hsi.example');
      expect((await intake.gql(GET, { id: hsiOrg.id })).data.organization).toEqual({
        id: hsiOrg.id,
        name: 'Cártel de los Médanos',
        ownerAgency: { code: 'HSI' },
      });
      expect(await names(intake, { search: 'medanos' })).toContain('Cártel de los Médanos');
    });

    it('answers another agency exactly as for an unknown id', async () => {
      const hidden = await fgr.gql(GET, { id: hsiOrg.id });
      const unknown = await fgr.gql(GET, { id: UNKNOWN_ID });
      const notAnId = await fgr.gql(GET, { id: 'not-an-id' });
      expect(hidden).toEqual({ data: { organization: null } });
      expect(hidden).toEqual(unknown);
      expect(hidden).toEqual(notAnId);
    });

    it('never lists or finds another agency organization', async () => {
      expect(await names(fgr, { search: 'Medanos' })).toEqual([]);
      expect(await names(fgr, { kind: 'CARTEL' })).not.toContain('Cártel de los Médanos');
      const all = await fgr.gql(LIST, { first: 100 });
      const owners = all.data.organizations.edges.map(
        (e: { node: { ownerAgency: { code: string } } }) => e.node.ownerAgency.code,
      );
      expect(owners).toContain('FGR');
      expect(owners.every((code: string) => code === 'FGR')).toBe(true);
    });

    it('refuses a role without any read permission on organizations', async () => {
      const admin = await app.as('admin@hsi.example');
      expect(errorCode(await admin.gql(GET, { id: hsiOrg.id }))).toBe('FORBIDDEN');
      expect(errorCode(await admin.gql(LIST, { first: 5 }))).toBe('FORBIDDEN');
      expect(errorCode(await app.anonymous.gql(LIST, { first: 5 }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('search and filter', () => {
    beforeAll(async () => {
      await create(hsi, {
        name: 'Cártel del Noroeste',
        aliases: ['La Compañía'],
        kind: 'CARTEL',
        activities: ['DRUG_TRAFFICKING'],
      });
      await create(hsi, { name: 'Los Guerreros de Anapra', kind: 'GANG' });
      await create(hsi, { name: 'Célula Santa Teresa', kind: 'CELL' });
    });

    it('finds "cartel" accent- and case-insensitively, and by alias', async () => {
      const cartels = await names(hsi, { search: 'cartel' });
      expect(cartels).toEqual(expect.arrayContaining(['Cártel del Noroeste', 'Cártel de los Médanos']));
      expect(cartels).not.toContain('Los Guerreros de Anapra');
      expect(await names(hsi, { search: 'NOROESTE CARTEL' })).toContain('Cártel del Noroeste');
      expect(await names(hsi, { search: 'la compania' })).toEqual(['Cártel del Noroeste']);
      expect(await names(hsi, { search: 'celula' })).toContain('Célula Santa Teresa');
    });

    it('tolerates a typo', async () => {
      expect(await names(hsi, { search: 'Guereros Anapra' })).toContain('Los Guerreros de Anapra');
    });

    it('filters by kind, alone and together with search', async () => {
      const gangs = await names(hsi, { kind: 'GANG' });
      expect(gangs).toContain('Los Guerreros de Anapra');
      expect(gangs).not.toContain('Cártel del Noroeste');
      expect(await names(hsi, { search: 'cartel', kind: 'GANG' })).toEqual([]);
      expect(await names(hsi, { search: 'noroeste', kind: 'CARTEL' })).toEqual(['Cártel del Noroeste']);
    });

    it('pages with keyset cursors without repeats, and rejects bad arguments', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let total: number;
      do {
        const page: {
          data: {
            organizations: {
              totalCount: number;
              edges: { node: { id: string } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string };
            };
          };
        } = (await hsi.gql(LIST, { first: 2, after })) as never;
        total = page.data.organizations.totalCount;
        seen.push(...page.data.organizations.edges.map((e) => e.node.id));
        after = page.data.organizations.pageInfo.hasNextPage ? page.data.organizations.pageInfo.endCursor : null;
      } while (after);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(total);
      expect(total).toBeGreaterThan(4);
      expect(errorCode(await hsi.gql(LIST, { first: 0 }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hsi.gql(LIST, { first: 5, after: 'garbage' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await hsi.gql(LIST, { search: 'x'.repeat(201) }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('affiliations and members', () => {
    let cartel: Org;
    let rival: Org;
    let ring: Org;
    let leader: { id: string; fullName: string };
    let guide: { id: string; fullName: string };

    beforeAll(async () => {
      cartel = await create(hsi, { name: 'Cartel de la Sierra Alta', kind: 'CARTEL' });
      rival = await create(hsi, { name: 'Los Contrarios', kind: 'GANG' });
      ring = await create(hsi, {
        name: 'Red de Cruces Anapra',
        affiliations: [
          { organizationId: cartel.id, kind: 'TIED_TO' },
          { organizationId: rival.id, kind: 'RIVAL_OF' },
        ],
      });
      leader = await createSuspect(hsi, {
        givenNames: 'Teodoro',
        paternalSurname: 'Arriaga',
        maternalSurname: 'Luna',
        memberships: [{ organizationId: ring.id, role: 'LEADER', since: '2019-04-01' }],
      });
      guide = await createSuspect(hsi, {
        givenNames: 'Fermín',
        paternalSurname: 'Cota',
        memberships: [
          { organizationId: ring.id, role: 'GUIDE' },
          { organizationId: cartel.id, role: 'MEMBER' },
        ],
      });
    });

    it('shows the owner its affiliations and members, with the linked records', async () => {
      const result = await hsi.gql(LINKS, { id: ring.id });
      expect(result.errors).toBeUndefined();
      expect(result.data.organization.affiliations).toHaveLength(2);
      expect(result.data.organization.affiliations).toEqual(
        expect.arrayContaining([
          { kind: 'TIED_TO', organization: { id: cartel.id, name: 'Cartel de la Sierra Alta' } },
          { kind: 'RIVAL_OF', organization: { id: rival.id, name: 'Los Contrarios' } },
        ]),
      );
      expect(result.data.organization.members).toEqual([
        { role: 'LEADER', since: '2019-04-01', suspect: { id: leader.id, fullName: 'Teodoro Arriaga Luna' } },
        { role: 'GUIDE', since: null, suspect: { id: guide.id, fullName: 'Fermín Cota' } },
      ]);
    });

    it('resolves Membership.organization from the suspect side', async () => {
      const result = await hsi.gql(SUSPECT_MEMBERSHIPS, { id: guide.id });
      expect(result.data.suspect.memberships).toHaveLength(2);
      expect(result.data.suspect.memberships).toEqual(
        expect.arrayContaining([
          { role: 'GUIDE', organization: { id: ring.id, name: 'Red de Cruces Anapra' } },
          { role: 'MEMBER', organization: { id: cartel.id, name: 'Cartel de la Sierra Alta' } },
        ]),
      );
    });

    it('replaces affiliations on update, and an empty list clears them', async () => {
      const update =
        'mutation ($id: ID!, $input: UpdateOrganizationInput!) { updateOrganization(id: $id, input: $input) { affiliations { kind organization { name } } } }';
      const replaced = await hsi.gql(update, {
        id: ring.id,
        input: { affiliations: [{ organizationId: cartel.id, kind: 'FACTION_OF' }] },
      });
      expect(replaced.data.updateOrganization.affiliations).toEqual([
        { kind: 'FACTION_OF', organization: { name: 'Cartel de la Sierra Alta' } },
      ]);
      const untouched = await hsi.gql(update, { id: ring.id, input: { name: 'Red de Cruces Anapra' } });
      expect(untouched.data.updateOrganization.affiliations).toEqual([
        { kind: 'FACTION_OF', organization: { name: 'Cartel de la Sierra Alta' } },
      ]);
      const cleared = await hsi.gql(update, { id: rival.id, input: { affiliations: [] } });
      expect(cleared.data.updateOrganization.affiliations).toEqual([]);
    });

    it('never shows links to records the viewer may not see', async () => {
      const fgrRing = await create(fgr, { name: 'Banda de Palomas', kind: 'GANG' });
      const fgrMember = await createSuspect(fgr, {
        givenNames: 'Genaro',
        paternalSurname: 'Ibáñez',
        memberships: [{ organizationId: fgrRing.id, role: 'DRIVER' }],
      });
      // the API refuses links to hidden records (FGR cannot see the HSI ring)...
      const sneaky = await fgr.gql(UPDATE, {
        id: fgrRing.id,
        input: { affiliations: [{ organizationId: ring.id, kind: 'ALLIED_WITH' }] },
      });
      expect(errorCode(sneaky)).toBe('BAD_USER_INPUT');
      // ...so put cross-agency links straight into the database, as a share revoked later would leave them
      const db = new Client({ connectionString: app.databaseUrl });
      await db.connect();
      try {
        await db.query(
          'INSERT INTO organization_affiliations (organization_id, affiliated_organization_id, kind) VALUES ($1, $2, $3), ($4, $5, $6)',
          [ring.id, fgrRing.id, 'ALLIED_WITH', fgrRing.id, cartel.id, 'TIED_TO'],
        );
        await db.query(
          'INSERT INTO memberships (suspect_id, organization_id, role) VALUES ($1, $2, $3), ($4, $5, $6)',
          [fgrMember.id, ring.id, 'RECRUITER', guide.id, fgrRing.id, 'COLLECTOR'],
        );
      } finally {
        await db.end();
      }

      const hsiView = (await hsi.gql(LINKS, { id: ring.id })).data.organization;
      expect(hsiView.affiliations.map((a: { organization: Org }) => a.organization.id)).not.toContain(fgrRing.id);
      expect(hsiView.affiliations).toEqual([
        { kind: 'FACTION_OF', organization: { id: cartel.id, name: 'Cartel de la Sierra Alta' } },
      ]);
      expect(hsiView.members.map((m: { suspect: { id: string } }) => m.suspect.id).sort()).toEqual(
        [leader.id, guide.id].sort(),
      );
      const guideMemberships = (await hsi.gql(SUSPECT_MEMBERSHIPS, { id: guide.id })).data.suspect.memberships;
      expect(guideMemberships.map((m: { organization: Org }) => m.organization.id).sort()).toEqual(
        [ring.id, cartel.id].sort(),
      );

      const fgrView = (await fgr.gql(LINKS, { id: fgrRing.id })).data.organization;
      expect(fgrView).toEqual({
        name: 'Banda de Palomas',
        affiliations: [],
        members: [{ role: 'DRIVER', since: null, suspect: { id: fgrMember.id, fullName: 'Genaro Ibáñez' } }],
      });
      expect((await fgr.gql(SUSPECT_MEMBERSHIPS, { id: fgrMember.id })).data.suspect.memberships).toEqual([
        { role: 'DRIVER', organization: { id: fgrRing.id, name: 'Banda de Palomas' } },
      ]);
      expect((await fgr.gql(LINKS, { id: ring.id })).data.organization).toBeNull();
      expect((await fgr.gql(SUSPECT_MEMBERSHIPS, { id: guide.id })).data.suspect).toBeNull();
    });

    it('answers nested fields of a page with a fixed number of SQL queries', async () => {
      const query = `query { organizations(first: 50) { edges { node { id
        affiliations { kind organization { name } }
        members { role suspect { fullName memberships { organization { name } } } }
      } } } }`;
      // let the log lines of earlier requests arrive before counting
      const settle = () => new Promise((r) => setTimeout(r, 300));
      await settle();
      // count in the steady state: a write drops the cached session and ability (AuthStateCache)
      await hsi.gql('{ me { email } }');
      const small = await app.countQueries(() => hsi.gql(query));
      for (let i = 0; i < 3; i++) {
        const extra = await create(hsi, {
          name: `Celula Extra ${i}`,
          kind: 'CELL',
          affiliations: [{ organizationId: cartel.id, kind: 'TIED_TO' }],
        });
        await createSuspect(hsi, {
          givenNames: 'Extra',
          paternalSurname: `Miembro ${i}`,
          memberships: [{ organizationId: extra.id, role: 'MEMBER' }],
        });
      }
      const result = await hsi.gql(query);
      expect(result.errors).toBeUndefined();
      expect(result.data.organizations.edges.length).toBeGreaterThan(8);
      await settle();
      const large = await app.countQueries(() => hsi.gql(query));
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
    });
  });
});
