import { BlockList, isIP } from "node:net";

/**
 * Who is asking: the address the throttle counts and the audit log records (issue 18.2).
 *
 * The connection's own address, as the server saw it — recorded on every request under
 * PEER_ADDRESS_HEADER by lib/server/peer-address.ts, overwriting whatever a client sent under
 * that name (Next hands route handlers, actions and the proxy no socket). X-Forwarded-For only
 * counts when that connection is one of TRUSTED_PROXIES (addresses or CIDR ranges, e.g.
 * `127.0.0.1` for nginx on the same machine): then the client is the right-most entry that a
 * trusted proxy did not add — each proxy appends the address it was connected from, so what the
 * client wrote itself stays on the left, ignored.
 */
export const PEER_ADDRESS_HEADER = "x-workplan-peer-address";

/** "::ffff:198.51.100.7" → "198.51.100.7"; "[2001:db8::1]:443", "198.51.100.7:5000" → the address. */
export function normaliseAddress(value: string): string | null {
  let text = value.trim().toLowerCase();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed?.[1]) text = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (mapped?.[1]) text = mapped[1];
  const family = isIP(text);
  if (family === 0) return null;
  // One spelling per address: 2001:DB8:0:0::7 and 2001:db8::7 are the same client.
  return family === 6 ? new URL(`http://[${text}]/`).hostname.slice(1, -1) : text;
}

export type TrustedProxies = BlockList;

/** The TRUSTED_PROXIES list (commas or spaces between entries); an error names a bad entry. */
export function parseTrustedProxies(text: string | undefined): TrustedProxies | Error {
  const list = new BlockList();
  for (const entry of (text ?? "").split(/[\s,]+/).filter(Boolean)) {
    const [address = "", bits, ...rest] = entry.split("/");
    const normal = normaliseAddress(address);
    const family = normal ? isIP(normal) : 0;
    const prefix = bits === undefined ? null : Number(bits);
    const max = family === 4 ? 32 : 128;
    if (
      !normal ||
      rest.length > 0 ||
      (prefix !== null && (!/^\d+$/.test(bits ?? "") || prefix > max))
    ) {
      return new Error(
        `TRUSTED_PROXIES: "${entry}" is neither an IP address nor a CIDR range (10.0.0.0/8, ::1)`,
      );
    }
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === null) list.addAddress(normal, type);
    else list.addSubnet(normal, prefix, type);
  }
  return list;
}

const trusts = (proxies: TrustedProxies, address: string) =>
  proxies.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");

/** The client's address, lower-case; "unknown" when the server did not record the connection. */
export function clientAddress(
  peer: string | null,
  forwardedFor: string | null,
  proxies: TrustedProxies,
): string {
  const connection = peer ? normaliseAddress(peer) : null;
  if (!connection) return "unknown";
  if (!trusts(proxies, connection)) return connection;
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  let client = connection;
  for (let i = entries.length - 1; i >= 0; i--) {
    const address = normaliseAddress(entries[i] ?? "");
    // What a trusted proxy wrote is an address; anything else means no trustworthy client
    // address is known beyond the last proxy.
    if (!address) return client;
    client = address;
    if (!trusts(proxies, address)) return address;
  }
  return client;
}

let cached: { text: string | undefined; proxies: TrustedProxies } | undefined;

/** TRUSTED_PROXIES from the environment (validated at start-up by lib/env.ts). */
export function trustedProxies(): TrustedProxies {
  const text = process.env.TRUSTED_PROXIES;
  if (!cached || cached.text !== text) {
    const parsed = parseTrustedProxies(text);
    cached = { text, proxies: parsed instanceof Error ? new BlockList() : parsed };
  }
  return cached.proxies;
}

/** The address of the request these headers came with. */
export function requestAddress(headers: Headers): string {
  return clientAddress(
    headers.get(PEER_ADDRESS_HEADER),
    headers.get("x-forwarded-for"),
    trustedProxies(),
  );
}
