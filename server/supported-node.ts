// Which Node.js versions Hearth runs on, checked before anything native loads.
// The range is package.json's `engines.node` ("^22.12 || >=24"): Prisma 7.10
// needs ^20.19 || ^22.12 || >=24 and better-sqlite3 13 (prebuilt, no compiler)
// needs >=22 — on Node 20 it crashes the process with a segmentation fault
// instead of an error, so `npm start` and the server refuse first, plainly.
// tests/unit/supported-node.test.ts keeps this function and `engines` in step.

export const SUPPORTED_NODE = "Node.js 24 (recommended), 22.12 or later, or 26";

export function isSupportedNode(version: string = process.versions.node): boolean {
  const [major, minor] = version.split(".").map(Number);
  if (major === 22) return minor >= 12;
  return major >= 24;
}

export function assertSupportedNode(version: string = process.versions.node): void {
  if (isSupportedNode(version)) return;
  process.stderr.write(
    `\n  Hearth cannot run on Node.js ${version}.\n` +
      `  It needs ${SUPPORTED_NODE}.\n` +
      `  Install a current LTS from https://nodejs.org (or run \`nvm use\` in this folder: .nvmrc names 24),\n` +
      `  then run \`npm install\` again, so the SQLite driver matches the new Node.js.\n\n`,
  );
  process.exit(1);
}
