import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Tip } from './tip.type';

@ObjectType('TipConnection', { description: 'A page of tips.' })
export class TipConnection extends Connection(Tip, 'Tip') {}
