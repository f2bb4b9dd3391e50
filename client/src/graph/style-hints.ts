// Restyles that change only whether or how faintly an element shows skip
// Cytoscape's style hints. After every restyle Cytoscape hashes each style
// value an element has (every default included, strings character by
// character) into the keys of its cached textures: the body, border and
// label keys. None of those keys is made of the 'visibility' group (display,
// visibility, opacity, text-opacity, z-order, min-zoomed-font-size): the
// renderer applies those as it draws. Its only use of that group is one
// overall key, compared to say whether the hints changed, which no caller
// reads. A filter hides or shows thousands of elements and changes display
// alone; the hashing was about 30% of each restyle (bench/RESULTS.md).

interface StyleValue {
  strValue?: unknown;
  pfValue?: unknown;
}

interface Applied {
  diffProps: Record<string, { prev?: StyleValue; next?: StyleValue }>;
}

interface StyleProto {
  _private?: { cy?: object };
  properties?: Record<string, { groupKey?: string } | undefined>;
  applyContextStyle?: (meta: unknown, cxtStyle: unknown, ele: Element) => Applied;
  updateStyleHints?: (ele: Element) => boolean;
}

interface Element {
  _private: { styleKey?: unknown };
}

/** The property group whose values the renderer's texture keys leave out (see the test that checks it). */
export const UNKEYED_GROUP = 'visibility';

const canvases = new WeakSet<object>();
const patched = new WeakSet<object>();

/**
 * Whether every property the restyle gave a new value belongs to the unkeyed group (or none got one):
 * the keys, made of the other values, would come out the same.
 */
function onlyUnkeyed(style: StyleProto, applied: Applied): boolean {
  for (const [name, { prev, next }] of Object.entries(applied.diffProps)) {
    // A data-mapped property is applied again whenever its context stays active, mostly to the same value.
    if (prev?.strValue === next?.strValue && prev?.pfValue === next?.pfValue) continue;
    if (style.properties?.[name]?.groupKey !== UNKEYED_GROUP) return false;
  }
  return true;
}

/**
 * Every style of a page shares one prototype (`cy.style(sheet)` makes a new
 * style object), so the two steps are wrapped there, once. The wrappers act
 * only for canvases that asked and otherwise run Cytoscape's own steps as
 * they are. Returns false where this Cytoscape lacks either step.
 */
export function skipUnkeyedHints(cy: { style(): unknown }): boolean {
  const proto = Object.getPrototypeOf(cy.style()) as StyleProto | null;
  const apply = proto?.applyContextStyle;
  const hints = proto?.updateStyleHints;
  if (!proto || typeof apply !== 'function' || typeof hints !== 'function') return false;
  canvases.add(cy);
  if (patched.has(proto)) return true;
  patched.add(proto);
  // Cytoscape's apply runs applyContextStyle and then updateStyleHints for one element at a time.
  let skip: Element | undefined;
  proto.applyContextStyle = function (this: StyleProto, meta, cxtStyle, ele) {
    const applied = apply.call(this, meta, cxtStyle, ele);
    const cy = this._private?.cy;
    // An element's first hints are always made: there are no keys to keep yet.
    skip = cy && canvases.has(cy) && ele._private.styleKey != null && onlyUnkeyed(this, applied) ? ele : undefined;
    return applied;
  };
  proto.updateStyleHints = function (this: StyleProto, ele) {
    if (skip === ele) {
      skip = undefined;
      return false;
    }
    skip = undefined;
    return hints.call(this, ele);
  };
  return true;
}
