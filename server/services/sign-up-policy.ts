// Who may create a facilitator account (HEARTH_SIGNUP):
// - the first account of a fresh install, always (it becomes the instance
//   administrator), whatever the mode;
// - "open": anyone who reaches the server;
// - "invite" (the default): only with a one-time link from the administrator;
// - "closed": nobody — not through the page and not through the API.
// It runs inside Better Auth's user-creation hook (server/auth.ts), so no path
// that creates an account can go around it.
import { APIError } from "better-auth/api";
import type { AccountRefusal } from "../../lib/errors";
import type { Repositories } from "../repositories";
import { hashInvitationToken, INVITATION_TOKEN_PATTERN } from "./invitation-token";

export const SIGN_UP_MODES = ["open", "invite", "closed"] as const;
export type SignUpMode = (typeof SIGN_UP_MODES)[number];
export const DEFAULT_SIGN_UP_MODE: SignUpMode = "invite";

/** The header the sign-up form sends an invitation token in. */
export const INVITATION_HEADER = "x-hearth-invitation";

// the reason beside the code lets the sign-in page say it in the reader's language; the message is the API's
const refuse = (reason: AccountRefusal, message: string) => new APIError("FORBIDDEN", { code: "FORBIDDEN", reason, message });

export function createSignUpPolicy({ mode, repositories, now = () => new Date() }: { mode: SignUpMode; repositories: Repositories; now?: () => Date }) {
  /** invitation ids claimed by a sign-up in progress, by e-mail, until the account exists */
  const claimed = new Map<string, string>();
  return {
    mode,
    /** What the sign-up page should offer now. */
    async current(): Promise<SignUpMode | "first-account"> {
      return (await repositories.facilitators.count()) === 0 ? "first-account" : mode;
    },
    /** Before an account is created: refuses (HTTP 403) unless this mode lets it in; claims the invitation. */
    async admit(email: string, headers: Headers | undefined): Promise<void> {
      if ((await repositories.facilitators.count()) === 0) return;
      if (mode === "open") return;
      if (mode === "closed") throw refuse("SIGN_UP_CLOSED", "This Hearth is not taking new accounts. Ask the person who runs it.");
      const token = headers?.get(INVITATION_HEADER) ?? "";
      const invitation = INVITATION_TOKEN_PATTERN.test(token) ? await repositories.coFacilitators.findInvitation(hashInvitationToken(token)) : null;
      if (invitation?.kind !== "account") throw refuse("INVITATION_REQUIRED", "New accounts need an invitation link from the person who runs this Hearth.");
      if (invitation.email && invitation.email !== email.normalize("NFC").trim().toLowerCase())
        throw refuse("INVITATION_OTHER_EMAIL", "This invitation is for another e-mail address.");
      if (!(await repositories.coFacilitators.claimInvitation(invitation.id, null, now())))
        throw refuse("INVITATION_USED", "This invitation link has expired or has already been used. Ask for a new one.");
      claimed.set(email.toLowerCase(), invitation.id);
    },
    /** After an account was created: record who used the invitation; the first account becomes the administrator. */
    async created(user: { id: string; email: string }): Promise<void> {
      const invitationId = claimed.get(user.email.toLowerCase());
      if (invitationId) {
        claimed.delete(user.email.toLowerCase());
        await repositories.coFacilitators.setInvitationUser(invitationId, user.id);
      }
      await repositories.facilitators.promoteIfNoAdmin(user.id);
    },
    /** Disabled accounts cannot sign in (their existing sign-ins were ended when they were disabled). */
    async mustNotBeDisabled(userId: string): Promise<void> {
      if (await repositories.facilitators.isDisabled(userId)) throw refuse("ACCOUNT_DISABLED", "This account has been disabled. Ask the person who runs this Hearth.");
    },
  };
}

export type SignUpPolicy = ReturnType<typeof createSignUpPolicy>;
