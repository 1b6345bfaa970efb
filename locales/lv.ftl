### Latviešu. Tie paši identifikatori un { $vietturi } kā en.ftl (pārbauda `cargo test -p i18n`).
### Sk. i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Latviešu
language-switch-label = Valoda
language-switch-button = Mainīt valodu

## Page chrome

site-name = Ziņošanas kanāls par komercnoslēpumu zādzībām
skip-to-content = Pāriet uz galveno saturu
nav-label = Galvenā izvēlne
nav-home = Sākums
nav-report = Ziņot par zādzību
nav-follow-up = Sekot ziņojumam
footer-privacy-notice = Paziņojums par privātumu
footer-recipients = Ziņojumi tiek nosūtīti EUIPO un Eiropola Eiropas Kibernoziedzības centram (EC3).

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $year }. gada { $day }. { $month ->
        [1] janvāris
        [2] februāris
        [3] marts
        [4] aprīlis
        [5] maijs
        [6] jūnijs
        [7] jūlijs
        [8] augusts
        [9] septembris
        [10] oktobris
        [11] novembris
       *[12] decembris
    }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Ziņojiet par komercnoslēpumu zādzību kiberuzbrukumā
page-title-report = Ziņojuma iesniegšana
page-title-follow-up = Sekošana jūsu ziņojumam
page-title-privacy = Paziņojums par privātumu

## Reporter landing page

home-heading = Ziņojiet par komercnoslēpumu zādzību kiberuzbrukumā
home-intro = Ja jūsu uzņēmuma komercnoslēpumi ir nozagti kiberuzbrukumā, jūs varat šeit par to brīvprātīgi un konfidenciāli ziņot EUIPO (ES intelektuālā īpašuma birojam) un Eiropola Eiropas Kibernoziedzības centram (EC3).
home-point-recipients = Jūs paši izvēlaties, kas saņems jūsu ziņojumu: EUIPO, Eiropola EC3 vai abi.
home-point-encrypted = Jūsu ziņojums tiek šifrēts tā, lai to varētu izlasīt tikai jūsu izvēlētie izskatītāji. Šī tīmekļvietne to nekad neglabā lasāmā veidā.
home-point-anonymous = Jūs varat ziņot, nenorādot ne savu vārdu, ne sava uzņēmuma nosaukumu.
home-point-receipt = Kad nosūtāt ziņojumu, jūs saņemat kvīts kodu. Glabājiet to drošā vietā: tas būs vajadzīgs, lai izlasītu izskatītāju jautājumus un atbildētu uz tiem, un, ja tas tiek nozaudēts, to nevar aizstāt.
home-point-statistics = Sarakstos izvēlētās atbildes (piemēram, nozare un uzbrukuma veids) tiek izmantotas arī ES līmeņa statistikā. Tām tiek pievienots troksnis, lai nevienu uzņēmumu nebūtu iespējams identificēt.
home-no-javascript = Veidlapa darbojas arī tad, ja JavaScript ir izslēgts (piemēram, Tor Browser drošākajā režīmā). Tādā gadījumā jūsu ziņojumu šifrē serveris, tiklīdz tas ir saņemts, nevis jūsu pārlūks, un tas nodrošina nedaudz vājāku aizsardzību.
home-start-button = Sākt ziņojumu
home-follow-up-heading = Vai ziņojums jau ir nosūtīts?
home-follow-up-text = Izmantojiet kvīts kodu, lai izlasītu izskatītāju ziņas un atbildētu uz tām.
home-follow-up-button = Sekot ziņojumam ar kvīts kodu

## Form: common parts

form-optional = (neobligāti)
form-choose = Izvēlieties…
# Read by screen readers before each field error.
form-error-prefix = Kļūda:
recipient-euipo = EUIPO (Eiropas Savienības Intelektuālā īpašuma birojs)
recipient-ec3 = Eiropola EC3 (Eiropas Kibernoziedzības centrs)

## Errors: whole pages

error-page-title = Radās kļūda
error-bad-request = Pieprasījumu nevarēja apstrādāt. Lūdzu, atgriezieties iepriekšējā lapā un mēģiniet vēlreiz.
error-not-found = Šī lapa nepastāv. Pārbaudiet adresi vai sāciet no jauna sākumlapā.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Nosūtītie dati ir pārāk lieli: ierobežojums ir { $limit }. Noņemiet vai samaziniet pielikumus un mēģiniet vēlreiz.
error-csrf = Drošības nolūkos šīs veidlapas derīguma termiņš ir beidzies, un nekas netika saglabāts. Lūdzu, pārlādējiet lapu un nosūtiet veidlapu vēlreiz.
error-form-used = Šī veidlapa jau ir nosūtīta: jūsu ziņojums ir saņemts vienreiz, ar toreiz parādīto kvīts kodu. Lai nosūtītu citu ziņojumu, atveriet jaunu veidlapu.
error-rate-limited = Pārāk daudz mēģinājumu īsā laikā. Lūdzu, uzgaidiet dažas minūtes un mēģiniet vēlreiz.
error-server = Mūsu pusē radās kļūda, un nekas netika saglabāts. Lūdzu, mēģiniet vēlreiz vēlāk.
error-unavailable = Pakalpojums īslaicīgi nav pieejams. Lūdzu, mēģiniet vēlreiz vēlāk.
error-unavailable-title = Īslaicīgi nav pieejams
error-database-unavailable = Pašlaik nevaram saglabāt vai nolasīt ziņojumus, tāpēc nekas netika saglabāts. Lūdzu, uzgaidiet minūti un nosūtiet ziņojumu vēlreiz.

## Errors: form fields

error-required = Šis lauks ir obligāts.
error-unknown-choice = Izvēlieties kādu no saraksta iespējām.
error-month-format = Ievadiet mēnesi formātā YYYY-MM, piemēram, 2026-03.
error-month-future = Mēnesis nevar būt nākotnē.
error-month-too-early = Mēnesis nevar būt agrāks par { $year }. gadu.
error-detection-before-incident = Mēnesis, kurā zādzība tika atklāta, nevar būt agrāks par mēnesi, kurā tā sākās.
error-number-format = Ievadiet veselu skaitli, piemēram, 250000.
# { $max } is an amount in euros.
error-loss-too-large = Summa nevar pārsniegt { $max } eiro.
error-jobs-too-large = Darbvietu skaits nevar pārsniegt { $max }.
error-too-long =
    { $max ->
        [zero] Teksts ir pārāk garš: izmantojiet ne vairāk kā { $max } rakstzīmes.
        [one] Teksts ir pārāk garš: izmantojiet ne vairāk kā { $max } rakstzīmi.
       *[other] Teksts ir pārāk garš: izmantojiet ne vairāk kā { $max } rakstzīmes.
    }
error-organisation-id = Ievadiet PVN reģistrācijas numuru (piemēram, DK12345678) vai LEI kodu (20 burti un cipari) vai atstājiet lauku tukšu.
error-recipients = Izvēlieties vismaz vienu adresātu: EUIPO, Eiropola EC3 vai abus.
error-consent = Pirms ziņojuma nosūtīšanas atzīmējiet izvēles rūtiņu, lai apstiprinātu.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [zero] Veidlapā ir { $count } kļūdas. Lūdzu, izlabojiet tās un nosūtiet veidlapu vēlreiz.
        [one] Veidlapā ir { $count } kļūda. Lūdzu, izlabojiet to un nosūtiet veidlapu vēlreiz.
       *[other] Veidlapā ir { $count } kļūdas. Lūdzu, izlabojiet tās un nosūtiet veidlapu vēlreiz.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Atslēgu saišķa pirkstu nospiedums (salīdziniet to ar nospiedumu, ko publicē EUIPO un Eiropols):
error-go-back = Lai atgrieztos pie veidlapas, izmantojiet pārlūka pogu „Atpakaļ”; ievadītais teksts parasti ir saglabājies.
# { $limit } is a number of files.
error-too-many-files = Pārāk daudz datņu: maksimālais pievienojamo datņu skaits ir { $limit }. Noņemiet dažas datnes un mēģiniet vēlreiz.

## Page titles (intake)

page-title-confirmation = Ziņojums saņemts
page-title-conversation = Jūsu ziņojums

## Landing page: what the server sees

home-server-heading = Ko šī tīmekļvietne var redzēt un ko ne
home-server-cannot = Tā nevar izlasīt jūsu ziņojumu, pielikumus vai ziņas: pirms saglabāšanas tie tiek šifrēti izskatītājiem, un atslēgas to atvēršanai ir tikai izskatītājiem.
home-server-can = Tā redz, ka ziņojums ir nosūtīts noteiktā dienā, kurai iestādei tas ir adresēts un aptuveni cik liels tas ir. Tā nekad nereģistrē jūsu IP adresi, pārlūku vai precīzu laiku.
home-fingerprint-heading = Pārliecinieties, ka izmantojat īsto kanālu
home-fingerprint-text = Ziņojumi tiek šifrēti ar atslēgām, kas ir atslēgu saišķī, kuru parakstījusi kanāla bezsaistes atslēga. Saišķa pirkstu nospiedums ir norādīts tālāk; EUIPO un Eiropols publicē to pašu nospiedumu savās tīmekļvietnēs.
home-tor-heading = Anonīma ziņošana
home-tor-text = Lai nodrošinātu vislielāko anonimitāti, izmantojiet Tor Browser, tajā pašā laikā nepiesakieties nevienā citā pakalpojumā un pirms datņu pievienošanas izņemiet no tām vārdus un metadatus (autors, uzņēmums, GPS).

