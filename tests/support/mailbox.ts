import { SMTPServer } from "smtp-server";

// A real SMTP server on a free loopback port, keeping what it receives, for tests that claim email.

export type Received = { to: string[]; raw: string };

export type Mailbox = {
  url: string;
  inbox: Received[];
  /** Waits until a mail to `to` whose raw text matches `pattern` has arrived (mail is sent without waiting). */
  waitFor: (to: string, pattern?: RegExp, timeoutMs?: number) => Promise<Received>;
  close: () => Promise<void>;
};

export async function startMailbox(): Promise<Mailbox> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
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
