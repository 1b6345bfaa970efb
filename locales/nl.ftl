### Nederlands. Dezelfde id's en { $plaatshouders } als en.ftl (gecontroleerd door `cargo test -p i18n`).
### Zie i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Nederlands
language-switch-label = Taal
language-switch-button = Taal wijzigen

## Page chrome

site-name = Meldingskanaal voor diefstal van bedrijfsgeheimen
skip-to-content = Naar de hoofdinhoud
nav-label = Hoofdmenu
nav-home = Startpagina
nav-report = Diefstal melden
nav-follow-up = Een melding opvolgen
footer-privacy-notice = Privacyverklaring
footer-recipients = Meldingen gaan naar het EUIPO en naar het Europees Centrum voor de bestrijding van cybercriminaliteit (EC3) van Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Diefstal van bedrijfsgeheimen bij een cyberaanval melden
page-title-report = Een melding indienen
page-title-follow-up = Uw melding opvolgen
page-title-privacy = Privacyverklaring

## Reporter landing page

home-heading = Meld de diefstal van bedrijfsgeheimen bij een cyberaanval
home-intro = Als bedrijfsgeheimen van uw onderneming bij een cyberaanval zijn gestolen, kunt u dat hier vrijwillig en vertrouwelijk melden bij het EUIPO (het Bureau voor intellectuele eigendom van de Europese Unie) en bij het Europees Centrum voor de bestrijding van cybercriminaliteit (EC3) van Europol.
home-point-recipients = U kiest wie uw melding ontvangt: het EUIPO, het EC3 van Europol of beide.
home-point-encrypted = Uw melding wordt versleuteld, zodat alleen de beoordelaars van de instanties die u kiest de melding kunnen lezen. Deze website slaat de melding nooit in leesbare vorm op.
home-point-anonymous = U kunt een melding doen zonder uw naam of de naam van uw onderneming te vermelden.
home-point-receipt = Wanneer u de melding verstuurt, krijgt u een ontvangstcode. Bewaar deze code goed: u hebt hem nodig om de vragen van de beoordelaars te lezen en te beantwoorden, en bij verlies kan hij niet worden vervangen.
home-point-statistics = De antwoorden die u uit lijsten kiest (zoals sector en soort aanval), worden ook gebruikt voor statistieken op EU-niveau. Daaraan wordt ruis toegevoegd, zodat geen enkele onderneming kan worden herkend.
home-no-javascript = Het formulier werkt ook als JavaScript is uitgeschakeld (bijvoorbeeld in de veiligste modus van Tor Browser). Uw melding wordt dan niet in uw browser versleuteld, maar door de server zodra ze binnenkomt; dat biedt iets minder bescherming.
home-start-button = Melding starten
home-follow-up-heading = Hebt u al een melding gedaan?
home-follow-up-text = Gebruik uw ontvangstcode om berichten van de beoordelaars te lezen en te beantwoorden.
home-follow-up-button = Opvolgen met uw ontvangstcode

## Form: common parts

form-optional = (optioneel)
form-choose = Kies…
# Read by screen readers before each field error.
form-error-prefix = Fout:
recipient-euipo = EUIPO (Bureau voor intellectuele eigendom van de Europese Unie)
recipient-ec3 = Europol EC3 (Europees Centrum voor de bestrijding van cybercriminaliteit)

## Errors: whole pages

error-page-title = Er is iets misgegaan
error-bad-request = Het verzoek kon niet worden verwerkt. Ga terug en probeer het opnieuw.
error-not-found = Deze pagina bestaat niet. Controleer het adres of begin opnieuw op de startpagina.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Wat u hebt verstuurd, is te groot: de limiet is { $limit }. Verwijder of verklein bijlagen en probeer het opnieuw.
error-csrf = Voor uw veiligheid is dit formulier verlopen; er is niets opgeslagen. Laad de pagina opnieuw en verstuur het formulier nogmaals.
error-form-used = Dit formulier is al verzonden: uw melding is één keer ontvangen, met de ontvangstcode die toen werd getoond. Open een nieuw formulier om nog een melding te doen.
error-rate-limited = Te veel pogingen in korte tijd. Wacht enkele minuten en probeer het dan opnieuw.
error-server = Er is aan onze kant iets misgegaan; er is niets opgeslagen. Probeer het later opnieuw.
error-unavailable = De dienst is tijdelijk niet beschikbaar. Probeer het later opnieuw.
error-unavailable-title = Tijdelijk niet beschikbaar
error-database-unavailable = Wij kunnen op dit moment geen meldingen opslaan of lezen; er is dus niets opgeslagen. Wacht een minuut en verstuur het formulier opnieuw.

## Errors: form fields

error-required = Dit veld is verplicht.
error-unknown-choice = Kies een van de opties in de lijst.
error-month-format = Voer een maand in als YYYY-MM, bijvoorbeeld 2026-03.
error-month-future = De maand kan niet in de toekomst liggen.
error-month-too-early = De maand kan niet vóór { $year } liggen.
error-detection-before-incident = De maand waarin de diefstal is ontdekt, kan niet vóór de maand liggen waarin de diefstal begon.
error-number-format = Voer een geheel getal in, bijvoorbeeld 250000.
# { $max } is an amount in euros.
error-loss-too-large = Het bedrag mag niet hoger zijn dan { $max } euro.
error-jobs-too-large = Het aantal banen mag niet hoger zijn dan { $max }.
error-too-long =
    { $max ->
        [one] Deze tekst is te lang: gebruik maximaal { $max } teken.
       *[other] Deze tekst is te lang: gebruik maximaal { $max } tekens.
    }
error-organisation-id = Voer een btw-nummer (bijvoorbeeld DK12345678) of een LEI (20 letters en cijfers) in, of laat het veld leeg.
error-recipients = Kies ten minste één ontvanger: het EUIPO, het EC3 van Europol of beide.
error-consent = Vink ter bevestiging het vakje aan voordat u de melding verstuurt.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Het formulier bevat { $count } fout. Corrigeer deze fout en verstuur het formulier opnieuw.
       *[other] Het formulier bevat { $count } fouten. Corrigeer deze fouten en verstuur het formulier opnieuw.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Vingerafdruk van de sleutelbos (vergelijk deze met de vingerafdruk die het EUIPO en Europol publiceren):
error-go-back = Gebruik de terugknop van uw browser om naar het formulier terug te gaan; wat u hebt ingevuld, staat er meestal nog.
# { $limit } is a number of files.
error-too-many-files = Te veel bestanden: het maximale aantal bijlagen is { $limit }. Verwijder er enkele en probeer het opnieuw.

## Page titles (intake)

page-title-confirmation = Melding ontvangen
page-title-conversation = Uw melding

## Landing page: what the server sees

home-server-heading = Wat deze website wel en niet kan zien
home-server-cannot = De website kan uw melding, uw bijlagen en uw berichten niet lezen: die worden voor de beoordelaars versleuteld voordat ze worden opgeslagen, en alleen de beoordelaars hebben de sleutels om ze te openen.
home-server-can = De website ziet dat er op een bepaalde dag een melding is verstuurd, aan welke instantie, en ongeveer hoe groot die is. Uw IP-adres, uw browser en het precieze tijdstip worden nooit vastgelegd.
home-fingerprint-heading = Controleer of u op het echte meldingskanaal bent
home-fingerprint-text = Meldingen worden versleuteld voor de sleutels in een sleutelbos die is ondertekend met de offline sleutel van het kanaal. De vingerafdruk daarvan staat hieronder; het EUIPO en Europol publiceren dezelfde vingerafdruk op hun eigen websites.
home-tor-heading = Anoniem melden
home-tor-text = Voor de sterkste anonimiteit gebruikt u Tor Browser, meldt u zich niet tegelijkertijd ergens anders aan en verwijdert u namen en metagegevens (auteur, onderneming, gps) uit bestanden voordat u ze bijvoegt.

## Report form

