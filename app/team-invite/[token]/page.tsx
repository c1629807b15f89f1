import type { Metadata } from "next";
import { TeamInvitationView } from "../../../components/team-invitation-view";

export const metadata: Metadata = { title: "Team invitation", referrer: "no-referrer" };

export default async function TeamInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <TeamInvitationView token={token} />;
}
