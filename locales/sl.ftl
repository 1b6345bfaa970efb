### Slovenščina (sl). Same message ids and { $placeholders } as en.ftl (checked by `cargo test -p i18n`).
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Slovenščina
language-switch-label = Jezik
language-switch-button = Zamenjaj jezik

## Page chrome

site-name = Kanal za prijavo kraje poslovnih skrivnosti
skip-to-content = Preskoči na glavno vsebino
nav-label = Glavni meni
nav-home = Domača stran
nav-report = Prijava kraje
nav-follow-up = Spremljanje prijave
footer-privacy-notice = Izjava o varstvu osebnih podatkov
footer-recipients = Prijave prejmeta EUIPO in Evropski center za boj proti kibernetski kriminaliteti (EC3) pri Europolu.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day }. { $month ->
        [1] januarja
        [2] februarja
        [3] marca
        [4] aprila
        [5] maja
        [6] junija
        [7] julija
        [8] avgusta
        [9] septembra
        [10] oktobra
        [11] novembra
       *[12] decembra
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Prijava kibernetske kraje poslovnih skrivnosti
page-title-report = Oddaja prijave
page-title-follow-up = Spremljanje vaše prijave
page-title-privacy = Izjava o varstvu osebnih podatkov

## Reporter landing page

home-heading = Prijavite krajo poslovnih skrivnosti v kibernetskem napadu
home-intro = Če so bile poslovne skrivnosti vašega podjetja ukradene v kibernetskem napadu, lahko to tukaj prostovoljno in zaupno prijavite uradu EUIPO (Urad Evropske unije za intelektualno lastnino) in Evropskemu centru za boj proti kibernetski kriminaliteti (EC3) pri Europolu.
home-point-recipients = Sami izberete, kdo prejme vašo prijavo: EUIPO, Europol EC3 ali oba.
home-point-encrypted = Vaša prijava je šifrirana tako, da jo lahko preberejo samo obravnavalci pri organih, ki jih izberete. To spletno mesto je nikoli ne shrani v berljivi obliki.
home-point-anonymous = Prijavo lahko oddate, ne da bi navedli svoje ime ali ime svojega podjetja.
home-point-receipt = Ko prijavo pošljete, prejmete kodo potrdila. Skrbno jo shranite: potrebujete jo, da preberete vprašanja obravnavalcev in nanje odgovorite, če pa jo izgubite, je ni mogoče nadomestiti.
home-point-statistics = Odgovori, ki jih izberete s seznamov (na primer dejavnost in vrsta napada), se uporabljajo tudi za statistiko na ravni EU. Dodan jim je šum, tako da ni mogoče prepoznati nobenega podjetja.
home-no-javascript = Obrazec deluje tudi z izklopljenim JavaScriptom (na primer v najvarnejšem načinu brskalnika Tor Browser). Vašo prijavo takrat namesto vašega brskalnika šifrira strežnik takoj ob prejemu, kar pomeni nekoliko šibkejšo zaščito.
home-start-button = Začni prijavo
home-follow-up-heading = Ste prijavo že poslali?
home-follow-up-text = S kodo potrdila lahko preberete sporočila obravnavalcev in nanje odgovorite.
home-follow-up-button = Nadaljuj s kodo potrdila

## Form: common parts

form-optional = (neobvezno)
form-choose = Izberite …
# Read by screen readers before each field error.
form-error-prefix = Napaka:
recipient-euipo = EUIPO (Urad Evropske unije za intelektualno lastnino)
recipient-ec3 = Europol EC3 (Evropski center za boj proti kibernetski kriminaliteti)

## Errors: whole pages

error-page-title = Prišlo je do napake
error-bad-request = Zahteve ni bilo mogoče razumeti. Vrnite se nazaj in poskusite znova.
error-not-found = Ta stran ne obstaja. Preverite naslov ali začnite znova na domači strani.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Poslani podatki so preveliki: omejitev je { $limit }. Odstranite ali zmanjšajte priloge in poskusite znova.
error-csrf = Zaradi vaše varnosti je ta obrazec potekel in nič ni bilo shranjeno. Znova naložite stran in obrazec pošljite še enkrat.
error-form-used = Ta obrazec je bil že poslan: vaša prijava je bila prejeta enkrat, s kodo potrdila, ki je bila takrat prikazana. Za novo prijavo odprite nov obrazec.
error-rate-limited = Preveč poskusov v kratkem času. Počakajte nekaj minut in poskusite znova.
error-server = Pri nas je prišlo do napake in nič ni bilo shranjeno. Poskusite znova pozneje.
error-unavailable = Storitev trenutno ni na voljo. Poskusite znova pozneje.
error-unavailable-title = Začasno ni na voljo
error-database-unavailable = Trenutno ne moremo shranjevati ali brati prijav, zato nič ni bilo shranjeno. Počakajte minuto in prijavo pošljite znova.

## Errors: form fields

error-required = To polje je obvezno.
error-unknown-choice = Izberite eno od možnosti s seznama.
error-month-format = Mesec vnesite v obliki YYYY-MM, na primer 2026-03.
error-month-future = Mesec ne sme biti v prihodnosti.
error-month-too-early = Mesec ne sme biti pred letom { $year }.
error-detection-before-incident = Mesec odkritja kraje ne sme biti pred mesecem, v katerem se je kraja začela.
error-number-format = Vnesite celo število, na primer 250000.
# { $max } is an amount in euros.
error-loss-too-large = Znesek ne sme presegati { $max } EUR.
error-jobs-too-large = Število delovnih mest ne sme presegati { $max }.
error-too-long =
    { $max ->
        [one] Besedilo je predolgo: uporabite največ { $max } znak.
        [two] Besedilo je predolgo: uporabite največ { $max } znaka.
        [few] Besedilo je predolgo: uporabite največ { $max } znake.
       *[other] Besedilo je predolgo: uporabite največ { $max } znakov.
    }
error-organisation-id = Vnesite identifikacijsko številko za DDV (na primer DK12345678) ali kodo LEI (20 črk in števk) ali pustite polje prazno.
error-recipients = Izberite vsaj enega prejemnika: EUIPO, Europol EC3 ali oba.
error-consent = Pred pošiljanjem prijave označite polje za potrditev.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Obrazec vsebuje { $count } napako. Popravite jo in obrazec pošljite znova.
        [two] Obrazec vsebuje { $count } napaki. Popravite ju in obrazec pošljite znova.
        [few] Obrazec vsebuje { $count } napake. Popravite jih in obrazec pošljite znova.
       *[other] Obrazec vsebuje { $count } napak. Popravite jih in obrazec pošljite znova.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Prstni odtis zbirke ključev (primerjajte ga s prstnim odtisom, ki ga objavljata EUIPO in Europol):
error-go-back = Za vrnitev na obrazec uporabite gumb za nazaj v brskalniku; vneseni podatki so običajno še vedno tam.
# { $limit } is a number of files.
error-too-many-files = Preveč datotek: priložite lahko največ { $limit }. Nekatere odstranite in poskusite znova.

## Page titles (intake)

page-title-confirmation = Prijava je prejeta
page-title-conversation = Vaša prijava

## Landing page: what the server sees

home-server-heading = Kaj to spletno mesto vidi in česa ne
home-server-cannot = Ne more brati vaše prijave, prilog ali sporočil: pred shranjevanjem so šifrirani za obravnavalce, ključe za njihovo odpiranje pa imajo samo obravnavalci.
home-server-can = Vidi, da je bila na določen dan poslana prijava, kateremu organu in približno kako velika je. Nikoli ne beleži vašega naslova IP, brskalnika ali natančnega časa.
home-fingerprint-heading = Preverite, ali uporabljate pravi kanal
home-fingerprint-text = Prijave se šifrirajo za ključe v zbirki ključev, ki jo podpisuje ključ kanala brez povezave (offline). Njen prstni odtis je naveden spodaj; EUIPO in Europol objavljata isti prstni odtis na svojih spletnih mestih.
home-tor-heading = Anonimna prijava
home-tor-text = Za najvišjo raven anonimnosti uporabite brskalnik Tor Browser, se hkrati ne vpisujte v nobeno drugo storitev in pred prilaganjem datotek iz njih odstranite imena in metapodatke (avtor, podjetje, GPS).

## Report form

report-heading = Prijava kraje poslovnih skrivnosti
report-lead = Polja, označena kot neobvezna, lahko pustite prazna. Vse, kar napišete, in vaše priloge se šifrirajo za prejemnike, ki jih izberete.
report-guarantee-server = Brez JavaScripta vašo prijavo šifrira strežnik v pomnilniku takoj ob prejemu in je nikoli ne shrani v berljivi obliki. Z vklopljenim JavaScriptom jo pred pošiljanjem šifrira vaš brskalnik.
report-files-dropped = Zaradi vaše varnosti se priložene datoteke ne ohranijo, če se obrazec vrne z napakami. Priložite jih znova.
report-section-classification = O incidentu
report-section-when = Kdaj se je zgodilo
report-section-impact = Posledice
report-section-account = Kaj se je zgodilo
report-section-optional = Neobvezni podatki
report-submit = Šifriraj in pošlji prijavo
field-recipients = Kdo naj prejme prijavo?
hint-recipients = Izberite enega ali oba. Prijavo lahko preberejo samo obravnavalci pri organih, ki jih izberete.
field-member-state = Država članica, v kateri ima vaše podjetje sedež
hint-member-state = Uporablja se za statistiko EU po državah.
field-sector = Dejavnost vašega podjetja
hint-sector = Področje NACE vaše glavne dejavnosti.
field-incident-class = Vrsta incidenta
hint-incident-class = Izberite, kar najbolje ustreza; obravnavalci lahko izbiro popravijo.
field-attack-vector = Kako so napadalci prišli v sistem
hint-attack-vector = Če tega še ne veste, izberite „Neznano“.
field-actor-type = Kdo je po vašem mnenju stal za napadom?
hint-actor-type = Navedite svojo najboljšo oceno; „Neznano“ je tudi veljaven odgovor.
field-incident-month = Mesec, v katerem se je kraja začela
hint-incident-month = V obliki YYYY-MM, na primer 2026-03. Zadošča ocena.
field-detection-month = Mesec, v katerem je bila kraja odkrita
hint-detection-month = V obliki YYYY-MM.
field-loss-eur = Ocenjena škoda v eurih (neobvezno)
hint-loss-eur = Celo število, na primer 250000. Če je ne morete oceniti, pustite polje prazno.
field-jobs-at-risk = Ogrožena delovna mesta (neobvezno)
hint-jobs-at-risk = Koliko delovnih mest je zaradi kraje ogroženih, če to lahko ocenite.
field-what-taken = Kaj je bilo ukradeno
hint-what-taken = Na primer: izvorna koda, načrti, seznami strank, recepture, proizvodni postopki.
field-narrative = Kaj se je zgodilo
hint-narrative = S svojimi besedami opišite napad in kako ste ga odkrili: datume, prizadete sisteme in kaj ste od takrat storili.
field-attachments = Priloge (neobvezno)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Število datotek: največ { $max_files }; velikost posamezne datoteke: največ { $max_mib } MB. Datoteke se šifrirajo že ob prejemu.
field-contact = Kako vas lahko obravnavalci kontaktirajo? (neobvezno)
hint-contact = Če želite ostati anonimni, pustite polje prazno: sporočila lahko še vedno berete in nanje odgovarjate s kodo potrdila.
field-organisation-id = Identifikacijska številka za DDV ali koda LEI podjetja (neobvezno)
hint-organisation-id = Neobvezno. Je šifrirano: berejo ga lahko pregledovalci izbranih organov; nikoli se ne objavi. V statistiki postane psevdonim, da se vaše podjetje šteje največ enkrat na četrtletje in objavljeni podatki varujejo prijave podjetja kot celoto (privzeto ε = 1 na četrtletje, največ ε = 4 na leto). Brez njega je vsaka prijava varovana posebej, ne vse vaše prijave skupaj.
field-consent = Potrjujem, da so podatki po mojem najboljšem vedenju točni, in se strinjam, da se obdelujejo, kot je opisano v izjavi o varstvu osebnih podatkov.
hint-consent = Prijavo lahko pozneje umaknete tako, da s kodo potrdila pišete obravnavalcem.

## Confirmation

confirmation-heading = Vaša prijava je prejeta
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Vaša prijava je bila šifrirana in poslana prejemnikom: { $recipients }.
confirmation-receipt-heading = Vaša koda potrdila
confirmation-receipt-text = To kodo si zdaj zapišite ali jo prenesite. Potrebujete jo, da preberete vprašanja obravnavalcev in nanje odgovorite.
confirmation-receipt-once = Ta koda je prikazana samo enkrat. Nihče, tudi obravnavalci ne, je ne more obnoviti za vas.
confirmation-download = Prenesi kodo potrdila kot besedilno datoteko
confirmation-print = To stran lahko tudi natisnete: natisneta se samo koda in ta navodila.
confirmation-guarantee-heading = Kako je bila vaša prijava zaščitena
confirmation-sealed-by-server = Vaš brskalnik je prijavo poslal brez JavaScripta, zato jo je strežnik ob prejemu šifriral v pomnilniku. Na disk nikoli ni bila zapisana v berljivi obliki.
confirmation-sealed-by-browser = Vaš brskalnik je prijavo šifriral pred pošiljanjem; strežnik je nikoli ni videl v berljivi obliki.
confirmation-next-heading = Kaj sledi
confirmation-next-text = Obravnavalci potrdijo prejem prijave v 7 dneh in posredujejo povratne informacije v 3 mesecih. Njihova sporočila lahko preberete, ko se vrnete s kodo potrdila.
recipients-both = EUIPO in EC3
receipt-file-title = Koda potrdila za vašo prijavo prek kanala za prijavo kraje poslovnih skrivnosti
receipt-file-keep = To kodo hranite na varnem in je ne razkrijte nikomur. Uporabite jo na strani kanala za spremljanje prijave.

## Follow-up

followup-heading = Spremljanje vaše prijave
followup-lead = Vnesite kodo potrdila, ki ste jo prejeli ob pošiljanju prijave.
followup-receipt-label = Koda potrdila
followup-receipt-hint = 24 črk in števk, na primer 7KQM-2XPA-…; vezaji in presledki niso pomembni.
followup-submit = Odpri mojo prijavo
followup-wrong-receipt = Tej kodi potrdila ne ustreza nobena prijava. Preverite vsak znak in poskusite znova.

## Conversation

conversation-heading = Vaša prijava
conversation-status = Stanje
conversation-received = Prejeto dne
conversation-sealed-by-server = To prijavo je ob prejemu šifriral strežnik (poslana je bila brez JavaScripta).
conversation-messages = Sporočila
conversation-empty = Sporočil še ni. Obravnavalci potrdijo prejem prijave v 7 dneh.
conversation-from-you = Vi
conversation-from-reviewer = Obravnavalec
conversation-reply-heading = Pišite obravnavalcem
conversation-reply-label = Vaše sporočilo
conversation-reply-submit = Šifriraj in pošlji sporočilo
conversation-reply-sent = Vaše sporočilo je bilo šifrirano in poslano.
conversation-reply-empty = Pred pošiljanjem napišite sporočilo ali priložite datoteko.
status-new = Prejeto, prejem še ni potrjen
status-acknowledged = Prejem potrjen
status-in-review = V obravnavi
status-information-requested = Obravnavalci so vas zaprosili za informacije
status-referred = Odstopljeno pristojnim organom
status-closed = Zaključeno

## Privacy notice

privacy-heading = Izjava o varstvu osebnih podatkov
privacy-controllers = Prijave obdelujeta EUIPO in Europol (EC3), vsak tiste, ki so naslovljene nanj, in sicer na podlagi Uredbe (EU) 2018/1725 oziroma Uredbe (EU) 2016/794.
privacy-what-heading = Kaj se obdeluje
privacy-what-text = Vsebina vaše prijave, njene priloge in vaša sporočila so šifrirani tako, da jih lahko preberejo samo obravnavalci pri organih, ki ste jih izbrali. Dan prejema prijave, njeno stanje in prejemniki se zaradi spremljanja rokov hranijo v berljivi obliki.
privacy-not-heading = Česa se nikoli ne beleži
privacy-not-text = Vaš naslov IP, vaš brskalnik in natančen čas vaših obiskov se nikoli ne shranjujejo ali beležijo. Na straneh za prijavo se ne uporabljajo piškotki.
privacy-statistics-heading = Statistika
privacy-statistics-text = Odgovori, izbrani s seznamov, se uporabljajo za statistiko na ravni EU, objavljeno z diferencialno zasebnostjo. Varovano je podjetje pod navedeno identifikacijsko številko za DDV ali LEI: ali je v četrtletju prijavilo, in kaj, spremeni verjetnost katerega koli objavljenega podatka največ za faktor e^ε, v mejah, objavljenih z vsako izdajo (privzeto ε = 1 na četrtletje, faktor 2,7, in ε = 4 na koledarsko leto, faktor 55; v več letih se faktorji množijo). Prijave brez identifikatorja so varovane posamično, zato je podjetje, ki jih pošlje več brez njega, manj varovano. Podatki so ocene s šumom, ne natančna štetja.
privacy-retention-heading = Kako dolgo se prijave hranijo
privacy-retention-text = Zaključene prijave se izbrišejo po preteku obdobja hrambe, ki ga določijo organi, ki jih obravnavajo. To ne vpliva na objavljeno statistiko.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Avstrija
member-state-BE = Belgija
member-state-BG = Bolgarija
member-state-HR = Hrvaška
member-state-CY = Ciper
member-state-CZ = Češka
member-state-DK = Danska
member-state-EE = Estonija
member-state-FI = Finska
member-state-FR = Francija
member-state-DE = Nemčija
member-state-EL = Grčija
member-state-HU = Madžarska
member-state-IE = Irska
member-state-IT = Italija
member-state-LV = Latvija
member-state-LT = Litva
member-state-LU = Luksemburg
member-state-MT = Malta
member-state-NL = Nizozemska
member-state-PL = Poljska
member-state-PT = Portugalska
member-state-RO = Romunija
member-state-SK = Slovaška
member-state-SI = Slovenija
member-state-ES = Španija
member-state-SE = Švedska

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Kmetijstvo in lov, gozdarstvo, ribištvo
sector-B = Rudarstvo
sector-C = Predelovalne dejavnosti
sector-D = Oskrba z električno energijo, plinom in paro
sector-E = Oskrba z vodo; ravnanje z odplakami in odpadki; saniranje okolja
sector-F = Gradbeništvo
sector-G = Trgovina; vzdrževanje in popravila motornih vozil
sector-H = Promet in skladiščenje
sector-I = Gostinstvo
sector-J = Informacijske in komunikacijske dejavnosti
sector-K = Finančne in zavarovalniške dejavnosti
sector-L = Poslovanje z nepremičninami
sector-M = Strokovne, znanstvene in tehnične dejavnosti
sector-N = Druge raznovrstne poslovne dejavnosti
sector-O = Dejavnost javne uprave in obrambe; dejavnost obvezne socialne varnosti
sector-P = Izobraževanje
sector-Q = Zdravstvo in socialno varstvo
sector-R = Kulturne, razvedrilne in rekreacijske dejavnosti
sector-S = Druge dejavnosti
sector-T = Dejavnost gospodinjstev z zaposlenim hišnim osebjem; proizvodnja za lastno rabo
sector-U = Dejavnost eksteritorialnih organizacij in teles

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Varnost informacij: nepooblaščen dostop do informacij
incident-class-information-content-security--unauthorised-information-modification = Varnost informacij: nepooblaščena sprememba informacij
incident-class-information-content-security--data-loss = Varnost informacij: izguba podatkov
incident-class-information-content-security--leak-confidential-information = Varnost informacij: uhajanje zaupnih informacij
incident-class-intrusions--system-compromise = Vdor: prevzem sistema (strežnika ali računalnika)
incident-class-intrusions--application-compromise = Vdor: prevzem aplikacije
incident-class-intrusions--privileged-account-compromise = Vdor: prevzem skrbniškega računa
incident-class-intrusions--unprivileged-account-compromise = Vdor: prevzem običajnega uporabniškega računa
incident-class-intrusions--burglary = Vdor: fizični vlom
incident-class-information-gathering--social-engineering = Zbiranje informacij: manipuliranje ljudi, da razkrijejo informacije (socialni inženiring)
incident-class-information-gathering--sniffing = Zbiranje informacij: prestrezanje omrežnega prometa
incident-class-malicious-code--infected-system = Zlonamerna koda: okužen sistem
incident-class-fraud--masquerade = Goljufija: izdajanje za osebo ali organizacijo, ki ji zaupate
incident-class-fraud--phishing = Goljufija: ribarjenje oziroma phishing (lažna sporočila ali spletna mesta za pridobivanje gesel ali podatkov)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hekerski napad: spletna aplikacija
attack-vector-hacking--backdoor-or-c2 = Hekerski napad: zadnja vrata (backdoor) ali kanal za oddaljeno upravljanje (C2)
attack-vector-hacking--desktop-sharing = Hekerski napad: oddaljeno namizje ali deljenje zaslona
attack-vector-hacking--vpn = Hekerski napad: dostop prek VPN
attack-vector-hacking--partner = Hekerski napad: prek dostopa partnerja (dobavitelja ali ponudnika storitev)
attack-vector-hacking--command-shell = Hekerski napad: ukazna lupina
attack-vector-malware--email-attachment = Zlonamerna programska oprema: priloga e-poštnega sporočila
attack-vector-malware--email-link = Zlonamerna programska oprema: povezava v e-poštnem sporočilu
attack-vector-malware--web-download = Zlonamerna programska oprema: prenos s spletnega mesta
attack-vector-malware--software-update = Zlonamerna programska oprema: posodobitev programske opreme
attack-vector-malware--direct-install = Zlonamerna programska oprema: napadalec jo je namestil neposredno
attack-vector-malware--network-propagation = Zlonamerna programska oprema: širjenje po omrežju
attack-vector-social--email = Socialni inženiring: e-pošta
attack-vector-social--phone = Socialni inženiring: telefonski klic
attack-vector-social--in-person = Socialni inženiring: osebni stik
attack-vector-social--website = Socialni inženiring: spletno mesto
attack-vector-social--sms = Socialni inženiring: besedilno sporočilo (SMS)
attack-vector-misuse--lan-access = Zloraba s strani notranje osebe: dostop iz notranjega omrežja
attack-vector-misuse--physical-access = Zloraba s strani notranje osebe: fizični dostop
attack-vector-misuse--remote-access = Zloraba s strani notranje osebe: oddaljeni dostop
attack-vector-misuse--non-corporate = Zloraba s strani notranje osebe: zunaj sistemov podjetja (zasebna e-pošta, zasebne naprave ali omrežja)
attack-vector-unknown = Neznano ali še ni znano

## Categories: actor types

actor-type-competitor = Konkurent
actor-type-nation-state = Državni akter (tuja vlada ali njene agencije)
actor-type-organised-crime = Organizirani kriminal
actor-type-insider = Notranja oseba (sedanji zaposleni ali pogodbeni sodelavec)
actor-type-former-employee = Nekdanji zaposleni
actor-type-unknown = Neznano

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript je vklopljen: vaš brskalnik šifrira prijavo in priloge za izbrane prejemnike, preden se karkoli pošlje. Strežnik vedno prejme samo šifrirane podatke.
js-status-checking = Preverjanje obrazca in ključev obravnavalcev …
js-status-encrypting = Šifriranje prijave in prilog v tem brskalniku …
js-status-proof-of-work = Priprava na pošiljanje (kratek izračun, ki kanal ščiti pred samodejno neželeno pošto) …
js-status-sending = Pošiljanje šifrirane prijave …
js-error-keyring = Ključev obravnavalcev ni bilo mogoče preveriti: zbirke ključev ni podpisal ključ, katerega prstni odtis je prikazan na tej strani. Nič ni bilo poslano. Prijave ne pošiljajte s te strani; na EUIPO ali Europol se obrnite prek njunih uradnih spletnih mest.
js-error-network = Prijave ni bilo mogoče poslati, ker povezava ni uspela. Nič ni bilo shranjeno. Preverite povezavo in poskusite znova.
js-error-crypto = Vaš brskalnik prijave ni mogel šifrirati, zato nič ni bilo poslano. Poskusite znova ali izklopite JavaScript in obrazec pošljite brez njega.
js-error-file = Priložene datoteke ni bilo mogoče prebrati. Preverite, ali še obstaja, jo znova priložite in poskusite še enkrat.
js-error-kept = Vaši odgovori in priložene datoteke so še vedno v obrazcu.
js-retry = Poskusi znova
js-print = Natisni kodo potrdila

## Reviewer console (/console/)

console-name = Konzola za obravnavalce
console-nav-inbox = Prejete prijave
console-logout = Odjava
console-logout-everywhere = Odjava na vseh napravah
console-go-to-login = Na stran za vpis
console-refused-heading = Zahteva je zavrnjena
console-login-heading = Vpis v konzolo za obravnavalce
console-login-submit = Vpis
console-field-name = Uporabniško ime
console-field-password = Geslo
console-field-code = Koda iz aplikacije za preverjanje pristnosti
console-field-code-hint = 6-mestna koda, ki jo aplikacija za preverjanje pristnosti trenutno prikazuje. Vsaka koda deluje samo enkrat.
console-notice-expired = Vaša seja je potekla. Znova se vpišite.
console-notice-logged-out = Odjavljeni ste.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Napačno ime, geslo ali koda. Poskusite znova; po številnih neuspelih poskusih počakajte minuto pred naslednjim.
console-error-csrf = Tega obrazca ni bilo mogoče sprejeti, ker njegov varnostni žeton manjka, je napačen ali je iz druge seje. Nič ni bilo spremenjeno. Znova naložite stran in poskusite še enkrat.
error-cross-site = Ta obrazec je bil poslan z drugega spletnega mesta, zato je bil zavrnjen in nič ni bilo spremenjeno. Odprite stran na tem spletnem mestu in obrazec pošljite od tam.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Strani
pager-previous = Prejšnja stran
pager-next = Naslednja stran
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Stran { $page } od { $pages }
error-method-not-allowed = Ta naslov ne sprejema te vrste zahteve.
error-headers-too-large = Zahteva je vsebovala preveč podatkov v glavah in je bila zavrnjena. Izbrišite piškotke tega spletnega mesta in poskusite znova.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Besedilno polje je predolgo: omejitev je { $limit } na polje. Skrajšajte besedilo in ga pošljite znova.
followup-unsent-label = Vaš odgovor (ni poslan)
followup-unsent-hint = Ni bil poslan, ker potrdilo ni bilo prepoznano. Kopirajte ga, se znova prijavite s svojim potrdilom in ga pošljite iz svojega pogovora.
console-enrol-heading = Nastavitev računa obravnavalca
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Pozdravljeni, { $name } ({ $body }). Izberite geslo za vpis in nastavite aplikacijo za kode. Ta povezava deluje samo enkrat.
console-enrol-password-heading = 1. Geslo za vpis
console-field-new-password = Novo geslo
console-field-confirm-password = Ponovite geslo
# { $min } is a number of characters.
console-enrol-password-hint = Najmanjše število znakov: { $min }. Geslo iz več besed si je najlažje zapomniti.
console-enrol-totp-heading = 2. Aplikacija za preverjanje pristnosti
console-enrol-totp-scan = To kodo QR skenirajte z aplikacijo za preverjanje pristnosti (časovno omejene kode, TOTP).
console-enrol-totp-secret = Če je ne morete skenirati, v aplikacijo vnesite ta ključ:
console-enrol-code-hint = Za dokončanje vnesite 6-mestno kodo, ki jo aplikacija zdaj prikazuje.
console-enrol-submit = Dokončaj nastavitev
console-enrol-done = Vaš račun je pripravljen. Zdaj se lahko vpišete z imenom, geslom in kodo iz aplikacije za preverjanje pristnosti.
console-enrol-fingerprint = Prstni odtis vašega ključa je { $fingerprint }. Vaš ključ se uporabi šele, ko ga upravljavec doda v obesek ključev: upravljavec vas bo prosil, da mu ta prstni odtis preberete po telefonu ali osebno, in bo ključ dodal le, če se ujema.
console-error-enrol-link = Ta povezava za registracijo ni veljavna: bila je že uporabljena, je potekla ali je bila napačno vnesena. Za novo povezavo zaprosite skrbnika.
console-error-password-short = Geslo je prekratko: najmanjše število znakov je { $min }.
console-error-password-mismatch = Gesli se ne ujemata. V obe polji vnesite isto geslo.
console-error-enrol-code = Koda ni pravilna. Preverite, ali je bila aplikacija nastavljena z zgornjim ključem in ali je ura vaše naprave pravilna, nato vnesite kodo, ki jo aplikacija prikazuje zdaj.
console-inbox-heading = Prejete prijave
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] vaši organizaciji je naslovljena { $count } prijava.
    [two] vaši organizaciji sta naslovljeni { $count } prijavi.
    [few] vaši organizaciji so naslovljene { $count } prijave.
   *[other] vaši organizaciji je naslovljenih { $count } prijav.
}
console-inbox-empty = Vaši organizaciji še ni bila naslovljena nobena prijava.
console-inbox-col-report = Prijava
console-inbox-col-received = Prejeto (dan)
console-inbox-col-status = Stanje
console-inbox-col-sealed-by = Šifriral
console-status-new = Nova
console-status-acknowledged = Prejem potrjen
console-status-in-review = V obravnavi
console-status-information-requested = Zaprošene informacije
console-status-referred = Odstopljena
console-status-closed = Zaključena
console-sealed-by-browser = Brskalnik prijavitelja
console-sealed-by-server = Strežnik (poslano brez JavaScripta: šibkejše jamstvo)
console-inbox-col-deadline = Naslednji rok (Direktiva 2019/1937)
console-inbox-col-action = Sprememba stanja
console-deadline-acknowledgement = Potrditev prejema do { $day }
console-deadline-feedback = Povratne informacije do { $day }
console-deadline-overdue = Rok je potekel
console-deadline-due-soon = Rok kmalu poteče
console-deadline-none = Brez (zaključeno)
console-deadline-counts = Roki – potekli: { $overdue }; potečejo v 2 dneh: { $soon }.
console-status-change-label = Novo stanje
console-status-change-submit = Spremeni
console-status-final = Zaključeno: nadaljnje spremembe niso mogoče
console-transition-refused-heading = Sprememba stanja je zavrnjena
console-error-transition = Prijava ne more preiti iz stanja „{ $from }“ v stanje „{ $to }“. Nič ni bilo spremenjeno. Izberite eno od stanj, ki so na voljo v seznamu prejetih prijav.
console-back-to-inbox = Nazaj na prejete prijave

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Ključ za branje prijav
console-enrol-needs-js = Za branje prijav potrebujete brskalnik z JavaScriptom: vaš osebni ključ za branje prijav se ustvari in zaklene v vašem brskalniku, nikoli na strežniku. Za dokončanje nastavitve računa vklopite JavaScript ali uporabite drug brskalnik.
console-enrol-key-explain = Vaš brskalnik bo zdaj ustvaril vaš osebni ključ za branje prijav in ga zaklenil z geslom za odklep. Izberite geslo, ki se razlikuje od gesla za vpis. Ključ nikoli ne zapusti tega brskalnika: če geslo za odklep pozabite, vam mora skrbnik nastaviti nov ključ.
console-field-unlock-passphrase = Geslo za odklep
console-field-unlock-passphrase-confirm = Ponovite geslo za odklep
console-enrol-unlock-hint = Najmanjše število znakov: { $min }; ne sme biti enako geslu za vpis.
console-error-unlock-short = Geslo za odklep je prekratko: najmanjše število znakov je { $min }.
console-error-unlock-mismatch = Gesli za odklep se ne ujemata. V obe polji vnesite isto geslo.
console-error-unlock-same = Geslo za odklep se mora razlikovati od gesla za vpis: geslo za vpis se pošlje strežniku, geslo za odklep pa nikoli.
console-enrol-key-working = Ustvarjanje in zaklepanje ključa. To traja nekaj sekund …
console-error-key-failed = Vaš brskalnik ni mogel ustvariti ključa. Znova naložite stran in poskusite še enkrat.
console-error-enrol-key = Za branje prijav potrebujete brskalnik z JavaScriptom, ta obrazec pa je prispel brez ključa, ki ga ustvari vaš brskalnik. Vklopite JavaScript, znova naložite stran in poskusite še enkrat.

