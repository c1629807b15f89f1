// The shape of Hearth's messages: one JSON file per namespace per locale,
// messages/<locale>/<namespace>.json. English is the source: its files give
// the type every component's t("…") is checked against (types/use-intl.d.ts),
// and tests/unit/i18n-messages.test.ts checks every other locale has exactly
// its keys, with the same ICU arguments. Types only here: the browser never
// bundles a locale it does not show.
export type Messages = {
  care: typeof import("../../messages/en/care.json");
  common: typeof import("../../messages/en/common.json");
  projector: typeof import("../../messages/en/projector.json");
  aggregate: typeof import("../../messages/en/aggregate.json");
  console: typeof import("../../messages/en/console.json");
  /** apart from aggregate: only the console and the summary show passes, so the room's pages never carry the word */
  passes: typeof import("../../messages/en/passes.json");
  export: typeof import("../../messages/en/export.json");
  summary: typeof import("../../messages/en/summary.json");
  account: typeof import("../../messages/en/account.json");
  /** sign-in and sign-up */
  auth: typeof import("../../messages/en/auth.json");
  join: typeof import("../../messages/en/join.json");
  participant: typeof import("../../messages/en/participant.json");
  /** the phone's answer form (also in the template editor's preview) */
  answer: typeof import("../../messages/en/answer.json");
  dashboard: typeof import("../../messages/en/dashboard.json");
  templates: typeof import("../../messages/en/templates.json");
  articleImport: typeof import("../../messages/en/articleImport.json");
  templateEditor: typeof import("../../messages/en/templateEditor.json");
  /** the teams page and a team invitation link's page */
  teams: typeof import("../../messages/en/teams.json");
  /** the instance administrator's page */
  admin: typeof import("../../messages/en/admin.json");
  /** one-time links (made and opened) and the audit trail: shared by the console, the summary, the teams page and the invitation pages */
  sharing: typeof import("../../messages/en/sharing.json");
};

export type Namespace = keyof Messages;

/** Every namespace; a new file in messages/en/ is added here (the test says so when it is not). */
export const NAMESPACES = [
  "common",
  "projector",
  "aggregate",
  "console",
  "passes",
  "export",
  "summary",
  "account",
  "auth",
  "join",
  "participant",
  "answer",
  "care",
  "dashboard",
  "templates",
  "articleImport",
  "templateEditor",
  "teams",
  "admin",
  "sharing",
] as const satisfies readonly Namespace[];
