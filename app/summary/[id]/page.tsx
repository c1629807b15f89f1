import { PageIntl } from "../../../components/page-intl";
import { SessionSummaryView } from "../../../components/session-summary";
import { pageTranslator } from "../../../server/i18n/page-translator";

export async function generateMetadata() {
  const t = await pageTranslator("summary");
  return { title: t("title") };
}

export default async function SummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // "aggregate" and "passes": each prompt's chart with its passes (components/aggregate-view.tsx); "export": the words the exports share; "sharing": the audit trail
  return (
    <PageIntl namespaces={["summary", "aggregate", "passes", "export", "sharing"]}>
      <SessionSummaryView sessionId={id} />
    </PageIntl>
  );
}