## Reviewer console: reading a report
console-report-heading = Prijava
console-report-bodies = Prejemniki
console-report-needs-js = Za branje prijav potrebujete brskalnik z JavaScriptom: prijava se dešifrira v vašem brskalniku z vašim ključem, nikoli na strežniku.
console-report-no-key = Vaš račun nima ključa za branje prijav. Za novo povezavo za registracijo zaprosite skrbnika.
console-unlock-heading = Odklenite svoj ključ
console-unlock-hint = Geslo za odklep se uporablja samo na tej strani in se nikoli ne pošlje. Ko odprete drugo stran, ga boste potrebovali znova.
console-unlock-submit = Odkleni in odpri prijavo
console-unlock-working = Odklepanje ključa in odpiranje prijave …
console-error-unlock-wrong = Geslo za odklep ni pravilno. Nič ni bilo odprto. Poskusite znova.
console-error-open-failed = Te prijave ni mogoče odpreti z vašim ključem. Morda je bila poslana, preden je bil vaš ključ dodan v zbirko ključev; dostop vam lahko odobri sodelavec, ki jo lahko bere.
console-error-keyring = Ključev obravnavalcev ni bilo mogoče preveriti: zbirke ključev ni podpisal ključ, s katerega prstnim odtisom je bil zagnan ta strežnik. Nič ni bilo poslano.
console-error-keyring-rollback = Ta obesek ključev je starejši (nižja serijska številka) od obeska, ki ga je ta brskalnik že videl z istim ključem za podpisovanje: morda je bil vrnjen star obesek, da bi se uporabil odstranjeni ključ. Nič ni bilo odprto ali poslano. Obvestite upravljavca.
console-error-network = Povezava ni uspela. Nič ni bilo poslano. Preverite povezavo in poskusite znova.
console-report-fields-heading = Kaj je poslal prijavitelj
console-report-field-member-state = Država članica
console-report-field-sector = Dejavnost
console-report-field-incident-class = Vrsta incidenta
console-report-field-attack-vector = Vektor napada
console-report-field-actor-type = Domnevni storilec
console-report-field-incident-month = Mesec začetka kraje
console-report-field-detection-month = Mesec odkritja kraje
console-report-field-loss-eur = Ocenjena škoda
console-report-field-jobs-at-risk = Ogrožena delovna mesta
console-report-field-what-taken = Kaj je bilo ukradeno
console-report-field-narrative = Kaj se je zgodilo
console-report-field-contact = Kontakt
console-report-field-organisation-id = Številka za DDV ali koda LEI
console-report-empty = (ni navedeno)
console-report-attachments-heading = Priloge
console-report-attachments-none = Ni prilog.
console-attachment-save = Dešifriraj in shrani
console-attachment-working = Dešifriranje …
console-error-attachment = Priloge ni bilo mogoče dešifrirati: je poškodovana ali nepopolna. Nič ni bilo shranjeno.
console-thread-heading = Komunikacija s prijaviteljem
console-thread-empty = Sporočil še ni.
console-thread-from-reporter = Prijavitelj
console-thread-from-reviewer = Obravnavalec
console-thread-note = Interni zaznamek
console-thread-unreadable = (tega sporočila ni mogoče odpreti z vašim ključem)
envelope-mismatch = Ta ovojnica pripada drugi prijavi ali je druge vrste; ni prikazana.
conversation-from-signed = Od { $name } (podpis preverjen)
conversation-from-channel = Samodejno obvestilo kanala za prijave
message-bad-signature = To sporočilo ni prikazano: trdi, da je od pregledovalca, vendar njegov podpis manjka ali se ne ujema z nobenim ključem pregledovalca v podpisanem obesku ključev. Lahko je ponarejeno; ne ravnajte po njem.
console-ack-heading = Potrditev prejema prijave
console-ack-label = Potrdilo za prijavitelja
console-ack-default = Zahvaljujemo se vam za prijavo. Prejeli smo jo in jo bomo obravnavali. Če bomo imeli vprašanja, jih boste našli tukaj.
console-ack-submit = Potrdi in pošlji
console-message-heading = Sporočilo prijavitelju
console-message-label = Vaše sporočilo
console-message-hint = Šifrira se v vašem brskalniku za prijavitelja in obravnavalce te prijave. Prijavitelj ga prebere s svojo kodo potrdila.
console-message-submit = Pošlji prijavitelju
console-note-heading = Interni zaznamek
console-note-label = Vaš zaznamek
console-note-hint = Šifrira se v vašem brskalniku samo za obravnavalce vaše organizacije. Prijavitelj ga nikoli ne vidi.
console-note-submit = Dodaj zaznamek
console-error-message-empty = Najprej napišite sporočilo (največ 20 000 znakov).
console-sending = Šifriranje in pošiljanje …
console-sent = Poslano.
console-grants-heading = Dostop za sodelavce
console-grants-hint = Sodelavci iz vaše organizacije, katerih ključi so bili dodani v zbirko ključev po prejemu te prijave, je ne morejo brati. Vaš brskalnik jim lahko odobri dostop tako, da ključ prijave šifrira z njihovim ključem.
console-grants-none = To prijavo lahko berejo vsi obravnavalci vaše organizacije, ki so v zbirki ključev.
console-grant-submit = Odobri dostop
console-grant-done = Dostop je odobren.
console-error-grant-exists = Ta sodelavec to prijavo že lahko bere.
console-classify-heading = Potrjena razvrstitev za statistiko
console-classify-hint = Popravite strukturirana polja ali prijavo označite kot podvojeno ali kot zunaj področja uporabe. Vaš brskalnik šifrira popravljeni zapis samo za modul za anonimizacijo; ta v statistiki nadomesti zapis prijavitelja. Opis dogodka in kontaktni podatki nikoli niso del tega zapisa.
console-classify-status = Status prijave
console-classify-valid = Veljavna
console-classify-duplicate = Dvojnik druge prijave
console-classify-out-of-scope = Zunaj področja uporabe
console-classify-submit = Shrani potrjeno razvrstitev
console-classify-done = Potrjena razvrstitev je bila šifrirana in shranjena.
console-error-classify = Preverite razvrstitev: mesec mora biti med letom 1990 in četrtletjem, v katerem je prijava prispela, škoda in število delovnih mest pa morata biti celi števili znotraj dovoljenih meja. Nič ni bilo shranjeno.
console-error-classify-unsigned = Razvrstitve ni mogoče podpisati: vašega ključa za podpisovanje še ni v podpisanem obesku ključev. Nič ni bilo shranjeno; prosite upravljavca, naj doda vaš ključ.
console-export-heading = Izvoz za EC3 in skupine CSIRT
console-export-hint = Vaš brskalnik ustvari datoteko iz dešifrirane prijave: razvrstitev, podatke o tem, kaj je bilo ukradeno, in opis dogodka, nikoli pa kontaktnih podatkov prijavitelja ali identifikatorja organizacije. Vsak izvoz se zabeleži v revizijski dnevnik.
console-export-tlp = Oznaka TLP (Traffic Light Protocol)
console-export-stix = Izvozi sveženj STIX 2.1
console-export-misp = Izvozi dogodek MISP
console-export-done = Izvoz je bil zabeležen in shranjen.

