import type { AgencyEntity, UserEntity } from '@app/auth';
import {
  Activity,
  AffiliationKind,
  CaseStatus,
  IdentifierKind,
  MembershipRole,
  OrganizationKind,
  Sex,
  SourceReliability,
  SuspectStatus,
  TipChannel,
  TipStatus,
  WarrantStatus,
} from '@app/cases';
import type {
  CaseEntity,
  CaseLinkEntity,
  MembershipEntity,
  OrganizationAffiliationEntity,
  OrganizationEntity,
  SuspectEntity,
  TipEntity,
  TipsterIdentity,
  WarrantEntity,
  WarrantExternalRefEntity,
  WarrantStatusChangeEntity,
} from '@app/cases';
import { Country, RecordType, Role, ShareUse, Tlp } from '@app/core';
import { AgreementEntity } from '@app/sharing';
import { CampaignStatus, EntryBuild, NO_DESCRIPTION } from '@app/campaigns';
import type { WantedCampaignEntity, WantedEntryEntity } from '@app/campaigns';

export { DEMO_IDS } from './demo-ids';
import { DEMO_IDS } from './demo-ids';

export type DemoAgencyCode = keyof typeof DEMO_IDS.agencies;

type Timestamps = 'createdAt' | 'updatedAt' | 'fieldChangedAt';

// The demo agencies require no TOTP (mfaRequiredRoles keeps its empty default).
export type DemoAgency = Omit<AgencyEntity, 'mfaRequiredRoles'> & { code: DemoAgencyCode };
export type DemoUser = Omit<
  UserEntity,
  'createdAt' | 'passwordHash' | 'totpSecret' | 'totpEnabledAt' | 'totpLastStep' | 'lastLoginAt'
>;
export type DemoOrganization = Omit<OrganizationEntity, Timestamps>;
export type DemoAffiliation = Omit<OrganizationAffiliationEntity, 'createdAt'>;
export type DemoSuspect = Omit<SuspectEntity, Timestamps>;
export type DemoMembership = Omit<MembershipEntity, 'createdAt'>;
export type DemoStatusChange = Pick<WarrantStatusChangeEntity, 'id' | 'status' | 'changedAt' | 'sourceSystem'> & {
  note?: string;
};
export type DemoExternalRef = Pick<WarrantExternalRefEntity, 'id' | 'sourceSystem' | 'externalId'>;
/** A warrant with its status history (oldest first) and the keys source systems know it by. */
export type DemoWarrant = Omit<WarrantEntity, Timestamps> & {
  history: DemoStatusChange[];
  externalRefs: DemoExternalRef[];
};
/** A tip with its tipster in clear text (the seeder seals it) and the records it mentions. */
export type DemoTip = Omit<TipEntity, Timestamps | 'tipsterSealed' | 'campaignId' | 'priority' | 'assigneeId'> & {
  tipster: TipsterIdentity;
  subjectIds: string[];
  organizationIds: string[];
  /** The campaign a web tip came through. */
  campaignId?: string;
};
export type DemoCampaign = Omit<WantedCampaignEntity, Timestamps | 'ownerAgency'>;
export type DemoCampaignEntry = Omit<WantedEntryEntity, Timestamps | 'campaign' | 'suspect'>;
export type DemoCase = Omit<CaseEntity, Timestamps | 'version'>;
export type DemoCaseLink = Omit<CaseLinkEntity, 'case'>;

type Handling = Pick<SuspectEntity, 'tlp' | 'releasableTo' | 'originatorControlled'>;

function marking(tlp: Tlp, releasableTo: Country[], originatorControlled = false): Handling {
  return { tlp, releasableTo: [...releasableTo], originatorControlled };
}

const { US, MX } = Country;
const A = DEMO_IDS.agencies;
const O = DEMO_IDS.organizations;
const S = DEMO_IDS.suspects;
const W = DEMO_IDS.warrants;
const T = DEMO_IDS.tips;
const C = DEMO_IDS.cases;
const CP = DEMO_IDS.campaigns;

const at = (iso: string): Date => new Date(iso);

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  { id: A.HSI, code: 'HSI', name: 'Homeland Security Investigations', country: US },
  { id: A.USBP, code: 'USBP', name: 'U.S. Border Patrol', country: US },
  { id: A.FBI, code: 'FBI', name: 'Federal Bureau of Investigation', country: US },
  { id: A.DEA, code: 'DEA', name: 'Drug Enforcement Administration', country: US },
  { id: A['USAO-WDTX'], code: 'USAO-WDTX', name: "U.S. Attorney's Office, Western District of Texas", country: US },
  { id: A.JTFA, code: 'JTFA', name: 'Joint Task Force Alpha', country: US },
  { id: A.FGR, code: 'FGR', name: 'Fiscalía General de la República', country: MX },
  { id: A['FGE-CHIH'], code: 'FGE-CHIH', name: 'Fiscalía General del Estado de Chihuahua', country: MX },
  { id: A.GN, code: 'GN', name: 'Guardia Nacional', country: MX },
  { id: A.INM, code: 'INM', name: 'Instituto Nacional de Migración', country: MX },
];

const USER_ROLES: readonly { role: Role; mailbox: string; title: string }[] = [
  { role: Role.ANALYST, mailbox: 'analyst', title: 'Analyst' },
  { role: Role.INVESTIGATOR, mailbox: 'investigator', title: 'Investigator' },
  { role: Role.INTAKE_OFFICER, mailbox: 'intake', title: 'Intake Officer' },
  { role: Role.LIAISON_OFFICER, mailbox: 'liaison', title: 'Liaison Officer' },
  { role: Role.AGENCY_ADMIN, mailbox: 'admin', title: 'Agency Admin' },
];

/** Five users per agency, one per role: e.g. analyst@hsi.example, liaison@usao-wdtx.example. */
export const DEMO_USERS: readonly DemoUser[] = DEMO_AGENCIES.flatMap((agency) =>
  USER_ROLES.map(({ role, mailbox, title }) => ({
    id: DEMO_IDS.users[agency.code][role],
    agencyId: agency.id,
    email: `${mailbox}@${agency.code.toLowerCase()}.example`,
    displayName: `${agency.code} ${title}`,
    roles: [role],
    active: true,
    language: agency.country === MX ? 'es' : 'en',
  })),
);

