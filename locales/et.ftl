### Eesti. Samad identifikaatorid ja { $kohatäited } nagu failis en.ftl (kontrollib `cargo test -p i18n`).
### Vt i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Eesti
language-switch-label = Keel
language-switch-button = Vaheta keelt

## Page chrome

site-name = Ärisaladuste varguste teavituskanal
skip-to-content = Mine põhisisu juurde
nav-label = Peamenüü
nav-home = Avaleht
nav-report = Teata vargusest
nav-follow-up = Teate jälgimine
footer-privacy-notice = Privaatsusteade
footer-recipients = Teated saadetakse EUIPO-le ja Europoli Euroopa küberkuritegevuse keskusele (EC3).

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day }. { $month ->
        [1] jaanuar
        [2] veebruar
        [3] märts
        [4] aprill
        [5] mai
        [6] juuni
        [7] juuli
        [8] august
        [9] september
        [10] oktoober
        [11] november
       *[12] detsember
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Teatage ärisaladuste vargusest küberrünnakus
page-title-report = Teate esitamine
page-title-follow-up = Teie teate jälgimine
page-title-privacy = Privaatsusteade

## Reporter landing page

home-heading = Teatage ärisaladuste vargusest küberrünnaku käigus
home-intro = Kui teie ettevõtte ärisaladused on küberrünnaku käigus varastatud, võite sellest siin vabatahtlikult ja konfidentsiaalselt teatada EUIPO-le (Euroopa Liidu Intellektuaalomandi Amet) ja Europoli Euroopa küberkuritegevuse keskusele (EC3).
home-point-recipients = Teie otsustate, kes teate saab: EUIPO, Europol EC3 või mõlemad.
home-point-encrypted = Teie teade krüpteeritakse nii, et seda saavad lugeda ainult teie valitud menetlejad. See veebisait ei salvesta seda kunagi loetaval kujul.
home-point-anonymous = Võite teatada ilma oma nime või ettevõtte nime avaldamata.
home-point-receipt = Teate saatmisel saate kviitungikoodi. Hoidke seda turvaliselt: seda on vaja menetlejate küsimuste lugemiseks ja neile vastamiseks ning kaotsimineku korral ei saa seda asendada.
home-point-statistics = Loenditest valitud vastuseid (näiteks tegevusala ja ründe liik) kasutatakse ka ELi tasandi statistikas. Neile lisatakse müra, et ühtegi ettevõtet ei oleks võimalik tuvastada.
home-no-javascript = Vorm toimib ka siis, kui JavaScript on välja lülitatud (näiteks Tor Browseri kõige turvalisemas režiimis). Sel juhul krüpteerib teie teate server kohe pärast selle saabumist, mitte teie brauser, mis annab veidi nõrgema kaitse.
home-start-button = Alusta teate koostamist
home-follow-up-heading = Kas olete teate juba saatnud?
home-follow-up-text = Kasutage kviitungikoodi, et lugeda menetlejate sõnumeid ja neile vastata.
home-follow-up-button = Jälgi teadet kviitungikoodi abil

## Form: common parts

form-optional = (vabatahtlik)
form-choose = Valige…
# Read by screen readers before each field error.
form-error-prefix = Viga:
recipient-euipo = EUIPO (Euroopa Liidu Intellektuaalomandi Amet)
recipient-ec3 = Europol EC3 (Euroopa küberkuritegevuse keskus)

## Errors: whole pages

error-page-title = Midagi läks valesti
error-bad-request = Päringust ei saadud aru. Minge tagasi ja proovige uuesti.
error-not-found = Seda lehte ei ole olemas. Kontrollige aadressi või alustage uuesti avalehelt.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Saadetud andmed on liiga suured: piirang on { $limit }. Eemaldage või vähendage manuseid ja proovige uuesti.
error-csrf = Turvalisuse huvides on vormi kehtivus lõppenud ja midagi ei salvestatud. Laadige leht uuesti ja saatke vorm uuesti.
error-form-used = See vorm on juba saadetud: teie teade võeti vastu üks kord, koos tookord näidatud kviitungikoodiga. Uue teate saatmiseks avage uus vorm.
error-rate-limited = Liiga palju katseid lühikese aja jooksul. Oodake mõni minut ja proovige uuesti.
error-server = Meie poolel tekkis viga ja midagi ei salvestatud. Proovige hiljem uuesti.
error-unavailable = Teenus ei ole ajutiselt kättesaadav. Proovige hiljem uuesti.
error-unavailable-title = Ajutiselt kättesaamatu
error-database-unavailable = Me ei saa praegu teateid salvestada ega lugeda, seega midagi ei salvestatud. Oodake üks minut ja saatke teade uuesti.

## Errors: form fields

error-required = See väli on kohustuslik.
error-unknown-choice = Valige üks loendis olevatest valikutest.
error-month-format = Sisestage kuu kujul YYYY-MM, näiteks 2026-03.
error-month-future = Kuu ei saa olla tulevikus.
error-month-too-early = Kuu ei saa olla enne { $year }. aastat.
error-detection-before-incident = Varguse avastamise kuu ei saa olla varasem kui varguse alguskuu.
error-number-format = Sisestage täisarv, näiteks 250000.
# { $max } is an amount in euros.
error-loss-too-large = Summa ei tohi olla suurem kui { $max } eurot.
error-jobs-too-large = Töökohtade arv ei tohi olla suurem kui { $max }.
error-too-long =
    { $max ->
        [one] Tekst on liiga pikk: lubatud on kõige rohkem { $max } märk.
       *[other] Tekst on liiga pikk: lubatud on kõige rohkem { $max } märki.
    }
error-organisation-id = Sisestage käibemaksukohustuslasena registreerimise number (näiteks DK12345678) või LEI-kood (20 tähte ja numbrit) või jätke väli tühjaks.
error-recipients = Valige vähemalt üks saaja: EUIPO, Europol EC3 või mõlemad.
error-consent = Enne teate saatmist märkige kinnituseks ruut.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Vormis on { $count } viga. Parandage see ja saatke vorm uuesti.
       *[other] Vormis on { $count } viga. Parandage need ja saatke vorm uuesti.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Võtmerõnga sõrmejälg (võrrelge seda EUIPO ja Europoli avaldatud sõrmejäljega):
error-go-back = Vormi juurde naasmiseks kasutage brauseri tagasinuppu; sisestatud tekst on tavaliselt alles.
# { $limit } is a number of files.
error-too-many-files = Liiga palju faile: lisada saab kõige rohkem { $limit }. Eemaldage mõned ja proovige uuesti.

## Page titles (intake)

page-title-confirmation = Teade on kätte saadud
page-title-conversation = Teie teade

## Landing page: what the server sees

home-server-heading = Mida see veebisait näeb ja mida mitte
home-server-cannot = See ei saa lugeda teie teadet, manuseid ega sõnumeid: need krüpteeritakse menetlejate jaoks enne salvestamist ja nende avamiseks vajalikud võtmed on ainult menetlejatel.
home-server-can = See näeb, et teade saadeti teatud päeval, millisele asutusele ja umbes kui suur see on. See ei salvesta kunagi teie IP-aadressi, brauserit ega täpset kellaaega.
home-fingerprint-heading = Kontrollige, et olete õigel kanalil
home-fingerprint-text = Teated krüpteeritakse võtmerõngas olevate võtmetega; võtmerõnga on allkirjastanud kanali võrguühenduseta võti. Võtmerõnga sõrmejälg on esitatud allpool; EUIPO ja Europol avaldavad sama sõrmejälje oma veebisaitidel.
home-tor-heading = Anonüümne teatamine
home-tor-text = Suurima anonüümsuse tagamiseks kasutage Tor Browserit, ärge logige samal ajal sisse muudesse teenustesse ning eemaldage failidest enne nende lisamist nimed ja metaandmed (autor, ettevõte, GPS).

## Report form

report-heading = Teatage ärisaladuste vargusest
report-lead = Vabatahtlikuks märgitud väljad võib jätta tühjaks. Kõik, mida kirjutate, ja teie manused krüpteeritakse teie valitud saajate jaoks.
report-guarantee-server = Ilma JavaScriptita krüpteerib teie teate server mälus selle saabumise hetkel ja seda ei salvestata kunagi loetaval kujul. Kui JavaScript on sisse lülitatud, krüpteerib teate enne saatmist teie enda brauser.
report-files-dropped = Turvalisuse huvides ei säilitata manuseid, kui vorm tagastatakse vigadega. Lisage need uuesti.
report-section-classification = Juhtumi andmed
report-section-when = Millal see juhtus
report-section-impact = Mõju
report-section-account = Mis juhtus
report-section-optional = Vabatahtlikud andmed
report-submit = Krüpteeri ja saada teade
field-recipients = Kes peaks teate saama?
hint-recipients = Valige üks või mõlemad. Teadet saavad lugeda ainult teie valitud asutuste menetlejad.
field-member-state = Liikmesriik, kus teie ettevõte on asutatud
hint-member-state = Kasutatakse ELi riigipõhises statistikas.
field-sector = Teie ettevõtte tegevusala
hint-sector = Teie põhitegevuse NACE jagu.
field-incident-class = Juhtumi liik
hint-incident-class = Valige kõige sobivam; menetlejad saavad seda parandada.
field-attack-vector = Kuidas ründajad sisse pääsesid
hint-attack-vector = Kui te seda veel ei tea, valige „Teadmata“.
field-actor-type = Kes teie arvates selle taga oli?
hint-actor-type = Teie parim hinnang; „Teadmata“ on samuti sobiv vastus.
field-incident-month = Varguse alguskuu
hint-incident-month = Kujul YYYY-MM, näiteks 2026-03. Piisab ligikaudsest hinnangust.
field-detection-month = Varguse avastamise kuu
hint-detection-month = Kujul YYYY-MM.
field-loss-eur = Hinnanguline kahju eurodes (vabatahtlik)
hint-loss-eur = Täisarv, näiteks 250000. Jätke tühjaks, kui te ei oska seda hinnata.
field-jobs-at-risk = Ohus olevad töökohad (vabatahtlik)
hint-jobs-at-risk = Mitu töökohta vargus ohtu seab, kui oskate seda hinnata.
field-what-taken = Mis varastati
hint-what-taken = Näiteks lähtekood, joonised, kliendiloendid, retseptid ja valemid, tootmisprotsessid.
field-narrative = Mis juhtus
hint-narrative = Kirjeldage oma sõnadega rünnakut ja selle avastamist: kuupäevad, mõjutatud süsteemid, mida olete pärast seda teinud.
field-attachments = Manused (vabatahtlik)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Kuni { $max_files } faili, igaüks kuni { $max_mib } MB. Need krüpteeritakse vastuvõtmisel.
field-contact = Kuidas saavad menetlejad teiega ühendust võtta? (vabatahtlik)
hint-contact = Anonüümseks jäämiseks jätke väli tühjaks: saate sõnumeid lugeda ja neile vastata ka kviitungikoodi abil.
field-organisation-id = Ettevõtte käibemaksukohustuslasena registreerimise number või LEI-kood (vabatahtlik)
hint-organisation-id = Vabatahtlik. See krüpteeritakse: seda saavad lugeda valitud asutuste menetlejad; seda ei avaldata kunagi. Statistikas saab sellest pseudonüüm, et teie ettevõte loeks kvartalis kõige rohkem ühe korra ja avaldatud arvud kaitseksid ettevõtte teateid tervikuna (vaikimisi ε = 1 kvartalis, kõige rohkem ε = 4 aastas). Ilma selleta kaitstakse iga teadet eraldi, mitte kõiki teie teateid koos.
field-consent = Kinnitan, et teave on minu parima teadmise kohaselt õige, ja nõustun, et seda töödeldakse privaatsusteates kirjeldatud viisil.
hint-consent = Teate saate hiljem tagasi võtta, kirjutades menetlejatele oma kviitungikoodi abil.

## Confirmation

confirmation-heading = Teie teade on kätte saadud
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Teie teade krüpteeriti ja saadeti. Saaja: { $recipients }.
confirmation-receipt-heading = Teie kviitungikood
confirmation-receipt-text = Kirjutage kood üles või laadige see kohe alla. Seda on vaja menetlejate küsimuste lugemiseks ja neile vastamiseks.
confirmation-receipt-once = Koodi näidatakse ainult üks kord. Keegi, ka mitte menetlejad, ei saa seda teie jaoks taastada.
confirmation-download = Laadi kviitung alla tekstifailina
confirmation-print = Võite selle lehe ka välja printida: prinditakse ainult kood ja need juhised.
confirmation-guarantee-heading = Kuidas teie teadet kaitsti
confirmation-sealed-by-server = Teie brauser saatis teate ilma JavaScriptita, seega krüpteeris server selle saabumisel mälus. Seda ei kirjutatud kunagi loetaval kujul kettale.
confirmation-sealed-by-browser = Teie brauser krüpteeris teate enne selle saatmist; server ei näinud seda kunagi loetaval kujul.
confirmation-next-heading = Mis edasi saab
confirmation-next-text = Menetlejad kinnitavad teate kättesaamist 7 päeva jooksul ja annavad tagasisidet 3 kuu jooksul. Nende sõnumite lugemiseks tulge tagasi oma kviitungikoodiga.
recipients-both = EUIPO ja EC3
receipt-file-title = Ärisaladuste varguste teavituskanalile saadetud teate kviitungikood
receipt-file-keep = Hoidke see kood salajas ja turvalises kohas. Kasutage seda kanali teate jälgimise lehel.

## Follow-up

followup-heading = Teie teate jälgimine
followup-lead = Sisestage kviitungikood, mille saite teate saatmisel.
followup-receipt-label = Kviitungikood
followup-receipt-hint = 24 tähte ja numbrit, näiteks 7KQM-2XPA-…; sidekriipsud ja tühikud ei ole olulised.
followup-submit = Ava minu teade
followup-wrong-receipt = Sellele kviitungikoodile ei vasta ühtegi teadet. Kontrollige iga märki ja proovige uuesti.

## Conversation

conversation-heading = Teie teade
conversation-status = Olek
conversation-received = Kättesaamise kuupäev
conversation-sealed-by-server = Selle teate krüpteeris server saabumisel (saadetud ilma JavaScriptita).
conversation-messages = Sõnumid
conversation-empty = Sõnumeid veel ei ole. Menetlejad kinnitavad teate kättesaamist 7 päeva jooksul.
conversation-from-you = Teie
conversation-from-reviewer = Menetleja
conversation-reply-heading = Kirjutage menetlejatele
conversation-reply-label = Teie sõnum
conversation-reply-submit = Krüpteeri ja saada sõnum
conversation-reply-sent = Teie sõnum krüpteeriti ja saadeti.
conversation-reply-empty = Enne saatmist kirjutage sõnum või lisage fail.
status-new = Kätte saadud, kättesaamist ei ole veel kinnitatud
status-acknowledged = Kättesaamine kinnitatud
status-in-review = Menetluses
status-information-requested = Menetlejad palusid teilt lisateavet
status-referred = Edastatud pädevatele asutustele
status-closed = Lõpetatud

## Privacy notice

privacy-heading = Privaatsusteade
privacy-controllers = Teateid töötlevad EUIPO ja Europol (EC3), kumbki talle adresseeritud teadete osas, vastavalt määrusele (EL) 2018/1725 ja määrusele (EL) 2016/794.
privacy-what-heading = Mida töödeldakse
privacy-what-text = Teie teate sisu, selle manused ja teie sõnumid krüpteeritakse nii, et neid saavad lugeda ainult teie valitud asutuste menetlejad. Teate kättesaamise päev, selle olek ja saajad salvestatakse loetaval kujul, et tähtaegu hallata.
privacy-not-heading = Mida kunagi ei salvestata
privacy-not-text = Teie IP-aadressi, brauserit ega külastuste täpset aega ei salvestata ega logita kunagi. Teavitamislehtedel ei kasutata küpsiseid.
privacy-statistics-heading = Statistika
privacy-statistics-text = Loenditest valitud vastused kasutatakse ELi tasandi statistikas, mis avaldatakse diferentsiaalse privaatsusega. Kaitstud on ettevõte tema antud käibemaksukohustuslasena registreerimise numbri või LEI all: see, kas ta kvartalis teatas, ja mida, muudab iga avaldatud arvu tõenäosust kõige rohkem teguri e^ε võrra, iga väljaandega avaldatud piirides (vaikimisi ε = 1 kvartalis, tegur 2,7, ja ε = 4 kalendriaastas, tegur 55; mitme aasta jooksul tegurid korrutuvad). Identifikaatorita teateid kaitstakse ükshaaval, seega on ettevõte, kes saadab mitu ilma selleta, nõrgemalt kaitstud. Arvud on müraga hinnangud, mitte täpsed loendused.
privacy-retention-heading = Kui kaua teateid säilitatakse
privacy-retention-text = Lõpetatud teated kustutatakse pärast menetlevate asutuste kehtestatud säilitamisaja möödumist. See ei mõjuta avaldatud statistikat.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austria
member-state-BE = Belgia
member-state-BG = Bulgaaria
member-state-HR = Horvaatia
member-state-CY = Küpros
member-state-CZ = Tšehhi
member-state-DK = Taani
member-state-EE = Eesti
member-state-FI = Soome
member-state-FR = Prantsusmaa
member-state-DE = Saksamaa
member-state-EL = Kreeka
member-state-HU = Ungari
member-state-IE = Iirimaa
member-state-IT = Itaalia
member-state-LV = Läti
member-state-LT = Leedu
member-state-LU = Luksemburg
member-state-MT = Malta
member-state-NL = Madalmaad
member-state-PL = Poola
member-state-PT = Portugal
member-state-RO = Rumeenia
member-state-SK = Slovakkia
member-state-SI = Sloveenia
member-state-ES = Hispaania
member-state-SE = Rootsi

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Põllumajandus, metsamajandus ja kalapüük
sector-B = Mäetööstus
sector-C = Töötlev tööstus
sector-D = Elektrienergia, gaasi, auru ja konditsioneeritud õhuga varustamine
sector-E = Veevarustus; kanalisatsioon, jäätme- ja saastekäitlus
sector-F = Ehitus
sector-G = Hulgi- ja jaekaubandus; mootorsõidukite ja mootorrataste remont
sector-H = Veondus ja laondus
sector-I = Majutus ja toitlustus
sector-J = Info ja side
sector-K = Finants- ja kindlustustegevus
sector-L = Kinnisvaraalane tegevus
sector-M = Kutse-, teadus- ja tehnikaalane tegevus
sector-N = Haldus- ja abitegevused
sector-O = Avalik haldus ja riigikaitse; kohustuslik sotsiaalkindlustus
sector-P = Haridus
sector-Q = Tervishoid ja sotsiaalhoolekanne
sector-R = Kunst, meelelahutus ja vaba aeg
sector-S = Muud teenindavad tegevused
sector-T = Kodumajapidamiste kui tööandjate tegevus; kodumajapidamiste oma tarbeks mõeldud eristamata kaupade tootmine ja teenuste osutamine
sector-U = Eksterritoriaalsete organisatsioonide ja üksuste tegevus

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Infoturve: volitamata juurdepääs teabele
incident-class-information-content-security--unauthorised-information-modification = Infoturve: teavet muudeti loata
incident-class-information-content-security--data-loss = Infoturve: andmed läksid kaotsi
incident-class-information-content-security--leak-confidential-information = Infoturve: konfidentsiaalne teave lekkis
incident-class-intrusions--system-compromise = Sissetung: süsteem (server või arvuti) võeti üle
incident-class-intrusions--application-compromise = Sissetung: rakendus võeti üle
incident-class-intrusions--privileged-account-compromise = Sissetung: administraatori konto võeti üle
incident-class-intrusions--unprivileged-account-compromise = Sissetung: tavakasutaja konto võeti üle
incident-class-intrusions--burglary = Sissetung: füüsiline sissemurdmine
incident-class-information-gathering--social-engineering = Teabe kogumine: inimesi manipuleeriti teavet avaldama (sotsiaalne manipuleerimine)
incident-class-information-gathering--sniffing = Teabe kogumine: võrguliiklust kuulati pealt
incident-class-malicious-code--infected-system = Pahatahtlik kood: süsteem nakatus
incident-class-fraud--masquerade = Pettus: keegi esines isiku või organisatsioonina, keda te usaldate
incident-class-fraud--phishing = Pettus: õngitsus (võltssõnumid või -veebisaidid paroolide või andmete hankimiseks)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Häkkimine: veebirakendus
attack-vector-hacking--backdoor-or-c2 = Häkkimine: tagauks või kaugjuhtimiskanal (C2)
attack-vector-hacking--desktop-sharing = Häkkimine: kaugtöölaud või ekraani jagamine
attack-vector-hacking--vpn = Häkkimine: VPN-juurdepääs
attack-vector-hacking--partner = Häkkimine: partneri juurdepääsu kaudu (tarnija või teenuseosutaja)
attack-vector-hacking--command-shell = Häkkimine: käsukest
attack-vector-malware--email-attachment = Pahavara: e-kirja manus
attack-vector-malware--email-link = Pahavara: link e-kirjas
attack-vector-malware--web-download = Pahavara: allalaadimine veebisaidilt
attack-vector-malware--software-update = Pahavara: tarkvarauuendus
attack-vector-malware--direct-install = Pahavara: ründaja paigaldas selle otse
attack-vector-malware--network-propagation = Pahavara: levis võrgu kaudu
attack-vector-social--email = Sotsiaalne manipuleerimine: e-kiri
attack-vector-social--phone = Sotsiaalne manipuleerimine: telefonikõne
attack-vector-social--in-person = Sotsiaalne manipuleerimine: isiklikult
attack-vector-social--website = Sotsiaalne manipuleerimine: veebisait
attack-vector-social--sms = Sotsiaalne manipuleerimine: tekstisõnum (SMS)
attack-vector-misuse--lan-access = Siseringi väärkasutus: juurdepääs sisevõrgust
attack-vector-misuse--physical-access = Siseringi väärkasutus: füüsiline juurdepääs
attack-vector-misuse--remote-access = Siseringi väärkasutus: kaugjuurdepääs
attack-vector-misuse--non-corporate = Siseringi väärkasutus: väljaspool ettevõtte süsteeme (isiklik e-post, seadmed või võrgud)
attack-vector-unknown = Teadmata või veel selgitamata

## Categories: actor types

actor-type-competitor = Konkurent
actor-type-nation-state = Riiklik osaleja (välisriigi valitsus või selle asutused)
actor-type-organised-crime = Organiseeritud kuritegevus
actor-type-insider = Siseringi isik (praegune töötaja või lepingupartner)
actor-type-former-employee = Endine töötaja
actor-type-unknown = Teadmata

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript on sisse lülitatud: teie brauser krüpteerib teate ja manused teie valitud saajate jaoks enne, kui midagi saadetakse. Server saab ainult krüpteeritud andmeid.
js-status-checking = Kontrollitakse vormi ja menetlejate võtmeid…
js-status-encrypting = Teie teadet ja manuseid krüpteeritakse selles brauseris…
js-status-proof-of-work = Saatmist valmistatakse ette (lühike arvutus, mis kaitseb kanalit automaatse rämpsposti eest)…
js-status-sending = Krüpteeritud teadet saadetakse…
js-error-keyring = Menetlejate võtmeid ei õnnestunud kontrollida: võtmerõngas ei ole allkirjastatud võtmega, mille sõrmejälg on sellel lehel näidatud. Midagi ei saadetud. Ärge saatke oma teadet sellelt lehelt; võtke EUIPO või Europoliga ühendust nende ametlike veebisaitide kaudu.
js-error-network = Teadet ei õnnestunud saata, sest ühendus katkes. Midagi ei salvestatud. Kontrollige ühendust ja proovige uuesti.
js-error-crypto = Teie brauser ei suutnud teadet krüpteerida, seega midagi ei saadetud. Proovige uuesti või lülitage JavaScript välja, et saata vorm ilma selleta.
js-error-file = Lisatud faili ei õnnestunud lugeda. Kontrollige, et fail on endiselt olemas, lisage see uuesti ja proovige uuesti.
js-error-kept = Teie vastused ja lisatud failid on endiselt vormis.
js-retry = Proovi uuesti
js-print = Prindi kviitungikood

## Reviewer console (/console/)

console-name = Menetleja konsool
console-nav-inbox = Sisendkaust
console-logout = Logi välja
console-logout-everywhere = Logi välja kõigist seadmetest
console-go-to-login = Mine sisselogimislehele
console-refused-heading = Taotlus lükati tagasi
console-login-heading = Menetleja konsooli sisselogimine
console-login-submit = Logi sisse
console-field-name = Nimi
console-field-password = Parool
console-field-code = Autentimisrakenduse kood
console-field-code-hint = Kuuekohaline kood, mida teie autentimisrakendus praegu näitab. Iga koodi saab kasutada ainult üks kord.
console-notice-expired = Teie seanss on lõppenud. Logige uuesti sisse.
console-notice-logged-out = Olete välja logitud.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Vale nimi, parool või kood. Proovige uuesti; pärast paljusid ebaõnnestunud katseid oodake enne järgmist minut.
console-error-csrf = Vormi ei saanud vastu võtta, sest selle turvatõend puudub, on vale või kuulub teisele seansile. Midagi ei muudetud. Laadige leht uuesti ja proovige uuesti.
error-cross-site = See vorm saadeti teiselt veebisaidilt, seetõttu lükati see tagasi ja midagi ei muudetud. Avage leht sellel saidil ja saatke vorm sealt.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Leheküljed
pager-previous = Eelmine lehekülg
pager-next = Järgmine lehekülg
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Lehekülg { $page }/{ $pages }
error-method-not-allowed = See aadress ei võta sellist päringut vastu.
error-headers-too-large = Päringus oli liiga palju päiseandmeid ja see lükati tagasi. Kustutage selle saidi küpsised ja proovige uuesti.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Tekstiväli on liiga pikk: piirang on { $limit } välja kohta. Lühendage teksti ja saatke see uuesti.
followup-unsent-label = Teie vastus (saatmata)
followup-unsent-hint = Seda ei saadetud, sest kviitungit ei tuvastatud. Kopeerige see, logige kviitungiga uuesti sisse ja saatke see oma vestlusest.
console-enrol-heading = Menetleja konto seadistamine
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Tere tulemast, { $name } ({ $body })! Valige sisselogimisparool ja seadistage koodirakendus. Seda linki saab kasutada ainult üks kord.
console-enrol-password-heading = 1. Sisselogimisparool
console-field-new-password = Uus parool
console-field-confirm-password = Sama parool uuesti
# { $min } is a number of characters.
console-enrol-password-hint = Vähemalt { $min } märki. Mitmest sõnast koosnevat paroolifraasi on kõige lihtsam meeles pidada.
console-enrol-totp-heading = 2. Autentimisrakendus
console-enrol-totp-scan = Skannige see QR-kood oma autentimisrakendusega (ajapõhised koodid, TOTP).
console-enrol-totp-secret = Kui te ei saa koodi skannida, sisestage rakendusse selle asemel see võti:
console-enrol-code-hint = Lõpetamiseks sisestage kuuekohaline kood, mida rakendus praegu näitab.
console-enrol-submit = Lõpeta seadistamine
console-enrol-done = Teie konto on valmis. Nüüd saate sisse logida oma nime, parooli ja autentimisrakenduse koodiga.
console-enrol-fingerprint = Teie võtme sõrmejälg on { $fingerprint }. Teie võtit kasutatakse alles pärast seda, kui haldaja on selle võtmekimpu lisanud: haldaja palub teil see sõrmejälg telefoni teel või isiklikult ette lugeda ja lisab võtme ainult siis, kui see ühtib.
console-error-enrol-link = See registreerimislink ei kehti: seda on juba kasutatud, selle kehtivus on lõppenud või see on valesti sisestatud. Küsige haldajalt uus link.
console-error-password-short = Parool on liiga lühike: kasutage vähemalt { $min } märki.
console-error-password-mismatch = Paroolid ei ühti. Sisestage mõlemale väljale sama parool.
console-error-enrol-code = Kood ei ole õige. Kontrollige, et rakendus on seadistatud ülaltoodud võtmega ja et teie seadme kell on õige, ning sisestage siis kood, mida rakendus praegu näitab.
console-inbox-heading = Sisendkaust
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] teie asutusele on adresseeritud üks teade.
   *[other] teie asutusele on adresseeritud { $count } teadet.
}
console-inbox-empty = Teie asutusele ei ole veel ühtegi teadet adresseeritud.
console-inbox-col-report = Teade
console-inbox-col-received = Kätte saadud (päev)
console-inbox-col-status = Olek
console-inbox-col-sealed-by = Krüpteerija
console-status-new = Uus
console-status-acknowledged = Kättesaamine kinnitatud
console-status-in-review = Menetluses
console-status-information-requested = Lisateavet küsitud
console-status-referred = Edastatud
console-status-closed = Lõpetatud
console-sealed-by-browser = Teavitaja brauser
console-sealed-by-server = Server (saadetud ilma JavaScriptita: nõrgem kaitse)
console-inbox-col-deadline = Järgmine tähtaeg (direktiiv 2019/1937)
console-inbox-col-action = Muuda olekut
console-deadline-acknowledgement = Kättesaamise kinnituse tähtaeg: { $day }
console-deadline-feedback = Tagasiside tähtaeg: { $day }
console-deadline-overdue = Tähtaeg ületatud
console-deadline-due-soon = Tähtaeg läheneb
console-deadline-none = Puudub (lõpetatud)
console-deadline-counts = Tähtajad: ületatud – { $overdue }, lõpeb 2 päeva jooksul – { $soon }.
console-status-change-label = Uus olek
console-status-change-submit = Muuda
console-status-final = Lõpetatud: olekut ei saa enam muuta
console-transition-refused-heading = Oleku muutmine lükati tagasi
console-error-transition = Teate olekut ei saa muuta olekust „{ $from }“ olekuks „{ $to }“. Midagi ei muudetud. Valige üks sisendkaustas pakutud olekutest.
console-back-to-inbox = Tagasi sisendkausta

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Teadete lugemise võti
console-enrol-needs-js = Teadete lugemiseks on vaja JavaScriptiga brauserit: teie isiklik lugemisvõti luuakse ja lukustatakse teie brauseris, mitte kunagi serveris. Konto seadistamise lõpetamiseks lülitage JavaScript sisse või kasutage muud brauserit.
console-enrol-key-explain = Teie brauser loob nüüd teie isikliku võtme teadete lugemiseks ja lukustab selle avamisfraasiga. Valige fraas, mis erineb teie sisselogimisparoolist. See ei lahku kunagi sellest brauserist: kui unustate selle, peab haldaja teile uue võtme looma.
console-field-unlock-passphrase = Avamisfraas
console-field-unlock-passphrase-confirm = Sama avamisfraas uuesti
console-enrol-unlock-hint = Vähemalt { $min } märki; see ei tohi olla teie sisselogimisparool.
console-error-unlock-short = Avamisfraas on liiga lühike: kasutage vähemalt { $min } märki.
console-error-unlock-mismatch = Avamisfraasid ei ühti. Sisestage mõlemale väljale sama fraas.
console-error-unlock-same = Avamisfraas peab erinema teie sisselogimisparoolist: sisselogimisparool saadetakse serverisse, avamisfraasi ei saadeta kunagi.
console-enrol-key-working = Teie võtit luuakse ja lukustatakse. See võtab mõne sekundi…
console-error-key-failed = Teie brauser ei suutnud võtit luua. Laadige leht uuesti ja proovige uuesti.
console-error-enrol-key = Teadete lugemiseks on vaja JavaScriptiga brauserit, kuid see vorm saabus ilma teie brauseri loodud võtmeta. Lülitage JavaScript sisse, laadige leht uuesti ja proovige uuesti.

