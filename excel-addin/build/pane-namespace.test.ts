import { describe, expect, test } from "vitest";
import { DEV_NAMESPACE, paneFunctionsNamespace } from "./manifest-dev";

describe("paneFunctionsNamespace: the namespace the pane is built to write formulas with", () => {
  test.each([
    ["https://localhost:3000", DEV_NAMESPACE],
    ["https://127.0.0.1:3000", DEV_NAMESPACE],
    ["https://addin.example.com", ""],
    ["https://addin.example.com:8443", ""],
  ])("%s -> %j", (origin, namespace) => {
    expect(paneFunctionsNamespace(origin)).toBe(namespace);
  });

  test("the development namespace is the one manifest.dev.xml declares", () => {
    expect(DEV_NAMESPACE).toBe("VSDEV");
  });
});
