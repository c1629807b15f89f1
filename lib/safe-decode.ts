/** decodeURIComponent that keeps a malformed value ("%E0%A4%A") as it is instead of throwing. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
