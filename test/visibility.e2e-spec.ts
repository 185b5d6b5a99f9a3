import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildSchema, GraphQLObjectType, isObjectType } from 'graphql';
import { DEMO_IDS } from './support/demo';
import { APPROVE, createSuspect, OFFER, ok, REQUEST_SHARE, UPDATE_SUSPECT } from './support/sharing';
import { errorCode, GraphQLClient, startApp, TestApp } from './support/test-app';

/**
 * Each disclosure of issue #12, reproduced as an adversarial partner would try it: withheld
 * means withheld on every path.
 */
const A = DEMO_IDS.agencies;
const OPEN = { tlp: 'GREEN', releasableTo: ['US', 'MX'] };
const CREATE_AGREEMENT = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id discoveryKeys { recordType fields } } }`;
const CREATE_ORGANIZATION = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`;
const SUSPECT = `query ($id: ID!) { suspect(id: $id) { id fullName givenNames paternalSurname maternalSurname aliases dateOfBirth updatedAt redactedFields
  memberships { role organization { id } } } }`;
const ORGANIZATION = `query ($id: ID!) { organization(id: $id) { id redactedFields members { role suspect { id } } } }`;
const SEARCH = `query ($search: String!) { suspects(filter: { search: $search }, first: 50) { edges { node { id } } } }`;
const DISCOVER = `query ($search: String, $identifier: String, $dateOfBirth: Date) {
  discoverSuspects(search: $search, identifier: $identifier, dateOfBirth: $dateOfBirth) { recordId ownerAgency { code } } }`;
const WARRANTS_OF = `query ($subjectId: ID!) { warrants(filter: { subjectId: $subjectId }, first: 50) { totalCount edges { node { id } } } }`;
const FEED = `query ($after: String) { warrantChanges(after: $after, first: 100) { endCursor hasMore changes { warrant { id } } } }`;

const ids = (edges: { node: { id: string } }[]) => edges.map((edge) => edge.node.id);

