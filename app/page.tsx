import type { Metadata } from "next";
import Link from "next/link";
import { JoinForm } from "../components/join-form";
import styles from "./home.module.css";

export const metadata: Metadata = {
  title: { absolute: "Hearth — join a session" },
};

export default function HomePage() {
  return (
    <main id="main" className={styles.main}>
      <div className={styles.inner}>
        <p className={styles.brand}>Hearth</p>
        <h1 className={styles.title}>Join a session</h1>
        <p className={styles.lead}>Type the code you see on the screen. No name or account needed — your answers are anonymous, and you can pass any question.</p>
        <div className={`card ${styles.card}`}>
          <JoinForm />
        </div>
        <p className={styles.facilitators}>
          <Link href="/signin">Facilitators: sign in</Link>
        </p>
      </div>
    </main>
  );
}
