// The first of three locks on readQuery (with Kuzu's own single-statement check in prepare, and a
// READ ONLY transaction): a lexer that reads the statement as Kuzu does — strings, escaped names
// and comments skipped — and accepts only reading clauses. Kuzu's read-only transaction refuses
// CREATE/SET/DELETE/DDL but not what lives outside transactions (ATTACH, INSTALL, LOAD EXTENSION,
// CALL of settings, EXPORT DATABASE), nor does it stop LOAD FROM reading the server's files.
import { QueryRejectedError } from '../errors.js';

/** Clauses a read query may start with. */
const LEADING = new Set(['MATCH', 'OPTIONAL', 'UNWIND', 'WITH', 'RETURN', 'CALL']);

/** Words that only appear in statements that write, load or configure. */
const FORBIDDEN = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'DROP', 'ALTER', 'COPY', 'LOAD', 'INSTALL', 'UNINSTALL',
  'ATTACH', 'USE', 'EXPORT', 'IMPORT', 'CHECKPOINT', 'BEGIN', 'COMMIT', 'ROLLBACK', 'TRANSACTION', 'FOREACH',
]);

/** Table functions that only read the catalogue. Anything else after CALL is refused. */
const READ_CALLS = new Set(['show_tables', 'table_info', 'show_connection', 'db_version', 'show_functions', 'show_indexes']);

/** Scalar functions with side effects (a sequence's nextval writes). */
const WRITING_FUNCTIONS = new Set(['nextval']);

export interface Token {
  text: string;
  /** A bare word: a keyword, function or variable name, not a string or `escaped name`. */
  word: boolean;
  offset: number;
}

/** Words, parameters and punctuation of a statement, without strings' contents or comments. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const skip = /^(\s+|\/\/[^\n]*|\/\*[\s\S]*?(\*\/|$))/.exec(rest);
    if (skip) {
      i += skip[0].length;
      continue;
    }
    const quoted = /^('(?:\\[\s\S]|[^'\\])*'?|"(?:\\[\s\S]|[^"\\])*"?|`(?:``|[^`])*`?)/.exec(rest);
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    const match = quoted ?? word ?? /^(\$[A-Za-z0-9_]+|[\s\S])/.exec(rest)!;
    tokens.push({ text: match[0], word: !quoted && !!word, offset: i });
    i += match[0].length;
  }
  return tokens;
}

/** Throws QueryRejectedError unless the statement can only read. Returns the parameter names it uses. */
export function checkReadOnly(text: string): Set<string> {
  const tokens = tokenize(text);
  const first = tokens[0];
  if (!first) throw new QueryRejectedError('The query is empty');
  if (!first.word || !LEADING.has(first.text.toUpperCase())) {
    throw new QueryRejectedError(`Only read queries are allowed: a query starts with ${[...LEADING].join(', ')}, not "${first.text}"`);
  }
  tokens.forEach((token, i) => checkToken(tokens, i));
  return new Set(tokens.filter((t) => t.text.startsWith('$')).map((t) => t.text.slice(1)));
}

function checkToken(tokens: Token[], i: number): void {
  const token = tokens[i]!;
  if (token.text === ';' && tokens.slice(i + 1).length > 0) throw new QueryRejectedError('Only one statement may be sent');
  if (!token.word || tokens[i - 1]?.text === '.') return; // a property may be called anything
  const upper = token.text.toUpperCase();
  if (FORBIDDEN.has(upper)) throw new QueryRejectedError(`Only read queries are allowed: ${upper} is refused`);
  if (WRITING_FUNCTIONS.has(token.text.toLowerCase())) throw new QueryRejectedError(`Only read queries are allowed: ${token.text} writes`);
  if (upper === 'CALL') {
    const name = tokens[i + 1];
    if (!name?.word || !READ_CALLS.has(name.text.toLowerCase()) || tokens[i + 2]?.text !== '(') {
      throw new QueryRejectedError(`Only read queries are allowed: CALL accepts ${[...READ_CALLS].join(', ')}`);
    }
  }
}
