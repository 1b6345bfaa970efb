### Hungarian: translation of en.ftl (the reference language).
### Every other locales/<lang>.ftl has exactly these message ids and the same { $placeholders }
### (checked by `cargo test -p i18n`). Ids are stable: change the text, never the id.
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Magyar
language-switch-label = Nyelv
language-switch-button = Nyelv módosítása

## Page chrome

site-name = Üzleti titkok ellopásának bejelentési csatornája
skip-to-content = Ugrás a fő tartalomra
nav-label = Főmenü
nav-home = Kezdőlap
nav-report = Lopás bejelentése
nav-follow-up = Bejelentés nyomon követése
footer-privacy-notice = Adatvédelmi nyilatkozat
footer-recipients = A bejelentések az EUIPO-hoz és az Europol Számítástechnikai Bűnözés Elleni Európai Központjához (EC3) kerülnek.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $year }. { $month ->
        [1] január
        [2] február
        [3] március
        [4] április
        [5] május
        [6] június
        [7] július
        [8] augusztus
        [9] szeptember
        [10] október
        [11] november
       *[12] december
    } { $day }.

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Üzleti titkok kibertámadással történő ellopásának bejelentése
page-title-report = Bejelentés benyújtása
page-title-follow-up = Bejelentésének nyomon követése
page-title-privacy = Adatvédelmi nyilatkozat

## Reporter landing page

home-heading = Jelentse be, ha kibertámadás során üzleti titkokat loptak el
home-intro = Ha vállalkozása üzleti titkait kibertámadással ellopták, itt önkéntesen és bizalmasan bejelentheti ezt az EUIPO-nak (az Európai Unió Szellemi Tulajdoni Hivatalának) és az Europol Számítástechnikai Bűnözés Elleni Európai Központjának (EC3).
home-point-recipients = Ön választja ki, ki kapja meg a bejelentését: az EUIPO, az Europol EC3 vagy mindkettő.
home-point-encrypted = Bejelentését titkosítjuk, így csak az Ön által kiválasztott ügyintézők olvashatják el. Ez a weboldal soha nem tárolja olvasható formában.
home-point-anonymous = A bejelentést megteheti anélkül, hogy megadná a saját nevét vagy vállalkozása nevét.
home-point-receipt = A bejelentés elküldésekor egy átvételi kódot kap. Őrizze meg biztonságos helyen: szüksége lesz rá az ügyintézők kérdéseinek elolvasásához és megválaszolásához, és elvesztése esetén nem pótolható.
home-point-statistics = A listákból kiválasztott válaszai (például az ágazat és a támadás típusa) uniós szintű statisztikákba is bekerülnek. Ezekhez zajt adunk, így egyetlen vállalkozás sem azonosítható.
home-no-javascript = Az űrlap kikapcsolt JavaScript mellett is működik (például a Tor Browser legbiztonságosabb üzemmódjában). Ilyenkor bejelentését nem a böngészője, hanem a szerver titkosítja, azonnal a beérkezéskor; ez valamivel gyengébb védelmet nyújt.
home-start-button = Bejelentés megkezdése
home-follow-up-heading = Már küldött bejelentést?
home-follow-up-text = Átvételi kódjával elolvashatja az ügyintézők üzeneteit, és válaszolhat rájuk.
home-follow-up-button = Nyomon követés az átvételi kóddal

## Form: common parts

form-optional = (nem kötelező)
form-choose = Válasszon…
# Read by screen readers before each field error.
form-error-prefix = Hiba:
recipient-euipo = EUIPO (az Európai Unió Szellemi Tulajdoni Hivatala)
recipient-ec3 = Europol EC3 (Számítástechnikai Bűnözés Elleni Európai Központ)

## Errors: whole pages

error-page-title = Hiba történt
error-bad-request = A kérés nem értelmezhető. Kérjük, lépjen vissza, és próbálja újra.
error-not-found = Ez az oldal nem létezik. Ellenőrizze a címet, vagy kezdje újra a kezdőlapról.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Az elküldött adatok mérete túl nagy: a felső határ { $limit }. Távolítson el vagy tömörítsen mellékleteket, majd próbálja újra.
error-csrf = Biztonsági okokból ez az űrlap lejárt, és semmi sem került mentésre. Kérjük, töltse be újra az oldalt, és küldje el ismét az űrlapot.
error-form-used = Ezt az űrlapot már elküldték: bejelentése egyszer beérkezett, az akkor megjelenített nyugtakóddal. Újabb bejelentéshez nyisson meg egy új űrlapot.
error-rate-limited = Rövid idő alatt túl sok próbálkozás történt. Kérjük, várjon néhány percet, majd próbálja újra.
error-server = Hiba történt a mi oldalunkon, és semmi sem került mentésre. Kérjük, próbálja újra később.
error-unavailable = A szolgáltatás átmenetileg nem érhető el. Kérjük, próbálja újra később.
error-unavailable-title = Átmenetileg nem érhető el
error-database-unavailable = Jelenleg nem tudunk bejelentéseket tárolni vagy beolvasni, ezért semmi sem került mentésre. Kérjük, várjon egy percet, és küldje el újra.

## Errors: form fields

error-required = Ennek a mezőnek a kitöltése kötelező.
error-unknown-choice = Válasszon a listában szereplő lehetőségek közül.
error-month-format = A hónapot YYYY-MM formátumban adja meg, például: 2026-03.
error-month-future = A hónap nem lehet a jövőben.
error-month-too-early = A hónap nem lehet { $year } előtti.
error-detection-before-incident = A lopás felfedezésének hónapja nem lehet korábbi, mint a lopás kezdetének hónapja.
error-number-format = Egész számot adjon meg, például: 250000.
# { $max } is an amount in euros.
error-loss-too-large = Az összeg legfeljebb { $max } euró lehet.
error-jobs-too-large = A munkahelyek száma legfeljebb { $max } lehet.
error-too-long =
    { $max ->
        [one] A szöveg túl hosszú: legfeljebb { $max } karaktert használhat.
       *[other] A szöveg túl hosszú: legfeljebb { $max } karaktert használhat.
    }
error-organisation-id = Adjon meg egy közösségi adószámot (például DK12345678) vagy egy LEI-kódot (20 betű és számjegy), vagy hagyja üresen a mezőt.
error-recipients = Válasszon legalább egy címzettet: az EUIPO-t, az Europol EC3-at vagy mindkettőt.
error-consent = A bejelentés elküldése előtt a megerősítéshez jelölje be a négyzetet.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Az űrlapon { $count } hiba van. Kérjük, javítsa ki, és küldje el újra az űrlapot.
       *[other] Az űrlapon { $count } hiba van. Kérjük, javítsa ki őket, és küldje el újra az űrlapot.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = A kulcskarika ujjlenyomata (vesse össze az EUIPO és az Europol által közzétettel):
error-go-back = A böngésző Vissza gombjával térjen vissza az űrlaphoz; a beírt adatok általában még ott vannak.
# { $limit } is a number of files.
error-too-many-files = Túl sok a fájl: legfeljebb { $limit } fájlt csatolhat. Távolítson el néhányat, és próbálja újra.

## Page titles (intake)

page-title-confirmation = Bejelentés beérkezett
page-title-conversation = Az Ön bejelentése

## Landing page: what the server sees

home-server-heading = Mit lát és mit nem lát ez a weboldal
home-server-cannot = Nem tudja elolvasni sem a bejelentését, sem a mellékleteit, sem az üzeneteit: ezeket a tárolás előtt az ügyintézők számára titkosítjuk, és a megnyitásukhoz szükséges kulcsok kizárólag az ügyintézőknél vannak.
home-server-can = Azt látja, hogy egy adott napon bejelentés érkezett, melyik szervnek szól, és nagyjából mekkora. Soha nem rögzíti az Ön IP-címét, böngészőjét vagy a pontos időpontot.
home-fingerprint-heading = Ellenőrizze, hogy a valódi csatornán van-e
home-fingerprint-text = A bejelentéseket egy olyan kulcskarika kulcsaival titkosítjuk, amelyet a csatorna offline kulcsa írt alá. Ennek ujjlenyomata alább látható; az EUIPO és az Europol ugyanezt az ujjlenyomatot teszi közzé saját weboldalán.
home-tor-heading = Névtelen bejelentés
home-tor-text = A lehető legerősebb névtelenség érdekében használja a Tor Browsert, közben ne jelentkezzen be semmilyen más szolgáltatásba, és csatolás előtt távolítsa el a fájlokból a neveket és a metaadatokat (szerző, vállalkozás, GPS).

