import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { lazy, Suspense, useEffect, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useNavigate } from 'react-router';
import { onSessionEnded } from './api/client';
import { LoginPage } from './pages/LoginPage';

// Screens load on first visit: the login page needs none of them, so it is interactive sooner.
const AppShell = lazy(() => import('./shell/AppShell.js').then((m) => ({ default: m.AppShell })));
const HomeRedirect = lazy(() => import('./pages/HomeRedirect.js').then((m) => ({ default: m.HomeRedirect })));
const InboxPage = lazy(() => import('./pages/InboxPage.js').then((m) => ({ default: m.InboxPage })));
const NominationPage = lazy(() => import('./pages/NominationPage.js').then((m) => ({ default: m.NominationPage })));
const NewNominationPage = lazy(() =>
  import('./pages/NewNominationPage.js').then((m) => ({ default: m.NewNominationPage })),
);
const DelegationsPage = lazy(() => import('./pages/DelegationsPage.js').then((m) => ({ default: m.DelegationsPage })));
const NominationsPage = lazy(() => import('./pages/NominationsPage.js').then((m) => ({ default: m.NominationsPage })));
const ReportsPage = lazy(() => import('./reports/ReportsPage.js').then((m) => ({ default: m.ReportsPage })));
const BlocsPage = lazy(() => import('./pages/BlocsPage.js').then((m) => ({ default: m.BlocsPage })));
const BlocOverviewPage = lazy(() =>
  import('./pages/BlocOverviewPage.js').then((m) => ({ default: m.BlocOverviewPage })),
);
const BlocYearPage = lazy(() => import('./pages/BlocYearPage.js').then((m) => ({ default: m.BlocYearPage })));
const StuckDeskPage = lazy(() => import('./pages/admin/StuckDeskPage.js').then((m) => ({ default: m.StuckDeskPage })));
const CampaignsPage = lazy(() => import('./pages/admin/CampaignsPage.js').then((m) => ({ default: m.CampaignsPage })));
const QuotasPage = lazy(() => import('./pages/admin/QuotasPage.js').then((m) => ({ default: m.QuotasPage })));
const UsersPage = lazy(() => import('./pages/admin/UsersPage.js').then((m) => ({ default: m.UsersPage })));
const UnitsPage = lazy(() => import('./pages/admin/UnitsPage.js').then((m) => ({ default: m.UnitsPage })));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage.js').then((m) => ({ default: m.CalendarPage })));
const AuditMenuPage = lazy(() => import('./pages/audit/AuditMenuPage.js').then((m) => ({ default: m.AuditMenuPage })));
const AuditNominationPage = lazy(() =>
  import('./pages/audit/AuditNominationPage.js').then((m) => ({ default: m.AuditNominationPage })),
);
const ExportCheckPage = lazy(() =>
  import('./pages/audit/ExportCheckPage.js').then((m) => ({ default: m.ExportCheckPage })),
);
const AuditStreamPage = lazy(() =>
  import('./pages/audit/AuditStreamPage.js').then((m) => ({ default: m.AuditStreamPage })),
);
const AnomaliesPage = lazy(() => import('./pages/AnomaliesPage.js').then((m) => ({ default: m.AnomaliesPage })));
const SubmissionBatchesPage = lazy(() =>
  import('./pages/SubmissionBatchesPage.js').then((m) => ({ default: m.SubmissionBatchesPage })),
);
const SubmissionBatchPage = lazy(() =>
  import('./pages/SubmissionBatchesPage.js').then((m) => ({ default: m.SubmissionBatchPage })),
);
const BatchImportPage = lazy(() => import('./pages/BatchImportPage.js').then((m) => ({ default: m.BatchImportPage })));
const CouncilSessionsPage = lazy(() =>
  import('./pages/CouncilSessionPage.js').then((m) => ({ default: m.CouncilSessionsPage })),
);
const CouncilSessionPage = lazy(() =>
  import('./pages/CouncilSessionPage.js').then((m) => ({ default: m.CouncilSessionPage })),
);
const AwardDecisionsPage = lazy(() =>
  import('./pages/AwardDecisionPage.js').then((m) => ({ default: m.AwardDecisionsPage })),
);
const AwardDecisionPage = lazy(() =>
  import('./pages/AwardDecisionPage.js').then((m) => ({ default: m.AwardDecisionPage })),
);

