import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Case } from './case.type';

@ObjectType('CaseConnection', { description: 'A page of cases.' })
export class CaseConnection extends Connection(Case, 'Case') {}
