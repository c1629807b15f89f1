"use client";
// The post-session summary (facilitator only): header facts, the before/after
// shift, one section per prompt step with its chart (AggregateView, the same
// charts as live), reactions per text step, downloads, printing, and
// deleting the data. Everything comes from GET /api/sessions/:id/summary,
// which applies the anonymity threshold and moderation on the server.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { AuditTrail } from "./audit-trail";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { api, ApiError } from "../lib/client/api";
import {
  activityLabel,
  beforeAfterSubtitle,
  beforeAfterSuppressedText,
  countsLine,
  formatDuration,
  beforeAfterCountsText,
  NOT_ASKED_TEXT,
  notAsked,
  OPEN_TEXT_NOTE,
  promptSteps,
  REACTION_COLUMNS,
  reactionEntries,
  reactionSteps,
  stepLabel,
  suppressedText,
  notShownText,
} from "../lib/export/format";
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from "../lib/export/formats";
import type { SessionSummary, SummaryBeforeAfter, SummaryStep } from "../lib/export/summary-types";
import { AggregateView } from "./aggregate-view";
import styles from "./session-summary.module.css";

const STATUS: Record<string, string> = { lobby: "Not started yet", running: "Running — this is a live snapshot", ended: "Ended" };

function localDateTime(iso: string | null): string {
  if (!iso) return "—";
  return new Date(iso).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function SessionSummaryView({ sessionId }: { sessionId: string }) {
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
        <p aria-live="polite">Preparing the summary…</p>
      </main>
    );
  if (query.error || !query.data)
    return (
      <main id="main" className="page stack">
        <h1>Summary unavailable</h1>
        <p className="error" role="alert">
          {query.error instanceof ApiError && query.error.code === "NOT_FOUND"
            ? "This session does not exist, or it is not yours."
            : ((query.error as Error | null)?.message ?? "The summary could not be loaded.")}
        </p>
        <p>
          <Link href="/dashboard">Back to your sessions</Link>
        </p>
      </main>
    );

  const summary = query.data.summary;
  const s = summary.session;
  const deleted = s.responsesDeletedAt !== null;

  return (
    <main id="main" className={`page ${styles.report}`}>
      <nav className={`row ${styles.noPrint}`} aria-label="Session">
        <Link className="button quiet" href="/dashboard">
          Your sessions
        </Link>
        <Link className="button quiet" href={`/console/${sessionId}`}>
          Console
        </Link>
      </nav>

      <header className={styles.header}>
        <p className={styles.kicker}>Session summary</p>
        <h1 className={styles.title}>{s.title}</h1>
        <dl className={styles.facts}>
          <div>
            <dt>Template</dt>
            <dd>{s.template ?? "—"}</dd>
          </div>
          <div>
            <dt>Date</dt>
            <dd>{localDateTime(s.startedAt ?? s.createdAt)}</dd>
          </div>
          <div>
            <dt>Duration</dt>
            <dd>{formatDuration(s.durationMs)}</dd>
          </div>
          <div>
            <dt>Participants</dt>
            <dd>{s.participantCount}</dd>
          </div>
          <div>
            <dt>Anonymity threshold</dt>
            <dd>
              {s.anonymityThreshold} <span className={styles.hint}>(fewer answers: counts only)</span>
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{STATUS[s.status] ?? s.status}</dd>
          </div>
          {s.pauseRequests > 0 && (
            <div>
              <dt>Pause requests</dt>
              <dd>{s.pauseRequests}</dd>
            </div>
          )}
          {s.checkIns && (
            <div>
              <dt>Check-in requests</dt>
              <dd>
                {s.checkIns.total} ({s.checkIns.done} done)
              </dd>
            </div>
          )}
        </dl>
        {s.status === "running" && (
          <p className={`notice ${styles.noPrint}`}>
            The session is still running, so these numbers can still change.{" "}
            <button className="button quiet" type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
              {query.isFetching ? "Refreshing…" : "Refresh"}
            </button>
          </p>
        )}
      </header>

      {deleted ? (
        <section className={`card ${styles.deleted}`} aria-labelledby="deleted-heading">
          <h2 id="deleted-heading">The responses were deleted</h2>
          <p>
            All answers, reactions and pause requests of this session were deleted on {localDateTime(s.responsesDeletedAt)}. Nothing about them remains in Hearth; only the
            session&apos;s outline is left.
          </p>
        </section>
      ) : (
        <>
          <Downloads sessionId={sessionId} />
          {summary.beforeAfter.length > 0 && (
            <section aria-labelledby="before-after-heading" className={styles.section}>
              <h2 id="before-after-heading">Before and after</h2>
              {summary.beforeAfter.map((ba) => (
                <BeforeAfter key={ba.after.promptId} ba={ba} />
              ))}
            </section>
          )}
          <section aria-labelledby="steps-heading" className={styles.section}>
            <h2 id="steps-heading">Steps</h2>
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
        <p className="muted">You co-facilitate this session; only its owner can delete its data.</p>
      ) : null}

      <p className={styles.footer}>
        Participants are anonymous: no breakdown is shown for a prompt with fewer than {s.anonymityThreshold} answers, and open text appears only once approved.
      </p>
    </main>
  );
}

