/** The reference date: the option wins over the record, the record over the text; the text gives its offsets. */
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/doc/article.js';
import { datelineWithoutDate, findReferenceDate } from '../../src/resolve/reference-date.js';
import { SEED_TEXT } from '../helpers/seed.js';

const ref = (text: string, options = {}) => findReferenceDate(buildArticle(text), options);

describe('findReferenceDate', () => {
  it('the option wins over the record and the text', () => {
    expect(ref('LONDON 1996-08-30 - Shares fell.', { referenceDate: '2025-01-02', recordReferenceDate: '2024-05-06' }))
      .toEqual({ value: '2025-01-02', from: 'option' });
  });
  it('the record wins over the text', () => {
    expect(ref('LONDON 1996-08-30 - Shares fell.', { recordReferenceDate: '2024-05-06' })).toEqual({ value: '2024-05-06', from: 'record' });
  });
  it.each([
    ['LONDON 1996-08-30\nShares fell on Friday.', '1996-08-30', '1996-08-30'],
    ['WASHINGTON, Aug. 13, 2025 (Reuters) - The president said on Wednesday ...', '2025-08-13', 'Aug. 13, 2025'],
    ['Headline here\nPublished 13 August 2025\nThe minister said on Wednesday ...', '2025-08-13', '13 August 2025'],
    // the search skips sentences with no number, no month name and no hyphenated word before making
    // their date tokens: a sentence without digits, or with the month inside a hyphenated word, is kept
    ['Headline here\nPosted on the thirteenth of August, nineteen ninety-six\nThe minister spoke.', '1996-08-13', 'the thirteenth of August, nineteen ninety-six'],
    ['Talks resumed\nPosted mid-August thirteenth, nineteen ninety six\nThe minister spoke.', '1996-08-13', 'August thirteenth, nineteen ninety six'],
  ])('from the text: %j', (text, value, shown) => {
    const found = ref(text);
    expect(found).toMatchObject({ value, from: 'text' });
    expect(text.slice(found!.start, found!.end)).toBe(shown);
  });
  it('the seed article: the caption "August 13, 2025"', () => {
    const text = SEED_TEXT;
    const found = ref(text);
    expect(found).toMatchObject({ value: '2025-08-13', from: 'text' });
    expect(text.slice(found!.start, found!.end)).toBe('August 13, 2025');
  });
  it.each([
    ['no date at all', 'Ministers met and signed a deal.'],
    ['a month without a day is not an article date', 'In December 2024 the government fell.'],
    ['a dateline without a year and no full date in the text', 'Aug 13 (Reuters) - Shares fell.'],
  ])('null when %s', (_why, text) => {
    expect(ref(text)).toBeNull();
  });
  it('a date far down the article is not the article date', () => {
    const filler = 'Nothing dated happens here. '.repeat(80);
    expect(ref(`${filler}\nOn August 13, 2025 they met.`)).toBeNull();
  });
});

describe('a dateline without a year takes the year from a full date of the text', () => {
  it.each([
    ['Aug 13 (Reuters) - Shares fell. The index closed at a record on Aug. 13, 2025, traders said.', '2025-08-13'],
    ['LONDON, Aug 13 (Reuters) - Shares fell. The deal signed on March 3, 2024 expires soon.', '2024-08-13'],
  ])('%j', (text, value) => {
    const found = ref(text);
    expect(found).toMatchObject({ value, from: 'text' });
    expect(text.slice(found!.start, found!.end)).toMatch(/^Aug 13$/);
  });
  it('a yearless date outside a dateline is not the article date', () => {
    expect(ref('Shares fell on Aug 13 and rose on Aug 14.\nThe deal of March 3, 2019 stood.')).toMatchObject({ value: '2019-03-03' });
  });
});

describe('which date of the top is the article date', () => {
  it('a dateline wins over an earlier date in the headline', () => {
    const text = 'Remembering September 11, 2001 at the memorial today\nNEW YORK, Sept. 11, 2011 (Reuters) - Crowds gathered on Sunday.';
    expect(ref(text)).toMatchObject({ value: '2011-09-11', from: 'text' });
  });
  it('a caption line wins over a historical date in a long first paragraph', () => {
    const lede = 'The ceasefire, first agreed on March 3, 2019 between the parties after months of talks, was renewed by both governments in a brief ceremony that officials described as routine and overdue.';
    const text = `${lede}\nThe two ministers on August 13, 2025 (Photo: Reuters)\nThey signed on Wednesday.`;
    expect(ref(text)).toMatchObject({ value: '2025-08-13', from: 'text' });
  });
});

describe('a wire dateline that names a place and no date', () => {
  it.each([
    ['HANOI (AP) — Ministers met on Wednesday.', 'HANOI (AP) —'],
    ['LONDON (Reuters) - Shares fell on Monday.', 'LONDON (Reuters) -'],
    ['NEW YORK, N.Y. (AP) -- The mayor spoke.', 'NEW YORK, N.Y. (AP) --'],
    ['MIAMI (AP) -- After a weekend of accusations, talks resumed.', 'MIAMI (AP) --'],
    ['Talks in Hanoi\nWASHINGTON — The talks resumed.', 'WASHINGTON —'],
  ])('%j → %j', (text, dateline) => {
    expect(datelineWithoutDate(text)).toBe(dateline);
  });
  it.each([
    ['a sentence that starts in capitals and a dash later', 'The UN said - again - that talks resumed.'],
    ['a dash inside a line', 'Ministers met in Hanoi (AP) — on Wednesday.'],
    ['a lower-case place', 'Hanoi (AP) — Ministers met.'],
    ['a hyphenated word at the start', 'CO-OPERATION is key.'],
  ])('none for %s', (_why, text) => {
    expect(datelineWithoutDate(text)).toBeNull();
  });
});
