/** One change of a reported value, as the API gives it and the entry grid lists it. */
export interface ValueChange {
  at: string;
  by: string | null;
  byName: string | null;
  oldValue: string | null;
  newValue: string | null;
  oldComment: string | null;
  newComment: string | null;
  derived: boolean;
  overrideReason: string | null;
}
