import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpin } from '../components/full-page-spin';
import { AppLayout } from './app-layout';
import { PublicLayout } from './public-layout';
import ForbiddenPage from './pages/forbidden-page';
import NotFoundPage from './pages/not-found-page';
import RouteErrorPage from './pages/route-error-page';
import { RequireAuth, RequirePermission } from './route-guard';

/** Route-level code splitting: the page module is fetched when the route is first visited. */
function page(load: () => Promise<{ default: ComponentType }>): RouteObject['lazy'] {
  return async () => ({ Component: (await load()).default });
}

/** Every route of the web app. Pages are split into their own chunks; the guard wraps signed-in routes. */
export const routes: RouteObject[] = [
  {
    path: '/login',
    lazy: page(() => import('../features/auth/pages/login-page')),
    HydrateFallback: FullPageSpin,
    errorElement: <RouteErrorPage />,
  },
  {
    // Self-registration of a foreign NGO and the page its e-mail link opens (no login).
    path: '/signup',
    HydrateFallback: FullPageSpin,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, lazy: page(() => import('../features/signup/pages/signup-page')) },
      { path: 'verify', lazy: page(() => import('../features/signup/pages/verify-page')) },
    ],
  },
  {
    // The development mailbox (the server answers 404 unless DEV_MAILBOX is on; the page then says so).
    path: '/dev',
    element: <PublicLayout />,
    HydrateFallback: FullPageSpin,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'mailbox', lazy: page(() => import('../features/mailbox/pages/mailbox-page')) },
      { path: '*', Component: NotFoundPage },
    ],
  },
  {
    // Public verification of a certificate's QR code (/verify/<token>; the older /verify?t=<token> too), no login.
    path: '/verify',
    element: <PublicLayout />,
    HydrateFallback: FullPageSpin,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, lazy: page(() => import('../features/verification/pages/verify-page')) },
      { path: ':token', lazy: page(() => import('../features/verification/pages/verify-page')) },
    ],
  },
  {
    // The public register: open to everyone, outside the signed-in layout.
    path: '/public',
    element: <PublicLayout />,
    HydrateFallback: FullPageSpin,
    errorElement: <RouteErrorPage />,
    children: [
      { path: 'register', lazy: page(() => import('../features/public-register/pages/public-register-page')) },
      { path: 'register/:id', lazy: page(() => import('../features/public-register/pages/public-organization-page')) },
      { path: 'statistics', lazy: page(() => import('../features/dashboards/pages/public-statistics-page')) },
      { path: '*', Component: NotFoundPage },
    ],
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    HydrateFallback: FullPageSpin,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, lazy: page(() => import('../features/home/pages/home-page')) },
      { path: 'change-password', lazy: page(() => import('../features/auth/pages/change-password-page')) },
      { path: 'account', lazy: page(() => import('../features/account/pages/account-page')) },
      {
        // An NGO's online procedures: the guide, its dossiers and one dossier.
        element: <RequirePermission anyOf={['ngo:self']} />,
        children: [
          { path: 'procedures', lazy: page(() => import('../features/dossiers/pages/procedures-page')) },
          { path: 'my/dossiers', lazy: page(() => import('../features/dossiers/pages/my-dossiers-page')) },
          { path: 'my/dossiers/:id', lazy: page(() => import('../features/dossiers/pages/dossier-page')) },
        ],
      },
      {
        // MOFA's queue and the dossier seen by an officer or leader.
        path: 'dossiers',
        element: <RequirePermission anyOf={['dossiers:process', 'dossiers:decide']} />,
        children: [
          { index: true, lazy: page(() => import('../features/dossiers/pages/dossier-queue-page')) },
          { path: ':id', lazy: page(() => import('../features/dossiers/pages/dossier-page')) },
        ],
      },
      {
        // Requests for opinion: an agency's inbox and one request; statistics (MOFA reaches them from the queue).
        path: 'consultations',
        element: <RequirePermission anyOf={['consultations:read']} />,
        children: [
          { index: true, lazy: page(() => import('../features/consultation/pages/consultation-inbox-page')) },
          { path: 'statistics', lazy: page(() => import('../features/consultation/pages/consultation-statistics-page')) },
          { path: ':id', lazy: page(() => import('../features/consultation/pages/consultation-request-page')) },
        ],
      },
      {
        // Reporting dashboards for MOFA and agencies (scoped by the server).
        path: 'dashboard',
        element: <RequirePermission anyOf={['reports:read']} />,
        children: [{ index: true, lazy: page(() => import('../features/dashboards/pages/dashboard-page')) }],
      },
      {
        // A ministry's / province's annual report on NGO work (the Reports list links here for agency and province forms).
        path: 'reports/agency/:obligationId',
        element: <RequirePermission anyOf={['reports:file', 'reports:read']} />,
        children: [{ index: true, lazy: page(() => import('../features/reporting-agency/pages/agency-report-page')) }],
      },
      {
        // NGO-reported aid summed up and reconciled with the provinces' reports (MOFA; agencies scoped by the server).
        path: 'reports/consolidation',
        element: <RequirePermission anyOf={['reports:read']} />,
        children: [{ index: true, lazy: page(() => import('../features/reporting-agency/pages/consolidation-page')) }],
      },
      {
        // Action-program tasks (Resolution 100/NQ-CP and the provinces' plans) and their updates.
        path: 'action-program',
        element: <RequirePermission anyOf={['reports:read']} />,
        children: [{ index: true, lazy: page(() => import('../features/reporting-agency/pages/action-program-page')) }],
      },
      {
        // Reports my NGO or agency must file (issue 7); one report: Form 05 draft, submission, versions, amendment.
        path: 'reports',
        element: <RequirePermission anyOf={['reports:file']} />,
        children: [{ index: true, lazy: page(() => import('../features/reporting/pages/my-reports-page')) }],
      },
      {
        path: 'reports/:id',
        element: <RequirePermission anyOf={['reports:file', 'reports:read', 'reports:manage']} />,
        children: [{ index: true, lazy: page(() => import('../features/reporting/pages/report-page')) }],
      },
      {
        // MOFA: reporting campaigns and each campaign's filing status board.
        path: 'report-campaigns',
        element: <RequirePermission anyOf={['reports:manage']} />,
        children: [
          { index: true, lazy: page(() => import('../features/reporting/pages/campaigns-page')) },
          { path: ':id', lazy: page(() => import('../features/reporting/pages/campaign-board-page')) },
        ],
      },
      {
        path: 'registry',
        element: <RequirePermission anyOf={['registry:read']} />,
        children: [
          { index: true, lazy: page(() => import('../features/registry/pages/registry-search-page')) },
          {
            // MOFA data entry: "Thêm tổ chức / Add organisation" (ranked above ':id').
            path: 'new',
            element: <RequirePermission anyOf={['registry:manage']} />,
            children: [{ index: true, lazy: page(() => import('../features/registry/pages/organization-new-page')) }],
          },
          {
            // Bulk import from XLSX/CSV: upload and dry run, then one batch's results and commit.
            path: 'import',
            element: <RequirePermission anyOf={['registry:manage']} />,
            children: [
              { index: true, lazy: page(() => import('../features/registry-import/pages/registry-import-page')) },
              { path: ':importId', lazy: page(() => import('../features/registry-import/pages/registry-import-batch-page')) },
            ],
          },
          { path: ':id', lazy: page(() => import('../features/registry/pages/organization-profile-page')) },
        ],
      },
      {
        path: 'admin',
        children: [
          {
            element: <RequirePermission anyOf={['users:manage']} />,
            children: [{ path: 'users', lazy: page(() => import('../features/admin/pages/users-page')) }],
          },
          {
            element: <RequirePermission anyOf={['audit:read']} />,
            children: [{ path: 'audit', lazy: page(() => import('../features/admin/pages/audit-page')) }],
          },
          {
            // Consultation configuration: field → ministries, province → focal unit, missed deadline, reply clock.
            element: <RequirePermission anyOf={['reference:manage']} />,
            children: [{ path: 'consultation-settings', lazy: page(() => import('../features/admin/pages/consultation-settings-page')) }],
          },
        ],
      },
      { path: 'forbidden', Component: ForbiddenPage },
      { path: '*', Component: NotFoundPage },
    ],
  },
];

/** Creates the browser router (one per page load). */
export function createAppRouter() {
  return createBrowserRouter(routes);
}
