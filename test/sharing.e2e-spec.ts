import { DEMO_IDS } from './support/demo';
import {
  APPROVE,
  createSuspect,
  DENY,
  errorCode,
  ok,
  OFFER,
  REQUEST_SHARE,
  REVOKE,
  SHARING_REQUESTS,
  SUSPECT_VIEW,
  UPDATE_SUSPECT,
  WITHDRAW,
} from './support/sharing';
import { GraphQLClient, startApp, TestApp } from './support/test-app';

const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';
const SEARCH = `query ($search: String) { suspects(filter: { search: $search }, first: 50) { edges { node { id givenNames aliases } } } }`;
const DISCOVER = `query ($search: String!) { discoverSuspects(search: $search) { recordId ownerAgency { code } } }`;
const TRAIL = `query ($id: ID!) { auditTrail(recordType: SUSPECT, recordId: $id, first: 50) { edges { node { action actorAgency { code } detail } } } }`;
const IN_30_DAYS = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();

/** Approval-based sharing between HSI and FGR (demo agreement: all types, up to AMBER, discovery on, 365 days at most). */
describe('share requests', () => {
  let app: TestApp;
  let hsiAnalyst: GraphQLClient;
  let hsiLiaison: GraphQLClient;
  let fgrAnalyst: GraphQLClient;
  let fgrLiaison: GraphQLClient;
  let usbpLiaison: GraphQLClient;
  let suspectId: string;
  let requestId: string;

  const fgrSees = async (id = suspectId) => (await fgrAnalyst.gql(SUSPECT_VIEW, { id })).data.suspect;
  const ask = (client: GraphQLClient, fields?: string[], id = suspectId) =>
    client.gql(REQUEST_SHARE, {
      type: 'SUSPECT',
      id,
      purpose: 'Carpeta de investigación FED/CHIH/JUA/0001234/2026',
      fields,
    });

  beforeAll(async () => {
    app = await startApp();
    [hsiAnalyst, hsiLiaison, fgrAnalyst, fgrLiaison, usbpLiaison] = await Promise.all(
      [
        'analyst@hsi.example',
        'liaison@hsi.example',
        'analyst@fgr.example',
        'liaison@fgr.example',
        'liaison@usbp.example',
      ].map((email) => app.as(email)),
    );
    suspectId = await createSuspect(
      hsiAnalyst,
      'Rigoberto',
      'Quiñónez',
      { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
      {
        maternalSurname: 'Lozano',
        aliases: ['El Tecolote'],
        identifiers: [{ kind: 'CURP', value: 'QULR800101HCHXZG05' }],
      },
    );
  });
  afterAll(() => app?.stop());

  it('start from discovery: FGR learns HSI holds someone, not who', async () => {
    const hits = ok(await fgrAnalyst.gql(DISCOVER, { search: 'Rigoberto Quiñonez' }), 'discoverSuspects');
    expect(hits).toEqual([{ recordId: suspectId, ownerAgency: { code: 'HSI' } }]);
    expect(await fgrSees()).toBeNull();
  });

  it('refuse a request for a hidden or unknown record the same way, and fields the agreement never shares', async () => {
    const red = await createSuspect(hsiAnalyst, 'Ulises', 'Barragán', { tlp: 'RED', releasableTo: ['US', 'MX'] });
    const hidden = await ask(fgrAnalyst, undefined, red);
    expect(errorCode(hidden)).toBe('NOT_FOUND');
    expect(hidden.errors).toEqual((await ask(fgrAnalyst, undefined, UNKNOWN_ID)).errors);
    // USBP has no agreement with FGR, and a standing one with HSI: nothing to request either.
    expect(errorCode(await ask(usbpLiaison))).toBe('NOT_FOUND');
    expect(errorCode(await ask(fgrAnalyst, ['givenNames', 'tipster']))).toBe('BAD_USER_INPUT');
    expect(errorCode(await fgrAnalyst.gql(REQUEST_SHARE, { type: 'SUSPECT', id: suspectId, purpose: '   ' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it("are made by the recipient, once at a time, and show in both agencies' lists", async () => {
    const request = ok(await ask(fgrAnalyst, ['givenNames', 'paternalSurname', 'aliases']), 'requestShare');
    expect(request).toMatchObject({
      status: 'PENDING',
      recordType: 'SUSPECT',
      recordId: suspectId,
      requestingAgency: { code: 'FGR' },
      owningAgency: { code: 'HSI' },
      requestedFields: ['givenNames', 'paternalSurname', 'aliases'],
      grantedFields: null,
      origin: 'REQUEST',
    });
    requestId = request.id;
    expect(errorCode(await ask(fgrLiaison))).toBe('CONFLICT');
    const inbox = ok(
      await hsiLiaison.gql(SHARING_REQUESTS, { direction: 'INCOMING', status: 'PENDING' }),
      'sharingRequests',
    );
    expect(inbox.map((r: { id: string }) => r.id)).toContain(requestId);
    const outbox = ok(await fgrLiaison.gql(SHARING_REQUESTS, { direction: 'OUTGOING' }), 'sharingRequests');
    expect(outbox.map((r: { id: string }) => r.id)).toContain(requestId);
    expect(
      ok(await fgrLiaison.gql(SHARING_REQUESTS, { direction: 'INCOMING', status: 'PENDING' }), 'sharingRequests').map(
        (r: { id: string }) => r.id,
      ),
    ).not.toContain(requestId);
    // A third agency does not learn the request exists.
    expect(
      ok(await usbpLiaison.gql(SHARING_REQUESTS, { direction: 'INCOMING' }), 'sharingRequests').map(
        (r: { id: string }) => r.id,
      ),
    ).not.toContain(requestId);
  });

  it('are decided only by a liaison officer of the owner', async () => {
    expect(errorCode(await fgrLiaison.gql(APPROVE, { id: requestId }))).toBe('FORBIDDEN');
    expect(errorCode(await hsiAnalyst.gql(APPROVE, { id: requestId }))).toBe('FORBIDDEN');
    expect(errorCode(await usbpLiaison.gql(APPROVE, { id: requestId }))).toBe('NOT_FOUND');
    expect(errorCode(await usbpLiaison.gql(APPROVE, { id: requestId }))).toBe(
      errorCode(await usbpLiaison.gql(APPROVE, { id: UNKNOWN_ID })),
    );
    expect(await fgrSees()).toBeNull();
  });

  it('approve only what was asked and the agreement allows, within its longest share and permitted uses', async () => {
    const tooMuch = await hsiLiaison.gql(APPROVE, { id: requestId, fields: ['givenNames', 'identifiers'] });
    expect(errorCode(tooMuch)).toBe('BAD_USER_INPUT');
    expect(tooMuch.errors?.[0].extensions?.field).toBe('fields');
    const tooLong = await hsiLiaison.gql(APPROVE, {
      id: requestId,
      expiresAt: new Date(Date.now() + 400 * 24 * 3600 * 1000).toISOString(),
    });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await hsiLiaison.gql(APPROVE, { id: requestId, expiresAt: new Date(Date.now() - 1000).toISOString() })),
    ).toBe('BAD_USER_INPUT');
    const expiresAt = IN_30_DAYS();
    const approved = ok(
      await hsiLiaison.gql(APPROVE, {
        id: requestId,
        fields: ['givenNames', 'paternalSurname'],
        expiresAt,
        use: 'PROSECUTION',
      }),
      'approveShareRequest',
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      grantedFields: ['givenNames', 'paternalSurname'],
      use: 'PROSECUTION',
      expiresAt,
    });
    expect(errorCode(await hsiLiaison.gql(APPROVE, { id: requestId }))).toBe('CONFLICT');
    expect(errorCode(await hsiLiaison.gql(DENY, { id: requestId, reason: 'too late' }))).toBe('CONFLICT');
  });

  it('show the recipient exactly the granted fields, and how it may use them', async () => {
    const seen = await fgrSees();
    expect(seen).toMatchObject({
      id: suspectId,
      givenNames: 'Rigoberto',
      paternalSurname: 'Quiñónez',
      maternalSurname: null,
      fullName: null,
      aliases: null,
      identifiers: null,
      ownerAgency: { code: 'HSI' },
      sharing: { requestId, use: 'PROSECUTION', sharedBy: { code: 'HSI' } },
    });
    expect(seen.redactedFields.sort()).toEqual(
      [
        'aliases',
        'dateOfBirth',
        'fullName',
        'identifiers',
        'maternalSurname',
        'memberships',
        'nationalities',
        'sex',
        'status',
      ].sort(),
    );
    // In lists too; a name search finds the record by its granted names, never through a withheld one (here: the aliases and maternal surname).
    const listed = ok(
      await fgrAnalyst.gql('{ suspects(first: 100) { edges { node { id givenNames aliases } } } }'),
      'suspects',
    ).edges.map((e: { node: { id: string } }) => e.node);
    expect(listed).toContainEqual({ id: suspectId, givenNames: 'Rigoberto', aliases: null });
    expect(ok(await fgrAnalyst.gql(SEARCH, { search: 'El Tecolote' }), 'suspects').edges).toEqual([]);
    expect(
      ok(await fgrAnalyst.gql(SEARCH, { search: 'Rigoberto Quiñonez' }), 'suspects').edges.map(
        (e: { node: { id: string } }) => e.node.id,
      ),
    ).toContain(suspectId);
    expect(ok(await fgrAnalyst.gql(SEARCH, { search: 'Rigoberto Tecolote' }), 'suspects').edges).toEqual([]);
    // The owner's own view is whole and carries no sharing terms.
    expect((await hsiAnalyst.gql(SUSPECT_VIEW, { id: suspectId })).data.suspect).toMatchObject({
      redactedFields: [],
      sharing: null,
      aliases: ['El Tecolote'],
    });
  });

  it('never let the recipient change the record', async () => {
    const result = await fgrAnalyst.gql(UPDATE_SUSPECT, { id: suspectId, input: { givenNames: 'Cambiado' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('follow the markings: a stricter marking closes the share at once, and reopens it when lifted', async () => {
    ok(
      await hsiAnalyst.gql(UPDATE_SUSPECT, {
        id: suspectId,
        input: { handling: { tlp: 'RED', releasableTo: ['US', 'MX'] } },
      }),
      'updateSuspect',
    );
    expect(await fgrSees()).toBeNull();
    ok(
      await hsiAnalyst.gql(UPDATE_SUSPECT, {
        id: suspectId,
        input: { handling: { tlp: 'AMBER', releasableTo: ['US'] } },
      }),
      'updateSuspect',
    );
    expect(await fgrSees()).toBeNull();
    ok(
      await hsiAnalyst.gql(UPDATE_SUSPECT, {
        id: suspectId,
        input: { handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] } },
      }),
      'updateSuspect',
    );
    expect((await fgrSees()).givenNames).toBe('Rigoberto');
  });

  it("are in the owner's audit trail: request, decision and every read with its fields", async () => {
    const trail = ok(await hsiLiaison.gql(TRAIL, { id: suspectId }), 'auditTrail').edges.map(
      (e: { node: { action: string; actorAgency: { code: string }; detail: string } }) => e.node,
    );
    const actions = trail.map((event: { action: string }) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['DISCOVERED', 'SHARE_REQUESTED', 'SHARE_APPROVED', 'READ_SHARED']));
    const read = trail.find((event: { action: string }) => event.action === 'READ_SHARED');
    expect(read.actorAgency.code).toBe('FGR');
    expect(JSON.parse(read.detail).fields.sort()).toEqual(['givenNames', 'paternalSurname']);
    // the recipient's liaison sees its own people's steps and reads, never the owner's
    const fgrTrail = ok(await fgrLiaison.gql(TRAIL, { id: suspectId }), 'auditTrail').edges.map(
      (e: { node: { action: string; actorAgency: { code: string } } }) => `${e.node.action}:${e.node.actorAgency.code}`,
    );
    expect(fgrTrail).toEqual(expect.arrayContaining(['SHARE_REQUESTED:FGR', 'READ_SHARED:FGR']));
    expect(fgrTrail.every((event: string) => event.endsWith(':FGR'))).toBe(true);
  });

  it("are revoked by the owner's liaison with a reason, at once", async () => {
    expect(errorCode(await fgrLiaison.gql(REVOKE, { id: requestId, reason: 'no' }))).toBe('FORBIDDEN');
    expect(errorCode(await hsiLiaison.gql(REVOKE, { id: requestId, reason: '  ' }))).toBe('BAD_USER_INPUT');
    const revoked = ok(
      await hsiLiaison.gql(REVOKE, { id: requestId, reason: 'Operación comprometida' }),
      'revokeShare',
    );
    expect(revoked).toMatchObject({ status: 'REVOKED', decisionReason: 'Operación comprometida' });
    expect(await fgrSees()).toBeNull();
    expect(ok(await fgrAnalyst.gql(SEARCH, { search: 'Rigoberto Quiñonez' }), 'suspects').edges).toEqual([]);
    expect(errorCode(await hsiLiaison.gql(REVOKE, { id: requestId, reason: 'again' }))).toBe('CONFLICT');
  });

  it('are denied with a reason the requester sees, or withdrawn by the requester', async () => {
    const denied = ok(await ask(fgrAnalyst), 'requestShare');
    expect(errorCode(await hsiLiaison.gql(DENY, { id: denied.id, reason: '' }))).toBe('BAD_USER_INPUT');
    ok(await hsiLiaison.gql(DENY, { id: denied.id, reason: 'Fuera del alcance del acuerdo' }), 'denyShareRequest');
    const outbox = ok(
      await fgrAnalyst.gql(SHARING_REQUESTS, { direction: 'OUTGOING', status: 'DENIED' }),
      'sharingRequests',
    );
    expect(outbox.find((r: { id: string }) => r.id === denied.id)).toMatchObject({
      decisionReason: 'Fuera del alcance del acuerdo',
    });

    const withdrawn = ok(await ask(fgrAnalyst), 'requestShare');
    expect(errorCode(await hsiLiaison.gql(WITHDRAW, { id: withdrawn.id }))).toBe('FORBIDDEN');
    expect(ok(await fgrAnalyst.gql(WITHDRAW, { id: withdrawn.id }), 'withdrawShareRequest').status).toBe('WITHDRAWN');
    expect(errorCode(await fgrAnalyst.gql(WITHDRAW, { id: withdrawn.id }))).toBe('CONFLICT');
    expect(errorCode(await hsiLiaison.gql(APPROVE, { id: withdrawn.id }))).toBe('CONFLICT');
  });

  it('expire at their expiresAt without any job, and then list as EXPIRED', async () => {
    const request = ok(await ask(fgrAnalyst, ['givenNames']), 'requestShare');
    const expiresAt = new Date(Date.now() + 2500).toISOString();
    ok(await hsiLiaison.gql(APPROVE, { id: request.id, expiresAt }), 'approveShareRequest');
    expect((await fgrSees()).givenNames).toBe('Rigoberto');
    await new Promise((resolve) => setTimeout(resolve, Date.parse(expiresAt) - Date.now() + 300));
    expect(await fgrSees()).toBeNull();
    const expired = ok(
      await fgrAnalyst.gql(SHARING_REQUESTS, { direction: 'OUTGOING', status: 'EXPIRED' }),
      'sharingRequests',
    );
    expect(expired.map((r: { id: string }) => r.id)).toEqual([request.id]);
    expect(errorCode(await hsiLiaison.gql(REVOKE, { id: request.id, reason: 'x' }))).toBe('CONFLICT');
  });

  it("are offered by the owner's liaison, and a linked record shows only when itself visible", async () => {
    const warrant = ok(
      await (
        await app.as('investigator@hsi.example')
      ).gql(`mutation ($input: CreateWarrantInput!) { createWarrant(input: $input) { id } }`, {
        input: {
          number: 'HSI-W-2026-0777',
          issuingCountry: 'US',
          issuingAuthority: 'U.S. District Court, W.D. Tex.',
          charges: ['18 U.S.C. § 1956'],
          subjectId: suspectId,
          status: 'ACTIVE',
          handling: { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
        },
      }),
      'createWarrant',
    );
    expect(
      errorCode(
        await hsiAnalyst.gql(OFFER, {
          type: 'WARRANT',
          id: warrant.id,
          to: DEMO_IDS.agencies.FGR,
          purpose: 'Extradición',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await hsiLiaison.gql(OFFER, {
          type: 'WARRANT',
          id: warrant.id,
          to: DEMO_IDS.agencies.GN,
          purpose: 'Extradición',
        }),
      ),
    ).toBe('BAD_USER_INPUT');
    const offered = ok(
      await hsiLiaison.gql(OFFER, {
        type: 'WARRANT',
        id: warrant.id,
        to: DEMO_IDS.agencies.FGR,
        purpose: 'Solicitud de extradición',
        fields: ['number', 'charges', 'status', 'subject'],
        use: 'PROSECUTION',
      }),
      'offerShare',
    );
    expect(offered).toMatchObject({
      status: 'APPROVED',
      origin: 'OFFER',
      requestingAgency: { code: 'FGR' },
      use: 'PROSECUTION',
    });
    const seen = ok(
      await fgrAnalyst.gql(
        `query ($id: ID!) { warrant(id: $id) { number charges status issuingAuthority subject { id } redactedFields sharing { use } } }`,
        { id: warrant.id },
      ),
      'warrant',
    );
    // The subject's own share was revoked above: the warrant shows, its subject does not.
    expect(seen).toMatchObject({
      number: 'HSI-W-2026-0777',
      charges: ['18 U.S.C. § 1956'],
      status: 'ACTIVE',
      issuingAuthority: null,
      subject: null,
      sharing: { use: 'PROSECUTION' },
    });
    expect(seen.redactedFields).toContain('issuingAuthority');
    expect(
      errorCode(
        await fgrAnalyst.gql(`mutation ($id: ID!) { updateWarrant(id: $id, input: { status: EXECUTED }) { id } }`, {
          id: warrant.id,
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('never carry the tipster, whatever a liaison grants', async () => {
    const tipFields = ['narrative', 'tipster'];
    const result = await hsiLiaison.gql(OFFER, {
      type: 'TIP',
      id: DEMO_IDS.tips.hsiHotlineNunezPena,
      to: DEMO_IDS.agencies.FGR,
      purpose: 'Referencia',
      fields: tipFields,
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('let intake refer a tip to a partner: the narrative goes, the tipster never', async () => {
    const hsiIntake = await app.as('intake@hsi.example');
    const tipId = ok<{ id: string }>(
      await hsiIntake.gql('mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id } }', {
        input: {
          channel: 'WHATSAPP',
          language: 'es',
          narrative: 'Bodega en la colonia Anapra con personas retenidas',
          tipster: { anonymous: false, name: 'Vecina', phone: '+52 656 111 2222' },
          handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
        },
      }),
      'submitTip',
    ).id;
    const REFER = `mutation ($id: ID!, $to: ID!, $fields: [String!]) { referTip(id: $id, recipientAgencyId: $to, purpose: "Competencia de la FGR", fields: $fields) { status requestingAgency { code } grantedFields } }`;
    expect(errorCode(await hsiAnalyst.gql(REFER, { id: tipId, to: DEMO_IDS.agencies.FGR }))).toBe('FORBIDDEN');
    expect(
      errorCode(await hsiIntake.gql(REFER, { id: tipId, to: DEMO_IDS.agencies.FGR, fields: ['narrative', 'tipster'] })),
    ).toBe('BAD_USER_INPUT');
    const referral = ok(await hsiIntake.gql(REFER, { id: tipId, to: DEMO_IDS.agencies.FGR }), 'referTip');
    expect(referral).toMatchObject({ status: 'APPROVED', requestingAgency: { code: 'FGR' } });
    expect(referral.grantedFields).not.toContain('tipster');
    const TIP = `query ($id: ID!) { tip(id: $id) { narrative status tipster { name phone } redactedFields } }`;
    for (const email of ['analyst@fgr.example', 'intake@fgr.example', 'liaison@fgr.example']) {
      const seen = ok(await (await app.as(email)).gql(TIP, { id: tipId }), 'tip');
      expect({ email, seen }).toMatchObject({
        email,
        seen: { narrative: 'Bodega en la colonia Anapra con personas retenidas', status: 'REFERRED', tipster: null },
      });
      expect(seen.redactedFields).toContain('tipster');
    }
    expect(ok(await hsiIntake.gql(TIP, { id: tipId }), 'tip').tipster).toEqual({
      name: 'Vecina',
      phone: '+52 656 111 2222',
    });
  });

  it('end with their agreement', async () => {
    const request = ok(await ask(fgrAnalyst), 'requestShare');
    ok(await hsiLiaison.gql(APPROVE, { id: request.id }), 'approveShareRequest');
    // Everything the agreement allows, names included: now a name search finds it.
    const found = ok(await fgrAnalyst.gql(SEARCH, { search: 'Rigoberto Quiñonez' }), 'suspects').edges.map(
      (e: { node: { id: string } }) => e.node,
    );
    expect(found).toEqual([{ id: suspectId, givenNames: 'Rigoberto', aliases: ['El Tecolote'] }]);
    const pending = ok(
      await (
        await app.as('analyst@fgr.example')
      ).gql(REQUEST_SHARE, {
        type: 'SUSPECT',
        id: await createSuspect(hsiAnalyst, 'Fermín', 'Olguín', { tlp: 'GREEN', releasableTo: ['US', 'MX'] }),
        purpose: 'Seguimiento',
      }),
      'requestShare',
    );
    expect((await fgrSees()).givenNames).toBe('Rigoberto');
    ok(
      await (
        await app.as('admin@hsi.example')
      ).gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', { id: DEMO_IDS.agreements.hsiToFgr }),
      'endAgreement',
    );
    expect(await fgrSees()).toBeNull();
    const outbox = ok(await fgrAnalyst.gql(SHARING_REQUESTS, { direction: 'OUTGOING' }), 'sharingRequests');
    expect(outbox.find((r: { id: string }) => r.id === request.id)).toMatchObject({
      status: 'REVOKED',
      decisionReason: 'The agreement ended',
    });
    expect(outbox.find((r: { id: string }) => r.id === pending.id)).toMatchObject({
      status: 'DENIED',
      decisionReason: 'The agreement ended',
    });
  });

  describe('passed on by a recipient', () => {
    const AGREEMENT = `mutation ($input: CreateAgreementInput!) { createAgreement(input: $input) { id } }`;
    let jtfaAnalyst: GraphQLClient;

    beforeAll(async () => {
      const hsiAdmin = await app.as('admin@hsi.example');
      ok(
        await hsiAdmin.gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', {
          id: DEMO_IDS.agreements.hsiToUsbp,
        }),
        'endAgreement',
      );
      ok(
        await hsiAdmin.gql(AGREEMENT, {
          input: {
            recipientAgencyId: DEMO_IDS.agencies.USBP,
            recordTypes: ['SUSPECT'],
            maxTlp: 'AMBER_STRICT',
            approvalRequired: false,
            permittedUses: ['INTELLIGENCE', 'INVESTIGATION'],
            onwardSharingAllowed: true,
            withheldFields: [{ recordType: 'SUSPECT', fields: ['identifiers'] }],
          },
        }),
        'createAgreement',
      );
      jtfaAnalyst = await app.as('analyst@jtfa.example');
    });

    const passOn = (id: string, fields?: string[]) =>
      usbpLiaison.gql(OFFER, {
        type: 'SUSPECT',
        id,
        to: DEMO_IDS.agencies.JTFA,
        purpose: 'Grupo de tarea conjunto',
        fields,
      });

    it("only where the owner's agreement allows it, never ORCON nor AMBER+STRICT, and no more than the recipient holds", async () => {
      const orcon = await createSuspect(hsiAnalyst, 'Abundio', 'Treviño', {
        tlp: 'GREEN',
        releasableTo: ['US', 'MX'],
        originatorControlled: true,
      });
      expect(errorCode(await passOn(orcon))).toBe('FORBIDDEN');
      const strict = await createSuspect(hsiAnalyst, 'Baltazar', 'Urías', {
        tlp: 'AMBER_STRICT',
        releasableTo: ['US', 'MX'],
      });
      expect(
        (await (await app.as('analyst@usbp.example')).gql(SUSPECT_VIEW, { id: strict })).data.suspect.givenNames,
      ).toBe('Baltazar');
      expect(errorCode(await passOn(strict))).toBe('FORBIDDEN');
      const open = await createSuspect(
        hsiAnalyst,
        'Crispín',
        'Valenzuela',
        { tlp: 'GREEN', releasableTo: ['US', 'MX'] },
        { identifiers: [{ kind: 'CURP', value: 'VACC800101HCHXRR02' }] },
      );
      expect(errorCode(await passOn(open, ['givenNames', 'identifiers']))).toBe('BAD_USER_INPUT');
      expect(
        errorCode(
          await (
            await app.as('analyst@usbp.example')
          ).gql(OFFER, { type: 'SUSPECT', id: open, to: DEMO_IDS.agencies.JTFA, purpose: 'x' }),
        ),
      ).toBe('FORBIDDEN');
      const onward = ok(await passOn(open, ['givenNames', 'paternalSurname']), 'offerShare');
      expect(onward).toMatchObject({
        status: 'APPROVED',
        owningAgency: { code: 'HSI' },
        providingAgency: { code: 'USBP' },
        requestingAgency: { code: 'JTFA' },
      });
      const seen = (await jtfaAnalyst.gql(SUSPECT_VIEW, { id: open })).data.suspect;
      expect(seen).toMatchObject({
        givenNames: 'Crispín',
        paternalSurname: 'Valenzuela',
        identifiers: null,
        sharing: { sharedBy: { code: 'USBP' } },
      });

      // The owner sees the chain, and may end it.
      const chain = ok(
        await hsiLiaison.gql(SHARING_REQUESTS, { direction: 'INCOMING', status: 'APPROVED' }),
        'sharingRequests',
      );
      expect(chain.find((r: { id: string }) => r.id === onward.id)).toMatchObject({
        providingAgency: { code: 'USBP' },
        requestingAgency: { code: 'JTFA' },
      });
      const trail = ok(await hsiLiaison.gql(TRAIL, { id: open }), 'auditTrail').edges.map(
        (e: { node: { action: string; actorAgency: { code: string } } }) =>
          `${e.node.action}:${e.node.actorAgency.code}`,
      );
      expect(trail).toEqual(expect.arrayContaining(['SHARE_OFFERED:USBP', 'READ_SHARED:JTFA']));
      ok(await hsiLiaison.gql(REVOKE, { id: onward.id, reason: 'Sin autorización del originador' }), 'revokeShare');
      expect((await jtfaAnalyst.gql(SUSPECT_VIEW, { id: open })).data.suspect).toBeNull();
    });

    it('from a share: never beyond what the share gives, and ended with it', async () => {
      const hsiAdmin = await app.as('admin@hsi.example');
      ok(
        await hsiAdmin.gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', {
          id: DEMO_IDS.agreements.hsiToJtfa,
        }),
        'endAgreement',
      );
      ok(
        await hsiAdmin.gql(AGREEMENT, {
          input: {
            recipientAgencyId: DEMO_IDS.agencies.JTFA,
            recordTypes: ['SUSPECT'],
            maxTlp: 'AMBER',
            approvalRequired: true,
            maxShareDays: 30,
            permittedUses: ['INTELLIGENCE', 'INVESTIGATION'],
            onwardSharingAllowed: true,
          },
        }),
        'createAgreement',
      );
      const id = await createSuspect(
        hsiAnalyst,
        'Evaristo',
        'Lugo',
        { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
        { aliases: ['El Güero Lugo'] },
      );
      const request = ok(
        await jtfaAnalyst.gql(REQUEST_SHARE, {
          type: 'SUSPECT',
          id,
          purpose: 'Grupo de tarea',
          fields: ['givenNames', 'paternalSurname'],
        }),
        'requestShare',
      );
      const expiresAt = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString();
      ok(await hsiLiaison.gql(APPROVE, { id: request.id, expiresAt, use: 'INTELLIGENCE' }), 'approveShareRequest');
      const jtfaLiaison = await app.as('liaison@jtfa.example');
      const toFgr = (vars: Record<string, unknown>) =>
        jtfaLiaison.gql(OFFER, {
          type: 'SUSPECT',
          id,
          to: DEMO_IDS.agencies.FGR,
          purpose: 'Coordinación binacional',
          ...vars,
        });
      expect(errorCode(await toFgr({ fields: ['givenNames', 'aliases'] }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await toFgr({ use: 'INVESTIGATION' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await toFgr({ expiresAt: new Date(Date.parse(expiresAt) + 3600 * 1000).toISOString() }))).toBe(
        'BAD_USER_INPUT',
      );
      const onward = ok(await toFgr({ fields: ['givenNames'] }), 'offerShare');
      expect(onward).toMatchObject({
        parentRequestId: request.id,
        use: 'INTELLIGENCE',
        expiresAt,
        providingAgency: { code: 'JTFA' },
      });
      expect(await fgrSees(id)).toMatchObject({
        givenNames: 'Evaristo',
        paternalSurname: null,
        sharing: { sharedBy: { code: 'JTFA' } },
      });
      ok(await hsiLiaison.gql(REVOKE, { id: request.id, reason: 'Fin del grupo de tarea' }), 'revokeShare');
      expect(await fgrSees(id)).toBeNull();
      const chain = ok(
        await fgrAnalyst.gql(SHARING_REQUESTS, { direction: 'OUTGOING', status: 'REVOKED' }),
        'sharingRequests',
      );
      expect(chain.find((r: { id: string }) => r.id === onward.id)).toMatchObject({
        decisionReason: 'The share it was passed on from was revoked',
      });
      // the final recipient's liaisons hear that the share passed on to them ended
      const fgrLiaison = await app.as('liaison@fgr.example');
      const told = ok<{ edges: { node: { kind: string; sharingRequestId: string | null } }[] }>(
        await fgrLiaison.gql('{ notifications(first: 50) { edges { node { kind sharingRequestId } } } }'),
        'notifications',
      );
      expect(told.edges.map((edge) => edge.node)).toContainEqual({
        kind: 'SHARE_REVOKED',
        sharingRequestId: onward.id,
      });
    });

    it("stop when the record becomes ORCON, or when the owner's agreement ends", async () => {
      const id = await createSuspect(hsiAnalyst, 'Demetrio', 'Zavala', { tlp: 'GREEN', releasableTo: ['US', 'MX'] });
      ok(await passOn(id, ['givenNames']), 'offerShare');
      expect((await jtfaAnalyst.gql(SUSPECT_VIEW, { id })).data.suspect.givenNames).toBe('Demetrio');
      ok(
        await hsiAnalyst.gql(UPDATE_SUSPECT, {
          id,
          input: { handling: { tlp: 'GREEN', releasableTo: ['US', 'MX'], originatorControlled: true } },
        }),
        'updateSuspect',
      );
      expect((await jtfaAnalyst.gql(SUSPECT_VIEW, { id })).data.suspect).toBeNull();
      ok(
        await hsiAnalyst.gql(UPDATE_SUSPECT, {
          id,
          input: { handling: { tlp: 'GREEN', releasableTo: ['US', 'MX'], originatorControlled: false } },
        }),
        'updateSuspect',
      );
      expect((await jtfaAnalyst.gql(SUSPECT_VIEW, { id })).data.suspect.givenNames).toBe('Demetrio');
      const agreements = ok(
        await (
          await app.as('admin@hsi.example')
        ).gql('{ agreements { id providerAgency { code } recipientAgency { code } endedAt } }'),
        'agreements',
      );
      const toUsbp = agreements.find(
        (a: { providerAgency: { code: string }; recipientAgency: { code: string }; endedAt: string | null }) =>
          a.providerAgency.code === 'HSI' && a.recipientAgency.code === 'USBP' && !a.endedAt,
      );
      ok(
        await (
          await app.as('admin@hsi.example')
        ).gql('mutation ($id: ID!) { endAgreement(id: $id) { id } }', { id: toUsbp.id }),
        'endAgreement',
      );
      expect((await jtfaAnalyst.gql(SUSPECT_VIEW, { id })).data.suspect).toBeNull();
    });
  });
});
