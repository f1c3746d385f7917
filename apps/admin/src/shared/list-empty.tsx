import type { ReactNode } from 'react';

/**
 * A table's empty state: its own sentence («نتیجه‌ای نیست»), or nothing when the list could not be
 * loaded: the page's error alert stands in its place, never beside a sentence saying there is none.
 */
export function listEmptyText(error: unknown, empty: ReactNode): ReactNode {
  return error === undefined || error === null ? empty : <span data-testid="list-not-loaded" />;
}
