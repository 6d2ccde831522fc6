import { z } from "zod";

// Each partner's own choice of email about joint work (settings): a ticked box sends "true" (or a
// browser's "on"), an unticked one sends nothing.

const checkbox = z
  .enum(["true", "on"], { error: "Send a tick or nothing." })
  .optional()
  .transform((value) => value !== undefined);

export const mailPrefsSchema = z.object({ reviewEmail: checkbox, talkEmail: checkbox });
export type MailPrefsInput = z.output<typeof mailPrefsSchema>;
