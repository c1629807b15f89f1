// French puts a space before : ; ? ! and inside « », and it must not break
// there: a projector that wraps "Pourquoi ?" into "Pourquoi" and "?" on the
// next line looks broken. The French files are written with ordinary spaces
// (readable, easy to correct) and pass through this, which makes those
// spaces no-break ones (U+00A0) in every string, at any depth.
const NO_BREAK = "\u00a0";

function space(text: string): string {
  return text.replace(/ ([:;?!»])/g, `${NO_BREAK}$1`).replace(/« /g, `«${NO_BREAK}`);
}

export function frenchSpacing<T>(value: T): T {
  if (typeof value === "string") return space(value) as T;
  if (Array.isArray(value)) return value.map(frenchSpacing) as T;
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, frenchSpacing(v)])) as T;
  return value;
}
