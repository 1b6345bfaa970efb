### Dansk. Samme id'er og { $pladsholdere } som en.ftl (kontrolleres af `cargo test -p i18n`).
### Se i18n/README.md.

## Language

language-name = Dansk
language-switch-label = Sprog
language-switch-button = Skift sprog

## Page chrome

site-name = Indberetningskanal for tyveri af forretningshemmeligheder
skip-to-content = Gå til hovedindholdet
nav-label = Hovedmenu
nav-home = Forside
nav-report = Indberet et tyveri
nav-follow-up = Følg op på en indberetning
footer-privacy-notice = Databeskyttelseserklæring
footer-recipients = Indberetninger sendes til EUIPO og Europols Europæiske Center for Bekæmpelse af Cyberkriminalitet (EC3).

## Dates

date-day = { $day }. { $month ->
        [1] januar
        [2] februar
        [3] marts
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }

## Page titles

page-title-with-site = { $page } – { site-name }
page-title-home = Indberet cybertyveri af forretningshemmeligheder
page-title-report = Send en indberetning
page-title-follow-up = Følg op på din indberetning
page-title-privacy = Databeskyttelseserklæring

## Reporter landing page

home-heading = Indberet tyveri af forretningshemmeligheder ved et cyberangreb
home-intro = Hvis din virksomheds forretningshemmeligheder er blevet stjålet ved et cyberangreb, kan du her indberette det frivilligt og fortroligt til EUIPO (EU's kontor for intellektuel ejendomsret) og til Europols Europæiske Center for Bekæmpelse af Cyberkriminalitet (EC3).
home-point-recipients = Du vælger selv, hvem der modtager din indberetning: EUIPO, Europol EC3 eller begge.
home-point-encrypted = Din indberetning krypteres, så kun de sagsbehandlere, du vælger, kan læse den. Dette websted gemmer den aldrig i læsbar form.
home-point-anonymous = Du kan indberette uden at oplyse dit navn eller din virksomheds navn.
home-point-receipt = Når du sender indberetningen, får du en kvitteringskode. Opbevar den sikkert: Du skal bruge den til at læse sagsbehandlernes spørgsmål og besvare dem, og den kan ikke erstattes, hvis du mister den.
home-point-statistics = De svar, du vælger fra lister (f.eks. branche og angrebstype), indgår også i statistik på EU-plan. Der tilføjes støj, så ingen virksomhed kan identificeres.
home-no-javascript = Formularen virker også, når JavaScript er slået fra (f.eks. i Tor Browsers sikreste tilstand). Din indberetning krypteres så af serveren, så snart den modtages, i stedet for i din browser, hvilket giver en lidt svagere beskyttelse.
home-start-button = Start en indberetning
home-follow-up-heading = Har du allerede sendt en indberetning?
home-follow-up-text = Brug din kvitteringskode til at læse beskeder fra sagsbehandlerne og svare.
home-follow-up-button = Følg op med din kvitteringskode

## Form: common parts

form-optional = (valgfrit)
form-choose = Vælg …
form-error-prefix = Fejl:
recipient-euipo = EUIPO (Den Europæiske Unions Kontor for Intellektuel Ejendomsret)
recipient-ec3 = Europol EC3 (Det Europæiske Center for Bekæmpelse af Cyberkriminalitet)

## Errors: whole pages

error-page-title = Der opstod en fejl
error-bad-request = Forespørgslen kunne ikke forstås. Gå tilbage, og prøv igen.
error-not-found = Siden findes ikke. Kontrollér adressen, eller start forfra på forsiden.
error-too-large = Det, du sendte, er for stort: Grænsen er { $limit }. Fjern eller formindsk vedhæftede filer, og prøv igen.
error-csrf = Af sikkerhedshensyn er formularen udløbet, og intet er blevet gemt. Genindlæs siden, og send den igen.
error-form-used = Denne formular er allerede sendt: din indberetning er modtaget én gang, med den kvitteringskode, der blev vist dengang. Åbn en ny formular for at sende en ny indberetning.
error-rate-limited = For mange forsøg på kort tid. Vent et par minutter, og prøv igen.
error-server = Der opstod en fejl hos os, og intet er blevet gemt. Prøv igen senere.
error-unavailable = Tjenesten er midlertidigt utilgængelig. Prøv igen senere.
error-unavailable-title = Midlertidigt utilgængelig
error-database-unavailable = Vi kan ikke gemme eller læse indberetninger lige nu, så intet er blevet gemt. Vent et minut, og send den igen.

## Errors: form fields

error-required = Feltet skal udfyldes.
error-unknown-choice = Vælg en af mulighederne på listen.
error-month-format = Angiv en måned som ÅÅÅÅ-MM, f.eks. 2026-03.
error-month-future = Måneden må ikke ligge i fremtiden.
error-month-too-early = Måneden må ikke ligge før { $year }.
error-detection-before-incident = Den måned, tyveriet blev opdaget, kan ikke ligge før den måned, det begyndte.
error-number-format = Angiv et helt tal, f.eks. 250000.
error-loss-too-large = Beløbet må højst være { $max } euro.
error-jobs-too-large = Antallet af arbejdspladser må højst være { $max }.
error-too-long =
    { $max ->
        [one] Teksten er for lang: Brug højst ét tegn.
       *[other] Teksten er for lang: Brug højst { $max } tegn.
    }
error-organisation-id = Angiv et momsnummer (f.eks. DK12345678) eller en LEI-kode (20 bogstaver og cifre), eller lad feltet stå tomt.
error-recipients = Vælg mindst én modtager: EUIPO, Europol EC3 eller begge.
error-consent = Sæt kryds i feltet for at bekræfte, før du sender indberetningen.
error-form-summary =
    { $count ->
        [one] Formularen indeholder { $count } fejl. Ret den, og send formularen igen.
       *[other] Formularen indeholder { $count } fejl. Ret dem, og send formularen igen.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Nøgleringens fingeraftryk (sammenlign det med det, EUIPO og Europol offentliggør):
error-go-back = Brug browserens tilbageknap for at vende tilbage til formularen; det, du har skrevet, er som regel stadig der.
# { $limit } is a number of files.
error-too-many-files = For mange filer: du kan højst vedhæfte { $limit }. Fjern nogle, og prøv igen.

## Page titles (intake)

page-title-confirmation = Indberetning modtaget
page-title-conversation = Din indberetning

## Landing page: what the server sees

home-server-heading = Hvad dette websted kan og ikke kan se
home-server-cannot = Det kan ikke læse din indberetning, dine bilag eller dine beskeder: de krypteres til sagsbehandlerne, før de gemmes, og kun sagsbehandlerne har nøglerne til at åbne dem.
home-server-can = Det kan se, at en indberetning blev sendt en bestemt dag, til hvilket organ, og omtrent hvor stor den er. Det registrerer aldrig din IP-adresse, din browser eller det nøjagtige tidspunkt.
home-fingerprint-heading = Kontrollér, at du er på den rigtige kanal
home-fingerprint-text = Indberetninger krypteres til nøglerne i en nøglering, der er underskrevet med kanalens offline-nøgle. Dens fingeraftryk står nedenfor; EUIPO og Europol offentliggør det samme fingeraftryk på deres egne websteder.
home-tor-heading = Anonym indberetning
home-tor-text = Den stærkeste anonymitet får du med Tor Browser. Log ikke ind på andet samtidig, og fjern navne og metadata (forfatter, virksomhed, GPS) fra filer, før du vedhæfter dem.

## Report form

report-heading = Indberet tyveri af forretningshemmeligheder
report-lead = Felter markeret som valgfri kan efterlades tomme. Alt, hvad du skriver, og dine bilag krypteres til de modtagere, du vælger.
report-guarantee-server = Uden JavaScript krypteres din indberetning af serveren i hukommelsen i samme øjeblik, den ankommer, og den gemmes aldrig i læsbar form. Med JavaScript slået til krypterer din egen browser den, før den sendes.
report-files-dropped = Af sikkerhedshensyn gemmes vedhæftede filer ikke, når formularen returneres med fejl. Vedhæft dem venligst igen.
report-section-classification = Om hændelsen
report-section-when = Hvornår det skete
report-section-impact = Konsekvenser
report-section-account = Hvad der skete
report-section-optional = Valgfrie oplysninger
report-submit = Kryptér og send indberetningen
field-recipients = Hvem skal modtage indberetningen?
hint-recipients = Vælg en eller begge. Kun sagsbehandlerne hos de organer, du vælger, kan læse indberetningen.
field-member-state = Medlemsstat, hvor din virksomhed er etableret
hint-member-state = Bruges til EU-statistik pr. land.
field-sector = Din virksomheds branche
hint-sector = NACE-hovedafdelingen for din hovedaktivitet.
field-incident-class = Type hændelse
hint-incident-class = Vælg det, der passer bedst; sagsbehandlerne kan rette det.
field-attack-vector = Hvordan angriberne kom ind
hint-attack-vector = Vælg "Ukendt", hvis du endnu ikke ved det.
field-actor-type = Hvem tror du stod bag?
hint-actor-type = Dit bedste skøn; "Ukendt" er et gyldigt svar.
field-incident-month = Måned, hvor tyveriet begyndte
hint-incident-month = Som ÅÅÅÅ-MM, for eksempel 2026-03. Et skøn er fint.
field-detection-month = Måned, hvor tyveriet blev opdaget
hint-detection-month = Som ÅÅÅÅ-MM.
field-loss-eur = Anslået tab i euro (valgfrit)
hint-loss-eur = Et helt tal, for eksempel 250000. Lad feltet stå tomt, hvis du ikke kan anslå det.
field-jobs-at-risk = Truede arbejdspladser (valgfrit)
hint-jobs-at-risk = Hvor mange arbejdspladser tyveriet bringer i fare, hvis du kan anslå det.
field-what-taken = Hvad blev stjålet
hint-what-taken = For eksempel: kildekode, tegninger, kundelister, opskrifter, produktionsprocesser.
field-narrative = Hvad skete der
hint-narrative = Beskriv angrebet og opdagelsen med dine egne ord: datoer, berørte systemer, hvad I har gjort siden.
field-attachments = Bilag (valgfrit)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Op til { $max_files } filer på højst { $max_mib } MB hver. De krypteres, mens de modtages.
field-contact = Hvordan kan sagsbehandlerne kontakte dig? (valgfrit)
hint-contact = Lad feltet stå tomt for at forblive anonym: du kan stadig læse og besvare beskeder med din kvitteringskode.
field-organisation-id = Virksomhedens momsnummer eller LEI (valgfrit)
hint-organisation-id = Valgfrit. Det krypteres: sagsbehandlerne hos de modtagere, du har valgt, kan læse det; det offentliggøres aldrig. I statistikken bliver det et pseudonym, så din virksomhed højst tæller én gang pr. kvartal, og de offentliggjorte tal beskytter din virksomheds indberetninger samlet (som standard ε = 1 pr. kvartal, højst ε = 4 pr. år). Uden det beskyttes hver indberetning for sig, ikke alle dine indberetninger samlet.
field-consent = Jeg bekræfter, at oplysningerne efter min bedste overbevisning er korrekte, og accepterer, at de behandles som beskrevet i databeskyttelseserklæringen.
hint-consent = Du kan senere trække en indberetning tilbage ved at skrive til sagsbehandlerne med din kvitteringskode.

## Confirmation

confirmation-heading = Din indberetning er modtaget
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Din indberetning blev krypteret og sendt til: { $recipients }.
confirmation-receipt-heading = Din kvitteringskode
confirmation-receipt-text = Skriv koden ned, eller download den nu. Du skal bruge den for at læse sagsbehandlernes spørgsmål og besvare dem.
confirmation-receipt-once = Koden vises kun denne ene gang. Ingen, heller ikke sagsbehandlerne, kan genskabe den for dig.
confirmation-download = Download kvitteringen som tekstfil
confirmation-print = Du kan også udskrive denne side: kun koden og denne vejledning udskrives.
confirmation-guarantee-heading = Sådan blev din indberetning beskyttet
confirmation-sealed-by-server = Din browser sendte indberetningen uden JavaScript, så serveren krypterede den i hukommelsen ved modtagelsen. Den blev aldrig skrevet til disk i læsbar form.
confirmation-sealed-by-browser = Din browser krypterede indberetningen, før den blev sendt; serveren så den aldrig i læsbar form.
confirmation-next-heading = Hvad sker der nu
confirmation-next-text = Sagsbehandlerne bekræfter modtagelsen inden for 7 dage og giver tilbagemelding inden for 3 måneder. Kom tilbage med din kvitteringskode for at læse deres beskeder.
recipients-both = EUIPO og EC3
receipt-file-title = Kvitteringskode for din indberetning til kanalen for indberetning af tyveri af forretningshemmeligheder
receipt-file-keep = Hold koden hemmelig, og opbevar den sikkert. Brug den på kanalens opfølgningsside.

## Follow-up

followup-heading = Følg op på din indberetning
followup-lead = Indtast den kvitteringskode, du fik, da du sendte din indberetning.
followup-receipt-label = Kvitteringskode
followup-receipt-hint = 24 bogstaver og cifre, for eksempel 7KQM-2XPA-…; bindestreger og mellemrum er ligegyldige.
followup-submit = Åbn min indberetning
followup-wrong-receipt = Ingen indberetning passer til denne kvitteringskode. Kontrollér hvert tegn, og prøv igen.

## Conversation

conversation-heading = Din indberetning
conversation-status = Status
conversation-received = Modtaget den
conversation-sealed-by-server = Denne indberetning blev krypteret af serveren ved modtagelsen (sendt uden JavaScript).
conversation-messages = Beskeder
conversation-empty = Ingen beskeder endnu. Sagsbehandlerne bekræfter modtagelsen inden for 7 dage.
conversation-from-you = Dig
conversation-from-reviewer = Sagsbehandler
conversation-reply-heading = Skriv til sagsbehandlerne
conversation-reply-label = Din besked
conversation-reply-submit = Kryptér og send beskeden
conversation-reply-sent = Din besked blev krypteret og sendt.
conversation-reply-empty = Skriv en besked, eller vedhæft en fil, før du sender.
status-new = Modtaget, endnu ikke bekræftet
status-acknowledged = Modtagelse bekræftet
status-in-review = Under behandling
status-information-requested = Sagsbehandlerne har bedt dig om oplysninger
status-referred = Henvist til de kompetente myndigheder
status-closed = Afsluttet

## Privacy notice

privacy-heading = Databeskyttelseserklæring
privacy-controllers = Indberetninger behandles af EUIPO og af Europol (EC3), hver for de indberetninger, der er rettet til dem, i henhold til henholdsvis forordning (EU) 2018/1725 og forordning (EU) 2016/794.
privacy-what-heading = Hvad der behandles
privacy-what-text = Indholdet af din indberetning, dens bilag og dine beskeder krypteres, så kun sagsbehandlerne hos de organer, du valgte, kan læse dem. Den dag, en indberetning blev modtaget, dens status og modtagerne gemmes i læsbar form for at kunne overholde frister.
privacy-not-heading = Hvad der aldrig registreres
privacy-not-text = Din IP-adresse, din browser og det nøjagtige tidspunkt for dine besøg gemmes eller logges aldrig. Der sættes ingen cookies på indberetningssiderne.
privacy-statistics-heading = Statistik
privacy-statistics-text = Svarene valgt fra lister indgår i statistik på EU-niveau, der offentliggøres med differential privacy. Det, der beskyttes, er en virksomhed under det momsnummer eller LEI, den har angivet: om den indberettede i et kvartal, og hvad, ændrer sandsynligheden for ethvert offentliggjort tal med højst en faktor e^ε, med de grænser, der offentliggøres med hver udgivelse (som standard ε = 1 pr. kvartal, en faktor 2,7, og ε = 4 pr. kalenderår, en faktor 55; over flere år ganges faktorerne). Indberetninger uden identifikator beskyttes hver for sig, så en virksomhed, der sender flere uden, er mindre beskyttet. Tallene er skøn med støj, ikke nøjagtige optællinger.
privacy-retention-heading = Hvor længe indberetninger opbevares
privacy-retention-text = Afsluttede indberetninger slettes efter den opbevaringsperiode, som de behandlende organer fastsætter. Offentliggjort statistik påvirkes ikke.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Østrig
member-state-BE = Belgien
member-state-BG = Bulgarien
member-state-HR = Kroatien
member-state-CY = Cypern
member-state-CZ = Tjekkiet
member-state-DK = Danmark
member-state-EE = Estland
member-state-FI = Finland
member-state-FR = Frankrig
member-state-DE = Tyskland
member-state-EL = Grækenland
member-state-HU = Ungarn
member-state-IE = Irland
member-state-IT = Italien
member-state-LV = Letland
member-state-LT = Litauen
member-state-LU = Luxembourg
member-state-MT = Malta
member-state-NL = Nederlandene
member-state-PL = Polen
member-state-PT = Portugal
member-state-RO = Rumænien
member-state-SK = Slovakiet
member-state-SI = Slovenien
member-state-ES = Spanien
member-state-SE = Sverige

## Categories: sectors (Dansk Branchekode DB07 = NACE Rev. 2, hovedafsnit A-U)

sector-A = Landbrug, jagt, skovbrug og fiskeri
sector-B = Råstofindvinding
sector-C = Fremstillingsvirksomhed
sector-D = El-, gas- og fjernvarmeforsyning
sector-E = Vandforsyning, kloakvæsen, affaldshåndtering og rensning af jord og grundvand
sector-F = Bygge- og anlægsvirksomhed
sector-G = Engroshandel og detailhandel; reparation af motorkøretøjer og motorcykler
sector-H = Transport og godshåndtering
sector-I = Overnatningsfaciliteter og restaurationsvirksomhed
sector-J = Information og kommunikation
sector-K = Pengeinstitut- og finansvirksomhed, forsikring
sector-L = Fast ejendom
sector-M = Liberale, videnskabelige og tekniske tjenesteydelser
sector-N = Administrative tjenesteydelser og hjælpetjenester
sector-O = Offentlig administration og forsvar; socialsikring
sector-P = Undervisning
sector-Q = Sundhedsvæsen og sociale foranstaltninger
sector-R = Kultur, forlystelser og sport
sector-S = Andre serviceydelser
sector-T = Private husholdninger med ansat medhjælp; husholdningers produktion af varer og tjenesteydelser til eget brug, i.a.n.
sector-U = Ekstraterritoriale organisationer og organer

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Informationssikkerhed: uautoriseret adgang til oplysninger
incident-class-information-content-security--unauthorised-information-modification = Informationssikkerhed: oplysninger ændret uden tilladelse
incident-class-information-content-security--data-loss = Informationssikkerhed: tab af data
incident-class-information-content-security--leak-confidential-information = Informationssikkerhed: fortrolige oplysninger lækket
incident-class-intrusions--system-compromise = Indtrængen: et system (server eller computer) blev overtaget
incident-class-intrusions--application-compromise = Indtrængen: et program blev overtaget
incident-class-intrusions--privileged-account-compromise = Indtrængen: en administratorkonto blev overtaget
incident-class-intrusions--unprivileged-account-compromise = Indtrængen: en almindelig brugerkonto blev overtaget
incident-class-intrusions--burglary = Indtrængen: fysisk indbrud
incident-class-information-gathering--social-engineering = Informationsindsamling: personer blev manipuleret til at udlevere oplysninger (social manipulation)
incident-class-information-gathering--sniffing = Informationsindsamling: netværkstrafik blev aflyttet
incident-class-malicious-code--infected-system = Skadelig kode: et system blev inficeret
incident-class-fraud--masquerade = Svindel: nogen udgav sig for at være en person eller organisation, I stoler på
incident-class-fraud--phishing = Svindel: phishing (falske beskeder eller websteder for at få fat i adgangskoder eller data)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: webapplikation
attack-vector-hacking--backdoor-or-c2 = Hacking: bagdør eller fjernstyringskanal (C2)
attack-vector-hacking--desktop-sharing = Hacking: fjernskrivebord eller skærmdeling
attack-vector-hacking--vpn = Hacking: VPN-adgang
attack-vector-hacking--partner = Hacking: via en samarbejdspartners adgang (leverandør eller tjenesteudbyder)
attack-vector-hacking--command-shell = Hacking: kommandolinje (shell)
attack-vector-malware--email-attachment = Malware: vedhæftet fil i en e-mail
attack-vector-malware--email-link = Malware: link i en e-mail
attack-vector-malware--web-download = Malware: download fra et websted
attack-vector-malware--software-update = Malware: softwareopdatering
attack-vector-malware--direct-install = Malware: installeret direkte af angriberen
attack-vector-malware--network-propagation = Malware: spredt via netværket
attack-vector-social--email = Social manipulation: e-mail
attack-vector-social--phone = Social manipulation: telefonopkald
attack-vector-social--in-person = Social manipulation: ved personligt fremmøde
attack-vector-social--website = Social manipulation: websted
attack-vector-social--sms = Social manipulation: sms
attack-vector-misuse--lan-access = Misbrug fra en insider: adgang fra det interne netværk
attack-vector-misuse--physical-access = Misbrug fra en insider: fysisk adgang
attack-vector-misuse--remote-access = Misbrug fra en insider: fjernadgang
attack-vector-misuse--non-corporate = Misbrug fra en insider: uden for virksomhedens systemer (privat e-mail, private enheder eller netværk)
attack-vector-unknown = Ukendt eller endnu ikke kendt

## Categories: actor types

actor-type-competitor = Konkurrent
actor-type-nation-state = Statslig aktør (en fremmed stat eller dens myndigheder)
actor-type-organised-crime = Organiseret kriminalitet
actor-type-insider = Insider (en nuværende medarbejder eller konsulent)
actor-type-former-employee = Tidligere medarbejder
actor-type-unknown = Ukendt

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript er slået til: Din browser krypterer din indberetning og dine bilag til de modtagere, du vælger, før noget bliver sendt. Serveren modtager kun krypterede data.
js-status-checking = Kontrollerer formularen og sagsbehandlernes nøgler …
js-status-encrypting = Krypterer din indberetning og dine bilag i denne browser …
js-status-proof-of-work = Gør klar til afsendelse (en kort beregning, der beskytter kanalen mod automatiseret spam) …
js-status-sending = Sender den krypterede indberetning …
js-error-keyring = Sagsbehandlernes nøgler kunne ikke bekræftes: Nøgleringen er ikke underskrevet med den nøgle, hvis fingeraftryk vises på denne side. Intet blev sendt. Send ikke din indberetning fra denne side; kontakt EUIPO eller Europol via deres officielle websteder.
js-error-network = Indberetningen kunne ikke sendes, fordi forbindelsen blev afbrudt. Intet blev gemt. Kontrollér din forbindelse, og prøv igen.
js-error-crypto = Din browser kunne ikke kryptere indberetningen, så intet blev sendt. Prøv igen, eller slå JavaScript fra for at sende formularen uden.
js-error-file = En vedhæftet fil kunne ikke læses. Kontrollér, at den stadig findes, vedhæft den igen, og prøv igen.
js-error-kept = Dine svar og vedhæftede filer er stadig i formularen.
js-retry = Prøv igen
js-print = Udskriv kvitteringskoden

## Reviewer console (/console/)

console-name = Sagsbehandlerkonsol
console-nav-inbox = Indbakke
console-logout = Log ud
console-logout-everywhere = Log ud overalt
console-go-to-login = Gå til log ind-siden
console-refused-heading = Anmodningen blev afvist
console-login-heading = Log ind på sagsbehandlerkonsollen
console-login-submit = Log ind
console-field-name = Navn
console-field-password = Adgangskode
console-field-code = Kode fra din godkendelsesapp
console-field-code-hint = Den 6-cifrede kode, som din godkendelsesapp viser nu. Hver kode virker kun én gang.
console-notice-expired = Din session er udløbet. Log ind igen.
console-notice-logged-out = Du er logget ud.
console-error-login = Forkert navn, adgangskode eller kode. Prøv igen; efter mange mislykkede forsøg skal du vente et minut før det næste.
console-error-csrf = Formularen kunne ikke modtages, fordi dens sikkerhedstoken mangler, er forkert eller hører til en anden session. Intet blev ændret. Genindlæs siden, og prøv igen.
error-cross-site = Denne formular blev sendt fra et andet websted, så den blev afvist, og intet blev ændret. Åbn siden på dette websted, og send formularen derfra.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Sider
pager-previous = Forrige side
pager-next = Næste side
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Side { $page } af { $pages }
error-method-not-allowed = Denne adresse tager ikke imod denne slags forespørgsel.
error-headers-too-large = Forespørgslen indeholdt for mange headerdata og blev afvist. Slet dette websteds cookies, og prøv igen.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Et tekstfelt er for langt: grænsen er { $limit } pr. felt. Forkort teksten, og send den igen.
followup-unsent-label = Dit svar (ikke sendt)
followup-unsent-hint = Det blev ikke sendt, fordi kvitteringen ikke blev genkendt. Kopiér det, log ind igen med din kvittering, og send det fra din samtale.
console-enrol-heading = Opret din sagsbehandlerkonto
console-enrol-lead = Velkommen, { $name } ({ $body }). Vælg en adgangskode, og opsæt kodeappen. Linket virker kun én gang.
console-enrol-password-heading = 1. Adgangskode
console-field-new-password = Ny adgangskode
console-field-confirm-password = Samme adgangskode igen
console-enrol-password-hint = Mindst { $min } tegn. En adgangssætning med flere ord er lettest at huske.
console-enrol-totp-heading = 2. Godkendelsesapp
console-enrol-totp-scan = Scan denne QR-kode med din godkendelsesapp (tidsbaserede koder, TOTP).
console-enrol-totp-secret = Hvis du ikke kan scanne den, så indtast i stedet denne nøgle i appen:
console-enrol-code-hint = Indtast den 6-cifrede kode, som appen viser nu, for at afslutte.
console-enrol-submit = Afslut opsætningen
console-enrol-done = Din konto er klar. Du kan nu logge ind med dit navn, din adgangskode og en kode fra din godkendelsesapp.
console-enrol-fingerprint = Din nøgles fingeraftryk er { $fingerprint }. Din nøgle bruges først, når operatøren har føjet den til nøgleringen: operatøren vil bede dig læse fingeraftrykket op pr. telefon eller personligt og tilføjer kun din nøgle, hvis det stemmer.
console-error-enrol-link = Dette oprettelseslink er ikke gyldigt: Det er allerede brugt, det er udløbet, eller det er skrevet forkert. Bed den driftsansvarlige om et nyt link.
console-error-password-short = Adgangskoden er for kort: Brug mindst { $min } tegn.
console-error-password-mismatch = De to adgangskoder er ikke ens. Skriv den samme adgangskode i begge felter.
console-error-enrol-code = Koden er ikke rigtig. Kontrollér, at appen er sat op med nøglen ovenfor, og at din enheds ur går rigtigt, og indtast så den kode, den viser nu.
console-inbox-heading = Indbakke
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] én indberetning er sendt til jeres organisation.
   *[other] { $count } indberetninger er sendt til jeres organisation.
}
console-inbox-empty = Der er endnu ikke sendt nogen indberetninger til jeres organisation.
console-inbox-col-report = Indberetning
console-inbox-col-received = Modtaget (dag)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Krypteret af
console-status-new = Ny
console-status-acknowledged = Kvitteret
console-status-in-review = Under behandling
console-status-information-requested = Oplysninger anmodet
console-status-referred = Henvist
console-status-closed = Lukket
console-sealed-by-browser = Indberetterens browser
console-sealed-by-server = Serveren (sendt uden JavaScript: svagere garanti)
console-inbox-col-deadline = Næste frist (direktiv 2019/1937)
console-inbox-col-action = Skift status
console-deadline-acknowledgement = Kvittering senest { $day }
console-deadline-feedback = Tilbagemelding senest { $day }
console-deadline-overdue = Overskredet
console-deadline-due-soon = Udløber snart
console-deadline-none = Ingen (lukket)
console-deadline-counts = Frister: { $overdue } overskredet, { $soon } udløber inden for 2 dage.
console-status-change-label = Ny status
console-status-change-submit = Skift
console-status-final = Lukket: kan ikke ændres mere
console-transition-refused-heading = Statusskiftet blev afvist
console-error-transition = En indberetning kan ikke gå fra “{ $from }” til “{ $to }”. Intet blev ændret. Vælg en af de statusser, som indbakken tilbyder.
console-back-to-inbox = Tilbage til indbakken

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Nøgle til at læse indberetninger
console-enrol-needs-js = Der kræves en browser med JavaScript for at læse indberetninger: din personlige nøgle til at læse dem laves og låses i din browser, aldrig på serveren. Slå JavaScript til, eller brug en anden browser, for at gøre opsætningen af din konto færdig.
console-enrol-key-explain = Din browser laver nu din personlige nøgle til at læse indberetninger og låser den med en oplåsningsadgangssætning. Vælg en adgangssætning, der er forskellig fra din loginadgangskode. Den forlader aldrig denne browser: glemmer du den, skal operatøren lave en ny nøgle til dig.
console-field-unlock-passphrase = Oplåsningsadgangssætning
console-field-unlock-passphrase-confirm = Den samme oplåsningsadgangssætning igen
console-enrol-unlock-hint = Mindst { $min } tegn, og ikke din loginadgangskode.
console-error-unlock-short = Oplåsningsadgangssætningen er for kort: brug mindst { $min } tegn.
console-error-unlock-mismatch = De to oplåsningsadgangssætninger er ikke ens. Skriv den samme adgangssætning i begge felter.
console-error-unlock-same = Oplåsningsadgangssætningen skal være forskellig fra din loginadgangskode: loginadgangskoden sendes til serveren, det gør oplåsningsadgangssætningen aldrig.
console-enrol-key-working = Din nøgle laves og låses. Det tager nogle sekunder…
console-error-key-failed = Din browser kunne ikke lave nøglen. Genindlæs siden, og prøv igen.
console-error-enrol-key = Der kræves en browser med JavaScript for at læse indberetninger, og denne formular kom frem uden den nøgle, din browser laver. Slå JavaScript til, genindlæs siden, og prøv igen.

