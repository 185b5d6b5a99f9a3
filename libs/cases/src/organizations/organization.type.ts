import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar, RelayNode } from '@app/core';
import { RecordNode } from '../records/record.interface';
import { Activity, AffiliationKind, MembershipRole, OrganizationKind } from '../records/record-enums';

@ObjectType('Route', { description: 'A route or corridor, e.g. Anapra (Chihuahua) to El Paso through Santa Teresa.' })
export class Route {
  @Field({ description: 'Where it starts.' })
  from: string;

  @Field({ description: 'Where it ends.' })
  to: string;

  @Field(() => String, { nullable: true, description: 'Where it crosses the border; null when unknown.' })
  crossingPoint?: string | null;
}

@ObjectType('Affiliation', {
  description: 'A tie to another organization; listed only where that organization is itself visible to you.',
})
export class Affiliation {
  /** The affiliated organization, resolved by AffiliationFieldsResolver. */
  organizationId: string;

  @Field(() => AffiliationKind, { description: 'How the two are tied.' })
  kind: AffiliationKind;
}

@ObjectType('Member', { description: 'A member of an organization; listed only where the suspect is visible to you.' })
export class Member {
  /** Resolved by MemberFieldsResolver. */
  suspectId: string;

  @Field(() => MembershipRole, { description: 'Their role in it.' })
  role: MembershipRole;

  @Field(() => DateScalar, { nullable: true, description: 'Since when; null when unknown.' })
  since: string | null;
}

@ObjectType('Organization', {
  implements: () => [RecordNode, RelayNode],
  description: 'A criminal organization, as you may see it: withheld fields are null and named in redactedFields.',
})
export class Organization extends RecordNode {
  @Field(() => String, {
    nullable: true,
    description: 'Its name; null when withheld from you (then named in redactedFields).',
  })
  name: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Other names it is known by; null when withheld from you (then named in redactedFields).',
  })
  aliases: string[] | null;

  @Field(() => OrganizationKind, {
    nullable: true,
    description: 'What kind of organization; null when withheld from you (then named in redactedFields).',
  })
  kind: OrganizationKind | null;

  @Field(() => [Activity], {
    nullable: true,
    description: 'What it is known for; null when withheld from you (then named in redactedFields).',
  })
  activities: Activity[] | null;

  @Field(() => String, { nullable: true, description: 'Where it operates from; null when unknown or withheld.' })
  baseOfOperations: string | null;

  @Field(() => [Route], {
    nullable: true,
    description: 'The routes or corridors it uses; null when withheld from you (then named in redactedFields).',
  })
  routes: Route[] | null;

  /** Resolved by OrganizationFieldsResolver, unless withheld (then null). */
  @Field(() => [Affiliation], {
    nullable: true,
    description:
      'Its ties to other organizations, only those you may see; null when withheld from you (then named in redactedFields).',
  })
  affiliations: Affiliation[] | null;

  /** Resolved by OrganizationFieldsResolver, unless withheld (then null). */
  @Field(() => [Member], {
    nullable: true,
    description:
      'Its members, only the suspects you may see; null when withheld from you (then named in redactedFields).',
  })
  members: Member[] | null;
}
