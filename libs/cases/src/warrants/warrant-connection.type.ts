import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Warrant } from './warrant.type';

@ObjectType('WarrantConnection', { description: 'A page of warrants.' })
export class WarrantConnection extends Connection(Warrant, 'Warrant') {}
