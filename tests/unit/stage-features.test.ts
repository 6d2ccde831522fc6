import { describe, expect, it } from "vitest";
import { PAGE_FEATURES, STAGE_FEATURES, stageCrumb, stageHas, stageHref, stageOf, type StageFeature } from "@/lib/content/stage-features";
import { STAGE_SLUGS, getStages } from "@/lib/content/stages";
import { TOOL_ROUTES } from "@/lib/content/tools";
import { ENTRY_KINDS, isExerciseKind } from "@/lib/entries/kinds";

// lib/content/stage-features.ts: which stage offers which feature, the one place every page, link
// and revalidation reads (issue 25 §2).

describe("the stages' features", () => {
  it("lists the nine stages in their order (a stage's number is its place here)", () => {
    expect(Object.keys(STAGE_FEATURES)).toEqual([...STAGE_SLUGS]);
    expect(stageCrumb("triggers")).toEqual({ href: "/app/stages/patience", label: "Stage 3" });
    expect(stageCrumb("agreements")).toEqual({ href: "/app/stages/boundaries", label: "Stage 9" });
  });

  it("puts every feature on exactly one stage", () => {
    const features: StageFeature[] = [...PAGE_FEATURES, ...ENTRY_KINDS.filter((kind) => !isExerciseKind(kind))];
    for (const feature of features) {
      const stages = STAGE_SLUGS.filter((slug) => stageHas(slug, feature));
      expect(stages, feature).toEqual([stageOf(feature)]);
    }
    expect(stageHref("anniversary", "anniversary")).toBe("/app/stages/patience#anniversary");
    expect(stageHas("not-a-stage", "commitments")).toBe(false);
  });

  it("lets a stage's text promise only what Mend has: a feature of some stage, or a page of its own", () => {
    const known = new Set<string>([...PAGE_FEATURES, ...ENTRY_KINDS, ...Object.keys(TOOL_ROUTES)]);
    for (const stage of getStages()) for (const tool of stage.tools) expect(known.has(tool), `${stage.slug}: ${tool}`).toBe(true);
    // A tool with a page of its own that lives on a stage links to that stage.
    expect(TOOL_ROUTES.commitments).toBe(stageHref("commitments"));
  });
});
