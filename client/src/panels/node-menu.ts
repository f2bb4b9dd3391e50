// The items of a node's context menu: expand (all, by relation type, by
// neighbour entity type), collapse, hide, pin or unpin, remove.
import type { ExpandScope } from '../core/expansion.js';
import type { Schema } from '../types.js';
import type { MenuItem } from './menu.js';

export interface NodeMenuContext {
  id: string;
  type: string;
  expanded: boolean;
  pinned: boolean;
  /** Neighbours per relation type, when known (from the node's details or an expansion). */
  relationCounts?: Record<string, number>;
  expand(scope: ExpandScope): void;
  collapse(): void;
  hide(): void;
  togglePin(): void;
  remove(): void;
  details(): void;
  /** Starts or ends a path search at this node (Paths panel). */
  pathFrom(): void;
  pathTo(): void;
}

export function nodeMenuItems(schema: Schema, ctx: NodeMenuContext): MenuItem[] {
  return [
    { label: 'Expand', hint: 'E', testId: 'menu-expand', run: () => ctx.expand({ kind: 'all' }) },
    { label: 'Expand by relation type', testId: 'menu-expand-relation', submenu: relationItems(schema, ctx) },
    { label: 'Expand by entity type', testId: 'menu-expand-entity', submenu: entityItems(schema, ctx) },
    { label: 'Collapse', hint: 'C', testId: 'menu-collapse', disabled: !ctx.expanded, run: ctx.collapse },
    { label: 'Hide', hint: 'H', testId: 'menu-hide', run: ctx.hide },
    { label: ctx.pinned ? 'Unpin' : 'Pin', hint: 'P', testId: 'menu-pin', run: ctx.togglePin },
    { label: 'Remove', hint: 'Del', testId: 'menu-remove', run: ctx.remove },
    { label: 'Paths from here…', testId: 'menu-path-from', run: ctx.pathFrom },
    { label: 'Paths to here…', testId: 'menu-path-to', run: ctx.pathTo },
    { label: 'Show details', testId: 'menu-details', run: ctx.details },
  ];
}

/** Relation types this entity type can take part in (either end), with counts when known. */
function relationItems(schema: Schema, ctx: NodeMenuContext): MenuItem[] {
  const fits = schema.relationTypes.filter((r) => r.endpoints.some((e) => (e.from as string[]).includes(ctx.type) || (e.to as string[]).includes(ctx.type)));
  return fits.map((r) => {
    const count = ctx.relationCounts?.[r.type];
    return {
      label: r.label, hint: count === undefined ? undefined : String(count), disabled: count === 0,
      testId: `menu-rel-${r.type}`, run: () => ctx.expand({ kind: 'relation', type: r.type }),
    };
  });
}

function entityItems(schema: Schema, ctx: NodeMenuContext): MenuItem[] {
  return schema.entityTypes.map((t) => ({
    label: t.plural, testId: `menu-type-${t.type}`, run: () => ctx.expand({ kind: 'entity', type: t.type }),
  }));
}