report-heading = Diefstal van bedrijfsgeheimen melden
report-lead = Velden die als optioneel zijn gemarkeerd, mag u leeg laten. Alles wat u schrijft en uw bijlagen worden versleuteld voor de ontvangers die u kiest.
report-guarantee-server = Zonder JavaScript wordt uw melding door de server versleuteld op het moment dat ze binnenkomt, in het geheugen, en nooit leesbaar opgeslagen. Als JavaScript is ingeschakeld, versleutelt uw eigen browser de melding vóór verzending.
report-files-dropped = Voor uw veiligheid worden bijgevoegde bestanden niet bewaard wanneer het formulier met fouten terugkomt. Voeg ze opnieuw bij.
report-section-classification = Over het incident
report-section-when = Wanneer het gebeurde
report-section-impact = Gevolgen
report-section-account = Wat er is gebeurd
report-section-optional = Optionele gegevens
report-submit = Melding versleutelen en versturen
field-recipients = Wie moet de melding ontvangen?
hint-recipients = Kies een of beide. Alleen de beoordelaars van de instanties die u kiest, kunnen de melding lezen.
field-member-state = Lidstaat waar uw onderneming is gevestigd
hint-member-state = Wordt gebruikt voor EU-statistieken per land.
field-sector = Sector van uw onderneming
hint-sector = De NACE-sectie van uw hoofdactiviteit.
field-incident-class = Soort incident
hint-incident-class = Kies wat het best past; de beoordelaars kunnen dit corrigeren.
field-attack-vector = Hoe de aanvallers zijn binnengekomen
hint-attack-vector = Kies ‘Onbekend’ als u dat nog niet weet.
field-actor-type = Wie zit er volgens u achter?
hint-actor-type = Uw beste inschatting; ‘Onbekend’ is een geldig antwoord.
field-incident-month = Maand waarin de diefstal begon
hint-incident-month = Als YYYY-MM, bijvoorbeeld 2026-03. Een schatting volstaat.
field-detection-month = Maand waarin de diefstal werd ontdekt
hint-detection-month = Als YYYY-MM.
field-loss-eur = Geschatte schade in euro (optioneel)
hint-loss-eur = Een geheel getal, bijvoorbeeld 250000. Laat het veld leeg als u de schade niet kunt schatten.
field-jobs-at-risk = Bedreigde banen (optioneel)
hint-jobs-at-risk = Hoeveel banen door de diefstal in gevaar komen, als u dat kunt schatten.
field-what-taken = Wat er is ontvreemd
hint-what-taken = Bijvoorbeeld: broncode, ontwerpen, klantenlijsten, formules, productieprocessen.
field-narrative = Wat er is gebeurd
hint-narrative = Beschrijf de aanval en de ontdekking ervan in uw eigen woorden: tijdstippen, getroffen systemen, wat u sindsdien hebt gedaan.
field-attachments = Bijlagen (optioneel)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Maximaal { $max_files } bestanden van elk maximaal { $max_mib } MB. Ze worden versleuteld zodra ze binnenkomen.
field-contact = Hoe kunnen de beoordelaars contact met u opnemen? (optioneel)
hint-contact = Laat het veld leeg om anoniem te blijven: met uw ontvangstcode kunt u nog steeds berichten lezen en beantwoorden.
field-organisation-id = Btw-nummer of LEI van de onderneming (optioneel)
hint-organisation-id = Optioneel. Het wordt versleuteld: de beoordelaars van de gekozen instanties kunnen het lezen; het wordt nooit gepubliceerd. In de statistieken wordt het een pseudoniem, zodat uw bedrijf hoogstens één keer per kwartaal telt en de gepubliceerde cijfers de meldingen van uw bedrijf als geheel beschermen (standaard ε = 1 per kwartaal, hoogstens ε = 4 per jaar). Zonder wordt elke melding afzonderlijk beschermd, niet al uw meldingen samen.
field-consent = Ik bevestig dat de informatie naar mijn beste weten juist is en ga ermee akkoord dat deze wordt verwerkt zoals beschreven in de privacyverklaring.
hint-consent = U kunt een melding later intrekken door met uw ontvangstcode naar de beoordelaars te schrijven.

## Confirmation

confirmation-heading = Uw melding is ontvangen
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Uw melding is versleuteld en verstuurd naar: { $recipients }.
confirmation-receipt-heading = Uw ontvangstcode
confirmation-receipt-text = Schrijf deze code op of download hem nu. U hebt hem nodig om vragen van de beoordelaars te lezen en te beantwoorden.
confirmation-receipt-once = Deze code wordt maar één keer getoond. Niemand, ook de beoordelaars niet, kan hem voor u terughalen.
confirmation-download = Ontvangstbewijs downloaden als tekstbestand
confirmation-print = U kunt deze pagina ook afdrukken: alleen de code en deze instructies worden afgedrukt.
confirmation-guarantee-heading = Hoe uw melding is beschermd
confirmation-sealed-by-server = Uw browser heeft de melding zonder JavaScript verstuurd, dus heeft de server haar bij aankomst in het geheugen versleuteld. Ze is nooit in leesbare vorm naar een schijf geschreven.
confirmation-sealed-by-browser = Uw browser heeft de melding versleuteld voordat ze werd verstuurd; de server heeft haar nooit in leesbare vorm gezien.
confirmation-next-heading = Wat er nu gebeurt
confirmation-next-text = De beoordelaars bevestigen de ontvangst van meldingen binnen 7 dagen en geven binnen 3 maanden feedback. Kom terug met uw ontvangstcode om hun berichten te lezen.
recipients-both = EUIPO en EC3
receipt-file-title = Ontvangstcode voor uw melding bij het meldingskanaal voor diefstal van bedrijfsgeheimen
receipt-file-keep = Houd deze code geheim en bewaar hem veilig. Gebruik hem op de pagina ‘Een melding opvolgen’ van het kanaal.

## Follow-up

followup-heading = Uw melding opvolgen
followup-lead = Voer de ontvangstcode in die u hebt gekregen toen u uw melding verstuurde.
followup-receipt-label = Ontvangstcode
followup-receipt-hint = 24 letters en cijfers, bijvoorbeeld 7KQM-2XPA-…; streepjes en spaties maken niet uit.
followup-submit = Mijn melding openen
followup-wrong-receipt = Er is geen melding met deze ontvangstcode. Controleer elk teken en probeer het opnieuw.

## Conversation

conversation-heading = Uw melding
conversation-status = Status
conversation-received = Ontvangen op
conversation-sealed-by-server = Deze melding is bij aankomst door de server versleuteld (verstuurd zonder JavaScript).
conversation-messages = Berichten
conversation-empty = Nog geen berichten. De beoordelaars bevestigen de ontvangst van meldingen binnen 7 dagen.
conversation-from-you = U
conversation-from-reviewer = Beoordelaar
conversation-reply-heading = Aan de beoordelaars schrijven
conversation-reply-label = Uw bericht
conversation-reply-submit = Bericht versleutelen en versturen
conversation-reply-sent = Uw bericht is versleuteld en verstuurd.
conversation-reply-empty = Schrijf een bericht of voeg een bestand bij voordat u verstuurt.
status-new = Ontvangen, ontvangst nog niet bevestigd
status-acknowledged = Ontvangst bevestigd
status-in-review = In behandeling
status-information-requested = De beoordelaars hebben u om informatie gevraagd
status-referred = Doorverwezen naar de bevoegde autoriteiten
status-closed = Afgesloten

## Privacy notice

