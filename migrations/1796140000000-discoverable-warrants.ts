import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * discoverWarrants: a partner's query for "an active warrant on this person" sees the warrants
 * its agreements let it discover, for that one query (`frontera.purpose` = 'discover'), as
 * suspects and organizations already were (RowLevelSecurity1796133282228).
 */
export class DiscoverableWarrants1796140000000 implements MigrationInterface {
  name = 'DiscoverableWarrants1796140000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE POLICY warrants_discoverable ON warrants FOR SELECT TO frontera_api USING (current_setting('frontera.purpose', true) = 'discover'` +
        ` AND frontera_partner_sees('WARRANT', warrants.id, warrants.owner_agency_id, warrants.tlp, warrants.releasable_to, warrants.originator_controlled, 'discover'))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP POLICY warrants_discoverable ON warrants');
  }
}
