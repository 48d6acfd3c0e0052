WITH per_year AS (SELECT d.year, count(*) AS passages FROM passages p JOIN docs d ON p.doc_id = d.doc_id
                  WHERE d.year <= {Y} GROUP BY d.year),
     top_themes AS (SELECT theme FROM passage_themes WHERE label GROUP BY theme
                    ORDER BY count(*) DESC, theme LIMIT 7),
     counts AS (SELECT d.year, t.theme, count(DISTINCT t.passage_id) AS n
                FROM passage_themes t JOIN docs d ON t.doc_id = d.doc_id
                WHERE t.label AND d.year <= {Y} GROUP BY d.year, t.theme)
SELECT y.year, tt.theme, round(coalesce(c.n, 0) / y.passages, 3) AS share_passages
FROM per_year y CROSS JOIN top_themes tt LEFT JOIN counts c ON c.year = y.year AND c.theme = tt.theme
ORDER BY y.year, tt.theme
