// Drops relations left without evidence: a relation without evidence is not a fact.
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {id: row.id}]->(:Entity)
DELETE r
