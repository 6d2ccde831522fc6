// Limits on what a client may send, shared by Mend's HTTP server (lib/cli/server.mjs, which runs
// as plain Node and enforces them before Next reads anything) and proxy.ts (a second line for a
// server that is not Mend's own). Plain JavaScript so both can import it.

/** The most one entry may hold, across all its fields (UTF-16 units, as the forms count). */
export const ENTRY_MAX_CHARS = 20_000;

/**
 * The most a request body may hold: 128 KiB. The largest legitimate form is an entry: at most
 * ENTRY_MAX_CHARS characters across its boxes plus a 200-character title. In UTF-8 a
 * UTF-16 code unit takes at most 3 bytes (a surrogate pair, two units, takes 4), and a textarea's
 * line break, one unit, is sent as CRLF, 2 bytes: at most 60,600 bytes of text. React's encoding
 * of the form adds a part per field (boundary and headers, ~150 bytes each) and the action's
 * arguments row, a few KB at most. 128 KiB leaves twice that; tests/unit/request-limits.test.ts
 * fails if the entry limits outgrow it. Next's own server-action limit (1 MB) is never reached.
 */
export const MAX_BODY_BYTES = 128 * 1024;

/** What a person reads when a request is refused as too large (JSON `{ error }`, status 413). */
export const TOO_LARGE_MESSAGE = `That is more than Mend accepts in one go. Entries can be up to ${ENTRY_MAX_CHARS.toLocaleString("en")} characters.`;
