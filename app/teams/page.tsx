import type { Metadata } from "next";
import { TeamsPage } from "../../components/teams-page";

export const metadata: Metadata = { title: "Teams" };

export default function Teams() {
  return <TeamsPage />;
}
