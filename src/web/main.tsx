import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/reset.css';
import './styles.css';
import { i18nReady } from './i18n/index.js';
import { Root } from './Root.js';
// Catches the browser's offer to install the app, whenever it comes.
import './lib/install-prompt.js';

// The service worker keeps the app's files for the next visit (and for opening without a network). It
// is registered once the page has loaded, so its downloads never compete with the first page's (the
// development server has none: the registration fails there, quietly).
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}

// English texts are a separate file: a user who chose English waits for it (Vietnamese starts at once).
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  ),
);
