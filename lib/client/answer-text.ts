// The answer form's translator type (use-intl, namespace "answer"), and an English one for the pure
// helpers' defaults (lib/client/answer-draft.ts, lib/client/ranking-order.ts): the unit tests read them
// in English; the form passes the phone's own (components/activity-form.tsx).
import { createTranslator } from "use-intl/core";
import englishMessages from "../../messages/en/answer.json";
import type { Messages } from "../i18n/messages";

export type AnswerText = ReturnType<typeof createTranslator<Messages, "answer">>;

export const englishAnswerText: AnswerText = /* @__PURE__ */ createTranslator({
  locale: "en",
  messages: { answer: englishMessages } as Messages,
  namespace: "answer",
});
