// npx tsx bench/ui-click.ts [nodes] [edges]: clicks a node of a large view (as a person selects it), or with
// BENCH_ACTION=pan|drag|filter does that instead (bench/ui-actions.ts), and prints the long tasks that follow,
// whether the kept picture is still shown, and how many elements the hit test had to ask about. A diagnostic for interaction on large
// views (bench/RESULTS.md, Explorer page).
import { actionFromEnv, plan } from './ui-actions.js';
import { runDiagnostic } from './ui-diagnostic.js';

void runDiagnostic(async ({ nodes: n, edges: m, openLargeView }) => {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const action = actionFromEnv();
  for (let run = 0; run < runs; run++) {
    const page = await openLargeView();
    const act = await plan(page, action);
    const before = await page.evaluate(() => {
      // Every frame's distance from the last, from just before the action: the worst is how long the page froze.
      const w = window as unknown as { __gaps: number[] };
      w.__gaps = [];
      let last = performance.now();
      const tick = (now: number) => { w.__gaps.push(now - last); last = now; if (w.__gaps.length < 400) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      return window.__longTasks!.length;
    });
    await act();
    await page.waitForTimeout(1500);
    const out = await page.evaluate((b) => {
      const graph = window.__kg!.explorer.graph;
      return {
        selected: window.__kg!.cy.$(':selected').map((e) => e.id()).join(','),
        longTasks: window.__longTasks!.slice(b).map((t) => Math.round(t.duration)),
        worstFrameMs: Math.round(Math.max(...(window as unknown as { __gaps: number[] }).__gaps.slice(1))),
        // Which frames were late (index from the action's start, gap in ms): one late frame at the end of a
        // gesture and a late frame per input event are different problems.
        lateFrames: (window as unknown as { __gaps: number[] }).__gaps.slice(1)
          .map((gap, i) => [i + 1, Math.round(gap)] as const).filter(([, gap]) => gap > 20),
        keptPicture: graph.reveal.serving,
        handedBackOn: graph.reveal.handedBackOn ?? null,
        hitTest: graph.culling?.lastHitTest() ?? null,
      };
    }, before);
    console.log(JSON.stringify({ run, nodes: n, edges: m, ...out }));
    await page.close();
  }
});
