-- AlterTable
ALTER TABLE "SessionStep" ADD COLUMN     "imageOnPhones" BOOLEAN NOT NULL DEFAULT true;
