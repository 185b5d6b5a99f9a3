import { errorCode, GraphQLClient, sqlOn, startApp, TestApp } from './support/test-app';

/*
 * Matching: identifiers (validated, normalized, searched by any spelling, SSNs kept to their
 * owner), the date-of-birth filter, search by sound ranked below exact matches, possible
 * duplicates (own agency only, batched), every country, REL TO's default, alias-only people.
 * Demo agreements used: USBP->HSI standing (all fields), HSI->USBP standing without
 * identifiers, FGR<->FGE-CHIH standing, nothing between USBP and FGR.
 */

const SUSPECT_FIELDS = `id fullName givenNames paternalSurname aliases dateOfBirth nationalities redactedFields
  identifiers { kind value country state } ownerAgency { code } handling { tlp releasableTo }`;
const CREATE = `mutation ($input: CreateSuspectInput!) { createSuspect(input: $input) { ${SUSPECT_FIELDS} possibleDuplicates { id fullName ownerAgency { code } } } }`;
const UPDATE = `mutation ($id: ID!, $input: UpdateSuspectInput!) { updateSuspect(id: $id, input: $input) { id possibleDuplicates { id } } }`;
const LIST = `query ($filter: SuspectFilter, $first: Int, $after: String) {
  suspects(filter: $filter, first: $first, after: $after) {
    totalCount totalCountCapped edges { cursor node { ${SUSPECT_FIELDS} } } pageInfo { hasNextPage endCursor } } }`;
const GET = `query ($id: ID!) { suspect(id: $id) { ${SUSPECT_FIELDS} possibleDuplicates { id ownerAgency { code } } } }`;

const BOTH = { tlp: 'GREEN', releasableTo: ['US', 'MX'] };

type Seen = {
  id: string;
  fullName: string | null;
  identifiers: { kind: string; value: string }[] | null;
  handling: { releasableTo: string[] };
  possibleDuplicates: { id: string }[];
};

