import { useEffect } from 'react';

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
