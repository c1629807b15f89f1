// The answer form's state as one reducer. Pure: no React.
//
// Why a reducer: sending an answer changes what is pending, the error, the retry notice, the last
// attempt (for "Try again"), whether the form is open and what a screen reader is told, all at once; as
// seven useStates those were set one by one. Each transition is here, and tested in
// tests/unit/answer-draft.test.ts. The promise kept: nothing typed is lost, since no transition but
// "the facilitator reset the prompt" and "keep my saved answer" replaces the draft.
import type { RetryNotice } from "./answer-retry";
import type { OwnAnswer } from "../events";
import { draftFromOwn, emptyDraft, type AnswerPayload, type Draft, type Parsed } from "./answer-draft";

export type AnswerFormState = {
  /** null when the prompt's configuration could not be read (it can still be passed) */
  draft: Draft | null;
  /** the saved answer is open for changing */
  editing: boolean;
  pending: null | "send" | "pass";
  error: string | null;
  /** set while an answer that was not saved is being re-sent automatically */
  retrying: RetryNotice | null;
  /** what "Try again" sends */
  lastAttempt: AnswerPayload | null;
  /** read out by the form's status region (the form says it in the phone's language) */
  announcement: "" | "saved" | "passed";
};

export type AnswerFormAction =
  | { type: "draft"; draft: Draft }
  | { type: "sending"; payload: AnswerPayload }
  | { type: "retrying"; notice: RetryNotice }
  | { type: "saved"; payload: AnswerPayload }
  | { type: "failed"; message: string }
  | { type: "incomplete"; message: string }
  | { type: "change" }
  | { type: "keepSaved"; parsed: Parsed; own: OwnAnswer | undefined }
  | { type: "ownChanged"; parsed: Parsed; own: OwnAnswer | undefined };

export function initialAnswerForm(parsed: Parsed | null, own: OwnAnswer | undefined): AnswerFormState {
  return { draft: parsed ? draftFromOwn(parsed, own) : null, editing: false, pending: null, error: null, retrying: null, lastAttempt: null, announcement: "" };
}

export function answerFormReducer(state: AnswerFormState, action: AnswerFormAction): AnswerFormState {
  switch (action.type) {
    case "draft":
      return { ...state, draft: action.draft };
    case "sending":
      return { ...state, pending: "pass" in action.payload ? "pass" : "send", error: null, announcement: "", lastAttempt: action.payload };
    case "retrying":
      return { ...state, retrying: action.notice };
    case "saved":
      return {
        ...state,
        editing: false,
        lastAttempt: null,
        pending: null,
        retrying: null,
        announcement: "pass" in action.payload ? "passed" : "saved",
      };
    case "failed":
      return { ...state, error: action.message, pending: null, retrying: null };
    case "incomplete":
      // said before anything is sent: "Try again" would send nothing new
      return { ...state, error: action.message, lastAttempt: null };
    case "change":
      return { ...state, editing: true, error: null, announcement: "" };
    case "keepSaved":
      return { ...state, editing: false, error: null, draft: draftFromOwn(action.parsed, action.own) };
    case "ownChanged":
      // the server's copy changed: a reset clears the form; a rejoin restores the saved answer unless it is being changed
      if (!action.own) return { ...state, draft: emptyDraft(action.parsed), editing: false, error: null };
      return state.editing ? state : { ...state, draft: draftFromOwn(action.parsed, action.own) };
  }
}
