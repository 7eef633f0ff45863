/**
 * Structural equality for JSON-shaped records (plain objects, arrays, strings, numbers, booleans,
 * null), ignoring key order and treating an `undefined` property like a missing one — the way a record
 * looks after a round trip through IndexedDB or JSON. Used to tell whether a merge changed anything.
 *
 * @example
 * sameValue({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })
 * //=> true
 * sameValue({ a: 1, b: undefined }, { a: 1 })
 * //=> true
 * sameValue(NaN, NaN)
 * //=> true (Object.is semantics for numbers)
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const leftKeys = Object.keys(left).filter((key) => left[key] !== undefined);
  const rightKeys = Object.keys(right).filter((key) => right[key] !== undefined);
  if (leftKeys.length !== rightKeys.length) return false;
  return leftKeys.every((key) => Object.hasOwn(right, key) && sameValue(left[key], right[key]));
}
