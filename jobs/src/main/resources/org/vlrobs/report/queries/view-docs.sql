-- view "docs": one row per distinct usable review (VLR or VNR; of same-text twins the smallest id)
SELECT * FROM documents WHERE status = 'ok' AND kind IN ('VLR', 'VNR')
AND (same_text_as IS NULL OR doc_id < same_text_as)