const ANAPRA_ROUTES = [
  { from: 'Anapra, Chihuahua', to: 'El Paso, Texas', crossingPoint: 'Santa Teresa, New Mexico' },
  {
    from: 'Lomas de Poleo, Ciudad Juárez, Chihuahua',
    to: 'Sunland Park, New Mexico',
    crossingPoint: 'Monte Cristo Rey',
  },
];
const ARENALES_ROUTES = [
  { from: 'Guadalupe D.B., Chihuahua', to: 'Tornillo, Texas', crossingPoint: 'Tornillo–Guadalupe port of entry' },
];

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  {
    id: O.hsiVenadosAnapra,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    name: 'Los Venados de Anapra',
    aliases: ['Red Anapra', 'Los Venados'],
    kind: OrganizationKind.SMUGGLING_RING,
    activities: [Activity.HUMAN_SMUGGLING, Activity.KIDNAPPING, Activity.EXTORTION],
    baseOfOperations: 'Ciudad Juárez, Chihuahua',
    routes: ANAPRA_ROUTES.map((route) => ({ ...route })),
  },
  {
    id: O.hsiCartelArenales,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    name: 'Cártel de los Arenales',
    aliases: ['Los Arenales', 'CDA'],
    kind: OrganizationKind.CARTEL,
    activities: [
      Activity.DRUG_TRAFFICKING,
      Activity.HUMAN_SMUGGLING,
      Activity.MURDER_FOR_HIRE,
      Activity.MONEY_LAUNDERING,
    ],
    baseOfOperations: 'Ciudad Juárez, Chihuahua',
    routes: ARENALES_ROUTES.map((route) => ({ ...route })),
  },
  // FGR keeps its own records of the same ring and cartel.
  {
    id: O.fgrVenadosAnapra,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    name: 'Los Venados de Anapra',
    aliases: ['Célula Anapra'],
    kind: OrganizationKind.SMUGGLING_RING,
    activities: [Activity.HUMAN_SMUGGLING, Activity.KIDNAPPING, Activity.EXTORTION],
    baseOfOperations: 'Ciudad Juárez, Chihuahua',
    routes: ANAPRA_ROUTES.map((route) => ({ ...route })),
  },
  {
    id: O.fgrCartelArenales,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    name: 'Cártel de los Arenales',
    aliases: ['Los Arenales'],
    kind: OrganizationKind.CARTEL,
    activities: [Activity.DRUG_TRAFFICKING, Activity.HUMAN_SMUGGLING, Activity.MURDER_FOR_HIRE],
    baseOfOperations: 'Ciudad Juárez, Chihuahua',
    routes: ARENALES_ROUTES.map((route) => ({ ...route })),
  },
  {
    id: O.fbiTecolotes,
    ownerAgencyId: A.FBI,
    ...marking(Tlp.GREEN, [US, MX]),
    name: 'Los Tecolotes',
    aliases: ['Tecos'],
    kind: OrganizationKind.GANG,
    activities: [Activity.DRUG_TRAFFICKING, Activity.MURDER_FOR_HIRE],
    baseOfOperations: 'El Paso, Texas',
    routes: [],
  },
];

export const DEMO_AFFILIATIONS: readonly DemoAffiliation[] = [
  { organizationId: O.hsiVenadosAnapra, affiliatedOrganizationId: O.hsiCartelArenales, kind: AffiliationKind.TIED_TO },
  { organizationId: O.fgrVenadosAnapra, affiliatedOrganizationId: O.fgrCartelArenales, kind: AffiliationKind.TIED_TO },
];

