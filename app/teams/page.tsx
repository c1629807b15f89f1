import type { Metadata } from "next";
import { PageIntl } from "../../components/page-intl";
import { TeamsPage } from "../../components/teams-page";
import { pageTranslator } from "../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("teams");
  return { title: t("title") };
}

export default function Teams() {
  // "sharing": the invitation links made here and each session's audit trail
  return (
    <PageIntl namespaces={["teams", "sharing"]}>
      <TeamsPage />
    </PageIntl>
  );
}
