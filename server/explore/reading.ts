// One-line readings of paths, worded from the ontology's labels:
// "Ana Ruiz — director of → Harbour Police — part of → Ministry of Interior".
import { RELATION_META } from '../ontology/index.js';
import type { GraphEdge, GraphNode } from '../store/port.js';

export function edgeLabel(edge: GraphEdge): string {
  const role = edge.properties.role;
  // A stated role reads better than the generic label: "director of" rather than "holds position at".
  if (edge.type === 'HOLDS_POSITION' && role) return `${role} of`;
  return RELATION_META[edge.type].label;
}

export function readPath(nodes: GraphNode[], edges: GraphEdge[]): string {
  let text = nodes[0]?.name ?? '';
  edges.forEach((edge, i) => {
    const here = nodes[i]!;
    const next = nodes[i + 1]!;
    const label = edgeLabel(edge);
    if (RELATION_META[edge.type].symmetric) text += ` — ${label} — ${next.name}`;
    else if (edge.source === here.id) text += ` — ${label} → ${next.name}`;
    else text += ` ← ${label} — ${next.name}`;
  });
  return text;
}
