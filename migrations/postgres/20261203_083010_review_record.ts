import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * The review state's parts that nothing queries by value (who edited, the claims, the sign-off,
 * changes requested, the assignment) become one JSON value, `medical_review_record`, instead of six
 * columns: public reads walk every field of every document they read. Existing state is carried
 * across, on every document and every version.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "medical_review_record" jsonb;
  UPDATE "articles" SET "medical_review_record" = jsonb_build_object('contentEditedBy', "medical_review_content_edited_by", 'contentEditors', "medical_review_content_editors", 'claims', "medical_review_claims", 'signOff', "medical_review_sign_off", 'changesRequested', "medical_review_changes_requested", 'assignment', "medical_review_assignment");
  ALTER TABLE "articles" DROP COLUMN "medical_review_content_edited_by";
  ALTER TABLE "articles" DROP COLUMN "medical_review_content_editors";
  ALTER TABLE "articles" DROP COLUMN "medical_review_claims";
  ALTER TABLE "articles" DROP COLUMN "medical_review_sign_off";
  ALTER TABLE "articles" DROP COLUMN "medical_review_changes_requested";
  ALTER TABLE "articles" DROP COLUMN "medical_review_assignment";
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_record" jsonb;
  UPDATE "_articles_v" SET "version_medical_review_record" = jsonb_build_object('contentEditedBy', "version_medical_review_content_edited_by", 'contentEditors', "version_medical_review_content_editors", 'claims', "version_medical_review_claims", 'signOff', "version_medical_review_sign_off", 'changesRequested', "version_medical_review_changes_requested", 'assignment', "version_medical_review_assignment");
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_content_edited_by";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_content_editors";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_claims";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_sign_off";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_changes_requested";
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_assignment";
  ALTER TABLE "faqs" ADD COLUMN "medical_review_record" jsonb;
  UPDATE "faqs" SET "medical_review_record" = jsonb_build_object('contentEditedBy', "medical_review_content_edited_by", 'contentEditors', "medical_review_content_editors", 'claims', "medical_review_claims", 'signOff', "medical_review_sign_off", 'changesRequested', "medical_review_changes_requested", 'assignment', "medical_review_assignment");
  ALTER TABLE "faqs" DROP COLUMN "medical_review_content_edited_by";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_content_editors";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_claims";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_sign_off";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_changes_requested";
  ALTER TABLE "faqs" DROP COLUMN "medical_review_assignment";
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_record" jsonb;
  UPDATE "_faqs_v" SET "version_medical_review_record" = jsonb_build_object('contentEditedBy', "version_medical_review_content_edited_by", 'contentEditors', "version_medical_review_content_editors", 'claims', "version_medical_review_claims", 'signOff', "version_medical_review_sign_off", 'changesRequested', "version_medical_review_changes_requested", 'assignment', "version_medical_review_assignment");
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_content_edited_by";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_content_editors";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_claims";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_sign_off";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_changes_requested";
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_assignment";
  ALTER TABLE "trials" ADD COLUMN "medical_review_record" jsonb;
  UPDATE "trials" SET "medical_review_record" = jsonb_build_object('contentEditedBy', "medical_review_content_edited_by", 'contentEditors', "medical_review_content_editors", 'claims', "medical_review_claims", 'signOff', "medical_review_sign_off", 'changesRequested', "medical_review_changes_requested", 'assignment', "medical_review_assignment");
  ALTER TABLE "trials" DROP COLUMN "medical_review_content_edited_by";
  ALTER TABLE "trials" DROP COLUMN "medical_review_content_editors";
  ALTER TABLE "trials" DROP COLUMN "medical_review_claims";
  ALTER TABLE "trials" DROP COLUMN "medical_review_sign_off";
  ALTER TABLE "trials" DROP COLUMN "medical_review_changes_requested";
  ALTER TABLE "trials" DROP COLUMN "medical_review_assignment";
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_record" jsonb;
  UPDATE "_trials_v" SET "version_medical_review_record" = jsonb_build_object('contentEditedBy', "version_medical_review_content_edited_by", 'contentEditors', "version_medical_review_content_editors", 'claims', "version_medical_review_claims", 'signOff', "version_medical_review_sign_off", 'changesRequested', "version_medical_review_changes_requested", 'assignment', "version_medical_review_assignment");
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_content_edited_by";
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_content_editors";
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_claims";
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_sign_off";
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_changes_requested";
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_assignment";
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "articles" ADD COLUMN "medical_review_content_edited_by" varchar;
  ALTER TABLE "articles" ADD COLUMN "medical_review_content_editors" jsonb;
  ALTER TABLE "articles" ADD COLUMN "medical_review_claims" jsonb;
  ALTER TABLE "articles" ADD COLUMN "medical_review_sign_off" jsonb;
  ALTER TABLE "articles" ADD COLUMN "medical_review_changes_requested" jsonb;
  ALTER TABLE "articles" ADD COLUMN "medical_review_assignment" jsonb;
  UPDATE "articles" SET "medical_review_content_edited_by" = "medical_review_record"->>'contentEditedBy', "medical_review_content_editors" = NULLIF("medical_review_record"->'contentEditors', 'null'::jsonb), "medical_review_claims" = NULLIF("medical_review_record"->'claims', 'null'::jsonb), "medical_review_sign_off" = NULLIF("medical_review_record"->'signOff', 'null'::jsonb), "medical_review_changes_requested" = NULLIF("medical_review_record"->'changesRequested', 'null'::jsonb), "medical_review_assignment" = NULLIF("medical_review_record"->'assignment', 'null'::jsonb);
  ALTER TABLE "articles" DROP COLUMN "medical_review_record";
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_content_edited_by" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_content_editors" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_claims" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_sign_off" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_changes_requested" jsonb;
  ALTER TABLE "_articles_v" ADD COLUMN "version_medical_review_assignment" jsonb;
  UPDATE "_articles_v" SET "version_medical_review_content_edited_by" = "version_medical_review_record"->>'contentEditedBy', "version_medical_review_content_editors" = NULLIF("version_medical_review_record"->'contentEditors', 'null'::jsonb), "version_medical_review_claims" = NULLIF("version_medical_review_record"->'claims', 'null'::jsonb), "version_medical_review_sign_off" = NULLIF("version_medical_review_record"->'signOff', 'null'::jsonb), "version_medical_review_changes_requested" = NULLIF("version_medical_review_record"->'changesRequested', 'null'::jsonb), "version_medical_review_assignment" = NULLIF("version_medical_review_record"->'assignment', 'null'::jsonb);
  ALTER TABLE "_articles_v" DROP COLUMN "version_medical_review_record";
  ALTER TABLE "faqs" ADD COLUMN "medical_review_content_edited_by" varchar;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_content_editors" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_claims" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_sign_off" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_changes_requested" jsonb;
  ALTER TABLE "faqs" ADD COLUMN "medical_review_assignment" jsonb;
  UPDATE "faqs" SET "medical_review_content_edited_by" = "medical_review_record"->>'contentEditedBy', "medical_review_content_editors" = NULLIF("medical_review_record"->'contentEditors', 'null'::jsonb), "medical_review_claims" = NULLIF("medical_review_record"->'claims', 'null'::jsonb), "medical_review_sign_off" = NULLIF("medical_review_record"->'signOff', 'null'::jsonb), "medical_review_changes_requested" = NULLIF("medical_review_record"->'changesRequested', 'null'::jsonb), "medical_review_assignment" = NULLIF("medical_review_record"->'assignment', 'null'::jsonb);
  ALTER TABLE "faqs" DROP COLUMN "medical_review_record";
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_content_edited_by" varchar;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_content_editors" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_claims" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_sign_off" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_changes_requested" jsonb;
  ALTER TABLE "_faqs_v" ADD COLUMN "version_medical_review_assignment" jsonb;
  UPDATE "_faqs_v" SET "version_medical_review_content_edited_by" = "version_medical_review_record"->>'contentEditedBy', "version_medical_review_content_editors" = NULLIF("version_medical_review_record"->'contentEditors', 'null'::jsonb), "version_medical_review_claims" = NULLIF("version_medical_review_record"->'claims', 'null'::jsonb), "version_medical_review_sign_off" = NULLIF("version_medical_review_record"->'signOff', 'null'::jsonb), "version_medical_review_changes_requested" = NULLIF("version_medical_review_record"->'changesRequested', 'null'::jsonb), "version_medical_review_assignment" = NULLIF("version_medical_review_record"->'assignment', 'null'::jsonb);
  ALTER TABLE "_faqs_v" DROP COLUMN "version_medical_review_record";
  ALTER TABLE "trials" ADD COLUMN "medical_review_content_edited_by" varchar;
  ALTER TABLE "trials" ADD COLUMN "medical_review_content_editors" jsonb;
  ALTER TABLE "trials" ADD COLUMN "medical_review_claims" jsonb;
  ALTER TABLE "trials" ADD COLUMN "medical_review_sign_off" jsonb;
  ALTER TABLE "trials" ADD COLUMN "medical_review_changes_requested" jsonb;
  ALTER TABLE "trials" ADD COLUMN "medical_review_assignment" jsonb;
  UPDATE "trials" SET "medical_review_content_edited_by" = "medical_review_record"->>'contentEditedBy', "medical_review_content_editors" = NULLIF("medical_review_record"->'contentEditors', 'null'::jsonb), "medical_review_claims" = NULLIF("medical_review_record"->'claims', 'null'::jsonb), "medical_review_sign_off" = NULLIF("medical_review_record"->'signOff', 'null'::jsonb), "medical_review_changes_requested" = NULLIF("medical_review_record"->'changesRequested', 'null'::jsonb), "medical_review_assignment" = NULLIF("medical_review_record"->'assignment', 'null'::jsonb);
  ALTER TABLE "trials" DROP COLUMN "medical_review_record";
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_content_edited_by" varchar;
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_content_editors" jsonb;
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_claims" jsonb;
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_sign_off" jsonb;
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_changes_requested" jsonb;
  ALTER TABLE "_trials_v" ADD COLUMN "version_medical_review_assignment" jsonb;
  UPDATE "_trials_v" SET "version_medical_review_content_edited_by" = "version_medical_review_record"->>'contentEditedBy', "version_medical_review_content_editors" = NULLIF("version_medical_review_record"->'contentEditors', 'null'::jsonb), "version_medical_review_claims" = NULLIF("version_medical_review_record"->'claims', 'null'::jsonb), "version_medical_review_sign_off" = NULLIF("version_medical_review_record"->'signOff', 'null'::jsonb), "version_medical_review_changes_requested" = NULLIF("version_medical_review_record"->'changesRequested', 'null'::jsonb), "version_medical_review_assignment" = NULLIF("version_medical_review_record"->'assignment', 'null'::jsonb);
  ALTER TABLE "_trials_v" DROP COLUMN "version_medical_review_record";
  `)
}
