-- AlterTable
ALTER TABLE "Participant" ADD COLUMN "blockedAt" DATETIME;
ALTER TABLE "Participant" ADD COLUMN "blockedPrior" TEXT;
ALTER TABLE "Participant" ADD COLUMN "blockedVia" TEXT;