// CURPs follow the real layout (initials, birth date, sex, state CH, consonants) but are invented.
export const DEMO_SUSPECTS: readonly DemoSuspect[] = [
  {
    id: S.hsiNunezPena,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'José Ángel',
    paternalSurname: 'Núñez',
    maternalSurname: 'Peña',
    aliases: ['El Chepe', 'Chepe Núñez'],
    dateOfBirth: '1984-03-17',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.CURP, value: 'NUPA840317HCHXXN06', country: MX }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.hsiSalcidoBarron,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Héctor Iván',
    paternalSurname: 'Salcido',
    maternalSurname: 'Barrón',
    aliases: ['El Güero', 'Güero Salcido'],
    dateOfBirth: '1990-11-02',
    sex: Sex.MALE,
    nationalities: [MX, US],
    identifiers: [
      { kind: IdentifierKind.CURP, value: 'SABH901102HCHLRC05', country: MX },
      { kind: IdentifierKind.PASSPORT, value: '567839201', country: US },
    ],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.hsiCardenasVillalobos,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.RED, [US]),
    givenNames: 'Marisol',
    paternalSurname: 'Cárdenas',
    maternalSurname: 'Villalobos',
    aliases: ['La Madrina'],
    dateOfBirth: '1979-06-25',
    sex: Sex.FEMALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.CURP, value: 'CAVM790625MCHRLR06', country: MX }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.hsiOchoaFranco,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER_STRICT, [US]),
    givenNames: 'Ramón Eduardo',
    paternalSurname: 'Ochoa',
    maternalSurname: 'Franco',
    aliases: ['El Chofer'],
    dateOfBirth: '1996-01-14',
    sex: Sex.MALE,
    nationalities: [US],
    identifiers: [{ kind: IdentifierKind.FBI_NUMBER, value: '482913KD7', country: US }],
    status: SuspectStatus.IN_CUSTODY,
  },
  {
    id: S.hsiNunezSalas,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX], true),
    givenNames: 'Diego Armando',
    paternalSurname: 'Núñez',
    maternalSurname: 'Salas',
    aliases: ['El Flaco'],
    dateOfBirth: '1998-08-09',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [
      { kind: IdentifierKind.CURP, value: 'NUSD980809HCHXLG07', country: MX },
      { kind: IdentifierKind.A_NUMBER, value: 'A215448903', country: US },
    ],
    status: SuspectStatus.AT_LARGE,
  },
  // HSI only knows him by first name, paternal surname and alias: FGR holds the full record.
  {
    id: S.hsiGonzalez,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.GREEN, [US, MX]),
    givenNames: 'Saúl',
    paternalSurname: 'González',
    maternalSurname: null,
    aliases: ['El Beto'],
    dateOfBirth: null,
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.fgrGonzalezTerrazas,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    givenNames: 'Saúl Alberto',
    paternalSurname: 'González',
    maternalSurname: 'Terrazas',
    aliases: ['El Beto', 'Beto González'],
    dateOfBirth: '1992-04-21',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.CURP, value: 'GOTS920421HCHNRL05', country: MX }],
    status: SuspectStatus.IN_CUSTODY,
  },
  {
    id: S.fgrDominguezLara,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    givenNames: 'Araceli',
    paternalSurname: 'Domínguez',
    maternalSurname: 'Lara',
    aliases: ['La Contadora'],
    dateOfBirth: '1987-12-05',
    sex: Sex.FEMALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.CURP, value: 'DOLA871205MCHMRR05', country: MX }],
    status: SuspectStatus.IN_CUSTODY,
  },
  {
    id: S.fgrNunezPena,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    givenNames: 'José Ángel',
    paternalSurname: 'Núñez',
    maternalSurname: 'Peña',
    aliases: ['El Chepe'],
    dateOfBirth: '1984-03-17',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.CURP, value: 'NUPA840317HCHXXN06', country: MX }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.fgrCarrascoSaucedo,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.RED, [MX]),
    givenNames: 'Efraín Baltazar',
    paternalSurname: 'Carrasco',
    maternalSurname: 'Saucedo',
    aliases: ['El Tío', 'Don Efra'],
    dateOfBirth: '1971-09-30',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.CURP, value: 'CASE710930HCHRCF05', country: MX }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpSalcidoMendez,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Luis Fernando',
    paternalSurname: 'Salcido',
    maternalSurname: 'Méndez',
    aliases: ['Güicho'],
    dateOfBirth: '1995-02-11',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [
      { kind: IdentifierKind.A_NUMBER, value: 'A219870334', country: US },
      { kind: IdentifierKind.CURP, value: 'SAML950211HCHLNS03', country: MX },
    ],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpPenaOrtiz,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.GREEN, [US, MX]),
    givenNames: 'Karla Yazmín',
    paternalSurname: 'Peña',
    maternalSurname: 'Ortiz',
    aliases: ['La Flaca'],
    dateOfBirth: '2000-07-19',
    sex: Sex.FEMALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.A_NUMBER, value: 'A220145786', country: US }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.fbiNunezRenteria,
    ownerAgencyId: A.FBI,
    ...marking(Tlp.AMBER, [US]),
    givenNames: 'Óscar Iván',
    paternalSurname: 'Núñez',
    maternalSurname: 'Rentería',
    aliases: ['El Tecolote'],
    dateOfBirth: '1988-05-03',
    sex: Sex.MALE,
    nationalities: [US, MX],
    identifiers: [{ kind: IdentifierKind.FBI_NUMBER, value: '731054PA2', country: US }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.fbiGonzalezArce,
    ownerAgencyId: A.FBI,
    ...marking(Tlp.GREEN, [US, MX]),
    givenNames: 'Yadira Lizeth',
    paternalSurname: 'González',
    maternalSurname: 'Arce',
    aliases: ['La Yaya'],
    dateOfBirth: '1993-10-27',
    sex: Sex.FEMALE,
    nationalities: [US],
    identifiers: [{ kind: IdentifierKind.FBI_NUMBER, value: '265118WB4', country: US }],
    status: SuspectStatus.IN_CUSTODY,
  },
  // USBP's people on the Se Busca list (fictional).
  {
    id: S.usbpAnayaQuinonez,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Rigoberto',
    paternalSurname: 'Anaya',
    maternalSurname: 'Quiñónez',
    aliases: ['El Rigo'],
    dateOfBirth: '1986-09-04',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.A_NUMBER, value: 'A208813457', country: US }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpMerazIbarra,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Fabián Ulises',
    paternalSurname: 'Meraz',
    maternalSurname: 'Ibarra',
    aliases: ['El Cuervo'],
    dateOfBirth: '1991-12-22',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpCastanedaRuelas,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Nohemí',
    paternalSurname: 'Castañeda',
    maternalSurname: 'Ruelas',
    aliases: ['La Güera', 'Mimí'],
    dateOfBirth: '1989-04-30',
    sex: Sex.FEMALE,
    nationalities: [MX, US],
    identifiers: [],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpValdezLoya,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Jesús Adrián',
    paternalSurname: 'Valdez',
    maternalSurname: 'Loya',
    aliases: ['El Chuy'],
    dateOfBirth: '1997-06-08',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.A_NUMBER, value: 'A221907614', country: US }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpZunigaBeltran,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Próspero',
    paternalSurname: 'Zúñiga',
    maternalSurname: 'Beltrán',
    aliases: ['El Viejo', 'Don Próspero'],
    dateOfBirth: '1968-02-17',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpRiosMontano,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Iván Alejandro',
    paternalSurname: 'Ríos',
    maternalSurname: 'Montaño',
    aliases: ['El Tlacuache'],
    dateOfBirth: '1994-08-26',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpBanuelosSotelo,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Elías Gerardo',
    paternalSurname: 'Bañuelos',
    maternalSurname: 'Sotelo',
    aliases: ['El Profe'],
    dateOfBirth: '1982-11-11',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.A_NUMBER, value: 'A203376120', country: US }],
    status: SuspectStatus.AT_LARGE,
  },
  {
    id: S.usbpLedezmaOrnelas,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    givenNames: 'Víctor Hugo',
    paternalSurname: 'Ledezma',
    maternalSurname: 'Ornelas',
    aliases: ['El Lobo'],
    dateOfBirth: '1985-03-03',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [],
    status: SuspectStatus.AT_LARGE,
  },
  // USAO-WDTX's own record of the HSI guide: the subject of its indictment warrant.
  {
    id: S.usaoNunezSalas,
    ownerAgencyId: A['USAO-WDTX'],
    ...marking(Tlp.AMBER, [US]),
    givenNames: 'Diego Armando',
    paternalSurname: 'Núñez',
    maternalSurname: 'Salas',
    aliases: ['El Flaco'],
    dateOfBirth: '1998-08-09',
    sex: Sex.MALE,
    nationalities: [MX],
    identifiers: [{ kind: IdentifierKind.A_NUMBER, value: 'A215448903', country: US }],
    status: SuspectStatus.AT_LARGE,
  },
];

export const DEMO_MEMBERSHIPS: readonly DemoMembership[] = [
  { suspectId: S.hsiNunezPena, organizationId: O.hsiVenadosAnapra, role: MembershipRole.LEADER, since: '2019-03-01' },
  { suspectId: S.hsiNunezPena, organizationId: O.hsiCartelArenales, role: MembershipRole.MEMBER, since: null },
  {
    suspectId: S.hsiSalcidoBarron,
    organizationId: O.hsiVenadosAnapra,
    role: MembershipRole.RECRUITER,
    since: '2020-06-01',
  },
  {
    suspectId: S.hsiCardenasVillalobos,
    organizationId: O.hsiVenadosAnapra,
    role: MembershipRole.STASH_HOUSE_KEEPER,
    since: '2021-01-15',
  },
  { suspectId: S.hsiOchoaFranco, organizationId: O.hsiVenadosAnapra, role: MembershipRole.DRIVER, since: '2022-09-01' },
  { suspectId: S.hsiNunezSalas, organizationId: O.hsiVenadosAnapra, role: MembershipRole.GUIDE, since: '2021-11-01' },
  { suspectId: S.hsiGonzalez, organizationId: O.hsiVenadosAnapra, role: MembershipRole.GUIDE, since: null },
  { suspectId: S.fgrNunezPena, organizationId: O.fgrVenadosAnapra, role: MembershipRole.LEADER, since: '2019-03-01' },
  {
    suspectId: S.fgrGonzalezTerrazas,
    organizationId: O.fgrVenadosAnapra,
    role: MembershipRole.GUIDE,
    since: '2020-02-01',
  },
  {
    suspectId: S.fgrDominguezLara,
    organizationId: O.fgrVenadosAnapra,
    role: MembershipRole.COLLECTOR,
    since: '2020-08-01',
  },
  { suspectId: S.fgrCarrascoSaucedo, organizationId: O.fgrCartelArenales, role: MembershipRole.LEADER, since: null },
  { suspectId: S.fbiNunezRenteria, organizationId: O.fbiTecolotes, role: MembershipRole.LEADER, since: '2016-01-01' },
  { suspectId: S.fbiGonzalezArce, organizationId: O.fbiTecolotes, role: MembershipRole.COLLECTOR, since: '2019-05-01' },
];

