// The ontology as data: display, direction, symmetry and allowed endpoints of
// every type. Domain rules sit beside the types they govern.
import {
  type EntityType, type EntityTypeMeta, type RelationType, type RelationTypeMeta,
  ENTITY_TYPES, RELATION_TYPES, DOCUMENT_LABEL, MENTIONED_IN,
} from './types.js';

export * from './types.js';

const ORG_OR_PLACE: EntityType[] = ['Organization', 'Location'];
const ACTORS: EntityType[] = ['Person', 'Organization', 'Location'];

export const ENTITY_META: Record<EntityType, EntityTypeMeta> = {
  Person: { label: 'Person', plural: 'People', color: '#4e79a7', shape: 'ellipse', description: 'A named human.' },
  Organization: {
    label: 'Organization', plural: 'Organizations', color: '#f28e2b', shape: 'round-rectangle',
    description: 'A named body: ministry, bureau, police force, court, company, international organization.',
  },
  // A country acting ("China opposes ...") is still a Location, as in the extraction contract.
  Location: { label: 'Location', plural: 'Locations', color: '#59a14f', shape: 'hexagon', description: 'A country, region, city or named site.' },
  Event: { label: 'Event', plural: 'Events', color: '#e15759', shape: 'diamond', description: 'A named happening: operation, summit, assembly, forum.' },
  Substance: { label: 'Substance', plural: 'Substances', color: '#b07aa1', shape: 'triangle', description: 'A drug, chemical or other controlled good.' },
  Other: { label: 'Other', plural: 'Other', color: '#9c755f', shape: 'barrel', description: 'A named initiative, law or program.' },
};

export const DOCUMENT_META = {
  label: 'Document', plural: 'Documents', color: '#bab0ac', shape: 'rectangle' as const,
  description: 'A source document; entities link to the documents that mention them.',
};

export const MENTIONED_IN_META = {
  label: 'mentioned in', inverseLabel: 'mentions', color: '#cfcfcf', lineStyle: 'dotted' as const,
  description: 'An entity is named in a document.',
};

const POST = ['role', 'start', 'end', 'status'] as const;

export const RELATION_META: Record<RelationType, RelationTypeMeta> = {
  HOLDS_POSITION: {
    label: 'holds position at', inverseLabel: 'has position held by', symmetric: false,
    endpoints: [{ from: ['Person'], to: ORG_OR_PLACE }], properties: [...POST],
    color: '#4e79a7', lineStyle: 'solid', description: 'Holds or held a post; role, start and end when stated.',
  },
  MEMBER_OF: {
    label: 'member of', inverseLabel: 'has member', symmetric: false,
    endpoints: [{ from: ACTORS, to: ['Organization'] }], properties: [...POST],
    color: '#76b7b2', lineStyle: 'solid', description: 'Belongs to a body or sits on it.',
  },
  // Subdivision only within a kind: a bureau of a ministry, a province of a country.
  PART_OF: {
    label: 'part of', inverseLabel: 'has part', symmetric: false,
    endpoints: [{ from: ['Organization'], to: ['Organization'] }, { from: ['Location'], to: ['Location'] }],
    properties: [], color: '#f28e2b', lineStyle: 'solid', description: 'Is a unit or subdivision of.',
  },
  LOCATED_IN: {
    label: 'located in', inverseLabel: 'location of', symmetric: false,
    endpoints: [{ from: ['Organization', 'Event', 'Location'], to: ['Location'] }], properties: ['date'],
    color: '#59a14f', lineStyle: 'dashed', description: 'Is based in, or took place in.',
  },
  PARTICIPATED_IN: {
    label: 'participated in', inverseLabel: 'had participant', symmetric: false,
    endpoints: [{ from: ACTORS, to: ['Event'] }], properties: ['role', 'date', 'start', 'end'],
    color: '#e15759', lineStyle: 'solid', description: 'Took part in.',
  },
  FOUNDED: {
    label: 'founded', inverseLabel: 'founded by', symmetric: false,
    endpoints: [{ from: ACTORS, to: ['Organization', 'Event', 'Other'] }], properties: ['date'],
    color: '#edc948', lineStyle: 'solid', description: 'Created, launched or introduced.',
  },
  MET_WITH: {
    label: 'met with', inverseLabel: 'met with', symmetric: true,
    endpoints: [{ from: ['Person'], to: ['Person'] }], properties: ['date'],
    color: '#ff9da7', lineStyle: 'solid', description: 'Met or held talks.',
  },
  COOPERATES_WITH: {
    label: 'cooperates with', inverseLabel: 'cooperates with', symmetric: true,
    endpoints: [{ from: ORG_OR_PLACE, to: ORG_OR_PLACE }], properties: ['date', 'start', 'end'],
    color: '#59a14f', lineStyle: 'solid', description: 'Works jointly, signs agreements, runs joint patrols.',
  },
  EDUCATED_AT: {
    label: 'educated at', inverseLabel: 'educated', symmetric: false,
    endpoints: [{ from: ['Person'], to: ['Organization'] }], properties: ['start', 'end'],
    color: '#9c755f', lineStyle: 'dashed', description: 'Studied at.',
  },
  NATIONALITY: {
    label: 'citizen of', inverseLabel: 'has citizen', symmetric: false,
    endpoints: [{ from: ['Person'], to: ['Location'] }], properties: [],
    color: '#bab0ac', lineStyle: 'dashed', description: 'Is a citizen of.',
  },
  CHARGED_BY: {
    label: 'charged by', inverseLabel: 'charged', symmetric: false,
    endpoints: [{ from: ['Person', 'Organization'], to: ORG_OR_PLACE }], properties: ['date', 'status'],
    color: '#d62728', lineStyle: 'dashed', description: 'Was charged, indicted, accused, tried or sentenced by.',
  },
  ARRESTED_BY: {
    label: 'arrested by', inverseLabel: 'arrested', symmetric: false,
    endpoints: [{ from: ['Person'], to: ORG_OR_PLACE }], properties: ['date'],
    color: '#8c564b', lineStyle: 'dashed', description: 'Was arrested or detained by, or in.',
  },
  INVOLVED_WITH: {
    label: 'involved with', inverseLabel: 'involves', symmetric: false,
    endpoints: [{ from: ACTORS, to: ['Substance'] }], properties: ['action'],
    color: '#b07aa1', lineStyle: 'solid', description: 'Produces, traffics, seizes or regulates; action when stated.',
  },
};

/** Every (from, to) label pair a relation type allows, for schemas that need them spelled out (Kuzu). */
export function endpointPairs(type: RelationType): Array<[EntityType, EntityType]> {
  const pairs: Array<[EntityType, EntityType]> = [];
  for (const block of RELATION_META[type].endpoints) {
    for (const f of block.from) for (const t of block.to) pairs.push([f, t]);
  }
  return pairs;
}

export function allowsEndpoints(type: RelationType, from: EntityType, to: EntityType): boolean {
  return endpointPairs(type).some(([f, t]) => f === from && t === to);
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** The ontology as served at /api/schema and drawn by the client. */
export function describeOntology() {
  return {
    entityTypes: ENTITY_TYPES.map((type) => ({ type, ...ENTITY_META[type] })),
    relationTypes: RELATION_TYPES.map((type) => ({ type, ...RELATION_META[type] })),
    document: { type: DOCUMENT_LABEL, ...DOCUMENT_META },
    mentionedIn: { type: MENTIONED_IN, ...MENTIONED_IN_META },
    relationProperties: [...new Set(RELATION_TYPES.flatMap((t) => RELATION_META[t].properties))],
  };
}
