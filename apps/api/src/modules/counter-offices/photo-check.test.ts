import { describe, expect, it } from 'vitest';
import { checkPhoto } from './photo-check';
import { testPng } from './test-photo';

/** A minimal JPEG header with a start-of-frame segment of the given size, padded. */
function jpegOf(width: number, height: number, padTo = 4000): Buffer {
  const sof = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]);
  const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const head = Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, padTo - head.length))]);
}

describe('photo quality check', () => {
  it('takes a portrait PNG or JPEG of enough pixels', () => {
    expect(checkPhoto(testPng(300, 400))).toMatchObject({ ok: true, format: 'PNG', width: 300, height: 400 });
    expect(checkPhoto(jpegOf(480, 640))).toMatchObject({ ok: true, format: 'JPEG', width: 480, height: 640 });
  });

  it('refuses other formats, tiny or huge files, small or landscape pictures', () => {
    expect(checkPhoto(Buffer.from('%PDF-1.4 not a photo'))).toMatchObject({ ok: false, reason: 'FORMAT' });
    expect(checkPhoto(jpegOf(480, 640, 100))).toMatchObject({ ok: false, reason: 'TOO_SMALL_FILE' });
    expect(checkPhoto(jpegOf(480, 640, 2_000_000))).toMatchObject({ ok: false, reason: 'TOO_LARGE_FILE' });
    expect(checkPhoto(testPng(120, 160))).toMatchObject({ ok: false, reason: 'DIMENSIONS' });
    expect(checkPhoto(testPng(500, 400))).toMatchObject({ ok: false, reason: 'NOT_PORTRAIT' });
  });
});
