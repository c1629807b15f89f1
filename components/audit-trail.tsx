"use client";
// The session's audit trail, for its owner and its team's admins: which facilitator started, ended,
// exported, moderated, deleted responses, invited or removed whom, and when.
// Facilitators only: nothing a participant did is in it.
import { useQuery } from "@tanstack/react-query";
import { api } from "../lib/client/api";

type Entry = { id: string; actorName: string; action: string; detail: string; createdAt: string };

const ACTION_TEXT: Record<string, string> = {
  "session:start": "started the session",
  "session:end": "ended the session",
  "moderation:set": "moderated",
  export: "exported",
  "responses:delete": "deleted the responses",
  "co-facilitator:invite": "made a co-facilitator link",
  "co-facilitator:join": "joined as co-facilitator",
  "co-facilitator:remove": "removed a co-facilitator",
  "co-facilitator:add": "added a co-facilitator from the team",
};

export function AuditTrail({ sessionId }: { sessionId: string }) {
  const query = useQuery({ queryKey: ["audit", sessionId], queryFn: () => api<{ entries: Entry[] }>(`/api/sessions/${encodeURIComponent(sessionId)}/audit`) });
  return (
    <section className="card stack" aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit trail</h2>
      <p className="muted">What the facilitators of this session did. It is deleted with the session.</p>
      {query.error && (
        <p className="error" role="alert">
          {query.error.message}
        </p>
      )}
      {query.data && query.data.entries.length === 0 && <p>Nothing yet.</p>}
      {query.data && query.data.entries.length > 0 && (
        <ol className="stack" style={{ paddingLeft: "1.2rem" }}>
          {query.data.entries.map((e) => (
            <li key={e.id}>
              <time dateTime={e.createdAt}>{new Date(e.createdAt).toLocaleString()}</time>: {e.actorName} {ACTION_TEXT[e.action] ?? e.action}
              {e.detail ? ` (${e.detail})` : ""}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
