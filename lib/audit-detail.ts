// An audit entry's detail as facts, not a sentence: stored as JSON so each page says it in its reader's
// language (components/audit-trail.tsx). Written by the server where a command leaves one
// (moderation, deleting responses, an invitation link); other details are a name, an e-mail address or
// an export format, stored as they are. Entries stored before this are English sentences, shown as stored.

export type AuditFacts =
  | { moderated: { status: "pending" | "approved" | "hidden"; count: number; question: string } }
  | { deleted: { responses: number; reactions: number } }
  | { invited: { email: string | null } };

export const auditDetail = (facts: AuditFacts): string => JSON.stringify(facts);

const isCount = (n: unknown): n is number => typeof n === "number" && Number.isInteger(n) && n >= 0;

/** The facts in a stored detail, or null when it is anything else (a name, a format, an older sentence). */
export function readAuditFacts(detail: string): AuditFacts | null {
  if (!detail.startsWith("{")) return null;
  let value: unknown;
  try {
    value = JSON.parse(detail);
  } catch {
    return null;
  }
  const v = value as Record<string, Record<string, unknown> | undefined>;
  const m = v.moderated;
  if (m && ["pending", "approved", "hidden"].includes(m.status as string) && isCount(m.count) && typeof m.question === "string")
    return { moderated: { status: m.status as "pending" | "approved" | "hidden", count: m.count, question: m.question } };
  const d = v.deleted;
  if (d && isCount(d.responses) && isCount(d.reactions)) return { deleted: { responses: d.responses, reactions: d.reactions } };
  const i = v.invited;
  if (i && (i.email === null || typeof i.email === "string")) return { invited: { email: i.email as string | null } };
  return null;
}
