import { z } from "zod";

export const STAGE_NOT_FOUND = "That stage doesn't exist.";

/** A stage named by a hidden field; whether it exists is the content's to say (lib/content/stages.ts). */
export const stageSlugSchema = z.object({
  slug: z.string({ error: STAGE_NOT_FOUND }).max(64, STAGE_NOT_FOUND),
});
