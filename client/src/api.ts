// Typed fetch client for the explorer's HTTP API. Every id goes through
// encodeURIComponent (entity ids contain ':'), every failure becomes ApiError.
import type { DocumentDetail, EdgeDetail, Neighborhood, NodeDetail, PathsAnswer, QueryResult, Schema, SearchHit } from './types.js';

/** A failed request: the server's `{ error: { code, message } }`, or a network failure (status 0). */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(readonly code: string, message: string, readonly status: number, readonly details: Record<string, unknown> = {}) {
    super(message);
  }
}

export interface NeighborQuery {
  limit?: number;
  offset?: number;
  relTypes?: string[];
  types?: string[];
  direction?: 'out' | 'in' | 'both';
}

export interface SearchQuery {
  limit?: number;
  types?: string[];
}

export interface PathQuery {
  from: string;
  to: string;
  mode?: 'shortest' | 'all-shortest' | 'k';
  k?: number;
  maxHops?: number;
  relTypes?: string[];
  avoidTypes?: string[];
  avoidNodes?: string[];
  maxDegree?: number;
  since?: string;
  until?: string;
  direction?: 'out' | 'in' | 'both';
}

/** Told when the number of requests in flight changes, to drive the loading indicator. */
export type ActivityListener = (pending: number) => void;

export class Api {
  private pending = 0;

  constructor(private readonly baseUrl = '', private readonly onActivity: ActivityListener = () => {}) {}

  schema(): Promise<Schema> {
    return this.get('/api/schema');
  }

  async search(q: string, query: SearchQuery = {}, signal?: AbortSignal): Promise<SearchHit[]> {
    const body = await this.get<{ hits: SearchHit[] }>(`/api/search${queryString({ q, ...query })}`, signal);
    return body.hits;
  }

  node(id: string, signal?: AbortSignal): Promise<NodeDetail> {
    return this.get(`/api/nodes/${encodeURIComponent(id)}`, signal);
  }

  neighbors(id: string, query: NeighborQuery = {}, signal?: AbortSignal): Promise<Neighborhood> {
    return this.get(`/api/nodes/${encodeURIComponent(id)}/neighbors${queryString({ ...query })}`, signal);
  }

  edge(id: string, signal?: AbortSignal): Promise<EdgeDetail> {
    return this.get(`/api/edges/${encodeURIComponent(id)}`, signal);
  }

  paths(query: PathQuery, signal?: AbortSignal): Promise<PathsAnswer> {
    return this.get(`/api/paths${queryString({ ...query })}`, signal);
  }

  document(id: string, signal?: AbortSignal): Promise<DocumentDetail> {
    return this.get(`/api/documents/${encodeURIComponent(id)}`, signal);
  }

  /** A read-only Cypher query; a refused one fails with code QUERY_REJECTED (and `position` when known). */
  query(cypher: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<QueryResult> {
    return this.get('/api/query', signal, { method: 'POST', body: JSON.stringify({ cypher, params }) });
  }

  /** The named entities and every relation among them, as a file in one of the server's export formats. */
  async exportGraph(ids: string[], format: string): Promise<{ blob: Blob; filename: string }> {
    this.setPending(+1);
    try {
      const init = { method: 'POST', body: JSON.stringify({ ids, format, induced: true }) };
      const response = await fetchOrExplain(`${this.baseUrl}/api/export`, undefined, init);
      if (!response.ok) throw errorFrom(await response.json().catch(() => null), response.status);
      const named = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1];
      return { blob: await response.blob(), filename: named ?? `graph.${format}` };
    } finally {
      this.setPending(-1);
    }
  }

  private async get<T>(path: string, signal?: AbortSignal, init: { method?: string; body?: string } = {}): Promise<T> {
    this.setPending(+1);
    try {
      const response = await fetchOrExplain(this.baseUrl + path, signal, init);
      const body: unknown = await response.json().catch(() => null);
      if (!response.ok) throw errorFrom(body, response.status);
      return body as T;
    } finally {
      this.setPending(-1);
    }
  }

  private setPending(delta: number): void {
    this.pending += delta;
    this.onActivity(this.pending);
  }
}

async function fetchOrExplain(url: string, signal?: AbortSignal, init: { method?: string; body?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) };
  try {
    return await fetch(url, { ...init, headers, signal });
  } catch (error) {
    // Aborts are the caller's own doing: let them through untouched so callers can ignore them.
    if (isAbort(error)) throw error;
    throw new ApiError('NETWORK', 'The server could not be reached.', 0);
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Builds `?a=1&b=x,y` from defined values; arrays become comma-separated lists. */
export function queryString(params: Record<string, string | number | string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(','));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export function errorFrom(body: unknown, status: number): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${status}`;
  const message = typeof error?.message === 'string' ? error.message : `The server answered ${status}.`;
  // Extra fields (a query error's position) travel along for the caller.
  const { code: _code, message: _message, ...details } = (error ?? {}) as Record<string, unknown>;
  return new ApiError(code, message, status, details);
}
