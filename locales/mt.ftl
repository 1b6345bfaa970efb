### Maltese: translation of en.ftl (the reference language).
### Every other locales/<lang>.ftl has exactly these message ids and the same { $placeholders }
### (checked by `cargo test -p i18n`). Ids are stable: change the text, never the id.
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Malti
language-switch-label = Lingwa
language-switch-button = Ibdel il-lingwa

## Page chrome

site-name = Kanal għar-rappurtar tas-serq ta' sigrieti kummerċjali
skip-to-content = Aqbeż għall-kontenut ewlieni
nav-label = Menu ewlieni
nav-home = Paġna ewlenija
nav-report = Irrapporta serq
nav-follow-up = Segwi rapport
footer-privacy-notice = Avviż ta' privatezza
footer-recipients = Ir-rapporti jintbagħtu lill-EUIPO u liċ-Ċentru Ewropew taċ-Ċiberkriminalità (EC3) tal-Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } ta' { $month ->
        [1] Jannar
        [2] Frar
        [3] Marzu
        [4] April
        [5] Mejju
        [6] Ġunju
        [7] Lulju
        [8] Awwissu
        [9] Settembru
        [10] Ottubru
        [11] Novembru
       *[12] Diċembru
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Irrapporta s-serq ċibernetiku ta' sigrieti kummerċjali
page-title-report = Ibgħat rapport
page-title-follow-up = Segwi r-rapport tiegħek
page-title-privacy = Avviż ta' privatezza

## Reporter landing page

