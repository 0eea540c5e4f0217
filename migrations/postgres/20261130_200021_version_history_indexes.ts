import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_articles_v_parent_history_idx" ON "_articles_v" USING btree ("parent_id","updated_at","created_at");
  CREATE INDEX "_faqs_v_parent_history_idx" ON "_faqs_v" USING btree ("parent_id","updated_at","created_at");
  CREATE INDEX "_trials_v_parent_history_idx" ON "_trials_v" USING btree ("parent_id","updated_at","created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_articles_v_parent_history_idx";
  DROP INDEX "_faqs_v_parent_history_idx";
  DROP INDEX "_trials_v_parent_history_idx";`)
}