## Report form

report-heading = Ziņojiet par komercnoslēpumu zādzību
report-lead = Laukus, kas atzīmēti kā neobligāti, var atstāt tukšus. Viss, ko rakstāt, un jūsu pielikumi tiek šifrēti jūsu izvēlētajiem adresātiem.
report-guarantee-server = Bez JavaScript jūsu ziņojumu šifrē serveris, tiklīdz tas ir saņemts, operatīvajā atmiņā, un tas nekad netiek glabāts lasāmā veidā. Ja JavaScript ir ieslēgts, ziņojumu pirms nosūtīšanas šifrē jūsu pārlūks.
report-files-dropped = Drošības nolūkos pievienotās datnes netiek saglabātas, ja veidlapa tiek atgriezta ar kļūdām. Lūdzu, pievienojiet tās vēlreiz.
report-section-classification = Par incidentu
report-section-when = Kad tas notika
report-section-impact = Ietekme
report-section-account = Kas notika
report-section-optional = Neobligāta informācija
report-submit = Šifrēt un nosūtīt ziņojumu
field-recipients = Kam jānosūta ziņojums?
hint-recipients = Izvēlieties vienu vai abus. Ziņojumu var izlasīt tikai jūsu izvēlēto iestāžu izskatītāji.
field-member-state = Dalībvalsts, kurā jūsu uzņēmums veic uzņēmējdarbību
hint-member-state = Tiek izmantota ES statistikai pa valstīm.
field-sector = Jūsu uzņēmuma nozare
hint-sector = Jūsu pamatdarbības NACE sadaļa.
field-incident-class = Incidenta veids
hint-incident-class = Izvēlieties piemērotāko; izskatītāji var to labot.
field-attack-vector = Kā uzbrucēji iekļuva
hint-attack-vector = Ja vēl nezināt, izvēlieties „Nezināms”.
field-actor-type = Kas, jūsuprāt, to izdarīja?
hint-actor-type = Jūsu labākais novērtējums; „Nezināms” arī ir derīga atbilde.
field-incident-month = Mēnesis, kurā zādzība sākās
hint-incident-month = Formātā YYYY-MM, piemēram, 2026-03. Pietiek ar aptuvenu novērtējumu.
field-detection-month = Mēnesis, kurā zādzība tika atklāta
hint-detection-month = Formātā YYYY-MM.
field-loss-eur = Aplēstie zaudējumi eiro (neobligāti)
hint-loss-eur = Vesels skaitlis, piemēram, 250000. Ja nevarat to aplēst, atstājiet tukšu.
field-jobs-at-risk = Apdraudētās darbvietas (neobligāti)
hint-jobs-at-risk = Cik darbvietu zādzības dēļ ir apdraudētas, ja varat to novērtēt.
field-what-taken = Kas tika nozagts
hint-what-taken = Piemēram: pirmkods, rasējumi, klientu saraksti, receptes un formulas, ražošanas procesi.
field-narrative = Kas notika
hint-narrative = Saviem vārdiem aprakstiet uzbrukumu un to, kā tas tika atklāts: datumi, skartās sistēmas, ko esat darījuši kopš tā laika.
field-attachments = Pielikumi (neobligāti)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Maksimālais datņu skaits: { $max_files }; katras datnes lielums – ne vairāk kā { $max_mib } MB. Saņemšanas brīdī tās tiek šifrētas.
field-contact = Kā izskatītāji var ar jums sazināties? (neobligāti)
hint-contact = Lai saglabātu anonimitāti, atstājiet lauku tukšu: ar kvīts kodu jūs joprojām varēsiet lasīt ziņas un atbildēt uz tām.
field-organisation-id = Uzņēmuma PVN reģistrācijas numurs vai LEI kods (neobligāti)
hint-organisation-id = Nav obligāti. Tas tiek šifrēts: to var lasīt izvēlēto iestāžu izskatītāji; tas nekad netiek publicēts. Statistikā tas kļūst par pseidonīmu, lai jūsu uzņēmums ceturksnī tiktu skaitīts ne vairāk kā vienu reizi un publicētie skaitļi aizsargātu uzņēmuma ziņojumus kopumā (pēc noklusējuma ε = 1 ceturksnī, ne vairāk kā ε = 4 gadā). Bez tā katrs ziņojums tiek aizsargāts atsevišķi, nevis visi jūsu ziņojumi kopā.
field-consent = Apliecinu, ka informācija, cik man zināms, ir pareiza, un piekrītu, ka tā tiek apstrādāta, kā aprakstīts paziņojumā par privātumu.
hint-consent = Vēlāk jūs varat atsaukt ziņojumu, rakstot izskatītājiem ar savu kvīts kodu.

## Confirmation

confirmation-heading = Jūsu ziņojums ir saņemts
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Jūsu ziņojums tika šifrēts un nosūtīts. Adresāts: { $recipients }.
confirmation-receipt-heading = Jūsu kvīts kods
confirmation-receipt-text = Pierakstiet šo kodu vai lejupielādējiet to tūlīt. Tas būs vajadzīgs, lai izlasītu izskatītāju jautājumus un atbildētu uz tiem.
confirmation-receipt-once = Šis kods tiek parādīts tikai vienu reizi. Neviens, arī izskatītāji, to jums nevar atjaunot.
confirmation-download = Lejupielādēt kvīti kā teksta datni
confirmation-print = Varat arī izdrukāt šo lapu: tiks izdrukāts tikai kods un šie norādījumi.
confirmation-guarantee-heading = Kā jūsu ziņojums tika aizsargāts
confirmation-sealed-by-server = Jūsu pārlūks nosūtīja ziņojumu bez JavaScript, tāpēc serveris to saņemšanas brīdī šifrēja operatīvajā atmiņā. Tas nekad netika ierakstīts diskā lasāmā veidā.
confirmation-sealed-by-browser = Jūsu pārlūks šifrēja ziņojumu pirms nosūtīšanas; serveris to nekad neredzēja lasāmā veidā.
confirmation-next-heading = Kas notiks tālāk
confirmation-next-text = Izskatītāji 7 dienu laikā apstiprina ziņojuma saņemšanu un 3 mēnešu laikā sniedz atgriezenisko saiti. Lai izlasītu viņu ziņas, atgriezieties šeit ar savu kvīts kodu.
recipients-both = EUIPO un EC3
receipt-file-title = Kvīts kods jūsu ziņojumam, kas iesniegts ziņošanas kanālā par komercnoslēpumu zādzībām
receipt-file-keep = Glabājiet šo kodu slepenībā un drošā vietā. Izmantojiet to kanāla lapā „Sekot ziņojumam”.

## Follow-up

followup-heading = Sekošana jūsu ziņojumam
followup-lead = Ievadiet kvīts kodu, ko saņēmāt, kad nosūtījāt ziņojumu.
followup-receipt-label = Kvīts kods
followup-receipt-hint = 24 burti un cipari, piemēram, 7KQM-2XPA-…; defisēm un atstarpēm nav nozīmes.
followup-submit = Atvērt manu ziņojumu
followup-wrong-receipt = Šim kvīts kodam neatbilst neviens ziņojums. Pārbaudiet katru rakstzīmi un mēģiniet vēlreiz.

## Conversation

conversation-heading = Jūsu ziņojums
conversation-status = Statuss
conversation-received = Saņemšanas datums
conversation-sealed-by-server = Šo ziņojumu saņemšanas brīdī šifrēja serveris (nosūtīts bez JavaScript).
conversation-messages = Ziņas
conversation-empty = Ziņu vēl nav. Izskatītāji apstiprina ziņojuma saņemšanu 7 dienu laikā.
conversation-from-you = Jūs
conversation-from-reviewer = Izskatītājs
conversation-reply-heading = Rakstīt izskatītājiem
conversation-reply-label = Jūsu ziņa
conversation-reply-submit = Šifrēt un nosūtīt ziņu
conversation-reply-sent = Jūsu ziņa tika šifrēta un nosūtīta.
conversation-reply-empty = Pirms nosūtīšanas uzrakstiet ziņu vai pievienojiet datni.
status-new = Saņemts, saņemšana vēl nav apstiprināta
status-acknowledged = Saņemšana apstiprināta
status-in-review = Tiek izskatīts
status-information-requested = Izskatītāji lūdza jums sniegt informāciju
status-referred = Nodots kompetentajām iestādēm
status-closed = Slēgts

## Privacy notice