## Report form

report-heading = Üzleti titkok ellopásának bejelentése
report-lead = A nem kötelezőként jelölt mezők üresen hagyhatók. Mindent, amit ír, és a mellékleteit is az Ön által kiválasztott címzettek számára titkosítjuk.
report-guarantee-server = JavaScript nélkül bejelentését a szerver a beérkezés pillanatában, a memóriában titkosítja, és soha nem tárolja olvasható formában. Bekapcsolt JavaScript esetén a saját böngészője titkosítja elküldés előtt.
report-files-dropped = Biztonsági okokból a csatolt fájlokat nem őrizzük meg, ha az űrlap hibákkal érkezik vissza. Kérjük, csatolja őket újra.
report-section-classification = Az incidens adatai
report-section-when = Mikor történt
report-section-impact = Hatás
report-section-account = Mi történt
report-section-optional = Nem kötelező adatok
report-submit = A bejelentés titkosítása és elküldése
field-recipients = Ki kapja meg a bejelentést?
hint-recipients = Válasszon egyet vagy mindkettőt. A bejelentést csak a kiválasztott szervek ügyintézői olvashatják el.
field-member-state = Az a tagállam, ahol vállalkozása székhelye van
hint-member-state = Az országonkénti uniós statisztikákhoz használjuk.
field-sector = Vállalkozása ágazata
hint-sector = Fő tevékenységének NACE-nemzetgazdasági ága.
field-incident-class = Az incidens típusa
hint-incident-class = Válassza a leginkább illőt; az ügyintézők javíthatják.
field-attack-vector = Hogyan jutottak be a támadók
hint-attack-vector = Ha még nem tudja, válassza az „Ismeretlen” lehetőséget.
field-actor-type = Ön szerint ki állt a háttérben?
hint-actor-type = A legjobb becslése; az „Ismeretlen” is elfogadható válasz.
field-incident-month = A lopás kezdetének hónapja
hint-incident-month = YYYY-MM formátumban, például: 2026-03. Becslés is elegendő.
field-detection-month = A lopás felfedezésének hónapja
hint-detection-month = YYYY-MM formátumban.
field-loss-eur = Becsült kár euróban (nem kötelező)
hint-loss-eur = Egész szám, például: 250000. Hagyja üresen, ha nem tudja megbecsülni.
field-jobs-at-risk = Veszélyeztetett munkahelyek (nem kötelező)
hint-jobs-at-risk = Hány munkahelyet veszélyeztet a lopás, ha meg tudja becsülni.
field-what-taken = Mit vittek el
hint-what-taken = Például: forráskód, tervek, ügyféllisták, receptúrák, gyártási folyamatok.
field-narrative = Mi történt
hint-narrative = Írja le saját szavaival a támadást és felfedezésének körülményeit: időpontok, érintett rendszerek, és mit tett azóta.
field-attachments = Mellékletek (nem kötelező)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Legfeljebb { $max_files } fájl, egyenként legfeljebb { $max_mib } MB méretben. A fájlokat beérkezésükkor titkosítjuk.
field-contact = Hogyan léphetnek Önnel kapcsolatba az ügyintézők? (nem kötelező)
hint-contact = Ha névtelen kíván maradni, hagyja üresen: az átvételi kóddal így is elolvashatja az üzeneteket, és válaszolhat rájuk.
field-organisation-id = A vállalkozás közösségi adószáma vagy LEI-kódja (nem kötelező)
hint-organisation-id = Nem kötelező. Titkosítva tároljuk: a kiválasztott szervek bírálói olvashatják; soha nem tesszük közzé. A statisztikában álnévvé válik, hogy vállalata negyedévente legfeljebb egyszer számítson, és a közzétett számok a vállalat bejelentéseit egészként védjék (alapértelmezésben ε = 1 negyedévente, legfeljebb ε = 4 évente). Nélküle minden bejelentés külön-külön védett, nem az összes bejelentése együtt.
field-consent = Megerősítem, hogy legjobb tudomásom szerint az információk pontosak, és hozzájárulok ahhoz, hogy azokat az adatvédelmi nyilatkozatban leírtak szerint kezeljék.
hint-consent = A bejelentést később visszavonhatja, ha az átvételi kóddal írásban jelzi ezt az ügyintézőknek.

## Confirmation

confirmation-heading = Bejelentése beérkezett
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Bejelentését titkosítottuk és elküldtük. Címzett: { $recipients }.
confirmation-receipt-heading = Az Ön átvételi kódja
confirmation-receipt-text = Írja fel ezt a kódot, vagy töltse le most. Szüksége lesz rá az ügyintézők kérdéseinek elolvasásához és megválaszolásához.
confirmation-receipt-once = Ez a kód csak egyszer jelenik meg. Senki, még az ügyintézők sem tudják helyreállítani Ön helyett.
confirmation-download = Az átvételi kód letöltése szövegfájlként
confirmation-print = Ezt az oldalt ki is nyomtathatja: csak a kód és ezek az útmutatások kerülnek nyomtatásra.
confirmation-guarantee-heading = Hogyan védtük bejelentését
confirmation-sealed-by-server = Böngészője JavaScript nélkül küldte el a bejelentést, ezért azt a szerver a beérkezéskor a memóriában titkosította. Olvasható formában soha nem került lemezre.
confirmation-sealed-by-browser = Böngészője elküldés előtt titkosította a bejelentést; a szerver soha nem látta olvasható formában.
confirmation-next-heading = A további lépések
confirmation-next-text = Az ügyintézők 7 napon belül visszaigazolják a bejelentések átvételét, és 3 hónapon belül visszajelzést adnak. Üzeneteik elolvasásához térjen vissza az átvételi kóddal.
recipients-both = EUIPO és EC3
receipt-file-title = Az üzleti titkok ellopásának bejelentési csatornáján tett bejelentés átvételi kódja
receipt-file-keep = Ezt a kódot tartsa titokban, és őrizze biztonságos helyen. A csatorna nyomonkövetési oldalán használhatja.

## Follow-up

followup-heading = Bejelentésének nyomon követése
followup-lead = Adja meg azt az átvételi kódot, amelyet a bejelentés elküldésekor kapott.
followup-receipt-label = Átvételi kód
followup-receipt-hint = 24 betű és számjegy, például 7KQM-2XPA-…; a kötőjelek és a szóközök nem számítanak.
followup-submit = Bejelentésem megnyitása
followup-wrong-receipt = Ehhez az átvételi kódhoz nem tartozik bejelentés. Ellenőrizze az összes karaktert, és próbálja újra.

## Conversation

conversation-heading = Az Ön bejelentése
conversation-status = Állapot
conversation-received = Beérkezés napja
conversation-sealed-by-server = Ezt a bejelentést a szerver titkosította a beérkezéskor (JavaScript nélkül küldték el).
conversation-messages = Üzenetek
conversation-empty = Még nincsenek üzenetek. Az ügyintézők 7 napon belül visszaigazolják a bejelentések átvételét.
conversation-from-you = Ön
conversation-from-reviewer = Ügyintéző
conversation-reply-heading = Üzenet az ügyintézőknek
conversation-reply-label = Az Ön üzenete
conversation-reply-submit = Az üzenet titkosítása és elküldése
conversation-reply-sent = Üzenetét titkosítottuk és elküldtük.
conversation-reply-empty = Küldés előtt írjon üzenetet, vagy csatoljon fájlt.
status-new = Beérkezett, átvétele még nincs visszaigazolva
status-acknowledged = Átvétele visszaigazolva
status-in-review = Vizsgálat alatt
status-information-requested = Az ügyintézők információt kértek Öntől
status-referred = Továbbítva az illetékes hatóságokhoz
status-closed = Lezárva

## Privacy notice

