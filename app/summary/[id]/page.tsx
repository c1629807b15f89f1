import type { Metadata } from "next";
import { SessionSummaryView } from "../../../components/session-summary";

export const metadata: Metadata = { title: "Summary" };

export default async function SummaryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <SessionSummaryView sessionId={id} />;
}