privacy-heading = Paziņojums par privātumu
privacy-controllers = Ziņojumus apstrādā EUIPO un Eiropols (EC3), katrs attiecībā uz tam adresētajiem ziņojumiem, attiecīgi saskaņā ar Regulu (ES) 2018/1725 un Regulu (ES) 2016/794.
privacy-what-heading = Kas tiek apstrādāts
privacy-what-text = Jūsu ziņojuma saturs, tā pielikumi un jūsu ziņas tiek šifrēti tā, lai tos varētu izlasīt tikai jūsu izvēlēto iestāžu izskatītāji. Ziņojuma saņemšanas diena, tā statuss un adresāti tiek glabāti lasāmā veidā, lai varētu pārvaldīt termiņus.
privacy-not-heading = Kas nekad netiek reģistrēts
privacy-not-text = Jūsu IP adrese, pārlūks un jūsu apmeklējumu precīzs laiks nekad netiek glabāti vai reģistrēti žurnālos. Ziņošanas lapās netiek izmantotas sīkdatnes.
privacy-statistics-heading = Statistika
privacy-statistics-text = No sarakstiem izvēlētās atbildes tiek izmantotas ES līmeņa statistikā, ko publicē ar diferenciālo privātumu. Aizsargāts ir uzņēmums ar tā norādīto PVN numuru vai LEI: tas, vai tas ceturksnī ziņoja, un ko, maina jebkura publicētā skaitļa varbūtību ne vairāk kā par koeficientu e^ε, katrā laidienā publicētajās robežās (pēc noklusējuma ε = 1 ceturksnī, koeficients 2,7, un ε = 4 kalendārajā gadā, koeficients 55; vairāku gadu laikā koeficienti sareizinās). Ziņojumi bez identifikatora tiek aizsargāti pa vienam, tāpēc uzņēmums, kas sūta vairākus bez tā, ir mazāk aizsargāts. Skaitļi ir novērtējumi ar troksni, nevis precīzi skaitījumi.
privacy-retention-heading = Cik ilgi ziņojumi tiek glabāti
privacy-retention-text = Slēgtie ziņojumi tiek dzēsti pēc glabāšanas laikposma, ko noteikušas izskatītājas iestādes. Tas neietekmē publicēto statistiku.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austrija
member-state-BE = Beļģija
member-state-BG = Bulgārija
member-state-HR = Horvātija
member-state-CY = Kipra
member-state-CZ = Čehija
member-state-DK = Dānija
member-state-EE = Igaunija
member-state-FI = Somija
member-state-FR = Francija
member-state-DE = Vācija
member-state-EL = Grieķija
member-state-HU = Ungārija
member-state-IE = Īrija
member-state-IT = Itālija
member-state-LV = Latvija
member-state-LT = Lietuva
member-state-LU = Luksemburga
member-state-MT = Malta
member-state-NL = Nīderlande
member-state-PL = Polija
member-state-PT = Portugāle
member-state-RO = Rumānija
member-state-SK = Slovākija
member-state-SI = Slovēnija
member-state-ES = Spānija
member-state-SE = Zviedrija

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Lauksaimniecība, mežsaimniecība un zivsaimniecība
sector-B = Ieguves rūpniecība un karjeru izstrāde
sector-C = Apstrādes rūpniecība
sector-D = Elektroenerģija, gāzes apgāde, siltumapgāde un gaisa kondicionēšana
sector-E = Ūdens apgāde; notekūdeņu, atkritumu apsaimniekošana un sanācija
sector-F = Būvniecība
sector-G = Vairumtirdzniecība un mazumtirdzniecība; automobiļu un motociklu remonts
sector-H = Transports un uzglabāšana
sector-I = Izmitināšana un ēdināšanas pakalpojumi
sector-J = Informācijas un komunikācijas pakalpojumi
sector-K = Finanšu un apdrošināšanas darbības
sector-L = Operācijas ar nekustamo īpašumu
sector-M = Profesionālie, zinātniskie un tehniskie pakalpojumi
sector-N = Administratīvo un apkalpojošo dienestu darbība
sector-O = Valsts pārvalde un aizsardzība; obligātā sociālā apdrošināšana
sector-P = Izglītība
sector-Q = Veselība un sociālā aprūpe
sector-R = Māksla, izklaide un atpūta
sector-S = Citi pakalpojumi
sector-T = Mājsaimniecību kā darba devēju darbība; pašpatēriņa preču ražošana un pakalpojumu sniegšana individuālajās mājsaimniecībās
sector-U = Ārpusteritoriālo organizāciju un institūciju darbība

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Informācijas drošība: nesankcionēta piekļuve informācijai
incident-class-information-content-security--unauthorised-information-modification = Informācijas drošība: informācija mainīta bez atļaujas
incident-class-information-content-security--data-loss = Informācijas drošība: dati ir zaudēti
incident-class-information-content-security--leak-confidential-information = Informācijas drošība: konfidenciālas informācijas noplūde
incident-class-intrusions--system-compromise = Ielaušanās: pārņemta sistēma (serveris vai dators)
incident-class-intrusions--application-compromise = Ielaušanās: pārņemta lietotne
incident-class-intrusions--privileged-account-compromise = Ielaušanās: pārņemts administratora konts
incident-class-intrusions--unprivileged-account-compromise = Ielaušanās: pārņemts parasta lietotāja konts
incident-class-intrusions--burglary = Ielaušanās: fiziska ielaušanās telpās
incident-class-information-gathering--social-engineering = Informācijas vākšana: cilvēki tika manipulēti, lai tie izpaustu informāciju (sociālā inženierija)
incident-class-information-gathering--sniffing = Informācijas vākšana: pārtverta tīkla datplūsma
incident-class-malicious-code--infected-system = Ļaunprātīgs kods: inficēta sistēma
incident-class-fraud--masquerade = Krāpšana: kāds uzdevās par personu vai organizāciju, kurai jūs uzticaties
incident-class-fraud--phishing = Krāpšana: pikšķerēšana (viltoti ziņojumi vai tīmekļvietnes, lai iegūtu paroles vai datus)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Uzlaušana: tīmekļa lietotne
attack-vector-hacking--backdoor-or-c2 = Uzlaušana: sētas durvis vai attālās vadības kanāls (C2)
attack-vector-hacking--desktop-sharing = Uzlaušana: attālā darbvirsma vai ekrāna kopīgošana
attack-vector-hacking--vpn = Uzlaušana: VPN piekļuve
attack-vector-hacking--partner = Uzlaušana: izmantojot partnera piekļuvi (piegādātājs vai pakalpojumu sniedzējs)
attack-vector-hacking--command-shell = Uzlaušana: komandčaula
attack-vector-malware--email-attachment = Ļaunprogrammatūra: e-pasta pielikums
attack-vector-malware--email-link = Ļaunprogrammatūra: saite e-pastā
attack-vector-malware--web-download = Ļaunprogrammatūra: lejupielāde no tīmekļvietnes
attack-vector-malware--software-update = Ļaunprogrammatūra: programmatūras atjauninājums
attack-vector-malware--direct-install = Ļaunprogrammatūra: uzbrucējs to instalēja tieši
attack-vector-malware--network-propagation = Ļaunprogrammatūra: izplatījās tīklā
attack-vector-social--email = Sociālā inženierija: e-pasts
attack-vector-social--phone = Sociālā inženierija: tālruņa zvans
attack-vector-social--in-person = Sociālā inženierija: klātienē
attack-vector-social--website = Sociālā inženierija: tīmekļvietne
attack-vector-social--sms = Sociālā inženierija: īsziņa (SMS)
attack-vector-misuse--lan-access = Iekšēja ļaunprātīga izmantošana: piekļuve no iekšējā tīkla
attack-vector-misuse--physical-access = Iekšēja ļaunprātīga izmantošana: fiziska piekļuve
attack-vector-misuse--remote-access = Iekšēja ļaunprātīga izmantošana: attālā piekļuve
attack-vector-misuse--non-corporate = Iekšēja ļaunprātīga izmantošana: ārpus uzņēmuma sistēmām (privātais e-pasts, ierīces vai tīkli)
attack-vector-unknown = Nezināms vai vēl nav noskaidrots

## Categories: actor types

actor-type-competitor = Konkurents
actor-type-nation-state = Valsts aktors (ārvalsts valdība vai tās iestādes)
actor-type-organised-crime = Organizētā noziedzība
actor-type-insider = Iekšēja persona (pašreizējs darbinieks vai līgumdarbinieks)
actor-type-former-employee = Bijušais darbinieks
actor-type-unknown = Nezināms

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript ir ieslēgts: jūsu pārlūks šifrē ziņojumu un pielikumus jūsu izvēlētajiem adresātiem, pirms kaut kas tiek nosūtīts. Serveris saņem tikai šifrētus datus.
js-status-checking = Notiek veidlapas un izskatītāju atslēgu pārbaude…
js-status-encrypting = Notiek jūsu ziņojuma un pielikumu šifrēšana šajā pārlūkā…
js-status-proof-of-work = Notiek sagatavošanās nosūtīšanai (īss aprēķins, kas aizsargā kanālu pret automatizētu surogātpastu)…
js-status-sending = Notiek šifrētā ziņojuma nosūtīšana…
js-error-keyring = Izskatītāju atslēgas nevarēja verificēt: atslēgu saišķis nav parakstīts ar atslēgu, kuras pirkstu nospiedums ir redzams šajā lapā. Nekas netika nosūtīts. Nesūtiet ziņojumu no šīs lapas; sazinieties ar EUIPO vai Eiropolu, izmantojot to oficiālās tīmekļvietnes.
js-error-network = Ziņojumu nevarēja nosūtīt, jo savienojums pārtrūka. Nekas netika saglabāts. Pārbaudiet savienojumu un mēģiniet vēlreiz.
js-error-crypto = Jūsu pārlūks nevarēja šifrēt ziņojumu, tāpēc nekas netika nosūtīts. Mēģiniet vēlreiz vai izslēdziet JavaScript, lai nosūtītu veidlapu bez tā.
js-error-file = Pievienoto datni nevarēja nolasīt. Pārbaudiet, vai datne joprojām pastāv, pievienojiet to vēlreiz un mēģiniet vēlreiz.
js-error-kept = Jūsu atbildes un pievienotās datnes joprojām ir veidlapā.
js-retry = Mēģināt vēlreiz
js-print = Izdrukāt kvīts kodu

