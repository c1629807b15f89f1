-- AlterTable
ALTER TABLE "SessionStep" ADD COLUMN     "contentNote" TEXT NOT NULL DEFAULT '';
