/**
 * The browser's offer to install the app (`beforeinstallprompt`, Chromium on Android and desktop). The
 * event may come before any page is shown, so it is caught from the start (main.tsx imports this file)
 * and kept; the collection page shows an "install" button while one is kept, and calls its `prompt()`.
 * Once the app is installed (`appinstalled`) or the offer used, the button goes.
 */
import { useSyncExternalStore } from 'react';

/** The part of the event the app uses (not in TypeScript's DOM types). */
export interface InstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

let kept: InstallPromptEvent | null = null;
const listeners = new Set<() => void>();
const changed = () => {
  for (const l of listeners) l();
};

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (e) => {
    // The app offers it at the right place (the collection page) rather than the browser's own bar.
    e.preventDefault();
    kept = e as InstallPromptEvent;
    changed();
  });
  window.addEventListener('appinstalled', () => {
    kept = null;
    changed();
  });
}

/** Whether the browser offers to install the app now. */
export function useInstallOffer(): boolean {
  return useSyncExternalStore(
    (l) => (listeners.add(l), () => listeners.delete(l)),
    () => kept !== null,
    () => false,
  );
}

/** Shows the browser's install dialog; whether the user accepted. The offer can be used once. */
export async function install(): Promise<boolean> {
  const e = kept;
  if (!e) return false;
  kept = null;
  changed();
  await e.prompt();
  return (await e.userChoice).outcome === 'accepted';
}
