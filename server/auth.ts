// Facilitator accounts: e-mail + password with Better Auth on our Prisma
// client. Better Auth owns hashing, sessions and cookies; Hearth maps its
// tables onto Facilitator / AuthSession / AuthAccount / AuthVerification.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Db } from "./db";

export type AuthOptions = {
  prisma: Db;
  provider: "sqlite" | "postgresql";
  secret: string;
  /** the public origin, e.g. http://localhost:3000 */
  baseURL: string;
  trustedOrigins: string[];
};

export const MIN_PASSWORD_LENGTH = 10;

export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: "Hearth",
    secret: options.secret,
    baseURL: options.baseURL,
    basePath: "/api/auth",
    trustedOrigins: options.trustedOrigins,
    database: prismaAdapter(options.prisma, { provider: options.provider }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: true,
    },
    user: { modelName: "facilitator" },
    session: { modelName: "authSession", expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    account: { modelName: "authAccount" },
    verification: { modelName: "authVerification" },
    telemetry: { enabled: false },
    advanced: {
      // cookies are Secure whenever Hearth is served over HTTPS
      useSecureCookies: options.baseURL.startsWith("https://"),
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The facilitator behind a request's cookies, or null. */
export async function facilitatorFromHeaders(auth: Auth, headers: Headers): Promise<{ id: string; name: string; email: string } | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}