## Reviewer console: reading a report
console-report-heading = Indberetning
console-report-bodies = Sendt til
console-report-needs-js = Der kræves en browser med JavaScript for at læse indberetninger: indberetningen dekrypteres i din browser med din nøgle, aldrig på serveren.
console-report-no-key = Din konto har ingen nøgle til at læse indberetninger. Bed operatøren om et nyt tilmeldingslink.
console-unlock-heading = Lås din nøgle op
console-unlock-hint = Din oplåsningsadgangssætning bruges kun på denne side og sendes aldrig. Du skal bruge den igen, når du åbner en anden side.
console-unlock-submit = Lås op, og åbn indberetningen
console-unlock-working = Din nøgle låses op, og indberetningen åbnes…
console-error-unlock-wrong = Oplåsningsadgangssætningen er forkert. Intet blev åbnet. Prøv igen.
console-error-open-failed = Denne indberetning kan ikke åbnes med din nøgle. Den er måske sendt, før din nøgle kom i nøgleringen; en kollega, der kan læse den, kan give dig adgang.
console-error-keyring = Behandlernes nøgler kunne ikke verificeres: nøgleringen er ikke underskrevet af den nøgle, hvis fingeraftryk serveren blev startet med. Intet blev sendt.
console-error-keyring-rollback = Denne nøglering er ældre (lavere serienummer) end en, som denne browser allerede har set fra samme signeringsnøgle: det kan være en gammel nøglering, der er sat tilbage for at bruge en fjernet nøgle. Intet blev åbnet eller sendt. Kontakt operatøren.
console-error-network = Forbindelsen svigtede. Intet blev sendt. Tjek din forbindelse, og prøv igen.
console-report-fields-heading = Det, indberetteren sendte
console-report-field-member-state = Medlemsstat
console-report-field-sector = Sektor
console-report-field-incident-class = Hændelsestype
console-report-field-attack-vector = Angrebsvej
console-report-field-actor-type = Formodet gerningsmand
console-report-field-incident-month = Måned, tyveriet begyndte
console-report-field-detection-month = Måned, tyveriet blev opdaget
console-report-field-loss-eur = Anslået tab
console-report-field-jobs-at-risk = Truede arbejdspladser
console-report-field-what-taken = Hvad blev taget
console-report-field-narrative = Hvad skete der
console-report-field-contact = Kontakt
console-report-field-organisation-id = Momsnummer eller LEI
console-report-empty = (ikke oplyst)
console-report-attachments-heading = Vedhæftede filer
console-report-attachments-none = Ingen vedhæftede filer.
console-attachment-save = Dekryptér og gem
console-attachment-working = Dekrypterer…
console-error-attachment = Den vedhæftede fil kunne ikke dekrypteres: den er beskadiget eller ufuldstændig. Intet blev gemt.
console-thread-heading = Samtale med indberetteren
console-thread-empty = Ingen beskeder endnu.
console-thread-from-reporter = Indberetteren
console-thread-from-reviewer = Behandler
console-thread-note = Intern note
console-thread-unreadable = (denne besked kan ikke åbnes med din nøgle)
envelope-mismatch = Denne kuvert hører til en anden indberetning eller er af en anden art; den vises ikke.
conversation-from-signed = Fra { $name } (signatur kontrolleret)
conversation-from-channel = Automatisk meddelelse fra indberetningskanalen
message-bad-signature = Denne besked vises ikke: den udgiver sig for at komme fra en sagsbehandler, men dens signatur mangler eller passer ikke til nogen sagsbehandlernøgle i den signerede nøglering. Den kan være forfalsket; handl ikke på den.
console-ack-heading = Kvittér for indberetningen
console-ack-label = Kvittering til indberetteren
console-ack-default = Tak for jeres indberetning. Vi har modtaget den og vil behandle den. Hvis vi har spørgsmål, finder I dem her.
console-ack-submit = Kvittér og send
console-message-heading = Besked til indberetteren
console-message-label = Din besked
console-message-hint = Krypteres i din browser til indberetteren og til behandlerne af denne indberetning. Indberetteren læser den med sin kvitteringskode.
console-message-submit = Send til indberetteren
console-note-heading = Intern note
console-note-label = Din note
console-note-hint = Krypteres i din browser kun til behandlerne i din organisation. Indberetteren ser den aldrig.
console-note-submit = Tilføj noten
console-error-message-empty = Skriv først en besked (højst 20.000 tegn).
console-sending = Krypterer og sender…
console-sent = Sendt.
console-grants-heading = Adgang for kolleger
console-grants-hint = Kolleger i din organisation, hvis nøgler kom i nøgleringen efter denne indberetning, kan ikke læse den. Din browser kan give dem adgang ved at kryptere indberetningens nøgle til deres nøgle.
console-grants-none = Alle behandlere i din organisation i nøgleringen kan læse denne indberetning.
console-grant-submit = Giv adgang
console-grant-done = Adgang givet.
console-error-grant-exists = Denne kollega kan allerede læse denne indberetning.
console-classify-heading = Valideret klassifikation til statistikken
console-classify-hint = Ret de strukturerede felter, eller markér indberetningen som en dublet eller uden for området. Din browser krypterer den rettede post kun til anonymiseringen; den erstatter indberetterens post i statistikken. Beskrivelsen og kontaktoplysningerne er aldrig med.
console-classify-status = Indberetningens status i statistikken
console-classify-valid = Gyldig
console-classify-duplicate = Dublet af en anden indberetning
console-classify-out-of-scope = Uden for området
console-classify-submit = Gem den validerede klassifikation
console-classify-done = Den validerede klassifikation blev krypteret og gemt.
console-error-classify = Tjek klassifikationen: måneden skal ligge fra 1990 til og med det kvartal, indberetningen kom i, og tab og arbejdspladser skal være hele tal inden for grænserne. Intet blev gemt.
console-error-classify-unsigned = Klassifikationen kan ikke signeres: din signeringsnøgle er endnu ikke i den signerede nøglering. Intet blev gemt; bed operatøren om at tilføje din nøgle.
console-export-heading = Eksport til EC3 og CSIRT'er
console-export-hint = Din browser bygger filen ud fra den dekrypterede indberetning: klassifikationen, hvad der blev taget, og beskrivelsen, aldrig indberetterens kontaktoplysninger eller organisationsnummer. Hver eksport registreres i revisionsloggen.
console-export-tlp = Mærkning efter Traffic Light Protocol
console-export-stix = Eksportér STIX 2.1-bundt
console-export-misp = Eksportér MISP-hændelse
console-export-done = Eksporten blev registreret og gemt.

