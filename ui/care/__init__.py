"""Opvang, hulpverleningsplan and nazorg screens: the Opvang page (``ui.care.opvang_page``)
and three dossier tabs (``ui.care.tabs``: Opvang, Hulpverleningsplan, Nazorg en
afsluiting)."""
