import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { VitePWA } from 'vite-plugin-pwa';

/** Pages that make the app's shell: what opens without a network once visited, and what a repeat visit needs. */
const SHELL_PAGES = [/\/src\/web\/App\.tsx$/, /\/src\/web\/pages\/home\/HomePage\.tsx$/, /\/src\/web\/components\/AppLayout\.tsx$/];

/**
 * Names the JavaScript files of the shell: the entry with everything it imports, and the login page,
 * the frame and the home page with theirs. The service worker keeps these ahead (precache); other
 * pages' files are kept the first time they are opened.
 */
function shellFiles(): { plugin: Plugin; files: Set<string> } {
  const files = new Set<string>();
  const plugin: Plugin = {
    name: 'dantoc-shell-files',
    apply: 'build',
    generateBundle(_options, bundle) {
      files.clear();
      const add = (name: string) => {
        const chunk = bundle[name];
        if (chunk?.type !== 'chunk' || files.has(name)) return;
        files.add(name);
        for (const imported of chunk.imports) add(imported);
      };
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        if (chunk.isEntry || (chunk.facadeModuleId && SHELL_PAGES.some((p) => p.test(chunk.facadeModuleId!.replace(/\\/g, '/'))))) add(name);
      }
    },
  };
  return { plugin, files };
}

const shell = shellFiles();

/** The web app: index.html at the root, sources in src/web, built into dist/web (served by the API server). */
export default defineConfig({
  plugins: [
    react(),
    shell.plugin,
    // Brotli and gzip copies of every text file, made once here; the server sends them as they are.
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, include: /\.(js|mjs|css|html|svg|json|webmanifest)$/ }),
    VitePWA({
      // main.tsx registers the worker after the first page has loaded.
      injectRegister: false,
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon.png'],
      manifest: {
        name: 'Dữ liệu công tác dân tộc',
        short_name: 'Công tác dân tộc',
        description: 'Hệ thống thông tin dữ liệu về công tác dân tộc',
        lang: 'vi',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b6e4f',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Ahead of time: the page, styles, icons and the shell's code; the other pages' code when first opened (below).
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter((e) => !e.url.endsWith('.js') || !e.url.startsWith('assets/') || shell.files.has(e.url)),
            warnings: [],
          }),
        ],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        // Every address of the app opens the saved page; the API always goes to the network (never answered from a cache).
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/assets\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'dantoc-assets', expiration: { maxEntries: 400, maxAgeSeconds: 365 * 24 * 3600 } },
          },
        ],
      },
    }),
  ],
  resolve: {
    // React Router's package points bundlers at its development build; the production one is smaller and quieter.
    alias: [
      { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
      { find: /^react-router\/dom$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/dom-export.mjs', import.meta.url)) },
    ],
  },
  root: '.',
  publicDir: 'public',
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    // antd and echarts are large by nature; they sit in their own cached chunks. ODK Web Forms (1.9 MB) loads
    // only on the collection page.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // ODK Web Forms' XPath engine calls eval by design; build timings are noise on a 2-core machine.
      checks: { eval: false, bundlerTimings: false },
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 3 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/, priority: 2 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
