"""Screens for signals, screening, intake and dossiers (issue 4).

Pages: Vandaag (``today_page``), Signalen & screening (``screening_page``), Dossiers
(``dossiers_page`` with the dossier view in ``dossier_view``), and the search popup
(``search``). Other features add tabs to the dossier view through
``TABS`` in ``ui.care.tabs`` and ``ui.letters.tabs``, listed in ``ui/features.py``.
"""