describe('matching', () => {
  let app: TestApp;
  let hsi: GraphQLClient;
  let usbp: GraphQLClient;
  let fgr: GraphQLClient;
  let fgeChih: GraphQLClient;

  const create = async (client: GraphQLClient, input: Record<string, unknown>): Promise<Seen> => {
    const result = await client.gql(CREATE, { input: { handling: BOTH, ...input } });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.createSuspect;
  };
  const ids = async (client: GraphQLClient, filter: Record<string, unknown>): Promise<string[]> => {
    const result = await client.gql(LIST, { filter, first: 100 });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.suspects.edges.map((edge: { node: { id: string } }) => edge.node.id);
  };

  beforeAll(async () => {
    app = await startApp();
    [hsi, usbp, fgr, fgeChih] = await Promise.all(
      ['analyst@hsi.example', 'analyst@usbp.example', 'analyst@fgr.example', 'analyst@fge-chih.example'].map((email) =>
        app.as(email),
      ),
    );
  });
  afterAll(() => app?.stop());

  describe('identifiers on write', () => {
    it('stores each kind in canonical form', async () => {
      const suspect = await create(hsi, {
        givenNames: 'Rosendo',
        paternalSurname: 'Valdivia',
        identifiers: [
          { kind: 'CURP', value: 'vaor-850612-hchlcs01' },
          { kind: 'A_NUMBER', value: 'a 1234 5678' },
          { kind: 'SSN', value: '512 40 1234' },
          { kind: 'DRIVERS_LICENSE', value: 'd123-4567', state: 'tx' },
          { kind: 'PASSPORT', value: 'lx 4471208', country: 'GT' },
        ],
      });
      expect(suspect.identifiers).toEqual([
        { kind: 'CURP', value: 'VAOR850612HCHLCS01', country: 'MX', state: null },
        { kind: 'A_NUMBER', value: 'A012345678', country: 'US', state: null },
        { kind: 'SSN', value: '512-40-1234', country: 'US', state: null },
        { kind: 'DRIVERS_LICENSE', value: 'D1234567', country: 'US', state: 'TX' },
        { kind: 'PASSPORT', value: 'LX4471208', country: 'GT', state: null },
      ]);
    });

    it.each([
      [
        [
          { kind: 'FBI_NUMBER', value: '482913KD7' },
          { kind: 'CURP', value: 'abc' },
        ],
        'identifiers.1.value',
      ],
      [[{ kind: 'CURP', value: 'VAOR850612HCHLCS09' }], 'identifiers.0.value'], // check digit
      [[{ kind: 'RFC', value: 'VAOR850612LC4' }], 'identifiers.0.value'],
      [[{ kind: 'PASSPORT', value: '512345678' }], 'identifiers.0.country'],
      [[{ kind: 'A_NUMBER', value: '12345678' }], 'identifiers.0.value'],
      [[{ kind: 'SSN', value: '666-12-3456' }], 'identifiers.0.value'],
      [[{ kind: 'DRIVERS_LICENSE', value: 'D1234567' }], 'identifiers.0.state'],
    ])('refuses %j, naming %s, and writes nothing', async (identifiers, field) => {
      const result = await hsi.gql(CREATE, {
        input: { givenNames: 'Nadie', paternalSurname: 'Invalido', identifiers, handling: BOTH },
      });
      expect([errorCode(result), result.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', field]);
      expect(await ids(hsi, { search: 'invalido' })).toEqual([]);
    });

    it('refuses a date of birth in the future, on create and update', async () => {
      const future = `${new Date().getUTCFullYear() + 1}-01-01`;
      const created = await hsi.gql(CREATE, {
        input: { givenNames: 'Futuro', paternalSurname: 'Nacido', dateOfBirth: future, handling: BOTH },
      });
      expect([errorCode(created), created.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'dateOfBirth']);
      const { id } = await create(hsi, { givenNames: 'Presente', paternalSurname: 'Nacido' });
      const updated = await hsi.gql(UPDATE, { id, input: { dateOfBirth: future } });
      expect([errorCode(updated), updated.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'dateOfBirth']);
    });
  });

  describe('the identifier filter', () => {
    let usbpSuspect: Seen;
    beforeAll(async () => {
      usbpSuspect = await create(usbp, {
        givenNames: 'Anselmo',
        paternalSurname: 'Trejo',
        identifiers: [
          { kind: 'CURP', value: 'TOGE771130HCHRNL26' },
          { kind: 'RFC', value: 'TOGE771130N26' },
          { kind: 'PASSPORT', value: 'G12345678', country: 'MX' },
          { kind: 'A_NUMBER', value: 'A098765432' },
          { kind: 'FBI_NUMBER', value: '731054PA2' },
          { kind: 'SSN', value: '521-33-7788' },
          { kind: 'DRIVERS_LICENSE', value: 'NM0471122', state: 'NM' },
          { kind: 'OTHER', value: 'DPI 2417 55031 0101' },
        ],
      });
    });

    it.each([
      ['CURP', 'toge-771130-hchrnl26'],
      ['RFC', 'toge 771130 n26'],
      ['passport', 'g.1234.5678'],
      ['A-number', 'A-098-765-432'],
      ['FBI number', '731054pa2'],
      ['driver licence', 'nm-0471122'],
      ['other', 'dpi2417550310101'],
    ])('finds a suspect by its %s in any spelling, as the owner and as a standing partner', async (_kind, spelling) => {
      expect(await ids(usbp, { identifier: spelling })).toEqual([usbpSuspect.id]);
      expect(await ids(hsi, { identifier: spelling })).toEqual([usbpSuspect.id]);
    });

    it('finds an A-number of 8 digits as the same number with a leading zero', async () => {
      const { id } = await create(usbp, {
        givenNames: 'Ocho',
        paternalSurname: 'Digitos',
        identifiers: [{ kind: 'A_NUMBER', value: 'A024681357' }],
      });
      expect(await ids(usbp, { identifier: 'A24681357' })).toEqual([id]);
      expect(await ids(usbp, { identifier: 'A2468135' })).toEqual([]);
    });

    it('shows an SSN in full to its owner only, and finds nobody by a partner SSN', async () => {
      expect(await ids(usbp, { identifier: '521-33-7788' })).toEqual([usbpSuspect.id]);
      expect(await ids(hsi, { identifier: '521-33-7788' })).toEqual([]);
      expect(await ids(hsi, { identifier: '521337788' })).toEqual([]);
      const seen = (await hsi.gql(GET, { id: usbpSuspect.id })).data.suspect;
      expect(seen.identifiers.find((identifier: { kind: string }) => identifier.kind === 'SSN')).toEqual({
        kind: 'SSN',
        value: '***-**-7788',
        country: 'US',
        state: null,
      });
      const own = (await usbp.gql(GET, { id: usbpSuspect.id })).data.suspect;
      expect(own.identifiers.find((identifier: { kind: string }) => identifier.kind === 'SSN').value).toBe(
        '521-33-7788',
      );
    });

    it('never matches where the viewer may not read identifiers, nor across agencies without an agreement', async () => {
      const hsiSuspect = await create(hsi, {
        givenNames: 'Oculto',
        paternalSurname: 'Retenido',
        identifiers: [{ kind: 'FBI_NUMBER', value: '265118WB4' }],
      });
      expect(await ids(hsi, { identifier: '265118WB4' })).toEqual([hsiSuspect.id]);
      // HSI->USBP withholds identifiers: USBP sees the person, but cannot find it by one
      expect(await ids(usbp, { search: 'oculto retenido' })).toEqual([hsiSuspect.id]);
      expect(await ids(usbp, { identifier: '265118WB4' })).toEqual([]);
      expect(await ids(fgr, { identifier: 'TOGE771130HCHRNL26' })).toEqual([]);
      expect(await ids(fgr, { identifier: '265118WB4' })).toEqual([]);
    });

    it('combines with the date of birth and the search, and a filter of punctuation finds nothing', async () => {
      const { id } = await create(usbp, {
        givenNames: 'Combinado',
        paternalSurname: 'Filtros',
        dateOfBirth: '1981-04-09',
        identifiers: [{ kind: 'FBI_NUMBER', value: '7710AB3' }],
      });
      expect(await ids(usbp, { identifier: '7710ab3', dateOfBirth: '1981-04-09', search: 'combinado' })).toEqual([id]);
      expect(await ids(usbp, { identifier: '7710ab3', dateOfBirth: '1981-04-10' })).toEqual([]);
      expect(await ids(usbp, { identifier: '7710ab3', search: 'otro' })).toEqual([]);
      expect(await ids(usbp, { identifier: ' - . ' })).toEqual([]);
    });
  });

  describe('the date-of-birth filter', () => {
    it('finds the suspects born that day the viewer may see', async () => {
      const a = await create(fgr, { givenNames: 'Primero', paternalSurname: 'Natal', dateOfBirth: '1962-03-14' });
      const b = await create(fgr, { givenNames: 'Segundo', paternalSurname: 'Natal', dateOfBirth: '1962-03-14' });
      await create(fgr, { givenNames: 'Tercero', paternalSurname: 'Natal', dateOfBirth: '1962-03-15' });
      expect(await ids(fgr, { dateOfBirth: '1962-03-14' })).toEqual([b.id, a.id]);
      expect(await ids(fgeChih, { dateOfBirth: '1962-03-14' })).toEqual([b.id, a.id]);
      expect(await ids(hsi, { dateOfBirth: '1962-03-14' })).toEqual([]);
    });
  });

  describe('search by sound', () => {
    it('finds Spanish spelling variants, ranked below exact matches, and pages across the classes', async () => {
      const sounded = await create(fgr, {
        givenNames: 'Próspero',
        paternalSurname: 'Salcido',
        maternalSurname: 'Ledezma',
      });
      const exact = await create(fgr, { givenNames: 'Abundio', paternalSurname: 'Salsido' });
      expect(await ids(fgr, { search: 'salsido' })).toEqual([exact.id, sounded.id]);
      expect(await ids(fgr, { search: 'Próspero Ledesma' })).toEqual([sounded.id]);
      const first = (await fgr.gql(LIST, { filter: { search: 'salsido' }, first: 1 })).data.suspects;
      expect(first.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([exact.id]);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = (await fgr.gql(LIST, { filter: { search: 'salsido' }, first: 1, after: first.pageInfo.endCursor }))
        .data.suspects;
      expect(second.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([sounded.id]);
      expect(second.pageInfo.hasNextPage).toBe(false);
    });

    it('says how each hit matched: exact, a typo, or by sound, as its worst-matching word', async () => {
      const { id } = await create(fgr, {
        givenNames: 'Clemente',
        paternalSurname: 'Villalobos',
        aliases: ['El Zurdo'],
        dateOfBirth: '1958-11-02',
      });
      const classes = async (search: string) => {
        const result = await fgr.gql(
          `query ($search: String!) { suspects(filter: { search: $search }, first: 100) { edges { matchClass node { id } } } }`,
          { search },
        );
        return result.data.suspects.edges
          .filter((edge: { node: { id: string } }) => edge.node.id === id)
          .map((edge: { matchClass: string }) => edge.matchClass);
      };
      expect(await classes('villalobos')).toEqual(['EXACT']);
      expect(await classes('villalobas')).toEqual(['TRIGRAM']);
      expect(await classes('biyalobos')).toEqual(['PHONETIC']);
      expect(await classes('clemente zurdo')).toEqual(['EXACT']);
      expect(await classes('clemente villalobas')).toEqual(['TRIGRAM']);
      expect(await classes('clemente biyalobos')).toEqual(['PHONETIC']);
      // without a name search, no class
      const plain = await fgr.gql(
        '{ suspects(filter: { dateOfBirth: "1958-11-02" }, first: 5) { edges { matchClass } } }',
      );
      expect(plain.data.suspects.edges.map((edge: { matchClass: string | null }) => edge.matchClass)).toEqual([null]);
    });

    it.each([
      ['ybarra', 'Ibarra'],
      ['suniga', 'Zúñiga'],
      ['baldez', 'Valdez'],
      ['Steven', 'Stephen'],
    ])('finds %s for %s', async (variant, name) => {
      const { id } = await create(fgr, { givenNames: 'Sonoro', paternalSurname: name, aliases: ['El Sonoro'] });
      expect(await ids(fgr, { search: `sonoro ${variant}` })).toContain(id);
      expect(await ids(fgr, { search: `el ${variant}` })).toContain(id);
      expect(await ids(fgr, { search: `la ${variant}` })).not.toContain(id);
    });

    it('finds an alias through the same vocabulary, articles matched exactly', async () => {
      const { id } = await create(fgr, {
        givenNames: 'Bartolo',
        paternalSurname: 'Quezada',
        aliases: ['El Tlacuache'],
      });
      expect(await ids(fgr, { search: 'el tlacuache' })).toEqual([id]);
      expect(await ids(fgr, { search: 'tlacuache' })).toEqual([id]);
      expect(await ids(fgr, { search: 'la tlacuache' })).toEqual([]);
    });

    it('counts up to a bound and says so above it', async () => {
      const small = (await fgr.gql(LIST, { filter: { search: 'natal' }, first: 1 })).data.suspects;
      expect([small.totalCount, small.totalCountCapped]).toEqual([3, false]);
      await sqlOn(
        app,
        `INSERT INTO suspects (id, owner_agency_id, tlp, releasable_to, given_names, paternal_surname)
         SELECT gen_random_uuid(), a.id, 'AMBER', '{MX}', 'Masivo', 'Numeroso' FROM agencies a, generate_series(1, 1001) WHERE a.code = 'FGR'`,
      );
      const large = (await fgr.gql(LIST, { filter: { search: 'numeroso' }, first: 5 })).data.suspects;
      expect([large.totalCount, large.totalCountCapped, large.edges.length, large.pageInfo.hasNextPage]).toEqual([
        1000,
        true,
        5,
        true,
      ]);
      const none = (await hsi.gql(LIST, { filter: { search: 'numeroso' }, first: 5 })).data.suspects;
      expect([none.totalCount, none.totalCountCapped, none.edges]).toEqual([0, false, []]);
    });
  });

  describe('possible duplicates', () => {
    it('are shown by createSuspect and updateSuspect: same identifier in any spelling, or name and date of birth', async () => {
      const first = await create(fgr, {
        givenNames: 'Eustaquio',
        paternalSurname: 'Carmona',
        dateOfBirth: '1979-02-02',
        identifiers: [{ kind: 'CURP', value: 'VAOR850612HCHLCS01' }],
      });
      expect(first.possibleDuplicates).toEqual([]);
      const second = await create(fgr, {
        givenNames: 'Eustaquio José',
        paternalSurname: 'Karmona',
        identifiers: [{ kind: 'CURP', value: 'vaor 850612 hchlcs01' }],
      });
      expect(second.possibleDuplicates.map((d) => d.id)).toEqual([first.id]);
      const third = await create(fgr, {
        givenNames: 'EUSTAQUIO',
        paternalSurname: 'Carmona',
        dateOfBirth: '1979-02-02',
      });
      expect(third.possibleDuplicates.map((d) => d.id)).toEqual([first.id]);
      const unrelated = await create(fgr, {
        givenNames: 'Eustaquio',
        paternalSurname: 'Carmona',
        dateOfBirth: '1979-02-03',
      });
      expect(unrelated.possibleDuplicates).toEqual([]);
      const updated = await fgr.gql(UPDATE, { id: unrelated.id, input: { dateOfBirth: '1979-02-02' } });
      expect(updated.data.updateSuspect.possibleDuplicates.map((d: { id: string }) => d.id).sort()).toEqual(
        [first.id, third.id].sort(),
      );
    });

    it("are the viewer's own agency's suspects only, whoever owns the one asked about", async () => {
      const fgrOne = await create(fgr, {
        givenNames: 'Macario',
        paternalSurname: 'Leyva',
        identifiers: [{ kind: 'RFC', value: 'VAOR850612LC3' }],
      });
      const fgrTwo = await create(fgr, {
        givenNames: 'Macario',
        paternalSurname: 'Leiva',
        identifiers: [{ kind: 'RFC', value: 'VAOR850612LC3' }],
      });
      expect(fgrTwo.possibleDuplicates.map((d) => d.id)).toEqual([fgrOne.id]);
      const chihCopy = await create(fgeChih, {
        givenNames: 'Macario',
        paternalSurname: 'Leyva',
        identifiers: [{ kind: 'RFC', value: 'vaor-850612-lc3' }],
      });
      // FGE-CHIH's own copy, never FGR's other record
      expect(chihCopy.possibleDuplicates).toEqual([]);
      const seenByChih = (await fgeChih.gql(GET, { id: fgrOne.id })).data.suspect;
      expect(seenByChih.possibleDuplicates).toEqual([{ id: chihCopy.id, ownerAgency: { code: 'FGE-CHIH' } }]);
      expect((await fgr.gql(GET, { id: fgrOne.id })).data.suspect.possibleDuplicates).toEqual([
        { id: fgrTwo.id, ownerAgency: { code: 'FGR' } },
      ]);
      // HSI cannot see the record at all: the same answer as for an unknown id
      expect(await hsi.gql(GET, { id: fgrOne.id })).toEqual({ data: { suspect: null } });
    });

    it("never use a partner's SSN", async () => {
      const usbpOwn = await create(usbp, {
        givenNames: 'Cleto',
        paternalSurname: 'Ansaldo',
        identifiers: [{ kind: 'SSN', value: '433-21-9876' }],
      });
      const hsiOwn = await create(hsi, {
        givenNames: 'Otro',
        paternalSurname: 'Registro',
        identifiers: [{ kind: 'SSN', value: '433-21-9876' }],
      });
      const usbpCopy = await create(usbp, {
        givenNames: 'Cleto',
        paternalSurname: 'Anzaldo',
        identifiers: [{ kind: 'SSN', value: '433219876' }],
      });
      expect(usbpCopy.possibleDuplicates.map((d) => d.id)).toEqual([usbpOwn.id]);
      expect((await hsi.gql(GET, { id: usbpOwn.id })).data.suspect.possibleDuplicates).toEqual([]);
      expect(hsiOwn.possibleDuplicates).toEqual([]);
    });

    it('cost a fixed number of statements for a page of suspects', async () => {
      for (let i = 0; i < 6; i++)
        await create(fgr, { givenNames: `Lote${i}`, paternalSurname: 'Duplicado', dateOfBirth: '1990-05-05' });
      const page = `query ($first: Int) { suspects(filter: { search: "duplicado" }, first: $first) { edges { node { id possibleDuplicates { id fullName } } } } }`;
      await fgr.gql('{ me { email } }');
      let small: { data?: any } = {};
      let large: { data?: any } = {};
      const forTwo = await app.countQueries(async () => (small = await fgr.gql(page, { first: 2 })));
      const forSix = await app.countQueries(async () => (large = await fgr.gql(page, { first: 6 })));
      expect(small.data.suspects.edges).toHaveLength(2);
      expect(large.data.suspects.edges).toHaveLength(6);
      expect(forSix).toBe(forTwo);
    });
  });

  describe('countries, REL TO, names', () => {
    it('records a Guatemalan national with a Guatemalan passport, releasable to Guatemala', async () => {
      const suspect = await create(hsi, {
        givenNames: 'Baudilio',
        paternalSurname: 'Cojtí',
        nationalities: ['GT'],
        identifiers: [{ kind: 'PASSPORT', value: '188245760', country: 'GT' }],
        handling: { tlp: 'AMBER', releasableTo: ['US', 'GT'] },
      });
      expect([
        suspect.handling.releasableTo,
        (suspect as unknown as { nationalities: string[] }).nationalities,
      ]).toEqual([['US', 'GT'], ['GT']]);
      await expect(sqlOn(app, `UPDATE agencies SET country = 'GT' WHERE code = 'HSI'`)).rejects.toThrow(
        /agencies_country_us_mx/,
      );
    });

    it("defaults REL TO to the owner's country, which a same-country standing partner may then read", async () => {
      const suspect = await create(hsi, {
        givenNames: 'Ponciano',
        paternalSurname: 'Reyna',
        handling: { tlp: 'GREEN' },
      });
      expect(suspect.handling.releasableTo).toEqual(['US']);
      expect((await usbp.gql(GET, { id: suspect.id })).data.suspect.fullName).toBe('Ponciano Reyna');
      expect(await fgr.gql(GET, { id: suspect.id })).toEqual({ data: { suspect: null } });
      const mexican = await create(fgr, {
        givenNames: 'Ponciano',
        paternalSurname: 'Reyna',
        handling: { tlp: 'GREEN' },
      });
      expect(mexican.handling.releasableTo).toEqual(['MX']);
    });

    it('records a person known only by an alias, found and shown by it', async () => {
      const suspect = await create(fgr, { aliases: ['El Chapulín Colorado'] });
      expect([suspect.fullName, (suspect as unknown as { givenNames: string | null }).givenNames]).toEqual([
        'El Chapulín Colorado',
        null,
      ]);
      expect(await ids(fgr, { search: 'chapulin colorado' })).toEqual([suspect.id]);
      expect((await fgeChih.gql(GET, { id: suspect.id })).data.suspect.fullName).toBe('El Chapulín Colorado');
      const nameless = await fgr.gql(CREATE, { input: { paternalSurname: 'Solo', handling: BOTH } });
      expect([errorCode(nameless), nameless.errors?.[0].extensions?.field]).toEqual(['BAD_USER_INPUT', 'givenNames']);
    });
  });
});
