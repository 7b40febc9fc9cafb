// Finds mentions of the CSTO and of Nikol Pashinyan in English, Russian and Armenian text.
// Record-free on purpose: the content script runs this over whole pages before the record is
// loaded, so it must be cheap and must not pull the corpus into the content script's bundle.

export type MentionEntity = 'csto' | 'pashinyan';

export interface Mention {
  start: number;
  end: number;
  entity: MentionEntity;
}

// A page can be 1.6 MB of text. Irregexp scans a few literal anchors that start with a capital
// letter at about 1 ns a character, but every alternative that starts with a lowercase or a
// non-Latin letter costs several times more, so the Latin anchors are one pattern, and the
// Cyrillic and Armenian ones are only searched from the first Cyrillic or Armenian letter on.
// Each anchor hit is then confirmed by the exact patterns in a small window around it, so a page
// full of "Armenian" in a language menu still answers false. Nothing is allocated unless an
// anchor occurs. Every exact pattern below contains one of these anchors (so mayMention is never
// false where findMentions finds something).
const LATIN_ANCHORS = /CSTO|ODKB|Collective|COLLECTIVE|Pashin|PASHIN|Armenia|ARMENIA|-led|‑led/g;
const OTHER_SCRIPT = /[\u0400-\u04ff\u0531-\u0587]/g;
const OTHER_ANCHORS =
  /ОДКБ|ՀԱՊԿ|Пашинян|ПАШИНЯН|Փաշինյան|ՓԱՇԻՆՅԱՆ|Договора о|Армени|армянск|Армянск|Россией|Հավաքական|ՀՀ վարչապետ|Հայաստանի վարչապետ/g;
const BEFORE = 80;
const AFTER = 120;
const CONTEXT = 100;

export function mayMention(text: string): boolean {
  return scan(text, LATIN_ANCHORS, 0, true).length > 0 || scanOtherScripts(text, true).length > 0;
}

// The letters of the scripts news about them is written in (Latin with its accents, Greek,
// Cyrillic, Armenian) and digits, so "CSTO" inside "MacStories" or a longer word never counts.
// Spelled out, not \p{L}: every \p{L} is a class of some 700 ranges, and with the dozens in these
// patterns the first run of the combined pattern took 20 ms in Node and 50 to 130 ms in Firefox
// (one long task on the page); with these ranges it takes about 1.5 ms.
const LETTER = String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u052F\u0531-\u0556\u0559\u0560-\u0588\u1E00-\u1EFF\uFB13-\uFB17`;
const WORD = `[${LETTER}0-9]`;
const NOT_WORD_BEFORE = `(?<!${WORD})`;
const NOT_WORD_AFTER = `(?!${WORD})`;
const LETTERS = `[${LETTER}]`;
const HY_LOWER = String.raw`[\u0561-\u0587\u055B-\u055F]`;

// "Armenian Prime Minister Tigran Sargsyan" or "former Armenian premier" is not Pashinyan.
const OTHER_PM_AFTER = String.raw`(?!\s+(?:[A-Z]${LETTERS}+\s+)?(?!Pashin)[A-Z]${LETTERS}*(?:yan|ian|ants|unts)${NOT_WORD_AFTER})(?!\s+(?:[А-Я]${LETTERS}+\s+)?(?!Пашинян)[А-Я]${LETTERS}*ян${NOT_WORD_AFTER})`;
const NOT_FORMER = String.raw`(?<!(?:[Ff]ormer|[Ee]x-|[Tt]hen-?|[Ll]ate|[Dd]eputy|[Vv]ice|[Ff]irst|[Pp]revious|[Aa]cting|бывш${LETTERS}*|экс-|նախկին)[\s-]*(?:the\s+)?)`;

const PATTERNS: { entity: MentionEntity; source: string; flags?: string }[] = [
  { entity: 'csto', source: `${NOT_WORD_BEFORE}(?:CSTO|ODKB)${NOT_WORD_AFTER}` },
  {
    entity: 'csto',
    source: `${NOT_WORD_BEFORE}(?:Collective [Ss]ecurity (?:[Tt]reaty )?[Oo]rgani[sz]ation|COLLECTIVE SECURITY (?:TREATY )?ORGANI[SZ]ATION)s?${NOT_WORD_AFTER}`,
  },
  { entity: 'csto', source: `${NOT_WORD_BEFORE}ОДКБ${NOT_WORD_AFTER}` },
  {
    entity: 'csto',
    source: String.raw`${NOT_WORD_BEFORE}[Оо]рганизаци[яиюей]+\s+Договора о\s+коллективной\s+безопасности${NOT_WORD_AFTER}`,
  },
  { entity: 'csto', source: `${NOT_WORD_BEFORE}ՀԱՊԿ(?:-?${HY_LOWER}+)?${NOT_WORD_AFTER}` },
  {
    entity: 'csto',
    source: String.raw`${NOT_WORD_BEFORE}Հավաքական\s+անվտանգության\s+պայմանագրի\s+կազմակերպ${HY_LOWER}*`,
  },
  // A military alliance led by Russia is the CSTO; a bare "Russia-led bloc" may be the Eurasian
  // Economic Union, so without "military/security/defence" the sentence must not be economic.
  {
    entity: 'csto',
    source: String.raw`${NOT_WORD_BEFORE}(?:Russia|Russian|Moscow|Kremlin)[-‑]led\s+(?:military|security|defen[cs]e|military-political)\s+(?:alliance|bloc|pact|grouping|organi[sz]ation)${NOT_WORD_AFTER}`,
  },
  {
    entity: 'csto',
    source: String.raw`${NOT_WORD_BEFORE}(?:Russia|Russian|Moscow|Kremlin)[-‑]led\s+(?:alliance|bloc|pact)${NOT_WORD_AFTER}(?![^.;]*\b(?:[Ee]conomic|[Tt]rade|[Cc]ustoms|EAEU|EEU)\b)`,
  },
  {
    entity: 'csto',
    source: String.raw`${NOT_WORD_BEFORE}возглавляем${LETTERS}*\s+Россией\s+(?:военн${LETTERS}*\s+)?(?:блок|альянс)${LETTERS}*`,
  },
  {
    entity: 'pashinyan',
    source: String.raw`${NOT_WORD_BEFORE}(?:Nikol\s+)?(?:Pashin[yi]an|PASHIN[YI]AN)(?:['’]s)?${NOT_WORD_AFTER}`,
  },
  {
    entity: 'pashinyan',
    source: String.raw`${NOT_WORD_BEFORE}(?:Никол(?:а|у|ом|е)?\s+)?(?:Пашинян|ПАШИНЯН)(?:а|у|ом|е|ым|ов)?${NOT_WORD_AFTER}`,
  },
  {
    entity: 'pashinyan',
    source: String.raw`${NOT_WORD_BEFORE}(?:Նիկոլ\s+)?(?:Փաշինյան|ՓԱՇԻՆՅԱՆ)${HY_LOWER}*${NOT_WORD_AFTER}`,
  },
  {
    entity: 'pashinyan',
    source: String.raw`${NOT_FORMER}${NOT_WORD_BEFORE}(?:Armenian|ARMENIAN|Armenia['’]s)\s+(?:[Pp]rime\s+[Mm]inister|PRIME MINISTER|[Pp]remier|PM)(?:['’]s)?${NOT_WORD_AFTER}${OTHER_PM_AFTER}`,
  },
  {
    entity: 'pashinyan',
    source: String.raw`${NOT_FORMER}${NOT_WORD_BEFORE}[Pp]rime\s+[Mm]inister\s+of\s+(?:the\s+Republic\s+of\s+)?Armenia${NOT_WORD_AFTER}${OTHER_PM_AFTER}`,
  },
  {
    entity: 'pashinyan',
    source: String.raw`${NOT_FORMER}${NOT_WORD_BEFORE}(?:[Пп]ремьер(?:-министр)?(?:а|у|ом|е)?\s+Армении|[Аа]рмянск(?:ий|ого|ому|им|ом)\s+премьер(?:-министр)?(?:а|у|ом|е)?)${NOT_WORD_AFTER}${OTHER_PM_AFTER}`,
  },
  {
    entity: 'pashinyan',
    source: `${NOT_FORMER}${NOT_WORD_BEFORE}(?:ՀՀ|Հայաստանի) վարչապետ${HY_LOWER}*${NOT_WORD_AFTER}`,
  },
];

