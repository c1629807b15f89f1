"use client";
// The summary's danger zone (owner only): delete the responses, or the whole
// session, after typing its title. Deleting needs the session ended (no new
// answers can arrive afterwards); the automatic deletion date is shown too.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { api } from "../../lib/client/api";
import type { SessionSummary } from "../../lib/export/summary-types";
import styles from "../session-summary.module.css";
import { localDateTime } from "./local-date-time";

type Pending = "responses" | "session" | null;

export function Retention({ summary, onResponsesDeleted, onSessionDeleted }: { summary: SessionSummary; onResponsesDeleted: () => void; onSessionDeleted: () => void }) {
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
