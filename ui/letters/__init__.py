"""Brieven and documents: the dossier tabs "Brieven" and "Documenten" and the overall
verstrekkingenregister page. Everything is shown from memory (QtPdf over a QBuffer)."""
