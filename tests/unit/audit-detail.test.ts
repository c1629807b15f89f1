// An audit entry's detail as facts (lib/audit-detail.ts): what the server writes reads back the same,
// and anything else — a name, an export format, a sentence stored before, a hostile string — is not
// taken for facts.
import { describe, expect, it } from "vitest";
import { auditDetail, readAuditFacts, type AuditFacts } from "../../lib/audit-detail";

describe("audit details", () => {
  it("reads back the facts the server writes", () => {
    const facts: AuditFacts[] = [
      { moderated: { status: "hidden", count: 2, question: "What held you back?" } },
      { deleted: { responses: 17, reactions: 4 } },
      { invited: { email: "sam@example.org" } },
      { invited: { email: null } },
    ];
    for (const f of facts) expect(readAuditFacts(auditDetail(f))).toEqual(f);
  });

  it("takes nothing else for facts", () => {
    for (const detail of [
      "",
      "md",
      "Sam Jones",
      'approved: 3 answers to "What held you back?"',
      "{not json",
      '{"moderated":{"status":"deleted","count":1,"question":"q"}}',
      '{"deleted":{"responses":-1,"reactions":0}}',
      '{"deleted":{"responses":1.5,"reactions":0}}',
      '{"invited":{"email":42}}',
      '{"__proto__":{"x":1}}',
    ])
      expect(readAuditFacts(detail), detail).toBeNull();
  });
});
