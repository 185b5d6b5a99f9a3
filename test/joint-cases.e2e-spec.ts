import { errorCode, ok } from './support/sharing';
import { GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';
import { DEMO_IDS } from './support/demo';

const A = DEMO_IDS.agencies;
const S = DEMO_IDS.suspects;
const W = DEMO_IDS.warrants;
const U = DEMO_IDS.users;
const UNKNOWN_ID = '0195a000-0000-7000-8000-00000000ffff';
const handling = { tlp: 'AMBER', releasableTo: ['US', 'MX'] };

const CASE_VIEW = `id version title participatingAgencies { code } suspects { id } warrants { id } redactedFields
  notes(first: 20) { edges { node { id body version } } }
  timeline(first: 50) { edges { node { kind recordType recordId agency { code } warrantStatus } } }`;
const GET = `query ($id: ID!) { case(id: $id) { ${CASE_VIEW} } }`;
const CREATE = `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id version } }`;
const ADD_PARTICIPANT = `mutation ($caseId: ID!, $agencyId: ID!) { addCaseParticipant(caseId: $caseId, agencyId: $agencyId) { id version participatingAgencies { code } } }`;
const REMOVE_PARTICIPANT = `mutation ($caseId: ID!, $agencyId: ID!) { removeCaseParticipant(caseId: $caseId, agencyId: $agencyId) { id participatingAgencies { code } } }`;
const LINK = `mutation ($caseId: ID!, $type: RecordType!, $id: ID!) { linkCaseRecord(caseId: $caseId, recordType: $type, recordId: $id) { id suspects { id } warrants { id } } }`;
const UNLINK = `mutation ($caseId: ID!, $type: RecordType!, $id: ID!) { unlinkCaseRecord(caseId: $caseId, recordType: $type, recordId: $id) { id suspects { id } warrants { id } } }`;
const ADD_NOTE = `mutation ($caseId: ID!, $body: String!) { addCaseNote(caseId: $caseId, body: $body) { id body at version editedAt author { email displayName agency { code } } } }`;
const EDIT_NOTE = `mutation ($id: ID!, $body: String!) { editCaseNote(id: $id, body: $body) { id body version editedAt versions { version body } } }`;
const ADD_TASK = `mutation ($caseId: ID!, $input: AddCaseTaskInput!) { addCaseTask(caseId: $caseId, input: $input) { id title status dueOn assignee { email agency { code } } createdBy { email } } }`;
const UPDATE_TASK = `mutation ($id: ID!, $input: UpdateCaseTaskInput!) { updateCaseTask(id: $id, input: $input) { id title status doneAt doneBy { email } } }`;
const TIMELINE = `query ($id: ID!, $first: Int, $after: String) { case(id: $id) { timeline(first: $first, after: $after) {
  edges { cursor node { id at kind actor { email } recordType recordId agency { code } task { title } noteId changedFields warrantStatus } } pageInfo { hasNextPage endCursor } } } }`;

interface CaseRead {
  id: string;
  version: number;
  participatingAgencies: { code: string }[];
  suspects: { id: string }[];
  warrants: { id: string }[];
  notes: { edges: { node: { id: string; body: string; version: number } }[] };
  timeline: {
    edges: {
      node: {
        kind: string;
        recordType: string | null;
        recordId: string | null;
        agency: { code: string } | null;
        warrantStatus: string | null;
      };
    }[];
  };
}

/**
 * A joint case as the task force works it: the lead's liaison brings partners in, the partners
 * read it and add notes, tasks and links, and every linked record stays under its own rules.
 */
describe('joint cases', () => {
  let app: TestApp;
  let hsiAnalyst: GraphQLClient;
  let hsiLiaison: GraphQLClient;
  let hsiIntake: GraphQLClient;
  let fgrAnalyst: GraphQLClient;
  let fgrInvestigator: GraphQLClient;
  let fgrLiaison: GraphQLClient;
  let usbpAnalyst: GraphQLClient;
  let gnAnalyst: GraphQLClient;
  let gnLiaison: GraphQLClient;
  let caseId: string;

  const read = async (client: GraphQLClient, id = caseId): Promise<CaseRead | null> =>
    ok<CaseRead | null>(await client.gql(GET, { id }), 'case');
  const kinds = (view: CaseRead | null) => view!.timeline.edges.map((edge) => edge.node.kind);

  beforeAll(async () => {
    app = await startApp();
    [hsiAnalyst, hsiLiaison, hsiIntake, fgrAnalyst, fgrInvestigator, fgrLiaison, usbpAnalyst, gnAnalyst, gnLiaison] =
      await Promise.all(
        [
          'analyst@hsi.example',
          'liaison@hsi.example',
          'intake@hsi.example',
          'analyst@fgr.example',
          'investigator@fgr.example',
          'liaison@fgr.example',
          'analyst@usbp.example',
          'analyst@gn.example',
          'liaison@gn.example',
        ].map((email) => app.as(email)),
      );
    caseId = ok<{ id: string }>(
      await hsiAnalyst.gql(CREATE, {
        input: {
          caseNumber: 'HSI-ELP-2026-0300',
          title: 'Rescates en Lomas de Poleo',
          handling,
          links: [{ recordType: 'SUSPECT', recordId: S.hsiNunezPena }],
        },
      }),
      'createCase',
    ).id;
  });
  afterAll(() => app?.stop());

  describe('participants', () => {
    it("are added by the lead agency's liaison officers, one agency at a time", async () => {
      expect(await read(fgrAnalyst)).toBeNull();
      const added = ok(await hsiLiaison.gql(ADD_PARTICIPANT, { caseId, agencyId: A.FGR }), 'addCaseParticipant');
      expect(added).toMatchObject({ participatingAgencies: [{ code: 'FGR' }], version: 2 });
      ok(await hsiLiaison.gql(ADD_PARTICIPANT, { caseId, agencyId: A.USBP }), 'addCaseParticipant');
      expect(errorCode(await hsiLiaison.gql(ADD_PARTICIPANT, { caseId, agencyId: A.FGR }))).toBe('CONFLICT');
      const lead = await hsiLiaison.gql(ADD_PARTICIPANT, { caseId, agencyId: A.HSI });
      expect([errorCode(lead), lead.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'agencyId']);
      expect(errorCode(await hsiLiaison.gql(ADD_PARTICIPANT, { caseId, agencyId: UNKNOWN_ID }))).toBe('BAD_USER_INPUT');
    });

    it("are not anyone else's to add: other roles of the lead, participants, agencies outside the case", async () => {
      expect(errorCode(await hsiAnalyst.gql(ADD_PARTICIPANT, { caseId, agencyId: A.GN }))).toBe('FORBIDDEN');
      // FGR takes part: it sees the case, so it is told it may not
      expect(errorCode(await fgrLiaison.gql(ADD_PARTICIPANT, { caseId, agencyId: A.GN }))).toBe('FORBIDDEN');
      // GN takes no part: the case does not exist for it
      const hidden = await gnLiaison.gql(ADD_PARTICIPANT, { caseId, agencyId: A.GN });
      const unknown = await gnLiaison.gql(ADD_PARTICIPANT, { caseId: UNKNOWN_ID, agencyId: A.GN });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden).toEqual(unknown);
      expect((await read(hsiAnalyst))!.participatingAgencies).toEqual([{ code: 'FGR' }, { code: 'USBP' }]);
    });

    it("only where the case's markings release it", async () => {
      const usOnly = ok<{ id: string }>(
        await hsiAnalyst.gql(CREATE, {
          input: {
            caseNumber: 'HSI-ELP-2026-0301',
            title: 'Solo EE. UU.',
            handling: { tlp: 'AMBER', releasableTo: ['US'] },
          },
        }),
        'createCase',
      ).id;
      const refused = await hsiLiaison.gql(ADD_PARTICIPANT, { caseId: usOnly, agencyId: A.FGR });
      expect([errorCode(refused), refused.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'agencyId']);
      ok(await hsiLiaison.gql(ADD_PARTICIPANT, { caseId: usOnly, agencyId: A.USBP }), 'addCaseParticipant');
      expect(await read(usbpAnalyst, usOnly)).not.toBeNull();
      // marked RED later: it leaves the agency no more, participants included (the rules read the markings as they are)
      const version = (await read(hsiAnalyst, usOnly))!.version;
      ok(
        await hsiAnalyst.gql(
          `mutation ($id: ID!, $v: Int!) { updateCase(id: $id, input: { handling: { tlp: RED, releasableTo: [US] }, expectedVersion: $v }) { id } }`,
          { id: usOnly, v: version },
        ),
        'updateCase',
      );
      expect(await read(usbpAnalyst, usOnly)).toBeNull();
    });

    it("read the case's own fields, and a linked record only where they may read it themselves", async () => {
      const atFgr = (await read(fgrAnalyst))!;
      expect(atFgr).toMatchObject({ title: 'Rescates en Lomas de Poleo', redactedFields: [] });
      // HSI's suspect is not shared with FGR: no link, no trace on the timeline
      expect(atFgr.suspects).toEqual([]);
      expect(atFgr.timeline.edges.some((edge) => edge.node.recordId === S.hsiNunezPena)).toBe(false);
      // USBP reads HSI's suspects under their standing agreement: it sees the link
      expect((await read(usbpAnalyst))!.suspects).toEqual([{ id: S.hsiNunezPena }]);
      // in lists too
      const listed = ok(
        await fgrAnalyst.gql('{ cases(first: 100) { edges { node { id suspects { id } } } } }'),
        'cases',
      );
      expect(listed.edges.find((edge: { node: { id: string } }) => edge.node.id === caseId).node.suspects).toEqual([]);
    });

    it('leave no trace of a hidden linked record: links to it change nothing a participant sees', async () => {
      const before = await fgrAnalyst.gql(GET, { id: caseId });
      ok(await hsiAnalyst.gql(LINK, { caseId, type: 'WARRANT', id: W.hsiNunezPena }), 'linkCaseRecord');
      expect(await fgrAnalyst.gql(GET, { id: caseId })).toEqual(before);
      ok(await hsiAnalyst.gql(UNLINK, { caseId, type: 'WARRANT', id: W.hsiNunezPena }), 'unlinkCaseRecord');
      expect(await fgrAnalyst.gql(GET, { id: caseId })).toEqual(before);
      // FGR cannot reach the hidden record through the case: it answers as an unknown one
      for (const mutation of [LINK, UNLINK]) {
        const hidden = await fgrAnalyst.gql(mutation, { caseId, type: 'SUSPECT', id: S.hsiNunezPena });
        const unknown = await fgrAnalyst.gql(mutation, { caseId, type: 'SUSPECT', id: UNKNOWN_ID });
        expect(errorCode(hidden)).toBe('BAD_USER_INPUT');
        expect(hidden.errors![0].message.replace(S.hsiNunezPena, '<id>')).toBe(
          unknown.errors![0].message.replace(UNKNOWN_ID, '<id>'),
        );
      }
      expect(ok(await hsiAnalyst.gql(GET, { id: caseId }), 'case').suspects).toEqual([{ id: S.hsiNunezPena }]);
    });

    it('add links of their own, one at a time, which others see only where they may read the record', async () => {
      const linked = ok(await fgrAnalyst.gql(LINK, { caseId, type: 'WARRANT', id: W.fgrNunezPena }), 'linkCaseRecord');
      expect(linked.warrants).toEqual([{ id: W.fgrNunezPena }]);
      expect(errorCode(await fgrAnalyst.gql(LINK, { caseId, type: 'WARRANT', id: W.fgrNunezPena }))).toBe('CONFLICT');
      // the lead cannot read FGR's warrant: for HSI the link is not there
      expect((await read(hsiAnalyst))!.warrants).toEqual([]);
      const fgrSees = (await read(fgrAnalyst))!;
      expect(fgrSees.warrants).toEqual([{ id: W.fgrNunezPena }]);
      // its status history is on FGR's timeline, not on HSI's
      expect(
        fgrSees.timeline.edges
          .filter((edge) => edge.node.kind === 'WARRANT_STATUS_CHANGED')
          .map((edge) => edge.node.warrantStatus),
      ).toEqual(['ACTIVE', 'SUSPENDED', 'ACTIVE', 'ISSUED']);
      expect(kinds(await read(hsiAnalyst))).not.toContain('WARRANT_STATUS_CHANGED');
      const rows = await sqlOn(
        app,
        'SELECT record_type, record_id FROM case_links WHERE case_id = $1 ORDER BY record_id',
        [caseId],
      );
      expect(rows).toEqual([
        { record_type: 'SUSPECT', record_id: S.hsiNunezPena },
        { record_type: 'WARRANT', record_id: W.fgrNunezPena },
      ]);
      // unlinking takes exactly that one
      expect(errorCode(await fgrAnalyst.gql(UNLINK, { caseId, type: 'WARRANT', id: W.fgrGonzalezTerrazas }))).toBe(
        'NOT_FOUND',
      );
      ok(await fgrAnalyst.gql(UNLINK, { caseId, type: 'WARRANT', id: W.fgrNunezPena }), 'unlinkCaseRecord');
      expect(await sqlOn(app, 'SELECT record_type, record_id FROM case_links WHERE case_id = $1', [caseId])).toEqual([
        { record_type: 'SUSPECT', record_id: S.hsiNunezPena },
      ]);
      ok(await fgrAnalyst.gql(LINK, { caseId, type: 'WARRANT', id: W.fgrNunezPena }), 'linkCaseRecord');
    });

    it('contribute only with a role that works cases at home', async () => {
      expect(errorCode(await fgrLiaison.gql(ADD_NOTE, { caseId, body: 'No' }))).toBe('FORBIDDEN');
      expect(errorCode(await fgrLiaison.gql(LINK, { caseId, type: 'WARRANT', id: W.fgrDominguezLara }))).toBe(
        'FORBIDDEN',
      );
      expect(errorCode(await hsiIntake.gql(ADD_NOTE, { caseId, body: 'No' }))).toBe('FORBIDDEN');
      const hidden = await gnAnalyst.gql(ADD_NOTE, { caseId, body: 'No' });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      expect(hidden).toEqual(await gnAnalyst.gql(ADD_NOTE, { caseId: UNKNOWN_ID, body: 'No' }));
      expect(Number((await sqlOn(app, 'SELECT count(*) AS n FROM case_notes WHERE case_id = $1', [caseId]))[0].n)).toBe(
        0,
      );
    });
  });

  describe('notes', () => {
    let noteId: string;

    it('are written by the lead and the participants, with their author and agency', async () => {
      const note = ok(
        await fgrAnalyst.gql(ADD_NOTE, { caseId, body: 'El testigo ubica la casa de seguridad en la calle Poleo 14.' }),
        'addCaseNote',
      );
      noteId = note.id;
      expect(note).toMatchObject({
        version: 1,
        editedAt: null,
        author: { email: 'analyst@fgr.example', displayName: 'FGR Analyst', agency: { code: 'FGR' } },
      });
      expect(Math.abs(Date.parse(note.at) - Date.now())).toBeLessThan(60_000);
      ok(
        await hsiAnalyst.gql(ADD_NOTE, { caseId, body: 'HSI confirma dos vehículos en el domicilio.' }),
        'addCaseNote',
      );
      // every party reads them, newest first
      for (const client of [hsiAnalyst, fgrAnalyst, usbpAnalyst, hsiLiaison]) {
        expect((await read(client))!.notes.edges.map((edge) => edge.node.body)).toEqual([
          'HSI confirma dos vehículos en el domicilio.',
          'El testigo ubica la casa de seguridad en la calle Poleo 14.',
        ]);
      }
      expect(errorCode(await fgrAnalyst.gql(ADD_NOTE, { caseId, body: '   ' }))).toBe('BAD_USER_INPUT');
    });

    it('page with a cursor', async () => {
      const PAGE = `query ($id: ID!, $after: String) { case(id: $id) { notes(first: 1, after: $after) { edges { node { body } } pageInfo { hasNextPage endCursor } } } }`;
      const first = ok(await hsiAnalyst.gql(PAGE, { id: caseId }), 'case').notes;
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = ok(await hsiAnalyst.gql(PAGE, { id: caseId, after: first.pageInfo.endCursor }), 'case').notes;
      expect(second.edges.map((edge: { node: { body: string } }) => edge.node.body)).toEqual([
        'El testigo ubica la casa de seguridad en la calle Poleo 14.',
      ]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('are append-only: an edit is a new version by the author, the earlier ones stay', async () => {
      const edited = ok(
        await fgrAnalyst.gql(EDIT_NOTE, {
          id: noteId,
          body: 'El testigo ubica la casa de seguridad en la calle Poleo 41.',
        }),
        'editCaseNote',
      );
      expect(edited).toMatchObject({ version: 2, body: 'El testigo ubica la casa de seguridad en la calle Poleo 41.' });
      expect(edited.editedAt).not.toBeNull();
      expect(edited.versions.map((version: { body: string }) => version.body)).toEqual([
        'El testigo ubica la casa de seguridad en la calle Poleo 14.',
        'El testigo ubica la casa de seguridad en la calle Poleo 41.',
      ]);
      // someone else's note: visible, not theirs to edit
      expect(errorCode(await fgrInvestigator.gql(EDIT_NOTE, { id: noteId, body: 'No' }))).toBe('FORBIDDEN');
      expect(errorCode(await hsiAnalyst.gql(EDIT_NOTE, { id: noteId, body: 'No' }))).toBe('FORBIDDEN');
      // outside the case the note does not exist
      const hidden = await gnAnalyst.gql(EDIT_NOTE, { id: noteId, body: 'No' });
      expect(hidden).toEqual(await gnAnalyst.gql(EDIT_NOTE, { id: UNKNOWN_ID, body: 'No' }));
      // the database itself refuses to rewrite or remove them
      await expect(sqlOn(app, "UPDATE case_note_versions SET body = 'x' WHERE note_id = $1", [noteId])).rejects.toThrow(
        /append-only/,
      );
      await expect(sqlOn(app, 'DELETE FROM case_notes WHERE id = $1', [noteId])).rejects.toThrow(/append-only/);
      await expect(sqlOn(app, 'DELETE FROM case_events WHERE case_id = $1', [caseId])).rejects.toThrow(/append-only/);
    });
  });

  describe('tasks', () => {
    let taskId: string;

    it('are set for a person of an agency taking part', async () => {
      const task = ok(
        await hsiAnalyst.gql(ADD_TASK, {
          caseId,
          input: {
            title: 'Solicitar orden de cateo para Poleo 41',
            assigneeId: U.FGR.INVESTIGATOR,
            dueOn: '2026-12-20',
          },
        }),
        'addCaseTask',
      );
      taskId = task.id;
      expect(task).toMatchObject({
        status: 'OPEN',
        dueOn: '2026-12-20',
        assignee: { email: 'investigator@fgr.example', agency: { code: 'FGR' } },
        createdBy: { email: 'analyst@hsi.example' },
      });
      // someone of an agency outside the case answers as an unknown person
      const outsider = await hsiAnalyst.gql(ADD_TASK, { caseId, input: { title: 'x', assigneeId: U.GN.ANALYST } });
      const unknown = await hsiAnalyst.gql(ADD_TASK, { caseId, input: { title: 'x', assigneeId: UNKNOWN_ID } });
      expect([errorCode(outsider), outsider.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'assigneeId']);
      expect(outsider.errors![0].message.replace(U.GN.ANALYST, '<id>')).toBe(
        unknown.errors![0].message.replace(UNKNOWN_ID, '<id>'),
      );
      expect(
        ok(
          await usbpAnalyst.gql('query ($id: ID!) { case(id: $id) { tasks { title assignee { email } } } }', {
            id: caseId,
          }),
          'case',
        ).tasks,
      ).toEqual([{ title: 'Solicitar orden de cateo para Poleo 41', assignee: { email: 'investigator@fgr.example' } }]);
    });

    it('are done by the participants; not by anyone outside the case', async () => {
      expect(errorCode(await fgrLiaison.gql(UPDATE_TASK, { id: taskId, input: { status: 'DONE' } }))).toBe('FORBIDDEN');
      const hidden = await gnAnalyst.gql(UPDATE_TASK, { id: taskId, input: { status: 'DONE' } });
      expect(hidden).toEqual(await gnAnalyst.gql(UPDATE_TASK, { id: UNKNOWN_ID, input: { status: 'DONE' } }));
      const done = ok(
        await fgrInvestigator.gql(UPDATE_TASK, { id: taskId, input: { status: 'DONE' } }),
        'updateCaseTask',
      );
      expect(done).toMatchObject({ status: 'DONE', doneBy: { email: 'investigator@fgr.example' } });
      const retitled = ok(
        await fgrInvestigator.gql(UPDATE_TASK, { id: taskId, input: { title: 'Orden de cateo obtenida' } }),
        'updateCaseTask',
      );
      expect(retitled).toMatchObject({ title: 'Orden de cateo obtenida', status: 'DONE' });
    });
  });

  describe('timeline', () => {
    it("tells the case's own events, newest first, each about what the viewer may read", async () => {
      const hsiTimeline = (await read(hsiAnalyst))!.timeline.edges.map((edge) => edge.node);
      const own = hsiTimeline.map((event) => event.kind);
      expect(own.slice(0, 4)).toEqual(['TASK_DONE', 'TASK_CREATED', 'NOTE_EDITED', 'NOTE_ADDED']);
      expect(own).toEqual(expect.arrayContaining(['CREATED', 'PARTICIPANT_ADDED', 'LINK_ADDED', 'LINK_REMOVED']));
      expect(own.at(-1)).toBe('CREATED');
      expect(
        hsiTimeline.filter((event) => event.kind === 'PARTICIPANT_ADDED').map((event) => event.agency!.code),
      ).toEqual(['USBP', 'FGR']);
      // HSI never sees FGR's warrant linked, FGR never sees HSI's suspect linked
      expect(hsiTimeline.some((event) => event.recordId === W.fgrNunezPena)).toBe(false);
      expect(
        (await read(fgrAnalyst))!.timeline.edges.some(
          (edge) => edge.node.recordId === S.hsiNunezPena || edge.node.recordId === W.hsiNunezPena,
        ),
      ).toBe(false);
    });

    it('pages with a cursor, newest first', async () => {
      const all = ok(await fgrAnalyst.gql(TIMELINE, { id: caseId, first: 100 }), 'case').timeline.edges.map(
        (edge: { node: { id: string } }) => edge.node.id,
      );
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: {
          edges: { node: { id: string; at: string } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        } = ok(await fgrAnalyst.gql(TIMELINE, { id: caseId, first: 3, after }), 'case').timeline;
        seen.push(...page.edges.map((edge) => edge.node.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(all);
      expect(errorCode(await fgrAnalyst.gql(TIMELINE, { id: caseId, first: 3, after: 'nope' }))).toBe('BAD_USER_INPUT');
    });

    it('says who did what', async () => {
      const events = ok(await hsiAnalyst.gql(TIMELINE, { id: caseId, first: 100 }), 'case').timeline.edges.map(
        (edge: { node: unknown }) => edge.node,
      );
      expect(events.find((event: { kind: string }) => event.kind === 'TASK_DONE')).toMatchObject({
        actor: { email: 'investigator@fgr.example' },
        task: { title: 'Orden de cateo obtenida' },
      });
      expect(events.find((event: { kind: string }) => event.kind === 'CREATED')).toMatchObject({
        actor: { email: 'analyst@hsi.example' },
      });
    });
  });

  describe('leaving', () => {
    it('a removed participant no longer reads or works the case', async () => {
      expect(errorCode(await fgrLiaison.gql(REMOVE_PARTICIPANT, { caseId, agencyId: A.FGR }))).toBe('FORBIDDEN');
      const removed = ok(
        await hsiLiaison.gql(REMOVE_PARTICIPANT, { caseId, agencyId: A.FGR }),
        'removeCaseParticipant',
      );
      expect(removed.participatingAgencies).toEqual([{ code: 'USBP' }]);
      expect(errorCode(await hsiLiaison.gql(REMOVE_PARTICIPANT, { caseId, agencyId: A.FGR }))).toBe('BAD_USER_INPUT');
      expect(await read(fgrAnalyst)).toBeNull();
      expect(errorCode(await fgrAnalyst.gql(ADD_NOTE, { caseId, body: 'Ya no' }))).toBe('NOT_FOUND');
      const timeline = (await read(hsiAnalyst))!.timeline.edges.map((edge) => edge.node);
      expect(timeline[0]).toMatchObject({ kind: 'PARTICIPANT_REMOVED', agency: { code: 'FGR' } });
      // what FGR wrote stays on the case
      expect((await read(hsiAnalyst))!.notes.edges).toHaveLength(2);
    });
  });
});
