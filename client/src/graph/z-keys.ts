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

/**
 * What changed since the last sort when only a few elements were restyled and none came, went or
 * changed parent: a hover or a press restyles one. The order can then be mended rather than sorted.
 */
export interface FewChanges {
  /** Elements whose own order keys (ORDER_PROPERTIES) changed. */
  moved: readonly object[];
  /** Every element restyled, the moved among them: whether a pointer can hit them may have changed. */
  restyled: readonly object[];
  /** Elements added (an expansion's), in the order they were added: placed into the order by their keys. */
  added: readonly object[];
  /**
   * Elements removed, in the order Cytoscape took them from its list (never with additions): the rest keep
   * their order, but for those Cytoscape moved into the gaps (its list fills a gap with its last element).
   */
  removed: readonly object[];
}

export interface OrderWatch {
  /**
   * Whether the order may differ from the last sort's: always before the first sort, and after any change
   * that can move an element. Styles restyled since then are brought up to date first (Cytoscape applies a
   * style when it is next read), as a sort reading them would, so a change they hold is counted.
   */
  changed(): boolean;
  /** The elements restyled since the last sort, if they are few and nothing else changed; else undefined. */
  few(): FewChanges | undefined;
  /** The renderer has sorted: the order is current. */
  sorted(): void;
}

/** Restyles followed between two sorts; past this many, the next sort reads every element instead. */
const MAX_RESTYLES = 1000;

/** Elements restyled between two sorts that `few` lists one by one; past this many it says nothing. */
export const MAX_FEW = 64;

/** Elements added between two sorts that `few` lists one by one; past this many the next sort reads every element. */
export const MAX_ADDED = 512;

/** Elements removed between two sorts that `few` lists one by one; past this many the next sort reads every element. */
export const MAX_REMOVED = 512;

interface Restyled { cleanStyle(): unknown; length?: number; [i: number]: object }

interface Watch {
  /** Anything the watch cannot follow element by element: the next sort reads every element. */
  unknown: boolean;
  moved: Set<object>;
  added: Set<object>;
  removed: object[];
}

const watches = new WeakMap<object, Watch>();
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
    // An element just added gets its keys for the first time: it is placed by them anyway.
    if (watch && from !== to && ORDER_PROPERTIES.has(name) && !watch.unknown && !watch.added.has(ele as object)) {
      watch.moved.add(ele as object);
      if (watch.moved.size > MAX_FEW) watch.unknown = true;
    }
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
  const watch: Watch = { unknown: true, moved: new Set(), added: new Set(), removed: [] };
  const restyled: Restyled[] = [];
  /** The elements restyled since the last sort while they are few; undefined past MAX_FEW. */
  let few: Set<object> | undefined = new Set();
  const notify = renderer.notify;
  const followed = typeof notify === 'function' && watchStyleChanges(cy.style() as StyleLike);
  if (followed) {
    watches.set(cy, watch);
    renderer.notify = function (this: unknown, name: string, eles?: unknown) {
      const c = eles as Partial<Restyled> | undefined;
      if (name === 'add' && !watch.unknown && typeof c?.length === 'number' && watch.removed.length === 0 && watch.added.size + c.length <= MAX_ADDED) {
        for (let i = 0; i < c.length; i++) watch.added.add(c[i]!);
      } else if (name === 'remove' && !watch.unknown && typeof c?.length === 'number' && watch.added.size === 0 && watch.removed.length + c.length <= MAX_REMOVED) {
        // In the order Cytoscape took them from its list (a batch's removals merged in the order they came).
        for (let i = 0; i < c.length; i++) watch.removed.push(c[i]!);
      } else if (ORDER_EVENTS.has(name)) watch.unknown = true;
      else if (name === 'style' && !watch.unknown) {
        if (restyled.length >= MAX_RESTYLES || typeof c?.cleanStyle !== 'function') watch.unknown = true;
        else {
          restyled.push(c as Restyled);
          // A filter restyles thousands in one notice: not counted one by one. Elements just added are listed
          // apart; a batch's notices may name them restyled before added, so they are told apart when asked.
          const n = c.length ?? 0;
          for (let i = 0; few && i < n; i++) {
            if (watch.added.has(c[i]!)) continue;
            few.add(c[i]!);
            if (few.size > MAX_FEW + MAX_ADDED) few = undefined;
          }
        }
      }
      return notify.call(this, name, eles);
    };
  }
  const flush = () => {
    for (const eles of restyled) eles.cleanStyle();
    restyled.length = 0;
  };
  return {
    changed: () => {
      if (!followed || watch.unknown) return true;
      flush();
      return watch.unknown || watch.moved.size > 0 || watch.added.size > 0 || watch.removed.length > 0;
    },
    few: () => {
      if (!followed || watch.unknown || !few) return undefined;
      flush();
      if (watch.unknown) return undefined;
      const removed = new Set(watch.removed);
      const moved = [...watch.moved].filter((ele) => !removed.has(ele));
      const restyled = [...new Set([...[...few].filter((ele) => !watch.added.has(ele)), ...moved])].filter((ele) => !removed.has(ele));
      if (restyled.length > MAX_FEW + moved.length) return undefined;
      return { moved, restyled, added: [...watch.added], removed: [...watch.removed] };
    },
    sorted: () => {
      watch.unknown = false;
      watch.moved.clear();
      watch.added.clear();
      watch.removed.length = 0;
      restyled.length = 0;
      few = new Set();
    },
  };
}
