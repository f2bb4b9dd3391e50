// readQuery in the Neo4j adapter without a server: the read-only guard (an
// EXPLAIN first, refused unless Neo4j calls the plan read-only), error mapping
// (syntax positions in the person's own text, timeouts, writes), truncation,
// parameters, and the READ session with a transaction timeout.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { QueryRejectedError, StoreUnavailableError } from '../../../server/store/errors.js';
import { toStoreError } from '../../../server/store/neo4j/errors.js';
import { EXPLAIN_PREFIX, readQuery, toParameters } from '../../../server/store/neo4j/query.js';
import { positionOf, toQueryError } from '../../../server/store/neo4j/query-errors.js';
import { fakeDriver, serverError } from './neo4j-fake.js';

const OPTIONS = { rowLimit: 2, timeoutMs: 1500 };
const isExplain = (text: string) => text.startsWith(EXPLAIN_PREFIX);

describe('the read-only guard', () => {
  it.each([['rw', /reads and writes/], ['w', /writes/], ['s', /changes the schema/]])(
    'refuses a plan of type %s before running anything', async (queryType, message) => {
      const fake = fakeDriver([{ match: isExplain, queryType }, { match: () => true, rows: [{ n: 1 }] }]);
      const run = readQuery(fake.conn, 'CREATE (n) RETURN n', {}, OPTIONS);
      await expect(run).rejects.toBeInstanceOf(QueryRejectedError);
      await expect(readQuery(fake.conn, 'X', {}, OPTIONS)).rejects.toThrow(message);
      expect(fake.calls.every((c) => isExplain(c.text))).toBe(true);
    },
  );

  it.each([
    ['LOAD CSV', { operatorType: 'ProduceResults@neo4j', children: [{ operatorType: 'LoadCSV@neo4j', children: [] }] }, /LOAD CSV/],
    ['dbms procedures', { operatorType: 'ProcedureCall@neo4j', arguments: { Details: 'dbms.killTransaction($id)' }, children: [] }, /dbms/],
    ['apoc.load', { operatorType: 'ProcedureCall@neo4j', arguments: { Details: 'apoc.load.json($url) :: (value)' } }, /files or URLs/],
  ])('refuses a read-only plan with %s', async (_what, plan, message) => {
    const fake = fakeDriver([{ match: isExplain, queryType: 'r', plan }, { match: () => true, rows: [{ n: 1 }] }]);
    await expect(readQuery(fake.conn, 'X', {}, OPTIONS)).rejects.toThrow(message);
    expect(fake.calls).toHaveLength(1);
  });

  it('lets read-only procedures through', async () => {
    const plan = { operatorType: 'ProcedureCall@neo4j', arguments: { Details: 'db.labels() :: (label :: STRING)' }, children: [] };
    const fake = fakeDriver([{ match: isExplain, queryType: 'r', plan }, { match: () => true, rows: [{ label: 'Person' }] }]);
    expect((await readQuery(fake.conn, 'CALL db.labels()', {}, OPTIONS)).rows).toEqual([['Person']]);
  });

  it('plans the text as given, on its own line after EXPLAIN, with the same parameters', async () => {
    const fake = fakeDriver([{ match: isExplain, queryType: 'r' }, { match: 'RETURN', rows: [{ n: neo4j.int(1) }] }]);
    await readQuery(fake.conn, 'CYPHER 5 MATCH (n) RETURN $x AS n', { x: 3 }, OPTIONS);
    expect(fake.calls.map((c) => c.text)).toEqual(['EXPLAIN\nCYPHER 5 MATCH (n) RETURN $x AS n', 'CYPHER 5 MATCH (n) RETURN $x AS n']);
    expect(fake.calls[0]!.params).toEqual(fake.calls[1]!.params);
  });

  it('runs in a READ session through executeRead, with the transaction timeout', async () => {
    const fake = fakeDriver([{ match: isExplain, queryType: 'r' }, { match: () => true, rows: [] }]);
    await readQuery(fake.conn, 'RETURN 1 AS n', {}, OPTIONS);
    expect(fake.sessions).toMatchObject([{ defaultAccessMode: neo4j.session.READ, database: 'kg' }]);
    expect(fake.configs).toMatchObject([{ timeout: 1500 }]);
  });
});

describe('running a read-only query', () => {
  it('returns columns and at most rowLimit rows, saying when it cut', async () => {
    const rows = [1, 2, 3].map((n) => ({ n: neo4j.int(n), s: `row ${n}` }));
    const fake = fakeDriver([{ match: isExplain, queryType: 'r' }, { match: () => true, rows }]);
    const result = await readQuery(fake.conn, 'UNWIND range(1, 3) AS n RETURN n, "row " + n AS s', {}, OPTIONS);
    expect(result).toMatchObject({ columns: ['n', 's'], rows: [[1, 'row 1'], [2, 'row 2']], rowLimit: 2, truncated: true });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
    const all = await readQuery(fake.conn, 'X', {}, { ...OPTIONS, rowLimit: 3 });
    expect(all).toMatchObject({ truncated: false, graph: { nodes: [], edges: [] } });
    expect(all.rows).toHaveLength(3);
  });

  it('looks up the entity ids of relation endpoints the rows do not carry', async () => {
    const rel = new neo4j.types.Relationship(neo4j.int(1), neo4j.int(2), neo4j.int(3), 'MET_WITH', { id: 'r1', confidence: 1 }, 'r', 'ea', 'eb');
    const fake = fakeDriver([
      { match: isExplain, queryType: 'r' },
      { match: 'elementId(n)', rows: [{ elementId: 'ea', id: 'a' }, { elementId: 'eb', id: 'b' }] },
      { match: () => true, rows: [{ r: rel }] },
    ]);
    const result = await readQuery(fake.conn, 'MATCH ()-[r]->() RETURN r', {}, OPTIONS);
    expect(result.rows[0]![0]).toMatchObject({ id: 'r1', source: 'a', target: 'b', symmetric: true });
    expect(fake.calls[2]!.params).toEqual({ elementIds: ['ea', 'eb'] });
    // Endpoints not in the rows: drawn nowhere.
    expect(result.graph.edges).toEqual([]);
  });

  it('sends whole numbers as Cypher integers, deeply', () => {
    const params = toParameters({ n: 10, f: 1.5, list: [1, 'x'], map: { k: 2 } });
    expect(neo4j.isInt(params.n)).toBe(true);
    expect(params.f).toBe(1.5);
    expect(neo4j.isInt((params.list as unknown[])[0])).toBe(true);
    expect(neo4j.isInt((params.map as Record<string, unknown>).k)).toBe(true);
  });
});