home-heading = Irrapporta s-serq ta' sigrieti kummerċjali f'attakk ċibernetiku
home-intro = Jekk is-sigrieti kummerċjali tal-kumpanija tiegħek insterqu permezz ta' attakk ċibernetiku, tista' tirrapporta dan hawnhekk, b'mod volontarju u kunfidenzjali, lill-EUIPO (l-Uffiċċju tal-Unjoni Ewropea għall-Proprjetà Intellettwali) u liċ-Ċentru Ewropew taċ-Ċiberkriminalità (EC3) tal-Europol.
home-point-recipients = Int tagħżel min jirċievi r-rapport tiegħek: l-EUIPO, l-EC3 tal-Europol, jew it-tnejn.
home-point-encrypted = Ir-rapport tiegħek jiġi kriptat b'tali mod li jistgħu jaqrawh biss l-evalwaturi li tagħżel int. Dan is-sit web qatt ma jaħżnu f'forma li tinqara.
home-point-anonymous = Tista' tirrapporta mingħajr ma tagħti ismek jew l-isem tal-kumpanija tiegħek.
home-point-receipt = Meta tibgħat ir-rapport, tirċievi kodiċi tal-irċevuta. Żommu f'post sigur: ikollok bżonnu biex taqra l-mistoqsijiet tal-evalwaturi u twieġeb għalihom, u jekk jintilef ma jistax jiġi sostitwit.
home-point-statistics = It-tweġibiet li tagħżel mil-listi (bħas-settur u t-tip ta' attakk) jintużaw ukoll għall-istatistika fil-livell tal-UE. Jiżdiedu magħhom ħsejjes każwali b'tali mod li l-ebda kumpanija ma tkun tista' tiġi identifikata.
home-no-javascript = Il-formola taħdem ukoll bil-JavaScript mitfi (pereżempju fil-modalità l-aktar sigura tat-Tor Browser). F'dak il-każ, ir-rapport tiegħek jiġi kriptat mis-server hekk kif jasal, minflok fil-brawżer tiegħek, u dan jagħti protezzjoni kemxejn aktar dgħajfa.
home-start-button = Ibda rapport
home-follow-up-heading = Diġà bgħatt rapport?
home-follow-up-text = Uża l-kodiċi tal-irċevuta tiegħek biex taqra l-messaġġi tal-evalwaturi u twieġeb.
home-follow-up-button = Segwi bil-kodiċi tal-irċevuta tiegħek

## Form: common parts

form-optional = (mhux obbligatorju)
form-choose = Agħżel…
# Read by screen readers before each field error.
form-error-prefix = Żball:
recipient-euipo = EUIPO (l-Uffiċċju tal-Unjoni Ewropea għall-Proprjetà Intellettwali)
recipient-ec3 = Europol EC3 (iċ-Ċentru Ewropew taċ-Ċiberkriminalità)

## Errors: whole pages

error-page-title = Inqala' xi żball
error-bad-request = It-talba ma setgħetx tinftiehem. Jekk jogħġbok mur lura u erġa' pprova.
error-not-found = Din il-paġna ma teżistix. Iċċekkja l-indirizz, jew erġa' ibda mill-paġna ewlenija.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Dak li bgħatt huwa kbir wisq: il-limitu huwa { $limit }. Neħħi jew naqqas id-daqs tal-annessi u erġa' pprova.
error-csrf = Għas-sigurtà tiegħek, din il-formola skadiet u ma ġie ssejvjat xejn. Jekk jogħġbok erġa' tella' l-paġna u ibgħatha mill-ġdid.
error-form-used = Din il-formola diġà ntbagħtet: ir-rapport tiegħek wasal darba, bil-kodiċi tal-irċevuta li ntwera dak il-ħin. Biex tibgħat rapport ieħor, iftaħ formola ġdida.
error-rate-limited = Saru wisq tentattivi fi żmien qasir. Jekk jogħġbok stenna ftit minuti u erġa' pprova.
error-server = Inqala' żball min-naħa tagħna u ma ġie ssejvjat xejn. Jekk jogħġbok erġa' pprova aktar tard.
error-unavailable = Is-servizz mhux disponibbli temporanjament. Jekk jogħġbok erġa' pprova aktar tard.
error-unavailable-title = Mhux disponibbli temporanjament
error-database-unavailable = Bħalissa ma nistgħux naħżnu jew naqraw rapporti, għalhekk ma ġie ssejvjat xejn. Jekk jogħġbok stenna minuta u ibgħatu mill-ġdid.

## Errors: form fields

error-required = Dan il-qasam huwa obbligatorju.
error-unknown-choice = Agħżel waħda mill-għażliet fil-lista.
error-month-format = Daħħal xahar fil-format YYYY-MM, pereżempju 2026-03.
error-month-future = Ix-xahar ma jistax ikun fil-futur.
error-month-too-early = Ix-xahar ma jistax ikun qabel { $year }.
error-detection-before-incident = Ix-xahar li fih instab is-serq ma jistax ikun qabel ix-xahar li fih beda.
error-number-format = Daħħal numru sħiħ, pereżempju 250000.
# { $max } is an amount in euros.
error-loss-too-large = L-ammont ma jistax ikun aktar minn EUR { $max }.
error-jobs-too-large = In-numru ta' impjiegi ma jistax ikun aktar minn { $max }.
error-too-long =
    { $max ->
        [one] It-test huwa twil wisq: uża karattru wieħed l-aktar.
        [few] It-test huwa twil wisq: uża mhux aktar minn { $max } karattri.
        [many] It-test huwa twil wisq: uża mhux aktar minn { $max }-il karattru.
       *[other] It-test huwa twil wisq: uża mhux aktar minn { $max } karattru.
    }
error-organisation-id = Daħħal numru tal-VAT (pereżempju DK12345678) jew LEI (20 ittra u ċifra), jew ħalli l-qasam vojt.
error-recipients = Agħżel mill-inqas riċevitur wieħed: l-EUIPO, l-EC3 tal-Europol, jew it-tnejn.
error-consent = Immarka l-kaxxa biex tikkonferma qabel ma tibgħat ir-rapport.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Il-formola fiha żball wieħed. Jekk jogħġbok ikkoreġih u ibgħat il-formola mill-ġdid.
        [few] Il-formola fiha { $count } żbalji. Jekk jogħġbok ikkoreġihom u ibgħat il-formola mill-ġdid.
        [many] Il-formola fiha { $count }-il żball. Jekk jogħġbok ikkoreġihom u ibgħat il-formola mill-ġdid.
       *[other] Il-formola fiha { $count } żball. Jekk jogħġbok ikkoreġihom u ibgħat il-formola mill-ġdid.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = L-impronta diġitali tas-sett taċ-ċwievet (qabbilha ma' dik li jippubblikaw l-EUIPO u l-Europol):
error-go-back = Uża l-buttuna "lura" tal-brawżer tiegħek biex terġa' lura għall-formola; dak li ktibt normalment ikun għadu hemm.
# { $limit } is a number of files.
error-too-many-files = Wisq fajls: in-numru massimu ta' fajls li tista' tehmeż huwa { $limit }. Neħħi xi wħud u erġa' pprova.

## Page titles (intake)

page-title-confirmation = Ir-rapport wasal
page-title-conversation = Ir-rapport tiegħek

## Landing page: what the server sees

home-server-heading = X'jista' u x'ma jistax jara dan is-sit web
home-server-cannot = Ma jistax jaqra r-rapport, l-annessi jew il-messaġġi tiegħek: dawn jiġu kriptati għall-evalwaturi qabel ma jinħażnu, u ċ-ċwievet biex jinfetħu jinżammu biss mill-evalwaturi.
home-server-can = Jara li ntbagħat rapport f'ċertu jum, lil liema korp, u bejn wieħed u ieħor kemm huwa kbir. Qatt ma jirreġistra l-indirizz IP tiegħek, il-brawżer tiegħek jew il-ħin eżatt.
home-fingerprint-heading = Iċċekkja li qiegħed fuq il-kanal ġenwin
home-fingerprint-text = Ir-rapporti jiġu kriptati għaċ-ċwievet ta' sett ta' ċwievet iffirmat miċ-ċavetta offline tal-kanal. L-impronta diġitali tiegħu tidher hawn taħt; l-EUIPO u l-Europol jippubblikaw l-istess impronta fuq is-siti web tagħhom.
home-tor-heading = Rappurtar anonimu
home-tor-text = Għall-aqwa anonimità, uża t-Tor Browser, tidħolx f'ebda servizz ieħor fl-istess ħin, u neħħi l-ismijiet u l-metadata (awtur, kumpanija, GPS) mill-fajls qabel ma teħmeżhom.

## Report form

report-heading = Irrapporta serq ta' sigrieti kummerċjali
report-lead = Il-qasamiet immarkati bħala mhux obbligatorji jistgħu jitħallew vojta. Dak kollu li tikteb, u l-annessi tiegħek, jiġu kriptati għar-riċevituri li tagħżel.
report-guarantee-server = Mingħajr JavaScript, ir-rapport tiegħek jiġi kriptat mis-server, fil-memorja, hekk kif jasal, u qatt ma jinħażen f'forma li tinqara. Bil-JavaScript mixgħul, il-brawżer tiegħek stess jikkriptjah qabel ma jintbagħat.
report-files-dropped = Għas-sigurtà tiegħek, il-fajls mehmuża ma jinżammux meta l-formola terġa' lura bi żbalji. Jekk jogħġbok erġa' ehmeżhom.
report-section-classification = Dwar l-inċident
report-section-when = Meta ġara
report-section-impact = Impatt
report-section-account = X'ġara
report-section-optional = Dettalji mhux obbligatorji
report-submit = Ikkriptja u ibgħat ir-rapport
field-recipients = Min għandu jirċievi r-rapport?
hint-recipients = Agħżel wieħed jew it-tnejn. Ir-rapport jistgħu jaqrawh biss l-evalwaturi tal-korpi li tagħżel.
field-member-state = L-Istat Membru fejn hija stabbilita l-kumpanija tiegħek
hint-member-state = Jintuża għall-istatistika tal-UE skont il-pajjiż.
field-sector = Is-settur tal-kumpanija tiegħek
hint-sector = It-taqsima NACE tal-attività ewlenija tiegħek.
field-incident-class = It-tip ta' inċident
hint-incident-class = Agħżel dak li jaqbel l-aktar; l-evalwaturi jistgħu jikkoreġuh.
field-attack-vector = Kif daħlu l-attakkanti
hint-attack-vector = Agħżel "Mhux magħruf" jekk għadek ma tafx.
field-actor-type = Min taħseb li kien wara dan?
hint-actor-type = L-aħjar stima tiegħek; "Mhux magħruf" hija tweġiba valida.
field-incident-month = Ix-xahar li fih beda s-serq
hint-incident-month = Fil-format YYYY-MM, pereżempju 2026-03. Stima hija biżżejjed.
field-detection-month = Ix-xahar li fih instab is-serq
hint-detection-month = Fil-format YYYY-MM.
field-loss-eur = It-telf stmat f'euro (mhux obbligatorju)
hint-loss-eur = Numru sħiħ, pereżempju 250000. Ħallih vojt jekk ma tistax tistmah.
field-jobs-at-risk = Impjiegi f'riskju (mhux obbligatorju)
hint-jobs-at-risk = Kemm-il impjieg qiegħed f'riskju minħabba s-serq, jekk tista' tistma dan.
field-what-taken = X'ittieħed
hint-what-taken = Pereżempju: kodiċi tas-sors, disinji, listi tal-klijenti, formuli, proċessi tal-produzzjoni.
field-narrative = X'ġara
hint-narrative = Iddeskrivi bi kliemek stess l-attakk u kif instab: id-dati, is-sistemi affettwati, u x'għamilt minn dakinhar.
field-attachments = Annessi (mhux obbligatorji)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Numru massimu ta' fajls: { $max_files }, kull wieħed ta' mhux aktar minn { $max_mib } MB. Jiġu kriptati hekk kif jaslu.
field-contact = Kif jistgħu jikkuntattjawk l-evalwaturi? (mhux obbligatorju)
hint-contact = Ħallih vojt biex tibqa' anonimu: xorta tkun tista' taqra u twieġeb il-messaġġi bil-kodiċi tal-irċevuta tiegħek.
field-organisation-id = In-numru tal-VAT jew il-LEI tal-kumpanija (mhux obbligatorju)
hint-organisation-id = Mhux obbligatorju. Jiġi kriptat: ir-reviżuri tal-korpi li għażilt jistgħu jaqrawh; qatt ma jiġi ppubblikat. Fl-istatistika jsir psewdonimu biex il-kumpanija tiegħek tingħadd l-aktar darba kull kwart, u ċ-ċifri ppubblikati jipproteġu r-rapporti tal-kumpanija kollha flimkien (awtomatikament ε = 1 kull kwart, l-aktar ε = 4 kull sena). Mingħajru, kull rapport huwa protett waħdu, mhux ir-rapporti kollha tiegħek flimkien.
field-consent = Nikkonferma li, safejn naf jien, l-informazzjoni hija preċiża u naqbel li tiġi pproċessata kif deskritt fl-avviż ta' privatezza.
hint-consent = Tista' tirtira rapport aktar tard billi tikteb lill-evalwaturi bil-kodiċi tal-irċevuta tiegħek.

## Confirmation

confirmation-heading = Ir-rapport tiegħek wasal
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Ir-rapport tiegħek ġie kriptat u ntbagħat lil: { $recipients }.
confirmation-receipt-heading = Il-kodiċi tal-irċevuta tiegħek
confirmation-receipt-text = Ikteb dan il-kodiċi jew niżżlu issa. Ikollok bżonnu biex taqra l-mistoqsijiet tal-evalwaturi u twieġeb għalihom.
confirmation-receipt-once = Dan il-kodiċi jintwera darba biss. Ħadd, lanqas l-evalwaturi, ma jista' jirkuprah għalik.
confirmation-download = Niżżel l-irċevuta bħala fajl tat-test
confirmation-print = Tista' wkoll tipprintja din il-paġna: jiġu pprintjati biss il-kodiċi u dawn l-istruzzjonijiet.
confirmation-guarantee-heading = Kif ġie protett ir-rapport tiegħek
confirmation-sealed-by-server = Il-brawżer tiegħek bagħat ir-rapport mingħajr JavaScript, għalhekk is-server ikkriptjah fil-memorja malli wasal. Qatt ma nkiteb fuq id-diska f'forma li tinqara.
confirmation-sealed-by-browser = Il-brawżer tiegħek ikkriptja r-rapport qabel ma bagħtu; is-server qatt ma rah f'forma li tinqara.
confirmation-next-heading = X'jiġri issa
confirmation-next-text = L-evalwaturi jikkonfermaw li rċevew ir-rapporti fi żmien 7 ijiem u jagħtu risposta fi żmien 3 xhur. Erġa' lura bil-kodiċi tal-irċevuta tiegħek biex taqra l-messaġġi tagħhom.
recipients-both = EUIPO u EC3
receipt-file-title = Kodiċi tal-irċevuta għar-rapport tiegħek lill-kanal għar-rappurtar tas-serq ta' sigrieti kummerċjali
receipt-file-keep = Żomm dan il-kodiċi sigriet u f'post sigur. Użah fil-paġna tas-segwitu tal-kanal.

## Follow-up

followup-heading = Segwi r-rapport tiegħek
followup-lead = Daħħal il-kodiċi tal-irċevuta li rċevejt meta bgħatt ir-rapport tiegħek.
followup-receipt-label = Kodiċi tal-irċevuta
followup-receipt-hint = 24 ittra u ċifra, pereżempju 7KQM-2XPA-…; is-sing u l-ispazji ma jagħmlux differenza.
followup-submit = Iftaħ ir-rapport tiegħi
followup-wrong-receipt = L-ebda rapport ma jaqbel ma' dan il-kodiċi tal-irċevuta. Iċċekkja kull karattru u erġa' pprova.

## Conversation

conversation-heading = Ir-rapport tiegħek
conversation-status = Status
conversation-received = Data tal-wasla
conversation-sealed-by-server = Dan ir-rapport ġie kriptat mis-server malli wasal (intbagħat mingħajr JavaScript).
conversation-messages = Messaġġi
conversation-empty = Għad m'hemmx messaġġi. L-evalwaturi jikkonfermaw li rċevew ir-rapporti fi żmien 7 ijiem.
conversation-from-you = Int
conversation-from-reviewer = Evalwatur
conversation-reply-heading = Ikteb lill-evalwaturi
conversation-reply-label = Il-messaġġ tiegħek
conversation-reply-submit = Ikkriptja u ibgħat il-messaġġ
conversation-reply-sent = Il-messaġġ tiegħek ġie kriptat u ntbagħat.
conversation-reply-empty = Ikteb messaġġ jew ehmeż fajl qabel ma tibgħat.
status-new = Wasal, għadu ma ġiex ikkonfermat
status-acknowledged = Ikkonfermat
status-in-review = Qed jiġi eżaminat
status-information-requested = L-evalwaturi talbuk informazzjoni
status-referred = Ġie riferut lill-awtoritajiet kompetenti
status-closed = Magħluq

## Privacy notice

privacy-heading = Avviż ta' privatezza
privacy-controllers = Ir-rapporti jiġu pproċessati mill-EUIPO u mill-Europol (EC3), kull wieħed għar-rapporti indirizzati lilu, skont ir-Regolament (UE) 2018/1725 u r-Regolament (UE) 2016/794 rispettivament.
privacy-what-heading = X'jiġi pproċessat
privacy-what-text = Il-kontenut tar-rapport tiegħek, l-annessi tiegħu u l-messaġġi tiegħek jiġu kriptati b'tali mod li jistgħu jaqrawhom biss l-evalwaturi tal-korpi li għażilt. Il-jum li fih wasal rapport, l-istatus tiegħu u r-riċevituri jinħażnu f'forma li tinqara biex jiġu ġestiti l-iskadenzi.
privacy-not-heading = X'qatt ma jiġi rreġistrat
privacy-not-text = L-indirizz IP tiegħek, il-brawżer tiegħek u l-ħin eżatt taż-żjarat tiegħek qatt ma jinħażnu jew jiġu rreġistrati. Ma jintużaw l-ebda cookies fil-paġni tar-rappurtar.
privacy-statistics-heading = Statistika
privacy-statistics-text = It-tweġibiet magħżula minn listi jintużaw għal statistika fil-livell tal-UE, ippubblikata bi privatezza differenzjali. Dak li huwa protett hija kumpanija taħt in-numru tal-VAT jew il-LEI li tat: jekk irrapportatx f'kwart, u x'irrapportat, ibiddel il-probabbiltà ta' kwalunkwe ċifra ppubblikata l-aktar b'fattur e^ε, fil-limiti ppubblikati ma' kull ħarġa (awtomatikament ε = 1 kull kwart, fattur ta' 2,7, u ε = 4 kull sena kalendarja, fattur ta' 55; fuq diversi snin il-fatturi jimmultiplikaw). Ir-rapporti mingħajr identifikatur huma protetti wieħed wieħed, għalhekk kumpanija li tibgħat diversi mingħajru hija inqas protetta. Iċ-ċifri huma stimi bi storbju, mhux għadd eżatt.
privacy-retention-heading = Għal kemm żmien jinżammu r-rapporti
privacy-retention-text = Ir-rapporti magħluqa jitħassru wara l-perjodu ta' żamma stabbilit mill-korpi li jeżaminawhom. L-istatistika ppubblikata ma tiġix affettwata.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = L-Awstrija
member-state-BE = Il-Belġju
member-state-BG = Il-Bulgarija
member-state-HR = Il-Kroazja
member-state-CY = Ċipru
member-state-CZ = Iċ-Ċekja
member-state-DK = Id-Danimarka
member-state-EE = L-Estonja
member-state-FI = Il-Finlandja
member-state-FR = Franza
member-state-DE = Il-Ġermanja
member-state-EL = Il-Greċja
member-state-HU = L-Ungerija
member-state-IE = L-Irlanda
member-state-IT = L-Italja
member-state-LV = Il-Latvja
member-state-LT = Il-Litwanja
member-state-LU = Il-Lussemburgu
member-state-MT = Malta
member-state-NL = In-Netherlands
member-state-PL = Il-Polonja
member-state-PT = Il-Portugall
member-state-RO = Ir-Rumanija
member-state-SK = Is-Slovakkja
member-state-SI = Is-Slovenja
member-state-ES = Spanja
member-state-SE = L-Iżvezja

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Agrikoltura, forestrija u sajd
sector-B = Tħaffir fil-minjieri u fil-barrieri
sector-C = Manifattura
sector-D = Forniment ta' elettriku, gass, fwar u arja kkondizzjonata
sector-E = Forniment tal-ilma; ġestjoni tad-drenaġġ, tal-iskart u attivitajiet ta' rimedjazzjoni
sector-F = Kostruzzjoni
sector-G = Kummerċ bl-ingrossa u bl-imnut; tiswija ta' vetturi bil-mutur u muturi
sector-H = Trasportazzjoni u ħżin
sector-I = Attivitajiet ta' servizzi ta' akkomodazzjoni u ta' ikel
sector-J = Informazzjoni u komunikazzjoni
sector-K = Attivitajiet finanzjarji u tal-assigurazzjoni
sector-L = Attivitajiet tal-proprjetà immobbli
sector-M = Attivitajiet professjonali, xjentifiċi u tekniċi
sector-N = Attivitajiet ta' servizzi amministrattivi u ta' appoġġ
sector-O = Amministrazzjoni pubblika u difiża; sigurtà soċjali obbligatorja
sector-P = Edukazzjoni
sector-Q = Attivitajiet tas-saħħa tal-bniedem u ta' ħidma soċjali
sector-R = Arti, divertiment u rikreazzjoni
sector-S = Attivitajiet oħra ta' servizzi
sector-T = Attivitajiet tal-unitajiet domestiċi bħala dawk li jħaddmu; attivitajiet mhux differenzjati tal-unitajiet domestiċi li jipproduċu oġġetti u servizzi għall-użu proprju
sector-U = Attivitajiet ta' organizzazzjonijiet u korpi extraterritorjali

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Sigurtà tal-informazzjoni: aċċess mhux awtorizzat għall-informazzjoni
incident-class-information-content-security--unauthorised-information-modification = Sigurtà tal-informazzjoni: informazzjoni mibdula mingħajr permess
incident-class-information-content-security--data-loss = Sigurtà tal-informazzjoni: telf ta' data
incident-class-information-content-security--leak-confidential-information = Sigurtà tal-informazzjoni: tnixxija ta' informazzjoni kunfidenzjali
incident-class-intrusions--system-compromise = Intrużjoni: ittieħed il-kontroll ta' sistema (server jew kompjuter)
incident-class-intrusions--application-compromise = Intrużjoni: ittieħed il-kontroll ta' applikazzjoni
incident-class-intrusions--privileged-account-compromise = Intrużjoni: ittieħed il-kontroll ta' kont ta' amministratur
incident-class-intrusions--unprivileged-account-compromise = Intrużjoni: ittieħed il-kontroll ta' kont ta' utent ordinarju
incident-class-intrusions--burglary = Intrużjoni: dħul fiżiku bil-forza
incident-class-information-gathering--social-engineering = Ġbir ta' informazzjoni: persuni ġew immanipulati biex jagħtu informazzjoni (inġinerija soċjali)
incident-class-information-gathering--sniffing = Ġbir ta' informazzjoni: interċettazzjoni tat-traffiku tan-netwerk
incident-class-malicious-code--infected-system = Kodiċi malizzjuż: sistema ġiet infettata
incident-class-fraud--masquerade = Frodi: xi ħadd ippretenda li hu persuna jew organizzazzjoni li inti tafda
incident-class-fraud--phishing = Frodi: phishing (messaġġi jew siti web foloz biex jinkisbu passwords jew data)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: applikazzjoni web
attack-vector-hacking--backdoor-or-c2 = Hacking: backdoor jew kanal ta' kontroll mill-bogħod (C2)
attack-vector-hacking--desktop-sharing = Hacking: desktop mill-bogħod jew qsim tal-iskrin
attack-vector-hacking--vpn = Hacking: aċċess permezz ta' VPN
attack-vector-hacking--partner = Hacking: permezz tal-aċċess ta' sieħeb (fornitur jew fornitur ta' servizzi)
attack-vector-hacking--command-shell = Hacking: linja tal-kmand (command shell)
attack-vector-malware--email-attachment = Malware: anness ta' email
attack-vector-malware--email-link = Malware: link f'email
attack-vector-malware--web-download = Malware: tniżżil minn sit web
attack-vector-malware--software-update = Malware: aġġornament tas-software
attack-vector-malware--direct-install = Malware: installat direttament mill-attakkant
attack-vector-malware--network-propagation = Malware: infirex permezz tan-netwerk
attack-vector-social--email = Inġinerija soċjali: email
attack-vector-social--phone = Inġinerija soċjali: telefonata
attack-vector-social--in-person = Inġinerija soċjali: personalment
attack-vector-social--website = Inġinerija soċjali: sit web
attack-vector-social--sms = Inġinerija soċjali: messaġġ bit-test (SMS)
attack-vector-misuse--lan-access = Użu ħażin minn ġewwa: aċċess min-netwerk intern
attack-vector-misuse--physical-access = Użu ħażin minn ġewwa: aċċess fiżiku
attack-vector-misuse--remote-access = Użu ħażin minn ġewwa: aċċess mill-bogħod
attack-vector-misuse--non-corporate = Użu ħażin minn ġewwa: barra mis-sistemi tal-kumpanija (email, apparati jew netwerks privati)
attack-vector-unknown = Mhux magħruf jew għadu mhux magħruf

## Categories: actor types

actor-type-competitor = Kompetitur
actor-type-nation-state = Attur statali (gvern barrani jew l-aġenziji tiegħu)
actor-type-organised-crime = Kriminalità organizzata
actor-type-insider = Persuna minn ġewwa (impjegat attwali jew kuntrattur)
actor-type-former-employee = Ex impjegat
actor-type-unknown = Mhux magħruf

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = Il-JavaScript huwa mixgħul: il-brawżer tiegħek jikkriptja r-rapport u l-annessi tiegħek għar-riċevituri li tagħżel qabel ma jintbagħat xejn. Is-server jirċievi biss data kriptata.
js-status-checking = Qed jiġu ċċekkjati l-formola u ċ-ċwievet tal-evalwaturi…
js-status-encrypting = Qed jiġu kriptati r-rapport u l-annessi tiegħek f'dan il-brawżer…
js-status-proof-of-work = Qed issir it-tħejjija biex jintbagħat (kalkolu qasir li jipproteġi l-kanal minn spam awtomatizzat)…
js-status-sending = Qed jintbagħat ir-rapport kriptat…
js-error-keyring = Iċ-ċwievet tal-evalwaturi ma setgħux jiġu vverifikati: is-sett taċ-ċwievet mhuwiex iffirmat biċ-ċavetta li l-impronta diġitali tagħha tidher f'din il-paġna. Ma ntbagħat xejn. Tibgħatx ir-rapport tiegħek minn din il-paġna; ikkuntattja lill-EUIPO jew lill-Europol permezz tas-siti web uffiċjali tagħhom.
js-error-network = Ir-rapport ma setax jintbagħat għax il-konnessjoni falliet. Ma nħażen xejn. Iċċekkja l-konnessjoni tiegħek u erġa' pprova.
js-error-crypto = Il-brawżer tiegħek ma setax jikkriptja r-rapport, għalhekk ma ntbagħat xejn. Erġa' pprova, jew itfi l-JavaScript biex tibgħat il-formola mingħajru.
js-error-file = Fajl mehmuż ma setax jinqara. Iċċekkja li għadu jeżisti, erġa' ehmżu u erġa' pprova.
js-error-kept = It-tweġibiet tiegħek u l-fajls mehmuża għadhom fil-formola.
js-retry = Erġa' pprova
js-print = Ipprintja l-kodiċi tal-irċevuta

## Reviewer console (/console/)

console-name = Konsol tal-evalwaturi
console-nav-inbox = Rapporti riċevuti
console-logout = Oħroġ
console-logout-everywhere = Oħroġ minn kullimkien
console-go-to-login = Mur fil-paġna tad-dħul
console-refused-heading = It-talba ġiet miċħuda
console-login-heading = Idħol fil-konsol tal-evalwaturi
console-login-submit = Idħol
console-field-name = Isem
console-field-password = Password
console-field-code = Kodiċi mill-applikazzjoni tal-awtentikazzjoni
console-field-code-hint = Il-kodiċi ta' 6 ċifri li qed turi issa l-applikazzjoni tal-awtentikazzjoni tiegħek. Kull kodiċi jaħdem darba biss.
console-notice-expired = Is-sessjoni tiegħek skadiet. Jekk jogħġbok erġa' idħol.
console-notice-logged-out = Ħriġt mis-sistema.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Isem, password jew kodiċi żbaljat. Jekk jogħġbok erġa' pprova; wara ħafna tentattivi li fallew, stenna minuta qabel li jmiss.
console-error-csrf = Din il-formola ma setgħetx tiġi aċċettata għax it-token tas-sigurtà tagħha huwa nieqes, żbaljat jew minn sessjoni oħra. Ma nbidel xejn. Erġa' tella' l-paġna u erġa' pprova.
error-cross-site = Din il-formola ntbagħtet minn sit web ieħor, għalhekk ġiet miċħuda u ma nbidel xejn. Iftaħ il-paġna f'dan is-sit u ibgħat il-formola minn hemm.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Paġni
pager-previous = Il-paġna ta' qabel
pager-next = Il-paġna li jmiss
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Paġna { $page } minn { $pages }
error-method-not-allowed = Dan l-indirizz ma jaċċettax dan it-tip ta' talba.
error-headers-too-large = It-talba kellha wisq data fl-intestaturi u ġiet miċħuda. Ħassar il-cookies ta' dan is-sit u erġa' pprova.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Qasam tat-test huwa twil wisq: il-limitu huwa { $limit } għal kull qasam. Qassar it-test u erġa' ibagħtu.
followup-unsent-label = Ir-risposta tiegħek (ma ntbagħtitx)
followup-unsent-hint = Ma ntbagħtitx għax l-irċevuta ma ġietx magħrufa. Ikkopjaha, erġa' idħol bl-irċevuta tiegħek u ibgħatha mill-konversazzjoni tiegħek.
console-enrol-heading = Issettja l-kont tiegħek ta' evalwatur
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Merħba, { $name } ({ $body }). Agħżel password għad-dħul u issettja l-applikazzjoni tal-kodiċijiet. Din il-link taħdem darba biss.
console-enrol-password-heading = 1. Password għad-dħul
console-field-new-password = Password ġdida
console-field-confirm-password = L-istess password għal darb'oħra
# { $min } is a number of characters.
console-enrol-password-hint = Numru minimu ta' karattri: { $min }. Frażi ta' aċċess magħmula minn diversi kliem hija l-eħfef biex tiftakarha.
console-enrol-totp-heading = 2. Applikazzjoni tal-awtentikazzjoni
console-enrol-totp-scan = Skenja dan il-kodiċi QR bl-applikazzjoni tal-awtentikazzjoni tiegħek (kodiċijiet ibbażati fuq il-ħin, TOTP).
console-enrol-totp-secret = Jekk ma tistax tiskenjah, ittajpja din iċ-ċavetta fl-applikazzjoni minflok:
console-enrol-code-hint = Biex tlesti, daħħal il-kodiċi ta' 6 ċifri li qed turi issa l-applikazzjoni.
console-enrol-submit = Lesti l-issettjar
console-enrol-done = Il-kont tiegħek lest. Issa tista' tidħol bl-isem tiegħek, il-password tiegħek u kodiċi mill-applikazzjoni tal-awtentikazzjoni.
console-enrol-fingerprint = Il-marka tas-swaba' taċ-ċavetta tiegħek hija { $fingerprint }. Iċ-ċavetta tiegħek tintuża biss wara li l-operatur iżidha maċ-ċirku taċ-ċwievet: l-operatur jitolbok taqralu din il-marka bit-telefon jew personalment, u jżid iċ-ċavetta biss jekk taqbel.
console-error-enrol-link = Din il-link tar-reġistrazzjoni mhijiex valida: diġà ntużat, skadiet jew ġiet ittajpjata ħażin. Itlob link ġdida lill-operatur.
console-error-password-short = Il-password hija qasira wisq: in-numru minimu ta' karattri huwa { $min }.
console-error-password-mismatch = Iż-żewġ passwords mhumiex l-istess. Ittajpja l-istess password fiż-żewġ qasamiet.
console-error-enrol-code = Il-kodiċi mhuwiex korrett. Iċċekkja li l-applikazzjoni ġiet issettjata biċ-ċavetta ta' hawn fuq u li l-arloġġ tal-apparat tiegħek huwa korrett, imbagħad daħħal il-kodiċi li qed turi issa.
console-inbox-heading = Rapporti riċevuti
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] rapport wieħed huwa indirizzat lill-korp tiegħek.
    [few] { $count } rapporti huma indirizzati lill-korp tiegħek.
    [many] { $count }-il rapport huma indirizzati lill-korp tiegħek.
   *[other] { $count } rapport huma indirizzati lill-korp tiegħek.
}
console-inbox-empty = Għadu ma ġie indirizzat l-ebda rapport lill-korp tiegħek.
console-inbox-col-report = Rapport
console-inbox-col-received = Wasal (jum)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Ikkriptjat minn
console-status-new = Ġdid
console-status-acknowledged = Ikkonfermat
console-status-in-review = Qed jiġi eżaminat
console-status-information-requested = Intalbet informazzjoni
console-status-referred = Riferut
console-status-closed = Magħluq
console-sealed-by-browser = Il-brawżer tar-rapportatur
console-sealed-by-server = Is-server (intbagħat mingħajr JavaScript: garanzija aktar dgħajfa)
console-inbox-col-deadline = L-iskadenza li jmiss (Direttiva 2019/1937)
console-inbox-col-action = Ibdel l-istatus
console-deadline-acknowledgement = Konferma sa { $day }
console-deadline-feedback = Risposta sa { $day }
console-deadline-overdue = Skaduta
console-deadline-due-soon = Se tiskadi dalwaqt
console-deadline-none = L-ebda (magħluq)
console-deadline-counts = Skadenzi: skaduti: { $overdue }; jiskadu fi żmien jumejn: { $soon }.
console-status-change-label = Status ġdid
console-status-change-submit = Ibdel
console-status-final = Magħluq: ma jista' jsir l-ebda tibdil ieħor
console-transition-refused-heading = It-tibdil tal-istatus ġie miċħud
console-error-transition = Rapport ma jistax jgħaddi mill-istatus "{ $from }" għall-istatus "{ $to }". Ma nbidel xejn. Agħżel wieħed mill-istatus offruti fil-lista tar-rapporti riċevuti.
console-back-to-inbox = Lura għar-rapporti riċevuti

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Ċavetta għall-qari tar-rapporti
console-enrol-needs-js = Biex taqra r-rapporti jeħtieġ brawżer bil-JavaScript: iċ-ċavetta personali tiegħek għall-qari tagħhom tinħoloq u tissakkar fil-brawżer tiegħek, qatt fuq is-server. Ixgħel il-JavaScript, jew uża brawżer ieħor, biex tlesti l-issettjar tal-kont tiegħek.
console-enrol-key-explain = Il-brawżer tiegħek issa joħloq iċ-ċavetta personali tiegħek għall-qari tar-rapporti u jsakkarha bi frażi għall-iżblokkar. Agħżel frażi differenti mill-password tad-dħul tiegħek. Il-frażi qatt ma toħroġ minn dan il-brawżer: jekk tinsieha, l-operatur ikollu jissettjalek ċavetta ġdida.
console-field-unlock-passphrase = Frażi għall-iżblokkar
console-field-unlock-passphrase-confirm = L-istess frażi għall-iżblokkar għal darb'oħra
console-enrol-unlock-hint = Numru minimu ta' karattri: { $min }. M'għandhiex tkun il-password tad-dħul tiegħek.
console-error-unlock-short = Il-frażi għall-iżblokkar hija qasira wisq: in-numru minimu ta' karattri huwa { $min }.
console-error-unlock-mismatch = Iż-żewġ frażijiet għall-iżblokkar mhumiex l-istess. Ittajpja l-istess frażi fiż-żewġ qasamiet.
console-error-unlock-same = Il-frażi għall-iżblokkar trid tkun differenti mill-password tad-dħul tiegħek: il-password tad-dħul tintbagħat lis-server, il-frażi għall-iżblokkar qatt.
console-enrol-key-working = Qed tinħoloq u tissakkar iċ-ċavetta tiegħek. Dan jieħu ftit sekondi…
console-error-key-failed = Il-brawżer tiegħek ma setax joħloq iċ-ċavetta. Erġa' tella' l-paġna u erġa' pprova.
console-error-enrol-key = Biex taqra r-rapporti jeħtieġ brawżer bil-JavaScript, u din il-formola waslet mingħajr iċ-ċavetta li joħloq il-brawżer tiegħek. Ixgħel il-JavaScript, erġa' tella' l-paġna u erġa' pprova.

