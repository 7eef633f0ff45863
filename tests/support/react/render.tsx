/**
 * Rendering a component into jsdom for a test, with what jsdom lacks and React and Fluent expect.
 * Import it from a test file that declares `// @vitest-environment jsdom`.
 */
import { act, type ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach } from "vitest";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
// jsdom has no ResizeObserver, which Fluent's MessageBar and others measure with: a no-op one.
window.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// jsdom lays nothing out and has no scrollTo on elements; lists scroll to the top on a new search.
Element.prototype.scrollTo ??= () => undefined;

const mounted: Array<{ container: HTMLElement; root: Root }> = [];
// Unmount, not only detach: a mounted component keeps its timers and pending reads (idle-time search
// preparation, debounces), and one that settles after the file's environment closed logs into a closed
// worker ("EnvironmentTeardownError: Closing rpc while onUserConsoleLog was pending"), failing the run.
afterEach(async () => {
  for (const { container, root } of mounted.splice(0)) {
    await act(async () => root.unmount());
    container.remove();
  }
});

/** Renders `node` into a fresh container in the document (removed after the test) and waits for effects. */
export async function render(node: ReactNode): Promise<{ container: HTMLElement; root: Root }> {
  const container = document.createElement("div");
  document.body.append(container);
  const root = createRoot(container);
  mounted.push({ container, root });
  await act(async () => {
    root.render(node);
  });
  return { container, root };
}

/** Sets an input's value the way typing does, so React's onChange sees it. */
export async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(input, value);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}
