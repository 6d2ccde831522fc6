import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_RESOURCES_FILE, ResourcesError, checkedLabel, loadResources, parseResources } from "@/lib/content/resources.mjs";
import { freePort, killGroup, startServer } from "../support/prod-server.mjs";

// Issue 20: the support lines carry check dates, and a practice's own list (MEND_RESOURCES_FILE)
// is checked at start: a bad file stops Mend with a message naming the file and the problem.

const GOOD = `---
regions:
  - name: Testland
    entries:
      - { name: Emergency, kind: emergency, contact: "000", checked: 2026-11-30 }
      - { name: Crisis line, kind: crisis, contact: "123, day and night", checked: "2026-10-01" }
---

Call your local emergency number, or one of these.
`;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "mend-resources-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function problems(source: string) {
  try {
    parseResources(source, "/srv/practice/lines.md");
  } catch (error) {
    expect(error).toBeInstanceOf(ResourcesError);
    return (error as Error).message;
  }
  throw new Error("expected the file to be refused");
}

describe("the resources file", () => {
  it("Mend's own list parses, lists a crisis line in every country, and every entry says when it was checked", () => {
    const { regions } = loadResources(DEFAULT_RESOURCES_FILE);
    expect(regions.map((r) => r.name)).toEqual(
      expect.arrayContaining(["United Kingdom", "Ireland", "United States", "Canada", "Australia", "New Zealand", "Germany", "France"]),
    );
    for (const region of regions.filter((r) => r.name !== "Elsewhere")) {
      expect(
        region.entries.some((e) => e.kind === "crisis"),
        region.name,
      ).toBe(true);
    }
    for (const entry of regions.flatMap((r) => r.entries)) expect(entry.checked, entry.name).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const uk = regions.find((r) => r.name === "United Kingdom")!.entries.map((e) => e.name);
    expect(uk).toEqual(
      expect.arrayContaining(["Scotland's Domestic Abuse and Forced Marriage Helpline", "Men's Advice Line", "Samaritans"]),
    );
    const canada = regions.find((r) => r.name === "Canada")!.entries;
    expect(canada.find((e) => e.kind === "emergency")!.contact).toMatch(/not everywhere/);
    expect(canada.find((e) => e.name.startsWith("ShelterSafe"))!.contact).toMatch(/^a map of/);
  });

  it("shows a check date as month and year", () => {
    expect(checkedLabel("2026-12-04")).toBe("checked December 2026");
    expect(checkedLabel("2025-01-31")).toBe("checked January 2025");
  });

  it("takes a good file, with the date quoted or not", () => {
    const parsed = parseResources(GOOD, "lines.md");
    expect(parsed.regions[0]!.entries.map((e) => e.checked)).toEqual(["2026-11-30", "2026-10-01"]);
    expect(parsed.body).toContain("Call your local emergency number");
  });

  it("names the file, the entry and the problem for each bad one", () => {
    expect(problems(GOOD.replace(", checked: 2026-11-30 }", " }"))).toMatch(
      /^The resources file \/srv\/practice\/lines\.md is not valid:\n- regions\.0\.entries\.0\.checked must be the date the entry was last checked, like 2026-12-04/,
    );
    expect(problems(GOOD.replace("2026-11-30", '"2026-02-30"'))).toMatch(/regions\.0\.entries\.0\.checked is not a real date/);
    expect(problems(GOOD.replace("2026-11-30", "last week"))).toMatch(/regions\.0\.entries\.0\.checked must be the date/);
    expect(problems(GOOD.replace("2026-11-30", "2999-01-01"))).toMatch(/regions\.0\.entries\.0\.checked is in the future/);
    expect(problems(GOOD.replace("kind: emergency", "kind: hotline"))).toMatch(
      /regions\.0\.entries\.0\.kind must be one of emergency, abuse, men, crisis, shelters, directory/,
    );
    expect(problems(GOOD.replace("kind: crisis", "kind: abuse"))).toMatch(/- regions must list at least one crisis line/);
    expect(problems(GOOD.replace("regions:", "regionz:"))).toMatch(/not valid/);
    expect(problems(GOOD.replace("  - name: Testland", "  - name: [Testland"))).toMatch(/front matter is not valid YAML/);
    expect(problems(GOOD.replace("Call your local emergency number, or one of these.", ""))).toMatch(/needs a few lines of Markdown/);
  });

  it("a file that isn't there is named too", () => {
    expect(() => loadResources(path.join(tmp, "missing.md"))).toThrow(/The resources file .*missing\.md can't be read \(ENOENT\)/);
  });

  it("starting the production server with a bad MEND_RESOURCES_FILE stops with that message, before building anything", async () => {
    const bad = path.join(tmp, "bad-lines.md");
    fs.writeFileSync(bad, GOOD.replace(", checked: 2026-11-30 }", " }"));
    const logFile = path.join(tmp, "server.log");
    const server = startServer({
      root: process.cwd(),
      port: await freePort(),
      dataDir: path.join(tmp, "data"),
      distDir: path.join(tmp, "never-built"),
      logFile,
      env: { MEND_RESOURCES_FILE: bad },
    });
    try {
      const exit = await server.exited;
      expect(exit.code).toBe(1);
      const log = fs.readFileSync(logFile, "utf8");
      expect(log).toContain(`Mend cannot start: The resources file ${bad} is not valid:`);
      expect(log).toContain("- regions.0.entries.0.checked must be the date the entry was last checked");
      expect(log).not.toMatch(/Building Mend/);
      expect(fs.existsSync(path.join(tmp, "never-built"))).toBe(false);
    } finally {
      await killGroup(server, "SIGTERM");
    }
  });
});
