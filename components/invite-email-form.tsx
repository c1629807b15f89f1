"use client";
// The form both invitation kinds share: an optional e-mail that the one-time
// link will be bound to, and a button that asks for the link. Used by the
// administrator's sign-up links (admin-panel.tsx) and the owner's
// co-facilitator links (co-facilitators-panel.tsx).

type InviteEmailFormProps = {
  /** the e-mail input's id (unique on the page) */
  inputId: string;
  label: string;
  submitLabel: string;
  disabled: boolean;
  /** the trimmed e-mail, or "" for a link anyone signed in may use */
  onInvite: (email: string) => void;
};

export function InviteEmailForm({ inputId, label, submitLabel, disabled, onInvite }: InviteEmailFormProps) {
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        onInvite(String(new FormData(event.currentTarget).get("email") ?? "").trim());
      }}
    >
      <div>
        <label htmlFor={inputId}>{label}</label>
        <input id={inputId} name="email" type="email" autoComplete="off" />
      </div>
      <button className="button secondary" type="submit" disabled={disabled}>
        {submitLabel}
      </button>
    </form>
  );
}
