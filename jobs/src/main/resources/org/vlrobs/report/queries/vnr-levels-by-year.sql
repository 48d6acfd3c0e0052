SELECT year, level, count(*) AS vnrs,
       round(count(*) / sum(count(*)) OVER (PARTITION BY year), 3) AS share_of_year
FROM vnr_integration WHERE year <= {Y}
GROUP BY year, level ORDER BY year, level
