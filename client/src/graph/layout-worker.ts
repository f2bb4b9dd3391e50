// Runs layouts off the page's thread (layout-job.ts says why).
import { computeLayout, type LayoutJob } from './layout-job.js';

self.onmessage = (event: MessageEvent<{ id: number; job: LayoutJob }>) => {
  const { id, job } = event.data;
  try {
    const { x, y } = computeLayout(job);
    (self as unknown as Worker).postMessage({ id, x, y }, [x.buffer, y.buffer]);
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
