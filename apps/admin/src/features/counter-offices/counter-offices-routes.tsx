import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { COUNTER_PERMISSIONS } from './counter-offices-permissions';
import { RequireCounterPermission } from './require-counter-permission';

// Each page is its own chunk, loaded when its route is first visited.
const BookingPage = lazy(() => import('./booking/booking-page').then((m) => ({ default: m.BookingPage })));
const CancelPage = lazy(() => import('./booking/cancel-page').then((m) => ({ default: m.CancelPage })));
const DayListPage = lazy(() => import('./counter/day-list-page').then((m) => ({ default: m.DayListPage })));
const RecordPage = lazy(() => import('./counter/record-page').then((m) => ({ default: m.RecordPage })));
const CalendarPage = lazy(() => import('./calendar/calendar-page').then((m) => ({ default: m.CalendarPage })));
const InspectionPage = lazy(() => import('./inspection/inspection-page').then((m) => ({ default: m.InspectionPage })));
const OverviewPage = lazy(() => import('./overview/overview-page').then((m) => ({ default: m.OverviewPage })));

/** The counter-offices pages inside the app layout (seed 003), each behind the permission of the role that uses it. */
export const COUNTER_OFFICE_ROUTES: RouteObject[] = [
  // Public: foreign nationals book and cancel without an account.
  { path: 'counter-offices/book', element: <BookingPage /> },
  { path: 'counter-offices/cancel', element: <CancelPage /> },
  {
    element: <RequireCounterPermission permission={COUNTER_PERMISSIONS.serve} />,
    children: [
      { path: 'counter-offices/today', element: <DayListPage /> },
      { path: 'counter-offices/records/:id', element: <RecordPage /> },
    ],
  },
  {
    element: <RequireCounterPermission permission={COUNTER_PERMISSIONS.calendar} />,
    children: [{ path: 'counter-offices/calendar', element: <CalendarPage /> }],
  },
  {
    element: <RequireCounterPermission permission={COUNTER_PERMISSIONS.inspect} />,
    children: [{ path: 'counter-offices/inspection', element: <InspectionPage /> }],
  },
  {
    element: <RequireCounterPermission permission={COUNTER_PERMISSIONS.read} />,
    children: [{ path: 'counter-offices/overview', element: <OverviewPage /> }],
  },
];
