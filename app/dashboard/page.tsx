import type { Metadata } from "next";
import { Dashboard } from "../../components/dashboard";
import { PageIntl } from "../../components/page-intl";
import { pageTranslator } from "../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("dashboard");
  return { title: t("title") };
}

export default function DashboardPage() {
  return (
    <PageIntl namespaces={["dashboard"]}>
      <Dashboard />
    </PageIntl>
  );
}
