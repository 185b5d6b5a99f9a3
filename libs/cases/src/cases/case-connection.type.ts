import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Case } from './case.type';

@ObjectType('CaseConnection')
export class CaseConnection extends Connection(Case, 'Case') {}
