/**
 * Role vocabulary: titles and positions (lower case; multi-word titles as written).
 * Owned by the roles work; the people extractor reads it as evidence that a name follows.
 */
export const ROLE_TITLES: readonly string[] = [
  'president', 'vice president', 'prime minister', 'minister', 'defense minister', 'defence minister',
  'foreign minister', 'energy minister', 'secretary', 'chancellor', 'governor', 'senator', 'mayor',
  'director', 'chief executive', 'chairman', 'spokesman', 'spokeswoman', 'general', 'king', 'queen',
];
