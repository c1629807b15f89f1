// A prompt's configuration as a phone or projector reads it, without a validation library: the server
// validated it with lib/activities.ts's schemas before storing it, so here it is only read — its
// shape checked, what it leaves out filled with the same defaults (lib/activity-limits.ts) — and a
// kind or shape this page does not know (a newer server's) gives null, so the form offers only Pass.
// Hand-written on purpose: zod was the largest script on the participant's page (issue 19).
import { ACTIVITY_KINDS, CONFIG_DEFAULTS, type ActivityKind } from "../activity-limits";
import type { ActivityConfig, ActivityOption } from "../activities";

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const isWhole = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;

function options(raw: unknown): ActivityOption[] | null {
  if (!Array.isArray(raw) || raw.length < 2) return null;
  const read = raw.map((o) => (isRecord(o) && typeof o.id === "string" && typeof o.label === "string" ? { id: o.id, label: o.label } : null));
  if (read.some((o) => o === null)) return null;
  const list = read as ActivityOption[];
  return new Set(list.map((o) => o.id)).size === list.length ? list : null;
}

const text = (v: unknown, fallback: string) => (v === undefined ? fallback : typeof v === "string" ? v : null);
const whole = (v: unknown, fallback: number) => (v === undefined ? fallback : isWhole(v) ? v : null);

export function readPromptConfig<K extends ActivityKind>(kind: K, raw: unknown): ActivityConfig[K] | null;
export function readPromptConfig(kind: ActivityKind, raw: unknown): ActivityConfig[ActivityKind] | null {
  if (!(ACTIVITY_KINDS as readonly string[]).includes(kind) || !isRecord(raw)) return null;
  switch (kind) {
    case "single_choice":
    case "ranking": {
      const list = options(raw.options);
      return list ? { options: list } : null;
    }
    case "multiple_choice": {
      const list = options(raw.options);
      const maxSelections = raw.maxSelections === undefined ? undefined : isWhole(raw.maxSelections) ? raw.maxSelections : null;
      if (!list || maxSelections === null) return null;
      return maxSelections === undefined ? { options: list } : { options: list, maxSelections };
    }
    case "scale": {
      const max = isWhole(raw.max) && raw.max >= 2 ? raw.max : null;
      const minLabel = text(raw.minLabel, CONFIG_DEFAULTS.scaleLabel);
      const maxLabel = text(raw.maxLabel, CONFIG_DEFAULTS.scaleLabel);
      return max !== null && minLabel !== null && maxLabel !== null ? { max, minLabel, maxLabel } : null;
    }
    case "word_cloud": {
      const maxWords = whole(raw.maxWords, CONFIG_DEFAULTS.wordCloudMaxWords);
      return maxWords === null ? null : { maxWords };
    }
    case "open_text": {
      const maxLength = whole(raw.maxLength, CONFIG_DEFAULTS.openTextMaxLength);
      return maxLength === null ? null : { maxLength };
    }
  }
}
