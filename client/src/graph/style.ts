// The Cytoscape stylesheet, derived from /api/schema: a node's colour and shape
// come from its entity type, an edge's colour, line style and arrow from its
// relation type. Nothing here names a type; a new type in the ontology is styled
// without a change to the client.
import type { StylesheetJson } from 'cytoscape';
import type { Schema } from '../types.js';

export interface StyleOptions {
  /** The light style for large views: straight haystack edges, no arrows, labels only when zoomed in. */
  light: boolean;
}

const DEFAULT_OPTIONS: StyleOptions = { light: false };

/**
 * The class of a node coloured by its community (shape still follows its type). A class, set node by
 * node over frames, rather than a rule in or out of the sheet: a new sheet restyles every element in
 * one go (1.2-1.5 s at 5k/10k).
 */
export const BY_COMMUNITY = 'by-community';

/** Visual constants that do not come from the ontology. */
export const THEME = {
  /** Label and outline colours, matched to the page's CSS. */
  text: '#1f2937',
  canvas: '#ffffff',
  selection: '#111827',
  /** Fallback for a type the schema does not know (an older client against a newer server). */
  unknown: '#9ca3af',
  font: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
} as const;

/** A Cytoscape attribute selector matching one value exactly; JSON quoting escapes any quote in it. */
export function byType(group: 'node' | 'edge', type: string): string {
  return `${group}[type = ${JSON.stringify(type)}]`;
}

export function buildStylesheet(schema: Schema, options: StyleOptions = DEFAULT_OPTIONS): StylesheetJson {
  return [
    ...baseStyles(),
    ...schema.entityTypes.map((t) => ({
      selector: byType('node', t.type),
      style: { 'background-color': t.color, shape: t.shape },
    })),
    ...schema.relationTypes.map((r) => ({
      selector: byType('edge', r.type),
      style: {
        'line-color': r.color,
        'target-arrow-color': r.color,
        'line-style': r.lineStyle,
        // A symmetric relation reads the same both ways, so it gets no arrow.
        'target-arrow-shape': r.symmetric ? ('none' as const) : ('triangle' as const),
      },
    })),
    { selector: `node.${BY_COMMUNITY}[ccolor]`, style: { 'background-color': 'data(ccolor)' } },
    // The large-view style replaces the base look, so selection, highlight and dimming still show over it.
    ...(options.light ? lightStyles() : []),
    ...stateStyles(),
    ...(options.light ? lightStateStyles() : []),
  ];
}

function baseStyles(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': THEME.unknown,
        label: 'data(label)',
        color: THEME.text,
        'font-family': THEME.font,
        'font-size': 11,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-outline-color': THEME.canvas,
        'text-outline-width': 2,
        // The view computes each node's size (by degree or PageRank) into data(size).
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1,
        'border-color': THEME.canvas,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'mapData(evidenceCount, 1, 6, 1.5, 4)',
        'line-color': THEME.unknown,
        'target-arrow-color': THEME.unknown,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'font-family': THEME.font,
        'font-size': 10,
        color: THEME.text,
        'text-rotation': 'autorotate',
        'text-background-color': THEME.canvas,
        'text-background-opacity': 0.9,
        'text-background-padding': '2px',
      },
    },
  ];
}

function stateStyles(): StylesheetJson {
  return [
    // An expanded node has shown its neighbours; a thick ring tells it apart.
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': THEME.selection, 'border-opacity': 0.35 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': THEME.selection, 'border-opacity': 1 } },
    // Edge labels only when they are looked at: a full graph of labels is unreadable.
    { selector: 'edge.hover, edge:selected', style: { label: 'data(label)', 'z-index': 10 } },
    { selector: 'edge:selected', style: { width: 5, 'overlay-color': THEME.selection, 'overlay-opacity': 0.12 } },
    { selector: 'node.hover', style: { 'border-width': 3, 'border-color': THEME.selection, 'border-opacity': 0.6 } },
    // A pinned node keeps its place: a dashed ring says it will not move.
    { selector: 'node.pinned', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': THEME.selection, 'border-opacity': 0.9 } },
    // Hidden by hand or filtered out: not drawn, and edges to it go with it.
    { selector: '.off', style: { display: 'none' } },
    // A highlighted path (or other focus) dims everything else.
    { selector: '.dimmed', style: { opacity: 0.15 } },
    { selector: 'edge.highlight', style: { width: 5, 'z-index': 20, label: 'data(label)' } },
    { selector: 'node.highlight', style: { 'border-width': 4, 'border-color': '#f59e0b', 'border-opacity': 1 } },
  ];
}

/** Above a thousand nodes: cheaper edges and labels, so panning stays smooth. */
function lightStyles(): StylesheetJson {
  return [
    // No ellipsis: truncating a label measures it again and again; labels show only zoomed in anyway.
    // Labels only from about zoom 1.2 up (11 px text shown at ≥ 13 px): zoomed out they are unreadable and the costliest thing drawn.
    { selector: 'node', style: { 'min-zoomed-font-size': 13, 'text-outline-width': 0, 'border-width': 0, 'text-wrap': 'none' } },
    // Plain straight lines: haystack (no curve, no arrow), solid (dashes are slow to stroke), thin, faint.
    { selector: 'edge', style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'line-style': 'solid', width: 1, opacity: 0.45 } },
  ];
}

/** After the state styles on a large view: edge labels stay off (a label on one edge of thousands costs a full redraw). */
function lightStateStyles(): StylesheetJson {
  return [{ selector: 'edge.hover, edge:selected', style: { label: '' } }];
}
