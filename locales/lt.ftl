### Lietuvių. Tie patys identifikatoriai ir { $vietaženkliai } kaip en.ftl (tikrinama `cargo test -p i18n`).
### Žr. i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Lietuvių
language-switch-label = Kalba
language-switch-button = Keisti kalbą

## Page chrome

site-name = Pranešimų apie komercinių paslapčių vagystes kanalas
skip-to-content = Pereiti prie pagrindinio turinio
nav-label = Pagrindinis meniu
nav-home = Pradžia
nav-report = Pranešti apie vagystę
nav-follow-up = Sekti pranešimą
footer-privacy-notice = Privatumo pareiškimas
footer-recipients = Pranešimai siunčiami EUIPO ir Europolo Europos kovos su elektroniniais nusikaltimais centrui (EC3).

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $year } m. { $month ->
        [1] sausio
        [2] vasario
        [3] kovo
        [4] balandžio
        [5] gegužės
        [6] birželio
        [7] liepos
        [8] rugpjūčio
        [9] rugsėjo
        [10] spalio
        [11] lapkričio
       *[12] gruodžio
    } { $day } d.

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Praneškite apie komercinių paslapčių vagystę per kibernetinę ataką
page-title-report = Pranešimo pateikimas
page-title-follow-up = Jūsų pranešimo sekimas
page-title-privacy = Privatumo pareiškimas

## Reporter landing page

home-heading = Praneškite apie komercinių paslapčių vagystę per kibernetinę ataką
home-intro = Jei jūsų įmonės komercinės paslaptys buvo pavogtos per kibernetinę ataką, čia galite apie tai savanoriškai ir konfidencialiai pranešti EUIPO (ES intelektinės nuosavybės tarnybai) ir Europolo Europos kovos su elektroniniais nusikaltimais centrui (EC3).
home-point-recipients = Patys pasirenkate, kas gaus jūsų pranešimą: EUIPO, Europolo EC3 ar abu.
home-point-encrypted = Jūsų pranešimas užšifruojamas taip, kad jį galėtų perskaityti tik jūsų pasirinkti pranešimų nagrinėtojai. Ši svetainė niekada nesaugo jo įskaitomu pavidalu.
home-point-anonymous = Galite pranešti nenurodydami nei savo vardo ir pavardės, nei savo įmonės pavadinimo.
home-point-receipt = Išsiuntę pranešimą gausite kvito kodą. Saugokite jį: jo reikės norint perskaityti nagrinėtojų klausimus ir į juos atsakyti, o jį praradus jo pakeisti neįmanoma.
home-point-statistics = Iš sąrašų pasirinkti atsakymai (pavyzdžiui, sektorius ir atakos rūšis) taip pat naudojami ES lygmens statistikai. Prie jų pridedama triukšmo, kad nė vienos įmonės nebūtų galima nustatyti.
home-no-javascript = Forma veikia ir išjungus JavaScript (pavyzdžiui, Tor Browser saugiausiu režimu). Tokiu atveju jūsų pranešimą vos gavęs užšifruoja serveris, o ne jūsų naršyklė, todėl apsauga yra šiek tiek silpnesnė.
home-start-button = Pradėti pranešimą
home-follow-up-heading = Jau išsiuntėte pranešimą?
home-follow-up-text = Naudodamiesi kvito kodu galite skaityti nagrinėtojų žinutes ir į jas atsakyti.
home-follow-up-button = Sekti pranešimą naudojant kvito kodą

## Form: common parts

form-optional = (neprivaloma)
form-choose = Pasirinkite…
# Read by screen readers before each field error.
form-error-prefix = Klaida:
recipient-euipo = EUIPO (Europos Sąjungos intelektinės nuosavybės tarnyba)
recipient-ec3 = Europolo EC3 (Europos kovos su elektroniniais nusikaltimais centras)

## Errors: whole pages

error-page-title = Įvyko klaida
error-bad-request = Užklausos nepavyko apdoroti. Grįžkite atgal ir bandykite dar kartą.
error-not-found = Šio puslapio nėra. Patikrinkite adresą arba pradėkite iš naujo nuo pradžios puslapio.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Išsiųsti duomenys per dideli: riba – { $limit }. Pašalinkite arba sumažinkite priedus ir bandykite dar kartą.
error-csrf = Saugumo sumetimais šios formos galiojimas baigėsi ir niekas nebuvo išsaugota. Įkelkite puslapį iš naujo ir pateikite formą dar kartą.
error-form-used = Ši forma jau išsiųsta: jūsų pranešimas gautas vieną kartą, su tuomet parodytu kvito kodu. Norėdami pateikti kitą pranešimą, atidarykite naują formą.
error-rate-limited = Per trumpą laiką per daug bandymų. Palaukite kelias minutes ir bandykite dar kartą.
error-server = Mūsų sistemoje įvyko klaida ir niekas nebuvo išsaugota. Bandykite dar kartą vėliau.
error-unavailable = Paslauga laikinai neveikia. Bandykite dar kartą vėliau.
error-unavailable-title = Laikinai neveikia
error-database-unavailable = Šiuo metu negalime išsaugoti ar perskaityti pranešimų, todėl niekas nebuvo išsaugota. Palaukite minutę ir išsiųskite pranešimą dar kartą.

## Errors: form fields

error-required = Šį laukelį būtina užpildyti.
error-unknown-choice = Pasirinkite vieną iš sąraše pateiktų galimybių.
error-month-format = Mėnesį nurodykite formatu YYYY-MM, pavyzdžiui, 2026-03.
error-month-future = Mėnuo negali būti ateityje.
error-month-too-early = Mėnuo negali būti ankstesnis nei { $year } m.
error-detection-before-incident = Mėnuo, kai vagystė buvo nustatyta, negali būti ankstesnis nei mėnuo, kai ji prasidėjo.
error-number-format = Įveskite sveikąjį skaičių, pavyzdžiui, 250000.
# { $max } is an amount in euros.
error-loss-too-large = Suma negali viršyti { $max } EUR.
error-jobs-too-large = Darbo vietų skaičius negali viršyti { $max }.
error-too-long =
    { $max ->
        [one] Tekstas per ilgas: naudokite ne daugiau kaip { $max } ženklą.
        [few] Tekstas per ilgas: naudokite ne daugiau kaip { $max } ženklus.
        [many] Tekstas per ilgas: naudokite ne daugiau kaip { $max } ženklo.
       *[other] Tekstas per ilgas: didžiausias leidžiamas ženklų skaičius – { $max }.
    }
error-organisation-id = Įveskite PVM mokėtojo kodą (pavyzdžiui, DK12345678) arba LEI kodą (20 raidžių ir skaitmenų) arba palikite laukelį tuščią.
error-recipients = Pasirinkite bent vieną gavėją: EUIPO, Europolo EC3 ar abu.
error-consent = Prieš siųsdami pranešimą, patvirtinkite pažymėdami langelį.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Formoje yra { $count } klaida. Ištaisykite ją ir pateikite formą dar kartą.
        [few] Formoje yra { $count } klaidos. Ištaisykite jas ir pateikite formą dar kartą.
        [many] Formoje yra { $count } klaidos. Ištaisykite jas ir pateikite formą dar kartą.
       *[other] Formoje rasta klaidų: { $count }. Ištaisykite jas ir pateikite formą dar kartą.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Raktų rinkinio piršto atspaudas (palyginkite jį su EUIPO ir Europolo skelbiamu atspaudu):
error-go-back = Norėdami grįžti į formą, naudokite naršyklės mygtuką „Atgal“; įvestas tekstas paprastai išlieka.
# { $limit } is a number of files.
error-too-many-files = Per daug failų: didžiausias leidžiamas failų skaičius – { $limit }. Pašalinkite kelis failus ir bandykite dar kartą.

## Page titles (intake)

page-title-confirmation = Pranešimas gautas
page-title-conversation = Jūsų pranešimas

## Landing page: what the server sees

home-server-heading = Ką ši svetainė mato ir ko nemato
home-server-cannot = Ji negali perskaityti jūsų pranešimo, priedų ar žinučių: prieš išsaugant jie užšifruojami nagrinėtojams, o raktus jiems atverti turi tik nagrinėtojai.
home-server-can = Ji mato, kad pranešimas buvo išsiųstas tam tikrą dieną, kuriai įstaigai ir maždaug kokio dydžio jis yra. Ji niekada neregistruoja jūsų IP adreso, naršyklės ar tikslaus laiko.
home-fingerprint-heading = Patikrinkite, ar naudojatės tikruoju kanalu
home-fingerprint-text = Pranešimai užšifruojami raktais iš raktų rinkinio, pasirašyto kanalo neprisijungusiu (offline) raktu. Raktų rinkinio piršto atspaudas pateiktas toliau; EUIPO ir Europolas savo svetainėse skelbia tą patį piršto atspaudą.
home-tor-heading = Anoniminis pranešimas
home-tor-text = Norėdami užtikrinti didžiausią anonimiškumą, naudokite Tor Browser, tuo pat metu neprisijunkite prie jokių kitų paslaugų ir prieš pridėdami failus pašalinkite iš jų vardus, pavadinimus ir metaduomenis (autorių, įmonę, GPS).

