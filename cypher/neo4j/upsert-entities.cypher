// Merges entities by id: the first name and type stay, and aliases are united
// in first-seen order (a later name for the entity becomes an alias), never
// holding the name itself. The type is also the node label. aliasText and
// searchText are the string forms the full-text and text indexes need. merges
// arrives already united with the stored ones (entity-types read them).
// PageRank and community wait for analytics (writeAnalytics).
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n.name = row.name, n.type = row.type, n.aliases = [], n.degree = 0, n.pagerank = 0.0, n.community = -1
SET n:$(n.type)
SET n.aliases = reduce(acc = [], a IN n.aliases + [row.name] + row.aliases |
  CASE WHEN a IN acc OR a = n.name OR a = '' THEN acc ELSE acc + a END)
SET n.aliasText = reduce(text = '', a IN n.aliases | text + a + '\n')
SET n.searchText = toLower(n.name + '\n' + n.aliasText)
SET n.merges = row.merges
