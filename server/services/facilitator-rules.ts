import type { Locale } from "../../lib/i18n/locales";
import type { SupportResources } from "../../lib/events";
import { templateContentSchema } from "../../lib/template-schema";
import type { Repositories } from "../repositories";
import type { PromptRecord } from "../repositories/session-repository";
import { HearthError } from "./hearth-error";
import type { LiveSession } from "./live-session";
import { hashPassphrase } from "./passphrase";
import { refuseIfEnded } from "./session-guards";

const STEP_TIMER_MS = 0;

export type FacilitatorRulesOptions = {
  repositories: Repositories;
  /** the deployment's retention in days: a session may choose fewer, never more */
  retentionDays: number;
};

export function createFacilitatorRules({ repositories: repos, retentionDays }: FacilitatorRulesOptions) {
  const rules = {
    async start(session: LiveSession) {
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      if (session.record.status === "running") return;
      const patch = { status: "running" as const, startedAt: session.record.startedAt ?? new Date() };
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
    },

    async end(session: LiveSession) {
      if (session.record.status === "ended") return;
      const patch = { status: "ended" as const, endedAt: new Date(), timerStartedAt: null };
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
      // closing the open prompts keeps late answers out of the record
      for (const step of session.steps) if (step.prompt?.state === "open") await rules.setPromptState(session, step.prompt, "closed");
    },

    /** The anonymity settings; a session may keep its responses for less time than the deployment, never more. */
    async updatePrivacy(session: LiveSession, input: { hideCounts?: boolean | null; retentionDays?: number | null; passphrase?: string | null }) {
      const patch: { hideCounts?: boolean | null; retentionDays?: number | null; passphraseHash?: string | null } = {};
      if (input.passphrase !== undefined) patch.passphraseHash = input.passphrase === null ? null : hashPassphrase(session.id, input.passphrase);
      if (input.hideCounts !== undefined) patch.hideCounts = input.hideCounts;
      if (input.retentionDays !== undefined) {
        if (input.retentionDays !== null && input.retentionDays > retentionDays)
          throw new HearthError("BAD_REQUEST", `This Hearth keeps responses for at most ${retentionDays} days after a session ends; choose ${retentionDays} or fewer.`);
        patch.retentionDays = input.retentionDays;
      }
      if (Object.keys(patch).length === 0) return;
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
    },

    /** The language the room sees; a running room keeps the one it started in (people are reading it). */
    async setLanguage(session: LiveSession, language: Locale) {
      if (session.record.language === language) return; // already so: nothing to refuse
      if (session.record.status !== "lobby") throw new HearthError("CONFLICT", "The language can be changed only before the session starts.");
      await repos.sessions.update(session.id, { language });
      session.record.language = language;
    },

    async setLocked(session: LiveSession, locked: boolean) {
      refuseIfEnded(session);
      await repos.sessions.update(session.id, { locked });
      session.record.locked = locked;
    },

    async gotoStep(session: LiveSession, index: number) {
      if (session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      if (index < 0 || index >= session.steps.length) throw new HearthError("BAD_REQUEST", `There is no step ${index + 1}; this session has ${session.steps.length}.`);
      // moving to a step starts the session (leaves the lobby) and resets the step timer
      const patch = {
        currentStepIndex: index,
        status: "running" as const,
        startedAt: session.record.startedAt ?? new Date(),
        timerStartedAt: null,
        timerElapsedMs: 0,
        timerDurationMs: STEP_TIMER_MS,
      };
      await repos.sessions.update(session.id, patch);
      Object.assign(session.record, patch);
    },

    async setPromptState(session: LiveSession, prompt: PromptRecord, state: "open" | "closed") {
      if (state === "open" && session.record.status === "ended") throw new HearthError("SESSION_ENDED", "This session has ended.");
      await repos.sessions.updatePrompt(prompt.id, { state });
      prompt.state = state;
    },

    async setRevealed(prompt: PromptRecord, resultsRevealed: boolean) {
      await repos.sessions.updatePrompt(prompt.id, { resultsRevealed });
      prompt.resultsRevealed = resultsRevealed;
    },

    async resetPrompt(session: LiveSession, prompt: PromptRecord) {
      // the answers of an ended session are its record: deleting them is retention's own route (DELETE …/responses)
      refuseIfEnded(session);
      await repos.responses.deleteForPrompt(prompt.id);
      const generation = await repos.sessions.clearRelease(prompt.id);
      session.forgetResponses(prompt.id);
      session.adoptRelease(prompt, generation, null);
    },

    async controlTimer(session: LiveSession, action: "start" | "pause" | "add_minute" | "reset") {
      refuseIfEnded(session);
      const r = session.record;
      const now = Date.now();
      const running = r.timerStartedAt !== null;
      let patch: { timerStartedAt?: Date | null; timerElapsedMs?: number; timerDurationMs?: number } = {};
      if (action === "start" && !running) patch = { timerStartedAt: new Date(now) };
      if (action === "pause" && running) patch = { timerStartedAt: null, timerElapsedMs: r.timerElapsedMs + (now - r.timerStartedAt!.getTime()) };
      if (action === "add_minute") patch = { timerDurationMs: Math.min(r.timerDurationMs + 60_000, 6 * 60 * 60_000) };
      if (action === "reset") patch = { timerStartedAt: null, timerElapsedMs: 0, timerDurationMs: 0 };
      if (Object.keys(patch).length === 0) return;
      await repos.sessions.update(session.id, patch);
      Object.assign(r, patch);
    },

    /**
     * The facilitator's support card for this session (filling in the starter
     * placeholders before they start, say). With `saveToTemplate`, their own
     * template gets it too; a built-in template is read-only and is left as
     * it is. Returns whether the template was saved.
     */
    async setResources(session: LiveSession, resources: SupportResources, saveToTemplate: boolean): Promise<boolean> {
      refuseIfEnded(session);
      await repos.sessions.update(session.id, { resources });
      session.record.resources = resources;
      if (!saveToTemplate || !session.record.templateId) return false;
      const template = await repos.templates.findVisible(session.record.templateId, session.record.ownerId);
      if (!template || template.ownerId !== session.record.ownerId) return false;
      const content = templateContentSchema.parse(template.content);
      return (await repos.templates.updateEditable(template.id, session.record.ownerId, { ...content, resources })) !== null;
    },

    async resetPauseRequests(session: LiveSession) {
      await repos.sessions.update(session.id, { pauseRequests: 0 });
      session.record.pauseRequests = 0;
    },
  };
  return rules;
}
