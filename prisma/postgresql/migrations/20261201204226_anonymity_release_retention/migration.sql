-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN     "release" TEXT,
ADD COLUMN     "releaseGeneration" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "hideCounts" BOOLEAN,
ADD COLUMN     "retentionDays" INTEGER;
