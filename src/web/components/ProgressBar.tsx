import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useIsFetching, useIsMutating } from '@tanstack/react-query';
import { useLocation } from 'react-router-dom';
import NProgress from 'nprogress';
import 'nprogress/nprogress.css';
import './ProgressBar.css';

NProgress.configure({ showSpinner: false, trickleSpeed: 250, minimum: 0.15 });

/** Requests slower than this show the bar; quicker ones would only flicker it. */
export const SLOW_REQUEST_MS = 300;
/** How long the bar shows on a page change whose page and data are already here. */
const PAGE_CHANGE_MS = 250;

let pendingFiles = 0;
const listeners = new Set<() => void>();
// Told after the current render: a page file starts loading while React draws.
const notify = () =>
  setTimeout(() => {
    for (const listener of listeners) listener();
  }, 0);

/** Counts a page's code file while it downloads, for the progress bar. */
export function trackPageFile<T>(loading: Promise<T>): Promise<T> {
  pendingFiles++;
  notify();
  return loading.finally(() => {
    pendingFiles--;
    notify();
  });
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The thin bar at the top of the window: shown on every page change, while a page's code downloads,
 * and while data requests take longer than SLOW_REQUEST_MS — so a slow link never looks like a dead app.
 */
export function ProgressBar() {
  const files = useSyncExternalStore(
    subscribe,
    () => pendingFiles,
    () => 0,
  );
  const requests = useIsFetching() + useIsMutating() > 0;
  const { pathname } = useLocation();
  const [slow, setSlow] = useState(false);
  const [changing, setChanging] = useState(false);
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (!requests) {
      setSlow(false);
      return;
    }
    const timer = setTimeout(() => setSlow(true), SLOW_REQUEST_MS);
    return () => clearTimeout(timer);
  }, [requests]);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    setChanging(true);
    const timer = setTimeout(() => setChanging(false), PAGE_CHANGE_MS);
    return () => clearTimeout(timer);
  }, [pathname]);

  const busy = files > 0 || changing || slow;
  useEffect(() => {
    if (busy) NProgress.start();
    else NProgress.done();
  }, [busy]);
  useEffect(() => () => void NProgress.done(), []);
  return null;
}
