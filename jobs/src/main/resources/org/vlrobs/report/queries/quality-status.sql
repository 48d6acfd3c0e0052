SELECT status, count(*) AS documents FROM documents GROUP BY status ORDER BY documents DESC, status
