// The browser storage keys: one module names them all, so "Leave quickly" can find every key a
// participant's phone keeps for a session (and only that session's), and the storage wrappers never
// let a refused or full storage break a screen.
import { afterEach, describe, expect, it } from "vitest";
import { isSessionKey, readStored, removeStored, storageArea, storageKeys, writeStored } from "../../lib/client/storage-keys";

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const g = globalThis as { window?: unknown };
afterEach(() => {
  delete g.window;
});

describe("browser storage keys", () => {
  const participantKeys = (code: string, sessionId: string) => [
    storageKeys.participantToken(code),
    storageKeys.passphrase(code),
    storageKeys.resources(code),
    storageKeys.title(code),
    storageKeys.contentNoteSeen(code, sessionId),
  ];

  it("gives every participant key a session's code or id, so quick exit finds them all", () => {
    for (const key of participantKeys("ABC234", "sess-1")) expect(isSessionKey(key, "ABC234", "sess-1"), key).toBe(true);
    // the join code is matched whatever its case on either side
    for (const key of participantKeys("abc234", "sess-1")) expect(isSessionKey(key, "ABC234", "sess-1"), key).toBe(true);
  });

  it("leaves another session's keys and the facilitator's import warnings alone", () => {
    for (const key of participantKeys("XYZ789", "sess-2")) expect(isSessionKey(key, "ABC234", "sess-1"), key).toBe(false);
    expect(isSessionKey(storageKeys.importWarnings("sess-1"), "ABC234", "sess-1")).toBe(false);
  });

  it("keys the participant token by the upper-case code, as the join form and the live hooks both read it", () => {
    expect(storageKeys.participantToken("abc234")).toBe(storageKeys.participantToken("ABC234"));
    expect(storageKeys.passphrase("abc234")).toBe(storageKeys.passphrase("ABC234"));
    // the shape phones already stored before this module existed: changing it would forget them
    expect(storageKeys.participantToken("ABC234")).toBe("hearth.participant.ABC234");
  });

  it("names the code in the content note's flag, so quick exit finds it before the join said the session's id", () => {
    expect(isSessionKey(storageKeys.contentNoteSeen("abc234", "sess-1"), "ABC234")).toBe(true);
    // the page's early script writes the same key (lib/client/early-taps.ts)
    expect(storageKeys.contentNoteSeen("abc234", "sess-1")).toBe("hearth.contentNote.ABC234.sess-1");
  });

  it("reads, writes and removes through the storage area", () => {
    const session = new MemoryStorage();
    g.window = { sessionStorage: session, localStorage: new MemoryStorage() };
    writeStored("sessionStorage", "hearth.title.ABC234", "Evening group");
    expect(session.items.get("hearth.title.ABC234")).toBe("Evening group");
    expect(readStored("sessionStorage", "hearth.title.ABC234")).toBe("Evening group");
    expect(readStored("localStorage", "hearth.title.ABC234")).toBeNull();
    removeStored("sessionStorage", "hearth.title.ABC234");
    expect(readStored("sessionStorage", "hearth.title.ABC234")).toBeNull();
  });

  it("treats refused or full storage as nothing kept, never an exception", () => {
    const refusing = {
      get sessionStorage(): Storage {
        throw new DOMException("denied", "SecurityError");
      },
      localStorage: {
        getItem: () => {
          throw new Error("broken");
        },
        setItem: () => {
          throw new DOMException("full", "QuotaExceededError");
        },
        removeItem: () => {
          throw new Error("broken");
        },
      },
    };
    g.window = refusing;
    expect(storageArea("sessionStorage")).toBeNull();
    expect(readStored("sessionStorage", "k")).toBeNull();
    expect(() => writeStored("sessionStorage", "k", "v")).not.toThrow();
    expect(readStored("localStorage", "k")).toBeNull();
    expect(() => writeStored("localStorage", "k", "v")).not.toThrow();
    expect(() => removeStored("localStorage", "k")).not.toThrow();
    // no window at all (server rendering)
    delete g.window;
    expect(storageArea("localStorage")).toBeNull();
    expect(readStored("localStorage", "k")).toBeNull();
  });
});
