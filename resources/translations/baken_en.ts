<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>AddDocumentDialog</name>
    <message>
        <source>Document toevoegen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Bestand: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>&amp;Soort</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Hoort bij &amp;toestemming</source>
        <translation>Belongs to &amp;consent</translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>Organisatie wijzigen</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>Nieuwe organisatie</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>S&amp;traat en huisnummer:</source>
        <translation>S&amp;treet and number:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postcode:</translation>
    </message>
    <message>
        <source>Pl&amp;aats:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Land:</source>
        <translation>&amp;Country:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>&amp;Opmerkingen:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Contactpersoon wijzigen</source>
        <translation>Edit contact person</translation>
    </message>
    <message>
        <source>Nieuwe contactpersoon</source>
        <translation>New contact person</translation>
    </message>
    <message>
        <source>&amp;Functie:</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <source>Adresboek</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Naam, plaats, telefoon, e-mail of contactpersoon</source>
        <translation>Name, city, phone, e-mail or contact person</translation>
    </message>
    <message>
        <source>Zoeken in het adresboek</source>
        <translation>Search the address book</translation>
    </message>
    <message>
        <source>S&amp;oort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Alle soorten</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Type of organisation</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisaties</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Gegevens</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Gegevens van de organisatie</source>
        <translation>Details of the organisation</translation>
    </message>
    <message>
        <source>Adres &amp;tonen (wordt gelogd)</source>
        <translation>Show &amp;address (logged)</translation>
    </message>
    <message>
        <source>Opvangprofiel</source>
        <translation>Shelter profile</translation>
    </message>
    <message>
        <source>Opvang&amp;profiel…</source>
        <translation>Shelter &amp;profile…</translation>
    </message>
    <message>
        <source>Contactpersonen</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Job title</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon toevoegen…</source>
        <translation>Add &amp;contact person…</translation>
    </message>
    <message>
        <source>W&amp;ijzigen…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Ve&amp;rwijderen</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Geheim adres</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <source>%1 van %2 organisaties</source>
        <translation>%1 of %2 organisations</translation>
    </message>
    <message>
        <source>Nog geen organisaties. Voeg ketenpartners en opvanglocaties toe met “Nieuwe organisatie…”.</source>
        <translation>No organisations yet. Add partner agencies and shelters with “New organisation…”.</translation>
    </message>
    <message>
        <source>Telefoon: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>(geen adres bekend)</source>
        <translation>(no address known)</translation>
    </message>
    <message>
        <source>Geen opvangprofiel.</source>
        <translation>No shelter profile.</translation>
    </message>
    <message>
        <source>Opvang&amp;profiel toevoegen…</source>
        <translation>Add shelter &amp;profile…</translation>
    </message>
    <message>
        <source>Capaciteit: %1 plaatsen</source>
        <translation>Capacity: %1 places</translation>
    </message>
    <message>
        <source>Doelgroepen: %1</source>
        <translation>Target groups: %1</translation>
    </message>
    <message>
        <source>Aanmelden bij: %1</source>
        <translation>Referrals to: %1</translation>
    </message>
    <message>
        <source>Opvang&amp;profiel wijzigen…</source>
        <translation>Edit shelter &amp;profile…</translation>
    </message>
    <message>
        <source>“%1” met contactpersonen en opvangprofiel uit het adresboek verwijderen?</source>
        <translation>Remove “%1” with its contact persons and shelter profile from the address book?</translation>
    </message>
    <message>
        <source>Contactpersoon “%1” verwijderen?</source>
        <translation>Remove contact person “%1”?</translation>
    </message>
</context>
<context>
    <name>AuditActions</name>
    <message>
        <source>Opslag aangemaakt</source>
        <translation>Store created</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <source>Ontgrendeld met de herstelcode</source>
        <translation>Unlocked with the recovery code</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Automatisch vergrendeld (geen activiteit)</source>
        <translation>Locked automatically (no activity)</translation>
    </message>
    <message>
        <source>Direct vergrendeld (paniekknop)</source>
        <translation>Locked at once (panic button)</translation>
    </message>
    <message>
        <source>Wachtwoord gewijzigd</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>Nieuwe herstelcode gemaakt</source>
        <translation>New recovery code made</translation>
    </message>
    <message>
        <source>Opslag bijgewerkt naar een nieuwe versie</source>
        <translation>Store upgraded to a new version</translation>
    </message>
    <message>
        <source>Opslag gecontroleerd</source>
        <translation>Store checked</translation>
    </message>
    <message>
        <source>Instellingen gewijzigd</source>
        <translation>Settings changed</translation>
    </message>
    <message>
        <source>Bewaartermijnen gewijzigd</source>
        <translation>Retention periods changed</translation>
    </message>
    <message>
        <source>Back-up gemaakt</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Map voor back-ups gewijzigd</source>
        <translation>Backup folder changed</translation>
    </message>
    <message>
        <source>Back-up teruggezet</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Opslag vervangen door een back-up</source>
        <translation>Store replaced by a backup</translation>
    </message>
    <message>
        <source>Overdrachtsbestand gemaakt</source>
        <translation>Handover file made</translation>
    </message>
    <message>
        <source>Overdrachtsbestand ingelezen</source>
        <translation>Handover file imported</translation>
    </message>
    <message>
        <source>Dossiers overgedragen aan een collega</source>
        <translation>Cases transferred to a colleague</translation>
    </message>
    <message>
        <source>Overgedragen dossiers samengevoegd</source>
        <translation>Transferred cases merged</translation>
    </message>
    <message>
        <source>Dossiers geïmporteerd uit een spreadsheet</source>
        <translation>Cases imported from a spreadsheet</translation>
    </message>
    <message>
        <source>Demogegevens geladen</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <source>Demogegevens voor opvang geladen</source>
        <translation>Demo data for shelters loaded</translation>
    </message>
    <message>
        <source>Concepten bewaard bij vergrendelen</source>
        <translation>Drafts kept when locking</translation>
    </message>
    <message>
        <source>Verlopen concepten opgeruimd</source>
        <translation>Expired drafts removed</translation>
    </message>
    <message>
        <source>Logboek bekeken</source>
        <translation>Audit log viewed</translation>
    </message>
    <message>
        <source>Logboek gecontroleerd</source>
        <translation>Audit log checked</translation>
    </message>
    <message>
        <source>Logboek geëxporteerd</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <source>Gezocht</source>
        <translation>Searched</translation>
    </message>
    <message>
        <source>Vandaag bekeken</source>
        <translation>Today viewed</translation>
    </message>
    <message>
        <source>Zorgtaken voor vandaag bekeken</source>
        <translation>Care tasks for today viewed</translation>
    </message>
    <message>
        <source>Dossierlijst bekeken</source>
        <translation>Case list viewed</translation>
    </message>
    <message>
        <source>Tijdlijn van het dossier bekeken</source>
        <translation>Case timeline viewed</translation>
    </message>
    <message>
        <source>Dossier heropend</source>
        <translation>Case reopened</translation>
    </message>
    <message>
        <source>Andere dossiers van de persoon bekeken</source>
        <translation>Other cases of the person viewed</translation>
    </message>
    <message>
        <source>Actiepunten bekeken</source>
        <translation>Action items viewed</translation>
    </message>
    <message>
        <source>Screeningsbesluiten bekeken</source>
        <translation>Screening decisions viewed</translation>
    </message>
    <message>
        <source>Screeningsoverleggen bekeken</source>
        <translation>Screening meetings viewed</translation>
    </message>
    <message>
        <source>Agenda van het screeningsoverleg gemaakt</source>
        <translation>Screening meeting agenda made</translation>
    </message>
    <message>
        <source>Toestemmingen bekeken</source>
        <translation>Consents viewed</translation>
    </message>
    <message>
        <source>Ketenpartners van het dossier bekeken</source>
        <translation>Partner agencies of the case viewed</translation>
    </message>
    <message>
        <source>Veiligheidsinschattingen bekeken</source>
        <translation>Safety assessments viewed</translation>
    </message>
    <message>
        <source>Verstrekkingen bekeken</source>
        <translation>Disclosures viewed</translation>
    </message>
    <message>
        <source>Adresboek bekeken</source>
        <translation>Address book viewed</translation>
    </message>
    <message>
        <source>Geheim adres getoond</source>
        <translation>Confidential address shown</translation>
    </message>
    <message>
        <source>Opvang en bezetting bekeken</source>
        <translation>Shelters and occupancy viewed</translation>
    </message>
    <message>
        <source>Cliënten van een opvang bekeken</source>
        <translation>Clients of a shelter viewed</translation>
    </message>
    <message>
        <source>Signaal aan een dossier gekoppeld</source>
        <translation>Signal linked to a case</translation>
    </message>
    <message>
        <source>Brief als voorbeeld bekeken</source>
        <translation>Letter previewed</translation>
    </message>
    <message>
        <source>Brief gemaakt (gegevens verstrekt)</source>
        <translation>Letter made (data disclosed)</translation>
    </message>
    <message>
        <source>Brief bekeken</source>
        <translation>Letter viewed</translation>
    </message>
    <message>
        <source>Sleutelkaart (contactkaart) opgeslagen</source>
        <translation>Contact card saved</translation>
    </message>
    <message>
        <source>Contact voor uitwisselen toegevoegd</source>
        <translation>Exchange contact added</translation>
    </message>
    <message>
        <source>Andere sleutels voor een contact geweigerd</source>
        <translation>Other keys for a contact refused</translation>
    </message>
    <message>
        <source>Nieuwe sleutels van een contact geverifieerd</source>
        <translation>New keys of a contact verified</translation>
    </message>
    <message>
        <source>Contact voor uitwisselen verwijderd</source>
        <translation>Exchange contact removed</translation>
    </message>
    <message>
        <source>Contact geverifieerd (vingerafdruk)</source>
        <translation>Contact verified (fingerprint)</translation>
    </message>
    <message>
        <source>Mappen voor uitwisselen ingesteld</source>
        <translation>Exchange folders set</translation>
    </message>
    <message>
        <source>Overdracht versleuteld voor een opvolger</source>
        <translation>Handover encrypted for a successor</translation>
    </message>
    <message>
        <source>Overdracht voor deze opslag geopend</source>
        <translation>Handover for this store opened</translation>
    </message>
    <message>
        <source>Sleutelpaar voor uitwisselen gemaakt</source>
        <translation>Exchange key pair created</translation>
    </message>
    <message>
        <source>Oud sleutelpaar buiten gebruik gesteld</source>
        <translation>Old key pair retired</translation>
    </message>
    <message>
        <source>Sleutelkaart afgedrukt of opgeslagen</source>
        <translation>Key card printed or saved</translation>
    </message>
    <message>
        <source>Pakket ontvangen</source>
        <translation>Package received</translation>
    </message>
    <message>
        <source>Ingesteld als aandachtsfunctionaris (meldt aan de zorgcoördinator)</source>
        <translation>Set up as contact officer (reports to the care coordinator)</translation>
    </message>
    <message>
        <source>Geheime sleutel geëxporteerd</source>
        <translation>Secret key exported</translation>
    </message>
    <message>
        <source>Pakket verstuurd (gegevens verstrekt)</source>
        <translation>Package sent (data disclosed)</translation>
    </message>
    <message>
        <source>Signaal overgedragen aan de zorgcoördinator</source>
        <translation>Signal handed over to the care coordinator</translation>
    </message>
    <message>
        <source>Eerdere versies van een notitie bekeken</source>
        <translation>Earlier versions of a note viewed</translation>
    </message>
    <message>
        <source>Verwijzing vastgelegd</source>
        <translation>Referral recorded</translation>
    </message>
    <message>
        <source>Verwijzingen bekeken</source>
        <translation>Referrals viewed</translation>
    </message>
    <message>
        <source>Status van een verwijzing gewijzigd</source>
        <translation>Referral status changed</translation>
    </message>
    <message>
        <source>Brief afgedrukt</source>
        <translation>Letter printed</translation>
    </message>
    <message>
        <source>Brief opgeslagen als bestand</source>
        <translation>Letter saved as a file</translation>
    </message>
    <message>
        <source>Document toegevoegd</source>
        <translation>Document added</translation>
    </message>
    <message>
        <source>Document bekeken</source>
        <translation>Document viewed</translation>
    </message>
    <message>
        <source>Document opgeslagen als bestand</source>
        <translation>Document saved as a file</translation>
    </message>
    <message>
        <source>Inzageoverzicht (AVG) gemaakt</source>
        <translation>Subject access report (GDPR) made</translation>
    </message>
    <message>
        <source>Rapportage bekeken</source>
        <translation>Report viewed</translation>
    </message>
    <message>
        <source>Rapportage geëxporteerd</source>
        <translation>Report exported</translation>
    </message>
    <message>
        <source>Dossiers voorbij de bewaartermijn bekeken</source>
        <translation>Cases past their retention period viewed</translation>
    </message>
    <message>
        <source>Dossier vernietigd</source>
        <translation>Case destroyed</translation>
    </message>
    <message>
        <source>Verklaring van vernietiging gemaakt</source>
        <translation>Destruction certificate made</translation>
    </message>
    <message>
        <source>Opslag na vernietiging opgeschoond</source>
        <translation>Store cleaned up after destruction</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Screeningsoverleg</source>
        <translation>Screening meeting</translation>
    </message>
    <message>
        <source>Screeningsbesluit</source>
        <translation>Screening decision</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Ketenpartner bij dossier</source>
        <translation>Partner agency of case</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Veiligheidsinschatting</source>
        <translation>Safety assessment</translation>
    </message>
    <message>
        <source>Opvangprofiel</source>
        <translation>Shelter profile</translation>
    </message>
    <message>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Hulpverleningsplan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Actie in het hulpverleningsplan</source>
        <translation>Care plan action</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Nazorgcontact</source>
        <translation>Aftercare contact</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>%1 aangemaakt</source>
        <translation>%1 created</translation>
    </message>
    <message>
        <source>%1 gewijzigd</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <source>%1 gecorrigeerd (eerdere versie bewaard)</source>
        <translation>%1 corrected (earlier version kept)</translation>
    </message>
    <message>
        <source>%1 bekeken</source>
        <translation>%1 viewed</translation>
    </message>
    <message>
        <source>%1: lijst bekeken</source>
        <translation>%1: list viewed</translation>
    </message>
    <message>
        <source>%1 verwijderd</source>
        <translation>%1 deleted</translation>
    </message>
    <message>
        <source>%1 afgesloten</source>
        <translation>%1 closed</translation>
    </message>
    <message>
        <source>%1: fase gewijzigd</source>
        <translation>%1: phase changed</translation>
    </message>
    <message>
        <source>%1 gekoppeld</source>
        <translation>%1 linked</translation>
    </message>
    <message>
        <source>%1 ingetrokken</source>
        <translation>%1 withdrawn</translation>
    </message>
    <message>
        <source>%1 gehouden</source>
        <translation>%1 held</translation>
    </message>
    <message>
        <source>%1 beëindigd</source>
        <translation>%1 ended</translation>
    </message>
    <message>
        <source>%1: besluit over de aanvraag</source>
        <translation>%1: request decided</translation>
    </message>
    <message>
        <source>%1: cliënt geplaatst</source>
        <translation>%1: client placed</translation>
    </message>
    <message>
        <source>%1: cliënt overgeplaatst</source>
        <translation>%1: client transferred</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>gelukt</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>mislukt</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>afgebroken</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>onbekend</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>deze computer (%1)</source>
        <translation>this computer (%1)</translation>
    </message>
    <message>
        <source>andere computer (%1)</source>
        <translation>another computer (%1)</translation>
    </message>
</context>
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
        <source>Wie wat deed, namens wie, wanneer, waar en bij welke cliënt (dossiernummer). Tijden in de tijd van deze computer. Het logboek bevat geen namen, alleen nummers. Elke regel is aan de vorige gekoppeld: met &apos;Logboek controleren&apos; ziet u of er iets is gewijzigd of verwijderd.</source>
        <translation>Who did what, on whose behalf, when, where and for which client (case number). Times in this computer&apos;s time zone. The log holds no names, only numbers. Every line is linked to the previous one: &apos;Check the log&apos; shows whether anything was changed or deleted.</translation>
    </message>
    <message>
        <source>dossiernummer (of object-id)</source>
        <translation>case number (or object id)</translation>
    </message>
    <message>
        <source>&amp;Dossier (cliënt):</source>
        <translation>Cas&amp;e (client):</translation>
    </message>
    <message>
        <source>Alleen regels over deze cliënt: het dossier, de persoon en alles in het dossier (dossiernummer), of over één object-id</source>
        <translation>Only lines about this client: the case, the person and everything in the case (case number), or about one object id</translation>
    </message>
    <message>
        <source>Logboekregels</source>
        <translation>Audit log lines</translation>
    </message>
    <message>
        <source>Vor&amp;ige</source>
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
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Namens wie</source>
        <translation>On whose behalf</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Welke cliënt (dossier)</source>
        <translation>Which client (case)</translation>
    </message>
    <message>
        <source>Waar</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Resultaat</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Regel {id} · {ts} UTC · actie {action} · object {kind} {oid}</source>
        <translation>Line {id} · {ts} UTC · action {action} · object {kind} {oid}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>Automatische back-up maken…</source>
        <translation>Making automatic backup…</translation>
    </message>
</context>
<context>
    <name>CareCharts</name>
    <message>
        <source>Bezetting per week</source>
        <translation>Occupancy per week</translation>
    </message>
    <message>
        <source>Deze week %1 van %2 plaatsen bezet; hoogste bezetting in %3 weken: %4.</source>
        <translation>This week %1 of %2 places occupied; highest occupancy in %3 weeks: %4.</translation>
    </message>
    <message>
        <source>Hoogste aantal cliënten per week</source>
        <translation>Highest number of clients per week</translation>
    </message>
    <message>
        <source>- - capaciteit %1   rood: boven capaciteit</source>
        <translation>- - capacity %1   red: over capacity</translation>
    </message>
    <message>
        <source>Nog geen plaatsingen.</source>
        <translation>No placements yet.</translation>
    </message>
    <message>
        <source>Scores per leefgebied</source>
        <translation>Scores per life domain</translation>
    </message>
    <message>
        <source>Nog geen scores.</source>
        <translation>No scores yet.</translation>
    </message>
