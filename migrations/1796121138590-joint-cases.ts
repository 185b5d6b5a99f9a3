import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = ['case_notes', 'case_note_versions', 'case_events'];

export class JointCases1796121138590 implements MigrationInterface {
  name = 'JointCases1796121138590';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"case_event_kind\" AS ENUM('CREATED', 'UPDATED', 'PARTICIPANT_ADDED', 'PARTICIPANT_REMOVED', 'LINK_ADDED', 'LINK_REMOVED', 'NOTE_ADDED', 'NOTE_EDITED', 'TASK_CREATED', 'TASK_DONE', 'TASK_REOPENED', 'WARRANT_STATUS_CHANGED')",
    );
    await queryRunner.query(
      'CREATE TABLE "case_events" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" "public"."case_event_kind" NOT NULL, "actor_id" uuid NOT NULL, "agency_id" uuid, "record_type" "public"."record_type", "record_id" uuid, "note_id" uuid, "task_id" uuid, "changed_fields" text array, CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_events_case_at_idx" ON "case_events"  ("case_id", "at", "id") ');
    await queryRunner.query('CREATE TYPE "public"."case_task_status" AS ENUM(\'OPEN\', \'DONE\')');
    await queryRunner.query(
      'CREATE TABLE "case_tasks" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "title" character varying(300) NOT NULL, "assignee_id" uuid NOT NULL, "due_on" date, "status" "public"."case_task_status" NOT NULL DEFAULT \'OPEN\', "created_by" uuid NOT NULL, "done_at" TIMESTAMP WITH TIME ZONE, "done_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6884bc205016f0df75a601d9311" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_tasks_case_idx" ON "case_tasks"  ("case_id", "id") ');
    await queryRunner.query(
      'CREATE TABLE "case_notes" ("id" uuid NOT NULL, "case_id" uuid NOT NULL, "author_id" uuid NOT NULL, "author_agency_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_474011f166285b8da9a653af5c5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "case_notes_case_idx" ON "case_notes"  ("case_id", "id") ');
    await queryRunner.query(
      'CREATE TABLE "case_note_versions" ("note_id" uuid NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "written_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_7d87ecc9a007af0f839a5772f20" PRIMARY KEY ("note_id", "version"))',
    );
    await queryRunner.query('ALTER TABLE "cases" ADD "version" integer NOT NULL DEFAULT \'1\'');
    await queryRunner.query(
      'ALTER TABLE "case_events" ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_tasks" ADD CONSTRAINT "FK_56c02dfdf393503573560ef2830" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_notes" ADD CONSTRAINT "FK_4d26581343306e406774e5c9c8c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_note_versions" ADD CONSTRAINT "FK_9007389cf9175a216edbee614fb" FOREIGN KEY ("note_id") REFERENCES "case_notes"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    // A case's notes (every version) and timeline are its record: append-only.
    await queryRunner.query(`
      CREATE FUNCTION frontera_case_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of APPEND_ONLY) {
      await queryRunner.query(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION frontera_case_record_append_only()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION frontera_case_record_append_only()`,
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of APPEND_ONLY) {
      await queryRunner.query(`DROP TRIGGER ${table}_no_truncate ON ${table}`);
      await queryRunner.query(`DROP TRIGGER ${table}_append_only ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION frontera_case_record_append_only()');
    await queryRunner.query('ALTER TABLE "case_note_versions" DROP CONSTRAINT "FK_9007389cf9175a216edbee614fb"');
    await queryRunner.query('ALTER TABLE "case_notes" DROP CONSTRAINT "FK_4d26581343306e406774e5c9c8c"');
    await queryRunner.query('ALTER TABLE "case_tasks" DROP CONSTRAINT "FK_56c02dfdf393503573560ef2830"');
    await queryRunner.query('ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"');
    await queryRunner.query('ALTER TABLE "cases" DROP COLUMN "version"');
    await queryRunner.query('DROP TABLE "case_note_versions"');
    await queryRunner.query('DROP INDEX "public"."case_notes_case_idx"');
    await queryRunner.query('DROP TABLE "case_notes"');
    await queryRunner.query('DROP INDEX "public"."case_tasks_case_idx"');
    await queryRunner.query('DROP TABLE "case_tasks"');
    await queryRunner.query('DROP TYPE "public"."case_task_status"');
    await queryRunner.query('DROP INDEX "public"."case_events_case_at_idx"');
    await queryRunner.query('DROP TABLE "case_events"');
    await queryRunner.query('DROP TYPE "public"."case_event_kind"');
  }
}
