import type { Metadata } from "next";
import { AccountSettings } from "../../components/account-settings";
import { PageIntl } from "../../components/page-intl";

export const metadata: Metadata = { title: "Account" };

export default function AccountPage() {
  return (
    <PageIntl namespaces={["account"]}>
      <AccountSettings />
    </PageIntl>
  );
}
