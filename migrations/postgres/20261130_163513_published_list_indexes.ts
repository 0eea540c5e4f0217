import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX "_status_createdAt_idx" ON "articles" USING btree ("_status","created_at");
  CREATE INDEX "version__status_version_createdAt_idx" ON "_articles_v" USING btree ("version__status","version_created_at");
  CREATE INDEX "_status_order_idx" ON "faqs" USING btree ("_status","order");
  CREATE INDEX "version__status_version_order_idx" ON "_faqs_v" USING btree ("version__status","version_order");
  CREATE INDEX "_status_createdAt_1_idx" ON "trials" USING btree ("_status","created_at");
  CREATE INDEX "version__status_version_createdAt_1_idx" ON "_trials_v" USING btree ("version__status","version_created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_status_createdAt_idx";
  DROP INDEX "version__status_version_createdAt_idx";
  DROP INDEX "_status_order_idx";
  DROP INDEX "version__status_version_order_idx";
  DROP INDEX "_status_createdAt_1_idx";
  DROP INDEX "version__status_version_createdAt_1_idx";`)
}
