import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { PERMISSIONS } from './features/accounts/session/permissions';
import { RequireSession } from './features/accounts/session/require-session';
import { SessionGate } from './features/accounts/session/session-gate';
import type { TitledHandle } from './shared/page-title';
import { PERFORMANCE_ROUTES } from './features/performance/performance-routes';
import { HOUSEHOLD_PUBLIC_ROUTES, HOUSEHOLD_ROUTES } from './features/households/households-routes';
import { COUNTER_OFFICE_ROUTES } from './features/counter-offices/counter-offices-routes';
import { HAJJ_ROUTES } from './features/hajj/hajj-routes';

// The layouts are chunks of their own too: the sign-in page loads neither the side menu nor the header's role switcher.
const AppLayout = lazy(() => import('./layout/app-layout').then((m) => ({ default: m.AppLayout })));
const PublicLayout = lazy(() => import('./layout/public-layout').then((m) => ({ default: m.PublicLayout })));

// Each page is its own chunk, loaded when its route is first visited.
const HomePage = lazy(() => import('./features/home/home-page').then((m) => ({ default: m.HomePage })));
const NationalIdPage = lazy(() => import('./features/identity/national-id-page').then((m) => ({ default: m.NationalIdPage })));
const NotFoundPage = lazy(() => import('./layout/not-found-page').then((m) => ({ default: m.NotFoundPage })));
const LoginPage = lazy(() => import('./features/accounts/login/login-page').then((m) => ({ default: m.LoginPage })));
const ForgotPasswordPage = lazy(() =>
  import('./features/accounts/login/forgot-password-page').then((m) => ({ default: m.ForgotPasswordPage })),
);
const RegisterPage = lazy(() => import('./features/accounts/registration/register-page').then((m) => ({ default: m.RegisterPage })));
const ChangePasswordPage = lazy(() =>
  import('./features/accounts/password/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
const RegistrationsPage = lazy(() =>
  import('./features/accounts/review/registrations-page').then((m) => ({ default: m.RegistrationsPage })),
);
const OrganisationPage = lazy(() => import('./features/organisation/organisation-page').then((m) => ({ default: m.OrganisationPage })));
const AuditPage = lazy(() => import('./features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const SmsOutboxPage = lazy(() => import('./features/dev/sms-outbox-page').then((m) => ({ default: m.SmsOutboxPage })));

export function createRouter() {
  return createBrowserRouter([
    {
      // Knows who is signed in, and keeps a user with a temporary password on the change-password page.
      element: <SessionGate />,
      children: [
        {
          element: <PublicLayout />,
          children: [
            // These two pages set no browser title of their own: the route's handle gives it.
            { path: 'login', element: <LoginPage />, handle: { title: 'ورود به سامانه' } satisfies TitledHandle },
            { path: 'forgot-password', element: <ForgotPasswordPage />, handle: { title: 'فراموشی گذرواژه' } satisfies TitledHandle },
            { path: 'register', element: <RegisterPage /> },
            { path: 'dev/sms-outbox', element: <SmsOutboxPage /> },
            ...HOUSEHOLD_PUBLIC_ROUTES,
          ],
        },
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'national-id', element: <NationalIdPage /> },
            {
              element: <RequireSession />,
              children: [{ path: 'change-password', element: <ChangePasswordPage /> }],
            },
            {
              element: <RequireSession permission={PERMISSIONS.organisationRead} />,
              children: [{ path: 'organisation', element: <OrganisationPage /> }],
            },
            {
              element: <RequireSession permission={PERMISSIONS.registrationReview} />,
              children: [{ path: 'registrations', element: <RegistrationsPage /> }],
            },
            {
              element: <RequireSession permission={PERMISSIONS.auditRead} />,
              children: [{ path: 'audit', element: <AuditPage /> }],
            },
            ...PERFORMANCE_ROUTES,
            ...HOUSEHOLD_ROUTES,
            ...COUNTER_OFFICE_ROUTES,
            ...HAJJ_ROUTES,
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}
