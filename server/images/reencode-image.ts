// Every uploaded picture is checked by its content and re-encoded before it is
// stored: the type comes from the file's first bytes (never its name or the
// Content-Type), the size from its header before any pixel is decoded (a
// small file can claim gigapixels), and the stored bytes are a fresh encoding
// of the decoded pixels — so EXIF (a photo's GPS position, the camera's serial
// number), comments and any trailing payload are gone. Pure JavaScript codecs
// (jpeg-js, pngjs): no native image library to install. PNG and JPEG only;
// SVG (which can carry scripts), GIF and WebP are refused.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";

export const MAX_IMAGE_BYTES = 1_000_000;
/** The browser scales photos down to 1600 px before uploading; this leaves room for a hand-made PNG. */
export const MAX_IMAGE_SIDE = 4096;
const MAX_IMAGE_PIXELS = 12_000_000;
const JPEG_QUALITY = 85;

export type ImageMime = "image/png" | "image/jpeg";
export type ReencodedImage = { mime: ImageMime; width: number; height: number; data: Buffer };
export type ImageRefusal = { refused: string };

export function sniffImage(bytes: Uint8Array): ImageMime | undefined {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return undefined;
}

/** Width and height from the header alone: PNG's IHDR, or JPEG's first start-of-frame segment. */
export function imageSize(bytes: Uint8Array, mime: ImageMime): { width: number; height: number } | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === "image/png") {
    if (bytes.length < 24 || String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return undefined;
    return { width: view.getUint32(16), height: view.getUint32(20) };
  }
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    const length = view.getUint16(offset + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    if (length < 2) return undefined;
    offset += 2 + length;
  }
  return undefined;
}

export function reencodeImage(bytes: Uint8Array): ReencodedImage | ImageRefusal {
  if (bytes.length === 0) return { refused: "The file is empty." };
  if (bytes.length > MAX_IMAGE_BYTES) return { refused: `The picture is ${Math.ceil(bytes.length / 1000)} kB; Hearth takes pictures up to ${MAX_IMAGE_BYTES / 1000} kB.` };
  const mime = sniffImage(bytes);
  if (!mime) return { refused: "That is not a PNG or JPEG picture. Save it as PNG or JPEG and try again (SVG, GIF and WebP are not accepted)." };
  const size = imageSize(bytes, mime);
  if (!size || size.width < 1 || size.height < 1) return { refused: "The picture's header is damaged. Open it in an image editor, save it again and retry." };
  if (size.width > MAX_IMAGE_SIDE || size.height > MAX_IMAGE_SIDE || size.width * size.height > MAX_IMAGE_PIXELS) {
    return { refused: `The picture is ${size.width} × ${size.height} pixels; Hearth takes up to ${MAX_IMAGE_SIDE} pixels a side.` };
  }
  try {
    if (mime === "image/png") {
      const decoded = PNG.sync.read(Buffer.from(bytes));
      if (decoded.width !== size.width || decoded.height !== size.height) throw new Error("size mismatch");
      // A new PNG from the pixels alone: no text, time or EXIF chunks survive.
      const data = PNG.sync.write(decoded, { colorType: 6 });
      return { mime, width: decoded.width, height: decoded.height, data };
    }
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000, maxMemoryUsageInMB: 128 });
    if (decoded.width !== size.width || decoded.height !== size.height) throw new Error("size mismatch");
    // jpeg-js writes only the image data: no APP1 (EXIF/XMP) or comment segments.
    const data = Buffer.from(jpeg.encode({ data: decoded.data, width: decoded.width, height: decoded.height }, JPEG_QUALITY).data);
    return { mime, width: decoded.width, height: decoded.height, data };
  } catch {
    return { refused: "The picture could not be read. Open it in an image editor, save it again as PNG or JPEG and retry." };
  }
}