## Data portal (/portal/) and data API

portal-name = Statistik om tyveri af forretningshemmeligheder – dataportal
portal-nav-releases = Udgivelser
portal-nav-tokens = API-nøgler
portal-refused-heading = Ikke udført
portal-enrol-heading = Opret din portalkonto
portal-error-enrol-link = Dette tilmeldingslink er ikke gyldigt: det er allerede brugt, udløbet eller skrevet forkert. Bed operatøren om et nyt.
portal-enrol-lead = Kontoen { $name } for myndighederne i { $country }. Vælg en adgangskode, og opsæt din godkendelsesapp.
portal-enrol-submit = Afslut opsætningen
portal-enrol-done = Din konto er klar. Log ind med dit navn, din adgangskode og en kode fra din godkendelsesapp.
portal-login-heading = Log ind på dataportalen
portal-releases-heading = Udgivelser
portal-releases-lead = Logget ind som { $name } ({ $country }). Hver udgivelse indeholder den differentielt private EU-statistik for ét kvartal.
portal-releases-none = Der er endnu ikke udgivet noget.
portal-releases-caption = Udgivelser, nyeste kvartal først
portal-col-period = Kvartal
portal-col-date = Udgivet den
portal-col-epsilon = Brugt privatlivsbudget (ε)
portal-col-status = Status
portal-col-release = Udgivelse
portal-status-published = Udgivet
portal-release-heading = Statistik for { $period }
portal-release-intervals-hint = Hver søjle viser den udgivne værdi; stregen hen over den viser 95 %-intervallet, tegnet fra nul hvor det går under nul. Hvert diagram har sine tal i en tabel under sig.
portal-summary-reports = Indberetninger i EU
portal-summary-truncated = Udeladte indberetninger (mere end k pr. organisation)
portal-summary-loss = Anslåede tab i EU
portal-chart-quarter = Indberetninger pr. kvartal
portal-chart-quarter-note = Kvartalet for denne udgivelse er fremhævet.
portal-chart-state-quarter = Indberetninger i din medlemsstat pr. kvartal
portal-chart-series = { $category }: indberetninger pr. kvartal
portal-chart-series-note = Den branche eller angrebsvektor, der er indberettet mest i denne udgivelse; data-API'et giver alle brancher og angrebsvektorer på tværs af kvartaler.
portal-chart-sector = Indberetninger pr. branche (NACE)
portal-chart-attack-vector = Indberetninger pr. angrebsvektor
portal-chart-member-state = Indberetninger pr. medlemsstat
portal-chart-yours = (fremhævet)
portal-chart-highlight = { $country } er fremhævet og markeret.
portal-chart-desc = Vandret søjlediagram med { $count ->
        [one] én kategori
       *[other] { $count } kategorier
    }, hver med sit 95 %-interval. Højeste: { $top }, { $value }. Tabellen under diagrammet har alle værdier.
