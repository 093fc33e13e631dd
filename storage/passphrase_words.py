"""Word list for generated handover passphrases (Dutch, lower case a-z, 3 to 9 letters).

Taken once from the ``nl_NL`` lorem list of Faker (MIT licence), without words that are
unpleasant in the context of victim support, and frozen here so that the list never changes
under a released format. Do not edit: a new list needs a new passphrase format.
"""

_RAW = """
    aan aanbod aanraken aanval aap aardappel aarde aardig acht achter actief ademen
    afgelopen afhangen afmaken afname afspraak afval algemeen alleen alles als altijd ander
    andere anders antwoord appel arm auto avond avondeten baan baby bad bal bank basis bed
    bedekken bedreven been beer beest beetje begin begrijpen begrip behalve beide beker bel
    bellen belofte beneden benzine berg beroemd beroep bescherm beslissen best betalen beter
    bevatten bewegen bewolkt bezoek bieden bij bijna bijten bijzonder binnen blad blauw
    blazen blij blijven bloem bodem boek boerderij boom boon boord bord borstelen bos bot
    bouwen boven branden brandstof breed breken brengen brief broek broer brood brug
    bruikbaar bruiloft bruin bui buiten bureau buren bus buurman buurvrouw cadeau chocolade
    cirkel compleet computer conditie controle cool correct daar daarom dag dak dan dansen
    dapper dat deel deken deksel delen derde deze dichtbij dienen diep dier dik ding dit
    dochter doen donker door doos dorp draad draaien dragen drie drijven drinken drogen
    dromen droog druk dubbel dun dus duur duwen echt een eend eenheid eerste eeuw effect
    eigen eiland einde eis elk enkele erg eten even examen extreem falen familie feest feit
    fel fijn film fit fles foto fout fris fruit gaan gat gebeuren gebied gebruik gebruiken
    gedrag gedragen geel geen geit geld geliefde gelijk geloof geluid geluk gemak genieten
    genoeg genot gerecht geschikt gespannen geur geven gevolg gewicht gewoon gezicht gezond
    gisteren glad glas glimlach goed goedkoop goud grap grappig gras grens grijs groeien
    groen groente groep grof grond groot haan haar haast hal halen half hallo hamer hand
    hard hart hebben heel heet helder helft help hem hemel hen herfst hert het heuvel hier
    hij hobby hoe hoed hoek hoeveel hoewel hond honderd honger hoofd hoog hoogte hoop horen
    hotel houden huis hun huren hut huur idee ieder iedereen iemand iets ijs ijzer jaar
    jagen jas jij jong jongen jouw jullie kaars kaart kaas kamer kans kant kantoor kap kast
    kasteel kat kennen kennis keuken keus kiezen kijken kind kip kist klaar klas klasse
    kleden klein kleren kleur klimmen klok kloppen klopt knie knippen koers koffer koffie
    kok koken kom komen koning koningin kop kopen kort kost kosten koud kraam kracht krant
    krijgen kuil kunnen kunst laag laat laatst lach lachen ladder laken lamp land lang langs
    langzaam laten leeftijd leeg leerling leeuw leger leiden lenen lengte lepel leren les
    leuk leven lezen lichaam licht liefde liggen lijken liniaal links lip list lood lopen
    los lot lucht lui luisteren lunch maag maal maaltijd maan maand maar maat machine maken
    makkelijk mama man mand manier map markeren markt meel meer meerdere meest meisje melk
    meneer mengsel mensen mes met meubel mevrouw middel midden mij mijn miljoen min minder
    minuut mis missen mits model modern moeder moeilijk moeten mogelijk mogen moment mond
    mooi morgen munt muziek naald naam naar naast nacht nat natuur nee neer negen nek nemen
    net netjes neus niet niets nieuw nieuws nobel noch nodig noemen nog nood nooit noord
    noot normaal nul nummer object oceaan ochtend oefening offer olie olifant oma onder
    onderwerp onderzoek oneven ons ontbijt ontdekken ontmoeten ontvangen onze oog ooit ook
    oom oor oorzaak oost opa opeens open openlijk opleiding opnemen oranje orde oud ouder
    over overal paar paard pad pagina pan papa papier park partner pas passeren pen peper
    per perfect periode persoon piano plaat plaatje plaats plafond plank plant plastic plat
    plein plus poes poort populair positie postzegel potlood praten prijs prins prinses
    proberen probleem product provincie publiek punt raak raam radio raken rapport recht
    rechtdoor rechts redden reeds regen reiken reizen rennen repareren rest resultaat
    richting rijk rijst rijzen ring rok rond rood rook rots roze rubber ruiken ruimte samen
    sap schaap schaar schaduw scheiden scherp schetsen schijnen schip school schoon schouder
    schrijven schudden seconde signaal simpel sinds slapen sleutel slim slot sluiten smaak
    smal sneeuw snel snelheid snijden soep sok soms soort speciaal spel spelen sport spreken
    springen staal stad stap start station steen stem stempel ster sterk steun stil stilte
    stoel stof stoffig stop storm straat structuur student studie stuk succes suiker taal
    taart tafel tak tamelijk tand tante tas taxi team teen tegen teken tekenen telefoon
    televisie tellen tennis terug terwijl test tevreden thee thuis tien tijd titel toekomst
    toen toename totaal traan tram trein trekken trouwen trui tuin tussen tweede uit
    uitleggen uitvinden uitzoeken uur vaak vaarwel vader vak vakantie vallen van vandaag
    vangen vanmorgen vannacht varken vast veel veer veilig ver verder verdienen verenigen
    verf vergeten vergeven vergissen verhaal verhoging verkeerd verkopen verlaten verleden
    verliezen veroveren verrassen vers verschil verstand versturen vertellen vet vier
    vierkant vies vijf vijver vinden vinger vis vlag vlees vlieg vliegtuig vloer voeden
    voedsel voelen voet voetbal vogel vol volgende volgorde voor voorbeeld voorkomen
    voorzien vork vorm vos vouwen vraag vragen vrede vreemd vreemde vriend vriezen vrij
    vrijheid vroeg vroeger vrouw vullen vuur waar waarom wachten wakker wanneer want warm
    wassen wat water week weer weg welke welkom wens wereld werk west wie wiel wij wijn wijs
    wild willen wind winkel winnen winter wissen wit wolf wolk wonder woord woud zaak zacht
    zak zand zee zeep zeer zeggen zeil zeker zelfde zes zetten zeven zien zij zijn zilver
    zingen zinken zitten zoals zoeken zoet zomer zon zonder zonnig zoon zorg zorgen zou zout
    zuid zulke zullen zus zwaar zwak zwembad zwemmen
"""

WORDS: tuple[str, ...] = tuple(_RAW.split())
