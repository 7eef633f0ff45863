import { describe, expect, test } from "vitest";
import { clipShortcut, type StartSummary, startSteps } from "./start-steps";

const base: Omit<StartSummary, "browser"> = {
  addinOrigin: "https://localhost:3000",
  manifestPath: "/repo/dist/addin/manifest.dev.xml",
  extensionDir: "/repo/build/chrome-mv3-prod",
  pageUrls: ["http://localhost:8080/provider-brightbooks.html"],
  shortcut: "Alt+Shift+V",
  desktopExcel: { state: "no-desktop-excel", reason: "There is no desktop Excel for linux." },
};

describe("startSteps", () => {
  test("desktop Excel sideloaded: says where and how to undo it, without the by-hand steps", () => {
    const text = startSteps({
      ...base,
      browser: { state: "no-display" },
      desktopExcel: {
        state: "sideloaded",
        where:
          "copied to /Users/owner/Library/Containers/com.microsoft.Excel/Data/Documents/wef/x.manifest.xml",
        opened: true,
        undo: "npm stop",
      },
    });
    expect(text).toContain("Desktop Excel: the add-in is sideloaded (copied to /Users/owner/Library");
    expect(text).toContain("To remove it from Excel later: npm stop.");
    expect(text).toContain("Insert > Add-ins > Upload My Add-in > /repo/dist/addin/manifest.dev.xml");
    expect(text).not.toContain("shared-folder catalog");
  });

  test("browser opened: where things are, how to clip, how to add the manifest, how to stop", () => {
    const text = startSteps({ ...base, browser: { state: "opened", path: "/usr/bin/chromium" } });
    expect(text).toContain("Add-in (task pane and functions): https://localhost:3000");
    expect(text).toContain("Demo provider pages: http://localhost:8080/provider-brightbooks.html");
    expect(text).toContain(
      "Opened /usr/bin/chromium with a fresh profile and the VendorScout extension loaded.",
    );
    expect(text).toContain(
      "or press Alt+Shift+V, or right-click the page > VendorScout > Clip vendor from this page.",
    );
    expect(text).toContain("Insert > Add-ins > Upload My Add-in > /repo/dist/addin/manifest.dev.xml");
    expect(text).toContain(
      "Desktop Excel: There is no desktop Excel for linux. Use Excel on the web, below.",
    );
    // The localhost build writes VSDEV-qualified formulas, which only the development manifest defines.
    expect(text).toContain(
      'This is the development copy, "VendorScout (development)": its functions are =VSDEV.VENDORSCORE( and so on.',
    );
    expect(text).toContain("shared-folder catalog");
    expect(text).toContain("Press Ctrl+C to stop");
    expect(text).not.toContain("Note:");
    expect(text).not.toContain("no display");
  });

  test("a Chrome note is printed as a note", () => {
    const text = startSteps({
      ...base,
      browser: {
        state: "opened",
        path: "/usr/bin/google-chrome",
        note: "Google Chrome 138 ignores --load-extension.",
      },
    });
    expect(text).toContain("Note: Google Chrome 138 ignores --load-extension.");
  });

  test("no display: says so, keeps the servers up, suggests npm run demo", () => {
    const text = startSteps({ ...base, browser: { state: "no-display" } });
    expect(text).toContain("There is no display here");
    expect(text).toContain("The servers stay up");
    expect(text).toContain("`npm run demo`");
    expect(text).not.toContain("Opened ");
  });

  test.each(["not-found", "failed"] as const)("%s: the reason, then Load unpacked by hand", (state) => {
    const text = startSteps({ ...base, browser: { state, message: "No Chromium was found. Install one." } });
    expect(text).toContain("No Chromium was found. Install one.");
    expect(text).toContain('"Load unpacked" > /repo/build/chrome-mv3-prod');
  });
});

test.each([
  [{ commands: { "clip-page": { suggested_key: { default: "Alt+Shift+V" } } } }, "Alt+Shift+V"],
  [
    { commands: { "clip-page": { suggested_key: {} } } },
    "the VendorScout shortcut (chrome://extensions/shortcuts)",
  ],
  [{}, "the VendorScout shortcut (chrome://extensions/shortcuts)"],
  [null, "the VendorScout shortcut (chrome://extensions/shortcuts)"],
])("clipShortcut(%j) is %s", (manifest, expected) => {
  expect(clipShortcut(manifest)).toBe(expected);
});
