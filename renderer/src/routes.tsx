import type { RouteObject } from 'react-router';
import { Layout } from './shell/Layout';
import { RouteErrorScreen } from './shell/ErrorScreens';
import { InboxPage } from './features/inbox/InboxPage';
import { RequestsPage } from './features/requests/RequestsPage';
import { NewRequestPage } from './features/requests/NewRequestPage';
import { ObjectionsPage } from './features/objections/ObjectionsPage';
import { InquiriesPage } from './features/inquiries/InquiriesPage';
import { HumasPage } from './features/humas/HumasPage';
import { ArchivePage } from './features/archive/ArchivePage';
import { ReportsPage } from './features/reports/ReportsPage';
import { SettingsPage } from './features/settings/SettingsPage';

// Paths must match shell/navItems.ts.
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteErrorScreen />,
    children: [
      { index: true, element: <InboxPage /> },
      { path: 'requests', element: <RequestsPage /> },
      { path: 'requests/new', element: <NewRequestPage /> },
      { path: 'objections', element: <ObjectionsPage /> },
      { path: 'media', element: <InquiriesPage /> },
      { path: 'humas', element: <HumasPage /> },
      { path: 'archive', element: <ArchivePage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <InboxPage /> },
    ],
  },
];
