import { useLayoutEffect } from 'react';
import { useLocation, useMatches } from 'react-router';
import { documentTitle, type TitledHandle } from '../shared/page-title';
import { MENU_ITEMS, selectedMenuKey } from './menu';

/**
 * For the layouts: on every navigation the browser title becomes the route's `handle.title`, else
 * its side-menu label (every context's pages get one), else the site's name, before the page sets
 * its own (`usePageTitle`): a layout effect runs before the page's effects of the same commit, so
 * the page's title wins, and no page is left with the previous one's.
 */
export function useRouteTitle(): void {
  const matches = useMatches();
  const { pathname } = useLocation();
  const handled = [...matches].reverse().find((match) => typeof (match.handle as TitledHandle | undefined)?.title === 'string');
  const menuKey = selectedMenuKey(pathname);
  const title =
    (handled?.handle as TitledHandle | undefined)?.title ??
    MENU_ITEMS.find((item) => item.path === menuKey && item.path !== '/')?.label ??
    null;
  useLayoutEffect(() => {
    document.title = documentTitle(title);
  }, [title, pathname]);
}
