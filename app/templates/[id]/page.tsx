import type { Metadata } from "next";
import { PageIntl } from "../../../components/page-intl";
import { TemplateEditor } from "../../../components/template-editor";

export const metadata: Metadata = { title: "Edit template" };

export default async function TemplateEditorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // "projector": the editor's projector preview shows a step's content note as the projector does
  return (
    <PageIntl namespaces={["projector"]}>
      <TemplateEditor templateId={id} />
    </PageIntl>
  );
}
