import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`medical_review_assignment\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_medical_review_assignment\` text;`)
  await db.run(sql`ALTER TABLE \`faqs\` ADD \`medical_review_assignment\` text;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` ADD \`version_medical_review_assignment\` text;`)
  await db.run(sql`ALTER TABLE \`trials\` ADD \`medical_review_assignment\` text;`)
  await db.run(sql`ALTER TABLE \`_trials_v\` ADD \`version_medical_review_assignment\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`medical_review_assignment\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_medical_review_assignment\`;`)
  await db.run(sql`ALTER TABLE \`faqs\` DROP COLUMN \`medical_review_assignment\`;`)
  await db.run(sql`ALTER TABLE \`_faqs_v\` DROP COLUMN \`version_medical_review_assignment\`;`)
  await db.run(sql`ALTER TABLE \`trials\` DROP COLUMN \`medical_review_assignment\`;`)
  await db.run(sql`ALTER TABLE \`_trials_v\` DROP COLUMN \`version_medical_review_assignment\`;`)
}
