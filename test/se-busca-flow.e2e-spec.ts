import { errorCode, ok } from './support/sharing';
import { GraphQLClient, startApp, TestApp } from './support/test-app';
import { DEMO_IDS } from './support/demo';

const A = DEMO_IDS.agencies;
const S = DEMO_IDS.suspects;
const U = DEMO_IDS.users;
const CAMPAIGN_ID = DEMO_IDS.campaigns.usbpSeBusca;
const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';

const SUBMIT_PUBLIC = `mutation ($input: PublicTipInput!) { submitPublicTip(input: $input) { receiptCode } }`;
const ADD_TO_PUBLIC = `mutation ($code: String!, $narrative: String!) { addToPublicTip(receiptCode: $code, narrative: $narrative) { received } }`;
const QUEUE = `query ($filter: TipFilter, $first: Int) { tips(filter: $filter, first: $first) { edges { node { id narrative priority receivedAt } } } }`;
const TRIAGE = `mutation ($id: ID!, $input: TriageTipInput!) { triageTip(id: $id, input: $input) { id status priority assignee { email } handling { releasableTo } } }`;
const REFER = `mutation ($id: ID!, $to: ID!, $fields: [String!]) { referTip(id: $id, recipientAgencyId: $to, purpose: "Se Busca: competencia de la FGR en Ciudad Juárez", fields: $fields) {
  id status requestingAgency { code } grantedFields subjectShares { id recordType recordId status grantedFields carriedWithRequestId } } }`;
const TIP = `query ($id: ID!) { tip(id: $id) { id narrative status priority campaignId tipster { name phone } assignee { email }
  subjects { id givenNames paternalSurname } followUps { narrative } redactedFields ownerAgency { code } sharing { sharedBy { code } } } }`;
const SUSPECT = `query ($id: ID!) { suspect(id: $id) { id givenNames sharing { requestId } } }`;
const FEEDBACK = `mutation ($id: ID!, $body: String!, $outcome: ReferralOutcome!) { addReferralFeedback(requestId: $id, body: $body, outcome: $outcome) {
  id requestId outcome body at author { email agency { code } } } }`;
const SUBMIT = `mutation ($input: SubmitTipInput!) { submitTip(input: $input) { id priority campaignId assignee { email } } }`;

/**
 * The seed's Se Busca flow on the demo data: the public reports a tip through USBP's
 * campaign, USBP intake weighs it and refers it to FGR, and FGR's intake reads it, with the
 * person it names and what the tipster adds later, but never the tipster.
 */
