import type { Metadata } from "next";
import { FacilitatorConsole } from "../../../components/facilitator-console";

export const metadata: Metadata = { title: "Console" };

export default async function ConsolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <FacilitatorConsole sessionId={id} />;
}
