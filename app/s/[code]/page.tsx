import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageIntl } from "../../../components/page-intl";
import { ParticipantSession } from "../../../components/participant-session";
import { normaliseJoinCode } from "../../../lib/join-code";
import { safeDecode } from "../../../lib/safe-decode";
import { quickExitUrl } from "../../../server/env";
import { pageTranslator } from "../../../server/i18n/page-translator";
import { requestFirstScreen } from "../../../server/pages/request-first-screen";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("participant");
  return { title: t("pageTitle"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ code: string }> };

export default async function ParticipantPage({ params }: Props) {
  const { code: raw } = await params;
  const decoded = safeDecode(raw);
  const code = normaliseJoinCode(decoded);
  // Not a code at all: back to the join form, with what was typed, to fix it there.
  if (!code) redirect(`/join?code=${encodeURIComponent(decoded.slice(0, 20))}`);
  // One canonical address per session (e.g. /s/abc-234 → /s/ABC234).
  if (code !== raw) redirect(`/s/${code}`);
  // an open session's content note, in the HTML (the custom server decided: server/pages/participant-first-screen.ts)
  const firstScreen = await requestFirstScreen();
  // only what a phone shows: its screens, and the results it shows (components/aggregate-view.tsx)
  return (
    <PageIntl namespaces={["participant", "answer", "care", "aggregate"]}>
      <ParticipantSession code={code} quickExitUrl={quickExitUrl()} firstScreen={firstScreen} />
    </PageIntl>
  );
}
