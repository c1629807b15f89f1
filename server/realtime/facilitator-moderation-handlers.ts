// The facilitator's commands on what reaches the wall: moderating answers,
// and blocking (or unblocking) an answer's author without learning who it is.
import { HearthError } from "../services/hearth-error";
import type { Change } from "./changes";
import { type HearthSocket, registerCommand } from "./command";
import type { RealtimeDeps } from "./deps";
import type { FacilitatorContext } from "./facilitator-context";
import { auditDetail } from "../../lib/audit-detail";

export function registerModerationHandlers(socket: HearthSocket, deps: RealtimeDeps, { sessions, owned, audit }: FacilitatorContext) {
  registerCommand(socket, deps, "author:block", async ({ sessionId, promptId, responseId }) => {
    const session = await owned(sessionId);
    sessions.requirePrompt(session, promptId);
    const { participantId, hidden } = await sessions.blockAuthor(session, promptId, responseId);
    // the acknowledgement and the console's state carry counts and answer ids, never who it is
    return {
      data: { hidden: [...hidden.values()].reduce((n, ids) => n + ids.length, 0) },
      session,
      changes: [
        { kind: "author-blocked", sessionId, participantId, blocked: true },
        ...[...hidden].map(([pid, ids]): Change => ({ kind: "moderation", sessionId, promptId: pid, responseIds: ids, status: "hidden" })),
        { kind: "session", sessionId },
      ],
    };
  });

  registerCommand(socket, deps, "author:unblock", async ({ sessionId, via }) => {
    const session = await owned(sessionId);
    const { participantId, restored } = await sessions.unblockAuthor(session, via);
    return {
      data: { restored: [...restored.values()].reduce((n, groups) => n + groups.length, 0) },
      session,
      changes: [
        ...(participantId ? [{ kind: "author-blocked", sessionId, participantId, blocked: false } satisfies Change] : []),
        ...[...restored].flatMap(([pid, groups]) => groups.map((g): Change => ({ kind: "moderation", sessionId, promptId: pid, responseIds: g.ids, status: g.status }))),
        { kind: "session", sessionId },
      ],
    };
  });

  registerCommand(socket, deps, "moderation:set", async ({ sessionId, promptId, responseIds, status, versions, individual }) => {
    if (individual && responseIds.length !== 1) throw new HearthError("BAD_REQUEST", "An individual decision is on one answer.");
    const session = await owned(sessionId);
    const prompt = sessions.requirePrompt(session, promptId);
    const updated = await sessions.moderate({ session, prompt, responseIds, status, versions, individual: individual === true });
    // which answers, never what they say
    if (updated.length > 0) await audit(session, "moderation:set", auditDetail({ moderated: { status, count: updated.length, question: prompt.question.slice(0, 80) } }));
    return {
      data: { updated: updated.length },
      session,
      changes: [
        // an empty decision changed nothing the others hold, and this room still gets a fresh view
        { kind: "moderation", sessionId, promptId, responseIds: updated, status },
        // a retraction (hidden answers leave the wall at once) is a new stored release: the others re-read it
        ...(updated.length > 0 && status === "hidden" ? [{ kind: "session", sessionId } satisfies Change] : []),
      ],
    };
  });
}
