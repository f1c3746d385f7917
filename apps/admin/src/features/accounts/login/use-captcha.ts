import { useMutation } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import type { NewCaptchaMutation as NewCaptchaResult } from '../../../gql/graphql';
import { NewCaptchaMutation } from './login.graphql';

export type Captcha = NewCaptchaResult['newCaptcha'];

export interface CaptchaState {
  captcha: Captcha | null;
  loading: boolean;
  error: unknown;
  /** Draws a new captcha; needed after every try, since a captcha is single use. */
  refresh: () => void;
}

/**
 * A server-drawn captcha, drawn on mount (or once `enabled` turns true) and again when it expires.
 */
export function useCaptcha(enabled = true): CaptchaState {
  const [draw, { data, loading, error }] = useMutation(NewCaptchaMutation);
  const refresh = useCallback(() => {
    // The hook's result carries the error.
    draw().catch(() => undefined);
  }, [draw]);

  useEffect(() => {
    if (enabled) refresh();
  }, [enabled, refresh]);

  const captcha = enabled ? (data?.newCaptcha ?? null) : null;
  useEffect(() => {
    if (captcha === null) return undefined;
    const timer = window.setTimeout(refresh, Math.max(0, Date.parse(captcha.expiresAt) - Date.now()));
    return () => window.clearTimeout(timer);
  }, [captcha, refresh]);

  return { captcha, loading, error, refresh };
}
