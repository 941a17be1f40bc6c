// Starts the register generator worker; when running from TypeScript sources, registers the
// TypeScript loader in the worker first (module hooks are per thread).
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
