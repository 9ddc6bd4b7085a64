import { foldCharacters } from './fold-text.js';
import { namesOwnUnit, type UnitMatcher } from './match-units.js';

// Radiology in any of its names: whoever prints it is the addressee (the department itself), never the referrer.
const OWN_WORDS = /(?<![\p{L}])(?:rontgen|radiolog|bild- ?och funktionsmedicin|bfm(?![\p{L}]))/u;
const SENDER_MARK = /(?<![\p{L}])(?:fran|avsandare)(?![\p{L}])/u;
const SEPARATORS = /(\s*[·•|;,–—]\s*|\s+-\s+|\s*\/\s*)/u;

// Take the department's own names out of a text, segment by segment ("NU-sjukvården · Röntgen NÄL · …"): a segment
// naming the configured `sender.unit` goes, and from a radiology word to the segment's end (or to "från") is cut, so
// its site ("NÄL") cannot complete another unit's alias.
export function stripOwnUnit(text: string, matcher: UnitMatcher): string {
  return text
    .split(SEPARATORS)
    .map((segment, i) => (i % 2 === 1 ? segment : namesOwnUnit(segment, matcher) ? '' : cutOwnWords(segment)))
    .join('');
}

function cutOwnWords(segment: string): string {
  const lower = foldCharacters(segment).toLowerCase();
  const own = OWN_WORDS.exec(lower);
  if (!own) return segment;
  const sender = SENDER_MARK.exec(lower.slice(own.index));
  return sender ? `${segment.slice(0, own.index)}${cutOwnWords(segment.slice(own.index + sender.index))}` : segment.slice(0, own.index);
}
