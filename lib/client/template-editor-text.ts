// The template editor's translator type (use-intl, namespace "templateEditor"), and an English one for
// the pure helpers' defaults (the unit tests read them in English; the editor passes its own).
import { createTranslator } from "use-intl/core";
import englishMessages from "../../messages/en/templateEditor.json";
import type { Messages } from "../i18n/messages";

export type EditorText = ReturnType<typeof createTranslator<Messages, "templateEditor">>;

export const englishEditorText: EditorText = /* @__PURE__ */ createTranslator({
  locale: "en",
  messages: { templateEditor: englishMessages } as Messages,
  namespace: "templateEditor",
});
