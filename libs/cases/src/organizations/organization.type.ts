import { Field, ObjectType } from '@nestjs/graphql';
import { DateScalar, RelayNode } from '@app/core';
import { RecordNode } from '../records/record.interface';
import { Activity, AffiliationKind, MembershipRole, OrganizationKind } from '../records/record-enums';

/** A route or corridor, e.g. Anapra (Chihuahua) to El Paso through Santa Teresa. */
@ObjectType('Route')
export class Route {
  @Field()
  from: string;

  @Field()
  to: string;

  @Field(() => String, { nullable: true })
  crossingPoint?: string | null;
}

/** A tie to another organization; listed only where that organization is itself visible. */
@ObjectType('Affiliation')
export class Affiliation {
  /** The affiliated organization, resolved by AffiliationFieldsResolver. */
  organizationId: string;

  @Field(() => AffiliationKind)
  kind: AffiliationKind;
}

/** A suspect's membership seen from the organization; listed only where the suspect is visible. */
@ObjectType('Member')
export class Member {
  /** Resolved by MemberFieldsResolver. */
  suspectId: string;

  @Field(() => MembershipRole)
  role: MembershipRole;

  @Field(() => DateScalar, { nullable: true })
  since: string | null;
}

@ObjectType('Organization', { implements: () => [RecordNode, RelayNode] })
export class Organization extends RecordNode {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => [String], { nullable: true })
  aliases: string[] | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind: OrganizationKind | null;

  @Field(() => [Activity], { nullable: true })
  activities: Activity[] | null;

  @Field(() => String, { nullable: true })
  baseOfOperations: string | null;

  @Field(() => [Route], { nullable: true })
  routes: Route[] | null;

  /** Resolved by OrganizationFieldsResolver, unless withheld (then null). */
  @Field(() => [Affiliation], { nullable: true })
  affiliations: Affiliation[] | null;

  /** Resolved by OrganizationFieldsResolver, unless withheld (then null). */
  @Field(() => [Member], { nullable: true })
  members: Member[] | null;
}