const JUZGADO_BRAVO = 'Juzgado de Control del Distrito Judicial Bravo, Cd. Juárez';
const JUZGADO_FEDERAL = 'Juzgado de Distrito Especializado en el Sistema Penal Acusatorio, Cd. Juárez';
const WDTX = 'U.S. District Court, Western District of Texas';

/** The current status is the last entry of the history, so the two never disagree. */
function warrant(fixture: Omit<DemoWarrant, 'status' | 'statusChangedAt'>): DemoWarrant {
  const current = fixture.history[fixture.history.length - 1];
  if (!current) throw new Error(`Demo warrant ${fixture.id} has no status history`);
  return { ...fixture, status: current.status, statusChangedAt: current.changedAt };
}

export const DEMO_WARRANTS: readonly DemoWarrant[] = [
  warrant({
    id: W.fgrGonzalezTerrazas,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    number: 'CP 412/2025',
    issuingCountry: MX,
    issuingAuthority: JUZGADO_BRAVO,
    charges: ['Tráfico de personas (art. 159, Ley de Migración)', 'Privación ilegal de la libertad'],
    subjectId: S.fgrGonzalezTerrazas,
    issueDate: '2025-09-18',
    history: [
      {
        id: '0195a000-0006-7000-8000-000000000101',
        status: WarrantStatus.ISSUED,
        changedAt: at('2025-09-18T17:00:00Z'),
        sourceSystem: 'SIJE-CHIH',
      },
      {
        id: '0195a000-0006-7000-8000-000000000102',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2025-09-19T14:00:00Z'),
        sourceSystem: 'SIJE-CHIH',
      },
      {
        id: '0195a000-0006-7000-8000-000000000103',
        status: WarrantStatus.EXECUTED,
        changedAt: at('2026-01-22T15:40:00Z'),
        sourceSystem: 'SIJE-CHIH',
        note: 'Cumplimentada en Ciudad Juárez; puesto a disposición del juez de control.',
      },
    ],
    externalRefs: [
      { id: '0195a000-0007-7000-8000-000000000101', sourceSystem: 'SIJE-CHIH', externalId: 'BRAVO-CP-412-2025' },
      {
        id: '0195a000-0007-7000-8000-000000000102',
        sourceSystem: 'FGR-MANDAMIENTOS',
        externalId: 'MJ/CHIH/2025/004127',
      },
    ],
  }),
  warrant({
    id: W.fgrDominguezLara,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    number: 'CP 413/2025',
    issuingCountry: MX,
    issuingAuthority: JUZGADO_BRAVO,
    charges: ['Tráfico de personas (art. 159, Ley de Migración)', 'Extorsión'],
    subjectId: S.fgrDominguezLara,
    issueDate: '2025-09-18',
    history: [
      {
        id: '0195a000-0006-7000-8000-000000000201',
        status: WarrantStatus.ISSUED,
        changedAt: at('2025-09-18T17:05:00Z'),
        sourceSystem: 'SIJE-CHIH',
      },
      {
        id: '0195a000-0006-7000-8000-000000000202',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2025-09-19T14:00:00Z'),
        sourceSystem: 'SIJE-CHIH',
      },
      {
        id: '0195a000-0006-7000-8000-000000000203',
        status: WarrantStatus.EXECUTED,
        changedAt: at('2026-01-22T16:05:00Z'),
        sourceSystem: 'SIJE-CHIH',
        note: 'Cumplimentada en Ciudad Juárez; puesta a disposición del juez de control.',
      },
    ],
    externalRefs: [
      { id: '0195a000-0007-7000-8000-000000000201', sourceSystem: 'SIJE-CHIH', externalId: 'BRAVO-CP-413-2025' },
    ],
  }),
  warrant({
    id: W.fgrNunezPena,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    number: 'CP 298/2025',
    issuingCountry: MX,
    issuingAuthority: JUZGADO_BRAVO,
    charges: ['Tráfico de personas agravado', 'Secuestro exprés', 'Extorsión'],
    subjectId: S.fgrNunezPena,
    issueDate: '2025-06-02',
    history: [
      {
        id: '0195a000-0006-7000-8000-000000000301',
        status: WarrantStatus.ISSUED,
        changedAt: at('2025-06-02T18:30:00Z'),
        sourceSystem: 'SIJE-CHIH',
      },
      {
        id: '0195a000-0006-7000-8000-000000000302',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2025-06-03T15:00:00Z'),
        sourceSystem: 'SIJE-CHIH',
      },
      {
        id: '0195a000-0006-7000-8000-000000000303',
        status: WarrantStatus.SUSPENDED,
        changedAt: at('2025-08-11T19:20:00Z'),
        sourceSystem: 'SIJE-CHIH',
        note: 'Suspensión provisional por amparo indirecto 1187/2025.',
      },
      {
        id: '0195a000-0006-7000-8000-000000000304',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2025-11-04T18:00:00Z'),
        sourceSystem: 'SIJE-CHIH',
        note: 'Amparo sobreseído; la orden vuelve a estar vigente.',
      },
    ],
    externalRefs: [
      { id: '0195a000-0007-7000-8000-000000000301', sourceSystem: 'SIJE-CHIH', externalId: 'BRAVO-CP-298-2025' },
      {
        id: '0195a000-0007-7000-8000-000000000302',
        sourceSystem: 'FGR-MANDAMIENTOS',
        externalId: 'MJ/CHIH/2025/002981',
      },
    ],
  }),
  warrant({
    id: W.fgrCarrascoSaucedo,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.RED, [MX]),
    number: 'CP 77/2024',
    issuingCountry: MX,
    issuingAuthority: JUZGADO_FEDERAL,
    charges: ['Delincuencia organizada', 'Homicidio calificado'],
    subjectId: S.fgrCarrascoSaucedo,
    issueDate: '2024-03-12',
    history: [
      {
        id: '0195a000-0006-7000-8000-000000000401',
        status: WarrantStatus.ISSUED,
        changedAt: at('2024-03-12T20:00:00Z'),
        sourceSystem: 'FGR-MANDAMIENTOS',
      },
      {
        id: '0195a000-0006-7000-8000-000000000402',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2024-03-13T16:00:00Z'),
        sourceSystem: 'FGR-MANDAMIENTOS',
      },
    ],
    externalRefs: [
      {
        id: '0195a000-0007-7000-8000-000000000401',
        sourceSystem: 'FGR-MANDAMIENTOS',
        externalId: 'MJ/CHIH/2024/000771',
      },
    ],
  }),
  warrant({
    id: W.hsiNunezPena,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    number: 'EP-26-CR-0412',
    issuingCountry: US,
    issuingAuthority: WDTX,
    charges: [
      '8 U.S.C. § 1324(a)(1)(A)(v)(I) – Conspiracy to transport and harbor aliens',
      '18 U.S.C. § 1203 – Hostage taking',
    ],
    subjectId: S.hsiNunezPena,
    issueDate: '2026-01-08',
    history: [
      {
        id: '0195a000-0006-7000-8000-000000000501',
        status: WarrantStatus.ISSUED,
        changedAt: at('2026-01-08T20:30:00Z'),
        sourceSystem: 'PACER-WDTX',
      },
      {
        id: '0195a000-0006-7000-8000-000000000502',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2026-01-08T21:15:00Z'),
        sourceSystem: 'PACER-WDTX',
      },
    ],
    externalRefs: [
      { id: '0195a000-0007-7000-8000-000000000501', sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00412' },
    ],
  }),
  warrant({
    id: W.hsiSalcidoBarron,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    number: 'EP-26-CR-0413',
    issuingCountry: US,
    issuingAuthority: WDTX,
    charges: [
      '8 U.S.C. § 1324(a)(1)(A)(ii) – Transportation of aliens',
      '18 U.S.C. § 875(a) – Interstate communication of a ransom demand',
    ],
    subjectId: S.hsiSalcidoBarron,
    issueDate: '2026-01-08',
    history: [
      {
        id: '0195a000-0006-7000-8000-000000000601',
        status: WarrantStatus.ISSUED,
        changedAt: at('2026-01-08T20:35:00Z'),
        sourceSystem: 'PACER-WDTX',
      },
      {
        id: '0195a000-0006-7000-8000-000000000602',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2026-01-08T21:15:00Z'),
        sourceSystem: 'PACER-WDTX',
      },
    ],
    externalRefs: [
      { id: '0195a000-0007-7000-8000-000000000601', sourceSystem: 'PACER-WDTX', externalId: '3:26-cr-00413' },
    ],
  }),
  warrant({
    id: W.usaoNunezSalas,
    ownerAgencyId: A['USAO-WDTX'],
    ...marking(Tlp.AMBER, [US, MX]),
    number: 'EP-25-CR-1877',
    issuingCountry: US,
    issuingAuthority: WDTX,
    charges: [
      '8 U.S.C. § 1324(a)(1)(A)(iv) – Encouraging and inducing illegal entry',
      '8 U.S.C. § 1326 – Reentry of a removed alien',
    ],
    subjectId: S.usaoNunezSalas,
    issueDate: '2025-10-14',
    history: [
      {
        id: '0195a000-0006-7000-8000-000000000701',
        status: WarrantStatus.ISSUED,
        changedAt: at('2025-10-14T16:45:00Z'),
        sourceSystem: 'PACER-WDTX',
      },
      {
        id: '0195a000-0006-7000-8000-000000000702',
        status: WarrantStatus.ACTIVE,
        changedAt: at('2025-10-14T22:10:00Z'),
        sourceSystem: 'PACER-WDTX',
      },
    ],
    externalRefs: [
      { id: '0195a000-0007-7000-8000-000000000701', sourceSystem: 'PACER-WDTX', externalId: '3:25-cr-01877' },
      { id: '0195a000-0007-7000-8000-000000000702', sourceSystem: 'NCIC', externalId: 'W250188731' },
    ],
  }),
];

