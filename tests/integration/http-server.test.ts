import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killGroup, type ProdServer } from "../support/prod-server.mjs";
import { PG_ADMIN_URL, ROOT } from "../setup/paths";
import { PASSWORD, seedAccount, startTestServer } from "./prod-server-fixture";

// Mend's own HTTP server (lib/cli/server.mjs) in front of Next, over raw sockets: what it does with
// bodies that are too big, too slow or sent in chunks (issue 21, point 6), and what a refused
// server-action request answers (point 7). A real production server (the `.next-e2e` build, made
// by start.mjs when the sources changed) on its own data folder, with the request timeout set short.
// It speaks HTTP to a SQLite file of its own, so the PostgreSQL run of the suite skips it.

const REQUEST_TIMEOUT_SECONDS = 3;
/** The generous upper bound for "the server ended the connection": far above the configured timeout. */
const BOUND_MS = 20_000;

let server: ProdServer;
let port: number;
let dataDir: string;
let logFile: string;

beforeAll(async () => {
  if (PG_ADMIN_URL) return;
  ({ server, port, dataDir, logFile } = await startTestServer("http-server-", {
    MEND_REQUEST_TIMEOUT_SECONDS: String(REQUEST_TIMEOUT_SECONDS),
  }));
}, 1_900_000);

afterAll(async () => {
  if (server) await killGroup(server, "SIGTERM");
});

type Reply = { status: number | null; headers: Record<string, string>; body: string; closed: boolean };

/** Splits what the server sent into status, headers and a (de-chunked) body. */
function parseReply(raw: Buffer, closed: boolean): Reply {
  const text = raw.toString("utf8");
  const split = text.indexOf("\r\n\r\n");
  if (split < 0) return { status: null, headers: {}, body: "", closed };
  const [statusLine = "", ...lines] = text.slice(0, split).split("\r\n");
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    headers[name] = headers[name] ? `${headers[name]}\n${line.slice(colon + 1).trim()}` : line.slice(colon + 1).trim();
  }
  let body = text.slice(split + 4);
  if (headers["transfer-encoding"] === "chunked") {
    let decoded = "";
    let rest = body;
    for (;;) {
      const end = rest.indexOf("\r\n");
      const size = parseInt(rest.slice(0, end), 16);
      if (!(size > 0)) break;
      decoded += rest.slice(end + 2, end + 2 + size);
      rest = rest.slice(end + 2 + size + 2);
    }
    body = decoded;
  }
  return { status: Number(statusLine.split(" ")[1]) || null, headers, body, closed };
}

type Sender = (socket: net.Socket, state: { answered: () => boolean; over: Promise<void> }) => void | Promise<void>;

/**
 * One connection: `send` writes the request (never half-closing our side, so a closed connection
 * is the server's doing). Resolves once the server closes the connection, or after BOUND_MS.
 */
function exchange(send: Sender): Promise<Reply> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    const received: Buffer[] = [];
    let settle!: () => void;
    const over = new Promise<void>((r) => (settle = r));
    let finished = false;
    const finish = (closed: boolean) => {
      if (finished) return;
      finished = true;
      clearTimeout(bound);
      socket.destroy();
      settle();
      resolve(parseReply(Buffer.concat(received), closed));
    };
    const bound = setTimeout(() => finish(false), BOUND_MS);
    socket.on("data", (chunk) => received.push(chunk));
    socket.on("end", () => finish(true));
    socket.on("close", () => finish(true));
    // A reset while we still write is one way of closing; "close" follows.
    socket.on("error", () => {});
    socket.on("connect", () => void send(socket, { answered: () => received.length > 0, over }));
  });
}

const head = (lines: string[]) => lines.join("\r\n") + "\r\n\r\n";
const hostLine = () => `Host: 127.0.0.1:${port}`;