privacy-heading = Privacyverklaring
privacy-controllers = Meldingen worden verwerkt door het EUIPO en door Europol (EC3), elk voor de meldingen die aan hen zijn gericht, op grond van respectievelijk Verordening (EU) 2018/1725 en Verordening (EU) 2016/794.
privacy-what-heading = Wat er wordt verwerkt
privacy-what-text = De inhoud van uw melding, de bijlagen en uw berichten worden zo versleuteld dat alleen de beoordelaars van de door u gekozen instanties ze kunnen lezen. De dag waarop een melding is ontvangen, de status ervan en de ontvangers worden in leesbare vorm opgeslagen om termijnen te bewaken.
privacy-not-heading = Wat nooit wordt vastgelegd
privacy-not-text = Uw IP-adres, uw browser en het precieze tijdstip van uw bezoeken worden nooit opgeslagen of gelogd. Op de meldingspagina's worden geen cookies geplaatst.
privacy-statistics-heading = Statistieken
privacy-statistics-text = De uit lijsten gekozen antwoorden voeden statistieken op EU-niveau, gepubliceerd met differentiële privacy. Beschermd is een bedrijf onder het opgegeven btw-nummer of LEI: of het in een kwartaal meldde, en wat, verandert de kans op elk gepubliceerd cijfer hoogstens met een factor e^ε, met de grenzen die bij elke publicatie staan (standaard ε = 1 per kwartaal, een factor 2,7, en ε = 4 per kalenderjaar, een factor 55; over meerdere jaren vermenigvuldigen de factoren zich). Meldingen zonder identificatie worden één voor één beschermd; een bedrijf dat er meerdere zonder stuurt, is dus minder beschermd. De cijfers zijn schattingen met ruis, geen exacte tellingen.
privacy-retention-heading = Hoelang meldingen worden bewaard
privacy-retention-text = Afgesloten meldingen worden verwijderd na afloop van de bewaartermijn die de beoordelende instanties hebben vastgesteld. Gepubliceerde statistieken blijven daarbij ongewijzigd.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Oostenrijk
member-state-BE = België
member-state-BG = Bulgarije
member-state-HR = Kroatië
member-state-CY = Cyprus
member-state-CZ = Tsjechië
member-state-DK = Denemarken
member-state-EE = Estland
member-state-FI = Finland
member-state-FR = Frankrijk
member-state-DE = Duitsland
member-state-EL = Griekenland
member-state-HU = Hongarije
member-state-IE = Ierland
member-state-IT = Italië
member-state-LV = Letland
member-state-LT = Litouwen
member-state-LU = Luxemburg
member-state-MT = Malta
member-state-NL = Nederland
member-state-PL = Polen
member-state-PT = Portugal
member-state-RO = Roemenië
member-state-SK = Slowakije
member-state-SI = Slovenië
member-state-ES = Spanje
member-state-SE = Zweden

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Landbouw, bosbouw en visserij
sector-B = Winning van delfstoffen
sector-C = Industrie
sector-D = Productie en distributie van elektriciteit, gas, stoom en gekoelde lucht
sector-E = Distributie van water; afval- en afvalwaterbeheer en sanering
sector-F = Bouwnijverheid
sector-G = Groot- en detailhandel; reparatie van auto's en motorfietsen
sector-H = Vervoer en opslag
sector-I = Verschaffen van accommodatie en maaltijden
sector-J = Informatie en communicatie
sector-K = Financiële activiteiten en verzekeringen
sector-L = Exploitatie van en handel in onroerend goed
sector-M = Vrije beroepen en wetenschappelijke en technische activiteiten
sector-N = Administratieve en ondersteunende diensten
sector-O = Openbaar bestuur en defensie; verplichte sociale verzekeringen
sector-P = Onderwijs
sector-Q = Menselijke gezondheidszorg en maatschappelijke dienstverlening
sector-R = Kunst, amusement en recreatie
sector-S = Overige diensten
sector-T = Huishoudens als werkgever; niet-gedifferentieerde productie van goederen en diensten door huishoudens voor eigen gebruik
sector-U = Extraterritoriale organisaties en lichamen

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Informatiebeveiliging: onbevoegde toegang tot informatie
incident-class-information-content-security--unauthorised-information-modification = Informatiebeveiliging: onbevoegde wijziging van informatie
incident-class-information-content-security--data-loss = Informatiebeveiliging: verlies van gegevens
incident-class-information-content-security--leak-confidential-information = Informatiebeveiliging: vertrouwelijke informatie uitgelekt
incident-class-intrusions--system-compromise = Indringing: een systeem (server of computer) is overgenomen
incident-class-intrusions--application-compromise = Indringing: een applicatie is overgenomen
incident-class-intrusions--privileged-account-compromise = Indringing: een beheerdersaccount is overgenomen
incident-class-intrusions--unprivileged-account-compromise = Indringing: een gewoon gebruikersaccount is overgenomen
incident-class-intrusions--burglary = Indringing: fysieke inbraak
incident-class-information-gathering--social-engineering = Informatievergaring: mensen zijn gemanipuleerd om informatie prijs te geven (social engineering)
incident-class-information-gathering--sniffing = Informatievergaring: netwerkverkeer is onderschept
incident-class-malicious-code--infected-system = Kwaadaardige code: een systeem is geïnfecteerd
incident-class-fraud--masquerade = Fraude: iemand deed zich voor als een persoon of organisatie die u vertrouwt
incident-class-fraud--phishing = Fraude: phishing (valse berichten of websites om wachtwoorden of gegevens te verkrijgen)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: webapplicatie
attack-vector-hacking--backdoor-or-c2 = Hacking: achterdeur of kanaal voor besturing op afstand (C2)
attack-vector-hacking--desktop-sharing = Hacking: extern bureaublad of scherm delen
attack-vector-hacking--vpn = Hacking: VPN-toegang
attack-vector-hacking--partner = Hacking: via de toegang van een partner (leverancier of dienstverlener)
attack-vector-hacking--command-shell = Hacking: opdrachtregel (shell)
attack-vector-malware--email-attachment = Malware: e-mailbijlage
attack-vector-malware--email-link = Malware: link in een e-mail
attack-vector-malware--web-download = Malware: download van een website
attack-vector-malware--software-update = Malware: software-update
attack-vector-malware--direct-install = Malware: rechtstreeks geïnstalleerd door de aanvaller
attack-vector-malware--network-propagation = Malware: verspreid via het netwerk
attack-vector-social--email = Social engineering: e-mail
attack-vector-social--phone = Social engineering: telefoongesprek
attack-vector-social--in-person = Social engineering: persoonlijk contact
attack-vector-social--website = Social engineering: website
attack-vector-social--sms = Social engineering: sms-bericht
attack-vector-misuse--lan-access = Misbruik door insiders: toegang vanaf het interne netwerk
attack-vector-misuse--physical-access = Misbruik door insiders: fysieke toegang
attack-vector-misuse--remote-access = Misbruik door insiders: toegang op afstand
attack-vector-misuse--non-corporate = Misbruik door insiders: buiten de bedrijfssystemen (privé-e-mail, -apparaten of -netwerken)
attack-vector-unknown = Onbekend of nog niet bekend

## Categories: actor types

actor-type-competitor = Concurrent
actor-type-nation-state = Statelijke actor (een buitenlandse overheid of haar diensten)
actor-type-organised-crime = Georganiseerde misdaad
actor-type-insider = Insider (een huidige werknemer of opdrachtnemer)
actor-type-former-employee = Voormalige werknemer
actor-type-unknown = Onbekend

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript is ingeschakeld: uw browser versleutelt uw melding en bijlagen voor de ontvangers die u kiest, voordat er iets wordt verstuurd. De server ontvangt uitsluitend versleutelde gegevens.
js-status-checking = Het formulier en de sleutels van de beoordelaars worden gecontroleerd…
js-status-encrypting = Uw melding en bijlagen worden in deze browser versleuteld…
js-status-proof-of-work = Verzending wordt voorbereid (een korte berekening die het kanaal beschermt tegen geautomatiseerde spam)…
js-status-sending = De versleutelde melding wordt verstuurd…
js-error-keyring = De sleutels van de beoordelaars konden niet worden geverifieerd: de sleutelbos is niet ondertekend met de sleutel waarvan de vingerafdruk op deze pagina staat. Er is niets verstuurd. Verstuur uw melding niet via deze pagina; neem via hun officiële websites contact op met het EUIPO of Europol.
js-error-network = De melding kon niet worden verstuurd omdat de verbinding is mislukt. Er is niets opgeslagen. Controleer uw verbinding en probeer het opnieuw.
js-error-crypto = Uw browser kon de melding niet versleutelen, dus er is niets verstuurd. Probeer het opnieuw, of schakel JavaScript uit om het formulier zonder JavaScript te versturen.
js-error-file = Een bijgevoegd bestand kon niet worden gelezen. Controleer of het nog bestaat, voeg het opnieuw bij en probeer het nogmaals.
js-error-kept = Uw antwoorden en bijgevoegde bestanden staan nog in het formulier.
js-retry = Opnieuw proberen
js-print = Ontvangstcode afdrukken

