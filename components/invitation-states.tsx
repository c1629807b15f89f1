// What a one-time link's page shows before it knows the invitation: while it
// is being read, and when it cannot be used (expired, used, withdrawn or
// unknown — the server's message says which). Shared by the co-facilitator
// and account links (invitation-view.tsx) and team links (team-invitation-view.tsx).
import Link from "next/link";

export function InvitationOpening() {
  return (
    <main id="main" className="page narrow">
      <p aria-live="polite">Opening the invitation…</p>
    </main>
  );
}

export function InvitationUnusable({ message }: { message: string }) {
  return (
    <main id="main" className="page narrow stack">
      <h1>This invitation can&apos;t be used</h1>
      <p className="error" role="alert">
        {message}
      </p>
      <p>
        <Link href="/dashboard">Your sessions</Link>
      </p>
    </main>
  );
}
