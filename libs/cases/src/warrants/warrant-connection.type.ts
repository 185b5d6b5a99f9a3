import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Warrant } from './warrant.type';

@ObjectType('WarrantConnection')
export class WarrantConnection extends Connection(Warrant, 'Warrant') {}