## Reviewer console (/console/)

console-name = Beoordelingsconsole
console-nav-inbox = Postvak in
console-logout = Afmelden
console-logout-everywhere = Overal afmelden
console-go-to-login = Naar de aanmeldpagina
console-refused-heading = Verzoek geweigerd
console-login-heading = Aanmelden bij de beoordelingsconsole
console-login-submit = Aanmelden
console-field-name = Naam
console-field-password = Wachtwoord
console-field-code = Code uit uw authenticatie-app
console-field-code-hint = De 6-cijferige code die uw authenticatie-app nu toont. Elke code werkt maar één keer.
console-notice-expired = Uw sessie is verlopen. Meld u opnieuw aan.
console-notice-logged-out = U bent afgemeld.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Onjuiste naam, wachtwoord of code. Probeer het opnieuw; wacht na veel mislukte pogingen een minuut voor de volgende.
console-error-csrf = Dit formulier kon niet worden aanvaard omdat het beveiligingstoken ontbreekt, onjuist is of uit een andere sessie komt. Er is niets gewijzigd. Laad de pagina opnieuw en probeer het nogmaals.
error-cross-site = Dit formulier is vanaf een andere website verstuurd en daarom geweigerd; er is niets gewijzigd. Open de pagina op deze site en verstuur het formulier vanaf daar.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Pagina's
pager-previous = Vorige pagina
pager-next = Volgende pagina
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Pagina { $page } van { $pages }
error-method-not-allowed = Dit adres accepteert dit soort verzoek niet.
error-headers-too-large = Het verzoek bevatte te veel headergegevens en is geweigerd. Verwijder de cookies van deze site en probeer het opnieuw.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Een tekstveld is te lang: de grens is { $limit } per veld. Maak de tekst korter en verstuur hem opnieuw.
followup-unsent-label = Uw antwoord (niet verstuurd)
followup-unsent-hint = Het is niet verstuurd omdat het ontvangstbewijs niet werd herkend. Kopieer het, meld u opnieuw aan met uw ontvangstbewijs en verstuur het vanuit uw gesprek.
console-enrol-heading = Uw beoordelaarsaccount instellen
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Welkom, { $name } ({ $body }). Kies een aanmeldwachtwoord en stel de code-app in. Deze link werkt maar één keer.
console-enrol-password-heading = 1. Aanmeldwachtwoord
console-field-new-password = Nieuw wachtwoord
console-field-confirm-password = Hetzelfde wachtwoord nogmaals
# { $min } is a number of characters.
console-enrol-password-hint = Minimaal { $min } tekens. Een wachtwoordzin van meerdere woorden is het makkelijkst te onthouden.
console-enrol-totp-heading = 2. Authenticatie-app
console-enrol-totp-scan = Scan deze QR-code met uw authenticatie-app (tijdgebonden codes, TOTP).
console-enrol-totp-secret = Als u de QR-code niet kunt scannen, voer dan in plaats daarvan deze sleutel in de app in:
console-enrol-code-hint = Voer ter afronding de 6-cijferige code in die de app nu toont.
console-enrol-submit = Instellen afronden
console-enrol-done = Uw account is klaar. U kunt zich nu aanmelden met uw naam, uw wachtwoord en een code uit uw authenticatie-app.
console-enrol-fingerprint = De vingerafdruk van uw sleutel is { $fingerprint }. Uw sleutel wordt pas gebruikt nadat de beheerder hem aan de sleutelbos heeft toegevoegd: de beheerder vraagt u deze vingerafdruk telefonisch of persoonlijk voor te lezen en voegt uw sleutel alleen toe als die overeenkomt.
console-error-enrol-link = Deze registratielink is niet geldig: hij is al gebruikt, is verlopen of is verkeerd ingetypt. Vraag de beheerder om een nieuwe link.
console-error-password-short = Het wachtwoord is te kort: gebruik minimaal { $min } tekens.
console-error-password-mismatch = De twee wachtwoorden zijn niet gelijk. Typ in beide velden hetzelfde wachtwoord.
console-error-enrol-code = De code is niet juist. Controleer of de app is ingesteld met de sleutel hierboven en of de klok van uw apparaat juist staat, en voer dan de code in die de app nu toont.
console-inbox-heading = Postvak in
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] er is één melding aan uw instantie gericht.
   *[other] er zijn { $count } meldingen aan uw instantie gericht.
}
console-inbox-empty = Er zijn nog geen meldingen aan uw instantie gericht.
console-inbox-col-report = Melding
console-inbox-col-received = Ontvangen (dag)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Versleuteld door
console-status-new = Nieuw
console-status-acknowledged = Ontvangst bevestigd
console-status-in-review = In behandeling
console-status-information-requested = Informatie gevraagd
console-status-referred = Doorverwezen
console-status-closed = Afgesloten
console-sealed-by-browser = De browser van de melder
console-sealed-by-server = De server (verstuurd zonder JavaScript: zwakkere garantie)
console-inbox-col-deadline = Volgende termijn (Richtlijn 2019/1937)
console-inbox-col-action = Status wijzigen
console-deadline-acknowledgement = Ontvangstbevestiging uiterlijk { $day }
console-deadline-feedback = Feedback uiterlijk { $day }
console-deadline-overdue = Termijn verstreken
console-deadline-due-soon = Verloopt binnenkort
console-deadline-none = Geen (afgesloten)
console-deadline-counts = Termijnen: { $overdue } verstreken, { $soon } verlopen binnen 2 dagen.
console-status-change-label = Nieuwe status
console-status-change-submit = Wijzigen
console-status-final = Afgesloten: geen verdere wijziging mogelijk
console-transition-refused-heading = Statuswijziging geweigerd
console-error-transition = Een melding kan niet van ‘{ $from }’ naar ‘{ $to }’ gaan. Er is niets gewijzigd. Kies een van de statussen die in het postvak worden aangeboden.
console-back-to-inbox = Terug naar het postvak

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Sleutel voor het lezen van meldingen
console-enrol-needs-js = Voor het lezen van meldingen is een browser met JavaScript vereist: uw persoonlijke sleutel daarvoor wordt in uw browser aangemaakt en vergrendeld, nooit op de server. Schakel JavaScript in of gebruik een andere browser om het instellen van uw account af te ronden.
console-enrol-key-explain = Uw browser maakt nu uw persoonlijke sleutel voor het lezen van meldingen aan en vergrendelt die met een ontgrendelingswachtwoordzin. Kies een wachtwoordzin die verschilt van uw aanmeldwachtwoord. Deze verlaat deze browser nooit: als u hem vergeet, moet de beheerder een nieuwe sleutel voor u instellen.
console-field-unlock-passphrase = Ontgrendelingswachtwoordzin
console-field-unlock-passphrase-confirm = Dezelfde ontgrendelingswachtwoordzin nogmaals
console-enrol-unlock-hint = Minimaal { $min } tekens, en niet uw aanmeldwachtwoord.
console-error-unlock-short = De ontgrendelingswachtwoordzin is te kort: gebruik minimaal { $min } tekens.
console-error-unlock-mismatch = De twee ontgrendelingswachtwoordzinnen zijn niet gelijk. Typ in beide velden dezelfde wachtwoordzin.
console-error-unlock-same = De ontgrendelingswachtwoordzin moet verschillen van uw aanmeldwachtwoord: het aanmeldwachtwoord wordt naar de server verstuurd, de ontgrendelingswachtwoordzin nooit.
console-enrol-key-working = Uw sleutel wordt aangemaakt en vergrendeld. Dit duurt enkele seconden…
console-error-key-failed = Uw browser kon de sleutel niet aanmaken. Laad de pagina opnieuw en probeer het nogmaals.
console-error-enrol-key = Voor het lezen van meldingen is een browser met JavaScript vereist, en dit formulier is binnengekomen zonder de sleutel die uw browser aanmaakt. Schakel JavaScript in, laad de pagina opnieuw en probeer het nogmaals.

