### Slovenčina (sk). Same message ids and { $placeholders } as en.ftl (checked by `cargo test -p i18n`).
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Slovenčina
language-switch-label = Jazyk
language-switch-button = Zmeniť jazyk

## Page chrome

site-name = Kanál na oznamovanie krádeží obchodného tajomstva
skip-to-content = Prejsť na hlavný obsah
nav-label = Hlavná ponuka
nav-home = Úvodná stránka
nav-report = Oznámiť krádež
nav-follow-up = Komunikácia k oznámeniu
footer-privacy-notice = Vyhlásenie o ochrane osobných údajov
footer-recipients = Oznámenia sa doručujú úradu EUIPO a Európskemu centru boja proti počítačovej kriminalite (EC3) pri Europole.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day }. { $month ->
        [1] januára
        [2] februára
        [3] marca
        [4] apríla
        [5] mája
        [6] júna
        [7] júla
        [8] augusta
        [9] septembra
        [10] októbra
        [11] novembra
       *[12] decembra
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Oznamovanie kybernetických krádeží obchodného tajomstva
page-title-report = Podanie oznámenia
page-title-follow-up = Komunikácia k vášmu oznámeniu
page-title-privacy = Vyhlásenie o ochrane osobných údajov

## Reporter landing page

home-heading = Oznámte krádež obchodného tajomstva pri kybernetickom útoku
home-intro = Ak bolo obchodné tajomstvo vašej spoločnosti odcudzené prostredníctvom kybernetického útoku, môžete to tu dobrovoľne a dôverne oznámiť úradu EUIPO (Úrad Európskej únie pre duševné vlastníctvo) a Európskemu centru boja proti počítačovej kriminalite (EC3) pri Europole.
home-point-recipients = Sami si vyberiete, kto vaše oznámenie dostane: EUIPO, Europol EC3, alebo obaja.
home-point-encrypted = Vaše oznámenie je zašifrované tak, aby ho mohli čítať iba posudzovatelia subjektov, ktoré si vyberiete. Tento web ho nikdy neuchováva v čitateľnej podobe.
home-point-anonymous = Oznámenie môžete podať bez uvedenia svojho mena alebo názvu svojej spoločnosti.
home-point-receipt = Po odoslaní oznámenia dostanete kód potvrdenia. Starostlivo si ho uschovajte: potrebujete ho na čítanie otázok posudzovateľov a na odpovede na ne a v prípade straty ho nemožno nahradiť.
home-point-statistics = Odpovede, ktoré vyberiete zo zoznamov (napríklad odvetvie a druh útoku), sa používajú aj na štatistiky na úrovni EÚ. Pridáva sa k nim šum, aby nebolo možné identifikovať žiadnu spoločnosť.
home-no-javascript = Formulár funguje aj s vypnutým JavaScriptom (napríklad v najbezpečnejšom režime prehliadača Tor Browser). Vaše oznámenie potom namiesto vášho prehliadača zašifruje server hneď po jeho prijatí, čo predstavuje o niečo slabšiu ochranu.
home-start-button = Podať oznámenie
home-follow-up-heading = Oznámenie ste už odoslali?
home-follow-up-text = Pomocou kódu potvrdenia si môžete prečítať správy od posudzovateľov a odpovedať na ne.
home-follow-up-button = Pokračovať s kódom potvrdenia

## Form: common parts

form-optional = (nepovinné)
form-choose = Vyberte…
# Read by screen readers before each field error.
form-error-prefix = Chyba:
recipient-euipo = EUIPO (Úrad Európskej únie pre duševné vlastníctvo)
recipient-ec3 = Europol EC3 (Európske centrum boja proti počítačovej kriminalite)

## Errors: whole pages

error-page-title = Vyskytla sa chyba
error-bad-request = Požiadavke nebolo možné porozumieť. Vráťte sa, prosím, späť a skúste to znova.
error-not-found = Táto stránka neexistuje. Skontrolujte adresu alebo začnite znova od úvodnej stránky.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Odoslané údaje sú príliš veľké: limit je { $limit }. Odstráňte alebo zmenšite prílohy a skúste to znova.
error-csrf = Z bezpečnostných dôvodov uplynula platnosť tohto formulára a nič sa neuložilo. Znova načítajte stránku a formulár odošlite ešte raz.
error-form-used = Tento formulár už bol odoslaný: vaše hlásenie bolo prijaté raz, s kódom potvrdenia, ktorý sa vtedy zobrazil. Ak chcete podať ďalšie hlásenie, otvorte nový formulár.
error-rate-limited = Príliš veľa pokusov v krátkom čase. Počkajte, prosím, niekoľko minút a skúste to znova.
error-server = Na našej strane sa vyskytla chyba a nič sa neuložilo. Skúste to, prosím, neskôr.
error-unavailable = Služba je dočasne nedostupná. Skúste to, prosím, neskôr.
error-unavailable-title = Dočasne nedostupné
error-database-unavailable = Momentálne nemôžeme ukladať ani čítať oznámenia, preto sa nič neuložilo. Počkajte, prosím, minútu a odošlite oznámenie znova.

## Errors: form fields

error-required = Toto pole je povinné.
error-unknown-choice = Vyberte jednu z možností v zozname.
error-month-format = Zadajte mesiac vo formáte YYYY-MM, napríklad 2026-03.
error-month-future = Mesiac nemôže byť v budúcnosti.
error-month-too-early = Mesiac nemôže byť skôr ako v roku { $year }.
error-detection-before-incident = Mesiac zistenia krádeže nemôže byť skôr ako mesiac, v ktorom sa krádež začala.
error-number-format = Zadajte celé číslo, napríklad 250000.
# { $max } is an amount in euros.
error-loss-too-large = Suma nemôže byť vyššia ako { $max } EUR.
error-jobs-too-large = Počet pracovných miest nemôže byť vyšší ako { $max }.
error-too-long =
    { $max ->
        [one] Text je príliš dlhý: použite najviac { $max } znak.
        [few] Text je príliš dlhý: použite najviac { $max } znaky.
        [many] Text je príliš dlhý: použite najviac { $max } znaku.
       *[other] Text je príliš dlhý: použite najviac { $max } znakov.
    }
error-organisation-id = Zadajte IČ DPH (napríklad DK12345678) alebo kód LEI (20 písmen a číslic) alebo pole nechajte prázdne.
error-recipients = Vyberte aspoň jedného príjemcu: EUIPO, Europol EC3, alebo oboch.
error-consent = Pred odoslaním oznámenia potvrďte súhlas začiarknutím políčka.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Formulár obsahuje { $count } chybu. Opravte ju, prosím, a formulár odošlite znova.
        [few] Formulár obsahuje { $count } chyby. Opravte ich, prosím, a formulár odošlite znova.
        [many] Formulár obsahuje { $count } chyby. Opravte ich, prosím, a formulár odošlite znova.
       *[other] Formulár obsahuje { $count } chýb. Opravte ich, prosím, a formulár odošlite znova.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Odtlačok zväzku kľúčov (porovnajte ho s odtlačkom, ktorý zverejňujú EUIPO a Europol):
error-go-back = Do formulára sa vrátite tlačidlom Späť v prehliadači; vyplnené údaje tam zvyčajne stále budú.
# { $limit } is a number of files.
error-too-many-files = Príliš veľa súborov: priložiť možno najviac { $limit }. Niektoré odstráňte a skúste to znova.

## Page titles (intake)

page-title-confirmation = Oznámenie bolo prijaté
page-title-conversation = Vaše oznámenie

## Landing page: what the server sees

home-server-heading = Čo tento web vidí a čo nie
home-server-cannot = Nemôže čítať vaše oznámenie, prílohy ani správy: pred uložením sú zašifrované pre posudzovateľov a kľúče na ich otvorenie majú iba posudzovatelia.
home-server-can = Vidí, že v určitý deň bolo odoslané oznámenie, ktorému subjektu bolo určené a približne aké je veľké. Nikdy nezaznamenáva vašu IP adresu, váš prehliadač ani presný čas.
home-fingerprint-heading = Overte si, že používate skutočný kanál
home-fingerprint-text = Oznámenia sa šifrujú pre kľúče zo zväzku kľúčov podpísaného offline kľúčom kanála. Jeho odtlačok je uvedený nižšie; EUIPO a Europol zverejňujú rovnaký odtlačok na svojich vlastných webových sídlach.
home-tor-heading = Anonymné oznámenie
home-tor-text = Najvyššiu mieru anonymity dosiahnete, ak použijete prehliadač Tor Browser, nebudete sa súčasne prihlasovať do žiadnej inej služby a pred priložením súborov z nich odstránite mená a metaúdaje (autor, spoločnosť, GPS).

## Report form

report-heading = Oznámenie krádeže obchodného tajomstva
report-lead = Polia označené ako nepovinné môžete nechať prázdne. Všetko, čo napíšete, aj vaše prílohy sa šifrujú pre príjemcov, ktorých si vyberiete.
report-guarantee-server = Bez JavaScriptu vaše oznámenie zašifruje server v pamäti v okamihu prijatia a nikdy ho neuloží v čitateľnej podobe. So zapnutým JavaScriptom ho pred odoslaním zašifruje priamo váš prehliadač.
report-files-dropped = Z bezpečnostných dôvodov sa priložené súbory neuchovávajú, ak sa formulár vráti s chybami. Priložte ich, prosím, znova.
report-section-classification = O incidente
report-section-when = Kedy sa to stalo
report-section-impact = Dosah
report-section-account = Čo sa stalo
report-section-optional = Nepovinné údaje
report-submit = Zašifrovať a odoslať oznámenie
field-recipients = Kto má oznámenie dostať?
hint-recipients = Vyberte jedného alebo oboch. Oznámenie môžu čítať iba posudzovatelia subjektov, ktoré si vyberiete.
field-member-state = Členský štát, v ktorom je vaša spoločnosť usadená
hint-member-state = Používa sa na štatistiky EÚ podľa krajín.
field-sector = Odvetvie vašej spoločnosti
hint-sector = Sekcia NACE vašej hlavnej činnosti.
field-incident-class = Druh incidentu
hint-incident-class = Vyberte možnosť, ktorá najlepšie zodpovedá; posudzovatelia ju môžu opraviť.
field-attack-vector = Ako sa útočníci dostali dnu
hint-attack-vector = Ak to ešte neviete, vyberte „Neznáme“.
field-actor-type = Kto podľa vás za útokom stál?
hint-actor-type = Uveďte svoj najlepší odhad; „Neznáme“ je tiež platná odpoveď.
field-incident-month = Mesiac, v ktorom sa krádež začala
hint-incident-month = Vo formáte YYYY-MM, napríklad 2026-03. Stačí odhad.
field-detection-month = Mesiac, v ktorom bola krádež zistená
hint-detection-month = Vo formáte YYYY-MM.
field-loss-eur = Odhadovaná strata v eurách (nepovinné)
hint-loss-eur = Celé číslo, napríklad 250000. Ak ju neviete odhadnúť, nechajte pole prázdne.
field-jobs-at-risk = Ohrozené pracovné miesta (nepovinné)
hint-jobs-at-risk = Koľko pracovných miest je krádežou ohrozených, ak to viete odhadnúť.
field-what-taken = Čo bolo odcudzené
hint-what-taken = Napríklad: zdrojový kód, návrhy, zoznamy zákazníkov, receptúry, výrobné postupy.
field-narrative = Čo sa stalo
hint-narrative = Opíšte vlastnými slovami útok a jeho odhalenie: dátumy, dotknuté systémy a čo ste odvtedy urobili.
field-attachments = Prílohy (nepovinné)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Počet súborov: najviac { $max_files }; veľkosť každého súboru: najviac { $max_mib } MB. Súbory sa šifrujú už pri prijatí.
field-contact = Ako vás môžu posudzovatelia kontaktovať? (nepovinné)
hint-contact = Ak chcete zostať v anonymite, nechajte pole prázdne: správy si aj tak môžete čítať a odpovedať na ne pomocou kódu potvrdenia.
field-organisation-id = IČ DPH alebo kód LEI spoločnosti (nepovinné)
hint-organisation-id = Nepovinné. Je zašifrované: môžu ho čítať posudzovatelia vybraných orgánov; nikdy sa nezverejňuje. V štatistikách sa z neho stane pseudonym, aby sa vaša spoločnosť počítala najviac raz za štvrťrok a zverejnené čísla chránili hlásenia spoločnosti ako celok (štandardne ε = 1 za štvrťrok, najviac ε = 4 za rok). Bez neho je každé hlásenie chránené samostatne, nie všetky vaše hlásenia spolu.
field-consent = Potvrdzujem, že informácie sú podľa môjho najlepšieho vedomia pravdivé, a súhlasím s ich spracúvaním spôsobom opísaným vo vyhlásení o ochrane osobných údajov.
hint-consent = Oznámenie môžete neskôr stiahnuť tak, že pomocou kódu potvrdenia napíšete posudzovateľom.

## Confirmation

confirmation-heading = Vaše oznámenie bolo prijaté
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Vaše oznámenie bolo zašifrované a odoslané príjemcom: { $recipients }.
confirmation-receipt-heading = Váš kód potvrdenia
confirmation-receipt-text = Tento kód si teraz zapíšte alebo stiahnite. Potrebujete ho na čítanie otázok posudzovateľov a na odpovede na ne.
confirmation-receipt-once = Tento kód sa zobrazí iba raz. Nikto, ani posudzovatelia, vám ho nemôže obnoviť.
confirmation-download = Stiahnuť kód potvrdenia ako textový súbor
confirmation-print = Túto stránku môžete aj vytlačiť: vytlačí sa iba kód a tieto pokyny.
confirmation-guarantee-heading = Ako bolo vaše oznámenie chránené
confirmation-sealed-by-server = Váš prehliadač odoslal oznámenie bez JavaScriptu, preto ho server pri prijatí zašifroval v pamäti. Nikdy nebolo zapísané na disk v čitateľnej podobe.
confirmation-sealed-by-browser = Váš prehliadač oznámenie pred odoslaním zašifroval; server ho nikdy nevidel v čitateľnej podobe.
confirmation-next-heading = Čo bude nasledovať
confirmation-next-text = Posudzovatelia potvrdzujú prijatie oznámení do 7 dní a poskytujú spätnú väzbu do 3 mesiacov. Ich správy si prečítate, keď sa sem vrátite s kódom potvrdenia.
recipients-both = EUIPO a EC3
receipt-file-title = Kód potvrdenia k vášmu oznámeniu podanému prostredníctvom kanála na oznamovanie krádeží obchodného tajomstva
receipt-file-keep = Tento kód uchovávajte v tajnosti a na bezpečnom mieste. Použite ho na stránke kanála určenej na komunikáciu k oznámeniu.

## Follow-up

followup-heading = Komunikácia k vášmu oznámeniu
followup-lead = Zadajte kód potvrdenia, ktorý ste dostali pri odoslaní oznámenia.
followup-receipt-label = Kód potvrdenia
followup-receipt-hint = 24 písmen a číslic, napríklad 7KQM-2XPA-…; na pomlčkách a medzerách nezáleží.
followup-submit = Otvoriť moje oznámenie
followup-wrong-receipt = Tomuto kódu potvrdenia nezodpovedá žiadne oznámenie. Skontrolujte jednotlivé znaky a skúste to znova.

## Conversation

conversation-heading = Vaše oznámenie
conversation-status = Stav
conversation-received = Prijaté dňa
conversation-sealed-by-server = Toto oznámenie zašifroval server pri prijatí (bolo odoslané bez JavaScriptu).
conversation-messages = Správy
conversation-empty = Zatiaľ žiadne správy. Posudzovatelia potvrdzujú prijatie oznámení do 7 dní.
conversation-from-you = Vy
conversation-from-reviewer = Posudzovateľ
conversation-reply-heading = Napísať posudzovateľom
conversation-reply-label = Vaša správa
conversation-reply-submit = Zašifrovať a odoslať správu
conversation-reply-sent = Vaša správa bola zašifrovaná a odoslaná.
conversation-reply-empty = Pred odoslaním napíšte správu alebo priložte súbor.
status-new = Prijaté, prijatie zatiaľ nepotvrdené
status-acknowledged = Prijatie potvrdené
status-in-review = Posudzuje sa
status-information-requested = Posudzovatelia vás požiadali o informácie
status-referred = Postúpené príslušným orgánom
status-closed = Uzavreté

## Privacy notice

privacy-heading = Vyhlásenie o ochrane osobných údajov
privacy-controllers = Oznámenia spracúvajú EUIPO a Europol (EC3), každý z nich oznámenia, ktoré sú mu určené, a to podľa nariadenia (EÚ) 2018/1725, resp. nariadenia (EÚ) 2016/794.
privacy-what-heading = Čo sa spracúva
privacy-what-text = Obsah vášho oznámenia, jeho prílohy a vaše správy sú zašifrované tak, aby ich mohli čítať iba posudzovatelia subjektov, ktoré ste si vybrali. Deň prijatia oznámenia, jeho stav a príjemcovia sa na účely sledovania lehôt uchovávajú v čitateľnej podobe.
privacy-not-heading = Čo sa nikdy nezaznamenáva
privacy-not-text = Vaša IP adresa, váš prehliadač ani presný čas vašich návštev sa nikdy neuchovávajú ani nezaznamenávajú. Na stránkach na podávanie oznámení sa nepoužívajú žiadne súbory cookie.
privacy-statistics-heading = Štatistiky
privacy-statistics-text = Odpovede vybrané zo zoznamov slúžia na štatistiky na úrovni EÚ, zverejňované s diferenciálnym súkromím. Chránená je spoločnosť pod uvedeným IČ DPH alebo LEI: či v štvrťroku hlásila, a čo, zmení pravdepodobnosť akéhokoľvek zverejneného čísla najviac faktorom e^ε v medziach zverejnených s každým vydaním (štandardne ε = 1 za štvrťrok, faktor 2,7, a ε = 4 za kalendárny rok, faktor 55; za viac rokov sa faktory násobia). Hlásenia bez identifikátora sú chránené jednotlivo, takže spoločnosť, ktorá ich pošle viac bez neho, je chránená menej. Čísla sú odhady so šumom, nie presné počty.
privacy-retention-heading = Ako dlho sa oznámenia uchovávajú
privacy-retention-text = Uzavreté oznámenia sa vymažú po uplynutí doby uchovávania, ktorú stanovili subjekty, ktoré ich posudzujú. Zverejnené štatistiky tým nie sú dotknuté.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Rakúsko
member-state-BE = Belgicko
member-state-BG = Bulharsko
member-state-HR = Chorvátsko
member-state-CY = Cyprus
member-state-CZ = Česko
member-state-DK = Dánsko
member-state-EE = Estónsko
member-state-FI = Fínsko
member-state-FR = Francúzsko
member-state-DE = Nemecko
member-state-EL = Grécko
member-state-HU = Maďarsko
member-state-IE = Írsko
member-state-IT = Taliansko
member-state-LV = Lotyšsko
member-state-LT = Litva
member-state-LU = Luxembursko
member-state-MT = Malta
member-state-NL = Holandsko
member-state-PL = Poľsko
member-state-PT = Portugalsko
member-state-RO = Rumunsko
member-state-SK = Slovensko
member-state-SI = Slovinsko
member-state-ES = Španielsko
member-state-SE = Švédsko

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Poľnohospodárstvo, lesníctvo a rybolov
sector-B = Ťažba a dobývanie
sector-C = Priemyselná výroba
sector-D = Dodávka elektriny, plynu, pary a studeného vzduchu
sector-E = Dodávka vody; čistenie a odvod odpadových vôd, odpady a služby odstraňovania odpadov
sector-F = Stavebníctvo
sector-G = Veľkoobchod a maloobchod; oprava motorových vozidiel a motocyklov
sector-H = Doprava a skladovanie
sector-I = Ubytovacie a stravovacie služby
sector-J = Informácie a komunikácia
sector-K = Finančné a poisťovacie činnosti
sector-L = Činnosti v oblasti nehnuteľností
sector-M = Odborné, vedecké a technické činnosti
sector-N = Administratívne a podporné služby
sector-O = Verejná správa a obrana; povinné sociálne zabezpečenie
sector-P = Vzdelávanie
sector-Q = Zdravotníctvo a sociálna pomoc
sector-R = Umenie, zábava a rekreácia
sector-S = Ostatné činnosti
sector-T = Činnosti domácností ako zamestnávateľov; nediferencované činnosti v domácnostiach produkujúcich tovar alebo poskytujúcich služby na vlastné použitie
sector-U = Činnosti extrateritoriálnych organizácií a združení

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Bezpečnosť informácií: neoprávnený prístup k informáciám
incident-class-information-content-security--unauthorised-information-modification = Bezpečnosť informácií: neoprávnená zmena informácií
incident-class-information-content-security--data-loss = Bezpečnosť informácií: strata údajov
incident-class-information-content-security--leak-confidential-information = Bezpečnosť informácií: únik dôverných informácií
incident-class-intrusions--system-compromise = Prienik: ovládnutie systému (servera alebo počítača)
incident-class-intrusions--application-compromise = Prienik: ovládnutie aplikácie
incident-class-intrusions--privileged-account-compromise = Prienik: ovládnutie účtu správcu
incident-class-intrusions--unprivileged-account-compromise = Prienik: ovládnutie bežného používateľského účtu
incident-class-intrusions--burglary = Prienik: fyzické vlámanie
incident-class-information-gathering--social-engineering = Zhromažďovanie informácií: manipulácia s ľuďmi s cieľom vylákať informácie (sociálne inžinierstvo)
incident-class-information-gathering--sniffing = Zhromažďovanie informácií: odpočúvanie sieťovej prevádzky
incident-class-malicious-code--infected-system = Škodlivý kód: infikovaný systém
incident-class-fraud--masquerade = Podvod: vydávanie sa za osobu alebo organizáciu, ktorej dôverujete
incident-class-fraud--phishing = Podvod: phishing (podvodné správy alebo webové stránky na vylákanie hesiel alebo údajov)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hackerský útok: webová aplikácia
attack-vector-hacking--backdoor-or-c2 = Hackerský útok: zadné vrátka (backdoor) alebo kanál na diaľkové ovládanie (C2)
attack-vector-hacking--desktop-sharing = Hackerský útok: vzdialená pracovná plocha alebo zdieľanie obrazovky
attack-vector-hacking--vpn = Hackerský útok: prístup cez VPN
attack-vector-hacking--partner = Hackerský útok: prostredníctvom prístupu partnera (dodávateľa alebo poskytovateľa služieb)
attack-vector-hacking--command-shell = Hackerský útok: príkazový riadok (shell)
attack-vector-malware--email-attachment = Malvér: príloha e-mailu
attack-vector-malware--email-link = Malvér: odkaz v e-maile
attack-vector-malware--web-download = Malvér: stiahnutie z webovej stránky
attack-vector-malware--software-update = Malvér: aktualizácia softvéru
attack-vector-malware--direct-install = Malvér: nainštalovaný priamo útočníkom
attack-vector-malware--network-propagation = Malvér: šírenie sieťou
attack-vector-social--email = Sociálne inžinierstvo: e-mail
attack-vector-social--phone = Sociálne inžinierstvo: telefonický hovor
attack-vector-social--in-person = Sociálne inžinierstvo: osobný kontakt
attack-vector-social--website = Sociálne inžinierstvo: webová stránka
attack-vector-social--sms = Sociálne inžinierstvo: textová správa (SMS)
attack-vector-misuse--lan-access = Zneužitie internou osobou: prístup z internej siete
attack-vector-misuse--physical-access = Zneužitie internou osobou: fyzický prístup
attack-vector-misuse--remote-access = Zneužitie internou osobou: vzdialený prístup
attack-vector-misuse--non-corporate = Zneužitie internou osobou: mimo firemných systémov (súkromný e-mail, súkromné zariadenia alebo siete)
attack-vector-unknown = Neznáme alebo zatiaľ nezistené

## Categories: actor types

actor-type-competitor = Konkurent
actor-type-nation-state = Štátny aktér (zahraničná vláda alebo jej zložky)
actor-type-organised-crime = Organizovaná trestná činnosť
actor-type-insider = Interná osoba (súčasný zamestnanec alebo zmluvný pracovník)
actor-type-former-employee = Bývalý zamestnanec
actor-type-unknown = Neznáme

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript je zapnutý: váš prehliadač zašifruje oznámenie a prílohy pre vybraných príjemcov skôr, ako sa čokoľvek odošle. Server vždy dostane iba zašifrované údaje.
js-status-checking = Kontrola formulára a kľúčov posudzovateľov…
js-status-encrypting = Šifrovanie oznámenia a príloh v tomto prehliadači…
js-status-proof-of-work = Príprava na odoslanie (krátky výpočet, ktorý chráni kanál pred automatizovaným spamom)…
js-status-sending = Odosielanie zašifrovaného oznámenia…
js-error-keyring = Kľúče posudzovateľov nebolo možné overiť: zväzok kľúčov nie je podpísaný kľúčom, ktorého odtlačok je uvedený na tejto stránke. Nič sa neodoslalo. Neodosielajte oznámenie z tejto stránky; obráťte sa na EUIPO alebo Europol prostredníctvom ich oficiálnych webových sídiel.
js-error-network = Oznámenie nebolo možné odoslať, pretože zlyhalo pripojenie. Nič sa neuložilo. Skontrolujte pripojenie a skúste to znova.
js-error-crypto = Váš prehliadač nemohol oznámenie zašifrovať, preto sa nič neodoslalo. Skúste to znova alebo vypnite JavaScript a odošlite formulár bez neho.
js-error-file = Priložený súbor nebolo možné prečítať. Skontrolujte, či ešte existuje, priložte ho znova a skúste to ešte raz.
js-error-kept = Vaše odpovede a priložené súbory zostávajú vo formulári.
js-retry = Skúsiť znova
js-print = Vytlačiť kód potvrdenia

## Reviewer console (/console/)

console-name = Konzola posudzovateľov
console-nav-inbox = Doručené oznámenia
console-logout = Odhlásiť sa
console-logout-everywhere = Odhlásiť sa na všetkých zariadeniach
console-go-to-login = Prejsť na prihlasovaciu stránku
console-refused-heading = Požiadavka bola zamietnutá
console-login-heading = Prihlásenie do konzoly posudzovateľov
console-login-submit = Prihlásiť sa
console-field-name = Používateľské meno
console-field-password = Heslo
console-field-code = Kód z overovacej aplikácie
console-field-code-hint = Šesťmiestny kód, ktorý vaša overovacia aplikácia práve zobrazuje. Každý kód možno použiť iba raz.
console-notice-expired = Vaša relácia skončila. Prihláste sa, prosím, znova.
console-notice-logged-out = Boli ste odhlásení.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nesprávne meno, heslo alebo kód. Skúste to, prosím, znova; po mnohých neúspešných pokusoch počkajte pred ďalším minútu.
console-error-csrf = Tento formulár nebolo možné prijať, pretože jeho bezpečnostný token chýba, je nesprávny alebo pochádza z inej relácie. Nič sa nezmenilo. Znova načítajte stránku a skúste to ešte raz.
error-cross-site = Tento formulár bol odoslaný z inej webovej lokality, preto bol odmietnutý a nič sa nezmenilo. Otvorte stránku na tejto lokalite a formulár odošlite odtiaľ.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Stránky
pager-previous = Predchádzajúca strana
pager-next = Nasledujúca strana
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Strana { $page } z { $pages }
error-method-not-allowed = Táto adresa tento druh požiadavky neprijíma.
error-headers-too-large = Požiadavka obsahovala príliš veľa údajov v hlavičkách a bola odmietnutá. Vymažte súbory cookie tejto lokality a skúste to znova.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Textové pole je príliš dlhé: limit je { $limit } na pole. Skráťte text a odošlite ho znova.
followup-unsent-label = Vaša odpoveď (neodoslaná)
followup-unsent-hint = Nebola odoslaná, pretože potvrdenie nebolo rozpoznané. Skopírujte ju, znova sa prihláste svojím potvrdením a odošlite ju zo svojej konverzácie.
console-enrol-heading = Nastavenie konta posudzovateľa
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Vitajte, { $name } ({ $body }). Zvoľte si prihlasovacie heslo a nastavte aplikáciu na generovanie kódov. Tento odkaz funguje iba raz.
console-enrol-password-heading = 1. Prihlasovacie heslo
console-field-new-password = Nové heslo
console-field-confirm-password = Zopakujte heslo
# { $min } is a number of characters.
console-enrol-password-hint = Minimálny počet znakov: { $min }. Najľahšie si zapamätáte heslo zložené z niekoľkých slov.
console-enrol-totp-heading = 2. Overovacia aplikácia
console-enrol-totp-scan = Naskenujte tento QR kód overovacou aplikáciou (časovo obmedzené kódy, TOTP).
console-enrol-totp-secret = Ak ho nemôžete naskenovať, zadajte do aplikácie tento kľúč:
console-enrol-code-hint = Na dokončenie zadajte šesťmiestny kód, ktorý aplikácia teraz zobrazuje.
console-enrol-submit = Dokončiť nastavenie
console-enrol-done = Vaše konto je pripravené. Teraz sa môžete prihlásiť svojím menom, heslom a kódom z overovacej aplikácie.
console-enrol-fingerprint = Odtlačok vášho kľúča je { $fingerprint }. Váš kľúč sa použije až potom, ako ho prevádzkovateľ pridá do zväzku kľúčov: prevádzkovateľ vás požiada, aby ste mu tento odtlačok prečítali telefonicky alebo osobne, a kľúč pridá, len ak sa zhoduje.
console-error-enrol-link = Tento registračný odkaz nie je platný: už bol použitý, uplynula jeho platnosť alebo bol nesprávne zadaný. Požiadajte prevádzkovateľa o nový odkaz.
console-error-password-short = Heslo je príliš krátke: minimálny počet znakov je { $min }.
console-error-password-mismatch = Heslá sa nezhodujú. Do oboch polí zadajte rovnaké heslo.
console-error-enrol-code = Kód nie je správny. Skontrolujte, či bola aplikácia nastavená pomocou uvedeného kľúča a či sú hodiny vo vašom zariadení nastavené správne, a potom zadajte kód, ktorý sa teraz zobrazuje.
console-inbox-heading = Doručené oznámenia
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] vašej organizácii je určené jedno oznámenie.
    [few] vašej organizácii sú určené { $count } oznámenia.
    [many] vašej organizácii je určené { $count } oznámenia.
   *[other] vašej organizácii je určených { $count } oznámení.
}
console-inbox-empty = Vašej organizácii zatiaľ nebolo určené žiadne oznámenie.
console-inbox-col-report = Oznámenie
console-inbox-col-received = Prijaté (deň)
console-inbox-col-status = Stav
console-inbox-col-sealed-by = Zašifroval
console-status-new = Nové
console-status-acknowledged = Prijatie potvrdené
console-status-in-review = Posudzuje sa
console-status-information-requested = Vyžiadané informácie
console-status-referred = Postúpené
console-status-closed = Uzavreté
console-sealed-by-browser = Prehliadač oznamovateľa
console-sealed-by-server = Server (odoslané bez JavaScriptu: slabšia záruka)
console-inbox-col-deadline = Najbližšia lehota (smernica 2019/1937)
console-inbox-col-action = Zmena stavu
console-deadline-acknowledgement = Potvrdenie prijatia do { $day }
console-deadline-feedback = Spätná väzba do { $day }
console-deadline-overdue = Po lehote
console-deadline-due-soon = Lehota čoskoro uplynie
console-deadline-none = Žiadna (uzavreté)
console-deadline-counts = Lehoty: po lehote { $overdue }, lehota uplynie do 2 dní { $soon }.
console-status-change-label = Nový stav
console-status-change-submit = Zmeniť
console-status-final = Uzavreté: ďalšie zmeny nie sú možné
console-transition-refused-heading = Zmena stavu bola zamietnutá
console-error-transition = Oznámenie nemôže prejsť zo stavu „{ $from }“ do stavu „{ $to }“. Nič sa nezmenilo. Vyberte jeden zo stavov ponúkaných v prehľade doručených oznámení.
console-back-to-inbox = Späť na doručené oznámenia

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Kľúč na čítanie oznámení
console-enrol-needs-js = Na čítanie oznámení je potrebný prehliadač s JavaScriptom: váš osobný kľúč na čítanie oznámení sa vytvára a uzamyká vo vašom prehliadači, nikdy na serveri. Ak chcete dokončiť nastavenie konta, zapnite JavaScript alebo použite iný prehliadač.
console-enrol-key-explain = Váš prehliadač teraz vytvorí váš osobný kľúč na čítanie oznámení a uzamkne ho heslom na odomknutie. Zvoľte heslo, ktoré sa líši od vášho prihlasovacieho hesla. Kľúč nikdy neopustí tento prehliadač: ak heslo na odomknutie zabudnete, prevádzkovateľ vám musí nastaviť nový kľúč.
console-field-unlock-passphrase = Heslo na odomknutie
console-field-unlock-passphrase-confirm = Zopakujte heslo na odomknutie
console-enrol-unlock-hint = Minimálny počet znakov: { $min }; nesmie ísť o vaše prihlasovacie heslo.
console-error-unlock-short = Heslo na odomknutie je príliš krátke: minimálny počet znakov je { $min }.
console-error-unlock-mismatch = Heslá na odomknutie sa nezhodujú. Do oboch polí zadajte rovnaké heslo.
console-error-unlock-same = Heslo na odomknutie sa musí líšiť od vášho prihlasovacieho hesla: prihlasovacie heslo sa odosiela na server, heslo na odomknutie nikdy.
console-enrol-key-working = Vytváranie a uzamykanie kľúča. Potrvá to niekoľko sekúnd…
console-error-key-failed = Váš prehliadač nemohol vytvoriť kľúč. Znova načítajte stránku a skúste to ešte raz.
console-error-enrol-key = Na čítanie oznámení je potrebný prehliadač s JavaScriptom a tento formulár prišiel bez kľúča, ktorý vytvára váš prehliadač. Zapnite JavaScript, znova načítajte stránku a skúste to ešte raz.

