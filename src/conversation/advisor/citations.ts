// The pages a verdict rests on, cited in its text: `[n]` markers whose numbers are the positions
// of the sources, which hosts that understand citations (Teams, Microsoft 365 Copilot) turn into
// links with a preview. Pure data in the user's language; the host writes its own entity from it.
import { Catalog, format } from '../../domain/textCatalog';

export interface Source {
  /** The number of its `[n]` marker, from 1. */
  position: number;
  name: string;
  url: string;
  abstract: string;
}

export interface CitedResult {
  /** The verdict in one sentence, with the markers of every source. */
  sentence: string;
  /** The whole result as text that stands on its own (no card needed), with the markers. */
  text: string;
  sources: Source[];
}

/** Hosts show at most 20 citations; an outcome has far fewer links, this only keeps the promise. */
export const MAX_SOURCES = 20;
// The limits Teams puts on a citation's name and abstract.
const NAME_LIMIT = 80;
const ABSTRACT_LIMIT = 160;

function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`;
}

export function sourcesOf(c: Catalog, links: readonly { title: string; url: string }[]): Source[] {
  return links.slice(0, MAX_SOURCES).map((link, i) => ({
    position: i + 1,
    name: clip(link.title, NAME_LIMIT),
    url: link.url,
    abstract: clip(format(c.citations.abstract, { title: link.title }), ABSTRACT_LIMIT),
  }));
}

/** `[1][2]` after a text; after Chinese full-width punctuation without a space, as Chinese writes. */
export function withMarkers(text: string, sources: readonly Source[]): string {
  if (sources.length === 0) return text;
  const marks = sources.map((s) => `[${s.position}]`).join('');
  return /[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]$/u.test(text) ? `${text}${marks}` : `${text} ${marks}`;
}
