// The codes next-auth passes back from a refused sign-in (as `?error=`), shared by the server that
// throws them and the form that words them. None of them says whether the account exists.

export const THROTTLED = "throttled";
export const BUSY = "busy";

export const throttledCode = (retryAfterMs: number) => `${THROTTLED}:${Math.max(1, Math.ceil(retryAfterMs / 1000))}`;

/** Seconds to wait for a throttled code, else null. */
export function retryAfterSeconds(code: string | null | undefined): number | null {
  const m = /^throttled:(\d{1,6})$/.exec(code ?? "");
  return m ? Number(m[1]) : null;
}

export function waitWords(seconds: number) {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function tooManyAttempts(retryAfterMs: number) {
  return `Too many attempts. Please wait, then try again in ${waitWords(Math.max(1, Math.ceil(retryAfterMs / 1000)))}.`;
}

export const BUSY_MESSAGE = "Mend is busy right now. Please try again in a moment.";

export function signInErrorMessage(code: string | null | undefined): string {
  const wait = retryAfterSeconds(code);
  if (wait !== null) return tooManyAttempts(wait * 1000);
  if (code === BUSY) return BUSY_MESSAGE;
  return "That email and password don't match an account. Check them and try again.";
}
