// Which of a node's names a query matched, ranked as search.cypher ranks them: exact before
// prefix before substring, the name before an alias. Kept beside the query it mirrors.

export function matchScore(candidate: string, query: string, isName: boolean): number {
  const c = candidate.toLowerCase();
  const q = query.toLowerCase();
  const tier = c === q ? 0 : c.startsWith(q) ? 2 : c.includes(q) ? 4 : Number.POSITIVE_INFINITY;
  return tier + (isName ? 0 : 1);
}

/** candidates[0] is the name; the rest are aliases. Falls back to the name. */
export function bestMatch(candidates: string[], query: string): string {
  let best = candidates[0] ?? '';
  let bestScore = Number.POSITIVE_INFINITY;
  candidates.forEach((candidate, i) => {
    const score = matchScore(candidate, query, i === 0);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  });
  return best;
}
