// A file of entities or claims is a list, or an object holding that list under its kind's name
// beside the `$schema` an editor reads ({ "$schema": ..., "claims": [...] }). Both read the same.

/** The entries of a list file, or null when it is neither form. */
export function entriesIn<T = unknown>(json: unknown, key: string): T[] | null {
  if (Array.isArray(json)) return json as T[];
  if (typeof json === 'object' && json !== null && Array.isArray((json as Record<string, unknown>)[key]))
    return (json as Record<string, T[]>)[key] ?? null;
  return null;
}
