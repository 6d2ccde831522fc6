import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEPARTURE_MODELS } from "@/lib/server/departure/models";
import { EXPORT_MODELS } from "@/lib/server/export/models";
import { EXPORT_SECTIONS } from "@/lib/server/export/sections";

// Issue 21, point 2: every model is classified, with a reason, for leaving/deleting an account
// (lib/server/departure/models.ts) and for the export (lib/server/export/models.ts). The model list
// comes from the generated client, so a model added to the schema without those lines fails here.

const models = Object.values(Prisma.ModelName);

describe("every model is classified", () => {
  it("for leaving the couple and for deleting an account, with a reason", () => {
    const missing = models.filter((m) => !DEPARTURE_MODELS[m]?.why?.trim());
    expect(missing, "add these models to DEPARTURE_MODELS in lib/server/departure/models.ts").toEqual([]);
    expect(
      Object.keys(DEPARTURE_MODELS).filter((m) => !(models as string[]).includes(m)),
      "no longer models",
    ).toEqual([]);
  });

  it("for the export, naming a section that exists or saying why none", () => {
    const missing = models.filter((m) => !EXPORT_MODELS[m]?.why?.trim());
    expect(missing, "add these models to EXPORT_MODELS in lib/server/export/models.ts").toEqual([]);
    const keys = new Set(EXPORT_SECTIONS.map((s) => s.key));
    const unknown = Object.entries(EXPORT_MODELS).filter(([, rule]) => rule.section !== null && !keys.has(rule.section));
    expect(
      unknown.map(([m]) => m),
      "sections that don't exist in EXPORT_SECTIONS",
    ).toEqual([]);
  });
});