privacy-heading = Adatvédelmi nyilatkozat
privacy-controllers = A bejelentéseket az EUIPO és az Europol (EC3) kezeli, mindkettő a neki címzett bejelentéseket, az (EU) 2018/1725 rendelet, illetve az (EU) 2016/794 rendelet alapján.
privacy-what-heading = Milyen adatokat kezelünk
privacy-what-text = Bejelentésének tartalmát, mellékleteit és üzeneteit titkosítjuk, így azokat csak az Ön által kiválasztott szervek ügyintézői olvashatják el. A bejelentés beérkezésének napját, állapotát és címzettjeit a határidők kezelése érdekében olvasható formában tároljuk.
privacy-not-heading = Mit nem rögzítünk soha
privacy-not-text = IP-címét, böngészőjét és látogatásainak pontos időpontját soha nem tároljuk és nem naplózzuk. A bejelentési oldalak nem használnak sütiket.
privacy-statistics-heading = Statisztikák
privacy-statistics-text = A listákból választott válaszok uniós szintű statisztikákba kerülnek, amelyeket differenciális adatvédelemmel teszünk közzé. Védett a vállalat a megadott közösségi adószám vagy LEI alatt: az, hogy egy negyedévben tett-e bejelentést, és mit, bármely közzétett szám valószínűségét legfeljebb e^ε szorzóval változtatja, az egyes kiadásokkal közzétett korlátok szerint (alapértelmezésben ε = 1 negyedévente, 2,7-es szorzó, és ε = 4 naptári évente, 55-ös szorzó; több év alatt a szorzók összeszorzódnak). Az azonosító nélküli bejelentések egyenként védettek, így az a vállalat, amely több ilyet küld, kevésbé védett. A számok zajjal terhelt becslések, nem pontos darabszámok.
privacy-retention-heading = Meddig őrizzük meg a bejelentéseket
privacy-retention-text = A lezárt bejelentéseket a vizsgáló szervek által meghatározott megőrzési idő leteltével töröljük. Ez a közzétett statisztikákat nem érinti.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Ausztria
member-state-BE = Belgium
member-state-BG = Bulgária
member-state-HR = Horvátország
member-state-CY = Ciprus
member-state-CZ = Csehország
member-state-DK = Dánia
member-state-EE = Észtország
member-state-FI = Finnország
member-state-FR = Franciaország
member-state-DE = Németország
member-state-EL = Görögország
member-state-HU = Magyarország
member-state-IE = Írország
member-state-IT = Olaszország
member-state-LV = Lettország
member-state-LT = Litvánia
member-state-LU = Luxemburg
member-state-MT = Málta
member-state-NL = Hollandia
member-state-PL = Lengyelország
member-state-PT = Portugália
member-state-RO = Románia
member-state-SK = Szlovákia
member-state-SI = Szlovénia
member-state-ES = Spanyolország
member-state-SE = Svédország

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Mezőgazdaság, erdőgazdálkodás, halászat
sector-B = Bányászat, kőfejtés
sector-C = Feldolgozóipar
sector-D = Villamosenergia-, gáz-, gőzellátás, légkondicionálás
sector-E = Vízellátás; szennyvíz gyűjtése, kezelése, hulladékgazdálkodás, szennyeződésmentesítés
sector-F = Építőipar
sector-G = Kereskedelem, gépjárműjavítás
sector-H = Szállítás, raktározás
sector-I = Szálláshely-szolgáltatás, vendéglátás
sector-J = Információ, kommunikáció
sector-K = Pénzügyi, biztosítási tevékenység
sector-L = Ingatlanügyletek
sector-M = Szakmai, tudományos, műszaki tevékenység
sector-N = Adminisztratív és szolgáltatást támogató tevékenység
sector-O = Közigazgatás, védelem; kötelező társadalombiztosítás
sector-P = Oktatás
sector-Q = Humán-egészségügyi, szociális ellátás
sector-R = Művészet, szórakoztatás, szabad idő
sector-S = Egyéb szolgáltatás
sector-T = Háztartás munkaadói tevékenysége; termék előállítása, szolgáltatás végzése saját fogyasztásra
sector-U = Területen kívüli szervezet

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Információbiztonság: jogosulatlan hozzáférés információkhoz
incident-class-information-content-security--unauthorised-information-modification = Információbiztonság: információk engedély nélküli módosítása
incident-class-information-content-security--data-loss = Információbiztonság: adatvesztés
incident-class-information-content-security--leak-confidential-information = Információbiztonság: bizalmas információk kiszivárgása
incident-class-intrusions--system-compromise = Behatolás: egy rendszer (szerver vagy számítógép) feletti irányítás megszerzése
incident-class-intrusions--application-compromise = Behatolás: egy alkalmazás feletti irányítás megszerzése
incident-class-intrusions--privileged-account-compromise = Behatolás: egy rendszergazdai fiók feletti irányítás megszerzése
incident-class-intrusions--unprivileged-account-compromise = Behatolás: egy átlagos felhasználói fiók feletti irányítás megszerzése
incident-class-intrusions--burglary = Behatolás: fizikai betörés
incident-class-information-gathering--social-engineering = Információgyűjtés: személyek megtévesztése információk kiadására (pszichológiai manipuláció, social engineering)
incident-class-information-gathering--sniffing = Információgyűjtés: a hálózati forgalom lehallgatása
incident-class-malicious-code--infected-system = Rosszindulatú kód: egy rendszer megfertőződése
incident-class-fraud--masquerade = Csalás: valaki egy Ön által megbízhatónak tartott személynek vagy szervezetnek adta ki magát
incident-class-fraud--phishing = Csalás: adathalászat (hamis üzenetek vagy weboldalak jelszavak vagy adatok megszerzésére)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Feltörés: webalkalmazás
attack-vector-hacking--backdoor-or-c2 = Feltörés: hátsó kapu vagy távvezérlési csatorna (C2)
attack-vector-hacking--desktop-sharing = Feltörés: távoli asztal vagy képernyőmegosztás
attack-vector-hacking--vpn = Feltörés: VPN-hozzáférés
attack-vector-hacking--partner = Feltörés: egy partner (beszállító vagy szolgáltató) hozzáférésén keresztül
attack-vector-hacking--command-shell = Feltörés: parancsértelmező (command shell)
attack-vector-malware--email-attachment = Kártevő: e-mail-melléklet
attack-vector-malware--email-link = Kártevő: e-mailben kapott hivatkozás
attack-vector-malware--web-download = Kártevő: letöltés egy weboldalról
attack-vector-malware--software-update = Kártevő: szoftverfrissítés
attack-vector-malware--direct-install = Kártevő: a támadó közvetlenül telepítette
attack-vector-malware--network-propagation = Kártevő: a hálózaton keresztül terjedt
attack-vector-social--email = Pszichológiai manipuláció: e-mail
attack-vector-social--phone = Pszichológiai manipuláció: telefonhívás
attack-vector-social--in-person = Pszichológiai manipuláció: személyesen
attack-vector-social--website = Pszichológiai manipuláció: weboldal
attack-vector-social--sms = Pszichológiai manipuláció: szöveges üzenet (SMS)
attack-vector-misuse--lan-access = Belső visszaélés: hozzáférés a belső hálózatról
attack-vector-misuse--physical-access = Belső visszaélés: fizikai hozzáférés
attack-vector-misuse--remote-access = Belső visszaélés: távoli hozzáférés
attack-vector-misuse--non-corporate = Belső visszaélés: a vállalati rendszereken kívül (magáncélú e-mail, eszközök vagy hálózatok)
attack-vector-unknown = Ismeretlen vagy még nem ismert

## Categories: actor types

actor-type-competitor = Versenytárs
actor-type-nation-state = Állami szereplő (külföldi kormány vagy annak szervei)
actor-type-organised-crime = Szervezett bűnözés
actor-type-insider = Belső személy (jelenlegi munkavállaló vagy alvállalkozó)
actor-type-former-employee = Volt munkavállaló
actor-type-unknown = Ismeretlen

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = A JavaScript be van kapcsolva: böngészője még az elküldés előtt titkosítja bejelentését és mellékleteit az Ön által kiválasztott címzettek számára. A szerver kizárólag titkosított adatokat kap.
js-status-checking = Az űrlap és az ügyintézők kulcsainak ellenőrzése…
js-status-encrypting = Bejelentése és mellékletei titkosítása ebben a böngészőben…
js-status-proof-of-work = Az elküldés előkészítése (rövid számítás, amely védi a csatornát az automatizált kéretlen üzenetekkel szemben)…
js-status-sending = A titkosított bejelentés elküldése…
js-error-keyring = Az ügyintézők kulcsai nem ellenőrizhetők: a kulcskarikát nem az a kulcs írta alá, amelynek ujjlenyomata ezen az oldalon látható. Semmit sem küldtünk el. Ne küldje el bejelentését erről az oldalról; lépjen kapcsolatba az EUIPO-val vagy az Europollal azok hivatalos weboldalán keresztül.
js-error-network = A bejelentést nem sikerült elküldeni, mert a kapcsolat megszakadt. Semmi sem került tárolásra. Ellenőrizze a kapcsolatot, és próbálja újra.
js-error-crypto = Böngészője nem tudta titkosítani a bejelentést, ezért semmit sem küldtünk el. Próbálja újra, vagy kapcsolja ki a JavaScriptet, és küldje el az űrlapot nélküle.
js-error-file = Egy csatolt fájl nem olvasható. Ellenőrizze, hogy a fájl még létezik-e, csatolja újra, és próbálkozzon ismét.
js-error-kept = Válaszai és a csatolt fájlok továbbra is az űrlapon vannak.
js-retry = Próbálja újra
js-print = Az átvételi kód nyomtatása

