"use client";
// The current prompt on the console: its question, its results (or, for an
// open-text wall, how many answers are on it), the reset, its moderation
// queue and the authors blocked from it.
import { ACTIVITY_LABELS } from "../../lib/activities";
import { decisionBatches } from "../../lib/client/moderation-batches";
import type { ConsoleState, PromptView } from "../../lib/events";
import { AggregateView } from "../aggregate-view";
import styles from "../facilitator-console.module.css";
import { ModerationPanel } from "../moderation-panel";
import { confirmBlockAuthor, WallAnswers } from "../wall-answers";
import type { ConsoleControls, ConsoleSend } from "./use-console-controls";

type Props = { state: ConsoleState; prompt: PromptView; run: ConsoleControls["run"]; send: ConsoleSend };

export function PromptCard({ state, prompt, run, send }: Props) {
  const ended = state.status === "ended";
  const aggregate = state.aggregate;
  const block = (responseId: string) => {
    if (confirmBlockAuthor()) void run(() => send("author:block", { promptId: prompt.id, responseId }));
  };
  return (
    <section className="card stack" aria-labelledby="prompt-title">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 id="prompt-title" style={{ margin: 0 }}>
          {prompt.question}
        </h2>
        <span className="muted">
          {ACTIVITY_LABELS[prompt.kind]} · results {prompt.resultsShownOn === "screen" ? "on the projector only" : "on the projector and phones"}
        </span>
      </div>
      {aggregate && aggregate.kind === "open_text" && !aggregate.suppressed ? (
        // the wall itself is on the projector; here only how many are on it (the answers are in Moderation)
        <>
          <p className={styles.wallSummary}>
            <strong>{aggregate.result?.entries.length ?? moderationCount(state, "approved")}</strong> approved{" "}
            {(aggregate.result?.entries.length ?? 0) === 1 ? "answer is" : "answers are"} on the wall
            {prompt.resultsRevealed ? "; the projector shows them a page at a time." : " (shown once you reveal the results)."}
          </p>
          <WallAnswers entries={aggregate.result?.entries ?? []} disabled={ended} onBlock={block} />
        </>
      ) : aggregate ? (
        <AggregateView aggregate={aggregate} prompt={prompt} size="console" />
      ) : null}
      <div className="row">
        <button
          className="button danger"
          type="button"
          onClick={() => {
            if (window.confirm("Reset this prompt? Every answer to it will be deleted. This cannot be undone.")) void run(() => send("prompt:reset", { promptId: prompt.id }));
          }}
        >
          Reset responses
        </button>
      </div>
    </section>
  );
}

/** The prompt's moderation queue, each decision sent in batches the socket takes. */
export function PromptModeration({ state, prompt, run, send }: Props) {
  if (!state.moderation) return null;
  return (
    <ModerationPanel
      key={prompt.id}
      moderation={state.moderation}
      threshold={state.anonymityThreshold}
      onSet={(entries, status, individual) =>
        run(async () => {
          // a whole wall goes in several messages (each under the socket's size limit); each is applied whole
          for (const batch of decisionBatches(entries))
            await send("moderation:set", { promptId: prompt.id, status, ...batch, ...(individual ? { individual: true as const } : {}) });
        })
      }
      onBlock={(entry) => {
        if (confirmBlockAuthor()) void run(() => send("author:block", { promptId: prompt.id, responseId: entry.responseId! }));
      }}
    />
  );
}

/** The authors blocked in this session, each with an undo (never who they are). */
export function BlockedAuthors({ state, run, send }: Omit<Props, "prompt">) {
  if (!state.blockedAuthors || state.blockedAuthors.length === 0) return null;
  const ended = state.status === "ended";
  return (
    <section aria-label="Blocked authors" className="card stack">
      {state.blockedAuthors.map((b, i) => (
        <p key={b.via}>
          Blocked author {i + 1} ({b.hidden} answer{b.hidden === 1 ? "" : "s"} hidden){" "}
          <button className="button quiet" type="button" disabled={ended} onClick={() => void run(() => send("author:unblock", { via: b.via }))}>
            Undo
          </button>
        </p>
      ))}
    </section>
  );
}

function moderationCount(state: ConsoleState, status: "approved" | "pending" | "hidden"): number {
  return state.moderation?.counts?.[status] ?? 0;
}
