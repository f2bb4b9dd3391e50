// Template: shortest path(s) from $from to $to, direction "both". {{mode}} is SHORTEST or ALL SHORTEST;
// {{maxHops}} and {{relFilter}} are literals built by path-filter.ts, because Kuzu
// takes no parameters there.
MATCH (a:{{from}} {id: $from}), (b:{{to}} {id: $to})
WITH a, b
MATCH p = (a)-[hops* {{mode}} 1..{{maxHops}} (r, n | WHERE {{relFilter}})]-(b)
RETURN properties(nodes(p), 'id') AS nodeIds, properties(rels(p), 'id') AS edgeIds
LIMIT $limit
