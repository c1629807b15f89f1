// Phones get a smaller copy of a step's picture: at most 720 px wide (a 360 px
// screen at twice its density), so fifty phones on the venue's Wi-Fi do not
// each fetch the projector's 1,600 px picture. Made from the stored (already
// re-encoded) pixels with the same pure-JS codecs, by averaging each block of
// source pixels (a box filter: no ringing, good enough for a phone).
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import type { ImageMime } from "./reencode-image";

export const PHONE_MAX_WIDTH = 720;
const PHONE_JPEG_QUALITY = 75;

export type PhoneCopy = { mime: ImageMime; data: Buffer };

/** undefined: the stored picture is small enough to send as it is. */
export function phoneCopy(stored: { mime: string; width: number; height: number; data: Uint8Array }): PhoneCopy | undefined {
  if (stored.width <= PHONE_MAX_WIDTH) return undefined;
  const width = PHONE_MAX_WIDTH;
  const height = Math.max(1, Math.round((stored.height * width) / stored.width));
  if (stored.mime === "image/png") {
    // PNG stays PNG: diagrams and transparency survive
    const source = PNG.sync.read(Buffer.from(stored.data));
    const out = new PNG({ width, height });
    boxScale(source.data, source.width, source.height, out.data, width, height);
    return { mime: "image/png", data: PNG.sync.write(out, { colorType: 6 }) };
  }
  const source = jpeg.decode(stored.data, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 128 });
  const data = new Uint8Array(width * height * 4);
  boxScale(source.data, source.width, source.height, data, width, height);
  return { mime: "image/jpeg", data: Buffer.from(jpeg.encode({ data, width, height }, PHONE_JPEG_QUALITY).data) };
}

/** Each target pixel is the mean of the source pixels it covers (RGBA, 8 bits each). */
function boxScale(src: Uint8Array, sw: number, sh: number, dst: Uint8Array, dw: number, dh: number): void {
  for (let y = 0; y < dh; y++) {
    const y0 = Math.floor((y * sh) / dh);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * sh) / dh));
    for (let x = 0; x < dw; x++) {
      const x0 = Math.floor((x * sw) / dw);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * sw) / dw));
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let yy = y0; yy < y1; yy++) {
        for (let xx = x0; xx < x1; xx++) {
          const i = (yy * sw + xx) * 4;
          r += src[i]!;
          g += src[i + 1]!;
          b += src[i + 2]!;
          a += src[i + 3]!;
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * dw + x) * 4;
      dst[o] = r / n;
      dst[o + 1] = g / n;
      dst[o + 2] = b / n;
      dst[o + 3] = a / n;
    }
  }
}
