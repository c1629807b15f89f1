// The checks a single field's schema cannot make: they span several steps.

/** `params.code` names the problem for the editor, which says it in the facilitator's language (lib/template-schema/issue-codes.ts). */
type Issue = { path: (string | number)[]; message: string; params: { code: string } & Record<string, string | number> };
type PromptRef = { key: string; kind: unknown; config: unknown; repeatOf?: string };

/**
 * Checks that span several steps: unique keys, and repeats that point back
 * to an earlier prompt the summary can pair them with. Written against
 * possibly-invalid input (see `when` in content.ts), so it only trusts what it checks.
 */
export function crossFieldIssues(steps: readonly unknown[]): Issue[] {
  const issues: Issue[] = [];
  const stepKeys = new Map<string, number>();
  const prompts = new Map<string, { index: number; prompt: PromptRef }>();

  steps.forEach((step, index) => {
    if (!isRecord(step)) return;
    if (typeof step.key === "string") {
      const firstStep = stepKeys.get(step.key);
      if (firstStep !== undefined) {
        issues.push({
          path: ["steps", index, "key"],
          message: `"${step.key}" is already the key of steps[${firstStep}]; step keys must be unique`,
          params: { code: "duplicateStepKey", key: step.key, stepIndex: firstStep },
        });
      } else {
        stepKeys.set(step.key, index);
      }
    }

    let prompt = promptRef(step.prompt);
    if (!prompt) return;

    if (prompt.repeatOf !== undefined) {
      const target = prompts.get(prompt.repeatOf);
      const path = ["steps", index, "prompt", "repeatOf"];
      if (!target) {
        const wanted = prompt.repeatOf;
        const later = steps.findIndex((s, i) => i > index && isRecord(s) && promptRef(s.prompt)?.key === wanted);
        issues.push({
          path,
          message:
            prompt.repeatOf === prompt.key
              ? "a prompt cannot repeat itself"
              : later >= 0
                ? `"${prompt.repeatOf}" is a later prompt (steps[${later}]); a repeat must come after the prompt it repeats`
                : `there is no earlier prompt with the key "${prompt.repeatOf}"`,
          params:
            prompt.repeatOf === prompt.key
              ? { code: "repeatsItself" }
              : later >= 0
                ? { code: "repeatIsLater", key: wanted, stepIndex: later }
                : { code: "noEarlierPrompt", key: wanted },
        });
        // Treat it as an original from here on, so a correct repeat of it
        // further down is not reported as a confusing follow-on error.
        prompt = { ...prompt, repeatOf: undefined };
      } else if (target.prompt.repeatOf !== undefined) {
        // Chains would make the before/after pairing ambiguous.
        issues.push({
          path,
          message: `"${prompt.repeatOf}" is itself a repeat; point to the original prompt "${target.prompt.repeatOf}" instead`,
          params: { code: "repeatOfRepeat", key: prompt.repeatOf, original: target.prompt.repeatOf },
        });
      } else if (target.prompt.kind !== prompt.kind) {
        issues.push({
          path,
          message: `"${prompt.repeatOf}" is a ${String(target.prompt.kind)} prompt; a repeat must be the same kind (this one is ${String(prompt.kind)})`,
          params: { code: "repeatKindDiffers", key: prompt.repeatOf, kind: String(target.prompt.kind), ownKind: String(prompt.kind) },
        });
      } else if (!sameJson(target.prompt.config, prompt.config)) {
        issues.push({
          path: ["steps", index, "prompt", "config"],
          message: `must be identical to the config of "${prompt.repeatOf}" (steps[${target.index}]) so the answers can be compared`,
          params: { code: "repeatConfigDiffers", key: prompt.repeatOf, stepIndex: target.index },
        });
      }
    }

    const first = prompts.get(prompt.key);
    if (first) {
      issues.push({
        path: ["steps", index, "prompt", "key"],
        message: `"${prompt.key}" is already the key of the prompt in steps[${first.index}]; prompt keys must be unique`,
        params: { code: "duplicatePromptKey", key: prompt.key, stepIndex: first.index },
      });
    } else {
      prompts.set(prompt.key, { index, prompt });
    }
  });
  return issues;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function promptRef(value: unknown): PromptRef | undefined {
  if (!isRecord(value) || typeof value.key !== "string") return undefined;
  return {
    key: value.key,
    kind: value.kind,
    config: value.config,
    repeatOf: typeof value.repeatOf === "string" ? value.repeatOf : undefined,
  };
}

/** Structural equality for plain JSON values, ignoring key order. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
