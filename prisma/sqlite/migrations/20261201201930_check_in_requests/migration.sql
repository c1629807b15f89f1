-- CreateTable
CREATE TABLE "CheckInRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'new',
    "mayNeedCare" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CheckInRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CheckInRequest_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "CheckInRequest_sessionId_idx" ON "CheckInRequest"("sessionId");

-- CreateIndex
CREATE INDEX "CheckInRequest_participantId_idx" ON "CheckInRequest"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInRequest_sessionId_number_key" ON "CheckInRequest"("sessionId", "number");
