// Setting a facilitator's password for them (they forgot it; Hearth sends no
// e-mail): hashed by Better Auth itself, exactly as at sign-up, and every
// sign-in of the account is ended. Used by `npm run user:reset-password` and
// by the administrator's page.
import { generateJoinCode } from "../../lib/join-code";
import type { Auth } from "../auth";

/** 20 characters from the join-code alphabet (no 0/O, 1/I/L): about 98 bits, easy to read out. */
export function generatePassword(): string {
  return generateJoinCode(globalThis.crypto, { length: 20 }).match(/.{5}/g)!.join("-");
}

/** Returns how many sign-ins were ended. */
export async function setPassword(auth: Auth, userId: string, password: string): Promise<{ signedOut: number }> {
  const ctx = await auth.$context;
  const hash = await ctx.password.hash(password);
  const account = await ctx.internalAdapter.findCredentialAccount(userId);
  if (account) await ctx.internalAdapter.updateAccount(account.id, { password: hash });
  else await ctx.internalAdapter.linkAccount({ userId, providerId: "credential", accountId: userId, password: hash });
  const signedOut = (await ctx.internalAdapter.listSessions(userId)).length;
  await ctx.internalAdapter.deleteUserSessions(userId);
  return { signedOut };
}
