"use client";
// The session's audit trail, for its owner and its team's admins: which facilitator started, ended,
// exported, moderated, deleted responses, invited or removed whom, and when.
// Facilitators only: nothing a participant did is in it. Its words are in
// messages/<locale>/sharing.json (audit): the summary and the teams page load "sharing".
import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "use-intl";
import { readAuditFacts } from "../lib/audit-detail";
import { api } from "../lib/client/api";
import { useErrorText } from "./use-error-text";

type Entry = { id: string; actorName: string; action: string; detail: string; createdAt: string };
type AuditText = ReturnType<typeof useTranslations<"sharing.audit">>;

const ACTION_KEY = {
  "session:start": "sessionStart",
  "session:end": "sessionEnd",
  "moderation:set": "moderation",
  export: "export",
  "responses:delete": "responsesDelete",
  "co-facilitator:invite": "coFacilitatorInvite",
  "co-facilitator:join": "coFacilitatorJoin",
  "co-facilitator:remove": "coFacilitatorRemove",
  "co-facilitator:add": "coFacilitatorAdd",
} as const;

/** The name the server stores for an actor whose account is gone (server/repositories/audit-repository.ts). */
const FORMER_FACILITATOR = "a former facilitator";

/**
 * An entry's detail in the page's language: the facts the server stored (lib/audit-detail.ts), said
 * here; any other detail (a name, an e-mail address, an export format, or a sentence stored before
 * details were facts) is shown as stored.
 */
function detailText(t: AuditText, detail: string): string {
  const facts = readAuditFacts(detail);
  if (!facts) return detail;
  if ("moderated" in facts) return t("details.moderated", facts.moderated);
  if ("deleted" in facts) return t("details.deleted", facts.deleted);
  return facts.invited.email ? t("details.inviteFor", { email: facts.invited.email }) : t("details.inviteAnyone");
}

export function AuditTrail({ sessionId }: { sessionId: string }) {
  const t = useTranslations("sharing.audit");
  const format = useFormatter();
  const errorText = useErrorText();
  const query = useQuery({ queryKey: ["audit", sessionId], queryFn: () => api<{ entries: Entry[] }>(`/api/sessions/${encodeURIComponent(sessionId)}/audit`) });
  const line = (e: Entry) => {
    const actor = e.actorName === FORMER_FACILITATOR ? t("formerFacilitator") : e.actorName;
    const key = ACTION_KEY[e.action as keyof typeof ACTION_KEY];
    return key ? t(`actions.${key}`, { actor }) : t("actions.other", { actor, action: e.action });
  };
  return (
    <section className="card stack" aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t("heading")}</h2>
      <p className="muted">{t("intro")}</p>
      {query.error && (
        <p className="error" role="alert">
          {errorText(query.error)}
        </p>
      )}
      {query.data && query.data.entries.length === 0 && <p>{t("none")}</p>}
      {query.data && query.data.entries.length > 0 && (
        <ol className="stack" style={{ paddingInlineStart: "1.2rem" }}>
          {query.data.entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.createdAt}>
                {format.dateTime(new Date(e.createdAt), { year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "2-digit", second: "2-digit" })}
              </time>
              : {line(e)}
              {e.detail ? ` (${detailText(t, e.detail)})` : ""}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
