import { formatJalaliDateTime } from '@pishkhan/fa-format';
import { describe, expect, it } from 'vitest';
import { clientNameOf, deliveryErrorText, deliveryOutcome, nextAttemptText, WEBHOOK_MAX_ATTEMPTS } from './webhook-delivery-text';

describe('webhook delivery text', () => {
  it('says whether the receiver took it, with its HTTP code in Persian digits', () => {
    expect(deliveryOutcome({ attempt: 2, delivered: true, statusCode: 200 })).toEqual({ text: 'تحویل شد (۲۰۰)', color: 'green' });
    expect(deliveryOutcome({ attempt: 1, delivered: false, statusCode: 503 })).toEqual({ text: 'ناموفق (۵۰۳)', color: 'red' });
    expect(deliveryOutcome({ attempt: 1, delivered: false, statusCode: null })).toEqual({ text: 'ناموفق', color: 'red' });
  });

  it('puts the API errors in Persian and keeps an unknown one as it is', () => {
    expect(deliveryErrorText('HTTP 503')).toBe('پاسخ HTTP ۵۰۳');
    expect(deliveryErrorText('timed out')).toBe('گیرنده در مهلت پاسخ نداد');
    expect(deliveryErrorText('could not connect')).toBe('اتصال به نشانی گیرنده برقرار نشد');
    expect(deliveryErrorText('something new')).toBe('something new');
    expect(deliveryErrorText(null)).toBe('—');
    expect(deliveryErrorText('')).toBe('—');
  });

  it('shows the next retry in Jalali, or that there will be none', () => {
    const at = '2026-03-20T08:30:00.000Z';
    expect(nextAttemptText({ attempt: 1, delivered: false, nextAttemptAt: at })).toBe(formatJalaliDateTime(at));
    expect(nextAttemptText({ attempt: WEBHOOK_MAX_ATTEMPTS, delivered: false, nextAttemptAt: null })).toBe('دیگر تلاش نمی‌شود');
    expect(nextAttemptText({ attempt: 3, delivered: false, nextAttemptAt: null })).toBe('—');
    expect(nextAttemptText({ attempt: 2, delivered: true, nextAttemptAt: null })).toBe('—');
  });

  it("names a subscription's client from the clients list", () => {
    const clients = [{ id: 'a', name: 'سامانه رفاهی' }];
    expect(clientNameOf(clients, 'a')).toBe('سامانه رفاهی');
    expect(clientNameOf(clients, 'b')).toBe('سامانهٔ ناشناخته');
  });
});