describe('Se Busca, end to end', () => {
  let app: TestApp;
  let usbpIntake: GraphQLClient;
  let usbpLiaison: GraphQLClient;
  let fgrIntake: GraphQLClient;
  let fgeIntake: GraphQLClient;
  let gnIntake: GraphQLClient;
  let hsiIntake: GraphQLClient;

  beforeAll(async () => {
    app = await startApp();
    [usbpIntake, usbpLiaison, fgrIntake, fgeIntake, gnIntake, hsiIntake] = await Promise.all(
      [
        'intake@usbp.example',
        'liaison@usbp.example',
        'intake@fgr.example',
        'intake@fge-chih.example',
        'intake@gn.example',
        'intake@hsi.example',
      ].map((email) => app.as(email)),
    );
  });
  afterAll(() => app?.stop());

  it('runs from a public tip to FGR intake, without the tipster, and back', async () => {
    // 1. A member of the public reports rank 3 of the demo list, leaving a phone number.
    const narrative =
      'Vi a la mujer del cartel número 3 subiendo a seis personas a una camioneta blanca en la colonia Anapra.';
    const { receiptCode } = ok<{ receiptCode: string }>(
      await app.anonymous.gql(SUBMIT_PUBLIC, {
        input: {
          campaignSlug: 'se-busca-demo',
          entryRank: 3,
          language: 'es',
          narrative,
          contact: { name: 'Vecina de Anapra', phone: '+52 656 555 0177' },
        },
      }),
      'submitPublicTip',
    );

    // 2. USBP intake finds it in the campaign's queue, marked for the US only until weighed.
    const queued = ok(await usbpIntake.gql(QUEUE, { filter: { campaignId: CAMPAIGN_ID }, first: 5 }), 'tips').edges.map(
      (edge: { node: { id: string; narrative: string } }) => edge.node,
    );
    const tipId = queued.find((node: { narrative: string }) => node.narrative === narrative).id as string;
    expect(ok(await usbpIntake.gql(TIP, { id: tipId }), 'tip')).toMatchObject({
      subjects: [{ id: S.usbpPenaOrtiz }],
      tipster: { phone: '+52 656 555 0177' },
      priority: 'ROUTINE',
    });
    // not referable yet: its markings keep it in the US
    expect(errorCode(await usbpIntake.gql(REFER, { id: tipId, to: A.FGR }))).toBe('BAD_USER_INPUT');

    // 3. Triage: urgent (six people in a van), assigned, releasable to Mexico.
    const triaged = ok(
      await usbpIntake.gql(TRIAGE, {
        id: tipId,
        input: {
          status: 'ACTIONABLE',
          priority: 'URGENT',
          assigneeId: U.USBP.ANALYST,
          handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
        },
      }),
      'triageTip',
    );
    expect(triaged).toMatchObject({
      status: 'ACTIONABLE',
      priority: 'URGENT',
      assignee: { email: 'analyst@usbp.example' },
      handling: { releasableTo: ['US', 'MX'] },
    });
    // urgent tips come first in the intake queue
    expect(ok(await usbpIntake.gql(QUEUE, { first: 1 }), 'tips').edges[0].node.id).toBe(tipId);

    // 4. Before the referral FGR has nothing: the agreement asks for a decision per tip.
    expect(ok(await fgrIntake.gql(TIP, { id: tipId }), 'tip')).toBeNull();

    // 5. The referral: the tip, and the USBP record of the woman it names, under the same agreement.
    const referral = ok(await usbpIntake.gql(REFER, { id: tipId, to: A.FGR }), 'referTip');
    expect(referral).toMatchObject({ status: 'APPROVED', requestingAgency: { code: 'FGR' } });
    expect(referral.grantedFields).toEqual(expect.arrayContaining(['narrative', 'priority', 'subjects', 'followUps']));
    expect(referral.grantedFields).not.toContain('tipster');
    expect(referral.subjectShares).toEqual([
      expect.objectContaining({
        recordType: 'SUSPECT',
        recordId: S.usbpPenaOrtiz,
        status: 'APPROVED',
        carriedWithRequestId: referral.id,
      }),
    ]);

    // 6. FGR intake reads it: the narrative, the urgency, the person, never the tipster nor USBP's assignee.
    const atFgr = ok(await fgrIntake.gql(TIP, { id: tipId }), 'tip');
    expect(atFgr).toMatchObject({
      narrative,
      status: 'REFERRED',
      priority: 'URGENT',
      tipster: null,
      assignee: null,
      ownerAgency: { code: 'USBP' },
      sharing: { sharedBy: { code: 'USBP' } },
      subjects: [{ id: S.usbpPenaOrtiz, givenNames: 'Karla Yazmín', paternalSurname: 'Peña' }],
      followUps: [],
    });
    expect(atFgr.redactedFields).toEqual(expect.arrayContaining(['tipster', 'assignee']));
    expect(JSON.stringify(atFgr)).not.toContain('555 0177');
    expect(
      ok(await fgrIntake.gql(QUEUE, { first: 50 }), 'tips').edges.map((edge: { node: { id: string } }) => edge.node.id),
    ).toContain(tipId);

    // 7. The tipster adds something after the referral: it reaches FGR.
    ok(
      await app.anonymous.gql(ADD_TO_PUBLIC, {
        code: receiptCode,
        narrative: 'La camioneta tiene placas de Chihuahua y salió hacia el puente.',
      }),
      'addToPublicTip',
    );
    expect(ok(await fgrIntake.gql(TIP, { id: tipId }), 'tip').followUps).toEqual([
      { narrative: 'La camioneta tiene placas de Chihuahua y salió hacia el puente.' },
    ]);

    // 8. FGR reports back; both sides read it.
    const feedback = ok(
      await fgrIntake.gql(FEEDBACK, {
        id: referral.id,
        body: 'Se abrió carpeta de investigación; la camioneta fue ubicada.',
        outcome: 'UNDER_INVESTIGATION',
      }),
      'addReferralFeedback',
    );
    expect(feedback).toMatchObject({
      requestId: referral.id,
      outcome: 'UNDER_INVESTIGATION',
      author: { email: 'intake@fgr.example', agency: { code: 'FGR' } },
    });
    const FEEDBACK_OF = `query ($direction: SharingDirection!) { sharingRequests(direction: $direction) { id referralFeedback { body outcome author { agency { code } } } } }`;
    for (const [client, direction] of [
      [usbpIntake, 'INCOMING'],
      [fgrIntake, 'OUTGOING'],
    ] as const) {
      const requests = ok(await client.gql(FEEDBACK_OF, { direction }), 'sharingRequests');
      expect(requests.find((request: { id: string }) => request.id === referral.id).referralFeedback).toEqual([
        {
          body: 'Se abrió carpeta de investigación; la camioneta fue ubicada.',
          outcome: 'UNDER_INVESTIGATION',
          author: { agency: { code: 'FGR' } },
        },
      ]);
    }

    // 9. Nobody else got it: FGE-CHIH has an agreement too, but nothing was referred to it.
    expect(ok(await fgeIntake.gql(TIP, { id: tipId }), 'tip')).toBeNull();
    expect(ok(await gnIntake.gql(TIP, { id: tipId }), 'tip')).toBeNull();
  });

  describe('referrals', () => {
    let tipId: string;
    let referralId: string;

    beforeAll(async () => {
      tipId = ok<{ id: string }>(
        await usbpIntake.gql(SUBMIT, {
          input: {
            channel: 'HOTLINE',
            language: 'es',
            narrative: 'El Güicho mueve gente por Anapra los jueves.',
            subjectIds: [S.usbpSalcidoMendez],
            tipster: { anonymous: true },
            handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
          },
        }),
        'submitTip',
      ).id;
    });

    it('carry follow-ups only where the referral grants them', async () => {
      const referral = ok(
        await usbpIntake.gql(REFER, { id: tipId, to: A['FGE-CHIH'], fields: ['narrative', 'subjects'] }),
        'referTip',
      );
      referralId = referral.id;
      const atFge = ok(await fgeIntake.gql(TIP, { id: tipId }), 'tip');
      expect(atFge).toMatchObject({
        narrative: 'El Güicho mueve gente por Anapra los jueves.',
        followUps: null,
        subjects: [{ id: S.usbpSalcidoMendez }],
      });
      expect(atFge.redactedFields).toContain('followUps');
    });

    it('take feedback from the recipient only', async () => {
      // the referring agency is a party to the share, not its recipient
      expect(errorCode(await usbpIntake.gql(FEEDBACK, { id: referralId, body: 'x', outcome: 'ARREST' }))).toBe(
        'FORBIDDEN',
      );
      // an agency outside the share: as for an unknown request
      const hidden = await gnIntake.gql(FEEDBACK, { id: referralId, body: 'x', outcome: 'ARREST' });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden).toEqual(await gnIntake.gql(FEEDBACK, { id: UNKNOWN_ID, body: 'x', outcome: 'ARREST' }));
      expect(errorCode(await fgeIntake.gql(FEEDBACK, { id: referralId, body: '  ', outcome: 'ARREST' }))).toBe(
        'BAD_USER_INPUT',
      );
      ok(
        await fgeIntake.gql(FEEDBACK, { id: referralId, body: 'Ya lo teníamos ubicado.', outcome: 'ALREADY_KNOWN' }),
        'addReferralFeedback',
      );
      // a share of a suspect is not a referral
      const subjectShare = ok(
        await fgeIntake.gql(`{ sharingRequests(direction: OUTGOING) { id recordType } }`),
        'sharingRequests',
      ).find((request: { recordType: string }) => request.recordType === 'SUSPECT');
      expect(errorCode(await fgeIntake.gql(FEEDBACK, { id: subjectShare.id, body: 'x', outcome: 'ARREST' }))).toBe(
        'FORBIDDEN',
      );
    });

    it('end with the people they carried when revoked', async () => {
      const shared = ok(await fgeIntake.gql(SUSPECT, { id: S.usbpSalcidoMendez }), 'suspect');
      expect(shared.givenNames).toBe('Luis Fernando');
      ok(
        await usbpLiaison.gql(
          `mutation ($id: ID!) { revokeShare(requestId: $id, reason: "Referido por error") { status } }`,
          { id: referralId },
        ),
        'revokeShare',
      );
      expect(ok(await fgeIntake.gql(TIP, { id: tipId }), 'tip')).toBeNull();
      expect(ok(await fgeIntake.gql(SUSPECT, { id: S.usbpSalcidoMendez }), 'suspect')).toBeNull();
      // the recipient may still say what came of it
      ok(
        await fgeIntake.gql(FEEDBACK, { id: referralId, body: 'Sin más acciones.', outcome: 'NOT_ACTIONABLE' }),
        'addReferralFeedback',
      );
    });
  });

  describe('intake', () => {
    it('enters hotline and WhatsApp tips for a campaign of its agency, with a priority and an assignee', async () => {
      const tip = ok(
        await usbpIntake.gql(SUBMIT, {
          input: {
            channel: 'WHATSAPP',
            language: 'es',
            narrative: 'Tienen a mi hermano en una casa en Lomas de Poleo y piden rescate para hoy en la noche.',
            priority: 'LIFE_THREATENING',
            assigneeId: U.USBP.INTAKE_OFFICER,
            campaignId: CAMPAIGN_ID,
            tipster: { anonymous: true },
            handling: { tlp: 'AMBER', releasableTo: ['US', 'MX'] },
          },
        }),
        'submitTip',
      );
      expect(tip).toMatchObject({
        priority: 'LIFE_THREATENING',
        campaignId: CAMPAIGN_ID,
        assignee: { email: 'intake@usbp.example' },
      });
      const queue = ok(await usbpIntake.gql(QUEUE, { first: 100 }), 'tips').edges.map(
        (edge: { node: { id: string; priority: string } }) => edge.node,
      );
      expect(queue[0].id).toBe(tip.id);
      const ranks = queue.map((node: { priority: string }) =>
        ['ROUTINE', 'URGENT', 'LIFE_THREATENING'].indexOf(node.priority),
      );
      expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
      expect(
        ok(await usbpIntake.gql(QUEUE, { filter: { priority: 'LIFE_THREATENING' }, first: 10 }), 'tips').edges.map(
          (edge: { node: { id: string } }) => edge.node.id,
        ),
      ).toEqual([tip.id]);
    });

    it("refuses a campaign for a web tip, another agency's campaign, and an assignee of another agency", async () => {
      const base = {
        language: 'es',
        narrative: 'x',
        tipster: { anonymous: true },
        handling: { tlp: 'AMBER', releasableTo: ['US'] },
      };
      const web = await usbpIntake.gql(SUBMIT, { input: { ...base, channel: 'WEB', campaignId: CAMPAIGN_ID } });
      expect([errorCode(web), web.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'campaignId']);
      const foreign = await hsiIntake.gql(SUBMIT, { input: { ...base, channel: 'HOTLINE', campaignId: CAMPAIGN_ID } });
      const unknown = await hsiIntake.gql(SUBMIT, { input: { ...base, channel: 'HOTLINE', campaignId: UNKNOWN_ID } });
      expect([errorCode(foreign), foreign.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'campaignId']);
      expect(foreign.errors![0].message.replace(CAMPAIGN_ID, '<id>')).toBe(
        unknown.errors![0].message.replace(UNKNOWN_ID, '<id>'),
      );
      const assignee = await usbpIntake.gql(SUBMIT, {
        input: { ...base, channel: 'HOTLINE', assigneeId: U.HSI.INTAKE_OFFICER },
      });
      expect([errorCode(assignee), assignee.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'assigneeId']);
      // an analyst of the intake agency triages but does not take tips down
      const analyst = await app.as('analyst@usbp.example');
      expect(errorCode(await analyst.gql(SUBMIT, { input: { ...base, channel: 'HOTLINE' } }))).toBe('FORBIDDEN');
    });
  });
});
