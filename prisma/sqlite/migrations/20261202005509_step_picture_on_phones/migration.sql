-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_SessionStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "facilitatorNotes" TEXT NOT NULL DEFAULT '',
    "contentNote" TEXT NOT NULL DEFAULT '',
    "reactionsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "imageId" TEXT,
    "imageAlt" TEXT,
    "imageOnPhones" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "SessionStep_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_SessionStep" ("body", "contentNote", "facilitatorNotes", "id", "imageAlt", "imageId", "position", "reactionsEnabled", "sessionId", "title") SELECT "body", "contentNote", "facilitatorNotes", "id", "imageAlt", "imageId", "position", "reactionsEnabled", "sessionId", "title" FROM "SessionStep";
DROP TABLE "SessionStep";
ALTER TABLE "new_SessionStep" RENAME TO "SessionStep";
CREATE UNIQUE INDEX "SessionStep_sessionId_position_key" ON "SessionStep"("sessionId", "position");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
