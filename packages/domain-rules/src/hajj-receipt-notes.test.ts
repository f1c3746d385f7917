import { describe, expect, it } from 'vitest';
import { hajjReceiptNotes } from './hajj-receipt-notes.js';

describe('the Hajj registration receipt notes', () => {
  it('name the season’s passport days and every rule the seed asks printed', () => {
    const notes = hajjReceiptNotes({ validUntil: '۱۳۹۴/۰۱/۰۱', handOverBy: '۱۳۹۳/۰۴/۱۰' });
    expect(notes).toHaveLength(5);
    expect(notes[2]).toContain('دست‌کم تا ۱۳۹۴/۰۱/۰۱');
    expect(notes[2]).toContain('تا ۱۳۹۳/۰۴/۱۰ به مدیر کاروان');
    expect(notes[4]).toContain('۴۸۱/۶۱۶۸۹');
  });
});
