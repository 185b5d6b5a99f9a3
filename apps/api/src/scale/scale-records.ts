import { AgencyCountry, Country, FieldCipher, RecordType } from '@app/core';
import { CaseStatus, SourceReliability, TipChannel, TipStatus, WarrantStatus } from '@app/cases';
import { CopyValue } from './copy-rows';
import { Random, seededId } from './random';
import { DAY, ownerWeights, ScaleContext, TABLE } from './scale-context';
import { PLACES_MX, PLACES_US } from './scale-names';
import { recordLoad, sameOwner, TableLoad } from './scale-people';

/** Mexican prosecutors hold most warrants; US warrants come from the district courts. */
const WARRANT_OWNERS = ownerWeights({ FGR: 35, 'FGE-CHIH': 20, 'USAO-WDTX': 15, HSI: 10, FBI: 10, DEA: 10 });
/** US personnel take every tip down, whichever side of the border it comes from. */
const TIP_OWNERS = ownerWeights({ HSI: 35, USBP: 35, FBI: 10, JTFA: 10, FGR: 5, 'FGE-CHIH': 5 });
const CASE_OWNERS = ownerWeights({
  HSI: 25,
  USBP: 5,
  FBI: 10,
  DEA: 10,
  'USAO-WDTX': 10,
  JTFA: 10,
  FGR: 20,
  'FGE-CHIH': 10,
});

const AUTHORITIES: Record<AgencyCountry, string[]> = {
  [Country.MX]: [
    'Juzgado de Control del Distrito Judicial Bravo, Cd. Juárez',
    'Juzgado de Distrito Especializado en el Sistema Penal Acusatorio, Cd. Juárez',
    'Juzgado de Control del Distrito Judicial Morelos, Chihuahua',
  ],
  [Country.US]: ['U.S. District Court, Western District of Texas', 'U.S. District Court, District of New Mexico'],
};
const CHARGES: Record<AgencyCountry, string[]> = {
  [Country.MX]: [
    'Tráfico de personas (art. 159, Ley de Migración)',
    'Privación ilegal de la libertad',
    'Extorsión',
    'Secuestro exprés',
    'Delincuencia organizada',
    'Homicidio calificado',
    'Contra la salud',
  ],
  [Country.US]: [
    '8 U.S.C. § 1324 – Alien smuggling',
    '18 U.S.C. § 1203 – Hostage taking',
    '18 U.S.C. § 875(a) – Ransom demand',
    '21 U.S.C. § 846 – Drug conspiracy',
    '18 U.S.C. § 1956 – Money laundering',
  ],
};
const SOURCE_SYSTEM: Record<AgencyCountry, string> = { [Country.MX]: 'SIJE-CHIH', [Country.US]: 'PACER-WDTX' };
/** Current status, and the history that leads to it. */
const WARRANT_ENDINGS = [
  WarrantStatus.ISSUED,
  WarrantStatus.ACTIVE,
  WarrantStatus.EXECUTED,
  WarrantStatus.SUSPENDED,
  WarrantStatus.CANCELLED,
  WarrantStatus.EXPIRED,
];
const ENDING_WEIGHTS = [7, 50, 20, 10, 8, 5];

interface WarrantHistory {
  statuses: WarrantStatus[];
  times: Date[];
}

/** The three tables of warrants share one walk over the warrants, replayed from the same seed. */
function warrantHistory(ctx: ScaleContext, index: number, issued: number): WarrantHistory {
  const rng = new Random(ctx.options.seed ^ index, TABLE.statusChange);
  const ending = WARRANT_ENDINGS[rng.weighted(ENDING_WEIGHTS)];
  const statuses =
    ending === WarrantStatus.ISSUED
      ? [ending]
      : ending === WarrantStatus.ACTIVE
        ? [WarrantStatus.ISSUED, ending]
        : [WarrantStatus.ISSUED, WarrantStatus.ACTIVE, ending];
  const times = [new Date(issued)];
  if (statuses.length > 1) times.push(new Date(issued + rng.between(1, 30) * DAY));
  if (statuses.length > 2)
    times.push(
      new Date(Math.min(times[1].getTime() + rng.between(30, 600) * DAY, Date.parse(ctx.options.today) - DAY)),
    );
  return { statuses, times };
}

function warrantDetails(ctx: ScaleContext, index: number) {
  const facts = ctx.factsOf(RecordType.WARRANT);
  const country = ctx.agencies[facts.owner[index]].country;
  const issued = ctx.createdAt(TABLE.WARRANT, index, facts.count);
  const number =
    country === Country.MX
      ? `CP ${index}/${new Date(issued).getUTCFullYear()}`
      : `EP-${new Date(issued).getUTCFullYear() % 100}-CR-${index}`;
  return { country, issued, number, history: warrantHistory(ctx, index, issued) };
}

