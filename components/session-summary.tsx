"use client";
// The post-session summary (facilitator only): header facts, the before/after
// shift, one section per prompt step with its chart (AggregateView, the same
// charts as live), reactions per text step, downloads, printing, and
// deleting the data. Everything comes from GET /api/sessions/:id/summary,
// which applies the anonymity threshold and moderation on the server.
// The parts live in components/session-summary/.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "use-intl";
import { ApiError, api } from "../lib/client/api";
import { errorCodeOf } from "../lib/client/errors";
import { promptSteps, reactionSteps } from "../lib/export/format";
import type { SessionSummary } from "../lib/export/summary-types";
import { AuditTrail } from "./audit-trail";
import { SummaryHeader } from "./session-summary/header";
import { useLocalDateTime } from "./session-summary/local-date-time";
import { Retention } from "./session-summary/retention";
import { BeforeAfter, Downloads, Reactions, StepSection } from "./session-summary/sections";
import styles from "./session-summary.module.css";

export function SessionSummaryView({ sessionId }: { sessionId: string }) {
  const t = useTranslations("summary");
  const localDateTime = useLocalDateTime();
  const headings = useTranslations("export.heading");
  const router = useRouter();
  // the owner deletes data and reads the audit trail; a co-facilitator reads the rest
  const role = useQuery({
    queryKey: ["session", sessionId, "role"],
    queryFn: () => api<{ session: { role: "owner" | "co-facilitator" | null } }>(`/api/sessions/${encodeURIComponent(sessionId)}`),
    retry: false,
  }).data?.session.role;
  const query = useQuery({
    queryKey: ["summary", sessionId],
    queryFn: () => api<{ summary: SessionSummary }>(`/api/sessions/${encodeURIComponent(sessionId)}/summary`),
    retry: false,
  });

  useEffect(() => {
    if (query.error instanceof ApiError && query.error.code === "UNAUTHENTICATED") router.replace("/signin");
  }, [query.error, router]);

  if (query.isLoading)
    return (
      <main id="main" className="page">
        <p aria-live="polite">{t("loading")}</p>
      </main>
    );
  if (query.error || !query.data) return <SummaryUnavailable error={query.error} />;

  const summary = query.data.summary;
  const s = summary.session;
  const deleted = s.responsesDeletedAt !== null;

  return (
    <main id="main" className={`page ${styles.report}`}>
      <nav className={`row ${styles.noPrint}`} aria-label={t("nav")}>
        <Link className="button quiet" href="/dashboard">
          {t("yourSessions")}
        </Link>
        <Link className="button quiet" href={`/console/${sessionId}`}>
          {t("console")}
        </Link>
      </nav>

      <SummaryHeader session={s} refreshing={query.isFetching} onRefresh={() => void query.refetch()} />

      {deleted ? (
        <section className={`card ${styles.deleted}`} aria-labelledby="deleted-heading">
          <h2 id="deleted-heading">{t("deletedHeading")}</h2>
          <p>{t("deletedBody", { date: localDateTime(s.responsesDeletedAt) })}</p>
        </section>
      ) : (
        <>
          <Downloads sessionId={sessionId} />
          {summary.beforeAfter.length > 0 && (
            <section aria-labelledby="before-after-heading" className={styles.section}>
              <h2 id="before-after-heading">{headings("beforeAfter")}</h2>
              {summary.beforeAfter.map((ba) => (
                <BeforeAfter key={ba.after.promptId} ba={ba} />
              ))}
            </section>
          )}
          <section aria-labelledby="steps-heading" className={styles.section}>
            <h2 id="steps-heading">{headings("steps")}</h2>
            {promptSteps(summary).map((step) => (
              <StepSection key={step.index} step={step} />
            ))}
          </section>
          <Reactions steps={reactionSteps(summary)} />
        </>
      )}

      {role === "owner" ? (
        <>
          <AuditTrail sessionId={sessionId} />
          <Retention summary={summary} onResponsesDeleted={() => void query.refetch()} onSessionDeleted={() => router.push("/dashboard")} />
        </>
      ) : role === "co-facilitator" ? (
        <p className="muted">{t("coFacilitator")}</p>
      ) : null}

      <p className={styles.footer}>{t("footer", { threshold: s.anonymityThreshold })}</p>
    </main>
  );
}

function SummaryUnavailable({ error }: { error: Error | null }) {
  const t = useTranslations("summary");
  const errors = useTranslations("common.errors");
  const code = errorCodeOf(error);
  return (
    <main id="main" className="page stack">
      <h1>{t("unavailable")}</h1>
      <p className="error" role="alert">
        {code === "NOT_FOUND" ? t("notFound") : code ? errors(code) : t("loadFailed")}
      </p>
      <p>
        <Link href="/dashboard">{t("backToSessions")}</Link>
      </p>
    </main>
  );
}
