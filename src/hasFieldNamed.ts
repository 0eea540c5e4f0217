import type { Field } from 'payload'

/**
 * Whether `fields` hold a field stored under `name` at their own level: rows, collapsibles, unnamed
 * groups and unnamed tabs only lay fields out, so their fields count too.
 */
export const hasFieldNamed = (fields: Field[], name: string): boolean =>
  fields.some((field) => {
    if ('name' in field && field.name === name) return true
    if (field.type === 'row' || field.type === 'collapsible' || (field.type === 'group' && !('name' in field && field.name)))
      return hasFieldNamed(field.fields, name)
    if (field.type === 'tabs') return field.tabs.some((tab) => ('name' in tab && tab.name ? tab.name === name : hasFieldNamed(tab.fields, name)))
    return false
  })
