import type { Metadata } from "next";
import { AuthForm } from "../../components/auth-form";
import { PageIntl } from "../../components/page-intl";
import { pageTranslator } from "../../server/i18n/page-translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("auth");
  return { title: t("signUpTitle") };
}

export default function SignUpPage() {
  return (
    <PageIntl namespaces={["auth"]}>
      <AuthForm mode="signup" />
    </PageIntl>
  );
}