## Report form

report-heading = Praneškite apie komercinių paslapčių vagystę
report-lead = Laukelius, pažymėtus kaip neprivalomus, galima palikti tuščius. Viskas, ką parašote, ir jūsų priedai užšifruojami jūsų pasirinktiems gavėjams.
report-guarantee-server = Be JavaScript jūsų pranešimą serveris užšifruoja operatyviojoje atmintyje tą pačią akimirką, kai jį gauna, ir jis niekada nesaugomas įskaitomu pavidalu. Įjungus JavaScript, prieš siunčiant pranešimą jį užšifruoja jūsų naršyklė.
report-files-dropped = Saugumo sumetimais pridėti failai neišsaugomi, kai forma grąžinama su klaidomis. Pridėkite juos dar kartą.
report-section-classification = Apie incidentą
report-section-when = Kada tai įvyko
report-section-impact = Poveikis
report-section-account = Kas nutiko
report-section-optional = Neprivaloma informacija
report-submit = Užšifruoti ir išsiųsti pranešimą
field-recipients = Kas turėtų gauti pranešimą?
hint-recipients = Pasirinkite vieną arba abu. Pranešimą galės perskaityti tik jūsų pasirinktų įstaigų nagrinėtojai.
field-member-state = Valstybė narė, kurioje įsisteigusi jūsų įmonė
hint-member-state = Naudojama ES statistikai pagal šalis.
field-sector = Jūsų įmonės sektorius
hint-sector = Jūsų pagrindinės veiklos NACE sekcija.
field-incident-class = Incidento rūšis
hint-incident-class = Pasirinkite labiausiai tinkantį variantą; nagrinėtojai gali jį pataisyti.
field-attack-vector = Kaip užpuolikai pateko į sistemą
hint-attack-vector = Jei dar nežinote, pasirinkite „Nežinoma“.
field-actor-type = Kas, jūsų manymu, už to slypi?
hint-actor-type = Jūsų geriausias vertinimas; „Nežinoma“ taip pat yra tinkamas atsakymas.
field-incident-month = Mėnuo, kai vagystė prasidėjo
hint-incident-month = Formatu YYYY-MM, pavyzdžiui, 2026-03. Užtenka apytikslio vertinimo.
field-detection-month = Mėnuo, kai vagystė buvo nustatyta
hint-detection-month = Formatu YYYY-MM.
field-loss-eur = Apytiksliai nuostoliai eurais (neprivaloma)
hint-loss-eur = Sveikasis skaičius, pavyzdžiui, 250000. Jei negalite jų įvertinti, palikite tuščią.
field-jobs-at-risk = Pavojuje esančios darbo vietos (neprivaloma)
hint-jobs-at-risk = Kelioms darbo vietoms dėl vagystės gresia pavojus, jei galite tai įvertinti.
field-what-taken = Kas buvo pavogta
hint-what-taken = Pavyzdžiui: pirminis kodas, brėžiniai, klientų sąrašai, receptūros ir formulės, gamybos procesai.
field-narrative = Kas nutiko
hint-narrative = Savais žodžiais aprašykite ataką ir kaip ji buvo nustatyta: datas, paveiktas sistemas, ką ėmėtės daryti nuo to laiko.
field-attachments = Priedai (neprivaloma)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Didžiausias failų skaičius – { $max_files }, kiekvieno failo dydis – ne daugiau kaip { $max_mib } MB. Gauti failai užšifruojami.
field-contact = Kaip nagrinėtojai gali su jumis susisiekti? (neprivaloma)
hint-contact = Jei norite likti anonimiški, palikite laukelį tuščią: žinutes skaityti ir į jas atsakyti vis tiek galėsite naudodamiesi kvito kodu.
field-organisation-id = Įmonės PVM mokėtojo kodas arba LEI kodas (neprivaloma)
hint-organisation-id = Neprivaloma. Jis šifruojamas: jį gali skaityti pasirinktų institucijų vertintojai; jis niekada neskelbiamas. Statistikoje jis tampa pseudonimu, kad jūsų įmonė per ketvirtį būtų skaičiuojama ne daugiau kaip kartą, o skelbiami skaičiai saugotų įmonės pranešimus kaip visumą (numatytai ε = 1 per ketvirtį, ne daugiau kaip ε = 4 per metus). Be jo kiekvienas pranešimas saugomas atskirai, o ne visi jūsų pranešimai kartu.
field-consent = Patvirtinu, kad, kiek žinau, informacija yra teisinga, ir sutinku, kad ji būtų tvarkoma, kaip aprašyta privatumo pareiškime.
hint-consent = Vėliau pranešimą galite atšaukti – parašykite nagrinėtojams naudodamiesi savo kvito kodu.

## Confirmation

confirmation-heading = Jūsų pranešimas gautas
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Jūsų pranešimas buvo užšifruotas ir išsiųstas. Gavėjas: { $recipients }.
confirmation-receipt-heading = Jūsų kvito kodas
confirmation-receipt-text = Užsirašykite šį kodą arba atsisiųskite jį dabar. Jo reikės norint perskaityti nagrinėtojų klausimus ir į juos atsakyti.
confirmation-receipt-once = Šis kodas rodomas tik vieną kartą. Niekas, net nagrinėtojai, negalės jo jums atkurti.
confirmation-download = Atsisiųsti kvitą kaip tekstinį failą
confirmation-print = Taip pat galite išspausdinti šį puslapį: bus išspausdintas tik kodas ir šie nurodymai.
confirmation-guarantee-heading = Kaip buvo apsaugotas jūsų pranešimas
confirmation-sealed-by-server = Jūsų naršyklė išsiuntė pranešimą be JavaScript, todėl serveris jį gavęs užšifravo operatyviojoje atmintyje. Įskaitomu pavidalu jis niekada nebuvo įrašytas į diską.
confirmation-sealed-by-browser = Jūsų naršyklė užšifravo pranešimą prieš jį išsiųsdama; serveris niekada nematė jo įskaitomu pavidalu.
confirmation-next-heading = Kas bus toliau
confirmation-next-text = Nagrinėtojai per 7 dienas patvirtina, kad pranešimą gavo, ir per 3 mėnesius pateikia grįžtamąją informaciją. Norėdami perskaityti jų žinutes, grįžkite čia su savo kvito kodu.
recipients-both = EUIPO ir EC3
receipt-file-title = Jūsų pranešimo, pateikto per pranešimų apie komercinių paslapčių vagystes kanalą, kvito kodas
receipt-file-keep = Laikykite šį kodą paslaptyje ir saugioje vietoje. Naudokite jį kanalo pranešimo sekimo puslapyje.

## Follow-up

followup-heading = Jūsų pranešimo sekimas
followup-lead = Įveskite kvito kodą, kurį gavote išsiuntę pranešimą.
followup-receipt-label = Kvito kodas
followup-receipt-hint = 24 raidės ir skaitmenys, pavyzdžiui, 7KQM-2XPA-…; brūkšneliai ir tarpai nesvarbūs.
followup-submit = Atverti mano pranešimą
followup-wrong-receipt = Šį kvito kodą atitinkančio pranešimo nėra. Patikrinkite kiekvieną ženklą ir bandykite dar kartą.

## Conversation

conversation-heading = Jūsų pranešimas
conversation-status = Būsena
conversation-received = Gavimo data
conversation-sealed-by-server = Šį pranešimą jį gavęs užšifravo serveris (išsiųstas be JavaScript).
conversation-messages = Žinutės
conversation-empty = Žinučių dar nėra. Nagrinėtojai per 7 dienas patvirtina, kad pranešimą gavo.
conversation-from-you = Jūs
conversation-from-reviewer = Nagrinėtojas
conversation-reply-heading = Rašyti nagrinėtojams
conversation-reply-label = Jūsų žinutė
conversation-reply-submit = Užšifruoti ir išsiųsti žinutę
conversation-reply-sent = Jūsų žinutė buvo užšifruota ir išsiųsta.
conversation-reply-empty = Prieš siųsdami parašykite žinutę arba pridėkite failą.
status-new = Gautas, gavimas dar nepatvirtintas
status-acknowledged = Gavimas patvirtintas
status-in-review = Nagrinėjamas
status-information-requested = Nagrinėtojai paprašė jūsų pateikti informacijos
status-referred = Perduotas kompetentingoms institucijoms
status-closed = Baigtas

## Privacy notice