const ANONYMOUS: TipsterIdentity = { anonymous: true, name: null, phone: null, email: null };

// Se Busca hotline and WhatsApp tips; tipsters named here are fictional.
export const DEMO_TIPS: readonly DemoTip[] = [
  {
    id: T.usbpHotlineSalcido,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    receivedAt: at('2026-02-03T16:42:00Z'),
    channel: TipChannel.HOTLINE,
    language: 'es',
    receivedIn: MX,
    narrative:
      'Llamo por el anuncio de Se Busca. Al que le dicen "Güicho", Luis Fernando Salcido, lo he visto juntando gente en una casa ' +
      'de la colonia Anapra, cerca de las vías. Los cruzan de noche por Santa Teresa en grupos de quince o veinte, y llevan niños.',
    status: TipStatus.TRIAGED,
    sourceReliability: SourceReliability.B,
    informationCredibility: 2,
    tipster: { anonymous: false, name: 'María Elena Ruvalcaba Soto', phone: '+52 656 555 0142', email: null },
    subjectIds: [S.usbpSalcidoMendez],
    organizationIds: [],
  },
  {
    id: T.usbpWhatsappPena,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.AMBER, [US, MX]),
    receivedAt: at('2026-02-09T03:18:00Z'),
    channel: TipChannel.WHATSAPP,
    language: 'es',
    receivedIn: MX,
    narrative:
      'La muchacha del anuncio, Karla Peña, "La Flaca", cobra por adelantado a las familias y les dice que los van a pasar por ' +
      'Sunland Park. Anda en un carro gris con placas de Chihuahua.',
    status: TipStatus.NEW,
    sourceReliability: null,
    informationCredibility: null,
    tipster: ANONYMOUS,
    subjectIds: [S.usbpPenaOrtiz],
    organizationIds: [],
  },
  {
    id: T.usbpWebPena,
    ownerAgencyId: A.USBP,
    ...marking(Tlp.GREEN, [US, MX]),
    receivedAt: at('2026-02-12T19:05:00Z'),
    channel: TipChannel.WEB,
    language: 'en',
    receivedIn: US,
    narrative:
      'I recognized the woman from the Se Busca billboard on I-10 near Mesa Street, Karla Peña Ortiz. She dropped off a group of ' +
      'about eight people at a motel off Doniphan Drive around 7 pm.',
    status: TipStatus.REFERRED,
    sourceReliability: SourceReliability.C,
    informationCredibility: 3,
    tipster: {
      anonymous: false,
      name: 'Daniel R. Whitaker',
      phone: '+1 915 555 0163',
      email: 'd.whitaker@example.com',
    },
    subjectIds: [S.usbpPenaOrtiz],
    organizationIds: [],
    campaignId: CP.usbpSeBusca,
  },
  {
    id: T.hsiHotlineNunezPena,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    receivedAt: at('2026-01-27T22:10:00Z'),
    channel: TipChannel.HOTLINE,
    language: 'es',
    receivedIn: MX,
    narrative:
      'Quiero dar información del que sale en el cartel, José Ángel Núñez Peña, "El Chepe". Cobra ocho mil dólares por persona ' +
      'para cruzar por Anapra y tiene a la gente en casas de seguridad en Lomas de Poleo. Trabaja con gente de Los Arenales.',
    status: TipStatus.ACTIONABLE,
    sourceReliability: SourceReliability.B,
    informationCredibility: 2,
    tipster: ANONYMOUS,
    subjectIds: [S.hsiNunezPena],
    organizationIds: [O.hsiVenadosAnapra, O.hsiCartelArenales],
  },
  {
    id: T.hsiWhatsappRansom,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    receivedAt: at('2026-02-01T05:47:00Z'),
    channel: TipChannel.WHATSAPP,
    language: 'es',
    receivedIn: US,
    narrative:
      'Mi primo cruzó hace una semana y ahora nos llaman pidiendo cinco mil dólares para soltarlo. El que llama dice que es ' +
      '"El Güero". Nos mandaron una foto de mi primo en un cuarto con más gente. El número es de Ciudad Juárez.',
    status: TipStatus.ACTIONABLE,
    sourceReliability: SourceReliability.B,
    informationCredibility: 2,
    tipster: { anonymous: false, name: 'Rosa Isela Carrillo Ávila', phone: '+1 915 555 0178', email: null },
    subjectIds: [S.hsiSalcidoBarron],
    organizationIds: [O.hsiVenadosAnapra],
  },
  {
    id: T.hsiWebNunezSalas,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    receivedAt: at('2026-02-05T14:30:00Z'),
    channel: TipChannel.WEB,
    language: 'en',
    receivedIn: US,
    narrative:
      'The man on the poster they call "El Flaco" guides groups on foot from Anapra to the rail yard west of Santa Teresa. ' +
      'I see him most nights around 2 a.m. near the border road.',
    status: TipStatus.TRIAGED,
    sourceReliability: SourceReliability.C,
    informationCredibility: 3,
    tipster: ANONYMOUS,
    subjectIds: [S.hsiNunezSalas],
    organizationIds: [],
  },
  {
    id: T.hsiHotlineGonzalez,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.GREEN, [US, MX]),
    receivedAt: at('2026-02-14T01:20:00Z'),
    channel: TipChannel.HOTLINE,
    language: 'en',
    receivedIn: US,
    narrative:
      'Caller says a guide known as "El Beto", last name González, brings groups down the west side of Mount Cristo Rey into ' +
      'Sunland Park and hands them to drivers waiting on McNutt Road.',
    status: TipStatus.REFERRED,
    sourceReliability: SourceReliability.C,
    informationCredibility: 3,
    tipster: { anonymous: false, name: 'Anthony J. Mercado', phone: '+1 575 555 0121', email: null },
    subjectIds: [S.hsiGonzalez],
    organizationIds: [],
  },
];