## Reviewer console (/console/)

console-name = Izskatītāja konsole
console-nav-inbox = Iesūtne
console-logout = Atteikties
console-logout-everywhere = Atteikties visās ierīcēs
console-go-to-login = Doties uz pieteikšanās lapu
console-refused-heading = Pieprasījums noraidīts
console-login-heading = Pieteikšanās izskatītāja konsolē
console-login-submit = Pieteikties
console-field-name = Vārds
console-field-password = Parole
console-field-code = Kods no autentificēšanas lietotnes
console-field-code-hint = Sešciparu kods, ko autentificēšanas lietotne rāda pašlaik. Katru kodu var izmantot tikai vienu reizi.
console-notice-expired = Jūsu sesija ir beigusies. Lūdzu, piesakieties vēlreiz.
console-notice-logged-out = Jūs esat veiksmīgi atteikušies no sistēmas.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nepareizs vārds, parole vai kods. Lūdzu, mēģiniet vēlreiz; pēc daudziem neveiksmīgiem mēģinājumiem pirms nākamā pagaidiet minūti.
console-error-csrf = Šo veidlapu nevarēja pieņemt, jo tās drošības marķieris trūkst, ir nepareizs vai pieder citai sesijai. Nekas netika mainīts. Pārlādējiet lapu un mēģiniet vēlreiz.
error-cross-site = Šī veidlapa tika nosūtīta no citas tīmekļa vietnes, tāpēc tā tika noraidīta un nekas netika mainīts. Atveriet lapu šajā vietnē un nosūtiet veidlapu no turienes.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Lapas
pager-previous = Iepriekšējā lapa
pager-next = Nākamā lapa
# { $page } is the current page number, { $pages } the number of pages.
pager-status = { $page }. lapa no { $pages }
error-method-not-allowed = Šī adrese nepieņem šāda veida pieprasījumu.
error-headers-too-large = Pieprasījumā bija pārāk daudz galvenes datu, un tas tika noraidīts. Izdzēsiet šīs vietnes sīkdatnes un mēģiniet vēlreiz.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Teksta lauks ir pārāk garš: ierobežojums ir { $limit } vienam laukam. Saīsiniet tekstu un nosūtiet to vēlreiz.
followup-unsent-label = Jūsu atbilde (nav nosūtīta)
followup-unsent-hint = Tā netika nosūtīta, jo kvīts netika atpazīta. Nokopējiet to, vēlreiz pierakstieties ar savu kvīti un nosūtiet to no savas sarunas.
console-enrol-heading = Izskatītāja konta iestatīšana
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Laipni lūdzam, { $name } ({ $body })! Izvēlieties pieteikšanās paroli un iestatiet kodu lietotni. Šī saite darbojas tikai vienu reizi.
console-enrol-password-heading = 1. Pieteikšanās parole
console-field-new-password = Jaunā parole
console-field-confirm-password = Tā pati parole vēlreiz
# { $min } is a number of characters.
console-enrol-password-hint = { $min ->
        [zero] Vismaz { $min } rakstzīmes.
        [one] Vismaz { $min } rakstzīme.
       *[other] Vismaz { $min } rakstzīmes.
    } Vairāku vārdu paroles frāzi ir visvieglāk atcerēties.
console-enrol-totp-heading = 2. Autentificēšanas lietotne
console-enrol-totp-scan = Noskenējiet šo QR kodu ar autentificēšanas lietotni (uz laiku balstīti kodi, TOTP).
console-enrol-totp-secret = Ja nevarat to noskenēt, ievadiet lietotnē šo atslēgu:
console-enrol-code-hint = Lai pabeigtu, ievadiet sešciparu kodu, ko lietotne pašlaik rāda.
console-enrol-submit = Pabeigt iestatīšanu
console-enrol-done = Jūsu konts ir gatavs. Tagad varat pieteikties ar savu vārdu, paroli un kodu no autentificēšanas lietotnes.
console-enrol-fingerprint = Jūsu atslēgas pirkstu nospiedums ir { $fingerprint }. Jūsu atslēgu izmanto tikai pēc tam, kad operators to ir pievienojis atslēgu saišķim: operators lūgs jums nolasīt šo nospiedumu pa tālruni vai klātienē un pievienos atslēgu tikai tad, ja tas sakrīt.
console-error-enrol-link = Šī reģistrācijas saite nav derīga: tā jau ir izmantota, tās derīguma termiņš ir beidzies vai tā ir ievadīta kļūdaini. Lūdziet operatoram jaunu saiti.
console-error-password-short = Parole ir pārāk īsa: izmantojiet vismaz { $min ->
        [zero] { $min } rakstzīmes
        [one] { $min } rakstzīmi
       *[other] { $min } rakstzīmes
    }.
console-error-password-mismatch = Abas paroles nesakrīt. Ievadiet abos laukos vienu un to pašu paroli.
console-error-enrol-code = Kods nav pareizs. Pārbaudiet, vai lietotne ir iestatīta ar iepriekš norādīto atslēgu un vai jūsu ierīces pulkstenis rāda pareizu laiku, un tad ievadiet kodu, ko lietotne rāda pašlaik.
console-inbox-heading = Iesūtne
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [zero] jūsu iestādei ir adresēti { $count } ziņojumi.
    [one] jūsu iestādei ir adresēts { $count } ziņojums.
   *[other] jūsu iestādei ir adresēti { $count } ziņojumi.
}
console-inbox-empty = Jūsu iestādei vēl nav adresēts neviens ziņojums.
console-inbox-col-report = Ziņojums
console-inbox-col-received = Saņemts (diena)
console-inbox-col-status = Statuss
console-inbox-col-sealed-by = Šifrētājs
console-status-new = Jauns
console-status-acknowledged = Saņemšana apstiprināta
console-status-in-review = Tiek izskatīts
console-status-information-requested = Pieprasīta informācija
console-status-referred = Nodots
console-status-closed = Slēgts
console-sealed-by-browser = Ziņotāja pārlūks
console-sealed-by-server = Serveris (nosūtīts bez JavaScript: vājāka garantija)
console-inbox-col-deadline = Nākamais termiņš (Direktīva 2019/1937)
console-inbox-col-action = Mainīt statusu
console-deadline-acknowledgement = Saņemšanas apstiprinājuma termiņš: { $day }
console-deadline-feedback = Atgriezeniskās saites termiņš: { $day }
console-deadline-overdue = Nokavēts
console-deadline-due-soon = Drīz beigsies
console-deadline-none = Nav (slēgts)
console-deadline-counts = Termiņi: nokavēti – { $overdue }, beidzas 2 dienu laikā – { $soon }.
console-status-change-label = Jaunais statuss
console-status-change-submit = Mainīt
console-status-final = Slēgts: turpmākas izmaiņas nav iespējamas
console-transition-refused-heading = Statusa maiņa noraidīta
console-error-transition = Ziņojuma statusu nevar mainīt no „{ $from }” uz „{ $to }”. Nekas netika mainīts. Izvēlieties kādu no iesūtnē piedāvātajiem statusiem.
console-back-to-inbox = Atpakaļ uz iesūtni

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Atslēga ziņojumu lasīšanai
console-enrol-needs-js = Ziņojumu lasīšanai ir vajadzīgs pārlūks ar JavaScript: jūsu personīgā atslēga to lasīšanai tiek izveidota un bloķēta jūsu pārlūkā, nekad serverī. Lai pabeigtu konta iestatīšanu, ieslēdziet JavaScript vai izmantojiet citu pārlūku.
console-enrol-key-explain = Jūsu pārlūks tagad izveido jūsu personīgo atslēgu ziņojumu lasīšanai un bloķē to ar atbloķēšanas frāzi. Izvēlieties frāzi, kas atšķiras no jūsu pieteikšanās paroles. Tā nekad neatstāj šo pārlūku: ja to aizmirsīsiet, operatoram jums būs jāizveido jauna atslēga.
console-field-unlock-passphrase = Atbloķēšanas frāze
console-field-unlock-passphrase-confirm = Tā pati atbloķēšanas frāze vēlreiz
console-enrol-unlock-hint = { $min ->
        [zero] Vismaz { $min } rakstzīmes
        [one] Vismaz { $min } rakstzīme
       *[other] Vismaz { $min } rakstzīmes
    }, un tā nedrīkst būt jūsu pieteikšanās parole.
console-error-unlock-short = Atbloķēšanas frāze ir pārāk īsa: izmantojiet vismaz { $min ->
        [zero] { $min } rakstzīmes
        [one] { $min } rakstzīmi
       *[other] { $min } rakstzīmes
    }.