describe.skipIf(Boolean(PG_ADMIN_URL))("bodies that are too big or too slow (issue 21, point 6)", () => {
  it("refuses a declared length over the limit with 413 before any of the body is sent, and closes the connection", async () => {
    const reply = await exchange((socket) => {
      socket.write(head(["POST /signin HTTP/1.1", hostLine(), "Content-Type: application/octet-stream", "Content-Length: 104857600"]));
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/20,000 characters/);
    expect(reply.closed).toBe(true);
  }, 60_000);

  it("cuts off a body that stops arriving", async () => {
    const reply = await exchange((socket) => {
      socket.write(head(["POST /signin HTTP/1.1", hostLine(), "Content-Type: application/octet-stream", "Content-Length: 1000"]));
      socket.write("only the first few bytes");
    });
    expect(reply.closed).toBe(true);
    if (reply.status !== null) expect(reply.status).toBe(408);
  }, 60_000);

  it("passes a small chunked POST through to the app: a sign-in sent in chunks signs in", async () => {
    const email = await seedAccount(dataDir, "http");
    const csrf = await fetch(`http://127.0.0.1:${port}/api/auth/csrf`);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
    const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `http://127.0.0.1:${port}/app`, json: "true" });
    const body = form.toString();
    const reply = await exchange((socket) => {
      socket.write(
        head([
          "POST /api/auth/callback/credentials HTTP/1.1",
          hostLine(),
          "Content-Type: application/x-www-form-urlencoded",
          "Transfer-Encoding: chunked",
          `Cookie: ${cookies.join("; ")}`,
          "Connection: close",
        ]),
      );
      const half = Math.floor(body.length / 2);
      for (const piece of [body.slice(0, half), body.slice(half)]) socket.write(`${piece.length.toString(16)}\r\n${piece}\r\n`);
      socket.write("0\r\n\r\n");
    });
    expect(reply.status).toBe(200);
    expect(reply.headers["set-cookie"]).toMatch(/next-auth\.session-token=/);
  }, 60_000);

  it("answers 413 to a chunked body once it passes the limit, and closes the connection without waiting for the rest", async () => {
    const piece = Buffer.alloc(64 * 1024, "a");
    const chunk = Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from("\r\n")]);
    const reply = await exchange(async (socket, { answered, over }) => {
      socket.write(head(["POST /signin HTTP/1.1", hostLine(), "Content-Type: application/octet-stream", "Transfer-Encoding: chunked"]));
      // Up to 8 MB, never the end of the body: the server must not wait for it.
      for (let sent = 0; sent < 8 * 1024 * 1024 && !answered() && !socket.destroyed; sent += piece.length) {
        if (!socket.write(chunk)) await Promise.race([new Promise((r) => socket.once("drain", r)), over]);
      }
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatch(/20,000 characters/);
    expect(reply.closed).toBe(true);
  }, 60_000);
});

// ---- point 7 ------------------------------------------------------------------------------------