## Reviewer console: reading a report
console-report-heading = Teade
console-report-bodies = Saajad
console-report-needs-js = Teadete lugemiseks on vaja JavaScriptiga brauserit: teade dekrüpteeritakse teie brauseris teie võtmega, mitte kunagi serveris.
console-report-no-key = Teie kontol ei ole teadete lugemise võtit. Küsige haldajalt uus registreerimislink.
console-unlock-heading = Avage oma võti
console-unlock-hint = Teie avamisfraasi kasutatakse ainult sellel lehel ja seda ei saadeta kunagi. Teise lehe avamisel on seda uuesti vaja.
console-unlock-submit = Ava võti ja teade
console-unlock-working = Teie võtit ja teadet avatakse…
console-error-unlock-wrong = Avamisfraas ei ole õige. Midagi ei avatud. Proovige uuesti.
console-error-open-failed = Seda teadet ei saa teie võtmega avada. See võib olla saadetud enne, kui teie võti võtmerõngasse lisati; kolleeg, kes saab seda lugeda, võib teile juurdepääsu anda.
console-error-keyring = Menetlejate võtmeid ei õnnestunud kontrollida: võtmerõngas ei ole allkirjastatud võtmega, mille sõrmejäljega see server käivitati. Midagi ei saadetud.
console-error-keyring-rollback = See võtmekimp on vanem (väiksema seerianumbriga) kui see, mida see brauser on sama allkirjavõtmega juba näinud: see võib olla tagasi pandud vana võtmekimp, et kasutada eemaldatud võtit. Midagi ei avatud ega saadetud. Teavitage haldajat.
console-error-network = Ühendus ebaõnnestus. Midagi ei saadetud. Kontrollige ühendust ja proovige uuesti.
console-report-fields-heading = Teavitaja esitatud andmed
console-report-field-member-state = Liikmesriik
console-report-field-sector = Tegevusala
console-report-field-incident-class = Juhtumi liik
console-report-field-attack-vector = Ründevektor
console-report-field-actor-type = Arvatav toimepanija
console-report-field-incident-month = Varguse alguskuu
console-report-field-detection-month = Varguse avastamise kuu
console-report-field-loss-eur = Hinnanguline kahju
console-report-field-jobs-at-risk = Ohus olevad töökohad
console-report-field-what-taken = Mis varastati
console-report-field-narrative = Mis juhtus
console-report-field-contact = Kontaktandmed
console-report-field-organisation-id = Käibemaksukohustuslasena registreerimise number või LEI-kood
console-report-empty = (ei ole esitatud)
console-report-attachments-heading = Manused
console-report-attachments-none = Manuseid ei ole.
console-attachment-save = Dekrüpteeri ja salvesta
console-attachment-working = Dekrüpteeritakse…
console-error-attachment = Manust ei õnnestunud dekrüpteerida: see on vigane või puudulik. Midagi ei salvestatud.
console-thread-heading = Suhtlus teavitajaga
console-thread-empty = Sõnumeid veel ei ole.
console-thread-from-reporter = Teavitaja
console-thread-from-reviewer = Menetleja
console-thread-note = Sisemärkus
console-thread-unreadable = (seda sõnumit ei saa teie võtmega avada)
envelope-mismatch = See ümbrik kuulub teisele teatele või on teist liiki; seda ei näidata.
conversation-from-signed = Saatja { $name } (allkiri kontrollitud)
conversation-from-channel = Teavituskanali automaatne teade
message-bad-signature = Seda sõnumit ei näidata: see väidab end olevat menetlejalt, kuid selle allkiri puudub või ei vasta ühelegi allkirjastatud võtmekimbu menetleja võtmele. See võib olla võltsitud; ärge selle järgi tegutsege.
console-ack-heading = Kinnitage teate kättesaamist
console-ack-label = Kättesaamise kinnitus teavitajale
console-ack-default = Täname teid teate eest. Oleme selle kätte saanud ja vaatame selle läbi. Kui meil on küsimusi, leiate need siit.
console-ack-submit = Kinnita ja saada
console-message-heading = Sõnum teavitajale
console-message-label = Teie sõnum
console-message-hint = Krüpteeritakse teie brauseris teavitaja ja selle teate menetlejate jaoks. Teavitaja loeb seda oma kviitungikoodi abil.
console-message-submit = Saada teavitajale
console-note-heading = Sisemärkus
console-note-label = Teie märkus
console-note-hint = Krüpteeritakse teie brauseris ainult teie organisatsiooni menetlejate jaoks. Teavitaja ei näe seda kunagi.
console-note-submit = Lisa märkus
console-error-message-empty = Kirjutage kõigepealt sõnum (kõige rohkem 20 000 märki).
console-sending = Krüpteeritakse ja saadetakse…
console-sent = Saadetud.
console-grants-heading = Kolleegide juurdepääs
console-grants-hint = Teie organisatsiooni kolleegid, kelle võtmed lisati võtmerõngasse pärast selle teate saabumist, ei saa seda lugeda. Teie brauser saab neile juurdepääsu anda, krüpteerides teate võtme nende võtmega.
console-grants-none = Kõik võtmerõngas olevad teie organisatsiooni menetlejad saavad seda teadet lugeda.
console-grant-submit = Anna juurdepääs
console-grant-done = Juurdepääs on antud.
console-error-grant-exists = See kolleeg saab seda teadet juba lugeda.
console-classify-heading = Kinnitatud liigitus statistika jaoks
console-classify-hint = Parandage struktureeritud välju või märkige teade duplikaadiks või kohaldamisalast välja jäävaks. Teie brauser krüpteerib parandatud kirje ainult anonüümimisteenuse jaoks; see asendab statistikas teavitaja kirje. Kirjeldus ja kontaktandmed ei kuulu kunagi selle hulka.
console-classify-status = Teate staatus
console-classify-valid = Kehtiv
console-classify-duplicate = Teise teate duplikaat
console-classify-out-of-scope = Kohaldamisalast väljas
console-classify-submit = Salvesta kinnitatud liigitus
console-classify-done = Kinnitatud liigitus krüpteeriti ja salvestati.
console-error-classify = Kontrollige liigitust: kuu peab jääma vahemikku alates 1990. aastast kuni teate saabumise kvartalini ning kahju ja töökohtade arv peavad olema lubatud piirides täisarvud. Midagi ei salvestatud.
console-error-classify-unsigned = Liigitust ei saa allkirjastada: teie allkirjavõti ei ole veel allkirjastatud võtmekimbus. Midagi ei salvestatud; paluge haldajal teie võti lisada.
console-export-heading = Eksport EC3-le ja CSIRTidele
console-export-hint = Teie brauser koostab faili dekrüpteeritud teatest: liigitus, mis varastati ja kirjeldus, kuid mitte kunagi teavitaja kontaktandmeid ega organisatsiooni identifikaatorit. Iga eksport registreeritakse auditilogis.
console-export-tlp = Traffic Light Protocoli märgistus
console-export-stix = Ekspordi STIX 2.1 pakett
console-export-misp = Ekspordi MISP-sündmus
console-export-done = Eksport registreeriti ja salvestati.

