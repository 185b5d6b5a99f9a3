import { APPROVE, errorCode, ok, REQUEST_SHARE, REVOKE } from './support/sharing';
import { GraphQLClient, startApp, TestApp } from './support/test-app';

const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';
const HANDLING = { tlp: 'AMBER', releasableTo: ['US', 'MX'] };

/** One record type as the matrix exercises it: how to make one, read it, list it and try to change it. */
interface RecordKind {
  type: string;
  query: string;
  list: string;
  /** Content fields read back, each checked against the expected redaction. */
  fields: string[];
  selection: string;
  /** What the FGR liaison grants. */
  granted: string[];
  /** Withheld from USBP by the standing demo agreement, or locked (the tipster). */
  withheldFromStanding: string[];
  update: string;
  create: (app: TestApp, suspectId: string) => Promise<string>;
}

const created = async (client: GraphQLClient, mutation: string, key: string, input: object): Promise<string> =>
  ok<{ id: string }>(await client.gql(mutation, { input }), key).id;

const KINDS: RecordKind[] = [
  {
    type: 'SUSPECT',
    query: 'suspect',
    list: 'suspects',
    fields: ['givenNames', 'paternalSurname', 'aliases', 'identifiers', 'status'],
    selection: 'givenNames paternalSurname aliases identifiers { value } status',
    granted: ['givenNames', 'status'],
    withheldFromStanding: ['identifiers'],
    update: 'mutation ($id: ID!) { updateSuspect(id: $id, input: { aliases: ["El Cambiado"] }) { id } }',
    create: async (app) =>
      created(
        await app.as('analyst@hsi.example'),
        'mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { id } }',
        'createSuspect',
        {
          givenNames: 'Eleuterio',
          paternalSurname: 'Mendívil',
          aliases: ['El Chapulín'],
          identifiers: [{ kind: 'CURP', value: 'MEXE800101HCHNLL06' }],
          handling: HANDLING,
        },
      ),
  },
  {
    type: 'ORGANIZATION',
    query: 'organization',
    list: 'organizations',
    fields: ['name', 'aliases', 'kind', 'activities'],
    selection: 'name aliases kind activities',
    granted: ['name', 'kind'],
    withheldFromStanding: [],
    update: 'mutation ($id: ID!) { updateOrganization(id: $id, input: { aliases: ["Cambiada"] }) { id } }',
    create: async (app) =>
      created(
        await app.as('analyst@hsi.example'),
        'mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }',
        'createOrganization',
        {
          name: 'Los Halcones del Bravo',
          aliases: ['Halcones'],
          kind: 'SMUGGLING_RING',
          activities: ['HUMAN_SMUGGLING'],
          handling: HANDLING,
        },
      ),
  },
  {
    type: 'WARRANT',
    query: 'warrant',
    list: 'warrants',
    fields: ['number', 'issuingAuthority', 'charges', 'status'],
    selection: 'number issuingAuthority charges status',
    granted: ['number', 'status'],
    withheldFromStanding: [],
    update: 'mutation ($id: ID!) { updateWarrant(id: $id, input: { issuingAuthority: "Cambiada" }) { id } }',
    create: async (app, suspectId) =>
      created(
        await app.as('investigator@hsi.example'),
        'mutation ($input: CreateWarrantInput!) { createWarrant(input: $input) { id } }',
        'createWarrant',
        {
          number: 'HSI-W-MATRIX-1',
          issuingCountry: 'US',
          issuingAuthority: 'U.S. District Court, W.D. Tex.',
          charges: ['8 U.S.C. § 1324'],
          subjectId: suspectId,
          status: 'ACTIVE',
          handling: HANDLING,
        },
      ),
  },
  {
    type: 'TIP',
    query: 'tip',
    list: 'tips',
    fields: ['narrative', 'channel', 'language', 'tipster'],
    selection: 'narrative channel language tipster { name phone }',
    granted: ['narrative', 'channel'],
    withheldFromStanding: ['tipster'],
    update: 'mutation ($id: ID!) { triageTip(id: $id, input: { status: TRIAGED }) { id } }',
    create: async (app) =>
      created(
        await app.as('intake@hsi.example'),
        'mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id } }',
        'submitTip',
        {
          channel: 'HOTLINE',
          language: 'es',
          narrative: 'Camioneta gris cruza por Anapra cada martes',
          tipster: { anonymous: false, name: 'Informante Reservado', phone: '+52 656 000 0000' },
          handling: HANDLING,
        },
      ),
  },
  {
    type: 'CASE',
    query: 'case',
    list: 'cases',
    fields: ['caseNumber', 'title', 'status'],
    selection: 'caseNumber title status',
    granted: ['title'],
    withheldFromStanding: [],
    // the owner's analyst is the only one to change it, once: from version 1
    update: 'mutation ($id: ID!) { updateCase(id: $id, input: { title: "Cambiado", expectedVersion: 1 }) { id } }',
    create: async (app) =>
      created(
        await app.as('analyst@hsi.example'),
        'mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }',
        'createCase',
        {
          caseNumber: 'HSI-MATRIX-1',
          title: 'Corredor Anapra–Santa Teresa',
          handling: HANDLING,
        },
      ),
  },
];

/** What a viewer should get: hidden (as an unknown id), or visible with these fields withheld (null and named). */
type Expected = { visible: false } | { visible: true; withheld: string[]; update: 'OK' | 'FORBIDDEN' };

/**
 * The authorization matrix: every record type x viewer (own agency roles, standing partner,
 * approval partner before and after approval, after revoke, after expiry, no agreement) x
 * operation (lookup, list, update), asserted over HTTP.
 */
