import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "../components/join-form";
import { PageIntl } from "../components/page-intl";
import { pageTranslator } from "../server/i18n/page-translator";
import styles from "./home.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await pageTranslator("join");
  return { title: { absolute: t("homePageTitle") } };
}

export default async function HomePage() {
  const t = await pageTranslator("join");
  return (
    <main id="main" className={styles.main}>
      <div className={styles.inner}>
        <p className={styles.brand}>Hearth</p>
        <h1 className={styles.title}>{t("heading")}</h1>
        <p className={styles.lead}>{t("homeLead")}</p>
        <div className={`card ${styles.card}`}>
          <PageIntl namespaces={["join"]}>
            <JoinForm />
          </PageIntl>
        </div>
        <p className={styles.facilitators}>
          <Link href="/signin">{t("facilitatorsSignIn")}</Link>
        </p>
      </div>
    </main>
  );
}
