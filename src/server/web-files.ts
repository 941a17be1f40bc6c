import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';

/** Hashed build files: their name changes with their content, so a browser may keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, the service worker, the manifest, icons): asked again each time, answered 304 when unchanged. */
export const REVALIDATE = 'no-cache';

const isHashedAsset = (file: string) => file.split(path.sep).includes('assets');

/**
 * Compression of every answer: JSON from the API is compressed on the fly (brotli or gzip, whichever
 * the browser accepts; small answers are left as they are); the web app's files were compressed at
 * build time and are sent as they are.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(compress, { global: true, encodings: ['br', 'gzip'], threshold: 1024 });
}

/** Whether the built web app is in this folder. */
export function hasWebApp(webDir: string | undefined): webDir is string {
  return Boolean(webDir && fs.existsSync(path.join(webDir, 'index.html')));
}

/**
 * Serves the built web app: the brotli or gzip copy made at build time when the browser accepts it,
 * hashed files under /assets/ cached for a year, the rest revalidated each time.
 */
export async function registerWebFiles(app: FastifyInstance, webDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: true,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, file) => {
      reply.header('cache-control', isHashedAsset(path.relative(webDir, file)) ? IMMUTABLE : REVALIDATE);
    },
  });
}

/** The app's page for a client-side route (/households/12 …): index.html, never cached. */
export function sendAppPage(reply: FastifyReply) {
  return reply.header('cache-control', REVALIDATE).type('text/html').sendFile('index.html');
}
