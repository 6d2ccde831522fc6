/**
 * What a reader sees in place of a sealed value that doesn't open (decision 014): it was altered, or
 * moved from another row or column, outside Mend. The data layer puts this text where the value
 * would be and logs the place, so one damaged value never takes a page down with it. Client-safe:
 * the entry views read it too.
 */
export const UNOPENABLE_TEXT = "Mend can't open this text. It was changed outside Mend after it was saved, so it isn't shown.";

/** True for the stand-in above, never for anything a person wrote. */
export function isUnopenable(value: unknown): boolean {
  return value === UNOPENABLE_TEXT;
}
