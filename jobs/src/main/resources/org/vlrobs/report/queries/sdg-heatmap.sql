SELECT concat(d.kind, ' ', d.file_name) AS document, p.sdg, round(p.share_passages, 3) AS share_passages
FROM document_sdg_profile p JOIN docs d ON p.doc_id = d.doc_id
WHERE d.doc_id IN (SELECT doc_id FROM docs WHERE year IS NULL OR year <= {Y}
                   ORDER BY year DESC NULLS LAST, file_name LIMIT 60)
ORDER BY d.kind, d.year, d.file_name, p.sdg