/** USBP's published Se Busca list (slug `se-busca-demo`): ten people, ranked. */
export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    id: CP.usbpSeBusca,
    ownerAgencyId: A.USBP,
    slug: 'se-busca-demo',
    titleEs: 'Se Busca: corredor Anapra – Santa Teresa',
    titleEn: 'Wanted: Anapra – Santa Teresa corridor',
    summaryEs:
      'Diez personas buscadas por tráfico de personas, homicidio por encargo y narcotráfico en la frontera de Ciudad Juárez ' +
      'con Nuevo México y Texas. Si tiene información, llame o envíe un WhatsApp: su identidad es confidencial.',
    summaryEn:
      'Ten people wanted for human smuggling, murder for hire and drug trafficking on the border of Ciudad Juárez with New ' +
      'Mexico and Texas. If you have information, call or send a WhatsApp message: your identity is confidential.',
    region: 'Ciudad Juárez, Chihuahua – El Paso, Texas',
    phase: 2,
    hotlinePhone: '+1 915 555 0100',
    whatsappPhone: '+52 656 555 0190',
    activeFrom: '2026-01-15',
    activeUntil: null,
    status: CampaignStatus.PUBLISHED,
    publishedAt: at('2026-01-14T18:00:00Z'),
    closedAt: null,
  },
];

const SMUGGLING = { es: 'Tráfico de personas', en: 'Human smuggling' };
const MURDER_FOR_HIRE = { es: 'Homicidio por encargo', en: 'Murder for hire' };
const DRUGS = { es: 'Narcotráfico', en: 'Drug trafficking' };
const KIDNAPPING = { es: 'Secuestro', en: 'Kidnapping' };
const EXTORTION = { es: 'Extorsión', en: 'Extortion' };

type EntryLooks = Partial<
  Pick<
    DemoCampaignEntry,
    | 'approximateAge'
    | 'yearOfBirth'
    | 'heightCm'
    | 'build'
    | 'distinguishingMarksEs'
    | 'distinguishingMarksEn'
    | 'armedAndDangerous'
  >
> & { sex: Sex };

function entry(
  rank: number,
  suspectId: string,
  displayName: string,
  aliases: string[],
  crimes: { es: string; en: string }[],
  summaryEs: string,
  summaryEn: string,
  looks: EntryLooks,
): DemoCampaignEntry {
  return {
    photoUploadedAt: null,
    ...NO_DESCRIPTION,
    ...looks,
    id: DEMO_IDS.campaignEntries[rank - 1],
    campaignId: CP.usbpSeBusca,
    rank,
    suspectId,
    displayName,
    aliases,
    crimesEs: crimes.map((crime) => crime.es),
    crimesEn: crimes.map((crime) => crime.en),
    summaryEs,
    summaryEn,
    photoUrl: null,
  };
}

