import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** The pilot's refusal: the API's message, to be shown as it is, and where to send the applicant. */
export interface PilotRedirect {
  message: string;
  portalUrl: string | null;
  trackingCode: string | null;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);

/** The PILOT_REDIRECT refusal in an error, or null when the error is something else. */
export function pilotRedirectOf(error: unknown): PilotRedirect | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const refusal = error.errors.find((entry) => entry.extensions?.code === 'PILOT_REDIRECT');
  if (refusal === undefined) return null;
  const url = text(refusal.extensions?.portalUrl);
  return {
    message: refusal.message,
    // Only a web address is made a link.
    portalUrl: url !== null && /^https?:\/\/\S+$/.test(url) ? url : null,
    trackingCode: text(refusal.extensions?.trackingCode),
  };
}