## Reviewer console (/console/)

console-name = Ügyintézői felület
console-nav-inbox = Beérkezett bejelentések
console-logout = Kijelentkezés
console-logout-everywhere = Kijelentkezés minden eszközön
console-go-to-login = Tovább a bejelentkezési oldalra
console-refused-heading = A kérés elutasítva
console-login-heading = Bejelentkezés az ügyintézői felületre
console-login-submit = Bejelentkezés
console-field-name = Név
console-field-password = Jelszó
console-field-code = A hitelesítő alkalmazás kódja
console-field-code-hint = A hitelesítő alkalmazásban most látható 6 számjegyű kód. Minden kód csak egyszer használható.
console-notice-expired = A munkamenet lejárt. Kérjük, jelentkezzen be újra.
console-notice-logged-out = Kijelentkezett.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Hibás név, jelszó vagy kód. Kérjük, próbálja újra; sok sikertelen próbálkozás után várjon egy percet a következő előtt.
console-error-csrf = Az űrlap nem fogadható el, mert a biztonsági tokenje hiányzik, hibás vagy egy másik munkamenetből származik. Semmi sem változott. Töltse be újra az oldalt, és próbálja újra.
error-cross-site = Ezt az űrlapot egy másik webhelyről küldték, ezért elutasítottuk, és semmi sem változott. Nyissa meg az oldalt ezen a webhelyen, és onnan küldje el az űrlapot.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Oldalak
pager-previous = Előző oldal
pager-next = Következő oldal
# { $page } is the current page number, { $pages } the number of pages.
pager-status = { $page }. oldal / { $pages }
error-method-not-allowed = Ez a cím nem fogad ilyen kérést.
error-headers-too-large = A kérés túl sok fejlécadatot tartalmazott, ezért elutasítottuk. Törölje a webhely sütijeit, majd próbálja újra.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Egy szövegmező túl hosszú: a korlát mezőnként { $limit }. Rövidítse le a szöveget, és küldje el újra.
followup-unsent-label = Az Ön válasza (nincs elküldve)
followup-unsent-hint = Nem küldtük el, mert az elismervényt nem ismertük fel. Másolja ki, jelentkezzen be újra az elismervényével, és küldje el a beszélgetéséből.
console-enrol-heading = Ügyintézői fiókjának beállítása
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Üdvözöljük, { $name } ({ $body })! Válasszon bejelentkezési jelszót, és állítsa be a kódgeneráló alkalmazást. Ez a hivatkozás csak egyszer használható.
console-enrol-password-heading = 1. Bejelentkezési jelszó
console-field-new-password = Új jelszó
console-field-confirm-password = Az új jelszó még egyszer
# { $min } is a number of characters.
console-enrol-password-hint = Legalább { $min } karakter. Egy több szóból álló jelmondatot a legkönnyebb megjegyezni.
console-enrol-totp-heading = 2. Hitelesítő alkalmazás
console-enrol-totp-scan = Olvassa be ezt a QR-kódot a hitelesítő alkalmazással (időalapú kódok, TOTP).
console-enrol-totp-secret = Ha nem tudja beolvasni, írja be helyette ezt a kulcsot az alkalmazásba:
console-enrol-code-hint = A befejezéshez adja meg az alkalmazásban most látható 6 számjegyű kódot.
console-enrol-submit = A beállítás befejezése
console-enrol-done = Fiókja elkészült. Most már bejelentkezhet a nevével, a jelszavával és a hitelesítő alkalmazás egy kódjával.
console-enrol-fingerprint = A kulcsa ujjlenyomata: { $fingerprint }. A kulcsát csak azután használjuk, hogy az üzemeltető felvette a kulcskarikába: az üzemeltető megkéri, hogy olvassa fel neki ezt az ujjlenyomatot telefonon vagy személyesen, és csak akkor veszi fel a kulcsot, ha egyezik.
console-error-enrol-link = Ez a regisztrációs hivatkozás érvénytelen: már felhasználták, lejárt, vagy hibásan írták be. Kérjen új hivatkozást az üzemeltetőtől.
console-error-password-short = A jelszó túl rövid: legalább { $min } karakterből kell állnia.
console-error-password-mismatch = A két jelszó nem egyezik. Mindkét mezőbe ugyanazt a jelszót írja be.
console-error-enrol-code = A kód nem megfelelő. Ellenőrizze, hogy az alkalmazást a fenti kulccsal állította-e be, és hogy eszközén pontos-e az idő, majd adja meg az alkalmazásban éppen látható kódot.
console-inbox-heading = Beérkezett bejelentések
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] egy bejelentés érkezett az Ön szervéhez.
   *[other] { $count } bejelentés érkezett az Ön szervéhez.
}
console-inbox-empty = Az Ön szervéhez még nem érkezett bejelentés.
console-inbox-col-report = Bejelentés
console-inbox-col-received = Beérkezett (nap)
console-inbox-col-status = Állapot
console-inbox-col-sealed-by = Titkosította
console-status-new = Új
console-status-acknowledged = Visszaigazolva
console-status-in-review = Vizsgálat alatt
console-status-information-requested = Információ kérve
console-status-referred = Továbbítva
console-status-closed = Lezárva
console-sealed-by-browser = A bejelentő böngészője
console-sealed-by-server = A szerver (JavaScript nélkül küldve: gyengébb garancia)
console-inbox-col-deadline = Következő határidő (2019/1937 irányelv)
console-inbox-col-action = Állapot módosítása
console-deadline-acknowledgement = Visszaigazolás határideje: { $day }
console-deadline-feedback = Visszajelzés határideje: { $day }
console-deadline-overdue = Lejárt
console-deadline-due-soon = Hamarosan lejár
console-deadline-none = Nincs (lezárva)
console-deadline-counts = Határidők: lejárt: { $overdue }; 2 napon belül lejár: { $soon }.
console-status-change-label = Új állapot
console-status-change-submit = Módosítás
console-status-final = Lezárva: további módosítás nem lehetséges
console-transition-refused-heading = Az állapotmódosítás elutasítva
console-error-transition = Egy bejelentés nem kerülhet „{ $from }” állapotból „{ $to }” állapotba. Semmi sem változott. Válasszon a beérkezett bejelentések listájában felkínált állapotok közül.
console-back-to-inbox = Vissza a beérkezett bejelentésekhez

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Kulcs a bejelentések olvasásához
console-enrol-needs-js = A bejelentések olvasásához JavaScriptet futtató böngésző szükséges: a bejelentések olvasására szolgáló személyes kulcsát a böngészője hozza létre és zárolja, soha nem a szerver. A fiók beállításának befejezéséhez kapcsolja be a JavaScriptet, vagy használjon másik böngészőt.
console-enrol-key-explain = Böngészője most létrehozza a bejelentések olvasására szolgáló személyes kulcsát, és egy feloldó jelmondattal zárolja. Olyan jelmondatot válasszon, amely eltér a bejelentkezési jelszavától. A jelmondat soha nem hagyja el ezt a böngészőt: ha elfelejti, az üzemeltetőnek új kulcsot kell beállítania Önnek.
console-field-unlock-passphrase = Feloldó jelmondat
console-field-unlock-passphrase-confirm = A feloldó jelmondat még egyszer
console-enrol-unlock-hint = Legalább { $min } karakter, és nem egyezhet a bejelentkezési jelszóval.
console-error-unlock-short = A feloldó jelmondat túl rövid: legalább { $min } karakterből kell állnia.
console-error-unlock-mismatch = A két feloldó jelmondat nem egyezik. Mindkét mezőbe ugyanazt a jelmondatot írja be.
console-error-unlock-same = A feloldó jelmondatnak el kell térnie a bejelentkezési jelszótól: a bejelentkezési jelszót elküldjük a szervernek, a feloldó jelmondatot soha.
console-enrol-key-working = A kulcs létrehozása és zárolása folyamatban. Ez néhány másodpercig tart…
console-error-key-failed = Böngészője nem tudta létrehozni a kulcsot. Töltse be újra az oldalt, és próbálja újra.
console-error-enrol-key = A bejelentések olvasásához JavaScriptet futtató böngésző szükséges, ez az űrlap pedig a böngésző által létrehozott kulcs nélkül érkezett. Kapcsolja be a JavaScriptet, töltse be újra az oldalt, és próbálja újra.

