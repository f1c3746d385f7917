import { PassThrough } from 'node:stream';
import * as PImage from 'pureimage';
import { describe, expect, it } from 'vitest';
import { CAPTCHA_CHARACTERS, CAPTCHA_HEIGHT, CAPTCHA_WIDTH, drawCaptchaPng, newCaptchaText } from './captcha-image';

async function decode(png: Buffer) {
  const stream = new PassThrough();
  stream.end(png);
  return PImage.decodePNGFromStream(stream);
}

describe('captcha picture', () => {
  it('draws five characters of the unambiguous alphabet as a PNG of 200×70 pixels', async () => {
    const text = newCaptchaText();
    expect(text).toHaveLength(5);
    expect([...text].every((char) => CAPTCHA_CHARACTERS.includes(char))).toBe(true);
    const png = await drawCaptchaPng(text);
    const image = await decode(png);
    expect([image.width, image.height]).toEqual([CAPTCHA_WIDTH, CAPTCHA_HEIGHT]);
    expect(png.toString('latin1')).not.toContain(text);
  });

  it('has ink in every fifth of its width (glyphs and the curves across them), not only background', async () => {
    const image = await decode(await drawCaptchaPng('abcde'));
    const background = image.getPixelRGBA(0, 0);
    const inkPerFifth = [0, 1, 2, 3, 4].map((fifth) => {
      let ink = 0;
      for (let x = (fifth * CAPTCHA_WIDTH) / 5; x < ((fifth + 1) * CAPTCHA_WIDTH) / 5; x += 1) {
        for (let y = 0; y < CAPTCHA_HEIGHT; y += 1) if (image.getPixelRGBA(x, y) !== background) ink += 1;
      }
      return ink;
    });
    for (const ink of inkPerFifth) expect(ink).toBeGreaterThan(100);
  });

  it('never draws the same text the same way twice', async () => {
    const [a, b] = await Promise.all([drawCaptchaPng('k7m2x'), drawCaptchaPng('k7m2x')]);
    expect(a.equals(b)).toBe(false);
  });
});
