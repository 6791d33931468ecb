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
  speaker_start: number | null;
  speaker_end: number | null;
  kind: string;
}
export interface GoldRecord {
  id: string;
  text: string;
  reference_date?: string | null;
  annotated: FactKind[];
  people?: GoldSpan[];
  dates?: GoldDate[];
  numbers?: GoldNumber[];
  quotes?: GoldQuote[];
  numbers_scope?: string[];
  numbers_excluded?: GoldSpan[];
  other_quoted?: GoldSpan[];
}