## Reviewer console: reading a report
console-report-heading = Rapport
console-report-bodies = Mibgħut lil
console-report-needs-js = Biex taqra r-rapporti jeħtieġ brawżer bil-JavaScript: ir-rapport jiġi dekriptat fil-brawżer tiegħek biċ-ċavetta tiegħek, qatt fuq is-server.
console-report-no-key = Il-kont tiegħek m'għandux ċavetta għall-qari tar-rapporti. Itlob link ġdida tar-reġistrazzjoni lill-operatur.
console-unlock-heading = Żblokka ċ-ċavetta tiegħek
console-unlock-hint = Il-frażi għall-iżblokkar tintuża biss f'din il-paġna u qatt ma tintbagħat. Ikollok bżonnha mill-ġdid meta tiftaħ paġna oħra.
console-unlock-submit = Żblokka u iftaħ ir-rapport
console-unlock-working = Qed tiġi żblokkata ċ-ċavetta tiegħek u qed jinfetaħ ir-rapport…
console-error-unlock-wrong = Il-frażi għall-iżblokkar mhijiex korretta. Ma nfetaħ xejn. Erġa' pprova.
console-error-open-failed = Dan ir-rapport ma jistax jinfetaħ biċ-ċavetta tiegħek. Jista' jkun li ntbagħat qabel ma ċ-ċavetta tiegħek ġiet miżjuda mas-sett taċ-ċwievet; kollega li jista' jaqrah jista' jagħtik aċċess.
console-error-keyring = Iċ-ċwievet tal-evalwaturi ma setgħux jiġu vverifikati: is-sett taċ-ċwievet mhuwiex iffirmat biċ-ċavetta li bl-impronta diġitali tagħha nbeda dan is-server. Ma ntbagħat xejn.
console-error-keyring-rollback = Dan iċ-ċirku taċ-ċwievet huwa eqdem (numru serjali iżgħar) minn wieħed li dan il-browser diġà ra mill-istess ċavetta tal-iffirmar: jista' jkun ċirku qadim imqiegħed lura biex tintuża ċavetta li tneħħiet. Xejn ma nfetaħ jew intbagħat. Għid lill-operatur.
console-error-network = Il-konnessjoni falliet. Ma ntbagħat xejn. Iċċekkja l-konnessjoni tiegħek u erġa' pprova.
console-report-fields-heading = X'bagħat ir-rapportatur
console-report-field-member-state = Stat Membru
console-report-field-sector = Settur
console-report-field-incident-class = It-tip ta' inċident
console-report-field-attack-vector = Vettur tal-attakk
console-report-field-actor-type = Attur issuspettat
console-report-field-incident-month = Ix-xahar li fih beda s-serq
console-report-field-detection-month = Ix-xahar li fih instab is-serq
console-report-field-loss-eur = Telf stmat
console-report-field-jobs-at-risk = Impjiegi f'riskju
console-report-field-what-taken = X'ittieħed
console-report-field-narrative = X'ġara
console-report-field-contact = Kuntatt
console-report-field-organisation-id = Numru tal-VAT jew LEI
console-report-empty = (mhux mogħti)
console-report-attachments-heading = Annessi
console-report-attachments-none = L-ebda anness.
console-attachment-save = Iddekriptja u ssejvja
console-attachment-working = Qed jiġi dekriptat…
console-error-attachment = L-anness ma setax jiġi dekriptat: huwa bil-ħsara jew mhux komplut. Ma ġie ssejvjat xejn.
console-thread-heading = Korrispondenza mar-rapportatur
console-thread-empty = Għad m'hemmx messaġġi.
console-thread-from-reporter = Ir-rapportatur
console-thread-from-reviewer = Evalwatur
console-thread-note = Nota interna
console-thread-unreadable = (dan il-messaġġ ma jistax jinfetaħ biċ-ċavetta tiegħek)
envelope-mismatch = Din l-envelopp tappartjeni għal rapport ieħor jew hija ta’ tip ieħor; mhijiex murija.
conversation-from-signed = Minn { $name } (firma vverifikata)
conversation-from-channel = Avviż awtomatiku mill-kanal tar-rappurtar
message-bad-signature = Dan il-messaġġ mhuwiex muri: jgħid li ġej minn reviżur, iżda l-firma tiegħu hija nieqsa jew ma taqbel ma' ebda ċavetta ta' reviżur fiċ-ċirku taċ-ċwievet iffirmat. Jista' jkun iffalsifikat; taġixxix fuqu.
console-ack-heading = Ikkonferma li rċevejt ir-rapport
console-ack-label = Konferma lir-rapportatur
console-ack-default = Grazzi tar-rapport tiegħek. Irċevejnieh u se neżaminawh. Jekk ikollna mistoqsijiet, issibhom hawnhekk.
console-ack-submit = Ikkonferma u ibgħat
console-message-heading = Messaġġ lir-rapportatur
console-message-label = Il-messaġġ tiegħek
console-message-hint = Jiġi kriptat fil-brawżer tiegħek għar-rapportatur u għall-evalwaturi ta' dan ir-rapport. Ir-rapportatur jaqrah bil-kodiċi tal-irċevuta.
console-message-submit = Ibgħat lir-rapportatur
console-note-heading = Nota interna
console-note-label = In-nota tiegħek
console-note-hint = Tiġi kriptata fil-brawżer tiegħek għall-evalwaturi tal-organizzazzjoni tiegħek biss. Ir-rapportatur qatt ma jaraha.
console-note-submit = Żid in-nota
console-error-message-empty = L-ewwel ikteb messaġġ (mhux aktar minn 20 000 karattru).
console-sending = Qed jiġi kriptat u mibgħut…
console-sent = Intbagħat.
console-grants-heading = Aċċess għall-kollegi
console-grants-hint = Il-kollegi tal-organizzazzjoni tiegħek li ċ-ċwievet tagħhom ġew miżjuda mas-sett taċ-ċwievet wara li wasal dan ir-rapport ma jistgħux jaqrawh. Il-brawżer tiegħek jista' jagħtihom aċċess billi jikkriptja ċ-ċavetta tar-rapport għaċ-ċavetta tagħhom.
console-grants-none = L-evalwaturi kollha tal-organizzazzjoni tiegħek li jinsabu fis-sett taċ-ċwievet jistgħu jaqraw dan ir-rapport.
console-grant-submit = Agħti aċċess
console-grant-done = L-aċċess ingħata.
console-error-grant-exists = Dan il-kollega diġà jista' jaqra dan ir-rapport.
console-classify-heading = Klassifikazzjoni vvalidata għall-istatistika
console-classify-hint = Ikkoreġi l-qasamiet strutturati, jew immarka r-rapport bħala duplikat jew barra mill-kamp ta' applikazzjoni. Il-brawżer tiegħek jikkriptja r-rekord ikkoreġut għas-servizz tal-anonimizzazzjoni biss; dan jieħu post ir-rekord tar-rapportatur fl-istatistika. Id-deskrizzjoni tal-fatti u d-dettalji ta' kuntatt qatt ma jkunu parti minnu.
console-classify-status = L-istat tar-rapport
console-classify-valid = Validu
console-classify-duplicate = Duplikat ta' rapport ieħor
console-classify-out-of-scope = Barra mill-kamp ta' applikazzjoni
console-classify-submit = Issejvja l-klassifikazzjoni vvalidata
console-classify-done = Il-klassifikazzjoni vvalidata ġiet kriptata u ssejvjata.
console-error-classify = Iċċekkja l-klassifikazzjoni: ix-xahar irid ikun bejn l-1990 u t-trimestru li fih wasal ir-rapport, u t-telf u l-impjiegi jridu jkunu numri sħaħ fil-limiti tagħhom. Ma ġie ssejvjat xejn.
console-error-classify-unsigned = Il-klassifikazzjoni ma tistax tiġi ffirmata: iċ-ċavetta tal-firma tiegħek għadha mhijiex fis-sett ta’ ċwievet iffirmat. Ma ġie ssejvjat xejn; itlob lill-operatur iżid iċ-ċavetta tiegħek.
console-export-heading = Esportazzjoni għall-EC3 u għas-CSIRTs
console-export-hint = Il-brawżer tiegħek jibni l-fajl mir-rapport dekriptat: il-klassifikazzjoni, x'ittieħed u d-deskrizzjoni tal-fatti, iżda qatt id-dettalji ta' kuntatt tar-rapportatur jew l-identifikatur tal-organizzazzjoni tiegħu. Kull esportazzjoni tiġi rreġistrata fir-reġistru tal-awditjar.
console-export-tlp = Immarkar Traffic Light Protocol (TLP)
console-export-stix = Esporta pakkett STIX 2.1
console-export-misp = Esporta avveniment MISP
console-export-done = L-esportazzjoni ġiet irreġistrata u ssejvjata.

