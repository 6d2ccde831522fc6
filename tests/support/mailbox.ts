import { SMTPServer } from "smtp-server";

// A real SMTP server on a free loopback port, keeping what it receives, for tests that claim email.

export type Received = { to: string[]; raw: string };

export type Mailbox = {
  url: string;
  inbox: Received[];
  /** Every message the server was handed, taken or refused, in order. */
  attempts: { at: number; refusedWith: number | null }[];
  /** Waits until a mail to `to` whose raw text matches `pattern` has arrived (mail is sent without waiting). */
  waitFor: (to: string, pattern?: RegExp, timeoutMs?: number) => Promise<Received>;
  close: () => Promise<void>;
};

/**
 * `refuse(n)` (n counts messages handed over, from 0) may return an SMTP code to answer at the end of
 * the message instead of taking it: 451 for "try again later", 550 for a refusal for good.
 */
export async function startMailbox({ refuse }: { refuse?: (attempt: number) => number | null } = {}): Promise<Mailbox> {
  const inbox: Received[] = [];
  const attempts: Mailbox["attempts"] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const code = refuse?.(attempts.length) ?? null;
        attempts.push({ at: Date.now(), refusedWith: code });
        if (code !== null) {
          const error = new Error(code < 500 ? "Try again later" : "Refused") as Error & { responseCode: number };
          error.responseCode = code;
          return callback(error);
        }
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    attempts,
    async waitFor(to, pattern = /./, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = inbox.find((m) => m.to.includes(to) && pattern.test(m.raw));
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${pattern} within ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The raw message body with quoted-printable soft line breaks undone (links survive intact). */
export function plainText(raw: string): string {
  return raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
}

/** A header's value as a mail app reads it: folded lines joined, or null when it is missing. */
export function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, " ");
  const line = head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}
