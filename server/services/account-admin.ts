// What the instance administrator does from the Administration page: list
// accounts, make one-time links for new facilitators (while sign-up is by
// invitation), disable or re-enable an account, reset a password. Disabling
// ends the account's sign-ins and cuts its open consoles at once; the
// sessions it owns keep running for their co-facilitators.
import type { Auth } from "../auth";
import type { Repositories } from "../repositories";
import { HearthError, notFound } from "./hearth-error";
import { hashInvitationToken, INVITATION_TTL_MS, newInvitationToken } from "./invitation-token";
import { generatePassword, setPassword } from "./password-reset";

export type AccountAdminOptions = {
  auth: Auth;
  repositories: Repositories;
  publicUrl: () => string;
  /** disconnect every socket of this facilitator (every process) */
  onSignedOut?: (facilitatorId: string) => Promise<void>;
  now?: () => Date;
};

export function createAccountAdmin({ auth, repositories: repos, publicUrl, onSignedOut, now = () => new Date() }: AccountAdminOptions) {
  async function requireAdmin(facilitatorId: string) {
    const account = await repos.facilitators.account(facilitatorId);
    if (account?.role !== "admin") throw new HearthError("FORBIDDEN", "Only the administrator of this Hearth can do that.");
    return account;
  }
  async function target(id: string) {
    const account = await repos.facilitators.account(id);
    if (!account) throw notFound("account");
    return account;
  }

  return {
    requireAdmin,
    /** What the signed-in facilitator is here ("admin" or "facilitator"), for the pages' menus. */
    async roleOf(facilitatorId: string) {
      return (await repos.facilitators.account(facilitatorId))?.role ?? "facilitator";
    },
    async list(adminId: string) {
      await requireAdmin(adminId);
      return repos.facilitators.list();
    },
    async invite(adminId: string, input: { email?: string }) {
      await requireAdmin(adminId);
      const token = newInvitationToken();
      const expiresAt = new Date(now().getTime() + INVITATION_TTL_MS);
      await repos.coFacilitators.createInvitation({
        kind: "account",
        tokenHash: hashInvitationToken(token),
        createdById: adminId,
        email: input.email?.normalize("NFC").trim().toLowerCase() || undefined,
        expiresAt,
      });
      return { url: `${publicUrl().replace(/\/$/, "")}/invite/${token}`, expiresAt };
    },
    async setDisabled(adminId: string, id: string, disabled: boolean) {
      await requireAdmin(adminId);
      await target(id);
      if (id === adminId) throw new HearthError("BAD_REQUEST", "You can't disable your own account.");
      await repos.facilitators.setDisabled(id, disabled);
      if (disabled) await onSignedOut?.(id);
      return target(id);
    },
    /** A generated password, shown once to the administrator to pass on privately. */
    async resetPassword(adminId: string, id: string) {
      await requireAdmin(adminId);
      await target(id);
      const password = generatePassword();
      const { signedOut } = await setPassword(auth, id, password);
      await onSignedOut?.(id);
      return { password, signedOut };
    },
  };
}

export type AccountAdmin = ReturnType<typeof createAccountAdmin>;
