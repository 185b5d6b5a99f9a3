import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Tip } from './tip.type';

@ObjectType('TipConnection')
export class TipConnection extends Connection(Tip, 'Tip') {}
