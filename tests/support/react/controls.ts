/**
 * Finding a control in a rendered component the way the owner does: a button by its words, an input by
 * its label. `get…` throws (with what the container shows) when the control is not there, so a test
 * that clicks it fails on the missing control rather than on a later, vaguer assertion; `query…`
 * returns undefined, for tests that check a control is gone.
 */

/** The button whose text (trimmed, as it reads) is `name`, or undefined. */
export function queryButton(container: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll("button")].find((b) => b.textContent?.trim() === name);
}

/** The button whose text (trimmed, as it reads) is `name`; throws when there is none. */
export function getButton(container: HTMLElement, name: string): HTMLButtonElement {
  const found = queryButton(container, name);
  if (!found) throw new Error(`no button "${name}" in: ${container.textContent}`);
  return found;
}

/** The input a `<label>` reading exactly `label` points to (its htmlFor); throws when there is none. */
export function getInputByLabel(container: HTMLElement, label: string): HTMLInputElement {
  const field = [...container.querySelectorAll("label")].find((l) => l.textContent === label);
  const found = field
    ? (container.ownerDocument.getElementById(field.htmlFor) as HTMLInputElement | null)
    : null;
  if (!found) throw new Error(`no input "${label}"`);
  return found;
}
