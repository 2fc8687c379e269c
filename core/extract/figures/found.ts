import type { FigureKind } from '../types';

/** A figure as a reader finds it: its kind, value and unit, and the tokens of its text. */
export interface Found {
  kind: FigureKind;
  value: number;
  unit: string | null;
  /** Token indices of the figure's text. */
  from: number;
  to: number;
  /** Where reading goes on, when it is not after `to` ("Nine of Myanmar’s 15 states": at "15"). */
  resume?: number;
  /** Character offsets of the text, when it begins or ends inside a token (Burmese writes particles joined to the unit). */
  start?: number;
  end?: number;
  /**
   * Set on a count whose noun is not written after it ("29 others", "13 went
   * to the USDP"): it takes its unit from the figure it points back to
   * (index.ts). 'strong' and 'bare' are counts whatever they point to;
   * 'weak' is a figure only when it points to one.
   */
  pointsBack?: 'strong' | 'bare' | 'weak';
  /**
   * A pointing count set in apposition after a plural noun ("its monks, 12
   * of them"): that noun's token index. The count points to the figure whose
   * noun it is ("30 bouts, 19 of them"), else to nothing.
   */
  apposedTo?: number;
}

/** What reading at a token gives: the figures found there (none, one or two) and the token where reading goes on. */
export interface Reading {
  found: Found[];
  next: number;
}
