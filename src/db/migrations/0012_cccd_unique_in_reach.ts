/**
 * A CCCD is no longer unique across the whole register. A refusal "already taken" for a number held
 * in another area would tell anyone whether the number is registered anywhere; so uniqueness is
 * checked by the application within the writer's area (under a per-number advisory lock, see
 * register.rules.ts), and the same number held elsewhere goes to the duplicate review queue as a
 * "same CCCD" pair for someone whose area covers both. The plain index person_cccd (0002) keeps
 * look-ups by number fast.
 */
export const statements: string[] = [`DROP INDEX IF EXISTS person_cccd_live`];