## Reviewer console: reading a report
console-report-heading = Oznámenie
console-report-bodies = Príjemcovia
console-report-needs-js = Na čítanie oznámení je potrebný prehliadač s JavaScriptom: oznámenie sa dešifruje vo vašom prehliadači vaším kľúčom, nikdy na serveri.
console-report-no-key = Vaše konto nemá kľúč na čítanie oznámení. Požiadajte prevádzkovateľa o nový registračný odkaz.
console-unlock-heading = Odomknutie kľúča
console-unlock-hint = Heslo na odomknutie sa používa iba na tejto stránke a nikdy sa neodosiela. Pri otvorení inej stránky ho budete potrebovať znova.
console-unlock-submit = Odomknúť a otvoriť oznámenie
console-unlock-working = Odomykanie kľúča a otváranie oznámenia…
console-error-unlock-wrong = Heslo na odomknutie nie je správne. Nič sa neotvorilo. Skúste to znova.
console-error-open-failed = Toto oznámenie nemožno otvoriť vaším kľúčom. Mohlo byť odoslané skôr, ako bol váš kľúč pridaný do zväzku kľúčov; prístup vám môže udeliť kolega, ktorý ho môže čítať.
console-error-keyring = Kľúče posudzovateľov nebolo možné overiť: zväzok kľúčov nie je podpísaný kľúčom, s ktorého odtlačkom bol tento server spustený. Nič sa neodoslalo.
console-error-keyring-rollback = Tento zväzok kľúčov je starší (nižšie poradové číslo) ako zväzok, ktorý tento prehliadač už videl od toho istého podpisového kľúča: môže ísť o starý zväzok vrátený na použitie odstráneného kľúča. Nič sa neotvorilo ani neodoslalo. Informujte prevádzkovateľa.
console-error-network = Pripojenie zlyhalo. Nič sa neodoslalo. Skontrolujte pripojenie a skúste to znova.
console-report-fields-heading = Čo oznamovateľ zaslal
console-report-field-member-state = Členský štát
console-report-field-sector = Odvetvie
console-report-field-incident-class = Druh incidentu
console-report-field-attack-vector = Vektor útoku
console-report-field-actor-type = Predpokladaný páchateľ
console-report-field-incident-month = Mesiac, v ktorom sa krádež začala
console-report-field-detection-month = Mesiac, v ktorom bola krádež zistená
console-report-field-loss-eur = Odhadovaná strata
console-report-field-jobs-at-risk = Ohrozené pracovné miesta
console-report-field-what-taken = Čo bolo odcudzené
console-report-field-narrative = Čo sa stalo
console-report-field-contact = Kontakt
console-report-field-organisation-id = IČ DPH alebo kód LEI
console-report-empty = (neuvedené)
console-report-attachments-heading = Prílohy
console-report-attachments-none = Žiadne prílohy.
console-attachment-save = Dešifrovať a uložiť
console-attachment-working = Dešifrovanie…
console-error-attachment = Prílohu nebolo možné dešifrovať: je poškodená alebo neúplná. Nič sa neuložilo.
console-thread-heading = Komunikácia s oznamovateľom
console-thread-empty = Zatiaľ žiadne správy.
console-thread-from-reporter = Oznamovateľ
console-thread-from-reviewer = Posudzovateľ
console-thread-note = Interná poznámka
console-thread-unreadable = (túto správu nemožno vaším kľúčom otvoriť)
envelope-mismatch = Táto obálka patrí k inému oznámeniu alebo je iného druhu; nezobrazuje sa.
conversation-from-signed = Od { $name } (podpis overený)
conversation-from-channel = Automatické oznámenie oznamovacieho kanála
message-bad-signature = Táto správa sa nezobrazuje: tvrdí, že pochádza od posudzovateľa, ale jej podpis chýba alebo nezodpovedá žiadnemu kľúču posudzovateľa v podpísanom zväzku kľúčov. Môže byť sfalšovaná; nekonajte podľa nej.
console-ack-heading = Potvrdenie prijatia oznámenia
console-ack-label = Potvrdenie pre oznamovateľa
console-ack-default = Ďakujeme za vaše oznámenie. Dostali sme ho a posúdime ho. Ak budeme mať otázky, nájdete ich tu.
console-ack-submit = Potvrdiť a odoslať
console-message-heading = Správa oznamovateľovi
console-message-label = Vaša správa
console-message-hint = Šifruje sa vo vašom prehliadači pre oznamovateľa a posudzovateľov tohto oznámenia. Oznamovateľ si ju prečíta pomocou svojho kódu potvrdenia.
console-message-submit = Odoslať oznamovateľovi
console-note-heading = Interná poznámka
console-note-label = Vaša poznámka
console-note-hint = Šifruje sa vo vašom prehliadači iba pre posudzovateľov z vašej organizácie. Oznamovateľ ju nikdy neuvidí.
console-note-submit = Pridať poznámku
console-error-message-empty = Najprv napíšte správu (najviac 20 000 znakov).
console-sending = Šifrovanie a odosielanie…
console-sent = Odoslané.
console-grants-heading = Prístup pre kolegov
console-grants-hint = Kolegovia z vašej organizácie, ktorých kľúče boli pridané do zväzku kľúčov až po prijatí tohto oznámenia, ho nemôžu čítať. Váš prehliadač im môže udeliť prístup tým, že kľúč oznámenia zašifruje ich kľúčom.
console-grants-none = Toto oznámenie môžu čítať všetci posudzovatelia z vašej organizácie, ktorí sú vo zväzku kľúčov.
console-grant-submit = Udeliť prístup
console-grant-done = Prístup bol udelený.
console-error-grant-exists = Tento kolega už toto oznámenie môže čítať.
console-classify-heading = Overená klasifikácia na štatistické účely
console-classify-hint = Opravte štruktúrované polia alebo označte oznámenie ako duplicitné či ako nepatriace do rozsahu pôsobnosti. Váš prehliadač zašifruje opravený záznam iba pre anonymizačný modul; ten v štatistikách nahradí záznam oznamovateľa. Opis udalosti a kontaktné údaje nikdy nie sú jeho súčasťou.
console-classify-status = Posúdenie oznámenia
console-classify-valid = Platné
console-classify-duplicate = Duplikát iného oznámenia
console-classify-out-of-scope = Mimo rozsahu pôsobnosti
console-classify-submit = Uložiť overenú klasifikáciu
console-classify-done = Overená klasifikácia bola zašifrovaná a uložená.
console-error-classify = Skontrolujte klasifikáciu: mesiac musí spadať do obdobia od roku 1990 do štvrťroka, v ktorom oznámenie prišlo, a strata a počet pracovných miest musia byť celé čísla v stanovených medziach. Nič sa neuložilo.
console-error-classify-unsigned = Klasifikáciu nemožno podpísať: váš podpisový kľúč ešte nie je v podpísanej zbierke kľúčov. Nič sa neuložilo; požiadajte prevádzkovateľa o pridanie kľúča.
console-export-heading = Export pre EC3 a tímy CSIRT
console-export-hint = Váš prehliadač zostaví súbor z dešifrovaného oznámenia: klasifikáciu, údaje o tom, čo bolo odcudzené, a opis udalosti, nikdy však kontaktné údaje oznamovateľa ani identifikátor organizácie. Každý export sa zaznamenáva do denníka auditu.
console-export-tlp = Označenie TLP (Traffic Light Protocol)
console-export-stix = Exportovať balík STIX 2.1
console-export-misp = Exportovať udalosť MISP
console-export-done = Export bol zaznamenaný a uložený.

