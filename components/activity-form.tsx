"use client";
// The participant's answer form for one prompt, for each activity kind.
//
// Promises kept here:
// - "Pass" is always offered, beside "Send", at the same size: an equal choice.
// - "Saved ✓" is shown only once the server has acknowledged the answer.
// - Nothing typed is lost: on an error the input stays, the server's message
//   is shown, and the same answer can be sent again.
// - Every control is a native input or button (keyboard and screen-reader
//   operable), at least 48px tall, and fits a 360px-wide phone.
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from "react";
import {
  LIMITS,
  activityConfigSchemas,
  type ActivityConfig,
  type ActivityKind,
  type AnswerValue,
  type AnyAnswerValue,
} from "@/lib/activities";
import type { RetryNotice } from "@/lib/client/answer-retry";
import type { OwnAnswer, PromptView } from "@/lib/events";
import { cleanUserText } from "@/lib/user-text";
import styles from "./activity-form.module.css";

export type AnswerPayload = { promptId: string; pass: true } | { promptId: string; value: unknown };

export type ActivityFormProps = {
  prompt: PromptView;
  /** the participant's answer as last acknowledged by the server */
  own: OwnAnswer | undefined;
  /**
   * send an answer or a pass; resolves once the server has saved it, rejects
   * with its message; calls `onRetrying` each time it is about to send again
   * by itself (lib/client/answer-retry.ts)
   */
  onSubmit: (payload: AnswerPayload, onRetrying?: (notice: RetryNotice) => void) => Promise<unknown>;
  /** level of the question's heading (default 2) */
  headingLevel?: 2 | 3;
  className?: string;
};

// ---------------------------------------------------------------------------
// Drafts: what the participant is editing, per kind

type Drafts = {
  single_choice: { optionId: string | null };
  multiple_choice: { optionIds: string[] };
  scale: { value: number | null };
  word_cloud: { words: string[] };
  open_text: { text: string };
  ranking: { order: string[] };
};
type Draft = Drafts[ActivityKind];

type Parsed = { [K in ActivityKind]: { kind: K; config: ActivityConfig[K] } }[ActivityKind];

function parsePrompt(prompt: PromptView): Parsed | null {
  const schema = activityConfigSchemas[prompt.kind];
  if (!schema) return null;
  const result = schema.safeParse(prompt.config);
  return result.success ? ({ kind: prompt.kind, config: result.data } as Parsed) : null;
}

function emptyDraft(p: Parsed): Draft {
  switch (p.kind) {
    case "single_choice":
      return { optionId: null };
    case "multiple_choice":
      return { optionIds: [] };
    case "scale":
      return { value: null };
    case "word_cloud":
      return { words: Array.from({ length: p.config.maxWords }, () => "") };
    case "open_text":
      return { text: "" };
    case "ranking":
      return { order: [] };
  }
}

function draftFromOwn(p: Parsed, own: OwnAnswer | undefined): Draft {
  const empty = emptyDraft(p);
  if (!own || own.passed || !own.value) return empty;
  const v = own.value as Partial<Record<string, unknown>>;
  switch (p.kind) {
    case "single_choice":
      return typeof v.optionId === "string" ? { optionId: v.optionId } : empty;
    case "multiple_choice":
      return Array.isArray(v.optionIds) ? { optionIds: (v.optionIds as string[]).filter((id) => p.config.options.some((o) => o.id === id)) } : empty;
    case "scale":
      return typeof v.value === "number" ? { value: v.value } : empty;
    case "word_cloud": {
      if (!Array.isArray(v.words)) return empty;
      const words = (v.words as string[]).slice(0, p.config.maxWords);
      return { words: [...words, ...Array.from({ length: p.config.maxWords - words.length }, () => "")] };
    }
    case "open_text":
      return typeof v.text === "string" ? { text: v.text } : empty;
    case "ranking":
      return Array.isArray(v.order) ? { order: (v.order as string[]).filter((id) => p.config.options.some((o) => o.id === id)) } : empty;
  }
}

type Check = { ok: true; value: AnyAnswerValue } | { ok: false; message: string };