privacy-heading = Privatumo pareiškimas
privacy-controllers = Pranešimus tvarko EUIPO ir Europolas (EC3), kiekvienas – jam adresuotus pranešimus, atitinkamai pagal Reglamentą (ES) 2018/1725 ir Reglamentą (ES) 2016/794.
privacy-what-heading = Kas tvarkoma
privacy-what-text = Jūsų pranešimo turinys, jo priedai ir jūsų žinutės užšifruojami taip, kad juos galėtų perskaityti tik jūsų pasirinktų įstaigų nagrinėtojai. Pranešimo gavimo diena, jo būsena ir gavėjai saugomi įskaitomu pavidalu, kad būtų galima valdyti terminus.
privacy-not-heading = Kas niekada neregistruojama
privacy-not-text = Jūsų IP adresas, naršyklė ir tikslus apsilankymų laikas niekada nesaugomi ir neregistruojami žurnaluose. Pranešimų teikimo puslapiuose slapukai nenaudojami.
privacy-statistics-heading = Statistika
privacy-statistics-text = Iš sąrašų pasirinkti atsakymai naudojami ES lygmens statistikai, skelbiamai taikant diferencinį privatumą. Saugoma įmonė pagal jos nurodytą PVM mokėtojo kodą arba LEI: ar ji pranešė per ketvirtį, ir ką, keičia bet kurio paskelbto skaičiaus tikimybę ne daugiau kaip koeficientu e^ε, kiekvienu leidimu skelbiamose ribose (numatytai ε = 1 per ketvirtį, koeficientas 2,7, ir ε = 4 per kalendorinius metus, koeficientas 55; per kelerius metus koeficientai dauginasi). Pranešimai be identifikatoriaus saugomi po vieną, todėl įmonė, siunčianti kelis be jo, saugoma silpniau. Skaičiai yra įverčiai su triukšmu, o ne tikslūs skaičiavimai.
privacy-retention-heading = Kiek laiko saugomi pranešimai
privacy-retention-text = Baigti pranešimai ištrinami pasibaigus nagrinėjančių įstaigų nustatytam saugojimo laikotarpiui. Tai neturi įtakos paskelbtai statistikai.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austrija
member-state-BE = Belgija
member-state-BG = Bulgarija
member-state-HR = Kroatija
member-state-CY = Kipras
member-state-CZ = Čekija
member-state-DK = Danija
member-state-EE = Estija
member-state-FI = Suomija
member-state-FR = Prancūzija
member-state-DE = Vokietija
member-state-EL = Graikija
member-state-HU = Vengrija
member-state-IE = Airija
member-state-IT = Italija
member-state-LV = Latvija
member-state-LT = Lietuva
member-state-LU = Liuksemburgas
member-state-MT = Malta
member-state-NL = Nyderlandai
member-state-PL = Lenkija
member-state-PT = Portugalija
member-state-RO = Rumunija
member-state-SK = Slovakija
member-state-SI = Slovėnija
member-state-ES = Ispanija
member-state-SE = Švedija

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Žemės ūkis, miškininkystė ir žuvininkystė
sector-B = Kasyba ir karjerų eksploatavimas
sector-C = Apdirbamoji gamyba
sector-D = Elektros, dujų, garo tiekimas ir oro kondicionavimas
sector-E = Vandens tiekimas, nuotekų valymas, atliekų tvarkymas ir regeneravimas
sector-F = Statyba
sector-G = Didmeninė ir mažmeninė prekyba; variklinių transporto priemonių ir motociklų remontas
sector-H = Transportas ir saugojimas
sector-I = Apgyvendinimo ir maitinimo paslaugų veikla
sector-J = Informacija ir ryšiai
sector-K = Finansinė ir draudimo veikla
sector-L = Nekilnojamojo turto operacijos
sector-M = Profesinė, mokslinė ir techninė veikla
sector-N = Administracinė ir aptarnavimo veikla
sector-O = Viešasis valdymas ir gynyba; privalomasis socialinis draudimas
sector-P = Švietimas
sector-Q = Žmonių sveikatos priežiūra ir socialinis darbas
sector-R = Meninė, pramoginė ir poilsio organizavimo veikla
sector-S = Kita aptarnavimo veikla
sector-T = Namų ūkių kaip darbdavių veikla; namų ūkių veikla, susijusi su savoms reikmėms tenkinti skirtų nediferencijuotų produktų gamyba ir paslaugų teikimu
sector-U = Ekstrateritorinių organizacijų ir įstaigų veikla

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Informacijos saugumas: neteisėta prieiga prie informacijos
incident-class-information-content-security--unauthorised-information-modification = Informacijos saugumas: informacija pakeista be leidimo
incident-class-information-content-security--data-loss = Informacijos saugumas: prarasti duomenys
incident-class-information-content-security--leak-confidential-information = Informacijos saugumas: nutekėjo konfidenciali informacija
incident-class-intrusions--system-compromise = Įsilaužimas: užvaldyta sistema (serveris arba kompiuteris)
incident-class-intrusions--application-compromise = Įsilaužimas: užvaldyta taikomoji programa
incident-class-intrusions--privileged-account-compromise = Įsilaužimas: užvaldyta administratoriaus paskyra
incident-class-intrusions--unprivileged-account-compromise = Įsilaužimas: užvaldyta paprasto naudotojo paskyra
incident-class-intrusions--burglary = Įsilaužimas: fizinis įsibrovimas į patalpas
incident-class-information-gathering--social-engineering = Informacijos rinkimas: žmonėmis buvo manipuliuojama, kad jie atskleistų informaciją (socialinė inžinerija)
incident-class-information-gathering--sniffing = Informacijos rinkimas: perimtas tinklo srautas
incident-class-malicious-code--infected-system = Kenkėjiškas kodas: užkrėsta sistema
incident-class-fraud--masquerade = Sukčiavimas: kažkas apsimetė asmeniu ar organizacija, kuriais pasitikite
incident-class-fraud--phishing = Sukčiavimas: fišingas (suklastotos žinutės ar svetainės, kuriomis siekiama išgauti slaptažodžius ar duomenis)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Įsilaužimas: žiniatinklio programa
attack-vector-hacking--backdoor-or-c2 = Įsilaužimas: galinės durys arba nuotolinio valdymo kanalas (C2)
attack-vector-hacking--desktop-sharing = Įsilaužimas: nuotolinis darbalaukis arba ekrano bendrinimas
attack-vector-hacking--vpn = Įsilaužimas: VPN prieiga
attack-vector-hacking--partner = Įsilaužimas: per partnerio prieigą (tiekėjo arba paslaugų teikėjo)
attack-vector-hacking--command-shell = Įsilaužimas: komandų apvalkalas
attack-vector-malware--email-attachment = Kenkėjiška programinė įranga: el. laiško priedas
attack-vector-malware--email-link = Kenkėjiška programinė įranga: nuoroda el. laiške
attack-vector-malware--web-download = Kenkėjiška programinė įranga: atsisiuntimas iš svetainės
attack-vector-malware--software-update = Kenkėjiška programinė įranga: programinės įrangos naujinys
attack-vector-malware--direct-install = Kenkėjiška programinė įranga: užpuolikas ją įdiegė tiesiogiai
attack-vector-malware--network-propagation = Kenkėjiška programinė įranga: išplito tinklu
attack-vector-social--email = Socialinė inžinerija: el. paštas
attack-vector-social--phone = Socialinė inžinerija: telefono skambutis
attack-vector-social--in-person = Socialinė inžinerija: asmeniškai
attack-vector-social--website = Socialinė inžinerija: svetainė
attack-vector-social--sms = Socialinė inžinerija: trumpoji žinutė (SMS)
attack-vector-misuse--lan-access = Vidinis piktnaudžiavimas: prieiga iš vidinio tinklo
attack-vector-misuse--physical-access = Vidinis piktnaudžiavimas: fizinė prieiga
attack-vector-misuse--remote-access = Vidinis piktnaudžiavimas: nuotolinė prieiga
attack-vector-misuse--non-corporate = Vidinis piktnaudžiavimas: už įmonės sistemų ribų (asmeninis el. paštas, įrenginiai ar tinklai)
attack-vector-unknown = Nežinoma arba dar nenustatyta

## Categories: actor types

actor-type-competitor = Konkurentas
actor-type-nation-state = Valstybinis subjektas (užsienio valstybės vyriausybė ar jos institucijos)
actor-type-organised-crime = Organizuotas nusikalstamumas
actor-type-insider = Vidinis asmuo (dabartinis darbuotojas arba rangovas)
actor-type-former-employee = Buvęs darbuotojas
actor-type-unknown = Nežinoma

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript įjungtas: jūsų naršyklė užšifruoja pranešimą ir priedus jūsų pasirinktiems gavėjams, prieš išsiunčiant bet ką. Serveris gauna tik užšifruotus duomenis.
js-status-checking = Tikrinama forma ir nagrinėtojų raktai…
js-status-encrypting = Jūsų pranešimas ir priedai šifruojami šioje naršyklėje…
js-status-proof-of-work = Ruošiamasi siuntimui (trumpas skaičiavimas, kuris apsaugo kanalą nuo automatinio šlamšto)…
js-status-sending = Siunčiamas užšifruotas pranešimas…
js-error-keyring = Nepavyko patikrinti nagrinėtojų raktų: raktų rinkinys nepasirašytas raktu, kurio piršto atspaudas rodomas šiame puslapyje. Niekas nebuvo išsiųsta. Nesiųskite pranešimo iš šio puslapio; susisiekite su EUIPO arba Europolu per jų oficialias svetaines.
js-error-network = Pranešimo nepavyko išsiųsti, nes nutrūko ryšys. Niekas nebuvo išsaugota. Patikrinkite ryšį ir bandykite dar kartą.
js-error-crypto = Jūsų naršyklė negalėjo užšifruoti pranešimo, todėl niekas nebuvo išsiųsta. Bandykite dar kartą arba išjunkite JavaScript ir pateikite formą be jo.
js-error-file = Nepavyko nuskaityti pridėto failo. Patikrinkite, ar failas vis dar yra, pridėkite jį iš naujo ir bandykite dar kartą.
js-error-kept = Jūsų atsakymai ir pridėti failai liko formoje.
js-retry = Bandyti dar kartą
js-print = Spausdinti kvito kodą

