// Scraped-page boilerplate, found line by line and returned as ranges of the
// original text. The text itself is never rewritten, so every offset that
// extraction produces (mentions, evidence) still indexes the file as read;
// sentence splitting simply skips the masked ranges. The rules describe the
// genre (ads, share and subscribe prompts, navigation, cookie notices, photo
// credits, repeated lines), never a particular site or document.

export type BoilerplateKind = 'ui' | 'promo' | 'nav' | 'cookie' | 'credit' | 'repeat' | 'island';

export interface BoilerplateSpan { start: number; end: number; kind: BoilerplateKind }

export interface Mask {
  /** Sorted, non-overlapping ranges [start, end) of the text that are not content. */
  spans: BoilerplateSpan[];
  /** The parts of [start, end) outside every span, in order. */
  visible(start: number, end: number): Array<[number, number]>;
}

export const EMPTY_MASK: Mask = { spans: [], visible: (start, end) => (start < end ? [[start, end]] : []) };

interface Line { start: number; end: number; text: string }

/** Leading list markers are not part of what a line says ("• Share", "- Advertisement"). */
const MARKER = /^(?:[•·▪◦‣●○■□*>-]\s*)+/;

// Whole-line interface labels: buttons, links and section furniture of news sites.
const UI = new RegExp(`^(?:${[
  'advertisements?', 'advertising', 'ads?', 'sponsored(?: content| links?| stories)?', 'promoted(?: content| stories)?', 'paid (?:content|post|partner content)', 'partner content',
  'share(?: this| the)?(?: article| story| page| post)?', 'share (?:on|via) [\\w+ ]{1,20}', 'tweet', 'e-?mail', 'print', 'copy(?: the)? link', 'link copied', 'save(?: article| story| for later)?', 'bookmark',
  'facebook', 'x', 'twitter', 'linkedin', 'whatsapp', 'telegram', 'reddit', 'pinterest', 'instagram', 'youtube', 'tiktok', 'threads', 'bluesky', 'mastodon', 'weibo', 'wechat', 'flipboard', 'messenger',
  'comments?', '\\d+ comments?', 'view comments', 'reply', 'like', 'follow(?: us)?(?: on [\\w ]{1,20})?', 'post',
  'subscribe(?: now| today)?', 'sign (?:up|in)', 'log ?in', 'log out', 'register', 'create (?:an |your )?account', 'newsletters?', 'my account',
  '(?:read|learn|see|show|load|view) more', 'more', 'continue reading', 'read (?:the )?full (?:story|article)', '(?:click|tap) here\\b.{0,60}',
  'skip to (?:main )?(?:content|navigation)', '(?:jump|go) to\\b.{0,40}', '(?:back|return) to (?:top|home|homepage|menu|search|results|\\p{Lu}[\\p{L}&, -]{0,40})', 'menu', 'search', 'home', 'close', 'back to top', 'top', 'next', 'previous',
  '(?:next|previous) (?:article|story|post)', 'related(?: articles| stories| news| topics| content| coverage)?', 'recommended(?: for you| stories)?',
  'most (?:read|popular|viewed|shared)', 'trending(?: now| stories)?', 'top stories', 'latest(?: news| stories)?', 'you (?:may|might) also like', 'also read', 'read (?:also|next)', 'see also',
  '(?:watch|listen)(?: now| live| video)?', 'play', 'video', 'audio', 'gallery', 'photos?', 'advertisement - scroll to continue', 'scroll to continue(?: with content)?',
  'story continues below(?: advertisement)?', 'article continues below', 'accept(?: all)?(?: cookies)?', 'reject(?: all)?', 'decline', 'got it', 'ok',
  'privacy(?: policy)?', 'terms(?: of (?:use|service))?', 'contact(?: us)?', 'about(?: us)?', 'all rights reserved\\b.{0,60}', '(?:©|copyright)\\s*(?:©|\\(c\\)\\s*)?(?:\\d{4}|all rights).{0,80}', '©.{0,80}',
].join('|')})[\\s:›»>.!]*$`, 'iu');

/** Invitations to sign up, subscribe or install: they open with the call to action. */
const PROMO = /^(?:(?:get|try|unlock|enjoy|discover|download|install|start) (?:more|the app|our app|unlimited|full|premium|access|\d+% off|your free)|(?:subscribe|sign up|register) (?:to|for|now|today)|(?:download|get) (?:the|our) [\w ]{0,20}app\b|support (?:our|independent) journalism|(?:already|not) a (?:subscriber|member)\b)/i;
/** A note about who else contributed or where the story first ran, closing an article. */
const SOURCE_NOTE = /^(?:original (?:news )?(?:source|article)(?: link)?\b|(?:this|the) (?:article|story) (?:was )?(?:originally|first) (?:published|appeared)\b)|\bcontributed(?: reporting)? to this (?:report|story|article)\.?$/i;
/** Cookie and consent banners address the reader about cookies. */
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(?:we|our|you|your|this (?:site|website))\b[^]*\b(?:use|uses|using|accept|consent|policy|settings|preferences|experience|personali[sz])/i;
/** "Photo: …", "(Picture credit: …)" at the start of a line; "Photo by …" only when short, as "Pictures by state media showed …" is a sentence. */
const CREDIT_LINE = /^\(?\s*(?:file )?(?:photo(?:graph)?|picture|image|video|graphic|illustration|caption|credit)s?(?:\s+credits?)?\s*(?::|\/)/i;
const CREDIT_BY = /^\(?\s*(?:file )?(?:photo(?:graph)?|picture|image|video|graphic|illustration)s?\s+(?:by|courtesy(?: of)?)\s+[^.]*$/i;
/** A credit closing a caption: "… in Lima. Photo: AFP", "(Photo: Jane Roe/Reuters)". */
const CREDIT_TAIL = /\s*(?:[|/–—-]\s*)?\(?\s*(?:(?:file )?(?:photo|picture|image)s?(?:\s+credits?)?\s*[:/]|(?:photo|picture|image)s? by)\s*[^.:()]{2,60}\)?\s*$/i;
/** Item separators of menus and breadcrumbs. */
const NAV_SEPARATOR = /\s*(?:\||›|»|\s\/\s|\s>\s)\s*/;
/** A video length or reading time standing alone: "11:28", "4 min read". */
const TIMING = /^(?:\d{1,2}:\d{2}(?::\d{2})?|\d+\s*(?:min(?:ute)?s?) read|reading time\b.*)$/i;

export function findBoilerplate(text: string): Mask {
  const lines = splitLines(text);
  const kinds: Array<BoilerplateKind | null> = lines.map((l) => classify(l.text));
  const spans: BoilerplateSpan[] = [];
  markRepeats(lines, kinds);
  absorbIslands(lines, kinds);
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (kind) { spans.push({ start: line.start, end: line.end, kind }); return; }
    const tail = CREDIT_TAIL.exec(line.text);
    if (tail && tail.index > 0 && wordCount(line.text) <= 60) {
      const at = line.start + line.raw.lastIndexOf(tail[0].trim());
      spans.push({ start: at, end: line.end, kind: 'credit' });
    }
  });
  return makeMask(spans);
}