## Reviewer console: reading a report
console-report-heading = Bejelentés
console-report-bodies = Címzett
console-report-needs-js = A bejelentések olvasásához JavaScriptet futtató böngésző szükséges: a bejelentést a böngészője fejti vissza az Ön kulcsával, soha nem a szerver.
console-report-no-key = Fiókjához nem tartozik a bejelentések olvasására szolgáló kulcs. Kérjen új regisztrációs hivatkozást az üzemeltetőtől.
console-unlock-heading = Kulcsának feloldása
console-unlock-hint = A feloldó jelmondatot csak ezen az oldalon használjuk, és soha nem küldjük el. Egy másik oldal megnyitásakor ismét szüksége lesz rá.
console-unlock-submit = Feloldás és a bejelentés megnyitása
console-unlock-working = Kulcsának feloldása és a bejelentés megnyitása…
console-error-unlock-wrong = A feloldó jelmondat nem megfelelő. Semmi sem nyílt meg. Próbálja újra.
console-error-open-failed = Ez a bejelentés az Ön kulcsával nem nyitható meg. Lehet, hogy még azelőtt küldték, hogy kulcsát felvették volna a kulcskarikára; egy olyan kolléga, aki el tudja olvasni, hozzáférést adhat Önnek.
console-error-keyring = Az ügyintézők kulcsai nem ellenőrizhetők: a kulcskarikát nem az a kulcs írta alá, amelynek ujjlenyomatával ezt a szervert elindították. Semmit sem küldtünk el.
console-error-keyring-rollback = Ez a kulcskarika régebbi (alacsonyabb sorszámú), mint amelyet ez a böngésző ugyanattól az aláíró kulcstól már látott: lehet, hogy egy régi kulcskarikát állítottak vissza egy eltávolított kulcs használatához. Semmi sem nyílt meg és semmi sem ment el. Értesítse az üzemeltetőt.
console-error-network = A kapcsolat megszakadt. Semmit sem küldtünk el. Ellenőrizze a kapcsolatot, és próbálja újra.
console-report-fields-heading = A bejelentő által megadott adatok
console-report-field-member-state = Tagállam
console-report-field-sector = Ágazat
console-report-field-incident-class = Az incidens típusa
console-report-field-attack-vector = Támadási vektor
console-report-field-actor-type = Feltételezett elkövető
console-report-field-incident-month = A lopás kezdetének hónapja
console-report-field-detection-month = A lopás felfedezésének hónapja
console-report-field-loss-eur = Becsült kár
console-report-field-jobs-at-risk = Veszélyeztetett munkahelyek
console-report-field-what-taken = Mit vittek el
console-report-field-narrative = Mi történt
console-report-field-contact = Elérhetőség
console-report-field-organisation-id = Közösségi adószám vagy LEI-kód
console-report-empty = (nincs megadva)
console-report-attachments-heading = Mellékletek
console-report-attachments-none = Nincsenek mellékletek.
console-attachment-save = Visszafejtés és mentés
console-attachment-working = Visszafejtés…
console-error-attachment = A mellékletet nem sikerült visszafejteni: sérült vagy hiányos. Semmi sem került mentésre.
console-thread-heading = Üzenetváltás a bejelentővel
console-thread-empty = Még nincsenek üzenetek.
console-thread-from-reporter = A bejelentő
console-thread-from-reviewer = Ügyintéző
console-thread-note = Belső feljegyzés
console-thread-unreadable = (ez az üzenet az Ön kulcsával nem nyitható meg)
envelope-mismatch = Ez a boríték egy másik bejelentéshez tartozik, vagy más típusú; nem jelenik meg.
conversation-from-signed = Feladó: { $name } (aláírás ellenőrizve)
conversation-from-channel = A bejelentési csatorna automatikus értesítése
message-bad-signature = Ez az üzenet nem jelenik meg: azt állítja, hogy értékelőtől származik, de az aláírása hiányzik, vagy nem egyezik az aláírt kulcskarika egyik értékelői kulcsával sem. Hamisítvány lehet; ne cselekedjen ennek alapján.
console-ack-heading = A bejelentés átvételének visszaigazolása
console-ack-label = Visszaigazolás a bejelentőnek
console-ack-default = Köszönjük bejelentését. Megkaptuk, és megvizsgáljuk. Ha kérdésünk lesz, itt találja majd.
console-ack-submit = Visszaigazolás és küldés
console-message-heading = Üzenet a bejelentőnek
console-message-label = Az Ön üzenete
console-message-hint = Böngészője titkosítja a bejelentő és a bejelentés ügyintézői számára. A bejelentő az átvételi kódjával olvassa el.
console-message-submit = Küldés a bejelentőnek
console-note-heading = Belső feljegyzés
console-note-label = Az Ön feljegyzése
console-note-hint = Böngészője kizárólag a szervezete ügyintézői számára titkosítja. A bejelentő soha nem látja.
console-note-submit = A feljegyzés hozzáadása
console-error-message-empty = Először írjon üzenetet (legfeljebb 20 000 karakter).
console-sending = Titkosítás és küldés…
console-sent = Elküldve.
console-grants-heading = Hozzáférés a kollégák számára
console-grants-hint = Szervezetének azon kollégái, akiknek a kulcsát a bejelentés beérkezése után vették fel a kulcskarikára, nem tudják elolvasni a bejelentést. Böngészője hozzáférést adhat nekik azzal, hogy a bejelentés kulcsát az ő kulcsukkal titkosítja.
console-grants-none = Szervezetének a kulcskarikán szereplő minden ügyintézője el tudja olvasni ezt a bejelentést.
console-grant-submit = Hozzáférés megadása
console-grant-done = A hozzáférés megadva.
console-error-grant-exists = Ez a kolléga már el tudja olvasni ezt a bejelentést.
console-classify-heading = Jóváhagyott besorolás a statisztikákhoz
console-classify-hint = Javítsa a strukturált mezőket, vagy jelölje a bejelentést ismétlődőként vagy a hatályon kívül esőként. Böngészője a javított rekordot kizárólag az anonimizáló szolgáltatás számára titkosítja; a statisztikákban ez lép a bejelentő rekordjának helyébe. Az eseményleírás és az elérhetőségi adatok soha nem részei.
console-classify-status = A bejelentés minősítése
console-classify-valid = Érvényes
console-classify-duplicate = Egy másik bejelentés ismétlése
console-classify-out-of-scope = Hatályon kívül esik
console-classify-submit = A jóváhagyott besorolás mentése
console-classify-done = A jóváhagyott besorolást titkosítottuk és mentettük.
console-error-classify = Ellenőrizze a besorolást: a hónap 1990 és a bejelentés beérkezésének negyedéve közé kell, hogy essen, a kár és a munkahelyek száma pedig a határokon belüli egész szám kell, hogy legyen. Semmi sem került mentésre.
console-error-classify-unsigned = A besorolás nem írható alá: az aláíró kulcsa még nincs az aláírt kulcskarikában. Semmi sem került mentésre; kérje meg az üzemeltetőt, hogy vegye fel a kulcsát.
console-export-heading = Exportálás az EC3 és a CSIRT-ek számára
console-export-hint = Böngészője a visszafejtett bejelentésből állítja elő a fájlt: a besorolást, az elvitt adatokat és az eseményleírást tartalmazza, a bejelentő elérhetőségét vagy szervezetének azonosítóját soha. Minden exportálást rögzítünk az ellenőrzési naplóban.
console-export-tlp = Traffic Light Protocol (TLP) szerinti jelölés
console-export-stix = STIX 2.1 csomag exportálása
console-export-misp = MISP-esemény exportálása
console-export-done = Az exportálást rögzítettük és mentettük.

## Data portal (/portal/) and data API