export const DEMO_CAMPAIGN_ENTRIES: readonly DemoCampaignEntry[] = [
  entry(
    1,
    S.usbpSalcidoMendez,
    'Luis Fernando Salcido Méndez',
    ['Güicho'],
    [SMUGGLING, KIDNAPPING],
    'Recluta y guía grupos de migrantes, entre ellos niños, de la colonia Anapra a Santa Teresa, Nuevo México. Los retiene en casas de seguridad hasta que sus familias pagan.',
    'Recruits and guides groups of migrants, children among them, from the Anapra neighbourhood into Santa Teresa, New Mexico. Holds them in stash houses until their families pay.',
    {
      sex: Sex.MALE,
      yearOfBirth: 1995,
      heightCm: 172,
      build: EntryBuild.SLIM,
      distinguishingMarksEs: 'Tatuaje de una Virgen de Guadalupe en el antebrazo derecho',
      distinguishingMarksEn: 'Tattoo of Our Lady of Guadalupe on the right forearm',
    },
  ),
  entry(
    2,
    S.usbpMerazIbarra,
    'Fabián Ulises Meraz Ibarra',
    ['El Cuervo'],
    [MURDER_FOR_HIRE, DRUGS],
    'Buscado por homicidios por encargo en Ciudad Juárez. Se le considera armado y peligroso: no intente detenerlo.',
    'Wanted for murders for hire in Ciudad Juárez. Considered armed and dangerous: do not attempt to apprehend him.',
    {
      sex: Sex.MALE,
      approximateAge: 35,
      heightCm: 180,
      build: EntryBuild.ATHLETIC,
      distinguishingMarksEs: 'Cicatriz en la ceja izquierda',
      distinguishingMarksEn: 'Scar through the left eyebrow',
      armedAndDangerous: true,
    },
  ),
  entry(
    3,
    S.usbpPenaOrtiz,
    'Karla Yazmín Peña Ortiz',
    ['La Flaca'],
    [SMUGGLING],
    'Cobra por adelantado a las familias de migrantes y organiza su traslado hacia Sunland Park y El Paso.',
    'Collects payment in advance from the families of migrants and arranges their transport to Sunland Park and El Paso.',
    { sex: Sex.FEMALE, yearOfBirth: 2000, heightCm: 158, build: EntryBuild.SLIM },
  ),
  entry(
    4,
    S.usbpZunigaBeltran,
    'Próspero Zúñiga Beltrán',
    ['El Viejo', 'Don Próspero'],
    [DRUGS],
    'Coordina el cruce de droga por el corredor Anapra – Santa Teresa y el pago a los halcones que vigilan la frontera.',
    'Runs drug crossings through the Anapra – Santa Teresa corridor and pays the lookouts who watch the border.',
    { sex: Sex.MALE, approximateAge: 58, heightCm: 168, build: EntryBuild.HEAVY },
  ),
  entry(
    5,
    S.usbpCastanedaRuelas,
    'Nohemí Castañeda Ruelas',
    ['La Güera', 'Mimí'],
    [SMUGGLING, EXTORTION],
    'Llama a las familias de migrantes retenidos para exigir rescates. Usa varios números de teléfono de Ciudad Juárez.',
    'Calls the families of migrants held captive to demand ransoms. Uses several Ciudad Juárez phone numbers.',
    {
      sex: Sex.FEMALE,
      approximateAge: 37,
      heightCm: 165,
      build: EntryBuild.MEDIUM,
      distinguishingMarksEs: 'Cabello teñido de rubio; lunar junto a la boca',
      distinguishingMarksEn: 'Dyed blonde hair; a mole beside the mouth',
    },
  ),
  entry(
    6,
    S.usbpRiosMontano,
    'Iván Alejandro Ríos Montaño',
    ['El Tlacuache'],
    [MURDER_FOR_HIRE],
    'Buscado por el asesinato de dos personas en el Valle de Juárez. Se le considera armado y peligroso.',
    'Wanted for the killing of two people in the Juárez Valley. Considered armed and dangerous.',
    { sex: Sex.MALE, approximateAge: 32, heightCm: 175, build: EntryBuild.MEDIUM, armedAndDangerous: true },
  ),
  entry(
    7,
    S.usbpAnayaQuinonez,
    'Rigoberto Anaya Quiñónez',
    ['El Rigo'],
    [SMUGGLING],
    'Guía grupos a pie por las faldas del cerro Cristo Rey hacia Sunland Park, casi siempre de madrugada.',
    'Guides groups on foot along the slopes of Mount Cristo Rey into Sunland Park, nearly always before dawn.',
    { sex: Sex.MALE, approximateAge: 40, heightCm: 170, build: EntryBuild.SLIM },
  ),
  entry(
    8,
    S.usbpValdezLoya,
    'Jesús Adrián Valdez Loya',
    ['El Chuy'],
    [DRUGS],
    'Transporta droga en vehículos con compartimentos ocultos por los puertos de entrada de El Paso.',
    'Moves drugs in vehicles with hidden compartments through the El Paso ports of entry.',
    { sex: Sex.MALE, approximateAge: 29, heightCm: 176, build: EntryBuild.MEDIUM },
  ),
  entry(
    9,
    S.usbpBanuelosSotelo,
    'Elías Gerardo Bañuelos Sotelo',
    ['El Profe'],
    [SMUGGLING, KIDNAPPING],
    'Administra casas de seguridad en Ciudad Juárez donde se retiene a migrantes secuestrados.',
    'Runs stash houses in Ciudad Juárez where kidnapped migrants are held.',
    {
      sex: Sex.MALE,
      approximateAge: 44,
      heightCm: 171,
      build: EntryBuild.HEAVY,
      distinguishingMarksEs: 'Usa lentes',
      distinguishingMarksEn: 'Wears glasses',
    },
  ),
  entry(
    10,
    S.usbpLedezmaOrnelas,
    'Víctor Hugo Ledezma Ornelas',
    ['El Lobo'],
    [DRUGS, MURDER_FOR_HIRE],
    'Cobra cuotas a otros traficantes por usar el corredor y castiga con violencia a quien no paga.',
    'Charges other traffickers a toll to use the corridor and punishes those who do not pay with violence.',
    {
      sex: Sex.MALE,
      approximateAge: 41,
      heightCm: 183,
      build: EntryBuild.ATHLETIC,
      distinguishingMarksEs: 'Tatuaje de un lobo en el cuello',
      distinguishingMarksEn: 'Wolf tattoo on the neck',
      armedAndDangerous: true,
    },
  ),
];

export const DEMO_CASES: readonly DemoCase[] = [
  {
    id: C.hsiJointTaskForce,
    ownerAgencyId: A.HSI,
    ...marking(Tlp.AMBER, [US, MX]),
    caseNumber: 'HSI-ELP-2026-0142',
    title: 'Los Venados de Anapra: human smuggling and ransom kidnapping through the Anapra–Santa Teresa corridor',
    status: CaseStatus.ACTIVE,
    leadAgencyId: A.HSI,
    participatingAgencyIds: [A.USBP, A.FGR, A['USAO-WDTX']],
  },
  {
    id: C.fgrCarpeta,
    ownerAgencyId: A.FGR,
    ...marking(Tlp.AMBER, [MX, US]),
    caseNumber: 'FED/CHIH/JRZ/0001287/2025',
    title: 'Tráfico de personas y secuestro de migrantes: célula Los Venados de Anapra',
    status: CaseStatus.ACTIVE,
    leadAgencyId: A.FGR,
    participatingAgencyIds: [A['FGE-CHIH'], A.HSI, A['USAO-WDTX']],
  },
];