## Data portal (/portal/) and data API

portal-name = Ärisaladuste varguste statistika – andmeportaal
portal-nav-releases = Väljaanded
portal-nav-tokens = API-tõendid
portal-refused-heading = Ei tehtud
portal-enrol-heading = Portaali konto seadistamine
portal-error-enrol-link = See registreerimislink ei kehti: seda on juba kasutatud, selle kehtivus on lõppenud või see on valesti sisestatud. Küsige haldajalt uus link.
portal-enrol-lead = Konto { $name } asutustele (liikmesriik: { $country }). Valige parool ja seadistage autentimisrakendus.
portal-enrol-submit = Lõpeta seadistamine
portal-enrol-done = Teie konto on valmis. Logige sisse oma nime, parooli ja autentimisrakenduse koodiga.
portal-login-heading = Andmeportaali sisselogimine
portal-releases-heading = Väljaanded
portal-releases-lead = Sisse logitud kasutajana { $name } ({ $country }). Iga väljaanne sisaldab ühe kvartali diferentsiaalselt privaatset ELi statistikat.
portal-releases-none = Ühtegi väljaannet ei ole veel avaldatud.
portal-releases-caption = Avaldatud väljaanded, uusim kvartal eespool
portal-col-period = Kvartal
portal-col-date = Avaldamise kuupäev
portal-col-epsilon = Kasutatud privaatsuseelarve (ε)
portal-col-status = Olek
portal-col-release = Väljaanne
portal-status-published = Avaldatud
portal-release-heading = Statistika: { $period }
portal-release-intervals-hint = Iga tulp näitab avaldatud väärtust; seda läbiv joon näitab 95% vahemikku, mis joonistatakse nullist, kui see ulatub alla nulli. Iga diagrammi arvud on esitatud selle all olevas tabelis.
portal-summary-reports = Teated ELis
portal-summary-truncated = Välja jäetud teated (üle k organisatsiooni kohta)
portal-summary-loss = Hinnanguline kahju ELis
portal-chart-quarter = Teated kvartalite kaupa
portal-chart-quarter-note = Selle väljaande kvartal on esile tõstetud.
portal-chart-state-quarter = Teated teie liikmesriigis kvartalite kaupa
portal-chart-series = { $category }: teated kvartalite kaupa
portal-chart-series-note = Selles väljaandes kõige rohkem teatatud sektor või rünnakuvektor; andmete API annab kõik sektorid ja rünnakuvektorid kvartalite kaupa.
portal-chart-sector = Teated tegevusalade kaupa (NACE)
portal-chart-attack-vector = Teated ründevektorite kaupa
portal-chart-member-state = Teated liikmesriikide kaupa
portal-chart-yours = (esile tõstetud)
portal-chart-highlight = { $country } on esile tõstetud ja märgistatud.
portal-chart-desc = Horisontaalne tulpdiagramm, milles on { $count ->
        [one] üks kategooria
       *[other] { $count } kategooriat
    }, igaühel oma 95% vahemik. Suurim: { $top }, { $value }. Diagrammi all olevas tabelis on kõik väärtused.
