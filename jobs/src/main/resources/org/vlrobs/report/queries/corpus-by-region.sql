SELECT coalesce(m.region, 'Unknown') AS region, d.kind, count(*) AS documents
FROM docs d LEFT JOIN m49 m ON d.country = m.country
WHERE d.year IS NULL OR d.year <= {Y}
GROUP BY 1, 2 ORDER BY 1, 2
