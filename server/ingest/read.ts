// Reads one source document from disk into clean text: strict UTF-8, no BOM,
// HTML reduced to its visible text. Rejects what extraction cannot use.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { htmlToText } from './html.js';
import { headline } from './title.js';

export const READ_DEFAULTS = {
  /** Larger files are rejected: a news page or report is far smaller, and extraction is in memory. */
  maxBytes: 5 * 1024 * 1024,
  /** Extensions read as plain text; `.html`/`.htm` go through the HTML parser. */
  textExtensions: ['.txt', '.md', '.markdown', '.text'],
  htmlExtensions: ['.html', '.htm'],
};

export type ReadOptions = Partial<Pick<typeof READ_DEFAULTS, 'maxBytes'>>;

export interface SourceDocument {
  /** The file name without its extension. */
  id: string;
  path: string;
  /** Decoded UTF-8 without byte-order mark; offsets in extractions index into it. */
  text: string;
  title: string;
  published: string | null;
  source: string | null;
}

export type DocumentErrorReason = 'empty' | 'binary' | 'encoding' | 'too-large' | 'unreadable' | 'unsupported';

/** A document that cannot be read or used; callers check `reason`, not the message. */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  constructor(readonly reason: DocumentErrorReason, readonly path: string, message: string) {
    super(`${path}: ${message}`);
  }
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<SourceDocument> {
  const maxBytes = options.maxBytes ?? READ_DEFAULTS.maxBytes;
  const ext = extname(path).toLowerCase();
  const isHtml = READ_DEFAULTS.htmlExtensions.includes(ext);
  if (!isHtml && !READ_DEFAULTS.textExtensions.includes(ext)) {
    throw new DocumentError('unsupported', path, `unsupported file type "${ext || '(none)'}"; use .txt, .md or .html`);
  }
  const bytes = await readBytes(path, maxBytes);
  const decoded = decodeText(bytes, path);
  const id = basename(path, extname(path));
  if (isHtml) {
    const page = htmlToText(decoded);
    if (!page.text.trim()) throw new DocumentError('empty', path, 'the page has no visible text');
    return { id, path, text: page.text, title: page.title ?? headline(page.text) ?? id, published: page.published, source: page.source };
  }
  return { id, path, text: decoded, title: headline(decoded) ?? id, published: null, source: null };
}

async function readBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new DocumentError('unreadable', path, 'not a regular file');
    size = info.size;
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('unreadable', path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  if (size > maxBytes) throw new DocumentError('too-large', path, `${size} bytes is over the limit of ${maxBytes}`);
  try {
    return await readFile(path);
  } catch (error) {
    throw new DocumentError('unreadable', path, `cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** Strict UTF-8: a Latin-1 or UTF-16 file would otherwise become mojibake with wrong offsets. */
export function decodeText(bytes: Uint8Array, path = '(buffer)'): string {
  if (bytes.length === 0) throw new DocumentError('empty', path, 'the file is empty');
  if (bytes.includes(0)) throw new DocumentError('binary', path, 'the file looks binary (it contains NUL bytes)');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DocumentError('encoding', path, 'the file is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new DocumentError('empty', path, 'the file has only whitespace');
  return text;
}
