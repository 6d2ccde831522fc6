import "server-only";

// Server-action requests Next would refuse with a 500 (and a stack trace in the log): a foreign or
// malformed Origin, a multipart body that ends mid-way, arguments nested deep enough to overflow
// React's decoder. proxy.ts asks this module first and answers 4xx instead. Nothing here is the
// boundary: Next's own Origin check still runs, and every action starts with its require… call.

/** React's reply rows nest no deeper than an action's previous state; a stack overflow starts in the thousands. */
export const MAX_ACTION_NESTING = 32;

export type ActionRefusal = {
  status: 400 | 403;
  /** A fixed label for the log: never a value from the request. */
  reason: "foreign origin" | "malformed origin" | "incomplete form data" | "nested too deeply";
};

/**
 * The POSTs Next's action handler reads (next/dist/server/app-render/action-handler.js): with `Next-Action` (a fetch
 * from the page) or multipart (a form posted without JavaScript). URL-encoded posts it leaves alone.
 */
export function isActionRequest(request: Request) {
  if (request.method !== "POST") return false;
  return request.headers.has("next-action") || (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
}

/** Next's rule: the Origin's host must be the request's (x-forwarded-host first); no Origin is a hand-made request. */
export function refusedOrigin(headers: Headers): ActionRefusal | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  let host: string;
  try {
    host = origin === "null" ? "null" : new URL(origin).host;
  } catch {
    return { status: 400, reason: "malformed origin" };
  }
  const expected = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  return host === expected ? null : { status: 403, reason: "foreign origin" };
}

/** True when brackets outside JSON strings open deeper than `limit`. */
export function nestedDeeperThan(json: string, limit: number) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** Rows React parses as JSON: "0", "1", … (fetch actions) and "$ACTION_1:0" (bound arguments of a form post). */
const JSON_ROW = /^(\d+|\$ACTION_\d+:\d+)$/;

/**
 * Reads the body (proxy.ts gets Next's copy; the action still reads its own) and checks what
 * Next would choke on. Bodies are small: lib/cli/server.mjs refuses anything over MAX_BODY_BYTES.
 */
export async function refusedBody(request: Request): Promise<ActionRefusal | null> {
  const deep: ActionRefusal = { status: 400, reason: "nested too deeply" };
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return { status: 400, reason: "incomplete form data" };
    }
    for (const [name, value] of form) {
      if (JSON_ROW.test(name) && typeof value === "string" && nestedDeeperThan(value, MAX_ACTION_NESTING)) return deep;
    }
    return null;
  }
  return nestedDeeperThan(await request.text(), MAX_ACTION_NESTING) ? deep : null;
}

/** Why Next would fail this action request, or null to let it through. */
export async function refusedActionRequest(request: Request): Promise<ActionRefusal | null> {
  if (!isActionRequest(request)) return null;
  return refusedOrigin(request.headers) ?? (await refusedBody(request));
}

/** What the refused request is answered with: no detail, no stack. */
export const ACTION_REFUSED_MESSAGE = "Mend could not accept that request. Reload the page and try again.";
