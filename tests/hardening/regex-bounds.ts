/**
 * The quantifiers in a regular expression that have no upper bound (`*`, `+`, `{n,}`), outside
 * character classes and escapes. A pattern run over page text with none of them reads at most a
 * bounded stretch from each starting point, so its total work is linear in the text (issue 19,
 * finding 2). A test can check this without a clock.
 *
 * @example
 * unboundedQuantifiers(/\d{1,3}(?:,\d{3})*\/) //=> ["*"]
 * unboundedQuantifiers(/\d{1,3}(?:,\d{3}){0,4}/) //=> []
 */
export function unboundedQuantifiers(pattern: RegExp): string[] {
  const source = pattern.source;
  const found: string[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "*" || char === "+") {
      // "(?<!", "(?:" etc. start groups; a quantifier follows an atom.
      if (source[i - 1] !== "(" && source[i - 1] !== "?") found.push(char);
    } else if (char === "{") {
      const brace = /^\{\d+,\}/.exec(source.slice(i));
      if (brace) found.push(brace[0]);
    }
  }
  return found;
}