## Reviewer console (/console/)

console-name = Nagrinėtojo pultas
console-nav-inbox = Gautieji
console-logout = Atsijungti
console-logout-everywhere = Atsijungti visuose įrenginiuose
console-go-to-login = Eiti į prisijungimo puslapį
console-refused-heading = Užklausa atmesta
console-login-heading = Prisijungimas prie nagrinėtojo pulto
console-login-submit = Prisijungti
console-field-name = Vardas
console-field-password = Slaptažodis
console-field-code = Autentifikavimo programėlės kodas
console-field-code-hint = Šešių skaitmenų kodas, kurį dabar rodo jūsų autentifikavimo programėlė. Kiekvieną kodą galima naudoti tik vieną kartą.
console-notice-expired = Jūsų seansas baigėsi. Prisijunkite iš naujo.
console-notice-logged-out = Jūs atsijungėte.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Neteisingas vardas, slaptažodis arba kodas. Bandykite dar kartą; po daugelio nesėkmingų bandymų palaukite minutę prieš kitą.
console-error-csrf = Šios formos nepavyko priimti, nes jos saugumo žetono nėra, jis neteisingas arba priklauso kitam seansui. Niekas nebuvo pakeista. Įkelkite puslapį iš naujo ir bandykite dar kartą.
error-cross-site = Ši forma buvo išsiųsta iš kitos svetainės, todėl ji atmesta ir niekas nepakeista. Atverkite puslapį šioje svetainėje ir pateikite formą iš ten.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Puslapiai
pager-previous = Ankstesnis puslapis
pager-next = Kitas puslapis
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Puslapis { $page } iš { $pages }
error-method-not-allowed = Šis adresas tokios užklausos nepriima.
error-headers-too-large = Užklausoje buvo per daug antraščių duomenų, todėl ji atmesta. Ištrinkite šios svetainės slapukus ir bandykite dar kartą.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Teksto laukas per ilgas: riba yra { $limit } vienam laukui. Sutrumpinkite tekstą ir išsiųskite jį dar kartą.
followup-unsent-label = Jūsų atsakymas (neišsiųstas)
followup-unsent-hint = Jis neišsiųstas, nes kvitas neatpažintas. Nukopijuokite jį, vėl prisijunkite su savo kvitu ir išsiųskite jį iš savo pokalbio.
console-enrol-heading = Nagrinėtojo paskyros sukūrimas
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Sveiki, { $name } ({ $body })! Pasirinkite prisijungimo slaptažodį ir nustatykite kodų programėlę. Ši nuoroda veikia tik vieną kartą.
console-enrol-password-heading = 1. Prisijungimo slaptažodis
console-field-new-password = Naujas slaptažodis
console-field-confirm-password = Tas pats slaptažodis dar kartą
# { $min } is a number of characters.
console-enrol-password-hint = { $min ->
        [one] Mažiausiai { $min } ženklas.
        [few] Mažiausiai { $min } ženklai.
        [many] Mažiausiai { $min } ženklo.
       *[other] Mažiausias ženklų skaičius – { $min }.
    } Kelių žodžių slaptafrazę lengviausia įsiminti.
console-enrol-totp-heading = 2. Autentifikavimo programėlė
console-enrol-totp-scan = Nuskenuokite šį QR kodą savo autentifikavimo programėle (laiku pagrįsti kodai, TOTP).
console-enrol-totp-secret = Jei negalite jo nuskenuoti, įveskite į programėlę šį raktą:
console-enrol-code-hint = Norėdami baigti, įveskite šešių skaitmenų kodą, kurį dabar rodo programėlė.
console-enrol-submit = Baigti nustatymą
console-enrol-done = Jūsų paskyra parengta. Dabar galite prisijungti nurodę vardą, slaptažodį ir autentifikavimo programėlės kodą.
console-enrol-fingerprint = Jūsų rakto kontrolinis kodas yra { $fingerprint }. Jūsų raktas naudojamas tik operatoriui įtraukus jį į raktų ryšulį: operatorius paprašys perskaityti šį kodą telefonu arba asmeniškai ir įtrauks raktą tik tuo atveju, jei jis sutaps.
console-error-enrol-link = Ši registracijos nuoroda negalioja: ji jau buvo panaudota, jos galiojimas baigėsi arba ji įvesta su klaida. Paprašykite operatoriaus naujos nuorodos.
console-error-password-short = Slaptažodis per trumpas: { $min ->
        [one] naudokite ne mažiau kaip { $min } ženklą
        [few] naudokite ne mažiau kaip { $min } ženklus
        [many] naudokite ne mažiau kaip { $min } ženklo
       *[other] mažiausias leidžiamas ženklų skaičius – { $min }
    }.
console-error-password-mismatch = Slaptažodžiai nesutampa. Abiejuose laukeliuose įveskite tą patį slaptažodį.
console-error-enrol-code = Kodas neteisingas. Patikrinkite, ar programėlė nustatyta naudojant pirmiau pateiktą raktą ir ar jūsų įrenginio laikrodis rodo teisingą laiką, tada įveskite kodą, kurį programėlė rodo dabar.
console-inbox-heading = Gautieji
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] jūsų įstaigai adresuotas { $count } pranešimas.
    [few] jūsų įstaigai adresuoti { $count } pranešimai.
    [many] jūsų įstaigai adresuota { $count } pranešimo.
   *[other] jūsų įstaigai adresuotų pranešimų skaičius – { $count }.
}
console-inbox-empty = Jūsų įstaigai dar neadresuotas nė vienas pranešimas.
console-inbox-col-report = Pranešimas
console-inbox-col-received = Gautas (diena)
console-inbox-col-status = Būsena
console-inbox-col-sealed-by = Užšifravo
console-status-new = Naujas
console-status-acknowledged = Gavimas patvirtintas
console-status-in-review = Nagrinėjamas
console-status-information-requested = Paprašyta informacijos
console-status-referred = Perduotas
console-status-closed = Baigtas
console-sealed-by-browser = Pranešėjo naršyklė
console-sealed-by-server = Serveris (išsiųsta be JavaScript: silpnesnė apsauga)
console-inbox-col-deadline = Kitas terminas (Direktyva 2019/1937)
console-inbox-col-action = Keisti būseną
console-deadline-acknowledgement = Gavimo patvirtinimo terminas: { $day }
console-deadline-feedback = Grįžtamosios informacijos terminas: { $day }
console-deadline-overdue = Praleistas
console-deadline-due-soon = Netrukus baigiasi
console-deadline-none = Nėra (baigtas)
console-deadline-counts = Terminai: praleista – { $overdue }, baigiasi per 2 dienas – { $soon }.
console-status-change-label = Nauja būsena
console-status-change-submit = Keisti
console-status-final = Baigtas: daugiau keisti negalima
console-transition-refused-heading = Būsenos pakeitimas atmestas
console-error-transition = Pranešimo būsenos negalima pakeisti iš „{ $from }“ į „{ $to }“. Niekas nebuvo pakeista. Pasirinkite vieną iš gautųjų sąraše siūlomų būsenų.
console-back-to-inbox = Grįžti į gautuosius

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Raktas pranešimams skaityti
console-enrol-needs-js = Pranešimams skaityti reikia naršyklės su JavaScript: jūsų asmeninis raktas jiems skaityti sukuriamas ir užrakinamas jūsų naršyklėje, niekada serveryje. Norėdami baigti nustatyti paskyrą, įjunkite JavaScript arba naudokite kitą naršyklę.
console-enrol-key-explain = Jūsų naršyklė dabar sukurs jūsų asmeninį raktą pranešimams skaityti ir užrakins jį atrakinimo slaptafraze. Pasirinkite slaptafrazę, kuri skiriasi nuo jūsų prisijungimo slaptažodžio. Ji niekada nepalieka šios naršyklės: jei ją pamiršite, operatorius turės jums sukurti naują raktą.
console-field-unlock-passphrase = Atrakinimo slaptafrazė
console-field-unlock-passphrase-confirm = Ta pati atrakinimo slaptafrazė dar kartą
console-enrol-unlock-hint = { $min ->
        [one] Mažiausiai { $min } ženklas
        [few] Mažiausiai { $min } ženklai
        [many] Mažiausiai { $min } ženklo
       *[other] Mažiausias ženklų skaičius – { $min }
    }; ji negali sutapti su jūsų prisijungimo slaptažodžiu.
console-error-unlock-short = Atrakinimo slaptafrazė per trumpa: { $min ->
        [one] naudokite ne mažiau kaip { $min } ženklą
        [few] naudokite ne mažiau kaip { $min } ženklus
        [many] naudokite ne mažiau kaip { $min } ženklo
       *[other] mažiausias leidžiamas ženklų skaičius – { $min }
    }.
