import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The public `review` byline becomes one JSON value instead of a group of three columns (public
 * reads walk every field of every document they read). Existing bylines are carried across.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "review" jsonb;
  UPDATE "articles" SET "review" = jsonb_build_object('reviewedBy', "review_reviewed_by", 'lastReviewed', to_char("review_last_reviewed" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'nextReviewDue', to_char("review_next_review_due" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  ALTER TABLE "articles" DROP COLUMN "review_reviewed_by";
  ALTER TABLE "articles" DROP COLUMN "review_last_reviewed";
  ALTER TABLE "articles" DROP COLUMN "review_next_review_due";
  ALTER TABLE "_articles_v" ADD COLUMN "version_review" jsonb;
  UPDATE "_articles_v" SET "version_review" = jsonb_build_object('reviewedBy', "version_review_reviewed_by", 'lastReviewed', to_char("version_review_last_reviewed" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'nextReviewDue', to_char("version_review_next_review_due" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_reviewed_by";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_last_reviewed";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_next_review_due";
  ALTER TABLE "faqs" ADD COLUMN "review" jsonb;
  UPDATE "faqs" SET "review" = jsonb_build_object('reviewedBy', "review_reviewed_by", 'lastReviewed', to_char("review_last_reviewed" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'nextReviewDue', to_char("review_next_review_due" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  ALTER TABLE "faqs" DROP COLUMN "review_reviewed_by";
  ALTER TABLE "faqs" DROP COLUMN "review_last_reviewed";
  ALTER TABLE "faqs" DROP COLUMN "review_next_review_due";
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review" jsonb;
  UPDATE "_faqs_v" SET "version_review" = jsonb_build_object('reviewedBy', "version_review_reviewed_by", 'lastReviewed', to_char("version_review_last_reviewed" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'nextReviewDue', to_char("version_review_next_review_due" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_reviewed_by";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_last_reviewed";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review_next_review_due";
  ALTER TABLE "trials" ADD COLUMN "review" jsonb;
  UPDATE "trials" SET "review" = jsonb_build_object('reviewedBy', "review_reviewed_by", 'lastReviewed', to_char("review_last_reviewed" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'nextReviewDue', to_char("review_next_review_due" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  ALTER TABLE "trials" DROP COLUMN "review_reviewed_by";
  ALTER TABLE "trials" DROP COLUMN "review_last_reviewed";
  ALTER TABLE "trials" DROP COLUMN "review_next_review_due";
  ALTER TABLE "_trials_v" ADD COLUMN "version_review" jsonb;
  UPDATE "_trials_v" SET "version_review" = jsonb_build_object('reviewedBy', "version_review_reviewed_by", 'lastReviewed', to_char("version_review_last_reviewed" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'nextReviewDue', to_char("version_review_next_review_due" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  ALTER TABLE "_trials_v" DROP COLUMN "version_review_reviewed_by";
  ALTER TABLE "_trials_v" DROP COLUMN "version_review_last_reviewed";
  ALTER TABLE "_trials_v" DROP COLUMN "version_review_next_review_due";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "review_reviewed_by" jsonb;
  ALTER TABLE "articles" ADD COLUMN "review_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_next_review_due" timestamp(3) with time zone;
  UPDATE "articles" SET "review_reviewed_by" = "review" -> 'reviewedBy', "review_last_reviewed" = ("review" ->> 'lastReviewed')::timestamptz, "review_next_review_due" = ("review" ->> 'nextReviewDue')::timestamptz;
  ALTER TABLE "articles" DROP COLUMN "review";
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_reviewed_by" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_next_review_due" timestamp(3) with time zone;
  UPDATE "_articles_v" SET "version_review_reviewed_by" = "version_review" -> 'reviewedBy', "version_review_last_reviewed" = ("version_review" ->> 'lastReviewed')::timestamptz, "version_review_next_review_due" = ("version_review" ->> 'nextReviewDue')::timestamptz;
  ALTER TABLE "_articles_v" DROP COLUMN "version_review";
  ALTER TABLE "faqs" ADD COLUMN "review_reviewed_by" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "review_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "faqs" ADD COLUMN "review_next_review_due" timestamp(3) with time zone;
  UPDATE "faqs" SET "review_reviewed_by" = "review" -> 'reviewedBy', "review_last_reviewed" = ("review" ->> 'lastReviewed')::timestamptz, "review_next_review_due" = ("review" ->> 'nextReviewDue')::timestamptz;
  ALTER TABLE "faqs" DROP COLUMN "review";
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_reviewed_by" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_review_next_review_due" timestamp(3) with time zone;
  UPDATE "_faqs_v" SET "version_review_reviewed_by" = "version_review" -> 'reviewedBy', "version_review_last_reviewed" = ("version_review" ->> 'lastReviewed')::timestamptz, "version_review_next_review_due" = ("version_review" ->> 'nextReviewDue')::timestamptz;
  ALTER TABLE "_faqs_v" DROP COLUMN "version_review";
  ALTER TABLE "trials" ADD COLUMN "review_reviewed_by" jsonb;
  ALTER TABLE "trials" ADD COLUMN "review_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "trials" ADD COLUMN "review_next_review_due" timestamp(3) with time zone;
  UPDATE "trials" SET "review_reviewed_by" = "review" -> 'reviewedBy', "review_last_reviewed" = ("review" ->> 'lastReviewed')::timestamptz, "review_next_review_due" = ("review" ->> 'nextReviewDue')::timestamptz;
  ALTER TABLE "trials" DROP COLUMN "review";
  ALTER TABLE "_trials_v" ADD COLUMN "version_review_reviewed_by" jsonb;
  ALTER TABLE "_trials_v" ADD COLUMN "version_review_last_reviewed" timestamp(3) with time zone;
  ALTER TABLE "_trials_v" ADD COLUMN "version_review_next_review_due" timestamp(3) with time zone;
  UPDATE "_trials_v" SET "version_review_reviewed_by" = "version_review" -> 'reviewedBy', "version_review_last_reviewed" = ("version_review" ->> 'lastReviewed')::timestamptz, "version_review_next_review_due" = ("version_review" ->> 'nextReviewDue')::timestamptz;
  ALTER TABLE "_trials_v" DROP COLUMN "version_review";`)
}
