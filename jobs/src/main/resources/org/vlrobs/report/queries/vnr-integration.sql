SELECT file_name, country, year, level, lrg, cited, featured, annexed, integrated,
       array_join(localities, ', ') AS localities, size(linked_vlr_doc_ids) AS linked_vlrs,
       vlrs_in_country_before, round(share_linked, 2) AS share_linked
FROM vnr_integration WHERE year IS NULL OR year <= {Y}
ORDER BY year DESC, level DESC, country
