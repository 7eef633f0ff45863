/**
 * Records in id order, in code units: the order IndexedDB gives string keys.
 *
 * @example
 * [{ id: "b" }, { id: "B" }, { id: "a" }].sort(byId) //=> [{ id: "B" }, { id: "a" }, { id: "b" }]
 */
export function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Records in name order, equal names by id, both in code units: the order of the vendors' name index
 * (IndexedDB orders equal index keys by primary key).
 *
 * @example
 * [{ id: "2", name: "Acme" }, { id: "1", name: "Acme" }, { id: "0", name: "Zeta" }].sort(byNameThenId)
 * //=> ids "1", "2", "0"
 */
export function byNameThenId(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : byId(a, b);
}
