import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { PEER_ADDRESS_HEADER } from "@/lib/security/client-address";

const INSTALLED = Symbol.for("workplan.peerAddress");

type Emit = (this: unknown, event: string | symbol, ...args: unknown[]) => boolean;

/**
 * Next gives route handlers, server actions and the proxy no way to the connection: only the
 * request's headers, among them an X-Forwarded-For that Next fills with the socket's address
 * only when the client sent none. So the server process records the connection's address
 * itself, on every request before Next sees it, under PEER_ADDRESS_HEADER — overwriting
 * whatever a client sent under that name. Installed by instrumentation.ts's register() in the
 * process that serves the requests, under `next start` and `next dev` alike, so both commands
 * stay as they are (no custom server). lib/security/client-address.ts reads it.
 */
export function recordPeerAddresses(): void {
  for (const Server of [http.Server, https.Server]) {
    const prototype = Server.prototype as unknown as { emit: Emit; [INSTALLED]?: true };
    if (prototype[INSTALLED]) continue;
    const emit = prototype.emit;
    prototype.emit = function (this: unknown, event, ...args) {
      if (event === "request") {
        const request = args[0] as IncomingMessage;
        request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      }
      return emit.call(this, event, ...args);
    };
    prototype[INSTALLED] = true;
  }
}
