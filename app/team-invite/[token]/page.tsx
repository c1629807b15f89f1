import type { Metadata } from "next";
import { PageIntl } from "../../../components/page-intl";
import { TeamInvitationView } from "../../../components/team-invitation-view";
import { pageTranslator } from "../../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("teams");
  return { title: t("invitation.title"), referrer: "no-referrer" };
}

export default async function TeamInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // "sharing": what every invitation link's page says while opening or when it can't be used
  return (
    <PageIntl namespaces={["teams", "sharing"]}>
      <TeamInvitationView token={token} />
    </PageIntl>
  );
}