describe('withheld means withheld on every path (#12)', () => {
  let app: TestApp;
  const as: Record<string, GraphQLClient> = {};
  const agreement = async (provider: string, input: Record<string, unknown>) =>
    ok<{ id: string; discoveryKeys: { recordType: string; fields: string[] }[] }>(
      await as[`admin@${provider}`].gql(CREATE_AGREEMENT, {
        input: { maxTlp: 'AMBER', permittedUses: ['INTELLIGENCE'], ...input },
      }),
      'createAgreement',
    );

  beforeAll(async () => {
    app = await startApp();
    const emails = [
      'admin@fbi',
      'analyst@fbi',
      'liaison@fbi',
      'admin@dea',
      'analyst@dea',
      'liaison@dea',
      'admin@gn',
      'analyst@gn',
      'admin@inm',
      'analyst@inm',
      'liaison@inm',
    ];
    for (const email of emails) as[email] = await app.as(`${email}.example`);
    // FBI -> DEA: standing, withholds a suspect's memberships, lets DEA pass records on.
    await agreement('fbi', {
      recipientAgencyId: A.DEA,
      recordTypes: ['SUSPECT', 'ORGANIZATION'],
      approvalRequired: false,
      onwardSharingAllowed: true,
      withheldFields: [{ recordType: 'SUSPECT', fields: ['memberships'] }],
    });
    // FBI -> GN: standing, withholds an organization's members.
    await agreement('fbi', {
      recipientAgencyId: A.GN,
      recordTypes: ['SUSPECT', 'ORGANIZATION'],
      approvalRequired: false,
      withheldFields: [{ recordType: 'ORGANIZATION', fields: ['members'] }],
    });
    // FBI -> INM: by approval, never aliases or dates of birth.
    await agreement('fbi', {
      recipientAgencyId: A.INM,
      recordTypes: ['SUSPECT'],
      approvalRequired: true,
      withheldFields: [{ recordType: 'SUSPECT', fields: ['aliases', 'dateOfBirth'] }],
    });
    // DEA -> INM: by approval (DEA's liaison offers), warrants too.
    await agreement('dea', { recipientAgencyId: A.INM, recordTypes: ['SUSPECT'], approvalRequired: true });
    // DEA -> GN: standing, warrants only, never their issuing authority.
    await agreement('dea', {
      recipientAgencyId: A.GN,
      recordTypes: ['WARRANT'],
      approvalRequired: false,
      withheldFields: [{ recordType: 'WARRANT', fields: ['issuingAuthority'] }],
    });
  });
  afterAll(() => app?.stop());

  describe('field names come from the descriptor', () => {
    it('refuses a misspelt field in an agreement, naming it, instead of withholding nothing', async () => {
      const result = await as['admin@gn'].gql(CREATE_AGREEMENT, {
        input: {
          recipientAgencyId: A.FBI,
          recordTypes: ['SUSPECT'],
          maxTlp: 'AMBER',
          approvalRequired: true,
          permittedUses: ['INTELLIGENCE'],
          withheldFields: [{ recordType: 'SUSPECT', fields: ['identifier'] }],
        },
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].message).toContain('"identifier"');
      expect(result.errors![0].extensions?.field).toBe('withheldFields.fields');
      const keys = await as['admin@gn'].gql(CREATE_AGREEMENT, {
        input: {
          recipientAgencyId: A.FBI,
          recordTypes: ['SUSPECT'],
          maxTlp: 'AMBER',
          approvalRequired: true,
          permittedUses: ['INTELLIGENCE'],
          discoveryKeys: [{ recordType: 'SUSPECT', fields: ['dob'] }],
        },
      });
      expect(errorCode(keys)).toBe('BAD_USER_INPUT');
      expect(keys.errors![0].message).toContain('"dob"');
    });

    it('refuses a misspelt field in a request, an approval and an offer, naming it', async () => {
      const id = await createSuspect(as['analyst@fbi'], 'Rogelio', 'Campos', OPEN);
      const request = await as['analyst@inm'].gql(REQUEST_SHARE, {
        type: 'SUSPECT',
        id,
        purpose: 'Cotejo',
        fields: ['identifier'],
      });
      expect(errorCode(request)).toBe('BAD_USER_INPUT');
      expect(request.errors![0].message).toContain('"identifier"');
      const asked = ok(
        await as['analyst@inm'].gql(REQUEST_SHARE, { type: 'SUSPECT', id, purpose: 'Cotejo' }),
        'requestShare',
      );
      const approval = await as['liaison@fbi'].gql(APPROVE, { id: asked.id, fields: ['givenName'] });
      expect(errorCode(approval)).toBe('BAD_USER_INPUT');
      expect(approval.errors![0].message).toContain('"givenName"');
      const offer = await as['liaison@fbi'].gql(OFFER, {
        type: 'SUSPECT',
        id,
        to: A.DEA,
        purpose: 'Cotejo',
        fields: ['surname'],
      });
      expect(errorCode(offer)).toBe('BAD_USER_INPUT');
      expect(offer.errors![0].message).toContain('"surname"');
    });
  });

  describe('memberships are one link seen from both ends', () => {
    let ring: string;
    let member: string;
    beforeAll(async () => {
      ring = ok<{ id: string }>(
        await as['analyst@fbi'].gql(CREATE_ORGANIZATION, {
          input: { name: 'Los Halcones del Norte', kind: 'SMUGGLING_RING', handling: OPEN },
        }),
        'createOrganization',
      ).id;
      member = await createSuspect(as['analyst@fbi'], 'Efrén', 'Villa', OPEN, {
        memberships: [{ organizationId: ring, role: 'LEADER' }],
      });
    });

    it('Organization.members hides a membership the agreement withholds as Suspect.memberships', async () => {
      const seen = ok(await as['analyst@dea'].gql(SUSPECT, { id: member }), 'suspect');
      expect(seen.memberships).toBeNull();
      expect(seen.redactedFields).toContain('memberships');
      const organization = ok(await as['analyst@dea'].gql(ORGANIZATION, { id: ring }), 'organization');
      expect(organization.members).toEqual([]);
    });

    it('Suspect.memberships hides a membership the agreement withholds as Organization.members', async () => {
      const organization = ok(await as['analyst@gn'].gql(ORGANIZATION, { id: ring }), 'organization');
      expect(organization.members).toBeNull();
      const seen = ok(await as['analyst@gn'].gql(SUSPECT, { id: member }), 'suspect');
      expect(seen.memberships).toEqual([]);
      // the owner still sees both ends
      expect(ok(await as['analyst@fbi'].gql(SUSPECT, { id: member }), 'suspect').memberships).toEqual([
        { role: 'LEADER', organization: { id: ring } },
      ]);
    });
  });

  it('an onward share never opens what the owner withholds from the final recipient', async () => {
    const id = await createSuspect(as['analyst@fbi'], 'Aurelio', 'Sandoval', OPEN, {
      aliases: ['El Chato'],
      dateOfBirth: '1980-02-03',
    });
    // DEA holds it under the standing agreement and passes it on to INM
    const offered = await as['liaison@dea'].gql(OFFER, {
      type: 'SUSPECT',
      id,
      to: A.INM,
      purpose: 'Cruce de información',
    });
    const share = ok(offered, 'offerShare');
    expect(share.grantedFields).not.toContain('aliases');
    expect(share.grantedFields).not.toContain('dateOfBirth');
    const seen = ok(await as['analyst@inm'].gql(SUSPECT, { id }), 'suspect');
    expect(seen).toMatchObject({ givenNames: 'Aurelio', aliases: null, dateOfBirth: null });
    expect(seen.redactedFields).toEqual(expect.arrayContaining(['aliases', 'dateOfBirth']));
    // asking for them outright is refused
    const asked = await as['liaison@dea'].gql(OFFER, {
      type: 'SUSPECT',
      id,
      to: A.INM,
      purpose: 'Otra vez',
      fields: ['aliases'],
    });
    expect(errorCode(asked)).toBe('BAD_USER_INPUT');
  });

  describe('discovery matches only on discovery keys', () => {
    it('never confirms a withheld alias that is not a key; a withheld key matches (hit/no-hit only)', async () => {
      const id = await createSuspect(as['analyst@fbi'], 'Baltazar', 'Quiñones', OPEN, { aliases: ['El Tecolote'] });
      const toInm = await as['admin@fbi'].gql(
        '{ agreements { id recipientAgency { code } discoveryKeys { recordType fields } } }',
      );
      const inm = ok<{ id: string; recipientAgency: { code: string }; discoveryKeys: { fields: string[] }[] }[]>(
        toInm,
        'agreements',
      ).find((a) => a.recipientAgency.code === 'INM')!;
      // by default: the name fields not withheld (aliases are withheld from INM)
      expect(inm.discoveryKeys).toEqual([
        { recordType: 'SUSPECT', fields: ['givenNames', 'paternalSurname', 'maternalSurname'] },
      ]);
      ok(
        await as['admin@fbi'].gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', { id: inm.id }),
        'endAgreement',
      );
      await agreement('fbi', {
        recipientAgencyId: A.INM,
        recordTypes: ['SUSPECT'],
        approvalRequired: true,
        discoveryAllowed: true,
        withheldFields: [{ recordType: 'SUSPECT', fields: ['aliases', 'dateOfBirth'] }],
      });
      const hits = async (variables: Record<string, unknown>) =>
        ok<{ recordId: string }[]>(await as['analyst@inm'].gql(DISCOVER, variables), 'discoverSuspects').map(
          (hit) => hit.recordId,
        );
      expect(await hits({ search: 'Baltazar Quiñones' })).toContain(id);
      expect(await hits({ search: 'Tecolote' })).not.toContain(id);
      // the demo agreement HSI -> FGR makes identifiers and dates of birth keys
      const fgr = await app.as('analyst@fgr.example');
      const hsiSuspect = ok(
        await (
          await app.as('analyst@hsi.example')
        ).gql('query ($id: ID!) { suspect(id: $id) { dateOfBirth identifiers { value } } }', {
          id: DEMO_IDS.suspects.hsiNunezPena,
        }),
        'suspect',
      );
      const byIdentifier = ok<{ recordId: string }[]>(
        await fgr.gql(DISCOVER, { identifier: hsiSuspect.identifiers[0].value }),
        'discoverSuspects',
      );
      expect(byIdentifier.map((hit) => hit.recordId)).toContain(DEMO_IDS.suspects.hsiNunezPena);
      const byBirth = ok<{ recordId: string }[]>(
        await fgr.gql(DISCOVER, { dateOfBirth: hsiSuspect.dateOfBirth }),
        'discoverSuspects',
      );
      expect(byBirth.map((hit) => hit.recordId)).toContain(DEMO_IDS.suspects.hsiNunezPena);
      expect(errorCode(await fgr.gql(DISCOVER, {}))).toBe('BAD_USER_INPUT');
    });
  });

  describe('cursors', () => {
    it('never carry a value in clear, and a forged one answers BAD_USER_INPUT on every list', async () => {
      const hsi = await app.as('intake@hsi.example');
      const page = ok(await hsi.gql('{ tips(first: 1) { edges { cursor node { receivedAt } } } }'), 'tips');
      const [{ cursor, node }] = page.edges;
      const decoded = Buffer.from(cursor, 'base64url').toString('latin1');
      expect(decoded).not.toContain(node.receivedAt.slice(0, 10));
      const forged = [
        Buffer.from(JSON.stringify([0, 'not-a-date', '00000000-0000-0000-0000-000000000000'])).toString('base64url'),
        'AAAA',
        cursor.slice(0, -2) + 'xx',
        'x'.repeat(5000),
      ];
      const reader = ok(
        await (
          await app.as('admin@fgr.example')
        ).gql('mutation { createApiKey(name: "feed", scopes: ["warrants:read"]) { secret } }'),
        'createApiKey',
      );
      const key = new GraphQLClient(app.url, undefined, { 'x-api-key': reader.secret });
      const liaison = await app.as('liaison@hsi.example');
      const lists: [GraphQLClient, string][] = [
        [hsi, 'query ($after: String) { tips(first: 5, after: $after) { edges { cursor } } }'],
        [hsi, 'query ($after: String) { suspects(first: 5, after: $after) { edges { cursor } } }'],
        [
          hsi,
          'query ($after: String) { suspects(filter: { search: "maria" }, first: 5, after: $after) { edges { cursor } } }',
        ],
        [
          hsi,
          'query ($after: String) { suspects(filter: { search: "maria lopez" }, first: 5, after: $after) { edges { cursor } } }',
        ],
        [
          liaison,
          `query ($after: String) { auditTrail(recordType: SUSPECT, recordId: "${DEMO_IDS.suspects.hsiNunezPena}", first: 5, after: $after) { edges { cursor } } }`,
        ],
        [key, 'query ($after: String) { warrantChanges(after: $after, first: 5) { endCursor } }'],
      ];
      for (const [client, query] of lists) {
        for (const after of [...forged, cursor]) {
          const result = await client.gql(query, { after });
          // the tips cursor is one the tips list returned: a page; everything else, BAD_USER_INPUT
          if (after === cursor && query.includes('tips(')) expect(result.errors).toBeUndefined();
          else expect(errorCode(result)).toBe('BAD_USER_INPUT');
        }
      }
    });
  });

  describe('cursor fuzz', () => {
    it('answers every connection a page or BAD_USER_INPUT for any `after`, never an error of its own', async () => {
      const hsi = await app.as('liaison@hsi.example');
      const admin = await app.as('admin@hsi.example');
      const created = ok(
        await admin.gql('mutation { createApiKey(name: "fuzz", scopes: ["warrants:read"]) { secret } }'),
        'createApiKey',
      );
      const key = new GraphQLClient(app.url, undefined, { 'x-api-key': created.secret });
      const CASE = DEMO_IDS.cases.hsiJointTaskForce;
      const webhook = ok<{ id: string }>(
        await admin.gql(
          'mutation { createWebhook(url: "http://127.0.0.1:9/hook", secret: "fuzz-fuzz-fuzz-fuzz-fuzz-fuzz-fuzz-fuzz") { id } }',
        ),
        'createWebhook',
      );
      // every field of the schema with an `after` argument
      const connections: { client: GraphQLClient; query: string; cursor: (data: any) => string | null }[] = [
        ...['suspects', 'organizations', 'warrants', 'tips', 'cases', 'campaigns', 'auditEvents'].map((field) => ({
          client: hsi,
          query: `query ($after: String) { list: ${field}(first: 2, after: $after) { pageInfo { endCursor } } }`,
          cursor: (data: any) => data.list.pageInfo.endCursor,
        })),
        ...['maria', 'maria lopez'].map((search) => ({
          client: hsi,
          query: `query ($after: String) { list: suspects(filter: { search: "${search}" }, first: 2, after: $after) { pageInfo { endCursor } } }`,
          cursor: (data: any) => data.list.pageInfo.endCursor,
        })),
        {
          client: hsi,
          query: `query ($after: String) { list: auditTrail(recordType: SUSPECT, recordId: "${DEMO_IDS.suspects.hsiNunezPena}", first: 2, after: $after) { pageInfo { endCursor } } }`,
          cursor: (data: any) => data.list.pageInfo.endCursor,
        },
        ...['notes', 'timeline'].map((field) => ({
          client: hsi,
          query: `query ($after: String) { case(id: "${CASE}") { list: ${field}(first: 2, after: $after) { pageInfo { endCursor } } } }`,
          cursor: (data: any) => data.case.list.pageInfo.endCursor,
        })),
        {
          client: key,
          query: 'query ($after: String) { list: warrantChanges(first: 2, after: $after) { endCursor } }',
          cursor: (data: any) => data.list.endCursor,
        },
        ...['users', 'notifications'].map((field) => ({
          client: admin,
          query: `query ($after: String) { list: ${field}(first: 2, after: $after) { pageInfo { endCursor } } }`,
          cursor: (data: any) => data.list.pageInfo.endCursor,
        })),
        {
          client: admin,
          query: `query ($after: String) { list: webhookDeliveries(webhookId: "${webhook.id}", first: 2, after: $after) { pageInfo { endCursor } } }`,
          cursor: (data: any) => data.list.pageInfo.endCursor,
        },
        // a list, not a connection: `after` is the last request's id
        {
          client: hsi,
          query: 'query ($after: ID) { list: sharingRequests(direction: INCOMING, first: 2, after: $after) { id } }',
          cursor: (data: any) => data.list.at(-1)?.id ?? null,
        },
      ];
      const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
      const schemaFields = Object.values(schema.getTypeMap())
        .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
        .flatMap((type) => Object.values(type.getFields()))
        .filter((field) => field.args.some((arg) => arg.name === 'after'))
        .map((field) => field.name);
      expect(new Set(schemaFields)).toEqual(
        new Set([
          'notes',
          'timeline',
          'auditEvents',
          'auditTrail',
          'campaigns',
          'cases',
          'organizations',
          'suspects',
          'tips',
          'warrantChanges',
          'warrants',
          'sharingRequests',
          'users',
          'notifications',
          'webhookDeliveries',
        ]),
      );
      for (const { client, query, cursor } of connections) {
        const first = await client.gql(query, { after: null });
        expect(first.errors).toBeUndefined();
        const real = cursor(first.data) ?? 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
        const afters = fc.sample(
          fc.oneof(
            fc.string({ maxLength: 80 }),
            fc.base64String({ maxLength: 120 }),
            fc.json().map((json) => Buffer.from(json).toString('base64url')),
            fc
              .tuple(fc.nat(real.length - 1), fc.constantFrom(...'AZaz09-_'))
              .map(([at, char]) => real.slice(0, at) + char + real.slice(at + 1)),
            fc.constant(real.slice(0, -4)),
          ),
          { numRuns: 25, seed: 12 },
        );
        for (const after of afters) {
          const result = await client.gql(query, { after });
          if (result.errors)
            expect({ query, after, code: errorCode(result) }).toEqual({ query, after, code: 'BAD_USER_INPUT' });
        }
      }
    });
  });

  describe('warrants', () => {
    let subject: string;
    let warrant: string;
    let feedKey: GraphQLClient;
    beforeAll(async () => {
      subject = await createSuspect(as['analyst@dea'], 'Maximino', 'Ledezma', OPEN);
      warrant = ok<{ id: string }>(
        await as['analyst@dea'].gql('mutation ($input: CreateWarrantInput!) { createWarrant(input: $input) { id } }', {
          input: {
            number: 'DEA-2026-0415',
            issuingCountry: 'US',
            issuingAuthority: 'US District Court, W.D. Tex.',
            charges: ['21 U.S.C. 846'],
            subjectId: subject,
            status: 'ACTIVE',
            handling: OPEN,
          },
        }),
        'createWarrant',
      ).id;
      const created = ok(
        await as['admin@gn'].gql('mutation { createApiKey(name: "feed", scopes: ["warrants:read"]) { secret } }'),
        'createApiKey',
      );
      feedKey = new GraphQLClient(app.url, undefined, { 'x-api-key': created.secret });
    });

    it('warrants(filter: { subjectId }) of a hidden suspect answers like an unknown id', async () => {
      // GN sees DEA's warrants, not DEA's suspects
      expect(
        ok(await as['analyst@gn'].gql('query ($id: ID!) { warrant(id: $id) { id } }', { id: warrant }), 'warrant'),
      ).toEqual({ id: warrant });
      const hidden = ok(await as['analyst@gn'].gql(WARRANTS_OF, { subjectId: subject }), 'warrants');
      const unknown = ok(
        await as['analyst@gn'].gql(WARRANTS_OF, { subjectId: '0195ffff-ffff-7fff-bfff-ffffffffffff' }),
        'warrants',
      );
      expect(hidden).toEqual(unknown);
    });

    it('updatedAt and warrantChanges move only for a change to a field the viewer may read', async () => {
      const seen = async () =>
        ok(
          await as['analyst@gn'].gql('query ($id: ID!) { warrant(id: $id) { updatedAt } }', { id: warrant }),
          'warrant',
        ).updatedAt as string;
      // every change after `after` that the feed shows by now (a change is readable once older transactions ended)
      const drain = async (
        after: string | null,
        expect?: string,
      ): Promise<{ endCursor: string | null; warrants: string[] }> => {
        const warrants: string[] = [];
        let cursor = after;
        for (let attempt = 0; attempt < 10; attempt++) {
          for (;;) {
            const page = ok(await feedKey.gql(FEED, { after: cursor }), 'warrantChanges');
            warrants.push(...page.changes.map((change: { warrant: { id: string } }) => change.warrant.id));
            cursor = page.endCursor;
            if (!page.hasMore) break;
          }
          if (!expect || warrants.includes(expect)) break;
          await new Promise((resolve) => setTimeout(resolve, 300));
        }
        return { endCursor: cursor, warrants };
      };
      const start = await drain(null);
      const before = await seen();
      const update = (input: Record<string, unknown>) =>
        as['analyst@dea'].gql(
          'mutation ($id: ID!, $input: UpdateWarrantInput!) { updateWarrant(id: $id, input: $input) { id } }',
          { id: warrant, input },
        );
      ok(await update({ issuingAuthority: 'US District Court, D.N.M.' }), 'updateWarrant');
      expect(await seen()).toBe(before);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const quiet = await drain(start.endCursor);
      expect(quiet.warrants).not.toContain(warrant);
      ok(await update({ charges: ['21 U.S.C. 841'] }), 'updateWarrant');
      expect(await seen()).not.toBe(before);
      expect((await drain(quiet.endCursor, warrant)).warrants).toContain(warrant);
    });
  });

  describe('search over what the viewer may read', () => {
    it('finds a partly shared person by the granted names, by nothing else; fullName reads when its parts do', async () => {
      const hsi = await app.as('analyst@hsi.example');
      const hsiLiaison = await app.as('liaison@hsi.example');
      const fgr = await app.as('analyst@fgr.example');
      const grant = async (id: string, fields: string[]) => {
        const request = ok(
          await fgr.gql(REQUEST_SHARE, { type: 'SUSPECT', id, purpose: 'Orden de aprehensión' }),
          'requestShare',
        );
        ok(await hsiLiaison.gql(APPROVE, { id: request.id, fields }), 'approveShareRequest');
      };
      const partly = await createSuspect(
        hsi,
        'Anselmo Teodoro',
        'Urquidi',
        { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
        { maternalSurname: 'Zepeda', aliases: ['El Búho'] },
      );
      await grant(partly, ['givenNames', 'paternalSurname']);
      expect(ids(ok(await fgr.gql(SEARCH, { search: 'Anselmo Urquidi' }), 'suspects').edges)).toContain(partly);
      expect(ids(ok(await fgr.gql(SEARCH, { search: 'Urquidi' }), 'suspects').edges)).toContain(partly);
      expect(ids(ok(await fgr.gql(SEARCH, { search: 'Zepeda' }), 'suspects').edges)).not.toContain(partly);
      expect(ids(ok(await fgr.gql(SEARCH, { search: 'Anselmo Zepeda' }), 'suspects').edges)).not.toContain(partly);
      expect(ids(ok(await fgr.gql(SEARCH, { search: 'Buho' }), 'suspects').edges)).not.toContain(partly);
      expect(ok(await fgr.gql(SUSPECT, { id: partly }), 'suspect').fullName).toBeNull();
      const named = await createSuspect(
        hsi,
        'Eleuterio',
        'Ybarra',
        { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
        { maternalSurname: 'Ochoa' },
      );
      await grant(named, ['givenNames', 'paternalSurname', 'maternalSurname']);
      const seen = ok(await fgr.gql(SUSPECT, { id: named }), 'suspect');
      expect(seen.fullName).toBe('Eleuterio Ybarra Ochoa');
      expect(seen.redactedFields).not.toContain('fullName');
    });
  });

  describe('Se Busca', () => {
    const CAMPAIGN = `mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id slug } }`;
    const ADD = `mutation ($campaignId: ID!, $input: WantedEntryInput!) { addCampaignEntry(campaignId: $campaignId, input: $input) { id } }`;
    const PUBLISH = `mutation ($id: ID!) { publishCampaign(id: $id) { id status } }`;
    const campaign = (slug: string) => ({
      slug,
      titleEs: 'Se Busca',
      titleEn: 'Wanted',
      summaryEs: 'Personas buscadas.',
      summaryEn: 'Wanted people.',
      region: 'Ciudad Juárez',
      hotlinePhone: '+1 915 555 0199',
      activeFrom: new Date().toISOString().slice(0, 10),
    });
    const entry = (rank: number, suspectId: string) => ({
      rank,
      suspectId,
      displayName: `Persona ${rank}`,
      crimesEs: ['Tráfico de personas'],
      crimesEn: ['Human smuggling'],
      summaryEs: 'Resumen.',
      summaryEn: 'Summary.',
    });

    it('only the owner publishes a record, only while its markings allow; raising them unpublishes at once, audited on the record', async () => {
      const usbp = await app.as('analyst@usbp.example');
      const usbpLiaison = await app.as('liaison@usbp.example');
      const draft = ok<{ id: string }>(
        await usbp.gql(CAMPAIGN, { input: campaign('vis-owner-only') }),
        'createCampaign',
      );
      // HSI's suspect, which USBP reads under its standing agreement
      const foreign = await usbp.gql(ADD, {
        campaignId: draft.id,
        input: entry(1, DEMO_IDS.suspects.hsiSalcidoBarron),
      });
      expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
      const strict = await createSuspect(usbp, 'Cipriano', 'Olivas', { tlp: 'AMBER_STRICT' });
      expect(errorCode(await usbp.gql(ADD, { campaignId: draft.id, input: entry(1, strict) }))).toBe('BAD_USER_INPUT');

      const own = await createSuspect(usbp, 'Heriberto', 'Loya', { tlp: 'GREEN' });
      ok(await usbp.gql(ADD, { campaignId: draft.id, input: entry(1, own) }), 'addCampaignEntry');
      ok(await usbpLiaison.gql(PUBLISH, { id: draft.id }), 'publishCampaign');
      const entries = async () =>
        ok(await app.anonymous.gql('{ publicCampaign(slug: "vis-owner-only") { entries { rank } } }'), 'publicCampaign')
          .entries;
      expect(await entries()).toEqual([{ rank: 1 }]);
      ok(await usbp.gql(UPDATE_SUSPECT, { id: own, input: { handling: { tlp: 'RED' } } }), 'updateSuspect');
      expect(await entries()).toEqual([]);
      const trail = ok(
        await usbpLiaison.gql(
          `query ($id: ID!) { auditTrail(recordType: SUSPECT, recordId: $id, first: 50) { edges { node { action } } } }`,
          { id: own },
        ),
        'auditTrail',
      );
      const actions = trail.edges.map((edge: { node: { action: string } }) => edge.node.action);
      expect(actions).toEqual(expect.arrayContaining(['SUSPECT_PUBLISHED', 'SUSPECT_UNPUBLISHED']));
    });

    it('reserves a slug at publication, so a clash never confirms another agency’s draft', async () => {
      const usbp = await app.as('analyst@usbp.example');
      const fbiDraft = ok<{ id: string }>(
        await as['analyst@fbi'].gql(CAMPAIGN, { input: campaign('vis-same-slug') }),
        'createCampaign',
      );
      ok(await usbp.gql(CAMPAIGN, { input: campaign('vis-same-slug') }), 'createCampaign');
      const fbiSuspect = await createSuspect(as['analyst@fbi'], 'Leobardo', 'Nájera', { tlp: 'GREEN' });
      ok(
        await as['analyst@fbi'].gql(ADD, { campaignId: fbiDraft.id, input: entry(1, fbiSuspect) }),
        'addCampaignEntry',
      );
      ok(await as['liaison@fbi'].gql(PUBLISH, { id: fbiDraft.id }), 'publishCampaign');
      expect(errorCode(await usbp.gql(CAMPAIGN, { input: campaign('vis-same-slug') }))).toBeUndefined();
      expect(
        ok(await app.anonymous.gql('{ publicCampaign(slug: "vis-same-slug") { ownerAgencyCode } }'), 'publicCampaign'),
      ).toEqual({ ownerAgencyCode: 'FBI' });
    });
  });
});
