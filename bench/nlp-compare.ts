// One-off measurement behind the "compromise vs wink-nlp vs our extractor"
// decision (bench/RESULTS.md, "Extraction"). The libraries are NOT project
// dependencies: install them into a scratch folder and point NLP_DIR at it:
//
//   mkdir -p /tmp/nlp && cd /tmp/nlp && npm init -y >/dev/null &&
//     npm install --ignore-scripts compromise wink-nlp wink-eng-lite-web-model
//   NLP_DIR=/tmp/nlp npx tsx bench/nlp-compare.ts [GOLD_DIR]
//
// Quality is measured the same way for every system: the distinct names each
// finds in a seed document, matched to the gold entities by normalized name or
// alias (one match per gold entity; optional gold entities neither count as
// missed nor make a match a false positive). Speed: MB/s over the seed texts.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractDocument } from '../server/ingest/index.js';

interface GoldEntity { type: string; name: string; aliases?: string[]; optional?: boolean }
interface Doc { id: string; text: string; gold: GoldEntity[] }
type Finder = (text: string) => string[];

const repo = resolve(import.meta.dirname, '..');
const goldDir = process.argv[2] ?? resolve(repo, '../shared/gold');
const nlpDir = process.env.NLP_DIR ?? repo;

/** The scorer's name normalization (shared/tools/score-extraction.mjs). */
const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[’‘`]/g, "'").replace(/'s\b/g, '').replace(/[-–—_/]/g, ' ').replace(/[.'",()“”[\]:;!?]/g, '')
  .replace(/\s+/g, ' ').trim().replace(/^the /, '');

function score(docs: Doc[], find: Finder, types: string[] | null) {
  let tp = 0, fp = 0, fn = 0;
  for (const doc of docs) {
    const gold = doc.gold.filter((e) => !types || types.includes(e.type));
    const keys = gold.map((e) => new Set([e.name, ...(e.aliases ?? [])].map(norm)));
    const optionalAny = new Set(doc.gold.filter((e) => e.optional).flatMap((e) => [e.name, ...(e.aliases ?? [])].map(norm)));
    const matched = new Set<number>();
    for (const name of new Set(find(doc.text).map(norm).filter(Boolean))) {
      const hit = keys.findIndex((k) => k.has(name));
      if (hit >= 0) { if (!gold[hit]!.optional) matched.add(hit); } else if (!optionalAny.has(name)) fp++;
    }
    tp += matched.size;
    fn += gold.filter((e, i) => !e.optional && !matched.has(i)).length;
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function speed(docs: Doc[], find: Finder): number {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  for (const d of docs) find(d.text); // warm-up
  let rounds = 0;
  const t = performance.now();
  while (performance.now() - t < 3000) { for (const d of docs) find(d.text); rounds++; }
  return (bytes * rounds) / 1e6 / ((performance.now() - t) / 1000);
}

function systems(): Array<{ name: string; person: Finder; any: Finder }> {
  const ours = (type?: string): Finder => (text) => extractDocument({ id: 'x', text }).entities
    .filter((e) => !type || e.type === type).map((e) => e.name);
  const out = [{ name: 'ours (server/ingest, full extraction)', person: ours('Person'), any: ours() }];
  const require = createRequire(join(nlpDir, 'package.json'));
  try {
    const nlp = require('compromise') as (t: string) => Record<string, () => { out(f: 'array'): string[] }>;
    out.push({
      name: `compromise ${version('compromise')}`,
      person: (t) => nlp(t).people!().out('array'),
      any: (t) => nlp(t).topics!().out('array'), // people, places and organizations
    });
  } catch { console.log(`compromise not found under ${nlpDir}`); }
  try {
    const winkNLP = require('wink-nlp') as (model: unknown) => { readDoc(t: string): WinkDoc; its: Record<string, unknown> };
    const w = winkNLP(require('wink-eng-lite-web-model'));
    // The lite model's NER knows dates, numbers, URLs and the like, not people: names are runs of proper-noun tokens.
    const runs: Finder = (t) => {
      const tokens = w.readDoc(t).tokens();
      const values = tokens.out(w.its.value) as string[];
      const pos = tokens.out(w.its.pos) as string[];
      const names: string[] = [];
      let run: string[] = [];
      pos.forEach((p, i) => { if (p === 'PROPN') run.push(values[i]!); else { if (run.length) names.push(run.join(' ')); run = []; } });
      if (run.length) names.push(run.join(' '));
      return names;
    };
    out.push({ name: `wink-nlp ${version('wink-nlp')} + wink-eng-lite-web-model ${version('wink-eng-lite-web-model')} (PROPN runs)`, person: runs, any: runs });
  } catch { console.log(`wink-nlp or wink-eng-lite-web-model not found under ${nlpDir}`); }
  return out;
}
/** A package's version without going through its exports map (compromise does not export package.json). */
const version = (name: string) => (JSON.parse(readFileSync(join(nlpDir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
interface WinkDoc { tokens(): { out(what: unknown): unknown[] } }

const docs: Doc[] = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort().map((f) => {
  const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { id: string; entities: GoldEntity[] };
  return { id: gold.id, text: readFileSync(join(repo, 'seeds', `${gold.id}.txt`), 'utf8').replace(/^\uFEFF/, ''), gold: gold.entities };
});
console.log(`${docs.length} seed documents, gold from ${goldDir}`);
console.log('system | Person P / R / F1 | any-type names P / R / F1 | MB/s (Person finder)');
for (const s of systems()) {
  const person = score(docs, s.person, ['Person']);
  const any = score(docs, s.any, null);
  const f = (x: { p: number; r: number; f1: number }) => `${x.p.toFixed(2)} / ${x.r.toFixed(2)} / ${x.f1.toFixed(2)}`;
  console.log(`${s.name} | ${f(person)} | ${f(any)} | ${speed(docs, s.person).toFixed(3)}`);
}
