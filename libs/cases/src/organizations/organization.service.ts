import { Injectable } from '@nestjs/common';
import { RecordQueries } from '../records/record-queries';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationService {
  readonly records = new RecordQueries(OrganizationEntity, 'Organization');
}