console-error-unlock-mismatch = Abas atbloķēšanas frāzes nesakrīt. Ievadiet abos laukos vienu un to pašu frāzi.
console-error-unlock-same = Atbloķēšanas frāzei jāatšķiras no jūsu pieteikšanās paroles: pieteikšanās parole tiek nosūtīta serverim, bet atbloķēšanas frāze – nekad.
console-enrol-key-working = Notiek jūsu atslēgas izveide un bloķēšana. Tas aizņem dažas sekundes…
console-error-key-failed = Jūsu pārlūks nevarēja izveidot atslēgu. Pārlādējiet lapu un mēģiniet vēlreiz.
console-error-enrol-key = Ziņojumu lasīšanai ir vajadzīgs pārlūks ar JavaScript, bet šī veidlapa tika saņemta bez atslēgas, ko izveido jūsu pārlūks. Ieslēdziet JavaScript, pārlādējiet lapu un mēģiniet vēlreiz.

## Reviewer console: reading a report
console-report-heading = Ziņojums
console-report-bodies = Adresāti
console-report-needs-js = Ziņojumu lasīšanai ir vajadzīgs pārlūks ar JavaScript: ziņojums tiek atšifrēts jūsu pārlūkā ar jūsu atslēgu, nekad serverī.
console-report-no-key = Jūsu kontam nav atslēgas ziņojumu lasīšanai. Lūdziet operatoram jaunu reģistrācijas saiti.
console-unlock-heading = Atbloķējiet savu atslēgu
console-unlock-hint = Jūsu atbloķēšanas frāze tiek izmantota tikai šajā lapā un nekad netiek nosūtīta. Atverot citu lapu, tā būs vajadzīga atkal.
console-unlock-submit = Atbloķēt un atvērt ziņojumu
console-unlock-working = Notiek jūsu atslēgas atbloķēšana un ziņojuma atvēršana…
console-error-unlock-wrong = Atbloķēšanas frāze nav pareiza. Nekas netika atvērts. Mēģiniet vēlreiz.
console-error-open-failed = Šo ziņojumu nevar atvērt ar jūsu atslēgu. Iespējams, tas tika nosūtīts, pirms jūsu atslēga tika pievienota atslēgu saišķim; kolēģis, kas to var izlasīt, var jums piešķirt piekļuvi.
console-error-keyring = Izskatītāju atslēgas nevarēja verificēt: atslēgu saišķis nav parakstīts ar atslēgu, ar kuras pirkstu nospiedumu šis serveris tika palaists. Nekas netika nosūtīts.
console-error-keyring-rollback = Šī atslēgu saišķis ir vecāks (mazāks sērijas numurs) nekā saišķis, ko šī pārlūkprogramma jau ir redzējusi ar to pašu parakstīšanas atslēgu: iespējams, atjaunots vecs saišķis, lai izmantotu noņemtu atslēgu. Nekas netika atvērts vai nosūtīts. Informējiet operatoru.
console-error-network = Savienojums neizdevās. Nekas netika nosūtīts. Pārbaudiet savienojumu un mēģiniet vēlreiz.
console-report-fields-heading = Ziņotāja iesniegtā informācija
console-report-field-member-state = Dalībvalsts
console-report-field-sector = Nozare
console-report-field-incident-class = Incidenta veids
console-report-field-attack-vector = Uzbrukuma vektors
console-report-field-actor-type = Iespējamais vainīgais
console-report-field-incident-month = Mēnesis, kurā zādzība sākās
console-report-field-detection-month = Mēnesis, kurā zādzība tika atklāta
console-report-field-loss-eur = Aplēstie zaudējumi
console-report-field-jobs-at-risk = Apdraudētās darbvietas
console-report-field-what-taken = Kas tika nozagts
console-report-field-narrative = Kas notika
console-report-field-contact = Kontaktinformācija
console-report-field-organisation-id = PVN reģistrācijas numurs vai LEI kods
console-report-empty = (nav norādīts)
console-report-attachments-heading = Pielikumi
console-report-attachments-none = Pielikumu nav.
console-attachment-save = Atšifrēt un saglabāt
console-attachment-working = Notiek atšifrēšana…
console-error-attachment = Pielikumu nevarēja atšifrēt: tas ir bojāts vai nepilnīgs. Nekas netika saglabāts.
console-thread-heading = Saziņa ar ziņotāju
console-thread-empty = Ziņu vēl nav.
console-thread-from-reporter = Ziņotājs
console-thread-from-reviewer = Izskatītājs
console-thread-note = Iekšēja piezīme
console-thread-unreadable = (šo ziņu nevar atvērt ar jūsu atslēgu)
envelope-mismatch = Šī aploksne pieder citam ziņojumam vai ir cita veida; tā netiek rādīta.
conversation-from-signed = No { $name } (paraksts pārbaudīts)
conversation-from-channel = Ziņošanas kanāla automātisks paziņojums
message-bad-signature = Šis ziņojums netiek rādīts: tas apgalvo, ka ir no izskatītāja, bet tā paraksta nav vai tas neatbilst nevienai izskatītāja atslēgai parakstītajā atslēgu saišķī. Tas var būt viltots; nerīkojieties saskaņā ar to.
console-ack-heading = Apstiprināt ziņojuma saņemšanu
console-ack-label = Saņemšanas apstiprinājums ziņotājam
console-ack-default = Paldies par jūsu ziņojumu. Esam to saņēmuši un to izskatīsim. Ja mums būs jautājumi, jūs tos atradīsiet šeit.
console-ack-submit = Apstiprināt un nosūtīt
console-message-heading = Ziņa ziņotājam
console-message-label = Jūsu ziņa
console-message-hint = Tiek šifrēta jūsu pārlūkā ziņotājam un šā ziņojuma izskatītājiem. Ziņotājs to izlasa ar savu kvīts kodu.
console-message-submit = Nosūtīt ziņotājam
console-note-heading = Iekšēja piezīme
console-note-label = Jūsu piezīme
console-note-hint = Tiek šifrēta jūsu pārlūkā tikai jūsu organizācijas izskatītājiem. Ziņotājs to nekad neredz.
console-note-submit = Pievienot piezīmi
console-error-message-empty = Vispirms uzrakstiet ziņu (ne vairāk kā 20 000 rakstzīmes).
console-sending = Notiek šifrēšana un nosūtīšana…
console-sent = Nosūtīts.
console-grants-heading = Kolēģu piekļuve
console-grants-hint = Jūsu organizācijas kolēģi, kuru atslēgas tika pievienotas atslēgu saišķim pēc šā ziņojuma saņemšanas, to nevar izlasīt. Jūsu pārlūks var piešķirt viņiem piekļuvi, šifrējot ziņojuma atslēgu ar viņu atslēgu.
console-grants-none = Visi jūsu organizācijas izskatītāji, kas ir atslēgu saišķī, var izlasīt šo ziņojumu.
console-grant-submit = Piešķirt piekļuvi
console-grant-done = Piekļuve piešķirta.
console-error-grant-exists = Šis kolēģis jau var izlasīt šo ziņojumu.
console-classify-heading = Validēta klasifikācija statistikai
console-classify-hint = Izlabojiet strukturētos laukus vai atzīmējiet ziņojumu kā dublikātu vai kā tādu, kas neietilpst darbības jomā. Jūsu pārlūks šifrē izlaboto ierakstu tikai anonimizēšanas pakalpojumam; statistikā tas aizstāj ziņotāja ierakstu. Apraksts un kontaktinformācija tajā nekad netiek iekļauti.
console-classify-status = Ziņojuma statuss statistikā
console-classify-valid = Derīgs
console-classify-duplicate = Cita ziņojuma dublikāts
console-classify-out-of-scope = Neietilpst darbības jomā
console-classify-submit = Saglabāt validēto klasifikāciju
console-classify-done = Validētā klasifikācija tika šifrēta un saglabāta.
console-error-classify = Pārbaudiet klasifikāciju: mēnesim jābūt laikposmā no 1990. gada līdz ceturksnim, kurā ziņojums tika saņemts, bet zaudējumiem un darbvietām jābūt veseliem skaitļiem noteiktajās robežās. Nekas netika saglabāts.
console-error-classify-unsigned = Klasifikāciju nevar parakstīt: jūsu parakstīšanas atslēga vēl nav parakstītajā atslēgu saišķī. Nekas netika saglabāts; lūdziet operatoram pievienot jūsu atslēgu.
console-export-heading = Eksports EC3 un CSIRT vienībām
console-export-hint = Jūsu pārlūks izveido datni no atšifrētā ziņojuma: klasifikācija, kas tika nozagts, un apraksts, bet nekad ziņotāja kontaktinformācija vai organizācijas identifikators. Katrs eksports tiek reģistrēts revīzijas žurnālā.
console-export-tlp = Traffic Light Protocol marķējums
console-export-stix = Eksportēt STIX 2.1 paketi
console-export-misp = Eksportēt MISP notikumu
console-export-done = Eksports tika reģistrēts un saglabāts.

## Data portal (/portal/) and data API