portal-name = Az üzleti titkok ellopására vonatkozó statisztikák – adatportál
portal-nav-releases = Kiadások
portal-nav-tokens = API-tokenek
portal-refused-heading = A művelet nem hajtható végre
portal-enrol-heading = Portálfiókjának beállítása
portal-error-enrol-link = Ez a regisztrációs hivatkozás érvénytelen: már felhasználták, lejárt, vagy hibásan írták be. Kérjen újat az üzemeltetőtől.
portal-enrol-lead = Fiók: { $name }, a következő tagállam hatóságai számára: { $country }. Válasszon jelszót, és állítsa be a hitelesítő alkalmazást.
portal-enrol-submit = A beállítás befejezése
portal-enrol-done = Fiókja elkészült. Jelentkezzen be a nevével, a jelszavával és a hitelesítő alkalmazás egy kódjával.
portal-login-heading = Bejelentkezés az adatportálra
portal-releases-heading = Kiadások
portal-releases-lead = Bejelentkezve: { $name } ({ $country }). Minden kiadás egy negyedév differenciális adatvédelemmel készült uniós statisztikáit tartalmazza.
portal-releases-none = Még nem jelent meg kiadás.
portal-releases-caption = Közzétett kiadások, a legutóbbi negyedévvel kezdve
portal-col-period = Negyedév
portal-col-date = Közzététel napja
portal-col-epsilon = Felhasznált adatvédelmi keret (ε)
portal-col-status = Állapot
portal-col-release = Kiadás
portal-status-published = Közzétéve
portal-release-heading = Statisztikák – { $period }
portal-release-intervals-hint = Minden oszlop a közzétett értéket mutatja; a rajta átmenő vonal a 95%-os intervallumot jelzi, amely nullától indul, ha nulla alá nyúlna. Minden diagram alatt táblázat tartalmazza a számadatokat.
portal-summary-reports = Bejelentések az EU-ban
portal-summary-truncated = Figyelmen kívül hagyott bejelentések (szervezetenként k felett)
portal-summary-loss = Becsült károk az EU-ban
portal-chart-quarter = Bejelentések negyedévenként
portal-chart-quarter-note = E kiadás negyedéve kiemelve látható.
portal-chart-state-quarter = Bejelentések az Ön tagállamában negyedévenként
portal-chart-series = { $category }: bejelentések negyedévenként
portal-chart-series-note = Az ebben a kiadásban leggyakrabban bejelentett ágazat vagy támadási vektor; az adat-API minden ágazatot és támadási vektort negyedévenként megad.
portal-chart-sector = Bejelentések ágazatonként (NACE)
portal-chart-attack-vector = Bejelentések támadási vektoronként
portal-chart-member-state = Bejelentések tagállamonként
portal-chart-yours = (kiemelve)
portal-chart-highlight = Kiemelve és megjelölve: { $country }.
portal-chart-desc = Vízszintes oszlopdiagram { $count ->
        [one] egy kategóriával
       *[other] { $count } kategóriával
    }, mindegyik a saját 95%-os intervallumával. Legnagyobb érték: { $top }, { $value }. A diagram alatti táblázat minden értéket tartalmaz.
portal-chart-show-table = A számadatok megjelenítése táblázatban
portal-chart-table-caption = { $chart }: közzétett értékek és 95%-os intervallumok
portal-col-category = Kategória
portal-col-value = Közzétett érték
portal-col-interval = 95%-os intervallum
portal-method-heading = Hogyan készültek ezek az adatok
portal-method-promise = A számok differenciálisan privátak. A védett egység egy szervezet negyedéves bejelentései: akár tett bejelentést, akár nem, és bármit jelentett, minden közzétett szám majdnem ugyanolyan valószínű lenne. A „majdnem” mértékét e kiadás ε = { $epsilon } adatvédelmi kerete adja: egyetlen eredmény sem válik több mint { $factor }-szer valószínűbbé egy szervezet e negyedévi bejelentései miatt. Egy naptári év kiadásai együtt legfeljebb ε = { $year_cap } keretet használnak, így egy év alatt a szorzó legfeljebb { $year_factor }; több év alatt a szorzók összeszorzódnak.
portal-method-unit = A szervezetet a megadott közösségi adószám vagy LEI alapján ismerjük fel (egységes formára hozva és olyan álnévvé alakítva, amelyet csak az anonimizáló tud kiszámítani); negyedévente legfeljebb { $k } bejelentése számít. Csak erről az azonosítóról ismerjük fel: az a szervezet, amely az egyik bejelentésben adószámot, a másikban LEI-t ad meg, vagy amelynek leányvállalatai külön jelentenek, több szervezetnek számít. Az azonosító nélküli bejelentés önmagában védett: az a szervezet, amely több bejelentést küld azonosító nélkül, bejelentésenként védett, nem az összesre együtt.
portal-method-truncation = Mintegy { $dropped } bejelentés (az összes mintegy { $share } %-a) kimaradt, mert szervezete a negyedévben { $k }-nál többször tett bejelentést. Ez a szám maga is zajos, és szervezetenként legfeljebb { $k }-t számol; a valódi szám nagyobb. Hogy mely bejelentések maradtak, a véletlen döntötte el, nem a tartalmuk.
portal-method-noise = Minden táblázat minden cellájához véletlenszerű zajt adtunk, a nulla értékű cellákat is beleértve; egyetlen cellát sem rejtettünk el amiatt, hogy kicsi az értéke. Egy kis érték ezért akár csupán zaj is lehet.
portal-method-intervals = A 95%-os intervallumok azt mutatják, mennyivel mozdíthatta el a zaj a számot: a mért értéket legalább nagyjából 100-ból 95 esetben tartalmazzák. A mért érték a megtartott bejelentéseké, minden veszteség a plafonig számítva; a kimaradt bejelentések és a plafon feletti veszteségrész nincs benne, így a számok és intervallumaik alacsonyabbak a beérkezettnél. Az intervallumokat a nyilvánosan ismert zajszintből számítjuk, nem a bejelentésekből, és soha nem mennek nulla alá.
portal-method-consistency = A tagállami számok összege az uniós szám, és minden táblázat összege ugyanaz a végösszeg. A számok egészek, soha nem negatívak, mindegyik nagyjából egyen belül van a torzítatlan becsléstől (ennél messzebb csak ott, ahol szomszédos becslések nulla alá estek); egy tagállam összesítője és ágazatainak összege a zaj mértékéig eltérhet. A nyers, zajos mérések a CSV-fájlokban is megtalálhatók.
portal-method-losses = Minden becsült kár legfeljebb { $bound } euróval számít bele; a nagyobb károk ezzel az összeggel szerepelnek.
portal-method-budget = Felhasznált adatvédelmi keret ebben a negyedévben: ε { $quarter } (felső határ: { $quarter_cap }); a teljes évben ({ $year }): ε { $year_spent } (felső határ: { $year_cap }). Egy negyedév statisztikáit soha nem számítjuk újra nagyobb kerettel.
portal-method-opendp = Számítás: OpenDP { $version }. Az itt használt függvényei a „contrib” részben találhatók, amelyet az OpenDP csapata még nem vizsgált felül; a módszertani fájl minden táblázat mechanizmusát, zajskáláját és keretét felsorolja.
portal-downloads-heading = Letöltések
portal-download-archive = A teljes kiadás egyetlen archívumban ({ $name }), ellenőrzőösszegekkel és aláírással
portal-verify-heading = Kapott fájl ellenőrzése
portal-verify-text = Az archívum tartalmazza a SHA256SUMS fájlt, benne minden fájl ellenőrzőösszegével, valamint a SHA256SUMS.sig fájlt, amely ennek a kiadási kulccsal készült aláírása. Bárki ellenőrizheti a mástól kapott másolatot: mentse egy mappába ennek a webhelynek a keyring.json és keyring.sig fájlját, és futtassa az alábbi parancsot. Ez csak akkor fogadja el a kulcskarikát, ha azt az a kulcs írta alá, amelynek ujjlenyomatát az EUIPO és az Europol közzéteszi, és abból veszi a kiadási kulcsot (lent látható).
portal-verify-key = Kiadási kulcs:
portal-verify-fingerprint = Ujjlenyomat:
portal-tokens-heading = API-tokenek
portal-tokens-lead = A token lehetővé teszi, hogy egy program az adat-API-n keresztül olvassa a kiadásokat (csak olvasás). Minden programnak adjon saját tokent, hogy egyet vissza tudjon vonni anélkül, hogy a többit leállítaná.
portal-token-new-heading = Token létrehozása
portal-token-name = Név
portal-token-name-hint = Mire szolgál a token, pl. „éjszakai importálás”.
portal-token-create = A token létrehozása
portal-token-created = Új tokenje alább látható. Másolja ki most: csak ez egyszer jelenik meg, később nem tekinthető meg újra.
portal-token-use = Minden kérésben a következő formában küldje:
portal-tokens-list-heading = Az Ön tokenjei
portal-tokens-none = Még nincs tokenje.
portal-token-created-on = Létrehozva
portal-token-last-used = Utoljára használva
portal-token-state = Állapot
portal-token-revoke = Visszavonás
portal-token-revoked-on = Visszavonva: { $day }
portal-token-revoked = A token visszavonva: már nem működik.
portal-error-token-name = Adjon a tokennek legfeljebb { $max } karakterből álló nevet.
error-unauthorized = Érvényes API-token szükséges: küldje el az „Authorization: Bearer” fejlécet egy olyan tokennel, amelyet a portálon hoztak létre, és amelyet nem vontak vissza.

