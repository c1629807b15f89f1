// Facilitator accounts: e-mail + password with Better Auth on our Prisma
// client. Better Auth owns hashing, sessions and cookies; Hearth maps its
// tables onto Facilitator / AuthSession / AuthAccount / AuthVerification.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import type { Db } from "./db";
import type { AuthGuards } from "./security/auth-guards";
import type { SignUpPolicy } from "./services/sign-up-policy";

export type AuthOptions = {
  prisma: Db;
  provider: "sqlite" | "postgresql";
  secret: string;
  /** the public origin, e.g. http://localhost:3000 */
  baseURL: string;
  trustedOrigins: string[];
  /** rate limits on sign-in, sign-up and change-password (server/security/auth-guards.ts) */
  guards?: AuthGuards;
  /** who may create an account, and the disabled-account check (server/services/sign-up-policy.ts) */
  signUpPolicy?: SignUpPolicy;
};

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 128;

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
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      autoSignIn: true,
    },
    user: { modelName: "facilitator" },
    session: { modelName: "authSession", expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    account: { modelName: "authAccount" },
    verification: { modelName: "authVerification" },
    telemetry: { enabled: false },
    // Hearth's own limits replace Better Auth's per-path limiter (see server/security/auth-guards.ts)
    rateLimit: { enabled: false },
    ...(options.guards ? { hooks: { before: options.guards.before, after: options.guards.after } } : {}),
    // No IP address or user agent is stored for anyone, facilitators included:
    // nothing in Hearth shows them, so keeping them would only be a liability.
    databaseHooks: {
      user: {
        create: {
          before: async (user, ctx) => {
            await options.signUpPolicy?.admit(user.email, ctx?.headers);
            return { data: user };
          },
          after: async (user) => {
            await options.signUpPolicy?.created(user);
          },
        },
      },
      session: {
        create: {
          before: async (session) => {
            await options.signUpPolicy?.mustNotBeDisabled(session.userId);
            return { data: { ...session, ipAddress: null, userAgent: null } };
          },
        },
      },
    },
    advanced: {
      // cookies are Secure (and __Secure- prefixed) whenever Hearth is served over HTTPS;
      // HttpOnly, and SameSite=Lax: not sent on cross-site sub-requests or posts
      useSecureCookies: options.baseURL.startsWith("https://"),
      defaultCookieAttributes: { sameSite: "lax", httpOnly: true, path: "/" },
      ipAddress: { disableIpTracking: true },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** A signed-in facilitator, as routes and sockets know them. */
export type Facilitator = { id: string; name: string; email: string };
/** Hono's context variables behind `requireFacilitator` (server/http/api.ts). */
export type FacilitatorEnv = { Variables: { facilitator: Facilitator } };

/** The facilitator behind a request's cookies, or null. */
export async function facilitatorFromHeaders(auth: Auth, headers: Headers): Promise<Facilitator | null> {
  const session = await auth.api.getSession({ headers });
  if (!session) return null;
  return { id: session.user.id, name: session.user.name, email: session.user.email };
}
