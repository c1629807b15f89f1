// `npm run user:reset-password -- someone@example.org [--generate]`
//
// For the operator, when a facilitator has forgotten their password:
// self-hosted installs often have no mail server, so there is no e-mailed
// reset link. Sets a new password — typed at the prompt (hidden), or generated
// when the prompt is left empty, with --generate, or when no terminal is
// attached — hashed by Better Auth itself, exactly as a sign-up would, and
// signs that facilitator out everywhere (their open consoles lose access
// within a minute). Uses the same DATABASE_URL as the server; the server
// may keep running.
import "../server/preflight"; // first: Node version check and .env
import { existsSync } from "node:fs";
import { createAuth, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../server/auth";
import { parseDatabaseUrl } from "../server/database/database-url";
import { createDatabase, databaseUrlFromEnv } from "../server/db";
import { generatePassword, setPassword } from "../server/services/password-reset";

const USAGE = "Usage: npm run user:reset-password -- <e-mail> [--generate]";

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const email = args.find((a) => !a.startsWith("--"))?.trim();
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--generate");
  if (!email || unknown.length) {
    process.stderr.write(`${unknown.length ? `Unknown option ${unknown[0]}.\n` : ""}${USAGE}\n`);
    return 2;
  }

  const databaseUrl = databaseUrlFromEnv();
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === "sqlite" && !existsSync(target.filePath)) {
    process.stderr.write(`There is no Hearth database at ${target.filePath}. Start Hearth once, or set DATABASE_URL to the server's database.\n`);
    return 1;
  }
  const database = createDatabase(databaseUrl);
  try {
    const auth = createAuth({
      prisma: database.prisma,
      provider: database.provider,
      // hashing does not use the secret; Better Auth only insists on having one
      secret: process.env.BETTER_AUTH_SECRET ?? "reset-password-cli-does-not-sign-anything",
      baseURL: "http://localhost",
      trustedOrigins: [],
    });
    const ctx = await auth.$context;
    const found = await ctx.internalAdapter.findUserByEmail(email);
    if (!found) {
      process.stderr.write(`No facilitator account has the e-mail address ${email}.\n`);
      return 1;
    }
    const { user } = found;

    let password = "";
    let generated = false;
    if (!args.includes("--generate") && process.stdin.isTTY) {
      process.stdout.write(`Setting a new password for ${user.email}.\n`);
      password = await promptHidden(`New password (${MIN_PASSWORD_LENGTH}–${MAX_PASSWORD_LENGTH} characters; leave empty to generate one): `);
      if (password) {
        const again = await promptHidden("The same again: ");
        if (again !== password) {
          process.stderr.write("The two passwords differ; nothing was changed.\n");
          return 1;
        }
      }
    }
    if (!password) {
      password = generatePassword();
      generated = true;
    }
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      process.stderr.write(`A password needs ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters; nothing was changed.\n`);
      return 1;
    }

    const { signedOut: signedIn } = await setPassword(auth, user.id, password);

    process.stdout.write(
      [
        `The password for ${user.email} has been reset.`,
        `Signed out of ${signedIn} session${signedIn === 1 ? "" : "s"}.`,
        ...(generated ? [`New password: ${password}`, "Give it to the facilitator privately; they can change it under Account after signing in."] : []),
        "",
      ].join("\n"),
    );
    return 0;
  } finally {
    await database.close();
  }
}

/** Read a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stdout.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let input = "";
    const done = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(input);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new Error("Cancelled; nothing was changed."));
        if (ch === "\u007f" || ch === "\b") input = input.slice(0, -1);
        else if (ch >= " ") input += ch;
      }
    };
    stdin.on("data", onData);
  });
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
