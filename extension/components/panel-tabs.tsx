/**
 * The side panel's tabs: Fluent's TabList without Tabster's hidden focus elements (which axe flags), with the
 * WAI-ARIA roving tabindex and arrow keys instead.
 */
import {
  mergeCallbacks,
  renderTabList_unstable,
  Tab,
  type TabListProps,
  type TabProps,
  useTabList_unstable,
  useTabListContext_unstable,
  useTabListContextValues_unstable,
  useTabListStyles_unstable,
} from "@fluentui/react-components";
import { forwardRef, type KeyboardEvent } from "react";

/**
 * Which tab a key moves to in a row of `count` tabs from `current`, as the WAI-ARIA tabs pattern
 * says: the arrows move to the next or previous tab and wrap around, Home and End go to the first
 * and last. Any other key, an empty row or a current tab outside it: undefined.
 *
 * @example
 * nextTabIndex("ArrowRight", 2, 3) //=> 0
 * nextTabIndex("ArrowLeft", 0, 3) //=> 2
 * nextTabIndex("Enter", 1, 3) //=> undefined
 */
export function nextTabIndex(key: string, current: number, count: number): number | undefined {
  if (count <= 0 || current < 0 || current >= count) return undefined;
  switch (key) {
    case "ArrowRight":
      return (current + 1) % count;
    case "ArrowLeft":
      return (current - 1 + count) % count;
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * Fluent's TabList (its look, selection and context) without Tabster's arrow-key group. That group
 * (a "mover") puts two focusable, aria-hidden `<i data-tabster-dummy>` inside the tablist to steer
 * Tab onto the selected tab: axe reports them as aria-hidden-focus (serious), and Fluent keeps them
 * by design (https://github.com/microsoft/fluentui/issues/27517,
 * https://github.com/microsoft/tabster/issues/288). The WAI-ARIA tabs pattern needs no hidden
 * element: only the selected tab is in the Tab order (PanelTab) and the arrow keys, Home and End
 * move to a tab and select it (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/).
 * Horizontal tab lists only.
 */
export const PanelTabList = forwardRef<HTMLDivElement, TabListProps>((props, ref) => {
  const state = useTabList_unstable(props, ref);
  const { "data-tabster": _mover, ...root } = state.root as typeof state.root & { "data-tabster"?: string };
  state.root = { ...root, onKeyDown: mergeCallbacks(root.onKeyDown, moveBetweenTabs) };
  useTabListStyles_unstable(state);
  return renderTabList_unstable(state, useTabListContextValues_unstable(state));
});
PanelTabList.displayName = "PanelTabList";

/** A tab of PanelTabList: in the Tab order only while selected (a roving tabindex). */
export const PanelTab = forwardRef<HTMLButtonElement, TabProps>((props, ref) => {
  const selected = useTabListContext_unstable((context) => context.selectedValue === props.value);
  return <Tab ref={ref} tabIndex={selected ? 0 : -1} {...props} />;
});
PanelTab.displayName = "PanelTab";

function moveBetweenTabs(event: KeyboardEvent<HTMLElement>): void {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]:not([disabled])')];
  const from = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="tab"]') : null;
  const next = nextTabIndex(event.key, from ? tabs.indexOf(from) : -1, tabs.length);
  const to = next === undefined ? undefined : tabs[next];
  if (!to) return;
  event.preventDefault();
  to.focus();
  // Selection follows focus: each view opens at once, so there is nothing to wait for.
  to.click();
}
