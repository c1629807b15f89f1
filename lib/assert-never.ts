// The default branch of an exhaustive switch: adding a member to a union
// without handling it makes the call a compile error (the argument is no
// longer `never`), and a value that slipped past the types fails loudly.
export function assertNever(value: never, what = "value"): never {
  throw new Error(`unhandled ${what}: ${JSON.stringify(value)}`);
}
