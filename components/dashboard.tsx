"use client";
// The facilitator's home: the current team, start a session from a template
// (built-in, own, or shared with the current team; share an own one with it),
// reopen a session.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { api, ApiError } from "../lib/client/api";
import { authClient } from "../lib/client/auth-client";
import type { TemplateSummary } from "../lib/client/template-api";
import { TeamSwitcher, useTeams } from "./team-switcher";

type SessionSummary = {
  id: string;
  title: string;
  joinCode: string;
  status: string;
  createdAt: string;
  participantCount: number;
  role: "owner" | "co-facilitator";
  /** the owner, for sessions this facilitator co-facilitates */
  ownerName?: string;
};

const STATUS_LABEL: Record<string, string> = { lobby: "Lobby", running: "Running", ended: "Ended" };

export function Dashboard() {
  const router = useRouter();
  const client = useQueryClient();
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { name: string; email: string; role: "admin" | "facilitator" } }>("/api/me"), retry: false });
  const templates = useQuery({ queryKey: ["templates"], queryFn: () => api<{ templates: TemplateSummary[] }>("/api/templates"), enabled: me.isSuccess });
  const sessions = useQuery({ queryKey: ["sessions"], queryFn: () => api<{ sessions: SessionSummary[] }>("/api/sessions"), enabled: me.isSuccess });
  const teams = useTeams(me.isSuccess);
  const currentTeam = teams.data?.teams.find((t) => t.id === teams.data?.currentTeamId) ?? null;
  const share = useMutation({
    mutationFn: ({ id, teamId }: { id: string; teamId: string | null }) => api(`/api/templates/${encodeURIComponent(id)}/team`, { method: "PUT", json: { teamId } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ["templates"] }),
  });
  const create = useMutation({
    mutationFn: (templateId: string) => api<{ session: { id: string } }>("/api/sessions", { method: "POST", json: { templateId } }),
    onSuccess: ({ session }) => {
      void client.invalidateQueries({ queryKey: ["sessions"] });
      router.push(`/console/${session.id}`);
    },
  });

  useEffect(() => {
    if (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED") router.replace("/signin");
  }, [me.error, router]);

  if (me.isLoading || (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED"))
    return (
      <main id="main" className="page">
        <p aria-live="polite">Loading…</p>
      </main>
    );
  if (me.error)
    return (
      <main id="main" className="page">
        <p className="error" role="alert">
          {me.error.message}
        </p>
      </main>
    );

  return (
    <main id="main" className="page stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>Your sessions</h1>
        <div className="row">
          <span className="muted">Signed in as {me.data?.facilitator.email}</span>
          <Link className="button secondary" href="/templates">
            Templates
          </Link>
          <Link className="button quiet" href="/account">
            Account
          </Link>
          {me.data?.facilitator.role === "admin" && (
            <Link className="button quiet" href="/admin">
              Administration
            </Link>
          )}
          <button
            className="button quiet"
            type="button"
            onClick={async () => {
              await authClient.signOut();
              router.push("/signin");
            }}
          >
            Sign out
          </button>
        </div>
      </div>

      <TeamSwitcher />

      <section aria-labelledby="templates-heading" className="stack">
        <h2 id="templates-heading">Start a session</h2>
        {templates.isLoading && <p>Loading templates…</p>}
        {templates.error && (
          <p className="error" role="alert">
            {templates.error.message}
          </p>
        )}
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {templates.data?.templates.map((t) => (
            <li key={t.id} className="card row" style={{ justifyContent: "space-between" }}>
              <div>
                <h3 style={{ marginBottom: 4 }}>
                  {t.title} {t.builtIn && <span className="muted">(built in)</span>}
                </h3>
                <p className="muted" style={{ margin: 0 }}>
                  {t.stepCount} steps · {t.promptCount} prompts{t.description ? ` · ${t.description}` : ""}
                </p>
                {t.team && (
                  <p style={{ margin: "0.35rem 0 0" }}>
                    Shared with {t.team.name}
                    {t.mine ? " by you" : ""}
                  </p>
                )}
                {t.supportCardUnfinished && (
                  <p style={{ margin: "0.35rem 0 0", color: "var(--warn)", fontWeight: 600 }}>
                    Support card unfinished: add your local crisis line (participants never see the placeholders)
                  </p>
                )}
              </div>
              <div className="row">
                {t.mine && !t.builtIn && currentTeam && t.team?.id !== currentTeam.id && (
                  <button className="button quiet" type="button" disabled={share.isPending} onClick={() => share.mutate({ id: t.id, teamId: currentTeam.id })}>
                    Share <span className="visually-hidden">“{t.title}” </span>with {currentTeam.name}
                  </button>
                )}
                {t.mine && t.team && (
                  <button className="button quiet" type="button" disabled={share.isPending} onClick={() => share.mutate({ id: t.id, teamId: null })}>
                    Stop sharing <span className="visually-hidden">“{t.title}”</span>
                  </button>
                )}
                <button className="button" type="button" disabled={create.isPending} onClick={() => create.mutate(t.id)}>
                  Start a session <span className="visually-hidden">from “{t.title}”</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
        {(create.error ?? share.error) && (
          <p className="error" role="alert">
            {(create.error ?? share.error)!.message}
          </p>
        )}
      </section>

      <section aria-labelledby="sessions-heading" className="stack">
        <h2 id="sessions-heading">Sessions</h2>
        {sessions.data?.sessions.length === 0 && <p className="muted">No sessions yet. Start one above.</p>}
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {sessions.data?.sessions.map((s) => (
            <li key={s.id} className="card row" style={{ justifyContent: "space-between" }}>
              <div>
                <h3 style={{ marginBottom: 4 }}>{s.title}</h3>
                <p className="muted" style={{ margin: 0 }}>
                  {s.role === "co-facilitator" && <>Co-facilitating with {s.ownerName} · </>}
                  {STATUS_LABEL[s.status] ?? s.status} · code {s.joinCode} · {s.participantCount} participants · {new Date(s.createdAt).toLocaleString()}
                </p>
              </div>
              <div className="row">
                <Link className="button secondary" href={`/console/${s.id}`}>
                  Console
                </Link>
                <Link className="button quiet" href={`/screen/${s.id}`} target="_blank">
                  Projector
                </Link>
                <Link className="button quiet" href={`/summary/${s.id}`}>
                  Summary
                </Link>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