describe('query errors', () => {
  const syntax = (message: string) => serverError('Neo.ClientError.Statement.SyntaxError', message);

  it('reports a syntax error at its place in the person\'s text, not in the EXPLAIN form', async () => {
    const message = "Invalid input 'RETRN': expected 'RETURN' (line 2, column 10 (offset: 17))\n\"EXPLAIN\nMATCH (n) RETRN n\"\n         ^";
    const fake = fakeDriver([{ match: isExplain, error: syntax(message) }]);
    const error = await readQuery(fake.conn, 'MATCH (n) RETRN n', {}, OPTIONS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryRejectedError);
    expect((error as QueryRejectedError).position).toEqual({ line: 1, column: 10, offset: 9 });
    expect((error as Error).message).toBe("Syntax error: Invalid input 'RETRN': expected 'RETURN' (line 1, column 10)");
    expect(fake.calls).toHaveLength(1);
  });

  it('takes a position counted from the person\'s text as it is, whichever way Neo4j counts', () => {
    const text = 'MATCH (n)\nRETURN n n';
    const full = syntax("Invalid input 'n' (line 3, column 10 (offset: 27))");
    const own = syntax("Invalid input 'n' (line 2, column 10 (offset: 19))");
    expect(positionOf(full, { text, prefix: EXPLAIN_PREFIX })).toEqual({ line: 2, column: 10, offset: 19 });
    expect(positionOf(own, { text, prefix: EXPLAIN_PREFIX })).toEqual({ line: 2, column: 10, offset: 19 });
    expect(text.slice(19)).toBe('n');
  });

  it('refuses a second statement after a semicolon (a syntax error at the plan)', async () => {
    const message = 'Expected exactly one statement per query but got: 2 (line 2, column 1 (offset: 8))';
    const fake = fakeDriver([{ match: isExplain, error: syntax(message) }]);
    await expect(readQuery(fake.conn, 'RETURN 1; MATCH (n) DETACH DELETE n', {}, OPTIONS)).rejects.toBeInstanceOf(QueryRejectedError);
    expect(fake.calls).toHaveLength(1);
  });

  it('reads positions from a GQL diagnostic record in a nested cause', () => {
    const cause = Object.assign(new Error('42I06'), { diagnosticRecord: { _position: { line: neo4j.int(4), column: neo4j.int(4), offset: neo4j.int(27) } } });
    const error = new neo4j.Neo4jError('42001: invalid syntax', 'Neo.ClientError.Statement.SyntaxError', '42001', 'syntax', undefined, cause);
    const text = 'MATCH (n)\nWHERE\nn.x RETURN n';
    expect(positionOf(error, { text: 'MATCH (n)\nWHERE\nn.x RETURN n', prefix: EXPLAIN_PREFIX })).toEqual({ line: 3, column: 4, offset: 19 });
    expect(text.slice(19)).toBe(' RETURN n');
    expect(positionOf(new Error('no position'))).toBeUndefined();
  });

  it.each([
    'Neo.ClientError.Transaction.TransactionTimedOut',
    'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  ])('reports %s as a timeout after the configured time', async (code) => {
    const fake = fakeDriver([{ match: isExplain, queryType: 'r' }, { match: () => true, error: serverError(code, 'The transaction has been terminated.') }]);
    await expect(readQuery(fake.conn, 'MATCH (n) RETURN n', {}, OPTIONS)).rejects.toThrow(new QueryRejectedError('The query timed out after 1500 ms'));
  });

  it('refuses writes the read transaction caught, and passes other errors on unchanged', () => {
    const write = toQueryError(serverError('Neo.ClientError.Statement.AccessMode', 'Writing in read access mode not allowed.'), { timeoutMs: 1 });
    expect(write).toBeInstanceOf(QueryRejectedError);
    expect((write as Error).message).toMatch(/only read-only queries/);
    expect(toQueryError(serverError('Neo.ClientError.Procedure.ProcedureNotFound', 'no such procedure'), { timeoutMs: 1 }))
      .toBeInstanceOf(QueryRejectedError);
    const down = serverError(neo4j.error.SERVICE_UNAVAILABLE, 'gone');
    expect(toQueryError(down, { timeoutMs: 1 })).toBe(down);
    expect(toStoreError(down, 'x')).toBeInstanceOf(StoreUnavailableError);
    const plain = new Error('bug');
    expect(toQueryError(plain, { timeoutMs: 1 })).toBe(plain);
  });
});
