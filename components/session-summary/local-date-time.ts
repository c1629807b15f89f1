"use client";
import { useFormatter } from "use-intl";

/** A summary date in the page's language and the reader's time zone (components/intl-client-provider.tsx), "—" when there is none. */
export function useLocalDateTime(): (iso: string | null) => string {
  const format = useFormatter();
  return (iso) => (iso ? format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" }) : "—");
}
