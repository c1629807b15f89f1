import type { Metadata } from "next";
import { PageIntl } from "../../components/page-intl";
import { TemplateList } from "../../components/template-list";
import { pageTranslator } from "../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("templates");
  return { title: t("title") };
}

export default function TemplatesPage() {
  return (
    <PageIntl namespaces={["templates", "articleImport", "templateEditor"]}>
      <TemplateList />
    </PageIntl>
  );
}
