import http from "node:http";

export function requestTimeouts(env?: Record<string, string | undefined>): {
  requestTimeout: number;
  headersTimeout: number;
  bodyIdleTimeout: number;
  connectionsCheckingInterval: number;
};
export class GuardedRequest extends http.IncomingMessage {
  guard(res: http.ServerResponse, options: { bodyIdleTimeout: number }): boolean;
}
