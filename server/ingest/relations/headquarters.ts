// Where a body sits, named with its headquarters before it: "Welcome to the
// headquarters of the X here in Y", "at the headquarters of the X in Y". The
// body is LOCATED_IN the place (the possessive "the X's headquarters in Y" and
// "X, which has its headquarters in Y" are read by structure.ts).
import { type Rule, M, candidate, guarded, matchAll, refs } from './context.js';

const PATTERN = new RegExp(`\\b(?:headquarters|head office|main office|seat) of (?:the )?(${M('O')})(?: \\([^()<]{1,20}\\))? (?:here )?(?:in|at) (?:the )?(${M('L')})`, 'gu');

const headquartersOf: Rule = (view) => matchAll(view, PATTERN, (m) => candidate(view, 'LOCATED_IN', refs(m[1])[0]!, refs(m[2])[0]!, 'headquarters-of', 0.7));

export const HEADQUARTERS_RULES: Rule[] = [guarded(/\b(?:headquarters|head office|main office|seat) of\b/, headquartersOf)];
