import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, found from this file's place in src/server. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Reference data shipped with the product. */
export const DATA_DIR = path.join(ROOT, 'data');
/** The built web app. */
export const WEB_DIST = path.join(ROOT, 'dist', 'web');
