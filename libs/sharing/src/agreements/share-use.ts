import { registerEnumType } from '@nestjs/graphql';

/** What a recipient may do with what it receives. */
export enum ShareUse {
  INTELLIGENCE = 'INTELLIGENCE',
  INVESTIGATION = 'INVESTIGATION',
  /** Evidence for court, e.g. US evidence handed to the FGR for a prosecution in Mexico. */
  PROSECUTION = 'PROSECUTION',
}
registerEnumType(ShareUse, { name: 'ShareUse' });
