import type { Metadata } from "next";
import { PageIntl } from "../../../components/page-intl";
import { SessionSummaryView } from "../../../components/session-summary";

export const metadata: Metadata = { title: "Summary" };

export default async function SummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // "aggregate" and "passes": each prompt's chart with its passes (components/aggregate-view.tsx); "export": the words the exports share
  return (
    <PageIntl namespaces={["aggregate", "passes", "export"]}>
      <SessionSummaryView sessionId={id} />
    </PageIntl>
  );
}
