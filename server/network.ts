// The addresses Hearth can be reached at: participants' phones join over the
// local network, so the LAN address matters as much as localhost.
import { networkInterfaces } from "node:os";

export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) if (info.family === "IPv4" && !info.internal) found.push(info.address);
  }
  return found;
}

/** Every origin a browser may legitimately use for this server. */
export function localOrigins(port: number): string[] {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`, `http://[::1]:${port}`, ...lanAddresses().map((a) => `http://${a}:${port}`)];
}
