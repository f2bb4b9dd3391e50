// Deterministic generator of news-like documents about police cooperation, for
// benchmarks: the same seed and count always write the same files. Names are
// synthetic; nothing here comes from the seed corpus.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const FIRST = ['Amara', 'Bogdan', 'Chen', 'Dalia', 'Emeka', 'Farid', 'Greta', 'Hiroshi', 'Ines', 'Jonas', 'Kemal', 'Lena', 'Mateo', 'Nadia', 'Oskar', 'Priya', 'Quentin', 'Rosa', 'Stefan', 'Tariq', 'Ursula', 'Viktor', 'Wen', 'Yusuf', 'Zofia'];
const LAST = ['Abara', 'Brandt', 'Castillo', 'Dimitrov', 'Eriksen', 'Fontaine', 'Gallo', 'Haddad', 'Ivanova', 'Jovanovic', 'Kowalski', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quispe', 'Rossi', 'Sato', 'Tanaka', 'Umarov', 'Varga', 'Weber', 'Xu', 'Yilmaz'];
const PLACES = ['Lisbon', 'Nairobi', 'Manila', 'Lima', 'Warsaw', 'Hanoi', 'Accra', 'Quito', 'Tbilisi', 'Dakar', 'Riga', 'Oslo', 'Bogota', 'Jakarta', 'Cairo'];
const COUNTRIES = ['Portugal', 'Kenya', 'Philippines', 'Peru', 'Poland', 'Vietnam', 'Ghana', 'Ecuador', 'Georgia', 'Senegal', 'Latvia', 'Norway', 'Colombia', 'Indonesia', 'Egypt'];
const UNITS = ['Cybercrime Bureau', 'Narcotics Control Division', 'Border Security Department', 'Financial Crimes Unit', 'Organized Crime Directorate'];
const PARENTS = ['Ministry of Interior', 'National Police Agency', 'Ministry of Justice', 'Customs Service', 'Federal Investigation Office'];
const SUBSTANCES = ['fentanyl', 'methamphetamine', 'cocaine', 'heroin', 'tramadol', 'ketamine'];
const OPS = ['Operation Silver Tide', 'Operation Northern Gate', 'Operation Red Harbor', 'Operation Blue Lantern', 'Operation Iron Delta'];

/** Deterministic pseudo-random numbers (mulberry32), so every run sees the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDocument(index: number, seed = 1): string {
  const r = rng(seed * 1_000_003 + index);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const person = () => `${pick(FIRST)} ${pick(LAST)}`;
  const [p1, p2, p3] = [person(), person(), person()];
  const [unit, parent, place, country, other] = [pick(UNITS), pick(PARENTS), pick(PLACES), pick(COUNTRIES), pick(COUNTRIES)];
  const [drug, op] = [pick(SUBSTANCES), pick(OPS)];
  const sentences = [
    `${country} and ${other} agree to step up joint work against ${drug} trafficking`,
    '',
    `${p1}, the director of the ${unit} of the ${parent}, met ${p2} in ${place} on Tuesday.`,
    `The two officials discussed cooperation between ${country} and ${other} on cross-border crime.`,
    `${p2} is a member of the INTERPOL Executive Committee.`,
    `Police in ${place} arrested ${p3} during ${op}, which targeted the trade in ${drug}.`,
    `${p3} was charged by prosecutors in ${country} with smuggling ${drug}.`,
    `${op} was launched by the ${unit} in ${place} and involved officers from ${other}.`,
    `According to officials, the ${parent} seized more than ${Math.floor(r() * 900) + 100} kilograms of ${drug} last year.`,
    `"We will keep working with our partners," ${p1} said.`,
  ];
  const extra = Math.floor(r() * 4);
  for (let i = 0; i < extra; i += 1) {
    sentences.push(`${person()}, a spokesperson for the ${pick(PARENTS)}, said the ${pick(UNITS)} would visit ${pick(PLACES)} in ${2020 + Math.floor(r() * 6)}.`);
  }
  return sentences.join('\n');
}

/** Writes docs 0..count-1 into dir as gen_00000.txt ...; returns total bytes. */
export async function generateCorpus(dir: string, count: number, seed = 1): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const text = generateDocument(i, seed);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `gen_${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}