/** Turn a draft into an answer value, or say (kindly) what is missing. */
function draftToValue(p: Parsed, draft: Draft): Check {
  switch (p.kind) {
    case "single_choice": {
      const d = draft as Drafts["single_choice"];
      return d.optionId ? { ok: true, value: { optionId: d.optionId } } : { ok: false, message: "Choose one of the options first, or Pass." };
    }
    case "multiple_choice": {
      const d = draft as Drafts["multiple_choice"];
      if (d.optionIds.length === 0) return { ok: false, message: "Choose at least one option first, or Pass." };
      const max = p.config.maxSelections;
      if (max !== undefined && d.optionIds.length > max) return { ok: false, message: `Choose at most ${max}.` };
      return { ok: true, value: { optionIds: d.optionIds } };
    }
    case "scale": {
      const d = draft as Drafts["scale"];
      return d.value !== null ? { ok: true, value: { value: d.value } } : { ok: false, message: "Choose a number first, or Pass." };
    }
    case "word_cloud": {
      const d = draft as Drafts["word_cloud"];
      const words: string[] = [];
      for (const [index, raw] of d.words.entries()) {
        if (raw.trim() === "") continue;
        const cleaned = cleanUserText(raw, { maxLength: LIMITS.wordLength, multiline: false });
        if (!cleaned.ok) {
          if (cleaned.code === "TEXT_EMPTY") continue;
          return { ok: false, message: `Word ${index + 1} is too long: keep each one to ${LIMITS.wordLength} characters or fewer.` };
        }
        words.push(cleaned.text);
      }
      if (words.length === 0) return { ok: false, message: "Write at least one word first, or Pass." };
      return { ok: true, value: { words } };
    }
    case "open_text": {
      const d = draft as Drafts["open_text"];
      const cleaned = cleanUserText(d.text, { maxLength: p.config.maxLength, multiline: true });
      return cleaned.ok ? { ok: true, value: { text: cleaned.text } } : { ok: false, message: cleaned.message };
    }
    case "ranking": {
      const d = draft as Drafts["ranking"];
      const left = p.config.options.length - d.order.length;
      if (left > 0)
        return { ok: false, message: `Place ${left === 1 ? "the last item" : `all the items (${left} still to place)`} first, or Pass.` };
      return { ok: true, value: { order: d.order } };
    }
  }
}

function errorMessage(error: unknown): string {
  const code = error && typeof error === "object" && "code" in error ? String(error.code) : "";
  // After a dropped connection a command can reach the server before this
  // phone has rejoined; the server's "join first" would only confuse here.
  if (code === "UNAUTHENTICATED")
    return "The connection dropped for a moment, so this wasn't saved. Your answer is still here: please send it again.";
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string" && error.message) return error.message;
  return "Something went wrong and your answer was not saved. Please try again.";
}

// ---------------------------------------------------------------------------
// The form