# console triage
console-triage-heading = Miről szólnak a bejelentések
console-triage-hint = Oldja fel a kulcsát, hogy lássa, miről szól az egyes bejelentések, és kereshessen, szűrhessen és rendezhessen köztük. A bejelentések ebben a böngészőben kerülnek visszafejtésre; sem azokat, sem a kereséseit nem küldjük el a szervernek.
console-triage-search = Keresés a bejelentések szövegében
console-triage-all = Mind
console-triage-sort = Sorrend
console-triage-sort-newest = A legújabbak elöl
console-triage-sort-oldest = A legrégebbiek elöl
console-triage-sort-deadline = A legközelebbi határidő elöl
console-triage-reset = A keresés és a szűrők törlése
console-triage-col-summary = Bejelentés (a leírás első sora)
console-triage-col-language = Nyelv
console-triage-col-attachments = Mellékletek
console-triage-count = Talált bejelentések: { $shown } / { $total }
console-triage-page = { $page }. oldal / { $pages }
console-triage-pages = A lista oldalai
console-triage-previous = Előző oldal
console-triage-next = Következő oldal
console-triage-none = Egyetlen bejelentés sem felel meg a keresésnek és a szűrőknek.
console-triage-working = A bejelentések visszafejtése…
console-triage-unreadable = Ez a bejelentés nem nyitható meg az Ön kulcsával.
error-summary-entry = { $field }: { $message }
error-field-recipients = Címzettek
error-field-actor-type = Ki állt mögötte
error-field-loss-eur = Becsült veszteség
error-field-jobs-at-risk = Veszélyeztetett munkahelyek
error-field-attachments = Mellékletek
error-field-contact = Kapcsolattartás
error-field-organisation-id = Közösségi adószám vagy LEI
error-field-consent = Megerősítés
console-nav-figures = Mutatók
console-figures-heading = Mutatók a vezetés számára
console-figures-lead = { $body }: csak darabszámok és időtartamok, a szerver által rögzített napokból számítva. Semmi a bejelentések tartalmából.
console-figures-csv = Letöltés CSV-ként
console-figures-received = Beérkezett bejelentések havonta
console-figures-month = Hónap
console-figures-count = Bejelentések
console-figures-timing = Idő a visszaigazolásig és a visszajelzésig
console-figures-step = Lépés
console-figures-done = Elvégezve
console-figures-median = Medián (nap)
console-figures-p90 = 90. percentilis (nap)
console-figures-within = Határidőn belül
console-figures-within-value = { $within }/{ $decided } ({ $percent } %)
console-figures-ack = Visszaigazolás (a beérkezéstől számított 7 napon belül)
console-figures-feedback = Visszajelzés (a visszaigazolástól számított 3 hónapon belül)
console-figures-open = Nyitott ügyek állapot szerint
console-figures-definitions = Visszajelzésnek a visszaigazolás utáni első olyan nap számít, amelyen egy ügyintéző írt a bejelentőnek, vagy az ügy lezárásának napja, amelyik előbb következett be. Medián és percentilis a legközelebbi rang módszerével. Az arányok az elvégzett és a késedelmes lépéseket számolják; a még határidőn belüli ügyeket még nem.
console-assign-heading = Kiosztás
console-assign-label = Kiosztva
console-assign-nobody = Senkinek
console-assign-submit = Kiosztás
console-triage-assigned-me = Nekem kiosztott
console-triage-unassigned = Nincs kiosztva

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Az üzenet nem írható alá: az aláíró kulcsa még nincs az aláírt kulcskarikában. Semmi sem lett elküldve; kérje meg az üzemeltetőt, hogy vegye fel a kulcsát.
console-casefile-heading = Átadandó ügyirat
console-casefile-hint = A böngészőjében készül a megnyitott bejelentésből; semmi sem kerül belőle a szerverre. Az ellenőrzési napló csak magát az exportálást rögzíti: a formátumot, a belefoglalt részeket és a kitakart kifejezések számát.
console-casefile-parts = Belefoglalt részek
console-casefile-part-fields = A bejelentés mezői
console-casefile-part-conversation = Üzenetváltás
console-casefile-part-attachments = Mellékletek SHA-256 értékükkel
console-casefile-part-classification = Besorolás
console-casefile-redact-contact = A bejelentő elérhetőségének és szervezete azonosítójának kitakarása
console-casefile-terms = Kitakarandó nevek és szavak
console-casefile-terms-hint = Soronként egy. Mindegyiket a kitakarás jele váltja fel az egész ügyiratban, kis- és nagybetűtől függetlenül.
console-casefile-download = Az ügyirat letöltése (HTML)
console-casefile-print = Nyomtatás vagy mentés PDF-ként
console-casefile-working = Az ügyirat előkészítése: a mellékletek visszafejtése…
console-casefile-done = Az ügyirat exportálását rögzítettük.
console-casefile-no-parts = Válasszon legalább egy részt.
console-casefile-title = A bejelentés ügyirata
console-casefile-prepared = Készült
console-casefile-marker = [KITAKARVA]
console-casefile-redactions = Kitakarások
console-casefile-redacted-contact = A bejelentő elérhetősége és szervezetének azonosítója
console-casefile-redacted-terms = Az értékelő által megjelölt kifejezések
console-casefile-verified = aláírás ellenőrizve
# --- indicators ---
report-section-indicators = Technikai indikátorok (nem kötelező)
report-indicators-lead = Ha a támadásnak technikai nyomai vannak, sorolja fel őket itt, soronként egy értéket. A bírálók megoszthatják őket a CSIRT-ekkel a támadók blokkolásához.
field-indicator-ip = IP-címek vagy -tartományok
hint-indicator-ip = IPv4 vagy IPv6, vagy CIDR-tartomány: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domainnevek
hint-indicator-domain = Például files.example.com; a nemzetközi nevek xn-- alakban.
field-indicator-url = Webcímek (URL-ek)
hint-indicator-url = A teljes cím, https:// vagy más sémával kezdve.
field-indicator-email = E-mail-címek
hint-indicator-email = Például egy adathalász üzenet feladója.
field-indicator-hash = Fájlkivonatok
hint-indicator-hash = MD5, SHA-1 vagy SHA-256, hexadecimálisan.
field-indicator-file-name = Fájlnevek
hint-indicator-file-name = Csak a név, mappa nélkül: szamla.pdf.exe.
field-indicator-observations = Egyéb technikai megfigyelések
hint-indicator-observations = Bármi más, ami segíthet: eszközök, fiókok, időpontok.
error-indicator-ip = A(z) { $line }. sor nem IP-cím és nem CIDR-tartomány.
error-indicator-domain = A(z) { $line }. sor nem domainnév.
error-indicator-url = A(z) { $line }. sor nem teljes webcím (például https://example.com/utvonal).
error-indicator-email = A(z) { $line }. sor nem e-mail-cím.
error-indicator-hash = A(z) { $line }. sor nem MD5-, SHA-1- vagy SHA-256-kivonat.
error-indicator-file-name = A(z) { $line }. sor nem fájlnév (mappa nélkül, legfeljebb 255 karakter).
error-indicator-count = Ebbe a mezőbe legfeljebb { $max } értéket írjon.
console-indicators-heading = Technikai indikátorok
console-taxii-heading = Küldés TAXII 2.1-gyűjteménybe
console-taxii-hint = A STIX 2.1-csomag a fent választott TLP-szinttel ebből a böngészőből közvetlenül a szervezete TAXII-kiszolgálójára kerül; a címet és a hozzáférési adatokat nem tároljuk.
console-taxii-url = A gyűjtemény címe (/collections/<id>/ végű)
console-taxii-user = Felhasználónév
console-taxii-password = Jelszó
console-taxii-push = Küldés TAXII-ba
console-taxii-done = A csomag bekerült a TAXII-gyűjteménybe.
console-taxii-failed = A TAXII-kiszolgáló elutasította a csomagot, vagy nem volt elérhető. Ellenőrizze a címet és a hozzáférési adatokat, és hogy a kiszolgáló engedi-e ennek a konzolnak az eredetét (CORS).
# --- tags and referral ---
console-tags-heading = Címkék
console-tags-hint = A címkék a szervezete rögzített listájából származnak, amelyet az üzemeltető kezel. A nevüket látja, aki a szervert üzemelteti: jelölésre használja őket, soha ne az ügy tartalmára.
console-tags-none = Ehhez a bejelentéshez nincs címke.
console-tags-field = Címke
console-tags-add = Címke hozzáadása
console-tags-remove = Címke eltávolítása
console-error-tag-unknown = Ez a címke nem szerepel a szervezete listáján. Semmi sem változott.
console-refer-heading = Továbbítás ide: { $body }
console-refer-hint = A bejelentés kulcsát a böngészője lepecsételi a(z) { $body } kulcsaira az ellenőrzött kulcskarikából. Ezután a(z) { $body } a saját postafiókjában látja a bejelentést, a mai naptól számított saját határidőkkel.
console-refer-note = Megjegyzés ide: { $body } (nem kötelező)
console-refer-note-hint = Mindkét szervezet számára lepecsételve, mint egy belső megjegyzés; a bejelentő soha nem látja.
console-refer-tell = A bejelentő tájékoztatása a beszélgetésben
console-refer-message = Üzenet a bejelentőnek
console-refer-message-default = Bejelentését továbbítottuk ide: { $body }, amely szintén foglalkozik vele.
console-refer-submit = Bejelentés továbbítása
console-refer-done = A bejelentést továbbították.
console-referrals-heading = Továbbítások
console-referral-line = Továbbítva: { $from } → { $to }, továbbította: { $who }, { $day }.
console-referral-note = Megjegyzés:
console-triage-referred-from = Továbbította: { $body }
console-error-referral-same = Bejelentést csak a másik szervezethez lehet továbbítani.
console-error-referral-exists = A(z) { $body } már megkapta ezt a bejelentést; nem lett újra továbbítva.
console-error-referral-slots = A lepecsételt kulcsok nem pontosan a(z) { $body } kulcsai a kulcskarikában. Semmi sem lett továbbítva.
# --- security keys (WebAuthn) ---
account-nav-keys = Biztonsági kulcsok
account-keys-heading = Biztonsági kulcsok
account-keys-lead = Egy biztonsági kulcs vagy a telefonján, számítógépén tárolt azonosítókulcs (passkey) bejelentkezéskor helyettesítheti a hitelesítő kódot, és adathalászattal nem szerezhető meg. Többet is hozzáadhat.
account-keys-totp-allowed = Fiókja hitelesítő kóddal is bejelentkezhet.
account-keys-totp-forbidden = Fiókja csak biztonsági kulccsal jelentkezhet be: a hitelesítő kódokat a rendszer elutasítja.
account-keys-list-heading = Az Ön kulcsai
account-keys-none = Még nincs hozzáadott biztonsági kulcs.
account-key-name = A kulcs neve
account-key-name-hint = Például „kék kulcs”, hogy felismerje ebben a listában.
account-key-added-on = Hozzáadva
account-key-last-used = Utoljára használva
account-key-actions = Műveletek
account-key-remove = Eltávolítás
account-key-new-heading = Biztonsági kulcs hozzáadása
account-key-add = A biztonsági kulcs hozzáadása
account-key-touch = Kövesse a böngésző utasításait, és érintse meg a biztonsági kulcsot.
account-key-failed = A biztonsági kulcs nem válaszolt, vagy a kérést megszakították. Próbálja újra.
account-key-needs-js = Biztonsági kulcs hozzáadásához ebben a böngészőben JavaScript szükséges.
account-key-unavailable = Ennek a szervernek a címén biztonsági kulcs nem használható. Forduljon az üzemeltetőhöz.
account-key-added = A biztonsági kulcs hozzáadva.
account-key-removed = A biztonsági kulcs eltávolítva.
account-key-last = Ez az utolsó biztonsági kulcsa, és fiókja nem használhat hitelesítő kódot: mielőtt ezt eltávolítja, adjon hozzá egy másik kulcsot.
account-key-expired = A kérés túl sokáig tartott. Próbálja újra.
account-key-invalid = A biztonsági kulcs válaszát a rendszer nem fogadta el. Próbálja újra.
account-key-duplicate = Ezt a biztonsági kulcsot már hozzáadta.
account-key-too-many = Elérte a biztonsági kulcsok legnagyobb megengedett számát. Előbb távolítson el egyet.
account-error-key-name = Adjon a kulcsnak 1–{ $max } karakteres nevet.
account-key-signin-heading = Használja biztonsági kulcsát
account-key-signin-lead = A jelszó helyes. Erősítse meg a bejelentkezést a biztonsági kulcsával.
account-key-signin-submit = A biztonsági kulcsom használata
account-key-signin-needs-js = A biztonsági kulcshoz ebben a böngészőben JavaScript szükséges.
account-key-signin-back = Bejelentkezés inkább hitelesítő kóddal
account-field-code-key-hint = Ha biztonsági kulcsot használ, hagyja üresen a kódot: a következő lépésben a kulcsot használja.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Értesítések
console-notify-lead = Csak számokat tartalmazó összesítő: új bejelentések, a bejelentők új üzenetei, hamarosan lejáró és lejárt határidők. Soha nem tartalmazza egy bejelentés tartalmát, azonosítóját vagy címét.
console-notify-email = E-mail-cím
console-notify-email-hint = Az összesítőt erre a címre küldjük. Hagyja üresen, ha nem kér e-mailt.
console-notify-webhook = Webhook URL-címe
console-notify-webhook-hint = Ugyanezeket a számokat ide küldjük JSON formátumban (HTTP POST). A címnek https:// kezdetűnek kell lennie. Hagyja üresen, ha nem kéri.
console-notify-frequency = Milyen gyakran
console-notify-off = Soha
console-notify-daily = Naponta
console-notify-weekly = Hetente
console-notify-send-empty = Az összesítő küldése akkor is, ha semmi sem történt
console-notify-send-empty-hint = Így minden alkalommal érkezik összesítő, és megérkezése semmit sem árul el új bejelentésekről.
console-notify-language = Az összesítő nyelve
console-notify-save = Mentés
console-notify-saved = Az értesítési beállításokat mentettük.
console-notify-error-email = E-mail-cím: adjon meg egy teljes címet, például nev@example.eu.
console-notify-error-webhook = Webhook URL-címe: adjon meg egy teljes címet, például https://hooks.example.eu/digest, felhasználónév, jelszó és # nélkül.
console-notify-error-https = Webhook URL-címe: a címnek https:// kezdetűnek kell lennie (http:// csak erre a gépre).
console-notify-error-destination = E-mail-cím: adjon meg egy e-mail-címet vagy egy webhook URL-címet, vagy válassza a „Soha” lehetőséget.
notify-mail-subject = Bejelentési csatorna: az Ön összesítője
notify-mail-intro = Összesítő – { $body }, { $from } és { $through } között. Csak számok: a bejelentések megtekintéséhez jelentkezzen be a konzolba.
notify-mail-new-reports = Új bejelentések: { $count }
notify-mail-new-replies = A bejelentők új üzenetei: { $count }
notify-mail-ack-due = 2 napon belül esedékes visszaigazolások: { $count }
notify-mail-feedback-due = 14 napon belül esedékes visszajelzések: { $count }
notify-mail-ack-overdue = Késésben lévő visszaigazolások: { $count }
notify-mail-feedback-overdue = Késésben lévő visszajelzések: { $count }
notify-mail-nothing = Nincs semmi új és semmi esedékes.
notify-mail-footer = Azért kapja ezt az összesítőt, mert a konzolban (Értesítések) kérte. Ott módosíthatja vagy leállíthatja.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Átvétel visszaigazolva
conversation-acknowledgement-due = Átvétel visszaigazolásának határideje
conversation-feedback-due = Visszajelzés határideje
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Kapcsolódó bejelentések
console-related-hint = Az indikátorok és a szervezetazonosító kulcsolt hash-értékei alapján összevetve, amelyeket a böngészője számít ki: a szerver soha nem lát indikátort. Csak azok a bejelentések jelennek meg, amelyeket a szerve megnyithat.
console-related-none = A szerve egyetlen más bejelentésében sincs ezzel közös indikátor.
console-related-report = { $report } bejelentés
console-related-shares = közös indikátorok: { $count }
console-related-incident = lehet, hogy ugyanaz az incidens (azonos szervezetazonosító)
console-related-refused = A szerver által felajánlott korrelációs kulcs nem az, amelyet az aláírt kulcskarika megnevez: nem használtuk, és semmit sem küldtünk el.
console-related-confirm = E bejelentés megerősítése ismétlődésként
console-related-unavailable = A korreláció még nem érhető el: a kulcskarikában szereplő bejegyzéséhez még nem pecsételtek korrelációs kulcsot.
