import { describe, expect, it } from "vitest";
import { groupBy } from "@/lib/collections";

describe("groupBy", () => {
  it("keeps each group in the rows' order and every row once", () => {
    const rows = [
      { parent: "b", n: 1 },
      { parent: "a", n: 2 },
      { parent: "b", n: 3 },
    ];
    const groups = groupBy(rows, (r) => r.parent);
    expect([...groups.keys()]).toEqual(["b", "a"]);
    expect(groups.get("b")).toEqual([rows[0], rows[2]]);
    expect(groups.get("a")).toEqual([rows[1]]);
    expect(groupBy([], (r: { parent: string }) => r.parent).size).toBe(0);
  });
});
