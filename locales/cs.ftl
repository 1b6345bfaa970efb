### Čeština (cs). Same message ids and { $placeholders } as en.ftl (checked by `cargo test -p i18n`).
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Čeština
language-switch-label = Jazyk
language-switch-button = Změnit jazyk

## Page chrome

site-name = Kanál pro oznamování krádeží obchodního tajemství
skip-to-content = Přejít na hlavní obsah
nav-label = Hlavní nabídka
nav-home = Úvodní stránka
nav-report = Oznámit krádež
nav-follow-up = Komunikace k oznámení
footer-privacy-notice = Prohlášení o ochraně osobních údajů
footer-recipients = Oznámení jsou doručována úřadu EUIPO a Evropskému centru pro boj proti kyberkriminalitě (EC3) při Europolu.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day }. { $month ->
        [1] ledna
        [2] února
        [3] března
        [4] dubna
        [5] května
        [6] června
        [7] července
        [8] srpna
        [9] září
        [10] října
        [11] listopadu
       *[12] prosince
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Oznamování kybernetických krádeží obchodního tajemství
page-title-report = Podání oznámení
page-title-follow-up = Komunikace k vašemu oznámení
page-title-privacy = Prohlášení o ochraně osobních údajů

## Reporter landing page

home-heading = Oznamte krádež obchodního tajemství při kybernetickém útoku
home-intro = Pokud bylo obchodní tajemství vaší společnosti odcizeno prostřednictvím kybernetického útoku, můžete to zde dobrovolně a důvěrně oznámit úřadu EUIPO (Úřad Evropské unie pro duševní vlastnictví) a Evropskému centru pro boj proti kyberkriminalitě (EC3) při Europolu.
home-point-recipients = Sami zvolíte, kdo vaše oznámení obdrží: EUIPO, Europol EC3, nebo oba.
home-point-encrypted = Vaše oznámení je zašifrováno tak, aby je mohli číst pouze posuzovatelé subjektů, které zvolíte. Tento web je nikdy neukládá v čitelné podobě.
home-point-anonymous = Oznámení můžete podat, aniž byste uvedli své jméno nebo název své společnosti.
home-point-receipt = Po odeslání oznámení obdržíte kód potvrzení. Dobře si jej uschovejte: potřebujete jej ke čtení dotazů posuzovatelů a k odpovědím na ně a v případě ztráty jej nelze nahradit.
home-point-statistics = Odpovědi, které vyberete ze seznamů (například odvětví a druh útoku), se používají také pro statistiky na úrovni EU. Přidává se k nim šum, aby nebylo možné identifikovat žádnou společnost.
home-no-javascript = Formulář funguje i s vypnutým JavaScriptem (například v nejbezpečnějším režimu prohlížeče Tor Browser). Vaše oznámení pak místo vašeho prohlížeče zašifruje server ihned po jeho přijetí, což představuje o něco slabší ochranu.
home-start-button = Podat oznámení
home-follow-up-heading = Oznámení jste již odeslali?
home-follow-up-text = Pomocí kódu potvrzení si můžete přečíst zprávy od posuzovatelů a odpovědět na ně.
home-follow-up-button = Pokračovat s kódem potvrzení

## Form: common parts

form-optional = (nepovinné)
form-choose = Vyberte…
# Read by screen readers before each field error.
form-error-prefix = Chyba:
recipient-euipo = EUIPO (Úřad Evropské unie pro duševní vlastnictví)
recipient-ec3 = Europol EC3 (Evropské centrum pro boj proti kyberkriminalitě)

## Errors: whole pages

error-page-title = Došlo k chybě
error-bad-request = Požadavku nebylo možné porozumět. Vraťte se prosím zpět a zkuste to znovu.
error-not-found = Tato stránka neexistuje. Zkontrolujte adresu nebo začněte znovu od úvodní stránky.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Odeslaná data jsou příliš velká: limit je { $limit }. Odstraňte nebo zmenšete přílohy a zkuste to znovu.
error-csrf = Z bezpečnostních důvodů vypršela platnost tohoto formuláře a nic nebylo uloženo. Načtěte prosím stránku znovu a formulář odešlete ještě jednou.
error-form-used = Tento formulář již byl odeslán: vaše hlášení bylo přijato jednou, s kódem potvrzení, který se tehdy zobrazil. Chcete-li podat další hlášení, otevřete nový formulář.
error-rate-limited = Příliš mnoho pokusů v krátké době. Počkejte prosím několik minut a zkuste to znovu.
error-server = Na naší straně došlo k chybě a nic nebylo uloženo. Zkuste to prosím později.
error-unavailable = Služba je dočasně nedostupná. Zkuste to prosím později.
error-unavailable-title = Dočasně nedostupné
error-database-unavailable = V tuto chvíli nemůžeme ukládat ani číst oznámení, proto nebylo nic uloženo. Počkejte prosím minutu a odešlete oznámení znovu.

## Errors: form fields

error-required = Toto pole je povinné.
error-unknown-choice = Vyberte jednu z možností v seznamu.
error-month-format = Zadejte měsíc ve formátu YYYY-MM, například 2026-03.
error-month-future = Měsíc nemůže být v budoucnosti.
error-month-too-early = Měsíc nemůže být dříve než v roce { $year }.
error-detection-before-incident = Měsíc zjištění krádeže nemůže předcházet měsíci, kdy krádež začala.
error-number-format = Zadejte celé číslo, například 250000.
# { $max } is an amount in euros.
error-loss-too-large = Částka nemůže být vyšší než { $max } EUR.
error-jobs-too-large = Počet pracovních míst nemůže být vyšší než { $max }.
error-too-long =
    { $max ->
        [one] Text je příliš dlouhý: použijte nejvýše { $max } znak.
        [few] Text je příliš dlouhý: použijte nejvýše { $max } znaky.
        [many] Text je příliš dlouhý: použijte nejvýše { $max } znaku.
       *[other] Text je příliš dlouhý: použijte nejvýše { $max } znaků.
    }
error-organisation-id = Zadejte DIČ (například DK12345678) nebo kód LEI (20 písmen a číslic), nebo pole ponechte prázdné.
error-recipients = Vyberte alespoň jednoho příjemce: EUIPO, Europol EC3, nebo oba.
error-consent = Před odesláním oznámení potvrďte svůj souhlas zaškrtnutím políčka.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Formulář obsahuje { $count } chybu. Opravte ji prosím a odešlete formulář znovu.
        [few] Formulář obsahuje { $count } chyby. Opravte je prosím a odešlete formulář znovu.
        [many] Formulář obsahuje { $count } chyby. Opravte je prosím a odešlete formulář znovu.
       *[other] Formulář obsahuje { $count } chyb. Opravte je prosím a odešlete formulář znovu.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Otisk sady klíčů (porovnejte jej s otiskem, který zveřejňují EUIPO a Europol):
error-go-back = Do formuláře se vrátíte tlačítkem Zpět ve svém prohlížeči; vyplněné údaje tam obvykle stále budou.
# { $limit } is a number of files.
error-too-many-files = Příliš mnoho souborů: připojit lze nejvýše { $limit }. Některé odstraňte a zkuste to znovu.

## Page titles (intake)

page-title-confirmation = Oznámení bylo přijato
page-title-conversation = Vaše oznámení

## Landing page: what the server sees

home-server-heading = Co tento web vidí a co ne
home-server-cannot = Nemůže číst vaše oznámení, přílohy ani zprávy: před uložením jsou zašifrovány pro posuzovatele a klíče k jejich otevření mají pouze posuzovatelé.
home-server-can = Vidí, že v určitý den bylo odesláno oznámení, kterému subjektu bylo určeno a přibližně jak je velké. Nikdy nezaznamenává vaši IP adresu, váš prohlížeč ani přesný čas.
home-fingerprint-heading = Ověřte si, že používáte skutečný kanál
home-fingerprint-text = Oznámení se šifrují pro klíče ze sady klíčů podepsané offline klíčem kanálu. Její otisk je uveden níže; EUIPO a Europol zveřejňují stejný otisk na svých vlastních internetových stránkách.
home-tor-heading = Anonymní oznámení
home-tor-text = Nejvyšší míru anonymity zajistíte, pokud použijete prohlížeč Tor Browser, nebudete se současně přihlašovat k ničemu jinému a před připojením souborů z nich odstraníte jména a metadata (autor, společnost, GPS).

## Report form

report-heading = Oznámení krádeže obchodního tajemství
report-lead = Pole označená jako nepovinná můžete ponechat prázdná. Vše, co napíšete, i vaše přílohy se šifrují pro příjemce, které zvolíte.
report-guarantee-server = Bez JavaScriptu vaše oznámení zašifruje server v paměti v okamžiku přijetí a nikdy je neuloží v čitelné podobě. Se zapnutým JavaScriptem je před odesláním zašifruje přímo váš prohlížeč.
report-files-dropped = Z bezpečnostních důvodů se připojené soubory neuchovávají, pokud se formulář vrátí s chybami. Připojte je prosím znovu.
report-section-classification = O incidentu
report-section-when = Kdy k tomu došlo
report-section-impact = Dopad
report-section-account = Co se stalo
report-section-optional = Nepovinné údaje
report-submit = Zašifrovat a odeslat oznámení
field-recipients = Kdo má oznámení obdržet?
hint-recipients = Zvolte jednoho nebo oba. Oznámení mohou číst pouze posuzovatelé subjektů, které zvolíte.
field-member-state = Členský stát, v němž je vaše společnost usazena
hint-member-state = Používá se pro statistiky EU podle zemí.
field-sector = Odvětví vaší společnosti
hint-sector = Sekce NACE vaší hlavní činnosti.
field-incident-class = Druh incidentu
hint-incident-class = Zvolte možnost, která nejlépe odpovídá; posuzovatelé ji mohou opravit.
field-attack-vector = Jak se útočníci dostali dovnitř
hint-attack-vector = Pokud to zatím nevíte, zvolte „Neznámo“.
field-actor-type = Kdo podle vás za útokem stál?
hint-actor-type = Uveďte svůj nejlepší odhad; „Neznámo“ je také platná odpověď.
field-incident-month = Měsíc, kdy krádež začala
hint-incident-month = Ve formátu YYYY-MM, například 2026-03. Stačí odhad.
field-detection-month = Měsíc, kdy byla krádež zjištěna
hint-detection-month = Ve formátu YYYY-MM.
field-loss-eur = Odhadovaná ztráta v eurech (nepovinné)
hint-loss-eur = Celé číslo, například 250000. Pokud ji nedokážete odhadnout, ponechte pole prázdné.
field-jobs-at-risk = Ohrožená pracovní místa (nepovinné)
hint-jobs-at-risk = Kolik pracovních míst je krádeží ohroženo, pokud to dokážete odhadnout.
field-what-taken = Co bylo odcizeno
hint-what-taken = Například: zdrojový kód, návrhy, seznamy zákazníků, receptury, výrobní postupy.
field-narrative = Co se stalo
hint-narrative = Popište vlastními slovy útok a jeho odhalení: data, dotčené systémy a co jste od té doby podnikli.
field-attachments = Přílohy (nepovinné)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Počet souborů: nejvýše { $max_files }; velikost každého souboru: nejvýše { $max_mib } MB. Soubory se šifrují již při přijetí.
field-contact = Jak vás mohou posuzovatelé kontaktovat? (nepovinné)
hint-contact = Chcete-li zůstat v anonymitě, ponechte pole prázdné: zprávy si i tak můžete přečíst a odpovídat na ně pomocí kódu potvrzení.
field-organisation-id = DIČ nebo kód LEI společnosti (nepovinné)
hint-organisation-id = Nepovinné. Je zašifrováno: mohou je číst posuzovatelé vybraných orgánů; nikdy se nezveřejňuje. Ve statistikách se z něj stane pseudonym, aby se vaše společnost počítala nejvýše jednou za čtvrtletí a zveřejněná čísla chránila hlášení společnosti jako celek (standardně ε = 1 za čtvrtletí, nejvýše ε = 4 za rok). Bez něj je každé hlášení chráněno samostatně, ne všechna vaše hlášení dohromady.
field-consent = Potvrzuji, že informace jsou podle mého nejlepšího vědomí pravdivé, a souhlasím s jejich zpracováním způsobem popsaným v prohlášení o ochraně osobních údajů.
hint-consent = Oznámení můžete později vzít zpět tak, že pomocí kódu potvrzení napíšete posuzovatelům.

## Confirmation

confirmation-heading = Vaše oznámení bylo přijato
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Vaše oznámení bylo zašifrováno a odesláno příjemcům: { $recipients }.
confirmation-receipt-heading = Váš kód potvrzení
confirmation-receipt-text = Tento kód si nyní zapište nebo stáhněte. Potřebujete jej ke čtení dotazů posuzovatelů a k odpovědím na ně.
confirmation-receipt-once = Tento kód se zobrazí pouze jednou. Nikdo, ani posuzovatelé, vám jej nemůže obnovit.
confirmation-download = Stáhnout kód potvrzení jako textový soubor
confirmation-print = Tuto stránku můžete také vytisknout: vytiskne se pouze kód a tyto pokyny.
confirmation-guarantee-heading = Jak bylo vaše oznámení chráněno
confirmation-sealed-by-server = Váš prohlížeč odeslal oznámení bez JavaScriptu, proto je server při přijetí zašifroval v paměti. Nikdy nebylo zapsáno na disk v čitelné podobě.
confirmation-sealed-by-browser = Váš prohlížeč oznámení před odesláním zašifroval; server je nikdy neviděl v čitelné podobě.
confirmation-next-heading = Co bude následovat
confirmation-next-text = Posuzovatelé potvrzují přijetí oznámení do 7 dnů a poskytují zpětnou vazbu do 3 měsíců. Jejich zprávy si přečtete, když se sem vrátíte s kódem potvrzení.
recipients-both = EUIPO a EC3
receipt-file-title = Kód potvrzení k vašemu oznámení podanému prostřednictvím kanálu pro oznamování krádeží obchodního tajemství
receipt-file-keep = Tento kód uchovávejte v tajnosti a na bezpečném místě. Použijte jej na stránce kanálu určené ke komunikaci k oznámení.

## Follow-up

followup-heading = Komunikace k vašemu oznámení
followup-lead = Zadejte kód potvrzení, který jste obdrželi při odeslání oznámení.
followup-receipt-label = Kód potvrzení
followup-receipt-hint = 24 písmen a číslic, například 7KQM-2XPA-…; na pomlčkách a mezerách nezáleží.
followup-submit = Otevřít moje oznámení
followup-wrong-receipt = Tomuto kódu potvrzení neodpovídá žádné oznámení. Zkontrolujte jednotlivé znaky a zkuste to znovu.

## Conversation

conversation-heading = Vaše oznámení
conversation-status = Stav
conversation-received = Přijato dne
conversation-sealed-by-server = Toto oznámení zašifroval server při přijetí (bylo odesláno bez JavaScriptu).
conversation-messages = Zprávy
conversation-empty = Zatím žádné zprávy. Posuzovatelé potvrzují přijetí oznámení do 7 dnů.
conversation-from-you = Vy
conversation-from-reviewer = Posuzovatel
conversation-reply-heading = Napsat posuzovatelům
conversation-reply-label = Vaše zpráva
conversation-reply-submit = Zašifrovat a odeslat zprávu
conversation-reply-sent = Vaše zpráva byla zašifrována a odeslána.
conversation-reply-empty = Před odesláním napište zprávu nebo připojte soubor.
status-new = Přijato, přijetí zatím nepotvrzeno
status-acknowledged = Přijetí potvrzeno
status-in-review = Posuzuje se
status-information-requested = Posuzovatelé vás požádali o informace
status-referred = Postoupeno příslušným orgánům
status-closed = Uzavřeno

## Privacy notice

privacy-heading = Prohlášení o ochraně osobních údajů
privacy-controllers = Oznámení zpracovávají EUIPO a Europol (EC3), každý z nich oznámení, která jsou mu určena, a to podle nařízení (EU) 2018/1725, resp. nařízení (EU) 2016/794.
privacy-what-heading = Co se zpracovává
privacy-what-text = Obsah vašeho oznámení, jeho přílohy a vaše zprávy jsou zašifrovány tak, aby je mohli číst pouze posuzovatelé subjektů, které jste zvolili. Den přijetí oznámení, jeho stav a příjemci se pro účely sledování lhůt ukládají v čitelné podobě.
privacy-not-heading = Co se nikdy nezaznamenává
privacy-not-text = Vaše IP adresa, váš prohlížeč ani přesný čas vašich návštěv se nikdy neukládají ani nezaznamenávají. Na stránkách pro podávání oznámení se nepoužívají žádné soubory cookie.
privacy-statistics-heading = Statistiky
privacy-statistics-text = Odpovědi vybrané ze seznamů slouží ke statistikám na úrovni EU, zveřejňovaným s diferenciálním soukromím. Chráněna je společnost pod uvedeným DIČ nebo LEI: zda v daném čtvrtletí hlásila, a co, změní pravděpodobnost kteréhokoli zveřejněného čísla nejvýše faktorem e^ε v mezích zveřejněných s každým vydáním (standardně ε = 1 za čtvrtletí, faktor 2,7, a ε = 4 za kalendářní rok, faktor 55; za více let se faktory násobí). Hlášení bez identifikátoru jsou chráněna jednotlivě, takže společnost, která jich pošle několik bez něj, je chráněna méně. Čísla jsou odhady se šumem, ne přesné počty.
privacy-retention-heading = Jak dlouho se oznámení uchovávají
privacy-retention-text = Uzavřená oznámení se vymažou po uplynutí doby uchovávání stanovené subjekty, které je posuzují. Zveřejněné statistiky tím nejsou dotčeny.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Rakousko
member-state-BE = Belgie
member-state-BG = Bulharsko
member-state-HR = Chorvatsko
member-state-CY = Kypr
member-state-CZ = Česko
member-state-DK = Dánsko
member-state-EE = Estonsko
member-state-FI = Finsko
member-state-FR = Francie
member-state-DE = Německo
member-state-EL = Řecko
member-state-HU = Maďarsko
member-state-IE = Irsko
member-state-IT = Itálie
member-state-LV = Lotyšsko
member-state-LT = Litva
member-state-LU = Lucembursko
member-state-MT = Malta
member-state-NL = Nizozemsko
member-state-PL = Polsko
member-state-PT = Portugalsko
member-state-RO = Rumunsko
member-state-SK = Slovensko
member-state-SI = Slovinsko
member-state-ES = Španělsko
member-state-SE = Švédsko

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Zemědělství, lesnictví a rybářství
sector-B = Těžba a dobývání
sector-C = Zpracovatelský průmysl
sector-D = Výroba a rozvod elektřiny, plynu, tepla a klimatizovaného vzduchu
sector-E = Zásobování vodou; činnosti související s odpadními vodami, odpady a sanacemi
sector-F = Stavebnictví
sector-G = Velkoobchod a maloobchod; opravy a údržba motorových vozidel
sector-H = Doprava a skladování
sector-I = Ubytování, stravování a pohostinství
sector-J = Informační a komunikační činnosti
sector-K = Peněžnictví a pojišťovnictví
sector-L = Činnosti v oblasti nemovitostí
sector-M = Profesní, vědecké a technické činnosti
sector-N = Administrativní a podpůrné činnosti
sector-O = Veřejná správa a obrana; povinné sociální zabezpečení
sector-P = Vzdělávání
sector-Q = Zdravotní a sociální péče
sector-R = Kulturní, zábavní a rekreační činnosti
sector-S = Ostatní činnosti
sector-T = Činnosti domácností jako zaměstnavatelů; činnosti domácností produkujících blíže neurčené výrobky a služby pro vlastní potřebu
sector-U = Činnosti exteritoriálních organizací a orgánů

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Bezpečnost informací: neoprávněný přístup k informacím
incident-class-information-content-security--unauthorised-information-modification = Bezpečnost informací: neoprávněná změna informací
incident-class-information-content-security--data-loss = Bezpečnost informací: ztráta dat
incident-class-information-content-security--leak-confidential-information = Bezpečnost informací: únik důvěrných informací
incident-class-intrusions--system-compromise = Průnik: ovládnutí systému (serveru nebo počítače)
incident-class-intrusions--application-compromise = Průnik: ovládnutí aplikace
incident-class-intrusions--privileged-account-compromise = Průnik: ovládnutí účtu správce
incident-class-intrusions--unprivileged-account-compromise = Průnik: ovládnutí běžného uživatelského účtu
incident-class-intrusions--burglary = Průnik: fyzické vloupání
incident-class-information-gathering--social-engineering = Získávání informací: manipulace s lidmi s cílem vylákat informace (sociální inženýrství)
incident-class-information-gathering--sniffing = Získávání informací: odposlech síťového provozu
incident-class-malicious-code--infected-system = Škodlivý kód: infikovaný systém
incident-class-fraud--masquerade = Podvod: vydávání se za osobu nebo organizaci, které důvěřujete
incident-class-fraud--phishing = Podvod: phishing (podvodné zprávy nebo internetové stránky k vylákání hesel nebo údajů)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hackerský útok: webová aplikace
attack-vector-hacking--backdoor-or-c2 = Hackerský útok: zadní vrátka (backdoor) nebo kanál vzdáleného řízení (C2)
attack-vector-hacking--desktop-sharing = Hackerský útok: vzdálená plocha nebo sdílení obrazovky
attack-vector-hacking--vpn = Hackerský útok: přístup přes VPN
attack-vector-hacking--partner = Hackerský útok: prostřednictvím přístupu partnera (dodavatele nebo poskytovatele služeb)
attack-vector-hacking--command-shell = Hackerský útok: příkazový řádek (shell)
attack-vector-malware--email-attachment = Malware: příloha e-mailu
attack-vector-malware--email-link = Malware: odkaz v e-mailu
attack-vector-malware--web-download = Malware: stažení z internetové stránky
attack-vector-malware--software-update = Malware: aktualizace softwaru
attack-vector-malware--direct-install = Malware: nainstalován přímo útočníkem
attack-vector-malware--network-propagation = Malware: šíření po síti
attack-vector-social--email = Sociální inženýrství: e-mail
attack-vector-social--phone = Sociální inženýrství: telefonát
attack-vector-social--in-person = Sociální inženýrství: osobní kontakt
attack-vector-social--website = Sociální inženýrství: internetová stránka
attack-vector-social--sms = Sociální inženýrství: textová zpráva (SMS)
attack-vector-misuse--lan-access = Zneužití interní osobou: přístup z interní sítě
attack-vector-misuse--physical-access = Zneužití interní osobou: fyzický přístup
attack-vector-misuse--remote-access = Zneužití interní osobou: vzdálený přístup
attack-vector-misuse--non-corporate = Zneužití interní osobou: mimo firemní systémy (soukromý e-mail, soukromá zařízení nebo sítě)
attack-vector-unknown = Neznámo nebo zatím nezjištěno

## Categories: actor types

actor-type-competitor = Konkurent
actor-type-nation-state = Státní aktér (cizí vláda nebo její složky)
actor-type-organised-crime = Organizovaný zločin
actor-type-insider = Interní osoba (současný zaměstnanec nebo smluvní pracovník)
actor-type-former-employee = Bývalý zaměstnanec
actor-type-unknown = Neznámo

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript je zapnutý: váš prohlížeč zašifruje oznámení a přílohy pro zvolené příjemce dříve, než se cokoli odešle. Server vždy obdrží pouze zašifrovaná data.
js-status-checking = Kontrola formuláře a klíčů posuzovatelů…
js-status-encrypting = Šifrování oznámení a příloh v tomto prohlížeči…
js-status-proof-of-work = Příprava k odeslání (krátký výpočet, který chrání kanál před automatizovaným spamem)…
js-status-sending = Odesílání zašifrovaného oznámení…
js-error-keyring = Klíče posuzovatelů nebylo možné ověřit: sada klíčů není podepsána klíčem, jehož otisk je uveden na této stránce. Nic nebylo odesláno. Neodesílejte oznámení z této stránky; obraťte se na EUIPO nebo Europol prostřednictvím jejich oficiálních internetových stránek.
js-error-network = Oznámení nebylo možné odeslat, protože selhalo připojení. Nic nebylo uloženo. Zkontrolujte připojení a zkuste to znovu.
js-error-crypto = Váš prohlížeč nemohl oznámení zašifrovat, proto nebylo nic odesláno. Zkuste to znovu, nebo vypněte JavaScript a odešlete formulář bez něj.
js-error-file = Připojený soubor nebylo možné přečíst. Zkontrolujte, zda stále existuje, připojte jej znovu a zkuste to ještě jednou.
js-error-kept = Vaše odpovědi a připojené soubory zůstávají ve formuláři.
js-retry = Zkusit znovu
js-print = Vytisknout kód potvrzení

## Reviewer console (/console/)

console-name = Konzole posuzovatelů
console-nav-inbox = Doručená oznámení
console-logout = Odhlásit se
console-logout-everywhere = Odhlásit se na všech zařízeních
console-go-to-login = Přejít na přihlašovací stránku
console-refused-heading = Požadavek byl zamítnut
console-login-heading = Přihlášení do konzole posuzovatelů
console-login-submit = Přihlásit se
console-field-name = Uživatelské jméno
console-field-password = Heslo
console-field-code = Kód z ověřovací aplikace
console-field-code-hint = Šestimístný kód, který vaše ověřovací aplikace právě zobrazuje. Každý kód lze použít pouze jednou.
console-notice-expired = Vaše relace skončila. Přihlaste se prosím znovu.
console-notice-logged-out = Byli jste odhlášeni.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nesprávné jméno, heslo nebo kód. Zkuste to znovu; po mnoha neúspěšných pokusech počkejte před dalším minutu.
console-error-csrf = Tento formulář nebylo možné přijmout, protože jeho bezpečnostní token chybí, je nesprávný nebo pochází z jiné relace. Nic nebylo změněno. Načtěte stránku znovu a zkuste to ještě jednou.
error-cross-site = Tento formulář byl odeslán z jiného webu, a proto byl odmítnut a nic se nezměnilo. Otevřete stránku na tomto webu a formulář odešlete odtud.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Stránky
pager-previous = Předchozí stránka
pager-next = Další stránka
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Stránka { $page } z { $pages }
error-method-not-allowed = Tato adresa tento druh požadavku nepřijímá.
error-headers-too-large = Požadavek obsahoval příliš mnoho údajů v hlavičkách a byl odmítnut. Smažte soubory cookie tohoto webu a zkuste to znovu.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Textové pole je příliš dlouhé: limit je { $limit } na pole. Zkraťte text a odešlete jej znovu.
followup-unsent-label = Vaše odpověď (neodeslána)
followup-unsent-hint = Nebyla odeslána, protože potvrzení nebylo rozpoznáno. Zkopírujte ji, znovu se přihlaste svým potvrzením a odešlete ji ze své konverzace.
console-enrol-heading = Nastavení účtu posuzovatele
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Vítejte, { $name } ({ $body }). Zvolte si přihlašovací heslo a nastavte aplikaci pro generování kódů. Tento odkaz funguje pouze jednou.
console-enrol-password-heading = 1. Přihlašovací heslo
console-field-new-password = Nové heslo
console-field-confirm-password = Zopakujte heslo
# { $min } is a number of characters.
console-enrol-password-hint = Minimální počet znaků: { $min }. Nejsnáze si zapamatujete heslo složené z několika slov.
console-enrol-totp-heading = 2. Ověřovací aplikace
console-enrol-totp-scan = Naskenujte tento QR kód ověřovací aplikací (časově omezené kódy, TOTP).
console-enrol-totp-secret = Pokud jej nemůžete naskenovat, zadejte do aplikace tento klíč:
console-enrol-code-hint = Pro dokončení zadejte šestimístný kód, který aplikace nyní zobrazuje.
console-enrol-submit = Dokončit nastavení
console-enrol-done = Váš účet je připraven. Nyní se můžete přihlásit svým jménem, heslem a kódem z ověřovací aplikace.
console-enrol-fingerprint = Otisk vašeho klíče je { $fingerprint }. Váš klíč se použije až poté, co jej provozovatel přidá do svazku klíčů: provozovatel vás požádá, abyste mu tento otisk přečetli po telefonu nebo osobně, a klíč přidá, jen pokud se shoduje.
console-error-enrol-link = Tento registrační odkaz není platný: byl již použit, vypršela jeho platnost nebo byl chybně zadán. Požádejte provozovatele o nový odkaz.
console-error-password-short = Heslo je příliš krátké: minimální počet znaků je { $min }.
console-error-password-mismatch = Hesla se neshodují. Do obou polí zadejte stejné heslo.
console-error-enrol-code = Kód není správný. Zkontrolujte, zda byla aplikace nastavena pomocí výše uvedeného klíče a zda jsou hodiny ve vašem zařízení nastaveny správně, a poté zadejte kód, který se nyní zobrazuje.
console-inbox-heading = Doručená oznámení
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] vaší organizaci je určeno jedno oznámení.
    [few] vaší organizaci jsou určena { $count } oznámení.
    [many] vaší organizaci je určeno { $count } oznámení.
   *[other] vaší organizaci je určeno { $count } oznámení.
}
console-inbox-empty = Vaší organizaci zatím nebylo určeno žádné oznámení.
console-inbox-col-report = Oznámení
console-inbox-col-received = Přijato (den)
console-inbox-col-status = Stav
console-inbox-col-sealed-by = Zašifroval
console-status-new = Nové
console-status-acknowledged = Přijetí potvrzeno
console-status-in-review = Posuzuje se
console-status-information-requested = Vyžádány informace
console-status-referred = Postoupeno
console-status-closed = Uzavřeno
console-sealed-by-browser = Prohlížeč oznamovatele
console-sealed-by-server = Server (odesláno bez JavaScriptu: slabší záruka)
console-inbox-col-deadline = Nejbližší lhůta (směrnice 2019/1937)
console-inbox-col-action = Změna stavu
console-deadline-acknowledgement = Potvrzení přijetí do { $day }
console-deadline-feedback = Zpětná vazba do { $day }
console-deadline-overdue = Po lhůtě
console-deadline-due-soon = Lhůta brzy uplyne
console-deadline-none = Žádná (uzavřeno)
console-deadline-counts = Lhůty: po lhůtě { $overdue }, lhůta uplyne do 2 dnů { $soon }.
console-status-change-label = Nový stav
console-status-change-submit = Změnit
console-status-final = Uzavřeno: další změny nejsou možné
console-transition-refused-heading = Změna stavu byla zamítnuta
console-error-transition = Oznámení nemůže přejít ze stavu „{ $from }“ do stavu „{ $to }“. Nic nebylo změněno. Zvolte jeden ze stavů nabízených v přehledu doručených oznámení.
console-back-to-inbox = Zpět na doručená oznámení

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Klíč ke čtení oznámení
console-enrol-needs-js = Ke čtení oznámení je nutný prohlížeč s JavaScriptem: váš osobní klíč ke čtení oznámení se vytváří a uzamyká ve vašem prohlížeči, nikdy na serveru. Chcete-li dokončit nastavení účtu, zapněte JavaScript nebo použijte jiný prohlížeč.
console-enrol-key-explain = Váš prohlížeč nyní vytvoří váš osobní klíč ke čtení oznámení a uzamkne jej heslem k odemčení. Zvolte heslo, které se liší od vašeho přihlašovacího hesla. Klíč nikdy neopustí tento prohlížeč: pokud heslo k odemčení zapomenete, musí vám provozovatel nastavit nový klíč.
console-field-unlock-passphrase = Heslo k odemčení
console-field-unlock-passphrase-confirm = Zopakujte heslo k odemčení
console-enrol-unlock-hint = Minimální počet znaků: { $min }; nesmí jít o vaše přihlašovací heslo.
console-error-unlock-short = Heslo k odemčení je příliš krátké: minimální počet znaků je { $min }.
console-error-unlock-mismatch = Hesla k odemčení se neshodují. Do obou polí zadejte stejné heslo.
console-error-unlock-same = Heslo k odemčení se musí lišit od vašeho přihlašovacího hesla: přihlašovací heslo se odesílá na server, heslo k odemčení nikdy.
console-enrol-key-working = Vytváření a uzamykání klíče. Potrvá to několik sekund…
console-error-key-failed = Váš prohlížeč nemohl vytvořit klíč. Načtěte stránku znovu a zkuste to ještě jednou.
console-error-enrol-key = Ke čtení oznámení je nutný prohlížeč s JavaScriptem a tento formulář dorazil bez klíče, který vytváří váš prohlížeč. Zapněte JavaScript, načtěte stránku znovu a zkuste to ještě jednou.

