import type { Metadata } from "next";
import { PageIntl } from "../../../components/page-intl";
import { TemplateEditor } from "../../../components/template-editor";
import { pageTranslator } from "../../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("templateEditor");
  return { title: t("page.title") };
}

export default async function TemplateEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // "projector": the editor's projector preview shows a step's content note as the projector does
  return (
    <PageIntl namespaces={["templateEditor", "projector", "answer", "articleImport"]}>
      <TemplateEditor templateId={id} />
    </PageIntl>
  );
}