</context>
<context>
    <name>CareDialogs</name>
    <message>
        <source>A&amp;nnuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Er is nog geen opvanglocatie. Voeg de opvang toe in het Adresboek (soort Opvang, met een opvangprofiel).</source>
        <translation>There is no shelter yet. Add the shelter in the Address book (type Shelter, with a shelter profile).</translation>
    </message>
    <message>
        <source>&amp;Adresboek openen</source>
        <translation>Open the &amp;address book</translation>
    </message>
    <message>
        <source>Opvangprofiel</source>
        <translation>Shelter profile</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Ketenpartner:</source>
        <translation>&amp;Partner agency:</translation>
    </message>
    <message>
        <source>&amp;Soort opvang:</source>
        <translation>&amp;Type of shelter:</translation>
    </message>
    <message>
        <source>&amp;Capaciteit (plaatsen):</source>
        <translation>&amp;Capacity (places):</translation>
    </message>
    <message>
        <source>&amp;Doelgroepen:</source>
        <translation>&amp;Target groups:</translation>
    </message>
    <message>
        <source>Contact voor &amp;aanmelding:</source>
        <translation>&amp;Intake contact:</translation>
    </message>
    <message>
        <source>Het adres is geheim (alleen tonen op verzoek; wordt gelogd)</source>
        <translation>The address is confidential (shown only on request; logged)</translation>
    </message>
    <message>
        <source>&amp;Geheim adres:</source>
        <translation>Con&amp;fidential address:</translation>
    </message>
    <message>
        <source>Opvang aanvragen</source>
        <translation>Request shelter</translation>
    </message>
    <message>
        <source>&amp;Aanvragen</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>&amp;Datum aanvraag:</source>
        <translation>&amp;Request date:</translation>
    </message>
    <message>
        <source>Gevraagde &amp;soort opvang:</source>
        <translation>Requested &amp;type of shelter:</translation>
    </message>
    <message>
        <source>&amp;Urgentie:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>(nog geen opvang gekozen)</source>
        <translation>(no shelter chosen yet)</translation>
    </message>
    <message>
        <source>&amp;Bij opvang:</source>
        <translation>&amp;At shelter:</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Besluit over de aanvraag</source>
        <translation>Decision on the request</translation>
    </message>
    <message>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Toegezegd</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>&amp;Besluit:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Datum besluit:</source>
        <translation>&amp;Decision date:</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&amp;Opvang:</source>
        <translation>&amp;Shelter:</translation>
    </message>
    <message>
        <source>&amp;Reden van afwijzing:</source>
        <translation>&amp;Reason for rejection:</translation>
    </message>
    <message>
        <source>Cliënt plaatsen</source>
        <translation>Place client</translation>
    </message>
    <message>
        <source>&amp;Plaatsen</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Datum plaatsing:</source>
        <translation>&amp;Placement date:</translation>
    </message>
    <message>
        <source>Doorplaatsen</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>&amp;Doorplaatsen</source>
        <translation>&amp;Transfer</translation>
    </message>
    <message>
        <source>Het huidige verblijf eindigt op de datum van doorplaatsing; het nieuwe verblijf begint dezelfde dag en blijft aan het vorige gekoppeld.</source>
        <translation>The current stay ends on the transfer date; the new stay starts the same day and stays linked to the previous one.</translation>
    </message>
    <message>
        <source>&amp;Naar opvang:</source>
        <translation>&amp;To shelter:</translation>
    </message>
    <message>
        <source>&amp;Datum doorplaatsing:</source>
        <translation>Transfer &amp;date:</translation>
    </message>
    <message>
        <source>Datum doorplaatsing is verplicht.</source>
        <translation>Transfer date is required.</translation>
    </message>
    <message>
        <source>Plaatsing beëindigen</source>
        <translation>End placement</translation>
    </message>
    <message>
        <source>&amp;Beëindigen</source>
        <translation>&amp;End</translation>
    </message>
    <message>
        <source>&amp;Einddatum:</source>
        <translation>&amp;End date:</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Einddatum is verplicht.</source>
        <translation>End date is required.</translation>
    </message>
    <message>
        <source>Score %1 (1 tot en met 5)</source>
        <translation>Score %1 (1 to 5)</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Scores per leefgebied (ZRM, 1–5; – = speelt niet)</source>
        <translation>Scores per life domain (ZRM, 1–5; – = not relevant)</translation>
    </message>
    <message>
        <source>&amp;Verslag:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Evaluatie plannen</source>
        <translation>Plan evaluation</translation>
    </message>
    <message>
        <source>&amp;Plannen</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Geplande datum:</source>
        <translation>&amp;Planned date:</translation>
    </message>
    <message>
        <source>Geplande datum is verplicht.</source>
        <translation>Planned date is required.</translation>
    </message>
    <message>
        <source>Doel toevoegen</source>
        <translation>Add goal</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Leefgebied:</source>
        <translation>&amp;Life domain:</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Actie toevoegen</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Bij &amp;doel:</source>
        <translation>For &amp;goal:</translation>
    </message>
    <message>
        <source>&amp;Wat:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>(de coördinator of iemand anders)</source>
        <translation>(the coordinator or someone else)</translation>
    </message>
    <message>
        <source>Wie: &amp;ketenpartner:</source>
        <translation>Who: &amp;partner agency:</translation>
    </message>
    <message>
        <source>bijv. coördinator</source>
        <translation>e.g. coordinator</translation>
    </message>
    <message>
        <source>Wie: &amp;naam of rol:</source>
        <translation>Who: &amp;name or role:</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk op:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <source>Nazorg starten: warme overdracht</source>
        <translation>Start aftercare: warm handover</translation>
    </message>
    <message>
        <source>Nazorg &amp;starten</source>
        <translation>&amp;Start aftercare</translation>
    </message>
    <message>
        <source>Overgedragen &amp;aan:</source>
        <translation>Handed over &amp;to:</translation>
    </message>
    <message>
        <source>(geen ketenpartner uit de lijst)</source>
        <translation>(no partner agency from the list)</translation>
    </message>
    <message>
        <source>&amp;Naam ontvanger:</source>
        <translation>Recipient &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Datum overdracht:</source>
        <translation>Handover &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Wat is overgedragen:</source>
        <translation>&amp;What was handed over:</translation>
    </message>
    <message>
        <source>&amp;Contactmomenten na (maanden):</source>
        <translation>&amp;Check-ins after (months):</translation>
    </message>
    <message>
        <source>Aantallen maanden na de start, gescheiden door komma&apos;s</source>
        <translation>Numbers of months after the start, separated by commas</translation>
    </message>
    <message>
        <source>Schema: alleen hele getallen, bijvoorbeeld 1, 3, 6, 12.</source>
        <translation>Schedule: whole numbers only, for example 1, 3, 6, 12.</translation>
    </message>
    <message>
        <source>Nazorgcontact vastleggen</source>
        <translation>Record aftercare check-in</translation>
    </message>
    <message>
        <source>&amp;Datum contact:</source>
        <translation>Check-in &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Uitkomst:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Zorgen en afspraken:</source>
        <translation>&amp;Concerns and agreements:</translation>
    </message>
    <message>
        <source>Vul in wanneer het contact was.</source>
        <translation>Enter when the check-in took place.</translation>
    </message>
    <message>
        <source>Dossier afsluiten</source>
        <translation>Close case</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Close case</translation>
    </message>
    <message>
        <source>&amp;Datum afsluiting:</source>
        <translation>Closing &amp;date:</translation>
    </message>
    <message>
        <source>Vanaf deze datum loopt de bewaartermijn</source>
        <translation>The retention period runs from this date</translation>
    </message>
    <message>
        <source>&amp;Samenvatting:</source>
        <translation>&amp;Summary:</translation>
    </message>
</context>
<context>
    <name>CareTabs</name>
    <message>
        <source>Aanvragen en plaatsingen, oudste eerst. Een doorplaatsing staat onder de plaatsing waar zij op volgt (↳).</source>
        <translation>Requests and placements, oldest first. A transfer is listed below the placement it follows (↳).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Opvang</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Geplaatst</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Reden / toelichting</source>
        <translation>Reason / notes</translation>
    </message>
    <message>
        <source>Plaatsingen</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Opvang &amp;aanvragen…</source>
        <translation>&amp;Request shelter…</translation>
    </message>
    <message>
        <source>Besl&amp;uit…</source>
        <translation>&amp;Decision…</translation>
    </message>
    <message>
        <source>&amp;Plaatsen…</source>
        <translation>&amp;Place…</translation>
    </message>
    <message>
        <source>&amp;Doorplaatsen…</source>
        <translation>&amp;Transfer…</translation>
    </message>
    <message>
        <source>B&amp;eëindigen…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <source> (soort)</source>
        <translation> (type)</translation>
    </message>
    <message>
        <source>Scores per leefgebied (Zelfredzaamheid-Matrix, 1–5)</source>
        <translation>Scores per life domain (Self-Sufficiency Matrix, 1–5)</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <source>Gepland</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Gehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Gescoord</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluaties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Evaluations&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Doel / actie</source>
        <translation>Goal / action</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Doelen en acties</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <source>&lt;b&gt;Doelen en acties&lt;/b&gt;</source>
        <translation>&lt;b&gt;Goals and actions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Plan &amp;starten…</source>
        <translation>&amp;Start plan…</translation>
    </message>
    <message>
        <source>Evaluatie &amp;plannen…</source>
        <translation>&amp;Plan evaluation…</translation>
    </message>
    <message>
        <source>Evaluatie &amp;vastleggen…</source>
        <translation>&amp;Record evaluation…</translation>
    </message>
    <message>
        <source>&amp;Doel…</source>
        <translation>Goa&amp;l…</translation>
    </message>
    <message>
        <source>&amp;Actie…</source>
        <translation>&amp;Action…</translation>
    </message>
    <message>
        <source>Actie &amp;gedaan</source>
        <translation>Action &amp;done</translation>
    </message>
    <message>
        <source>Nog geen hulpverleningsplan. Start het plan met de scores van de intake.</source>
        <translation>No care plan yet. Start the plan with the intake scores.</translation>
    </message>
    <message>
        <source>Plan gestart op %1.</source>
        <translation>Plan started on %1.</translation>
    </message>
    <message>
        <source>Volgende evaluatie: %1.</source>
        <translation>Next evaluation: %1.</translation>
    </message>
    <message>
        <source>Plan een volgende evaluatie.</source>
        <translation>Plan a next evaluation.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Doel: </source>
        <translation>Goal: </translation>
    </message>
    <message>
        <source>Hulpverleningsplan starten: intake</source>
        <translation>Start care plan: intake</translation>
    </message>
    <message>
        <source>Vul de datum van de evaluatie in.</source>
        <translation>Enter the date of the evaluation.</translation>
    </message>
    <message>
        <source>Evaluatie vastleggen</source>
        <translation>Record evaluation</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Zorgen en afspraken</source>
        <translation>Concerns and agreements</translation>
    </message>
    <message>
        <source>Nazorgcontacten</source>
        <translation>Aftercare check-ins</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nazorgcontacten&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aftercare check-ins&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nazorg &amp;starten…</source>
        <translation>&amp;Start aftercare…</translation>
    </message>
    <message>
        <source>Contact &amp;vastleggen…</source>
        <translation>&amp;Record check-in…</translation>
    </message>
    <message>
        <source>&amp;Nieuwe signalen: traject heropenen</source>
        <translation>&amp;New signals: reopen the case</translation>
    </message>
    <message>
        <source>Dossier &amp;afsluiten…</source>
        <translation>&amp;Close case…</translation>
    </message>
    <message>
        <source>Nog geen nazorg. Start de nazorg met een warme overdracht; de contactmomenten worden dan gepland (standaard na 1, 3, 6 en 12 maanden).</source>
        <translation>No aftercare yet. Start aftercare with a warm handover; the check-ins are then planned (by default after 1, 3, 6 and 12 months).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warme overdracht&lt;/b&gt; op %1 aan %2 (%3).</source>
        <translation>&lt;b&gt;Warm handover&lt;/b&gt; on %1 to %2 (%3).</translation>
    </message>
    <message>
        <source>Overgedragen: %1</source>
        <translation>Handed over: %1</translation>
    </message>
    <message>
        <source>Nazorg beëindigd op %1.</source>
        <translation>Aftercare ended on %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Afgesloten&lt;/b&gt; op %1: %2. %3</source>
        <translation>&lt;b&gt;Closed&lt;/b&gt; on %1: %2. %3</translation>
    </message>
    <message>
        <source>Traject heropenen</source>
        <translation>Reopen the case</translation>
    </message>
    <message>
        <source>Er zijn nieuwe signalen. De nazorg stopt en het dossier gaat terug naar begeleiding (een afgesloten dossier wordt heropend). Doorgaan?</source>
        <translation>There are new signals. Aftercare stops and the case goes back to support (a closed case is reopened). Continue?</translation>
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
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Opvang</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Begeleiding</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>Ongoing</translation>
    </message>
    <message>
        <source>Gepauzeerd</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Gesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Seksuele uitbuiting</source>
        <translation>Sexual exploitation</translation>
    </message>
    <message>
        <source>Arbeidsuitbuiting</source>
        <translation>Labour exploitation</translation>
    </message>
    <message>
        <source>Criminele uitbuiting</source>
        <translation>Criminal exploitation</translation>
    </message>
    <message>
        <source>Gedwongen orgaanverwijdering</source>
        <translation>Forced organ removal</translation>
    </message>
    <message>
        <source>seksueel</source>
        <translation>sexual</translation>
    </message>
    <message>
        <source>arbeid</source>
        <translation>labour</translation>
    </message>
    <message>
        <source>crimineel</source>
        <translation>criminal</translation>
    </message>
    <message>
        <source>orgaan</source>
        <translation>organ</translation>
    </message>
    <message>
        <source>Vrouw</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Man</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>X / anders</source>
        <translation>X / other</translation>
    </message>
    <message>
        <source>Onbekend</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Nederlands</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <source>EU-burger</source>
        <translation>EU citizen</translation>
    </message>
    <message>
        <source>Niet-EU</source>
        <translation>Non-EU</translation>
    </message>
    <message>
        <source>Asielprocedure</source>
        <translation>Asylum procedure</translation>
    </message>
    <message>
        <source>Ongedocumenteerd</source>
        <translation>Undocumented</translation>
    </message>
    <message>
        <source>Politie</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Arbeidsinspectie</source>
        <translation>Labour Inspectorate</translation>
    </message>
    <message>
        <source>KMar</source>
        <translation>KMar</translation>
    </message>
    <message>
        <source>Gemeente (aandachtsfunctionaris)</source>
        <translation>Municipality (contact officer)</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <source>Jeugdzorg</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <source>GGZ</source>
        <translation>Mental health care (GGZ)</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <source>CoMensha</source>
        <translation>CoMensha</translation>
    </message>
    <message>
        <source>Betrokkene zelf</source>
        <translation>The person themself</translation>
    </message>
    <message>
        <source>Anoniem</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Laag</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normaal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Hoog</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Acuut</source>
        <translation>Acute</translation>
    </message>
    <message>
        <source>Opvang regelen</source>
        <translation>Arrange shelter</translation>
    </message>
    <message>
        <source>Doorverwijzen naar …</source>
        <translation>Refer to …</translation>
    </message>
    <message>
        <source>Meer informatie nodig van … vóór …</source>
        <translation>More information needed from … before …</translation>
    </message>
    <message>
        <source>Geen actie (met reden)</source>
        <translation>No action (with reason)</translation>
    </message>
    <message>
        <source>Nieuw</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Wacht op informatie</source>
        <translation>Awaiting information</translation>
    </message>
    <message>
        <source>Besloten</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Telefoongesprek</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Openbaar Ministerie</source>
        <translation>Public Prosecution Service</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Advocatuur</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Registratie bij CoMensha</source>
        <translation>Registration with CoMensha</translation>
    </message>
    <message>
        <source>Verwijzing</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Gegevens delen</source>
        <translation>Sharing data</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Voogd</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Wettelijk vertegenwoordiger</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>Schriftelijk</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Mondeling</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Digitaal</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Midden</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Wachtwoord wijzigen</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Hu&amp;idig wachtwoord:</source>
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
        <source>Wachtwoord wijzigen…</source>
        <translation>Changing the password…</translation>
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
    <name>ConflictDialog</name>
    <message>
        <source>Conflicten oplossen</source>
        <translation>Resolve conflicts</translation>
    </message>
    <message numerus="yes">
        <source>%n records zijn zowel bij u als bij uw collega gewijzigd sinds de vorige uitwisseling.</source>
        <translation>
            <numerusform>%n record was changed both by you and by your colleague since the last exchange.</numerusform>
            <numerusform>%n records were changed both by you and by your colleague since the last exchange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Kies per record welke versie blijft. Er wordt pas iets samengevoegd als u alles heeft gekozen.</source>
        <translation>Choose per record which version stays. Nothing is merged until you have chosen for all of them.</translation>
    </message>
    <message>
        <source>Daarnaast: %1 nieuw, %2 bijgewerkt, %3 al gelijk.</source>
        <translation>Besides: %1 new, %2 updated, %3 already equal.</translation>
    </message>
    <message>
        <source>&amp;Samenvoegen</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Samenvoegen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Plaatsing</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Hulpverleningsplan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Gewijzigd door</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
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
        <source>Dossierhouder</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>(gekoppeld record)</source>
        <translation>(linked record)</translation>
    </message>
    <message>
        <source>%1 in dossier %2</source>
        <translation>%1 in case %2</translation>
    </message>
    <message>
        <source>%1 %2: aan beide kanten gewijzigd</source>
        <translation>%1 %2: changed on both sides</translation>
    </message>
    <message>
        <source>%1 %2: hetzelfde nummer bestaat hier al</source>
        <translation>%1 %2: the same number already exists here</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Bij u</source>
        <translation>Yours</translation>
    </message>
    <message>
        <source>Van uw collega</source>
        <translation>Your colleague&apos;s</translation>
    </message>
    <message>
        <source>Verschillen: veld, bij u, van uw collega</source>
        <translation>Differences: field, yours, your colleague&apos;s</translation>
    </message>
    <message>
        <source>&amp;Mijn versie houden</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <source>&amp;Versie van mijn collega nemen</source>
        <translation>&amp;Take my colleague&apos;s version</translation>
    </message>
    <message>
        <source>Het binnenkomende dossier een &amp;nieuw nummer geven</source>
        <translation>Give the incoming case a &amp;new number</translation>
    </message>
    <message>
        <source>Dit conflict kan hier niet worden opgelost; er wordt niets samengevoegd.</source>
        <translation>This conflict cannot be resolved here; nothing will be merged.</translation>
    </message>
