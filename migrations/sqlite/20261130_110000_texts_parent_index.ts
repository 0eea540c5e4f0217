import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Payload indexes a hasMany text field's table on (order, parent_id) only, so reading one
// document's values scans the whole table: a list of 10 articles read every article's conditions.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of ['articles_texts', '_articles_v_texts', 'trials_texts', '_trials_v_texts']) {
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS \`${table}_parent_idx\` ON \`${table}\` (\`parent_id\`);`))
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of ['articles_texts', '_articles_v_texts', 'trials_texts', '_trials_v_texts']) {
    await db.run(sql.raw(`DROP INDEX IF EXISTS \`${table}_parent_idx\`;`))
  }
}
