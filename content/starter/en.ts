// English defaults for a new template: the support card (the built-in
// session's too) and the content note of blank and imported templates.
import type { StarterDefaults } from "./starter-defaults";

export const en: StarterDefaults = {
  contentNote:
    "This session may touch on personal experiences, and it may bring up feelings or memories. That's okay.\n\n" +
    "You can pass on any question, look away, or step out whenever you need to. Your answers are anonymous: no names, and results only appear once several people have answered.\n\n" +
    'If you need a moment, tap "I need a pause" — only the facilitator sees it. Support resources are always one tap away.',
  resources: {
    title: "Support, whenever you need it",
    intro: "You don't have to carry things alone. If anything today brings something up, these can help — during the session or any time after.",
    items: [
      {
        label: "If you are in immediate danger, call your local emergency number.",
        detail: "If you can, let someone nearby know too.",
      },
      {
        label: "Talk to the facilitator",
        detail: 'During a break or after the session. You can also tap "I need a pause" at any time: only the facilitator sees it, and not who sent it.',
      },
      {
        label: "Add your local crisis line here",
        detail: "Facilitator: edit this template's resources before you run it, so people see a number that works where they are.",
        placeholder: true,
      },
      {
        label: "Add your local support services here",
        detail: "For example a recovery or peer-support group, a counselling service or a community drop-in. Facilitator: edit this template's resources before you run it.",
        placeholder: true,
      },
      {
        label: "Reach out to someone you trust",
        detail: 'A friend, a family member, a sponsor or a mentor. A short message is enough: "Can we talk?"',
      },
    ],
  },
  imported: {
    title: "Imported article",
    description: "Imported from Markdown. Before running it, review the content note and the support resources, and add prompts in the editor.",
    introduction: "Introduction",
    untitled: "Untitled section",
    continued: "(continued)",
  },
};
