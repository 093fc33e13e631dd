<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="nl_NL">
<context>
    <name>ConflictDialog</name>
    <message numerus="yes">
        <source>%n records zijn zowel bij u als bij uw collega gewijzigd sinds de vorige uitwisseling.</source>
        <translation>
            <numerusform>%n record is zowel bij u als bij uw collega gewijzigd sinds de vorige uitwisseling.</numerusform>
            <numerusform>%n records zijn zowel bij u als bij uw collega gewijzigd sinds de vorige uitwisseling.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message numerus="yes">
        <source>%n open actiepunten</source>
        <translation>
            <numerusform>%n open actiepunt</numerusform>
            <numerusform>%n open actiepunten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DossiersPage</name>
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
            <numerusform>%n geladen</numerusform>
            <numerusform>%n geladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message numerus="yes">
        <source>%n pakket(ten) klaar</source>
        <translation>
            <numerusform>%n pakket klaar</numerusform>
            <numerusform>%n pakketten klaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n geweigerd</source>
        <translation>
            <numerusform>%n geweigerd</numerusform>
            <numerusform>%n geweigerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>en nog %n dossiers</source>
        <translation>
            <numerusform>en nog %n dossier</numerusform>
            <numerusform>en nog %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflicten: u kiest per record bij het toepassen.</source>
        <translation>
            <numerusform>%n conflict: u kiest bij het toepassen.</numerusform>
            <numerusform>%n conflicten: u kiest per record bij het toepassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossiers</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n personen</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notities</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n signalen</source>
        <translation>
            <numerusform>%n signaal</numerusform>
            <numerusform>%n signalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n andere gegevens</source>
        <translation>
            <numerusform>%n ander gegeven</numerusform>
            <numerusform>%n andere gegevens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpvangPage</name>
    <message numerus="yes">
        <source>%n opvanglocaties</source>
        <translation>
            <numerusform>%n opvanglocatie</numerusform>
            <numerusform>%n opvanglocaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 van %n plaatsen bezet</source>
        <translation>
            <numerusform>%1 van %n plaats bezet</numerusform>
            <numerusform>%1 van %n plaatsen bezet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open aanvragen</source>
        <translation>
            <numerusform>%n open aanvraag</numerusform>
            <numerusform>%n open aanvragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(langste wachttijd %n dagen)</source>
        <translation>
            <numerusform>(langste wachttijd %n dag)</numerusform>
            <numerusform>(langste wachttijd %n dagen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackagesNotice</name>
    <message numerus="yes">
        <source>%n pakketten van %1</source>
        <translation>
            <numerusform>%n pakket van %1</numerusform>
            <numerusform>%n pakketten van %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterPage</name>
    <message numerus="yes">
        <source>%n verstrekkingen</source>
        <translation>
            <numerusform>%n verstrekking</numerusform>
            <numerusform>%n verstrekkingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <source>Nog te versturen (%n)</source>
        <translation>
            <numerusform>Nog te versturen (%n)</numerusform>
            <numerusform>Nog te versturen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message numerus="yes">
        <source>Bewaartermijn: {years} jaar na afsluiting ({basis}); %n afwijkende termijnen per reden van afsluiting. Vink de dossiers aan die u hebt beoordeeld.</source>
        <translation>
            <numerusform>Bewaartermijn: {years} jaar na afsluiting ({basis}); %n afwijkende termijn per reden van afsluiting. Vink de dossiers aan die u hebt beoordeeld.</numerusform>
            <numerusform>Bewaartermijn: {years} jaar na afsluiting ({basis}); %n afwijkende termijnen per reden van afsluiting. Vink de dossiers aan die u hebt beoordeeld.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jaar</source>
        <translation>
            <numerusform>%n jaar</numerusform>
            <numerusform>%n jaar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossiers worden definitief vernietigd: persoonsgegevens, notities, plannen, plaatsingen, brieven, documenten en zoekindex. Dit kan niet ongedaan worden gemaakt. Alleen het dossiernummer, de data, de grondslag en uw naam blijven in het vernietigingsregister.&lt;br&gt;&lt;br&gt;Vernietigen?</source>
        <translation>
            <numerusform>%n dossier wordt definitief vernietigd: persoonsgegevens, notities, plannen, plaatsingen, brieven, documenten en zoekindex. Dit kan niet ongedaan worden gemaakt. Alleen het dossiernummer, de data, de grondslag en uw naam blijven in het vernietigingsregister.&lt;br&gt;&lt;br&gt;Vernietigen?</numerusform>
            <numerusform>%n dossiers worden definitief vernietigd: persoonsgegevens, notities, plannen, plaatsingen, brieven, documenten en zoekindex. Dit kan niet ongedaan worden gemaakt. Alleen het dossiernummer, de data, de grondslag en uw naam blijven in het vernietigingsregister.&lt;br&gt;&lt;br&gt;Vernietigen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message numerus="yes">
        <source>%n resultaten — Enter opent</source>
        <translation>
            <numerusform>%n resultaat — Enter opent</numerusform>
            <numerusform>%n resultaten — Enter opent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source> minuten</source>
        <comment>suffix after a number of minutes</comment>
        <translation>
            <numerusform> minuut</numerusform>
            <numerusform> minuten</numerusform>
        </translation>
    </message>
</context>
</TS>
