SELECT d.kind, p.sdg, round(avg(p.share_passages), 3) AS mean_share
FROM document_sdg_profile p JOIN docs d ON p.doc_id = d.doc_id
WHERE d.year IS NULL OR d.year <= {Y}
GROUP BY d.kind, p.sdg ORDER BY p.sdg, d.kind
