SELECT coalesce(p.language, 'undetected') AS language,
       CASE WHEN p.language IN ('en', 'es', 'fr', 'pt') THEN 'full'
            WHEN p.language IN ('de', 'it') THEN 'classification by lexicon and model, fewer rules'
            ELSE 'extraction and segmentation only' END AS support,
       count(*) AS pages
FROM pages p JOIN docs d ON p.doc_id = d.doc_id
GROUP BY 1, 2 ORDER BY pages DESC, language
