"""Over de beveiliging: how the data is protected, in plain Dutch (matches the README)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget


class SecurityPage(QTextBrowser):
    """Read-only text; keyboard scrolling and selection work as in any text view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("securityPage")
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Over de beveiliging"))
        self.document().setDocumentMargin(24)
        self.setStyleSheet("QTextBrowser { border: none; }")
        sections = [
            (
                self.tr("Alles staat versleuteld op deze laptop"),
                self.tr(
                    "Baken bewaart alle gegevens in één versleuteld bestand (SQLCipher 4, "
                    "AES-256). Elke wijziging buiten Baken om wordt opgemerkt. Er is geen "
                    "server; niets gaat via internet."
                ),
            ),
            (
                self.tr("Wachtwoord én computer"),
                self.tr(
                    "Het bestand wordt geopend met een willekeurige sleutel. Die sleutel staat "
                    "alleen ingepakt in het sleutelbestand. Om hem uit te pakken zijn uw "
                    "wachtwoord én een geheim uit de sleutelbos van deze computer nodig "
                    "(Windows Referentiebeheer, macOS Sleutelhanger of Secret Service). Wie "
                    "alleen de gegevensmap kopieert, of alleen uw wachtwoord afkijkt, kan de "
                    "gegevens dus niet openen."
                ),
            ),
            (
                self.tr("Herstelcode"),
                self.tr(
                    "Bij het instellen krijgt u eenmalig een herstelcode van 25 tekens, om af "
                    "te drukken als herstelblad. Met de gegevensmap en de herstelcode komt u "
                    "weer binnen na een vergeten wachtwoord of op een nieuwe laptop. Bewaar "
                    "het herstelblad op papier, achter slot, niet bij de laptop. Een nieuw "
                    "herstelblad (Instellingen) maakt de oude code ongeldig."
                ),
            ),
            (
                self.tr("Alleen wachtwoord (bewuste keuze)"),
                self.tr(
                    "Heeft deze computer geen bruikbare sleutelbos, dan zegt Baken dat en valt "
                    "nooit stilletjes terug op een bestand. Alleen als u er bewust voor kiest, "
                    "hangt de sleutel alleen van uw wachtwoord af. Kies dan een extra sterk "
                    "wachtwoord."
                ),
            ),
            (
                self.tr("Vergrendelen"),
                self.tr(
                    "Ctrl+L vergrendelt Baken direct. Na een periode zonder gebruik (standaard "
                    "5 minuten, hoogstens 15) vergrendelt Baken vanzelf. Vergrendelen sluit het "
                    "gegevensbestand, wist de sleutel uit het geheugen, sluit alle schermen met "
                    "gegevens en haalt wat Baken op het klembord zette weer weg."
                ),
            ),
            (
                self.tr("Paniekknop: Ctrl+Shift+L"),
                self.tr(
                    "Komt er onverwacht iemand meekijken? Ctrl+Shift+L vergrendelt meteen en "
                    "toont een leeg, neutraal scherm. Een toets of klik brengt u terug naar het "
                    "ontgrendelscherm."
                ),
            ),
            (
                self.tr("Verkeerd wachtwoord"),
                self.tr(
                    "Baken weigert binnen een seconde en verandert niets. Na herhaalde fouten "
                    "moet u steeds iets langer wachten. Mislukte pogingen worden geteld (zonder "
                    "persoonsgegevens) en bij de volgende ontgrendeling in het logboek gezet."
                ),
            ),
            (
                self.tr("Logboek"),
                self.tr(
                    "Elke aanmaak, ontgrendeling, mislukte poging, vergrendeling, "
                    "wachtwoordwijziging en herstel komt in een logboek dat alleen kan groeien. "
                    "Elke regel bevat een controlegetal van de vorige, zodat wijzigen of "
                    "weghalen opvalt. Het logboek bevat geen namen van cliënten."
                ),
            ),
            (
                self.tr("Beschadigd of gewijzigd bestand"),
                self.tr(
                    "Is het gegevensbestand of het sleutelbestand beschadigd of buiten Baken om "
                    "gewijzigd, dan weigert Baken het met een duidelijke melding en overschrijft "
                    "niets. Vóór elke schema-update maakt Baken eerst een versleutelde kopie."
                ),
            ),
            (
                self.tr("Geen sporen buiten het versleutelde bestand"),
                self.tr(
                    "Logboeken, foutmeldingen, tijdelijke bestanden, bestandsnamen en de "
                    "vensterinstellingen bevatten geen persoonsgegevens."
                ),
            ),
        ]
        parts = [f"<h2>{html.escape(self.tr('Over de beveiliging'))}</h2>"]
        for title, text in sections:
            parts.append(f"<h3>{html.escape(title)}</h3><p>{html.escape(text)}</p>")
        self.setHtml(
            "<div style='line-height: 135%; max-width: 60em;'>" + "".join(parts) + "</div>"
        )