portal-chart-show-table = Näita arve tabelina
portal-chart-table-caption = { $chart }: avaldatud väärtused ja 95% vahemikud
portal-col-category = Kategooria
portal-col-value = Avaldatud väärtus
portal-col-interval = 95% vahemik
portal-method-heading = Kuidas need arvud koostati
portal-method-promise = Arvud on diferentsiaalselt privaatsed. Kaitstud üksus on ühe organisatsiooni teated kvartalis: olgu ta teatanud või mitte ja mida iganes, oleks iga avaldatud arv peaaegu sama tõenäoline. „Peaaegu“ määrab selle väljaande privaatsuseelarve ε = { $epsilon }: ükski tulemus ei muutu ühe organisatsiooni selle kvartali teadete tõttu rohkem kui { $factor } korda tõenäolisemaks. Kalendriaasta väljaanded kulutavad kokku kõige rohkem ε = { $year_cap }, seega on aasta jooksul tegur kõige rohkem { $year_factor }; mitme aasta jooksul tegurid korrutuvad.
portal-method-unit = Organisatsioon tuntakse ära tema antud käibemaksunumbri või LEI järgi (kirjutatud ühtsel kujul ja muudetud pseudonüümiks, mida saab arvutada ainult anonüümija); kvartalis loetakse kõige rohkem { $k } tema teadet. Teda tuntakse ära ainult selle identifikaatori järgi: organisatsioon, kes annab ühes teates käibemaksunumbri ja teises LEI, või kelle tütarettevõtjad teatavad eraldi, loetakse mitmeks. Identifikaatorita teade on kaitstud omaette: organisatsioon, kes saadab mitu teadet ilma selleta, on kaitstud iga teate kohta, mitte kõigi kohta koos.
portal-method-truncation = Umbes { $dropped } teadet (umbes { $share } % kõigist) jäeti välja, sest nende organisatsioon teatas kvartalis rohkem kui { $k } korda. See arv on ise müraga ja loeb kõige rohkem { $k } organisatsiooni kohta; tegelik arv on suurem. Millised teated jäid, otsustas juhus, mitte nende sisu.
portal-method-noise = Iga tabeli igale lahtrile on lisatud juhuslikku müra, ka lahtritele, mille väärtus on null; ühtegi lahtrit ei peideta selle tõttu, et see on väike. Väike arv võib seega olla ainult müra.
portal-method-intervals = 95% vahemikud näitavad, kui palju võis müra arvu nihutada: need sisaldavad mõõdetud väärtust vähemalt umbes 95 juhul 100-st. Mõõdetud väärtus on alles jäetud teadete oma, iga kahju piiratud ülempiiriga; välja jäetud teated ja ülempiiri ületav kahju osa ei ole selles, seega on arvud ja nende vahemikud väiksemad kui saadu. Vahemikud arvutatakse avalikult teadaolevast mürätasemest, mitte teadetest, ega lähe kunagi alla nulli.
portal-method-consistency = Liikmesriikide arvud annavad kokku ELi arvud ja iga tabel annab kokku sama kogusumma. Arvud on täisarvud, mitte kunagi negatiivsed, igaüks umbes ühe piires nihketa hinnangust (kaugemal ainult seal, kus naaberhinnangud jäid alla nulli); liikmesriigi kogusumma ja tema sektorite summa võivad müra võrra erineda. Toored müraga mõõtmised on ka CSV-failides.
portal-method-losses = Iga hinnangulist kahju arvestatakse kuni { $bound } euro ulatuses; suuremat kahju arvestatakse selle summana.
portal-method-budget = Selles kvartalis on kasutatud ε { $quarter } piirmäärast { $quarter_cap }; { $year }. aastal on kasutatud ε { $year_spent } piirmäärast { $year_cap }. Kvartali statistikat ei arvutata kunagi uuesti suurema eelarvega.
portal-method-opendp = Arvutatud OpenDP versiooniga { $version }. Siin kasutatud funktsioonid kuuluvad selle „contrib“-osasse, mida OpenDP meeskond ei ole veel üle vaadanud; metoodikafailis on esitatud iga tabeli mehhanism, müra skaala ja eelarve.
portal-downloads-heading = Allalaadimised
portal-download-archive = Kogu väljaanne ühe arhiivina ({ $name }) koos kontrollsummade ja allkirjaga
portal-verify-heading = Kontrollige saadud faili
portal-verify-text = Arhiiv sisaldab faili SHA256SUMS, milles on iga faili kontrollsumma, ja faili SHA256SUMS.sig, mis on selle allkiri väljaandevõtmega. Igaüks saab kelleltki teiselt saadud koopiat kontrollida: salvestage selle saidi failid keyring.json ja keyring.sig kausta ja käivitage allolev käsk. See usaldab võtmekimpu ainult siis, kui see on allkirjastatud võtmega, mille sõrmejälje EUIPO ja Europol avaldavad, ning võtab sealt väljaandevõtme (näidatud allpool).
portal-verify-key = Väljaandevõti:
portal-verify-fingerprint = Sõrmejälg:
portal-tokens-heading = API-tõendid
portal-tokens-lead = Tõendi abil saab programm lugeda väljaandeid andme-API kaudu (ainult lugemisõigus). Andke igale programmile eraldi tõend, et saaksite ühe tühistada teisi peatamata.
portal-token-new-heading = Loo tõend
portal-token-name = Nimi
portal-token-name-hint = Milleks tõendit kasutatakse, nt „öine import“.
portal-token-create = Loo tõend
portal-token-created = Teie uus tõend on allpool. Kopeerige see kohe: seda näidatakse ainult see üks kord ja hiljem seda enam näha ei saa.
portal-token-use = Saatke see iga päringuga kujul:
portal-tokens-list-heading = Teie tõendid
portal-tokens-none = Teil ei ole veel ühtegi tõendit.
portal-token-created-on = Loodud
portal-token-last-used = Viimati kasutatud
portal-token-state = Olek
portal-token-revoke = Tühista
portal-token-revoked-on = Tühistamise kuupäev: { $day }
portal-token-revoked = Tõend on tühistatud: see ei tööta enam.
portal-error-token-name = Andke tõendile nimi, mis on kõige rohkem { $max } märki pikk.
error-unauthorized = Vaja on kehtivat API-tõendit: saatke „Authorization: Bearer“ koos portaalis loodud tõendiga, mida ei ole tühistatud.

