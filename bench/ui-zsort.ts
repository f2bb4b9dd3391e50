// npx tsx bench/ui-zsort.ts [nodes] [edges]: how long the renderer's sort of all elements into drawing order
// takes on a large view (it runs after every add, remove or z-order restyle), Cytoscape's own against
// client/src/graph/z-sort.ts, and the hit-test list that the sort no longer builds, when first asked for.
import { runDiagnostic } from './ui-diagnostic.js';

void runDiagnostic(async ({ nodes, edges, openLargeView }) => {
  const page = await openLargeView(1500);
  const result = await page.evaluate(() => {
    type Sort = (force?: boolean) => unknown[] & { interactive?: unknown[] };
    const { cy } = window.__kg!;
    const renderer = (cy as unknown as { renderer(): { getCachedZSortedEles: Sort; constructor: { prototype: { getCachedZSortedEles: Sort } } } }).renderer();
    const theirs = renderer.constructor.prototype.getCachedZSortedEles;
    const time = (f: () => void) => { const t0 = performance.now(); f(); return performance.now() - t0; };
    const ours: number[] = [];
    const own: number[] = [];
    const lists: number[] = [];
    // Taken in turns, each going first half the time: the first sort after a change also fills style caches.
    for (let i = 0; i < 6; i++) {
      const runOurs = () => {
        let sorted: ReturnType<Sort> = [];
        ours.push(time(() => { sorted = renderer.getCachedZSortedEles(true); }));
        lists.push(time(() => sorted.interactive?.length));
      };
      if (i % 2) runOurs();
      own.push(time(() => theirs.call(renderer, true)));
      if (!(i % 2)) runOurs();
    }
    return { ours, own, lists };
  });
  const f = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
  console.log(`${nodes}/${edges}: Cytoscape's sort ${f(result.own)} ms; ours ${f(result.ours)} ms; hit-test list on first use ${f(result.lists)} ms`);
});
