import { MigrationInterface, QueryRunner } from 'typeorm';

/** API keys for integration scripts (only a hash of each secret). */
export class ApiKeys1795427809359 implements MigrationInterface {
  name = 'ApiKeys1795427809359';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "api_keys" ("id" uuid NOT NULL, "agency_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "scopes" text array NOT NULL, "secret_hash" bytea NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_5c8a79801b44bd27b79228e1dad" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_03a2521323bd52f34bf349f234" ON "api_keys"  ("agency_id") ');
    await queryRunner.query(
      'ALTER TABLE "api_keys" ADD CONSTRAINT "FK_03a2521323bd52f34bf349f234a" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "api_keys" DROP CONSTRAINT "FK_03a2521323bd52f34bf349f234a"');
    await queryRunner.query('DROP INDEX "public"."IDX_03a2521323bd52f34bf349f234"');
    await queryRunner.query('DROP TABLE "api_keys"');
  }
}
