// A team's page changes: invite, take out or leave, withdraw a link, change a
// role. Each refreshes what it changed; leaving the team hands back to the list.
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api } from "../../lib/client/api";

export type InvitationLink = { url: string; email: string; expiresAt: string };

export function useTeamActions(teamId: string, myId: string, onLeft: () => void) {
  const client = useQueryClient();
  const key = ["team", teamId];
  const base = `/api/teams/${encodeURIComponent(teamId)}`;
  const [link, setLink] = useState<InvitationLink | null>(null);
  const invite = useMutation({
    mutationFn: (input: { email: string; role: "admin" | "member" }) => api<{ invitation: InvitationLink }>(`${base}/invitations`, { method: "POST", json: input }),
    onSuccess: ({ invitation }) => {
      setLink(invitation);
      void client.invalidateQueries({ queryKey: key });
    },
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`${base}/members/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: (_data, id) => {
      void client.invalidateQueries({ queryKey: ["teams"] });
      void client.invalidateQueries({ queryKey: ["templates"] });
      if (id === myId) onLeft();
      else void client.invalidateQueries({ queryKey: key });
    },
  });
  const withdraw = useMutation({
    mutationFn: (id: string) => api(`${base}/invitations/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
  const setRole = useMutation({
    mutationFn: ({ id, role }: { id: string; role: "admin" | "member" }) => api(`${base}/members/${encodeURIComponent(id)}`, { method: "PATCH", json: { role } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
  return { link, invite, remove, withdraw, setRole, error: invite.error ?? remove.error ?? withdraw.error ?? setRole.error };
}

export type TeamActions = ReturnType<typeof useTeamActions>;
