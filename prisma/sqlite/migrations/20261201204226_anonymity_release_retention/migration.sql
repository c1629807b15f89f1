-- AlterTable
ALTER TABLE "Session" ADD COLUMN "hideCounts" BOOLEAN;
ALTER TABLE "Session" ADD COLUMN "retentionDays" INTEGER;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Prompt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "config" JSONB NOT NULL,
    "repeatOfId" TEXT,
    "state" TEXT NOT NULL DEFAULT 'idle',
    "resultsRevealed" BOOLEAN NOT NULL DEFAULT false,
    "resultsShownOn" TEXT NOT NULL DEFAULT 'everywhere',
    "releaseGeneration" INTEGER NOT NULL DEFAULT 0,
    "release" TEXT,
    CONSTRAINT "Prompt_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Prompt_stepId_fkey" FOREIGN KEY ("stepId") REFERENCES "SessionStep" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Prompt_repeatOfId_fkey" FOREIGN KEY ("repeatOfId") REFERENCES "Prompt" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Prompt" ("config", "id", "kind", "question", "repeatOfId", "resultsRevealed", "resultsShownOn", "sessionId", "state", "stepId") SELECT "config", "id", "kind", "question", "repeatOfId", "resultsRevealed", "resultsShownOn", "sessionId", "state", "stepId" FROM "Prompt";
DROP TABLE "Prompt";
ALTER TABLE "new_Prompt" RENAME TO "Prompt";
CREATE UNIQUE INDEX "Prompt_stepId_key" ON "Prompt"("stepId");
CREATE INDEX "Prompt_sessionId_idx" ON "Prompt"("sessionId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