dayjs.locale('vi');

function SessionGuard() {
  const navigate = useNavigate();
  useEffect(() => {
    onSessionEnded(() => {
      const here = location.pathname + location.search;
      void navigate(`/login?expired=1&next=${encodeURIComponent(here)}`, { replace: true });
    });
  }, [navigate]);
  return null;
}

/** Marks when the first screen is on the page and answers input (the browser test reads it). */
function InteractiveMark() {
  useEffect(() => {
    if (performance.getEntriesByName('app-interactive').length === 0) performance.mark('app-interactive');
  }, []);
  return null;
}

/** Providers (locale, CSP nonce, query cache, router) and routes. */
export function App({ nonce, queryClient }: { nonce: string; queryClient?: QueryClient }) {
  const [client] = useState(
    () => queryClient ?? new QueryClient({ defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } } }),
  );
  return (
    <ConfigProvider
      locale={viVN}
      csp={{ nonce }}
      theme={{
        token: {
          colorPrimary: '#b3261e',
          borderRadius: 6,
          fontFamily: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
        },
      }}
    >
      <AntApp>
        <QueryClientProvider client={client}>
          <BrowserRouter>
            <SessionGuard />
            <InteractiveMark />
            <Suspense fallback={<p aria-live="polite">Đang tải…</p>}>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route element={<AppShell />}>
                  <Route index element={<HomeRedirect />} />
                  <Route path="/inbox" element={<InboxPage />} />
                  <Route path="/nominations" element={<NominationsPage />} />
                  <Route path="/delegations" element={<DelegationsPage />} />
                  <Route path="/reports" element={<ReportsPage />} />
                  <Route path="/blocs" element={<BlocsPage />} />
                  <Route path="/blocs/:id/years/:year" element={<BlocYearPage />} />
                  <Route path="/blocs/overview" element={<BlocOverviewPage />} />
                  <Route path="/nominations/new" element={<NewNominationPage />} />
                  <Route path="/nominations/:id" element={<NominationPage />} />
                  <Route path="/admin/desk" element={<StuckDeskPage />} />
                  <Route path="/admin/campaigns" element={<CampaignsPage />} />
                  <Route path="/admin/quotas" element={<QuotasPage />} />
                  <Route path="/admin/users" element={<UsersPage />} />
                  <Route path="/admin/units" element={<UnitsPage />} />
                  <Route path="/admin/calendar" element={<CalendarPage />} />
                  <Route path="/audit" element={<AuditMenuPage />} />
                  <Route path="/audit/nominations/:id" element={<AuditNominationPage />} />
                  <Route path="/audit/export-check" element={<ExportCheckPage />} />
                  <Route path="/audit/streams/:streamId" element={<AuditStreamPage />} />
                  <Route path="/audit/anomalies" element={<AnomaliesPage />} />
                  <Route path="/submission-batches" element={<SubmissionBatchesPage />} />
                  <Route path="/submission-batches/import" element={<BatchImportPage />} />
                  <Route path="/submission-batches/:id" element={<SubmissionBatchPage />} />
                  <Route path="/council-sessions" element={<CouncilSessionsPage />} />
                  <Route path="/council-sessions/:id" element={<CouncilSessionPage />} />
                  <Route path="/award-decisions" element={<AwardDecisionsPage />} />
                  <Route path="/award-decisions/:id" element={<AwardDecisionPage />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Route>
              </Routes>
            </Suspense>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
