import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clientIp } from "@/lib/auth/throttle";
import { readEnv } from "@/lib/env";
import { PEER_ADDRESS_HEADER } from "@/lib/security/client-address";
import { recordPeerAddresses } from "@/lib/server/peer-address";

// Issue 18.2: the throttle and the audit log took the first X-Forwarded-For entry, which the
// client chooses. Now: the connection's own address (recorded by the server, lib/security/
// peer-address.ts), and X-Forwarded-For only when that connection is a configured proxy.
const request = (peer: string | null, forwardedFor?: string) =>
  new Headers({
    ...(peer === null ? {} : { [PEER_ADDRESS_HEADER]: peer }),
    ...(forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor }),
  });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the client's address", () => {
  it("is the connection's address when no proxy is configured, whatever X-Forwarded-For says", () => {
    vi.stubEnv("TRUSTED_PROXIES", "");
    expect(clientIp(request("198.51.100.7", "203.0.113.9"))).toBe("198.51.100.7");
    expect(clientIp(request("198.51.100.7"))).toBe("198.51.100.7");
    // Rotating the header escapes nothing: every attempt counts against one address.
    const keys = new Set(
      Array.from({ length: 20 }, (_, i) => clientIp(request("198.51.100.7", `203.0.113.${i}`))),
    );
    expect([...keys]).toEqual(["198.51.100.7"]);
  });

  it("is the right-most X-Forwarded-For entry not added by a trusted proxy", () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8, 127.0.0.1");
    // nginx appends the address it was connected from: what the client sent stays on the left.
    expect(clientIp(request("127.0.0.1", "203.0.113.9, 198.51.100.7"))).toBe("198.51.100.7");
    // Two proxies in a row.
    expect(clientIp(request("10.0.0.2", "203.0.113.9, 198.51.100.7, 10.0.0.5"))).toBe(
      "198.51.100.7",
    );
    // Someone else's address sent by the client locks nobody else out.
    expect(clientIp(request("10.0.0.2", "192.0.2.1, 198.51.100.8"))).toBe("198.51.100.8");
    // A proxy that was asked without a forwarded address (its own health check): the proxy.
    expect(clientIp(request("10.0.0.2"))).toBe("10.0.0.2");
    // Only proxies along the way: the first of them.
    expect(clientIp(request("10.0.0.2", "10.1.1.1, 10.0.0.5"))).toBe("10.1.1.1");
  });

  it("ignores X-Forwarded-For from a connection that is not a trusted proxy", () => {
    vi.stubEnv("TRUSTED_PROXIES", "10.0.0.0/8");
    expect(clientIp(request("198.51.100.7", "10.0.0.9, 203.0.113.9"))).toBe("198.51.100.7");
  });

  it("reads IPv6, IPv4 mapped into IPv6 and addresses with ports", () => {
    vi.stubEnv("TRUSTED_PROXIES", "::1, 2001:db8::/32");
    expect(clientIp(request("::ffff:198.51.100.7"))).toBe("198.51.100.7");
    expect(clientIp(request("::1", "2001:DB8:0:0:0:0:0:7, 2a00:1450::1"))).toBe("2a00:1450::1");
    expect(clientIp(request("::1", "[2a00:1450::2]:443"))).toBe("2a00:1450::2");
    expect(clientIp(request("::1", "198.51.100.9:51234"))).toBe("198.51.100.9");
    // A proxy's entry that is no address at all: the proxy itself, never what the text says.
    expect(clientIp(request("::1", "not-an-address"))).toBe("::1");
  });

  it("is unknown when the server could not see the connection", () => {
    vi.stubEnv("TRUSTED_PROXIES", "");
    expect(clientIp(request(null, "203.0.113.9"))).toBe("unknown");
  });

  it("refuses to start with a TRUSTED_PROXIES entry that is no address or range", () => {
    expect(() => readEnv({ TRUSTED_PROXIES: "10.0.0.0/8, nginx.internal" })).toThrow(
      /TRUSTED_PROXIES/,
    );
    expect(() => readEnv({ TRUSTED_PROXIES: "10.0.0.0/33" })).toThrow(/TRUSTED_PROXIES/);
    expect(readEnv({ TRUSTED_PROXIES: "10.0.0.0/8 ::1,192.0.2.7" }).TRUSTED_PROXIES).toBe(
      "10.0.0.0/8 ::1,192.0.2.7",
    );
  });

  it("is recorded by the server from the connection, over whatever a client sent under its name", async () => {
    // What instrumentation.ts installs in the process that serves requests (next start, next dev).
    recordPeerAddresses();
    const server = createServer((incoming, response) => {
      response.end(JSON.stringify(incoming.headers[PEER_ADDRESS_HEADER] ?? null));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const seen = await new Promise<unknown>((resolve, reject) => {
        const sent = httpRequest(
          {
            host: "127.0.0.1",
            port,
            headers: { [PEER_ADDRESS_HEADER]: "203.0.113.66", "x-forwarded-for": "203.0.113.66" },
          },
          (response) => {
            let body = "";
            response.on("data", (chunk) => {
              body += chunk;
            });
            response.on("end", () => resolve(JSON.parse(body)));
          },
        );
        sent.on("error", reject);
        sent.end();
      });
      expect(seen).toBe("127.0.0.1");
      vi.stubEnv("TRUSTED_PROXIES", "");
      expect(clientIp(request(seen as string, "203.0.113.66"))).toBe("127.0.0.1");
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