## Data portal (/portal/) and data API

portal-name = Statistika dwar is-serq ta' sigrieti kummerċjali – portal tad-data
portal-nav-releases = Pubblikazzjonijiet
portal-nav-tokens = Tokens tal-API
portal-refused-heading = Ma sar xejn
portal-enrol-heading = Issettja l-kont tiegħek fil-portal
portal-error-enrol-link = Din il-link tar-reġistrazzjoni mhijiex valida: diġà ntużat, skadiet jew ġiet ittajpjata ħażin. Itlob waħda ġdida lill-operatur.
portal-enrol-lead = Kont { $name } għall-awtoritajiet ta' dan l-Istat Membru: { $country }. Agħżel password u issettja l-applikazzjoni tal-awtentikazzjoni tiegħek.
portal-enrol-submit = Lesti l-issettjar
portal-enrol-done = Il-kont tiegħek lest. Idħol bl-isem tiegħek, il-password tiegħek u kodiċi mill-applikazzjoni tal-awtentikazzjoni.
portal-login-heading = Idħol fil-portal tad-data
portal-releases-heading = Pubblikazzjonijiet
portal-releases-lead = Dħalt bħala { $name } ({ $country }). Kull pubblikazzjoni fiha l-istatistika tal-UE ta' trimestru wieħed, bi privatezza differenzjali.
portal-releases-none = Għadha ma ġiet ippubblikata l-ebda pubblikazzjoni.
portal-releases-caption = Pubblikazzjonijiet ippubblikati, bl-aħħar trimestru l-ewwel
portal-col-period = Trimestru
portal-col-date = Data tal-pubblikazzjoni
portal-col-epsilon = Baġit tal-privatezza użat (ε)
portal-col-status = Status
portal-col-release = Pubblikazzjoni
portal-status-published = Ippubblikata
portal-release-heading = Statistika għal { $period }
portal-release-intervals-hint = Kull bar juri l-valur ippubblikat; il-linja li taqsmu turi l-intervall ta' 95 %, li jibda miż-żero meta jinżel taħt iż-żero. Kull graff għandu tabella bin-numri tiegħu taħtu.
portal-summary-reports = Rapporti fl-UE
portal-summary-truncated = Rapporti esklużi (aktar minn k għal kull organizzazzjoni)
portal-summary-loss = Telf stmat fl-UE
portal-chart-quarter = Rapporti skont it-trimestru
portal-chart-quarter-note = It-trimestru ta' din il-pubblikazzjoni huwa enfasizzat.
portal-chart-state-quarter = Rapporti fl-Istat Membru tiegħek skont il-kwart
portal-chart-series = { $category }: rapporti skont il-kwart
portal-chart-series-note = Is-settur jew il-vettur tal-attakk l-aktar irrappurtat f'din il-pubblikazzjoni; l-API tad-data tagħti kull settur u vettur tal-attakk skont il-kwart.
portal-chart-sector = Rapporti skont is-settur (NACE)
portal-chart-attack-vector = Rapporti skont il-vettur tal-attakk
portal-chart-member-state = Rapporti skont l-Istat Membru
portal-chart-yours = (enfasizzat)
portal-chart-highlight = Enfasizzat u mmarkat: { $country }.
portal-chart-desc = Graff tal-bars orizzontali b'{ $count ->
        [one] kategorija waħda
        [few] { $count } kategoriji
        [many] { $count }-il kategorija
       *[other] { $count } kategorija
    }, kull waħda bl-intervall ta' 95 % tagħha. L-ogħla valur: { $top }, { $value }. It-tabella taħt il-graff fiha l-valuri kollha.
