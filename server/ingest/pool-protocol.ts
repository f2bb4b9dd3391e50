// Messages between pool.ts and its worker threads.
import type { ExtractedDocument } from './format.js';
import type { ExtractInput } from './index.js';
import type { DocumentErrorReason, ReadOptions, SourceDocument } from './read.js';

export interface ReadResult { source: SourceDocument; document: ExtractedDocument }

export type Job =
  | { id: number; kind: 'extract'; input: ExtractInput }
  | { id: number; kind: 'read'; path: string; options?: ReadOptions };

/** An error as it crosses the thread boundary; `reason` and `path` rebuild a DocumentError. */
export interface WireError { name: string; message: string; stack?: string; reason?: DocumentErrorReason; path?: string }

export type Reply =
  | { id: number; ok: true; result: ExtractedDocument | ReadResult }
  | { id: number; ok: false; error: WireError };
