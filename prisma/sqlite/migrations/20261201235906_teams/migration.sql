-- AlterTable
ALTER TABLE "Facilitator" ADD COLUMN "currentTeamId" TEXT;

-- CreateTable
CREATE TABLE "Team" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "TeamMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "facilitatorId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamMember_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamMember_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "Facilitator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TeamInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TeamInvitation_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TeamInvitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "Facilitator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    CONSTRAINT "Session_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Facilitator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Session_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Session_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Session" ("anonymityThreshold", "contentNote", "createdAt", "currentStepIndex", "endedAt", "hideCounts", "id", "joinCode", "locked", "ownerId", "passphraseHash", "pauseRequests", "resources", "responsesDeletedAt", "retentionDays", "safetyNetPhrases", "startedAt", "status", "templateId", "timerDurationMs", "timerElapsedMs", "timerStartedAt", "title") SELECT "anonymityThreshold", "contentNote", "createdAt", "currentStepIndex", "endedAt", "hideCounts", "id", "joinCode", "locked", "ownerId", "passphraseHash", "pauseRequests", "resources", "responsesDeletedAt", "retentionDays", "safetyNetPhrases", "startedAt", "status", "templateId", "timerDurationMs", "timerElapsedMs", "timerStartedAt", "title" FROM "Session";
DROP TABLE "Session";
ALTER TABLE "new_Session" RENAME TO "Session";
CREATE UNIQUE INDEX "Session_joinCode_key" ON "Session"("joinCode");
CREATE INDEX "Session_ownerId_idx" ON "Session"("ownerId");
CREATE INDEX "Session_teamId_idx" ON "Session"("teamId");
CREATE TABLE "new_Template" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ownerId" TEXT,
    "builtInKey" TEXT,
    "title" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "teamId" TEXT,
    CONSTRAINT "Template_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Facilitator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Template_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Template" ("builtInKey", "content", "createdAt", "id", "ownerId", "title", "updatedAt") SELECT "builtInKey", "content", "createdAt", "id", "ownerId", "title", "updatedAt" FROM "Template";
DROP TABLE "Template";
ALTER TABLE "new_Template" RENAME TO "Template";
CREATE UNIQUE INDEX "Template_builtInKey_key" ON "Template"("builtInKey");
CREATE INDEX "Template_ownerId_idx" ON "Template"("ownerId");
CREATE INDEX "Template_teamId_idx" ON "Template"("teamId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "TeamMember_facilitatorId_idx" ON "TeamMember"("facilitatorId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamMember_teamId_facilitatorId_key" ON "TeamMember"("teamId", "facilitatorId");

-- CreateIndex
CREATE UNIQUE INDEX "TeamInvitation_tokenHash_key" ON "TeamInvitation"("tokenHash");

-- CreateIndex
CREATE INDEX "TeamInvitation_teamId_idx" ON "TeamInvitation"("teamId");
