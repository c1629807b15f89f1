-- CreateTable
CREATE TABLE "CheckInRequest" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'new',
    "mayNeedCare" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CheckInRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CheckInRequest_sessionId_idx" ON "CheckInRequest"("sessionId");

-- CreateIndex
CREATE INDEX "CheckInRequest_participantId_idx" ON "CheckInRequest"("participantId");

-- CreateIndex
CREATE UNIQUE INDEX "CheckInRequest_sessionId_number_key" ON "CheckInRequest"("sessionId", "number");

-- AddForeignKey
ALTER TABLE "CheckInRequest" ADD CONSTRAINT "CheckInRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CheckInRequest" ADD CONSTRAINT "CheckInRequest_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
