/**
 * What the extractor returns. The panel, the command-line tool and the tests
 * all read these shapes; see ../shared/docs/facts-spec.md for what counts.
 */

export type FigureKind = 'money' | 'percent' | 'count' | 'quantity' | 'duration';

/** A stretch of body text: paragraph index and character offsets in that paragraph's text. */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
}

export interface Person {
  /** Fullest personal name the body uses, without ranks, offices, U or Daw. */
  name: string;
  /** Rank or office seen with the name ("Snr-Gen", "Ambassador"), or null. */
  title: string | null;
  /** Every other form the body uses ("Lt-Gen Alexander Fomin", "Fomin"). */
  aliases: string[];
  /** How many times the body refers to the person by any form. */
  mentions: number;
  /** The role the body states ("deputy defense minister of Myanmar"), or null. */
  role: string | null;
  /** Every mention, in document order. */
  spans: TextSpan[];
}

export interface Figure {
  /** Exact words in the body ("US$1.63 billion", "12 MiG29B fighter jets") of the occurrence shown. */
  text: string;
  kind: FigureKind;
  value: number;
  /** Currency code, unit, or the counted noun ("Myanmar citizens"); null if none. */
  unit: string | null;
  /** The sentence it stands in. */
  context: string;
  /** Where the occurrence shown stands: the first, or a count that follows a duration of the same value (fold.ts). */
  span: TextSpan;
  /**
   * Every occurrence folded into this figure: the same value (and the same
   * kind, for money and percent), as the spec's gold lists count figures.
   */
  spans: TextSpan[];
}

export interface ArticleFacts {
  url: string;
  isArticle: boolean;
  title: string | null;
  byline: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  published: string | null;
  people: Person[];
  figures: Figure[];
}
