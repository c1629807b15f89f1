import type { Metadata } from "next";
import { ProjectorScreen } from "../../../components/projector-screen";

export const metadata: Metadata = { title: "Projector" };

export default async function ScreenPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ProjectorScreen sessionId={id} />;
}
