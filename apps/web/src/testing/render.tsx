/** Renders a page inside the app's providers (locale, query cache, an in-memory router) for component tests. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

/** jsdom has no matchMedia; the component library's responsive helpers need one. */
export function installMatchMedia(): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }),
  });
}

/** Renders `element` at `path`, with other routes showing their path (to see where it navigated). */
export function renderAt(element: ReactElement, path: string, route = path.split('?')[0] ?? '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <ConfigProvider locale={viVN}>
      <AntApp>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path={route} element={element} />
              <Route path="*" element={<p data-testid="landed">landed</p>} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>,
  );
}

/** jsdom has no ResizeObserver; tables and overflow menus observe their size with one. */
export function installResizeObserver(): void {
  if ('ResizeObserver' in globalThis) return;
  Object.defineProperty(globalThis, 'ResizeObserver', {
    configurable: true,
    // Sizes never change in jsdom: observing does nothing.
    value: class {
      observe = (): undefined => undefined;
      unobserve = (): undefined => undefined;
      disconnect = (): undefined => undefined;
    },
  });
}
