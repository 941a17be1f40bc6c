import { seededRandom } from '../villages/villages.demo.js';
import type { Weighted } from './register-demo.names.js';

/** Draws from a seeded stream: uniform, integers, weighted picks, normal deviates. */
export class Draw {
  private readonly next: () => number;

  constructor(seed: string) {
    this.next = seededRandom(seed);
  }

  /** Uniform in [0, 1). */
  u(): number {
    return this.next();
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One element, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One value of a weighted list. */
  weighted<T>(items: Weighted<T>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [v, w] of items) {
      r -= w;
      if (r < 0) return v;
    }
    return items[items.length - 1][0];
  }

  /** A normal deviate (Box–Muller). */
  normal(mean = 0, sd = 1): number {
    const u1 = Math.max(this.next(), 1e-12);
    return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * this.next());
  }
}

/** A prepared weighted table for fast repeated picks (cumulative weights, binary search). */
export class Table<T> {
  private readonly values: T[];
  private readonly cumulative: number[];

  constructor(items: Weighted<T>) {
    this.values = items.map(([v]) => v);
    let sum = 0;
    this.cumulative = items.map(([, w]) => (sum += w));
  }

  draw(d: Draw): T {
    const r = d.u() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > r) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}
