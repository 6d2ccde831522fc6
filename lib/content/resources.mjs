// The list of support lines a person sees on the safety pages: Mend's own
// (content/safety/resources.md) or a practice's (MEND_RESOURCES_FILE). Plain JS, with
// resources.d.mts beside it, so the start script can refuse a bad file before it builds or serves,
// and the app reads the file through the same checks.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { z } from "zod";

export const RESOURCE_KINDS = ["emergency", "abuse", "men", "crisis", "shelters", "directory"];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// YAML reads an unquoted 2026-12-04 as a Date; a quoted one stays text. Both mean the same day.
const checkedDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: "must be the date the entry was last checked, like 2026-12-04" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "must be the date the entry was last checked, like 2026-12-04")
    .refine((text) => {
      const day = new Date(`${text}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
    }, "is not a real date")
    // A day ahead is allowed: a practice east of UTC may write its own today.
    .refine((text) => new Date(`${text}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, "is in the future"),
);

const entry = z.strictObject({
  name: z.string({ error: "must name the service" }).min(2).max(120),
  kind: z.enum(RESOURCE_KINDS, { error: `must be one of ${RESOURCE_KINDS.join(", ")}` }),
  contact: z.string({ error: "must say how to reach it, like 0808 2000 247, free, day and night" }).min(2).max(300),
  checked: checkedDate,
});

const schema = z
  .strictObject({
    regions: z
      .array(
        z.strictObject({
          name: z.string({ error: "must name the country or area" }).min(2).max(80),
          entries: z.array(entry).min(1, "must list at least one entry"),
        }),
        { error: "must be a list of countries or areas, each with its entries" },
      )
      .min(1, "must list at least one country or area"),
  })
  .refine((data) => data.regions.some((r) => r.entries.some((e) => e.kind === "crisis")), {
    message: "must list at least one crisis line (kind: crisis): they are shown at once to someone at risk of harming themselves",
    path: ["regions"],
  });

export class ResourcesError extends Error {}

/** "checked December 2026", from an ISO day. */
export function checkedLabel(day) {
  const [year, month] = day.split("-");
  return `checked ${MONTHS[Number(month) - 1]} ${year}`;
}

/** Parses a resources file's text; `name` (its path) goes into every error message. */
export function parseResources(source, name) {
  let file;
  try {
    file = matter(source);
  } catch (error) {
    throw new ResourcesError(
      `The resources file ${name} is not valid:\n- its front matter is not valid YAML (${error.reason ?? error.message})`,
    );
  }
  const parsed = schema.safeParse(file.data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- ${issue.path.length ? issue.path.join(".") : "the front matter"} ${issue.message}`);
    throw new ResourcesError(`The resources file ${name} is not valid:\n${lines.join("\n")}`);
  }
  if (file.content.trim().length < 10) {
    throw new ResourcesError(
      `The resources file ${name} is not valid:\n- it needs a few lines of Markdown after the front matter, shown above the list`,
    );
  }
  return { regions: parsed.data.regions, body: file.content };
}

/** Mend's own list. */
export const DEFAULT_RESOURCES_FILE = path.join("content", "safety", "resources.md");

/** Reads and checks a resources file (relative paths from the working folder). */
export function loadResources(file) {
  const resolved = path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
  let source;
  try {
    source = fs.readFileSync(resolved, "utf8");
  } catch (error) {
    throw new ResourcesError(`The resources file ${resolved} can't be read (${error.code ?? error.message}).`);
  }
  return parseResources(source, resolved);
}
