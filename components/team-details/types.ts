// What /api/teams/:id and its sessions answer, as the team's page shows it.
export type Role = "owner" | "admin" | "member";
export type TeamDetail = {
  team: { id: string; name: string; role: Role };
  members: { id: string; name: string; email: string; role: Role }[];
  invitations: { id: string; email: string; role: Role; expiresAt: string }[];
};
export type TeamMember = TeamDetail["members"][number];
export type TeamSession = { id: string; title: string; status: string; createdAt: string; participantCount: number; ownerName: string };
