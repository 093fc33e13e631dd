<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>AuditPage</name>
    <message>
        <source>Alles</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Laatste 7 dagen</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Laatste 30 dagen</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>Laatste 12 maanden</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Zelf kiezen…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Wie wat deed, wanneer en met welk dossier. Het logboek bevat geen namen, alleen nummers. Elke regel is aan de vorige gekoppeld: met &apos;Logboek controleren&apos; ziet u of er iets is gewijzigd of verwijderd.</source>
        <translation>Who did what, when and with which case. The audit log contains no names, only numbers. Each line is linked to the previous one: &apos;Check audit log&apos; shows whether anything was changed or removed.</translation>
    </message>
    <message>
        <source>dossier- of object-id</source>
        <translation>case or object id</translation>
    </message>
    <message>
        <source>&amp;Toon</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>&amp;Wis filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>Welke periode u wilt zien</source>
        <translation>Which period you want to see</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Begindatum (inclusief)</source>
        <translation>Start date (inclusive)</translation>
    </message>
    <message>
        <source>T&amp;ot en met:</source>
        <translation>U&amp;ntil:</translation>
    </message>
    <message>
        <source>Einddatum (inclusief)</source>
        <translation>End date (inclusive)</translation>
    </message>
    <message>
        <source>&amp;Actie:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Alleen regels met deze actie</source>
        <translation>Only lines with this action</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>Cas&amp;e:</translation>
    </message>
    <message>
        <source>Alleen regels over dit dossier- of object-id</source>
        <translation>Only lines about this case or object id</translation>
    </message>
    <message>
        <source>Logboekregels</source>
        <translation>Audit log lines</translation>
    </message>
    <message>
        <source>&amp;Vorige</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Vo&amp;lgende</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>Positie in het logboek</source>
        <translation>Position in the audit log</translation>
    </message>
    <message>
        <source>Logboek &amp;controleren</source>
        <translation>Check audit &amp;log</translation>
    </message>
    <message>
        <source>Controleert de hele keten van het logboek en noemt de eerste foute regel</source>
        <translation>Checks the whole chain of the audit log and names the first broken line</translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Alle acties</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Geen regels bij deze filters.</source>
        <translation>No lines match these filters.</translation>
    </message>
    <message>
        <source>Regel {first}–{last} van {total} (nieuwste eerst)</source>
        <translation>Line {first}–{last} of {total} (newest first)</translation>
    </message>
    <message>
        <source>Het logboek wordt gecontroleerd…</source>
        <translation>Checking the audit log…</translation>
    </message>
    <message>
        <source>Logboek in orde: alle {rows} regels zijn onverbroken aan elkaar gekoppeld.</source>
        <translation>Audit log in order: all {rows} lines are linked without a break.</translation>
    </message>
    <message>
        <source>Logboek NIET in orde: de keten is verbroken bij regel {id}. Deze regel of een regel vlak ervoor is buiten Baken om gewijzigd, verwijderd of ingevoegd. De {rows} regels daarvoor zijn in orde. Bewaar een back-up en meld dit bij uw functionaris gegevensbescherming.</source>
        <translation>Audit log NOT in order: the chain is broken at line {id}. This line or one just before it was changed, removed or inserted outside Baken. The {rows} lines before it are in order. Keep a backup and report this to your data protection officer.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Regel</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Tijdstip (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <source>Gebruiker</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Namens</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Soort object</source>
        <translation>Object type</translation>
    </message>
    <message>
        <source>Object-id</source>
        <translation>Object id</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Oorsprong</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>%1: ongeldige datum (dd-mm-jjjj).</source>
        <translation>%1: invalid date (dd-mm-yyyy).</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>&amp;Huidig wachtwoord:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <source>Alleen de sleutel wordt opnieuw ingepakt; de gegevens zelf blijven zoals ze zijn. Uw herstelcode blijft geldig.</source>
        <translation>Only the key is wrapped again; the data itself stays as it is. Your recovery code remains valid.</translation>
    </message>
    <message>
        <source>&amp;Wijzigen</source>
        <translation>&amp;Change</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Het huidige wachtwoord klopt niet.</source>
        <translation>The current password is not correct.</translation>
    </message>
    <message>
        <source>Baken</source>
        <translation>Baken</translation>
    </message>
    <message>
        <source>Uw wachtwoord is gewijzigd.</source>
        <translation>Your password has been changed.</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Dossier afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>&amp;Datum afsluiting:</source>
        <translation>Closing &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Bijv. doel bereikt, overgedragen, vertrokken/onbekend, weigert hulp</source>
        <translation>E.g. goal reached, transferred, left/unknown, refuses help</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>A&amp;nnuleren</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Naam of alias</source>
        <translation>Name or alias</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Uitbuitingsvorm</source>
        <translation>Form of exploitation</translation>
    </message>
    <message>
        <source>Dossierhouder</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde bedenktijd</source>
        <translation>End of reflection period</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Op deze kolom kan niet worden gesorteerd</source>
        <translation>This column cannot be sorted</translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>&amp;Nieuw dossier…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Een nieuwe persoon en een nieuw dossier vastleggen (intake)</source>
        <translation>Record a new person and a new case (intake)</translation>
    </message>
    <message>
        <source>Alle open dossiers</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <source>Alle dossiers</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>Alle vormen</source>
        <translation>All forms</translation>
    </message>
    <message>
        <source>Niet filteren</source>
        <translation>Do not filter</translation>
    </message>
    <message>
        <source>binnen %1 dagen</source>
        <translation>within %1 days</translation>
    </message>
    <message>
        <source>Alleen &amp;mijn dossiers</source>
        <translation>Only &amp;my cases</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Vorm:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Bedenktijd eindigt:</source>
        <translation>&amp;Reflection period ends:</translation>
    </message>
    <message>
        <source>&amp;Dossierhouder:</source>
        <translation>Case &amp;owner:</translation>
    </message>
    <message>
        <source>Dossierlijst</source>
        <translation>Case list</translation>
    </message>
    <message>
        <source>Aantal dossiers</source>
        <translation>Number of cases</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 dossiers, %2 geladen</source>
        <translation>%1 cases, %2 loaded</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Baken — eerste keer instellen</source>
        <translation>Baken — first-time setup</translation>
    </message>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Vorige</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hulp &amp; meldroutes — Baken</source>
        <translation>Help &amp; reporting channels — Baken</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>HelpWidget</name>
    <message>
        <source>Hulp &amp; meldroutes</source>
        <translation>Help &amp; reporting channels</translation>
    </message>
    <message>
        <source>&lt;b&gt;Acuut gevaar? Bel 112.&lt;/b&gt; Twijfel? Overleg met de politie (0900-8844).</source>
        <translation>&lt;b&gt;Acute danger? Call 112.&lt;/b&gt; In doubt? Consult the police (0900-8844).</translation>
    </message>
    <message>
        <source>Onderwerpen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Meldroutes</source>
        <translation>Reporting channels</translation>
    </message>
    <message>
        <source>Instantie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Nummer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;Meldroutes</source>
        <translation>&amp;Reporting channels</translation>
    </message>
    <message>
        <source>&amp;Geheugensteuntjes</source>
        <translation>Re&amp;minders</translation>
    </message>
    <message>
        <source>Signalen per uitbuitingsvorm</source>
        <translation>Signals per form of exploitation</translation>
    </message>
    <message>
        <source>&amp;Signalen</source>
        <translation>&amp;Signals</translation>
    </message>
    <message>
        <source>Risicofactoren</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <source>Risicofactor</source>
        <translation>Risk factor</translation>
    </message>
    <message>
        <source>Deze omstandigheden maken iemand kwetsbaarder voor uitbuiting. Ze zijn geen bewijs, maar een reden om beter te kijken.</source>
        <translation>These circumstances make a person more vulnerable to exploitation. They are not proof, but a reason to look more closely.</translation>
    </message>
    <message>
        <source>&amp;Risicofactoren</source>
        <translation>Ris&amp;k factors</translation>
    </message>
    <message>
        <source>Bron: de lijsten in resources/signals.json; uw beheerder kan ze bijwerken.</source>
        <translation>Source: the lists in resources/signals.json; your administrator can update them.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Nieuw dossier (intake)</source>
        <translation>New case (intake)</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Baken</source>
        <translation>&amp;Baken</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Paniek: direct vergrendelen</source>
        <translation>&amp;Panic: lock immediately</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Ga naar</source>
        <translation>&amp;Go to</translation>
    </message>
    <message>
        <source>&amp;Hulp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Hulp &amp;&amp; meldroutes</source>
        <translation>&amp;Help &amp;&amp; reporting channels</translation>
    </message>
    <message>
        <source>Over de &amp;beveiliging</source>
        <translation>About &amp;security</translation>
    </message>
    <message>
        <source>&amp;Over Baken</source>
        <translation>&amp;About Baken</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Aangemeld: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <source>Ontgrendeld — Ctrl+L vergrendelt</source>
        <translation>Unlocked — Ctrl+L locks</translation>
    </message>
    <message>
        <source>Over Baken</source>
        <translation>About Baken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baken %1&lt;/b&gt;&lt;br&gt;Versleuteld, offline dossierbeheer voor de zorgcoördinator mensenhandel.&lt;br&gt;&lt;br&gt;Gegevensmap: %2</source>
        <translation>&lt;b&gt;Baken %1&lt;/b&gt;&lt;br&gt;Encrypted, offline case management for the human trafficking care coordinator.&lt;br&gt;&lt;br&gt;Data folder: %2</translation>
    </message>
</context>
<context>
    <name>NeutralView</name>
    <message>
        <source>Druk op een toets om verder te gaan.</source>
        <translation>Press a key to continue.</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>NewRecoverySheetDialog</name>
    <message>
        <source>Nieuw herstelblad</source>
        <translation>New recovery sheet</translation>
    </message>
    <message>
        <source>U krijgt een nieuwe herstelcode. De oude code en het oude herstelblad werken daarna niet meer; vernietig het oude blad. Bevestig met uw wachtwoord.</source>
        <translation>You will get a new recovery code. The old code and the old recovery sheet stop working; destroy the old sheet. Confirm with your password.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe code maken</source>
        <translation>&amp;Make new code</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Het wachtwoord klopt niet.</source>
        <translation>The password is not correct.</translation>
    </message>
    <message>
        <source>Uw nieuwe herstelcode</source>
        <translation>Your new recovery code</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Er ging iets mis. Er is niets gewijzigd dat niet al was opgeslagen. Probeer het opnieuw; blijft het misgaan, neem dan contact op met uw ICT-afdeling.</source>
        <translation>Something went wrong. Nothing was changed that had not already been saved. Please try again; if it keeps failing, contact your IT department.</translation>
    </message>
    <message>
        <source>Baken</source>
        <translation>Baken</translation>
    </message>
    <message>
        <source>Even geduld</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Nieuwe ketenpartner</source>
        <translation>New chain partner</translation>
    </message>
    <message>
        <source>&amp;Naam organisatie:</source>
        <translation>Organisation &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>OrganisationPage</name>
    <message>
        <source>Organisatie en gebruiker</source>
        <translation>Organisation and user</translation>
    </message>
    <message>
        <source>Deze gegevens komen in briefhoofden en in het logboek. U kunt ze later wijzigen.</source>
        <translation>These details appear in letterheads and in the audit log. You can change them later.</translation>
    </message>
    <message>
        <source>bijv. Zorg- en Veiligheidshuis Regio Noord</source>
        <translation>e.g. Zorg- en Veiligheidshuis Regio Noord</translation>
    </message>
    <message>
        <source>Zorgcoördinator mensenhandel</source>
        <translation>Human trafficking care coordinator</translation>
    </message>
    <message>
        <source>Aandachtsfunctionaris mensenhandel</source>
        <translation>Human trafficking contact officer</translation>
    </message>
    <message>
        <source>Ketenregisseur mensenhandel</source>
        <translation>Human trafficking chain director</translation>
    </message>
    <message>
        <source>Beleidsmedewerker</source>
        <translation>Policy officer</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Uw &amp;rol:</source>
        <translation>Your &amp;role:</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Signalen &amp; screening</source>
        <translation>Signals &amp; screening</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Over de beveiliging</source>
        <translation>About security</translation>
    </message>
    <message>
        <source>Hulp &amp; meldroutes</source>
        <translation>Help &amp; reporting channels</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
</context>
<context>
    <name>PasswordFields</name>
    <message>
        <source>Advies over het wachtwoord</source>
        <translation>Password advice</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <source>Sterkte:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Zeer zwak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Zwak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Matig</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Sterk</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Zeer sterk</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>nog niets ingevuld</source>
        <translation>nothing entered yet</translation>
    </message>
    <message>
        <source>Sterkte: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens %1 tekens, bijvoorbeeld een zin van vier of meer losse woorden.</source>
        <translation>Choose a password of at least %1 characters, for example a phrase of four or more separate words.</translation>
    </message>
    <message>
        <source>Gebruik minstens %1 tekens.</source>
        <translation>Use at least %1 characters.</translation>
    </message>
    <message>
        <source>Maak het moeilijker te raden: gebruik een zin van vier of meer losse woorden, geen namen, datums of woorden uit uw organisatie.</source>
        <translation>Make it harder to guess: use a phrase of four or more separate words, no names, dates or words from your organisation.</translation>
    </message>
    <message>
        <source>Goed wachtwoord. Schrijf het niet op en gebruik het nergens anders.</source>
        <translation>Good password. Do not write it down and do not use it anywhere else.</translation>
    </message>
    <message>
        <source>De twee wachtwoorden zijn niet gelijk.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Met dit wachtwoord ontgrendelt u Baken elke keer dat u begint.</source>
        <translation>You unlock Baken with this password every time you start.</translation>
    </message>
    <message>
        <source>&amp;Aanmaken</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Ik kies bewust voor &apos;alleen wachtwoord&apos;: de sleutel hangt dan alleen af van mijn wachtwoord</source>
        <translation>I deliberately choose &apos;password only&apos;: the key then depends on my password alone</translation>
    </message>
    <message>
        <source>Een deel van de sleutel wordt bewaard in de sleutelbos van deze computer. Wie alleen de gegevensmap kopieert, kan er dus niets mee.</source>
        <translation>Part of the key is kept in this computer&apos;s keyring. Someone who only copies the data folder cannot use it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Geen bruikbare sleutelbos gevonden.&lt;/b&gt; Normaal bewaart Baken een deel van de sleutel in de sleutelbos van de computer (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service), zodat een gekopieerde gegevensmap zonder uw computeraccount niets waard is. Die is hier niet beschikbaar. Vraag uw ICT-afdeling om hulp, of kies hieronder bewust voor &apos;alleen wachtwoord&apos;. Kies dan een extra sterk wachtwoord; zie ook &apos;Over de beveiliging&apos;.</source>
        <translation>&lt;b&gt;No usable keyring found.&lt;/b&gt; Normally Baken keeps part of the key in the computer&apos;s keyring (Windows Credential Manager, macOS Keychain or Secret Service), so that a copied data folder is worthless without your computer account. It is not available here. Ask your IT department for help, or deliberately choose &apos;password only&apos; below. Then choose an extra strong password; see also &apos;About security&apos;.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Dit is uw herstelcode. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk het herstelblad af en bewaar het op papier, achter slot, niet bij de laptop. Met de herstelcode en de gegevensmap krijgt u weer toegang als u uw wachtwoord vergeet of op een nieuwe laptop begint.</source>
        <translation>This is your recovery code. It is shown &lt;b&gt;only once&lt;/b&gt;. Print the recovery sheet and keep it on paper, locked away, not with the laptop. With the recovery code and the data folder you regain access if you forget your password or start on a new laptop.</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Controle: typ groep &amp;%1 over:</source>
        <translation>Check: type group &amp;%1:</translation>
    </message>
    <message>
        <source>Heeft u de code afgedrukt of opgeschreven? Typ ter controle groep %1 van de vijf over (zonder streepjes).</source>
        <translation>Have you printed or written down the code? As a check, type group %1 of the five (without dashes).</translation>
    </message>
    <message>
        <source>Baken herstelblad</source>
        <translation>Baken recovery sheet</translation>
    </message>
    <message>
        <source>Herstelblad opslaan</source>
        <translation>Save recovery sheet</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Baken</source>
        <translation>Baken</translation>
    </message>
    <message>
        <source>Het herstelblad kon niet worden opgeslagen.</source>
        <translation>The recovery sheet could not be saved.</translation>
    </message>
    <message>
        <source>Het herstelblad is opgeslagen. Druk het af en verwijder daarna het bestand (ook uit de prullenbak): wie het bestand heeft, heeft uw herstelcode.</source>
        <translation>The recovery sheet has been saved. Print it and then delete the file (also from the recycle bin): whoever has the file has your recovery code.</translation>
    </message>
    <message>
        <source>Klopt.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <source>Dat klopt niet; kijk nog eens op het blad.</source>
        <translation>That is not correct; look at the sheet again.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Herstelcode gebruiken</source>
        <translation>Use recovery code</translation>
    </message>
    <message>
        <source>Typ de herstelcode van uw herstelblad over (25 tekens; hoofdletters en streepjes maken niet uit) en kies een nieuw wachtwoord. De herstelcode blijft daarna geldig.</source>
        <translation>Type the recovery code from your recovery sheet (25 characters; upper case and dashes do not matter) and choose a new password. The recovery code remains valid afterwards.</translation>
    </message>
    <message>
        <source>&amp;Herstelcode:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Geen sleutelbos op deze computer: bewust &apos;alleen wachtwoord&apos; gebruiken</source>
        <translation>No keyring on this computer: deliberately use &apos;password only&apos;</translation>
    </message>
    <message>
        <source>&amp;Herstellen</source>
        <translation>Re&amp;cover</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Uw herstelcode</source>
        <translation>Your recovery code</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Over de beveiliging</source>
        <translation>About security</translation>
    </message>
    <message>
        <source>Alles staat versleuteld op deze laptop</source>
        <translation>Everything is encrypted on this laptop</translation>
    </message>
    <message>
        <source>Baken bewaart alle gegevens in één versleuteld bestand (SQLCipher 4, AES-256). Elke wijziging buiten Baken om wordt opgemerkt. Er is geen server; niets gaat via internet.</source>
        <translation>Baken keeps all data in one encrypted file (SQLCipher 4, AES-256). Any change made outside Baken is detected. There is no server; nothing goes over the internet.</translation>
    </message>
    <message>
        <source>Wachtwoord én computer</source>
        <translation>Password and computer</translation>
    </message>
    <message>
        <source>Het bestand wordt geopend met een willekeurige sleutel. Die sleutel staat alleen ingepakt in het sleutelbestand. Om hem uit te pakken zijn uw wachtwoord én een geheim uit de sleutelbos van deze computer nodig (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service). Wie alleen de gegevensmap kopieert, of alleen uw wachtwoord afkijkt, kan de gegevens dus niet openen.</source>
        <translation>The file is opened with a random key. That key is stored only in wrapped form in the key file. Unwrapping it needs your password and a secret from this computer&apos;s keyring (Windows Credential Manager, macOS Keychain or Secret Service). Someone who only copies the data folder, or only sees your password, therefore cannot open the data.</translation>
    </message>
    <message>
        <source>Herstelcode</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Bij het instellen krijgt u eenmalig een herstelcode van 25 tekens, om af te drukken als herstelblad. Met de gegevensmap en de herstelcode komt u weer binnen na een vergeten wachtwoord of op een nieuwe laptop. Bewaar het herstelblad op papier, achter slot, niet bij de laptop. Een nieuw herstelblad (Instellingen) maakt de oude code ongeldig.</source>
        <translation>At setup you get a recovery code of 25 characters once, to print as a recovery sheet. With the data folder and the recovery code you get back in after a forgotten password or on a new laptop. Keep the recovery sheet on paper, locked away, not with the laptop. A new recovery sheet (Settings) makes the old code invalid.</translation>
    </message>
    <message>
        <source>Alleen wachtwoord (bewuste keuze)</source>
        <translation>Password only (deliberate choice)</translation>
    </message>
    <message>
        <source>Heeft deze computer geen bruikbare sleutelbos, dan zegt Baken dat en valt nooit stilletjes terug op een bestand. Alleen als u er bewust voor kiest, hangt de sleutel alleen van uw wachtwoord af. Kies dan een extra sterk wachtwoord.</source>
        <translation>If this computer has no usable keyring, Baken says so and never silently falls back to a file. Only if you deliberately choose it does the key depend on your password alone. Then choose an extra strong password.</translation>
    </message>
    <message>
        <source>Vergrendelen</source>
        <translation>Locking</translation>
    </message>
    <message>
        <source>Ctrl+L vergrendelt Baken direct. Na een periode zonder gebruik (standaard 5 minuten, hoogstens 15) vergrendelt Baken vanzelf. Vergrendelen sluit het gegevensbestand, wist de sleutel uit het geheugen, sluit alle schermen met gegevens en haalt wat Baken op het klembord zette weer weg.</source>
        <translation>Ctrl+L locks Baken immediately. After a period without use (5 minutes by default, at most 15) Baken locks by itself. Locking closes the data file, wipes the key from memory, closes every screen showing data and removes what Baken put on the clipboard.</translation>
    </message>
    <message>
        <source>Paniekknop: Ctrl+Shift+L</source>
        <translation>Panic key: Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Komt er onverwacht iemand meekijken? Ctrl+Shift+L vergrendelt meteen en toont een leeg, neutraal scherm. Een toets of klik brengt u terug naar het ontgrendelscherm.</source>
        <translation>Someone unexpectedly looking over your shoulder? Ctrl+Shift+L locks at once and shows an empty, neutral screen. A key press or click takes you back to the unlock screen.</translation>
    </message>
    <message>
        <source>Verkeerd wachtwoord</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>Baken weigert binnen een seconde en verandert niets. Na herhaalde fouten moet u steeds iets langer wachten. Mislukte pogingen worden geteld (zonder persoonsgegevens) en bij de volgende ontgrendeling in het logboek gezet.</source>
        <translation>Baken refuses within a second and changes nothing. After repeated mistakes you have to wait a little longer each time. Failed attempts are counted (without personal data) and written to the audit log at the next unlock.</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Elke aanmaak, ontgrendeling, mislukte poging, vergrendeling, wachtwoordwijziging en herstel komt in een logboek dat alleen kan groeien. Elke regel bevat een controlegetal van de vorige, zodat wijzigen of weghalen opvalt. Het logboek bevat geen namen van cliënten.</source>
        <translation>Every creation, unlock, failed attempt, lock, password change and recovery goes into an audit log that can only grow. Each line contains a checksum of the previous one, so changing or removing lines is noticed. The audit log contains no client names.</translation>
    </message>
    <message>
        <source>Geen sporen buiten het versleutelde bestand</source>
        <translation>No traces outside the encrypted file</translation>
    </message>
    <message>
        <source>Logboeken, foutmeldingen, tijdelijke bestanden, bestandsnamen en de vensterinstellingen bevatten geen persoonsgegevens.</source>
        <translation>Logs, error messages, temporary files, file names and the window settings contain no personal data.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Organisatie en gebruiker</source>
        <translation>Organisation and user</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Adres:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Uw &amp;naam:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Uw &amp;rol:</source>
        <translation>Your &amp;role:</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Beveiliging</source>
        <translation>Security</translation>
    </message>
    <message>
        <source> minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Automatisch &amp;vergrendelen na:</source>
        <translation>Automatically &amp;lock after:</translation>
    </message>
    <message>
        <source>Tijd zonder gebruik waarna Baken vergrendelt; hoogstens 15 minuten.</source>
        <translation>Time without use after which Baken locks; at most 15 minutes.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord wijzigen…</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <source>Nieuw &amp;herstelblad maken…</source>
        <translation>New recovery s&amp;heet…</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Taal van Baken:</source>
        <translation>Baken &amp;language:</translation>
    </message>
    <message>
        <source>Een andere taal wordt actief na opnieuw starten.</source>
        <translation>A different language takes effect after restarting.</translation>
    </message>
    <message>
        <source>Over Baken</source>
        <translation>About Baken</translation>
    </message>
    <message>
        <source>Versie:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Gegevensmap:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <source>Sleutel:</source>
        <translation>Key:</translation>
    </message>
    <message>
        <source>alleen wachtwoord (bewuste keuze)</source>
        <translation>password only (deliberate choice)</translation>
    </message>
    <message>
        <source>wachtwoord + sleutelbos van deze computer</source>
        <translation>password + this computer&apos;s keyring</translation>
    </message>
    <message>
        <source>Vul de naam van de organisatie en uw naam in.</source>
        <translation>Enter the name of the organisation and your name.</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <source>Baken is vergrendeld</source>
        <translation>Baken is locked</translation>
    </message>
    <message>
        <source>Voer uw wachtwoord in om uw gegevens te openen.</source>
        <translation>Enter your password to open your data.</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Wachtwoord &amp;vergeten? Herstelcode gebruiken</source>
        <translation>&amp;Forgot your password? Use recovery code</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Na herhaalde fouten even wachten: nog %1 s.</source>
        <translation>After repeated mistakes, please wait: %1 s left.</translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord. Probeer het opnieuw.</source>
        <translation>Wrong password. Please try again.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Baken</source>
        <translation>Welcome to Baken</translation>
    </message>
    <message>
        <source>Baken helpt u als zorgcoördinator mensenhandel of aandachtsfunctionaris bij signalen, screening, dossiers, opvang, nazorg en verwijsbrieven.</source>
        <translation>Baken supports you as a human trafficking care coordinator or contact officer with signals, screening, cases, shelter, aftercare and referral letters.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Uw gegevens blijven op deze laptop, versleuteld.&lt;/b&gt; Er is geen server en niets gaat via internet. Alleen wie het wachtwoord kent (en op deze computer is aangemeld) kan de gegevens openen.</source>
        <translation>&lt;b&gt;Your data stays on this laptop, encrypted.&lt;/b&gt; There is no server and nothing goes over the internet. Only someone who knows the password (and is signed in on this computer) can open the data.</translation>
    </message>
    <message>
        <source>In drie korte stappen legt u vast voor welke organisatie u werkt, kiest u een wachtwoord en krijgt u een herstelcode voor noodgevallen.</source>
        <translation>In three short steps you record which organisation you work for, choose a password and receive a recovery code for emergencies.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Navigatie</source>
        <translation>Navigation</translation>
    </message>
</context>
</TS>
