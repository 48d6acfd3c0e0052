SELECT field, source, count(*) AS documents
FROM (SELECT explode(metadata_source) AS (field, source) FROM documents WHERE status = 'ok')
GROUP BY field, source ORDER BY field, source
