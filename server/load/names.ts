// Name normalization shared by ids and resolution: the same rules the
// extraction scorer uses, so "U.S." meets "US" and "the Ministry" meets "Ministry".

export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[-‐‑‒–—―/\\]+/g, ' ')
    .replace(/[^\p{L}\p{N}\s]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/** An acronym ("MPS", "U.N.") names one body; a lone surname ("Wang") may name many people. */
export function isDistinctiveAlias(alias: string): boolean {
  const bare = alias.replace(/\./g, '');
  if (/^[A-Z][A-Z0-9&]{1,9}$/.test(bare)) return true;
  return normalizeName(alias).split(' ').length >= 2;
}
