// Which address a request comes from, for rate limiting only. The address is
// never stored, logged or put on a socket's data: it is computed when a
// limit is checked and handed to the limiter, which hashes it (./limiter.ts).
//
// Behind a reverse proxy (nginx, Caddy, a load balancer) every request
// arrives from the proxy's address. List the proxy in TRUST_PROXY and the
// client's address is read from X-Forwarded-For instead: from the right,
// skipping the trusted hops, so an address a client wrote into the header
// itself is never believed. Without TRUST_PROXY the header is ignored.
import { AsyncLocalStorage } from "node:async_hooks";
import type { IncomingMessage } from "node:http";
import { BlockList, isIP, isIPv4 } from "node:net";

/** Named groups of addresses accepted in TRUST_PROXY besides IPs and CIDR ranges. */
const PRESETS: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  private: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
};

export type ClientIpResolver = (req: Pick<IncomingMessage, "headers" | "socket">) => string;

/** Parse TRUST_PROXY: a comma-separated list of IPs, CIDR ranges and the words loopback, private, linklocal. */
export function parseTrustProxy(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export function createClientIpResolver(trustProxy: string[] = []): ClientIpResolver {
  const trusted = new BlockList();
  for (const entry of trustProxy.flatMap((e) => PRESETS[e.toLowerCase()] ?? [e])) {
    const [address, prefix] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUST_PROXY: "${entry}" is not an IP address, a CIDR range or one of ${Object.keys(PRESETS).join(", ")}`);
    const type = family === 4 ? "ipv4" : "ipv6";
    if (prefix === undefined) trusted.addAddress(address, type);
    else trusted.addSubnet(address, Number(prefix), type);
  }
  const isTrusted = (ip: string) => {
    const plain = unmapIPv4(ip);
    return trusted.check(plain, isIPv4(plain) ? "ipv4" : "ipv6");
  };

  return (req) => {
    const peer = unmapIPv4(req.socket?.remoteAddress ?? "");
    if (!peer || trustProxy.length === 0 || !isTrusted(peer)) return peer || "unknown";
    const forwarded = req.headers["x-forwarded-for"];
    const hops = (Array.isArray(forwarded) ? forwarded.join(",") : (forwarded ?? ""))
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
    for (let i = hops.length - 1; i >= 0; i--) {
      const hop = unmapIPv4(hops[i]);
      if (!isIP(hop)) return peer; // a garbled chain: trust nothing in it
      if (!isTrusted(hop)) return hop;
    }
    return peer;
  };
}

function unmapIPv4(ip: string): string {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  return match ? match[1] : ip;
}

/**
 * The key a client address is counted under: IPv4 as is, IPv6 by its /64
 * network, since one IPv6 client can pick any address in its /64.
 */
export function rateLimitKeyForIp(ip: string): string {
  const plain = unmapIPv4(ip);
  if (isIP(plain) !== 6) return plain;
  const [head, tail = ""] = plain.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = plain.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

// The client address of the HTTP request being handled, for code that only
// sees a Fetch Request (Better Auth's hooks). Set by the API's guard
// middleware (./http.ts) for the duration of one request.
const requestAddress = new AsyncLocalStorage<string>();

export function runWithClientIp<T>(ip: string, fn: () => T): T {
  return requestAddress.run(ip, fn);
}

export function currentClientIp(): string | undefined {
  return requestAddress.getStore();
}
