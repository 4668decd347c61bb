/** The empty list that every reading without such items shares: readings are never changed once made. */
export const NONE: readonly never[] = Object.freeze([]);
