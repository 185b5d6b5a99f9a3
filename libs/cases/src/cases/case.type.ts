import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { RelayNode } from '@app/core';
import { Organization } from '../organizations/organization.type';
import { CaseStatus } from '../records/record-enums';
import { RecordNode } from '../records/record.interface';
import { Suspect } from '../suspects/suspect.type';
import { Tip } from '../tips/tip.type';
import { Warrant } from '../warrants/warrant.type';

@ObjectType('Case', { implements: () => [RecordNode, RelayNode] })
export class Case extends RecordNode {
  /** The owning agency's own case number. */
  @Field(() => String, { nullable: true })
  caseNumber: string | null;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => CaseStatus, { nullable: true })
  status: CaseStatus | null;

  /** Resolved by CaseFieldsResolver from leadAgencyId, unless withheld (then null). */
  @Field(() => Agency, { nullable: true })
  leadAgency?: Agency | null;

  leadAgencyId: string | null;

  /** Resolved by CaseFieldsResolver from participatingAgencyIds, unless withheld (then null). */
  @Field(() => [Agency], { nullable: true })
  participatingAgencies?: Agency[] | null;

  participatingAgencyIds: string[] | null;

  /** The linked records: resolved by CaseFieldsResolver, only those the viewer may see; null when withheld. */
  @Field(() => [Suspect], { nullable: true })
  suspects: Suspect[] | null;

  @Field(() => [Organization], { nullable: true })
  organizations: Organization[] | null;

  @Field(() => [Warrant], { nullable: true })
  warrants: Warrant[] | null;

  @Field(() => [Tip], { nullable: true })
  tips: Tip[] | null;

  /** Resolved by CaseFieldsResolver (notes, tasks, timeline); null here when withheld. */
  notes: never[] | null;

  tasks: never[] | null;

  timeline: never[] | null;

  /** Not a content field: like updatedAt, it says which state of the case the viewer read. */
  @Field(() => Int, { description: 'Goes up with every change to the case; updateCase names the version it was made from.' })
  version: number;
}
