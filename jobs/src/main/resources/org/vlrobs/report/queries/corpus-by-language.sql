SELECT coalesce(language, 'unknown') AS language, kind, count(*) AS documents
FROM docs WHERE year IS NULL OR year <= {Y}
GROUP BY 1, 2 ORDER BY 1, 2
