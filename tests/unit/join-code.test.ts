import { describe, expect, it } from "vitest";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, JOIN_CODE_SPACE, formatJoinCode, generateJoinCode, normaliseJoinCode, type RandomSource } from "../../lib/join-code";

/** A random source that hands out the given bytes in order, cycling. */
function scriptedBytes(bytes: number[]): RandomSource & { calls: number } {
  let i = 0;
  return {
    calls: 0,
    getRandomValues<T extends Uint8Array>(array: T): T {
      this.calls++;
      for (let j = 0; j < array.length; j++) array[j] = bytes[i++ % bytes.length]!;
      return array;
    },
  };
}

describe("join code alphabet", () => {
  it("has no look-alike characters", () => {
    for (const ch of "01OILU") expect(JOIN_CODE_ALPHABET).not.toContain(ch);
  });
  it("is 30 distinct upper-case letters and digits", () => {
    expect(JOIN_CODE_ALPHABET).toHaveLength(30);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(30);
    expect(JOIN_CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
  });
  it("JOIN_CODE_SPACE counts every code", () => {
    expect(JOIN_CODE_LENGTH).toBe(6);
    expect(JOIN_CODE_SPACE).toBe(729_000_000);
  });
});

describe("generateJoinCode", () => {
  it("makes 6 characters from the alphabet with real crypto", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateJoinCode();
      expect(code).toHaveLength(6);
      for (const ch of code) expect(JOIN_CODE_ALPHABET).toContain(ch);
    }
  });

  it("maps kept bytes with byte % 30", () => {
    expect(generateJoinCode(scriptedBytes([0, 1, 2, 29, 30, 59]))).toBe("234Z2Z");
  });

  it("rejects bytes ≥ 240 instead of wrapping them (no modulo bias)", () => {
    // 240..255 would map to the first 16 characters a second time.
    const random = scriptedBytes([240, 255, 250, 0, 241, 1, 2, 3, 4, 5]);
    expect(generateJoinCode(random)).toBe("234567");
    expect(generateJoinCode(scriptedBytes([239, 239, 239, 239, 239, 239]))).toBe("ZZZZZZ");
  });

  it("keeps drawing when a whole batch is rejected", () => {
    const bytes = [...Array(10).fill(255), ...Array(10).fill(255), 7, 7, 7, 7, 7, 7];
    const random = scriptedBytes(bytes);
    expect(generateJoinCode(random)).toBe("999999");
    expect(random.calls).toBeGreaterThan(1);
  });

  it("is uniform over the alphabet across every possible byte", () => {
    // Feed each byte value as the first byte, then zeros: a kept byte decides
    // the first character, a rejected one leaves the code all "2".
    const counts = new Map<string, number>();
    for (let b = 0; b < 256; b++) {
      const code = generateJoinCode(scriptedBytes([b, ...Array(15).fill(0)]));
      if (b >= 240) expect(code).toBe("222222");
      else counts.set(code[0]!, (counts.get(code[0]!) ?? 0) + 1);
    }
    // 240 kept bytes over 30 characters: exactly 8 each.
    expect(counts.size).toBe(30);
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it("supports another length", () => {
    expect(generateJoinCode(globalThis.crypto, { length: 8 })).toHaveLength(8);
    expect(() => generateJoinCode(globalThis.crypto, { length: 0 })).toThrow(RangeError);
  });

  it("re-draws codes the caller rejects", () => {
    const seen: string[] = [];
    const code = generateJoinCode(scriptedBytes([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]), {
      reject: (c) => {
        seen.push(c);
        return c === "222222";
      },
    });
    expect(seen[0]).toBe("222222");
    expect(code).not.toBe("222222");
  });

  it("gives up after maxAttempts rejections", () => {
    expect(() => generateJoinCode(globalThis.crypto, { reject: () => true, maxAttempts: 5 })).toThrow(/5 attempts/);
  });

  it("spreads real codes widely (no obvious repetition)", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => generateJoinCode()));
    expect(codes.size).toBe(2000);
  });
});

describe("normaliseJoinCode", () => {
  it.each([
    ["ABC234", "ABC234"],
    ["abc234", "ABC234"],
    ["abc 234", "ABC234"],
    ["  ABC-234 ", "ABC234"],
    ["a b c 2 3 4", "ABC234"],
    ["ABC–234", "ABC234"], // en dash
    ["ABC\u00A0234", "ABC234"], // no-break space
    ["ＡＢＣ２３４", "ABC234"], // full-width
  ])("%j → %s", (input, expected) => {
    expect(normaliseJoinCode(input)).toBe(expected);
  });

  it.each([
    ["ABCO34", "contains O"],
    ["ABC034", "contains 0"],
    ["ABCI34", "contains I"],
    ["ABC134", "contains 1"],
    ["abcl34", "contains l"],
    ["ABCU34", "contains U"],
    ["ABC23", "too short"],
    ["ABC2345", "too long"],
    ["", "empty"],
    ["ABC 23!", "punctuation"],
    ["ÀBC234", "accented letter"],
  ])("rejects %j (%s) without guessing", (input) => {
    expect(normaliseJoinCode(input)).toBeNull();
  });

  it("accepts every generated code back", () => {
    for (let i = 0; i < 100; i++) {
      const code = generateJoinCode();
      expect(normaliseJoinCode(code)).toBe(code);
      expect(normaliseJoinCode(formatJoinCode(code).toLowerCase())).toBe(code);
    }
  });

  it("takes another length when asked", () => {
    expect(normaliseJoinCode("ABCD 2345", 8)).toBe("ABCD2345");
    expect(normaliseJoinCode("ABCD 2345")).toBeNull();
  });

  it("returns null for non-strings", () => {
    expect(normaliseJoinCode(undefined as unknown as string)).toBeNull();
  });
});

describe("formatJoinCode", () => {
  it("splits into two groups", () => {
    expect(formatJoinCode("ABC234")).toBe("ABC 234");
    expect(formatJoinCode("ABCD2345")).toBe("ABCD 2345");
    expect(formatJoinCode("ABCDE")).toBe("ABC DE");
    expect(formatJoinCode("AB")).toBe("AB");
  });
});
