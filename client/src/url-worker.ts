// Encodes the view for the page URL off the page's thread: packing, deflating and
// base64 of a view of thousands of nodes took 20–35 ms on the main thread, a long
// task a moment after every change to a large view (share.ts).
import { encodeView, fromColumns, type SharedColumns } from './core/url-state.js';

self.onmessage = async (event: MessageEvent<{ id: number; view: SharedColumns }>) => {
  const { id, view } = event.data;
  try {
    self.postMessage({ id, code: await encodeView(fromColumns(view)) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
