/**
 * At most a few uploads are read and parsed at once, so memory stays bounded however many arrive
 * together; the others wait their turn in a short line, and beyond that are refused with 503.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import multipart from '@fastify/multipart';
import { AppError } from '../../server/errors.js';
import { DEFAULT_UPLOAD_BYTES } from './uploads.limits.js';

/** A counting semaphore with a bounded, time-limited queue. */
export class Gate {
  private running = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(
    readonly slots: number,
    readonly queue: number,
    readonly waitMs: number,
  ) {}

  /** Resolves with a release function once a slot is free; 503 when the line is full or the wait too long. */
  async acquire(): Promise<() => void> {
    if (this.running < this.slots) {
      this.running++;
      return this.releaser();
    }
    if (this.waiting.length >= this.queue) throw busy(this.slots);
    await new Promise<void>((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve();
        },
        timer: setTimeout(() => {
          this.waiting.splice(this.waiting.indexOf(entry), 1);
          reject(busy(this.slots));
        }, this.waitMs),
      };
      this.waiting.push(entry);
    });
    return this.releaser();
  }

  /** Uploads being read now, and waiting. */
  get load() {
    return { running: this.running, waiting: this.waiting.length };
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line.
      if (next) next.grant();
      else this.running--;
    };
  }
}

const busy = (slots: number) => new AppError(503, 'uploads_busy', { slots });

/** The process-wide gate (UPLOAD_CONCURRENCY uploads at once, UPLOAD_QUEUE waiting up to a minute). */
export const uploadGate = new Gate(Number(process.env.UPLOAD_CONCURRENCY ?? 2), Number(process.env.UPLOAD_QUEUE ?? 16), 60_000);

const isMultipart = (request: FastifyRequest) => /^multipart\/form-data\b/i.test(request.headers['content-type'] ?? '');

/**
 * Multipart uploads and the gate in front of them: a signed-in user's multipart request takes a
 * slot before its handler reads the body and gives it back when the answer is sent or the client
 * goes away. Routes whose files go straight to disk opt out with `config: { uploadGate: false }`.
 */
export const uploadsPlugin = fp(async (app: FastifyInstance) => {
  await app.register(multipart, { limits: { fileSize: DEFAULT_UPLOAD_BYTES, files: 3, fields: 30, fieldSize: 64 * 1024, parts: 40 } });
  app.addHook('preHandler', async (request, reply) => {
    if (!request.user || !isMultipart(request)) return;
    if ((request.routeOptions.config as { uploadGate?: boolean } | undefined)?.uploadGate === false) return;
    const release = await uploadGate.acquire();
    // The client may have gone while this request waited in line.
    if (reply.raw.writableEnded || request.raw.destroyed) return release();
    reply.raw.once('finish', release);
    reply.raw.once('close', release);
  });
});
