// What Mend's HTTP server accepts before Next sees a request: bodies up to MAX_BODY_BYTES, sent
// without long pauses. Next copies every POST body into memory (up to 10 MB) before proxy.ts
// runs, so a limit there comes too late: a declared length over the limit is refused here before
// a byte of the body is read, and a chunked body is counted as it arrives and cut off once over.
import http from "node:http";
import { MAX_BODY_BYTES, TOO_LARGE_MESSAGE } from "../request-limits.mjs";

const DEFAULT_REQUEST_TIMEOUT_SECONDS = 30;

/**
 * The server's timeouts from MEND_REQUEST_TIMEOUT_SECONDS (default 30): a client has that long to
 * send a whole request, a third of it for the headers, and a body that pauses for a third of it
 * is cut off. A slow response is never cut: these count only what the client sends.
 */
export function requestTimeouts(env = process.env) {
  const raw = env.MEND_REQUEST_TIMEOUT_SECONDS;
  const seconds = raw === undefined || raw === "" ? DEFAULT_REQUEST_TIMEOUT_SECONDS : Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`MEND_REQUEST_TIMEOUT_SECONDS must be a number of seconds above 0 (got "${raw}").`);
  }
  const requestTimeout = Math.round(seconds * 1000);
  const third = Math.max(1, Math.round(requestTimeout / 3));
  return {
    requestTimeout,
    headersTimeout: third,
    bodyIdleTimeout: third,
    // Node checks the request and header timeouts on this interval (30 s by default, longer than they are).
    connectionsCheckingInterval: Math.max(100, Math.min(1000, third)),
  };
}

/**
 * Answers, then lingers before closing: a client that sends its whole body before it reads (most
 * do, fetch included) still gets to read the answer. What it sends meanwhile is dropped, never
 * kept (Node discards the rest of a body nobody reads; GuardedRequest drops what Next would have
 * read). The connection closes when the body is over, or after `lingerMs` at the latest.
 */
function refuseRequest(req, res, status, body, lingerMs) {
  // Next may still be handling this request and write to the ended response: not a crash.
  res.on("error", () => {});
  const socket = req.socket;
  if (res.headersSent) {
    socket.destroy();
    return;
  }
  res.writeHead(status, {
    "Content-Type": body ? "application/json; charset=utf-8" : "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(body),
    "Cache-Control": "no-store",
    Connection: "close",
  });
  // With "Connection: close" Node destroys the socket as soon as the answer is written, and a
  // client still sending its body (fetch does) then fails instead of reading it. It lingers instead:
  // GuardedRequest closes it when the body ends, the timer at the latest.
  socket.destroySoon = () => {};
  res.end(body, () => setTimeout(() => socket.destroy(), lingerMs).unref());
}

const tooLarge = JSON.stringify({ error: TOO_LARGE_MESSAGE });

/**
 * The request object Node's HTTP parser fills: it counts body bytes as they are pushed, before
 * anyone reads them, and watches for pauses. `guard` arms it for one request.
 */
export class GuardedRequest extends http.IncomingMessage {
  #res = null;
  #received = 0;
  #idle = null;
  #refused = false;
  #lingerMs = 0;

  /** Starts counting this request's body and timing its pauses; false when it is already refused. */
  guard(res, { bodyIdleTimeout }) {
    this.#res = res;
    this.#lingerMs = bodyIdleTimeout;
    const declared = this.headers["content-length"];
    if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) {
      this.#refuse(413, tooLarge);
      return false;
    }
    const expectsBody = (declared !== undefined && Number(declared) > 0) || this.headers["transfer-encoding"] !== undefined;
    if (expectsBody && !this.complete) {
      this.#idle = setTimeout(() => this.#refuse(408, ""), bodyIdleTimeout);
      this.#idle.unref();
    }
    return true;
  }

  push(chunk, encoding) {
    if (this.#refused) {
      // The body is over: the client has read the answer or is about to; close. Never passed on:
      // Next must not go on with half a body.
      if (chunk === null) this.socket?.end();
      // Dropped, and true so the parser keeps draining the socket while the answer lingers.
      return true;
    }
    if (chunk === null) {
      clearTimeout(this.#idle);
    } else if (this.#res) {
      this.#received += chunk.length;
      if (this.#received > MAX_BODY_BYTES) {
        this.#refuse(413, tooLarge);
        return true;
      }
      this.#idle?.refresh();
    }
    return super.push(chunk, encoding);
  }

  #refuse(status, body) {
    if (this.#refused) return;
    this.#refused = true;
    clearTimeout(this.#idle);
    refuseRequest(this, this.#res, status, body, this.#lingerMs);
  }
}
