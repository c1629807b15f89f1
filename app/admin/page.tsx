import type { Metadata } from "next";
import { AdminPanel } from "../../components/admin-panel";
import { PageIntl } from "../../components/page-intl";
import { pageTranslator } from "../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("admin");
  return { title: t("title") };
}

export default function AdminPage() {
  return (
    <PageIntl namespaces={["admin"]}>
      <AdminPanel />
    </PageIntl>
  );
}
