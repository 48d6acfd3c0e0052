SELECT count(*) AS files,
       sum(CASE WHEN status = 'ok' THEN 1 ELSE 0 END) AS usable,
       sum(CASE WHEN status = 'ok' AND kind = 'VLR' THEN 1 ELSE 0 END) AS vlrs,
       sum(CASE WHEN status = 'ok' AND kind = 'VNR' THEN 1 ELSE 0 END) AS vnrs,
       count(DISTINCT CASE WHEN status = 'ok' THEN country END) AS countries,
       min(CASE WHEN status = 'ok' THEN year END) AS first_year,
       max(CASE WHEN status = 'ok' THEN year END) AS last_year
FROM documents
