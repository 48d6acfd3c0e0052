SELECT t.theme, d.kind, count(*) AS documents, sum(t.passages) AS passages
FROM document_themes t JOIN docs d ON t.doc_id = d.doc_id
WHERE d.year IS NULL OR d.year <= {Y}
GROUP BY t.theme, d.kind ORDER BY t.theme, d.kind
