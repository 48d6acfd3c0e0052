SELECT concat(d.kind, ' ', d.year) AS reviews, p.sdg, round(avg(p.share_passages), 3) AS mean_share,
       count(DISTINCT d.doc_id) AS documents
FROM document_sdg_profile p JOIN docs d ON p.doc_id = d.doc_id
WHERE d.year <= {Y}
GROUP BY d.year, d.kind, p.sdg ORDER BY d.year, d.kind, p.sdg
