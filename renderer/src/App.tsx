import { useState } from 'react';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import { createHashRouter, createMemoryRouter, RouterProvider } from 'react-router';
import { ApiProvider, createApi, createQueryClient, useContractEvents, type Transport } from './api';
import { createI18n } from './i18n';
import { coreMessageIn } from './i18n/coreMessages';
import { appRoutes } from './routes';
import { cssVariablesResolver, theme } from './theme';
import { AppErrorBoundary } from './shell/ErrorScreens';
import { BackendGate } from './shell/BackendGate';
import { AuthGate } from './features/auth/AuthGate';
import { useLanguageSync } from './shell/LanguageSwitch';

export interface AppProps {
  transport: Transport;
  /** Tests: start at this path in a memory router instead of the window's hash. */
  initialPath?: string;
  queryClient?: QueryClient;
}

export function App({ transport, initialPath, queryClient: givenClient }: AppProps) {
  // Created once per mount; the transport is fixed for the app's life.
  const [i18n] = useState(() => createI18n());
  // Refusals of the core in the UI language, as far as they are known (i18n/coreMessages.ts).
  const [api] = useState(() => createApi(transport, { localize: (message) => coreMessageIn(i18n.language, message) }));
  const [queryClient] = useState(() => givenClient ?? createQueryClient());
  const [router] = useState(() =>
    initialPath === undefined ? createHashRouter(appRoutes) : createMemoryRouter(appRoutes, { initialEntries: [initialPath] }),
  );

  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <I18nextProvider i18n={i18n}>
        <AppErrorBoundary>
          <ApiProvider api={api}>
            <QueryClientProvider client={queryClient}>
              <BackendGate>
                <AuthGate>
                  <Session />
                  <RouterProvider router={router} />
                </AuthGate>
              </BackendGate>
            </QueryClientProvider>
          </ApiProvider>
        </AppErrorBoundary>
      </I18nextProvider>
    </MantineProvider>
  );
}

/** App-wide subscriptions that need the backend: push events and the saved language. */
function Session() {
  useContractEvents();
  useLanguageSync();
  return null;
}
