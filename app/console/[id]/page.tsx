import type { Metadata } from "next";
import { FacilitatorConsole } from "../../../components/facilitator-console";
import { PageIntl } from "../../../components/page-intl";
import { pageTranslator } from "../../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("console");
  return { title: t("title") };
}

export default async function ConsolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <PageIntl namespaces={["console", "aggregate", "passes", "sharing"]}>
      <FacilitatorConsole sessionId={id} />
    </PageIntl>
  );
}