console-error-unlock-mismatch = Atrakinimo slaptafrazės nesutampa. Abiejuose laukeliuose įveskite tą pačią slaptafrazę.
console-error-unlock-same = Atrakinimo slaptafrazė turi skirtis nuo jūsų prisijungimo slaptažodžio: prisijungimo slaptažodis siunčiamas į serverį, o atrakinimo slaptafrazė – niekada.
console-enrol-key-working = Jūsų raktas kuriamas ir užrakinamas. Tai užtruks kelias sekundes…
console-error-key-failed = Jūsų naršyklė negalėjo sukurti rakto. Įkelkite puslapį iš naujo ir bandykite dar kartą.
console-error-enrol-key = Pranešimams skaityti reikia naršyklės su JavaScript, o ši forma gauta be rakto, kurį sukuria jūsų naršyklė. Įjunkite JavaScript, įkelkite puslapį iš naujo ir bandykite dar kartą.

## Reviewer console: reading a report
console-report-heading = Pranešimas
console-report-bodies = Gavėjai
console-report-needs-js = Pranešimams skaityti reikia naršyklės su JavaScript: pranešimas iššifruojamas jūsų naršyklėje jūsų raktu, niekada serveryje.
console-report-no-key = Jūsų paskyra neturi rakto pranešimams skaityti. Paprašykite operatoriaus naujos registracijos nuorodos.
console-unlock-heading = Atrakinkite savo raktą
console-unlock-hint = Jūsų atrakinimo slaptafrazė naudojama tik šiame puslapyje ir niekada nesiunčiama. Atvėrus kitą puslapį jos reikės vėl.
console-unlock-submit = Atrakinti ir atverti pranešimą
console-unlock-working = Atrakinamas jūsų raktas ir atveriamas pranešimas…
console-error-unlock-wrong = Atrakinimo slaptafrazė neteisinga. Niekas nebuvo atverta. Bandykite dar kartą.
console-error-open-failed = Šio pranešimo negalima atverti jūsų raktu. Galbūt jis buvo išsiųstas anksčiau, nei jūsų raktas buvo įtrauktas į raktų rinkinį; kolega, galintis jį perskaityti, gali suteikti jums prieigą.
console-error-keyring = Nepavyko patikrinti nagrinėtojų raktų: raktų rinkinys nepasirašytas raktu, kurio piršto atspaudu buvo paleistas šis serveris. Niekas nebuvo išsiųsta.
console-error-keyring-rollback = Šis raktų ryšulys senesnis (mažesnis eilės numeris) nei tas, kurį ši naršyklė jau matė su tuo pačiu pasirašymo raktu: gali būti, kad grąžintas senas ryšulys, norint panaudoti pašalintą raktą. Niekas nebuvo atidaryta ar išsiųsta. Praneškite operatoriui.
console-error-network = Ryšys nepavyko. Niekas nebuvo išsiųsta. Patikrinkite ryšį ir bandykite dar kartą.
console-report-fields-heading = Ką pateikė pranešėjas
console-report-field-member-state = Valstybė narė
console-report-field-sector = Sektorius
console-report-field-incident-class = Incidento rūšis
console-report-field-attack-vector = Atakos vektorius
console-report-field-actor-type = Įtariamas vykdytojas
console-report-field-incident-month = Mėnuo, kai vagystė prasidėjo
console-report-field-detection-month = Mėnuo, kai vagystė buvo nustatyta
console-report-field-loss-eur = Apytiksliai nuostoliai
console-report-field-jobs-at-risk = Pavojuje esančios darbo vietos
console-report-field-what-taken = Kas buvo pavogta
console-report-field-narrative = Kas nutiko
console-report-field-contact = Kontaktiniai duomenys
console-report-field-organisation-id = PVM mokėtojo kodas arba LEI kodas
console-report-empty = (nenurodyta)
console-report-attachments-heading = Priedai
console-report-attachments-none = Priedų nėra.
console-attachment-save = Iššifruoti ir išsaugoti
console-attachment-working = Iššifruojama…
console-error-attachment = Priedo nepavyko iššifruoti: jis sugadintas arba neišsamus. Niekas nebuvo išsaugota.
console-thread-heading = Susirašinėjimas su pranešėju
console-thread-empty = Žinučių dar nėra.
console-thread-from-reporter = Pranešėjas
console-thread-from-reviewer = Nagrinėtojas
console-thread-note = Vidinė pastaba
console-thread-unreadable = (šios žinutės negalima atverti jūsų raktu)
envelope-mismatch = Šis vokas priklauso kitam pranešimui arba yra kitos rūšies; jis nerodomas.
conversation-from-signed = Nuo { $name } (parašas patikrintas)
conversation-from-channel = Automatinis pranešimų kanalo pranešimas
message-bad-signature = Ši žinutė nerodoma: ji teigia esanti nuo vertintojo, bet jos parašo nėra arba jis neatitinka jokio vertintojo rakto pasirašytame raktų rinkinyje. Ji gali būti suklastota; nesivadovaukite ja.
console-ack-heading = Patvirtinti pranešimo gavimą
console-ack-label = Gavimo patvirtinimas pranešėjui
console-ack-default = Dėkojame už pranešimą. Jį gavome ir išnagrinėsime. Jei turėsime klausimų, juos rasite čia.
console-ack-submit = Patvirtinti ir išsiųsti
console-message-heading = Žinutė pranešėjui
console-message-label = Jūsų žinutė
console-message-hint = Užšifruojama jūsų naršyklėje pranešėjui ir šio pranešimo nagrinėtojams. Pranešėjas ją perskaito naudodamasis savo kvito kodu.
console-message-submit = Siųsti pranešėjui
console-note-heading = Vidinė pastaba
console-note-label = Jūsų pastaba
console-note-hint = Užšifruojama jūsų naršyklėje tik jūsų organizacijos nagrinėtojams. Pranešėjas jos niekada nemato.
console-note-submit = Pridėti pastabą
console-error-message-empty = Pirmiausia parašykite žinutę (ne daugiau kaip 20 000 ženklų).
console-sending = Šifruojama ir siunčiama…
console-sent = Išsiųsta.
console-grants-heading = Kolegų prieiga
console-grants-hint = Jūsų organizacijos kolegos, kurių raktai į raktų rinkinį buvo įtraukti po to, kai šis pranešimas buvo gautas, negali jo perskaityti. Jūsų naršyklė gali suteikti jiems prieigą užšifruodama pranešimo raktą jų raktu.
console-grants-none = Visi raktų rinkinyje esantys jūsų organizacijos nagrinėtojai gali perskaityti šį pranešimą.
console-grant-submit = Suteikti prieigą
console-grant-done = Prieiga suteikta.
console-error-grant-exists = Šis kolega jau gali perskaityti šį pranešimą.
console-classify-heading = Patvirtinta klasifikacija statistikai
console-classify-hint = Pataisykite struktūrinius laukelius arba pažymėkite pranešimą kaip dublikatą ar nepatenkantį į taikymo sritį. Jūsų naršyklė pataisytą įrašą užšifruoja tik anonimizavimo tarnybai; jis pakeičia pranešėjo įrašą statistikoje. Aprašymas ir kontaktiniai duomenys į jį niekada neįtraukiami.
console-classify-status = Pranešimo statusas
console-classify-valid = Galiojantis
console-classify-duplicate = Kito pranešimo dublikatas
console-classify-out-of-scope = Nepatenka į taikymo sritį
console-classify-submit = Išsaugoti patvirtintą klasifikaciją
console-classify-done = Patvirtinta klasifikacija buvo užšifruota ir išsaugota.
console-error-classify = Patikrinkite klasifikaciją: mėnuo turi būti nuo 1990 m. iki ketvirčio, kurį buvo gautas pranešimas, o nuostoliai ir darbo vietos turi būti sveikieji skaičiai neviršijant nustatytų ribų. Niekas nebuvo išsaugota.
console-error-classify-unsigned = Klasifikacijos negalima pasirašyti: jūsų pasirašymo rakto dar nėra pasirašytame raktų rinkinyje. Niekas neišsaugota; paprašykite operatoriaus pridėti jūsų raktą.
console-export-heading = Eksportas EC3 ir CSIRT komandoms
console-export-hint = Jūsų naršyklė sudaro failą iš iššifruoto pranešimo: klasifikacija, kas buvo pavogta, ir aprašymas, bet niekada pranešėjo kontaktiniai duomenys ar organizacijos identifikatorius. Kiekvienas eksportas registruojamas audito žurnale.
console-export-tlp = Traffic Light Protocol žyma
console-export-stix = Eksportuoti STIX 2.1 paketą
console-export-misp = Eksportuoti MISP įvykį
console-export-done = Eksportas užregistruotas ir išsaugotas.

## Data portal (/portal/) and data API