## Data portal (/portal/) and data API

portal-name = Štatistiky krádeží obchodného tajomstva – dátový portál
portal-nav-releases = Vydania
portal-nav-tokens = Tokeny API
portal-refused-heading = Nevykonané
portal-enrol-heading = Nastavenie konta na portáli
portal-error-enrol-link = Tento registračný odkaz nie je platný: už bol použitý, uplynula jeho platnosť alebo bol nesprávne zadaný. Požiadajte prevádzkovateľa o nový.
portal-enrol-lead = Konto { $name } pre príslušné orgány ({ $country }). Zvoľte si heslo a nastavte overovaciu aplikáciu.
portal-enrol-submit = Dokončiť nastavenie
portal-enrol-done = Vaše konto je pripravené. Prihláste sa svojím menom, heslom a kódom z overovacej aplikácie.
portal-login-heading = Prihlásenie do dátového portálu
portal-releases-heading = Vydania
portal-releases-lead = Prihlásený používateľ: { $name } ({ $country }). Každé vydanie obsahuje štatistiky EÚ za jeden štvrťrok chránené diferenciálnym súkromím.
portal-releases-none = Zatiaľ nebolo zverejnené žiadne vydanie.
portal-releases-caption = Zverejnené vydania, od najnovšieho štvrťroka
portal-col-period = Štvrťrok
portal-col-date = Zverejnené dňa
portal-col-epsilon = Vyčerpaný rozpočet súkromia (ε)
portal-col-status = Stav
portal-col-release = Vydanie
portal-status-published = Zverejnené
portal-release-heading = Štatistiky za { $period }
portal-release-intervals-hint = Každý pruh zobrazuje zverejnenú hodnotu; úsečka cez neho zobrazuje interval 95 %, ktorý sa vykresľuje od nuly, ak siaha pod nulu. Pod každým grafom je tabuľka s jeho hodnotami.
portal-summary-reports = Oznámenia v EÚ
portal-summary-truncated = Vynechané oznámenia (viac ako k na organizáciu)
portal-summary-loss = Odhadované straty v EÚ
portal-chart-quarter = Oznámenia podľa štvrťrokov
portal-chart-quarter-note = Štvrťrok tohto vydania je zvýraznený.
portal-chart-state-quarter = Hlásenia vo vašom členskom štáte podľa štvrťrokov
portal-chart-series = { $category }: hlásenia podľa štvrťrokov
portal-chart-series-note = Odvetvie alebo vektor útoku s najviac hláseniami v tomto vydaní; dátové API poskytuje všetky odvetvia a vektory útoku podľa štvrťrokov.
portal-chart-sector = Oznámenia podľa odvetví (NACE)
portal-chart-attack-vector = Oznámenia podľa vektora útoku
portal-chart-member-state = Oznámenia podľa členských štátov
portal-chart-yours = (zvýraznené)
portal-chart-highlight = Zvýraznené a označené: { $country }.
portal-chart-desc = Vodorovný pruhový graf s { $count ->
        [one] jednou kategóriou
        [few] { $count } kategóriami
        [many] { $count } kategórie
       *[other] { $count } kategóriami
    }, každá s intervalom 95 %. Najvyššia hodnota: { $top }, { $value }. Tabuľka pod grafom obsahuje všetky hodnoty.
