"use client";
// Who runs this session, in the console's side column. The owner invites a
// co-facilitator with a one-time link (shown once, to pass on privately),
// cancels unused links and removes co-facilitators; a co-facilitator sees
// who else runs it. The server decides (server/services/session-access.ts);
// this only hides what the viewer may not do.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFormatter, useTranslations } from "use-intl";
import { api } from "../lib/client/api";
import { InviteEmailForm } from "./invite-email-form";
import { OneTimeLinkNotice } from "./one-time-link-notice";
import { useErrorText } from "./use-error-text";

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
  const t = useTranslations("console.facilitators");
  const format = useFormatter();
  const errorText = useErrorText();
  // when a link stops working, in the page's language
  const until = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });
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
      <h2 id="facilitators-heading">{t("heading")}</h2>
      {query.isLoading && <p aria-live="polite">{t("loading")}</p>}
      {data && (
        <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          <li>
            {data.owner ? data.owner.name || data.owner.email : "—"} <span className="muted">{isOwner ? t("ownerYou") : t("owner")}</span>
          </li>
          {data.coFacilitators.map((person) => (
            <li key={person.id} className="row" style={{ justifyContent: "space-between" }}>
              <span>
                {person.name || person.email} <span className="muted">{t("coFacilitator")}</span>
              </span>
              {isOwner && (
                <button
                  className="button quiet"
                  type="button"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(t("removeConfirm", { name: person.name || person.email }))) remove.mutate(person.id);
                  }}
                >
                  {t("remove")} <span className="visually-hidden">{person.name || person.email}</span>
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
            <label htmlFor="team-mate">{t("teamMate")}</label>
            <select id="team-mate" name="mate" defaultValue="">
              <option value="" disabled>
                {t("choose")}
              </option>
              {data.teamMates.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name && m.name !== m.email ? `${m.name} (${m.email})` : m.email}
                </option>
              ))}
            </select>
          </div>
          <button className="button secondary" type="submit" disabled={addMate.isPending}>
            {t("addMate")}
          </button>
        </form>
      )}
      {isOwner && (
        <InviteEmailForm inputId="invite-email" label={t("emailLabel")} submitLabel={t("invite")} disabled={invite.isPending} onInvite={(email) => invite.mutate(email)} />
      )}
      {link && <OneTimeLinkNotice key={link.url} inputId="invite-link" label={t("linkLabel", { until: until(link.expiresAt) })} url={link.url} />}
      {isOwner && data && data.invitations.length > 0 && (
        <div className="stack">
          <h3 style={{ fontSize: "1rem", margin: 0 }}>{t("unused")}</h3>
          <ul style={{ listStyle: "none", padding: 0, margin: 0 }} className="stack">
            {data.invitations.map((i) => (
              <li key={i.id} className="row" style={{ justifyContent: "space-between" }}>
                <span className="muted">{i.email ? t("forEmail", { email: i.email, until: until(i.expiresAt) }) : t("forAnyone", { until: until(i.expiresAt) })}</span>
                <button className="button quiet" type="button" disabled={cancel.isPending} onClick={() => cancel.mutate(i.id)}>
                  {t("cancel")} <span className="visually-hidden">{i.email ? t("cancelFor", { email: i.email }) : t("cancelForAnyone")}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {problem && (
        <p className="error" role="alert">
          {errorText(problem)}
        </p>
      )}
    </section>
  );
}
