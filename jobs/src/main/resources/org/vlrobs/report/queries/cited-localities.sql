SELECT l.locality, count(DISTINCT v.doc_id) AS citing_vnrs
FROM vnr_integration v LATERAL VIEW explode(v.localities) l AS locality
WHERE v.year IS NULL OR v.year <= {Y}
GROUP BY l.locality ORDER BY citing_vnrs DESC, l.locality LIMIT 20