# console triage
console-triage-heading = Millest teated räägivad
console-triage-hint = Avage oma võti, et näha, millest iga teade räägib, ning neid otsida, filtreerida ja sortida. Teated dekrüpteeritakse selles brauseris; ei neid ega teie otsinguid saadeta serverisse.
console-triage-search = Otsi teadete tekstist
console-triage-all = Kõik
console-triage-sort = Järjestus
console-triage-sort-newest = Uuemad eespool
console-triage-sort-oldest = Vanemad eespool
console-triage-sort-deadline = Lähim tähtaeg eespool
console-triage-reset = Tühjenda otsing ja filtrid
console-triage-col-summary = Teade (kirjelduse esimene rida)
console-triage-col-language = Keel
console-triage-col-attachments = Manused
console-triage-count = Leitud teateid: { $shown } / { $total }
console-triage-page = Lehekülg { $page } / { $pages }
console-triage-pages = Loendi leheküljed
console-triage-previous = Eelmine lehekülg
console-triage-next = Järgmine lehekülg
console-triage-none = Otsingule ja filtritele ei vasta ükski teade.
console-triage-working = Teadete dekrüpteerimine…
console-triage-unreadable = Seda teadet ei saa teie võtmega avada.
error-summary-entry = { $field }: { $message }
error-field-recipients = Saajad
error-field-actor-type = Kes oli selle taga
error-field-loss-eur = Hinnanguline kahju
error-field-jobs-at-risk = Ohustatud töökohad
error-field-attachments = Manused
error-field-contact = Kontakt
error-field-organisation-id = KMKR number või LEI
error-field-consent = Kinnitus
console-nav-figures = Näitajad
console-figures-heading = Näitajad juhtkonnale
console-figures-lead = { $body }: ainult arvud ja kestused, arvutatud päevadest, mida server salvestab. Mitte midagi teadete sisust.
console-figures-csv = Laadi alla CSV-na
console-figures-received = Saabunud teated kuude kaupa
console-figures-month = Kuu
console-figures-count = Teated
console-figures-timing = Aeg kinnituseni ja tagasisideni
console-figures-step = Samm
console-figures-done = Tehtud
console-figures-median = Mediaan (päevades)
console-figures-p90 = 90. protsentiil (päevades)
console-figures-within = Tähtaja jooksul
console-figures-within-value = { $within } / { $decided } ({ $percent } %)
console-figures-ack = Kinnitus (7 päeva jooksul pärast saabumist)
console-figures-feedback = Tagasiside (3 kuu jooksul pärast kinnitust)
console-figures-open = Avatud juhtumid oleku järgi
console-figures-definitions = Tagasiside on esimene päev pärast kinnitust, mil läbivaataja teatajale kirjutas, või juhtumi sulgemise päev, olenevalt sellest, kumb oli varem. Mediaan ja protsentiil lähima järgu meetodil. Osakaalud arvestavad tehtud ja tähtaja ületanud samme; juhtumeid, mille tähtaeg veel kestab, ei arvestata.
console-assign-heading = Määramine
console-assign-label = Määratud
console-assign-nobody = Mitte kellelegi
console-assign-submit = Määra
console-triage-assigned-me = Minule määratud
console-triage-unassigned = Määramata

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Sõnumit ei saa allkirjastada: teie allkirjavõti ei ole veel allkirjastatud võtmekimbus. Midagi ei saadetud; paluge haldajal teie võti lisada.
console-casefile-heading = Üleantav toimik
console-casefile-hint = Koostatakse teie brauseris avatud teatest; midagi sellest ei saadeta serverisse. Auditilogisse kantakse ainult eksport ise: vorming, kaasatud osad ja varjatud sõnade arv.
console-casefile-parts = Kaasatavad osad
console-casefile-part-fields = Teate väljad
console-casefile-part-conversation = Vestlus
console-casefile-part-attachments = Manused koos nende SHA-256-ga
console-casefile-part-classification = Liigitus
console-casefile-redact-contact = Varja teavitaja kontaktandmed ja organisatsiooni identifikaator
console-casefile-terms = Varjatavad nimed ja sõnad
console-casefile-terms-hint = Üks rea kohta. Igaüks asendatakse kogu toimikus varjamismärgiga, olenemata suur- ja väiketähtedest.
console-casefile-download = Laadi toimik alla (HTML)
console-casefile-print = Prindi või salvesta PDF-ina
console-casefile-working = Toimikut valmistatakse ette: manuseid dekrüpteeritakse…
console-casefile-done = Toimiku eksport registreeriti.
console-casefile-no-parts = Valige vähemalt üks kaasatav osa.
console-casefile-title = Teate toimik
console-casefile-prepared = Koostatud
console-casefile-marker = [VARJATUD]
console-casefile-redactions = Varjamised
console-casefile-redacted-contact = Teavitaja kontaktandmed ja organisatsiooni identifikaator
console-casefile-redacted-terms = Menetleja märgitud sõnad
console-casefile-verified = allkiri kontrollitud
# --- indicators ---
report-section-indicators = Tehnilised indikaatorid (valikuline)
report-indicators-lead = Kui teil on rünnakust tehnilisi jälgi, loetlege need siin, üks väärtus rea kohta. Läbivaatajad saavad neid ründajate blokeerimiseks CSIRTidega jagada.
field-indicator-ip = IP-aadressid või -vahemikud
hint-indicator-ip = IPv4 või IPv6 või CIDR-vahemik: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domeeninimed
hint-indicator-domain = Näiteks files.example.com; rahvusvahelised nimed xn---kujul.
field-indicator-url = Veebiaadressid (URL-id)
hint-indicator-url = Täielik aadress, mis algab https:// või muu skeemiga.
field-indicator-email = E-posti aadressid
hint-indicator-email = Näiteks õngitsussõnumi saatja.
field-indicator-hash = Failide räsid
hint-indicator-hash = MD5, SHA-1 või SHA-256 kuueteistkümnendsüsteemis.
field-indicator-file-name = Failinimed
hint-indicator-file-name = Ainult nimi, ilma kaustata: arve.pdf.exe.
field-indicator-observations = Muud tehnilised tähelepanekud
hint-indicator-observations = Kõik muu, mis võib aidata: tööriistad, kontod, ajad.
error-indicator-ip = Rida { $line } ei ole IP-aadress ega CIDR-vahemik.
error-indicator-domain = Rida { $line } ei ole domeeninimi.
error-indicator-url = Rida { $line } ei ole täielik veebiaadress (nagu https://example.com/tee).
error-indicator-email = Rida { $line } ei ole e-posti aadress.
error-indicator-hash = Rida { $line } ei ole MD5-, SHA-1- ega SHA-256-räsi.
error-indicator-file-name = Rida { $line } ei ole failinimi (ilma kaustata, kuni 255 märki).
error-indicator-count = Sisestage sellele väljale kõige rohkem { $max } väärtust.
console-indicators-heading = Tehnilised indikaatorid
console-taxii-heading = Saada TAXII 2.1 kogumisse
console-taxii-hint = STIX 2.1 kimp koos eespool valitud TLP-tasemega läheb sellest brauserist otse teie asutuse TAXII-serverisse; aadressi ja kasutajaandmeid ei salvestata.
console-taxii-url = Kogumi aadress (lõpeb /collections/<id>/)
console-taxii-user = Kasutajanimi
console-taxii-password = Parool
console-taxii-push = Saada TAXII-sse
console-taxii-done = Kimp lisati TAXII kogumisse.
console-taxii-failed = TAXII-server lükkas kimbu tagasi või ei olnud kättesaadav. Kontrollige aadressi ja kasutajaandmeid ning seda, et server lubab selle konsooli päritolu (CORS).
# --- tags and referral ---
console-tags-heading = Sildid
console-tags-hint = Sildid pärinevad teie asutuse püsiloendist, mida haldab käitaja. Siltide nimed on nähtavad serveri käitajale: kasutage neid tähistena, mitte kunagi juhtumi sisu jaoks.
console-tags-none = Sellel teatel pole silte.
console-tags-field = Silt
console-tags-add = Lisa silt
console-tags-remove = Eemalda silt
console-error-tag-unknown = Seda silti pole teie asutuse loendis. Midagi ei muudetud.
console-refer-heading = Suuna asutusele { $body }
console-refer-hint = Teate võti pitseeritakse teie brauseris kontrollitud võtmerõnga asutuse { $body } võtmetele. Seejärel näeb { $body } teadet oma postkastis, oma tähtaegadega alates tänasest.
console-refer-note = Märkus asutusele { $body } (valikuline)
console-refer-note-hint = Pitseeritakse mõlemale asutusele nagu sisemärkus; teatajale seda kunagi ei näidata.
console-refer-tell = Teavita teatajat vestluses
console-refer-message = Sõnum teatajale
console-refer-message-default = Teie teade suunati asutusele { $body }, kes samuti seda menetleb.
console-refer-submit = Suuna teade
console-refer-done = Teade suunati.
console-referrals-heading = Suunamised
console-referral-line = Suunatud asutuselt { $from } asutusele { $to }, suunaja { $who }, { $day }.
console-referral-note = Märkus:
console-triage-referred-from = Suunaja: { $body }
console-error-referral-same = Teadet saab suunata ainult teisele asutusele.
console-error-referral-exists = Asutusel { $body } on see teade juba olemas; seda ei suunatud uuesti.
console-error-referral-slots = Pitseeritud võtmed ei vasta täpselt asutuse { $body } võtmetele võtmerõngas. Midagi ei suunatud.
# --- security keys (WebAuthn) ---
account-nav-keys = Turvavõtmed
account-keys-heading = Turvavõtmed
account-keys-lead = Turvavõti või telefoni või arvutisse salvestatud pääsuvõti võib sisselogimisel asendada autentimiskoodi ja seda ei saa õngitseda. Võite lisada mitu.
account-keys-totp-allowed = Teie konto saab sisse logida ka autentimiskoodiga.
account-keys-totp-forbidden = Teie konto logib sisse ainult turvavõtmega: autentimiskoode ei aktsepteerita.
account-keys-list-heading = Teie võtmed
account-keys-none = Ühtegi turvavõtit pole veel lisatud.
account-key-name = Võtme nimi
account-key-name-hint = Näiteks „sinine võti“, et selles loendis see ära tunda.
account-key-added-on = Lisatud
account-key-last-used = Viimati kasutatud
account-key-actions = Toimingud
account-key-remove = Eemalda
account-key-new-heading = Turvavõtme lisamine
account-key-add = Lisa turvavõti
account-key-touch = Järgige brauseri juhiseid ja puudutage oma turvavõtit.
account-key-failed = Turvavõti ei vastanud või päring tühistati. Proovige uuesti.
account-key-needs-js = Turvavõtme lisamiseks on selles brauseris vaja JavaScripti.
account-key-unavailable = Selle serveri aadressil ei saa turvavõtmeid kasutada. Pöörduge haldaja poole.
account-key-added = Turvavõti lisati.
account-key-removed = Turvavõti eemaldati.
account-key-last = See on teie viimane turvavõti ja teie konto ei tohi kasutada autentimiskoode: lisage enne selle eemaldamist uus võti.
account-key-expired = Päring kestis liiga kaua. Proovige uuesti.
account-key-invalid = Turvavõtme vastust ei aktsepteeritud. Proovige uuesti.
account-key-duplicate = See turvavõti on juba lisatud.
account-key-too-many = Teil on suurim lubatud arv turvavõtmeid. Eemaldage kõigepealt üks.
account-error-key-name = Andke võtmele 1–{ $max } märgi pikkune nimi.
account-key-signin-heading = Kasutage oma turvavõtit
account-key-signin-lead = Teie parool on õige. Kinnitage sisselogimine oma turvavõtmega.
account-key-signin-submit = Kasuta minu turvavõtit
account-key-signin-needs-js = Turvavõti vajab selles brauseris JavaScripti.
account-key-signin-back = Logi hoopis sisse autentimiskoodiga
account-field-code-key-hint = Kui kasutate turvavõtit, jätke kood tühjaks: võtit kasutate järgmises etapis.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Teavitused
console-notify-lead = Ainult arve sisaldav kokkuvõte: uued teated, teatajate uued sõnumid, peagi saabuvad ja ületatud tähtajad. See ei sisalda kunagi teate sisu, tunnust ega pealkirja.
console-notify-email = E-posti aadress
console-notify-email-hint = Kokkuvõte saadetakse sellele aadressile. Jätke tühjaks, kui e-kirja ei soovi.
console-notify-webhook = Veebikonksu URL
console-notify-webhook-hint = Samad arvud saadetakse siia JSON-vormingus (HTTP POST). Aadress peab algama https://. Jätke tühjaks, kui seda ei soovi.
console-notify-frequency = Kui sageli
console-notify-off = Mitte kunagi
console-notify-daily = Iga päev
console-notify-weekly = Iga nädal
console-notify-send-empty = Saada kokkuvõte ka siis, kui midagi ei juhtunud
console-notify-send-empty-hint = Siis saabub kokkuvõte iga kord ja selle saabumine ei reeda midagi uute teadete kohta.
console-notify-language = Kokkuvõtte keel
console-notify-save = Salvesta
console-notify-saved = Teie teavitusseaded on salvestatud.
console-notify-error-email = E-posti aadress: sisestage täielik aadress, näiteks nimi@example.eu.
console-notify-error-webhook = Veebikonksu URL: sisestage täielik aadress, näiteks https://hooks.example.eu/digest, ilma kasutajanime, parooli ja #-märgita.
console-notify-error-https = Veebikonksu URL: aadress peab algama https:// (http:// ainult selle masinani).
console-notify-error-destination = E-posti aadress: sisestage e-posti aadress või veebikonksu URL või valige „Mitte kunagi“.
notify-mail-subject = Teatamiskanal: teie kokkuvõte
notify-mail-intro = Kokkuvõte: { $body }, { $from } kuni { $through }. Ainult arvud: teadete nägemiseks logige konsooli sisse.
notify-mail-new-reports = Uued teated: { $count }
notify-mail-new-replies = Teatajate uued sõnumid: { $count }
notify-mail-ack-due = Kättesaamise kinnitused, mille tähtaeg on 2 päeva jooksul: { $count }
notify-mail-feedback-due = Tagasisided, mille tähtaeg on 14 päeva jooksul: { $count }
notify-mail-ack-overdue = Hilinenud kättesaamise kinnitused: { $count }
notify-mail-feedback-overdue = Hilinenud tagasisided: { $count }
notify-mail-nothing = Midagi uut ega tähtaegset ei ole.
notify-mail-footer = Saate selle kokkuvõtte, sest tellisite selle konsoolis (Teavitused). Seal saate seda muuta või selle lõpetada.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Kättesaamine kinnitatud
conversation-acknowledgement-due = Kättesaamise kinnitus hiljemalt
conversation-feedback-due = Tagasiside hiljemalt
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Seotud teated
console-related-hint = Võrreldud indikaatorite ja organisatsiooni tunnuse võtmega räsiväärtuste alusel, mis arvutatakse teie brauseris: server ei näe kunagi ühtegi indikaatorit. Näidatakse ainult teateid, mida teie asutus tohib avada.
console-related-none = Ühelgi teisel teie asutuse teatel ei ole selle teatega ühist indikaatorit.
console-related-report = Teade { $report }
console-related-shares = ühiseid indikaatoreid: { $count }
console-related-incident = võimalik, et sama intsident (sama organisatsiooni tunnus)
console-related-refused = Serveri pakutud korrelatsioonivõti ei ole see, mis on nimetatud allkirjastatud võtmerõngas: seda ei kasutatud ja midagi ei saadetud.
console-related-confirm = Kinnita see teade duplikaadina
console-related-unavailable = Korrelatsioon ei ole veel saadaval: teie võtmerõnga kirjele pole ühtegi korrelatsioonivõtit pitseeritud.