function Downloads({ sessionId }: { sessionId: string }) {
  return (
    <section aria-labelledby="downloads-heading" className={`card ${styles.downloads} ${styles.noPrint}`}>
      <h2 id="downloads-heading">Download or print</h2>
      <div className="row">
        {EXPORT_FORMATS.map((format) => (
          <a key={format} className="button secondary" href={`/api/sessions/${encodeURIComponent(sessionId)}/export?format=${encodeURIComponent(format)}`} download>
            {EXPORT_FORMAT_INFO[format].label}
          </a>
        ))}
        <button className="button quiet" type="button" onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <p className="muted">Exports contain no names or tokens. The responses CSV names each participant only by a random number that means nothing outside this session.</p>
    </section>
  );
}

function StepSection({ step }: { step: SummaryStep }) {
  const prompt = step.prompt;
  const headingId = `step-${step.index}`;
  return (
    <article className={`card ${styles.step}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className={styles.stepNo}>{stepLabel(step.index)}</span> {step.title}
      </h3>
      {prompt && (
        <>
          <p className={styles.question}>{prompt.question}</p>
          <p className={styles.meta}>
            {activityLabel(prompt)} · {countsLine(prompt)}
          </p>
          {notAsked(prompt) ? (
            <p className="muted">{NOT_ASKED_TEXT}</p>
          ) : prompt.aggregate.suppressed ? (
            <p className={styles.suppressed}>{suppressedText(prompt.aggregate.threshold)}</p>
          ) : (
            <>
              {prompt.kind === "open_text" && <p className={styles.meta}>{OPEN_TEXT_NOTE}</p>}
              <AggregateView
                aggregate={{ ...prompt.aggregate, notShownCount: null }}
                prompt={{ question: prompt.question, config: prompt.scale ?? undefined }}
                size="console"
                showPasses
              />
              {notShownText(prompt) && <p className={styles.meta}>{notShownText(prompt)}</p>}
            </>
          )}
        </>
      )}
    </article>
  );
}

function Reactions({ steps }: { steps: SummaryStep[] }) {
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="reactions-heading" className={styles.section}>
      <h2 id="reactions-heading">Reactions</h2>
      <div className={`card ${styles.step}`}>
        <table className={styles.reactionTable}>
          <caption className="visually-hidden">Reactions per step</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              {REACTION_COLUMNS.map((c) => (
                <th key={c.kind} scope="col" className={styles.num}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {steps.map((step) => (
              <tr key={step.index}>
                <th scope="row">
                  <span className={styles.stepNo}>{stepLabel(step.index)}</span> {step.title}
                </th>
                {reactionEntries(step).map((r) => (
                  <td key={r.kind} className={styles.num}>
                    {r.count}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function BeforeAfter({ ba }: { ba: SummaryBeforeAfter }) {
  // counts only, over those who answered both times (lib/aggregation/before-after.ts)
  const m = ba.comparison.movement;
  const headingId = `ba-${ba.after.promptId}`;
  return (
    <article className={`card ${styles.step}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{ba.question}</h3>
      <p className={styles.meta}>{beforeAfterSubtitle(ba)}</p>
      <p>{beforeAfterCountsText(ba)}</p>
      {m === null ? (
        <p className={styles.suppressed}>{beforeAfterSuppressedText(ba)}</p>
      ) : (
        <dl className={styles.movement}>
          <div>
            <dt>Moved up</dt>
            <dd>{m.movedUp}</dd>
          </div>
          <div>
            <dt>Stayed</dt>
            <dd>{m.stayed}</dd>
          </div>
          <div>
            <dt>Moved down</dt>
            <dd>{m.movedDown}</dd>
          </div>
        </dl>
      )}
    </article>
  );
}

// ---------------------------------------------------------------------------
// Retention: delete the responses, or the whole session, after typing its title

type Pending = "responses" | "session" | null;

function Retention({ summary, onResponsesDeleted, onSessionDeleted }: { summary: SessionSummary; onResponsesDeleted: () => void; onSessionDeleted: () => void }) {
  const s = summary.session;
  const client = useQueryClient();
  const [pending, setPending] = useState<Pending>(null);
  const [done, setDone] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (what: Exclude<Pending, null>) => api(`/api/sessions/${encodeURIComponent(s.id)}${what === "responses" ? "/responses" : ""}`, { method: "DELETE" }),
    onSuccess: (_data, what) => {
      setPending(null);
      void client.invalidateQueries({ queryKey: ["sessions"] });
      if (what === "responses") {
        setDone("The responses were deleted.");
        onResponsesDeleted();
      } else onSessionDeleted();
    },
  });
  const running = s.status === "running";
  const ended = s.status === "ended";

  return (
    <section aria-labelledby="retention-heading" className={`card ${styles.retention} ${styles.noPrint}`}>
      <h2 id="retention-heading">Delete this session&apos;s data</h2>
      {s.responsesDeleteAt && (
        <p>
          The answers, reactions, pause and check-in requests will be <strong>deleted automatically on {localDateTime(s.responsesDeleteAt)}</strong>.
        </p>
      )}
      <p>
        Deleting cannot be undone. Download anything you want to keep first.
        {running && " End the session in the console before deleting anything."}
      </p>
      {done && (
        <p role="status" className={styles.done}>
          {done}
        </p>
      )}
      <div className="row">
        {s.responsesDeletedAt === null && (
          <button className="button danger" type="button" disabled={!ended} onClick={() => setPending("responses")} aria-describedby={!ended ? "retention-why" : undefined}>
            Delete responses…
          </button>
        )}
        <button className="button danger" type="button" disabled={running} onClick={() => setPending("session")}>
          Delete the whole session…
        </button>
      </div>
      {!ended && (
        <p id="retention-why" className="muted">
          Responses can be deleted once the session has ended, so no new answers arrive afterwards.
        </p>
      )}
      <ConfirmDelete
        what={pending}
        title={s.title}
        busy={remove.isPending}
        error={remove.error ? remove.error.message : null}
        onCancel={() => {
          remove.reset();
          setPending(null);
        }}
        onConfirm={() => pending && remove.mutate(pending)}
      />
    </section>
  );
}

