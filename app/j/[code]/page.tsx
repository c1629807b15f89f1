// The QR code's target: /j/ABC234 → the session page (or the join form, with
// the code filled in, when it cannot be a code so the person can fix it).
import { redirect } from "next/navigation";
import { normaliseJoinCode } from "../../../lib/join-code";
import { safeDecode } from "../../../lib/safe-decode";

type Props = { params: Promise<{ code: string }> };

export default async function QrJoinPage({ params }: Props) {
  const { code: raw } = await params;
  const decoded = safeDecode(raw);
  const code = normaliseJoinCode(decoded);
  if (code) redirect(`/s/${code}`);
  redirect(`/join?code=${encodeURIComponent(decoded.slice(0, 20))}`);
}
