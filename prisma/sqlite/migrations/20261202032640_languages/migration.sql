-- AlterTable
ALTER TABLE "Facilitator" ADD COLUMN "locale" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT NOT NULL,
    "templateId" TEXT,
    "title" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'lobby',
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "anonymityThreshold" INTEGER NOT NULL DEFAULT 3,
    "currentStepIndex" INTEGER NOT NULL DEFAULT 0,
    "contentNote" TEXT NOT NULL,
    "resources" JSONB NOT NULL,
    "pauseRequests" INTEGER NOT NULL DEFAULT 0,
    "timerStartedAt" DATETIME,
    "timerElapsedMs" INTEGER NOT NULL DEFAULT 0,
    "timerDurationMs" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "responsesDeletedAt" DATETIME,
    "hideCounts" BOOLEAN,
    "retentionDays" INTEGER,
    "passphraseHash" TEXT,
    "safetyNetPhrases" JSONB,
    "teamId" TEXT,
    "language" TEXT NOT NULL DEFAULT 'en',
    CONSTRAINT "Session_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Facilitator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Session_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("anonymityThreshold", "contentNote", "createdAt", "currentStepIndex", "endedAt", "hideCounts", "id", "joinCode", "locked", "ownerId", "passphraseHash", "pauseRequests", "resources", "responsesDeletedAt", "retentionDays", "safetyNetPhrases", "startedAt", "status", "teamId", "templateId", "timerDurationMs", "timerElapsedMs", "timerStartedAt", "title") SELECT "anonymityThreshold", "contentNote", "createdAt", "currentStepIndex", "endedAt", "hideCounts", "id", "joinCode", "locked", "ownerId", "passphraseHash", "pauseRequests", "resources", "responsesDeletedAt", "retentionDays", "safetyNetPhrases", "startedAt", "status", "teamId", "templateId", "timerDurationMs", "timerElapsedMs", "timerStartedAt", "title" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_joinCode_key" ON "Session"("joinCode");
CREATE INDEX "Session_ownerId_idx" ON "Session"("ownerId");
CREATE INDEX "Session_teamId_idx" ON "Session"("teamId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