## Data portal (/portal/) and data API

portal-name = Statistika kraj poslovnih skrivnosti – podatkovni portal
portal-nav-releases = Izdaje
portal-nav-tokens = Žetoni API
portal-refused-heading = Ni izvedeno
portal-enrol-heading = Nastavitev računa na portalu
portal-error-enrol-link = Ta povezava za registracijo ni veljavna: bila je že uporabljena, je potekla ali je bila napačno vnesena. Za novo zaprosite skrbnika.
portal-enrol-lead = Račun { $name } za pristojne organe ({ $country }). Izberite geslo in nastavite aplikacijo za preverjanje pristnosti.
portal-enrol-submit = Dokončaj nastavitev
portal-enrol-done = Vaš račun je pripravljen. Vpišite se z imenom, geslom in kodo iz aplikacije za preverjanje pristnosti.
portal-login-heading = Vpis v podatkovni portal
portal-releases-heading = Izdaje
portal-releases-lead = Vpisani uporabnik: { $name } ({ $country }). Vsaka izdaja vsebuje statistiko EU za eno četrtletje, zaščiteno z diferencialno zasebnostjo.
portal-releases-none = Nobena izdaja še ni bila objavljena.
portal-releases-caption = Objavljene izdaje, od najnovejšega četrtletja naprej
portal-col-period = Četrtletje
portal-col-date = Objavljeno dne
portal-col-epsilon = Porabljeni proračun zasebnosti (ε)
portal-col-status = Stanje
portal-col-release = Izdaja
portal-status-published = Objavljeno
portal-release-heading = Statistika za { $period }
portal-release-intervals-hint = Vsak stolpec prikazuje objavljeno vrednost; črta čezenj prikazuje 95-odstotni interval, ki je narisan od nič, če sega pod nič. Pod vsakim diagramom je tabela z njegovimi vrednostmi.
portal-summary-reports = Prijave v EU
portal-summary-truncated = Izpuščene prijave (več kot k na organizacijo)
portal-summary-loss = Ocenjena škoda v EU
portal-chart-quarter = Prijave po četrtletjih
portal-chart-quarter-note = Četrtletje te izdaje je poudarjeno.
portal-chart-state-quarter = Prijave v vaši državi članici po četrtletjih
portal-chart-series = { $category }: prijave po četrtletjih
portal-chart-series-note = Sektor ali vektor napada z največ prijavami v tej objavi; podatkovni API daje vse sektorje in vektorje napada po četrtletjih.
portal-chart-sector = Prijave po dejavnostih (NACE)
portal-chart-attack-vector = Prijave po vektorjih napada
portal-chart-member-state = Prijave po državah članicah
portal-chart-yours = (poudarjeno)
portal-chart-highlight = Poudarjeno in označeno: { $country }.
portal-chart-desc = Vodoravni stolpčni diagram z { $count ->
        [one] { $count } kategorijo
        [two] { $count } kategorijama
        [few] { $count } kategorijami
       *[other] { $count } kategorijami
    }, vsaka s 95-odstotnim intervalom. Najvišja vrednost: { $top }, { $value }. Tabela pod diagramom vsebuje vse vrednosti.
