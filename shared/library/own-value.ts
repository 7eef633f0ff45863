/**
 * Reads and writes of records keyed by data (criterion ids, field names from a pack): own properties
 * only. A criterion named "Constructor" gets the id "constructor", and `ratings["constructor"]` on a
 * plain object is Object's constructor function, not undefined (issue 19, finding 6).
 */

/**
 * @example
 * ownValue({ cost: 4 }, "cost")        //=> 4
 * ownValue({ cost: 4 }, "constructor") //=> undefined
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A copy of `record` with `key` set to `value`, or without it for undefined; "__proto__" and
 * "constructor" become ordinary own keys.
 *
 * @example
 * withOwnValue({ cost: 4 }, "__proto__", 5) //=> { cost: 4, ["__proto__"]: 5 } (an own property)
 */
export function withOwnValue<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const entries = Object.entries(record).filter(([existing]) => existing !== key);
  if (value !== undefined) entries.push([key, value]);
  return Object.fromEntries(entries) as Record<string, T>;
}
