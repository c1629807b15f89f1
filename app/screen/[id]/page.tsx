import type { Metadata } from "next";
import { PageIntl } from "../../../components/page-intl";
import { ProjectorScreen } from "../../../components/projector-screen";
import { pageTranslator } from "../../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("projector");
  return { title: t("title") };
}

export default async function ScreenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <PageIntl namespaces={["projector", "aggregate"]}>
      <ProjectorScreen sessionId={id} />
    </PageIntl>
  );
}
