import { DomainError } from '../errors/domain-error';

/** An outside government service failed or did not answer in time. Nothing was recorded. */
export class OutsideServiceError extends DomainError {
  constructor(service: string, reason: 'TIMEOUT' | 'FAILED') {
    super('OUTSIDE_SERVICE_UNAVAILABLE', `${service} did not answer; try again later`, { service, reason });
  }
}

/**
 * POSTs JSON to an outside service and returns its JSON, or throws `OutsideServiceError` after
 * `timeoutMs` or on any non-2xx answer: never a hang.
 */
export async function postJson<T>(
  service: string,
  url: string,
  body: unknown,
  options: { timeoutMs: number; headers?: Record<string, string> },
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...options.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const name = (error as Error).name;
    throw new OutsideServiceError(service, name === 'TimeoutError' || name === 'AbortError' ? 'TIMEOUT' : 'FAILED');
  }
  if (!response.ok) throw new OutsideServiceError(service, 'FAILED');
  try {
    return (await response.json()) as T;
  } catch {
    throw new OutsideServiceError(service, 'FAILED');
  }
}
