-- AlterTable
ALTER TABLE "Facilitator" ADD COLUMN     "locale" TEXT;

-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "language" TEXT NOT NULL DEFAULT 'en';
