/**
 * coordinate-clause: a quote in a second main clause joined by "but"/"and" after a comma or a quote
 * ("…, but he called her actions “…”", "…,” and Trump vowed to “…”") is that clause's subject's,
 * when its cue's subject opens the clause; else the sentence's first cue still governs it.
 * Constructed sentences after PolNeAR train patterns.
 */
import { describe, expect, it } from 'vitest';
import { markedQuotesOf } from './helpers.js';

/** [input, quote, speaker mention, cue]. */
const CASES: Array<[string, string, string | null, string | null]> = [
  ['Cruz said he would make sand "glow in the dark," and Trump vowed to "bomb the hell" out of the group.', 'bomb the hell', 'Trump', 'vowed'],
  ['Comey recommended that no charges be filed, but he called her actions "extremely careless."', 'extremely careless.', 'he', 'called'],
  ['Puerto Rico has been warning that it is running out of cash, and Ms. Acosta said the "extraordinary measures" would end.', 'extraordinary measures', 'Ms. Acosta', 'said'],
  // must not fire: no subject of its own after "and" (the sentence's cue), a quote inside an opening subordinate clause's sentence
  ['Trump said the deal was "a disaster" and called it "the worst ever."', 'the worst ever.', 'Trump', 'said'],
  ['Trump said the deal was "a disaster," and called it "the worst ever."', 'the worst ever.', 'Trump', 'said'],
  ['When Trump announced his candidacy, he called Mexican immigrants "criminals" and "rapists" in one speech.', 'rapists', 'he', 'called'],
  ['While the donor did not say how much he gave, he did say he found Trump "very charming" and called his rise "unheard of."', 'unheard of.', 'he', 'say'],
];

describe('coordinate-clause', () => {
  it.each(CASES)('%s', (input, quote, speaker, cue) => {
    const q = markedQuotesOf(input).find((x) => x.text === quote)!;
    expect(q.speaker).toBe(speaker);
    expect(q.cue).toBe(cue);
  });
});