export function warrantsLoad(ctx: ScaleContext): TableLoad {
  const columns = [
    'number',
    'issuing_country',
    'issuing_authority',
    'charges',
    'subject_id',
    'issue_date',
    'status',
    'status_changed_at',
  ];
  return recordLoad(
    ctx,
    RecordType.WARRANT,
    { table: 'warrants', count: ctx.options.warrants, owners: WARRANT_OWNERS, columns },
    (rng, i, owner) => {
      const subject = sameOwner(ctx, rng, owner, RecordType.SUSPECT) ?? 0;
      const { country, issued, number, history } = warrantDetails(ctx, i);
      return [
        number,
        country,
        rng.pick(AUTHORITIES[country]),
        rng.sample(CHARGES[country], 1 + rng.int(3)),
        ctx.recordId(RecordType.SUSPECT, subject),
        new Date(issued).toISOString().slice(0, 10),
        history.statuses[history.statuses.length - 1],
        history.times[history.times.length - 1],
      ];
    },
  );
}

export function warrantStatusChangesLoad(ctx: ScaleContext): TableLoad {
  return {
    table: 'warrant_status_changes',
    columns: ['id', 'warrant_id', 'status', 'changed_at', 'source_system', 'recorded_at', 'applied'],
    estimate: Math.round(ctx.options.warrants * 2.3),
    *rows() {
      for (let i = 0; i < ctx.options.warrants; i++) {
        const { country, history } = warrantDetails(ctx, i);
        const warrantId = ctx.recordId(RecordType.WARRANT, i);
        for (let h = 0; h < history.statuses.length; h++) {
          const at = history.times[h];
          yield [
            seededId(ctx.options.seed, TABLE.statusChange, i * 4 + h, at.getTime()),
            warrantId,
            history.statuses[h],
            at,
            SOURCE_SYSTEM[country],
            at,
            true,
          ];
        }
      }
    },
  };
}

export function warrantExternalRefsLoad(ctx: ScaleContext): TableLoad {
  const facts = () => ctx.factsOf(RecordType.WARRANT);
  return {
    table: 'warrant_external_refs',
    columns: ['id', 'warrant_id', 'owner_agency_id', 'source_system', 'external_id'],
    estimate: ctx.options.warrants,
    *rows() {
      for (let i = 0; i < ctx.options.warrants; i++) {
        const { country, issued, number } = warrantDetails(ctx, i);
        yield [
          seededId(ctx.options.seed, TABLE.externalRef, i, issued),
          ctx.recordId(RecordType.WARRANT, i),
          ctx.agencyId(facts().owner[i]),
          SOURCE_SYSTEM[country],
          number.replace(/[ /]/g, '-'),
        ];
      }
    },
  };
}

const NARRATIVES_ES = [
  'Reportan que {alias} guarda migrantes en una casa de seguridad en {mx}; piden rescate a las familias.',
  'Una persona vio a {alias} cruzar a un grupo de migrantes por {us} durante la madrugada.',
  'Informan que {alias} cobra cuotas a los comercios de {mx} y trabaja para una red de tráfico.',
  'Llamada anónima: {alias}, del cartel de Se Busca, fue visto en {mx}.',
];
const NARRATIVES_EN = [
  'Caller saw {alias} loading people into a van near {us}; plates partly read.',
  'Tipster says {alias} runs a stash house in {us} and collects ransom by wire transfer.',
  'Walk-in reports {alias} recruiting drivers in {us} for runs from {mx}.',
];
const WHO_ES = [
  'El Güero',
  'El Flaco',
  'La Güera',
  'El Chofer',
  'El Tío',
  'Chuy',
  'el del póster de Se Busca',
  'un hombre con un tatuaje',
];
const WHO_EN = [
  'El Güero',
  'El Flaco',
  'a man called Chuy',
  'the man on the Se Busca poster',
  'a woman with a tattoo',
  'a driver named Beto',
];
const ANONYMOUS = { anonymous: true, name: null, phone: null, email: null };

export function tipsLoad(ctx: ScaleContext, cipher: FieldCipher): TableLoad {
  const columns = [
    'received_at',
    'channel',
    'language',
    'received_in',
    'narrative',
    'status',
    'source_reliability',
    'information_credibility',
    'tipster_sealed',
  ];
  return recordLoad(
    ctx,
    RecordType.TIP,
    { table: 'tips', count: ctx.options.tips, owners: TIP_OWNERS, columns },
    (rng, _i, _owner, base) => {
      const spanish = rng.chance(0.6);
      const narrative = rng
        .pick(spanish ? NARRATIVES_ES : NARRATIVES_EN)
        .replace('{alias}', rng.pick(spanish ? WHO_ES : WHO_EN))
        .replace('{mx}', rng.pick(PLACES_MX))
        .replace('{us}', rng.pick(PLACES_US));
      const status = [TipStatus.NEW, TipStatus.TRIAGED, TipStatus.ACTIONABLE, TipStatus.REFERRED, TipStatus.CLOSED][
        rng.weighted([15, 30, 15, 20, 20])
      ];
      const graded = status !== TipStatus.NEW;
      return [
        base[5], // received when created
        [TipChannel.HOTLINE, TipChannel.WHATSAPP, TipChannel.WEB, TipChannel.WALK_IN, TipChannel.PARTNER_REFERRAL][
          rng.weighted([35, 35, 20, 5, 5])
        ],
        spanish ? 'es' : 'en',
        rng.chance(0.55) ? Country.MX : Country.US,
        narrative,
        status,
        graded ? rng.pick(Object.values(SourceReliability)) : null,
        graded ? 1 + rng.int(6) : null,
        // bound to the tip id, as the tip service seals it: one anonymous identity, sealed per tip
        cipher.sealJson(ANONYMOUS, base[0] as string),
      ];
    },
  );
}

