import { MigrationInterface, QueryRunner } from 'typeorm';

/** ISO 3166-1 alpha-2 codes besides US and MX, in the order they are appended to the enum. */
const NEW_COUNTRIES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE',
  'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD',
  'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM',
  'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF',
  'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU',
  'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN',
  'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME',
  'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MY', 'MZ', 'NA', 'NC',
  'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN',
  'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ',
  'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL',
  'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU',
  'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
];

/**
 * Every ISO 3166-1 country (nationalities, REL TO, issuing countries): the `country` enum had
 * US and MX only, so a Guatemalan national could not be recorded. Agencies stay in the US or
 * Mexico (a check: agreements and markings are written for those two).
 *
 * ADD VALUE runs inside the migration's transaction (PostgreSQL 12+); the new values are only
 * usable once it commits, and nothing here uses them.
 */
export class Countries1796122620102 implements MigrationInterface {
  name = 'Countries1796122620102';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const code of NEW_COUNTRIES) await queryRunner.query(`ALTER TYPE "country" ADD VALUE IF NOT EXISTS '${code}'`);
    await queryRunner.query(`ALTER TABLE "agencies" ADD CONSTRAINT "agencies_country_us_mx" CHECK ("country" IN ('US', 'MX'))`);
  }

  /**
   * PostgreSQL cannot remove enum values: the type is rebuilt with US and MX, every column of it
   * converted. Refused while any row names another country (converting would lose markings).
   */
  async down(queryRunner: QueryRunner): Promise<void> {
    const columns: { table: string; column: string; array: boolean; default: string | null }[] = await queryRunner.query(`
      SELECT c.table_name AS "table", c.column_name AS "column", c.data_type = 'ARRAY' AS "array", c.column_default AS "default"
        FROM information_schema.columns c
       WHERE c.table_schema = 'public' AND c.udt_name IN ('country', '_country')`);
    for (const { table, column, array } of columns) {
      const others = array ? `EXISTS (SELECT 1 FROM unnest("${column}") v WHERE v::text NOT IN ('US', 'MX'))` : `"${column}"::text NOT IN ('US', 'MX')`;
      const [{ used }] = await queryRunner.query(`SELECT EXISTS (SELECT 1 FROM "${table}" WHERE ${others}) AS used`);
      if (used) throw new Error(`Countries down: ${table}.${column} names countries other than US and MX; change those rows first`);
    }
    await queryRunner.query('ALTER TABLE "agencies" DROP CONSTRAINT "agencies_country_us_mx"');
    await queryRunner.query('ALTER TYPE "country" RENAME TO "country_old"');
    await queryRunner.query(`CREATE TYPE "country" AS ENUM ('US', 'MX')`);
    for (const { table, column, array, default: defaultValue } of columns) {
      const type = array ? 'country[]' : 'country';
      if (defaultValue !== null) await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" DROP DEFAULT`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" TYPE ${type} USING "${column}"::text${array ? '[]' : ''}::${type}`);
      if (defaultValue !== null) await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "${column}" SET DEFAULT ${defaultValue.replace(/country_old/g, 'country')}`);
    }
    await queryRunner.query('DROP TYPE "country_old"');
  }
}
