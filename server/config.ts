// Settings from the environment, validated once at start so a typo fails
// loudly instead of silently falling back. Every option has a default here.
import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);

export const ConfigSchema = z.object({
  /** Interface to listen on; loopback by default so a laptop never exposes the graph by accident. */
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(3000),
  /** Folder of the embedded Kuzu database (used when NEO4J_URI is unset). */
  KG_DATA_DIR: z.string().min(1).default('./data'),
  /** Set to use Neo4j instead of the embedded store: bolt://, neo4j://, neo4j+s:// (Aura, clusters). */
  NEO4J_URI: z.string().url().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  /** Database name on multi-database servers; the server's default database when unset. */
  NEO4J_DATABASE: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest page of search hits, neighbours or documents one request may ask for. */
  KG_MAX_PAGE: z.coerce.number().int().min(1).max(10_000).default(200),
  /** Longest path (in relations) a path question may ask for; 1 up to this, anything else is a 400. */
  KG_MAX_HOPS: z.coerce.number().int().min(1).max(12).default(6),
  /** Most paths a k-paths or all-shortest question returns; k beyond 10 enumerates too much to be useful. */
  KG_MAX_PATHS: z.coerce.number().int().min(1).max(10).default(10),
  /** Most nodes one subgraph or export may hold. */
  KG_MAX_SUBGRAPH: z.coerce.number().int().min(1).max(1_000_000).default(5_000),
  /** Rows the Cypher console returns by default, and the most a request may ask for. */
  KG_QUERY_ROWS: z.coerce.number().int().min(1).max(100_000).default(1_000),
  KG_QUERY_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Time a console query may run by default, and the most a request may ask for (ms). */
  KG_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  KG_QUERY_MAX_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
}).refine((c) => c.KG_QUERY_ROWS <= c.KG_QUERY_MAX_ROWS, { path: ['KG_QUERY_ROWS'], message: 'must not exceed KG_QUERY_MAX_ROWS' })
  .refine((c) => c.KG_QUERY_TIMEOUT_MS <= c.KG_QUERY_MAX_TIMEOUT_MS, { path: ['KG_QUERY_TIMEOUT_MS'], message: 'must not exceed KG_QUERY_MAX_TIMEOUT_MS' });
export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws an Error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new Error(`Invalid configuration: ${problems.join('; ')}`);
}

/** The request limits routes enforce: each a default and a maximum. */
export interface Limits {
  maxPage: number;
  maxHops: number;
  maxPaths: number;
  maxSubgraph: number;
  queryRows: { default: number; max: number };
  queryTimeoutMs: { default: number; max: number };
}

export function limitsFrom(config: Config): Limits {
  return {
    maxPage: config.KG_MAX_PAGE,
    maxHops: config.KG_MAX_HOPS,
    maxPaths: config.KG_MAX_PATHS,
    maxSubgraph: config.KG_MAX_SUBGRAPH,
    queryRows: { default: config.KG_QUERY_ROWS, max: config.KG_QUERY_MAX_ROWS },
    queryTimeoutMs: { default: config.KG_QUERY_TIMEOUT_MS, max: config.KG_QUERY_MAX_TIMEOUT_MS },
  };
}

export const DEFAULT_LIMITS: Limits = limitsFrom(ConfigSchema.parse({}));
