import type { Metadata } from "next";
import { InvitationView } from "../../../components/invitation-view";
import { PageIntl } from "../../../components/page-intl";
import { pageTranslator } from "../../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("sharing");
  return { title: t("invitation.title"), referrer: "no-referrer" };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <PageIntl namespaces={["sharing"]}>
      <InvitationView token={token} />
    </PageIntl>
  );
}
