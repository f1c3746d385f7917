import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';

/** Attempts the API makes before it gives a delivery up (WebhookService: `maxAttempts: 10`). */
export const WEBHOOK_MAX_ATTEMPTS = 10;

export interface DeliveryAttemptFields {
  attempt: number;
  delivered: boolean;
  statusCode?: number | null;
  error?: string | null;
  nextAttemptAt?: string | null;
}

/** «تحویل شد (۲۰۰)», «ناموفق (۵۰۳)» or «ناموفق»: what the receiver answered, and the tag colour. */
export function deliveryOutcome({ delivered, statusCode }: DeliveryAttemptFields): { text: string; color: 'green' | 'red' } {
  const code = statusCode === null || statusCode === undefined ? '' : ` (${toPersianDigits(statusCode)})`;
  return delivered ? { text: `تحویل شد${code}`, color: 'green' } : { text: `ناموفق${code}`, color: 'red' };
}

const ERROR_TEXT: Readonly<Record<string, string>> = {
  'timed out': 'گیرنده در مهلت پاسخ نداد',
  'could not connect': 'اتصال به نشانی گیرنده برقرار نشد',
};

/** The API's error of an attempt in Persian: «پاسخ HTTP ۵۰۳», a timeout, no connection; «—» when none. */
export function deliveryErrorText(error: string | null | undefined): string {
  if (error === null || error === undefined || error === '') return '—';
  const http = /^HTTP (\d{3})$/.exec(error);
  if (http) return `پاسخ HTTP ${toPersianDigits(http[1]!)}`;
  return ERROR_TEXT[error] ?? error;
}

/**
 * When a failed attempt is tried again (Jalali, Tehran time); «دیگر تلاش نمی‌شود» after the last
 * attempt; «—» for a delivered attempt or one already retried.
 */
export function nextAttemptText({ delivered, attempt, nextAttemptAt }: DeliveryAttemptFields): string {
  if (delivered) return '—';
  if (nextAttemptAt) return formatJalaliDateTime(nextAttemptAt);
  return attempt >= WEBHOOK_MAX_ATTEMPTS ? 'دیگر تلاش نمی‌شود' : '—';
}

/** A subscription's client by id, from the API clients list; «سامانهٔ ناشناخته» when it is not there. */
export function clientNameOf(clients: ReadonlyArray<{ id: string; name: string }>, clientId: string): string {
  return clients.find((client) => client.id === clientId)?.name ?? 'سامانهٔ ناشناخته';
}