// Compiled on first use, not at load: building it costs about 6 ms, and on most pages no anchor ever
// hits, so the content script never needs it (measured by `npm run bench`).
let combined: RegExp | undefined;
const combinedPattern = () => {
  combined ??= new RegExp(PATTERNS.map((p) => `(${p.source})`).join('|'), 'gu');
  return combined;
};

export function findMentions(text: string): Mention[] {
  const latin = scan(text, LATIN_ANCHORS, 0, false);
  const other = scanOtherScripts(text, false);
  if (other.length === 0) return latin;
  // A window of one pass can also catch a mention of the other script: keep each mention once.
  const all = [...latin, ...other].sort((a, b) => a.start - b.start);
  return all.filter((m, i) => i === 0 || m.start >= (all[i - 1] as Mention).end);
}

function scanOtherScripts(text: string, firstOnly: boolean): Mention[] {
  OTHER_SCRIPT.lastIndex = 0;
  const first = OTHER_SCRIPT.exec(text);
  return first ? scan(text, OTHER_ANCHORS, first.index, firstOnly) : [];
}

function scan(text: string, anchors: RegExp, from0: number, firstOnly: boolean): Mention[] {
  const found: Mention[] = [];
  let covered = 0; // every mention starting before this offset has been found
  let pattern: RegExp | undefined;
  anchors.lastIndex = from0;
  for (let hit = anchors.exec(text); hit !== null; hit = anchors.exec(text)) {
    if (hit.index + hit[0].length <= covered) continue;
    const from = Math.max(covered, hit.index - BEFORE);
    const to = Math.min(text.length, hit.index + AFTER);
    // Context on both sides, so lookbehinds ("former") and lookaheads (another PM's name) see
    // what they would see in the whole text.
    const windowStart = Math.max(0, from - CONTEXT);
    const window = text.slice(windowStart, Math.min(text.length, to + CONTEXT));
    pattern ??= combinedPattern();
    pattern.lastIndex = from - windowStart;
    for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
      const start = windowStart + m.index;
      if (start >= to) break;
      const end = start + m[0].length;
      const entity = PATTERNS[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]?.entity;
      if (!entity) continue;
      if (firstOnly) return [{ start, end, entity }];
      // "Armenian Prime Minister Nikol Pashinyan" is one mention, not two side by side.
      const last = found[found.length - 1];
      if (last && last.entity === entity && /^\s*$/.test(text.slice(last.end, start))) last.end = end;
      else found.push({ start, end, entity });
      covered = Math.max(covered, end);
    }
    covered = Math.max(covered, to);
  }
  return found;
}
