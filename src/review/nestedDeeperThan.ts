/** Whether a value holds anything more than `levels` levels down; it walks no further than that. */
export const nestedDeeperThan = (value: unknown, levels: number): boolean => {
  if (value === null || typeof value !== 'object') return false
  return (Array.isArray(value) ? value : Object.values(value)).some((child) => levels < 1 || nestedDeeperThan(child, levels - 1))
}