portal-chart-show-table = Prikaži vrednosti v tabeli
portal-chart-table-caption = { $chart }: objavljene vrednosti in 95-odstotni intervali
portal-col-category = Kategorija
portal-col-value = Objavljena vrednost
portal-col-interval = 95-odstotni interval
portal-method-heading = Kako so bili ti podatki pripravljeni
portal-method-promise = Podatki so diferencialno zasebni. Varovana enota so prijave ene organizacije v četrtletju: ne glede na to, ali je prijavila in kaj, bi bil vsak objavljeni podatek skoraj enako verjeten. »Skoraj« določa proračun zasebnosti ε = { $epsilon } te izdaje: noben rezultat zaradi prijav ene organizacije v tem četrtletju ne postane več kot { $factor }-krat verjetnejši. Izdaje koledarskega leta skupaj porabijo največ ε = { $year_cap }, zato je v letu faktor največ { $year_factor }; v več letih se faktorji množijo.
portal-method-unit = Organizacija se prepozna po navedeni številki za DDV ali LEI (zapisani v enotni obliki in pretvorjeni v psevdonim, ki ga lahko izračuna le anonimizator); na četrtletje se šteje največ { $k } njenih prijav. Prepozna se samo po tem identifikatorju: organizacija, ki v eni prijavi navede številko za DDV, v drugi pa LEI, ali katere hčerinske družbe prijavljajo ločeno, šteje kot več organizacij. Prijava brez identifikatorja je varovana sama zase: organizacija, ki pošlje več prijav brez njega, je varovana za vsako prijavo, ne za vse skupaj.
portal-method-truncation = Približno { $dropped } prijav (približno { $share } % vseh) je bilo izpuščenih, ker je njihova organizacija v četrtletju prijavila več kot { $k }-krat. To število samo vsebuje šum in šteje največ { $k } na organizacijo; dejansko število je višje. Katere prijave so ostale, je odločil naključni izbor, ne njihova vsebina.
portal-method-noise = Vsaki celici vsake tabele je bil dodan naključni šum, tudi celicam z vrednostjo nič; nobena celica ni skrita zato, ker je njena vrednost majhna. Majhen podatek je zato lahko zgolj šum.
portal-method-intervals = 95-odstotni intervali kažejo, koliko je šum lahko premaknil podatek: izmerjeno vrednost vsebujejo v vsaj približno 95 primerih od 100. Izmerjena vrednost je vrednost ohranjenih prijav, z vsako izgubo omejeno na zgornjo mejo; izpuščene prijave in del izgub nad mejo niso vključeni, zato so podatki in njihovi intervali nižji od prejetega. Intervali se izračunajo iz javno znane ravni šuma, ne iz prijav, in nikoli ne segajo pod nič.
portal-method-consistency = Podatki držav članic se seštejejo v podatke EU in vsaka tabela se sešteje v isto skupno vsoto. Podatki so cela števila, nikoli negativna, vsak približno do ena od nepristranske ocene (dlje le tam, kjer so sosednje ocene padle pod nič); skupno število države članice in vsota njenih sektorjev se lahko razlikujeta za šum. Surove meritve s šumom so tudi v datotekah CSV.
portal-method-losses = Vsaka ocenjena škoda se upošteva do zneska { $bound } EUR; večja škoda se upošteva v tem znesku.
portal-method-budget = To četrtletje je porabilo ε { $quarter } od svoje omejitve { $quarter_cap }; leto { $year } je porabilo ε { $year_spent } od { $year_cap }. Statistika za četrtletje se nikoli ne izračuna znova z večjim proračunom.
portal-method-opendp = Izračunano z OpenDP { $version }. Funkcije, uporabljene tukaj, so v njegovem delu „contrib“, ki ga ekipa OpenDP še ni preverila; datoteka z metodologijo za vsako tabelo navaja mehanizem, merilo šuma in proračun.
portal-downloads-heading = Prenosi
portal-download-archive = Celotna izdaja v enem arhivu ({ $name }) s kontrolnimi vsotami in podpisom
portal-verify-heading = Preverjanje prejete datoteke
portal-verify-text = Arhiv vsebuje datoteko SHA256SUMS s kontrolno vsoto vsake datoteke in datoteko SHA256SUMS.sig z njenim podpisom s ključem izdaje. Vsakdo lahko preveri kopijo, ki jo je prejel od nekoga drugega: shranite datoteki keyring.json in keyring.sig s tega spletišča v mapo in zaženite spodnji ukaz. Ta obesku ključev zaupa le, če je podpisan s ključem, katerega prstni odtis objavljata EUIPO in Europol, in iz njega vzame ključ izdaje (prikazan spodaj).
portal-verify-key = Ključ izdaje:
portal-verify-fingerprint = Prstni odtis:
portal-tokens-heading = Žetoni API
portal-tokens-lead = Žeton programu omogoča branje izdaj prek podatkovnega vmesnika API (samo branje). Vsakemu programu dodelite svoj žeton, da lahko enega prekličete, ne da bi ustavili druge.
portal-token-new-heading = Ustvarjanje žetona
portal-token-name = Ime
portal-token-name-hint = Čemu je žeton namenjen, npr. „nočni uvoz“.
portal-token-create = Ustvari žeton
portal-token-created = Vaš novi žeton je spodaj. Kopirajte ga zdaj: prikazan je samo tokrat in ga pozneje ne bo več mogoče videti.
portal-token-use = Pošljite ga z vsako zahtevo v obliki:
portal-tokens-list-heading = Vaši žetoni
portal-tokens-none = Nimate še nobenega žetona.
portal-token-created-on = Ustvarjeno dne
portal-token-last-used = Nazadnje uporabljeno dne
portal-token-state = Stanje
portal-token-revoke = Prekliči
portal-token-revoked-on = Preklicano dne { $day }
portal-token-revoked = Žeton je preklican: ne deluje več.
portal-error-token-name = Vnesite ime žetona (največje število znakov: { $max }).
error-unauthorized = Potreben je veljaven žeton API: pošljite glavo „Authorization: Bearer“ z žetonom, ustvarjenim na portalu, ki ni bil preklican.

