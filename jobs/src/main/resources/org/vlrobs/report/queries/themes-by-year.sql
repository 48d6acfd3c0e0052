-- a document's passages: n_passages of its SDG profile (the same for every goal)
WITH per_year AS (SELECT d.year, sum(p.n_passages) AS passages
                  FROM document_sdg_profile p JOIN docs d ON p.doc_id = d.doc_id
                  WHERE p.sdg = 1 AND d.year <= {Y} GROUP BY d.year),
     top_themes AS (SELECT theme FROM document_themes GROUP BY theme
                    ORDER BY sum(passages) DESC, theme LIMIT 7),
     counts AS (SELECT d.year, t.theme, sum(t.passages) AS n
                FROM document_themes t JOIN docs d ON t.doc_id = d.doc_id
                WHERE d.year <= {Y} GROUP BY d.year, t.theme)
SELECT y.year, tt.theme, round(coalesce(c.n, 0) / y.passages, 3) AS share_passages
FROM per_year y CROSS JOIN top_themes tt LEFT JOIN counts c ON c.year = y.year AND c.theme = tt.theme
ORDER BY y.year, tt.theme
