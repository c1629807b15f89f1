-- DropForeignKey
ALTER TABLE "TemplateImage" DROP CONSTRAINT "TemplateImage_templateId_fkey";

-- AlterTable
ALTER TABLE "TemplateImage" ADD COLUMN     "detachedAt" TIMESTAMP(3),
ADD COLUMN     "phoneData" BYTEA,
ALTER COLUMN "templateId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "TemplateImage_detachedAt_idx" ON "TemplateImage"("detachedAt");

-- AddForeignKey
ALTER TABLE "TemplateImage" ADD CONSTRAINT "TemplateImage_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template"("id") ON DELETE SET NULL ON UPDATE CASCADE;
