import { lazy } from 'react';

// antd's Result carries its illustrations (tens of kilobytes): loaded only when one is shown,
// never with the first page. Render them inside a <Suspense> boundary.
export const ForbiddenResult = lazy(() => import('./status-results').then((m) => ({ default: m.ForbiddenResult })));
export const UnavailableResult = lazy(() => import('./status-results').then((m) => ({ default: m.UnavailableResult })));
