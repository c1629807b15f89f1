"use client";
// Who runs this session, in the console's side column. The owner invites a
// co-facilitator with a one-time link (shown once, to pass on privately),
// cancels unused links and removes co-facilitators; a co-facilitator sees
// who else runs it. The server decides (server/services/session-access.ts);
// this only hides what the viewer may not do.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../lib/client/api";
import { InviteEmailForm } from "./invite-email-form";
import { linkExpiry, OneTimeLinkNotice } from "./one-time-link-notice";

type Person = { id: string; name: string; email: string };
type Facilitators = {
  role: "owner" | "co-facilitator";
  owner: Person | null;
  coFacilitators: (Person & { since: string })[];
  invitations: { id: string; email: string | null; expiresAt: string }[];
  /** people from the owner's teams who could co-facilitate (owner only) */
  teamMates?: Person[];
};

export function CoFacilitatorsPanel({ sessionId }: { sessionId: string }) {
  const client = useQueryClient();
  const key = ["facilitators", sessionId];
  // someone accepting a link elsewhere shows up here within this interval
  const query = useQuery({ queryKey: key, queryFn: () => api<Facilitators>(`/api/sessions/${encodeURIComponent(sessionId)}/facilitators`), refetchInterval: 10_000 });
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const refresh = () => void client.invalidateQueries({ queryKey: key });
  const invite = useMutation({
    mutationFn: (email: string) =>
      api<{ invitation: { url: string; expiresAt: string } }>(`/api/sessions/${encodeURIComponent(sessionId)}/invitations`, { method: "POST", json: email ? { email } : {} }),
    onSuccess: ({ invitation }) => {
      setLink(invitation);
      refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`/api/sessions/${encodeURIComponent(sessionId)}/facilitators/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: refresh,
  });
  const addMate = useMutation({
    mutationFn: (facilitatorId: string) => api(`/api/sessions/${encodeURIComponent(sessionId)}/facilitators`, { method: "POST", json: { facilitatorId } }),
    onSuccess: refresh,
  });
  const cancel = useMutation({
    mutationFn: (id: string) => api(`/api/sessions/${encodeURIComponent(sessionId)}/invitations/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: refresh,
  });

  const data = query.data;
  const isOwner = data?.role === "owner";
  const problem = query.error ?? invite.error ?? remove.error ?? cancel.error ?? addMate.error;

  return (
    <section className="card stack" aria-labelledby="facilitators-heading">
      <h2 id="facilitators-heading">Facilitators</h2>
      {query.isLoading && <p aria-live="polite">Loading…</p>}
      {data && (
        <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          <li>
            {data.owner ? data.owner.name || data.owner.email : "—"} <span className="muted">(owner{isOwner ? ", you" : ""})</span>
          </li>
          {data.coFacilitators.map((person) => (
            <li key={person.id} className="row" style={{ justifyContent: "space-between" }}>
              <span>
                {person.name || person.email} <span className="muted">(co-facilitator)</span>
              </span>
              {isOwner && (
                <button
                  className="button quiet"
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Remove ${person.name || person.email}? Their console stops controlling this session at once.`)) remove.mutate(person.id);
                  }}
                >
                  Remove <span className="visually-hidden">{person.name || person.email}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {isOwner && data.teamMates && data.teamMates.length > 0 && (
        <form
          className="stack"
          onSubmit={(event) => {
            event.preventDefault();
            const id = String(new FormData(event.currentTarget).get("mate") ?? "");
            if (id) addMate.mutate(id);
          }}
        >
          <div>
            <label htmlFor="team-mate">Someone from your team</label>
            <select id="team-mate" name="mate" defaultValue="">
              <option value="" disabled>
                Choose…
              </option>
              {data.teamMates.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name && m.name !== m.email ? `${m.name} (${m.email})` : m.email}
                </option>
              ))}
            </select>
          </div>
          <button className="button secondary" type="submit" disabled={addMate.isPending}>
            Add as co-facilitator
          </button>
        </form>
      )}
      {isOwner && (
        <InviteEmailForm
          inputId="invite-email"
          label="Their e-mail (optional: only that account can use the link)"
          submitLabel="Invite a co-facilitator"
          disabled={invite.isPending}
          onInvite={(email) => invite.mutate(email)}
        />
      )}
      {link && (
        <OneTimeLinkNotice key={link.url} inputId="invite-link" label={`One-time link (works once, until ${linkExpiry(link.expiresAt)}). Send it privately:`} url={link.url} />
      )}
      {isOwner && data && data.invitations.length > 0 && (
        <div className="stack">
          <h3 style={{ fontSize: "1rem", margin: 0 }}>Unused links</h3>
          <ul style={{ listStyle: "none", padding: 0, margin: 0 }} className="stack">
            {data.invitations.map((i) => (
              <li key={i.id} className="row" style={{ justifyContent: "space-between" }}>
                <span className="muted">
                  {i.email ? `for ${i.email}` : "for anyone"}, until {linkExpiry(i.expiresAt)}
                </span>
                <button className="button quiet" type="button" disabled={cancel.isPending} onClick={() => cancel.mutate(i.id)}>
                  Cancel <span className="visually-hidden">link {i.email ? `for ${i.email}` : "for anyone"}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem.message}
        </p>
      )}
    </section>
  );
}
