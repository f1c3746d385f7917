import { checkNationalId, toLatinDigits } from '@pishkhan/national-id';
import { toPersianDigits } from '@pishkhan/fa-format';

export const SMS_HELP_TEXT = 'برای دریافت خوشه درآمدی، فقط کد ملی سرپرست خانوار را به ۳۰۰۰۰۰ بفرستید.';

export function clusterReply(cluster: number): string {
  return `خوشه درآمدی خانوار شما: ${toPersianDigits(cluster)}`;
}

/**
 * The national ID an SMS holds, or null: Persian, Arabic-Indic or Latin digits with any spacing,
 * dashes or invisible marks, and nothing else but those (a text with other words is not a lookup).
 */
export function nationalIdInSms(text: string): string | null {
  const compact = toLatinDigits(text).replace(/[\s\-\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff._]/gu, '');
  if (!/^\d{8,10}$/.test(compact)) return null;
  const checked = checkNationalId(compact);
  return checked.valid ? checked.normalized : null;
}

/** The reply to a text sent to 300000: the cluster of the household it names the head of, or the help text. */
export async function replyToSms(
  text: string,
  clusterOfHead: (nationalId: string) => Promise<number | null>,
): Promise<{ reply: string; purpose: string }> {
  const nationalId = nationalIdInSms(text);
  const cluster = nationalId ? await clusterOfHead(nationalId) : null;
  return cluster === null ? { reply: SMS_HELP_TEXT, purpose: 'CLUSTER_HELP' } : { reply: clusterReply(cluster), purpose: 'CLUSTER_REPLY' };
}
