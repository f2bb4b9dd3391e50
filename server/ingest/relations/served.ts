// Whom a person acts for, as the rules found it: the rules that run after the
// others read a body for "the two sides" or "we" (agreements.ts,
// colleagues.ts), or leave alone a person already given a post (wordposts.ts),
// from the posts and memberships found anywhere in the document.
import type { Candidate, Doc } from './context.js';

/** Each person's posts and memberships (HOLDS_POSITION, MEMBER_OF) among the relations kept. */
export function postsByPerson(doc: Doc, kept: Candidate[]): Map<number, Candidate[]> {
  const posts = new Map<number, Candidate[]>();
  for (const c of kept) {
    if ((c.type !== 'HOLDS_POSITION' && c.type !== 'MEMBER_OF') || doc.entities[c.source]!.type !== 'Person') continue;
    if (!posts.has(c.source)) posts.set(c.source, []);
    posts.get(c.source)!.push(c);
  }
  return posts;
}

/**
 * The one body a person serves: the only one, else the only organization
 * ("head of Ruritania's X": the country is where the post is, X is the body).
 */
export function oneBody(doc: Doc, bodies: readonly number[]): number | undefined {
  const distinct = [...new Set(bodies)];
  if (distinct.length === 1) return distinct[0];
  const units = distinct.filter((b) => doc.entities[b]!.type === 'Organization');
  return units.length === 1 ? units[0] : undefined;
}
