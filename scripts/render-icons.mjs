// Renders app/icon.svg into the PNG icons Hearth serves: app/favicon.ico (PNG entries),
// app/apple-icon.png and the web app manifest icons in public/. Run after changing the SVG:
//   CHROME_PATH=/usr/bin/chromium node scripts/render-icons.mjs
import { chromium } from "playwright-core";
import { readFileSync, writeFileSync } from "node:fs";
const svg = readFileSync("app/icon.svg", "utf8");
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage();
async function png(size, pad = 0, bg = "transparent") {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * pad;
  await page.setContent(
    `<html><body style="margin:0;background:${bg}"><div style="padding:${pad}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
  );
  return page.screenshot({ omitBackground: bg === "transparent", clip: { x: 0, y: 0, width: size, height: size } });
}
const p16 = await png(16),
  p32 = await png(32),
  p48 = await png(48);
// ICO with PNG entries (supported by every current browser)
const imgs = [
  [16, p16],
  [32, p32],
  [48, p48],
];
const header = Buffer.alloc(6 + 16 * imgs.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(imgs.length, 4);
let offset = header.length;
imgs.forEach(([s, b], i) => {
  const o = 6 + 16 * i;
  header.writeUInt8(s, o);
  header.writeUInt8(s, o + 1);
  header.writeUInt8(0, o + 2);
  header.writeUInt8(0, o + 3);
  header.writeUInt16LE(1, o + 4);
  header.writeUInt16LE(32, o + 6);
  header.writeUInt32LE(b.length, o + 8);
  header.writeUInt32LE(offset, o + 12);
  offset += b.length;
});
writeFileSync("app/favicon.ico", Buffer.concat([header, ...imgs.map(([, b]) => b)]));
writeFileSync("app/apple-icon.png", await png(180, 0, "#9a3d12"));
writeFileSync("public/icon-192.png", await png(192));
writeFileSync("public/icon-512.png", await png(512));
// maskable: the safe zone is the inner 80%
writeFileSync("public/icon-maskable-512.png", await png(512, 52, "#9a3d12"));
await browser.close();