export function ActivityForm({ prompt, own, onSubmit, headingLevel = 2, className }: ActivityFormProps) {
  const parsed = parsePrompt(prompt);
  const Heading = `h${headingLevel}` as const;
  const questionId = useId();
  const hintId = useId();
  const errorId = useId();

  const [draft, setDraft] = useState<Draft | null>(() => (parsed ? draftFromOwn(parsed, own) : null));
  const [editing, setEditing] = useState(false);
  const [pending, setPending] = useState<null | "send" | "pass">(null);
  const busy = useRef(false);
  const [error, setError] = useState<string | null>(null);
  /** set while an answer that was not saved is being re-sent automatically */
  const [retrying, setRetrying] = useState<RetryNotice | null>(null);
  const [lastAttempt, setLastAttempt] = useState<AnswerPayload | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const summaryRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<HTMLDivElement>(null);
  const focusAfterRender = useRef<"summary" | "editor" | null>(null);

  // Keep the draft in step with the server's copy when it changes while the
  // participant is not editing (a reset clears it, a rejoin restores it).
  const ownKey = own ? JSON.stringify(own) : "";
  const seenOwnKey = useRef(ownKey);
  useEffect(() => {
    if (seenOwnKey.current === ownKey) return;
    seenOwnKey.current = ownKey;
    if (!parsed) return;
    if (!own) {
      // the facilitator reset this prompt: start afresh
      setDraft(emptyDraft(parsed));
      setEditing(false);
      setError(null);
    } else if (!editing) {
      setDraft(draftFromOwn(parsed, own));
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ownKey]);

  useEffect(() => {
    const target = focusAfterRender.current;
    if (!target) return;
    focusAfterRender.current = null;
    if (target === "summary") summaryRef.current?.focus();
    else editorRef.current?.querySelector<HTMLElement>("input:not(:disabled), textarea, button:not(:disabled)")?.focus();
  });

  const submit = useCallback(
    async (payload: AnswerPayload) => {
      if (busy.current) return;
      busy.current = true;
      setPending("pass" in payload ? "pass" : "send");
      setError(null);
      setAnnouncement("");
      setLastAttempt(payload);
      try {
        await onSubmit(payload, setRetrying);
        setEditing(false);
        setLastAttempt(null);
        setAnnouncement("pass" in payload ? "Saved: you passed on this question." : "Saved: your answer was received.");
        focusAfterRender.current = "summary";
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        busy.current = false;
        setPending(null);
        setRetrying(null);
      }
    },
    [onSubmit],
  );

  const questionHeading = (
    <Heading id={questionId} className={styles.question}>
      {prompt.question}
    </Heading>
  );
  const rootClass = [styles.root, className].filter(Boolean).join(" ");
  // One stable frame for every view, so the status live region stays in the
  // page (and is announced) when the view switches from the form to "Saved".
  const frame = (body: ReactNode) => (
    <section className={rootClass} aria-labelledby={questionId}>
      {body}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </section>
  );

  // A prompt whose configuration could not be read can still be passed.
  if (!parsed || !draft) {
    return frame(
      <>
        {questionHeading}
        {prompt.state === "open" ? (
          <>
            <p className="notice">This question can&apos;t be shown on this device. You can pass it.</p>
            {retrying ? <RetryingNote notice={retrying} /> : null}
            {error ? <ErrorBox id={errorId} message={error} onRetry={lastAttempt ? () => void submit(lastAttempt) : undefined} busy={pending !== null} /> : null}
            <div className={styles.actions}>
              <button type="button" className={`button secondary ${styles.action}`} aria-disabled={pending !== null} onClick={() => void submit({ promptId: prompt.id, pass: true })}>
                {pending === "pass" ? "Saving…" : "Pass"}
              </button>
            </div>
          </>
        ) : (
          <p className={styles.closed}>{prompt.state === "closed" ? "This question is closed." : "This question isn't open yet."}</p>
        )}
      </>,
    );
  }

  if (prompt.state === "idle") {
    return frame(
      <>
        {questionHeading}
        <p className={styles.closed}>This question isn&apos;t open yet. The facilitator will open it when the group is ready.</p>
      </>,
    );
  }

  if (prompt.state === "closed") {
    return frame(
      <>
        {questionHeading}
        <p className={styles.closed}>This question is closed.</p>
        {own?.passed ? (
          <p className={styles.ownLine}>You passed.</p>
        ) : own?.value ? (
          <div className={styles.ownAnswer}>
            <p className={styles.ownLabel}>Your answer</p>
            <AnswerSummary parsed={parsed} value={own.value} />
          </div>
        ) : (
          <p className={`muted ${styles.ownLine}`}>You didn&apos;t send an answer to this one.</p>
        )}
      </>,
    );
  }

  // Open: show the saved answer (with a way to change it), or the form.
  if (own && !editing) {
    return frame(
      <>
        {questionHeading}
        <div ref={summaryRef} tabIndex={-1} className={styles.summary}>
          <p className={styles.saved}>
            <span className={styles.savedMark}>Saved ✓</span>
          </p>
          {own.passed ? (
            <p className={styles.ownLine}>You passed on this one.</p>
          ) : own.value ? (
            <div className={styles.ownAnswer}>
              <p className={styles.ownLabel}>Your answer</p>
              <AnswerSummary parsed={parsed} value={own.value} />
            </div>
          ) : null}
        </div>
        <div className={styles.actionsSingle}>
          <button
            type="button"
            className={`button ${own.passed ? "quiet" : "secondary"} ${styles.action}`}
            onClick={() => {
              setEditing(true);
              setError(null);
              setAnnouncement("");
              focusAfterRender.current = "editor";
            }}
          >
            {own.passed ? "Answer after all" : "Change my answer"}
          </button>
        </div>
        <p className={`muted ${styles.reassure}`}>You can change this until the question closes.</p>
      </>,
    );
  }

  const onSend = (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const check = draftToValue(parsed, draft);
    if (!check.ok) {
      setError(check.message);
      setLastAttempt(null);
      return;
    }
    void submit({ promptId: prompt.id, value: check.value });
  };

  return frame(
    <>
      <form onSubmit={onSend} noValidate>
        <fieldset className={styles.fieldset} aria-describedby={error ? `${hintId} ${errorId}` : hintId}>
          <legend className={styles.legend}>{questionHeading}</legend>
          <div ref={editorRef} className={styles.editor}>
            <Editor parsed={parsed} draft={draft} setDraft={setDraft} hintId={hintId} questionId={questionId} />
          </div>
        </fieldset>
        {retrying ? <RetryingNote notice={retrying} /> : null}
        {error ? (
          <ErrorBox id={errorId} message={error} onRetry={lastAttempt ? () => void submit(lastAttempt) : undefined} busy={pending !== null} />
        ) : null}
        <div className={styles.actions}>
          <button type="submit" className={`button ${styles.action}`} aria-disabled={pending !== null} aria-busy={pending === "send"}>
            {pending === "send" ? "Sending…" : own && !own.passed ? "Update my answer" : "Send answer"}
          </button>
          <button
            type="button"
            className={`button secondary ${styles.action}`}
            aria-disabled={pending !== null}
            aria-busy={pending === "pass"}
            onClick={() => void submit({ promptId: prompt.id, pass: true })}
          >
            {pending === "pass" ? "Saving…" : "Pass"}
          </button>
        </div>
        {own && editing ? (
          <button
            type="button"
            className={`button quiet ${styles.keep}`}
            aria-disabled={pending !== null}
            onClick={() => {
              if (busy.current) return;
              setEditing(false);
              setError(null);
              setDraft(draftFromOwn(parsed, own));
              focusAfterRender.current = "summary";
            }}
          >
            {own.passed ? "Keep my pass" : "Keep my saved answer"}
          </button>
        ) : null}
        <p className={`muted ${styles.reassure}`}>Answers are anonymous. Passing is always fine.</p>
      </form>
    </>,
  );
}

/** "Not saved yet": said plainly, with the reason, while the phone keeps trying by itself. */
function RetryingNote({ notice }: { notice: RetryNotice }) {
  const reason = notice.code === "OFFLINE" || notice.code === "TIMEOUT" ? "the connection is not getting through" : "the server could not store it just now";
  return (
    <div className={styles.retrying} role="status">
      <p className={styles.retryingText}>Not saved yet: {reason}.</p>
      <p className={styles.errorNote}>Your phone keeps trying by itself and sends it the moment the session is back. What you entered is still here.</p>
    </div>
  );
}

function ErrorBox({ id, message, onRetry, busy }: { id: string; message: string; onRetry?: () => void; busy: boolean }) {
  return (
    <div id={id} className={styles.error} role="alert">
      <p className={styles.errorText}>{message}</p>
      {onRetry ? (
        <button type="button" className={`button secondary ${styles.retry}`} onClick={onRetry} aria-disabled={busy}>
          Try again
        </button>
      ) : null}
      {onRetry ? <p className={styles.errorNote}>What you entered is still here.</p> : null}
    </div>
  );
}

// ---------------------------------------------------------------------------
// Editors per kind

type EditorProps = {
  parsed: Parsed;
  draft: Draft;
  setDraft: (d: Draft) => void;
  hintId: string;
  questionId: string;
};

function Editor(props: EditorProps) {
  const { parsed } = props;
  switch (parsed.kind) {
    case "single_choice":
      return <SingleChoice {...props} config={parsed.config} draft={props.draft as Drafts["single_choice"]} />;
    case "multiple_choice":
      return <MultipleChoice {...props} config={parsed.config} draft={props.draft as Drafts["multiple_choice"]} />;
    case "scale":
      return <Scale {...props} config={parsed.config} draft={props.draft as Drafts["scale"]} />;
    case "word_cloud":
      return <WordCloud {...props} config={parsed.config} draft={props.draft as Drafts["word_cloud"]} />;
    case "open_text":
      return <OpenText {...props} config={parsed.config} draft={props.draft as Drafts["open_text"]} />;
    case "ranking":
      return <Ranking {...props} config={parsed.config} draft={props.draft as Drafts["ranking"]} />;
  }
}

type KindEditorProps<K extends ActivityKind> = Omit<EditorProps, "draft"> & { config: ActivityConfig[K]; draft: Drafts[K] };

function SingleChoice({ config, draft, setDraft, hintId }: KindEditorProps<"single_choice">) {
  const name = useId();
  return (
    <>
      <p id={hintId} className={styles.hint}>
        Choose one.
      </p>
      <div className={styles.options}>
        {config.options.map((option) => (
          <label key={option.id} className={styles.option}>
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={draft.optionId === option.id}
              onChange={() => setDraft({ optionId: option.id })}
            />
            <span className={styles.optionLabel}>{option.label}</span>
          </label>
        ))}
      </div>
    </>
  );
}

function MultipleChoice({ config, draft, setDraft, hintId }: KindEditorProps<"multiple_choice">) {
  const max = config.maxSelections;
  const chosen = draft.optionIds.length;
  const atMax = max !== undefined && chosen >= max;
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...draft.optionIds, id] : draft.optionIds.filter((x) => x !== id);
    // keep the facilitator's order, whatever order they were ticked in
    setDraft({ optionIds: config.options.map((o) => o.id).filter((x) => next.includes(x)) });
  };
  return (
    <>
      <p id={hintId} className={styles.hint}>
        {max === undefined ? "Choose as many as apply." : max === 1 ? "Choose one." : `Choose up to ${max}.`}
      </p>
      <div className={styles.options}>
        {config.options.map((option) => {
          const checked = draft.optionIds.includes(option.id);
          return (
            <label key={option.id} className={styles.option}>
              <input
                type="checkbox"
                value={option.id}
                checked={checked}
                disabled={!checked && atMax}
                onChange={(e) => toggle(option.id, e.target.checked)}
              />
              <span className={styles.optionLabel}>{option.label}</span>
            </label>
          );
        })}
      </div>
      <p className={styles.counter} aria-live="polite">
        {max === undefined
          ? `${chosen} chosen`
          : atMax
            ? `${chosen} of ${max} chosen. To pick a different one, untick one first.`
            : `${chosen} of ${max} chosen`}
      </p>
    </>
  );
}