/** A tip's mentions: people (and organizations) of the tip's agency. */
export function tipMentionsLoad(ctx: ScaleContext, type: RecordType.SUSPECT | RecordType.ORGANIZATION): TableLoad {
  const suspects = type === RecordType.SUSPECT;
  return {
    table: suspects ? 'tip_subjects' : 'tip_organizations',
    columns: suspects ? ['tip_id', 'suspect_id'] : ['tip_id', 'organization_id'],
    estimate: Math.round(ctx.options.tips * (suspects ? 1.2 : 0.3)),
    *rows() {
      const rng = ctx.rng(suspects ? 103 : 104);
      const tips = ctx.factsOf(RecordType.TIP);
      for (let i = 0; i < tips.count; i++) {
        const mentions = suspects ? rng.weighted([10, 65, 25]) : rng.chance(0.3) ? 1 : 0;
        const seen = new Set<number>();
        for (let m = 0; m < mentions; m++) {
          const record = sameOwner(ctx, rng, tips.owner[i], type);
          if (record === null || seen.has(record)) continue;
          seen.add(record);
          yield [ctx.recordId(RecordType.TIP, i), ctx.recordId(type, record)];
        }
      }
    },
  };
}

const CASE_TITLES = [
  'Red de tráfico de personas {mx}–{us}',
  'Secuestro de migrantes en {mx}',
  'Operation {word}: smuggling corridor {us}',
  'Extorsión a familias de migrantes ({mx})',
  'Stash houses in {us}',
];
const WORDS = [
  'Desert Lantern',
  'Red Mesa',
  'Paso Alto',
  'Night Heron',
  'Cedar Gate',
  'Silver Coyote',
  'Tumbleweed',
  'Río Bravo',
];

export function casesLoad(ctx: ScaleContext): TableLoad {
  const columns = ['case_number', 'title', 'status', 'lead_agency_id', 'participating_agency_ids'];
  return recordLoad(
    ctx,
    RecordType.CASE,
    { table: 'cases', count: ctx.options.cases, owners: CASE_OWNERS, columns },
    (rng, i, owner) => {
      const others = rng.sample(
        ctx.agencies.map((_agency, index) => index).filter((index) => index !== owner),
        rng.int(3),
      );
      const code = ctx.agencies[owner].code;
      return [
        ctx.agencies[owner].country === Country.MX ? `FED/CHIH/JRZ/${i}/${2019 + (i % 8)}` : `${code}-EP-${pad6(i)}`,
        rng
          .pick(CASE_TITLES)
          .replace('{mx}', rng.pick(PLACES_MX))
          .replace('{us}', rng.pick(PLACES_US))
          .replace('{word}', rng.pick(WORDS)),
        [CaseStatus.OPEN, CaseStatus.ACTIVE, CaseStatus.SUSPENDED, CaseStatus.CLOSED][rng.weighted([25, 45, 10, 20])],
        ctx.agencyId(owner),
        others.map((index) => ctx.agencyId(index)),
      ];
    },
  );
}

const pad6 = (n: number) => String(n).padStart(6, '0');

/** Each case links a handful of its agency's suspects, organizations, warrants and tips. */
export function caseLinksLoad(ctx: ScaleContext): TableLoad {
  const linked: [RecordType, number][] = [
    [RecordType.SUSPECT, 3],
    [RecordType.ORGANIZATION, 1],
    [RecordType.WARRANT, 2],
    [RecordType.TIP, 2],
  ];
  return {
    table: 'case_links',
    columns: ['case_id', 'record_type', 'record_id'],
    estimate: ctx.options.cases * 5,
    *rows() {
      const rng = ctx.rng(105);
      const cases = ctx.factsOf(RecordType.CASE);
      for (let i = 0; i < cases.count; i++) {
        const caseId = ctx.recordId(RecordType.CASE, i);
        for (const [type, most] of linked) {
          const seen = new Set<number>();
          for (let n = rng.int(most + 1); n > 0; n--) {
            const record = sameOwner(ctx, rng, cases.owner[i], type);
            if (record === null || seen.has(record)) continue;
            seen.add(record);
            yield [caseId, type, ctx.recordId(type, record)] as readonly CopyValue[];
          }
        }
      }
    },
  };
}
