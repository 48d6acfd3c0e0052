SELECT concat(country, ' ', year) AS vnr, alignment_basis, round(sdg_alignment, 3) AS sdg_alignment
FROM vnr_integration WHERE year <= {Y} AND sdg_alignment IS NOT NULL
ORDER BY sdg_alignment DESC, vnr
