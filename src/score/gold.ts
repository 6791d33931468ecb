/** The gold record format of the eval JSONL files in ../shared/eval (see shared/eval/README.md). */
import type { FactKind } from '../types.js';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
export interface GoldDate extends GoldSpan {
  type: string;
  value: string;
  alt_values?: string[];
}
export interface GoldNumber extends GoldSpan {
  value: number | null;
  kind: string;
  unit?: string | null;
}
export interface GoldQuote extends GoldSpan {
  speaker: string | null;
  /** Absent in bbc-facts, whose speakers are resolved names rather than spans. */
  speaker_start?: number | null;
  speaker_end?: number | null;
  /** Other acceptable speakers (bbc-facts): "WHO" beside "World Health Organisation". */
  speaker_alt?: string[];
  kind: string;
  /** This segment continues the quotation before it: a paragraph break inside it was lost (bbc-facts). */
  continues_previous?: boolean;
}
export interface GoldRole {
  title: string;
  affiliation: string | null;
  affiliation_alt?: string[];
}
export interface GoldPerson {
  name: string;
  roles: GoldRole[];
}
export interface GoldRecord {
  id: string;
  text: string;
  reference_date?: string | null;
  annotated: FactKind[];
  people?: GoldSpan[];
  /** A person's name inside the name of something else (a firm, a work): predictions here are ignored. */
  people_excluded?: GoldSpan[];
  /** Each person with the roles the text gives it; scored when `annotated` lists "roles". */
  persons?: GoldPerson[];
  dates?: GoldDate[];
  numbers?: GoldNumber[];
  quotes?: GoldQuote[];
  numbers_scope?: string[];
  numbers_excluded?: GoldSpan[];
  other_quoted?: GoldSpan[];
}
