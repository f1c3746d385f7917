import { useEffect, useLayoutEffect } from 'react';
import { useLocation, useMatches } from 'react-router';

export const SITE_NAME = 'پیشخوان';

/** The browser title of a page: «کارپوشه — پیشخوان», or the site's name alone. */
export function documentTitle(title: string | null): string {
  return title === null || title.trim() === '' ? SITE_NAME : `${title} — ${SITE_NAME}`;
}

/** Sets the browser title while the page is shown. Call it in every page (the `PageTitle` components do). */
export function usePageTitle(title: string | null): void {
  useEffect(() => {
    document.title = documentTitle(title);
  }, [title]);
}

/** A route's own title, for pages that set none themselves: `handle: { title }` in the route object. */
export interface TitledHandle {
  title?: string;
}

/**
 * For the layouts: on every navigation the title goes back to the route's `handle.title` (or the
 * site's name) before the page sets its own, so that no page is left with the previous one's.
 * A layout effect runs before the page's effects of the same commit, so the page's title wins.
 */
export function useRouteTitle(): void {
  const matches = useMatches();
  const { pathname } = useLocation();
  const handled = [...matches].reverse().find((match) => typeof (match.handle as TitledHandle | undefined)?.title === 'string');
  const title = (handled?.handle as TitledHandle | undefined)?.title ?? null;
  useLayoutEffect(() => {
    document.title = documentTitle(title);
  }, [title, pathname]);
}
