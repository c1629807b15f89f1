// What every kind's editor is given: the prompt's parsed configuration, its draft, and the ids its
// hint and question are labelled by.
import type { ActivityConfig, ActivityKind } from "../../../lib/activities";
import type { Draft, Drafts, Parsed } from "../../../lib/client/answer-draft";

export type EditorProps = {
  parsed: Parsed;
  draft: Draft;
  setDraft: (d: Draft) => void;
  hintId: string;
  questionId: string;
};

export type KindEditorProps<K extends ActivityKind> = Omit<EditorProps, "draft"> & { config: ActivityConfig[K]; draft: Drafts[K] };