function Scale({ config, draft, setDraft, hintId }: KindEditorProps<"scale">) {
  const name = useId();
  const values = Array.from({ length: config.max }, (_, i) => i + 1);
  const columns = config.max <= 6 ? config.max : Math.ceil(config.max / 2);
  const endLabel = (v: number) => (v === 1 ? config.minLabel : v === config.max ? config.maxLabel : "");
  return (
    <>
      <p id={hintId} className={styles.hint}>
        Choose a number from 1 to {config.max}.
      </p>
      {config.minLabel || config.maxLabel ? (
        <div className={styles.scaleEnds} aria-hidden="true">
          <span>{config.minLabel ? `1 = ${config.minLabel}` : ""}</span>
          <span className={styles.scaleEndRight}>{config.maxLabel ? `${config.max} = ${config.maxLabel}` : ""}</span>
        </div>
      ) : null}
      <div className={styles.scale} style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))` }}>
        {values.map((v) => {
          const end = endLabel(v);
          return (
            <label key={v} className={styles.scaleOption}>
              <input type="radio" name={name} value={v} checked={draft.value === v} onChange={() => setDraft({ value: v })} />
              <span className={styles.scaleNumber}>{v}</span>
              {end ? <span className="visually-hidden">{`: ${end}`}</span> : null}
            </label>
          );
        })}
      </div>
    </>
  );
}

function WordCloud({ config, draft, setDraft, hintId }: KindEditorProps<"word_cloud">) {
  const baseId = useId();
  const setWord = (index: number, word: string) => setDraft({ words: draft.words.map((w, i) => (i === index ? word : w)) });
  return (
    <>
      <p id={hintId} className={styles.hint}>
        {config.maxWords === 1 ? "One word or a short phrase." : `Up to ${config.maxWords} words or short phrases — one is enough.`}
      </p>
      <div className={styles.words}>
        {draft.words.map((word, index) => {
          const id = `${baseId}-${index}`;
          const tooLong = word.trim().length > LIMITS.wordLength;
          return (
            <div key={index} className={styles.wordField}>
              <label htmlFor={id} className={styles.wordLabel}>
                {config.maxWords === 1 ? "Your word" : `Word ${index + 1}`}
                {index > 0 ? <span className={styles.optional}> (optional)</span> : null}
              </label>
              <input
                id={id}
                type="text"
                value={word}
                onChange={(e) => setWord(index, e.target.value)}
                autoComplete="off"
                autoCapitalize="none"
                spellCheck
                enterKeyHint={index === draft.words.length - 1 ? "send" : "next"}
                aria-describedby={tooLong ? `${id}-long` : hintId}
                aria-invalid={tooLong || undefined}
              />
              {tooLong ? (
                <p id={`${id}-long`} className={styles.fieldError}>
                  {word.trim().length - LIMITS.wordLength} characters too long (keep it to {LIMITS.wordLength}).
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </>
  );
}

function OpenText({ config, draft, setDraft, hintId }: KindEditorProps<"open_text">) {
  const id = useId();
  const counterId = useId();
  const length = draft.text.length;
  const remaining = config.maxLength - length;
  const over = remaining < 0;
  // Screen readers hear how much room is left once typing pauses, and only near the limit.
  const [spoken, setSpoken] = useState("");
  useEffect(() => {
    const t = setTimeout(() => {
      setSpoken(
        remaining < 0
          ? `${-remaining} characters too many`
          : remaining <= Math.max(20, Math.round(config.maxLength * 0.1))
            ? `${remaining} characters left`
            : "",
      );
    }, 900);
    return () => clearTimeout(t);
  }, [remaining, config.maxLength]);
  return (
    <>
      <p id={hintId} className={styles.hint}>
        A few words or a few sentences — whatever feels right. The facilitator reads answers before anything is shown to the room.
      </p>
      <label htmlFor={id} className="visually-hidden">
        Your answer
      </label>
      <textarea
        id={id}
        className={styles.textarea}
        rows={5}
        value={draft.text}
        onChange={(e) => setDraft({ text: e.target.value })}
        aria-describedby={`${hintId} ${counterId}`}
        aria-invalid={over || undefined}
      />
      <p id={counterId} className={`${styles.counter} ${over ? styles.counterOver : ""}`}>
        {over
          ? `${length} / ${config.maxLength} — ${-remaining} character${remaining === -1 ? "" : "s"} too many`
          : `${length} / ${config.maxLength} characters`}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}

function Ranking({ config, draft, setDraft, hintId }: KindEditorProps<"ranking">) {
  const labels = new Map(config.options.map((o) => [o.id, o.label]));
  const order = draft.order;
  const pool = config.options.filter((o) => !order.includes(o.id));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);
  const [spoken, setSpoken] = useState("");

  useEffect(() => {
    const key = focusNext.current;
    if (!key) return;
    focusNext.current = null;
    buttons.current.get(key)?.focus();
  });

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  const place = (id: string) => {
    const next = [...order, id];
    setDraft({ order: next });
    const rest = pool.filter((o) => o.id !== id);
    setSpoken(`${labels.get(id)} placed at position ${next.length} of ${config.options.length}.${rest.length === 0 ? " All items placed." : ""}`);
    // stay in the pool while there is more to place; then go to the list
    const poolIndex = pool.findIndex((o) => o.id === id);
    const following = rest[Math.min(poolIndex, rest.length - 1)];
    focusNext.current = following ? `pool:${following.id}` : `up:${id}`;
  };

  const move = (index: number, delta: -1 | 1) => {
    const target = index + delta;
    if (target < 0 || target >= order.length) return;
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(target, 0, item!);
    setDraft({ order: next });
    setSpoken(`${labels.get(item!)} moved to position ${target + 1} of ${config.options.length}.`);
    // keep focus on the moved item; switch button at either end
    const dir = delta === -1 ? "up" : "down";
    const atEnd = delta === -1 ? target === 0 : target === next.length - 1;
    focusNext.current = `${atEnd ? (dir === "up" ? "down" : "up") : dir}:${item}`;
  };

  const startOver = () => {
    setDraft({ order: [] });
    setSpoken("Order cleared. Tap the items again, most important first.");
    focusNext.current = config.options[0] ? `pool:${config.options[0].id}` : null;
  };

  return (
    <>
      <p id={hintId} className={styles.hint}>
        Tap the items in order, starting with what matters most to you. Use the arrows to adjust.
      </p>
      {order.length > 0 ? (
        <div className={styles.rankBlock}>
          <p className={styles.rankHeading}>Your order</p>
          <ol role="list" className={styles.rankList}>
            {order.map((id, index) => {
              const label = labels.get(id) ?? id;
              return (
                <li key={id} className={styles.rankItem}>
                  <span className={styles.rankPlace} aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className={styles.rankLabel}>
                    <span className="visually-hidden">{`Position ${index + 1}: `}</span>
                    {label}
                  </span>
                  <span className={styles.rankButtons}>
                    <button
                      ref={ref(`up:${id}`)}
                      type="button"
                      className={styles.iconButton}
                      onClick={() => move(index, -1)}
                      disabled={index === 0}
                      aria-label={`Move ${label} up`}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      ref={ref(`down:${id}`)}
                      type="button"
                      className={styles.iconButton}
                      onClick={() => move(index, 1)}
                      disabled={index === order.length - 1}
                      aria-label={`Move ${label} down`}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
      {pool.length > 0 ? (
        <div className={styles.rankBlock}>
          <p className={styles.rankHeading}>
            {order.length === 0 ? "Tap what matters most first" : `Still to place (${pool.length})`}
          </p>
          <ul role="list" className={styles.pool}>
            {pool.map((o) => (
              <li key={o.id}>
                <button ref={ref(`pool:${o.id}`)} type="button" className={styles.poolButton} onClick={() => place(o.id)}>
                  <span className={styles.poolPlace} aria-hidden="true">
                    +
                  </span>
                  <span>{o.label}</span>
                  <span className="visually-hidden">{`: place at position ${order.length + 1}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {order.length > 0 ? (
        <button type="button" className={`button quiet ${styles.startOver}`} onClick={startOver}>
          Start the order again
        </button>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}

// ---------------------------------------------------------------------------
// The participant's own answer, as text

function AnswerSummary({ parsed, value }: { parsed: Parsed; value: AnyAnswerValue }): ReactNode {
  const v = value as Partial<Record<string, unknown>>;
  const labelOf = (options: { id: string; label: string }[], id: string) =>
    options.find((o) => o.id === id)?.label ?? "(an option that has since changed)";
  switch (parsed.kind) {
    case "single_choice":
      return <p className={styles.ownValue}>{labelOf(parsed.config.options, (v as AnswerValue["single_choice"]).optionId)}</p>;
    case "multiple_choice":
      return (
        <ul className={styles.ownList}>
          {((v as AnswerValue["multiple_choice"]).optionIds ?? []).map((id) => (
            <li key={id}>{labelOf(parsed.config.options, id)}</li>
          ))}
        </ul>
      );
    case "scale": {
      const n = (v as AnswerValue["scale"]).value;
      const end = n === 1 ? parsed.config.minLabel : n === parsed.config.max ? parsed.config.maxLabel : "";
      return (
        <p className={styles.ownValue}>
          {n} out of {parsed.config.max}
          {end ? ` (${end})` : ""}
        </p>
      );
    }
    case "word_cloud":
      return (
        <ul className={styles.ownList}>
          {((v as AnswerValue["word_cloud"]).words ?? []).map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      );
    case "open_text":
      return <p className={`${styles.ownValue} ${styles.ownText}`}>{(v as AnswerValue["open_text"]).text}</p>;
    case "ranking":
      return (
        <ol className={styles.ownList}>
          {((v as AnswerValue["ranking"]).order ?? []).map((id) => (
            <li key={id}>{labelOf(parsed.config.options, id)}</li>
          ))}
        </ol>
      );
  }
}

export default ActivityForm;
