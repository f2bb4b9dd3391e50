// Holding the canvas while a large change is applied over several frames (frames.ts),
// and handing what it added to the reveal (reveal.ts) when it ends.
import type { Core, EventObject } from 'cytoscape';
import type { ChunkHold } from './frames.js';
import { REVEAL, type Reveal } from './reveal.js';

/**
 * While a change spans several frames, Cytoscape stays in batch mode, so
 * its render loop draws nothing in between (each redraw would cost as much
 * as everything drawn so far). Each chunk still ends its own batch for a
 * moment, and the renderer's style and geometry queue is flushed then, so
 * that work is spread over the chunks. At the end, what the change added is
 * not drawn at once (one draw of thousands of new elements is a long task):
 * `reveal` shows it over the next frames, nodes first, a slice a frame.
 * Returns what releases the hold.
 */
export function holdDrawing(cy: Core, reveal: Reveal, addedNodes: readonly string[], addedEdges: readonly string[], atOnce: { added: number; canvas: number } = REVEAL.atOnce): ChunkHold {
  const renderer = (cy as unknown as { renderer?: () => { flushRenderedStyleQueue?: () => void } | undefined }).renderer?.();
  cy.startBatch();
  reveal.applying = true;
  let held = true;
  let chunks = 0;
  // What each chunk added or restyled (a filter's show and hide): measured as the chunk ends (see chunkDone).
  let added = cy.collection();
  const onAdd = (event: EventObject) => { if (event.target !== cy) added.merge(event.target); };
  cy.on('add style', onAdd);
  return {
    chunkDone: () => {
      if (!held) return;
      // More than one chunk: a reveal follows, whose picture can be readied meanwhile.
      if (chunks++ === 0) reveal.prepare();
      cy.endBatch();
      renderer?.flushRenderedStyleQueue?.();
      // An element's first bounding box also queues it for the renderer's rendered-style pass before
      // the next frame: measured in the reveal, that pass went over every element drawn the frame
      // before again (2–6 ms a frame at 5k nodes). Measured here, it falls in the next chunk's flush.
      // A hidden element has no box to measure (a filter's hidden half: ~20 µs each, for nothing).
      const shown = added.filter((ele) => ele.visible());
      if (shown.nonempty()) shown.boundingBox();
      added = cy.collection();
      cy.startBatch();
    },
    release: () => {
      if (!held) return;
      held = false;
      cy.off('add style', onAdd);
      // A change applied in one chunk, or a few hundred elements added to a small view: drawn at once.
      const added = addedNodes.length + addedEdges.length;
      // The canvas's own collection, not a copy of it (cy.elements() copies 15,000 elements at 5k/10k).
      const small = added <= atOnce.added && (cy as unknown as { mutableElements(): { length: number } }).mutableElements().length <= atOnce.canvas;
      if (chunks > 0 && !small) reveal.start(addedNodes, addedEdges);
      cy.endBatch();
      reveal.applying = false;
    },
  };
}
