import { describe, expect, test } from "vitest";
import { applyBuildSettings, extensionBuildSettings, plasmoEnvironment } from "./extension-build-settings";

const displayName = "VendorScout";

describe("extensionBuildSettings", () => {
  test("development allows the local add-in and says so in the name", () => {
    expect(extensionBuildSettings({ development: true, origin: undefined, displayName })).toEqual({
      mode: "development",
      origin: "https://localhost:3000",
      name: "VendorScout (development)",
    });
  });

  test("production takes the hosted origin and keeps the plain name", () => {
    expect(
      extensionBuildSettings({ development: false, origin: "https://addin.example.com/", displayName }),
    ).toEqual({ mode: "production", origin: "https://addin.example.com", name: "VendorScout" });
  });

  test("production without an origin has no bridge at all, never the development one", () => {
    expect(extensionBuildSettings({ development: false, origin: undefined, displayName })).toEqual({
      mode: "production",
      origin: null,
      name: "VendorScout",
    });
    expect(extensionBuildSettings({ development: false, origin: "  ", displayName }).origin).toBeNull();
  });

  test.each([
    ["https://localhost:3000", /is this computer/],
    ["https://127.0.0.1", /is this computer/],
    ["http://addin.example.com", /not https/],
    ["https://addin.example.com/taskpane", /more than an origin/],
  ])("production refuses %j with a sentence", (origin, message) => {
    expect(() => extensionBuildSettings({ development: false, origin, displayName })).toThrow(message);
  });

  test("development refuses an origin that is not https", () => {
    expect(() =>
      extensionBuildSettings({ development: true, origin: "http://localhost:3000", displayName }),
    ).toThrow(/not an https origin/);
  });
});

describe("applyBuildSettings", () => {
  const built = {
    manifest_version: 3,
    name: "VendorScout",
    externally_connectable: { matches: ["https://localhost:3000/*"] },
    permissions: ["storage"],
  };

  test("writes the one origin and the name, keeps the rest", () => {
    expect(
      applyBuildSettings(built, {
        mode: "production",
        origin: "https://addin.example.com",
        name: "VendorScout",
      }),
    ).toEqual({
      manifest_version: 3,
      name: "VendorScout",
      externally_connectable: { matches: ["https://addin.example.com/*"] },
      permissions: ["storage"],
    });
  });

  test("no origin: no externally_connectable, whatever Plasmo wrote", () => {
    const applied = applyBuildSettings(built, { mode: "production", origin: null, name: "VendorScout" });
    expect(applied).not.toHaveProperty("externally_connectable");
    expect(JSON.stringify(applied)).not.toContain("localhost");
  });
});

describe("plasmoEnvironment", () => {
  // The offscreen extractor trusts a localhost page's own claim only when this says "development"
  // (extension/capture/extract-options.ts); a production build must say "production".
  test("a production build (npm run build, npm run release) turns the localhost trust off", () => {
    const settings = extensionBuildSettings({
      development: false,
      origin: "https://addin.example.com",
      displayName,
    });
    expect(plasmoEnvironment(settings)).toEqual({
      PLASMO_PUBLIC_ADDIN_ORIGIN: "https://addin.example.com",
      PLASMO_PUBLIC_BUILD_MODE: "production",
    });
    expect(
      plasmoEnvironment(extensionBuildSettings({ development: false, origin: undefined, displayName })),
    ).toEqual({
      PLASMO_PUBLIC_ADDIN_ORIGIN: "",
      PLASMO_PUBLIC_BUILD_MODE: "production",
    });
  });

  test("a development build (npm start, npm run demo, npm test) turns it on", () => {
    expect(
      plasmoEnvironment(extensionBuildSettings({ development: true, origin: undefined, displayName })),
    ).toEqual({
      PLASMO_PUBLIC_ADDIN_ORIGIN: "https://localhost:3000",
      PLASMO_PUBLIC_BUILD_MODE: "development",
    });
  });
});