/** next-auth's real credentials sign-in: the session cookie. */
async function signIn(email: string) {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.join("; ") },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: `${base}/app`, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in failed: HTTP ${res.status}`);
  return session.split(";")[0]!;
}

/** Every row of every table, to compare before and after. */
function databaseContents() {
  const db = new Database(path.join(dataDir, "mend.db"), { readonly: true });
  try {
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[];
    return Object.fromEntries(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all()]));
  } finally {
    db.close();
  }
}

function actionId(exportedName: string) {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, ".next-e2e", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName: string }>;
  };
  const ids = Object.entries(manifest.node).filter(([, entry]) => entry.exportedName === exportedName);
  if (ids.length !== 1) throw new Error(`expected one ${exportedName} in the build, found ${ids.length}`);
  return ids[0]![0];
}

/** The arguments as the browser's form sends them: React's own encoder, as multipart form data. */
async function encodedForm(fields: Record<string, string>) {
  const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-webpack/client.node") as {
    encodeReply: (value: unknown) => Promise<string | FormData>;
  };
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request("http://encoder.invalid/", { method: "POST", body: await encodeReply([null, form]) });
  return { contentType: request.headers.get("content-type")!, bytes: Buffer.from(await request.arrayBuffer()) };
}

describe.skipIf(Boolean(PG_ADMIN_URL))("refused server-action requests (issue 21, point 7)", () => {
  let cookie: string;
  let createCouple: string;
  let valid: { contentType: string; bytes: Buffer };

  beforeAll(async () => {
    cookie = await signIn(await seedAccount(dataDir, "http"));
    createCouple = actionId("createCoupleAction");
    valid = await encodedForm({ name: "Robin and Kit", side: "unsaid" });
  });

  /** A server action posted as the browser posts it (`Next-Action`), with what the case changes. */
  function postAction({
    origin,
    contentType = valid.contentType,
    body = valid.bytes,
  }: {
    origin?: string;
    contentType?: string;
    body?: Buffer;
  }) {
    return exchange((socket) => {
      socket.write(
        head([
          "POST /app/welcome HTTP/1.1",
          hostLine(),
          `Cookie: ${cookie}`,
          `Next-Action: ${createCouple}`,
          "Accept: text/x-component",
          `Content-Type: ${contentType}`,
          `Content-Length: ${body.length}`,
          "Connection: close",
          ...(origin === undefined ? [] : [`Origin: ${origin}`]),
        ]),
      );
      socket.write(body);
    });
  }

  const deepArray = "[".repeat(20_000) + "]".repeat(20_000);
  const deepObject = '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000);
  // `sent`: a value from the request that must not reach the log.
  const cases: { name: string; status: number; sent?: string; request: () => Parameters<typeof postAction>[0] }[] = [
    { name: "a foreign origin", status: 403, sent: "elsewhere.example", request: () => ({ origin: "https://elsewhere.example" }) },
    { name: "an opaque origin", status: 403, request: () => ({ origin: "null" }) },
    { name: "a malformed origin", status: 400, sent: "not-a-host", request: () => ({ origin: "http://[not-a-host" }) },
    {
      name: "a truncated multipart body",
      status: 400,
      request: () => ({ origin: `http://127.0.0.1:${port}`, body: valid.bytes.subarray(0, valid.bytes.length - 30) }),
    },
    {
      name: "a deeply nested multipart payload",
      status: 400,
      request: () => ({
        origin: `http://127.0.0.1:${port}`,
        contentType: "multipart/form-data; boundary=----deep",
        body: Buffer.from(`------deep\r\nContent-Disposition: form-data; name="0"\r\n\r\n${deepArray}\r\n------deep--\r\n`),
      }),
    },
    {
      name: "a deeply nested plain-text payload",
      status: 400,
      request: () => ({ origin: `http://127.0.0.1:${port}`, contentType: "text/plain;charset=UTF-8", body: Buffer.from(deepObject) }),
    },
  ];

  it.each(cases)(
    "answers $status to $name, with no stack trace, one log line without values, and nothing written",
    async (c) => {
      const before = databaseContents();
      const logOffset = fs.statSync(logFile).size;
      const request = c.request();
      const reply = await postAction(request);
      expect(reply.status).toBe(c.status);
      expect(reply.body).not.toMatch(/\n\s+at\s|Error|digest/);
      const logged = fs.readFileSync(logFile).subarray(logOffset).toString("utf8");
      expect(logged.split("\n").filter((line) => /refused a server action/.test(line))).toHaveLength(1);
      expect(logged).not.toMatch(/\n\s+at\s/);
      if (c.sent) expect(logged).not.toContain(c.sent);
      expect(databaseContents()).toEqual(before);
    },
    60_000,
  );

  it("still runs the same action when the request is well formed (the cases above are refused for what they change)", async () => {
    const couples = () => (databaseContents().Couple as unknown[]).length;
    const before = couples();
    const reply = await postAction({ origin: `http://127.0.0.1:${port}` });
    expect(reply.status).toBe(200);
    expect(couples()).toBe(before + 1);
  }, 60_000);
});

// Last in this file: it ends the server the cases above share.
describe.skipIf(Boolean(PG_ADMIN_URL))("a server process that dies (issue 26, step 4)", () => {
  it("makes `npm start` fail, not exit as if stopped on purpose, when V8 aborts it (as on running out of memory)", async () => {
    const ps = spawnSync("ps", ["-e", "-o", "pid=,pgid=,args="], { encoding: "utf8" });
    const child = ps.stdout
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .find(([, group, ...args]) => Number(group) === server.pgid && args.join(" ").includes("lib/cli/server.mjs"));
    expect(child, "the server process under npm start").toBeDefined();
    process.kill(Number(child![0]), "SIGABRT");
    expect(await server.exited).toEqual({ code: 1, signal: null });
    expect(fs.readFileSync(logFile, "utf8")).toContain("Mend: the server process stopped (SIGABRT); Mend is not running.");
  }, 60_000);
});