## Reviewer console: reading a report
console-report-heading = Oznámení
console-report-bodies = Příjemci
console-report-needs-js = Ke čtení oznámení je nutný prohlížeč s JavaScriptem: oznámení se dešifruje ve vašem prohlížeči vaším klíčem, nikdy na serveru.
console-report-no-key = Váš účet nemá klíč ke čtení oznámení. Požádejte provozovatele o nový registrační odkaz.
console-unlock-heading = Odemčení klíče
console-unlock-hint = Heslo k odemčení se používá pouze na této stránce a nikdy se neodesílá. Při otevření jiné stránky jej budete potřebovat znovu.
console-unlock-submit = Odemknout a otevřít oznámení
console-unlock-working = Odemykání klíče a otevírání oznámení…
console-error-unlock-wrong = Heslo k odemčení není správné. Nic nebylo otevřeno. Zkuste to znovu.
console-error-open-failed = Toto oznámení nelze otevřít vaším klíčem. Mohlo být odesláno dříve, než byl váš klíč přidán do sady klíčů; přístup vám může udělit kolega, který je číst může.
console-error-keyring = Klíče posuzovatelů nebylo možné ověřit: sada klíčů není podepsána klíčem, s jehož otiskem byl tento server spuštěn. Nic nebylo odesláno.
console-error-keyring-rollback = Tento svazek klíčů je starší (nižší pořadové číslo) než svazek, který tento prohlížeč již viděl od stejného podpisového klíče: může jít o starý svazek vrácený kvůli použití odebraného klíče. Nic nebylo otevřeno ani odesláno. Informujte provozovatele.
console-error-network = Připojení selhalo. Nic nebylo odesláno. Zkontrolujte připojení a zkuste to znovu.
console-report-fields-heading = Co oznamovatel zaslal
console-report-field-member-state = Členský stát
console-report-field-sector = Odvětví
console-report-field-incident-class = Druh incidentu
console-report-field-attack-vector = Vektor útoku
console-report-field-actor-type = Předpokládaný pachatel
console-report-field-incident-month = Měsíc, kdy krádež začala
console-report-field-detection-month = Měsíc, kdy byla krádež zjištěna
console-report-field-loss-eur = Odhadovaná ztráta
console-report-field-jobs-at-risk = Ohrožená pracovní místa
console-report-field-what-taken = Co bylo odcizeno
console-report-field-narrative = Co se stalo
console-report-field-contact = Kontakt
console-report-field-organisation-id = DIČ nebo kód LEI
console-report-empty = (neuvedeno)
console-report-attachments-heading = Přílohy
console-report-attachments-none = Žádné přílohy.
console-attachment-save = Dešifrovat a uložit
console-attachment-working = Dešifrování…
console-error-attachment = Přílohu nebylo možné dešifrovat: je poškozená nebo neúplná. Nic nebylo uloženo.
console-thread-heading = Komunikace s oznamovatelem
console-thread-empty = Zatím žádné zprávy.
console-thread-from-reporter = Oznamovatel
console-thread-from-reviewer = Posuzovatel
console-thread-note = Interní poznámka
console-thread-unreadable = (tuto zprávu nelze vaším klíčem otevřít)
envelope-mismatch = Tato obálka patří k jinému oznámení nebo je jiného druhu; nezobrazuje se.
conversation-from-signed = Od { $name } (podpis ověřen)
conversation-from-channel = Automatické oznámení oznamovacího kanálu
message-bad-signature = Tato zpráva se nezobrazuje: tvrdí, že pochází od posuzovatele, ale její podpis chybí nebo neodpovídá žádnému klíči posuzovatele v podepsané sadě klíčů. Může být podvržená; nejednejte podle ní.
console-ack-heading = Potvrzení přijetí oznámení
console-ack-label = Potvrzení pro oznamovatele
console-ack-default = Děkujeme za vaše oznámení. Obdrželi jsme je a posoudíme je. Pokud budeme mít dotazy, najdete je zde.
console-ack-submit = Potvrdit a odeslat
console-message-heading = Zpráva oznamovateli
console-message-label = Vaše zpráva
console-message-hint = Šifruje se ve vašem prohlížeči pro oznamovatele a posuzovatele tohoto oznámení. Oznamovatel si ji přečte pomocí svého kódu potvrzení.
console-message-submit = Odeslat oznamovateli
console-note-heading = Interní poznámka
console-note-label = Vaše poznámka
console-note-hint = Šifruje se ve vašem prohlížeči pouze pro posuzovatele z vaší organizace. Oznamovatel ji nikdy neuvidí.
console-note-submit = Přidat poznámku
console-error-message-empty = Nejprve napište zprávu (nejvýše 20 000 znaků).
console-sending = Šifrování a odesílání…
console-sent = Odesláno.
console-grants-heading = Přístup pro kolegy
console-grants-hint = Kolegové z vaší organizace, jejichž klíče byly přidány do sady klíčů až po přijetí tohoto oznámení, je nemohou číst. Váš prohlížeč jim může udělit přístup tím, že klíč oznámení zašifruje jejich klíčem.
console-grants-none = Toto oznámení mohou číst všichni posuzovatelé z vaší organizace, kteří jsou v sadě klíčů.
console-grant-submit = Udělit přístup
console-grant-done = Přístup byl udělen.
console-error-grant-exists = Tento kolega již toto oznámení číst může.
console-classify-heading = Ověřená klasifikace pro statistiky
console-classify-hint = Opravte strukturovaná pole nebo označte oznámení jako duplicitní či jako nespadající do působnosti. Váš prohlížeč zašifruje opravený záznam pouze pro anonymizační modul; ten ve statistikách nahradí záznam oznamovatele. Popis události a kontaktní údaje nikdy nejsou jeho součástí.
console-classify-status = Posouzení oznámení
console-classify-valid = Platné
console-classify-duplicate = Duplikát jiného oznámení
console-classify-out-of-scope = Mimo působnost
console-classify-submit = Uložit ověřenou klasifikaci
console-classify-done = Ověřená klasifikace byla zašifrována a uložena.
console-error-classify = Zkontrolujte klasifikaci: měsíc musí spadat do období od roku 1990 do čtvrtletí, v němž oznámení došlo, a ztráta a počet pracovních míst musí být celá čísla v rámci stanovených mezí. Nic nebylo uloženo.
console-error-classify-unsigned = Klasifikaci nelze podepsat: váš podpisový klíč ještě není v podepsané sadě klíčů. Nic nebylo uloženo; požádejte provozovatele o přidání klíče.
console-export-heading = Export pro EC3 a týmy CSIRT
console-export-hint = Váš prohlížeč sestaví soubor z dešifrovaného oznámení: klasifikaci, údaje o tom, co bylo odcizeno, a popis události, nikdy však kontaktní údaje oznamovatele ani identifikátor organizace. Každý export se zaznamenává do auditního protokolu.
console-export-tlp = Označení TLP (Traffic Light Protocol)
console-export-stix = Exportovat balíček STIX 2.1
console-export-misp = Exportovat událost MISP
console-export-done = Export byl zaznamenán a uložen.

