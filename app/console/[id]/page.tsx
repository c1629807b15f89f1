import type { Metadata } from "next";
import { FacilitatorConsole } from "../../../components/facilitator-console";
import { PageIntl } from "../../../components/page-intl";

export const metadata: Metadata = { title: "Console" };

export default async function ConsolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <PageIntl namespaces={["aggregate"]}>
      <FacilitatorConsole sessionId={id} />
    </PageIntl>
  );
}
