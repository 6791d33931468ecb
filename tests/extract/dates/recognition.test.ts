/**
 * Recognition conventions (issue 15): which words are a temporal expression and what its extent
 * covers, as TimeML/TimeBank annotates them. Each table has rows where the convention must fire
 * and rows where it must not. Snippets are constructed unless a source is named.
 */
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.js';

const REF = '2025-08-13'; // a Wednesday

describe('a frequency word inside a name is no time', () => {
  it.each([
    // BBC corpus: "told the Daily Telegraph", "quoted in China Daily"
    ['He told the Daily Telegraph he would stand.', []],
    ['The report was quoted in China Daily.', []],
    ['Daily Mail editors were not told.', []],
    ['She spoke to Entertainment Weekly last week.', ['last week|DATE|2025-W32']],
    // must still fire: the frequency itself
    ['Flights run daily to Bombay.', ['daily|SET|P1D']],
    ['Daily, the ferry leaves at noon.', ['Daily|SET|P1D', 'noon|TIME|2025-08-13T12:00']],
    ['It publishes a weekly radio address.', ['weekly|SET|P1W']],
    // TempEval-3 dev annotates a lower-case "daily" before the paper's name (3 of 5)
    ['It ran in the Communist Party daily Granma.', ['daily|SET|P1D']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a deictic word capitalized inside a sentence is a title', () => {
  it.each([
    // BBC corpus: "told BBC Radio 4's Today programme", the songs "All Right Now", "Are You Lonesome Tonight"
    ["He told BBC Radio 4's Today programme he would resign.", []],
    ['Free had a global hit with All Right Now.', []],
    ['It was Are You Lonesome Tonight at number 20.', []],
    // TempEval-3 dev VOA19980331: "This is VOA Today." (unannotated)
    ['This is VOA Today.', []],
    // must still fire: sentence and quotation starts, lower case inside
    ['Today the board meets.', ['Today|DATE|2025-08-13']],
    ['"Now we see that edge eroded," he said.', ['Now|DATE|PRESENT_REF']],
    ['He said today that he would stay.', ['today|DATE|2025-08-13']],
    ['Oil is now cheaper.', ['now|DATE|PRESENT_REF']],
    // a headline in capitals (CoNLL-2003): the word is no title
    ['SOCCER - RESULTS TODAY', ['TODAY|DATE|2025-08-13']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a month with a year in words is one date', () => {
  it.each([
    // TempEval-3 dev CNN19980227 (a broadcast transcript): "January nineteen ninety-seven."
    ['January nineteen ninety-seven. Atlanta again.', ['January nineteen ninety-seven|DATE|1997-01']],
    ['It opened on March 3, nineteen ninety-eight.', ['March 3, nineteen ninety-eight|DATE|1998-03-03']],
    ['It was built in nineteen ninety-six.', ['nineteen ninety-six|DATE|1996']],
    // must not join: a count after the month is no year
    ['In June, fifteen twenty-year-olds enrolled.', ['June|DATE|2025-06']],
    ['In June fifteen people left.', ['June|DATE|2025-06']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('amounts of time counted in hundreds and thousands of words', () => {
  it.each([
    // TempEval-3 dev APW19980213, PRI19980121
    ['It has served for almost a hundred years.', ['almost a hundred years|DURATION|P100Y|LESS_THAN']],
    ['They kept the secret for more than two thousand years.', ['more than two thousand years|DURATION|P2000Y|MORE_THAN']],
    ['The oaks stood for three hundred years.', ['three hundred years|DURATION|P300Y']],
    // must not fire: a thousand of something else, a year in words
    ['A thousand people marched.', []],
    ['by the year two thousand', ['the year two thousand|DATE|2000']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a weekday before a calendar date keeps the words that place it', () => {
  it.each([
    // TempEval-3 dev VOA19980305: "International Women's Day is this coming Sunday, March eighth."
    ['The rally is this coming Sunday, August seventeenth.', ['this coming Sunday, August seventeenth|DATE|2025-08-17']],
    ['They met last Friday, Aug. 8.', ['last Friday, Aug. 8|DATE|2025-08-08']],
    // must not widen: no placing word, or one that belongs elsewhere
    ['The editorial ran on Friday, Oct. 13, 1989.', ['Friday, Oct. 13, 1989|DATE|1989-10-13']],
    ['A hearing was held the week of March 6.', ['the week of March 6|DATE|2025-W10']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('each day of a pair of days is a date', () => {
  it.each([
    // TempEval-3 dev XIE19990210: "the NATO Washington summit on April 24 and 25"
    ['The summit is on April 24 and 25.', ['April 24|DATE|2025-04-24', '25|DATE|2025-04-25']],
    // BBC corpus: "on 22 and 23 June", "on 4 or 5 April"
    ['Paintings are sold on 22 and 23 June 2005.', ['22|DATE|2005-06-22', '23 June 2005|DATE|2005-06-23']],
    ['It met on April 24 and 25, 1999.', ['April 24|DATE|1999-04-24', '25, 1999|DATE|1999-04-25']],
    // must not fire: the second number counts something, or no month is written with the pair
    ['On April 24 and 25 people died.', ['April 24|DATE|2025-04-24']],
    ['Between 20 and 30 people died.', []],
    ['Scores of 4 and 5 were given.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('an hour with the part of the day after it is a clock time', () => {
  it.each([
    // TempEval-3 dev APW20000405: "This courageous father will leave at 4 in the morning"
    ['He will leave at 4 in the morning.', ['4 in the morning|TIME|2025-08-13T04:00']],
    ['The vote closes at 9:30 in the evening.', ['9:30 in the evening|TIME|2025-08-13T21:30']],
    // must not fire: a count, or no hour word before it
    ['He scored 4 in the morning session.', []],
    ['My temperature was 37.1 in the morning.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a part of the day pointing back to a day of the text is that day', () => {
  it.each([
    // TempEval-3 dev NYT20000224: "he appeared in court the next morning"
    ['He fled on March 3. He appeared in court the next morning.', ['March 3|DATE|2025-03-03', 'the next morning|DATE|2025-03-04']],
    ['The fire broke out on Aug. 2. That night, crews left.', ['Aug. 2|DATE|2025-08-02', 'That night|DATE|2025-08-02']],
    // must not fire: a plural, or no unit after the step word
    ['The next mornings were cold.', []],
    ['The next chapter opens.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a plural unit before "ago" without a count is a past time', () => {
  it.each([
    // TempEval-3 dev wsj_0575: "Control Data Corp., which just months ago was hemorrhaging financially"
    ['The firm, which just months ago was failing, is fine.', ['months ago|DATE|PAST_REF']],
    ['Years ago, the mill closed.', ['Years ago|DATE|PAST_REF']],
    // must not fire on its own: a count before it makes it the counted rule's ("6,000 years ago" is left alone)
    ['It closed two years ago.', ['two years ago|DATE|2023']],
    ['A fantasy set 6,000 years ago.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"for some time", "for a while" are vague amounts of time', () => {
  it.each([
    // TempEval-3 dev AP900815: "American forces could be in the gulf region for some time"
    ['Forces could be in the gulf for some time.', ['some time|DURATION|PXX']],
    ["They're going to have to live without it for a while.", ['a while|DURATION|PXX']],
    // must not fire: no "for", a unit after it, or "a long time" (TempEval-3 dev leaves it out, 2 of 2)
    ['It will take some time to mend.', []],
    ['Once in a while it rains.', []],
    ['Prices have not been this low for a long time.', []],
    ['They met for some time-consuming talks.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe("\"today's\" before a people or an era is \"nowadays\", no day", () => {
  it.each([
    // TempEval-3 dev (unannotated): TimeBank "in today's world", AQUAINT "for today's youth"; BBC "a wake-up call to today's gamers"
    ["Paternity is easy to prove in today's world.", []],
    ["The case is for today's youth what the blockade was for their parents.", []],
    ["It is a wake-up call to today's gamers.", []],
    ["Today's young voters care about housing.", []],
    // must still fire: the day's events, and "today" without a possessive
    ["Today's vote was close.", ['Today|DATE|2025-08-13']],
    ["The offer was advertised in today's editions of the paper.", ['today|DATE|2025-08-13']],
    ['Young people vote today.', ['today|DATE|2025-08-13']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"soon" in a past narrative is no time ahead', () => {
  it.each([
    // TempEval-3 dev NYT20000224: "a trickle of cash from Miami that soon became a flood", "He was soon released"
    ['A trickle of cash soon became a flood.', []],
    ['He was soon released from hospital.', []],
    ['The smiles were soon wiped from their faces.', []],
    // must still fire: ahead of the article (TempEval-3 dev wsj_0610 "it soon will begin selling boxes")
    ['It soon will begin selling boxes.', ['soon|DATE|FUTURE_REF']],
    ['Prosecutors may soon seek an indictment.', ['soon|DATE|FUTURE_REF']],
    ['The budget will soon move into surplus.', ['soon|DATE|FUTURE_REF']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"couple of" counts two', () => {
  it.each([
    // TempEval-3 dev wsj_0904: "Over the next couple of years we would not be surprised"
    ['Over the next couple of years we expect growth.', ['the next couple of years|DURATION|P2Y']],
    // BBC corpus: "spent the past couple of years sounding out possible suitors" (was "the past" alone)
    ['They spent the past couple of years looking.', ['the past couple of years|DURATION|P2Y']],
    ['It rose for a couple of weeks.', ['a couple of weeks|DURATION|P2W']],
    // must not fire: no unit after it
    ['The couple of friends met.', []],
    ['A couple of years-old cars were sold.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a range of years written short gives its second year', () => {
  it.each([
    // BBC corpus: "the beans exported during 2003-04", "the start of the 2006/07 season", "his 1973-90 rule"
    ['Beans were exported during 2003-04.', ['2003|DATE|2003', '04|DATE|2004']],
    ['Fees rose for the 2006/07 season.', ['2006|DATE|2006', '07|DATE|2007']],
    ['Abuses under his 1973-90 rule were cited.', ['1973|DATE|1973', '90|DATE|1990']],
    ['Clubs lost money in the 1999-00 season.', ['1999|DATE|1999', '00|DATE|2000']],
    // and "99" is no count of years ("99 year" was P99Y)
    ['Contributions rose in the 1998/99 year.', ['1998|DATE|1998', '99|DATE|1999']],
    // must not fire: an ISO date, a second part not after the first year, no word before the range
    ['It opened on 2010-11-05.', ['2010-11-05|DATE|2010-11-05']],
    ['It was 2016-09 then.', ['2016|DATE|2016']],
    ['Is this a valid date? 2015-32', ['2015|DATE|2015']],
    ['The ban lasted 99 years.', ['99 years|DURATION|P99Y']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a British clock time with a dot is a clock time before am/pm', () => {
  it.each([
    // BBC corpus: "happened at 10.38am on Wednesday"; recognizers-datetime dev: "I'll go back at 8.30pm today"
    ['It happened at 10.38am on Wednesday.', ['10.38am|TIME|2025-08-13T10:38', 'Wednesday|DATE|2025-08-13']],
    ["I'll go back at 8.30pm today.", ['8.30pm today|TIME|2025-08-13T20:30']],
    ['The show starts at 7.30 pm.', ['7.30 pm|TIME|2025-08-13T19:30']],
    // must not fire: a decimal number without am/pm
    ['Shares rose 10.30 points.', []],
    ['He ran 9.58 in Berlin.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"end-" before a date is its end', () => {
  it.each([
    // issue 15 (known miss): business-news shorthand for "the end of 2013"
    ['Debt should fall by end-2013.', ['end-2013|DATE|2013|END']],
    ['Stocks were lower at end-March.', ['end-March|DATE|2025-03|END']],
    // must not fire: no date after the hyphen, or no hyphen ("end 2013" is the verb or noun, the year alone is the date)
    ['They ran an end-to-end test for end-users.', []],
    ['Talks will end 2013 on a high.', ['2013|DATE|2013']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"post-" and "pre-" place a date after or before it', () => {
  it.each([
    // TempEval-3 dev NYT20000224: "but the post-1959 politics have managed to split thousands" (mod AFTER)
    ['But the post-1959 politics have split families.', ['post-1959|DATE|1959|AFTER']],
    // BBC corpus: "disappointing pre-Christmas sales"
    ['Pre-tax profit was hit by weak pre-Christmas sales.', ['pre-Christmas|DATE|2024-12-25|BEFORE']],
    // must not fire: no date after the prefix, or no hyphen
    ['The post office closed in the pre-war years.', []],
    ['Post 1959 results.', ['1959|DATE|1959']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"that quarter" after a preposition keeps its demonstrative, as "that year"', () => {
  it.each([
    // TempEval-3 dev wsj_0709: "Results for that quarter included a $30 million ... charge"
    ['Profit fell in the second quarter. Results for that quarter included a charge.', ['the second quarter|DATE|2025-Q2', 'that quarter|DATE|2025-Q2']],
    // must not widen: "that" as a conjunction, a possessive
    ['He said that quarter results rose.', ['quarter|DATE|2025-Q2']],
    ['Its third quarter was weak.', ['third quarter|DATE|2025-Q3']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"the March <noun>", "the May <noun>": the ambiguous month before a noun is a month', () => {
  it.each([
    // TempEval-3 dev XIE19990210: "The March accession will enable the three countries ..."; BBC corpus "the March survey"
    ['The March accession will enable them to join.', ['March|DATE|2026-03']],
    ['It will drop in the March survey.', ['March|DATE|2026-03']],
    // must not fire: a walk or a name, or no article before it
    ['They joined the March on Washington.', []],
    ['She gave to the March of Dimes.', []],
    ['They may march again.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"the May family": a month between "the" and a family noun is a surname', () => {
  it.each([
    // constructed: a surname that is a month name, before a family noun
    ['The May family said they were shocked.', []],
    ['She met the August twins at school.', []],
    ['The June household moved away.', []],
    // must still fire: the month before another noun, or after a preposition
    ['The May election was close.', ['May|DATE|2025-05']],
    ['The family moved in May.', ['May|DATE|2025-05']],
    ['In June the children went home.', ['June|DATE|2025-06']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('a date written as a hyphenated adjective leaves "the" to its noun', () => {
  it.each([
    // TempEval-3 dev APW20000128: "to make the late-November trip"
    ['They made the late-November trip.', ['late-November|DATE|2024-11|END']],
    ['The early-1990s boom ended.', ['early-1990s|DATE|199|START']],
    // must keep "the": a noun phrase ("the late 1980s"), and "mid-", which always takes the hyphen
    ['It grew in the late 1980s.', ['the late 1980s|DATE|198|END']],
    ['It grew in the mid-1990s.', ['the mid-1990s|DATE|199|MID']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"over the years" is a vague amount of time', () => {
  it.each([
    // TempEval-3 dev VOA19980331: "in fact, um over the years many more patients ..."; BBC corpus "throughout the years"
    ['Over the years it has delivered poor profits.', ['the years|DURATION|PXY']],
    ['She thanked fans for their support throughout the years.', ['the years|DURATION|PXY']],
    // must not fire: a point ("in the years that followed"), or no span preposition
    ['In the years that followed, they fought.', []],
    ['The years of toil ended.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('"N to M units" is one amount of time, at least N', () => {
  it.each([
    // TempEval-3 dev wsj_0585 "within two to three weeks" (P2W, EQUAL_OR_MORE), wsj_0637 "the next 12 to 18 months"
    ['Shipments resume within two to three weeks.', ['two to three weeks|DURATION|P2W|EQUAL_OR_MORE']],
    ['Acquisitions are due during the next 12 to 18 months.', ['the next 12 to 18 months|DURATION|P12M|EQUAL_OR_MORE']],
    // must not join: no unit after the second count, a falling pair, ages ("18 to 24 year olds")
    ['Open from 9 to 5 on weekdays.', []],
    ['It fell from 5 to 4 days.', ['4 days|DURATION|P4D']],
    ['Turnout among 18 to 24 year olds fell.', []],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});

describe('the n-th day of an event is a day the text does not date, unless it is today', () => {
  it.each([
    // TempEval-3 dev PRI19980306 "It's the second day of an offensive", NYT19981026 "on his first day in office"
    ["It's the second day of an offensive.", ['the second day|DATE|2025-08-13']],
    ['He would do so on his first day in office.', ['first day|DATE|XXXX-XX-XX']],
    // must not fire: plural, a piece of a word, a day of a month (Recognizers-Text "the twenty third day of September")
    ['In the first days after the war, prices rose.', []],
    ['First-day sales rose.', []],
    ['We will come back on the twenty third day of September.', ['September|DATE|2025-09']],
  ])('%s', (text, expected) => {
    expect(brief(text, REF)).toEqual(expected);
  });
});
