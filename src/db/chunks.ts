/**
 * SQLite caps the parameters one statement may bind (32,766 since 3.32, 999 before), so a list
 * of ids for `where ... in (...)` is sent a slice at a time. 500 keeps a statement well inside
 * either cap, with room for the query's own parameters, on both engines.
 */
export const CHUNK_SIZE = 500;

/**
 * Runs `read` on each slice of `items` in turn and returns the results in order, flattened.
 *
 *   const rows = await inChunks(ids, (chunk) =>
 *     db.selectFrom('action_owners').selectAll().where('action_id', 'in', chunk).execute());
 */
export async function inChunks<T, R>(
  items: readonly T[],
  read: (chunk: T[]) => Promise<readonly R[]>,
  size = CHUNK_SIZE,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size)
    results.push(...(await read(items.slice(i, i + size))));
  return results;
}