describe('authorization matrix', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const clients: Record<string, GraphQLClient> = {};
  const requests: Record<string, string> = {};

  beforeAll(async () => {
    app = await startApp();
    for (const email of [
      'analyst@hsi.example',
      'intake@hsi.example',
      'liaison@hsi.example',
      'analyst@usbp.example',
      'analyst@fgr.example',
      'analyst@gn.example',
    ]) {
      clients[email] = await app.as(email);
    }
    const suspectForWarrant = await KINDS[0].create(app, '');
    for (const kind of KINDS) ids[kind.type] = await kind.create(app, suspectForWarrant);
  });
  afterAll(() => app?.stop());

  async function check(email: string, kind: RecordKind, expected: Expected): Promise<void> {
    const client = clients[email];
    const id = ids[kind.type];
    const lookup = await client.gql(
      `query ($id: ID!) { ${kind.query}(id: $id) { id ${kind.selection} redactedFields } }`,
      { id },
    );
    const listed = ok(await client.gql(`{ ${kind.list}(first: 100) { edges { node { id } } } }`), kind.list).edges.map(
      (e: { node: { id: string } }) => e.node.id,
    );
    const update = await client.gql(kind.update, { id });
    const where = `${email} ${kind.type}`;
    if (!expected.visible) {
      const unknown = await client.gql(
        `query ($id: ID!) { ${kind.query}(id: $id) { id ${kind.selection} redactedFields } }`,
        { id: UNKNOWN_ID },
      );
      expect({ where, lookup }).toEqual({ where, lookup: unknown });
      expect({ where, listed: listed.includes(id) }).toEqual({ where, listed: false });
      expect({ where, update: errorCode(update) }).toEqual({ where, update: 'NOT_FOUND' });
      return;
    }
    const record = ok(lookup, kind.query);
    for (const field of kind.fields) {
      const withheld = expected.withheld.includes(field);
      expect({ where, field, isNull: record[field] === null, named: record.redactedFields.includes(field) }).toEqual({
        where,
        field,
        isNull: withheld,
        named: withheld,
      });
    }
    expect({ where, listed: listed.includes(id) }).toEqual({ where, listed: true });
    expect({ where, update: errorCode(update) ?? 'OK' }).toEqual({ where, update: expected.update });
  }

  const forEveryKind = (email: string, expected: (kind: RecordKind) => Expected) =>
    Promise.all(KINDS.map((kind) => check(email, kind, expected(kind))));
  const notGranted = (kind: RecordKind) => kind.fields.filter((field) => !kind.granted.includes(field));
  const HIDDEN: Expected = { visible: false };

  it('the owner agency: analysts and intake change, liaisons read; only intake sees the tipster', async () => {
    await forEveryKind('analyst@hsi.example', () => ({ visible: true, withheld: ['tipster'], update: 'OK' }));
    await check('intake@hsi.example', KINDS[3], { visible: true, withheld: [], update: 'OK' });
    await forEveryKind('liaison@hsi.example', () => ({ visible: true, withheld: ['tipster'], update: 'FORBIDDEN' }));
  });

  it('a standing partner reads what the agreement carries, never changes it', async () => {
    await forEveryKind('analyst@usbp.example', (kind) => ({
      visible: true,
      withheld: kind.withheldFromStanding,
      update: 'FORBIDDEN',
    }));
  });

  it('an approval partner sees nothing before approval, nor does an agency without an agreement', async () => {
    await forEveryKind('analyst@fgr.example', () => HIDDEN);
    await forEveryKind('analyst@gn.example', () => HIDDEN);
  });

  it('after approval: exactly the granted fields, read-only', async () => {
    for (const kind of KINDS) {
      const request = ok(
        await clients['analyst@fgr.example'].gql(REQUEST_SHARE, {
          type: kind.type,
          id: ids[kind.type],
          purpose: 'Matriz',
        }),
        'requestShare',
      );
      ok(
        await clients['liaison@hsi.example'].gql(APPROVE, { id: request.id, fields: kind.granted }),
        'approveShareRequest',
      );
      requests[kind.type] = request.id;
    }
    await forEveryKind('analyst@fgr.example', (kind) => ({
      visible: true,
      withheld: notGranted(kind),
      update: 'FORBIDDEN',
    }));
    await forEveryKind('analyst@gn.example', () => HIDDEN);
  });

  it('after revoke: nothing again', async () => {
    for (const kind of KINDS)
      ok(
        await clients['liaison@hsi.example'].gql(REVOKE, { id: requests[kind.type], reason: 'Fin de la operación' }),
        'revokeShare',
      );
    await forEveryKind('analyst@fgr.example', () => HIDDEN);
  });

  it('after expiry: nothing again', async () => {
    const expiresAt = new Date(Date.now() + 3000).toISOString();
    for (const kind of KINDS) {
      const request = ok(
        await clients['analyst@fgr.example'].gql(REQUEST_SHARE, {
          type: kind.type,
          id: ids[kind.type],
          purpose: 'Matriz, breve',
        }),
        'requestShare',
      );
      ok(
        await clients['liaison@hsi.example'].gql(APPROVE, { id: request.id, fields: kind.granted, expiresAt }),
        'approveShareRequest',
      );
    }
    await check('analyst@fgr.example', KINDS[0], {
      visible: true,
      withheld: notGranted(KINDS[0]),
      update: 'FORBIDDEN',
    });
    await new Promise((resolve) => setTimeout(resolve, Date.parse(expiresAt) - Date.now() + 300));
    await forEveryKind('analyst@fgr.example', () => HIDDEN);
  });
});
