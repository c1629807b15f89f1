"use client";
// The facilitator's home: the current team, start a session from a template
// (built-in, own, or shared with the current team; share an own one with it),
// reopen a session. The built-in session in the facilitator's own language is
// listed; the other languages' are folded under "In other languages".
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect } from "react";
import { useFormatter, useLocale, useTranslations } from "use-intl";
import { api, ApiError } from "../lib/client/api";
import { authClient } from "../lib/client/auth-client";
import type { TemplateSummary } from "../lib/client/template-api";
import { groupTemplates } from "../lib/client/template-groups";
import { TeamSwitcher, type TeamsList, useTeams } from "./team-switcher";
import { TemplateLanguage } from "./template-language";
import languageStyles from "./template-language.module.css";
import { useErrorText } from "./use-error-text";

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

const STATUSES = ["lobby", "running", "ended"] as const;
const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export function Dashboard() {
  const t = useTranslations("dashboard");
  const errorText = useErrorText();
  const router = useRouter();
  const me = useQuery({ queryKey: ["me"], queryFn: () => api<{ facilitator: { name: string; email: string; role: "admin" | "facilitator" } }>("/api/me"), retry: false });
  const sessions = useQuery({ queryKey: ["sessions"], queryFn: () => api<{ sessions: SessionSummary[] }>("/api/sessions"), enabled: me.isSuccess });

  useEffect(() => {
    if (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED") router.replace("/signin");
  }, [me.error, router]);

  if (me.isLoading || (me.error instanceof ApiError && me.error.code === "UNAUTHENTICATED"))
    return (
      <main id="main" className="page">
        <p aria-live="polite">{t("loading")}</p>
      </main>
    );
  if (me.error)
    return (
      <main id="main" className="page">
        <p className="error" role="alert">
          {errorText(me.error)}
        </p>
      </main>
    );

  return (
    <main id="main" className="page stack">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h1>{t("heading")}</h1>
        <div className="row">
          <span className="muted" style={{ overflowWrap: "anywhere" }}>
            {t("signedInAs", { email: me.data?.facilitator.email ?? "" })}
          </span>
          <Link className="button secondary" href="/templates">
            {t("templatesLink")}
          </Link>
          <Link className="button quiet" href="/account">
            {t("accountLink")}
          </Link>
          {me.data?.facilitator.role === "admin" && (
            <Link className="button quiet" href="/admin">
              {t("adminLink")}
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
            {t("signOut")}
          </button>
        </div>
      </div>

      <TeamSwitcher />
      <StartSession enabled={me.isSuccess} />
      <SessionList sessions={sessions.data?.sessions} />
    </main>
  );
}

function StartSession({ enabled }: { enabled: boolean }) {
  const t = useTranslations("dashboard");
  const errorText = useErrorText();
  const locale = useLocale();
  const router = useRouter();
  const client = useQueryClient();
  const templates = useQuery({ queryKey: ["templates"], queryFn: () => api<{ templates: TemplateSummary[] }>("/api/templates"), enabled });
  const teams = useTeams(enabled);
  const currentTeam = teams.data?.teams.find((team) => team.id === teams.data?.currentTeamId) ?? null;
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
  const { own, builtIn, otherLanguages } = groupTemplates(templates.data?.templates ?? [], locale);
  const row = (template: TemplateSummary) => (
    <TemplateRow
      key={template.id}
      template={template}
      currentTeam={currentTeam}
      busy={{ share: share.isPending, create: create.isPending }}
      onShare={(teamId) => share.mutate({ id: template.id, teamId })}
      onStart={() => create.mutate(template.id)}
    />
  );
  const failure = create.error ?? share.error;

  return (
    <section aria-labelledby="templates-heading" className="stack">
      <h2 id="templates-heading">{t("startHeading")}</h2>
      {templates.isLoading && <p>{t("loadingTemplates")}</p>}
      {templates.error && (
        <p className="error" role="alert">
          {errorText(templates.error)}
        </p>
      )}
      <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
        {[...builtIn, ...own].map(row)}
      </ul>
      {otherLanguages.length > 0 && (
        <details className={languageStyles.otherLanguages}>
          <summary>{t("otherLanguages")}</summary>
          <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
            {otherLanguages.map(row)}
          </ul>
        </details>
      )}
      {failure && (
        <p className="error" role="alert">
          {errorText(failure)}
        </p>
      )}
    </section>
  );
}

type RowProps = {
  template: TemplateSummary;
  currentTeam: TeamsList["teams"][number] | null;
  busy: { share: boolean; create: boolean };
  onShare: (teamId: string | null) => void;
  onStart: () => void;
};

function TemplateRow({ template: tpl, currentTeam, busy, onShare, onStart }: RowProps) {
  const t = useTranslations("dashboard");
  return (
    <li className="card row" style={{ justifyContent: "space-between" }}>
      <div style={{ minWidth: 0 }}>
        <h3 style={{ marginBottom: 4, overflowWrap: "anywhere" }}>
          <span lang={tpl.language}>{tpl.title}</span> {tpl.builtIn && <span className="muted">{t("builtIn")}</span>} <TemplateLanguage language={tpl.language} />
        </h3>
        <p className="muted" style={{ margin: 0 }}>
          {t("counts", { steps: tpl.stepCount, prompts: tpl.promptCount })}
          {tpl.description ? (
            <>
              {" · "}
              <span lang={tpl.language}>{tpl.description}</span>
            </>
          ) : null}
        </p>
        {tpl.team && <p style={{ margin: "0.35rem 0 0" }}>{tpl.mine ? t("sharedWithByYou", { team: tpl.team.name }) : t("sharedWith", { team: tpl.team.name })}</p>}
        {tpl.supportCardUnfinished && <p style={{ margin: "0.35rem 0 0", color: "var(--warn)", fontWeight: 600 }}>{t("supportCardUnfinished")}</p>}
      </div>
      <div className="row">
        {tpl.mine && !tpl.builtIn && currentTeam && tpl.team?.id !== currentTeam.id && (
          <button className="button quiet" type="button" disabled={busy.share} onClick={() => onShare(currentTeam.id)}>
            {t.rich("share", { title: tpl.title, team: currentTeam.name, hidden })}
          </button>
        )}
        {tpl.mine && tpl.team && (
          <button className="button quiet" type="button" disabled={busy.share} onClick={() => onShare(null)}>
            {t.rich("stopSharing", { title: tpl.title, hidden })}
          </button>
        )}
        <button className="button" type="button" disabled={busy.create} onClick={onStart}>
          {t.rich("start", { title: tpl.title, hidden })}
        </button>
      </div>
    </li>
  );
}

function SessionList({ sessions }: { sessions: SessionSummary[] | undefined }) {
  const t = useTranslations("dashboard");
  const format = useFormatter();
  return (
    <section aria-labelledby="sessions-heading" className="stack">
      <h2 id="sessions-heading">{t("sessionsHeading")}</h2>
      {sessions?.length === 0 && <p className="muted">{t("noSessions")}</p>}
      <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
        {sessions?.map((s) => (
          <li key={s.id} className="card row" style={{ justifyContent: "space-between" }}>
            <div style={{ minWidth: 0 }}>
              <h3 style={{ marginBottom: 4, overflowWrap: "anywhere" }}>{s.title}</h3>
              <p className="muted" style={{ margin: 0 }}>
                {s.role === "co-facilitator" && t("coFacilitating", { owner: s.ownerName ?? "" })}
                {t("sessionMeta", {
                  status: (STATUSES as readonly string[]).includes(s.status) ? t(`status.${s.status as (typeof STATUSES)[number]}`) : s.status,
                  code: s.joinCode,
                  participants: s.participantCount,
                  created: format.dateTime(new Date(s.createdAt), { dateStyle: "medium", timeStyle: "short" }),
                })}
              </p>
            </div>
            <div className="row">
              <Link className="button secondary" href={`/console/${s.id}`}>
                {t("console")}
              </Link>
              <Link className="button quiet" href={`/screen/${s.id}`} target="_blank">
                {t("projector")}
              </Link>
              <Link className="button quiet" href={`/summary/${s.id}`}>
                {t("summary")}
              </Link>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
