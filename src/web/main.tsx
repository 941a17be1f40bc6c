import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/reset.css';
import './i18n/index.js';
import './styles.css';
import { Root } from './Root.js';

// The service worker keeps the app's files for the next visit (and for opening without a network). It
// is registered once the page has loaded, so its downloads never compete with the first page's (the
// development server has none: the registration fails there, quietly).
if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
  });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