portal-name = Komercnoslēpumu zādzību statistika – datu portāls
portal-nav-releases = Laidieni
portal-nav-tokens = API marķieri
portal-refused-heading = Nav izpildīts
portal-enrol-heading = Portāla konta iestatīšana
portal-error-enrol-link = Šī reģistrācijas saite nav derīga: tā jau ir izmantota, tās derīguma termiņš ir beidzies vai tā ir ievadīta kļūdaini. Lūdziet operatoram jaunu saiti.
portal-enrol-lead = Konts { $name } iestādēm (dalībvalsts: { $country }). Izvēlieties paroli un iestatiet autentificēšanas lietotni.
portal-enrol-submit = Pabeigt iestatīšanu
portal-enrol-done = Jūsu konts ir gatavs. Piesakieties ar savu vārdu, paroli un kodu no autentificēšanas lietotnes.
portal-login-heading = Pieteikšanās datu portālā
portal-releases-heading = Laidieni
portal-releases-lead = Lietotājs: { $name } ({ $country }). Katrā laidienā ir viena ceturkšņa ES statistika, kas aizsargāta ar diferenciālā privātuma metodi.
portal-releases-none = Vēl nav publicēts neviens laidiens.
portal-releases-caption = Publicētie laidieni, sākot ar jaunāko ceturksni
portal-col-period = Ceturksnis
portal-col-date = Publicēšanas datums
portal-col-epsilon = Izlietotais privātuma budžets (ε)
portal-col-status = Statuss
portal-col-release = Laidiens
portal-status-published = Publicēts
portal-release-heading = Statistika: { $period }
portal-release-intervals-hint = Katra josla rāda publicēto vērtību; līnija pāri tai rāda 95 % intervālu, kas zīmēts no nulles, ja tas sniedzas zem nulles. Katras diagrammas skaitļi ir norādīti tabulā zem tās.
portal-summary-reports = Ziņojumi ES
portal-summary-truncated = Neiekļautie ziņojumi (vairāk nekā k no vienas organizācijas)
portal-summary-loss = Aplēstie zaudējumi ES
portal-chart-quarter = Ziņojumi pa ceturkšņiem
portal-chart-quarter-note = Šā laidiena ceturksnis ir izcelts.
portal-chart-state-quarter = Ziņojumi jūsu dalībvalstī pa ceturkšņiem
portal-chart-series = { $category }: ziņojumi pa ceturkšņiem
portal-chart-series-note = Šajā izdevumā visbiežāk ziņotā nozare vai uzbrukuma vektors; datu API sniedz visas nozares un uzbrukuma vektorus pa ceturkšņiem.
portal-chart-sector = Ziņojumi pa nozarēm (NACE)
portal-chart-attack-vector = Ziņojumi pa uzbrukuma vektoriem
portal-chart-member-state = Ziņojumi pa dalībvalstīm
portal-chart-yours = (izcelts)
portal-chart-highlight = { $country } ir izcelta un atzīmēta.
portal-chart-desc = Horizontāla joslu diagramma ar { $count ->
        [zero] { $count } kategorijām
        [one] { $count } kategoriju
       *[other] { $count } kategorijām
    }, katrai ir savs 95 % intervāls. Lielākā vērtība: { $top }, { $value }. Tabulā zem diagrammas ir norādītas visas vērtības.
portal-chart-show-table = Rādīt skaitļus tabulā
portal-chart-table-caption = { $chart }: publicētās vērtības un 95 % intervāli
portal-col-category = Kategorija
portal-col-value = Publicētā vērtība
portal-col-interval = 95 % intervāls
portal-method-heading = Kā šie skaitļi tika iegūti
portal-method-promise = Skaitļi ir diferenciāli privāti. Aizsargātā vienība ir vienas organizācijas ziņojumi ceturksnī: neatkarīgi no tā, vai tā ziņoja un ko, katrs publicētais skaitlis būtu gandrīz tikpat varbūtīgs. “Gandrīz” nosaka šī laidiena privātuma budžets ε = { $epsilon }: neviens rezultāts nekļūst vairāk nekā { $factor } reizes varbūtīgāks vienas organizācijas šī ceturkšņa ziņojumu dēļ. Kalendārā gada laidieni kopā patērē ne vairāk kā ε = { $year_cap }, tātad gadā koeficients ir ne vairāk kā { $year_factor }; vairāku gadu laikā koeficienti sareizinās.
portal-method-unit = Organizāciju atpazīst pēc tās norādītā PVN numura vai LEI (uzrakstīta vienotā formā un pārvērsta pseidonīmā, ko var aprēķināt tikai anonimizētājs); ceturksnī tiek skaitīti ne vairāk kā { $k } tās ziņojumi. To atpazīst tikai pēc šā identifikatora: organizācija, kas vienā ziņojumā norāda PVN numuru, bet citā LEI, vai kuras meitasuzņēmumi ziņo atsevišķi, tiek skaitīta kā vairākas. Ziņojums bez identifikatora tiek aizsargāts atsevišķi: organizācija, kas sūta vairākus ziņojumus bez tā, ir aizsargāta par katru ziņojumu, nevis par visiem kopā.
portal-method-truncation = Aptuveni { $dropped } ziņojumi (aptuveni { $share } % no visiem) tika izlaisti, jo to organizācija ceturksnī ziņoja vairāk nekā { $k } reizes. Šis skaitlis pats satur troksni un skaita ne vairāk kā { $k } uz organizāciju; patiesais skaits ir lielāks. Kuri ziņojumi palika, noteica nejaušība, nevis to saturs.
portal-method-noise = Katras tabulas katrai šūnai ir pievienots nejaušs troksnis, arī šūnām, kuru vērtība ir nulle; neviena šūna netiek paslēpta tāpēc, ka tā ir maza. Tāpēc mazs skaitlis var būt tikai troksnis.
portal-method-intervals = 95 % intervāli parāda, cik tālu troksnis varēja pārvietot skaitli: tie ietver izmērīto vērtību vismaz aptuveni 95 gadījumos no 100. Izmērītā vērtība ir saglabāto ziņojumu vērtība, katrs zaudējums ierobežots līdz griestiem; izlaistie ziņojumi un zaudējumu daļa virs griestiem tajā nav iekļauti, tāpēc skaitļi un to intervāli ir mazāki par saņemto. Intervālus aprēķina no publiski zināmā trokšņa līmeņa, nevis no ziņojumiem, un tie nekad nesniedzas zem nulles.
portal-method-consistency = Dalībvalstu skaitļi summējas ES skaitļos, un katra tabula summējas vienā un tajā pašā kopsummā. Skaitļi ir veseli, nekad negatīvi, katrs aptuveni viena robežās no nenobīdītā novērtējuma (tālāk tikai tur, kur blakus novērtējumi bija zem nulles); dalībvalsts kopsumma un tās nozaru summa var atšķirties par troksni. Neapstrādātie mērījumi ar troksni ir arī CSV failos.
portal-method-losses = Katrs aplēstais zaudējums tiek ieskaitīts līdz { $bound } eiro; lielāki zaudējumi tiek ieskaitīti šajā apmērā.
portal-method-budget = Šajā ceturksnī ir izlietots ε { $quarter } no tā limita { $quarter_cap }; { $year }. gadā ir izlietots ε { $year_spent } no { $year_cap }. Ceturkšņa statistika nekad netiek aprēķināta no jauna ar lielāku budžetu.
portal-method-opendp = Aprēķināts ar OpenDP { $version }. Šeit izmantotās funkcijas ir tā sadaļā „contrib”, ko OpenDP komanda vēl nav pārbaudījusi; metodoloģijas datnē ir norādīts katras tabulas mehānisms, trokšņa skala un budžets.
portal-downloads-heading = Lejupielādes
portal-download-archive = Viss laidiens vienā arhīvā ({ $name }) ar kontrolsummām un parakstu
portal-verify-heading = Pārbaudiet saņemto datni
portal-verify-text = Arhīvā ir datne SHA256SUMS ar katras datnes kontrolsummu un datne SHA256SUMS.sig, kas ir tās paraksts ar laidiena atslēgu. Ikviens var pārbaudīt no citas personas saņemtu kopiju: saglabājiet šīs vietnes keyring.json un keyring.sig mapē un palaidiet tālāk norādīto komandu. Tā uzticas atslēgu saišķim tikai tad, ja to parakstījusi atslēga, kuras pirkstu nospiedumu publicē EUIPO un Eiropols, un ņem no tā laidiena atslēgu (parādīta tālāk).
portal-verify-key = Laidiena atslēga:
portal-verify-fingerprint = Pirkstu nospiedums:
portal-tokens-heading = API marķieri
portal-tokens-lead = Ar marķieri programma var lasīt laidienus, izmantojot datu API (tikai lasīšana). Katrai programmai piešķiriet savu marķieri, lai vienu varētu atsaukt, neapturot pārējās.
portal-token-new-heading = Izveidot marķieri
portal-token-name = Nosaukums
portal-token-name-hint = Kam marķieris paredzēts, piem., „nakts imports”.
portal-token-create = Izveidot marķieri
portal-token-created = Jūsu jaunais marķieris ir redzams tālāk. Nokopējiet to tūlīt: tas tiek parādīts tikai šo vienu reizi, un vēlāk to vairs nevarēs apskatīt.
portal-token-use = Nosūtiet to ar katru pieprasījumu šādā formā:
portal-tokens-list-heading = Jūsu marķieri
portal-tokens-none = Jums vēl nav neviena marķiera.
portal-token-created-on = Izveidošanas datums
portal-token-last-used = Pēdējās izmantošanas datums
portal-token-state = Statuss
portal-token-revoke = Atsaukt
portal-token-revoked-on = Atsaukšanas datums: { $day }
portal-token-revoked = Marķieris ir atsaukts: tas vairs nedarbojas.
portal-error-token-name = Piešķiriet marķierim nosaukumu, kas nav garāks par { $max ->
        [zero] { $max } rakstzīmēm
        [one] { $max } rakstzīmi
       *[other] { $max } rakstzīmēm
    }.
