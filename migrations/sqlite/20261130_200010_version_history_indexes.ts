import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`_articles_v_parent_history_idx\` ON \`_articles_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_faqs_v_parent_history_idx\` ON \`_faqs_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_trials_v_parent_history_idx\` ON \`_trials_v\` (\`parent_id\`,\`updated_at\`,\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`_articles_v_parent_history_idx\`;`)
  await db.run(sql`DROP INDEX \`_faqs_v_parent_history_idx\`;`)
  await db.run(sql`DROP INDEX \`_trials_v_parent_history_idx\`;`)
}