portal-name = Komercinių paslapčių vagysčių statistika – duomenų portalas
portal-nav-releases = Leidiniai
portal-nav-tokens = API žetonai
portal-refused-heading = Neatlikta
portal-enrol-heading = Portalo paskyros sukūrimas
portal-error-enrol-link = Ši registracijos nuoroda negalioja: ji jau buvo panaudota, jos galiojimas baigėsi arba ji įvesta su klaida. Paprašykite operatoriaus naujos nuorodos.
portal-enrol-lead = Paskyra { $name } institucijoms (valstybė narė: { $country }). Pasirinkite slaptažodį ir nustatykite autentifikavimo programėlę.
portal-enrol-submit = Baigti nustatymą
portal-enrol-done = Jūsų paskyra parengta. Prisijunkite nurodę vardą, slaptažodį ir autentifikavimo programėlės kodą.
portal-login-heading = Prisijungimas prie duomenų portalo
portal-releases-heading = Leidiniai
portal-releases-lead = Naudotojas: { $name } ({ $country }). Kiekviename leidinyje pateikiama vieno ketvirčio ES statistika, apsaugota diferencinio privatumo metodu.
portal-releases-none = Dar nepaskelbtas nė vienas leidinys.
portal-releases-caption = Paskelbti leidiniai, pradedant naujausiu ketvirčiu
portal-col-period = Ketvirtis
portal-col-date = Paskelbimo data
portal-col-epsilon = Panaudotas privatumo biudžetas (ε)
portal-col-status = Būsena
portal-col-release = Leidinys
portal-status-published = Paskelbtas
portal-release-heading = Statistika: { $period }
portal-release-intervals-hint = Kiekvienas stulpelis rodo paskelbtą vertę; per jį einanti linija rodo 95 % intervalą, kuris brėžiamas nuo nulio, jei siekia žemiau nulio. Kiekvienos diagramos skaičiai pateikti po ja esančioje lentelėje.
portal-summary-reports = Pranešimai ES
portal-summary-truncated = Neįtraukti pranešimai (daugiau nei k iš vienos organizacijos)
portal-summary-loss = Apytiksliai nuostoliai ES
portal-chart-quarter = Pranešimai pagal ketvirčius
portal-chart-quarter-note = Šio leidinio ketvirtis paryškintas.
portal-chart-state-quarter = Pranešimai jūsų valstybėje narėje pagal ketvirčius
portal-chart-series = { $category }: pranešimai pagal ketvirčius
portal-chart-series-note = Šiame leidime dažniausiai nurodytas sektorius ar atakos vektorius; duomenų API pateikia visus sektorius ir atakos vektorius pagal ketvirčius.
portal-chart-sector = Pranešimai pagal sektorius (NACE)
portal-chart-attack-vector = Pranešimai pagal atakos vektorius
portal-chart-member-state = Pranešimai pagal valstybes nares
portal-chart-yours = (paryškinta)
portal-chart-highlight = { $country }: paryškinta ir pažymėta.
portal-chart-desc = Horizontali stulpelinė diagrama { $count ->
        [one] su { $count } kategorija
        [few] su { $count } kategorijomis
        [many] su { $count } kategorijos
       *[other] (kategorijų skaičius – { $count })
    }; prie kiekvienos kategorijos nurodytas jos 95 % intervalas. Didžiausia vertė: { $top }, { $value }. Po diagrama esančioje lentelėje pateiktos visos vertės.
portal-chart-show-table = Rodyti skaičius lentelėje
portal-chart-table-caption = { $chart }: paskelbtos vertės ir 95 % intervalai
portal-col-category = Kategorija
portal-col-value = Paskelbta vertė
portal-col-interval = 95 % intervalas
portal-method-heading = Kaip gauti šie skaičiai
portal-method-promise = Skaičiai yra diferenciškai privatūs. Saugomas vienetas yra vienos organizacijos pranešimai per ketvirtį: nesvarbu, ar ji pranešė, ir ką, kiekvienas paskelbtas skaičius būtų beveik toks pat tikėtinas. „Beveik“ nustato šio leidimo privatumo biudžetas ε = { $epsilon }: joks rezultatas dėl vienos organizacijos šio ketvirčio pranešimų netampa daugiau nei { $factor } karto tikėtinesnis. Kalendorinių metų leidimai kartu sunaudoja ne daugiau kaip ε = { $year_cap }, todėl per metus koeficientas yra ne didesnis kaip { $year_factor }; per kelerius metus koeficientai dauginasi.
portal-method-unit = Organizacija atpažįstama pagal jos nurodytą PVM mokėtojo kodą arba LEI (užrašytą vienoda forma ir paverstą pseudonimu, kurį gali apskaičiuoti tik anonimizatorius); per ketvirtį skaičiuojama ne daugiau kaip { $k } jos pranešimų. Ji atpažįstama tik pagal šį identifikatorių: organizacija, kuri viename pranešime nurodo PVM kodą, o kitame LEI, arba kurios dukterinės įmonės praneša atskirai, skaičiuojama kaip kelios. Pranešimas be identifikatoriaus saugomas atskirai: organizacija, siunčianti kelis pranešimus be jo, saugoma dėl kiekvieno pranešimo, o ne dėl visų kartu.
portal-method-truncation = Apie { $dropped } pranešimų (apie { $share } % visų) buvo praleisti, nes jų organizacija per ketvirtį pranešė daugiau nei { $k } kartų. Šis skaičius pats turi triukšmo ir skaičiuoja ne daugiau kaip { $k } vienai organizacijai; tikrasis skaičius didesnis. Kurie pranešimai liko, lėmė atsitiktinumas, o ne jų turinys.
portal-method-noise = Prie kiekvienos lentelės kiekvieno langelio pridėta atsitiktinio triukšmo, įskaitant langelius, kurių vertė lygi nuliui; nė vienas langelis neslepiamas dėl to, kad jo vertė maža. Todėl mažas skaičius gali būti vien triukšmas.
portal-method-intervals = 95 % intervalai rodo, kiek triukšmas galėjo pakeisti skaičių: jie apima išmatuotą vertę bent maždaug 95 atvejais iš 100. Išmatuota vertė yra paliktų pranešimų vertė, kiekvieną nuostolį apribojus viršutine riba; praleisti pranešimai ir nuostolių dalis virš ribos į ją neįeina, todėl skaičiai ir jų intervalai mažesni nei gauta. Intervalai apskaičiuojami iš viešai žinomo triukšmo lygio, o ne iš pranešimų, ir niekada nesiekia žemiau nulio.
portal-method-consistency = Valstybių narių skaičiai sumuojasi į ES skaičius, o kiekviena lentelė sumuojasi į tą pačią bendrą sumą. Skaičiai yra sveikieji, niekada neneigiami, kiekvienas maždaug vieneto ribose nuo nepaslinkto įverčio (toliau tik ten, kur gretimi įverčiai buvo mažesni už nulį); valstybės narės bendra suma ir jos sektorių suma gali skirtis triukšmo dydžiu. Neapdoroti matavimai su triukšmu yra ir CSV failuose.
portal-method-losses = Kiekvienas apytikslis nuostolis įskaičiuojamas iki { $bound } EUR; didesni nuostoliai įskaičiuojami šia suma.
portal-method-budget = Šiame ketvirtyje panaudota ε { $quarter } iš ketvirčio ribos { $quarter_cap }; { $year } m. panaudota ε { $year_spent } iš { $year_cap }. Ketvirčio statistika niekada neperskaičiuojama naudojant didesnį biudžetą.
portal-method-opendp = Apskaičiuota naudojant OpenDP { $version }. Čia naudojamos funkcijos priklauso jos „contrib“ daliai, kurios OpenDP komanda dar nepatikrino; metodikos faile nurodytas kiekvienos lentelės mechanizmas, triukšmo skalė ir biudžetas.
portal-downloads-heading = Atsisiuntimai
portal-download-archive = Visas leidinys viename archyve ({ $name }) su kontrolinėmis sumomis ir parašu
portal-verify-heading = Patikrinkite gautą failą
portal-verify-text = Archyve yra failas SHA256SUMS su kiekvieno failo kontroline suma ir failas SHA256SUMS.sig, kuris yra jo parašas leidinio raktu. Bet kas gali patikrinti iš kito asmens gautą kopiją: išsaugokite šios svetainės keyring.json ir keyring.sig aplanke ir paleiskite toliau pateiktą komandą. Ji pasitiki raktų ryšuliu tik tada, jei jis pasirašytas raktu, kurio kontrolinį kodą skelbia EUIPO ir Europolas, ir iš jo paima leidinio raktą (pateiktas toliau).
portal-verify-key = Leidinio raktas:
portal-verify-fingerprint = Piršto atspaudas:
portal-tokens-heading = API žetonai
portal-tokens-lead = Žetonas leidžia programai skaityti leidinius per duomenų API (tik skaitymo teisė). Kiekvienai programai suteikite atskirą žetoną, kad galėtumėte vieną atšaukti nestabdydami kitų.
portal-token-new-heading = Sukurti žetoną
portal-token-name = Pavadinimas
portal-token-name-hint = Kam naudojamas žetonas, pvz., „naktinis importas“.
portal-token-create = Sukurti žetoną
portal-token-created = Jūsų naujas žetonas pateiktas toliau. Nukopijuokite jį dabar: jis rodomas tik šį vienintelį kartą ir vėliau jo nebus galima pamatyti.
portal-token-use = Siųskite jį su kiekviena užklausa tokiu pavidalu:
portal-tokens-list-heading = Jūsų žetonai
portal-tokens-none = Dar neturite nė vieno žetono.
portal-token-created-on = Sukūrimo data
portal-token-last-used = Paskutinio naudojimo data
portal-token-state = Būsena
portal-token-revoke = Atšaukti
portal-token-revoked-on = Atšaukimo data: { $day }
portal-token-revoked = Žetonas atšauktas: jis nebeveikia.
portal-error-token-name = Suteikite žetonui pavadinimą (didžiausias leidžiamas ženklų skaičius – { $max }).
error-unauthorized = Reikia galiojančio API žetono: siųskite „Authorization: Bearer“ su portale sukurtu žetonu, kuris nebuvo atšauktas.