function makeMask(spans: BoilerplateSpan[]): Mask {
  return {
    spans,
    visible(start, end) {
      const out: Array<[number, number]> = [];
      let at = start;
      for (const s of spans) {
        if (s.end <= at) continue;
        if (s.start >= end) break;
        if (s.start > at) out.push([at, s.start]);
        at = Math.max(at, s.end);
      }
      if (at < end) out.push([at, end]);
      return out;
    },
  };
}

/** Non-blank lines with their trimmed extent; the text is the line without list marker. */
function splitLines(text: string): Array<Line & { raw: string }> {
  const out: Array<Line & { raw: string }> = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed) continue;
    const start = m.index + lead;
    out.push({ start, end: start + trimmed.length, raw: trimmed, text: trimmed.replace(MARKER, '').trim() });
  }
  return out;
}

function classify(line: string): BoilerplateKind | null {
  if (!line) return null;
  if (UI.test(line) || TIMING.test(line)) return 'ui';
  if (PROMO.test(line) || SOURCE_NOTE.test(line)) return 'promo';
  if ((CREDIT_LINE.test(line) && wordCount(line) <= 25) || (CREDIT_BY.test(line) && wordCount(line) <= 10)) return 'credit';
  if (COOKIE.test(line) && COOKIE_CONTEXT.test(line)) return 'cookie';
  if (isNavigation(line) || TEASERS.test(line)) return 'nav';
  return null;
}

/** "Related: <headline> · <headline>", "Read more: …": links to other stories, whose headlines say nothing about this one. */
const TEASERS = /^(?:related(?: articles| stories| news| coverage| reading)?|read more|more (?:news|stories)|see also|also read|read also|you (?:may|might) also like)\s*:\s*\S/i;

/** "Home | World | Asia", "App | Español |", "News › World": several short items and no sentence. */
function isNavigation(line: string): boolean {
  const parts = line.split(NAV_SEPARATOR);
  if (parts.length < 2) return false;
  const items = parts.filter((p) => p.trim());
  const separators = parts.length - 1;
  const breadcrumb = /[›»]|\s>\s/.test(line);
  if (separators < 2 && !breadcrumb) return false;
  // Digits mean a dateline ("Accra | 4 March 2025 | 6 min read"), which says where and when.
  return items.length > 0 && items.every((p) => wordCount(p) <= 4 && !/[.!?;,]$/.test(p.trim()) && !/\d/.test(p));
}

/** Later copies of a line already seen (widgets, pull quotes, cards) say nothing new. */
function markRepeats(lines: Line[], kinds: Array<BoilerplateKind | null>): void {
  const seen = new Set<string>();
  lines.forEach((line, i) => {
    const key = line.text.toLowerCase().replace(/\s+/g, ' ');
    if (key.length < 4) return;
    if (seen.has(key) && !kinds[i]) kinds[i] = 'repeat';
    seen.add(key);
  });
}

/**
 * Short labels between two pieces of page chrome are chrome too: the tagline
 * of a promo box, a topic tag between ads, an ad line after the source note.
 * One label of up to 12 words, or a few in a row of a word or two (a list of
 * networks under "Share"): a headline between an ad and a share bar stays.
 * The document's end counts as chrome, its start does not.
 */
const ISLAND_RUN = 4;
function absorbIslands(lines: Line[], kinds: Array<BoilerplateKind | null>): void {
  const chrome = (k: BoilerplateKind | null | undefined) => !!k && k !== 'repeat';
  for (let i = 1; i < lines.length; i++) {
    if (!chrome(kinds[i - 1])) continue;
    let j = i;
    while (j < lines.length && j - i < ISLAND_RUN && !kinds[j] && isLabel(lines[j]!.text)) j++;
    const closed = j > i && (j === lines.length || chrome(kinds[j]));
    const fits = j - i === 1 || lines.slice(i, j).every((l) => wordCount(l.text) <= 2);
    if (closed && fits) for (let k = i; k < j; k++) kinds[k] = 'island';
  }
}

const isLabel = (line: string) => wordCount(line) <= 12 && !/[.:;,]["”’)]*$/.test(line);
const wordCount = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