## Data portal (/portal/) and data API

portal-name = Statistiky krádeží obchodního tajemství – datový portál
portal-nav-releases = Vydání
portal-nav-tokens = Tokeny API
portal-refused-heading = Neprovedeno
portal-enrol-heading = Nastavení účtu na portálu
portal-error-enrol-link = Tento registrační odkaz není platný: byl již použit, vypršela jeho platnost nebo byl chybně zadán. Požádejte provozovatele o nový.
portal-enrol-lead = Účet { $name } pro příslušné orgány ({ $country }). Zvolte heslo a nastavte ověřovací aplikaci.
portal-enrol-submit = Dokončit nastavení
portal-enrol-done = Váš účet je připraven. Přihlaste se svým jménem, heslem a kódem z ověřovací aplikace.
portal-login-heading = Přihlášení do datového portálu
portal-releases-heading = Vydání
portal-releases-lead = Přihlášený uživatel: { $name } ({ $country }). Každé vydání obsahuje statistiky EU za jedno čtvrtletí chráněné diferenciálním soukromím.
portal-releases-none = Zatím nebylo zveřejněno žádné vydání.
portal-releases-caption = Zveřejněná vydání, od nejnovějšího čtvrtletí
portal-col-period = Čtvrtletí
portal-col-date = Zveřejněno dne
portal-col-epsilon = Vyčerpaný rozpočet soukromí (ε)
portal-col-status = Stav
portal-col-release = Vydání
portal-status-published = Zveřejněno
portal-release-heading = Statistiky za { $period }
portal-release-intervals-hint = Každý pruh znázorňuje zveřejněnou hodnotu; úsečka přes něj znázorňuje 95% interval, vykreslený od nuly, pokud zasahuje pod nulu. Pod každým grafem je tabulka s jeho hodnotami.
portal-summary-reports = Oznámení v EU
portal-summary-truncated = Vynechaná oznámení (více než k na organizaci)
portal-summary-loss = Odhadované ztráty v EU
portal-chart-quarter = Oznámení podle čtvrtletí
portal-chart-quarter-note = Čtvrtletí tohoto vydání je zvýrazněno.
portal-chart-state-quarter = Hlášení ve vašem členském státě podle čtvrtletí
portal-chart-series = { $category }: hlášení podle čtvrtletí
portal-chart-series-note = Odvětví nebo vektor útoku s nejvíce hlášeními v tomto vydání; datové API poskytuje všechna odvětví a vektory útoku napříč čtvrtletími.
portal-chart-sector = Oznámení podle odvětví (NACE)
portal-chart-attack-vector = Oznámení podle vektoru útoku
portal-chart-member-state = Oznámení podle členského státu
portal-chart-yours = (zvýrazněno)
portal-chart-highlight = Zvýrazněno a označeno: { $country }.
portal-chart-desc = Vodorovný pruhový graf s { $count ->
        [one] jednou kategorií
        [few] { $count } kategoriemi
        [many] { $count } kategorie
       *[other] { $count } kategoriemi
    }, každá s 95% intervalem. Nejvyšší hodnota: { $top }, { $value }. Tabulka pod grafem obsahuje všechny hodnoty.
