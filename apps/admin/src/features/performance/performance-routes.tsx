import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { PERFORMANCE_PERMISSIONS } from './performance-permissions';
import { RequirePermission } from './require-permission';

// Each page is its own chunk, loaded when its route is first visited.
const CartablePage = lazy(() => import('./cartable/cartable-page').then((m) => ({ default: m.CartablePage })));
const ApprovalsPage = lazy(() => import('./approval/approvals-page').then((m) => ({ default: m.ApprovalsPage })));
const MyReferralsPage = lazy(() => import('./referrals/my-referrals-page').then((m) => ({ default: m.MyReferralsPage })));
const ReferralPage = lazy(() => import('./referrals/referral-page').then((m) => ({ default: m.ReferralPage })));
const DashboardPage = lazy(() => import('./dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const ScoringPage = lazy(() => import('./dashboard/scoring-page').then((m) => ({ default: m.ScoringPage })));
const ForwardedPage = lazy(() => import('./evaluation/forwarded-page').then((m) => ({ default: m.ForwardedPage })));
const ProposalDecisionsPage = lazy(() =>
  import('./evaluation/proposal-decisions-page').then((m) => ({ default: m.ProposalDecisionsPage })),
);
const ProposalsPage = lazy(() => import('./proposals/proposals-page').then((m) => ({ default: m.ProposalsPage })));

/** The Ma'na pages (seed 002 rules 4–12), each behind the permission of the role that uses it. */
export const PERFORMANCE_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission permission={PERFORMANCE_PERMISSIONS.lead} />,
    children: [
      { path: 'performance/cartable', element: <CartablePage /> },
      { path: 'performance/approvals', element: <ApprovalsPage /> },
    ],
  },
  {
    element: <RequirePermission permission={PERFORMANCE_PERMISSIONS.work} />,
    children: [
      { path: 'performance/referrals', element: <MyReferralsPage /> },
      { path: 'performance/referrals/:id', element: <ReferralPage /> },
    ],
  },
  {
    element: <RequirePermission permission={PERFORMANCE_PERMISSIONS.dashboard} />,
    children: [
      { path: 'performance/dashboard', element: <DashboardPage /> },
      { path: 'performance/scoring', element: <ScoringPage /> },
    ],
  },
  {
    element: <RequirePermission permission={PERFORMANCE_PERMISSIONS.evaluate} />,
    children: [
      { path: 'performance/evaluation', element: <ForwardedPage /> },
      { path: 'performance/proposal-decisions', element: <ProposalDecisionsPage /> },
    ],
  },
  {
    element: <RequirePermission permission={PERFORMANCE_PERMISSIONS.proposalSubmit} />,
    children: [{ path: 'performance/proposals', element: <ProposalsPage /> }],
  },
];
