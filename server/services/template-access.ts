// Who may see and change which template (the rules are in template-service.ts's
// header): the template as this facilitator may use it, or "not found" /
// "forbidden".
import type { TemplateRecord, TemplateRepository } from "../repositories/template-repository";
import { BUILT_IN_READ_ONLY, SHARED_AUTHOR_ONLY, SHARED_READ_ONLY } from "./template-errors";
import { HearthError, notFound } from "./hearth-error";

/** The teams side of the rules (server/services/team-service.ts). */
export type TemplateTeams = {
  roleOf(teamId: string, facilitatorId: string): Promise<"owner" | "admin" | "member" | null>;
  currentTeam(facilitatorId: string): Promise<{ id: string } | null>;
};

export type TemplateAccessOptions = { templates: TemplateRepository; teams?: TemplateTeams };

export function createTemplateAccess({ templates, teams }: TemplateAccessOptions) {
  async function mayEdit(template: TemplateRecord, facilitatorId: string): Promise<boolean> {
    if (template.builtInKey !== null || template.ownerId === null) return false;
    if (template.ownerId === facilitatorId) return true;
    const role = template.teamId && teams ? await teams.roleOf(template.teamId, facilitatorId) : null;
    return role === "owner" || role === "admin";
  }

  /** The record with what this facilitator may do with it (`viewer`). */
  async function withViewer(template: TemplateRecord, facilitatorId: string): Promise<TemplateRecord> {
    return { ...template, viewer: { mine: template.ownerId === facilitatorId, editable: await mayEdit(template, facilitatorId) } };
  }

  /** The template if this facilitator may see it (own, built-in, or shared with their team); otherwise "not found". */
  async function visible(id: string, ownerId: string): Promise<TemplateRecord> {
    const template = await templates.findVisible(id, ownerId);
    if (!template) throw notFound("template");
    return withViewer(template, ownerId);
  }

  /** The template if this facilitator may change it; built-in ones, and a member's change to a shared one, are refused. */
  async function owned(id: string, ownerId: string): Promise<TemplateRecord> {
    const template = await visible(id, ownerId);
    if (!template.viewer!.editable) throw new HearthError("FORBIDDEN", template.builtInKey !== null ? BUILT_IN_READ_ONLY : SHARED_READ_ONLY);
    return template;
  }

  /** The template if this facilitator made it (deleting, sharing). */
  async function authored(id: string, ownerId: string): Promise<TemplateRecord> {
    const template = await owned(id, ownerId);
    if (template.ownerId !== ownerId) throw new HearthError("FORBIDDEN", SHARED_AUTHOR_ONLY);
    return template;
  }

  return { withViewer, visible, owned, authored };
}

export type TemplateAccess = ReturnType<typeof createTemplateAccess>;
