-- AlterTable
ALTER TABLE "Session" ADD COLUMN "safetyNetPhrases" JSONB;