function links(caseId: string, recordType: RecordType, recordIds: string[]): DemoCaseLink[] {
  return recordIds.map((recordId) => ({ caseId, recordType, recordId }));
}

// Each case links only records its own agency owns.
export const DEMO_CASE_LINKS: readonly DemoCaseLink[] = [
  ...links(C.hsiJointTaskForce, RecordType.ORGANIZATION, [O.hsiVenadosAnapra, O.hsiCartelArenales]),
  ...links(C.hsiJointTaskForce, RecordType.SUSPECT, [
    S.hsiNunezPena,
    S.hsiSalcidoBarron,
    S.hsiCardenasVillalobos,
    S.hsiOchoaFranco,
    S.hsiNunezSalas,
    S.hsiGonzalez,
  ]),
  ...links(C.hsiJointTaskForce, RecordType.WARRANT, [W.hsiNunezPena, W.hsiSalcidoBarron]),
  ...links(C.hsiJointTaskForce, RecordType.TIP, [
    T.hsiHotlineNunezPena,
    T.hsiWhatsappRansom,
    T.hsiWebNunezSalas,
    T.hsiHotlineGonzalez,
  ]),
  ...links(C.fgrCarpeta, RecordType.ORGANIZATION, [O.fgrVenadosAnapra, O.fgrCartelArenales]),
  ...links(C.fgrCarpeta, RecordType.SUSPECT, [
    S.fgrNunezPena,
    S.fgrGonzalezTerrazas,
    S.fgrDominguezLara,
    S.fgrCarrascoSaucedo,
  ]),
  ...links(C.fgrCarpeta, RecordType.WARRANT, [
    W.fgrNunezPena,
    W.fgrGonzalezTerrazas,
    W.fgrDominguezLara,
    W.fgrCarrascoSaucedo,
  ]),
];

/*
 * The demo agreements of the sharing issue: HSI<->FGR approval-based with discovery; HSI<->USBP
 * standing (HSI keeps suspects' identifiers to itself); HSI->USAO-WDTX standing, for
 * prosecution; FGR<->FGE-CHIH standing; JTFA with HSI, USBP and FGR approval-based.
 * Se Busca: USBP->FGR and USBP->FGE-CHIH for tips and the people they name, approval-based
 * without discovery. A tip and the people in it go abroad only by a decision on that one tip
 * (intake's referral, or a liaison's approval of the partner's request), never wholesale as a
 * standing agreement would send every tip; intelligence and investigation only (evidence for
 * court goes by the formal channels). Nothing flows back from FGR or FGE-CHIH to USBP.
 */
type AgreementTerms = Pick<AgreementEntity, 'approvalRequired' | 'discoveryAllowed' | 'permittedUses'> &
  Partial<AgreementEntity>;
const ALL_TYPES = [RecordType.ORGANIZATION, RecordType.SUSPECT, RecordType.WARRANT, RecordType.TIP, RecordType.CASE];
const APPROVAL: AgreementTerms = {
  approvalRequired: true,
  discoveryAllowed: true,
  permittedUses: [ShareUse.INTELLIGENCE, ShareUse.INVESTIGATION, ShareUse.PROSECUTION],
  maxShareDays: 180,
};
const SE_BUSCA_REFERRALS: AgreementTerms = {
  approvalRequired: true,
  discoveryAllowed: false,
  permittedUses: [ShareUse.INTELLIGENCE, ShareUse.INVESTIGATION],
  maxShareDays: 365,
  recordTypes: [RecordType.TIP, RecordType.SUSPECT],
};
const STANDING: AgreementTerms = {
  approvalRequired: false,
  discoveryAllowed: true,
  permittedUses: [ShareUse.INTELLIGENCE, ShareUse.INVESTIGATION],
};

function agreement(id: string, provider: string, recipient: string, terms: AgreementTerms): AgreementEntity {
  return {
    id,
    providerAgencyId: provider,
    recipientAgencyId: recipient,
    recordTypes: ALL_TYPES,
    maxTlp: Tlp.AMBER,
    withheldFields: {},
    discoveryKeys: {},
    maxShareDays: null,
    onwardSharingAllowed: false,
    validFrom: '2026-01-01',
    validUntil: null,
    endedAt: null,
    createdBy: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    ...terms,
  };
}

const G = DEMO_IDS.agreements;
export const DEMO_AGREEMENTS: readonly AgreementEntity[] = [
  // FGR may ask whether HSI holds someone by an identifier or a date of birth too, and an active warrant on them (hit/no-hit only).
  agreement(G.hsiToFgr, A.HSI, A.FGR, {
    ...APPROVAL,
    discoveryKeys: {
      [RecordType.SUSPECT]: [
        'givenNames',
        'paternalSurname',
        'maternalSurname',
        'aliases',
        'identifiers',
        'dateOfBirth',
      ],
      // "does HSI hold an active warrant on this person?" (discoverWarrants)
      [RecordType.WARRANT]: ['subject', 'status'],
    },
  }),
  agreement(G.fgrToHsi, A.FGR, A.HSI, APPROVAL),
  agreement(G.hsiToUsbp, A.HSI, A.USBP, { ...STANDING, withheldFields: { [RecordType.SUSPECT]: ['identifiers'] } }),
  agreement(G.usbpToHsi, A.USBP, A.HSI, STANDING),
  agreement(G.hsiToUsao, A.HSI, A['USAO-WDTX'], {
    ...STANDING,
    permittedUses: [ShareUse.INVESTIGATION, ShareUse.PROSECUTION],
  }),
  agreement(G.fgrToFgeChih, A.FGR, A['FGE-CHIH'], STANDING),
  agreement(G.fgeChihToFgr, A['FGE-CHIH'], A.FGR, STANDING),
  agreement(G.jtfaToHsi, A.JTFA, A.HSI, APPROVAL),
  agreement(G.hsiToJtfa, A.HSI, A.JTFA, APPROVAL),
  agreement(G.jtfaToUsbp, A.JTFA, A.USBP, APPROVAL),
  agreement(G.usbpToJtfa, A.USBP, A.JTFA, APPROVAL),
  agreement(G.jtfaToFgr, A.JTFA, A.FGR, APPROVAL),
  agreement(G.fgrToJtfa, A.FGR, A.JTFA, APPROVAL),
  agreement(G.usbpToFgr, A.USBP, A.FGR, SE_BUSCA_REFERRALS),
  agreement(G.usbpToFgeChih, A.USBP, A['FGE-CHIH'], SE_BUSCA_REFERRALS),
];
