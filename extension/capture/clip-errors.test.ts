import { expect, test } from "vitest";
import { clipErrorMessage } from "./clip-errors";

test.each([
  ["Cannot access a chrome:// URL", undefined, /Chrome does not let extensions read this page/],
  ["The extensions gallery cannot be scripted.", undefined, /Chrome Web Store/],
  ["anything", "chrome://settings/", /\(chrome:\/\/settings\/\)/],
  ['Cannot access contents of url "file:///tmp/a.html".', undefined, /cannot read files on your computer/],
  [
    "Cannot access contents of the page. Extension manifest must request permission to access the respective host.",
    "https://brightbooks.example/",
    /Click “Clip this page” again/,
  ],
  ["No tab with id: 12.", undefined, /The tab closed/],
  ["Frame with ID 0 is showing error page", undefined, /error page/],
  ["Something odd", undefined, /The clip did not finish \(Something odd\)\. Reload the page/],
])("%s -> a sentence that says what to do", (thrown, url, expected) => {
  expect(clipErrorMessage(new Error(thrown), url)).toMatch(expected);
});
