/**
 * Milliseconds spent in the named phases of the last run of a bulk operation in this process (the DHIS2
 * import), for benchmarks and profiling. Recording costs one clock read per phase.
 */
export class Phases {
  readonly ms: Record<string, number> = {};
  private last = performance.now();

  /** Adds the time since the previous mark (or the start) to `name`. */
  mark(name: string): void {
    const now = performance.now();
    this.ms[name] = (this.ms[name] ?? 0) + now - this.last;
    this.last = now;
  }
}

/** The phases of the latest run of each operation, by operation name. */
export const latestPhases = new Map<string, Record<string, number>>();
