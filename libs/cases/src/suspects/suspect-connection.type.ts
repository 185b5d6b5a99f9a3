import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Suspect } from './suspect.type';

@ObjectType('SuspectConnection')
export class SuspectConnection extends Connection(Suspect, 'Suspect') {}
