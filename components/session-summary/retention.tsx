"use client";
// The summary's danger zone (owner only): delete the responses, or the whole
// session, after typing its title. Deleting needs the session ended (no new
// answers can arrive afterwards); the automatic deletion date is shown too.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { api } from "../../lib/client/api";
import { errorCodeOf } from "../../lib/client/errors";
import type { SessionSummary } from "../../lib/export/summary-types";
import styles from "../session-summary.module.css";
import { useLocalDateTime } from "./local-date-time";

type Pending = "responses" | "session" | null;

export function Retention({ summary, onResponsesDeleted, onSessionDeleted }: { summary: SessionSummary; onResponsesDeleted: () => void; onSessionDeleted: () => void }) {
  const t = useTranslations("summary.retention");
  const localDateTime = useLocalDateTime();
  const errors = useTranslations("common.errors");
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
        setDone(t("done"));
        onResponsesDeleted();
      } else onSessionDeleted();
    },
  });
  const running = s.status === "running";
  const ended = s.status === "ended";

  return (
    <section aria-labelledby="retention-heading" className={`card ${styles.retention} ${styles.noPrint}`}>
      <h2 id="retention-heading">{t("heading")}</h2>
      {s.responsesDeleteAt && <p>{t.rich("autoDelete", { date: localDateTime(s.responsesDeleteAt), strong: (chunks) => <strong>{chunks}</strong> })}</p>}
      <p>
        {t("cannotUndo")}
        {running && ` ${t("endFirst")}`}
      </p>
      {done && (
        <p role="status" className={styles.done}>
          {done}
        </p>
      )}
      <div className="row">
        {s.responsesDeletedAt === null && (
          <button className="button danger" type="button" disabled={!ended} onClick={() => setPending("responses")} aria-describedby={!ended ? "retention-why" : undefined}>
            {t("deleteResponses")}
          </button>
        )}
        <button className="button danger" type="button" disabled={running} onClick={() => setPending("session")}>
          {t("deleteSession")}
        </button>
      </div>
      {!ended && (
        <p id="retention-why" className="muted">
          {t("why")}
        </p>
      )}
      <ConfirmDelete
        what={pending}
        title={s.title}
        busy={remove.isPending}
        error={remove.error ? errors(errorCodeOf(remove.error) ?? "INTERNAL") : null}
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
  const t = useTranslations("summary.retention");
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
        <h2 id={headingId}>{what === "session" ? t("confirmSessionTitle") : t("confirmResponsesTitle")}</h2>
        <p>{what === "session" ? t("confirmSessionBody") : t("confirmResponsesBody")}</p>
        <div>
          <label htmlFor={inputId}>
            {t("typeTitle")} <span className={styles.confirmTitle}>{title}</span>
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
            {busy ? t("deleting") : what === "session" ? t("confirmSession") : t("confirmResponses")}
          </button>
          <button className="button quiet" type="button" onClick={onCancel}>
            {t("cancel")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
