/**
 * What a reader sees in place of a sealed value that doesn't open (decision 014): it was altered, or
 * moved from another row or column, outside Mend. Worded without a cause: a reader in pain is not
 * told on a guess that their words were tampered with. The data layer puts this text where the value
 * would be and logs the place, so one damaged value never takes a page down with it. Client-safe:
 * the entry views read it too.
 */
export const UNOPENABLE_TEXT = "Mend can't open this text, so it isn't shown here.";

/** True for the stand-in above, never for anything a person wrote. */
export function isUnopenable(value: unknown): boolean {
  return value === UNOPENABLE_TEXT;
}
