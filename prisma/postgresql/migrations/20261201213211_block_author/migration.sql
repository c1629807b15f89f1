-- AlterTable
ALTER TABLE "Participant" ADD COLUMN     "blockedAt" TIMESTAMP(3),
ADD COLUMN     "blockedPrior" TEXT,
ADD COLUMN     "blockedVia" TEXT;
