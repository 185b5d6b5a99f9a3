import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Agency } from '@app/auth';
import { RelayNode } from '@app/core';
import { Organization } from '../organizations/organization.type';
import { CaseStatus } from '../records/record-enums';
import { RecordNode } from '../records/record.interface';
import { Suspect } from '../suspects/suspect.type';
import { Tip } from '../tips/tip.type';
import { Warrant } from '../warrants/warrant.type';

@ObjectType('Case', {
  implements: () => [RecordNode, RelayNode],
  description:
    'A case, as you may see it: withheld fields are null and named in redactedFields. Its owner, lead and participating agencies work it together.',
})
export class Case extends RecordNode {
  @Field(() => String, {
    nullable: true,
    description: "The owning agency's own case number; null when withheld from you (then named in redactedFields).",
  })
  caseNumber: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its title; null when withheld from you (then named in redactedFields).',
  })
  title: string | null;

  @Field(() => CaseStatus, {
    nullable: true,
    description: 'Where it stands; null when withheld from you (then named in redactedFields).',
  })
  status: CaseStatus | null;

  /** Resolved by CaseFieldsResolver from leadAgencyId, unless withheld (then null). */
  @Field(() => Agency, {
    nullable: true,
    description: 'The agency leading it; null when withheld from you (then named in redactedFields).',
  })
  leadAgency?: Agency | null;

  leadAgencyId: string | null;

  /** Resolved by CaseFieldsResolver from participatingAgencyIds, unless withheld (then null). */
  @Field(() => [Agency], {
    nullable: true,
    description: 'The agencies taking part in it; null when withheld from you (then named in redactedFields).',
  })
  participatingAgencies?: Agency[] | null;

  participatingAgencyIds: string[] | null;

  /** The linked records: resolved by CaseFieldsResolver, only those the viewer may see; null when withheld. */
  @Field(() => [Suspect], {
    nullable: true,
    description: 'Linked suspects, only those you may see; null when withheld from you (then named in redactedFields).',
  })
  suspects: Suspect[] | null;

  @Field(() => [Organization], {
    nullable: true,
    description:
      'Linked organizations, only those you may see; null when withheld from you (then named in redactedFields).',
  })
  organizations: Organization[] | null;

  @Field(() => [Warrant], {
    nullable: true,
    description: 'Linked warrants, only those you may see; null when withheld from you (then named in redactedFields).',
  })
  warrants: Warrant[] | null;

  @Field(() => [Tip], {
    nullable: true,
    description: 'Linked tips, only those you may see; null when withheld from you (then named in redactedFields).',
  })
  tips: Tip[] | null;

  /** Resolved by CaseFieldsResolver (notes, tasks, timeline); null here when withheld. */
  notes: never[] | null;

  tasks: never[] | null;

  timeline: never[] | null;

  /** Not a content field: like updatedAt, it says which state of the case the viewer read. */
  @Field(() => Int, {
    description: 'Goes up with every change to the case; updateCase names the version it was made from.',
  })
  version: number;
}
