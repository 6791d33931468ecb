/** Words we add to compromise's lexicon (lower case → compromise tag). Keep it small and general. */
export const EXTRA_WORDS: Record<string, string> = {};
