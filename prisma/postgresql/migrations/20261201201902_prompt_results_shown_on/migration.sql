-- AlterTable
ALTER TABLE "Prompt" ADD COLUMN     "resultsShownOn" TEXT NOT NULL DEFAULT 'everywhere';
