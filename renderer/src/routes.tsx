import type { RouteObject } from 'react-router';
import { Layout } from './shell/Layout';
import { RouteErrorScreen } from './shell/ErrorScreens';
import { OfficerMenu } from './features/auth/OfficerMenu';
import { InboxPage } from './screens/InboxPage';
import { RequestsPage } from './features/requests/RequestsPage';
import { NewRequestPage } from './features/requests/NewRequestPage';
import { ObjectionsPage } from './features/objections/ObjectionsPage';
import { InquiriesPage } from './features/inquiries/InquiriesPage';
import { HumasPage } from './features/humas/HumasPage';
import { ArchivePage } from './features/archive/ArchivePage';
import { ReportsPage } from './features/reports/ReportsPage';
import { SettingsPage } from './screens/SettingsPage';
import { AuditPage } from './features/officers/AuditPage';
import { ClarificationsPage } from './features/newsroom/ClarificationsPage';
import { NarasiPage } from './features/newsroom/NarasiPage';

// Paths must match shell/navItems.ts.
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <Layout officerMenu={<OfficerMenu />} />,
    errorElement: <RouteErrorScreen />,
    children: [
      { index: true, element: <InboxPage /> },
      { path: 'requests', element: <RequestsPage /> },
      { path: 'requests/new', element: <NewRequestPage /> },
      { path: 'objections', element: <ObjectionsPage /> },
      { path: 'media', element: <InquiriesPage /> },
      { path: 'humas/klarifikasi', element: <ClarificationsPage /> },
      { path: 'humas/narasi', element: <NarasiPage /> },
      { path: 'humas', element: <HumasPage /> },
      { path: 'archive', element: <ArchivePage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'settings', element: <SettingsPage /> },
      // Log audit: reached from Pengaturan › Akun petugas (Admin only).
      { path: 'audit', element: <AuditPage /> },
      { path: '*', element: <InboxPage /> },
    ],
  },
];