portal-chart-show-table = Zobraziť hodnoty v tabuľke
portal-chart-table-caption = { $chart }: zverejnené hodnoty a intervaly 95 %
portal-col-category = Kategória
portal-col-value = Zverejnená hodnota
portal-col-interval = Interval 95 %
portal-method-heading = Ako boli tieto údaje vytvorené
portal-method-promise = Čísla sú diferenciálne súkromné. Chránenou jednotkou sú hlásenia jednej organizácie v štvrťroku: či hlásila alebo nie, a čo, každé zverejnené číslo by bolo takmer rovnako pravdepodobné. „Takmer“ určuje rozpočet súkromia ε = { $epsilon } tohto vydania: žiadny výsledok sa kvôli hláseniam jednej organizácie v tomto štvrťroku nestane viac ako { $factor }-krát pravdepodobnejším. Vydania kalendárneho roka spotrebujú spolu najviac ε = { $year_cap }, za rok je teda faktor najviac { $year_factor }; za viac rokov sa faktory násobia.
portal-method-unit = Organizácia sa rozpoznáva podľa uvedeného IČ DPH alebo LEI (zapísaného v jednotnej podobe a prevedeného na pseudonym, ktorý vie vypočítať len anonymizátor); za štvrťrok sa počíta najviac { $k } jej hlásení. Rozpoznáva sa len podľa tohto identifikátora: organizácia, ktorá v jednom hlásení uvedie IČ DPH a v inom LEI, alebo ktorej dcérske spoločnosti hlásia osobitne, sa počíta ako viaceré. Hlásenie bez identifikátora je chránené samo osebe: organizácia, ktorá pošle viac hlásení bez neho, je chránená pre každé hlásenie, nie pre všetky spolu.
portal-method-truncation = Asi { $dropped } hlásení (asi { $share } % všetkých) bolo vynechaných, pretože ich organizácia v štvrťroku hlásila viac ako { $k }-krát. Toto číslo samo obsahuje šum a počíta najviac { $k } na organizáciu; skutočný počet je vyšší. Ktoré hlásenia zostali, rozhodla náhoda, nie ich obsah.
portal-method-noise = Do každej bunky každej tabuľky sa pridal náhodný šum, a to aj do buniek s nulovou hodnotou; žiadna bunka sa neskrýva pre to, že má malú hodnotu. Malý údaj preto môže byť len šumom.
portal-method-intervals = 95 % intervaly ukazujú, o koľko mohol šum číslo posunúť: obsahujú nameranú hodnotu najmenej asi v 95 prípadoch zo 100. Nameraná hodnota je hodnota ponechaných hlásení, s každou stratou obmedzenou stropom; vynechané hlásenia a časť strát nad stropom v nej nie sú, takže čísla a ich intervaly sú nižšie ako to, čo bolo prijaté. Intervaly sa počítajú z verejne známej úrovne šumu, nie z hlásení, a nikdy nesiahajú pod nulu.
portal-method-consistency = Čísla členských štátov dávajú v súčte čísla EÚ a každá tabuľka dáva rovnaký celkový súčet. Čísla sú celé, nikdy záporné, každé zhruba do jedna od nestranného odhadu (ďalej len tam, kde susedné odhady klesli pod nulu); celkový počet členského štátu a súčet jeho odvetví sa môžu líšiť o šum. Surové merania so šumom sú aj v súboroch CSV.
portal-method-losses = Každá odhadovaná strata sa započítava najviac do výšky { $bound } EUR; vyššie straty sa započítavajú touto sumou.
portal-method-budget = Tento štvrťrok vyčerpal ε { $quarter } zo svojho limitu { $quarter_cap }; rok { $year } vyčerpal ε { $year_spent } z { $year_cap }. Štatistiky za štvrťrok sa nikdy znova nepočítajú s vyšším rozpočtom.
portal-method-opendp = Vypočítané pomocou OpenDP { $version }. Funkcie, ktoré sa tu používajú, patria do jeho oblasti „contrib“, ktorú tím OpenDP zatiaľ nepreveril; súbor s metodikou uvádza pre každú tabuľku mechanizmus, mierku šumu a rozpočet.
portal-downloads-heading = Na stiahnutie
portal-download-archive = Celé vydanie v jednom archíve ({ $name }) s kontrolnými súčtami a podpisom
portal-verify-heading = Overenie prijatého súboru
portal-verify-text = Archív obsahuje súbor SHA256SUMS s kontrolným súčtom každého súboru a súbor SHA256SUMS.sig s jeho podpisom kľúčom vydania. Ktokoľvek môže overiť kópiu, ktorú dostal od niekoho iného: uložte súbory keyring.json a keyring.sig z tejto stránky do priečinka a spustite príkaz nižšie. Ten zväzku kľúčov dôveruje, len ak je podpísaný kľúčom, ktorého odtlačok zverejňujú EUIPO a Europol, a kľúč vydania (uvedený nižšie) prevezme z neho.
portal-verify-key = Kľúč vydania:
portal-verify-fingerprint = Odtlačok:
portal-tokens-heading = Tokeny API
portal-tokens-lead = Token umožňuje programu čítať vydania prostredníctvom dátového rozhrania API (iba na čítanie). Každému programu prideľte vlastný token, aby ste mohli jeden zrušiť bez toho, aby ste zastavili ostatné.
portal-token-new-heading = Vytvorenie tokenu
portal-token-name = Názov
portal-token-name-hint = Na čo token slúži, napr. „nočný import“.
portal-token-create = Vytvoriť token
portal-token-created = Váš nový token je uvedený nižšie. Skopírujte si ho teraz: zobrazuje sa iba tentoraz a neskôr ho už nebude možné zobraziť.
portal-token-use = Odosielajte ho s každou požiadavkou v tvare:
portal-tokens-list-heading = Vaše tokeny
portal-tokens-none = Zatiaľ nemáte žiadne tokeny.
portal-token-created-on = Vytvorené dňa
portal-token-last-used = Naposledy použité dňa
portal-token-state = Stav
portal-token-revoke = Zrušiť
portal-token-revoked-on = Zrušené dňa { $day }
portal-token-revoked = Token je zrušený: už nefunguje.
portal-error-token-name = Zadajte názov tokenu (maximálny počet znakov: { $max }).
error-unauthorized = Vyžaduje sa platný token API: odošlite hlavičku „Authorization: Bearer“ s tokenom vytvoreným na portáli, ktorý nebol zrušený.