## Reviewer console: reading a report
console-report-heading = Melding
console-report-bodies = Verstuurd naar
console-report-needs-js = Voor het lezen van meldingen is een browser met JavaScript vereist: de melding wordt in uw browser met uw sleutel ontsleuteld, nooit op de server.
console-report-no-key = Uw account heeft geen sleutel voor het lezen van meldingen. Vraag de beheerder om een nieuwe registratielink.
console-unlock-heading = Uw sleutel ontgrendelen
console-unlock-hint = Uw ontgrendelingswachtwoordzin wordt alleen op deze pagina gebruikt en nooit verstuurd. U hebt hem opnieuw nodig wanneer u een andere pagina opent.
console-unlock-submit = Ontgrendelen en melding openen
console-unlock-working = Uw sleutel wordt ontgrendeld en de melding wordt geopend…
console-error-unlock-wrong = De ontgrendelingswachtwoordzin is niet juist. Er is niets geopend. Probeer het opnieuw.
console-error-open-failed = Deze melding kan niet met uw sleutel worden geopend. Mogelijk is ze verstuurd voordat uw sleutel aan de sleutelbos werd toegevoegd; een collega die de melding wel kan lezen, kan u toegang geven.
console-error-keyring = De sleutels van de beoordelaars konden niet worden geverifieerd: de sleutelbos is niet ondertekend met de sleutel met de vingerafdruk waarmee deze server is gestart. Er is niets verstuurd.
console-error-keyring-rollback = Deze sleutelbos is ouder (lager volgnummer) dan een sleutelbos die deze browser al van dezelfde ondertekeningssleutel heeft gezien: mogelijk is een oude sleutelbos teruggezet om een verwijderde sleutel te gebruiken. Er is niets geopend of verzonden. Waarschuw de beheerder.
console-error-network = De verbinding is mislukt. Er is niets verstuurd. Controleer uw verbinding en probeer het opnieuw.
console-report-fields-heading = Wat de melder heeft verstuurd
console-report-field-member-state = Lidstaat
console-report-field-sector = Sector
console-report-field-incident-class = Soort incident
console-report-field-attack-vector = Aanvalsvector
console-report-field-actor-type = Vermoedelijke dader
console-report-field-incident-month = Maand waarin de diefstal begon
console-report-field-detection-month = Maand waarin de diefstal werd ontdekt
console-report-field-loss-eur = Geschatte schade
console-report-field-jobs-at-risk = Bedreigde banen
console-report-field-what-taken = Wat er is ontvreemd
console-report-field-narrative = Wat er is gebeurd
console-report-field-contact = Contact
console-report-field-organisation-id = Btw-nummer of LEI
console-report-empty = (niet opgegeven)
console-report-attachments-heading = Bijlagen
console-report-attachments-none = Geen bijlagen.
console-attachment-save = Ontsleutelen en opslaan
console-attachment-working = Bezig met ontsleutelen…
console-error-attachment = De bijlage kon niet worden ontsleuteld: ze is beschadigd of onvolledig. Er is niets opgeslagen.
console-thread-heading = Gesprek met de melder
console-thread-empty = Nog geen berichten.
console-thread-from-reporter = De melder
console-thread-from-reviewer = Beoordelaar
console-thread-note = Interne notitie
console-thread-unreadable = (dit bericht kan niet met uw sleutel worden geopend)
envelope-mismatch = Deze envelop hoort bij een andere melding of is van een andere soort; hij wordt niet getoond.
conversation-from-signed = Van { $name } (handtekening gecontroleerd)
conversation-from-channel = Automatische mededeling van het meldkanaal
message-bad-signature = Dit bericht wordt niet getoond: het zegt van een beoordelaar te komen, maar de handtekening ontbreekt of past bij geen enkele beoordelaarssleutel in de ondertekende sleutelbos. Het kan vervalst zijn; handel er niet naar.
console-ack-heading = Ontvangst van de melding bevestigen
console-ack-label = Ontvangstbevestiging aan de melder
console-ack-default = Hartelijk dank voor uw melding. Wij hebben haar ontvangen en zullen haar beoordelen. Als wij vragen hebben, vindt u die hier.
console-ack-submit = Ontvangst bevestigen en versturen
console-message-heading = Bericht aan de melder
console-message-label = Uw bericht
console-message-hint = In uw browser versleuteld voor de melder en de beoordelaars van deze melding. De melder leest het bericht met de ontvangstcode.
console-message-submit = Naar de melder versturen
console-note-heading = Interne notitie
console-note-label = Uw notitie
console-note-hint = In uw browser uitsluitend versleuteld voor de beoordelaars van uw organisatie. De melder krijgt deze notitie nooit te zien.
console-note-submit = Notitie toevoegen
console-error-message-empty = Schrijf eerst een bericht (maximaal 20 000 tekens).
console-sending = Bezig met versleutelen en versturen…
console-sent = Verstuurd.
console-grants-heading = Toegang voor collega's
console-grants-hint = Collega's van uw organisatie van wie de sleutel pas na de ontvangst van deze melding aan de sleutelbos is toegevoegd, kunnen de melding niet lezen. Uw browser kan hun toegang geven door de sleutel van de melding voor hun sleutel te versleutelen.
console-grants-none = Alle beoordelaars van uw organisatie in de sleutelbos kunnen deze melding lezen.
console-grant-submit = Toegang geven
console-grant-done = Toegang gegeven.
console-error-grant-exists = Deze collega kan deze melding al lezen.
console-classify-heading = Gevalideerde classificatie voor de statistieken
console-classify-hint = Corrigeer de gestructureerde velden, of markeer de melding als duplicaat of als buiten het toepassingsgebied. Uw browser versleutelt het gecorrigeerde record uitsluitend voor de anonimiseringsdienst; het vervangt het record van de melder in de statistieken. De beschrijving en de contactgegevens maken er nooit deel van uit.
console-classify-status = Geldigheid van de melding
console-classify-valid = Geldig
console-classify-duplicate = Duplicaat van een andere melding
console-classify-out-of-scope = Buiten het toepassingsgebied
console-classify-submit = Gevalideerde classificatie opslaan
console-classify-done = De gevalideerde classificatie is versleuteld en opgeslagen.
console-error-classify = Controleer de classificatie: de maand moet liggen tussen 1990 en het kwartaal waarin de melding binnenkwam, en schade en banen moeten gehele getallen binnen de grenzen zijn. Er is niets opgeslagen.
console-error-classify-unsigned = De classificatie kan niet worden ondertekend: uw ondertekeningssleutel staat nog niet in de ondertekende sleutelbos. Er is niets opgeslagen; vraag de beheerder uw sleutel toe te voegen.
console-export-heading = Export voor EC3 en CSIRT's
console-export-hint = Uw browser stelt het bestand samen uit de ontsleutelde melding: de classificatie, wat er is ontvreemd en de beschrijving, nooit de contactgegevens of de identificatie van de organisatie van de melder. Elke export wordt vastgelegd in het auditlogboek.
console-export-tlp = TLP-markering (Traffic Light Protocol)
console-export-stix = STIX 2.1-bundel exporteren
console-export-misp = MISP-gebeurtenis exporteren
console-export-done = De export is vastgelegd en opgeslagen.

## Data portal (/portal/) and data API

