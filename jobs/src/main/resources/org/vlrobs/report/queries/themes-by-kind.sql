SELECT t.theme, d.kind, count(DISTINCT t.doc_id) AS documents, count(DISTINCT t.passage_id) AS passages
FROM passage_themes t JOIN docs d ON t.doc_id = d.doc_id
WHERE t.label AND (d.year IS NULL OR d.year <= {Y})
GROUP BY t.theme, d.kind ORDER BY t.theme, d.kind
