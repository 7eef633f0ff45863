import { expect, test } from "vitest";
import { extractOptionsForBuild } from "./extract-options";

test.each([
  ["development", true],
  ["production", false],
  [undefined, false],
  ["", false],
  ["Development", false],
])("a %j build trusts a localhost page's own claim: %s", (mode, trusted) => {
  expect(extractOptionsForBuild(mode)).toEqual({ trustDeclaredIdentityWithoutDomain: trusted });
});
