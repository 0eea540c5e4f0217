import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_events_action" ADD VALUE 'assigned';
  ALTER TABLE "articles" ADD COLUMN "medical_review_assignment" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_assignment" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_assignment" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_assignment" jsonb;
  ALTER TABLE "trials" ADD COLUMN "medical_review_assignment" jsonb;
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_assignment" jsonb;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_events_action";
  CREATE TYPE "public"."enum_review_events_action" AS ENUM('submitted', 'claim_decided', 'changes_requested', 'signed', 'signoff_failed', 'invalidated', 'publish_blocked', 'published', 'unpublished', 'deleted', 'signer_profile_changed', 'bypass');
  ALTER TABLE "review_events" ALTER COLUMN "action" SET DATA TYPE "public"."enum_review_events_action" USING "action"::"public"."enum_review_events_action";
  ALTER TABLE "articles" DROP COLUMN "medical_review_assignment";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_assignment";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_assignment";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_assignment";
  ALTER TABLE "trials" DROP COLUMN "medical_review_assignment";
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_assignment";`)
}
