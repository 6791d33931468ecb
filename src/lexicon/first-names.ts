/**
 * Given names with the gender they usually carry. Built from faker's per-locale lists
 * (src/lexicon/generated/first-names.ts) plus transliterated names common in world news that
 * faker only has in non-Latin scripts (Arabic, Persian, Chinese, ...).
 */
import type { Gender } from './honorifics.js';
import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES, UNISEX_FIRST_NAMES } from './generated/first-names.js';

const EXTRA_MALE = [
  'mohammed', 'mohammad', 'muhammad', 'mohamed', 'mohamad', 'ahmed', 'ahmad', 'ali', 'hassan', 'hasan',
  'hussein', 'husain', 'omar', 'umar', 'khalid', 'khaled', 'abdullah', 'abdallah', 'ibrahim', 'mahmoud',
  'mahmud', 'mustafa', 'mostafa', 'youssef', 'yousef', 'yusuf', 'bashar', 'hafez', 'saddam', 'yasser',
  'yasir', 'osama', 'ayman', 'salman', 'faisal', 'fahd', 'hamid', 'hamad', 'jamal', 'karim', 'kamal',
  'nabil', 'nasser', 'rashid', 'saeed', 'sami', 'tariq', 'walid', 'ziad', 'recep', 'tayyip',
  'mehmet', 'mevlut', 'hakan', 'ahmet', 'abdel', 'hosni', 'anwar', 'moammar', 'muammar', 'benjamin',
  'vladimir', 'sergei', 'sergey', 'dmitry', 'boris', 'xi', 'deng',
  'shinzo', 'narendra', 'rahul', 'imran', 'nawaz', 'pervez', 'hamid', 'ashraf', 'ismail', 'hamza',
];
/**
 * Given names borne by men and women alike in English-language news; they say nothing of a person's
 * gender, whatever another lexicon says (faker's unisex names are only names both of its lists hold).
 */
const EXTRA_UNISEX = [
  'kim', 'chris', 'pat', 'robin', 'jean', 'leslie', 'lesley', 'jan', 'sam', 'alex', 'jordan', 'taylor', 'lee',
  'jamie', 'jesse', 'jessie', 'morgan', 'casey', 'riley', 'kelly', 'terry', 'tracy', 'dana', 'drew', 'francis',
  'frances', 'sandy', 'shannon', 'stacy', 'ashley', 'billie', 'bobbie', 'charlie', 'frankie', 'jackie', 'jody',
  'kerry', 'lynn', 'marion', 'merle', 'noel', 'quinn', 'rene', 'sidney', 'sydney', 'toni', 'val', 'andrea'
];
/** The hand-checked unisex names: no other source may give them a gender. */
export const UNISEX_IN_NEWS: ReadonlySet<string> = new Set(EXTRA_UNISEX);
const EXTRA_FEMALE = ['fatima', 'aisha', 'ayesha', 'leila', 'layla', 'mariam', 'maryam', 'yasmin', 'zainab', 'benazir'];

function words(list: string): string[] {
  return list === '' ? [] : list.split(' ');
}

/** lower-case given name → gender ('unisex' when the lists disagree or give none). */
export const FIRST_NAME_GENDER: ReadonlyMap<string, Gender | 'unisex'> = (() => {
  const map = new Map<string, Gender | 'unisex'>();
  for (const n of words(UNISEX_FIRST_NAMES)) map.set(n, 'unisex');
  for (const n of words(MALE_FIRST_NAMES)) map.set(n, map.has(n) ? 'unisex' : 'male');
  for (const n of words(FEMALE_FIRST_NAMES)) map.set(n, map.has(n) && map.get(n) !== 'female' ? 'unisex' : 'female');
  // The hand-written lists win: faker's generic lists carry these without a gender.
  for (const n of EXTRA_MALE) map.set(n, 'male');
  for (const n of EXTRA_FEMALE) map.set(n, 'female');
  for (const n of EXTRA_UNISEX) map.set(n, 'unisex');
  return map;
})();
