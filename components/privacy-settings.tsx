"use client";
// The console's anonymity settings (issue 15): whether the room sees live
// counts, and how long the answers are kept after the session ends. The
// server enforces both (server/services/live-session.ts countsShown,
// server/services/retention-service.ts); this only sends the choice.
import { useId, useState } from "react";
import { useTranslations } from "use-intl";
import type { ConsoleState } from "../lib/events";

type Props = {
  state: Pick<ConsoleState, "privacy" | "anonymityThreshold" | "status">;
  onChange: (settings: { hideCounts?: boolean | null; retentionDays?: number | null; passphrase?: string | null }) => void;
};

const COUNTS = { auto: null, hide: true, show: false } as const;

export function PrivacySettings({ state, onChange }: Props) {
  const t = useTranslations("console.privacy");
  const countsId = useId();
  const keepId = useId();
  const wordId = useId();
  const [word, setWord] = useState("");
  const { privacy, anonymityThreshold: k } = state;
  const counts = privacy.hideCounts === null ? "auto" : privacy.hideCounts ? "hide" : "show";
  const keepChoices = [0, 1, 7, privacy.defaultRetentionDays].filter((d, i, all) => d <= privacy.defaultRetentionDays && all.indexOf(d) === i);
  const keep = privacy.retentionDays === null ? "default" : String(privacy.retentionDays);
  const days = (n: number) => (n === 0 ? t("whenEnds") : t("daysAfter", { days: n }));
  return (
    <section className="card stack" aria-labelledby={`${countsId}-heading`}>
      <h2 id={`${countsId}-heading`}>{t("heading")}</h2>
      <label htmlFor={countsId}>{t("countsLabel")}</label>
      <select id={countsId} value={counts} onChange={(e) => onChange({ hideCounts: COUNTS[e.target.value as keyof typeof COUNTS] })}>
        <option value="auto">{t("countsAuto", { people: 2 * k })}</option>
        <option value="hide">{t("countsHide")}</option>
        <option value="show">{t("countsShow")}</option>
      </select>
      <p className="muted">{privacy.countsShown ? t("countsShownNow") : t("countsHiddenNow")}</p>
      <label htmlFor={keepId}>{t("deleteLabel")}</label>
      <select id={keepId} value={keep} onChange={(e) => onChange({ retentionDays: e.target.value === "default" ? null : Number(e.target.value) })}>
        <option value="default">{t("hearthDefault", { choice: days(privacy.defaultRetentionDays) })}</option>
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
        <label htmlFor={wordId}>{t("passphraseLabel")}</label>
        <input id={wordId} value={word} onChange={(e) => setWord(e.target.value)} autoComplete="off" maxLength={60} />
        <p className="muted">{privacy.passphraseSet ? t("passphraseSet") : t("passphraseNone")}</p>
        <div className="row">
          <button className="button secondary" type="submit">
            {privacy.passphraseSet ? t("changePassphrase") : t("setPassphrase")}
          </button>
          {privacy.passphraseSet && (
            <button className="button quiet" type="button" onClick={() => onChange({ passphrase: null })}>
              {t("removePassphrase")}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
