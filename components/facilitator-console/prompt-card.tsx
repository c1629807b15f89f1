"use client";
// The current prompt on the console: its question, its results (or, for an
// open-text wall, how many answers are on it), the reset, its moderation
// queue and the authors blocked from it.
import { useTranslations } from "use-intl";
import { decisionBatches } from "../../lib/client/moderation-batches";
import type { ConsoleState, PromptView } from "../../lib/events";
import { AggregateView } from "../aggregate-view";
import styles from "../facilitator-console.module.css";
import { ModerationPanel } from "../moderation-panel";
import { useConfirmBlockAuthor, WallAnswers } from "../wall-answers";
import type { ConsoleControls, ConsoleSend } from "./use-console-controls";

type Props = { state: ConsoleState; prompt: PromptView; run: ConsoleControls["run"]; send: ConsoleSend };

export function PromptCard({ state, prompt, run, send }: Props) {
  const t = useTranslations("console");
  const confirmBlockAuthor = useConfirmBlockAuthor();
  const ended = state.status === "ended";
  const aggregate = state.aggregate;
  const block = (responseId: string) => {
    if (confirmBlockAuthor()) void run(() => send("author:block", { promptId: prompt.id, responseId }));
  };
  const onWall = aggregate?.kind === "open_text" ? (aggregate.result?.entries.length ?? moderationCount(state, "approved")) : 0;
  return (
    <section className="card stack" aria-labelledby="prompt-title">
      <div className="row" style={{ justifyContent: "space-between" }}>
        <h2 id="prompt-title" style={{ margin: 0 }} lang={state.language}>
          {prompt.question}
        </h2>
        <span className="muted">{t("prompt.shownOn", { kind: t(`kinds.${prompt.kind}`), where: prompt.resultsShownOn === "screen" ? "screen" : "all" })}</span>
      </div>
      {aggregate && aggregate.kind === "open_text" && !aggregate.suppressed ? (
        // the wall itself is on the projector; here only how many are on it (the answers are in Moderation)
        <>
          <p className={styles.wallSummary}>
            {t.rich("prompt.onWall", { count: onWall, strong: (chunks) => <strong>{chunks}</strong> })}
            {prompt.resultsRevealed ? t("prompt.pages") : t("prompt.notYet")}
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
            if (window.confirm(t("prompt.confirmReset"))) void run(() => send("prompt:reset", { promptId: prompt.id }));
          }}
        >
          {t("prompt.reset")}
        </button>
      </div>
    </section>
  );
}

/** The prompt's moderation queue, each decision sent in batches the socket takes. */
export function PromptModeration({ state, prompt, run, send }: Props) {
  const confirmBlockAuthor = useConfirmBlockAuthor();
  if (!state.moderation) return null;
  return (
    <ModerationPanel
      key={prompt.id}
      moderation={state.moderation}
      threshold={state.anonymityThreshold}
      language={state.language}
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
  const t = useTranslations("console.blocked");
  if (!state.blockedAuthors || state.blockedAuthors.length === 0) return null;
  const ended = state.status === "ended";
  return (
    <section aria-label={t("label")} className="card stack">
      {state.blockedAuthors.map((b, i) => (
        <p key={b.via}>
          {t("line", { number: i + 1, count: b.hidden })}{" "}
          <button className="button quiet" type="button" disabled={ended} onClick={() => void run(() => send("author:unblock", { via: b.via }))}>
            {t("undo")}
          </button>
        </p>
      ))}
    </section>
  );
}

function moderationCount(state: ConsoleState, status: "approved" | "pending" | "hidden"): number {
  return state.moderation?.counts?.[status] ?? 0;
}