# console triage
console-triage-heading = O čem so prijave
console-triage-hint = Odklenite svoj ključ, da vidite, o čem je posamezna prijava, ter jih iščete, filtrirate in razvrščate. Prijave se dešifrirajo v tem brskalniku; niti one niti vaša iskanja se ne pošiljajo strežniku.
console-triage-search = Iskanje po besedilu prijav
console-triage-all = Vse
console-triage-sort = Vrstni red
console-triage-sort-newest = Najprej najnovejše
console-triage-sort-oldest = Najprej najstarejše
console-triage-sort-deadline = Najprej najbližji rok
console-triage-reset = Počisti iskanje in filtre
console-triage-col-summary = Prijava (prva vrstica opisa)
console-triage-col-language = Jezik
console-triage-col-attachments = Priloge
console-triage-count = Najdene prijave: { $shown } od { $total }
console-triage-page = Stran { $page } od { $pages }
console-triage-pages = Strani seznama
console-triage-previous = Prejšnja stran
console-triage-next = Naslednja stran
console-triage-none = Iskanju in filtrom ne ustreza nobena prijava.
console-triage-working = Dešifriranje prijav…
console-triage-unreadable = Te prijave ni mogoče odpreti z vašim ključem.
error-summary-entry = { $field }: { $message }
error-field-recipients = Prejemniki
error-field-actor-type = Kdo je stal za tem
error-field-loss-eur = Ocenjena izguba
error-field-jobs-at-risk = Ogrožena delovna mesta
error-field-attachments = Priloge
error-field-contact = Kontakt
error-field-organisation-id = Številka za DDV ali LEI
error-field-consent = Potrditev
console-nav-figures = Kazalniki
console-figures-heading = Kazalniki za vodstvo
console-figures-lead = { $body }: samo števila in trajanja, izračunana iz dni, ki jih beleži strežnik. Nič iz vsebine prijav.
console-figures-csv = Prenesi kot CSV
console-figures-received = Prejete prijave po mesecih
console-figures-month = Mesec
console-figures-count = Prijave
console-figures-timing = Čas do potrditve prejema in do povratne informacije
console-figures-step = Korak
console-figures-done = Opravljeno
console-figures-median = Mediana (dnevi)
console-figures-p90 = 90. percentil (dnevi)
console-figures-within = V roku
console-figures-within-value = { $within } od { $decided } ({ $percent } %)
console-figures-ack = Potrditev prejema (v 7 dneh od prejema)
console-figures-feedback = Povratna informacija (v 3 mesecih od potrditve)
console-figures-open = Odprte zadeve po stanju
console-figures-definitions = Povratna informacija je prvi dan po potrditvi prejema, ko je ocenjevalec pisal prijavitelju, ali dan zaprtja zadeve, kar je bilo prej. Mediana in percentil po metodi najbližjega ranga. Deleži štejejo opravljene korake in korake po roku; zadeve, ki so še v roku, se še ne štejejo.
console-assign-heading = Dodelitev
console-assign-label = Dodeljeno
console-assign-nobody = Nikomur
console-assign-submit = Dodeli
console-triage-assigned-me = Dodeljene meni
console-triage-unassigned = Nedodeljene

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Sporočila ni mogoče podpisati: vašega ključa za podpisovanje še ni v podpisanem obesku ključev. Nič ni bilo poslano; prosite upravljavca, naj doda vaš ključ.
console-casefile-heading = Spis za predajo
console-casefile-hint = Sestavi se v vašem brskalniku iz odprte prijave; nič od tega se ne pošlje strežniku. Revizijski dnevnik zabeleži le sam izvoz: obliko, vključene dele in število prekritih izrazov.
console-casefile-parts = Vključeni deli
console-casefile-part-fields = Polja prijave
console-casefile-part-conversation = Pogovor
console-casefile-part-attachments = Priloge z njihovim SHA-256
console-casefile-part-classification = Razvrstitev
console-casefile-redact-contact = Prekrij kontaktne podatke prijavitelja in identifikator organizacije
console-casefile-terms = Imena in besede za prekritje
console-casefile-terms-hint = Po eno v vrstici. Vsaka se povsod v spisu nadomesti z oznako prekritja, ne glede na velike in male črke.
console-casefile-download = Prenesi spis (HTML)
console-casefile-print = Natisni ali shrani kot PDF
console-casefile-working = Spis se pripravlja: priloge se dešifrirajo …
console-casefile-done = Izvoz spisa je bil zabeležen.
console-casefile-no-parts = Izberite vsaj en del.
console-casefile-title = Spis prijave
console-casefile-prepared = Pripravljeno dne
console-casefile-marker = [PREKRITO]
console-casefile-redactions = Prekritja
console-casefile-redacted-contact = Kontaktni podatki prijavitelja in identifikator organizacije
console-casefile-redacted-terms = Izrazi, ki jih je označil obravnavalec
console-casefile-verified = podpis preverjen
# --- indicators ---
report-section-indicators = Tehnični kazalniki (neobvezno)
report-indicators-lead = Če imate tehnične sledi napada, jih navedite tukaj, eno vrednost v vrstici. Pregledovalci jih lahko delijo s skupinami CSIRT, da blokirajo napadalce.
field-indicator-ip = Naslovi ali obsegi IP
hint-indicator-ip = IPv4 ali IPv6 ali obseg CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Imena domen
hint-indicator-domain = Na primer files.example.com; mednarodna imena v obliki xn--.
field-indicator-url = Spletni naslovi (URL)
hint-indicator-url = Celoten naslov, ki se začne s https:// ali drugo shemo.
field-indicator-email = E-poštni naslovi
hint-indicator-email = Na primer pošiljatelj sporočila z lažnim predstavljanjem.
field-indicator-hash = Zgoščene vrednosti datotek
hint-indicator-hash = MD5, SHA-1 ali SHA-256, šestnajstiško.
field-indicator-file-name = Imena datotek
hint-indicator-file-name = Samo ime, brez mape: racun.pdf.exe.
field-indicator-observations = Druga tehnična opažanja
hint-indicator-observations = Vse drugo, kar lahko pomaga: orodja, računi, časi.
error-indicator-ip = Vrstica { $line } ni naslov IP ali obseg CIDR.
error-indicator-domain = Vrstica { $line } ni ime domene.
error-indicator-url = Vrstica { $line } ni celoten spletni naslov (na primer https://example.com/pot).
error-indicator-email = Vrstica { $line } ni e-poštni naslov.
error-indicator-hash = Vrstica { $line } ni zgoščena vrednost MD5, SHA-1 ali SHA-256.
error-indicator-file-name = Vrstica { $line } ni ime datoteke (brez mape, največ 255 znakov).
error-indicator-count = V to polje vnesite največ { $max } vrednosti.
console-indicators-heading = Tehnični kazalniki
console-taxii-heading = Pošlji v zbirko TAXII 2.1
console-taxii-hint = Sveženj STIX 2.1 z zgoraj izbrano stopnjo TLP gre iz tega brskalnika neposredno na strežnik TAXII vašega organa; naslov in poverilnice se ne shranijo.
console-taxii-url = Naslov zbirke (konča se z /collections/<id>/)
console-taxii-user = Uporabniško ime
console-taxii-password = Geslo
console-taxii-push = Pošlji v TAXII
console-taxii-done = Sveženj je bil dodan v zbirko TAXII.
console-taxii-failed = Strežnik TAXII je sveženj zavrnil ali ni bil dosegljiv. Preverite naslov in poverilnice ter ali strežnik dovoli izvor te konzole (CORS).
# --- tags and referral ---
console-tags-heading = Oznake
console-tags-hint = Oznake so s stalnega seznama vašega organa, ki ga vodi upravljavec. Njihova imena vidi, kdor upravlja strežnik: uporabljajte jih kot oznake, nikoli za vsebino zadeve.
console-tags-none = Ta prijava nima oznak.
console-tags-field = Oznaka
console-tags-add = Dodaj oznako
console-tags-remove = Odstrani oznako
console-error-tag-unknown = Te oznake ni na seznamu vašega organa. Nič ni bilo spremenjeno.
console-refer-heading = Odstopi { $body }
console-refer-hint = Ključ prijave se v vašem brskalniku zapečati za ključe { $body } iz preverjenega obeska ključev. { $body } nato vidi prijavo v svojem nabiralniku, z lastnimi roki, šteto od danes.
console-refer-note = Opomba za { $body } (neobvezno)
console-refer-note-hint = Zapečatena za oba organa kot notranja opomba; prijavitelju se nikoli ne prikaže.
console-refer-tell = Obvesti prijavitelja v pogovoru
console-refer-message = Sporočilo prijavitelju
console-refer-message-default = Vaša prijava je bila odstopljena { $body }, ki jo bo prav tako obravnaval.
console-refer-submit = Odstopi prijavo
console-refer-done = Prijava je bila odstopljena.
console-referrals-heading = Odstopi
console-referral-line = Odstopljeno od { $from } k { $to }, odstopil(a) { $who }, dne { $day }.
console-referral-note = Opomba:
console-triage-referred-from = Odstopil { $body }
console-error-referral-same = Prijavo je mogoče odstopiti le drugemu organu.
console-error-referral-exists = { $body } to prijavo že ima; ni bila ponovno odstopljena.
console-error-referral-slots = Zapečateni ključi se ne ujemajo natančno s ključi { $body } v obesku ključev. Nič ni bilo odstopljeno.
# --- security keys (WebAuthn) ---
account-nav-keys = Varnostni ključi
account-keys-heading = Varnostni ključi
account-keys-lead = Varnostni ključ ali ključ za dostop v telefonu ali računalniku lahko pri prijavi nadomesti kodo za preverjanje pristnosti in ga ni mogoče izvabiti z ribarjenjem. Dodate jih lahko več.
account-keys-totp-allowed = Vaš račun se lahko prijavi tudi s kodo za preverjanje pristnosti.
account-keys-totp-forbidden = Vaš račun se prijavlja samo z varnostnim ključem: kode za preverjanje pristnosti so zavrnjene.
account-keys-list-heading = Vaši ključi
account-keys-none = Dodan še ni noben varnostni ključ.
account-key-name = Ime ključa
account-key-name-hint = Na primer »modri ključ«, da ga prepoznate na tem seznamu.
account-key-added-on = Dodan
account-key-last-used = Zadnja uporaba
account-key-actions = Dejanja
account-key-remove = Odstrani
account-key-new-heading = Dodajte varnostni ključ
account-key-add = Dodaj varnostni ključ
account-key-touch = Sledite navodilom brskalnika in se dotaknite varnostnega ključa.
account-key-failed = Varnostni ključ se ni odzval ali pa je bila zahteva preklicana. Poskusite znova.
account-key-needs-js = Za dodajanje varnostnega ključa potrebuje ta brskalnik JavaScript.
account-key-unavailable = Na naslovu tega strežnika varnostnih ključev ni mogoče uporabljati. Obrnite se na upravljavca.
account-key-added = Varnostni ključ je bil dodan.
account-key-removed = Varnostni ključ je bil odstranjen.
account-key-last = To je vaš zadnji varnostni ključ, vaš račun pa ne sme uporabljati kod za preverjanje pristnosti: preden ga odstranite, dodajte drug ključ.
account-key-expired = Zahteva je trajala predolgo. Poskusite znova.
account-key-invalid = Odgovor varnostnega ključa ni bil sprejet. Poskusite znova.
account-key-duplicate = Ta varnostni ključ je že dodan.
account-key-too-many = Imate največje dovoljeno število varnostnih ključev. Najprej enega odstranite.
account-error-key-name = Ključu dajte ime z 1 do { $max } znaki.
account-key-signin-heading = Uporabite varnostni ključ
account-key-signin-lead = Geslo je pravilno. Prijavo potrdite z varnostnim ključem.
account-key-signin-submit = Uporabi moj varnostni ključ
account-key-signin-needs-js = Varnostni ključ potrebuje JavaScript v tem brskalniku.
account-key-signin-back = Raje se prijavite s kodo za preverjanje pristnosti
account-field-code-key-hint = Če uporabljate varnostni ključ, pustite kodo prazno: ključ boste uporabili v naslednjem koraku.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Obvestila
console-notify-lead = Povzetek samo s števili: nove prijave, nova sporočila prijaviteljev, roki, ki se iztekajo, in zamujeni roki. Nikoli ne vsebuje vsebine, identifikatorja ali naslova prijave.
console-notify-email = E-poštni naslov
console-notify-email-hint = Povzetek se pošlje na ta naslov. Pustite prazno, če ne želite e-pošte.
console-notify-webhook = URL spletnega kavlja
console-notify-webhook-hint = Ista števila se pošljejo sem v obliki JSON (HTTP POST). Naslov se mora začeti s https://. Pustite prazno, če ga ne želite.
console-notify-frequency = Kako pogosto
console-notify-off = Nikoli
console-notify-daily = Vsak dan
console-notify-weekly = Vsak teden
console-notify-send-empty = Pošlji povzetek, tudi ko se ni nič zgodilo
console-notify-send-empty-hint = Povzetek tako pride vsakič in njegov prihod ne razkrije ničesar o novih prijavah.
console-notify-language = Jezik povzetka
console-notify-save = Shrani
console-notify-saved = Vaše nastavitve obvestil so shranjene.
console-notify-error-email = E-poštni naslov: vnesite celoten naslov, na primer ime@example.eu.
console-notify-error-webhook = URL spletnega kavlja: vnesite celoten naslov, na primer https://hooks.example.eu/digest, brez uporabniškega imena, gesla in znaka #.
console-notify-error-https = URL spletnega kavlja: naslov se mora začeti s https:// (http:// samo do tega računalnika).
console-notify-error-destination = E-poštni naslov: vnesite e-poštni naslov ali URL spletnega kavlja ali izberite »Nikoli«.
notify-mail-subject = Kanal za prijave: vaš povzetek
notify-mail-intro = Povzetek za { $body } od { $from } do { $through }. Samo števila: prijave vidite po prijavi v konzolo.
notify-mail-new-reports = Nove prijave: { $count }
notify-mail-new-replies = Nova sporočila prijaviteljev: { $count }
notify-mail-ack-due = Potrdila o prejemu z rokom v 2 dneh: { $count }
notify-mail-feedback-due = Povratne informacije z rokom v 14 dneh: { $count }
notify-mail-ack-overdue = Zamujena potrdila o prejemu: { $count }
notify-mail-feedback-overdue = Zamujene povratne informacije: { $count }
notify-mail-nothing = Nič novega in nič ne zapade.
notify-mail-footer = Ta povzetek prejemate, ker ste ga zahtevali v konzoli (Obvestila). Tam ga lahko spremenite ali ustavite.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Prejem potrjen dne
conversation-acknowledgement-due = Potrditev prejema najpozneje do
conversation-feedback-due = Povratne informacije najpozneje do
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Povezane prijave
console-related-hint = Primerjano s ključnimi zgoščenimi vrednostmi kazalnikov in identifikatorja organizacije, izračunanimi v vašem brskalniku: strežnik nikoli ne vidi kazalnika. Prikazane so le prijave, ki jih vaš organ sme odpreti.
console-related-none = Nobena druga prijava vašega organa nima skupnega kazalnika s to.
console-related-report = Prijava { $report }
console-related-shares = skupni kazalniki: { $count }
console-related-incident = morda isti incident (isti identifikator organizacije)
console-related-refused = Korelacijski ključ, ki ga je ponudil strežnik, ni tisti, ki ga navaja podpisani obesek ključev: ni bil uporabljen in nič ni bilo poslano.
console-related-confirm = Potrdi to prijavo kot dvojnik
console-related-unavailable = Korelacija še ni na voljo: za vaš vnos v obesku ključev ni bil zapečaten noben korelacijski ključ.
