import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (one row per recipient) and the agencies' webhooks with their delivery log. Row
 * triggers NOTIFY at commit: every API instance hears each notification (its subscribers) and
 * each new delivery (its dispatcher), whichever instance wrote it.
 */
export class Notifications1796134214842 implements MigrationInterface {
  name = 'Notifications1796134214842';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"notification_kind\" AS ENUM('SHARE_REQUESTED', 'SHARE_DECIDED', 'SHARE_REVOKED', 'SHARE_EXPIRING', 'TIP_REFERRED', 'DISCOVERY_HIT', 'MATCH_FOUND')",
    );
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL, "recipient_user_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "kind" "public"."notification_kind" NOT NULL, "record_type" "public"."record_type", "record_id" uuid, "sharing_request_id" uuid, "message" text NOT NULL, "once_key" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "notifications_once_idx" ON "notifications"  ("recipient_user_id", "once_key") WHERE once_key IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_recipient_unread_idx" ON "notifications"  ("recipient_user_id", "id") WHERE read_at IS NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_recipient_idx" ON "notifications"  ("recipient_user_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "notifications_sharing_request_idx" ON "notifications"  ("sharing_request_id") WHERE sharing_request_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "webhooks" ("id" uuid NOT NULL, "agency_id" uuid NOT NULL, "url" text NOT NULL, "secret_sealed" bytea NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deleted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_9e8795cfc899ab7bdaa831e8527" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "webhooks_agency_idx" ON "webhooks"  ("agency_id") WHERE deleted_at IS NULL');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"webhook_delivery_status\" AS ENUM('PENDING', 'DELIVERED', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL, "webhook_id" uuid NOT NULL, "agency_id" uuid NOT NULL, "event_id" uuid NOT NULL, "kind" text NOT NULL, "payload" jsonb NOT NULL, "status" "public"."webhook_delivery_status" NOT NULL DEFAULT \'PENDING\', "attempts" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries"  ("webhook_id", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries"  ("next_attempt_at") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_2726bde496d82b6401532ab1477" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhooks" ADD CONSTRAINT "FK_57ad8ed32262bb705231133e5cf" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(`
      CREATE FUNCTION frontera_notify_notification_added() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('frontera_notification_added', NEW.id::text || ':' || NEW.recipient_user_id::text);
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER notifications_added AFTER INSERT ON notifications FOR EACH ROW EXECUTE FUNCTION frontera_notify_notification_added()',
    );
    await queryRunner.query(`
      CREATE FUNCTION frontera_notify_webhook_due() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('frontera_webhook_due', '');
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      'CREATE TRIGGER webhook_deliveries_due AFTER INSERT ON webhook_deliveries FOR EACH STATEMENT EXECUTE FUNCTION frontera_notify_webhook_due()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER webhook_deliveries_due ON webhook_deliveries');
    await queryRunner.query('DROP FUNCTION frontera_notify_webhook_due()');
    await queryRunner.query('DROP TRIGGER notifications_added ON notifications');
    await queryRunner.query('DROP FUNCTION frontera_notify_notification_added()');
    await queryRunner.query('ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_a0286aeb96db651efd1ae2966f2"');
    await queryRunner.query('ALTER TABLE "webhooks" DROP CONSTRAINT "FK_57ad8ed32262bb705231133e5cf"');
    await queryRunner.query('ALTER TABLE "notifications" DROP CONSTRAINT "FK_2726bde496d82b6401532ab1477"');
    await queryRunner.query('DROP INDEX "public"."webhook_deliveries_due_idx"');
    await queryRunner.query('DROP INDEX "public"."webhook_deliveries_webhook_idx"');
    await queryRunner.query('DROP TABLE "webhook_deliveries"');
    await queryRunner.query('DROP TYPE "public"."webhook_delivery_status"');
    await queryRunner.query('DROP INDEX "public"."webhooks_agency_idx"');
    await queryRunner.query('DROP TABLE "webhooks"');
    await queryRunner.query('DROP INDEX "public"."notifications_sharing_request_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_recipient_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_recipient_unread_idx"');
    await queryRunner.query('DROP INDEX "public"."notifications_once_idx"');
    await queryRunner.query('DROP TABLE "notifications"');
    await queryRunner.query('DROP TYPE "public"."notification_kind"');
  }
}
