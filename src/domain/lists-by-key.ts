/**
 * Indexes of lists by key (products by province, communes by name, words by
 * first letter…) are built all over the catalogue and the importer: one helper
 * adds to them, so each index reads as a loop and never copies its lists.
 */

/** Adds `value` at the end of the list under `key`, starting the list when the key is new. */
export function addToList<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
