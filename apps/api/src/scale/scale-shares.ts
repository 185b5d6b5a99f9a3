import { RecordType, SHAREABLE_FIELDS, ShareUse } from '@app/core';
import { DEMO_AGREEMENTS } from '../demo/demo-data';
import { DEMO_IDS } from '../demo/demo-ids';
import { CopyValue } from './copy-rows';
import { seededId } from './random';
import { DAY, ScaleContext, TABLE } from './scale-context';
import { TableLoad } from './scale-people';

/** Which records get shared: mostly people, then what surrounds them. */
const SHARED_TYPES: [RecordType, number][] = [
  [RecordType.SUSPECT, 55],
  [RecordType.WARRANT, 15],
  [RecordType.TIP, 15],
  [RecordType.ORGANIZATION, 10],
  [RecordType.CASE, 5],
];
/** Fields a liaison most often keeps back; names always go, so shared people can be found by name. */
const OFTEN_WITHHELD: Record<RecordType, string[]> = {
  [RecordType.SUSPECT]: ['identifiers', 'dateOfBirth', 'memberships', 'nationalities'],
  [RecordType.ORGANIZATION]: ['routes', 'members', 'affiliations'],
  [RecordType.WARRANT]: ['externalRefs', 'statusHistory', 'subject'],
  [RecordType.TIP]: ['narrative', 'subjects', 'organizations'],
  [RecordType.CASE]: ['tips', 'warrants', 'participatingAgencies'],
};
const PURPOSES = [
  'Investigación de red de tráfico de personas en el corredor Anapra–Santa Teresa',
  'Orden de aprehensión pendiente; localización del probable responsable',
  'Prosecution support: smuggling and hostage-taking indictment, Western District of Texas',
  'Deconfliction with an ongoing joint investigation',
  'Identificación de integrantes de la célula para carpeta de investigación',
];
const G = DEMO_IDS.agreements;
/** The share of approved shares each approval-based agreement carries. */
const APPROVED_WEIGHT: Record<string, number> = {
  [G.hsiToFgr]: 35,
  [G.fgrToHsi]: 25,
  [G.jtfaToHsi]: 8,
  [G.hsiToJtfa]: 8,
  [G.jtfaToUsbp]: 6,
  [G.usbpToJtfa]: 6,
  [G.jtfaToFgr]: 6,
  [G.fgrToJtfa]: 6,
};
/** The inbox of HSI's liaison: FGR and JTFA ask for HSI's records. */
const PENDING_WEIGHT: Record<string, number> = { [G.hsiToFgr]: 7, [G.hsiToJtfa]: 3 };

interface Pool {
  /** Shuffled lazily: records are drawn from the front. */
  records: Int32Array;
  drawn: number;
}

/**
 * Approved shares across the approval-based demo agreements, and pending requests to HSI's
 * liaison, each on a record whose markings let it reach the recipient (TLP up to the
 * agreement's level and never RED, REL TO naming the recipient's country), so every share
 * opens a row. One share per record and recipient: approved and pending ones never overlap.
 */
export function sharesLoad(ctx: ScaleContext): TableLoad {
  const { shares, pending } = ctx.options;
  return {
    table: 'shares',
    columns: [
      'id',
      'record_type',
      'record_id',
      'owner_agency_id',
      'provider_agency_id',
      'provider_country',
      'recipient_agency_id',
      'recipient_country',
      'agreement_id',
      'origin',
      'purpose',
      'requested_fields',
      'status',
      'granted_fields',
      'use',
      'max_tlp',
      'expires_at',
      'requested_by',
      'decided_by',
      'decided_at',
      'created_at',
    ],
    estimate: shares + pending,
    *rows() {
      const rng = ctx.rng(TABLE.share);
      const today = Date.parse(ctx.options.today);
      const agreements = DEMO_AGREEMENTS.filter((agreement) => agreement.approvalRequired);
      const approvedWeights = agreements.map((agreement) => APPROVED_WEIGHT[agreement.id] ?? 0);
      const pendingWeights = agreements.map((agreement) => PENDING_WEIGHT[agreement.id] ?? 0);
      const pools = new Map<string, Pool>();
      const draw = (agreementIndex: number, type: RecordType): number | null => {
        const agreement = agreements[agreementIndex];
        const key = `${agreement.id}:${type}`;
        let pool = pools.get(key);
        if (!pool) {
          const recipient = ctx.agencies[ctx.agencyIndexById(agreement.recipientAgencyId)];
          pool = {
            records: ctx
              .factsOf(type)
              .shareable(ctx.agencyIndexById(agreement.providerAgencyId), recipient.country, agreement.maxTlp),
            drawn: 0,
          };
          pools.set(key, pool);
        }
        if (pool.drawn >= pool.records.length) return null;
        const j = pool.drawn + rng.int(pool.records.length - pool.drawn);
        const record = pool.records[j];
        pool.records[j] = pool.records[pool.drawn];
        pool.records[pool.drawn++] = record;
        return record;
      };

      let index = 0;
      const row = (
        agreementIndex: number,
        type: RecordType,
        record: number,
        approved: boolean,
      ): readonly CopyValue[] => {
        const agreement = agreements[agreementIndex];
        const provider = ctx.agencyIndexById(agreement.providerAgencyId);
        const recipient = ctx.agencyIndexById(agreement.recipientAgencyId);
        const decidedAt = approved ? new Date(today - rng.between(1, 150) * DAY - rng.int(DAY)) : null;
        const createdAt = approved
          ? new Date(decidedAt!.getTime() - rng.int(5 * DAY))
          : new Date(today - rng.int(60 * DAY));
        const days = agreement.maxShareDays ?? 365;
        const expiresAt = approved && rng.chance(0.9) ? new Date(today + rng.between(10, days - 10) * DAY) : null;
        const fields = SHAREABLE_FIELDS[type];
        const withheld = rng.chance(0.3) ? rng.sample(OFTEN_WITHHELD[type], 1 + rng.int(2)) : [];
        const granted = fields.filter((field) => !withheld.includes(field));
        return [
          seededId(ctx.options.seed, TABLE.share, index++, createdAt.getTime()),
          type,
          ctx.recordId(type, record),
          ctx.agencyId(provider),
          ctx.agencyId(provider),
          ctx.agencies[provider].country,
          ctx.agencyId(recipient),
          ctx.agencies[recipient].country,
          agreement.id,
          'REQUEST',
          rng.pick(PURPOSES),
          approved || rng.chance(0.7) ? null : granted,
          approved ? 'APPROVED' : 'PENDING',
          approved ? granted : [],
          approved ? rng.pick(agreement.permittedUses as ShareUse[]) : null,
          agreement.maxTlp,
          expiresAt,
          ctx.userId(recipient, 'ANALYST'),
          approved ? ctx.userId(provider, 'LIAISON_OFFICER') : null,
          decidedAt,
          createdAt,
        ];
      };

      const typeWeights = SHARED_TYPES.map(([, weight]) => weight);
      for (const [wanted, agreementWeights, approved] of [
        [shares, approvedWeights, true],
        [pending, pendingWeights, false],
      ] as const) {
        // a pool that runs dry (a small data set) is skipped; stop when all of them have
        for (let made = 0, dryInARow = 0; made < wanted && dryInARow < 1000;) {
          const agreementIndex = rng.weighted(agreementWeights);
          const type = SHARED_TYPES[rng.weighted(typeWeights)][0];
          const record = draw(agreementIndex, type);
          if (record === null) {
            dryInARow++;
            continue;
          }
          made++;
          dryInARow = 0;
          yield row(agreementIndex, type, record, approved);
        }
      }
    },
  };
}
