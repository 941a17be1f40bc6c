import type { QueryClient } from '@tanstack/react-query';
import { overviewQuery } from './pages/home/api.js';
import { prefetchDashboard } from './pages/dashboards/queries.js';

/*
 * What opens first after signing in, fetched ahead so that files and data come in parallel rather than
 * one after the other (on a link with 300 ms round trips each step costs): the app behind the login
 * (antd, routes), its frame (menu, header), the home page and the home page's figures.
 */

export const loadApp = () => import('./App.js');
export const loadFrame = () => import('./components/AppLayout.js');
export const loadHome = () => import('./pages/home/HomePage.js');

/**
 * The home page's figures (and file, unless `file` is false), asked for alongside the session check
 * (the answer for nobody signed in, 401, is dropped: the page asks again after login).
 */
export function prefetchHome(queryClient: QueryClient, file = true): void {
  if (file) void loadHome().catch(() => undefined);
  void queryClient.prefetchQuery({ ...overviewQuery, retry: false }).then(() => {
    if (queryClient.getQueryState(overviewQuery.queryKey)?.status === 'error') queryClient.removeQueries({ queryKey: overviewQuery.queryKey, exact: true });
  });
}

export const loadDashboards = () => import('./pages/dashboards/DashboardsPage.js');

/**
 * Opened at /dashboards (a leader's bookmark): the page's files and its whole chain of reads — the list, the
 * dashboard, every item's data, the map's boundaries — start at once, alongside the session check.
 */
let dashboardsAsked = false;
export function prefetchDashboards(queryClient: QueryClient, search: string): void {
  // Once per page load: the entry may be drawn again before the page shows.
  if (dashboardsAsked) return;
  dashboardsAsked = true;
  void loadDashboards().catch(() => undefined);
  void prefetchDashboard(queryClient, new URLSearchParams(search)).catch(() => queryClient.removeQueries({ queryKey: ['dashboards'], type: 'inactive' }));
}
