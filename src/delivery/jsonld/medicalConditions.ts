import type { MedicalCondition } from 'schema-dts'

/** Condition names (a hasMany text field) as MedicalCondition nodes. */
export const medicalConditions = (names: unknown): MedicalCondition[] =>
  (Array.isArray(names) ? names : [])
    .filter((name): name is string => typeof name === 'string' && name.trim() !== '')
    .map((name) => ({ '@type': 'MedicalCondition', name: name.trim() }))