function ConfirmDelete({
  what,
  title,
  busy,
  error,
  onCancel,
  onConfirm,
}: {
  what: Pending;
  title: string;
  busy: boolean;
  error: string | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState("");
  const inputId = useId();
  const headingId = useId();

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (what && !d.open) {
      setTyped("");
      d.showModal();
    } else if (!what && d.open) d.close();
  }, [what]);

  const matches = typed.trim() === title.trim();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (matches && !busy) onConfirm();
  };

  return (
    <dialog ref={dialog} className={styles.dialog} aria-labelledby={headingId} onClose={onCancel}>
      <form onSubmit={submit} className="stack">
        <h2 id={headingId}>{what === "session" ? "Delete the whole session?" : "Delete all responses?"}</h2>
        <p>
          {what === "session"
            ? "The session, its outline, every answer, reaction and participant record will be deleted for good. Its summary and exports will no longer exist."
            : "Every answer, reaction and pause request of this session will be deleted for good. The summary will then only say that the data was deleted."}
        </p>
        <div>
          <label htmlFor={inputId}>
            Type the session title to confirm: <span className={styles.confirmTitle}>{title}</span>
          </label>
          <input id={inputId} type="text" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button className="button danger" type="submit" disabled={!matches || busy}>
            {busy ? "Deleting…" : what === "session" ? "Delete the session" : "Delete the responses"}
          </button>
          <button className="button quiet" type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