portal-chart-show-table = Zobrazit hodnoty v tabulce
portal-chart-table-caption = { $chart }: zveřejněné hodnoty a 95% intervaly
portal-col-category = Kategorie
portal-col-value = Zveřejněná hodnota
portal-col-interval = 95% interval
portal-method-heading = Jak byly tyto údaje vytvořeny
portal-method-promise = Čísla jsou diferenciálně soukromá. Chráněnou jednotkou jsou hlášení jedné organizace ve čtvrtletí: ať hlásila, nebo ne, a co, každé zveřejněné číslo by bylo téměř stejně pravděpodobné. „Téměř“ určuje rozpočet soukromí ε = { $epsilon } tohoto vydání: žádný výsledek se kvůli hlášením jedné organizace v tomto čtvrtletí nestane více než { $factor }krát pravděpodobnějším. Vydání kalendářního roku spotřebují dohromady nejvýše ε = { $year_cap }, za rok je tedy faktor nejvýše { $year_factor }; za více let se faktory násobí.
portal-method-unit = Organizace se rozpoznává podle uvedeného DIČ nebo LEI (zapsaného v jednotné podobě a převedeného na pseudonym, který umí spočítat jen anonymizátor); za čtvrtletí se počítá nejvýše { $k } jejích hlášení. Rozpoznává se jen podle tohoto identifikátoru: organizace, která v jednom hlášení uvede DIČ a v jiném LEI, nebo jejíž dceřiné společnosti hlásí zvlášť, se počítá jako několik. Hlášení bez identifikátoru je chráněno samo o sobě: organizace, která pošle několik hlášení bez něj, je chráněna pro každé hlášení, ne pro všechna dohromady.
portal-method-truncation = Asi { $dropped } hlášení (asi { $share } % všech) bylo vynecháno, protože jejich organizace ve čtvrtletí hlásila více než { $k }krát. Toto číslo samo obsahuje šum a počítá nejvýše { $k } na organizaci; skutečný počet je vyšší. Která hlášení zůstala, rozhodla náhoda, ne jejich obsah.
portal-method-noise = Do každé buňky každé tabulky byl přidán náhodný šum, a to i do buněk s nulovou hodnotou; žádná buňka se neskrývá kvůli tomu, že je její hodnota malá. Malý údaj proto může být pouhým šumem.
portal-method-intervals = 95% intervaly ukazují, o kolik mohl šum číslo posunout: obsahují naměřenou hodnotu nejméně asi v 95 případech ze 100. Naměřená hodnota je hodnota ponechaných hlášení, s každou ztrátou omezenou stropem; vynechaná hlášení a část ztrát nad stropem v ní nejsou, takže čísla a jejich intervaly jsou nižší než to, co bylo přijato. Intervaly se počítají z veřejně známé úrovně šumu, ne z hlášení, a nikdy nesahají pod nulu.
portal-method-consistency = Čísla členských států dávají v součtu čísla EU a každá tabulka dává stejný celkový součet. Čísla jsou celá, nikdy záporná, každé zhruba do jedné od nestranného odhadu (dále jen tam, kde sousední odhady klesly pod nulu); celkový počet členského státu a součet jeho odvětví se mohou lišit o šum. Surová měření se šumem jsou také v souborech CSV.
portal-method-losses = Každá odhadovaná ztráta se započítává nejvýše do výše { $bound } EUR; vyšší ztráty se započítávají touto částkou.
portal-method-budget = Toto čtvrtletí vyčerpalo ε { $quarter } ze svého limitu { $quarter_cap }; rok { $year } vyčerpal ε { $year_spent } z { $year_cap }. Statistiky za čtvrtletí se nikdy znovu nepočítají s vyšším rozpočtem.
portal-method-opendp = Vypočteno pomocí OpenDP { $version }. Funkce, které se zde používají, patří do jeho oblasti „contrib“, kterou tým OpenDP dosud neprověřil; soubor s metodikou uvádí pro každou tabulku mechanismus, měřítko šumu a rozpočet.
portal-downloads-heading = Ke stažení
portal-download-archive = Celé vydání v jednom archivu ({ $name }) s kontrolními součty a podpisem
portal-verify-heading = Ověření obdrženého souboru
portal-verify-text = Archiv obsahuje soubor SHA256SUMS s kontrolním součtem každého souboru a soubor SHA256SUMS.sig s jeho podpisem klíčem vydání. Kdokoli může ověřit kopii, kterou obdržel od někoho jiného: uložte soubory keyring.json a keyring.sig z tohoto webu do složky a spusťte níže uvedený příkaz. Ten svazku klíčů důvěřuje, jen pokud je podepsán klíčem, jehož otisk zveřejňují EUIPO a Europol, a klíč vydání (uvedený níže) převezme z něj.
portal-verify-key = Klíč vydání:
portal-verify-fingerprint = Otisk:
portal-tokens-heading = Tokeny API
portal-tokens-lead = Token umožňuje programu číst vydání prostřednictvím datového rozhraní API (pouze pro čtení). Každému programu přidělte vlastní token, abyste mohli jeden zrušit, aniž byste zastavili ostatní.
portal-token-new-heading = Vytvoření tokenu
portal-token-name = Název
portal-token-name-hint = K čemu token slouží, např. „noční import“.
portal-token-create = Vytvořit token
portal-token-created = Váš nový token je uveden níže. Zkopírujte si jej nyní: zobrazuje se pouze tentokrát a později jej již nebude možné zobrazit.
portal-token-use = Odesílejte jej s každým požadavkem ve tvaru:
portal-tokens-list-heading = Vaše tokeny
portal-tokens-none = Zatím nemáte žádné tokeny.
portal-token-created-on = Vytvořeno dne
portal-token-last-used = Naposledy použito dne
portal-token-state = Stav
portal-token-revoke = Zrušit
portal-token-revoked-on = Zrušeno dne { $day }
portal-token-revoked = Token je zrušen: již nefunguje.
portal-error-token-name = Zadejte název tokenu (maximální počet znaků: { $max }).
error-unauthorized = Je vyžadován platný token API: odešlete hlavičku „Authorization: Bearer“ s tokenem vytvořeným na portálu, který nebyl zrušen.

