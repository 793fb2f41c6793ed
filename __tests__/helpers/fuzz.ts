// How much the fuzz tests run. By default (npm test, CI) each runs a bounded, seeded share of its
// inputs, so the suite stays fast and a failure reproduces from its seed. MLG_FUZZ=full runs the
// whole set they were written for (every count in full, 1 MB inputs): after a parser change, or
// in a scheduled job. Their seed variables (FUZZ_SEED, FUZZ_CORPUS_SEED) pick other inputs.
export const FULL_FUZZ = process.env.MLG_FUZZ === 'full';

/** The full count under MLG_FUZZ=full, else a fifth of it (at least one). */
export const fuzzCount = (full: number): number => (FULL_FUZZ ? full : Math.max(1, Math.round(full / 5)));