portal-name = Statistieken over diefstal van bedrijfsgeheimen – dataportaal
portal-nav-releases = Publicaties
portal-nav-tokens = API-tokens
portal-refused-heading = Niet uitgevoerd
portal-enrol-heading = Uw portaalaccount instellen
portal-error-enrol-link = Deze registratielink is niet geldig: hij is al gebruikt, is verlopen of is verkeerd ingetypt. Vraag de beheerder om een nieuwe link.
portal-enrol-lead = Account { $name } voor de nationale autoriteiten ({ $country }). Kies een wachtwoord en stel uw authenticatie-app in.
portal-enrol-submit = Instellen afronden
portal-enrol-done = Uw account is klaar. Meld u aan met uw naam, uw wachtwoord en een code uit uw authenticatie-app.
portal-login-heading = Aanmelden bij het dataportaal
portal-releases-heading = Publicaties
portal-releases-lead = Aangemeld als { $name } ({ $country }). Elke publicatie bevat de EU-statistieken van één kwartaal, beschermd met differentiële privacy.
portal-releases-none = Er is nog geen publicatie verschenen.
portal-releases-caption = Verschenen publicaties, nieuwste kwartaal eerst
portal-col-period = Kwartaal
portal-col-date = Gepubliceerd op
portal-col-epsilon = Verbruikt privacybudget (ε)
portal-col-status = Status
portal-col-release = Publicatie
portal-status-published = Gepubliceerd
portal-release-heading = Statistieken voor { $period }
portal-release-intervals-hint = Elke staaf toont de gepubliceerde waarde; het streepje erdoorheen toont het 95%-interval, getekend vanaf nul waar het interval onder nul komt. Onder elke grafiek staan de cijfers in een tabel.
portal-summary-reports = Meldingen in de EU
portal-summary-truncated = Weggelaten meldingen (meer dan k per organisatie)
portal-summary-loss = Geschatte schade in de EU
portal-chart-quarter = Meldingen per kwartaal
portal-chart-quarter-note = Het kwartaal van deze publicatie is gemarkeerd.
portal-chart-state-quarter = Meldingen in uw lidstaat per kwartaal
portal-chart-series = { $category }: meldingen per kwartaal
portal-chart-series-note = De sector of aanvalsvector met de meeste meldingen in deze publicatie; de data-API geeft alle sectoren en aanvalsvectoren per kwartaal.
portal-chart-sector = Meldingen per sector (NACE)
portal-chart-attack-vector = Meldingen per aanvalsvector
portal-chart-member-state = Meldingen per lidstaat
portal-chart-yours = (gemarkeerd)
portal-chart-highlight = { $country } is uitgelicht en gemarkeerd.
portal-chart-desc = Horizontaal staafdiagram met { $count ->
        [one] één categorie
       *[other] { $count } categorieën
    }, elk met een 95%-interval. Hoogste: { $top }, { $value }. De tabel onder de grafiek bevat alle waarden.
portal-chart-show-table = Cijfers als tabel tonen
portal-chart-table-caption = { $chart }: gepubliceerde waarden en 95%-intervallen
portal-col-category = Categorie
portal-col-value = Gepubliceerde waarde
portal-col-interval = 95%-interval
portal-method-heading = Hoe deze cijfers tot stand kwamen
portal-method-promise = De cijfers zijn differentieel privé. De beschermde eenheid zijn de meldingen van één organisatie in het kwartaal: of zij meldde of niet, en wat, elk gepubliceerd cijfer zou bijna even waarschijnlijk zijn. 'Bijna' wordt bepaald door het privacybudget ε = { $epsilon } van deze publicatie: geen uitkomst wordt meer dan { $factor } keer waarschijnlijker door de meldingen van één organisatie in dit kwartaal. De publicaties van een kalenderjaar gebruiken samen hoogstens ε = { $year_cap }, dus over een jaar is de factor hoogstens { $year_factor }; over meerdere jaren vermenigvuldigen de factoren zich.
portal-method-unit = Een organisatie wordt herkend aan het opgegeven btw-nummer of LEI (in één standaardvorm geschreven en omgezet in een pseudoniem dat alleen de anonimiseerder kan berekenen); hoogstens { $k } van haar meldingen tellen per kwartaal. Zij wordt alleen aan die identificatie herkend: een organisatie die in de ene melding een btw-nummer en in de andere een LEI geeft, of waarvan dochterondernemingen apart melden, telt als meerdere. Een melding zonder identificatie wordt op zichzelf beschermd: een organisatie die meerdere meldingen zonder stuurt, is per melding beschermd, niet voor alle samen.
portal-method-truncation = Ongeveer { $dropped } meldingen (ongeveer { $share } % van alle) zijn weggelaten omdat hun organisatie meer dan { $k } keer in het kwartaal meldde. Dit getal bevat zelf ruis en telt hoogstens { $k } per organisatie; het werkelijke aantal is hoger. Welke meldingen bleven, is door het toeval bepaald, niet door de inhoud.
portal-method-noise = Aan elke cel van elke tabel is willekeurige ruis toegevoegd, ook aan cellen die nul zijn; geen enkele cel wordt verborgen omdat ze klein is. Een klein cijfer kan dus volledig uit ruis bestaan.
portal-method-intervals = De 95%-intervallen geven aan hoe ver de ruis een cijfer kan hebben verschoven: ze bevatten de gemeten waarde in ten minste ongeveer 95 van de 100 gevallen. De gemeten waarde is die van de behouden meldingen, met elk verlies begrensd tot het plafond; weggelaten meldingen en verliezen boven het plafond tellen niet mee, dus de cijfers en hun intervallen liggen lager dan wat is ontvangen. De intervallen worden berekend uit het openbaar bekende ruisniveau, niet uit de meldingen, en komen nooit onder nul.
portal-method-consistency = De cijfers van de lidstaten tellen op tot de EU-cijfers en elke tabel telt op tot hetzelfde totaal. De cijfers zijn gehele getallen, nooit negatief, elk binnen ongeveer één van de zuivere schatting (verder alleen waar naburige schattingen onder nul lagen); het totaal van een lidstaat en de som van zijn sectoren kunnen door de ruis verschillen. De ruwe metingen met ruis staan ook in de CSV-bestanden.
portal-method-losses = Elke geschatte schade telt mee tot { $bound } euro; hogere schade telt mee voor dat bedrag.
portal-method-budget = Dit kwartaal heeft ε { $quarter } van zijn limiet van { $quarter_cap } verbruikt; in het jaar { $year } is ε { $year_spent } van { $year_cap } verbruikt. De statistieken van een kwartaal worden nooit opnieuw berekend met meer budget.
portal-method-opendp = Berekend met OpenDP { $version }. De hier gebruikte functies komen uit het onderdeel ‘contrib’, dat het OpenDP-team nog niet heeft doorgelicht; het methodologiebestand vermeldt voor elke tabel het mechanisme, de ruisschaal en het budget.
portal-downloads-heading = Downloads
portal-download-archive = De volledige publicatie als één archief ({ $name }), met controlesommen en handtekening
portal-verify-heading = Een ontvangen bestand controleren
portal-verify-text = Het archief bevat SHA256SUMS, de controlesom van elk bestand, en SHA256SUMS.sig, een handtekening daarvan met de publicatiesleutel. Iedereen kan een kopie die via een ander is ontvangen controleren: sla keyring.json en keyring.sig van deze site op in een map en voer de opdracht hieronder uit. Die vertrouwt de sleutelbos alleen als die is ondertekend met de sleutel waarvan EUIPO en Europol de vingerafdruk publiceren, en haalt de publicatiesleutel (hieronder getoond) eruit.
portal-verify-key = Publicatiesleutel:
portal-verify-fingerprint = Vingerafdruk:
portal-tokens-heading = API-tokens
portal-tokens-lead = Met een token kan een programma de publicaties via de data-API lezen (alleen lezen). Geef elk programma een eigen token, zodat u er een kunt intrekken zonder de andere stop te zetten.
portal-token-new-heading = Een token aanmaken
portal-token-name = Naam
portal-token-name-hint = Waarvoor het token dient, bijvoorbeeld ‘nachtelijke import’.
portal-token-create = Token aanmaken
portal-token-created = Uw nieuwe token staat hieronder. Kopieer het nu: het wordt alleen deze ene keer getoond en is daarna niet meer in te zien.
portal-token-use = Stuur het bij elk verzoek mee als:
portal-tokens-list-heading = Uw tokens
portal-tokens-none = U hebt nog geen tokens.
portal-token-created-on = Aangemaakt op
portal-token-last-used = Laatst gebruikt op
portal-token-state = Status
portal-token-revoke = Intrekken
portal-token-revoked-on = Ingetrokken op { $day }
portal-token-revoked = Het token is ingetrokken: het werkt niet meer.
portal-error-token-name = Geef het token een naam van maximaal { $max } tekens.
error-unauthorized = Er is een geldig API-token nodig: stuur ‘Authorization: Bearer’ mee met een token dat op het portaal is aangemaakt en niet is ingetrokken.