# console triage
console-triage-heading = O čem hlášení jsou
console-triage-hint = Odemkněte svůj klíč, abyste viděli, o čem jednotlivá hlášení jsou, a mohli je vyhledávat, filtrovat a řadit. Hlášení se dešifrují v tomto prohlížeči; ani ona, ani vaše hledání se neodesílají na server.
console-triage-search = Hledat v textu hlášení
console-triage-all = Vše
console-triage-sort = Řazení
console-triage-sort-newest = Nejnovější první
console-triage-sort-oldest = Nejstarší první
console-triage-sort-deadline = Nejbližší lhůta první
console-triage-reset = Vymazat hledání a filtry
console-triage-col-summary = Hlášení (první řádek popisu)
console-triage-col-language = Jazyk
console-triage-col-attachments = Přílohy
console-triage-count = Nalezená hlášení: { $shown } z { $total }
console-triage-page = Strana { $page } z { $pages }
console-triage-pages = Strany seznamu
console-triage-previous = Předchozí strana
console-triage-next = Další strana
console-triage-none = Hledání a filtrům neodpovídá žádné hlášení.
console-triage-working = Dešifrování hlášení…
console-triage-unreadable = Toto hlášení nelze vaším klíčem otevřít.
error-summary-entry = { $field }: { $message }
error-field-recipients = Příjemci
error-field-actor-type = Kdo za tím stál
error-field-loss-eur = Odhadovaná ztráta
error-field-jobs-at-risk = Ohrožená pracovní místa
error-field-attachments = Přílohy
error-field-contact = Kontakt
error-field-organisation-id = DIČ nebo LEI
error-field-consent = Potvrzení
console-nav-figures = Ukazatele
console-figures-heading = Ukazatele pro vedení
console-figures-lead = { $body }: pouze počty a doby, vypočtené ze dnů, které server zaznamenává. Nic z obsahu hlášení.
console-figures-csv = Stáhnout jako CSV
console-figures-received = Přijatá hlášení podle měsíců
console-figures-month = Měsíc
console-figures-count = Hlášení
console-figures-timing = Doba do potvrzení a do zpětné vazby
console-figures-step = Krok
console-figures-done = Hotovo
console-figures-median = Medián (dny)
console-figures-p90 = 90. percentil (dny)
console-figures-within = Ve lhůtě
console-figures-within-value = { $within } z { $decided } ({ $percent } %)
console-figures-ack = Potvrzení (do 7 dnů od přijetí)
console-figures-feedback = Zpětná vazba (do 3 měsíců od potvrzení)
console-figures-open = Otevřené případy podle stavu
console-figures-definitions = Zpětnou vazbou se rozumí první den po potvrzení, kdy posuzovatel napsal oznamovateli, nebo den uzavření případu, podle toho, co nastalo dříve. Medián a percentil metodou nejbližšího pořadí. Podíly zahrnují provedené kroky a kroky po lhůtě; případy, které jsou ještě ve lhůtě, se zatím nezapočítávají.
console-assign-heading = Přidělení
console-assign-label = Přiděleno
console-assign-nobody = Nikomu
console-assign-submit = Přidělit
console-triage-assigned-me = Přidělená mně
console-triage-unassigned = Nepřidělená

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Zprávu nelze podepsat: váš podpisový klíč ještě není v podepsané sadě klíčů. Nic nebylo odesláno; požádejte provozovatele o přidání klíče.
console-casefile-heading = Spis k předání
console-casefile-hint = Sestaví se ve vašem prohlížeči z otevřeného oznámení; nic z něj se neodesílá na server. Do auditního protokolu se zapisuje jen samotný export: formát, zahrnuté části a počet začerněných výrazů.
console-casefile-parts = Zahrnuté části
console-casefile-part-fields = Údaje oznámení
console-casefile-part-conversation = Konverzace
console-casefile-part-attachments = Přílohy s jejich SHA-256
console-casefile-part-classification = Klasifikace
console-casefile-redact-contact = Začernit kontaktní údaje oznamovatele a identifikátor organizace
console-casefile-terms = Jména a slova k začernění
console-casefile-terms-hint = Jedno na řádek. Každé se v celém spisu nahradí značkou začernění bez ohledu na velikost písmen.
console-casefile-download = Stáhnout spis (HTML)
console-casefile-print = Vytisknout nebo uložit jako PDF
console-casefile-working = Připravuje se spis: dešifrují se přílohy…
console-casefile-done = Export spisu byl zaznamenán.
console-casefile-no-parts = Vyberte alespoň jednu část.
console-casefile-title = Spis k oznámení
console-casefile-prepared = Vyhotoveno dne
console-casefile-marker = [ZAČERNĚNO]
console-casefile-redactions = Začernění
console-casefile-redacted-contact = Kontaktní údaje oznamovatele a identifikátor organizace
console-casefile-redacted-terms = Výrazy označené posuzovatelem
console-casefile-verified = podpis ověřen
# --- indicators ---
report-section-indicators = Technické indikátory (nepovinné)
report-indicators-lead = Máte-li technické stopy útoku, uveďte je zde, jednu hodnotu na řádek. Posuzovatelé je mohou sdílet s týmy CSIRT, aby útočníky zablokovali.
field-indicator-ip = IP adresy nebo rozsahy
hint-indicator-ip = IPv4 nebo IPv6, nebo rozsah CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Doménová jména
hint-indicator-domain = Například files.example.com; mezinárodní jména v podobě xn--.
field-indicator-url = Webové adresy (URL)
hint-indicator-url = Úplná adresa začínající https:// nebo jiným schématem.
field-indicator-email = E-mailové adresy
hint-indicator-email = Například odesílatel phishingové zprávy.
field-indicator-hash = Otisky souborů
hint-indicator-hash = MD5, SHA-1 nebo SHA-256, šestnáctkově.
field-indicator-file-name = Názvy souborů
hint-indicator-file-name = Jen název, bez složky: faktura.pdf.exe.
field-indicator-observations = Další technická zjištění
hint-indicator-observations = Cokoli dalšího, co může pomoci: nástroje, účty, časy.
error-indicator-ip = Řádek { $line } není IP adresa ani rozsah CIDR.
error-indicator-domain = Řádek { $line } není doménové jméno.
error-indicator-url = Řádek { $line } není úplná webová adresa (například https://example.com/cesta).
error-indicator-email = Řádek { $line } není e-mailová adresa.
error-indicator-hash = Řádek { $line } není otisk MD5, SHA-1 ani SHA-256.
error-indicator-file-name = Řádek { $line } není název souboru (bez složky, nejvýše 255 znaků).
error-indicator-count = Do tohoto pole zadejte nejvýše { $max } hodnot.
console-indicators-heading = Technické indikátory
console-taxii-heading = Odeslat do kolekce TAXII 2.1
console-taxii-hint = Balík STIX 2.1 s výše zvolenou úrovní TLP jde z tohoto prohlížeče přímo na server TAXII vašeho orgánu; adresa a přihlašovací údaje se neukládají.
console-taxii-url = Adresa kolekce (končí /collections/<id>/)
console-taxii-user = Uživatelské jméno
console-taxii-password = Heslo
console-taxii-push = Odeslat do TAXII
console-taxii-done = Balík byl přidán do kolekce TAXII.
console-taxii-failed = Server TAXII balík odmítl nebo nebyl dostupný. Zkontrolujte adresu a přihlašovací údaje a to, zda server povoluje původ této konzole (CORS).
# --- tags and referral ---
console-tags-heading = Štítky
console-tags-hint = Štítky pocházejí z pevného seznamu vašeho orgánu, který vede provozovatel. Jejich názvy vidí ten, kdo provozuje server: používejte je jako označení, nikdy pro obsah případu.
console-tags-none = Toto oznámení nemá žádné štítky.
console-tags-field = Štítek
console-tags-add = Přidat štítek
console-tags-remove = Odebrat štítek
console-error-tag-unknown = Tento štítek není v seznamu vašeho orgánu. Nic se nezměnilo.
console-refer-heading = Postoupit { $body }
console-refer-hint = Klíč oznámení se ve vašem prohlížeči zapečetí pro klíče { $body } z ověřeného svazku klíčů. { $body } pak oznámení uvidí ve své schránce s vlastními lhůtami počítanými ode dneška.
console-refer-note = Poznámka pro { $body } (nepovinná)
console-refer-note-hint = Zapečetěná pro oba orgány jako interní poznámka; oznamovateli se nikdy nezobrazí.
console-refer-tell = Informovat oznamovatele v konverzaci
console-refer-message = Zpráva oznamovateli
console-refer-message-default = Vaše oznámení bylo postoupeno { $body }, který se jím bude rovněž zabývat.
console-refer-submit = Postoupit oznámení
console-refer-done = Oznámení bylo postoupeno.
console-referrals-heading = Postoupení
console-referral-line = Postoupeno z { $from } do { $to }, postoupil(a) { $who } dne { $day }.
console-referral-note = Poznámka:
console-triage-referred-from = Postoupeno od { $body }
console-error-referral-same = Oznámení lze postoupit pouze druhému orgánu.
console-error-referral-exists = { $body } již toto oznámení má; nebylo postoupeno znovu.
console-error-referral-slots = Zapečetěné klíče neodpovídají přesně klíčům { $body } ve svazku klíčů. Nic nebylo postoupeno.
# --- security keys (WebAuthn) ---
account-nav-keys = Bezpečnostní klíče
account-keys-heading = Bezpečnostní klíče
account-keys-lead = Bezpečnostní klíč nebo přístupový klíč v telefonu či počítači může při přihlášení nahradit ověřovací kód a nedá se vylákat phishingem. Můžete jich přidat několik.
account-keys-totp-allowed = Váš účet se může přihlásit také ověřovacím kódem.
account-keys-totp-forbidden = Váš účet se přihlašuje pouze bezpečnostním klíčem: ověřovací kódy jsou odmítány.
account-keys-list-heading = Vaše klíče
account-keys-none = Zatím nebyl přidán žádný bezpečnostní klíč.
account-key-name = Název klíče
account-key-name-hint = Například „modrý klíč“, abyste ho v tomto seznamu poznali.
account-key-added-on = Přidán
account-key-last-used = Naposledy použit
account-key-actions = Akce
account-key-remove = Odebrat
account-key-new-heading = Přidat bezpečnostní klíč
account-key-add = Přidat bezpečnostní klíč
account-key-touch = Postupujte podle pokynů prohlížeče a dotkněte se bezpečnostního klíče.
account-key-failed = Bezpečnostní klíč neodpověděl nebo byl požadavek zrušen. Zkuste to znovu.
account-key-needs-js = Přidání bezpečnostního klíče vyžaduje v tomto prohlížeči JavaScript.
account-key-unavailable = Na adrese tohoto serveru nelze bezpečnostní klíče používat. Obraťte se na provozovatele.
account-key-added = Bezpečnostní klíč byl přidán.
account-key-removed = Bezpečnostní klíč byl odebrán.
account-key-last = Toto je váš poslední bezpečnostní klíč a váš účet nesmí používat ověřovací kódy: než tento klíč odeberete, přidejte jiný.
account-key-expired = Požadavek trval příliš dlouho. Zkuste to znovu.
account-key-invalid = Odpověď bezpečnostního klíče nebyla přijata. Zkuste to znovu.
account-key-duplicate = Tento bezpečnostní klíč už byl přidán.
account-key-too-many = Máte nejvyšší povolený počet bezpečnostních klíčů. Nejprve jeden odeberte.
account-error-key-name = Pojmenujte klíč názvem o 1 až { $max } znacích.
account-key-signin-heading = Použijte bezpečnostní klíč
account-key-signin-lead = Heslo je správné. Potvrďte přihlášení bezpečnostním klíčem.
account-key-signin-submit = Použít můj bezpečnostní klíč
account-key-signin-needs-js = Bezpečnostní klíč vyžaduje v tomto prohlížeči JavaScript.
account-key-signin-back = Přihlásit se raději ověřovacím kódem
account-field-code-key-hint = Používáte-li bezpečnostní klíč, nechte kód prázdný: klíč použijete v dalším kroku.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Upozornění
console-notify-lead = Přehled obsahující pouze počty: nová oznámení, nové zprávy od oznamovatelů, blížící se a zmeškané lhůty. Nikdy neobsahuje obsah, identifikátor ani název oznámení.
console-notify-email = E-mailová adresa
console-notify-email-hint = Přehled se posílá na tuto adresu. Ponechte prázdné, pokud e-mail nechcete.
console-notify-webhook = URL webhooku
console-notify-webhook-hint = Stejné počty se sem posílají jako JSON (HTTP POST). Adresa musí začínat https://. Ponechte prázdné, pokud webhook nechcete.
console-notify-frequency = Jak často
console-notify-off = Nikdy
console-notify-daily = Každý den
console-notify-weekly = Každý týden
console-notify-send-empty = Posílat přehled, i když se nic nestalo
console-notify-send-empty-hint = Přehled pak přijde pokaždé a jeho příchod nic neprozradí o nových oznámeních.
console-notify-language = Jazyk přehledu
console-notify-save = Uložit
console-notify-saved = Nastavení upozornění bylo uloženo.
console-notify-error-email = E-mailová adresa: zadejte úplnou adresu, například jmeno@example.eu.
console-notify-error-webhook = URL webhooku: zadejte úplnou adresu, například https://hooks.example.eu/digest, bez uživatelského jména, hesla a znaku #.
console-notify-error-https = URL webhooku: adresa musí začínat https:// (http:// pouze na tento počítač).
console-notify-error-destination = E-mailová adresa: zadejte e-mailovou adresu nebo URL webhooku, nebo zvolte „Nikdy“.
notify-mail-subject = Kanál pro oznámení: váš přehled
notify-mail-intro = Přehled pro { $body } od { $from } do { $through }. Pouze počty: oznámení uvidíte po přihlášení do konzole.
notify-mail-new-reports = Nová oznámení: { $count }
notify-mail-new-replies = Nové zprávy od oznamovatelů: { $count }
notify-mail-ack-due = Potvrzení přijetí splatná do 2 dnů: { $count }
notify-mail-feedback-due = Zpětné vazby splatné do 14 dnů: { $count }
notify-mail-ack-overdue = Zmeškaná potvrzení přijetí: { $count }
notify-mail-feedback-overdue = Zmeškané zpětné vazby: { $count }
notify-mail-nothing = Nic nového a nic k vyřízení.
notify-mail-footer = Tento přehled dostáváte, protože jste si jej vyžádali v konzoli (Upozornění). Tam jej můžete změnit nebo zrušit.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Přijetí potvrzeno dne
conversation-acknowledgement-due = Potvrzení přijetí nejpozději do
conversation-feedback-due = Zpětná vazba nejpozději do
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Související hlášení
console-related-hint = Porovnáno podle klíčovaných hashů indikátorů a identifikátoru organizace, vypočtených ve vašem prohlížeči: server nikdy nevidí žádný indikátor. Zobrazují se jen hlášení, která smí váš orgán otevřít.
console-related-none = Žádné jiné hlášení vašeho orgánu nesdílí s tímto indikátor.
console-related-report = Hlášení { $report }
console-related-shares = společné indikátory: { $count }
console-related-incident = možná tentýž incident (stejný identifikátor organizace)
console-related-refused = Korelační klíč nabídnutý serverem není ten, který uvádí podepsaný svazek klíčů: nebyl použit a nic nebylo odesláno.
console-related-confirm = Potvrdit toto hlášení jako duplicitní
console-related-unavailable = Korelace zatím není k dispozici: pro váš záznam ve svazku klíčů nebyl zapečetěn žádný korelační klíč.
