// @vitest-environment jsdom
import { FluentProvider, Tab, TabList, webLightTheme } from "@fluentui/react-components";
import { act, type ReactNode, useState } from "react";
import { expect, test } from "vitest";
import { render } from "../../tests/support/react/render";
import { nextTabIndex, PanelTab, PanelTabList } from "./panel-tabs";

test.each([
  ["ArrowRight", 0, 3, 1],
  ["ArrowRight", 2, 3, 0],
  ["ArrowLeft", 1, 3, 0],
  ["ArrowLeft", 0, 3, 2],
  ["Home", 2, 3, 0],
  ["End", 0, 3, 2],
  ["Enter", 1, 3, undefined],
  ["ArrowDown", 1, 3, undefined],
  ["ArrowRight", 0, 0, undefined],
  ["ArrowRight", -1, 3, undefined],
  ["ArrowRight", 3, 3, undefined],
])("%s from tab %i of %i goes to %s", (key, current, count, expected) => {
  expect(nextTabIndex(key, current, count)).toBe(expected);
});

function Panel({ fluent }: { fluent?: boolean }) {
  const [view, setView] = useState("vendors");
  const List = fluent ? TabList : PanelTabList;
  const One = fluent ? Tab : PanelTab;
  return (
    <List selectedValue={view} onTabSelect={(_, data) => setView(String(data.value))}>
      <One value="vendors">Vendors</One>
      <One value="evaluations">Evaluations</One>
      <One value="files">Import / export</One>
    </List>
  );
}

async function renderInFluent(node: ReactNode): Promise<HTMLElement> {
  return (await render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>)).container;
}

const tabs = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>("[role=tab]")];

test("Fluent's own TabList puts focusable aria-hidden helpers in the tablist; PanelTabList puts none", async () => {
  const container = await renderInFluent(
    <>
      <Panel fluent />
      <Panel />
    </>,
  );
  const [fluent, panel] = [...container.querySelectorAll("[role=tablist]")];
  // Tabster adds its helpers from a mutation observer: once Fluent's tablist has them, it has
  // looked at both.
  await expect
    .poll(() => fluent?.querySelectorAll("[data-tabster-dummy][aria-hidden=true]").length)
    .toBeGreaterThan(0);
  expect(panel?.querySelectorAll("[data-tabster-dummy]")).toHaveLength(0);
});

test("only the selected tab is in the Tab order, and the arrows, Home and End move and select", async () => {
  const container = await renderInFluent(<Panel />);
  const tabIndexes = () => tabs(container).map((tab) => tab.tabIndex);
  const selected = () => tabs(container).findIndex((tab) => tab.getAttribute("aria-selected") === "true");
  expect(tabIndexes()).toEqual([0, -1, -1]);
  const press = async (key: string) => {
    await act(async () => {
      (document.activeElement ?? document.body).dispatchEvent(
        new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }),
      );
    });
  };
  tabs(container)[0]?.focus();
  await press("ArrowRight");
  expect(document.activeElement).toBe(tabs(container)[1]);
  expect(selected()).toBe(1);
  expect(tabIndexes()).toEqual([-1, 0, -1]);
  await press("End");
  expect(selected()).toBe(2);
  await press("ArrowRight");
  expect(selected()).toBe(0);
  await press("ArrowLeft");
  expect(selected()).toBe(2);
  await press("Home");
  expect(selected()).toBe(0);
  expect(document.activeElement).toBe(tabs(container)[0]);
});
