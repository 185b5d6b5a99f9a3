import { Field, ObjectType } from '@nestjs/graphql';
import { Connection, EdgeFields } from '@app/core';
import { MatchClass } from '../search/suspect-search';
import { TOTAL_COUNT_BOUND } from './suspect.service';
import { Suspect } from './suspect.type';

@ObjectType('SuspectEdge', { description: 'One Suspect of a page, with its cursor and how the search matched it.' })
export class SuspectEdge extends EdgeFields(Suspect) {
  @Field(() => MatchClass, {
    nullable: true,
    description: 'How the name search matched this suspect; null without a search.',
  })
  matchClass?: MatchClass | null;
}

@ObjectType('SuspectConnection', { description: 'A page of suspects.' })
export class SuspectConnection extends Connection(Suspect, 'Suspect', { edge: SuspectEdge }) {
  @Field(() => Boolean, {
    description: `True when totalCount stopped at its bound (${TOTAL_COUNT_BOUND}): there are more.`,
  })
  totalCountCapped: Promise<boolean>;
}