portal-chart-show-table = Vis tallene som tabel
portal-chart-table-caption = { $chart }: udgivne værdier og 95 %-intervaller
portal-col-category = Kategori
portal-col-value = Udgivet værdi
portal-col-interval = 95 %-interval
portal-method-heading = Sådan er tallene lavet
portal-method-promise = Tallene er differentielt private. Den beskyttede enhed er én organisations indberetninger i kvartalet: uanset om den indberettede, og hvad den indberettede, ville ethvert offentliggjort tal være næsten lige så sandsynligt. "Næsten" fastsættes af privatlivsbudgettet ε = { $epsilon } for denne udgivelse: intet resultat bliver mere end { $factor } gange mere sandsynligt på grund af én organisations indberetninger i dette kvartal. Et kalenderårs udgivelser bruger tilsammen højst ε = { $year_cap }, så over et år er faktoren højst { $year_factor }; over flere år ganges faktorerne.
portal-method-unit = En organisation genkendes på det momsnummer eller LEI, den har angivet (skrevet i én standardform og omdannet til et pseudonym, som kun anonymiseringsjobbet kan beregne); højst { $k } af dens indberetninger tæller pr. kvartal. Den genkendes kun på denne identifikator: en organisation, der angiver et momsnummer i én indberetning og et LEI i en anden, eller hvis datterselskaber indberetter hver for sig, tæller som flere. En indberetning uden identifikator beskyttes for sig: en organisation, der sender flere indberetninger uden, beskyttes for hver indberetning, ikke for dem alle samlet.
portal-method-truncation = Omkring { $dropped } indberetninger (omkring { $share } % af alle) blev udeladt, fordi deres organisation indberettede mere end { $k } gange i kvartalet. Tallet er selv påvirket af støj og tæller højst { $k } pr. organisation, så det sande tal er højere. Hvilke indberetninger der blev medtaget, blev afgjort tilfældigt, ikke af indholdet.
portal-method-noise = Der er lagt tilfældig støj på hver celle i hver tabel, også på celler med nul; ingen celle skjules, fordi den er lille. Et lille tal kan derfor være ren støj.
portal-method-intervals = 95 %-intervallerne viser, hvor langt støjen kan have flyttet et tal: de indeholder den målte værdi i mindst omkring 95 af 100 tilfælde. Den målte værdi er de medtagne indberetningers, med hvert tab begrænset til loftet; de udeladte indberetninger og den del af tabene, der ligger over loftet, indgår ikke, så tallene og deres intervaller er lavere end det modtagne. Intervallerne beregnes ud fra det offentligt kendte støjniveau, ikke ud fra indberetningerne, og går aldrig under nul.
portal-method-consistency = Medlemsstaternes tal summerer til EU-tallene, og alle tabeller summerer til den samme total. Tallene er hele tal, aldrig negative, hvert inden for omkring én af det middelrette skøn (længere kun hvor nabo-skøn faldt under nul); en medlemsstats total og summen af dens sektorer kan afvige med støjen. De rå støjbehæftede målinger står også i CSV-filerne.
portal-method-losses = Hvert anslået tab tæller med op til { $bound } euro; større tab tæller som dette beløb.
portal-method-budget = Dette kvartal har brugt ε { $quarter } af sin grænse { $quarter_cap }; året { $year } har brugt ε { $year_spent } af { $year_cap }. Et kvartals statistik beregnes aldrig igen med mere budget.
portal-method-opendp = Beregnet med OpenDP { $version }. De funktioner, der bruges her, ligger i dets "contrib"-del, som OpenDP-holdet endnu ikke har gennemgået; metodefilen angiver hver tabels mekanisme, støjskala og budget.
portal-downloads-heading = Filer
portal-download-archive = Hele udgivelsen som ét arkiv ({ $name }) med kontrolsummer og signatur
portal-verify-heading = Kontrollér en fil, du har modtaget
portal-verify-text = Arkivet indeholder SHA256SUMS, kontrolsummen for hver fil, og SHA256SUMS.sig, en signatur af den med udgivelsesnøglen. Alle kan kontrollere en kopi, de har fået fra andre: gem dette websteds keyring.json og keyring.sig i en mappe, og kør kommandoen nedenfor. Den stoler kun på nøgleringen, hvis den er signeret med den nøgle, hvis fingeraftryk EUIPO og Europol offentliggør, og henter udgivelsesnøglen (vist nedenfor) fra den.
portal-verify-key = Udgivelsesnøgle:
portal-verify-fingerprint = Fingeraftryk:
portal-tokens-heading = API-nøgler
portal-tokens-lead = En nøgle lader et program læse udgivelserne gennem data-API'et (kun læsning). Giv hvert program sin egen nøgle, så du kan tilbagekalde én uden at stoppe de andre.
portal-token-new-heading = Opret en nøgle
portal-token-name = Navn
portal-token-name-hint = Hvad nøglen bruges til, f.eks. "natlig import".
portal-token-create = Opret nøglen
portal-token-created = Din nye nøgle står nedenfor. Kopiér den nu: den vises kun denne ene gang og kan ikke ses igen.
portal-token-use = Send den med hver forespørgsel som:
portal-tokens-list-heading = Dine nøgler
portal-tokens-none = Du har endnu ingen nøgler.
portal-token-created-on = Oprettet den
portal-token-last-used = Sidst brugt den
portal-token-state = Status
portal-token-revoke = Tilbagekald
portal-token-revoked-on = Tilbagekaldt den { $day }
portal-token-revoked = Nøglen er tilbagekaldt: den virker ikke længere.
portal-error-token-name = Giv nøglen et navn på højst { $max } tegn.
error-unauthorized = Der kræves en gyldig API-nøgle: send "Authorization: Bearer" med en nøgle, der er oprettet på portalen og ikke tilbagekaldt.

