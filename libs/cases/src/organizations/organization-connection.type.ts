import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@app/core';
import { Organization } from './organization.type';

@ObjectType('OrganizationConnection', { description: 'A page of organizations.' })
export class OrganizationConnection extends Connection(Organization, 'Organization') {}
