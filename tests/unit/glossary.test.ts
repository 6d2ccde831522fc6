import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One noun per feature (issue 25, docs/architecture.md "Glossary"): a retired name doesn't come back
// in a path or in the text of the code, the content, the tests or the docs. Migrations keep the old
// names (they are history, and the renames themselves name both), and so does the glossary's list.
const ROOT = path.resolve(__dirname, "..", "..");
const SCANNED = ["app", "components", "lib", "content", "tests", "docs", "prisma", "README.md", "package.json", "next.config.mjs"];
const SKIPPED = new Set([
  "lib/generated",
  "prisma/migrations",
  "prisma/postgres/migrations",
  "prisma/data-migrations",
  "tests/.tmp",
  "docs/screenshots",
]);
const TEXT = /\.(tsx?|mts|mjs|js|json|md|sql|prisma|css|toml|ya?ml)$/;

function filesUnder(relative: string): string[] {
  if (SKIPPED.has(relative)) return [];
  const full = path.join(ROOT, relative);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [relative];
  return fs
    .readdirSync(full)
    .filter((name) => !name.startsWith(".") || relative === "tests")
    .flatMap((name) => filesUnder(path.posix.join(relative, name)));
}

const files = SCANNED.flatMap(filesUnder);
const THIS_FILE = "tests/unit/glossary.test.ts";

/** Retired name → what it is called now. */
const RETIRED: { name: RegExp; now: string; except?: string[] }[] = [
  // The rename's own test builds a database from before it.
  { name: /conversation/i, now: "talk", except: ["docs/architecture.md", "tests/integration/moved-sealed-places.test.ts"] },
  {
    name: /\b[Cc]heckins?\b|"checkin\./,
    now: "check-in / check-ins (checkIn in code)",
    except: ["docs/architecture.md", "tests/integration/moved-sealed-places.test.ts"],
  },
  { name: /partner[- ]?activity/i, now: "the partner feed (partnerFeed, partner-feed)", except: ["docs/architecture.md"] },
  { name: /talking tools|\bTalkTools?\b/, now: "the talking-it-through tools", except: ["docs/architecture.md"] },
];

describe("one noun per feature", () => {
  it("scans the code, the content, the tests and the docs", () => {
    expect(files.length).toBeGreaterThan(300);
    expect(files).toContain("lib/server/talks/read.ts");
  });

  for (const { name, now, except = [] } of RETIRED) {
    it(`retires ${name} (now ${now})`, () => {
      const inPaths = files.filter((file) => name.test(file));
      const inText = files
        .filter((file) => file !== THIS_FILE && !except.includes(file) && TEXT.test(file))
        .flatMap((file) =>
          fs
            .readFileSync(path.join(ROOT, file), "utf8")
            .split("\n")
            .flatMap((line, i) => (name.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
        );
      expect([...inPaths, ...inText]).toEqual([]);
    });
  }
});
