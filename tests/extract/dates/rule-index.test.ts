/**
 * The date rule index (RULE_STARTS, rulesStartingAt) only skips rules that would turn the position
 * down: checked on real sentences by trying every rule at every token, and by comparing the
 * candidates with the plain loop over all rules that findCandidates replaced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/doc/article.js';
import { ALL_RULES, findCandidates, rulesStartingAt, type Candidate } from '../../../src/extract/dates/index.js';
import { prefixAt } from '../../../src/extract/dates/prefixes.js';
import { DATE_RULES, RULE_STARTS } from '../../../src/extract/dates/rules.js';
import { APPROX_MODS, POSITION_MODS, POSITION_OF_PHRASES } from '../../../src/lexicon/dates.js';
import { dateTokens } from '../../../src/extract/dates/tokens.js';
import type { DateToken } from '../../../src/extract/dates/types.js';
import { BBC_FIXTURE_IDS, loadBbcText } from '../../helpers/bbc.js';

/** Date-dense sentences, including the forms that start on digits, hyphen pieces and prefixes. */
const SENTENCES = `
It was signed on August 13, 2025 in Ankara; they met on 13 August 2025 and again on the 4th of July.
The deal closes Aug. 29. Filed 2025-08-01 at noon, or 8/13/2025, or 13.08.2025 at 10:30 a.m. EST.
The editorial ran on Friday, Oct. 13, 1989. A hearing was held the week of March 6 in fiscal 1989.
Troops withdrew on Monday night; talks resume this coming Sunday morning, and on Mondays and Tuesday nights.
Profits rose in the third quarter of 1984, the fiscal first quarter, third-quarter profit, its 1988 second quarter.
This year's third quarter beat last year's quarter; the latest quarter and the year-ago period were weak.
In the late 1970s, the mid-1990s, the '80s, the nineties and the 20th century, in mid-1996 and early 1990.
Two days ago, a year earlier, three weeks from now, a week or so ago, the year-earlier nine months.
The past three years, the next few days, recent years, the weeks ahead, the years to come, a day-long strike.
Nearly two years, more than a decade, about 2000 homes, some 1998 deals, over the winter of 1994.
Christmas Day, New Year's Day, Thanksgiving, last Christmas, presidents' day, Christmas Island.
Every other week, each year, daily, annually, its quarterly dividend, weekly radio address.
Now, right now, these days, the past, the near future, current market conditions, recent declines.
That same day, the following year, the previous month, within the next day, the end of the year.
At 10pm Wednesday, noon Thursday, 3 p.m. yesterday, tomorrow 8:00am, tonight 9pm, 5 o'clock, midnight.
Nineteen ninety-six, the year two thousand, twenty-four hours, 2 1/2 years, an hour and a half, 1:2abc.
The 1988 period, the 1989 fiscal year, year-end, the year's end, the full year ended June 30, the weekend.
Last fall, this summer, the spring of nineteen ninety-four, the Summer Olympics, the Sunday Times.
Mid-afternoon, late morning yesterday, this morning, last night, the turn of the century, 21st-century.
The same period a year ago, the current quarter, the fiscal 1989 first quarter, the latter half of 1988, the year.
The next two weeks, the two-year deal, the 1990s, the first day, the same day, the present, the weekend.
Numbers of every digit shape: at 0735 GMT, 21:15 UTC, 10.30, 12.5 years, 100 days ago, 250,000 people, 4.2bn, the 3rd quarter, its 1998 4th quarter, the 1990's, 90s, 1st century, 24 and 25 April, 3 times a week.
`;

function texts(): string[] {
  const out = [SENTENCES];
  const dir = new URL('../../../fixtures/articles/', import.meta.url);
  for (const f of readdirSync(dir)) if (f.endsWith('.txt')) out.push(readFileSync(new URL(f, dir), 'utf8'));
  for (const id of BBC_FIXTURE_IDS) out.push(loadBbcText(id).text);
  return out;
}

function sentenceTokens(text: string): DateToken[][] {
  const doc = buildArticle(text);
  return doc.sentences.map((s) => dateTokens(doc, s));
}

/** The loop before the index: every rule at every start token, and after every prefix. */
const allRulesCandidates = (tokens: readonly DateToken[]): Candidate[] => findCandidates(tokens, () => ALL_RULES);

/** Candidates without the fields that only differ in presence (`mod: undefined` vs no `mod`). */
const plain = (cs: Candidate[]) => cs.map((c) => ({ ...c, mod: c.mod ?? null }));

describe('date rule index', () => {
  it('has an entry for every rule, and every rule name once', () => {
    expect(new Set(DATE_RULES.map((r) => r.name)).size).toBe(DATE_RULES.length);
    for (const rule of DATE_RULES) expect(RULE_STARTS[rule.name], rule.name).toBeDefined();
  });

  it('lists, at every token, every rule that matches there (in rule order)', () => {
    let matches = 0;
    for (const text of texts()) {
      for (const tokens of sentenceTokens(text)) {
        for (let i = 0; i < tokens.length; i++) {
          const listed = rulesStartingAt(tokens, i).map((r) => r.order);
          expect(listed).toEqual([...listed].sort((a, b) => a - b));
          DATE_RULES.forEach((rule, order) => {
            if (rule.match(tokens, i) === null) return;
            matches++;
            expect(listed, `${rule.name} at "${tokens[i]!.text}"`).toContain(order);
          });
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
  });

  it('finds the same candidates, in the same order, as trying every rule', () => {
    let count = 0;
    for (const text of texts()) {
      for (const tokens of sentenceTokens(text)) {
        const indexed = findCandidates(tokens);
        expect(plain(indexed)).toEqual(plain(allRulesCandidates(tokens)));
        count += indexed.length;
      }
    }
    expect(count).toBeGreaterThan(100);
  });
});

describe('prefixAt', () => {
  it('still finds every prefix of the lexicon (its first-word gate lets them all through)', () => {
    const phrases = [...Object.keys(POSITION_OF_PHRASES), ...Object.keys(APPROX_MODS), ...Object.keys(POSITION_MODS), 'the early', 'the late'];
    for (const phrase of phrases) {
      const tokens = sentenceTokens(`${phrase} 1990.`)[0]!;
      expect(prefixAt(tokens, 0), phrase).not.toBeNull();
    }
  });
});
