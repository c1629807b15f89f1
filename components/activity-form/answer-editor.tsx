"use client";
// The answer form's editor: one component per activity kind (components/activity-form/kinds/), each
// editing its own draft shape (lib/client/answer-draft.ts).
import type { Drafts } from "../../lib/client/answer-draft";
import type { EditorProps } from "./kinds/types";
import { MultipleChoice } from "./kinds/multiple-choice";
import { OpenText } from "./kinds/open-text";
import { Ranking } from "./kinds/ranking";
import { Scale } from "./kinds/scale";
import { SingleChoice } from "./kinds/single-choice";
import { WordCloud } from "./kinds/word-cloud";

export function AnswerEditor(props: EditorProps) {
  const { parsed } = props;
  switch (parsed.kind) {
    case "single_choice":
      return <SingleChoice {...props} config={parsed.config} draft={props.draft as Drafts["single_choice"]} />;
    case "multiple_choice":
      return <MultipleChoice {...props} config={parsed.config} draft={props.draft as Drafts["multiple_choice"]} />;
    case "scale":
      return <Scale {...props} config={parsed.config} draft={props.draft as Drafts["scale"]} />;
    case "word_cloud":
      return <WordCloud {...props} config={parsed.config} draft={props.draft as Drafts["word_cloud"]} />;
    case "open_text":
      return <OpenText {...props} config={parsed.config} draft={props.draft as Drafts["open_text"]} />;
    case "ranking":
      return <Ranking {...props} config={parsed.config} draft={props.draft as Drafts["ranking"]} />;
  }
}
