// Outgoing sync messages (./cluster.ts): batched for SYNC_FLUSH_MS so a room
// answering at once costs a few Redis messages, not one per answer; urgent
// ones (and a batch grown to MAX_BATCH_WEIGHT) go at once. While Redis is
// down nothing is queued: the resync after the outage makes up for it.
import type { Logger } from "../logger";
import { appendToBatch, batchWeight, type SyncMessage } from "./sync-messages";

/** How long changes wait to share one Redis message (resets, moderation and resyncs go at once). */
export const SYNC_FLUSH_MS = 20;
/** A batch this large is sent at once. */
const MAX_BATCH_WEIGHT = 2000;

export type SyncOutboxOptions = {
  /** whether messages can go out now (Redis up, not closed) */
  isUp: () => boolean;
  /** whether a publish can go out at the moment of the flush */
  canPublish: () => boolean;
  publish: (batch: SyncMessage[]) => void;
  logger: Logger;
};

export function createSyncOutbox({ isUp, canPublish, publish, logger: log }: SyncOutboxOptions) {
  let outbox: SyncMessage[] = [];
  let outboxWeight = 0;
  let timer: NodeJS.Timeout | null = null;

  function flush() {
    if (timer) clearTimeout(timer);
    timer = null;
    const batch = outbox;
    outbox = [];
    outboxWeight = 0;
    if (batch.length === 0 || !canPublish()) return;
    try {
      publish(batch);
    } catch (error) {
      log.error({ err: error }, "could not publish a sync message");
    }
  }

  return {
    send(message: SyncMessage, urgent: boolean) {
      if (!isUp()) return; // lost: the resync after the outage makes up for it
      appendToBatch(outbox, message);
      outboxWeight += batchWeight([message]);
      if (urgent || outboxWeight >= MAX_BATCH_WEIGHT) flush();
      else timer ??= setTimeout(flush, SYNC_FLUSH_MS);
    },
    flush,
  };
}