portal-chart-show-table = Uri n-numri f'tabella
portal-chart-table-caption = { $chart }: valuri ppubblikati u intervalli ta' 95 %
portal-col-category = Kategorija
portal-col-value = Valur ippubblikat
portal-col-interval = Intervall ta' 95 %
portal-method-heading = Kif tħejjew dawn iċ-ċifri
portal-method-promise = Iċ-ċifri huma privati b'mod differenzjali. L-unità protetta huma r-rapporti ta' organizzazzjoni waħda fil-kwart: kemm jekk irrapportat kif ukoll jekk le, u x'irrapportat, kull ċifra ppubblikata tkun kważi daqstant probabbli. Il-"kważi" jiġi ffissat mill-baġit tal-privatezza ε = { $epsilon } ta' din il-ħarġa: l-ebda riżultat ma jsir aktar minn { $factor } darbiet aktar probabbli minħabba r-rapporti ta' organizzazzjoni waħda f'dan il-kwart. Il-ħarġiet ta' sena kalendarja flimkien jonfqu l-aktar ε = { $year_cap }, għalhekk fuq sena l-fattur huwa l-aktar { $year_factor }; fuq diversi snin il-fatturi jimmultiplikaw.
portal-method-unit = Organizzazzjoni tintgħaraf min-numru tal-VAT jew mil-LEI li tat (miktub f'forma standard waħda u mibdul f'psewdonimu li l-anonimizzatur biss jista' jikkalkula); jgħoddu l-aktar { $k } mir-rapporti tagħha kull kwart. Tintgħaraf biss minn dak l-identifikatur: organizzazzjoni li tagħti numru tal-VAT f'rapport wieħed u LEI f'ieħor, jew li s-sussidjarji tagħha jirrapportaw separatament, tgħodd bħala diversi. Rapport mingħajr identifikatur huwa protett waħdu: organizzazzjoni li tibgħat diversi rapporti mingħajru hija protetta għal kull rapport, mhux għalihom kollha flimkien.
portal-method-truncation = Madwar { $dropped } rapporti (madwar { $share } % tal-kollha) tħallew barra għax l-organizzazzjoni tagħhom irrapportat aktar minn { $k } darbiet fil-kwart. Dan in-numru għandu storbju hu wkoll u jgħodd l-aktar { $k } għal kull organizzazzjoni; in-numru veru huwa ogħla. Liema rapporti nżammu ġie deċiż bl-addoċċ, mhux mill-kontenut tagħhom.
portal-method-noise = Ġew miżjuda ħsejjes każwali ma' kull ċellola ta' kull tabella, inkluż iċ-ċelloli li huma żero; l-ebda ċellola ma hija moħbija minħabba li hija żgħira. Għalhekk, ċifra żgħira tista' tkun biss ħsejjes.
portal-method-intervals = L-intervalli ta' 95% juru kemm l-istorbju seta' ċaqlaq ċifra: fihom il-valur imkejjel f'mill-inqas madwar 95 minn kull 100 każ. Il-valur imkejjel huwa dak tar-rapporti miżmuma, b'kull telf limitat għal-limitu massimu; ir-rapporti mħollija barra u l-parti tat-telf 'il fuq mil-limitu mhumiex inklużi, għalhekk iċ-ċifri u l-intervalli tagħhom huma aktar baxxi minn dak li wasal. L-intervalli jiġu kkalkulati mil-livell tal-istorbju magħruf pubblikament, mhux mir-rapporti, u qatt ma jinżlu taħt iż-żero.
portal-method-consistency = Iċ-ċifri tal-Istati Membri jingħaddu għaċ-ċifri tal-UE, u kull tabella tingħadd għall-istess total. Iċ-ċifri huma numri sħaħ, qatt negattivi, kull wieħed f'madwar wieħed mill-istima mhux preġudikata (aktar biss fejn stimi ġirien waqgħu taħt iż-żero); it-total ta' Stat Membru u s-somma tas-setturi tiegħu jistgħu jvarjaw bl-istorbju. Il-kejl mhux ipproċessat bl-istorbju jinsab ukoll fil-fajls CSV.
portal-method-losses = Kull telf stmat jingħadd sa EUR { $bound }; telf akbar jingħadd b'dak l-ammont.
portal-method-budget = Dan it-trimestru uża ε { $quarter } mil-limitu tiegħu ta' { $quarter_cap }; is-sena { $year } użat ε { $year_spent } minn { $year_cap }. L-istatistika ta' trimestru qatt ma terġa' tiġi kkalkulata b'baġit akbar.
portal-method-opendp = Ikkalkulat b'OpenDP { $version }. Il-funzjonijiet tiegħu użati hawnhekk jinsabu fil-parti "contrib" tiegħu, li t-tim ta' OpenDP għadu ma vverifikahiex; il-fajl tal-metodoloġija jelenka l-mekkaniżmu, l-iskala tal-ħsejjes u l-baġit ta' kull tabella.
portal-downloads-heading = Tniżżil
portal-download-archive = Il-pubblikazzjoni kollha f'arkivju wieħed ({ $name }), b'checksums u firma
portal-verify-heading = Iċċekkja fajl li rċevejt
portal-verify-text = L-arkivju fih SHA256SUMS, iċ-checksum ta' kull fajl, u SHA256SUMS.sig, firma tiegħu biċ-ċavetta tal-pubblikazzjoni. Kulħadd jista' jiċċekkja kopja li rċieva mingħand ħaddieħor: issejvja l-keyring.json u l-keyring.sig ta' dan is-sit f'folder u ħaddem il-kmand t'hawn taħt. Dan jafda ċ-ċirku taċ-ċwievet biss jekk ikun iffirmat biċ-ċavetta li l-marka tas-swaba' tagħha jippubblikawha l-EUIPO u l-Europol, u jieħu minnu ċ-ċavetta tal-pubblikazzjoni (murija hawn taħt).
portal-verify-key = Ċavetta tal-pubblikazzjoni:
portal-verify-fingerprint = Impronta diġitali:
portal-tokens-heading = Tokens tal-API
portal-tokens-lead = Token jippermetti lil programm jaqra l-pubblikazzjonijiet permezz tal-API tad-data (qari biss). Agħti lil kull programm it-token tiegħu, sabiex tkun tista' tirrevoka wieħed mingħajr ma twaqqaf lill-oħrajn.
portal-token-new-heading = Oħloq token
portal-token-name = Isem
portal-token-name-hint = Għal xiex inhu t-token, eż. "importazzjoni ta' bil-lejl".
portal-token-create = Oħloq it-token
portal-token-created = It-token il-ġdid tiegħek jidher hawn taħt. Ikkopjah issa: jintwera biss din id-darba u ma jistax jerġa' jintwera.
portal-token-use = Ibagħtu ma' kull talba b'dan il-mod:
portal-tokens-list-heading = It-tokens tiegħek
portal-tokens-none = Għad m'għandek l-ebda token.
portal-token-created-on = Data tal-ħolqien
portal-token-last-used = L-aħħar użu
portal-token-state = Status
portal-token-revoke = Irrevoka
portal-token-revoked-on = Revokat: { $day }
portal-token-revoked = It-token huwa revokat: ma jibqax jaħdem.
portal-error-token-name = Agħti lit-token isem; in-numru massimu ta' karattri huwa { $max }.
error-unauthorized = Jeħtieġ token tal-API validu: ibgħat "Authorization: Bearer" b'token maħluq fil-portal li ma ġiex revokat.

# console triage
console-triage-heading = Fuq xiex huma r-rapporti
console-triage-hint = Iftaħ iċ-ċavetta tiegħek biex tara fuq xiex hu kull rapport u biex tfittex fihom, tiffiltrahom u tirranġahom. Ir-rapporti jiġu deċifrati f’dan il-browser; la huma u lanqas it-tfittxijiet tiegħek ma jintbagħtu lis-server.
console-triage-search = Fittex fit-test tar-rapporti
console-triage-all = Kollha
console-triage-sort = Ordni
console-triage-sort-newest = L-aktar ġodda l-ewwel
console-triage-sort-oldest = L-aktar qodma l-ewwel
console-triage-sort-deadline = L-eqreb skadenza l-ewwel
console-triage-reset = Neħħi t-tfittxija u l-filtri
console-triage-col-summary = Rapport (l-ewwel linja tad-deskrizzjoni)
console-triage-col-language = Lingwa
console-triage-col-attachments = Annessi
console-triage-count = Rapporti misjuba: { $shown } minn { $total }
console-triage-page = Paġna { $page } minn { $pages }
console-triage-pages = Il-paġni tal-lista
console-triage-previous = Il-paġna ta’ qabel
console-triage-next = Il-paġna li jmiss
console-triage-none = L-ebda rapport ma jaqbel mat-tfittxija u mal-filtri.
console-triage-working = Ir-rapporti qed jiġu deċifrati…
console-triage-unreadable = Dan ir-rapport ma jistax jinfetaħ biċ-ċavetta tiegħek.
error-summary-entry = { $field }: { $message }
error-field-recipients = Riċevituri
error-field-actor-type = Min kien wara dan
error-field-loss-eur = Telf stmat
error-field-jobs-at-risk = Impjiegi f’riskju
error-field-attachments = Annessi
error-field-contact = Kuntatt
error-field-organisation-id = Numru tal-VAT jew LEI
error-field-consent = Konferma
console-nav-figures = Ċifri
console-figures-heading = Ċifri għall-maniġment
console-figures-lead = { $body }: għadd u tul ta’ żmien biss, ikkalkulati mill-jiem li jirreġistra s-server. Xejn mill-kontenut tar-rapporti.
console-figures-csv = Niżżel bħala CSV
console-figures-received = Rapporti riċevuti kull xahar
console-figures-month = Xahar
console-figures-count = Rapporti
console-figures-timing = Żmien sal-konferma tal-wasla u sar-rispons
console-figures-step = Pass
console-figures-done = Magħmula
console-figures-median = Medjan (jiem)
console-figures-p90 = 90 perċentil (jiem)
console-figures-within = Fiż-żmien stipulat
console-figures-within-value = { $within } minn { $decided } ({ $percent } %)
console-figures-ack = Konferma tal-wasla (fi żmien 7 ijiem mill-wasla)
console-figures-feedback = Rispons (fi żmien 3 xhur mill-konferma)
console-figures-open = Każijiet miftuħa skont l-istatus
console-figures-definitions = Ir-rispons huwa l-ewwel jum wara l-konferma li fih reviżur kiteb lir-rapportatur, jew il-jum li fih il-każ ingħalaq, skont liema jiġi l-ewwel. Medjan u perċentil bil-metodu tal-eqreb grad. Is-sehem jgħodd il-passi magħmula u dawk skaduti; il-każijiet li għadhom fiż-żmien stipulat għadhom ma jingħaddux.
console-assign-heading = Assenjazzjoni
console-assign-label = Assenjat lil
console-assign-nobody = Ħadd
console-assign-submit = Assenja
console-triage-assigned-me = Assenjati lili
console-triage-unassigned = Mhux assenjati

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Il-messaġġ ma jistax jiġi ffirmat: iċ-ċavetta tal-firma tiegħek għadha mhijiex fis-sett ta’ ċwievet iffirmat. Ma ntbagħat xejn; itlob lill-operatur iżid iċ-ċavetta tiegħek.
console-casefile-heading = Fajl tal-każ biex jingħadda
console-casefile-hint = Jinbena fil-brawżer tiegħek mir-rapport miftuħ; xejn minnu ma jintbagħat lis-server. Ir-reġistru tal-awditjar jirreġistra biss l-esportazzjoni nnifisha: il-format, il-partijiet inklużi u kemm-il terminu ġie moħbi.
console-casefile-parts = Partijiet li jiġu inklużi
console-casefile-part-fields = Il-kampi tar-rapport
console-casefile-part-conversation = Konversazzjoni
console-casefile-part-attachments = Annessi bl-SHA-256 tagħhom
console-casefile-part-classification = Klassifikazzjoni
console-casefile-redact-contact = Aħbi d-dettalji ta’ kuntatt tar-rapportatur u l-identifikatur tal-organizzazzjoni tiegħu
console-casefile-terms = Ismijiet u kliem li għandhom jinħbew
console-casefile-terms-hint = Wieħed f’kull linja. Kull wieħed jiġi sostitwit bil-marka tal-ħabi kullimkien fil-fajl, irrispettivament mill-ittri kbar jew żgħar.
console-casefile-download = Niżżel il-fajl tal-każ (HTML)
console-casefile-print = Ipprintja jew issejvja bħala PDF
console-casefile-working = Il-fajl tal-każ qed jitħejja: l-annessi qed jiġu dekriptati…
console-casefile-done = L-esportazzjoni tal-fajl tal-każ ġiet irreġistrata.
console-casefile-no-parts = Agħżel mill-inqas parti waħda.
console-casefile-title = Fajl tal-każ tar-rapport
console-casefile-prepared = Imħejji fil-
console-casefile-marker = [MOĦBI]
console-casefile-redactions = Ħabi
console-casefile-redacted-contact = Id-dettalji ta’ kuntatt tar-rapportatur u l-identifikatur tal-organizzazzjoni tiegħu
console-casefile-redacted-terms = Termini mmarkati mir-reviżur
console-casefile-verified = firma vverifikata
# --- indicators ---
report-section-indicators = Indikaturi tekniċi (mhux obbligatorju)
report-indicators-lead = Jekk għandkom traċċi tekniċi tal-attakk, elenkawhom hawn, valur wieħed f'kull linja. Ir-reviżuri jistgħu jaqsmuhom mas-CSIRTs biex jimblukkaw lill-attakkanti.
field-indicator-ip = Indirizzi jew firxiet IP
hint-indicator-ip = IPv4 jew IPv6, jew firxa CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Ismijiet tad-dominju
hint-indicator-domain = Pereżempju files.example.com; ismijiet internazzjonali fil-forma xn--.
field-indicator-url = Indirizzi tal-web (URLs)
hint-indicator-url = L-indirizz sħiħ, li jibda b'https:// jew skema oħra.
field-indicator-email = Indirizzi tal-posta elettronika
hint-indicator-email = Pereżempju l-mittent ta' messaġġ ta' phishing.
field-indicator-hash = Hashes tal-fajls
hint-indicator-hash = MD5, SHA-1 jew SHA-256, f'eżadeċimali.
field-indicator-file-name = Ismijiet tal-fajls
hint-indicator-file-name = L-isem biss, mingħajr il-folder: fattura.pdf.exe.
field-indicator-observations = Osservazzjonijiet tekniċi oħra
hint-indicator-observations = Kull ħaġa oħra li tista' tgħin: għodod, kontijiet, ħinijiet.
error-indicator-ip = Il-linja { $line } mhijiex indirizz IP jew firxa CIDR.
error-indicator-domain = Il-linja { $line } mhijiex isem ta' dominju.
error-indicator-url = Il-linja { $line } mhijiex indirizz tal-web sħiħ (bħal https://example.com/triq).
error-indicator-email = Il-linja { $line } mhijiex indirizz tal-posta elettronika.
error-indicator-hash = Il-linja { $line } mhijiex hash MD5, SHA-1 jew SHA-256.
error-indicator-file-name = Il-linja { $line } mhijiex isem ta' fajl (mingħajr folder, mhux aktar minn 255 karattru).
error-indicator-count = Daħħlu mhux aktar minn { $max } valuri f'dan il-qasam.
console-indicators-heading = Indikaturi tekniċi
console-taxii-heading = Ibgħat lil kollezzjoni TAXII 2.1
console-taxii-hint = Il-pakkett STIX 2.1, bil-livell TLP magħżul hawn fuq, imur minn dan il-browser dirett lis-server TAXII tal-korp tagħkom; l-indirizz u l-kredenzjali ma jinħażnux.
console-taxii-url = Indirizz tal-kollezzjoni (jispiċċa b'/collections/<id>/)
console-taxii-user = Isem l-utent
console-taxii-password = Password
console-taxii-push = Ibgħat lil TAXII
console-taxii-done = Il-pakkett ġie miżjud mal-kollezzjoni TAXII.
console-taxii-failed = Is-server TAXII irrifjuta l-pakkett jew ma setax jintlaħaq. Iċċekkjaw l-indirizz u l-kredenzjali, u li s-server jippermetti l-oriġini ta' din il-konsol (CORS).
# --- tags and referral ---
console-tags-heading = Tikketti
console-tags-hint = It-tikketti ġejjin mil-lista fissa tal-korp tiegħek, miżmuma mill-operatur. L-ismijiet tagħhom jidhru lil min iħaddem is-server: użahom bħala marki, qatt għall-kontenut tal-każ.
console-tags-none = L-ebda tikketta fuq dan ir-rapport.
console-tags-field = Tikketta
console-tags-add = Żid tikketta
console-tags-remove = Neħħi t-tikketta
console-error-tag-unknown = Din it-tikketta mhijiex fil-lista tal-korp tiegħek. Ma nbidel xejn.
console-refer-heading = Irreferi lil { $body }
console-refer-hint = Iċ-ċavetta tar-rapport tiġi ssiġillata fil-browser tiegħek għaċ-ċwievet ta' { $body } fiċ-ċirku taċ-ċwievet ivverifikat. Imbagħad { $body } jara r-rapport fl-inbox tiegħu, bl-iskadenzi tiegħu stess magħduda mil-lum.
console-refer-note = Nota għal { $body } (mhux obbligatorja)
console-refer-note-hint = Issiġillata għaż-żewġ korpi bħal nota interna; qatt ma tintwera lil min irrapporta.
console-refer-tell = Għarraf lil min irrapporta fil-konversazzjoni
console-refer-message = Messaġġ lil min irrapporta
console-refer-message-default = Ir-rapport tiegħek ġie riferut lil { $body }, li se jittrattah ukoll.
console-refer-submit = Irreferi r-rapport
console-refer-done = Ir-rapport ġie riferut.
console-referrals-heading = Riferimenti
console-referral-line = Riferut minn { $from } lil { $to } minn { $who } fl-{ $day }.
console-referral-note = Nota:
console-triage-referred-from = Riferut minn { $body }
console-error-referral-same = Rapport jista' jiġi riferut biss lill-korp l-ieħor.
console-error-referral-exists = { $body } diġà għandu dan ir-rapport; ma ġiex riferut mill-ġdid.
console-error-referral-slots = Iċ-ċwievet issiġillati mhumiex eżattament iċ-ċwievet ta' { $body } fiċ-ċirku taċ-ċwievet. Ma ġie riferut xejn.
# --- security keys (WebAuthn) ---
account-nav-keys = Ċwievet tas-sigurtà
account-keys-heading = Ċwievet tas-sigurtà
account-keys-lead = Ċavetta tas-sigurtà, jew passkey fuq it-telefon jew il-kompjuter tiegħek, tista' tieħu post il-kodiċi tal-awtentikazzjoni meta tidħol, u ma tistax tinsteraq bil-phishing. Tista' żżid aktar minn waħda.
account-keys-totp-allowed = Il-kont tiegħek jista' jidħol ukoll b'kodiċi tal-awtentikazzjoni.
account-keys-totp-forbidden = Il-kont tiegħek jidħol biss b'ċavetta tas-sigurtà: il-kodiċijiet tal-awtentikazzjoni huma miċħuda.
account-keys-list-heading = Iċ-ċwievet tiegħek
account-keys-none = Għadha ma ġiet miżjuda l-ebda ċavetta tas-sigurtà.
account-key-name = Isem iċ-ċavetta
account-key-name-hint = Pereżempju "ċavetta blu", biex tagħrafha f'din il-lista.
account-key-added-on = Miżjuda
account-key-last-used = L-aħħar użu
account-key-actions = Azzjonijiet
account-key-remove = Neħħi
account-key-new-heading = Żid ċavetta tas-sigurtà
account-key-add = Żid iċ-ċavetta tas-sigurtà
account-key-touch = Segwi l-istruzzjonijiet tal-brawżer u mess iċ-ċavetta tas-sigurtà tiegħek.
account-key-failed = Iċ-ċavetta tas-sigurtà ma wieġbitx, jew it-talba ġiet ikkanċellata. Erġa' pprova.
account-key-needs-js = Biex iżżid ċavetta tas-sigurtà, dan il-brawżer jeħtieġ JavaScript.
account-key-unavailable = Iċ-ċwievet tas-sigurtà ma jistgħux jintużaw fl-indirizz ta' dan is-server. Staqsi lill-operatur.
account-key-added = Iċ-ċavetta tas-sigurtà ġiet miżjuda.
account-key-removed = Iċ-ċavetta tas-sigurtà tneħħiet.
account-key-last = Din hi l-aħħar ċavetta tas-sigurtà tiegħek u l-kont tiegħek ma jistax juża kodiċijiet tal-awtentikazzjoni: żid ċavetta oħra qabel ma tneħħi din.
account-key-expired = It-talba ħadet wisq żmien. Erġa' pprova.
account-key-invalid = It-tweġiba taċ-ċavetta tas-sigurtà ma ġietx aċċettata. Erġa' pprova.
account-key-duplicate = Din iċ-ċavetta tas-sigurtà diġà ġiet miżjuda.
account-key-too-many = Għandek l-ogħla numru ta' ċwievet tas-sigurtà permess. Neħħi waħda l-ewwel.
account-error-key-name = Agħti liċ-ċavetta isem ta' bejn 1 u { $max } karattru.
account-key-signin-heading = Uża ċ-ċavetta tas-sigurtà tiegħek
account-key-signin-lead = Il-password tiegħek hi korretta. Ikkonferma d-dħul biċ-ċavetta tas-sigurtà tiegħek.
account-key-signin-submit = Uża ċ-ċavetta tas-sigurtà tiegħi
account-key-signin-needs-js = Iċ-ċavetta tas-sigurtà teħtieġ JavaScript f'dan il-brawżer.
account-key-signin-back = Minflok, idħol b'kodiċi tal-awtentikazzjoni
account-field-code-key-hint = Jekk tuża ċavetta tas-sigurtà, ħalli l-kodiċi vojt: tuża ċ-ċavetta fil-pass li jmiss.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notifiki
console-notify-lead = Sommarju ta’ numri biss: rapporti ġodda, messaġġi ġodda mingħand dawk li rrappurtaw, skadenzi li jaslu dalwaqt u skadenzi maqbuża. Qatt ma fih il-kontenut, l-identifikatur jew it-titlu ta’ rapport.
console-notify-email = Indirizz tal-posta elettronika
console-notify-email-hint = Is-sommarju jintbagħat lil dan l-indirizz. Ħallih vojt jekk ma tridx posta elettronika.
console-notify-webhook = URL tal-webhook
console-notify-webhook-hint = L-istess numri jintbagħtu hawn bħala JSON (HTTP POST). L-indirizz irid jibda b’https://. Ħallih vojt jekk ma tridx.
console-notify-frequency = Kemm-il darba
console-notify-off = Qatt
console-notify-daily = Kuljum
console-notify-weekly = Kull ġimgħa
console-notify-send-empty = Ibgħat is-sommarju anke meta ma ġara xejn
console-notify-send-empty-hint = Hekk jasal sommarju kull darba, u l-wasla tiegħu ma tiżvela xejn dwar rapporti ġodda.
console-notify-language = Il-lingwa tas-sommarju
console-notify-save = Issejvja
console-notify-saved = Is-settings tan-notifiki tiegħek ġew issejvjati.
console-notify-error-email = Indirizz tal-posta elettronika: daħħal indirizz sħiħ, pereżempju isem@example.eu.
console-notify-error-webhook = URL tal-webhook: daħħal indirizz sħiħ, pereżempju https://hooks.example.eu/digest, mingħajr isem tal-utent, password jew #.
console-notify-error-https = URL tal-webhook: l-indirizz irid jibda b’https:// (http:// għal din il-magna biss).
console-notify-error-destination = Indirizz tal-posta elettronika: daħħal indirizz tal-posta elettronika jew URL tal-webhook, jew agħżel “Qatt”.
notify-mail-subject = Kanal tar-rappurtar: is-sommarju tiegħek
notify-mail-intro = Sommarju għal { $body }, minn { $from } sa { $through }. Numri biss: idħol fil-console biex tara r-rapporti.
notify-mail-new-reports = Rapporti ġodda: { $count }
notify-mail-new-replies = Messaġġi ġodda mingħand dawk li rrappurtaw: { $count }
notify-mail-ack-due = Konfermi ta’ riċevuta dovuti fi żmien jumejn: { $count }
notify-mail-feedback-due = Feedback dovut fi żmien 14-il jum: { $count }
notify-mail-ack-overdue = Konfermi ta’ riċevuta tard: { $count }
notify-mail-feedback-overdue = Feedback tard: { $count }
notify-mail-nothing = Xejn ġdid u xejn dovut.
notify-mail-footer = Qed tirċievi dan is-sommarju għax tlabtu fil-console (Notifiki). Tista’ tibdlu jew twaqqfu hemmhekk.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Il-wasla kkonfermata fi
conversation-acknowledgement-due = Konferma tal-wasla sa
conversation-feedback-due = Rispons sa
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Rapporti relatati
console-related-hint = Imqabbla permezz ta’ hashes b’ċavetta tal-indikaturi u tal-identifikatur tal-organizzazzjoni, ikkalkulati fil-browser tiegħek: is-server qatt ma jara indikatur. Jidhru biss ir-rapporti li l-korp tiegħek jista’ jiftaħ.
console-related-none = L-ebda rapport ieħor tal-korp tiegħek ma għandu indikatur komuni ma’ dan.
console-related-report = Rapport { $report }
console-related-shares = indikaturi komuni: { $count }
console-related-incident = forsi l-istess inċident (l-istess identifikatur tal-organizzazzjoni)
console-related-refused = Iċ-ċavetta tal-korrelazzjoni offruta mis-server mhijiex dik imsemmija fiċ-ċrieki taċ-ċwievet iffirmat: ma ntużatx u ma ntbagħat xejn.
console-related-confirm = Ikkonferma dan ir-rapport bħala duplikat
console-related-unavailable = Il-korrelazzjoni għadha mhix disponibbli: l-ebda ċavetta tal-korrelazzjoni ma ġiet issiġillata għall-entrata tiegħek fiċ-ċrieki taċ-ċwievet.
