/** A field path to sort by, descending with a leading '-': `-updatedAt`, `author.name`. */
const SORT_KEY = /^-?[A-Za-z_$][\w$]*(?:\.[\w$]+)*$/

export const isSortKey = (key: unknown): boolean => typeof key === 'string' && SORT_KEY.test(key)