# console triage
console-triage-heading = Hvad rapporterne handler om
console-triage-hint = Lås din nøgle op for at se, hvad hver rapport handler om, og for at søge i, filtrere og sortere dem. Rapporterne dekrypteres i denne browser; hverken de eller dine søgninger sendes til serveren.
console-triage-search = Søg i rapporternes tekst
console-triage-all = Alle
console-triage-sort = Rækkefølge
console-triage-sort-newest = Nyeste først
console-triage-sort-oldest = Ældste først
console-triage-sort-deadline = Næste frist først
console-triage-reset = Ryd søgning og filtre
console-triage-col-summary = Rapport (første linje af beskrivelsen)
console-triage-col-language = Sprog
console-triage-col-attachments = Vedhæftede filer
console-triage-count = Fundne rapporter: { $shown } af { $total }
console-triage-page = Side { $page } af { $pages }
console-triage-pages = Listens sider
console-triage-previous = Forrige side
console-triage-next = Næste side
console-triage-none = Ingen rapport passer til søgningen og filtrene.
console-triage-working = Dekrypterer rapporterne…
console-triage-unreadable = Denne rapport kan ikke åbnes med din nøgle.
error-summary-entry = { $field }: { $message }
error-field-recipients = Modtagere
error-field-actor-type = Hvem stod bag
error-field-loss-eur = Anslået tab
error-field-jobs-at-risk = Truede arbejdspladser
error-field-attachments = Vedhæftede filer
error-field-contact = Kontakt
error-field-organisation-id = Momsnummer eller LEI
error-field-consent = Bekræftelse
console-nav-figures = Nøgletal
console-figures-heading = Nøgletal for ledelsen
console-figures-lead = { $body }: kun antal og varigheder, beregnet ud fra de dage, serveren registrerer. Intet fra rapporternes indhold.
console-figures-csv = Hent som CSV
console-figures-received = Modtagne rapporter pr. måned
console-figures-month = Måned
console-figures-count = Rapporter
console-figures-timing = Tid til kvittering og til tilbagemelding
console-figures-step = Trin
console-figures-done = Udført
console-figures-median = Median (dage)
console-figures-p90 = 90. percentil (dage)
console-figures-within = Inden for fristen
console-figures-within-value = { $within } af { $decided } ({ $percent } %)
console-figures-ack = Kvittering (senest 7 dage efter modtagelse)
console-figures-feedback = Tilbagemelding (senest 3 måneder efter kvitteringen)
console-figures-open = Åbne sager efter status
console-figures-definitions = Tilbagemelding er den første dag efter kvitteringen, hvor en sagsbehandler skrev til indberetteren, eller den dag sagen blev lukket, alt efter hvad der kom først. Median og percentil efter nærmeste-rang-metoden. Andelene tæller udførte og overskredne trin; sager, der stadig er inden for fristen, tælles ikke endnu.
console-assign-heading = Tildeling
console-assign-label = Tildelt
console-assign-nobody = Ingen
console-assign-submit = Tildel
console-triage-assigned-me = Tildelt mig
console-triage-unassigned = Ikke tildelt

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Beskeden kan ikke signeres: din signeringsnøgle er endnu ikke i den signerede nøglering. Intet blev sendt; bed operatøren om at tilføje din nøgle.
console-casefile-heading = Sagsmappe til overdragelse
console-casefile-hint = Bygges i din browser ud fra den åbnede indberetning; intet af den sendes til serveren. Revisionsloggen registrerer kun selve eksporten: formatet, de medtagne dele og hvor mange udtryk der blev sværtet over.
console-casefile-parts = Dele, der medtages
console-casefile-part-fields = Indberetningens felter
console-casefile-part-conversation = Samtale
console-casefile-part-attachments = Vedhæftede filer med deres SHA-256
console-casefile-part-classification = Klassifikation
console-casefile-redact-contact = Sværg indberetterens kontaktoplysninger og organisationsnummer over
console-casefile-terms = Navne og ord, der skal sværtes over
console-casefile-terms-hint = Ét pr. linje. Hvert erstattes af overstregningsmærket overalt i sagsmappen, uanset store og små bogstaver.
console-casefile-download = Download sagsmappen (HTML)
console-casefile-print = Udskriv eller gem som PDF
console-casefile-working = Sagsmappen forberedes: de vedhæftede filer dekrypteres …
console-casefile-done = Eksporten af sagsmappen blev registreret.
console-casefile-no-parts = Vælg mindst én del, der skal medtages.
console-casefile-title = Sagsmappe for indberetning
console-casefile-prepared = Udarbejdet den
console-casefile-marker = [OVERSTREGET]
console-casefile-redactions = Overstregninger
console-casefile-redacted-contact = Indberetterens kontaktoplysninger og organisationsnummer
console-casefile-redacted-terms = Udtryk markeret af sagsbehandleren
console-casefile-verified = signatur kontrolleret
# --- indicators ---
report-section-indicators = Tekniske indikatorer (valgfrit)
report-indicators-lead = Hvis I har tekniske spor af angrebet, så angiv dem her, én værdi pr. linje. Sagsbehandlerne kan dele dem med CSIRT'er for at blokere angriberne.
field-indicator-ip = IP-adresser eller -intervaller
hint-indicator-ip = IPv4 eller IPv6 eller et CIDR-interval: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domænenavne
hint-indicator-domain = For eksempel files.example.com; internationale navne i deres xn---form.
field-indicator-url = Webadresser (URL'er)
hint-indicator-url = Den fulde adresse, der begynder med https:// eller et andet skema.
field-indicator-email = E-mailadresser
hint-indicator-email = For eksempel afsenderen af en phishingmail.
field-indicator-hash = Filhashes
hint-indicator-hash = MD5, SHA-1 eller SHA-256, hexadecimalt.
field-indicator-file-name = Filnavne
hint-indicator-file-name = Kun navnet, uden mappe: faktura.pdf.exe.
field-indicator-observations = Andre tekniske observationer
hint-indicator-observations = Alt andet, der kan hjælpe: værktøjer, konti, tidspunkter.
error-indicator-ip = Linje { $line } er ikke en IP-adresse eller et CIDR-interval.
error-indicator-domain = Linje { $line } er ikke et domænenavn.
error-indicator-url = Linje { $line } er ikke en fuld webadresse (som https://example.com/sti).
error-indicator-email = Linje { $line } er ikke en e-mailadresse.
error-indicator-hash = Linje { $line } er ikke en MD5-, SHA-1- eller SHA-256-hash.
error-indicator-file-name = Linje { $line } er ikke et filnavn (uden mappe, højst 255 tegn).
error-indicator-count = Angiv højst { $max } værdier i dette felt.
console-indicators-heading = Tekniske indikatorer
console-taxii-heading = Send til en TAXII 2.1-samling
console-taxii-hint = STIX 2.1-pakken med det TLP-niveau, der er valgt ovenfor, går fra denne browser direkte til jeres organs TAXII-server; adresse og loginoplysninger gemmes ikke.
console-taxii-url = Samlingens adresse (slutter med /collections/<id>/)
console-taxii-user = Brugernavn
console-taxii-password = Adgangskode
console-taxii-push = Send til TAXII
console-taxii-done = Pakken er føjet til TAXII-samlingen.
console-taxii-failed = TAXII-serveren afviste pakken eller kunne ikke nås. Kontrollér adresse og loginoplysninger, og at serveren tillader denne konsols oprindelse (CORS).
# --- tags and referral ---
console-tags-heading = Mærker
console-tags-hint = Mærker kommer fra jeres organs faste liste, som operatøren vedligeholder. Navnene kan ses af den, der driver serveren: brug dem som kendetegn, aldrig til sagens indhold.
console-tags-none = Ingen mærker på denne indberetning.
console-tags-field = Mærke
console-tags-add = Tilføj mærke
console-tags-remove = Fjern mærke
console-error-tag-unknown = Dette mærke er ikke på jeres organs liste. Intet blev ændret.
console-refer-heading = Henvis til { $body }
console-refer-hint = Indberetningens nøgle forsegles i din browser til nøglerne for { $body } i den verificerede nøglering. { $body } ser derefter indberetningen i sin indbakke med egne frister regnet fra i dag.
console-refer-note = Note til { $body } (valgfri)
console-refer-note-hint = Forseglet til begge organer som en intern note; vises aldrig for indberetteren.
console-refer-tell = Underret indberetteren i samtalen
console-refer-message = Besked til indberetteren
console-refer-message-default = Din indberetning er henvist til { $body }, som også vil behandle den.
console-refer-submit = Henvis indberetningen
console-refer-done = Indberetningen blev henvist.
console-referrals-heading = Henvisninger
console-referral-line = Henvist fra { $from } til { $to } af { $who } den { $day }.
console-referral-note = Note:
console-triage-referred-from = Henvist af { $body }
console-error-referral-same = En indberetning kan kun henvises til det andet organ.
console-error-referral-exists = { $body } har allerede denne indberetning; den blev ikke henvist igen.
console-error-referral-slots = De forseglede nøgler svarer ikke præcis til nøglerne for { $body } i nøgleringen. Intet blev henvist.
# --- security keys (WebAuthn) ---
account-nav-keys = Sikkerhedsnøgler
account-keys-heading = Sikkerhedsnøgler
account-keys-lead = En sikkerhedsnøgle eller en adgangsnøgle på din telefon eller computer kan erstatte godkendelseskoden ved login og kan ikke phishes. Du kan tilføje flere.
account-keys-totp-allowed = Din konto kan også logge ind med en godkendelseskode.
account-keys-totp-forbidden = Din konto logger kun ind med en sikkerhedsnøgle: godkendelseskoder afvises.
account-keys-list-heading = Dine nøgler
account-keys-none = Der er endnu ikke tilføjet nogen sikkerhedsnøgle.
account-key-name = Nøglens navn
account-key-name-hint = For eksempel "blå nøgle", så du kan genkende den på listen.
account-key-added-on = Tilføjet
account-key-last-used = Sidst brugt
account-key-actions = Handlinger
account-key-remove = Fjern
account-key-new-heading = Tilføj en sikkerhedsnøgle
account-key-add = Tilføj sikkerhedsnøglen
account-key-touch = Følg browserens anvisninger, og rør ved din sikkerhedsnøgle.
account-key-failed = Sikkerhedsnøglen svarede ikke, eller anmodningen blev annulleret. Prøv igen.
account-key-needs-js = Det kræver JavaScript i denne browser at tilføje en sikkerhedsnøgle.
account-key-unavailable = Sikkerhedsnøgler kan ikke bruges på denne servers adresse. Kontakt operatøren.
account-key-added = Sikkerhedsnøglen er tilføjet.
account-key-removed = Sikkerhedsnøglen er fjernet.
account-key-last = Dette er din sidste sikkerhedsnøgle, og din konto må ikke bruge godkendelseskoder: tilføj en anden nøgle, før du fjerner denne.
account-key-expired = Anmodningen tog for lang tid. Prøv igen.
account-key-invalid = Sikkerhedsnøglens svar blev ikke godkendt. Prøv igen.
account-key-duplicate = Denne sikkerhedsnøgle er allerede tilføjet.
account-key-too-many = Du har det største tilladte antal sikkerhedsnøgler. Fjern først en.
account-error-key-name = Giv nøglen et navn på 1 til { $max } tegn.
account-key-signin-heading = Brug din sikkerhedsnøgle
account-key-signin-lead = Din adgangskode er korrekt. Bekræft login med din sikkerhedsnøgle.
account-key-signin-submit = Brug min sikkerhedsnøgle
account-key-signin-needs-js = En sikkerhedsnøgle kræver JavaScript i denne browser.
account-key-signin-back = Log i stedet ind med en godkendelseskode
account-field-code-key-hint = Hvis du bruger en sikkerhedsnøgle, skal du lade koden stå tom: du bruger nøglen i næste trin.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Underretninger
console-notify-lead = En oversigt med kun tal: nye indberetninger, nye beskeder fra indberettere, frister der snart udløber og overskredne frister. Den indeholder aldrig en indberetnings indhold, id eller titel.
console-notify-email = E-mailadresse
console-notify-email-hint = Oversigten sendes til denne adresse. Lad feltet stå tomt for ingen e-mail.
console-notify-webhook = Webhook-URL
console-notify-webhook-hint = De samme tal sendes hertil som JSON (HTTP POST). Adressen skal begynde med https://. Lad feltet stå tomt for ingen.
console-notify-frequency = Hvor ofte
console-notify-off = Aldrig
console-notify-daily = Hver dag
console-notify-weekly = Hver uge
console-notify-send-empty = Send oversigten, selv når intet er sket
console-notify-send-empty-hint = Så kommer der en oversigt hver gang, og dens ankomst afslører intet om nye indberetninger.
console-notify-language = Oversigtens sprog
console-notify-save = Gem
console-notify-saved = Dine indstillinger for underretninger er gemt.
console-notify-error-email = E-mailadresse: indtast en fuldstændig adresse, f.eks. navn@example.eu.
console-notify-error-webhook = Webhook-URL: indtast en fuldstændig adresse, f.eks. https://hooks.example.eu/digest, uden brugernavn, adgangskode eller #.
console-notify-error-https = Webhook-URL: adressen skal begynde med https:// (http:// kun til denne maskine).
console-notify-error-destination = E-mailadresse: indtast en e-mailadresse eller en webhook-URL, eller vælg »Aldrig«.
notify-mail-subject = Indberetningskanal: din oversigt
notify-mail-intro = Oversigt for { $body } fra { $from } til { $through }. Kun tal: log ind i konsollen for at se indberetningerne.
notify-mail-new-reports = Nye indberetninger: { $count }
notify-mail-new-replies = Nye beskeder fra indberettere: { $count }
notify-mail-ack-due = Kvitteringer der forfalder inden for 2 dage: { $count }
notify-mail-feedback-due = Tilbagemeldinger der forfalder inden for 14 dage: { $count }
notify-mail-ack-overdue = Forsinkede kvitteringer: { $count }
notify-mail-feedback-overdue = Forsinkede tilbagemeldinger: { $count }
notify-mail-nothing = Intet nyt og intet forfaldent.
notify-mail-footer = Du modtager denne oversigt, fordi du har bedt om den i konsollen (Underretninger). Du kan ændre eller stoppe den dér.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Modtagelse bekræftet den
conversation-acknowledgement-due = Kvittering for modtagelse senest
conversation-feedback-due = Tilbagemelding senest
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Relaterede indberetninger
console-related-hint = Matchet via nøglebaserede hashværdier af indikatorerne og organisationens identifikator, beregnet i din browser: serveren ser aldrig en indikator. Kun indberetninger, som dit organ må åbne, vises.
console-related-none = Ingen anden indberetning hos dit organ deler en indikator med denne.
console-related-report = Indberetning { $report }
console-related-shares = fælles indikatorer: { $count }
console-related-incident = muligvis samme hændelse (samme organisationsidentifikator)
console-related-refused = Korrelationsnøglen, som serveren tilbød, er ikke den, der står i den signerede nøglering: den blev ikke brugt, og intet blev sendt.
console-related-confirm = Bekræft denne indberetning som dublet
console-related-unavailable = Korrelation er endnu ikke tilgængelig: ingen korrelationsnøgle er forseglet til din post i nøgleringen.
