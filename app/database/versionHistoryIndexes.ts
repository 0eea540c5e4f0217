type Columns = Record<string, unknown>
type SchemaHookArgs<Table> = {
  extendTable: (args: { extraConfig: (table: Columns) => Record<string, unknown>; table: Table }) => void
  schema: { tables: Record<string, Table> }
}
type IndexBuilder = (name: string) => { on: (...columns: never[]) => unknown }

/**
 * Payload reads a document's version history newest first on every save (the latest draft, and the
 * oldest version kept under maxPerDoc). With only single-column indexes, SQL databases gather and
 * sort every version of the document, rich text and review state included, to return one. An index
 * on (parent, updatedAt, createdAt) hands them over in order, so a save costs the same whether a
 * document has 2 versions or 50. Given to the adapter's afterSchemaInit, so migrations carry it.
 */
export const versionHistoryIndexes =
  (index: IndexBuilder) =>
  <Table extends object, Schema extends SchemaHookArgs<Table>['schema']>({ extendTable, schema }: { extendTable: SchemaHookArgs<Table>['extendTable']; schema: Schema }): Schema => {
    for (const [name, table] of Object.entries(schema.tables)) {
      const columns = table as unknown as Columns
      if (!name.endsWith('_v') || !columns.parent || !columns.updatedAt || !columns.createdAt) continue
      extendTable({
        table,
        extraConfig: (cols) => ({
          [`${name}_parent_history_idx`]: index(`${name}_parent_history_idx`).on(
            cols.parent as never,
            cols.updatedAt as never,
            cols.createdAt as never,
          ),
        }),
      })
    }
    return schema
  }
