import type { UserContext } from "@/lib/server/access";

// Server actions read the session (next-auth), the request headers and revalidate paths (Next).
// A test file that calls actions mocks those three with what this module exports:
//
//   vi.mock("next-auth", async () => (await import("./session")).nextAuth);
//   vi.mock("next/headers", async () => (await import("./session")).nextHeaders);
//   vi.mock("next/cache", async () => (await import("./session")).nextCache);
//
// and then says who is calling with signInAs(user) or signInAs(null).

let caller: Pick<UserContext, "userId" | "name" | "email" | "sessionId"> | null = null;

/** Paths the actions revalidated since the last signInAs. */
export const revalidated: string[] = [];

export function signInAs(user: Pick<UserContext, "userId" | "name" | "email" | "sessionId"> | null) {
  caller = user;
  revalidated.length = 0;
}

export const nextAuth = {
  getServerSession: async () =>
    caller ? { user: { id: caller.userId, name: caller.name, email: caller.email }, sid: caller.sessionId ?? "" } : null,
};
export const nextHeaders = { headers: async () => new Headers({ "x-mend-path": "/app" }) };
export const nextCache = { revalidatePath: (path: string) => void revalidated.push(path) };

/** A form as the browser sends it; arrays repeat the name (checkboxes). */
export function form(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}

/** Whatever an action threw, as the redirect target Next would follow (or null). */
export async function redirectOf(call: Promise<unknown>): Promise<string | null> {
  try {
    await call;
    return null;
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return digest.split(";")[2] ?? null;
  }
}
