import { Field, ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { TOTAL_COUNT_BOUND } from './suspect.service';
import { Suspect } from './suspect.type';

@ObjectType('SuspectConnection', { description: 'A page of suspects.' })
export class SuspectConnection extends Connection(Suspect, 'Suspect') {
  @Field(() => Boolean, { description: `True when totalCount stopped at its bound (${TOTAL_COUNT_BOUND}): there are more.` })
  totalCountCapped: Promise<boolean>;
}
