"use client";
// The console's anonymity settings (issue 15): whether the room sees live
// counts, and how long the answers are kept after the session ends. The
// server enforces both (server/services/live-session.ts countsShown,
// server/services/retention-service.ts); this only sends the choice.
import { useId, useState } from "react";
import type { ConsoleState } from "../lib/events";

type Props = {
  state: Pick<ConsoleState, "privacy" | "anonymityThreshold" | "status">;
  onChange: (settings: { hideCounts?: boolean | null; retentionDays?: number | null; passphrase?: string | null }) => void;
};

const COUNTS = { auto: null, hide: true, show: false } as const;

export function PrivacySettings({ state, onChange }: Props) {
  const countsId = useId();
  const keepId = useId();
  const wordId = useId();
  const [word, setWord] = useState("");
  const { privacy, anonymityThreshold: k } = state;
  const counts = privacy.hideCounts === null ? "auto" : privacy.hideCounts ? "hide" : "show";
  const keepChoices = [0, 1, 7, privacy.defaultRetentionDays].filter((d, i, all) => d <= privacy.defaultRetentionDays && all.indexOf(d) === i);
  const keep = privacy.retentionDays === null ? "default" : String(privacy.retentionDays);
  const days = (n: number) => (n === 0 ? "When the session ends" : `${n} day${n === 1 ? "" : "s"} after it ends`);
  return (
    <section className="card stack" aria-labelledby={`${countsId}-heading`}>
      <h2 id={`${countsId}-heading`}>Privacy</h2>
      <label htmlFor={countsId}>Live counts on the projector and phones</label>
      <select id={countsId} value={counts} onChange={(e) => onChange({ hideCounts: COUNTS[e.target.value as keyof typeof COUNTS] })}>
        <option value="auto">Hidden while fewer than {2 * k} people have joined</option>
        <option value="hide">Always hidden</option>
        <option value="show">Always shown</option>
      </select>
      <p className="muted">{privacy.countsShown ? "The room sees how many responded." : "The room sees no live count now."} You always see exact counts here.</p>
      <label htmlFor={keepId}>Delete the answers</label>
      <select id={keepId} value={keep} onChange={(e) => onChange({ retentionDays: e.target.value === "default" ? null : Number(e.target.value) })}>
        <option value="default">{days(privacy.defaultRetentionDays)} (this Hearth&apos;s default)</option>
        {keepChoices.map((d) => (
          <option key={d} value={String(d)}>
            {days(d)}
          </option>
        ))}
      </select>
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          if (!word.trim()) return;
          onChange({ passphrase: word });
          setWord("");
        }}
      >
        <label htmlFor={wordId}>Room passphrase (say it aloud; never shown on the projector or in the link)</label>
        <input id={wordId} value={word} onChange={(e) => setWord(e.target.value)} autoComplete="off" maxLength={60} />
        <p className="muted">{privacy.passphraseSet ? "A passphrase is set: new people need it to join." : "No passphrase: the code is enough to join."}</p>
        <div className="row">
          <button className="button secondary" type="submit">
            {privacy.passphraseSet ? "Change the passphrase" : "Set a passphrase"}
          </button>
          {privacy.passphraseSet && (
            <button className="button quiet" type="button" onClick={() => onChange({ passphrase: null })}>
              Remove it
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
