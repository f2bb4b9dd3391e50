// Whether the drawing order can have changed since the renderer last sorted.
// Cytoscape throws its sorted list away on any 'zorder' notice, and a style
// change sends one when any of several properties changes: display,
// visibility, opacity, events, a label appearing, as well as the three the
// order is made of. Only those three, and adding, removing or re-parenting
// elements, can move an element in the order; the others change only which
// elements a pointer can hit (built again for every list, z-sort.ts). A
// filter hides or shows thousands of elements and changes none of them: the
// sort that followed (9–14 ms at 15,000 elements, most of it reading three
// style values an element from memory) can reuse the last order.

/** The style properties the renderer's order is made of (see z-sort.ts). */
export const ORDER_PROPERTIES: ReadonlySet<string> = new Set(['z-index', 'z-compound-depth', 'z-index-compare']);

/** Renderer notices after which Cytoscape sorts again because elements came, went or moved between parents. */
const ORDER_EVENTS: ReadonlySet<string> = new Set(['add', 'remove', 'move', 'load', 'mount']);

interface StyleLike {
  _private?: { cy?: object };
  checkZOrderTrigger?: (ele: unknown, name: string, from: unknown, to: unknown) => void;
}

export interface OrderWatch {
  /**
   * Whether the order may differ from the last sort's: always before the first sort, and after any change
   * that can move an element. Styles restyled since then are brought up to date first (Cytoscape applies a
   * style when it is next read), as a sort reading them would, so a change they hold is counted.
   */
  changed(): boolean;
  /** The renderer has sorted: the order is current. */
  sorted(): void;
}

/** Restyles followed between two sorts; past this many, the next sort reads every element instead. */
const MAX_RESTYLES = 1000;

interface Restyled { cleanStyle(): unknown }

const watches = new WeakMap<object, { changed: boolean }>();
const patchedStyles = new WeakSet<object>();

/**
 * Every style of a page shares one prototype, and `cy.style(sheet)` makes a new
 * style object: the check is wrapped where all of them find it. The wrapper asks
 * only for canvases being watched and always runs Cytoscape's own check.
 */
function watchStyleChanges(style: StyleLike): boolean {
  const proto = Object.getPrototypeOf(style) as StyleLike | null;
  const own = proto?.checkZOrderTrigger;
  if (!proto || typeof own !== 'function') return false;
  if (patchedStyles.has(proto)) return true;
  patchedStyles.add(proto);
  proto.checkZOrderTrigger = function (this: StyleLike, ele, name, from, to) {
    const cy = this._private?.cy;
    const watch = cy && watches.get(cy);
    if (watch && from !== to && ORDER_PROPERTIES.has(name)) watch.changed = true;
    own.call(this, ele, name, from, to);
  };
  return true;
}

/**
 * Follows `cy`'s changes through its renderer's notices and its style's triggers.
 * Where either cannot be followed (another renderer, another Cytoscape), the
 * order is always said to have changed, which is Cytoscape's own behaviour.
 */
export function watchOrder(cy: { style(): unknown }, renderer: { notify?: (name: string, eles?: unknown) => void }): OrderWatch {
  const watch = { changed: true };
  const restyled: Restyled[] = [];
  const notify = renderer.notify;
  const followed = typeof notify === 'function' && watchStyleChanges(cy.style() as StyleLike);
  if (followed) {
    watches.set(cy, watch);
    renderer.notify = function (this: unknown, name: string, eles?: unknown) {
      if (ORDER_EVENTS.has(name)) watch.changed = true;
      else if (name === 'style' && !watch.changed) {
        if (restyled.length >= MAX_RESTYLES || typeof (eles as Partial<Restyled> | undefined)?.cleanStyle !== 'function') watch.changed = true;
        else restyled.push(eles as Restyled);
      }
      return notify.call(this, name, eles);
    };
  }
  return {
    changed: () => {
      if (!followed || watch.changed) return true;
      for (const eles of restyled) eles.cleanStyle();
      restyled.length = 0;
      return watch.changed;
    },
    sorted: () => {
      watch.changed = false;
      restyled.length = 0;
    },
  };
}
