SELECT concat(country, ' ', year) AS vnr, vlrs_in_country_before, size(linked_vlr_doc_ids) AS linked_vlrs,
       round(share_linked, 3) AS share_linked
FROM vnr_integration WHERE year <= {Y} AND vlrs_in_country_before > 0
ORDER BY share_linked DESC, vnr
