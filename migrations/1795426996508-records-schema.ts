import { MigrationInterface, QueryRunner } from 'typeorm';

/** Agencies, users and the five record types with their links (generated from the entities, then reviewed). */
export class RecordsSchema1795426996508 implements MigrationInterface {
  name = 'RecordsSchema1795426996508';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TYPE "public"."country" AS ENUM(\'US\', \'MX\')');
    await queryRunner.query(
      'CREATE TABLE "agencies" ("id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "country" "public"."country" NOT NULL, CONSTRAINT "UQ_6acd8cc6374916c08b4d7f060c8" UNIQUE ("code"), CONSTRAINT "PK_8ab1f1f53f56c8255b0d7e68b28" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"role\" AS ENUM('ANALYST', 'INVESTIGATOR', 'INTAKE_OFFICER', 'LIAISON_OFFICER', 'AGENCY_ADMIN')",
    );
    await queryRunner.query(
      'CREATE TABLE "users" ("id" uuid NOT NULL, "agency_id" uuid NOT NULL, "email" character varying(254) NOT NULL, "display_name" character varying(200) NOT NULL, "roles" "public"."role" array NOT NULL, "password_hash" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_97672ac88f789774dd47f7c8be3" UNIQUE ("email"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "users_agency_idx" ON "users"  ("agency_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"tlp\" AS ENUM('CLEAR', 'GREEN', 'AMBER', 'AMBER_STRICT', 'RED')");
    await queryRunner.query("CREATE TYPE \"public\".\"case_status\" AS ENUM('OPEN', 'ACTIVE', 'SUSPENDED', 'CLOSED')");
    await queryRunner.query(
      'CREATE TABLE "cases" ("id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "tlp" "public"."tlp" NOT NULL, "releasable_to" "public"."country" array NOT NULL DEFAULT \'{}\', "originator_controlled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "case_number" character varying(100) NOT NULL, "title" character varying(300) NOT NULL, "status" "public"."case_status" NOT NULL DEFAULT \'OPEN\', "lead_agency_id" uuid NOT NULL, "participating_agency_ids" uuid array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "cases_owner_number_key" ON "cases"  ("owner_agency_id", "case_number") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"record_type\" AS ENUM('ORGANIZATION', 'SUSPECT', 'WARRANT', 'TIP', 'CASE')",
    );
    await queryRunner.query(
      'CREATE TABLE "case_links" ("case_id" uuid NOT NULL, "record_type" "public"."record_type" NOT NULL, "record_id" uuid NOT NULL, CONSTRAINT "PK_e7c0db126d65f229c2b84e6f1a4" PRIMARY KEY ("case_id", "record_type", "record_id"))',
    );
    await queryRunner.query('CREATE INDEX "case_links_record_idx" ON "case_links"  ("record_type", "record_id") ');
    await queryRunner.query("CREATE TYPE \"public\".\"sex\" AS ENUM('FEMALE', 'MALE', 'UNKNOWN')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"suspect_status\" AS ENUM('AT_LARGE', 'IN_CUSTODY', 'EXTRADITED', 'DECEASED', 'UNKNOWN')",
    );
    await queryRunner.query(
      'CREATE TABLE "suspects" ("id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "tlp" "public"."tlp" NOT NULL, "releasable_to" "public"."country" array NOT NULL DEFAULT \'{}\', "originator_controlled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "given_names" character varying(200) NOT NULL, "paternal_surname" character varying(200) NOT NULL, "maternal_surname" character varying(200), "aliases" text array NOT NULL DEFAULT \'{}\', "date_of_birth" date, "sex" "public"."sex", "nationalities" "public"."country" array NOT NULL DEFAULT \'{}\', "identifiers" jsonb NOT NULL DEFAULT \'[]\', "status" "public"."suspect_status" NOT NULL DEFAULT \'AT_LARGE\', CONSTRAINT "PK_b33ecac70b8545e25d0dbac7b12" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "suspects_owner_id_idx" ON "suspects"  ("owner_agency_id", "id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organization_kind\" AS ENUM('SMUGGLING_RING', 'CARTEL', 'GANG', 'CELL')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"activity\" AS ENUM('HUMAN_SMUGGLING', 'KIDNAPPING', 'EXTORTION', 'DRUG_TRAFFICKING', 'MURDER_FOR_HIRE', 'MONEY_LAUNDERING')",
    );
    await queryRunner.query(
      'CREATE TABLE "organizations" ("id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "tlp" "public"."tlp" NOT NULL, "releasable_to" "public"."country" array NOT NULL DEFAULT \'{}\', "originator_controlled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "aliases" text array NOT NULL DEFAULT \'{}\', "kind" "public"."organization_kind" NOT NULL, "activities" "public"."activity" array NOT NULL DEFAULT \'{}\', "base_of_operations" character varying(200), "routes" jsonb NOT NULL DEFAULT \'[]\', CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "organizations_owner_id_idx" ON "organizations"  ("owner_agency_id", "id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"membership_role\" AS ENUM('LEADER', 'RECRUITER', 'GUIDE', 'DRIVER', 'STASH_HOUSE_KEEPER', 'COLLECTOR', 'MEMBER')",
    );
    await queryRunner.query(
      'CREATE TABLE "memberships" ("suspect_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL, "since" date, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_317fb9a3ec172f9f027fae6a039" PRIMARY KEY ("suspect_id", "organization_id", "role"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_e5380c394ec7912046d07b5429" ON "memberships"  ("organization_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"affiliation_kind\" AS ENUM('TIED_TO', 'FACTION_OF', 'ALLIED_WITH', 'RIVAL_OF')",
    );
    await queryRunner.query(
      'CREATE TABLE "organization_affiliations" ("organization_id" uuid NOT NULL, "affiliated_organization_id" uuid NOT NULL, "kind" "public"."affiliation_kind" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e3cce989b7d0802dd580cbe838" PRIMARY KEY ("organization_id", "affiliated_organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fb0437e62555130b24a001b64c" ON "organization_affiliations"  ("affiliated_organization_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"tip_channel\" AS ENUM('HOTLINE', 'WHATSAPP', 'WEB', 'WALK_IN', 'PARTNER_REFERRAL')",
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"tip_status\" AS ENUM('NEW', 'TRIAGED', 'ACTIONABLE', 'REFERRED', 'CLOSED')",
    );
    await queryRunner.query("CREATE TYPE \"public\".\"source_reliability\" AS ENUM('A', 'B', 'C', 'D', 'E', 'F')");
    await queryRunner.query(
      'CREATE TABLE "tips" ("id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "tlp" "public"."tlp" NOT NULL, "releasable_to" "public"."country" array NOT NULL DEFAULT \'{}\', "originator_controlled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "channel" "public"."tip_channel" NOT NULL, "language" character varying(2) NOT NULL, "received_in" "public"."country", "narrative" text NOT NULL, "status" "public"."tip_status" NOT NULL DEFAULT \'NEW\', "source_reliability" "public"."source_reliability", "information_credibility" smallint, "tipster_sealed" bytea NOT NULL, CONSTRAINT "PK_b63a628fdfd7517d8e58fe39199" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tips_owner_received_idx" ON "tips"  ("owner_agency_id", "received_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tip_subjects" ("tip_id" uuid NOT NULL, "suspect_id" uuid NOT NULL, CONSTRAINT "PK_34eb7fde370f1cfe9fc85e0ff2d" PRIMARY KEY ("tip_id", "suspect_id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_abdd369b6e59f65f6956feb806" ON "tip_subjects"  ("suspect_id") ');
    await queryRunner.query(
      'CREATE TABLE "tip_organizations" ("tip_id" uuid NOT NULL, "organization_id" uuid NOT NULL, CONSTRAINT "PK_cd58440fb38b9f91584e1abff73" PRIMARY KEY ("tip_id", "organization_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_37da534150cac1225d6570ac65" ON "tip_organizations"  ("organization_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"warrant_status\" AS ENUM('ISSUED', 'ACTIVE', 'EXECUTED', 'SUSPENDED', 'CANCELLED', 'EXPIRED')",
    );
    await queryRunner.query(
      'CREATE TABLE "warrants" ("id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "tlp" "public"."tlp" NOT NULL, "releasable_to" "public"."country" array NOT NULL DEFAULT \'{}\', "originator_controlled" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "number" character varying(100) NOT NULL, "issuing_country" "public"."country" NOT NULL, "issuing_authority" character varying(200) NOT NULL, "charges" text array NOT NULL DEFAULT \'{}\', "subject_id" uuid NOT NULL, "issue_date" date, "status" "public"."warrant_status" NOT NULL, "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_46da8a883c846eafa79486de6a5" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_0d27744c86fb7dbb14b3e901bc" ON "warrants"  ("subject_id") ');
    await queryRunner.query('CREATE INDEX "warrants_owner_id_idx" ON "warrants"  ("owner_agency_id", "id") ');
    await queryRunner.query(
      'CREATE TABLE "warrant_external_refs" ("id" uuid NOT NULL, "warrant_id" uuid NOT NULL, "owner_agency_id" uuid NOT NULL, "source_system" character varying(100) NOT NULL, "external_id" character varying(200) NOT NULL, CONSTRAINT "PK_0fae12eb52dd451e0105eabf874" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_050ffd12a14b086570f46e9585" ON "warrant_external_refs"  ("warrant_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "warrant_external_refs_key" ON "warrant_external_refs"  ("owner_agency_id", "source_system", "external_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "warrant_status_changes" ("id" uuid NOT NULL, "warrant_id" uuid NOT NULL, "status" "public"."warrant_status" NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "source_system" character varying(100), "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "applied" boolean NOT NULL DEFAULT true, "note" character varying(2000), "recorded_by" uuid, CONSTRAINT "PK_defc1d0418b95c0c544d08f390c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "warrant_status_changes_warrant_idx" ON "warrant_status_changes"  ("warrant_id", "changed_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "users" ADD CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76" FOREIGN KEY ("agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_8d4e5923da8f9f6cdcbcb86aceb" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "cases" ADD CONSTRAINT "FK_3c27fbe951046234069d8557908" FOREIGN KEY ("lead_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "case_links" ADD CONSTRAINT "FK_7d06e536ebfb6a7b2f9716c4077" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "suspects" ADD CONSTRAINT "FK_ae9e749c2472d9edc0c46d51958" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organizations" ADD CONSTRAINT "FK_b2e7186c8fc51e5695c4fb0d9b6" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_3b2160c6334a30393701b011c6d" FOREIGN KEY ("suspect_id") REFERENCES "suspects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "memberships" ADD CONSTRAINT "FK_e5380c394ec7912046d07b54290" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_affiliations" ADD CONSTRAINT "FK_39a025e01aab2748e1cd764c17f" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization_affiliations" ADD CONSTRAINT "FK_fb0437e62555130b24a001b64c3" FOREIGN KEY ("affiliated_organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tips" ADD CONSTRAINT "FK_e6d9c7e3e8f7de7a38d29f657b5" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tip_subjects" ADD CONSTRAINT "FK_97021ff717b43b7e9db37dda383" FOREIGN KEY ("tip_id") REFERENCES "tips"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tip_subjects" ADD CONSTRAINT "FK_abdd369b6e59f65f6956feb806b" FOREIGN KEY ("suspect_id") REFERENCES "suspects"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tip_organizations" ADD CONSTRAINT "FK_d2de166f3c456665639bba531de" FOREIGN KEY ("tip_id") REFERENCES "tips"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tip_organizations" ADD CONSTRAINT "FK_37da534150cac1225d6570ac652" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "warrants" ADD CONSTRAINT "FK_4b2a9b094e8b43e31060a6dff2e" FOREIGN KEY ("owner_agency_id") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "warrants" ADD CONSTRAINT "FK_0d27744c86fb7dbb14b3e901bc2" FOREIGN KEY ("subject_id") REFERENCES "suspects"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "warrant_external_refs" ADD CONSTRAINT "FK_050ffd12a14b086570f46e9585d" FOREIGN KEY ("warrant_id") REFERENCES "warrants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "warrant_status_changes" ADD CONSTRAINT "FK_1b4b7b13ab66304640969be9627" FOREIGN KEY ("warrant_id") REFERENCES "warrants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    // Name search (see SEARCH_DOCUMENT in libs/cases): trigram GIN over accent-folded names and aliases.
    await queryRunner.query(
      'CREATE INDEX "suspects_search_trgm_idx" ON "suspects" USING gin (frontera_search_text(ARRAY[given_names::text, paternal_surname::text, maternal_surname::text] || aliases) gin_trgm_ops)',
    );
    await queryRunner.query(
      'CREATE INDEX "organizations_search_trgm_idx" ON "organizations" USING gin (frontera_search_text(ARRAY[name::text] || aliases) gin_trgm_ops)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "organizations_search_trgm_idx"');
    await queryRunner.query('DROP INDEX "suspects_search_trgm_idx"');
    await queryRunner.query('ALTER TABLE "warrant_status_changes" DROP CONSTRAINT "FK_1b4b7b13ab66304640969be9627"');
    await queryRunner.query('ALTER TABLE "warrant_external_refs" DROP CONSTRAINT "FK_050ffd12a14b086570f46e9585d"');
    await queryRunner.query('ALTER TABLE "warrants" DROP CONSTRAINT "FK_0d27744c86fb7dbb14b3e901bc2"');
    await queryRunner.query('ALTER TABLE "warrants" DROP CONSTRAINT "FK_4b2a9b094e8b43e31060a6dff2e"');
    await queryRunner.query('ALTER TABLE "tip_organizations" DROP CONSTRAINT "FK_37da534150cac1225d6570ac652"');
    await queryRunner.query('ALTER TABLE "tip_organizations" DROP CONSTRAINT "FK_d2de166f3c456665639bba531de"');
    await queryRunner.query('ALTER TABLE "tip_subjects" DROP CONSTRAINT "FK_abdd369b6e59f65f6956feb806b"');
    await queryRunner.query('ALTER TABLE "tip_subjects" DROP CONSTRAINT "FK_97021ff717b43b7e9db37dda383"');
    await queryRunner.query('ALTER TABLE "tips" DROP CONSTRAINT "FK_e6d9c7e3e8f7de7a38d29f657b5"');
    await queryRunner.query('ALTER TABLE "organization_affiliations" DROP CONSTRAINT "FK_fb0437e62555130b24a001b64c3"');
    await queryRunner.query('ALTER TABLE "organization_affiliations" DROP CONSTRAINT "FK_39a025e01aab2748e1cd764c17f"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_e5380c394ec7912046d07b54290"');
    await queryRunner.query('ALTER TABLE "memberships" DROP CONSTRAINT "FK_3b2160c6334a30393701b011c6d"');
    await queryRunner.query('ALTER TABLE "organizations" DROP CONSTRAINT "FK_b2e7186c8fc51e5695c4fb0d9b6"');
    await queryRunner.query('ALTER TABLE "suspects" DROP CONSTRAINT "FK_ae9e749c2472d9edc0c46d51958"');
    await queryRunner.query('ALTER TABLE "case_links" DROP CONSTRAINT "FK_7d06e536ebfb6a7b2f9716c4077"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_3c27fbe951046234069d8557908"');
    await queryRunner.query('ALTER TABLE "cases" DROP CONSTRAINT "FK_8d4e5923da8f9f6cdcbcb86aceb"');
    await queryRunner.query('ALTER TABLE "users" DROP CONSTRAINT "FK_6fdb3282cea9ba5877ab476aa76"');
    await queryRunner.query('DROP INDEX "public"."warrant_status_changes_warrant_idx"');
    await queryRunner.query('DROP TABLE "warrant_status_changes"');
    await queryRunner.query('DROP INDEX "public"."warrant_external_refs_key"');
    await queryRunner.query('DROP INDEX "public"."IDX_050ffd12a14b086570f46e9585"');
    await queryRunner.query('DROP TABLE "warrant_external_refs"');
    await queryRunner.query('DROP INDEX "public"."warrants_owner_id_idx"');
    await queryRunner.query('DROP INDEX "public"."IDX_0d27744c86fb7dbb14b3e901bc"');
    await queryRunner.query('DROP TABLE "warrants"');
    await queryRunner.query('DROP TYPE "public"."warrant_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_37da534150cac1225d6570ac65"');
    await queryRunner.query('DROP TABLE "tip_organizations"');
    await queryRunner.query('DROP INDEX "public"."IDX_abdd369b6e59f65f6956feb806"');
    await queryRunner.query('DROP TABLE "tip_subjects"');
    await queryRunner.query('DROP INDEX "public"."tips_owner_received_idx"');
    await queryRunner.query('DROP TABLE "tips"');
    await queryRunner.query('DROP TYPE "public"."source_reliability"');
    await queryRunner.query('DROP TYPE "public"."tip_status"');
    await queryRunner.query('DROP TYPE "public"."tip_channel"');
    await queryRunner.query('DROP INDEX "public"."IDX_fb0437e62555130b24a001b64c"');
    await queryRunner.query('DROP TABLE "organization_affiliations"');
    await queryRunner.query('DROP TYPE "public"."affiliation_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_e5380c394ec7912046d07b5429"');
    await queryRunner.query('DROP TABLE "memberships"');
    await queryRunner.query('DROP TYPE "public"."membership_role"');
    await queryRunner.query('DROP INDEX "public"."organizations_owner_id_idx"');
    await queryRunner.query('DROP TABLE "organizations"');
    await queryRunner.query('DROP TYPE "public"."activity"');
    await queryRunner.query('DROP TYPE "public"."organization_kind"');
    await queryRunner.query('DROP INDEX "public"."suspects_owner_id_idx"');
    await queryRunner.query('DROP TABLE "suspects"');
    await queryRunner.query('DROP TYPE "public"."suspect_status"');
    await queryRunner.query('DROP TYPE "public"."sex"');
    await queryRunner.query('DROP INDEX "public"."case_links_record_idx"');
    await queryRunner.query('DROP TABLE "case_links"');
    await queryRunner.query('DROP TYPE "public"."record_type"');
    await queryRunner.query('DROP INDEX "public"."cases_owner_number_key"');
    await queryRunner.query('DROP TABLE "cases"');
    await queryRunner.query('DROP TYPE "public"."case_status"');
    await queryRunner.query('DROP TYPE "public"."tlp"');
    await queryRunner.query('DROP INDEX "public"."users_agency_idx"');
    await queryRunner.query('DROP TABLE "users"');
    await queryRunner.query('DROP TYPE "public"."role"');
    await queryRunner.query('DROP TABLE "agencies"');
    await queryRunner.query('DROP TYPE "public"."country"');
  }
}
