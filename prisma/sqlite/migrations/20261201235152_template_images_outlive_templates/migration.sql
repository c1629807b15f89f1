-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TemplateImage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "templateId" TEXT,
    "ownerId" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "data" BLOB NOT NULL,
    "phoneData" BLOB,
    "detachedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TemplateImage_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "Template" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_TemplateImage" ("createdAt", "data", "height", "id", "mime", "ownerId", "templateId", "width") SELECT "createdAt", "data", "height", "id", "mime", "ownerId", "templateId", "width" FROM "TemplateImage";
DROP TABLE "TemplateImage";
ALTER TABLE "new_TemplateImage" RENAME TO "TemplateImage";
CREATE INDEX "TemplateImage_templateId_idx" ON "TemplateImage"("templateId");
CREATE INDEX "TemplateImage_detachedAt_idx" ON "TemplateImage"("detachedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
