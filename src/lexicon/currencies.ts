/**
 * Currencies: symbols, codes and words, each mapped to its ISO 4217 code. Where no ISO code exists
 * the unit is a plain name ("cent"); pence use "GBX", the usual market code for pence sterling.
 * Words are lower case; codes are upper case (matched lower case only after the amount: "20 usd").
 */
import { table } from './table.js';

/** Currency symbols written before (or after) the amount. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = table({
  $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₿': 'BTC', '元': 'CNY', '₡': 'CRC',
  '₾': 'GEL', '₭': 'LAK', '₩': 'KRW', '₽': 'RUB', '₺': 'TRY', '₦': 'NGN', '₱': 'PHP', '₪': 'ILS',
  '฿': 'THB', '₫': 'VND', '₴': 'UAH', '₸': 'KZT',
});

/** Letters written before "$" that name a dollar: "US$", "C$", "HK$", "A$", "Mex$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = table({
  us: 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD', hk: 'HKD',
  nz: 'NZD', s: 'SGD', sg: 'SGD', mex: 'MXN', r: 'BRL',
});

/** ISO codes recognised next to an amount: "EUR 125", "20 usd", "115.5USD". */
export const CURRENCY_CODES: readonly string[] = [
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'CHF', 'AUD', 'CAD', 'INR', 'HKD', 'NZD', 'SEK', 'NOK',
  'DKK', 'RUB', 'TRY', 'BRL', 'MXN', 'ZAR', 'KRW', 'SGD', 'PLN', 'CZK', 'HUF', 'ILS', 'AED', 'SAR',
  'EGP', 'NGN', 'KES', 'PKR', 'BTC',
  // the rest of ISO 4217 (active codes), except those that are also common words, names or
  // abbreviations (ALL, AMD, BAM, BOB, COP, CUP, CVE, GEL, IRR, MAD, MOP, NPR, PEN, PHP, SDG, SOS, TOP)
  'AFN', 'ANG', 'AOA', 'ARS', 'AWG', 'AZN', 'BBD', 'BDT', 'BGN', 'BHD', 'BIF', 'BMD', 'BND', 'BSD',
  'BTN', 'BWP', 'BYN', 'BZD', 'CDF', 'CLP', 'CRC', 'DJF', 'DOP', 'DZD', 'ERN', 'ETB', 'FJD', 'FKP',
  'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD', 'HNL', 'HTG', 'IDR', 'IQD', 'ISK', 'JMD', 'JOD', 'KGS',
  'KHR', 'KMF', 'KPW', 'KWD', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LSL', 'LYD', 'MDL', 'MGA',
  'MKD', 'MMK', 'MNT', 'MRU', 'MUR', 'MVR', 'MWK', 'MYR', 'MZN', 'NAD', 'NIO', 'OMR', 'PAB', 'PGK',
  'PYG', 'QAR', 'RON', 'RSD', 'RWF', 'SBD', 'SCR', 'SHP', 'SLE', 'SLL', 'SRD', 'SSP', 'STN', 'SYP',
  'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'UYU', 'UZS', 'VES', 'VND',
  'VUV', 'WST', 'XAF', 'XCD', 'XOF', 'XPF', 'YER', 'ZMW', 'ZWL',
];

/** Codes that are not ISO codes but mean one: RMB is the yuan. */
export const CODE_ALIASES: Readonly<Record<string, string>> = table({ RMB: 'CNY' });

/** Currency words written after the amount ("900m euros", "five million yen"). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = table({
  dollar: 'USD', dollars: 'USD', buck: 'USD', bucks: 'USD',
  euro: 'EUR', euros: 'EUR',
  sterling: 'GBP', quid: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', kuai: 'CNY',
  franc: 'CHF', francs: 'CHF',
  rupee: 'INR', rupees: 'INR',
  peso: 'MXN', pesos: 'MXN',
  peseta: 'ESP', pesetas: 'ESP',
  guilder: 'NLG', guilders: 'NLG',
  lira: 'TRY', liras: 'TRY', lire: 'ITL',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  rand: 'ZAR', naira: 'NGN', shekel: 'ILS', shekels: 'ILS', dinar: 'DZD', dinars: 'DZD',
  bitcoin: 'BTC', bitcoins: 'BTC', satoshi: 'satoshi', satoshis: 'satoshi',
  cent: 'cent', cents: 'cent',
  penny: 'GBX', pence: 'GBX', pennies: 'GBX',
});

/**
 * "pound(s)" is money after a scale ("five million pounds") or with "sterling"; otherwise it is
 * a weight (see `units.ts`).
 */
export const POUND_WORDS: readonly string[] = ['pound', 'pounds'];
export const POUND_CODE = 'GBP';

/** Country adjectives that say which dollar, franc, … is meant: "australian dollars" → AUD. */
export const QUALIFIED_CURRENCIES: Readonly<Record<string, string>> = table({
  'us dollar': 'USD', 'us dollars': 'USD', 'u.s. dollars': 'USD', 'american dollars': 'USD',
  'australian dollar': 'AUD', 'australian dollars': 'AUD',
  'canadian dollar': 'CAD', 'canadian dollars': 'CAD',
  'hong kong dollar': 'HKD', 'hong kong dollars': 'HKD',
  'new zealand dollar': 'NZD', 'new zealand dollars': 'NZD',
  'singapore dollar': 'SGD', 'singapore dollars': 'SGD',
  'taiwan dollars': 'TWD', 'zimbabwe dollars': 'ZWD',
  'turkish lira': 'TRY', 'chinese yuan': 'CNY', 'japanese yen': 'JPY',
  'dutch guilders': 'NLG', 'swiss francs': 'CHF', 'french francs': 'FRF', 'belgian francs': 'BEF',
  'indian rupees': 'INR', 'pakistani rupees': 'PKR', 'mexican pesos': 'MXN',
  'pounds sterling': 'GBP', 'british pounds': 'GBP', 'egyptian pounds': 'EGP',
});