# console triage
console-triage-heading = Apie ką pranešimai
console-triage-hint = Atrakinkite savo raktą, kad matytumėte, apie ką kiekvienas pranešimas, ir galėtumėte juos ieškoti, filtruoti ir rikiuoti. Pranešimai iššifruojami šioje naršyklėje; nei jie, nei jūsų paieškos nesiunčiami į serverį.
console-triage-search = Ieškoti pranešimų tekste
console-triage-all = Visi
console-triage-sort = Tvarka
console-triage-sort-newest = Pirmiausia naujausi
console-triage-sort-oldest = Pirmiausia seniausi
console-triage-sort-deadline = Pirmiausia artimiausias terminas
console-triage-reset = Išvalyti paiešką ir filtrus
console-triage-col-summary = Pranešimas (pirmoji aprašymo eilutė)
console-triage-col-language = Kalba
console-triage-col-attachments = Priedai
console-triage-count = Rasta pranešimų: { $shown } iš { $total }
console-triage-page = Puslapis { $page } iš { $pages }
console-triage-pages = Sąrašo puslapiai
console-triage-previous = Ankstesnis puslapis
console-triage-next = Kitas puslapis
console-triage-none = Paieškos ir filtrų neatitinka joks pranešimas.
console-triage-working = Pranešimai iššifruojami…
console-triage-unreadable = Šio pranešimo negalima atidaryti jūsų raktu.
error-summary-entry = { $field }: { $message }
error-field-recipients = Gavėjai
error-field-actor-type = Kas už to slypėjo
error-field-loss-eur = Numatomi nuostoliai
error-field-jobs-at-risk = Gresiamos darbo vietos
error-field-attachments = Priedai
error-field-contact = Kontaktai
error-field-organisation-id = PVM kodas arba LEI
error-field-consent = Patvirtinimas
console-nav-figures = Rodikliai
console-figures-heading = Rodikliai vadovybei
console-figures-lead = { $body }: tik skaičiai ir trukmės, apskaičiuoti iš serverio įrašomų dienų. Nieko iš pranešimų turinio.
console-figures-csv = Atsisiųsti kaip CSV
console-figures-received = Gauti pranešimai pagal mėnesius
console-figures-month = Mėnuo
console-figures-count = Pranešimai
console-figures-timing = Laikas iki patvirtinimo ir iki grįžtamosios informacijos
console-figures-step = Žingsnis
console-figures-done = Atlikta
console-figures-median = Mediana (dienomis)
console-figures-p90 = 90-asis procentilis (dienomis)
console-figures-within = Per terminą
console-figures-within-value = { $within } iš { $decided } ({ $percent } %)
console-figures-ack = Patvirtinimas (per 7 dienas nuo gavimo)
console-figures-feedback = Grįžtamoji informacija (per 3 mėnesius nuo patvirtinimo)
console-figures-open = Atviros bylos pagal būseną
console-figures-definitions = Grįžtamoji informacija – pirmoji diena po patvirtinimo, kai vertintojas parašė pranešėjui, arba bylos užbaigimo diena, atsižvelgiant į tai, kas buvo anksčiau. Mediana ir procentilis apskaičiuojami artimiausio rango metodu. Dalys apima atliktus ir pavėluotus žingsnius; bylos, kurių terminas dar nepasibaigęs, dar neskaičiuojamos.
console-assign-heading = Paskyrimas
console-assign-label = Paskirta
console-assign-nobody = Niekam
console-assign-submit = Paskirti
console-triage-assigned-me = Paskirti man
console-triage-unassigned = Nepaskirti

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Pranešimo negalima pasirašyti: jūsų pasirašymo rakto dar nėra pasirašytame raktų rinkinyje. Niekas neišsiųsta; paprašykite operatoriaus pridėti jūsų raktą.
console-casefile-heading = Perduodama bylos medžiaga
console-casefile-hint = Sudaroma jūsų naršyklėje iš atidaryto pranešimo; niekas iš jos nesiunčiama į serverį. Audito žurnale registruojamas tik pats eksportas: formatas, įtrauktos dalys ir kiek žodžių buvo užtušuota.
console-casefile-parts = Įtraukiamos dalys
console-casefile-part-fields = Pranešimo laukai
console-casefile-part-conversation = Susirašinėjimas
console-casefile-part-attachments = Priedai su jų SHA-256
console-casefile-part-classification = Klasifikacija
console-casefile-redact-contact = Užtušuoti pranešėjo kontaktinius duomenis ir organizacijos identifikatorių
console-casefile-terms = Užtušuojami vardai ir žodžiai
console-casefile-terms-hint = Po vieną eilutėje. Kiekvienas visoje bylos medžiagoje pakeičiamas užtušavimo žyma, nepaisant didžiųjų ir mažųjų raidžių.
console-casefile-download = Atsisiųsti bylos medžiagą (HTML)
console-casefile-print = Spausdinti arba įrašyti kaip PDF
console-casefile-working = Rengiama bylos medžiaga: iššifruojami priedai…
console-casefile-done = Bylos medžiagos eksportas užregistruotas.
console-casefile-no-parts = Pasirinkite bent vieną įtraukiamą dalį.
console-casefile-title = Pranešimo bylos medžiaga
console-casefile-prepared = Parengta
console-casefile-marker = [UŽTUŠUOTA]
console-casefile-redactions = Užtušavimai
console-casefile-redacted-contact = Pranešėjo kontaktiniai duomenys ir organizacijos identifikatorius
console-casefile-redacted-terms = Vertintojo pažymėti žodžiai
console-casefile-verified = parašas patikrintas
# --- indicators ---
report-section-indicators = Techniniai rodikliai (neprivaloma)
report-indicators-lead = Jei turite techninių atakos pėdsakų, išvardykite juos čia, po vieną reikšmę eilutėje. Nagrinėtojai gali jais pasidalyti su CSIRT, kad užblokuotų užpuolikus.
field-indicator-ip = IP adresai arba intervalai
hint-indicator-ip = IPv4 arba IPv6, arba CIDR intervalas: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domenų vardai
hint-indicator-domain = Pavyzdžiui, files.example.com; tarptautiniai vardai xn-- forma.
field-indicator-url = Interneto adresai (URL)
hint-indicator-url = Visas adresas, prasidedantis https:// arba kita schema.
field-indicator-email = El. pašto adresai
hint-indicator-email = Pavyzdžiui, sukčiavimo laiško siuntėjas.
field-indicator-hash = Failų maišos
hint-indicator-hash = MD5, SHA-1 arba SHA-256, šešioliktaine forma.
field-indicator-file-name = Failų pavadinimai
hint-indicator-file-name = Tik pavadinimas, be aplanko: saskaita.pdf.exe.
field-indicator-observations = Kiti techniniai pastebėjimai
hint-indicator-observations = Visa kita, kas gali padėti: įrankiai, paskyros, laikas.
error-indicator-ip = { $line } eilutė nėra IP adresas ar CIDR intervalas.
error-indicator-domain = { $line } eilutė nėra domeno vardas.
error-indicator-url = { $line } eilutė nėra visas interneto adresas (pvz., https://example.com/kelias).
error-indicator-email = { $line } eilutė nėra el. pašto adresas.
error-indicator-hash = { $line } eilutė nėra MD5, SHA-1 ar SHA-256 maiša.
error-indicator-file-name = { $line } eilutė nėra failo pavadinimas (be aplanko, ne daugiau kaip 255 simboliai).
error-indicator-count = Šiame lauke įveskite ne daugiau kaip { $max } reikšmių.
console-indicators-heading = Techniniai rodikliai
console-taxii-heading = Siųsti į TAXII 2.1 rinkinį
console-taxii-hint = STIX 2.1 paketas su aukščiau pasirinktu TLP lygiu iš šios naršyklės keliauja tiesiai į jūsų įstaigos TAXII serverį; adresas ir prisijungimo duomenys nesaugomi.
console-taxii-url = Rinkinio adresas (baigiasi /collections/<id>/)
console-taxii-user = Naudotojo vardas
console-taxii-password = Slaptažodis
console-taxii-push = Siųsti į TAXII
console-taxii-done = Paketas įtrauktas į TAXII rinkinį.
console-taxii-failed = TAXII serveris atmetė paketą arba buvo nepasiekiamas. Patikrinkite adresą ir prisijungimo duomenis bei ar serveris leidžia šios konsolės kilmę (CORS).
# --- tags and referral ---
console-tags-heading = Žymos
console-tags-hint = Žymos imamos iš fiksuoto jūsų institucijos sąrašo, kurį tvarko operatorius. Jų pavadinimus mato serverį valdantis asmuo: naudokite jas kaip žymas, niekada bylos turiniui.
console-tags-none = Šis pranešimas neturi žymų.
console-tags-field = Žyma
console-tags-add = Pridėti žymą
console-tags-remove = Pašalinti žymą
console-error-tag-unknown = Šios žymos nėra jūsų institucijos sąraše. Niekas nepakeista.
console-refer-heading = Perduoti { $body }
console-refer-hint = Pranešimo raktas jūsų naršyklėje užantspauduojamas { $body } raktams iš patikrinto raktų ryšulio. Tada { $body } mato pranešimą savo gautuosiuose, su savais terminais, skaičiuojamais nuo šiandien.
console-refer-note = Pastaba { $body } (neprivaloma)
console-refer-note-hint = Užantspauduota abiem institucijoms kaip vidinė pastaba; pranešėjui niekada nerodoma.
console-refer-tell = Informuoti pranešėją pokalbyje
console-refer-message = Žinutė pranešėjui
console-refer-message-default = Jūsų pranešimas perduotas { $body }, kuri taip pat jį nagrinės.
console-refer-submit = Perduoti pranešimą
console-refer-done = Pranešimas perduotas.
console-referrals-heading = Perdavimai
console-referral-line = Perduota iš { $from } į { $to }, perdavė { $who }, { $day }.
console-referral-note = Pastaba:
console-triage-referred-from = Perdavė { $body }
console-error-referral-same = Pranešimą galima perduoti tik kitai institucijai.
console-error-referral-exists = { $body } jau turi šį pranešimą; jis nebuvo perduotas dar kartą.
console-error-referral-slots = Užantspauduoti raktai tiksliai neatitinka { $body } raktų raktų ryšulyje. Niekas nebuvo perduota.
# --- security keys (WebAuthn) ---
account-nav-keys = Saugos raktai
account-keys-heading = Saugos raktai
account-keys-lead = Saugos raktas arba prieigos raktas jūsų telefone ar kompiuteryje prisijungiant gali pakeisti autentifikavimo kodą, ir jo negalima išvilioti sukčiavimo būdu. Galite pridėti kelis.
account-keys-totp-allowed = Jūsų paskyra gali prisijungti ir autentifikavimo kodu.
account-keys-totp-forbidden = Jūsų paskyra prisijungia tik saugos raktu: autentifikavimo kodai atmetami.
account-keys-list-heading = Jūsų raktai
account-keys-none = Dar nepridėta jokio saugos rakto.
account-key-name = Rakto pavadinimas
account-key-name-hint = Pavyzdžiui, „mėlynas raktas“, kad atpažintumėte jį šiame sąraše.
account-key-added-on = Pridėtas
account-key-last-used = Paskutinį kartą naudotas
account-key-actions = Veiksmai
account-key-remove = Pašalinti
account-key-new-heading = Pridėti saugos raktą
account-key-add = Pridėti saugos raktą
account-key-touch = Vykdykite naršyklės nurodymus ir palieskite savo saugos raktą.
account-key-failed = Saugos raktas neatsakė arba užklausa buvo atšaukta. Bandykite dar kartą.
account-key-needs-js = Norint pridėti saugos raktą, šioje naršyklėje reikia „JavaScript“.
account-key-unavailable = Šio serverio adresu saugos raktų naudoti negalima. Kreipkitės į operatorių.
account-key-added = Saugos raktas pridėtas.
account-key-removed = Saugos raktas pašalintas.
account-key-last = Tai paskutinis jūsų saugos raktas, o jūsų paskyrai neleidžiama naudoti autentifikavimo kodų: prieš šalindami šį raktą pridėkite kitą.
account-key-expired = Užklausa truko per ilgai. Bandykite dar kartą.
account-key-invalid = Saugos rakto atsakymas nepriimtas. Bandykite dar kartą.
account-key-duplicate = Šis saugos raktas jau pridėtas.
account-key-too-many = Turite didžiausią leidžiamą saugos raktų skaičių. Pirmiausia pašalinkite vieną.
account-error-key-name = Suteikite raktui pavadinimą nuo 1 iki { $max } simbolių.
account-key-signin-heading = Naudokite savo saugos raktą
account-key-signin-lead = Jūsų slaptažodis teisingas. Patvirtinkite prisijungimą savo saugos raktu.
account-key-signin-submit = Naudoti mano saugos raktą
account-key-signin-needs-js = Saugos raktui šioje naršyklėje reikia „JavaScript“.
account-key-signin-back = Verčiau prisijungti autentifikavimo kodu
account-field-code-key-hint = Jei naudojate saugos raktą, kodo laukelį palikite tuščią: raktą naudosite kitame žingsnyje.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Pranešimai apie naujienas
console-notify-lead = Suvestinė tik su skaičiais: nauji pranešimai, nauji pranešėjų laiškai, artėjantys ir praleisti terminai. Joje niekada nėra pranešimo turinio, identifikatoriaus ar pavadinimo.
console-notify-email = El. pašto adresas
console-notify-email-hint = Suvestinė siunčiama šiuo adresu. Palikite tuščią, jei el. laiško nenorite.
console-notify-webhook = Žiniatinklio kablio URL
console-notify-webhook-hint = Tie patys skaičiai siunčiami čia JSON formatu (HTTP POST). Adresas turi prasidėti https://. Palikite tuščią, jei nenorite.
console-notify-frequency = Kaip dažnai
console-notify-off = Niekada
console-notify-daily = Kasdien
console-notify-weekly = Kas savaitę
console-notify-send-empty = Siųsti suvestinę net tada, kai nieko neįvyko
console-notify-send-empty-hint = Tada suvestinė ateina kiekvieną kartą, ir jos atėjimas nieko neatskleidžia apie naujus pranešimus.
console-notify-language = Suvestinės kalba
console-notify-save = Išsaugoti
console-notify-saved = Jūsų pranešimų nustatymai išsaugoti.
console-notify-error-email = El. pašto adresas: įveskite visą adresą, pavyzdžiui, vardas@example.eu.
console-notify-error-webhook = Žiniatinklio kablio URL: įveskite visą adresą, pavyzdžiui, https://hooks.example.eu/digest, be naudotojo vardo, slaptažodžio ir #.
console-notify-error-https = Žiniatinklio kablio URL: adresas turi prasidėti https:// (http:// tik į šį kompiuterį).
console-notify-error-destination = El. pašto adresas: įveskite el. pašto adresą arba žiniatinklio kablio URL arba pasirinkite „Niekada“.
notify-mail-subject = Pranešimų kanalas: jūsų suvestinė
notify-mail-intro = Suvestinė: { $body }, nuo { $from } iki { $through }. Tik skaičiai: pranešimus matysite prisijungę prie konsolės.
notify-mail-new-reports = Nauji pranešimai: { $count }
notify-mail-new-replies = Nauji pranešėjų laiškai: { $count }
notify-mail-ack-due = Gavimo patvirtinimai, kurių terminas per 2 dienas: { $count }
notify-mail-feedback-due = Atsakymai, kurių terminas per 14 dienų: { $count }
notify-mail-ack-overdue = Pavėluoti gavimo patvirtinimai: { $count }
notify-mail-feedback-overdue = Pavėluoti atsakymai: { $count }
notify-mail-nothing = Nieko naujo ir nieko artėjančio.
notify-mail-footer = Šią suvestinę gaunate, nes jos paprašėte konsolėje (Pranešimai apie naujienas). Ten galite ją pakeisti arba sustabdyti.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Gavimas patvirtintas
conversation-acknowledgement-due = Gavimo patvirtinimas iki
conversation-feedback-due = Grįžtamoji informacija iki
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Susiję pranešimai
console-related-hint = Sulyginta pagal rodiklių ir organizacijos identifikatoriaus raktines maišos reikšmes, apskaičiuotas jūsų naršyklėje: serveris niekada nemato rodiklio. Rodomi tik pranešimai, kuriuos jūsų institucija gali atidaryti.
console-related-none = Jokiame kitame jūsų institucijos pranešime nėra bendro rodiklio su šiuo.
console-related-report = Pranešimas { $report }
console-related-shares = bendri rodikliai: { $count }
console-related-incident = galbūt tas pats incidentas (tas pats organizacijos identifikatorius)
console-related-refused = Serverio pasiūlytas koreliacijos raktas nėra tas, kuris nurodytas pasirašytame raktų rinkinyje: jis nebuvo naudojamas ir nieko nebuvo išsiųsta.
console-related-confirm = Patvirtinti, kad šis pranešimas yra dublikatas
console-related-unavailable = Koreliacija dar negalima: jūsų raktų rinkinio įrašui dar neužantspauduotas joks koreliacijos raktas.
