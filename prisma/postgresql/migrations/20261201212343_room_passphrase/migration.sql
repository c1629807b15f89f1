-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "passphraseHash" TEXT;
