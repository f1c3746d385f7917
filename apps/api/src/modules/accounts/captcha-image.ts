import { randomInt } from 'node:crypto';
import { PassThrough } from 'node:stream';
import * as PImage from 'pureimage';

/** Letters and digits that stay distinct once rotated and warped (no i/l/1, o/0, …). */
export const CAPTCHA_CHARACTERS = 'abcdefghjkmnpqrstuvwxyz23456789';
export const CAPTCHA_LENGTH = 5;
export const CAPTCHA_WIDTH = 200;
export const CAPTCHA_HEIGHT = 70;

const FONT_FAMILY = 'PishkhanCaptcha';
const BACKGROUND = 0xf4f1eaff;
const INKS = ['#263040', '#3a2f4f', '#2f4034', '#4a2f2f'];

let fontLoaded = false;
function loadFont(): void {
  if (fontLoaded) return;
  // Vazirmatn (already the receipts' font) has Latin glyphs; pureimage draws them with opentype.js.
  PImage.registerFont(require.resolve('vazirmatn/fonts/ttf/Vazirmatn-Bold.ttf'), FONT_FAMILY).loadSync();
  fontLoaded = true;
}

/** A uniform number in [min, max) from the secure random source. */
function between(min: number, max: number): number {
  return min + (randomInt(0, 1_000_000) / 1_000_000) * (max - min);
}

export function newCaptchaText(): string {
  return Array.from({ length: CAPTCHA_LENGTH }, () => CAPTCHA_CHARACTERS[randomInt(0, CAPTCHA_CHARACTERS.length)]).join('');
}

/**
 * Draws `text` as a PNG: every glyph at its own size, rotation and height, the whole picture
 * warped by two random sine waves, then curves in the ink's colour drawn across the glyphs and
 * speckle noise. The result is pixels only: nothing in it names a glyph or its outline, so it must
 * be read as a picture (pureimage, a pure-JavaScript canvas: no native build).
 */
export async function drawCaptchaPng(text: string): Promise<Buffer> {
  loadFont();
  const width = CAPTCHA_WIDTH;
  const height = CAPTCHA_HEIGHT;
  const ink = INKS[randomInt(0, INKS.length)]!;

  const glyphs = PImage.make(width, height);
  const ctx = glyphs.getContext('2d');
  ctx.fillStyle = '#f4f1ea';
  ctx.fillRect(0, 0, width, height);
  const step = (width - 24) / text.length;
  [...text].forEach((char, i) => {
    ctx.save();
    ctx.translate(14 + i * step + between(-3, 4), height / 2 + 12 + between(-5, 5));
    ctx.rotate(between(-0.5, 0.5));
    ctx.font = `${Math.round(between(40, 50))}pt ${FONT_FAMILY}`;
    ctx.fillStyle = ink;
    ctx.fillText(char, 0, 0);
    ctx.restore();
  });

  // Warp: each pixel is taken from a point moved by a sine of the other axis.
  const warped = PImage.make(width, height);
  const amplitudeY = between(3, 5);
  const periodX = between(70, 110);
  const amplitudeX = between(2, 4);
  const periodY = between(40, 60);
  const phase = between(0, 2 * Math.PI);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const sx = Math.round(x + amplitudeX * Math.sin((2 * Math.PI * y) / periodY + phase));
      const sy = Math.round(y + amplitudeY * Math.sin((2 * Math.PI * x) / periodX + phase));
      warped.setPixelRGBA(x, y, sx >= 0 && sx < width && sy >= 0 && sy < height ? glyphs.getPixelRGBA(sx, sy) : BACKGROUND);
    }
  }

  // Curves in the glyphs' own colour, from edge to edge, so they cross the text.
  const noise = warped.getContext('2d');
  noise.strokeStyle = ink;
  for (let k = 0; k < 3; k += 1) {
    noise.lineWidth = between(1.5, 2.6);
    noise.beginPath();
    noise.moveTo(0, between(12, height - 12));
    noise.bezierCurveTo(between(30, 80), between(0, height), between(110, 170), between(0, height), width, between(12, height - 12));
    noise.stroke();
  }
  const inkRgba = (Number.parseInt(ink.slice(1), 16) * 256 + 0xff) >>> 0;
  for (let k = 0; k < 350; k += 1) {
    warped.setPixelRGBA(randomInt(0, width), randomInt(0, height), randomInt(0, 2) === 0 ? inkRgba : BACKGROUND);
  }

  const sink = new PassThrough();
  const chunks: Buffer[] = [];
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  await PImage.encodePNGToStream(warped, sink);
  return Buffer.concat(chunks);
}