error-unauthorized = Ir vajadzīgs derīgs API marķieris: nosūtiet „Authorization: Bearer” ar portālā izveidotu marķieri, kas nav atsaukts.

# console triage
console-triage-heading = Par ko ir ziņojumi
console-triage-hint = Atbloķējiet savu atslēgu, lai redzētu, par ko ir katrs ziņojums, un lai tos meklētu, filtrētu un kārtotu. Ziņojumi tiek atšifrēti šajā pārlūkā; ne tie, ne jūsu meklējumi netiek sūtīti uz serveri.
console-triage-search = Meklēt ziņojumu tekstā
console-triage-all = Visi
console-triage-sort = Secība
console-triage-sort-newest = Jaunākie vispirms
console-triage-sort-oldest = Vecākie vispirms
console-triage-sort-deadline = Tuvākais termiņš vispirms
console-triage-reset = Notīrīt meklēšanu un filtrus
console-triage-col-summary = Ziņojums (apraksta pirmā rinda)
console-triage-col-language = Valoda
console-triage-col-attachments = Pielikumi
console-triage-count = Atrastie ziņojumi: { $shown } no { $total }
console-triage-page = Lapa { $page } no { $pages }
console-triage-pages = Saraksta lapas
console-triage-previous = Iepriekšējā lapa
console-triage-next = Nākamā lapa
console-triage-none = Neviens ziņojums neatbilst meklēšanai un filtriem.
console-triage-working = Ziņojumi tiek atšifrēti…
console-triage-unreadable = Šo ziņojumu nevar atvērt ar jūsu atslēgu.
error-summary-entry = { $field }: { $message }
error-field-recipients = Saņēmēji
error-field-actor-type = Kas aiz tā stāvēja
error-field-loss-eur = Aplēstie zaudējumi
error-field-jobs-at-risk = Apdraudētās darbvietas
error-field-attachments = Pielikumi
error-field-contact = Kontakti
error-field-organisation-id = PVN numurs vai LEI
error-field-consent = Apstiprinājums
console-nav-figures = Rādītāji
console-figures-heading = Rādītāji vadībai
console-figures-lead = { $body }: tikai skaits un ilgums, aprēķināts no dienām, ko reģistrē serveris. Nekas no ziņojumu satura.
console-figures-csv = Lejupielādēt kā CSV
console-figures-received = Saņemtie ziņojumi pa mēnešiem
console-figures-month = Mēnesis
console-figures-count = Ziņojumi
console-figures-timing = Laiks līdz apstiprinājumam un līdz atgriezeniskajai saitei
console-figures-step = Solis
console-figures-done = Paveikti
console-figures-median = Mediāna (dienas)
console-figures-p90 = 90. procentile (dienas)
console-figures-within = Termiņā
console-figures-within-value = { $within } no { $decided } ({ $percent } %)
console-figures-ack = Apstiprinājums (7 dienu laikā pēc saņemšanas)
console-figures-feedback = Atgriezeniskā saite (3 mēnešu laikā pēc apstiprinājuma)
console-figures-open = Atvērtās lietas pēc statusa
console-figures-definitions = Atgriezeniskā saite ir pirmā diena pēc apstiprinājuma, kurā izskatītājs rakstīja ziņotājam, vai lietas slēgšanas diena – atkarībā no tā, kas notika agrāk. Mediāna un procentile pēc tuvākā ranga metodes. Daļās skaitīti paveiktie un nokavētie soļi; lietas, kuru termiņš vēl nav beidzies, vēl netiek skaitītas.
console-assign-heading = Piešķiršana
console-assign-label = Piešķirts
console-assign-nobody = Nevienam
console-assign-submit = Piešķirt
console-triage-assigned-me = Piešķirti man
console-triage-unassigned = Nepiešķirti

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Ziņojumu nevar parakstīt: jūsu parakstīšanas atslēga vēl nav parakstītajā atslēgu saišķī. Nekas netika nosūtīts; lūdziet operatoram pievienot jūsu atslēgu.
console-casefile-heading = Nododamā lietas mape
console-casefile-hint = Tiek izveidota jūsu pārlūkā no atvērtā ziņojuma; nekas no tās netiek nosūtīts uz serveri. Revīzijas žurnālā tiek reģistrēts tikai pats eksports: formāts, iekļautās daļas un aizklāto vārdu skaits.
console-casefile-parts = Iekļaujamās daļas
console-casefile-part-fields = Ziņojuma lauki
console-casefile-part-conversation = Sarakste
console-casefile-part-attachments = Pielikumi ar to SHA-256
console-casefile-part-classification = Klasifikācija
console-casefile-redact-contact = Aizklāt ziņotāja kontaktinformāciju un organizācijas identifikatoru
console-casefile-terms = Aizklājamie vārdi un nosaukumi
console-casefile-terms-hint = Pa vienam katrā rindā. Katrs visur lietas mapē tiek aizstāts ar aizklāšanas atzīmi neatkarīgi no lielajiem un mazajiem burtiem.
console-casefile-download = Lejupielādēt lietas mapi (HTML)
console-casefile-print = Drukāt vai saglabāt kā PDF
console-casefile-working = Lietas mape tiek sagatavota: pielikumi tiek atšifrēti…
console-casefile-done = Lietas mapes eksports tika reģistrēts.
console-casefile-no-parts = Izvēlieties vismaz vienu iekļaujamo daļu.
console-casefile-title = Ziņojuma lietas mape
console-casefile-prepared = Sagatavota
console-casefile-marker = [AIZKLĀTS]
console-casefile-redactions = Aizklājumi
console-casefile-redacted-contact = Ziņotāja kontaktinformācija un organizācijas identifikators
console-casefile-redacted-terms = Izskatītāja atzīmētie vārdi
console-casefile-verified = paraksts pārbaudīts
# --- indicators ---
report-section-indicators = Tehniskie indikatori (neobligāti)
report-indicators-lead = Ja jums ir uzbrukuma tehniskās pēdas, norādiet tās šeit, vienu vērtību katrā rindā. Izskatītāji var tās nodot CSIRT, lai bloķētu uzbrucējus.
field-indicator-ip = IP adreses vai diapazoni
hint-indicator-ip = IPv4 vai IPv6, vai CIDR diapazons: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domēnu nosaukumi
hint-indicator-domain = Piemēram, files.example.com; starptautiskie nosaukumi xn-- formā.
field-indicator-url = Tīmekļa adreses (URL)
hint-indicator-url = Pilna adrese, kas sākas ar https:// vai citu shēmu.
field-indicator-email = E-pasta adreses
hint-indicator-email = Piemēram, pikšķerēšanas ziņojuma sūtītājs.
field-indicator-hash = Failu jaucējvērtības
hint-indicator-hash = MD5, SHA-1 vai SHA-256 heksadecimālā formā.
field-indicator-file-name = Failu nosaukumi
hint-indicator-file-name = Tikai nosaukums, bez mapes: rekins.pdf.exe.
field-indicator-observations = Citi tehniski novērojumi
hint-indicator-observations = Jebkas cits, kas var palīdzēt: rīki, konti, laiki.
error-indicator-ip = Rinda { $line } nav IP adrese vai CIDR diapazons.
error-indicator-domain = Rinda { $line } nav domēna nosaukums.
error-indicator-url = Rinda { $line } nav pilna tīmekļa adrese (piemēram, https://example.com/cels).
error-indicator-email = Rinda { $line } nav e-pasta adrese.
error-indicator-hash = Rinda { $line } nav MD5, SHA-1 vai SHA-256 jaucējvērtība.
error-indicator-file-name = Rinda { $line } nav faila nosaukums (bez mapes, ne vairāk kā 255 rakstzīmes).
error-indicator-count = Šajā laukā ievadiet ne vairāk kā { $max } vērtības.
console-indicators-heading = Tehniskie indikatori
console-taxii-heading = Nosūtīt uz TAXII 2.1 kolekciju
console-taxii-hint = STIX 2.1 pakete ar iepriekš izvēlēto TLP līmeni no šīs pārlūkprogrammas nonāk tieši jūsu iestādes TAXII serverī; adrese un piekļuves dati netiek saglabāti.
console-taxii-url = Kolekcijas adrese (beidzas ar /collections/<id>/)
console-taxii-user = Lietotājvārds
console-taxii-password = Parole
console-taxii-push = Nosūtīt uz TAXII
console-taxii-done = Pakete tika pievienota TAXII kolekcijai.
console-taxii-failed = TAXII serveris noraidīja paketi vai nebija sasniedzams. Pārbaudiet adresi un piekļuves datus, kā arī to, vai serveris atļauj šīs konsoles izcelsmi (CORS).
# --- tags and referral ---
console-tags-heading = Birkas
console-tags-hint = Birkas ņem no jūsu iestādes fiksētā saraksta, ko uztur operators. To nosaukumi ir redzami tam, kas uztur serveri: izmantojiet tās kā apzīmējumus, nekad lietas saturam.
console-tags-none = Šim ziņojumam nav birku.
console-tags-field = Birka
console-tags-add = Pievienot birku
console-tags-remove = Noņemt birku
console-error-tag-unknown = Šīs birkas nav jūsu iestādes sarakstā. Nekas netika mainīts.
console-refer-heading = Nodot { $body }
console-refer-hint = Ziņojuma atslēga jūsu pārlūkā tiek aizzīmogota { $body } atslēgām no pārbaudītā atslēgu saišķa. Tad { $body } redz ziņojumu savā iesūtnē ar saviem termiņiem, skaitot no šodienas.
console-refer-note = Piezīme { $body } (neobligāta)
console-refer-note-hint = Aizzīmogota abām iestādēm kā iekšēja piezīme; ziņotājam nekad netiek rādīta.
console-refer-tell = Informēt ziņotāju sarunā
console-refer-message = Ziņa ziņotājam
console-refer-message-default = Jūsu ziņojums ir nodots { $body }, kas arī to izskatīs.
console-refer-submit = Nodot ziņojumu
console-refer-done = Ziņojums tika nodots.
console-referrals-heading = Nodošanas
console-referral-line = Nodots no { $from } uz { $to }, nodeva { $who }, { $day }.
console-referral-note = Piezīme:
console-triage-referred-from = Nodeva { $body }
console-error-referral-same = Ziņojumu var nodot tikai otrai iestādei.
console-error-referral-exists = { $body } jau ir šis ziņojums; tas netika nodots vēlreiz.
console-error-referral-slots = Aizzīmogotās atslēgas precīzi neatbilst { $body } atslēgām atslēgu saišķī. Nekas netika nodots.
# --- security keys (WebAuthn) ---
account-nav-keys = Drošības atslēgas
account-keys-heading = Drošības atslēgas
account-keys-lead = Drošības atslēga vai piekļuves atslēga jūsu tālrunī vai datorā var pieteikšanās laikā aizstāt autentifikācijas kodu, un to nevar izkrāpt ar pikšķerēšanu. Varat pievienot vairākas.
account-keys-totp-allowed = Jūsu konts var pieteikties arī ar autentifikācijas kodu.
account-keys-totp-forbidden = Jūsu konts piesakās tikai ar drošības atslēgu: autentifikācijas kodi tiek noraidīti.
account-keys-list-heading = Jūsu atslēgas
account-keys-none = Vēl nav pievienota neviena drošības atslēga.
account-key-name = Atslēgas nosaukums
account-key-name-hint = Piemēram, “zilā atslēga”, lai to atpazītu šajā sarakstā.
account-key-added-on = Pievienota
account-key-last-used = Pēdējoreiz izmantota
account-key-actions = Darbības
account-key-remove = Noņemt
account-key-new-heading = Pievienot drošības atslēgu
account-key-add = Pievienot drošības atslēgu
account-key-touch = Izpildiet pārlūka norādījumus un pieskarieties savai drošības atslēgai.
account-key-failed = Drošības atslēga neatbildēja, vai pieprasījums tika atcelts. Mēģiniet vēlreiz.
account-key-needs-js = Lai pievienotu drošības atslēgu, šajā pārlūkā ir vajadzīgs JavaScript.
account-key-unavailable = Šī servera adresē drošības atslēgas nevar izmantot. Vērsieties pie operatora.
account-key-added = Drošības atslēga ir pievienota.
account-key-removed = Drošības atslēga ir noņemta.
account-key-last = Šī ir jūsu pēdējā drošības atslēga, un jūsu konts nedrīkst izmantot autentifikācijas kodus: pirms šīs noņemšanas pievienojiet citu atslēgu.
account-key-expired = Pieprasījums ilga pārāk ilgi. Mēģiniet vēlreiz.
account-key-invalid = Drošības atslēgas atbilde netika pieņemta. Mēģiniet vēlreiz.
account-key-duplicate = Šī drošības atslēga jau ir pievienota.
account-key-too-many = Jums ir lielākais atļautais drošības atslēgu skaits. Vispirms noņemiet vienu.
account-error-key-name = Piešķiriet atslēgai nosaukumu no 1 līdz { $max } rakstzīmēm.
account-key-signin-heading = Izmantojiet savu drošības atslēgu
account-key-signin-lead = Jūsu parole ir pareiza. Apstipriniet pieteikšanos ar savu drošības atslēgu.
account-key-signin-submit = Izmantot manu drošības atslēgu
account-key-signin-needs-js = Drošības atslēgai šajā pārlūkā ir vajadzīgs JavaScript.
account-key-signin-back = Tā vietā pieteikties ar autentifikācijas kodu
account-field-code-key-hint = Ja izmantojat drošības atslēgu, atstājiet kodu tukšu: atslēgu izmantosiet nākamajā solī.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Paziņojumi
console-notify-lead = Kopsavilkums tikai ar skaitļiem: jauni ziņojumi, jaunas ziņotāju ziņas, tuvojošies un nokavēti termiņi. Tajā nekad nav ziņojuma satura, identifikatora vai nosaukuma.
console-notify-email = E-pasta adrese
console-notify-email-hint = Kopsavilkums tiek sūtīts uz šo adresi. Atstājiet tukšu, ja e-pastu nevēlaties.
console-notify-webhook = Tīmekļa āķa URL
console-notify-webhook-hint = Tie paši skaitļi tiek sūtīti šeit JSON formātā (HTTP POST). Adresei jāsākas ar https://. Atstājiet tukšu, ja nevēlaties.
console-notify-frequency = Cik bieži
console-notify-off = Nekad
console-notify-daily = Katru dienu
console-notify-weekly = Katru nedēļu
console-notify-send-empty = Sūtīt kopsavilkumu arī tad, ja nekas nav noticis
console-notify-send-empty-hint = Tad kopsavilkums pienāk katru reizi, un tā pienākšana neko neatklāj par jauniem ziņojumiem.
console-notify-language = Kopsavilkuma valoda
console-notify-save = Saglabāt
console-notify-saved = Jūsu paziņojumu iestatījumi ir saglabāti.
console-notify-error-email = E-pasta adrese: ievadiet pilnu adresi, piemēram, vards@example.eu.
console-notify-error-webhook = Tīmekļa āķa URL: ievadiet pilnu adresi, piemēram, https://hooks.example.eu/digest, bez lietotājvārda, paroles un #.
console-notify-error-https = Tīmekļa āķa URL: adresei jāsākas ar https:// (http:// tikai uz šo datoru).
console-notify-error-destination = E-pasta adrese: ievadiet e-pasta adresi vai tīmekļa āķa URL vai izvēlieties “Nekad”.
notify-mail-subject = Ziņošanas kanāls: jūsu kopsavilkums
notify-mail-intro = Kopsavilkums: { $body }, no { $from } līdz { $through }. Tikai skaitļi: lai redzētu ziņojumus, piesakieties konsolē.
notify-mail-new-reports = Jauni ziņojumi: { $count }
notify-mail-new-replies = Jaunas ziņotāju ziņas: { $count }
notify-mail-ack-due = Saņemšanas apstiprinājumi ar termiņu 2 dienu laikā: { $count }
notify-mail-feedback-due = Atbildes ar termiņu 14 dienu laikā: { $count }
notify-mail-ack-overdue = Nokavēti saņemšanas apstiprinājumi: { $count }
notify-mail-feedback-overdue = Nokavētas atbildes: { $count }
notify-mail-nothing = Nekā jauna un nekā, kam tuvojas termiņš.
notify-mail-footer = Jūs saņemat šo kopsavilkumu, jo to pieprasījāt konsolē (Paziņojumi). Tur to varat mainīt vai apturēt.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Saņemšana apstiprināta
conversation-acknowledgement-due = Saņemšanas apstiprinājums līdz
conversation-feedback-due = Atgriezeniskā saite līdz
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Saistītie ziņojumi
console-related-hint = Salīdzināts pēc indikatoru un organizācijas identifikatora atslēgotajām jaucējvērtībām, kas aprēķinātas jūsu pārlūkā: serveris nekad neredz nevienu indikatoru. Tiek rādīti tikai ziņojumi, kurus jūsu iestāde drīkst atvērt.
console-related-none = Nevienam citam jūsu iestādes ziņojumam nav kopīga indikatora ar šo.
console-related-report = Ziņojums { $report }
console-related-shares = kopīgi indikatori: { $count }
console-related-incident = iespējams, tas pats incidents (tas pats organizācijas identifikators)
console-related-refused = Servera piedāvātā korelācijas atslēga nav tā, kas norādīta parakstītajā atslēgu saišķī: tā netika izmantota, un nekas netika nosūtīts.
console-related-confirm = Apstiprināt šo ziņojumu kā dublikātu
console-related-unavailable = Korelācija vēl nav pieejama: jūsu ierakstam atslēgu saišķī nav aizzīmogota neviena korelācijas atslēga.
