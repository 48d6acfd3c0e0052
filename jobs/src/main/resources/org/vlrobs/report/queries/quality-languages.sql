SELECT coalesce(p.language, 'undetected') AS language,
       CASE WHEN p.language IN ('en', 'es', 'fr', 'pt') THEN 'full'
            WHEN p.language IN ('de', 'it') THEN 'classification by lexicon and model, fewer rules'
            ELSE 'extraction and segmentation only' END AS support,
       sum(p.pages) AS pages
FROM document_page_languages p JOIN docs d ON p.doc_id = d.doc_id
GROUP BY 1, 2 ORDER BY pages DESC, language
