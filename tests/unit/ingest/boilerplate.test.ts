import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../../server/ingest/boilerplate.js';
import { splitSentences } from '../../../server/ingest/sentences.js';
import { headline } from '../../../server/ingest/title.js';
import { extractDocument } from '../../../server/ingest/index.js';

// A synthetic scraped news page: every kind of chrome around a short article.
const PAGE = [
  'Home | World | Asia | Opinion',
  'Advertisement',
  'Crime and policing',
  'Get more with NewsPlus',
  'Stories picked for you every morning',
  'Learn more',
  'Police chiefs of Norway and Ghana agree to share intelligence',
  '',
  'By Lena Moreau',
  'Share on Facebook',
  'Tweet',
  'We use cookies to improve your experience. By continuing you accept our cookie policy.',
  'Accept all',
  '',
  'Amara Okafor, the director of the Cybercrime Bureau of the Ministry of Interior, met Jonas Weber in Oslo on Tuesday.',
  'Officers patrol the harbour in Oslo. Photo: Jane Roe/Wire Agency',
  'Photo: Wire Agency',
  '04:12',
  'Police chiefs of Norway and Ghana agree to share intelligence',
  '',
  'Jonas Weber is a member of the INTERPOL Executive Committee.',
  '',
  'Subscribe to our newsletter',
  'Read more',
  'Sponsored: Best travel deals of the year!',
].join('\n');

const masked = (text: string) => findBoilerplate(text).spans.map((s) => text.slice(s.start, s.end));

describe('findBoilerplate', () => {
  it('masks navigation, ads, promos, share and cookie lines, credits, timings and repeats', () => {
    expect(masked(PAGE)).toEqual([
      'Home | World | Asia | Opinion',
      'Advertisement',
      'Crime and policing', // a label between two pieces of chrome
      'Get more with NewsPlus',
      'Stories picked for you every morning',
      'Learn more',
      'Share on Facebook',
      'Tweet',
      'We use cookies to improve your experience. By continuing you accept our cookie policy.',
      'Accept all',
      'Photo: Jane Roe/Wire Agency', // only the credit, not the caption before it
      'Photo: Wire Agency',
      '04:12',
      'Police chiefs of Norway and Ghana agree to share intelligence', // the second copy
      'Subscribe to our newsletter',
      'Read more',
      'Sponsored: Best travel deals of the year!', // a last line after chrome
    ]);
  });

  it('leaves ordinary articles alone', () => {
    const article = [
      'Police in Lima arrested two men.', '', 'The men were charged by prosecutors.', 'Share prices fell.', 'More than 40 officers took part.',
      'Copyright theft cases rose sharply last year, the ministry said.', 'Pictures by state media showed the raid.', 'Video of the arrest was shared online.',
    ].join('\n');
    expect(findBoilerplate(article).spans).toEqual([]);
  });

  it('masks a list of networks under "Share" but keeps a headline between chrome, and datelines', () => {
    const text = 'Advertisement\nAnalysis\nWho leads the new regional police task force?\nBy Lena Moreau\nAccra | 4 March 2025 | 6 min read\nShare\nFacebook\nX\nSend\nAdvertisement\nThe task force met on Monday.';
    expect(masked(text)).toEqual(['Advertisement', 'Share', 'Facebook', 'X', 'Send', 'Advertisement']);
    expect(headline(text)).toBe('Who leads the new regional police task force?');
  });

  it('prefers a headline over a masthead', () => {
    expect(headline('Ministry of Foreign Affairs\nPress Office\n\nMinisters of three countries sign pact against drug trafficking\n\nThe ministers met on Monday in Lima to sign it.'))
      .toBe('Ministers of three countries sign pact against drug trafficking');
  });

  it('masks short credits and copyright lines', () => {
    expect(masked('Raid in port\nPhoto by Jane Roe/Wire Agency\nText.\n© 2024 Daily Courier. All rights reserved.')).toEqual(['Photo by Jane Roe/Wire Agency', '© 2024 Daily Courier. All rights reserved.']);
  });

  it('spans are sorted and visible() returns the text between them', () => {
    const mask = findBoilerplate(PAGE);
    const spans = mask.spans;
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    const visible = mask.visible(0, PAGE.length).map(([s, e]) => PAGE.slice(s, e)).join('');
    expect(visible).not.toMatch(/Advertisement|cookie|Subscribe|Photo:/);
    expect(visible).toContain('Amara Okafor');
  });
});

describe('sentences and extraction skip the mask but keep offsets', () => {
  it('splitSentences never returns masked text, and offsets index the original', () => {
    const sentences = splitSentences(PAGE, findBoilerplate(PAGE));
    for (const s of sentences) expect(PAGE.slice(s.start, s.end)).toBe(s.text);
    const texts = sentences.map((s) => s.text);
    expect(texts).toContain('Officers patrol the harbour in Oslo.');
    expect(texts.some((t) => /Advertisement|Tweet|Learn more|cookies|Photo:|NewsPlus/.test(t))).toBe(false);
  });

  it('extracts from the article only, with evidence that is the original text', () => {
    const doc = extractDocument({ id: 'page', text: PAGE });
    expect(doc.title).toBe('Police chiefs of Norway and Ghana agree to share intelligence');
    const names = doc.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Amara Okafor', 'Jonas Weber', 'Cybercrime Bureau', 'Oslo']));
    expect(names.some((n) => /NewsPlus|Facebook|Wire Agency|Jane Roe/.test(n))).toBe(false);
    expect(doc.relations.length).toBeGreaterThan(0);
    for (const r of doc.relations) for (const ev of r.evidence) expect(PAGE.slice(ev.start, ev.end)).toBe(ev.text);
    for (const e of doc.entities) for (const m of e.mentions ?? []) expect(findBoilerplate(PAGE).visible(m.start, m.end)).toEqual([[m.start, m.end]]);
  });
});

describe('headline', () => {
  it('skips chrome and a lead sentence before the headline', () => {
    const text = 'Advertisement\nGet more with NewsPlus\nLearn more\nA summary sentence that comes before the headline of this page, as teasers do.\n\nCustoms officers seize record haul of cocaine at port\n\nThe body starts here and goes on for a while in a full sentence.';
    expect(headline(text)).toBe('Customs officers seize record haul of cocaine at port');
  });

  it('does not take a subheading from deep in the body', () => {
    const body = 'Officials from both countries met on Tuesday to discuss the trade in synthetic drugs across the border.';
    const text = `${body}\n${body.replace('Tuesday', 'Friday')}\nCooperation on Border Security\nMore text.`;
    expect(headline(text)).toBe(body);
  });

  it('uses a Markdown heading and skips bylines', () => {
    expect(headline('intro\n# Joint patrols resume\ntext')).toBe('Joint patrols resume');
    expect(headline('By Amara Okafor and Jonas Weber\nPolice in three countries dismantle smuggling network\nText.')).toBe('Police in three countries dismantle smuggling network');
  });

  it('clips a long first sentence at a word', () => {
    const long = `${'Officials said the joint operation had '.repeat(8)}ended.`;
    const title = headline(long)!;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title.endsWith('…')).toBe(true);
  });
});
