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
error-rate-limited = For mange forsøg på kort tid. Vent et par minutter, og prøv igen.
error-server = Der opstod en fejl hos os, og intet er blevet gemt. Prøv igen senere.
error-unavailable = Tjenesten er midlertidigt utilgængelig. Prøv igen senere.

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
