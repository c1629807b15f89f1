import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // the custom server (server/) hosts Next; these stay Node modules, never bundled
  serverExternalPackages: ["better-sqlite3", "@prisma/client", "pg"],
  poweredByHeader: false,
  reactStrictMode: true,
  typescript: { ignoreBuildErrors: false },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

export default nextConfig;
