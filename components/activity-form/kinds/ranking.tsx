"use client";
// Ranking: tap the items in order, then adjust with arrows (lib/client/ranking-order.ts).
import { useEffect, useRef, useState } from "react";
import { clearOrder, moveItem, placeItem, type RankingStep } from "../../../lib/client/ranking-order";
import { useTranslations } from "use-intl";
import type { KindEditorProps } from "./types";
import styles from "../../activity-form.module.css";

export function Ranking({ config, draft, setDraft, hintId }: KindEditorProps<"ranking">) {
  const t = useTranslations("answer");
  const labels = new Map(config.options.map((o) => [o.id, o.label]));
  const order = draft.order;
  const pool = config.options.filter((o) => !order.includes(o.id));
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusNext = useRef<string | null>(null);
  const [spoken, setSpoken] = useState("");

  useEffect(() => {
    const key = focusNext.current;
    if (!key) return;
    focusNext.current = null;
    buttons.current.get(key)?.focus();
  });

  const ref = (key: string) => (el: HTMLButtonElement | null) => {
    if (el) buttons.current.set(key, el);
    else buttons.current.delete(key);
  };

  const apply = (step: RankingStep | null) => {
    if (!step) return;
    setDraft({ order: step.order });
    setSpoken(step.spoken);
    focusNext.current = step.focus;
  };
  const place = (id: string) => apply(placeItem(config.options, order, id, t));
  const move = (index: number, delta: -1 | 1) => apply(moveItem(config.options, order, index, delta, t));
  const startOver = () => apply(clearOrder(config.options, t));

  return (
    <>
      <p id={hintId} className={styles.hint}>
        {t("ranking.hint")}
      </p>
      {order.length > 0 ? (
        <div className={styles.rankBlock}>
          <p className={styles.rankHeading}>{t("ranking.yourOrder")}</p>
          <ol role="list" className={styles.rankList}>
            {order.map((id, index) => {
              const label = labels.get(id) ?? id;
              return (
                <li key={id} className={styles.rankItem}>
                  <span className={styles.rankPlace} aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className={styles.rankLabel}>
                    <span className="visually-hidden">{`${t("ranking.position", { number: index + 1 })} `}</span>
                    {label}
                  </span>
                  <span className={styles.rankButtons}>
                    <button
                      ref={ref(`up:${id}`)}
                      type="button"
                      className={styles.iconButton}
                      onClick={() => move(index, -1)}
                      disabled={index === 0}
                      aria-label={t("ranking.moveUp", { label })}
                    >
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      ref={ref(`down:${id}`)}
                      type="button"
                      className={styles.iconButton}
                      onClick={() => move(index, 1)}
                      disabled={index === order.length - 1}
                      aria-label={t("ranking.moveDown", { label })}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      ) : null}
      {pool.length > 0 ? (
        <div className={styles.rankBlock}>
          <p className={styles.rankHeading}>{order.length === 0 ? t("ranking.tapFirst") : t("ranking.stillToPlace", { count: pool.length })}</p>
          <ul role="list" className={styles.pool}>
            {pool.map((o) => (
              <li key={o.id}>
                <button ref={ref(`pool:${o.id}`)} type="button" className={styles.poolButton} onClick={() => place(o.id)}>
                  <span className={styles.poolPlace} aria-hidden="true">
                    +
                  </span>
                  <span>{o.label}</span>
                  <span className="visually-hidden">{`: ${t("ranking.placeAt", { number: order.length + 1 })}`}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {order.length > 0 ? (
        <button type="button" className={`button quiet ${styles.startOver}`} onClick={startOver}>
          {t("ranking.startOver")}
        </button>
      ) : null}
      <p className="visually-hidden" aria-live="polite">
        {spoken}
      </p>
    </>
  );
}
