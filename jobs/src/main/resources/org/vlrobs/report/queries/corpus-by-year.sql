SELECT year, kind, count(*) AS documents FROM docs WHERE year <= {Y} GROUP BY year, kind ORDER BY year, kind
