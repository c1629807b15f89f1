// @ts-check
// Next.js settings. Security headers are not set here: the custom server
// (server/app.ts, with server/security/headers.ts) sets them on every page and
// static file before Next renders, so there is one source of truth for them.

/** @type {import("next").NextConfig} */
const nextConfig = {
  // the custom server (server/) hosts Next; these stay Node modules, never bundled
  serverExternalPackages: ["better-sqlite3", "@prisma/client", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
