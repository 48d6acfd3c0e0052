SELECT kind, count(*) AS documents FROM docs WHERE year IS NULL GROUP BY kind ORDER BY kind
