// Contender 3, the peer: a keyword highlighter built the usual way, with mark.js (its dist file is
// prepended to this script at build time) marking the trigger names in <mark> elements. One
// markRegExp pass over the same pattern the others use: the cheapest way to drive mark.js, so the
// comparison is as kind to the peer as it can be. '__TRIGGER__' is replaced at build time.
const TRIGGER = /__TRIGGER__/giu;
if (document.body) new globalThis.Mark(document.body).markRegExp(TRIGGER);
