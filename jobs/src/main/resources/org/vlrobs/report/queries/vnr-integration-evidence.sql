SELECT v.file_name, e.flag, e.page_no AS page, e.quote, e.passage_id
FROM vnr_integration_evidence e JOIN vnr_integration v ON e.doc_id = v.doc_id
WHERE e.rank = 1 AND (v.year IS NULL OR v.year <= {Y})
ORDER BY v.year DESC, v.level DESC, v.country, v.file_name,
  CASE e.flag WHEN 'integrated' THEN 1 WHEN 'annexed' THEN 2 WHEN 'featured' THEN 3 WHEN 'cited' THEN 4 ELSE 5 END