# console triage
console-triage-heading = O čom sú hlásenia
console-triage-hint = Odomknite svoj kľúč, aby ste videli, o čom je každé hlásenie, a mohli ich vyhľadávať, filtrovať a triediť. Hlásenia sa dešifrujú v tomto prehliadači; ani ony, ani vaše vyhľadávania sa neposielajú na server.
console-triage-search = Hľadať v texte hlásení
console-triage-all = Všetky
console-triage-sort = Poradie
console-triage-sort-newest = Najnovšie prvé
console-triage-sort-oldest = Najstaršie prvé
console-triage-sort-deadline = Najbližšia lehota prvá
console-triage-reset = Vymazať vyhľadávanie a filtre
console-triage-col-summary = Hlásenie (prvý riadok opisu)
console-triage-col-language = Jazyk
console-triage-col-attachments = Prílohy
console-triage-count = Nájdené hlásenia: { $shown } z { $total }
console-triage-page = Strana { $page } z { $pages }
console-triage-pages = Strany zoznamu
console-triage-previous = Predchádzajúca strana
console-triage-next = Nasledujúca strana
console-triage-none = Vyhľadávaniu a filtrom nezodpovedá žiadne hlásenie.
console-triage-working = Dešifrovanie hlásení…
console-triage-unreadable = Toto hlásenie sa nedá otvoriť vaším kľúčom.
error-summary-entry = { $field }: { $message }
error-field-recipients = Príjemcovia
error-field-actor-type = Kto za tým stál
error-field-loss-eur = Odhadovaná strata
error-field-jobs-at-risk = Ohrozené pracovné miesta
error-field-attachments = Prílohy
error-field-contact = Kontakt
error-field-organisation-id = IČ DPH alebo LEI
error-field-consent = Potvrdenie
console-nav-figures = Ukazovatele
console-figures-heading = Ukazovatele pre vedenie
console-figures-lead = { $body }: iba počty a trvania, vypočítané z dní, ktoré server zaznamenáva. Nič z obsahu hlásení.
console-figures-csv = Stiahnuť ako CSV
console-figures-received = Prijaté hlásenia podľa mesiacov
console-figures-month = Mesiac
console-figures-count = Hlásenia
console-figures-timing = Čas do potvrdenia prijatia a do spätnej väzby
console-figures-step = Krok
console-figures-done = Vykonané
console-figures-median = Medián (dni)
console-figures-p90 = 90. percentil (dni)
console-figures-within = V lehote
console-figures-within-value = { $within } z { $decided } ({ $percent } %)
console-figures-ack = Potvrdenie prijatia (do 7 dní od prijatia)
console-figures-feedback = Spätná väzba (do 3 mesiacov od potvrdenia)
console-figures-open = Otvorené prípady podľa stavu
console-figures-definitions = Spätnou väzbou je prvý deň po potvrdení prijatia, keď posudzovateľ napísal oznamovateľovi, alebo deň uzavretia prípadu, podľa toho, čo nastalo skôr. Medián a percentil metódou najbližšieho poradia. Podiely zahŕňajú vykonané kroky a kroky po lehote; prípady, ktoré sú ešte v lehote, sa zatiaľ nezapočítavajú.
console-assign-heading = Pridelenie
console-assign-label = Pridelené
console-assign-nobody = Nikomu
console-assign-submit = Prideliť
console-triage-assigned-me = Pridelené mne
console-triage-unassigned = Nepridelené

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Správu nemožno podpísať: váš podpisový kľúč ešte nie je v podpísanej zbierke kľúčov. Nič sa neodoslalo; požiadajte prevádzkovateľa o pridanie kľúča.
console-casefile-heading = Spis na odovzdanie
console-casefile-hint = Zostaví sa vo vašom prehliadači z otvoreného oznámenia; nič z neho sa neodosiela na server. Do denníka auditu sa zapisuje len samotný export: formát, zahrnuté časti a počet začiernených výrazov.
console-casefile-parts = Zahrnuté časti
console-casefile-part-fields = Údaje oznámenia
console-casefile-part-conversation = Konverzácia
console-casefile-part-attachments = Prílohy s ich SHA-256
console-casefile-part-classification = Klasifikácia
console-casefile-redact-contact = Začierniť kontaktné údaje oznamovateľa a identifikátor organizácie
console-casefile-terms = Mená a slová na začiernenie
console-casefile-terms-hint = Jedno na riadok. Každé sa v celom spise nahradí značkou začiernenia bez ohľadu na veľkosť písmen.
console-casefile-download = Stiahnuť spis (HTML)
console-casefile-print = Vytlačiť alebo uložiť ako PDF
console-casefile-working = Pripravuje sa spis: dešifrujú sa prílohy…
console-casefile-done = Export spisu bol zaznamenaný.
console-casefile-no-parts = Vyberte aspoň jednu časť.
console-casefile-title = Spis k oznámeniu
console-casefile-prepared = Vyhotovené dňa
console-casefile-marker = [ZAČIERNENÉ]
console-casefile-redactions = Začiernenia
console-casefile-redacted-contact = Kontaktné údaje oznamovateľa a identifikátor organizácie
console-casefile-redacted-terms = Výrazy označené posudzovateľom
console-casefile-verified = podpis overený
# --- indicators ---
report-section-indicators = Technické indikátory (nepovinné)
report-indicators-lead = Ak máte technické stopy útoku, uveďte ich tu, jednu hodnotu na riadok. Posudzovatelia ich môžu zdieľať s tímami CSIRT, aby útočníkov zablokovali.
field-indicator-ip = IP adresy alebo rozsahy
hint-indicator-ip = IPv4 alebo IPv6, alebo rozsah CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Doménové mená
hint-indicator-domain = Napríklad files.example.com; medzinárodné mená v podobe xn--.
field-indicator-url = Webové adresy (URL)
hint-indicator-url = Úplná adresa začínajúca https:// alebo inou schémou.
field-indicator-email = E-mailové adresy
hint-indicator-email = Napríklad odosielateľ phishingovej správy.
field-indicator-hash = Odtlačky súborov
hint-indicator-hash = MD5, SHA-1 alebo SHA-256, v šestnástkovej sústave.
field-indicator-file-name = Názvy súborov
hint-indicator-file-name = Len názov, bez priečinka: faktura.pdf.exe.
field-indicator-observations = Ďalšie technické zistenia
hint-indicator-observations = Čokoľvek ďalšie, čo môže pomôcť: nástroje, účty, časy.
error-indicator-ip = Riadok { $line } nie je IP adresa ani rozsah CIDR.
error-indicator-domain = Riadok { $line } nie je doménové meno.
error-indicator-url = Riadok { $line } nie je úplná webová adresa (napríklad https://example.com/cesta).
error-indicator-email = Riadok { $line } nie je e-mailová adresa.
error-indicator-hash = Riadok { $line } nie je odtlačok MD5, SHA-1 ani SHA-256.
error-indicator-file-name = Riadok { $line } nie je názov súboru (bez priečinka, najviac 255 znakov).
error-indicator-count = Do tohto poľa zadajte najviac { $max } hodnôt.
console-indicators-heading = Technické indikátory
console-taxii-heading = Odoslať do kolekcie TAXII 2.1
console-taxii-hint = Balík STIX 2.1 s vyššie zvolenou úrovňou TLP ide z tohto prehliadača priamo na server TAXII vášho orgánu; adresa a prihlasovacie údaje sa neukladajú.
console-taxii-url = Adresa kolekcie (končí /collections/<id>/)
console-taxii-user = Používateľské meno
console-taxii-password = Heslo
console-taxii-push = Odoslať do TAXII
console-taxii-done = Balík bol pridaný do kolekcie TAXII.
console-taxii-failed = Server TAXII balík odmietol alebo nebol dostupný. Skontrolujte adresu a prihlasovacie údaje a či server povoľuje pôvod tejto konzoly (CORS).
# --- tags and referral ---
console-tags-heading = Štítky
console-tags-hint = Štítky pochádzajú z pevného zoznamu vášho orgánu, ktorý vedie prevádzkovateľ. Ich názvy vidí ten, kto prevádzkuje server: používajte ich ako označenia, nikdy na obsah prípadu.
console-tags-none = Toto oznámenie nemá žiadne štítky.
console-tags-field = Štítok
console-tags-add = Pridať štítok
console-tags-remove = Odstrániť štítok
console-error-tag-unknown = Tento štítok nie je v zozname vášho orgánu. Nič sa nezmenilo.
console-refer-heading = Postúpiť { $body }
console-refer-hint = Kľúč oznámenia sa vo vašom prehliadači zapečatí pre kľúče { $body } z overeného zväzku kľúčov. { $body } potom uvidí oznámenie vo svojej schránke s vlastnými lehotami počítanými odo dneška.
console-refer-note = Poznámka pre { $body } (nepovinná)
console-refer-note-hint = Zapečatená pre oba orgány ako interná poznámka; oznamovateľovi sa nikdy nezobrazí.
console-refer-tell = Informovať oznamovateľa v konverzácii
console-refer-message = Správa oznamovateľovi
console-refer-message-default = Vaše oznámenie bolo postúpené { $body }, ktorý sa ním bude tiež zaoberať.
console-refer-submit = Postúpiť oznámenie
console-refer-done = Oznámenie bolo postúpené.
console-referrals-heading = Postúpenia
console-referral-line = Postúpené z { $from } do { $to }, postúpil(a) { $who } dňa { $day }.
console-referral-note = Poznámka:
console-triage-referred-from = Postúpené od { $body }
console-error-referral-same = Oznámenie možno postúpiť iba druhému orgánu.
console-error-referral-exists = { $body } už toto oznámenie má; nebolo postúpené znova.
console-error-referral-slots = Zapečatené kľúče nezodpovedajú presne kľúčom { $body } vo zväzku kľúčov. Nič nebolo postúpené.
# --- security keys (WebAuthn) ---
account-nav-keys = Bezpečnostné kľúče
account-keys-heading = Bezpečnostné kľúče
account-keys-lead = Bezpečnostný kľúč alebo prístupový kľúč v telefóne či počítači môže pri prihlásení nahradiť overovací kód a nedá sa vylákať phishingom. Môžete ich pridať niekoľko.
account-keys-totp-allowed = Váš účet sa môže prihlásiť aj overovacím kódom.
account-keys-totp-forbidden = Váš účet sa prihlasuje iba bezpečnostným kľúčom: overovacie kódy sa odmietajú.
account-keys-list-heading = Vaše kľúče
account-keys-none = Zatiaľ nebol pridaný žiadny bezpečnostný kľúč.
account-key-name = Názov kľúča
account-key-name-hint = Napríklad „modrý kľúč“, aby ste ho v tomto zozname spoznali.
account-key-added-on = Pridaný
account-key-last-used = Naposledy použitý
account-key-actions = Akcie
account-key-remove = Odstrániť
account-key-new-heading = Pridať bezpečnostný kľúč
account-key-add = Pridať bezpečnostný kľúč
account-key-touch = Postupujte podľa pokynov prehliadača a dotknite sa bezpečnostného kľúča.
account-key-failed = Bezpečnostný kľúč neodpovedal alebo bola požiadavka zrušená. Skúste to znova.
account-key-needs-js = Pridanie bezpečnostného kľúča vyžaduje v tomto prehliadači JavaScript.
account-key-unavailable = Na adrese tohto servera nemožno bezpečnostné kľúče používať. Obráťte sa na prevádzkovateľa.
account-key-added = Bezpečnostný kľúč bol pridaný.
account-key-removed = Bezpečnostný kľúč bol odstránený.
account-key-last = Toto je váš posledný bezpečnostný kľúč a váš účet nesmie používať overovacie kódy: skôr ako tento kľúč odstránite, pridajte iný.
account-key-expired = Požiadavka trvala príliš dlho. Skúste to znova.
account-key-invalid = Odpoveď bezpečnostného kľúča nebola prijatá. Skúste to znova.
account-key-duplicate = Tento bezpečnostný kľúč už bol pridaný.
account-key-too-many = Máte najvyšší povolený počet bezpečnostných kľúčov. Najprv jeden odstráňte.
account-error-key-name = Pomenujte kľúč názvom s 1 až { $max } znakmi.
account-key-signin-heading = Použite bezpečnostný kľúč
account-key-signin-lead = Heslo je správne. Potvrďte prihlásenie bezpečnostným kľúčom.
account-key-signin-submit = Použiť môj bezpečnostný kľúč
account-key-signin-needs-js = Bezpečnostný kľúč vyžaduje v tomto prehliadači JavaScript.
account-key-signin-back = Prihlásiť sa radšej overovacím kódom
account-field-code-key-hint = Ak používate bezpečnostný kľúč, nechajte kód prázdny: kľúč použijete v ďalšom kroku.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Upozornenia
console-notify-lead = Prehľad obsahujúci iba počty: nové oznámenia, nové správy od oznamovateľov, blížiace sa a zmeškané lehoty. Nikdy neobsahuje obsah, identifikátor ani názov oznámenia.
console-notify-email = E-mailová adresa
console-notify-email-hint = Prehľad sa posiela na túto adresu. Nechajte prázdne, ak e-mail nechcete.
console-notify-webhook = URL webhooku
console-notify-webhook-hint = Rovnaké počty sa sem posielajú ako JSON (HTTP POST). Adresa musí začínať https://. Nechajte prázdne, ak webhook nechcete.
console-notify-frequency = Ako často
console-notify-off = Nikdy
console-notify-daily = Každý deň
console-notify-weekly = Každý týždeň
console-notify-send-empty = Posielať prehľad, aj keď sa nič nestalo
console-notify-send-empty-hint = Prehľad potom príde zakaždým a jeho príchod nič neprezradí o nových oznámeniach.
console-notify-language = Jazyk prehľadu
console-notify-save = Uložiť
console-notify-saved = Nastavenia upozornení boli uložené.
console-notify-error-email = E-mailová adresa: zadajte úplnú adresu, napríklad meno@example.eu.
console-notify-error-webhook = URL webhooku: zadajte úplnú adresu, napríklad https://hooks.example.eu/digest, bez používateľského mena, hesla a znaku #.
console-notify-error-https = URL webhooku: adresa musí začínať https:// (http:// iba na tento počítač).
console-notify-error-destination = E-mailová adresa: zadajte e-mailovú adresu alebo URL webhooku, alebo zvoľte „Nikdy“.
notify-mail-subject = Kanál na oznamovanie: váš prehľad
notify-mail-intro = Prehľad pre { $body } od { $from } do { $through }. Iba počty: oznámenia uvidíte po prihlásení do konzoly.
notify-mail-new-reports = Nové oznámenia: { $count }
notify-mail-new-replies = Nové správy od oznamovateľov: { $count }
notify-mail-ack-due = Potvrdenia prijatia splatné do 2 dní: { $count }
notify-mail-feedback-due = Spätné väzby splatné do 14 dní: { $count }
notify-mail-ack-overdue = Zmeškané potvrdenia prijatia: { $count }
notify-mail-feedback-overdue = Zmeškané spätné väzby: { $count }
notify-mail-nothing = Nič nové a nič na vybavenie.
notify-mail-footer = Tento prehľad dostávate, pretože ste si ho vyžiadali v konzole (Upozornenia). Tam ho môžete zmeniť alebo zrušiť.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Prijatie potvrdené dňa
conversation-acknowledgement-due = Potvrdenie prijatia najneskôr do
conversation-feedback-due = Spätná väzba najneskôr do
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Súvisiace hlásenia
console-related-hint = Porovnané podľa kľúčovaných hashov indikátorov a identifikátora organizácie, vypočítaných vo vašom prehliadači: server nikdy nevidí indikátor. Zobrazujú sa len hlásenia, ktoré smie váš orgán otvoriť.
console-related-none = Žiadne iné hlásenie vášho orgánu nemá s týmto spoločný indikátor.
console-related-report = Hlásenie { $report }
console-related-shares = spoločné indikátory: { $count }
console-related-incident = možno ten istý incident (rovnaký identifikátor organizácie)
console-related-refused = Korelačný kľúč ponúknutý serverom nie je ten, ktorý uvádza podpísaný zväzok kľúčov: nebol použitý a nič sa neodoslalo.
console-related-confirm = Potvrdiť toto hlásenie ako duplicitné
console-related-unavailable = Korelácia zatiaľ nie je k dispozícii: pre váš záznam vo zväzku kľúčov nebol zapečatený žiadny korelačný kľúč.
