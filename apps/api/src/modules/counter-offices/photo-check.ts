/** The photo rules: JPEG or PNG by content, 1 KiB to 600 KiB (a JSON body stays under the API's 1 MB limit), portrait, at least 240 × 320 pixels. */
export const PHOTO_RULES = { minBytes: 1024, maxBytes: 614_400, minWidth: 240, minHeight: 320, maxSide: 6000 } as const;

export type PhotoFormat = 'JPEG' | 'PNG';

export type PhotoCheck =
  | { ok: true; format: PhotoFormat; width: number; height: number; bytes: number }
  | { ok: false; reason: 'FORMAT' | 'TOO_SMALL_FILE' | 'TOO_LARGE_FILE' | 'DIMENSIONS' | 'NOT_PORTRAIT'; message: string };

/** Width and height of a PNG (its IHDR chunk), or null when it is not one. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Width and height of a JPEG (its first start-of-frame segment), or null when it is not one. */
function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = bytes.readUInt16BE(at + 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
    }
    if (marker === 0xda) return null;
    at += 2 + length;
  }
  return null;
}

/** The capture's quality check: what it is by its content, its file size and its pixel size. */
export function checkPhoto(bytes: Buffer): PhotoCheck {
  const png = pngSize(bytes);
  const jpeg = png ? null : jpegSize(bytes);
  const size = png ?? jpeg;
  if (!size) return { ok: false, reason: 'FORMAT', message: 'The photo must be a JPEG or PNG image' };
  if (bytes.length < PHOTO_RULES.minBytes)
    return { ok: false, reason: 'TOO_SMALL_FILE', message: `The photo must be at least ${PHOTO_RULES.minBytes} bytes` };
  if (bytes.length > PHOTO_RULES.maxBytes)
    return { ok: false, reason: 'TOO_LARGE_FILE', message: `The photo must be at most ${PHOTO_RULES.maxBytes} bytes` };
  const { width, height } = size;
  if (width < PHOTO_RULES.minWidth || height < PHOTO_RULES.minHeight || width > PHOTO_RULES.maxSide || height > PHOTO_RULES.maxSide) {
    return {
      ok: false,
      reason: 'DIMENSIONS',
      message: `The photo must be at least ${PHOTO_RULES.minWidth} × ${PHOTO_RULES.minHeight} pixels`,
    };
  }
  if (height < width) return { ok: false, reason: 'NOT_PORTRAIT', message: 'The photo must be upright (portrait)' };
  return { ok: true, format: png ? 'PNG' : 'JPEG', width, height, bytes: bytes.length };
}