# console triage
console-triage-heading = Waar de meldingen over gaan
console-triage-hint = Ontgrendel uw sleutel om te zien waar elke melding over gaat en om ze te doorzoeken, te filteren en te sorteren. De meldingen worden in deze browser ontsleuteld; ze worden net als uw zoekopdrachten niet naar de server gestuurd.
console-triage-search = Zoeken in de tekst van de meldingen
console-triage-all = Alle
console-triage-sort = Volgorde
console-triage-sort-newest = Nieuwste eerst
console-triage-sort-oldest = Oudste eerst
console-triage-sort-deadline = Eerstvolgende termijn eerst
console-triage-reset = Zoekopdracht en filters wissen
console-triage-col-summary = Melding (eerste regel van de beschrijving)
console-triage-col-language = Taal
console-triage-col-attachments = Bijlagen
console-triage-count = Gevonden meldingen: { $shown } van { $total }
console-triage-page = Pagina { $page } van { $pages }
console-triage-pages = Pagina’s van de lijst
console-triage-previous = Vorige pagina
console-triage-next = Volgende pagina
console-triage-none = Geen enkele melding voldoet aan de zoekopdracht en filters.
console-triage-working = De meldingen worden ontsleuteld…
console-triage-unreadable = Deze melding kan niet met uw sleutel worden geopend.
error-summary-entry = { $field }: { $message }
error-field-recipients = Ontvangers
error-field-actor-type = Wie erachter zat
error-field-loss-eur = Geschat verlies
error-field-jobs-at-risk = Banen in gevaar
error-field-attachments = Bijlagen
error-field-contact = Contact
error-field-organisation-id = Btw-nummer of LEI
error-field-consent = Bevestiging
console-nav-figures = Cijfers
console-figures-heading = Cijfers voor het management
console-figures-lead = { $body }: alleen aantallen en doorlooptijden, berekend uit de dagen die de server vastlegt. Niets uit de inhoud van de meldingen.
console-figures-csv = Downloaden als CSV
console-figures-received = Ontvangen meldingen per maand
console-figures-month = Maand
console-figures-count = Meldingen
console-figures-timing = Tijd tot ontvangstbevestiging en tot terugkoppeling
console-figures-step = Stap
console-figures-done = Gedaan
console-figures-median = Mediaan (dagen)
console-figures-p90 = 90e percentiel (dagen)
console-figures-within = Binnen de termijn
console-figures-within-value = { $within } van { $decided } ({ $percent } %)
console-figures-ack = Ontvangstbevestiging (binnen 7 dagen na ontvangst)
console-figures-feedback = Terugkoppeling (binnen 3 maanden na de bevestiging)
console-figures-open = Open zaken per status
console-figures-definitions = Terugkoppeling is de eerste dag na de ontvangstbevestiging waarop een beoordelaar de melder schreef, of de dag waarop de zaak werd gesloten, wat het eerst kwam. Mediaan en percentiel volgens de nearest-rank-methode. De aandelen tellen gedane en te late stappen; zaken die nog binnen de termijn vallen, tellen nog niet mee.
console-assign-heading = Toewijzing
console-assign-label = Toegewezen aan
console-assign-nobody = Niemand
console-assign-submit = Toewijzen
console-triage-assigned-me = Aan mij toegewezen
console-triage-unassigned = Niet toegewezen

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Het bericht kan niet worden ondertekend: uw ondertekeningssleutel staat nog niet in de ondertekende sleutelbos. Er is niets verzonden; vraag de beheerder uw sleutel toe te voegen.
console-casefile-heading = Dossier voor overdracht
console-casefile-hint = In uw browser samengesteld uit de geopende melding; niets ervan wordt naar de server gestuurd. Het auditlogboek legt alleen de export zelf vast: het formaat, de opgenomen onderdelen en hoeveel termen zijn weggelakt.
console-casefile-parts = Op te nemen onderdelen
console-casefile-part-fields = Velden van de melding
console-casefile-part-conversation = Gesprek
console-casefile-part-attachments = Bijlagen met hun SHA-256
console-casefile-part-classification = Classificatie
console-casefile-redact-contact = Contactgegevens en organisatie-identificatie van de melder weglakken
console-casefile-terms = Weg te lakken namen en woorden
console-casefile-terms-hint = Eén per regel. Elk wordt overal in het dossier vervangen door de weglakmarkering, ongeacht hoofdletters of kleine letters.
console-casefile-download = Dossier downloaden (HTML)
console-casefile-print = Afdrukken of opslaan als pdf
console-casefile-working = Het dossier wordt voorbereid: de bijlagen worden ontsleuteld…
console-casefile-done = De export van het dossier is vastgelegd.
console-casefile-no-parts = Kies ten minste één onderdeel.
console-casefile-title = Dossier van melding
console-casefile-prepared = Opgesteld op
console-casefile-marker = [WEGGELAKT]
console-casefile-redactions = Weglakkingen
console-casefile-redacted-contact = De contactgegevens en organisatie-identificatie van de melder
console-casefile-redacted-terms = Door de beoordelaar gemarkeerde termen
console-casefile-verified = handtekening gecontroleerd
# --- indicators ---
report-section-indicators = Technische indicatoren (optioneel)
report-indicators-lead = Als u technische sporen van de aanval hebt, vermeld ze hier, één waarde per regel. De beoordelaars kunnen ze met CSIRT's delen om de aanvallers te blokkeren.
field-indicator-ip = IP-adressen of -bereiken
hint-indicator-ip = IPv4 of IPv6, of een CIDR-bereik: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domeinnamen
hint-indicator-domain = Bijvoorbeeld files.example.com; internationale namen in hun xn---vorm.
field-indicator-url = Webadressen (URL's)
hint-indicator-url = Het volledige adres, beginnend met https:// of een ander schema.
field-indicator-email = E-mailadressen
hint-indicator-email = Bijvoorbeeld de afzender van een phishingbericht.
field-indicator-hash = Bestandshashes
hint-indicator-hash = MD5, SHA-1 of SHA-256, hexadecimaal.
field-indicator-file-name = Bestandsnamen
hint-indicator-file-name = Alleen de naam, zonder map: factuur.pdf.exe.
field-indicator-observations = Andere technische waarnemingen
hint-indicator-observations = Al het andere dat kan helpen: hulpmiddelen, accounts, tijdstippen.
error-indicator-ip = Regel { $line } is geen IP-adres of CIDR-bereik.
error-indicator-domain = Regel { $line } is geen domeinnaam.
error-indicator-url = Regel { $line } is geen volledig webadres (zoals https://example.com/pad).
error-indicator-email = Regel { $line } is geen e-mailadres.
error-indicator-hash = Regel { $line } is geen MD5-, SHA-1- of SHA-256-hash.
error-indicator-file-name = Regel { $line } is geen bestandsnaam (zonder map, hoogstens 255 tekens).
error-indicator-count = Vul in dit veld hoogstens { $max } waarden in.
console-indicators-heading = Technische indicatoren
console-taxii-heading = Naar een TAXII 2.1-collectie sturen
console-taxii-hint = De STIX 2.1-bundel, met het hierboven gekozen TLP-niveau, gaat van deze browser rechtstreeks naar de TAXII-server van uw organisatie; adres en inloggegevens worden niet bewaard.
console-taxii-url = Adres van de collectie (eindigt op /collections/<id>/)
console-taxii-user = Gebruikersnaam
console-taxii-password = Wachtwoord
console-taxii-push = Naar TAXII sturen
console-taxii-done = De bundel is aan de TAXII-collectie toegevoegd.
console-taxii-failed = De TAXII-server weigerde de bundel of was niet bereikbaar. Controleer adres en inloggegevens, en of de server de oorsprong van deze console toestaat (CORS).
# --- tags and referral ---
console-tags-heading = Labels
console-tags-hint = Labels komen uit de vaste lijst van uw instantie, die de beheerder bijhoudt. De namen zijn zichtbaar voor wie de server beheert: gebruik ze als kenmerk, nooit voor de inhoud van een zaak.
console-tags-none = Geen labels bij deze melding.
console-tags-field = Label
console-tags-add = Label toevoegen
console-tags-remove = Label verwijderen
console-error-tag-unknown = Dit label staat niet op de lijst van uw instantie. Er is niets gewijzigd.
console-refer-heading = Doorverwijzen naar { $body }
console-refer-hint = De sleutel van de melding wordt in uw browser verzegeld voor de sleutels van { $body } in de geverifieerde sleutelbos. { $body } ziet de melding dan in zijn inbox, met eigen termijnen vanaf vandaag.
console-refer-note = Notitie voor { $body } (optioneel)
console-refer-note-hint = Voor beide instanties verzegeld als een interne notitie; nooit getoond aan de melder.
console-refer-tell = De melder in het gesprek informeren
console-refer-message = Bericht aan de melder
console-refer-message-default = Uw melding is doorverwezen naar { $body }, dat haar ook zal behandelen.
console-refer-submit = Melding doorverwijzen
console-refer-done = De melding is doorverwezen.
console-referrals-heading = Doorverwijzingen
console-referral-line = Doorverwezen van { $from } naar { $to } door { $who } op { $day }.
console-referral-note = Notitie:
console-triage-referred-from = Doorverwezen door { $body }
console-error-referral-same = Een melding kan alleen naar de andere instantie worden doorverwezen.
console-error-referral-exists = { $body } heeft deze melding al; ze is niet opnieuw doorverwezen.
console-error-referral-slots = De verzegelde sleutels zijn niet precies voor de sleutels van { $body } in de sleutelbos. Er is niets doorverwezen.
# --- security keys (WebAuthn) ---
account-nav-keys = Beveiligingssleutels
account-keys-heading = Beveiligingssleutels
account-keys-lead = Een beveiligingssleutel, of een passkey op uw telefoon of computer, kan bij het inloggen de authenticatiecode vervangen en kan niet worden gephisht. U kunt er meerdere toevoegen.
account-keys-totp-allowed = Uw account kan ook inloggen met een authenticatiecode.
account-keys-totp-forbidden = Uw account logt alleen in met een beveiligingssleutel: authenticatiecodes worden geweigerd.
account-keys-list-heading = Uw sleutels
account-keys-none = Nog geen beveiligingssleutel toegevoegd.
account-key-name = Naam van de sleutel
account-key-name-hint = Bijvoorbeeld "blauwe sleutel", zodat u hem in deze lijst herkent.
account-key-added-on = Toegevoegd
account-key-last-used = Laatst gebruikt
account-key-actions = Acties
account-key-remove = Verwijderen
account-key-new-heading = Een beveiligingssleutel toevoegen
account-key-add = Beveiligingssleutel toevoegen
account-key-touch = Volg de aanwijzingen van uw browser en raak uw beveiligingssleutel aan.
account-key-failed = De beveiligingssleutel antwoordde niet, of het verzoek is geannuleerd. Probeer het opnieuw.
account-key-needs-js = Voor het toevoegen van een beveiligingssleutel is JavaScript in deze browser nodig.
account-key-unavailable = Op het adres van deze server kunnen geen beveiligingssleutels worden gebruikt. Vraag het de beheerder.
account-key-added = De beveiligingssleutel is toegevoegd.
account-key-removed = De beveiligingssleutel is verwijderd.
account-key-last = Dit is uw laatste beveiligingssleutel en uw account mag geen authenticatiecodes gebruiken: voeg een andere sleutel toe voordat u deze verwijdert.
account-key-expired = Het verzoek duurde te lang. Probeer het opnieuw.
account-key-invalid = Het antwoord van de beveiligingssleutel is niet aanvaard. Probeer het opnieuw.
account-key-duplicate = Deze beveiligingssleutel is al toegevoegd.
account-key-too-many = U hebt het maximale aantal beveiligingssleutels. Verwijder er eerst een.
account-error-key-name = Geef de sleutel een naam van 1 tot { $max } tekens.
account-key-signin-heading = Gebruik uw beveiligingssleutel
account-key-signin-lead = Uw wachtwoord is juist. Bevestig het inloggen met uw beveiligingssleutel.
account-key-signin-submit = Mijn beveiligingssleutel gebruiken
account-key-signin-needs-js = Een beveiligingssleutel vereist JavaScript in deze browser.
account-key-signin-back = In plaats daarvan inloggen met een authenticatiecode
account-field-code-key-hint = Gebruikt u een beveiligingssleutel, laat de code dan leeg: daarna gebruikt u de sleutel.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notificaties
console-notify-lead = Een overzicht met alleen aantallen: nieuwe meldingen, nieuwe berichten van melders, termijnen die bijna verlopen en verlopen termijnen. Het bevat nooit de inhoud, het kenmerk of de titel van een melding.
console-notify-email = E-mailadres
console-notify-email-hint = Het overzicht wordt naar dit adres gestuurd. Leeg laten voor geen e-mail.
console-notify-webhook = Webhook-URL
console-notify-webhook-hint = Dezelfde aantallen worden hierheen gestuurd als JSON (HTTP POST). Het adres moet beginnen met https://. Leeg laten voor geen webhook.
console-notify-frequency = Hoe vaak
console-notify-off = Nooit
console-notify-daily = Elke dag
console-notify-weekly = Elke week
console-notify-send-empty = Het overzicht ook sturen als er niets is gebeurd
console-notify-send-empty-hint = Dan komt er elke keer een overzicht, en de aankomst ervan verraadt niets over nieuwe meldingen.
console-notify-language = Taal van het overzicht
console-notify-save = Opslaan
console-notify-saved = Uw instellingen voor meldingen zijn opgeslagen.
console-notify-error-email = E-mailadres: vul een volledig adres in, bijvoorbeeld naam@example.eu.
console-notify-error-webhook = Webhook-URL: vul een volledig adres in, bijvoorbeeld https://hooks.example.eu/digest, zonder gebruikersnaam, wachtwoord of #.
console-notify-error-https = Webhook-URL: het adres moet beginnen met https:// (http:// alleen naar deze machine).
console-notify-error-destination = E-mailadres: vul een e-mailadres of een webhook-URL in, of kies ‘Nooit’.
notify-mail-subject = Meldkanaal: uw overzicht
notify-mail-intro = Overzicht voor { $body }, van { $from } tot en met { $through }. Alleen aantallen: meld u aan bij de console om de meldingen te zien.
notify-mail-new-reports = Nieuwe meldingen: { $count }
notify-mail-new-replies = Nieuwe berichten van melders: { $count }
notify-mail-ack-due = Ontvangstbevestigingen binnen 2 dagen verschuldigd: { $count }
notify-mail-feedback-due = Terugkoppelingen binnen 14 dagen verschuldigd: { $count }
notify-mail-ack-overdue = Ontvangstbevestigingen te laat: { $count }
notify-mail-feedback-overdue = Terugkoppelingen te laat: { $count }
notify-mail-nothing = Niets nieuws en niets verschuldigd.
notify-mail-footer = U ontvangt dit overzicht omdat u erom hebt gevraagd in de console (Notificaties). U kunt het daar wijzigen of stopzetten.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Ontvangst bevestigd op
conversation-acknowledgement-due = Ontvangstbevestiging uiterlijk op
conversation-feedback-due = Terugkoppeling uiterlijk op
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Verwante meldingen
console-related-hint = Vergeleken via hashes met sleutel van de indicatoren en de organisatie-identificatie, berekend in uw browser: de server ziet nooit een indicator. Alleen meldingen die uw instantie mag openen, worden getoond.
console-related-none = Geen andere melding van uw instantie deelt een indicator met deze.
console-related-report = Melding { $report }
console-related-shares = gemeenschappelijke indicatoren: { $count }
console-related-incident = mogelijk hetzelfde incident (dezelfde organisatie-identificatie)
console-related-refused = De correlatiesleutel die de server aanbood, is niet de sleutel die de ondertekende sleutelbos noemt: hij is niet gebruikt en er is niets verzonden.
console-related-confirm = Deze melding als duplicaat bevestigen
console-related-unavailable = Correlatie is nog niet beschikbaar: er is nog geen correlatiesleutel verzegeld voor uw vermelding in de sleutelbos.
