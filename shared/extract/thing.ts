/**
 * The schema.org item that JSON-LD and microdata are both read into, and the accessors the extraction layers
 * use on it.
 */
import { plainText } from "./plain-text";

/**
 * A schema.org item as both JSON-LD and microdata describe it: its types (short names such as
 * "LocalBusiness") and its properties, each a list of text values or nested items.
 */
export interface Thing {
  types: string[];
  id?: string;
  props: Record<string, ThingValue[]>;
}
export type ThingValue = string | Thing;

/** "http://schema.org/LocalBusiness", "schema:LocalBusiness" -> "LocalBusiness". */
export function shortType(type: string): string {
  const trimmed = type.trim();
  const cut = Math.max(trimmed.lastIndexOf("/"), trimmed.lastIndexOf("#"), trimmed.lastIndexOf(":"));
  return cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
}

export function isThing(value: ThingValue | undefined): value is Thing {
  return typeof value === "object" && value !== null;
}

/** All values of a property (first matching name wins), [] when absent. */
export function values(thing: Thing, ...names: string[]): ThingValue[] {
  for (const name of names) {
    const found = thing.props[name];
    if (found && found.length > 0) return found;
  }
  return [];
}

/** The first text value of a property as plain text, or a nested item's name; undefined when empty. */
export function text(thing: Thing | undefined, ...names: string[]): string | undefined {
  if (!thing) return undefined;
  for (const value of values(thing, ...names)) {
    const raw = isThing(value) ? text(value, "name") : value;
    const clean = plainText(raw);
    if (clean) return clean;
  }
  return undefined;
}

/** The first nested item of a property. */
export function child(thing: Thing | undefined, ...names: string[]): Thing | undefined {
  if (!thing) return undefined;
  return values(thing, ...names).find(isThing);
}

/** Every nested item of a property. */
export function children(thing: Thing | undefined, ...names: string[]): Thing[] {
  if (!thing) return [];
  return values(thing, ...names).filter(isThing);
}

/** All text values of a property (string ones only). */
export function texts(thing: Thing | undefined, ...names: string[]): string[] {
  if (!thing) return [];
  return values(thing, ...names)
    .map((value) => (isThing(value) ? (text(value, "url", "@id") ?? "") : plainText(value)))
    .filter((value) => value.length > 0);
}

export function hasType(thing: Thing, types: ReadonlySet<string>): boolean {
  return thing.types.some((type) => types.has(type));
}

/** Every item in the trees, depth first, each once. */
export function allThings(roots: Thing[]): Thing[] {
  const seen = new Set<Thing>();
  const out: Thing[] = [];
  const visit = (thing: Thing, depth: number) => {
    if (seen.has(thing) || depth > 32) return;
    seen.add(thing);
    out.push(thing);
    for (const list of Object.values(thing.props)) {
      for (const value of list) if (isThing(value)) visit(value, depth + 1);
    }
  };
  for (const root of roots) visit(root, 0);
  return out;
}
