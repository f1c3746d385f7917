import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { HAJJ_PERMISSIONS } from './hajj-paths';
import { RequireHajjPermission } from './require-hajj-permission';

// Each page is its own chunk, loaded when its route is first visited.
const ReceiptStatusPage = lazy(() => import('./public/receipt-status-page').then((m) => ({ default: m.ReceiptStatusPage })));
const CaravansPage = lazy(() => import('./public/caravans-page').then((m) => ({ default: m.CaravansPage })));
const PreRegisterPage = lazy(() => import('./public/pre-register-page').then((m) => ({ default: m.PreRegisterPage })));
const ReceiptsPage = lazy(() => import('./staff/receipts-page').then((m) => ({ default: m.ReceiptsPage })));
const TransfersPage = lazy(() => import('./staff/transfers-page').then((m) => ({ default: m.TransfersPage })));
const PaymentsPage = lazy(() => import('./staff/payments-page').then((m) => ({ default: m.PaymentsPage })));
const CaravanPage = lazy(() => import('./staff/caravan-page').then((m) => ({ default: m.CaravanPage })));
const RegistrationReceiptPage = lazy(() =>
  import('./staff/registration-receipt-page').then((m) => ({ default: m.RegistrationReceiptPage })),
);
const SeasonPage = lazy(() => import('./admin/season-page').then((m) => ({ default: m.SeasonPage })));

/** The Hajj pages inside the app layout (seed 004), each behind the permission of the role that uses it. */
export const HAJJ_ROUTES: RouteObject[] = [
  // Public: the holder of a receipt, signed out.
  { path: 'hajj/status', element: <ReceiptStatusPage /> },
  { path: 'hajj/caravans', element: <CaravansPage /> },
  { path: 'hajj/pre-register', element: <PreRegisterPage /> },
  {
    element: <RequireHajjPermission permission={HAJJ_PERMISSIONS.receiptRead} />,
    children: [{ path: 'hajj/receipts', element: <ReceiptsPage /> }],
  },
  {
    element: <RequireHajjPermission permission={HAJJ_PERMISSIONS.transfer} />,
    children: [{ path: 'hajj/transfers', element: <TransfersPage /> }],
  },
  {
    element: <RequireHajjPermission permission={HAJJ_PERMISSIONS.bank} />,
    children: [{ path: 'hajj/payments', element: <PaymentsPage /> }],
  },
  {
    element: <RequireHajjPermission permission={HAJJ_PERMISSIONS.caravan} />,
    children: [{ path: 'hajj/caravan', element: <CaravanPage /> }],
  },
  {
    element: <RequireHajjPermission permission={HAJJ_PERMISSIONS.registrationRead} />,
    children: [{ path: 'hajj/registrations/:trackingCode/receipt', element: <RegistrationReceiptPage /> }],
  },
  {
    element: <RequireHajjPermission permission={HAJJ_PERMISSIONS.admin} />,
    children: [{ path: 'hajj/season', element: <SeasonPage /> }],
  },
];