</context>
<context>
    <name>ConsentGateDialog</name>
    <message>
        <source>Geen geldige toestemming</source>
        <translation>No valid consent</translation>
    </message>
    <message>
        <source>Er is geen geldige, niet-ingetrokken toestemming van de cliënt voor &lt;b&gt;{template}&lt;/b&gt; aan &lt;b&gt;{recipient}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Zonder toestemming mag u alleen gegevens verstrekken als daar een zwaarwegende reden voor is, bijvoorbeeld acuut gevaar. Leg die reden vast; hij wordt bewaard bij de brief en in het verstrekkingenregister.</source>
        <translation>There is no valid, unwithdrawn consent of the client for &lt;b&gt;{template}&lt;/b&gt; to &lt;b&gt;{recipient}&lt;/b&gt;.&lt;br&gt;&lt;br&gt;Without consent you may only disclose information for a compelling reason, for example acute danger. Record that reason; it is kept with the letter and in the disclosure register.</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: acuut gevaar, cliënt moet vandaag weg</source>
        <translation>For example: acute danger, client must leave today</translation>
    </message>
    <message>
        <source>&amp;Reden om toch te verstrekken</source>
        <translation>&amp;Reason to disclose nonetheless</translation>
    </message>
    <message>
        <source>Reden om toch te verstrekken</source>
        <translation>Reason to disclose nonetheless</translation>
    </message>
    <message>
        <source>Brief toch &amp;maken</source>
        <translation>&amp;Make the letter anyway</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Uw zorgcoördinator</source>
        <translation>Your care coordinator</translation>
    </message>
    <message>
        <source>Kies de contactkaart die uw zorgcoördinator u stuurde en vergelijk de vingerafdruk: laat hem aan de telefoon voorlezen en typ hem over.</source>
        <translation>Choose the contact card your care coordinator sent you and compare the fingerprint: have it read out to you on the phone and type it in.</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Contactkaart kiezen</source>
        <translation>Choose contact card</translation>
    </message>
    <message>
        <source>&amp;Contactkaart:</source>
        <translation>&amp;Contact card:</translation>
    </message>
    <message>
        <source>Contactkaart</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <source>Van wie de kaart is</source>
        <translation>Whose card it is</translation>
    </message>
    <message>
        <source>Vinger&amp;afdruk:</source>
        <translation>Finger&amp;print:</translation>
    </message>
    <message>
        <source>8 groepen van 5 cijfers, zoals de zorgcoördinator ze voorleest</source>
        <translation>8 groups of 5 digits, as the care coordinator reads them out</translation>
    </message>
    <message>
        <source>Controle van de vingerafdruk</source>
        <translation>Fingerprint check</translation>
    </message>
    <message>
        <source>Contactkaart van de zorgcoördinator</source>
        <translation>Contact card of the care coordinator</translation>
    </message>
    <message>
        <source>Contactkaart (*.json);;Alle bestanden (*)</source>
        <translation>Contact card (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>De vingerafdruk klopt.</source>
        <translation>The fingerprint matches.</translation>
    </message>
    <message>
        <source>De vingerafdruk klopt (nog) niet met deze kaart. Controleer elk cijfer.</source>
        <translation>The fingerprint does not match this card (yet). Check every digit.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Typ een land, bijv. Roemenië</source>
        <translation>Type a country, e.g. Romania</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Voorbeeld van het document</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Afbeelding</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Nog geen voorbeeld.</source>
        <translation>No preview yet.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Documenten in dit dossier</source>
        <translation>Documents in this case</translation>
    </message>
    <message>
        <source>Document &amp;toevoegen…</source>
        <translation>&amp;Add document…</translation>
    </message>
    <message>
        <source>Opslaan &amp;als…</source>
        <translation>Save &amp;as…</translation>
    </message>
    <message>
        <source>PDF, JPG of PNG, hoogstens 50 MB. U kunt bestanden ook hierheen slepen.</source>
        <translation>PDF, JPG or PNG, at most 50 MB. You can also drag files here.</translation>
    </message>
    <message>
        <source>Document toevoegen</source>
        <translation>Add document</translation>
    </message>
    <message>
        <source>Documenten (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Dit document kan niet worden getoond.</source>
        <translation>This document cannot be shown.</translation>
    </message>
    <message>
        <source>Het document</source>
        <translation>The document</translation>
    </message>
    <message>
        <source>Document opslaan als</source>
        <translation>Save document as</translation>
    </message>
    <message>
        <source>Het document kon niet worden opgeslagen.</source>
        <translation>The document could not be saved.</translation>
    </message>
</context>
<context>
    <name>DossierExtra</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Veiligheidsinschattingen</source>
        <translation>Safety assessments</translation>
    </message>
    <message>
        <source>Nieuwe veiligheidsinschatting</source>
        <translation>New safety assessment</translation>
    </message>
    <message>
        <source>&amp;Niveau:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Leeg = vandaag</source>
        <translation>Empty = today</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Explanation:</translation>
    </message>
    <message>
        <source>Bijv. zoekt de uitbuiter de cliënt? Is het adres geheim?</source>
        <translation>E.g. is the exploiter looking for the client? Is the address secret?</translation>
    </message>
    <message>
        <source>Inschatting &amp;vastleggen</source>
        <translation>&amp;Record assessment</translation>
    </message>
    <message>
        <source>Ook afgeronde t&amp;onen</source>
        <translation>Show &amp;completed too</translation>
    </message>
    <message>
        <source>Ook afgeronde actiepunten tonen</source>
        <translation>Show completed action items too</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Herkomst</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Actiepunten van dit dossier</source>
        <translation>Action items of this case</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: actiepunt wijzigen</source>
        <translation>Double-click or Enter: edit the action item</translation>
    </message>
    <message>
        <source>Afgerond &amp;markeren</source>
        <translation>&amp;Mark completed</translation>
    </message>
    <message>
        <source>Markeert het gekozen actiepunt als afgerond</source>
        <translation>Marks the chosen action item as completed</translation>
    </message>
    <message>
        <source>Nieuw actiepunt</source>
        <translation>New action item</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Ac&amp;tiepunt:</source>
        <translation>Ac&amp;tion item:</translation>
    </message>
    <message>
        <source>&amp;Eigenaar:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Toe&amp;voegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Wijzigen &amp;annuleren</source>
        <translation>C&amp;ancel editing</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Actiepunt wijzigen</source>
        <translation>Edit action item</translation>
    </message>
    <message>
        <source>Wijzigingen &amp;opslaan</source>
        <translation>&amp;Save changes</translation>
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
        <translation>Reflection ends</translation>
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
    <name>DossierView</name>
    <message>
        <source>Fase %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Opgeslagen.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Geen vaste lijst: beschrijf wat u ziet hieronder.</source>
        <translation>No fixed list: describe what you see below.</translation>
    </message>
    <message>
        <source>&amp;Overige signalen:</source>
        <translation>&amp;Other signals:</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Aanmelder</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wat is gezien</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>Aanmeldingen bij dit dossier</source>
        <translation>Referrals in this case</translation>
    </message>
    <message>
        <source>&lt;b&gt;Aanmeldingen bij dit dossier&lt;/b&gt;</source>
        <translation>&lt;b&gt;Referrals in this case&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Toestemming &amp;intrekken</source>
        <translation>&amp;Withdraw consent</translation>
    </message>
    <message>
        <source>Nieuwe toestemming vastleggen</source>
        <translation>Record new consent</translation>
    </message>
    <message>
        <source>Gegeven &amp;door:</source>
        <translation>Given b&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Rol:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>D&amp;oel:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <source>Ontvangende org&amp;anisatie:</source>
        <translation>Receiving org&amp;anisation:</translation>
    </message>
    <message>
        <source>Uit de ketenpartners; brieven controleren hierop de toestemming</source>
        <translation>From the partner agencies; letters check consent against it</translation>
    </message>
    <message>
        <source>Leeg = vandaag</source>
        <translation>Empty = today</translation>
    </message>
    <message>
        <source>&amp;Vorm:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>Geldig &amp;tot:</source>
        <translation>Valid u&amp;ntil:</translation>
    </message>
    <message>
        <source>O&amp;ntvanger:</source>
        <translation>Reci&amp;pient:</translation>
    </message>
    <message>
        <source>Dat&amp;um:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>Toe&amp;stemming toevoegen</source>
        <translation>A&amp;dd consent</translation>
    </message>
    <message>
        <source>(geen bepaalde organisatie)</source>
        <translation>(no particular organisation)</translation>
    </message>
    <message>
        <source>Ingetrokken %1</source>
        <translation>Withdrawn %1</translation>
    </message>
    <message>
        <source>Geldig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Verlopen</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Betrokken ketenpartners</source>
        <translation>Partner agencies involved</translation>
    </message>
    <message>
        <source>&amp;Verwijderen uit dossier</source>
        <translation>Re&amp;move from case</translation>
    </message>
    <message>
        <source>Ketenpartner toevoegen</source>
        <translation>Add partner agency</translation>
    </message>
    <message>
        <source>bijv. regievoerder, casemanager opvang</source>
        <translation>e.g. lead agency, shelter case manager</translation>
    </message>
    <message>
        <source>&amp;Organisatie:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>&amp;Rol in dit dossier:</source>
        <translation>&amp;Role in this case:</translation>
    </message>
    <message>
        <source>&amp;Nieuwe organisatie…</source>
        <translation>&amp;New organisation…</translation>
    </message>
    <message>
        <source>&amp;Toevoegen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Kies een organisatie of maak er een.</source>
        <translation>Choose an organisation or create one.</translation>
    </message>
    <message>
        <source>uu:mm (leeg = nu)</source>
        <translation>hh:mm (empty = now)</translation>
    </message>
    <message>
        <source>Wat is er gebeurd of besproken? (Ctrl+Enter voegt toe)</source>
        <translation>What happened or was discussed? (Ctrl+Enter adds)</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>T&amp;ijd:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>Leeg = nu (bij een notitie van vandaag)</source>
        <translation>Empty = now (for a note of today)</translation>
    </message>
    <message>
        <source>&amp;Notitie:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Notitie &amp;toevoegen</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>Ton&amp;en:</source>
        <translation>Sh&amp;ow:</translation>
    </message>
    <message>
        <source>Alles</source>
        <translation>Everything</translation>
    </message>
    <message>
        <source>Alleen notities</source>
        <translation>Notes only</translation>
    </message>
    <message>
        <source>Alleen gebeurtenissen</source>
        <translation>Events only</translation>
    </message>
    <message>
        <source>Tonen</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tijdlijn</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter: de notitie in zijn geheel lezen of corrigeren</source>
        <translation>Double-click or Enter: read the whole note or correct it</translation>
    </message>
    <message>
        <source>&amp;Oudere regels laden</source>
        <translation>Load &amp;older entries</translation>
    </message>
    <message>
        <source>%1 oudere regels niet getoond.</source>
        <translation>%1 older entries not shown.</translation>
    </message>
    <message>
        <source>%1 (gewijzigd)</source>
        <translation>%1 (corrected)</translation>
    </message>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;Signalen</source>
        <translation>&amp;Signals</translation>
    </message>
    <message>
        <source>Veili&amp;gheid</source>
        <translation>Sa&amp;fety</translation>
    </message>
    <message>
        <source>&amp;Toestemming</source>
        <translation>&amp;Consent</translation>
    </message>
    <message>
        <source>&amp;Ketenpartners</source>
        <translation>&amp;Partner agencies</translation>
    </message>
    <message>
        <source>&amp;Actiepunten</source>
        <translation>&amp;Action items</translation>
    </message>
    <message>
        <source>Tij&amp;dlijn</source>
        <translation>Time&amp;line</translation>
    </message>
    <message>
        <source>Alt+Pijl links of Esc</source>
        <translation>Alt+Left arrow or Esc</translation>
    </message>
    <message>
        <source>Kerngegevens</source>
        <translation>Key facts</translation>
    </message>
    <message>
        <source>Andere dossiers van deze persoon</source>
        <translation>Other cases of this person</translation>
    </message>
    <message numerus="yes">
        <source>%n open actiepunten</source>
        <translation>
            <numerusform>%n open action item</numerusform>
            <numerusform>%n open action items</numerusform>
        </translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Zorg</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Brieven en documenten</source>
        <translation>Letters and documents</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Parts of the case</translation>
    </message>
    <message>
        <source>Ctrl+Page Down en Ctrl+Page Up: volgend of vorig onderdeel</source>
        <translation>Ctrl+Page Down and Ctrl+Page Up: next or previous section</translation>
    </message>
    <message>
        <source>Onderdelen van %1</source>
        <translation>Sections of %1</translation>
    </message>
    <message>
        <source>Intake o&amp;pslaan</source>
        <translation>Sa&amp;ve intake</translation>
    </message>
    <message>
        <source>Signalen op&amp;slaan</source>
        <translation>Sa&amp;ve signals</translation>
    </message>
    <message>
        <source>← Terug naar de lijst</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <source>(persoon onbekend)</source>
        <translation>(person unknown)</translation>
    </message>
    <message>
        <source>alias %1</source>
        <translation>alias %1</translation>
    </message>
    <message>
        <source>%1 jaar</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>&lt;b&gt;tolk nodig&lt;/b&gt;</source>
        <translation>&lt;b&gt;interpreter needed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>dossierhouder %1</source>
        <translation>case owner %1</translation>
    </message>
    <message>
        <source>bedenktijd tot %1</source>
        <translation>reflection period until %1</translation>
    </message>
    <message>
        <source>nog %1 d.</source>
        <translation>%1 d. left</translation>
    </message>
    <message>
        <source>veiligheid: %1</source>
        <translation>safety: %1</translation>
    </message>
    <message>
        <source>Andere dossiers van deze persoon: %1</source>
        <translation>Other cases of this person: %1</translation>
    </message>
    <message>
        <source>Deze fase volgt uit wat u vastlegt: gebruik het tabblad &apos;%1&apos;.</source>
        <translation>This phase follows from what you record: use the &apos;%1&apos; tab.</translation>
    </message>
    <message>
        <source>Dossier %1 is vernietigd; het is gesloten.</source>
        <translation>Dossier %1 has been destroyed; it was closed.</translation>
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
        <source>Bedenk&amp;tijd eindigt:</source>
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
    <message numerus="yes">
        <source>%n dossiers</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geladen</source>
        <translation>
            <numerusform>%n loaded</numerusform>
            <numerusform>%n loaded</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Niet-opgeslagen gegevens</source>
        <translation>Unsaved data</translation>
    </message>
    <message>
        <source>U heeft gegevens ingevuld die nog niet zijn opgeslagen. Weggooien?</source>
        <translation>You have entered data that has not been saved yet. Discard it?</translation>
    </message>
    <message>
        <source>&amp;Weggooien</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Verder invullen</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen zijn teruggezet.</source>
        <translation>Unsaved changes have been restored.</translation>
    </message>
    <message>
        <source>&amp;Verder</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>ExchangeFoldersBox</name>
    <message>
        <source>Uitwisselen</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Een gedeelde map van het team (netwerkmap, OneDrive/SharePoint, Syncthing). Baken kijkt bij het ontgrendelen en elke paar minuten in de inbox; wat u verstuurt komt in de uitbox. Pakketten zijn versleuteld.</source>
        <translation>A folder the team shares (network folder, OneDrive/SharePoint, Syncthing). Baken looks in the inbox when unlocked and every few minutes; what you send goes to the outbox. Packages are encrypted.</translation>
    </message>
    <message>
        <source>&amp;Inboxmap:</source>
        <translation>&amp;Inbox folder:</translation>
    </message>
    <message>
        <source>Inboxmap kiezen</source>
        <translation>Choose inbox folder</translation>
    </message>
    <message>
        <source>Inboxmap leegmaken</source>
        <translation>Clear inbox folder</translation>
    </message>
    <message>
        <source>&amp;Uitboxmap:</source>
        <translation>Outbo&amp;x folder:</translation>
    </message>
    <message>
        <source>Uitboxmap kiezen</source>
        <translation>Choose outbox folder</translation>
    </message>
    <message>
        <source>Uitboxmap leegmaken</source>
        <translation>Clear outbox folder</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Leegmaken</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <source>Uitwisselen</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Uw vingerafdruk (lees hem voor aan uw collega):</source>
        <translation>Your fingerprint (read it out to your colleague):</translation>
    </message>
    <message>
        <source>Contactkaart opslaan…</source>
        <translation>Save contact card…</translation>
    </message>
    <message>
        <source>Sleutelkaart (PDF) opslaan…</source>
        <translation>Save key card (PDF)…</translation>
    </message>
    <message>
        <source>Contacten</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vingerafdruk</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contactkaart toevoegen…</source>
        <translation>Add contact card…</translation>
    </message>
    <message>
        <source>Dossiers versturen…</source>
        <translation>Send cases…</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Aantallen</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Pakketten in de inbox</source>
        <translation>Packages in the inbox</translation>
    </message>
    <message>
        <source>Inbox bekijken</source>
        <translation>Check inbox</translation>
    </message>
    <message>
        <source>Gekozen pakket toepassen</source>
        <translation>Apply selected package</translation>
    </message>
    <message>
        <source>Uw contactkaart</source>
        <translation>Your contact card</translation>
    </message>
    <message>
        <source>Inboxmap: %1</source>
        <translation>Inbox folder: %1</translation>
    </message>
    <message>
        <source>Nog geen inboxmap ingesteld (baken receive --inbox MAP werkt altijd).</source>
        <translation>No inbox folder set yet (baken receive --inbox FOLDER always works).</translation>
    </message>
    <message>
        <source>Contactkaart opslaan</source>
        <translation>Save contact card</translation>
    </message>
    <message>
        <source>Sleutelkaart opslaan</source>
        <translation>Save key card</translation>
    </message>
    <message>
        <source>Contactkaart van een collega</source>
        <translation>A colleague&apos;s contact card</translation>
    </message>
    <message>
        <source>Vingerafdruk vergelijken</source>
        <translation>Compare fingerprint</translation>
    </message>
    <message>
        <source>Vingerafdruk zoals uw collega hem voorleest (8 groepen van 5 cijfers):</source>
        <translation>Fingerprint as your colleague reads it out (8 groups of 5 digits):</translation>
    </message>
    <message>
        <source>De inboxmap kan nu niet worden gelezen; Baken probeert het straks opnieuw.</source>
        <translation>The inbox folder cannot be read now; Baken will try again shortly.</translation>
    </message>
    <message>
        <source>Van %1, gemaakt %2: %3.</source>
        <translation>From %1, made %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>en nog %n dossiers</source>
        <translation>
            <numerusform>and %n more case</numerusform>
            <numerusform>and %n more cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicten: u kiest per record bij het toepassen.</source>
        <translation>
            <numerusform>%n conflict: you choose when applying.</numerusform>
            <numerusform>%n conflicts: you choose per record when applying.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signaal van %1 %2</source>
        <translation>Signal of %1 %2</translation>
    </message>
    <message>
        <source>geverifieerd</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>niet geverifieerd</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>nieuwe sleutel, opnieuw verifiëren</source>
        <translation>new key, verify again</translation>
    </message>
    <message numerus="yes">
        <source>%n dossiers</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personen</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notities</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signalen</source>
        <translation>
            <numerusform>%n signal</numerusform>
            <numerusform>%n signals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n andere gegevens</source>
        <translation>
            <numerusform>%n other record</numerusform>
            <numerusform>%n other records</numerusform>
        </translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>bijgewerkt</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>Pakket toepassen…</source>
        <translation>Applying package…</translation>
    </message>
    <message numerus="yes">
        <source>%n pakket(ten) klaar</source>
        <translation>
            <numerusform>%n package ready</numerusform>
            <numerusform>%n packages ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geweigerd</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldPicker</name>
    <message>
        <source>Velden in de brief</source>
        <translation>Fields in the letter</translation>
    </message>
    <message>
        <source>Vink alleen aan wat de ontvanger nodig heeft. Spatie wisselt een vinkje.</source>
        <translation>Tick only what the recipient needs. Space toggles a tick.</translation>
    </message>
    <message>
        <source> (invullen)</source>
        <translation> (to fill in)</translation>
    </message>
    <message>
        <source>Standaard aangevinkt (minimale set)</source>
        <translation>Ticked by default (minimal set)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>&amp;Volgende &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>Eerste keer instellen</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>&lt; Vor&amp;ige</source>
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
    <message>
        <source>Baken wordt ingericht…</source>
        <translation>Setting up Baken…</translation>
    </message>
</context>
<context>
    <name>HandoverImport</name>
    <message>
        <source>&amp;Overdracht importeren…</source>
        <translation>&amp;Import handover…</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Overdracht en back-ups</source>
        <translation>Handover and backups</translation>
    </message>
    <message>
        <source>Back-ups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Baken maakt elke dag automatisch een versleutelde back-up (bij ontgrendelen of vergrendelen) en bewaart er 7 dagelijkse, 4 wekelijkse en 12 maandelijkse. Kies bij voorkeur een map op een netwerkschijf of USB-stick.</source>
        <translation>Baken makes an encrypted backup automatically every day (when unlocking or locking) and keeps 7 daily, 4 weekly and 12 monthly ones. Preferably choose a folder on a network drive or USB stick.</translation>
    </message>
    <message>
        <source>Status van de back-ups</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <source>Back-upmap:</source>
        <translation>Backup folder:</translation>
    </message>
    <message>
        <source>Back-upmap</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Map &amp;kiezen…</source>
        <translation>Choose &amp;folder…</translation>
    </message>
    <message>
        <source>Gemaakt op</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Lijst van back-ups</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Nu back-&amp;up maken</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>&amp;Herstellen…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Dossiers overdragen aan een collega</source>
        <translation>Transfer cases to a colleague</translation>
    </message>
    <message>
        <source>Vink de dossiers aan die een collega overneemt. Baken maakt een versleuteld pakket met die dossiers (met personen, notities, plannen, plaatsingen en brieven) en een eigen wachtwoordzin. Een pakket van een collega voegt u samen met uw gegevens; wat aan beide kanten is gewijzigd, kiest u zelf.</source>
        <translation>Tick the cases a colleague takes over. Baken makes an encrypted package with those cases (with persons, notes, plans, placements and letters) and its own passphrase. You merge a package from a colleague into your data; where something changed on both sides, you choose.</translation>
    </message>
    <message>
        <source>Aangevinkte dossiers &amp;exporteren…</source>
        <translation>&amp;Export ticked cases…</translation>
    </message>
    <message>
        <source>Pakket van een collega &amp;samenvoegen…</source>
        <translation>&amp;Merge a colleague&apos;s package…</translation>
    </message>
    <message>
        <source>Overdracht aan een opvolger</source>
        <translation>Handover to a successor</translation>
    </message>
    <message>
        <source>Stopt u met dit werk? De overdracht is &lt;b&gt;één bestand met alle gegevens&lt;/b&gt; van Baken: alle dossiers, brieven, het logboek en de instellingen. Uw opvolger opent het met een wachtwoordzin die Baken nu maakt en maar één keer toont. Geef bestand en wachtwoordzin apart van elkaar door.</source>
        <translation>Leaving this work? The handover is &lt;b&gt;one file with all data&lt;/b&gt; in Baken: all cases, letters, the log and the settings. Your successor opens it with a passphrase that Baken makes now and shows only once. Hand over the file and the passphrase separately.</translation>
    </message>
    <message>
        <source>&amp;Overdracht exporteren…</source>
        <translation>Export hando&amp;ver…</translation>
    </message>
    <message>
        <source>Laatste geslaagde back-up: %1.</source>
        <translation>Last successful backup: %1.</translation>
    </message>
    <message>
        <source>Er is nog geen back-up gemaakt.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>Maak nu een back-up.</source>
        <translation>Make a backup now.</translation>
    </message>
    <message>
        <source>De laatste poging mislukte: %1</source>
        <translation>The last attempt failed: %1</translation>
    </message>
    <message>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>handmatig</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>Back-upmap kiezen</source>
        <translation>Choose backup folder</translation>
    </message>
    <message>
        <source>De back-up is gemaakt en gecontroleerd.</source>
        <translation>The backup has been made and checked.</translation>
    </message>
    <message>
        <source>Back-up maken…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <source>Deze back-up is in orde. Inhoud: %1</source>
        <translation>This backup is in order. Contents: %1</translation>
    </message>
    <message>
        <source>Deze back-up is beschadigd: %1</source>
        <translation>This backup is damaged: %1</translation>
    </message>
    <message>
        <source>Back-up controleren…</source>
        <translation>Checking backup…</translation>
    </message>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Wilt u de back-up van %1 terugzetten? Alles wat u daarna heeft vastgelegd, is dan niet meer in Baken te zien. De huidige gegevens blijven bewaard als veiligheidskopie. Baken wordt daarna vergrendeld; ontgrendel met uw wachtwoord.</source>
        <translation>Do you want to restore the backup of %1? Everything you recorded after it will no longer be visible in Baken. The current data is kept as a safety copy. Baken is then locked; unlock with your password.</translation>
    </message>
    <message>
        <source>&amp;Terugzetten</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>De back-up is teruggezet. Ontgrendel Baken met uw wachtwoord.</source>
        <translation>The backup has been restored. Unlock Baken with your password.</translation>
    </message>
    <message>
        <source>Back-up terugzetten…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <source>Overdracht exporteren</source>
        <translation>Export handover</translation>
    </message>
    <message>
        <source>U maakt één bestand met &lt;b&gt;alle&lt;/b&gt; gegevens van Baken, voor uw opvolger. Doe dit alleen als u het werk overdraagt. Doorgaan?</source>
        <translation>You are making one file with &lt;b&gt;all&lt;/b&gt; data in Baken, for your successor. Only do this when you hand over the work. Continue?</translation>
    </message>
    <message>
        <source>Overdracht opslaan</source>
        <translation>Save handover</translation>
    </message>
    <message>
        <source>Baken-overdracht (*.baken-overdracht)</source>
        <translation>Baken handover (*.baken-overdracht)</translation>
    </message>
    <message>
        <source>Overdracht exporteren…</source>
        <translation>Exporting handover…</translation>
    </message>
    <message>
        <source>Baken</source>
        <translation>Baken</translation>
    </message>
    <message>
        <source>Vink eerst één of meer dossiers aan.</source>
        <translation>First tick one or more cases.</translation>
    </message>
    <message>
        <source>Overdrachtspakket opslaan</source>
        <translation>Save transfer package</translation>
    </message>
    <message>
        <source>Baken-pakket (*.baken-pakket)</source>
        <translation>Baken package (*.baken-pakket)</translation>
    </message>
    <message>
        <source>Dossiers exporteren…</source>
        <translation>Exporting cases…</translation>
    </message>
    <message>
        <source>Pakket controleren…</source>
        <translation>Checking package…</translation>
    </message>
    <message>
        <source>Pakket samenvoegen</source>
        <translation>Merge package</translation>
    </message>
    <message>
        <source>Het pakket is in orde (nieuw: %1, bijgewerkt: %2, al gelijk: %3). Samenvoegen?</source>
        <translation>The package is in order (new: %1, updated: %2, already equal: %3). Merge?</translation>
    </message>
    <message>
        <source>Samengevoegd (nieuw: %1, bijgewerkt: %2, conflicten opgelost: %3).</source>
        <translation>Merged (new: %1, updated: %2, conflicts resolved: %3).</translation>
    </message>
    <message>
        <source>Samenvoegen…</source>
        <translation>Merging…</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Hulp &amp; meldroutes</source>
        <translation>Help &amp; reporting channels</translation>
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
        <source>Geh&amp;eugensteuntjes</source>
        <translation>Re&amp;minders</translation>
    </message>
    <message>
        <source>Signalen per uitbuitingsvorm</source>
        <translation>Signals per form of exploitation</translation>
    </message>
    <message>
        <source>Sign&amp;alen</source>
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
        <source>Bron: dezelfde signalenlijsten als in de intake; uw beheerder kan ze bijwerken.</source>
        <translation>Source: the same signal lists as in the intake; your administrator can update them.</translation>
    </message>
</context>
<context>
    <name>ImportHandoverDialog</name>
    <message>
        <source>Overdracht importeren</source>
        <translation>Import handover</translation>
    </message>
    <message>
        <source>Neemt u het werk van een collega over? Kies het overdrachtsbestand en typ de wachtwoordzin over van het overdrachtsblad dat u apart heeft gekregen. Baken controleert eerst het hele bestand en maakt dan op deze laptop een nieuwe, versleutelde opslag met uw eigen wachtwoord.</source>
        <translation>Taking over a colleague&apos;s work? Choose the handover file and type the passphrase from the handover sheet you received separately. Baken first checks the whole file and then creates a new, encrypted store on this laptop with your own password.</translation>
    </message>
    <message>
        <source>Overdrachtsbestand kiezen</source>
        <translation>Choose handover file</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Overdrachtsbestand</source>
        <translation>Handover file</translation>
    </message>
    <message>
        <source>tien woorden en een getal</source>
        <translation>ten words and a number</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Controle van de wachtwoordzin</source>
        <translation>Passphrase check</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Uw na&amp;am:</source>
        <translation>Your na&amp;me:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Geen bruikbare sleutelbos gevonden.&lt;/b&gt; De sleutel hangt dan alleen af van uw wachtwoord; kies een extra sterk wachtwoord.</source>
        <translation>&lt;b&gt;No usable keyring found.&lt;/b&gt; The key then depends on your password alone; choose an extra strong password.</translation>
    </message>
    <message>
        <source>Overdracht gelukt: uw herstelcode</source>
        <translation>Handover complete: your recovery code</translation>
    </message>
    <message>
        <source>&amp;Importeren</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Importeren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Baken-overdracht (*.baken-overdracht *.baken);;Alle bestanden (*)</source>
        <translation>Baken handover (*.baken-overdracht *.baken);;All files (*)</translation>
    </message>
    <message>
        <source>Nog niet volledig.</source>
        <translation>Not complete yet.</translation>
    </message>
    <message>
        <source>De wachtwoordzin is geldig.</source>
        <translation>The passphrase is valid.</translation>
    </message>
    <message>
        <source>Overdracht controleren en importeren…</source>
        <translation>Checking and importing handover…</translation>
    </message>
</context>
<context>
    <name>Intake</name>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>jjjj</source>
        <translation>yyyy</translation>
    </message>
    <message>
        <source>bijv. ro, en</source>
        <translation>e.g. ro, en</translation>
    </message>
    <message>
        <source>Tolk nodig</source>
        <translation>Interpreter needed</translation>
    </message>
    <message>
        <source>&amp;Voornaam:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Achternaam:</source>
        <translation>Last na&amp;me:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>Een alias zonder echte naam is toegestaan</source>
        <translation>An alias without a real name is allowed</translation>
    </message>
    <message>
        <source>Geboortedatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Of geschat geboorte&amp;jaar:</source>
        <translation>Or estimated birth &amp;year:</translation>
    </message>
    <message>
        <source>Ge&amp;slacht:</source>
        <translation>Ge&amp;nder:</translation>
    </message>
    <message>
        <source>&amp;Nationaliteit:</source>
        <translation>Na&amp;tionality:</translation>
    </message>
    <message>
        <source>Kies of typ een land; de landcode wordt bewaard</source>
        <translation>Choose or type a country; its country code is stored</translation>
    </message>
    <message>
        <source>&amp;Talen:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <source>Taalcodes gescheiden door komma&apos;s (ISO 639), bijv. ro, en</source>
        <translation>Language codes separated by commas (ISO 639), e.g. ro, en</translation>
    </message>
    <message>
        <source>T&amp;olk:</source>
        <translation>&amp;Interpreter:</translation>
    </message>
    <message>
        <source>Veilig &amp;contact:</source>
        <translation>Safe &amp;contact:</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>begin + 3 mnd</source>
        <translation>start + 3 months</translation>
    </message>
    <message>
        <source>&amp;Dossierhouder:</source>
        <translation>Case &amp;owner:</translation>
    </message>
    <message>
        <source>Startdatu&amp;m:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <source>Verblij&amp;fsstatus:</source>
        <translation>Residence stat&amp;us:</translation>
    </message>
    <message>
        <source>Begin bedenktijd:</source>
        <translation>Reflection period start:</translation>
    </message>
    <message>
        <source>Datum aangifte (B&amp;8):</source>
        <translation>Date of report (B&amp;8):</translation>
    </message>
    <message>
        <source>B8-gegevens:</source>
        <translation>B8 &amp;details:</translation>
    </message>
    <message>
        <source>Relatie tot uitbuiter:</source>
        <translation>Relation to exploiter:</translation>
    </message>
    <message>
        <source>Inkomen en ver&amp;zekering:</source>
        <translation>Income and insurance:</translation>
    </message>
    <message>
        <source>Leeg = vandaag</source>
        <translation>Empty = today</translation>
    </message>
    <message>
        <source>&amp;Einde bedenktijd:</source>
        <translation>Reflection period &amp;end:</translation>
    </message>
    <message>
        <source>Leeg = begin plus 3 maanden</source>
        <translation>Empty = start plus 3 months</translation>
    </message>
    <message>
        <source>&amp;Informatief gesprek:</source>
        <translation>Info&amp;rmative interview:</translation>
    </message>
    <message>
        <source>&amp;Uitbuitingsvorm:</source>
        <translation>Form of e&amp;xploitation:</translation>
    </message>
    <message>
        <source>&amp;Risicofactoren:</source>
        <translation>Ris&amp;k factors:</translation>
    </message>
    <message>
        <source>&amp;Kinderen:</source>
        <translation>Children:</translation>
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
        <source>Intake na het signaal van %1.</source>
        <translation>Intake after the signal of %1.</translation>
    </message>
    <message>
        <source>O&amp;pslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InzageTab</name>
    <message>
        <source>Een betrokkene heeft recht op inzage in alle gegevens die over hem of haar zijn vastgelegd (AVG artikel 15). Baken maakt één PDF met de persoonsgegevens, alle dossiers, notities, plannen, plaatsingen, verstrekte brieven en wie het dossier wanneer heeft ingezien. Het maken wordt vastgelegd in het verstrekkingenregister.</source>
        <translation>A data subject has the right to see all data recorded about them (GDPR article 15). Baken makes one PDF with the personal data, all files, notes, plans, placements, letters disclosed and who viewed the file when. Making it is recorded in the disclosure register.</translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation>File number</translation>
    </message>
    <message>
        <source>bijv. 2026-0042</source>
        <translation>e.g. 2026-0042</translation>
    </message>
    <message>
        <source>&amp;Dossiernummer:</source>
        <translation>&amp;File number:</translation>
    </message>
    <message>
        <source>Inzage-PDF &amp;maken en opslaan…</source>
        <translation>&amp;Make and save access PDF…</translation>
    </message>
    <message>
        <source>Geen dossier met een persoon gevonden.</source>
        <translation>No file with a person found.</translation>
    </message>
    <message>
        <source>Het inzageoverzicht</source>
        <translation>The access overview</translation>
    </message>
    <message>
        <source>Inzageoverzicht opslaan</source>
        <translation>Save access overview</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Het overzicht kon niet worden opgeslagen.</source>
        <translation>The overview could not be saved.</translation>
    </message>
    <message>
        <source>Inzageoverzicht maken…</source>
        <translation>Making the access overview…</translation>
    </message>
</context>
<context>
    <name>LetterTabs</name>
    <message>
        <source>gemaakt</source>
        <translation>made</translation>
    </message>
    <message>
        <source>afgedrukt</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>opgeslagen</source>
        <translation>saved</translation>
    </message>
    <message>
        <source>Toestemmingsverklaring (getekend)</source>
        <translation>Consent form (signed)</translation>
    </message>
    <message>
        <source>Beschikking (B8, IND, ...)</source>
        <translation>Decision (B8, IND, ...)</translation>
    </message>
    <message>
        <source>Verslag (intake opvang, ...)</source>
        <translation>Report (shelter intake, ...)</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Identiteitsbewijs</source>
        <translation>Identity document</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Niet versleuteld opslaan</source>
        <translation>Save without encryption</translation>
    </message>
    <message>
        <source>{what} wordt opgeslagen als gewoon bestand, &lt;b&gt;niet versleuteld&lt;/b&gt;. Iedereen die bij dit bestand kan, kan het lezen. Sla het alleen op als het echt nodig is, op een veilige plek, en verwijder het daarna (ook uit de prullenbak). Het opslaan wordt vastgelegd in het verstrekkingenregister.&lt;br&gt;&lt;br&gt;Doorgaan?</source>
        <translation>{what} will be saved as an ordinary file, &lt;b&gt;not encrypted&lt;/b&gt;. Anyone who can reach this file can read it. Only save it if really needed, in a safe place, and delete it afterwards (also from the trash). Saving is recorded in the disclosure register.&lt;br&gt;&lt;br&gt;Continue?</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Briefpapier</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <source>De naam en het adres van de organisatie stelt u in bij Instellingen. Hier staan de overige gegevens voor het briefpapier.</source>
        <translation>The name and address of the organisation are set in Settings. This holds the other letterhead details.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Logo &amp;kiezen…</source>
        <translation>&amp;Choose logo…</translation>
    </message>
    <message>
        <source>Logo &amp;verwijderen</source>
        <translation>&amp;Remove logo</translation>
    </message>
    <message>
        <source>Organisatie: {name}</source>
        <translation>Organisation: {name}</translation>
    </message>
    <message>
        <source>(nog niet ingesteld)</source>
        <translation>(not set yet)</translation>
    </message>
    <message>
        <source>&amp;Telefoon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Ondertekenaar</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>Leeg: de naam van de gebruiker</source>
        <translation>Empty: the user&apos;s name</translation>
    </message>
    <message>
        <source>&amp;Functie ondertekenaar</source>
        <translation>Signer&apos;s &amp;role</translation>
    </message>
    <message>
        <source>Logo (PNG of JPG)</source>
        <translation>Logo (PNG or JPG)</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Geen logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Het logo is groter dan 1 MB.</source>
        <translation>The logo is larger than 1 MB.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Kies een PNG- of JPG-afbeelding.</source>
        <translation>Choose a PNG or JPG image.</translation>
    </message>
    <message>
        <source>Logo kiezen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Afbeeldingen (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>&amp;Sjabloon</source>
        <translation>&amp;Template</translation>
    </message>
    <message>
        <source>&amp;Ontvanger</source>
        <translation>&amp;Recipient</translation>
    </message>
    <message>
        <source>&amp;Velden (alleen wat de ontvanger nodig heeft)</source>
        <translation>&amp;Fields (only what the recipient needs)</translation>
    </message>
    <message>
        <source>Invulvelden</source>
        <translation>Fields to fill in</translation>
    </message>
    <message>
        <source>Brie&amp;fpapier…</source>
        <translation>&amp;Letterhead…</translation>
    </message>
    <message>
        <source>Stan&amp;daardselectie</source>
        <translation>Default &amp;selection</translation>
    </message>
    <message>
        <source>Voo&amp;rbeeld</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Brief &amp;maken</source>
        <translation>&amp;Make letter</translation>
    </message>
    <message>
        <source>Voorbeeld</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Opslaan als &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Grond</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Gemaakte brieven</source>
        <translation>Letters made</translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Toestemming of reden</source>
        <translation>Consent or reason</translation>
    </message>
    <message>
        <source>Verstrekkingenregister van dit dossier</source>
        <translation>Disclosure register of this case</translation>
    </message>
    <message>
        <source>Verstrekkingen</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>(geen ontvanger)</source>
        <translation>(no recipient)</translation>
    </message>
    <message>
        <source>Voor dit sjabloon is geen toestemming nodig.</source>
        <translation>This template needs no consent.</translation>
    </message>
    <message>
        <source>geen einddatum</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>Geldige toestemming: gegeven op {given}, geldig tot {until}.</source>
        <translation>Valid consent: given on {given}, valid until {until}.</translation>
    </message>
    <message>
        <source>Geen geldige toestemming voor deze ontvanger en dit doel. Bij het maken vraagt Baken om een reden.</source>
        <translation>No valid consent for this recipient and purpose. When making the letter, Baken asks for a reason.</translation>
    </message>
    <message>
        <source>Voorbeeld (concept, niet bewaard)</source>
        <translation>Preview (draft, not kept)</translation>
    </message>
    <message>
        <source>Kies een ontvanger (ketenpartner).</source>
        <translation>Choose a recipient (partner organisation).</translation>
    </message>
    <message>
        <source>{title} — bewaard in het dossier</source>
        <translation>{title} — kept in the case</translation>
    </message>
    <message>
        <source>Brief maken…</source>
        <translation>Making the letter…</translation>
    </message>
    <message>
        <source>De brief</source>
        <translation>The letter</translation>
    </message>
    <message>
        <source>Brief opslaan als PDF</source>
        <translation>Save letter as PDF</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>De brief kon niet worden opgeslagen.</source>
        <translation>The letter could not be saved.</translation>
    </message>
    <message>
        <source>{title} — bewaard op {when}</source>
        <translation>{title} — kept on {when}</translation>
    </message>
    <message>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>reden: </source>
        <translation>reason: </translation>
    </message>
    <message>
        <source>niet nodig</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
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
        <source>Laatste back-up: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Nog geen back-up</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Over de beveiliging</source>
        <translation>About security</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Over Baken</source>
        <translation>About Baken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Baken %1&lt;/b&gt;&lt;br&gt;Versleuteld, offline dossierbeheer voor de zorgcoördinator mensenhandel.&lt;br&gt;&lt;br&gt;Gegevensmap: %2</source>
        <translation>&lt;b&gt;Baken %1&lt;/b&gt;&lt;br&gt;Encrypted, offline case management for the human trafficking care coordinator.&lt;br&gt;&lt;br&gt;Data folder: %2</translation>
    </message>
    <message>
        <source>Niet-opgeslagen wijzigingen</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Er zijn wijzigingen die nog niet zijn opgeslagen. Opslaan?</source>
        <translation>There are changes that have not been saved yet. Save them?</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Niet opslaan</source>
        <translation>Do&amp;n&apos;t save</translation>
    </message>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Nieuw screeningsoverleg</source>
        <translation>New screening meeting</translation>
    </message>
    <message>
        <source>bijv. Politie (J. de Wit), Arbeidsinspectie</source>
        <translation>e.g. Police (J. de Wit), Labour Inspectorate</translation>
    </message>
    <message>
        <source>&amp;Datum overleg:</source>
        <translation>Meeting &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Voorzitter:</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <source>&amp;Aanwezigen:</source>
        <translation>&amp;Attendees:</translation>
    </message>
    <message>
        <source>Gescheiden door komma&apos;s</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Overleg &amp;aanmaken</source>
        <translation>&amp;Create meeting</translation>
    </message>
</context>
<context>
    <name>MergeFileDialog</name>
    <message>
        <source>Pakket van een collega samenvoegen</source>
        <translation>Merge a colleague&apos;s package</translation>
    </message>
    <message>
        <source>Kies het pakket en typ de wachtwoordzin over die u apart heeft gekregen. Baken controleert het pakket eerst en voegt pas samen nadat u conflicten heeft opgelost.</source>
        <translation>Choose the package and type the passphrase you received separately. Baken checks the package first and merges only after you have resolved any conflicts.</translation>
    </message>
    <message>
        <source>Pakketbestand</source>
        <translation>Package file</translation>
    </message>
    <message>
        <source>Bladeren…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Pakketbestand kiezen</source>
        <translation>Choose package file</translation>
    </message>
    <message>
        <source>&amp;Bestand:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoordzin:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Controle van de wachtwoordzin</source>
        <translation>Passphrase check</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Controleren</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Baken-pakket (*.baken-pakket);;Alle bestanden (*)</source>
        <translation>Baken package (*.baken-pakket);;All files (*)</translation>
    </message>
    <message>
        <source>De wachtwoordzin is geldig.</source>
        <translation>The passphrase is valid.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Dit pakket is niet voor deze opslag bestemd. Er is niets veranderd.</source>
        <translation>This package is not meant for this store. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dit pakket komt van een onbekende afzender (geen contact in Baken). Er is niets veranderd.</source>
        <translation>This package comes from an unknown sender (not a contact in Baken). Nothing was changed.</translation>
    </message>
    <message>
        <source>De afzender is niet (meer) geverifieerd: vergelijk eerst de vingerafdruk van de (nieuwe) contactkaart. Er is niets veranderd.</source>
        <translation>The sender is not (or no longer) verified: first compare the fingerprint of the (new) contact card. Nothing was changed.</translation>
    </message>
    <message>
        <source>De handtekening van dit pakket klopt niet; het is mogelijk vervalst. Er is niets veranderd.</source>
        <translation>The signature of this package is not valid; it may have been forged. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het pakket is beschadigd of onvolledig. Er is niets veranderd.</source>
        <translation>The package is damaged or incomplete. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dit pakket is al eerder ontvangen. Er is niets veranderd.</source>
        <translation>This package was received before. Nothing was changed.</translation>
    </message>
    <message>
        <source>Dit pakket is gemaakt met een nieuwere versie van Baken. Werk Baken eerst bij; er is niets veranderd.</source>
        <translation>This package was made with a newer version of Baken. Update Baken first; nothing was changed.</translation>
    </message>
    <message>
        <source>{count} record(s) in dit pakket zijn aan beide kanten gewijzigd sinds de vorige uitwisseling. Er is niets veranderd; los dit op in de app (naast elkaar vergelijken).</source>
        <translation>{count} record(s) in this package were changed on both sides since the last exchange. Nothing was changed; resolve this in the app (side-by-side comparison).</translation>
    </message>
    <message>
        <source>Het pakket is te groot. Er is niets veranderd.</source>
        <translation>The package is too large. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het pakket bevat gegevens van dossiers die het ondertekende manifest niet noemt. Er is niets veranderd.</source>
        <translation>The package holds records of case files that its signed manifest does not name. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand hoort niet bij deze sleutel of is gewijzigd. Er is niets veranderd.</source>
        <translation>The handover file does not belong to this key or was changed. Nothing was changed.</translation>
    </message>
    <message>
        <source>De vingerafdruk komt niet overeen met de contactkaart. Er is niets toegevoegd; vraag de collega de vingerafdruk nog eens voor te lezen of om een nieuwe kaart.</source>
        <translation>The fingerprint does not match the contact card. Nothing was added; ask your colleague to read out the fingerprint again, or for a new card.</translation>
    </message>
    <message>
        <source>Voor {count} van de gekozen dossiers/signalen is er geen geldige toestemming om gegevens te delen met de organisatie van dit contact. Leg een toestemming vast (doel &apos;delen gegevens&apos;, ontvanger: de ketenpartner van het contact) of geef een reden op. Er is niets verzonden.</source>
        <translation>For {count} of the chosen case files/signals there is no valid consent to share data with this contact&apos;s organisation. Record a consent (purpose &apos;sharing data&apos;, recipient: the contact&apos;s partner organisation) or give a reason. Nothing was sent.</translation>
    </message>
    <message>
        <source>Een vingerafdruk bestaat uit 8 groepen van 5 cijfers.</source>
        <translation>A fingerprint consists of 8 groups of 5 digits.</translation>
    </message>
    <message>
        <source>Dit is geen geldige Baken-contactkaart.</source>
        <translation>This is not a valid Baken contact card.</translation>
    </message>
    <message>
        <source>Deze contactkaart is gemaakt met een nieuwere versie van Baken.</source>
        <translation>This contact card was made with a newer version of Baken.</translation>
    </message>
    <message>
        <source>Dit contact bestaat niet.</source>
        <translation>This contact does not exist.</translation>
    </message>
    <message>
        <source>Dit is de contactkaart van deze opslag zelf.</source>
        <translation>This is the contact card of this very store.</translation>
    </message>
    <message>
        <source>Die organisatie (ketenpartner) bestaat niet.</source>
        <translation>That partner organisation does not exist.</translation>
    </message>
    <message>
        <source>Dit contact is niet (meer) geverifieerd. Vergelijk eerst de vingerafdruk; er is niets verzonden.</source>
        <translation>This contact is not (or no longer) verified. Compare the fingerprint first; nothing was sent.</translation>
    </message>
    <message>
        <source>Kies een bestand of een outboxmap (één van beide).</source>
        <translation>Choose a file or an outbox folder (one of the two).</translation>
    </message>
    <message>
        <source>Kies minstens één dossier of signaal.</source>
        <translation>Choose at least one case file or signal.</translation>
    </message>
    <message>
        <source>Alleen signalen kunnen na verzenden worden verwijderd.</source>
        <translation>Only signals can be removed after sending.</translation>
    </message>
    <message>
        <source>Het pakket bestaat niet.</source>
        <translation>The package does not exist.</translation>
    </message>
    <message>
        <source>Dit is een overdrachtssleutel; gebruik die bij &apos;baken import&apos;.</source>
        <translation>This is a handover key; use it with &apos;baken import&apos;.</translation>
    </message>
    <message>
        <source>De inboxmap bestaat niet.</source>
        <translation>The inbox folder does not exist.</translation>
    </message>
    <message>
        <source>Die map bestaat niet.</source>
        <translation>That folder does not exist.</translation>
    </message>
    <message>
        <source>Dit is geen overdrachtssleutel.</source>
        <translation>This is not a handover key.</translation>
    </message>
    <message>
        <source>Het overdrachtsbestand bestaat niet.</source>
        <translation>The handover file does not exist.</translation>
    </message>
    <message>
        <source>Een opgegeven signaal bestaat niet.</source>
        <translation>A signal you named does not exist.</translation>
    </message>
    <message>
        <source>Het pakket is onvolledig (geen id).</source>
        <translation>The package is incomplete (no id).</translation>
    </message>
    <message>
        <source>Ongeldige datum bij {field}: gebruik JJJJ-MM-DD (bijvoorbeeld 2026-01-31).</source>
        <translation>Invalid date for {field}: use YYYY-MM-DD (for example 2026-01-31).</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de begindatum.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>Deze back-up is beschadigd of buiten Baken om gewijzigd. Baken zet hem niet terug; de huidige gegevens zijn ongewijzigd. Kies een andere back-up.</source>
        <translation>This backup is damaged or was changed outside Baken. Baken will not restore it; the current data is unchanged. Choose another backup.</translation>
    </message>
    <message>
        <source>De back-upmap bestaat niet of is niet beschrijfbaar.</source>
        <translation>The backup folder does not exist or is not writable.</translation>
    </message>
    <message>
        <source>In orde.</source>
        <translation>OK.</translation>
    </message>
    <message>
        <source>Deze back-up hoort bij andere Baken-gegevens dan die in deze map. Er is niets gewijzigd.</source>
        <translation>This backup belongs to other Baken data than the data in this folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>Er bestaat al een back-up met dezelfde tijd; probeer opnieuw.</source>
        <translation>A backup with the same time already exists; try again.</translation>
    </message>
    <message>
        <source>De back-up kon niet worden gecontroleerd (schijf of map defect?). De gegevens zelf zijn ongewijzigd.</source>
        <translation>The backup could not be verified (faulty disk or folder?). The data itself is unchanged.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord voor deze back-up (het wachtwoord van toen). Gebruik anders &apos;baken recover --data-dir &lt;back-upmap&gt;&apos; met de herstelcode.</source>
        <translation>Wrong password for this backup (the password at the time). Otherwise use &apos;baken recover --data-dir &lt;backup folder&gt;&apos; with the recovery code.</translation>
    </message>
    <message>
        <source>Voor dit dossier loopt de nazorg al.</source>
        <translation>Aftercare is already running for this case.</translation>
    </message>
    <message>
        <source>Over deze aanvraag is al besloten.</source>
        <translation>This request has already been decided.</translation>
    </message>
    <message>
        <source>Deze cliënt verblijft in die periode al in een andere opvang. Beëindig eerst die plaatsing, of gebruik doorplaatsen.</source>
        <translation>This client already stays in another shelter in that period. End that placement first, or use transfer.</translation>
    </message>
    <message>
        <source>De afsluiting ligt vóór de startdatum.</source>
        <translation>The closing date is before the start date.</translation>
    </message>
    <message>
        <source>Het dossier is afgesloten.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <source>Alleen een lopende plaatsing kan worden beëindigd.</source>
        <translation>Only a current placement can be ended.</translation>
    </message>
    <message>
        <source>Beëindig eerst de plaatsing in de opvang.</source>
        <translation>End the shelter placement first.</translation>
    </message>
    <message>
        <source>De evaluatie ligt vóór de start van het plan.</source>
        <translation>The evaluation is before the start of the plan.</translation>
    </message>
    <message>
        <source>Alleen een lopende plaatsing kan worden doorgeplaatst.</source>
        <translation>Only a current placement can be transferred.</translation>
    </message>
    <message>
        <source>Kies een andere opvang.</source>
        <translation>Choose another shelter.</translation>
    </message>
    <message>
        <source>Voor dit dossier is geen nazorg gestart.</source>
        <translation>No aftercare has been started for this case.</translation>
    </message>
    <message>
        <source>Deze ketenpartner heeft geen opvangprofiel.</source>
        <translation>This partner agency has no shelter profile.</translation>
    </message>
    <message>
        <source>Alleen een open aanvraag kan worden geplaatst.</source>
        <translation>Only an open request can be placed.</translation>
    </message>
    <message>
        <source>Dit dossier heeft al een hulpverleningsplan.</source>
        <translation>This case already has a care plan.</translation>
    </message>
    <message>
        <source>Sluit het dossier af met een datum en een reden.</source>
        <translation>Close the case with a date and a reason.</translation>
    </message>
    <message>
        <source>Onbekende sortering.</source>
        <translation>Unknown sort order.</translation>
    </message>
    <message>
        <source>Afgebroken. Er is niets opgeslagen of gewijzigd.</source>
        <translation>Cancelled. Nothing was saved or changed.</translation>
    </message>
    <message>
        <source>Het bestand is beschadigd, onvolledig of buiten Baken om gewijzigd. Baken gebruikt het niet; er is niets veranderd. Vraag om een nieuw exemplaar.</source>
        <translation>The file is damaged, incomplete or was changed outside Baken. Baken does not use it; nothing was changed. Ask for a new copy.</translation>
    </message>
    <message>
        <source>De schijf is vol. Er is niets opgeslagen (ook geen half bestand); maak ruimte vrij en probeer opnieuw.</source>
        <translation>The disk is full. Nothing was saved (not even a partial file); free up space and try again.</translation>
    </message>
    <message>
        <source>Het bestand bestaat niet.</source>
        <translation>The file does not exist.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden geopend.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <source>Het bestand kan niet worden gelezen.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Dit bestand is gemaakt met een nieuwere versie van Baken. Werk Baken eerst bij; er is niets veranderd.</source>
        <translation>This file was made with a newer version of Baken. Update Baken first; nothing was changed.</translation>
    </message>
    <message>
        <source>Dit is geen geldige wachtwoordzin: die bestaat uit tien woorden en een getal van twee cijfers.</source>
        <translation>This is not a valid passphrase: it consists of ten words and a two-digit number.</translation>
    </message>
    <message>
        <source>De wachtwoordzin bevat een typefout. Controleer de woorden en het getal op het overdrachtsblad.</source>
        <translation>The passphrase contains a typo. Check the words and the number on the handover sheet.</translation>
    </message>
    <message>
        <source>Het tijdelijke bestand bestaat al.</source>
        <translation>The temporary file already exists.</translation>
    </message>
    <message>
        <source>Lezen of schrijven is mislukt (schijf of map defect?). Er is niets opgeslagen.</source>
        <translation>Reading or writing failed (faulty disk or folder?). Nothing was saved.</translation>
    </message>
    <message>
        <source>Dit is een ander soort Baken-bestand dan verwacht (overdracht van alle gegevens of van losse dossiers). Er is niets veranderd.</source>
        <translation>This is another kind of Baken file than expected (handover of all data or of single cases). Nothing was changed.</translation>
    </message>
    <message>
        <source>De wachtwoordzin is onjuist, of het bestand is beschadigd of gewijzigd. Er is niets veranderd. Controleer de wachtwoordzin (tien woorden en een getal).</source>
        <translation>The passphrase is wrong, or the file is damaged or was changed. Nothing was changed. Check the passphrase (ten words and a number).</translation>
    </message>
    <message>
        <source>De tekenset van het bestand is niet herkend (verwacht UTF-8 of Windows-1252).</source>
        <translation>The character set of the file was not recognised (expected UTF-8 or Windows-1252).</translation>
    </message>
    <message>
        <source>Er zijn {count} fouten; er is niets geïmporteerd.</source>
        <translation>There are {count} errors; nothing was imported.</translation>
    </message>
    <message>
        <source>Het importbestand bestaat niet.</source>
        <translation>The import file does not exist.</translation>
    </message>
    <message>
        <source>Het importbestand kan niet worden gelezen.</source>
        <translation>The import file cannot be read.</translation>
    </message>
    <message>
        <source>Er is niets om te importeren.</source>
        <translation>There is nothing to import.</translation>
    </message>
    <message>
        <source>Dit bestand is UTF-16 (&apos;Unicode-tekst&apos;). Sla het op als &apos;CSV UTF-8&apos; of &apos;CSV (gescheiden door lijstscheidingsteken)&apos;.</source>
        <translation>This file is UTF-16 (&apos;Unicode text&apos;). Save it as &apos;CSV UTF-8&apos; or &apos;CSV (comma delimited)&apos;.</translation>
    </message>
    <message>
        <source>Het gegevensbestand is beschadigd of buiten Baken om gewijzigd. Baken opent het niet en heeft niets overschreven. Zet een back-up terug of neem contact op met uw ICT-afdeling.</source>
        <translation>The data file is damaged or was changed outside Baken. Baken does not open it and has overwritten nothing. Restore a backup or contact your IT department.</translation>
    </message>
    <message>
        <source>De schijf is vol. De wijziging is niet opgeslagen; maak ruimte vrij.</source>
        <translation>The disk is full. The change was not saved; free up space.</translation>
    </message>
    <message>
        <source>Er is geen Baken-gegevensbestand in deze map.</source>
        <translation>There is no Baken data file in this folder.</translation>
    </message>
    <message>
        <source>De gegevensmap ondersteunt geen WAL-journaal (alleen-lezen?).</source>
        <translation>The data folder does not support a WAL journal (read-only?).</translation>
    </message>
    <message>
        <source>Geen schrijfrechten op het gegevensbestand of de map. Er is niets gewijzigd.</source>
        <translation>No write permission on the data file or the folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>Het gegevensbestand kan niet worden geopend (rechten of map).</source>
        <translation>The data file cannot be opened (permissions or folder).</translation>
    </message>
    <message>
        <source>{error} Er zijn geen demogegevens toegevoegd.</source>
        <translation>{error} No demo data was added.</translation>
    </message>
    <message>
        <source>Kies een soort document.</source>
        <translation>Choose a kind of document.</translation>
    </message>
    <message>
        <source>Deze toestemming hoort niet bij dit dossier.</source>
        <translation>This consent does not belong to this case.</translation>
    </message>
    <message>
        <source>Het bestand is leeg.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Het bestand is groter dan {mb} MB en kan niet worden toegevoegd. Verklein het (bijvoorbeeld opnieuw scannen in zwart-wit of met een lagere resolutie) of voeg het in delen toe.</source>
        <translation>The file is larger than {mb} MB and cannot be added. Make it smaller (for example scan it again in black and white or at a lower resolution) or add it in parts.</translation>
    </message>
    <message>
        <source>Alleen PDF-, JPG- en PNG-bestanden kunnen worden toegevoegd.</source>
        <translation>Only PDF, JPG and PNG files can be added.</translation>
    </message>
    <message>
        <source>Dit dossier bestaat niet (meer).</source>
        <translation>This case does not exist (any more).</translation>
    </message>
    <message>
        <source>Een concept heeft een ongeldig veld.</source>
        <translation>A draft has an invalid field.</translation>
    </message>
    <message>
        <source>Een concept bevat een waarde die niet bewaard kan worden.</source>
        <translation>A draft holds a value that cannot be saved.</translation>
    </message>
    <message>
        <source>Een concept zonder naam kan niet bewaard worden.</source>
        <translation>A draft without a name cannot be saved.</translation>
    </message>
    <message>
        <source>Een concept is te diep genest.</source>
        <translation>A draft is nested too deeply.</translation>
    </message>
    <message>
        <source>Een concept is te groot om te bewaren.</source>
        <translation>A draft is too large to save.</translation>
    </message>
    <message>
        <source>De contactkaart kan niet worden gelezen.</source>
        <translation>The contact card cannot be read.</translation>
    </message>
    <message>
        <source>Er is nog geen zorgcoördinator ingesteld om signalen naar te sturen.</source>
        <translation>No care coordinator has been set up to send signals to yet.</translation>
    </message>
    <message>
        <source>Het overnemen van de gegevens is mislukt. Er is niets veranderd.</source>
        <translation>Taking over the data failed. Nothing was changed.</translation>
    </message>
    <message>
        <source>In deze map staan al Baken-gegevens. Een overdracht wordt nooit over bestaande gegevens heen gezet; kies een lege map. Er is niets gewijzigd.</source>
        <translation>This folder already holds Baken data. A handover is never put over existing data; choose an empty folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>De doelmap bestaat niet.</source>
        <translation>The target folder does not exist.</translation>
    </message>
    <message>
        <source>Er bestaat al een bestand met die naam. Er is niets overschreven; kies een andere naam.</source>
        <translation>A file with that name already exists. Nothing was overwritten; choose another name.</translation>
    </message>
    <message>
        <source>De opbouw van het bestand past niet bij deze versie van Baken. Er is niets veranderd.</source>
        <translation>The structure of the file does not match this version of Baken. Nothing was changed.</translation>
    </message>
    <message>
        <source>De schijf is vol. Er is niets opgeslagen; maak ruimte vrij en probeer opnieuw.</source>
        <translation>The disk is full. Nothing was saved; free up space and try again.</translation>
    </message>
    <message>
        <source>Lezen of schrijven in de gegevensmap is mislukt. Er is niets gewijzigd.</source>
        <translation>Reading or writing in the data folder failed. Nothing was changed.</translation>
    </message>
    <message>
        <source>De gegevensmap of een bestand daarin bestaat niet.</source>
        <translation>The data folder or a file in it does not exist.</translation>
    </message>
    <message>
        <source>Geen schrijfrechten in de gegevensmap. Er is niets gewijzigd.</source>
        <translation>No write permission in the data folder. Nothing was changed.</translation>
    </message>
    <message>
        <source>De sleutelbos van deze computer is vergrendeld of weigert toegang. Ontgrendel de sleutelbos (meestal door opnieuw in te loggen) en probeer het nog eens.</source>
        <translation>This computer&apos;s keyring is locked or refuses access. Unlock the keyring (usually by logging in again) and try again.</translation>
    </message>
    <message>
        <source>Het sleutelbosdeel van de sleutel ontbreekt op deze computer (andere computer, nieuw gebruikersprofiel of gewiste sleutelbos). Gebruik uw herstelcode: &apos;Wachtwoord vergeten? Herstelcode gebruiken&apos; of &apos;baken recover&apos;.</source>
        <translation>The keyring part of the key is missing on this computer (another computer, a new user profile or a cleared keyring). Use your recovery code: &apos;Forgot your password? Use recovery code&apos; or &apos;baken recover&apos;.</translation>
    </message>
    <message>
        <source>Er is geen bruikbare sleutelbos (Windows Referentiebeheer, macOS Sleutelhanger of Secret Service) op deze computer. Baken bewaart een deel van de sleutel daarin en slaat het nooit onversleuteld op. Neem contact op met uw ICT-afdeling, of kies bewust voor de modus &apos;alleen wachtwoord&apos; (zie Over de beveiliging).</source>
        <translation>There is no usable keyring (Windows Credential Manager, macOS Keychain or Secret Service) on this computer. Baken keeps part of the key there and never stores it unencrypted. Contact your IT department, or deliberately choose the &apos;password only&apos; mode (see About security).</translation>
    </message>
    <message>
        <source>Het sleutelbestand (baken.keys.json) is beschadigd of gewijzigd. Zet het bestand terug uit een back-up; Baken heeft niets overschreven.</source>
        <translation>The key file (baken.keys.json) is damaged or was changed. Restore the file from a backup; Baken has overwritten nothing.</translation>
    </message>
    <message>
        <source>Voor deze gegevens is geen herstelcode ingesteld.</source>
        <translation>No recovery code has been set up for this data.</translation>
    </message>
    <message>
        <source>Dit is geen geldige herstelcode: hij bestaat uit 25 tekens in vijf groepen.</source>
        <translation>This is not a valid recovery code: it consists of 25 characters in five groups.</translation>
    </message>
    <message>
        <source>De herstelcode bevat een typefout. Controleer de tekens op het herstelblad.</source>
        <translation>The recovery code contains a typo. Check the characters on the recovery sheet.</translation>
    </message>
    <message>
        <source>Aanmelder</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Aanwezige</source>
        <translation>Attendee</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Afgerond op</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Alias of initialen</source>
        <translation>Alias or initials</translation>
    </message>
    <message>
        <source>B8-gegevens</source>
        <translation>B8 details</translation>
    </message>
    <message>
        <source>Begin bedenktijd</source>
        <translation>Reflection period starts</translation>
    </message>
    <message>
        <source>Bereikbaarheid aanmelder</source>
        <translation>How to reach the referrer</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Contact voor aanmelding</source>
        <translation>Contact for referrals</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Datum aangifte</source>
        <translation>Date of report</translation>
    </message>
    <message>
        <source>Datum aanmelding</source>
        <translation>Referral date</translation>
    </message>
    <message>
        <source>Datum aanvraag</source>
        <translation>Request date</translation>
    </message>
    <message>
        <source>Datum afsluiting</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Datum besluit</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Datum informatief gesprek</source>
        <translation>Date of informative interview</translation>
    </message>
    <message>
        <source>Datum inschatting</source>
        <translation>Assessment date</translation>
    </message>
    <message>
        <source>Datum overleg</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Datum plaatsing</source>
        <translation>Placement date</translation>
    </message>
    <message>
        <source>Datum toestemming</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Datum warme overdracht</source>
        <translation>Warm handover date</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Doelgroepen</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Doorverwijzen naar</source>
        <translation>Refer to</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Dossierhouder</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Einde bedenktijd</source>
        <translation>Reflection period ends</translation>
    </message>
    <message>
        <source>Fase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Functie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Gedaan op</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>Gegeven als</source>
        <translation>Given as</translation>
    </message>
    <message>
        <source>Gehouden op</source>
        <translation>Held on</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Gepland op</source>
        <translation>Planned on</translation>
    </message>
    <message>
        <source>Geplande datum</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Geslacht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Gevraagde soort opvang</source>
        <translation>Requested type of shelter</translation>
    </message>
    <message>
        <source>Informatie van</source>
        <translation>Information from</translation>
    </message>
    <message>
        <source>Informatie vóór</source>
        <translation>Information before</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Inkomen en verzekering</source>
        <translation>Income and insurance</translation>
    </message>
    <message>
        <source>Ketenpartner</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <source>Kinderen</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Naam ontvanger</source>
        <translation>Recipient name</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Nazorg beëindigd op</source>
        <translation>Aftercare ended on</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Ontvangende organisatie</source>
        <translation>Receiving organisation</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Opvang</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisatie aanmelder</source>
        <translation>Referrer organisation</translation>
    </message>
    <message>
        <source>Overgedragen aan</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <source>Overige signalen</source>
        <translation>Other signals</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reden van afsluiting</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Reden van afwijzing</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>Reden van beëindiging</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Relatie tot de uitbuiter</source>
        <translation>Relation to the exploiter</translation>
    </message>
    <message>
        <source>Risicofactoren</source>
        <translation>Risk factors</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Screeningsoverleg</source>
        <translation>Screening meeting</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Soort aanmelder</source>
        <translation>Kind of referrer</translation>
    </message>
    <message>
        <source>Soort opvang</source>
        <translation>Type of shelter</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Start nazorg</source>
        <translation>Aftercare start</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Startdatum plan</source>
        <translation>Plan start date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Straat en huisnummer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Tijd</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Toestemming gegeven door</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>Uitbuitingsvorm</source>
        <translation>Form of exploitation</translation>
    </message>
    <message>
        <source>Uiterlijk op</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>Uiterste datum</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Veilige contactmogelijkheid</source>
        <translation>Safe way to make contact</translation>
    </message>
    <message>
        <source>Verblijfsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <source>Vermoedelijke uitbuitingsvorm</source>
        <translation>Suspected form of exploitation</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Voornaam</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Voorzitter</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Vorige plaatsing</source>
        <translation>Previous placement</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wat is gezien</source>
        <translation>What was seen</translation>
    </message>
    <message>
        <source>Wat is overgedragen</source>
        <translation>What was handed over</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Zorgen en afspraken</source>
        <translation>Concerns and agreements</translation>
    </message>
    <message>
        <source>Kies een ontvanger (ketenpartner).</source>
        <translation>Choose a recipient (partner agency).</translation>
    </message>
    <message>
        <source>Deze toestemming is niet (meer) geldig voor deze ontvanger en dit doel.</source>
        <translation>This consent is not (or no longer) valid for this recipient and this purpose.</translation>
    </message>
    <message>
        <source>Er is geen geldige toestemming voor deze ontvanger en dit doel. Leg een reden vast (bijvoorbeeld acuut gevaar) om de brief toch te maken.</source>
        <translation>There is no valid consent for this recipient and this purpose. Record a reason (for example acute danger) to make the letter anyway.</translation>
    </message>
    <message>
        <source>Een gekozen veld hoort niet bij deze sjabloon.</source>
        <translation>A chosen field does not belong to this template.</translation>
    </message>
    <message>
        <source>Deze briefsjabloon bestaat niet.</source>
        <translation>This letter template does not exist.</translation>
    </message>
    <message>
        <source>Een --set-veld is geen invulveld van deze sjabloon.</source>
        <translation>A --set field is not an input field of this template.</translation>
    </message>
    <message>
        <source>Bijwerken van de gegevens naar versie {version} is mislukt. De gegevens zijn ongewijzigd gebleven; neem contact op met de beheerder.</source>
        <translation>Updating the data to version {version} failed. The data is unchanged; contact the administrator.</translation>
    </message>
    <message>
        <source>Deze gegevens zijn gemaakt met een nieuwere versie van Baken. Werk Baken bij.</source>
        <translation>This data was made with a newer version of Baken. Update Baken.</translation>
    </message>
    <message>
        <source>Deze organisatie kan niet weg: ze is ketenpartner in {partners} dossier(s) en opvang bij {placements} plaatsing(en). Haal haar daar eerst weg.</source>
        <translation>This organisation cannot be removed: it is a partner agency in {partners} case(s) and the shelter of {placements} placement(s). Remove it there first.</translation>
    </message>
    <message>
        <source>{first} {second}</source>
        <translation>{first} {second}</translation>
    </message>
    <message>
        <source>Eén woord met cijfers of tekens ervoor of erachter is snel geraden.</source>
        <translation>One word with digits or symbols before or after it is quickly guessed.</translation>
    </message>
    <message>
        <source>Kies een wachtwoord van minstens {min_length} tekens.</source>
        <translation>Choose a password of at least {min_length} characters.</translation>
    </message>
    <message>
        <source>Goed wachtwoord. Schrijf het niet op en gebruik het nergens anders.</source>
        <translation>Good password. Do not write it down and do not use it anywhere else.</translation>
    </message>
    <message>
        <source>Maak het moeilijker te raden: gebruik een zin van vier of meer losse woorden, geen namen, datums of woorden uit uw organisatie.</source>
        <translation>Make it harder to guess: use a phrase of four or more separate words, no names, dates or words from your organisation.</translation>
    </message>
    <message>
        <source>Gebruik minstens {min_length} tekens.</source>
        <translation>Use at least {min_length} characters.</translation>
    </message>
    <message>
        <source>zeer zwak</source>
        <translation>very weak</translation>
    </message>
    <message>
        <source>zwak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>matig</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>sterk</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>zeer sterk</source>
        <translation>very strong</translation>
    </message>
    <message>
        <source>Wachtwoord te zwak ({strength}). {advice}</source>
        <translation>Password too weak ({strength}). {advice}</translation>
    </message>
    <message>
        <source>Dit gegeven bestaat al; gebruik wijzigen.</source>
        <translation>This record already exists; use edit.</translation>
    </message>
    <message>
        <source>Dit gegeven is nog niet opgeslagen.</source>
        <translation>This record has not been saved yet.</translation>
    </message>
    <message>
        <source>De datum ligt vóór de datum verstuurd.</source>
        <translation>The date is before the date sent.</translation>
    </message>
    <message>
        <source>De datum ligt in de toekomst.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <source>Kies de organisatie waarnaar is verwezen.</source>
        <translation>Choose the organisation the client was referred to.</translation>
    </message>
    <message>
        <source>Datum verstuurd ligt in de toekomst.</source>
        <translation>Date sent is in the future.</translation>
    </message>
    <message>
        <source>Onbekende status.</source>
        <translation>Unknown status.</translation>
    </message>
    <message>
        <source>Kies 0 tot en met 365 dagen.</source>
        <translation>Choose 0 to 365 days.</translation>
    </message>
    <message>
        <source>Een waarde is niet toegestaan.</source>
        <translation>A value is not allowed.</translation>
    </message>
    <message>
        <source>Dit gegeven bestaat niet (meer).</source>
        <translation>This record does not exist (any more).</translation>
    </message>
    <message>
        <source>Een gekoppeld gegeven bestaat niet (meer), of wordt nog gebruikt.</source>
        <translation>A linked record does not exist (any more), or is still in use.</translation>
    </message>
    <message>
        <source>Een verplicht veld ontbreekt.</source>
        <translation>A required field is missing.</translation>
    </message>
    <message>
        <source>Deze waarde is al in gebruik.</source>
        <translation>This value is already in use.</translation>
    </message>
    <message>
        <source>Het formaat is csv of pdf.</source>
        <translation>The format is csv or pdf.</translation>
    </message>
    <message>
        <source>Het kwartaal is 1, 2, 3 of 4.</source>
        <translation>The quarter is 1, 2, 3 or 4.</translation>
    </message>
    <message>
        <source>Het jaar moet een getal zijn, bijvoorbeeld 2026.</source>
        <translation>The year must be a number, for example 2026.</translation>
    </message>
    <message>
        <source>Kies een jaar van {first} tot en met {last}.</source>
        <translation>Choose a year from {first} to {last}.</translation>
    </message>
    <message>
        <source>Noteer de grondslag van de bewaartermijn.</source>
        <translation>Record the legal basis of the retention period.</translation>
    </message>
    <message>
        <source>Kies minstens één dossier om te vernietigen.</source>
        <translation>Choose at least one case to destroy.</translation>
    </message>
    <message>
        <source>De dossiers zijn vernietigd, maar het gegevensbestand kon nog niet worden opgeschoond (het is in gebruik). Baken probeert het opnieuw bij de volgende keer dat de lijst Te vernietigen wordt getoond.</source>
        <translation>The cases have been destroyed, but the data file could not be cleaned up yet (it is in use). Baken tries again the next time the Due for destruction list is shown.</translation>
    </message>
    <message>
        <source>Vernietigingsverklaring niet gevonden.</source>
        <translation>Destruction certificate not found.</translation>
    </message>
    <message>
        <source>Dossier {number} is niet afgesloten of de bewaartermijn is nog niet verstreken; er is niets vernietigd.</source>
        <translation>Case {number} is not closed or its retention period has not yet passed; nothing was destroyed.</translation>
    </message>
    <message>
        <source>Er is geen vernietiging om te verklaren.</source>
        <translation>There is no destruction to certify.</translation>
    </message>
    <message>
        <source>Dossier {number} bestaat niet (meer).</source>
        <translation>Case {number} does not exist (any more).</translation>
    </message>
    <message>
        <source>Een bewaartermijn is een heel aantal jaren van 1 tot en met {max_years}.</source>
        <translation>A retention period is a whole number of years from 1 to {max_years}.</translation>
    </message>
    <message>
        <source>Er ging iets mis met de gegevens. Er is niets gewijzigd.</source>
        <translation>Something went wrong with the data. Nothing was changed.</translation>
    </message>
    <message>
        <source>Onjuist wachtwoord of herstelcode.</source>
        <translation>Wrong password or recovery code.</translation>
    </message>
    <message>
        <source>Onbekende soort in de tijdlijn.</source>
        <translation>Unknown kind of timeline entry.</translation>
    </message>
    <message>
        <source>Voor een conflict is een keuze gemaakt die hier niet kan; er is niets samengevoegd.</source>
        <translation>A choice was made for a conflict that is not possible here; nothing was merged.</translation>
    </message>
    <message>
        <source>Samenvoegen is mislukt op een uniek kenmerk of een ontbrekende verwijzing. Er is niets samengevoegd.</source>
        <translation>Merging failed on a unique key or a missing reference. Nothing was merged.</translation>
    </message>
    <message>
        <source>Deze gegevens bevatten nog geen dossiers.</source>
        <translation>This data holds no cases yet.</translation>
    </message>
    <message>
        <source>Er zijn nog {count} conflicten. Kies per record welke versie blijft; er is niets samengevoegd.</source>
        <translation>There are still {count} conflicts. Choose for each record which version stays; nothing was merged.</translation>
    </message>
    <message>
        <source>Een opgegeven dossier bestaat niet.</source>
        <translation>A given case does not exist.</translation>
    </message>
    <message>
        <source>Vul in wanneer de actie is gedaan.</source>
        <translation>Enter when the action was done.</translation>
    </message>
    <message>
        <source>Het einde ligt vóór de start van de nazorg.</source>
        <translation>The end is before the start of the aftercare.</translation>
    </message>
    <message>
        <source>Schema: oplopende aantallen maanden, bijvoorbeeld 1, 3, 6, 12.</source>
        <translation>Schedule: increasing numbers of months, for example 1, 3, 6, 12.</translation>
    </message>
    <message>
        <source>{label} bevat ongeldige tekens.</source>
        <translation>{label} contains invalid characters.</translation>
    </message>
    <message>
        <source>{label}: ongeldige datum.</source>
        <translation>{label}: invalid date.</translation>
    </message>
    <message>
        <source>{label}: ongeldige verwijzing.</source>
        <translation>{label}: invalid reference.</translation>
    </message>
    <message>
        <source>&apos;Vóór&apos; ligt vóór de datum van het besluit.</source>
        <translation>&apos;Before&apos; is before the date of the decision.</translation>
    </message>
    <message>
        <source>Vul in wanneer het contact was.</source>
        <translation>Enter when the check-in took place.</translation>
    </message>
    <message>
        <source>Kies de uitkomst van het contact.</source>
        <translation>Choose the outcome of the check-in.</translation>
    </message>
    <message>
        <source>{label}: kies een van de mogelijkheden.</source>
        <translation>{label}: choose one of the options.</translation>
    </message>
    <message>
        <source>&apos;Geldig tot&apos; ligt vóór de datum.</source>
        <translation>&apos;Valid until&apos; is before the date.</translation>
    </message>
    <message>
        <source>Intrekking ligt vóór de toestemming.</source>
        <translation>The withdrawal is before the consent.</translation>
    </message>
    <message>
        <source>E-mailadres is ongeldig.</source>
        <translation>The e-mail address is invalid.</translation>
    </message>
    <message>
        <source>Telefoon: alleen cijfers, spaties en + - ( ).</source>
        <translation>Phone: only digits, spaces and + - ( ).</translation>
    </message>
    <message>
        <source>Telefoon: te weinig cijfers.</source>
        <translation>Phone: too few digits.</translation>
    </message>
    <message>
        <source>Het einde van de bedenktijd ligt vóór het begin.</source>
        <translation>The end of the reflection period is before its start.</translation>
    </message>
    <message>
        <source>De bedenktijd duurt hooguit 3 maanden.</source>
        <translation>The reflection period lasts at most 3 months.</translation>
    </message>
    <message>
        <source>Vul ook het begin van de bedenktijd in.</source>
        <translation>Also enter the start of the reflection period.</translation>
    </message>
    <message>
        <source>Reden van afsluiting is verplicht.</source>
        <translation>Reason for closing is required.</translation>
    </message>
    <message>
        <source>Datum afsluiting is verplicht bij een afgesloten dossier.</source>
        <translation>Closing date is required for a closed case.</translation>
    </message>
    <message>
        <source>Een gesloten dossier staat in de fase &apos;afgesloten&apos;.</source>
        <translation>A closed case is in the phase &apos;closed&apos;.</translation>
    </message>
    <message>
        <source>Een afgesloten dossier heeft de status &apos;gesloten&apos;.</source>
        <translation>A case in the phase &apos;closed&apos; has the status &apos;closed&apos;.</translation>
    </message>
    <message>
        <source>{label}: een keuze staat er dubbel in.</source>
        <translation>{label}: a choice appears twice.</translation>
    </message>
    <message>
        <source>Soort: kies een van de mogelijkheden.</source>
        <translation>Kind: choose one of the options.</translation>
    </message>
    <message>
        <source>{label} ligt in de toekomst.</source>
        <translation>{label} is in the future.</translation>
    </message>
    <message>
        <source>{label}: ongeldige waarde.</source>
        <translation>{label}: invalid value.</translation>
    </message>
    <message>
        <source>{label} bevat een regelovergang of ongeldige tekens.</source>
        <translation>{label} contains a line break or invalid characters.</translation>
    </message>
    <message>
        <source>Aanwezigen: ongeldige waarde.</source>
        <translation>Attendees: invalid value.</translation>
    </message>
    <message>
        <source>Tijd: gebruik uu:mm, bijvoorbeeld 09:30.</source>
        <translation>Time: use hh:mm, for example 09:30.</translation>
    </message>
    <message>
        <source>Plaats ontbreekt bij het adres.</source>
        <translation>The address has no city.</translation>
    </message>
    <message>
        <source>Land: kies een land uit de lijst.</source>
        <translation>Country: choose a country from the list.</translation>
    </message>
    <message>
        <source>Postcode: 4 cijfers en 2 letters, bijv. 1234 AB.</source>
        <translation>Postcode: 4 digits and 2 letters, e.g. 1234 AB.</translation>
    </message>
    <message>
        <source>Website is ongeldig, bijv. www.voorbeeld.nl.</source>
        <translation>Website is not valid, e.g. www.example.nl.</translation>
    </message>
    <message>
        <source>Vul een naam of een alias in.</source>
        <translation>Enter a name or an alias.</translation>
    </message>
    <message>
        <source>Geschat geboortejaar: vul een jaar in, niet in de toekomst.</source>
        <translation>Estimated birth year: enter a year, not in the future.</translation>
    </message>
    <message>
        <source>Tolk nodig: ongeldige waarde.</source>
        <translation>Interpreter needed: invalid value.</translation>
    </message>
    <message>
        <source>Talen: gebruik taalcodes (ISO 639), bijv. nl, en, ro.</source>
        <translation>Languages: use language codes (ISO 639), e.g. nl, en, ro.</translation>
    </message>
    <message>
        <source>Talen: een taal staat er dubbel in.</source>
        <translation>Languages: a language appears twice.</translation>
    </message>
    <message>
        <source>Nationaliteit: kies een land uit de lijst.</source>
        <translation>Nationality: choose a country from the list.</translation>
    </message>
    <message>
        <source>Het besluit ligt vóór de aanvraag.</source>
        <translation>The decision is before the request.</translation>
    </message>
    <message>
        <source>De einddatum ligt vóór de plaatsingsdatum.</source>
        <translation>The end date is before the placement date.</translation>
    </message>
    <message>
        <source>Een einddatum hoort bij een beëindigde plaatsing.</source>
        <translation>An end date belongs to an ended placement.</translation>
    </message>
    <message>
        <source>Reden van beëindiging is verplicht.</source>
        <translation>Reason for ending is required.</translation>
    </message>
    <message>
        <source>Een reden van beëindiging hoort bij een beëindigde plaatsing.</source>
        <translation>A reason for ending belongs to an ended placement.</translation>
    </message>
    <message>
        <source>De plaatsing ligt vóór de aanvraag.</source>
        <translation>The placement is before the request.</translation>
    </message>
    <message>
        <source>Een plaatsingsdatum hoort bij een geplaatste cliënt.</source>
        <translation>A placement date belongs to a placed client.</translation>
    </message>
    <message>
        <source>{label} is verplicht.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{domain}: score ligt tussen 1 en 5.</source>
        <translation>{domain}: the score is between 1 and 5.</translation>
    </message>
    <message>
        <source>Onbekend leefgebied.</source>
        <translation>Unknown life domain.</translation>
    </message>
    <message>
        <source>Capaciteit: vul een heel getal in.</source>
        <translation>Capacity: enter a whole number.</translation>
    </message>
    <message>
        <source>Capaciteit ligt tussen 0 en {max}.</source>
        <translation>Capacity is between 0 and {max}.</translation>
    </message>
    <message>
        <source>Het signaal is nog leeg. Beschrijf wat is gezien, of vul een vermoedelijke vorm, de aanmelder of een alias in.</source>
        <translation>The signal is still empty. Describe what was seen, or fill in a suspected form, the reporter or an alias.</translation>
    </message>
    <message>
        <source>{label} is te lang (maximaal {max_len} tekens).</source>
        <translation>{label} is too long (at most {max_len} characters).</translation>
    </message>
    <message>
        <source>{label} ligt te ver in het verleden.</source>
        <translation>{label} is too far in the past.</translation>
    </message>
    <message>
        <source>{label}: onbekende keuze.</source>
        <translation>{label}: unknown choice.</translation>
    </message>
    <message>
        <source>In deze map staan al Baken-gegevens. Er is niets gewijzigd; kies een andere map.</source>
        <translation>This folder already holds Baken data. Nothing was changed; choose another folder.</translation>
    </message>
    <message>
        <source>Het sleutelbestand (baken.keys.json) ontbreekt naast het gegevensbestand. Zet het terug uit een back-up; zonder dat bestand kan niemand de gegevens openen.</source>
        <translation>The key file (baken.keys.json) is missing next to the data file. Restore it from a backup; without that file nobody can open the data.</translation>
    </message>
    <message>
        <source>De sleutelbos van deze computer is veranderd sinds de gegevens zijn aangemaakt, en het sleutelbosdeel van de sleutel is niet gevonden. Gebruik uw herstelcode om weer toegang te krijgen.</source>
        <translation>This computer&apos;s keyring has changed since the data was created, and the keyring part of the key was not found. Use your recovery code to regain access.</translation>
    </message>
    <message>
        <source>De opslag is vergrendeld.</source>
        <translation>The store is locked.</translation>
    </message>
    <message>
        <source>In deze map staan geen Baken-gegevens. Controleer de gegevensmap (--data-dir of BAKEN_DATA_DIR), of maak eerst een nieuwe opslag aan.</source>
        <translation>This folder holds no Baken data. Check the data folder (--data-dir or BAKEN_DATA_DIR), or create a new store first.</translation>
    </message>
    <message>
        <source>De gegevensmap bevat inmiddels een andere opslag.</source>
        <translation>The data folder now holds a different store.</translation>
    </message>
    <message>
        <source>De nieuwe herstelcode is al vergeten; maak opnieuw een code.</source>
        <translation>The new recovery code has already been forgotten; make a new code.</translation>
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
        <source>U krijgt een nieuwe herstelcode. Zodra u de nieuwe code heeft bevestigd, werken de oude code en het oude herstelblad niet meer; vernietig dan het oude blad. Tot die tijd blijft de oude code geldig. Bevestig met uw wachtwoord.</source>
        <translation>You will get a new recovery code. Once you have confirmed the new code, the old code and the old recovery sheet stop working; then destroy the old sheet. Until then the old code stays valid. Confirm with your password.</translation>
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
        <source>Nieuwe herstelcode maken…</source>
        <translation>Making a new recovery code…</translation>
    </message>
    <message>
        <source>Uw nieuwe herstelcode</source>
        <translation>Your new recovery code</translation>
    </message>
    <message>
        <source>&amp;Bevestigen</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Annuleren (oude code blijft geldig)</source>
        <translation>Cancel (the old code stays valid)</translation>
    </message>
</context>
<context>
    <name>NoteView</name>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>uu:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Tijd:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>Tekst van de notitie</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Geschreven</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Vervangen</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Eerdere versies</source>
        <translation>Earlier versions</translation>
    </message>
    <message>
        <source>Tekst van de eerdere versie</source>
        <translation>Text of the earlier version</translation>
    </message>
    <message>
        <source>&amp;Corrigeren</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Correctie &amp;opslaan</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <source>Correctie &amp;annuleren</source>
        <translation>C&amp;ancel correction</translation>
    </message>
    <message>
        <source>Sl&amp;uiten</source>
        <translation>Cl&amp;ose</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · geschreven door %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · written by %3</translation>
    </message>
    <message>
        <source>Gewijzigd: %1 eerdere versie(s); laatst gecorrigeerd door %2 op %3.</source>
        <translation>Corrected: %1 earlier version(s); last corrected by %2 on %3.</translation>
    </message>
    <message>
        <source>Origineel</source>
        <translation>Original</translation>
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
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>OpvangPage</name>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Opvang en bezetting</source>
        <translation>Shelters and occupancy</translation>
    </message>
    <message>
        <source>&amp;Opvangprofiel toevoegen…</source>
        <translation>&amp;Add shelter profile…</translation>
    </message>
    <message>
        <source>Profiel &amp;wijzigen…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <source>Opvang</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Plaatsen</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Bezet</source>
        <translation>Occupied</translation>
    </message>
    <message>
        <source>Vrij</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Aanvragen</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Langst wachtend</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <source>Opvanglocaties</source>
        <translation>Shelters</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Adres &amp;tonen</source>
        <translation>Sho&amp;w address</translation>
    </message>
    <message>
        <source>Het tonen van een geheim adres wordt gelogd.</source>
        <translation>Showing a confidential address is logged.</translation>
    </message>
    <message>
        <source>Cliënt</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Doorgeplaatst</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Huidige cliënten</source>
        <translation>Current clients</translation>
    </message>
    <message>
        <source>&lt;b&gt;Huidige cliënten&lt;/b&gt; (pseudoniem; Enter opent het dossier)</source>
        <translation>&lt;b&gt;Current clients&lt;/b&gt; (pseudonymised; Enter opens the case)</translation>
    </message>
    <message>
        <source>Bezetting per week</source>
        <translation>Occupancy per week</translation>
    </message>
    <message>
        <source>Open aanvragen</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <source>Wacht</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Gevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Bij opvang</source>
        <translation>At shelter</translation>
    </message>
    <message>
        <source>Langst wachtend eerst; Enter opent het dossier</source>
        <translation>Longest waiting first; Enter opens the case</translation>
    </message>
    <message>
        <source>Vol</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>(nog geen)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <source>Nog geen opvanglocaties. Voeg een opvangprofiel toe.</source>
        <translation>No shelters yet. Add a shelter profile.</translation>
    </message>
    <message>
        <source>%1 · %2 plaatsen</source>
        <translation>%1 · %2 places</translation>
    </message>
    <message>
        <source>Geheim adres</source>
        <translation>Confidential address</translation>
    </message>
    <message>
        <source>(geen adres bekend)</source>
        <translation>(no address known)</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Een nieuwe opvanglocatie komt in het Adresboek; vul eerst de gegevens in.</source>
        <translation>A new shelter goes into the Address book; fill in its details first.</translation>
    </message>
    <message>
        <source>Doelgroepen: %1</source>
        <translation>Target groups: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n opvanglocaties</source>
        <translation>
            <numerusform>%n shelter</numerusform>
            <numerusform>%n shelters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 van %n plaatsen bezet</source>
        <translation>
            <numerusform>%1 of %n place occupied</numerusform>
            <numerusform>%1 of %n places occupied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open aanvragen</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(langste wachttijd %n dagen)</source>
        <translation>
            <numerusform>(longest wait %n day)</numerusform>
            <numerusform>(longest wait %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Aanmelden: %1</source>
        <translation>Intake: %1</translation>
    </message>
</context>
<context>
    <name>OpvangReferrals</name>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wacht</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Verwijzingen naar deze opvang</source>
        <translation>Referrals to this shelter</translation>
    </message>
    <message>
        <source>Nieuwe status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Datum van de status (leeg = vandaag)</source>
        <translation>Date of the status (empty = today)</translation>
    </message>
    <message>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Legt de gekozen status vast voor de gekozen verwijzing</source>
        <translation>Records the chosen status for the chosen referral</translation>
    </message>
    <message>
        <source>Ongeldige datum (dd-mm-jjjj).</source>
        <translation>Invalid date (dd-mm-yyyy).</translation>
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
    <name>PackagesNotice</name>
    <message>
        <source>Naar Uitwisselen</source>
        <translation>Go to Exchange</translation>
    </message>
    <message>
        <source>Naar de pagina Uitwisselen</source>
        <translation>Go to the Exchange page</translation>
    </message>
    <message numerus="yes">
        <source>%n pakketten van %1</source>
        <translation>
            <numerusform>%n package from %1</numerusform>
            <numerusform>%n packages from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>In de inbox, nog niet toegepast: %1</source>
        <translation>In the inbox, not applied yet: %1</translation>
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
    <message>
        <source>Opvang</source>
        <translation>Shelters</translation>
    </message>
    <message>
        <source>Verstrekkingen</source>
        <translation>Disclosures</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <source>Overdracht en back-ups</source>
        <translation>Handover and backups</translation>
    </message>
    <message>
        <source>Adresboek</source>
        <translation>Address book</translation>
    </message>
    <message>
        <source>Uitwisselen</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>Signalen melden</source>
        <translation>Report signals</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>controlegetal:</source>
        <translation>check number:</translation>
    </message>
    <message>
        <source>Wachtwoordzin van het overdrachtspakket</source>
        <translation>Passphrase of the transfer package</translation>
    </message>
    <message>
        <source>Wachtwoordzin van de overdracht</source>
        <translation>Passphrase of the handover</translation>
    </message>
    <message>
        <source>Het bestand is klaar. Zonder deze wachtwoordzin kan niemand het openen. Hij wordt &lt;b&gt;maar één keer&lt;/b&gt; getoond. Druk hem af of schrijf hem over en geef hem &lt;b&gt;apart van het bestand&lt;/b&gt; aan de ontvanger (nooit in dezelfde e-mail of op dezelfde USB-stick).</source>
        <translation>The file is ready. Without this passphrase nobody can open it. It is shown &lt;b&gt;only once&lt;/b&gt;. Print it or copy it down and give it to the recipient &lt;b&gt;separately from the file&lt;/b&gt; (never in the same e-mail or on the same USB stick).</translation>
    </message>
    <message>
        <source>Wachtwoordzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Controle: typ &amp;woord %1 over:</source>
        <translation>Check: type &amp;word %1:</translation>
    </message>
    <message>
        <source>&amp;Klaar</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Baken overdrachtspakket: wachtwoordzin</source>
        <translation>Baken transfer package: passphrase</translation>
    </message>
    <message>
        <source>Baken overdracht: wachtwoordzin</source>
        <translation>Baken handover: passphrase</translation>
    </message>
    <message>
        <source>Typ de tien woorden en het controlegetal over bij het importeren in Baken.</source>
        <translation>Type the ten words and the check number when importing in Baken.</translation>
    </message>
    <message>
        <source>Bewaar dit blad apart van het bestand, achter slot; vernietig het daarna.</source>
        <translation>Keep this sheet apart from the file, under lock; destroy it afterwards.</translation>
    </message>
    <message>
        <source>Baken overdrachtsblad</source>
        <translation>Baken handover sheet</translation>
    </message>
    <message>
        <source>Klopt.</source>
        <translation>Correct.</translation>
    </message>
    <message>
        <source>Dat klopt niet; kijk nog eens goed.</source>
        <translation>That is not right; please look again.</translation>
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
    <name>Print</name>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Niet versleuteld opslaan</source>
        <translation>Save without encryption</translation>
    </message>
    <message>
        <source>U drukt af naar een bestand. Dat wordt een gewoon PDF-bestand, &lt;b&gt;niet versleuteld&lt;/b&gt;. Iedereen die bij dit bestand kan, kan het lezen. Doe dit alleen als het echt nodig is, op een veilige plek, en verwijder het daarna (ook uit de prullenbak).&lt;br&gt;&lt;br&gt;Doorgaan?</source>
        <translation>You are printing to a file. That makes an ordinary PDF file, &lt;b&gt;not encrypted&lt;/b&gt;. Anyone who can reach this file can read it. Only do this if it is really necessary, in a safe place, and delete it afterwards (from the recycle bin too).&lt;br&gt;&lt;br&gt;Continue?</translation>
    </message>
    <message>
        <source>Er is op deze computer geen printer ingesteld. Hebt u een bestand nodig, gebruik dan “Opslaan als PDF…”: dat waarschuwt dat het bestand niet versleuteld is.</source>
        <translation>No printer is set up on this computer. If you need a file, use “Save as PDF…”: it warns you that the file is not encrypted.</translation>
    </message>
    <message>
        <source>Afdrukken is niet gelukt.</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Printing…</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <source>&amp;Te vernietigen</source>
        <translation>Due for destr&amp;uction</translation>
    </message>
    <message>
        <source>&amp;Inzageverzoek</source>
        <translation>&amp;Subject access request</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacy</translation>
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
        <source>Herstel&amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>He&amp;rstellen</source>
        <translation>&amp;Recover</translation>
    </message>
    <message>
        <source>Herstellen…</source>
        <translation>Recovering…</translation>
    </message>
    <message>
        <source>Geen sleutelbos op deze computer: bewust &apos;alleen wachtwoord&apos; gebruiken</source>
        <translation>No keyring on this computer: deliberately use &apos;password only&apos;</translation>
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
    <message>
        <source>Eenmalig getoond: druk het herstelblad af of schrijf de code over.</source>
        <translation>Shown once: print the recovery sheet or copy the code.</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Geaccepteerd</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Geplaatst</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Verwijzingen van dit dossier</source>
        <translation>Referrals of this case</translation>
    </message>
    <message>
        <source>Status bijwerken</source>
        <translation>Update status</translation>
    </message>
    <message>
        <source>Nieuwe status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Datum van de status (leeg = vandaag)</source>
        <translation>Date of the status (empty = today)</translation>
    </message>
    <message>
        <source>vandaag</source>
        <translation>today</translation>
    </message>
    <message>
        <source>&amp;Nieuwe status:</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <source>&amp;op:</source>
        <translation>&amp;on:</translation>
    </message>
    <message>
        <source>Status &amp;vastleggen</source>
        <translation>&amp;Record status</translation>
    </message>
    <message>
        <source>Verwijzing zonder brief vastleggen</source>
        <translation>Record a referral without a letter</translation>
    </message>
    <message>
        <source>O&amp;rganisatie:</source>
        <translation>O&amp;rganisation:</translation>
    </message>
    <message>
        <source>Verwe&amp;zen op:</source>
        <translation>Referre&amp;d on:</translation>
    </message>
    <message>
        <source>Leeg = vandaag</source>
        <translation>Empty = today</translation>
    </message>
    <message>
        <source>Verwijzing &amp;toevoegen</source>
        <translation>&amp;Add referral</translation>
    </message>
    <message>
        <source>(kies een organisatie)</source>
        <translation>(choose an organisation)</translation>
    </message>
    <message>
        <source>Ongeldige datum (dd-mm-jjjj).</source>
        <translation>Invalid date (dd-mm-yyyy).</translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Handeling</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Ontvanger</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Brief</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Velden</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Toestemming of reden</source>
        <translation>Consent or reason</translation>
    </message>
    <message>
        <source>Verstrekkingenregister</source>
        <translation>Disclosure register</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Brief&amp;papier…</source>
        <translation>&amp;Letterhead…</translation>
    </message>
    <message>
        <source>Alle brieven die zijn gemaakt, afgedrukt of opgeslagen, en documenten die buiten Baken zijn opgeslagen: wanneer, aan wie, welke velden, op grond van welke toestemming of reden, en door wie.</source>
        <translation>Every letter made, printed or saved, and every document saved outside Baken: when, to whom, which fields, on the basis of which consent or reason, and by whom.</translation>
    </message>
    <message>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message numerus="yes">
        <source>%n verstrekkingen</source>
        <translation>
            <numerusform>%n disclosure</numerusform>
            <numerusform>%n disclosures</numerusform>
        </translation>
    </message>
    <message>
        <source>De nieuwste {shown} van {n} verstrekkingen</source>
        <translation>The newest {shown} of {n} disclosures</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Geen aantallen in deze periode.</source>
        <translation>No figures in this period.</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Heel jaar (per kwartaal)</source>
        <translation>Whole year (by quarter)</translation>
    </message>
    <message>
        <source>Kwartaal {q} (per maand)</source>
        <translation>Quarter {q} (by month)</translation>
    </message>
    <message>
        <source>&amp;Jaar:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Periode:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Tonen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Exporteren als P&amp;DF…</source>
        <translation>Export as P&amp;DF…</translation>
    </message>
    <message>
        <source>Exporteren als &amp;CSV…</source>
        <translation>Export as &amp;CSV…</translation>
    </message>
    <message>
        <source>Geanonimiseerde aantallen voor de regionale monitoring. Groepen kleiner dan 10 staan als “&lt;10”; waar een verborgen aantal uit de totalen terug te rekenen is, is ook een ander getal verborgen (“x”). Export bevat alleen deze aantallen.</source>
        <translation>Anonymised figures for regional monitoring. Groups smaller than 10 are shown as “&lt;10”; where a hidden figure could be worked out from the totals, another figure is hidden too (“x”). Exports contain only these figures.</translation>
    </message>
    <message>
        <source>Rapportage</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Rapportage berekenen…</source>
        <translation>Calculating the report…</translation>
    </message>
    <message>
        <source>Periode: {p}</source>
        <translation>Period: {p}</translation>
    </message>
    <message>
        <source>De rapportage</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV-bestanden (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Rapportage opslaan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>De rapportage kon niet worden opgeslagen.</source>
        <translation>The report could not be saved.</translation>
    </message>
    <message>
        <source>Rapportage opslaan…</source>
        <translation>Saving the report…</translation>
    </message>
    <message>
        <source>Opgeslagen: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>Signalen melden</source>
        <translation>Report signals</translation>
    </message>
    <message>
        <source>U meldt signalen bij de zorgcoördinator. Een verstuurd signaal staat daarna niet meer op deze computer; alleen een ontvangstbewijs zonder persoonsgegevens blijft.</source>
        <translation>You report signals to the care coordinator. Once sent, a signal is no longer on this computer; only a receipt without personal data stays.</translation>
    </message>
    <message>
        <source>Zorgcoördinator</source>
        <translation>Care coordinator</translation>
    </message>
    <message>
        <source>Vingerafdruk van de zorgcoördinator</source>
        <translation>Fingerprint of the care coordinator</translation>
    </message>
    <message>
        <source>Nog te versturen</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal…</source>
        <translation>&amp;New signal…</translation>
    </message>
    <message>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Alias of initialen</source>
        <translation>Alias or initials</translation>
    </message>
    <message>
        <source>Signalen die nog niet zijn verstuurd</source>
        <translation>Signals not sent yet</translation>
    </message>
    <message>
        <source>&amp;Versturen naar de zorgcoördinator</source>
        <translation>&amp;Send to the care coordinator</translation>
    </message>
    <message>
        <source>Versturen naar de zorgcoördinator</source>
        <translation>Send to the care coordinator</translation>
    </message>
    <message>
        <source>Verstuurd (ontvangstbewijzen)</source>
        <translation>Sent (receipts)</translation>
    </message>
    <message>
        <source>Verstuurd op</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Pakket</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>Ontvangstbewijzen van verstuurde signalen</source>
        <translation>Receipts of signals sent</translation>
    </message>
    <message>
        <source>Nog geen zorgcoördinator ingesteld.</source>
        <translation>No care coordinator set up yet.</translation>
    </message>
    <message>
        <source>Vingerafdruk: %1 (%2)</source>
        <translation>Fingerprint: %1 (%2)</translation>
    </message>
    <message>
        <source>geverifieerd</source>
        <translation>verified</translation>
    </message>
    <message numerus="yes">
        <source>Nog te versturen (%n)</source>
        <translation>
            <numerusform>Not sent yet (%n)</numerusform>
            <numerusform>Not sent yet (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Naar de uitboxmap: %1</source>
        <translation>To the outbox folder: %1</translation>
    </message>
    <message>
        <source>U kiest waar het pakket komt (geen uitboxmap ingesteld).</source>
        <translation>You choose where the package goes (no outbox folder set).</translation>
    </message>
    <message>
        <source>Pakket voor de zorgcoördinator opslaan</source>
        <translation>Save package for the care coordinator</translation>
    </message>
    <message>
        <source>Baken-pakket (*.baken-pakket)</source>
        <translation>Baken package (*.baken-pakket)</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <source>Dossier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Vernietigen vanaf</source>
        <translation>Destroy from</translation>
    </message>
    <message>
        <source>Grondslag</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Te vernietigen</source>
        <translation>Due for destruction</translation>
    </message>
    <message>
        <source>Aangevinkte &amp;vernietigen…</source>
        <translation>&amp;Destroy ticked…</translation>
    </message>
    <message>
        <source>Vernietigingsverklaring &amp;opslaan…</source>
        <translation>Save destruction &amp;certificate…</translation>
    </message>
    <message>
        <source>Ve&amp;rnieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Vernietigd op</source>
        <translation>Destroyed on</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Vernietigingsregister</source>
        <translation>Destruction register</translation>
    </message>
    <message numerus="yes">
        <source>Bewaartermijn: {years} jaar na afsluiting ({basis}); %n afwijkende termijnen per reden van afsluiting. Vink de dossiers aan die u hebt beoordeeld.</source>
        <translation>
            <numerusform>Retention period: {years} years after closing ({basis}); %n different period per closing reason. Tick the files you have reviewed.</numerusform>
            <numerusform>Retention period: {years} years after closing ({basis}); %n different periods per closing reason. Tick the files you have reviewed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jaar</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Vink eerst de beoordeelde dossiers aan.</source>
        <translation>First tick the files you have reviewed.</translation>
    </message>
    <message>
        <source>Definitief vernietigen</source>
        <translation>Destroy permanently</translation>
    </message>
    <message numerus="yes">
        <source>%n dossiers worden definitief vernietigd: persoonsgegevens, notities, plannen, plaatsingen, brieven, documenten en zoekindex. Dit kan niet ongedaan worden gemaakt. Alleen het dossiernummer, de data, de grondslag en uw naam blijven in het vernietigingsregister.&lt;br&gt;&lt;br&gt;Vernietigen?</source>
        <translation>
            <numerusform>%n dossier will be destroyed for good: personal data, notes, plans, placements, letters, documents and search index. This cannot be undone. Only the dossier number, the dates, the legal ground and your name stay in the destruction register.&lt;br&gt;&lt;br&gt;Destroy?</numerusform>
            <numerusform>%n dossiers will be destroyed for good: personal data, notes, plans, placements, letters, documents and search index. This cannot be undone. Only the dossier number, the dates, the legal ground and your name stay in the destruction register.&lt;br&gt;&lt;br&gt;Destroy?</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossiers vernietigen en het bestand opschonen…</source>
        <translation>Destroying dossiers and cleaning up the file…</translation>
    </message>
    <message>
        <source>Vernietigingsverklaring opslaan</source>
        <translation>Save destruction certificate</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>De verklaring kon niet worden opgeslagen.</source>
        <translation>The certificate could not be saved.</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>&amp;Annuleren</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>Signalen &amp; screening</source>
        <translation>Signals &amp; screening</translation>
    </message>
    <message>
        <source>&amp;Nieuw signaal…</source>
        <translation>&amp;New signal…</translation>
    </message>
    <message>
        <source>&amp;Screeningsoverleg:</source>
        <translation>&amp;Screening meeting:</translation>
    </message>
    <message>
        <source>Nieuw &amp;overleg…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <source>Aanwezigen</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Afdruk met beschrijving</source>
        <translation>Print with description</translation>
    </message>
    <message>
        <source>De beschrijving kan namen of adressen bevatten; standaard niet afgedrukt</source>
        <translation>The description may contain names or addresses; not printed by default</translation>
    </message>
    <message>
        <source>Agenda a&amp;fdrukken…</source>
        <translation>&amp;Print agenda…</translation>
    </message>
    <message>
        <source>Gepseudonimiseerd: alias of initialen, geen adressen of contactgegevens</source>
        <translation>Pseudonymised: alias or initials, no addresses or contact details</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;Agenda&lt;/b&gt; — signalen die wachten op een besluit</source>
        <translation>&lt;b&gt;&amp;Agenda&lt;/b&gt; — signals awaiting a decision</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Aanmelder</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Er wachten geen signalen op screening.</source>
        <translation>No signals are awaiting screening.</translation>
    </message>
    <message>
        <source>Geselecteerd signaal</source>
        <translation>Selected signal</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Informatie v&amp;óór:</source>
        <translation>Informat&amp;ion before:</translation>
    </message>
    <message>
        <source>Nieuw actie&amp;punt:</source>
        <translation>New ac&amp;tion item:</translation>
    </message>
    <message>
        <source>Signaal wij&amp;zigen…</source>
        <translation>Modif&amp;y signal…</translation>
    </message>
    <message>
        <source>&amp;Reden / toelichting:</source>
        <translation>Reason / e&amp;xplanation:</translation>
    </message>
    <message>
        <source>met bes&amp;chrijving</source>
        <translation>&amp;with description</translation>
    </message>
    <message>
        <source>Bes&amp;luit:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Doorver&amp;wijzen naar:</source>
        <translation>R&amp;efer to:</translation>
    </message>
    <message>
        <source>&amp;Informatie van:</source>
        <translation>Information &amp;from:</translation>
    </message>
    <message>
        <source>Besluit &amp;vastleggen</source>
        <translation>&amp;Record decision</translation>
    </message>
    <message>
        <source>Actiepunten bij dit signaal</source>
        <translation>Action items for this signal</translation>
    </message>
    <message>
        <source>Actiepunten</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>&amp;Eigenaar:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>&amp;Uiterlijk:</source>
        <translation>D&amp;ue:</translation>
    </message>
    <message>
        <source>Actiepunt &amp;toevoegen</source>
        <translation>Add to action &amp;list</translation>
    </message>
    <message>
        <source>Gekoppeld &amp;dossier openen</source>
        <translation>Open linked &amp;case</translation>
    </message>
    <message>
        <source>(buiten een overleg)</source>
        <translation>(outside a meeting)</translation>
    </message>
    <message>
        <source>Overleg %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <source>Kies of maak een overleg om besluiten vast te leggen.</source>
        <translation>Choose or create a meeting to record decisions.</translation>
    </message>
    <message>
        <source>Aanwezig: %1</source>
        <translation>Present: %1</translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Kies een signaal op de agenda.</source>
        <translation>Choose a signal on the agenda.</translation>
    </message>
    <message>
        <source>Signaal van %1, ontvangen %2</source>
        <translation>Signal from %1, received %2</translation>
    </message>
    <message>
        <source>(geen beschrijving)</source>
        <translation>(no description)</translation>
    </message>
    <message>
        <source>Aanmelder: %1</source>
        <translation>Reported by: %1</translation>
    </message>
    <message>
        <source>(niet ingevuld)</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>Besluit vastgelegd: %1.</source>
        <translation>Decision recorded: %1.</translation>
    </message>
    <message>
        <source>Agenda screeningsoverleg</source>
        <translation>Screening meeting agenda</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>&amp;Zoeken…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <source>Zoeken in personen, dossiers en notities</source>
        <translation>Search persons, cases and notes</translation>
    </message>
    <message>
        <source>Zoeken (Ctrl+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Naam, alias, dossiernummer of woord uit een notitie</source>
        <translation>Name, alias, case number or a word from a note</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Resultaten verschijnen terwijl u typt; pijl omlaag en Enter opent</source>
        <translation>Results appear as you type; arrow down and Enter opens</translation>
    </message>
    <message>
        <source>Zoekresultaten</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Aantal resultaten</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <source>Personen</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Niets gevonden (typ minstens 2 tekens).</source>
        <translation>Nothing found (type at least 2 characters).</translation>
    </message>
    <message numerus="yes">
        <source>%n resultaten — Enter opent</source>
        <translation>
            <numerusform>%n result — Enter opens</numerusform>
            <numerusform>%n results — Enter opens</numerusform>
        </translation>
    </message>
    <message>
        <source>geboren %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>Bij deze persoon hoort (nog) geen dossier.</source>
        <translation>This person has no case (yet).</translation>
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
        <source>Beschadigd of gewijzigd bestand</source>
        <translation>Damaged or altered file</translation>
    </message>
    <message>
        <source>Is het gegevensbestand of het sleutelbestand beschadigd of buiten Baken om gewijzigd, dan weigert Baken het met een duidelijke melding en overschrijft niets. Vóór elke schema-update maakt Baken eerst een versleutelde kopie.</source>
        <translation>If the data file or the key file is damaged or was changed outside Baken, Baken refuses it with a clear message and overwrites nothing. Before every schema update Baken first makes an encrypted copy.</translation>
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
    <name>SendDialog</name>
    <message>
        <source>Dossiers versturen</source>
        <translation>Send cases</translation>
    </message>
    <message>
        <source>Het pakket is versleuteld voor de gekozen collega (en voor u) en door u ondertekend. Zonder geldige toestemming om te delen met de organisatie van de collega vult u een reden in; die komt in het verstrekkingenregister.</source>
        <translation>The package is encrypted for the chosen colleague (and for you) and signed by you. Without a valid consent to share with the colleague&apos;s organisation you enter a reason; it goes into the disclosure register.</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>Rec&amp;ipient:</translation>
    </message>
    <message>
        <source>Re&amp;den (zonder toestemming):</source>
        <translation>Reaso&amp;n (without consent):</translation>
    </message>
    <message>
        <source>Waarom u deelt zonder geldige toestemming; leeg als die er is</source>
        <translation>Why you share without a valid consent; empty if there is one</translation>
    </message>
    <message>
        <source>Naar de uitboxmap: %1</source>
        <translation>To the outbox folder: %1</translation>
    </message>
    <message>
        <source>U kiest hierna waar het pakket komt (geen uitboxmap ingesteld).</source>
        <translation>Next you choose where the package goes (no outbox folder set).</translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation>Sen&amp;d</translation>
    </message>
    <message>
        <source>Versturen</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pakket opslaan</source>
        <translation>Save package</translation>
    </message>
    <message>
        <source>Baken-pakket (*.baken-pakket)</source>
        <translation>Baken package (*.baken-pakket)</translation>
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
        <source>Straat 1, 1234 AB Plaats</source>
        <translation>Street 1, 1234 AB City</translation>
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
        <source>Adresregels gescheiden door komma&apos;s; staat in het briefhoofd</source>
        <translation>Address lines separated by commas; shown in the letterhead</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
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
        <source>Beveiliging</source>
        <translation>Security</translation>
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
        <source>Op&amp;slaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Tele&amp;foon:</source>
        <translation>Phone nu&amp;mber:</translation>
    </message>
    <message>
        <source>Nieuw herstelblad &amp;maken…</source>
        <translation>New recovery shee&amp;t…</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Taal van Baken:</source>
        <translation>Baken lang&amp;uage:</translation>
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
    <message numerus="yes">
        <source> minuten</source>
        <comment>suffix after a number of minutes</comment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignalDialog</name>
    <message>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Signaal wijzigen</source>
        <translation>Edit signal</translation>
    </message>
    <message>
        <source>&amp;Datum aanmelding:</source>
        <translation>Referral &amp;date:</translation>
    </message>
    <message>
        <source>&amp;Soort aanmelder:</source>
        <translation>Referrer &amp;type:</translation>
    </message>
    <message>
        <source>Aan&amp;melder:</source>
        <translation>&amp;Referrer:</translation>
    </message>
    <message>
        <source>&amp;Bereikbaar via:</source>
        <translation>Reachable &amp;via:</translation>
    </message>
    <message>
        <source>Telefoon of e-mail van de aanmelder</source>
        <translation>The referrer&apos;s phone or e-mail</translation>
    </message>
    <message>
        <source>A&amp;lias of initialen:</source>
        <translation>A&amp;lias or initials:</translation>
    </message>
    <message>
        <source>Wie het betreft, zolang er geen persoon is gekoppeld</source>
        <translation>Who it concerns, while no person is linked</translation>
    </message>
    <message>
        <source>&amp;Wat is gezien:</source>
        <translation>&amp;What was seen:</translation>
    </message>
    <message>
        <source>&amp;Vermoedelijke vorm:</source>
        <translation>Suspected &amp;form:</translation>
    </message>
    <message>
        <source>&amp;Urgentie:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <source>Signaal &amp;opslaan</source>
        <translation>&amp;Save signal</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Opvang</source>
        <translation>Shelter</translation>
    </message>
    <message>
        <source>Hulpverleningsplan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Nazorg en afsluiting</source>
        <translation>Aftercare and closing</translation>
    </message>
    <message>
        <source>Brieven</source>
        <translation>Letters</translation>
    </message>
    <message>
        <source>Documenten</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Verwijzingen</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Signaal ontvangen</source>
        <translation>Signal received</translation>
    </message>
    <message>
        <source>Besluit screening</source>
        <translation>Screening decision</translation>
    </message>
    <message>
        <source>Intake (dossier geopend)</source>
        <translation>Intake (case opened)</translation>
    </message>
    <message>
        <source>Toestemming gegeven</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Toestemming ingetrokken</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <source>Opvang aangevraagd</source>
        <translation>Shelter requested</translation>
    </message>
    <message>
        <source>Geplaatst</source>
        <translation>Placed</translation>
    </message>
    <message>
        <source>Plaatsing beëindigd</source>
        <translation>Placement ended</translation>
    </message>
    <message>
        <source>Brief gemaakt</source>
        <translation>Letter made</translation>
    </message>
    <message>
        <source>Gegevens verstrekt</source>
        <translation>Data disclosed</translation>
    </message>
    <message>
        <source>Nazorg gestart</source>
        <translation>Aftercare started</translation>
    </message>
    <message>
        <source>Nazorgcontact</source>
        <translation>Aftercare contact</translation>
    </message>
    <message>
        <source>Dossier afgesloten</source>
        <translation>Case closed</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Vandaag</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Actiepunt &amp;afgerond</source>
        <translation>Action item &amp;completed</translation>
    </message>
    <message>
        <source>Markeert het gekozen actiepunt (Te laat, Binnenkort, Opvolging) als afgerond</source>
        <translation>Marks the chosen action item (Overdue, Coming up, Follow-ups) as completed</translation>
    </message>
    <message>
        <source>Dubbelklik of Enter opent het dossier.</source>
        <translation>Double-click or Enter opens the case.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nog niets voor vandaag.&lt;/b&gt; Hier verschijnen actiepunten, bedenktijden en signalen die op screening wachten. Begin bij &lt;b&gt;Signalen &amp;amp; screening&lt;/b&gt; met &lt;i&gt;Nieuw signaal…&lt;/i&gt;, of bij &lt;b&gt;Dossiers&lt;/b&gt; met &lt;i&gt;Nieuw dossier…&lt;/i&gt; voor een intake.</source>
        <translation>&lt;b&gt;Nothing for today yet.&lt;/b&gt; Action items, reflection periods and signals awaiting screening appear here. Start at &lt;b&gt;Signals &amp;amp; screening&lt;/b&gt; with &lt;i&gt;New signal…&lt;/i&gt;, or at &lt;b&gt;Cases&lt;/b&gt; with &lt;i&gt;New case…&lt;/i&gt; for an intake.</translation>
    </message>
    <message>
        <source>&amp;Te laat</source>
        <translation>&amp;Overdue</translation>
    </message>
    <message>
        <source>Uiterlijk</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Actiepunt</source>
        <translation>Action item</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Eigenaar</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Binnen&amp;kort (7 dagen)</source>
        <translation>&amp;Coming up (7 days)</translation>
    </message>
    <message>
        <source>Bedenktijd &amp;loopt af (14 dagen)</source>
        <translation>Reflection period &amp;ending (14 days)</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dossierhouder</source>
        <translation>Case owner</translation>
    </message>
    <message>
        <source>&amp;Opvolging</source>
        <translation>&amp;Follow-ups</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>&amp;Wacht op screening</source>
        <translation>&amp;Awaiting screening</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Urgentie</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Betreft</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Aanmelder</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Hulpverleningsplan en na&amp;zorg</source>
        <translation>Care &amp;plan and aftercare</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Verwijzingen zonder &amp;antwoord</source>
        <translation>Referrals &amp;without an answer</translation>
    </message>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Wacht (dagen)</source>
        <translation>Waiting (days)</translation>
    </message>
    <message>
        <source>langer dan</source>
        <translation>longer than</translation>
    </message>
    <message>
        <source> dagen</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Verwijzingen tonen die langer wachten dan dit aantal dagen</source>
        <translation>Show referrals waiting longer than this number of days</translation>
    </message>
    <message>
        <source>Vandaag, %1</source>
        <translation>Today, %1</translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>Er is al meer dan 7 dagen geen back-up gemaakt. Maak er nu een via &apos;Overdracht en back-ups&apos;.</source>
        <translation>No backup has been made for more than 7 days. Make one now under &apos;Handover and backups&apos;.</translation>
    </message>
    <message>
        <source>Evaluatie hulpverleningsplan</source>
        <translation>Care plan evaluation</translation>
    </message>
    <message>
        <source>Nazorgcontact</source>
        <translation>Aftercare check-in</translation>
    </message>
    <message>
        <source>signaal</source>
        <translation>signal</translation>
    </message>
</context>
<context>
    <name>TransferPicker</name>
    <message>
        <source>Dossiernummer of naam</source>
        <translation>Case number or name</translation>
    </message>
    <message>
        <source>Alle dossiers</source>
        <translation>All cases</translation>
    </message>
    <message>
        <source>Alle open dossiers</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <source>Alle fasen</source>
        <translation>All phases</translation>
    </message>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Dossierhoude&amp;r:</source>
        <translation>Case &amp;owner:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Fase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Dossiers om over te dragen</source>
        <translation>Cases to transfer</translation>
    </message>
    <message>
        <source>&amp;Alles getoonde selecteren</source>
        <translation>Select &amp;all shown</translation>
    </message>
    <message>
        <source>Selectie &amp;wissen</source>
        <translation>&amp;Clear selection</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 aangevinkt · %2 getoond</source>
        <translation>%1 checked · %2 shown</translation>
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
    <message>
        <source>Ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welkom bij Baken</source>
        <translation>Welcome to Baken</translation>
    </message>
    <message>
        <source>Versleuteld dossierbeheer, alleen op deze laptop.</source>
        <translation>Encrypted case management, on this laptop only.</translation>
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
    <message>
        <source>Ik ben &amp;zorgcoördinator: signalen, screening, dossiers en opvang</source>
        <translation>I am the &amp;care coordinator: signals, screening, cases and shelter</translation>
    </message>
    <message>
        <source>Ik &amp;meld signalen bij de zorgcoördinator (aandachtsfunctionaris)</source>
        <translation>I &amp;report signals to the care coordinator (contact officer)</translation>
    </message>
    <message>
        <source>Of begin anders:</source>
        <translation>Or start another way:</translation>
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
