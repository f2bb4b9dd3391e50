// Visible text of an HTML page with htmlparser2: scripts, styles and
// navigation chrome dropped, block elements on their own lines, and the
// title, publication date and canonical source taken from <head>. The title
// is the headline: og:title, else <title> without the site name pages append
// to it ("Raid in Lima | Daily News"), else the first <h1> (last, because
// some sites put their logo in an <h1>).
import { Parser } from 'htmlparser2';

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'nav', 'footer', 'aside', 'iframe', 'form', 'button']);
/** Elements that hold a page's main content; when a page marks one, the rest (menus, teasers, footers) is left out. */
const MAIN = new Set(['main', 'article']);
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'section', 'article', 'header', 'aside', 'main',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'figcaption', 'figure', 'dd', 'dt', 'dl',
]);
const PUBLISHED_META = ['article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date'];

export interface HtmlPage { text: string; title: string | null; published: string | null; source: string | null }

export function htmlToText(html: string): HtmlPage {
  const out: string[] = [];
  // The same text again, but only what lies inside <main> or <article>.
  const main: string[] = [];
  let mainDepth = 0;
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let ogTitle: string | null = null;
  let h1Depth = 0;
  let h1: string | null = null;
  let published: string | null = null;
  let source: string | null = null;
  const emit = (piece: string) => {
    out.push(piece);
    if (mainDepth > 0) main.push(piece);
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'title') inTitle = true;
      if (name === 'meta') {
        const key = attrs.property ?? attrs.name ?? attrs.itemprop ?? '';
        if (!published && PUBLISHED_META.includes(key) && attrs.content) published = attrs.content.trim();
        if (!source && key === 'og:url' && attrs.content) source = attrs.content.trim();
        if (!ogTitle && (key === 'og:title' || key === 'twitter:title') && attrs.content?.trim()) ogTitle = attrs.content.trim();
      }
      if (name === 'link' && attrs.rel === 'canonical' && attrs.href) source = attrs.href;
      if (name === 'time' && !published && attrs.datetime) published = attrs.datetime.trim();
      if (name === 'h1' && h1 === null && skipDepth === 0) h1Depth++;
      if (MAIN.has(name)) mainDepth++;
      if (SKIP.has(name)) skipDepth++;
      else if (BLOCK.has(name)) emit('\n');
      if (name === 'li' && skipDepth === 0) emit('  • ');
    },
    ontext(data) {
      if (inTitle) title += data;
      else if (skipDepth === 0) {
        emit(data);
        if (h1Depth > 0) h1 = (h1 ?? '') + data;
      }
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      if (name === 'h1' && h1Depth > 0) { h1Depth = 0; h1 = h1?.replace(/\s+/g, ' ').trim() ?? ''; }
      if (SKIP.has(name)) skipDepth = Math.max(0, skipDepth - 1);
      else if (BLOCK.has(name)) emit('\n');
      if (MAIN.has(name)) mainDepth = Math.max(0, mainDepth - 1);
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  const body = main.join('').trim() ? main : out;
  const text = body.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  const headline = [ogTitle, withoutSiteName(title), h1].map((t) => t?.replace(/\s+/g, ' ').trim()).find((t) => t);
  return { text, title: headline || null, published, source };
}

/** "Police raid lab in Lima | Daily News" → "Police raid lab in Lima": drops a short last segment after | – — or -. */
function withoutSiteName(title: string): string {
  const parts = title.trim().split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title.trim();
  const last = parts.at(-1)!;
  const rest = title.trim().slice(0, title.trim().length - last.length).replace(/\s+[|–—-]\s*$/, '');
  return last.split(/\s+/).length <= 4 && rest.split(/\s+/).length >= 3 ? rest : title.trim();
}
