import { describe, expect, test } from "vitest";
import { ownValue, withOwnValue } from "./own-value";

describe("ownValue", () => {
  test.each(["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"])(
    "an inherited %s reads as undefined",
    (key) => {
      expect(ownValue({ cost: 4 }, key)).toBeUndefined();
    },
  );

  test("own values are read", () => {
    expect(ownValue({ cost: 4 }, "cost")).toBe(4);
    expect(ownValue(withOwnValue({}, "constructor", 3), "constructor")).toBe(3);
  });
});

describe("withOwnValue", () => {
  test("__proto__ becomes an own key and never changes the prototype", () => {
    const record = withOwnValue({ cost: 4 }, "__proto__", 5);
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.hasOwn(record, "__proto__")).toBe(true);
    expect(Object.keys(record)).toEqual(["cost", "__proto__"]);
  });

  test("undefined removes the key", () => {
    expect(withOwnValue({ cost: 4, sla: 2 }, "cost", undefined)).toEqual({ sla: 2 });
  });
});
