import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { HOUSEHOLD_PERMISSIONS } from './common/households-permissions';
import { RequireHouseholdPermission } from './common/require-household-permission';

// Each page is its own chunk, loaded when its route is first visited.
const ClusterLookupPage = lazy(() => import('./cluster/cluster-lookup-page').then((m) => ({ default: m.ClusterLookupPage })));
const HouseholdSearchPage = lazy(() => import('./search/household-search-page').then((m) => ({ default: m.HouseholdSearchPage })));
const VitalEventPage = lazy(() => import('./events/vital-event-page').then((m) => ({ default: m.VitalEventPage })));
const ObjectionsPage = lazy(() => import('./objections/objections-page').then((m) => ({ default: m.ObjectionsPage })));
const SubsidyRequestPage = lazy(() => import('./subsidy/subsidy-request-page').then((m) => ({ default: m.SubsidyRequestPage })));
const CampaignPage = lazy(() => import('./admin/campaign-page').then((m) => ({ default: m.CampaignPage })));
const PilotPage = lazy(() => import('./admin/pilot-page').then((m) => ({ default: m.PilotPage })));
const ApiClientsPage = lazy(() => import('./admin/api-clients-page').then((m) => ({ default: m.ApiClientsPage })));
const WebhookDeliveriesPage = lazy(() => import('./admin/webhook-deliveries-page').then((m) => ({ default: m.WebhookDeliveriesPage })));
const SmsSimulatorPage = lazy(() => import('./sms/sms-simulator-page').then((m) => ({ default: m.SmsSimulatorPage })));

/** The households pages inside the app layout (seeds 000 and 001), each behind the permission of the role that uses it. */
export const HOUSEHOLD_ROUTES: RouteObject[] = [
  // Public: the head of household himself, and the assisted channel's operators.
  { path: 'households/cluster', element: <ClusterLookupPage /> },
  {
    element: <RequireHouseholdPermission permission={HOUSEHOLD_PERMISSIONS.read} />,
    children: [{ path: 'households/search', element: <HouseholdSearchPage /> }],
  },
  {
    element: <RequireHouseholdPermission permission={HOUSEHOLD_PERMISSIONS.events} />,
    children: [{ path: 'households/events', element: <VitalEventPage /> }],
  },
  {
    element: <RequireHouseholdPermission permission={HOUSEHOLD_PERMISSIONS.objections} />,
    children: [{ path: 'households/objections', element: <ObjectionsPage /> }],
  },
  {
    element: <RequireHouseholdPermission permission={HOUSEHOLD_PERMISSIONS.subsidyRequest} />,
    children: [{ path: 'households/subsidy-request', element: <SubsidyRequestPage /> }],
  },
  {
    element: <RequireHouseholdPermission permission={HOUSEHOLD_PERMISSIONS.systemAdmin} />,
    children: [
      { path: 'households/campaign', element: <CampaignPage /> },
      { path: 'households/pilot', element: <PilotPage /> },
      { path: 'households/api-clients', element: <ApiClientsPage /> },
      { path: 'households/webhooks', element: <WebhookDeliveriesPage /> },
    ],
  },
];

/** The households pages of the public layout: the development SMS simulator, beside the SMS outbox. */
export const HOUSEHOLD_PUBLIC_ROUTES: RouteObject[] = [{ path: 'dev/sms-simulator', element: <SmsSimulatorPage /> }];
