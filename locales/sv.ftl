### Svenska. Samma id:n och { $platshållare } som en.ftl (kontrolleras av `cargo test -p i18n`).
### Se i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Svenska
language-switch-label = Språk
language-switch-button = Byt språk

## Page chrome

site-name = Kanal för rapportering av stöld av företagshemligheter
skip-to-content = Gå direkt till huvudinnehållet
nav-label = Huvudmeny
nav-home = Startsida
nav-report = Rapportera en stöld
nav-follow-up = Följ upp en rapport
footer-privacy-notice = Integritetsmeddelande
footer-recipients = Rapporterna går till EUIPO och Europols europeiska it-brottscentrum (EC3).

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] januari
        [2] februari
        [3] mars
        [4] april
        [5] maj
        [6] juni
        [7] juli
        [8] augusti
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Rapportera it-stöld av företagshemligheter
page-title-report = Lämna en rapport
page-title-follow-up = Följ upp din rapport
page-title-privacy = Integritetsmeddelande

## Reporter landing page

home-heading = Rapportera stöld av företagshemligheter vid en it-attack
home-intro = Om ditt företags företagshemligheter har stulits genom en it-attack kan du rapportera det här, frivilligt och konfidentiellt, till EUIPO (EU:s immaterialrättsmyndighet) och till Europols europeiska it-brottscentrum (EC3).
home-point-recipients = Du väljer själv vem som får din rapport: EUIPO, Europol EC3 eller båda.
home-point-encrypted = Din rapport krypteras så att bara de handläggare du väljer kan läsa den. Webbplatsen lagrar den aldrig i läsbar form.
home-point-anonymous = Du kan rapportera utan att uppge ditt namn eller ditt företags namn.
home-point-receipt = När du skickar rapporten får du en kvittokod. Förvara den säkert: du behöver den för att läsa och besvara handläggarnas frågor, och den kan inte ersättas om den går förlorad.
home-point-statistics = De svar du väljer i listor (till exempel bransch och typ av attack) används också för statistik på EU-nivå. Brus läggs till så att inget företag kan identifieras.
home-no-javascript = Formuläret fungerar också med JavaScript avstängt (till exempel i Tor Browsers säkraste läge). Din rapport krypteras då av servern så snart den kommer fram i stället för i din webbläsare, vilket ger ett något svagare skydd.
home-start-button = Börja rapportera
home-follow-up-heading = Har du redan skickat en rapport?
home-follow-up-text = Använd din kvittokod för att läsa meddelanden från handläggarna och svara på dem.
home-follow-up-button = Följ upp med din kvittokod

## Form: common parts

form-optional = (frivilligt)
form-choose = Välj…
# Read by screen readers before each field error.
form-error-prefix = Fel:
recipient-euipo = EUIPO (Europeiska unionens immaterialrättsmyndighet)
recipient-ec3 = Europol EC3 (Europeiska it-brottscentrumet)

## Errors: whole pages

error-page-title = Något gick fel
error-bad-request = Begäran kunde inte tolkas. Gå tillbaka och försök igen.
error-not-found = Sidan finns inte. Kontrollera adressen eller börja om från startsidan.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Det du skickade är för stort: gränsen är { $limit }. Ta bort eller minska bilagorna och försök igen.
error-csrf = Av säkerhetsskäl har formuläret gått ut och ingenting har sparats. Ladda om sidan och skicka det igen.
error-form-used = Det här formuläret har redan skickats: din anmälan togs emot en gång, med den kvittokod som visades då. Öppna ett nytt formulär för att skicka en ny anmälan.
error-rate-limited = För många försök på kort tid. Vänta några minuter och försök igen.
error-server = Något gick fel hos oss och ingenting har sparats. Försök igen senare.
error-unavailable = Tjänsten är tillfälligt otillgänglig. Försök igen senare.
error-unavailable-title = Tillfälligt otillgänglig
error-database-unavailable = Vi kan inte lagra eller läsa rapporter just nu, så ingenting har sparats. Vänta en minut och skicka den sedan igen.

## Errors: form fields

error-required = Fältet är obligatoriskt.
error-unknown-choice = Välj ett av alternativen i listan.
error-month-format = Ange månaden som YYYY-MM, till exempel 2026-03.
error-month-future = Månaden kan inte ligga i framtiden.
error-month-too-early = Månaden kan inte ligga före { $year }.
error-detection-before-incident = Månaden då stölden upptäcktes kan inte ligga före månaden då den började.
error-number-format = Ange ett heltal, till exempel 250000.
# { $max } is an amount in euros.
error-loss-too-large = Beloppet får inte vara större än { $max } euro.
error-jobs-too-large = Antalet arbetstillfällen får inte vara större än { $max }.
error-too-long =
    { $max ->
        [one] Texten är för lång: använd högst { $max } tecken.
       *[other] Texten är för lång: använd högst { $max } tecken.
    }
error-organisation-id = Ange ett momsregistreringsnummer (till exempel DK12345678) eller en LEI-kod (20 bokstäver och siffror), eller lämna fältet tomt.
error-recipients = Välj minst en mottagare: EUIPO, Europol EC3 eller båda.
error-consent = Kryssa i rutan för att bekräfta innan du skickar rapporten.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Formuläret innehåller { $count } fel. Rätta det och skicka formuläret igen.
       *[other] Formuläret innehåller { $count } fel. Rätta dem och skicka formuläret igen.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Nyckelringens fingeravtryck (jämför det med det som EUIPO och Europol offentliggör):
error-go-back = Använd webbläsarens bakåtknapp för att återgå till formuläret; det du har skrivit finns oftast kvar.
# { $limit } is a number of files.
error-too-many-files = För många filer: du kan bifoga högst { $limit }. Ta bort några och försök igen.

## Page titles (intake)

page-title-confirmation = Rapporten har tagits emot
page-title-conversation = Din rapport

## Landing page: what the server sees

home-server-heading = Vad webbplatsen kan och inte kan se
home-server-cannot = Den kan inte läsa din rapport, dina bilagor eller dina meddelanden: de krypteras för handläggarna innan de lagras, och bara handläggarna har nycklarna för att öppna dem.
home-server-can = Den ser att en rapport skickades en viss dag, till vilket organ och ungefär hur stor den är. Den registrerar aldrig din IP-adress, din webbläsare eller den exakta tidpunkten.
home-fingerprint-heading = Kontrollera att du är på den äkta kanalen
home-fingerprint-text = Rapporterna krypteras för nycklarna i en nyckelring som är signerad med kanalens offlinenyckel. Nyckelringens fingeravtryck visas nedan; EUIPO och Europol offentliggör samma fingeravtryck på sina egna webbplatser.
home-tor-heading = Rapportera anonymt
home-tor-text = För bästa möjliga anonymitet: använd Tor Browser, logga inte in på något annat samtidigt och ta bort namn och metadata (författare, företag, GPS) från filer innan du bifogar dem.

## Report form

report-heading = Rapportera stöld av företagshemligheter
report-lead = Fält som är markerade som frivilliga kan lämnas tomma. Allt du skriver och dina bilagor krypteras för de mottagare du väljer.
report-guarantee-server = Utan JavaScript krypteras din rapport av servern, i minnet, i samma ögonblick som den kommer fram, och den lagras aldrig i läsbar form. Med JavaScript påslaget krypterar din egen webbläsare rapporten innan den skickas.
report-files-dropped = Av säkerhetsskäl sparas inte bifogade filer när formuläret kommer tillbaka med fel. Bifoga dem igen.
report-section-classification = Om incidenten
report-section-when = När det hände
report-section-impact = Konsekvenser
report-section-account = Vad som hände
report-section-optional = Frivilliga uppgifter
report-submit = Kryptera och skicka rapporten
field-recipients = Vem ska få rapporten?
hint-recipients = Välj en eller båda. Bara handläggarna vid de organ du väljer kan läsa rapporten.
field-member-state = Medlemsstat där ditt företag är etablerat
hint-member-state = Används för EU-statistik per land.
field-sector = Ditt företags bransch
hint-sector = Den avdelning i NACE som din huvudsakliga verksamhet hör till.
field-incident-class = Typ av incident
hint-incident-class = Välj det som passar bäst; handläggarna kan rätta det.
field-attack-vector = Hur angriparna tog sig in
hint-attack-vector = Välj ”Okänt” om du inte vet ännu.
field-actor-type = Vem tror du låg bakom?
hint-actor-type = Din bästa bedömning; ”Okänt” är ett giltigt svar.
field-incident-month = Månad då stölden började
hint-incident-month = Som YYYY-MM, till exempel 2026-03. En uppskattning räcker.
field-detection-month = Månad då stölden upptäcktes
hint-detection-month = Som YYYY-MM.
field-loss-eur = Uppskattad förlust i euro (frivilligt)
hint-loss-eur = Ett heltal, till exempel 250000. Lämna tomt om du inte kan uppskatta den.
field-jobs-at-risk = Hotade arbetstillfällen (frivilligt)
hint-jobs-at-risk = Hur många arbetstillfällen som hotas av stölden, om du kan uppskatta det.
field-what-taken = Vad som togs
hint-what-taken = Till exempel källkod, ritningar, kundregister, recept och formler, tillverkningsprocesser.
field-narrative = Vad som hände
hint-narrative = Beskriv attacken och hur den upptäcktes med egna ord: datum, berörda system, vad ni har gjort sedan dess.
field-attachments = Bilagor (frivilligt)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Högst { $max_files } filer på högst { $max_mib } MB var. De krypteras när de tas emot.
field-contact = Hur kan handläggarna kontakta dig? (frivilligt)
hint-contact = Lämna tomt om du vill vara anonym: du kan ändå läsa och besvara meddelanden med din kvittokod.
field-organisation-id = Företagets momsregistreringsnummer eller LEI-kod (frivilligt)
hint-organisation-id = Frivilligt. Det krypteras: granskarna hos de organ du valt kan läsa det; det publiceras aldrig. I statistiken blir det en pseudonym så att ditt företag räknas högst en gång per kvartal och de publicerade siffrorna skyddar företagets rapporter som helhet (som standard ε = 1 per kvartal, högst ε = 4 per år). Utan det skyddas varje rapport för sig, inte alla dina rapporter tillsammans.
field-consent = Jag bekräftar att uppgifterna såvitt jag vet är korrekta och godkänner att de behandlas enligt beskrivningen i integritetsmeddelandet.
hint-consent = Du kan senare dra tillbaka en rapport genom att skriva till handläggarna med din kvittokod.

## Confirmation

confirmation-heading = Din rapport har tagits emot
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Din rapport har krypterats och skickats till: { $recipients }.
confirmation-receipt-heading = Din kvittokod
confirmation-receipt-text = Skriv ner koden eller ladda ner den nu. Du behöver den för att läsa och besvara handläggarnas frågor.
confirmation-receipt-once = Koden visas bara en gång. Ingen, inte heller handläggarna, kan återskapa den åt dig.
confirmation-download = Ladda ner kvittot som textfil
confirmation-print = Du kan också skriva ut sidan: bara koden och de här anvisningarna skrivs ut.
confirmation-guarantee-heading = Så skyddades din rapport
confirmation-sealed-by-server = Din webbläsare skickade rapporten utan JavaScript, så servern krypterade den i minnet när den kom fram. Den skrevs aldrig till disk i läsbar form.
confirmation-sealed-by-browser = Din webbläsare krypterade rapporten innan den skickades; servern såg den aldrig i läsbar form.
confirmation-next-heading = Vad händer nu?
confirmation-next-text = Handläggarna bekräftar mottagandet av rapporter inom 7 dagar och ger återkoppling inom 3 månader. Kom tillbaka med din kvittokod för att läsa deras meddelanden.
recipients-both = EUIPO och EC3
receipt-file-title = Kvittokod för din rapport till kanalen för rapportering av stöld av företagshemligheter
receipt-file-keep = Håll koden hemlig och förvara den säkert. Använd den på kanalens sida för uppföljning.

## Follow-up

followup-heading = Följ upp din rapport
followup-lead = Ange den kvittokod du fick när du skickade din rapport.
followup-receipt-label = Kvittokod
followup-receipt-hint = 24 bokstäver och siffror, till exempel 7KQM-2XPA-…; bindestreck och mellanslag spelar ingen roll.
followup-submit = Öppna min rapport
followup-wrong-receipt = Ingen rapport hör till den här kvittokoden. Kontrollera varje tecken och försök igen.

## Conversation

conversation-heading = Din rapport
conversation-status = Status
conversation-received = Mottagen den
conversation-sealed-by-server = Rapporten krypterades av servern när den kom fram (den skickades utan JavaScript).
conversation-messages = Meddelanden
conversation-empty = Inga meddelanden ännu. Handläggarna bekräftar mottagandet av rapporter inom 7 dagar.
conversation-from-you = Du
conversation-from-reviewer = Handläggare
conversation-reply-heading = Skriv till handläggarna
conversation-reply-label = Ditt meddelande
conversation-reply-submit = Kryptera och skicka meddelandet
conversation-reply-sent = Ditt meddelande har krypterats och skickats.
conversation-reply-empty = Skriv ett meddelande eller bifoga en fil innan du skickar.
status-new = Mottagen, ännu inte bekräftad
status-acknowledged = Mottagandet bekräftat
status-in-review = Under handläggning
status-information-requested = Handläggarna har bett dig om uppgifter
status-referred = Överlämnad till behöriga myndigheter
status-closed = Avslutad

## Privacy notice

privacy-heading = Integritetsmeddelande
privacy-controllers = Rapporterna behandlas av EUIPO och av Europol (EC3), var och en för de rapporter som är ställda till dem, enligt förordning (EU) 2018/1725 respektive förordning (EU) 2016/794.
privacy-what-heading = Vad som behandlas
privacy-what-text = Innehållet i din rapport, dess bilagor och dina meddelanden krypteras så att bara handläggarna vid de organ du valde kan läsa dem. Dagen då en rapport togs emot, dess status och mottagarna lagras i läsbar form för att tidsfristerna ska kunna hanteras.
privacy-not-heading = Vad som aldrig registreras
privacy-not-text = Din IP-adress, din webbläsare och den exakta tidpunkten för dina besök lagras eller loggas aldrig. Inga kakor används på rapporteringssidorna.
privacy-statistics-heading = Statistik
privacy-statistics-text = Svaren som väljs ur listor används i statistik på EU-nivå som publiceras med differentiell integritet. Det som skyddas är ett företag under det momsregistreringsnummer eller LEI det angav: om det rapporterade under ett kvartal, och vad, ändrar sannolikheten för varje publicerad siffra med högst en faktor e^ε, med de gränser som publiceras med varje utgåva (som standard ε = 1 per kvartal, en faktor 2,7, och ε = 4 per kalenderår, en faktor 55; över flera år multipliceras faktorerna). Rapporter utan identifierare skyddas var för sig, så ett företag som skickar flera utan är mindre skyddat. Siffrorna är skattningar med brus, inte exakta räkningar.
privacy-retention-heading = Hur länge rapporterna sparas
privacy-retention-text = Avslutade rapporter raderas efter den lagringstid som de granskande organen har fastställt. Offentliggjord statistik påverkas inte.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Österrike
member-state-BE = Belgien
member-state-BG = Bulgarien
member-state-HR = Kroatien
member-state-CY = Cypern
member-state-CZ = Tjeckien
member-state-DK = Danmark
member-state-EE = Estland
member-state-FI = Finland
member-state-FR = Frankrike
member-state-DE = Tyskland
member-state-EL = Grekland
member-state-HU = Ungern
member-state-IE = Irland
member-state-IT = Italien
member-state-LV = Lettland
member-state-LT = Litauen
member-state-LU = Luxemburg
member-state-MT = Malta
member-state-NL = Nederländerna
member-state-PL = Polen
member-state-PT = Portugal
member-state-RO = Rumänien
member-state-SK = Slovakien
member-state-SI = Slovenien
member-state-ES = Spanien
member-state-SE = Sverige

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Jordbruk, skogsbruk och fiske
sector-B = Utvinning av mineral
sector-C = Tillverkning
sector-D = Försörjning av el, gas, värme och kyla
sector-E = Vattenförsörjning; avloppsrening, avfallshantering och sanering
sector-F = Byggverksamhet
sector-G = Handel; reparation av motorfordon och motorcyklar
sector-H = Transport och magasinering
sector-I = Hotell- och restaurangverksamhet
sector-J = Informations- och kommunikationsverksamhet
sector-K = Finans- och försäkringsverksamhet
sector-L = Fastighetsverksamhet
sector-M = Verksamhet inom juridik, ekonomi, vetenskap och teknik
sector-N = Uthyrning, fastighetsservice, resetjänster och andra stödtjänster
sector-O = Offentlig förvaltning och försvar; obligatorisk socialförsäkring
sector-P = Utbildning
sector-Q = Vård och omsorg; sociala tjänster
sector-R = Kultur, nöje och fritid
sector-S = Annan serviceverksamhet
sector-T = Förvärvsarbete i hushåll; hushållens produktion av diverse varor och tjänster för eget bruk
sector-U = Verksamhet vid internationella organisationer, utländska ambassader o.d.

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Informationssäkerhet: obehörig åtkomst till information
incident-class-information-content-security--unauthorised-information-modification = Informationssäkerhet: information ändrades utan tillstånd
incident-class-information-content-security--data-loss = Informationssäkerhet: data gick förlorade
incident-class-information-content-security--leak-confidential-information = Informationssäkerhet: konfidentiell information läckte ut
incident-class-intrusions--system-compromise = Intrång: ett system (server eller dator) togs över
incident-class-intrusions--application-compromise = Intrång: en applikation togs över
incident-class-intrusions--privileged-account-compromise = Intrång: ett administratörskonto togs över
incident-class-intrusions--unprivileged-account-compromise = Intrång: ett vanligt användarkonto togs över
incident-class-intrusions--burglary = Intrång: fysiskt inbrott
incident-class-information-gathering--social-engineering = Informationsinhämtning: personer manipulerades att lämna ut information (social manipulation)
incident-class-information-gathering--sniffing = Informationsinhämtning: nätverkstrafik avlyssnades
incident-class-malicious-code--infected-system = Skadlig kod: ett system infekterades
incident-class-fraud--masquerade = Bedrägeri: någon utgav sig för att vara en person eller organisation som ni litar på
incident-class-fraud--phishing = Bedrägeri: nätfiske (falska meddelanden eller webbplatser för att komma åt lösenord eller data)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Dataintrång: webbapplikation
attack-vector-hacking--backdoor-or-c2 = Dataintrång: bakdörr eller fjärrstyrningskanal (C2)
attack-vector-hacking--desktop-sharing = Dataintrång: fjärrskrivbord eller skärmdelning
attack-vector-hacking--vpn = Dataintrång: VPN-åtkomst
attack-vector-hacking--partner = Dataintrång: via en partners åtkomst (leverantör eller tjänsteleverantör)
attack-vector-hacking--command-shell = Dataintrång: kommandoskal
attack-vector-malware--email-attachment = Skadlig programvara: bilaga i e-post
attack-vector-malware--email-link = Skadlig programvara: länk i e-post
attack-vector-malware--web-download = Skadlig programvara: nedladdning från en webbplats
attack-vector-malware--software-update = Skadlig programvara: programuppdatering
attack-vector-malware--direct-install = Skadlig programvara: installerad direkt av angriparen
attack-vector-malware--network-propagation = Skadlig programvara: spridd via nätverket
attack-vector-social--email = Social manipulation: e-post
attack-vector-social--phone = Social manipulation: telefonsamtal
attack-vector-social--in-person = Social manipulation: personligen
attack-vector-social--website = Social manipulation: webbplats
attack-vector-social--sms = Social manipulation: sms
attack-vector-misuse--lan-access = Missbruk av insider: åtkomst från det interna nätverket
attack-vector-misuse--physical-access = Missbruk av insider: fysisk åtkomst
attack-vector-misuse--remote-access = Missbruk av insider: fjärråtkomst
attack-vector-misuse--non-corporate = Missbruk av insider: utanför företagets system (privat e-post, privata enheter eller nätverk)
attack-vector-unknown = Okänt eller ännu inte känt

## Categories: actor types

actor-type-competitor = Konkurrent
actor-type-nation-state = Statlig aktör (en främmande stat eller dess myndigheter)
actor-type-organised-crime = Organiserad brottslighet
actor-type-insider = Insider (en nuvarande anställd eller uppdragstagare)
actor-type-former-employee = Tidigare anställd
actor-type-unknown = Okänt

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript är påslaget: din webbläsare krypterar din rapport och dina bilagor för de mottagare du väljer innan något skickas. Servern tar bara emot krypterade data.
js-status-checking = Formuläret och handläggarnas nycklar kontrolleras…
js-status-encrypting = Din rapport och dina bilagor krypteras i den här webbläsaren…
js-status-proof-of-work = Sändningen förbereds (en kort beräkning som skyddar kanalen mot automatiserad skräppost)…
js-status-sending = Den krypterade rapporten skickas…
js-error-keyring = Handläggarnas nycklar kunde inte verifieras: nyckelringen är inte signerad med den nyckel vars fingeravtryck visas på den här sidan. Ingenting har skickats. Skicka inte din rapport från den här sidan; kontakta EUIPO eller Europol via deras officiella webbplatser.
js-error-network = Rapporten kunde inte skickas eftersom anslutningen bröts. Ingenting har sparats. Kontrollera din anslutning och försök igen.
js-error-crypto = Din webbläsare kunde inte kryptera rapporten, så ingenting har skickats. Försök igen, eller stäng av JavaScript och skicka formuläret utan det.
js-error-file = En bifogad fil kunde inte läsas. Kontrollera att den fortfarande finns, bifoga den igen och försök på nytt.
js-error-kept = Dina svar och bifogade filer finns kvar i formuläret.
js-retry = Försök igen
js-print = Skriv ut kvittokoden

## Reviewer console (/console/)

console-name = Handläggarkonsol
console-nav-inbox = Inkorg
console-logout = Logga ut
console-logout-everywhere = Logga ut överallt
console-go-to-login = Gå till inloggningssidan
console-refused-heading = Begäran avvisades
console-login-heading = Logga in i handläggarkonsolen
console-login-submit = Logga in
console-field-name = Namn
console-field-password = Lösenord
console-field-code = Kod från din autentiseringsapp
console-field-code-hint = Den sexsiffriga kod som din autentiseringsapp visar just nu. Varje kod kan bara användas en gång.
console-notice-expired = Din session har löpt ut. Logga in igen.
console-notice-logged-out = Du är utloggad.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Fel namn, lösenord eller kod. Försök igen; vänta en minut före nästa försök efter många misslyckade försök.
console-error-csrf = Formuläret kunde inte godtas eftersom dess säkerhetstoken saknas, är felaktig eller hör till en annan session. Ingenting har ändrats. Ladda om sidan och försök igen.
error-cross-site = Formuläret skickades från en annan webbplats och avvisades därför; ingenting har ändrats. Öppna sidan på den här webbplatsen och skicka formuläret därifrån.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Sidor
pager-previous = Föregående sida
pager-next = Nästa sida
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Sida { $page } av { $pages }
error-method-not-allowed = Den här adressen tar inte emot den här typen av begäran.
error-headers-too-large = Begäran innehöll för mycket huvuddata och avvisades. Radera den här webbplatsens kakor och försök igen.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Ett textfält är för långt: gränsen är { $limit } per fält. Korta texten och skicka den igen.
followup-unsent-label = Ditt svar (inte skickat)
followup-unsent-hint = Det skickades inte eftersom kvittot inte kändes igen. Kopiera det, logga in igen med ditt kvitto och skicka det från din konversation.
console-enrol-heading = Konfigurera ditt handläggarkonto
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Välkommen, { $name } ({ $body }). Välj ett inloggningslösenord och konfigurera kodappen. Länken fungerar bara en gång.
console-enrol-password-heading = 1. Inloggningslösenord
console-field-new-password = Nytt lösenord
console-field-confirm-password = Samma lösenord igen
# { $min } is a number of characters.
console-enrol-password-hint = Minst { $min } tecken. En lösenfras med flera ord är lättast att komma ihåg.
console-enrol-totp-heading = 2. Autentiseringsapp
console-enrol-totp-scan = Skanna den här QR-koden med din autentiseringsapp (tidsbaserade koder, TOTP).
console-enrol-totp-secret = Om du inte kan skanna den, skriv i stället in den här nyckeln i appen:
console-enrol-code-hint = Slutför genom att ange den sexsiffriga kod som appen visar nu.
console-enrol-submit = Slutför konfigurationen
console-enrol-done = Ditt konto är klart. Du kan nu logga in med ditt namn, ditt lösenord och en kod från din autentiseringsapp.
console-enrol-fingerprint = Din nyckels fingeravtryck är { $fingerprint }. Din nyckel används först när operatören har lagt till den i nyckelringen: operatören ber dig läsa upp fingeravtrycket per telefon eller personligen och lägger bara till nyckeln om det stämmer.
console-error-enrol-link = Registreringslänken är inte giltig: den har redan använts, har löpt ut eller har skrivits fel. Be operatören om en ny länk.
console-error-password-short = Lösenordet är för kort: använd minst { $min } tecken.
console-error-password-mismatch = De två lösenorden är inte likadana. Skriv samma lösenord i båda fälten.
console-error-enrol-code = Koden stämmer inte. Kontrollera att appen har konfigurerats med nyckeln ovan och att klockan i din enhet går rätt, och ange sedan den kod som visas nu.
console-inbox-heading = Inkorg
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] en rapport är ställd till ert organ.
   *[other] { $count } rapporter är ställda till ert organ.
}
console-inbox-empty = Inga rapporter har ännu ställts till ert organ.
console-inbox-col-report = Rapport
console-inbox-col-received = Mottagen (dag)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Krypterad av
console-status-new = Ny
console-status-acknowledged = Mottagandet bekräftat
console-status-in-review = Under handläggning
console-status-information-requested = Uppgifter begärda
console-status-referred = Överlämnad
console-status-closed = Avslutad
console-sealed-by-browser = Rapportörens webbläsare
console-sealed-by-server = Servern (skickad utan JavaScript: svagare garanti)
console-inbox-col-deadline = Nästa tidsfrist (direktiv 2019/1937)
console-inbox-col-action = Ändra status
console-deadline-acknowledgement = Mottagningsbekräftelse senast { $day }
console-deadline-feedback = Återkoppling senast { $day }
console-deadline-overdue = Försenad
console-deadline-due-soon = Löper snart ut
console-deadline-none = Ingen (avslutad)
console-deadline-counts = Tidsfrister – överskridna: { $overdue }, löper ut inom 2 dagar: { $soon }.
console-status-change-label = Ny status
console-status-change-submit = Ändra
console-status-final = Avslutad: kan inte ändras längre
console-transition-refused-heading = Statusändringen avvisades
console-error-transition = En rapport kan inte gå från ”{ $from }” till ”{ $to }”. Ingenting har ändrats. Välj en av de statusar som erbjuds i inkorgen.
console-back-to-inbox = Tillbaka till inkorgen

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Nyckel för att läsa rapporter
console-enrol-needs-js = En webbläsare med JavaScript krävs för att läsa rapporter: din personliga nyckel för att läsa dem skapas och låses i din webbläsare, aldrig på servern. Slå på JavaScript, eller använd en annan webbläsare, för att slutföra konfigurationen av ditt konto.
console-enrol-key-explain = Din webbläsare skapar nu din personliga nyckel för att läsa rapporter och låser den med en upplåsningsfras. Välj en fras som skiljer sig från ditt inloggningslösenord. Den lämnar aldrig den här webbläsaren: om du glömmer den måste operatören skapa en ny nyckel åt dig.
console-field-unlock-passphrase = Upplåsningsfras
console-field-unlock-passphrase-confirm = Samma upplåsningsfras igen
console-enrol-unlock-hint = Minst { $min } tecken, och inte ditt inloggningslösenord.
console-error-unlock-short = Upplåsningsfrasen är för kort: använd minst { $min } tecken.
console-error-unlock-mismatch = De två upplåsningsfraserna är inte likadana. Skriv samma fras i båda fälten.
console-error-unlock-same = Upplåsningsfrasen måste skilja sig från ditt inloggningslösenord: inloggningslösenordet skickas till servern, vilket upplåsningsfrasen aldrig gör.
console-enrol-key-working = Din nyckel skapas och låses. Det tar några sekunder…
console-error-key-failed = Din webbläsare kunde inte skapa nyckeln. Ladda om sidan och försök igen.
console-error-enrol-key = En webbläsare med JavaScript krävs för att läsa rapporter, och formuläret kom fram utan den nyckel som din webbläsare skapar. Slå på JavaScript, ladda om sidan och försök igen.

## Reviewer console: reading a report
console-report-heading = Rapport
console-report-bodies = Skickad till
console-report-needs-js = En webbläsare med JavaScript krävs för att läsa rapporter: rapporten dekrypteras i din webbläsare med din nyckel, aldrig på servern.
console-report-no-key = Ditt konto har ingen nyckel för att läsa rapporter. Be operatören om en ny registreringslänk.
console-unlock-heading = Lås upp din nyckel
console-unlock-hint = Din upplåsningsfras används bara på den här sidan och skickas aldrig. Du behöver den igen när du öppnar en annan sida.
console-unlock-submit = Lås upp och öppna rapporten
console-unlock-working = Din nyckel låses upp och rapporten öppnas…
console-error-unlock-wrong = Upplåsningsfrasen är fel. Ingenting har öppnats. Försök igen.
console-error-open-failed = Rapporten kan inte öppnas med din nyckel. Den kan ha skickats innan din nyckel lades till i nyckelringen; en kollega som kan läsa den kan ge dig åtkomst.
console-error-keyring = Handläggarnas nycklar kunde inte verifieras: nyckelringen är inte signerad med den nyckel vars fingeravtryck servern startades med. Ingenting har skickats.
console-error-keyring-rollback = Den här nyckelringen är äldre (lägre serienummer) än en som den här webbläsaren redan har sett från samma signeringsnyckel: det kan vara en gammal nyckelring som lagts tillbaka för att använda en borttagen nyckel. Inget öppnades eller skickades. Meddela operatören.
console-error-network = Anslutningen misslyckades. Ingenting har skickats. Kontrollera din anslutning och försök igen.
console-report-fields-heading = Vad rapportören skickade
console-report-field-member-state = Medlemsstat
console-report-field-sector = Bransch
console-report-field-incident-class = Typ av incident
console-report-field-attack-vector = Attackvektor
console-report-field-actor-type = Misstänkt aktör
console-report-field-incident-month = Månad då stölden började
console-report-field-detection-month = Månad då stölden upptäcktes
console-report-field-loss-eur = Uppskattad förlust
console-report-field-jobs-at-risk = Hotade arbetstillfällen
console-report-field-what-taken = Vad som togs
console-report-field-narrative = Vad som hände
console-report-field-contact = Kontakt
console-report-field-organisation-id = Momsregistreringsnummer eller LEI-kod
console-report-empty = (inte angivet)
console-report-attachments-heading = Bilagor
console-report-attachments-none = Inga bilagor.
console-attachment-save = Dekryptera och spara
console-attachment-working = Dekrypterar…
console-error-attachment = Bilagan kunde inte dekrypteras: den är skadad eller ofullständig. Ingenting har sparats.
console-thread-heading = Konversation med rapportören
console-thread-empty = Inga meddelanden ännu.
console-thread-from-reporter = Rapportören
console-thread-from-reviewer = Handläggare
console-thread-note = Intern anteckning
console-thread-unreadable = (meddelandet kan inte öppnas med din nyckel)
envelope-mismatch = Det här kuvertet hör till en annan rapport eller är av ett annat slag; det visas inte.
conversation-from-signed = Från { $name } (signaturen kontrollerad)
conversation-from-channel = Automatiskt meddelande från rapporteringskanalen
message-bad-signature = Detta meddelande visas inte: det påstår sig komma från en handläggare, men signaturen saknas eller stämmer inte med någon handläggarnyckel i den signerade nyckelringen. Det kan vara förfalskat; agera inte på det.
console-ack-heading = Bekräfta mottagandet av rapporten
console-ack-label = Mottagningsbekräftelse till rapportören
console-ack-default = Tack för er rapport. Vi har tagit emot den och kommer att granska den. Om vi har frågor hittar ni dem här.
console-ack-submit = Bekräfta och skicka
console-message-heading = Meddelande till rapportören
console-message-label = Ditt meddelande
console-message-hint = Krypteras i din webbläsare för rapportören och för handläggarna av den här rapporten. Rapportören läser det med sin kvittokod.
console-message-submit = Skicka till rapportören
console-note-heading = Intern anteckning
console-note-label = Din anteckning
console-note-hint = Krypteras i din webbläsare endast för handläggarna i din organisation. Rapportören ser den aldrig.
console-note-submit = Lägg till anteckningen
console-error-message-empty = Skriv först ett meddelande (högst 20 000 tecken).
console-sending = Krypterar och skickar…
console-sent = Skickat.
console-grants-heading = Åtkomst för kolleger
console-grants-hint = Kolleger i din organisation vars nycklar lades till i nyckelringen efter att rapporten kom in kan inte läsa den. Din webbläsare kan ge dem åtkomst genom att kryptera rapportens nyckel för deras nyckel.
console-grants-none = Alla handläggare i din organisation som finns i nyckelringen kan läsa den här rapporten.
console-grant-submit = Ge åtkomst
console-grant-done = Åtkomst har getts.
console-error-grant-exists = Den här kollegan kan redan läsa rapporten.
console-classify-heading = Validerad klassificering för statistiken
console-classify-hint = Rätta de strukturerade fälten eller markera rapporten som dubblett eller utanför tillämpningsområdet. Din webbläsare krypterar den rättade posten endast för anonymiseringstjänsten; den ersätter rapportörens post i statistiken. Beskrivningen och kontaktuppgifterna ingår aldrig.
console-classify-status = Rapportens ställning
console-classify-valid = Giltig
console-classify-duplicate = Dubblett av en annan rapport
console-classify-out-of-scope = Utanför tillämpningsområdet
console-classify-submit = Spara den validerade klassificeringen
console-classify-done = Den validerade klassificeringen har krypterats och sparats.
console-error-classify = Kontrollera klassificeringen: månaden måste ligga mellan 1990 och det kvartal då rapporten kom in, och förlust och arbetstillfällen måste vara heltal inom sina gränser. Ingenting har sparats.
console-error-classify-unsigned = Klassificeringen kan inte signeras: din signeringsnyckel finns ännu inte i den signerade nyckelringen. Inget sparades; be operatören att lägga till din nyckel.
console-export-heading = Export för EC3 och CSIRT-enheter
console-export-hint = Din webbläsare skapar filen utifrån den dekrypterade rapporten: klassificeringen, vad som togs och beskrivningen, aldrig rapportörens kontaktuppgifter eller organisationsidentitet. Varje export registreras i granskningsloggen.
console-export-tlp = Märkning enligt Traffic Light Protocol
console-export-stix = Exportera STIX 2.1-paket
console-export-misp = Exportera MISP-händelse
console-export-done = Exporten har registrerats och sparats.

## Data portal (/portal/) and data API

portal-name = Statistik om stöld av företagshemligheter – dataportal
portal-nav-releases = Publiceringar
portal-nav-tokens = API-token
portal-refused-heading = Inte utfört
portal-enrol-heading = Konfigurera ditt portalkonto
portal-error-enrol-link = Registreringslänken är inte giltig: den har redan använts, har löpt ut eller har skrivits fel. Be operatören om en ny.
portal-enrol-lead = Konto { $name } för myndigheterna i { $country }. Välj ett lösenord och konfigurera din autentiseringsapp.
portal-enrol-submit = Slutför konfigurationen
portal-enrol-done = Ditt konto är klart. Logga in med ditt namn, ditt lösenord och en kod från din autentiseringsapp.
portal-login-heading = Logga in på dataportalen
portal-releases-heading = Publiceringar
portal-releases-lead = Inloggad som { $name } ({ $country }). Varje publicering innehåller den differentiellt privata EU-statistiken för ett kvartal.
portal-releases-none = Ingen publicering har gjorts ännu.
portal-releases-caption = Publiceringar, senaste kvartalet först
portal-col-period = Kvartal
portal-col-date = Publicerad den
portal-col-epsilon = Förbrukad integritetsbudget (ε)
portal-col-status = Status
portal-col-release = Publicering
portal-status-published = Publicerad
portal-release-heading = Statistik för { $period }
portal-release-intervals-hint = Varje stapel visar det publicerade värdet; strecket över den visar 95 %-intervallet, ritat från noll där det når under noll. Varje diagram har sina siffror i en tabell under sig.
portal-summary-reports = Rapporter i EU
portal-summary-truncated = Rapporter som har utelämnats (fler än k per organisation)
portal-summary-loss = Uppskattade förluster i EU
portal-chart-quarter = Rapporter per kvartal
portal-chart-quarter-note = Kvartalet för den här publiceringen är markerat.
portal-chart-state-quarter = Rapporter i din medlemsstat per kvartal
portal-chart-series = { $category }: anmälningar per kvartal
portal-chart-series-note = Den sektor eller attackvektor som anmälts mest i denna publicering; data-API:t ger alla sektorer och attackvektorer per kvartal.
portal-chart-sector = Rapporter per bransch (NACE)
portal-chart-attack-vector = Rapporter per attackvektor
portal-chart-member-state = Rapporter per medlemsstat
portal-chart-yours = (markerat)
portal-chart-highlight = { $country } är framhävt och markerat.
portal-chart-desc = Liggande stapeldiagram med { $count ->
        [one] en kategori
       *[other] { $count } kategorier
    }, var och en med sitt 95 %-intervall. Högst: { $top }, { $value }. Tabellen under diagrammet innehåller alla värden.
portal-chart-show-table = Visa siffrorna som tabell
portal-chart-table-caption = { $chart }: publicerade värden och 95 %-intervall
portal-col-category = Kategori
portal-col-value = Publicerat värde
portal-col-interval = 95 %-intervall
portal-method-heading = Hur siffrorna har tagits fram
portal-method-promise = Siffrorna är differentiellt privata. Den skyddade enheten är en organisations rapporter under kvartalet: oavsett om den rapporterade eller inte, och vad, skulle varje publicerad siffra vara nästan lika sannolik. ”Nästan” bestäms av integritetsbudgeten ε = { $epsilon } för denna utgåva: inget resultat blir mer än { $factor } gånger mer sannolikt på grund av en organisations rapporter under kvartalet. Ett kalenderårs utgåvor förbrukar tillsammans högst ε = { $year_cap }, så över ett år är faktorn högst { $year_factor }; över flera år multipliceras faktorerna.
portal-method-unit = En organisation känns igen på det momsregistreringsnummer eller LEI den angav (skrivet i en standardform och omvandlat till en pseudonym som bara anonymiseraren kan beräkna); högst { $k } av dess rapporter räknas per kvartal. Den känns bara igen på den identifieraren: en organisation som anger ett momsnummer i en rapport och ett LEI i en annan, eller vars dotterbolag rapporterar separat, räknas som flera. En rapport utan identifierare skyddas för sig: en organisation som skickar flera rapporter utan skyddas för varje rapport, inte för alla tillsammans.
portal-method-truncation = Omkring { $dropped } rapporter (omkring { $share } % av alla) utelämnades eftersom deras organisation rapporterade mer än { $k } gånger under kvartalet. Talet innehåller självt brus och räknar högst { $k } per organisation; det verkliga antalet är högre. Vilka rapporter som behölls avgjordes slumpmässigt, inte av innehållet.
portal-method-noise = Slumpmässigt brus har lagts till i varje cell i varje tabell, även i celler som är noll; ingen cell döljs för att den är liten. En liten siffra kan därför vara enbart brus.
portal-method-intervals = 95 %-intervallen visar hur långt bruset kan ha flyttat en siffra: de innehåller det uppmätta värdet i minst ungefär 95 fall av 100. Det uppmätta värdet är de behållna rapporternas, med varje förlust begränsad till taket; utelämnade rapporter och förluster över taket ingår inte, så siffrorna och deras intervall är lägre än det som tagits emot. Intervallen beräknas från den offentligt kända brusnivån, inte från rapporterna, och går aldrig under noll.
portal-method-consistency = Medlemsstaternas siffror summeras till EU-siffrorna och varje tabell summeras till samma total. Siffrorna är heltal, aldrig negativa, var och en inom ungefär ett från den väntevärdesriktiga skattningen (längre bara där närliggande skattningar låg under noll); en medlemsstats total och summan av dess sektorer kan skilja sig med bruset. De råa brusiga mätningarna finns också i CSV-filerna.
portal-method-losses = Varje uppskattad förlust räknas med upp till { $bound } euro; större förluster räknas som detta belopp.
portal-method-budget = Det här kvartalet har förbrukat ε { $quarter } av sin gräns på { $quarter_cap }; år { $year } har förbrukat ε { $year_spent } av { $year_cap }. Ett kvartals statistik beräknas aldrig om med mer budget.
portal-method-opendp = Beräknat med OpenDP { $version }. De funktioner som används här finns i dess ”contrib”-del, som OpenDP-teamet ännu inte har granskat; metodfilen anger varje tabells mekanism, brusskala och budget.
portal-downloads-heading = Nedladdningar
portal-download-archive = Hela publiceringen som ett arkiv ({ $name }), med kontrollsummor och signatur
portal-verify-heading = Kontrollera en fil som du har fått
portal-verify-text = Arkivet innehåller SHA256SUMS, kontrollsumman för varje fil, och SHA256SUMS.sig, en signatur av den med publiceringsnyckeln. Vem som helst kan kontrollera en kopia som de har fått från någon annan: spara webbplatsens keyring.json och keyring.sig i en mapp och kör kommandot nedan. Det litar bara på nyckelringen om den är signerad med den nyckel vars fingeravtryck EUIPO och Europol publicerar, och hämtar publiceringsnyckeln (visas nedan) ur den.
portal-verify-key = Publiceringsnyckel:
portal-verify-fingerprint = Fingeravtryck:
portal-tokens-heading = API-token
portal-tokens-lead = Med en token kan ett program läsa publiceringarna via data-API:et (endast läsning). Ge varje program en egen token, så att du kan återkalla en utan att stoppa de andra.
portal-token-new-heading = Skapa en token
portal-token-name = Namn
portal-token-name-hint = Vad token används till, t.ex. ”nattlig import”.
portal-token-create = Skapa token
portal-token-created = Din nya token visas nedan. Kopiera den nu: den visas bara den här gången och kan inte visas igen.
portal-token-use = Skicka den med varje begäran som:
portal-tokens-list-heading = Dina token
portal-tokens-none = Du har inga token ännu.
portal-token-created-on = Skapad den
portal-token-last-used = Senast använd den
portal-token-state = Status
portal-token-revoke = Återkalla
portal-token-revoked-on = Återkallad den { $day }
portal-token-revoked = Denna token har återkallats: den fungerar inte längre.
portal-error-token-name = Ge token ett namn på högst { $max } tecken.
error-unauthorized = En giltig API-token krävs: skicka ”Authorization: Bearer” med en token som har skapats på portalen och inte har återkallats.

# console triage
console-triage-heading = Vad rapporterna handlar om
console-triage-hint = Lås upp din nyckel för att se vad varje rapport handlar om och för att söka i, filtrera och sortera dem. Rapporterna dekrypteras i den här webbläsaren; varken de eller dina sökningar skickas till servern.
console-triage-search = Sök i rapporternas text
console-triage-all = Alla
console-triage-sort = Ordning
console-triage-sort-newest = Nyaste först
console-triage-sort-oldest = Äldsta först
console-triage-sort-deadline = Närmaste tidsfrist först
console-triage-reset = Rensa sökning och filter
console-triage-col-summary = Rapport (första raden i beskrivningen)
console-triage-col-language = Språk
console-triage-col-attachments = Bilagor
console-triage-count = Hittade rapporter: { $shown } av { $total }
console-triage-page = Sida { $page } av { $pages }
console-triage-pages = Listans sidor
console-triage-previous = Föregående sida
console-triage-next = Nästa sida
console-triage-none = Ingen rapport matchar sökningen och filtren.
console-triage-working = Rapporterna dekrypteras…
console-triage-unreadable = Den här rapporten kan inte öppnas med din nyckel.
error-summary-entry = { $field }: { $message }
error-field-recipients = Mottagare
error-field-actor-type = Vem som låg bakom
error-field-loss-eur = Uppskattad förlust
error-field-jobs-at-risk = Hotade arbetstillfällen
error-field-attachments = Bilagor
error-field-contact = Kontakt
error-field-organisation-id = Momsregistreringsnummer eller LEI
error-field-consent = Bekräftelse
console-nav-figures = Nyckeltal
console-figures-heading = Nyckeltal för ledningen
console-figures-lead = { $body }: endast antal och tider, beräknade från de dagar servern registrerar. Inget ur rapporternas innehåll.
console-figures-csv = Ladda ned som CSV
console-figures-received = Mottagna rapporter per månad
console-figures-month = Månad
console-figures-count = Rapporter
console-figures-timing = Tid till mottagningsbekräftelse och till återkoppling
console-figures-step = Steg
console-figures-done = Gjorda
console-figures-median = Median (dagar)
console-figures-p90 = 90:e percentilen (dagar)
console-figures-within = Inom tidsfristen
console-figures-within-value = { $within } av { $decided } ({ $percent } %)
console-figures-ack = Mottagningsbekräftelse (inom 7 dagar från mottagandet)
console-figures-feedback = Återkoppling (inom 3 månader från bekräftelsen)
console-figures-open = Öppna ärenden efter status
console-figures-definitions = Återkoppling är den första dagen efter bekräftelsen då en handläggare skrev till rapportören, eller den dag ärendet stängdes, beroende på vad som kom först. Median och percentil enligt närmaste rang-metoden. Andelarna räknar gjorda och försenade steg; ärenden som fortfarande är inom tidsfristen räknas inte ännu.
console-assign-heading = Tilldelning
console-assign-label = Tilldelad
console-assign-nobody = Ingen
console-assign-submit = Tilldela
console-triage-assigned-me = Tilldelade mig
console-triage-unassigned = Inte tilldelade

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Meddelandet kan inte signeras: din signeringsnyckel finns ännu inte i den signerade nyckelringen. Inget skickades; be operatören att lägga till din nyckel.
console-casefile-heading = Akt att överlämna
console-casefile-hint = Skapas i din webbläsare utifrån den öppnade rapporten; inget av den skickas till servern. Granskningsloggen registrerar bara själva exporten: formatet, de delar som ingår och hur många ord som maskerades.
console-casefile-parts = Delar som ska ingå
console-casefile-part-fields = Rapportens fält
console-casefile-part-conversation = Konversation
console-casefile-part-attachments = Bilagor med deras SHA-256
console-casefile-part-classification = Klassificering
console-casefile-redact-contact = Maskera rapportörens kontaktuppgifter och organisationsidentitet
console-casefile-terms = Namn och ord som ska maskeras
console-casefile-terms-hint = Ett per rad. Varje ersätts med maskeringsmärket överallt i akten, oavsett stora eller små bokstäver.
console-casefile-download = Ladda ned akten (HTML)
console-casefile-print = Skriv ut eller spara som PDF
console-casefile-working = Akten förbereds: bilagorna dekrypteras …
console-casefile-done = Exporten av akten har registrerats.
console-casefile-no-parts = Välj minst en del som ska ingå.
console-casefile-title = Akt för rapport
console-casefile-prepared = Upprättad den
console-casefile-marker = [MASKERAT]
console-casefile-redactions = Maskeringar
console-casefile-redacted-contact = Rapportörens kontaktuppgifter och organisationsidentitet
console-casefile-redacted-terms = Ord markerade av handläggaren
console-casefile-verified = signaturen kontrollerad
# --- indicators ---
report-section-indicators = Tekniska indikatorer (valfritt)
report-indicators-lead = Om ni har tekniska spår av angreppet, ange dem här, ett värde per rad. Granskarna kan dela dem med CSIRT-organisationer för att blockera angriparna.
field-indicator-ip = IP-adresser eller -intervall
hint-indicator-ip = IPv4 eller IPv6, eller ett CIDR-intervall: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domännamn
hint-indicator-domain = Till exempel files.example.com; internationella namn i sin xn---form.
field-indicator-url = Webbadresser (URL:er)
hint-indicator-url = Hela adressen, som börjar med https:// eller ett annat schema.
field-indicator-email = E-postadresser
hint-indicator-email = Till exempel avsändaren av ett nätfiskemeddelande.
field-indicator-hash = Filhashvärden
hint-indicator-hash = MD5, SHA-1 eller SHA-256, hexadecimalt.
field-indicator-file-name = Filnamn
hint-indicator-file-name = Bara namnet, utan mapp: faktura.pdf.exe.
field-indicator-observations = Andra tekniska iakttagelser
hint-indicator-observations = Allt annat som kan hjälpa: verktyg, konton, tidpunkter.
error-indicator-ip = Rad { $line } är inte en IP-adress eller ett CIDR-intervall.
error-indicator-domain = Rad { $line } är inte ett domännamn.
error-indicator-url = Rad { $line } är inte en fullständig webbadress (som https://example.com/sokvag).
error-indicator-email = Rad { $line } är inte en e-postadress.
error-indicator-hash = Rad { $line } är inte ett MD5-, SHA-1- eller SHA-256-hashvärde.
error-indicator-file-name = Rad { $line } är inte ett filnamn (utan mapp, högst 255 tecken).
error-indicator-count = Ange högst { $max } värden i det här fältet.
console-indicators-heading = Tekniska indikatorer
console-taxii-heading = Skicka till en TAXII 2.1-samling
console-taxii-hint = STIX 2.1-paketet, med den TLP-nivå som valts ovan, går från den här webbläsaren direkt till ert organs TAXII-server; adress och inloggningsuppgifter sparas inte.
console-taxii-url = Samlingens adress (slutar med /collections/<id>/)
console-taxii-user = Användarnamn
console-taxii-password = Lösenord
console-taxii-push = Skicka till TAXII
console-taxii-done = Paketet har lagts till i TAXII-samlingen.
console-taxii-failed = TAXII-servern avvisade paketet eller kunde inte nås. Kontrollera adress och inloggningsuppgifter, och att servern tillåter den här konsolens ursprung (CORS).
# --- tags and referral ---
console-tags-heading = Etiketter
console-tags-hint = Etiketterna kommer från ert organs fasta lista, som operatören för. Namnen syns för den som driver servern: använd dem som märkning, aldrig för ärendets innehåll.
console-tags-none = Inga etiketter på denna rapport.
console-tags-field = Etikett
console-tags-add = Lägg till etikett
console-tags-remove = Ta bort etikett
console-error-tag-unknown = Denna etikett finns inte i ert organs lista. Inget ändrades.
console-refer-heading = Hänvisa till { $body }
console-refer-hint = Rapportens nyckel förseglas i din webbläsare till nycklarna för { $body } i den verifierade nyckelringen. { $body } ser sedan rapporten i sin inkorg, med egna tidsfrister räknade från i dag.
console-refer-note = Anteckning till { $body } (valfri)
console-refer-note-hint = Förseglad till båda organen som en intern anteckning; visas aldrig för rapportören.
console-refer-tell = Informera rapportören i konversationen
console-refer-message = Meddelande till rapportören
console-refer-message-default = Din rapport har hänvisats till { $body }, som också kommer att handlägga den.
console-refer-submit = Hänvisa rapporten
console-refer-done = Rapporten hänvisades.
console-referrals-heading = Hänvisningar
console-referral-line = Hänvisad från { $from } till { $to } av { $who } den { $day }.
console-referral-note = Anteckning:
console-triage-referred-from = Hänvisad av { $body }
console-error-referral-same = En rapport kan bara hänvisas till det andra organet.
console-error-referral-exists = { $body } har redan denna rapport; den hänvisades inte igen.
console-error-referral-slots = De förseglade nycklarna motsvarar inte exakt nycklarna för { $body } i nyckelringen. Inget hänvisades.
# --- security keys (WebAuthn) ---
account-nav-keys = Säkerhetsnycklar
account-keys-heading = Säkerhetsnycklar
account-keys-lead = En säkerhetsnyckel, eller en nyckel (passkey) i din telefon eller dator, kan ersätta autentiseringskoden vid inloggning och kan inte nätfiskas. Du kan lägga till flera.
account-keys-totp-allowed = Ditt konto kan också logga in med en autentiseringskod.
account-keys-totp-forbidden = Ditt konto loggar bara in med en säkerhetsnyckel: autentiseringskoder avvisas.
account-keys-list-heading = Dina nycklar
account-keys-none = Ingen säkerhetsnyckel har lagts till ännu.
account-key-name = Nyckelns namn
account-key-name-hint = Till exempel ”blå nyckel”, så att du känner igen den i listan.
account-key-added-on = Tillagd
account-key-last-used = Senast använd
account-key-actions = Åtgärder
account-key-remove = Ta bort
account-key-new-heading = Lägg till en säkerhetsnyckel
account-key-add = Lägg till säkerhetsnyckeln
account-key-touch = Följ webbläsarens anvisningar och rör vid din säkerhetsnyckel.
account-key-failed = Säkerhetsnyckeln svarade inte, eller så avbröts begäran. Försök igen.
account-key-needs-js = Det krävs JavaScript i den här webbläsaren för att lägga till en säkerhetsnyckel.
account-key-unavailable = Säkerhetsnycklar kan inte användas på den här serverns adress. Kontakta operatören.
account-key-added = Säkerhetsnyckeln har lagts till.
account-key-removed = Säkerhetsnyckeln har tagits bort.
account-key-last = Det här är din sista säkerhetsnyckel och ditt konto får inte använda autentiseringskoder: lägg till en annan nyckel innan du tar bort den här.
account-key-expired = Begäran tog för lång tid. Försök igen.
account-key-invalid = Säkerhetsnyckelns svar godtogs inte. Försök igen.
account-key-duplicate = Den här säkerhetsnyckeln har redan lagts till.
account-key-too-many = Du har det högsta tillåtna antalet säkerhetsnycklar. Ta bort en först.
account-error-key-name = Ge nyckeln ett namn på 1 till { $max } tecken.
account-key-signin-heading = Använd din säkerhetsnyckel
account-key-signin-lead = Ditt lösenord är rätt. Bekräfta inloggningen med din säkerhetsnyckel.
account-key-signin-submit = Använd min säkerhetsnyckel
account-key-signin-needs-js = En säkerhetsnyckel kräver JavaScript i den här webbläsaren.
account-key-signin-back = Logga in med en autentiseringskod i stället
account-field-code-key-hint = Om du använder en säkerhetsnyckel lämnar du koden tom: du använder nyckeln i nästa steg.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Aviseringar
console-notify-lead = En sammanställning med bara siffror: nya rapporter, nya meddelanden från rapportörer, tidsfrister som snart löper ut och överskridna tidsfrister. Den innehåller aldrig en rapports innehåll, id eller rubrik.
console-notify-email = E-postadress
console-notify-email-hint = Sammanställningen skickas till denna adress. Lämna tomt för ingen e-post.
console-notify-webhook = Webhook-URL
console-notify-webhook-hint = Samma siffror skickas hit som JSON (HTTP POST). Adressen måste börja med https://. Lämna tomt för ingen.
console-notify-frequency = Hur ofta
console-notify-off = Aldrig
console-notify-daily = Varje dag
console-notify-weekly = Varje vecka
console-notify-send-empty = Skicka sammanställningen även när inget har hänt
console-notify-send-empty-hint = Då kommer en sammanställning varje gång, och dess ankomst avslöjar inget om nya rapporter.
console-notify-language = Sammanställningens språk
console-notify-save = Spara
console-notify-saved = Dina aviseringsinställningar har sparats.
console-notify-error-email = E-postadress: ange en fullständig adress, till exempel namn@example.eu.
console-notify-error-webhook = Webhook-URL: ange en fullständig adress, till exempel https://hooks.example.eu/digest, utan användarnamn, lösenord eller #.
console-notify-error-https = Webhook-URL: adressen måste börja med https:// (http:// bara till denna dator).
console-notify-error-destination = E-postadress: ange en e-postadress eller en webhook-URL, eller välj ”Aldrig”.
notify-mail-subject = Rapporteringskanal: din sammanställning
notify-mail-intro = Sammanställning för { $body }, från { $from } till { $through }. Bara siffror: logga in i konsolen för att se rapporterna.
notify-mail-new-reports = Nya rapporter: { $count }
notify-mail-new-replies = Nya meddelanden från rapportörer: { $count }
notify-mail-ack-due = Mottagningsbekräftelser som ska lämnas inom 2 dagar: { $count }
notify-mail-feedback-due = Återkopplingar som ska lämnas inom 14 dagar: { $count }
notify-mail-ack-overdue = Försenade mottagningsbekräftelser: { $count }
notify-mail-feedback-overdue = Försenade återkopplingar: { $count }
notify-mail-nothing = Inget nytt och inget som förfaller.
notify-mail-footer = Du får denna sammanställning eftersom du bad om den i konsolen (Aviseringar). Där kan du ändra eller stoppa den.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Mottagandet bekräftat den
conversation-acknowledgement-due = Mottagningsbekräftelse senast
conversation-feedback-due = Återkoppling senast
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Relaterade rapporter
console-related-hint = Matchade med nyckelbaserade hashvärden av indikatorerna och organisationens identifierare, beräknade i din webbläsare: servern ser aldrig en indikator. Endast rapporter som ditt organ får öppna visas.
console-related-none = Ingen annan rapport hos ditt organ delar en indikator med den här.
console-related-report = Rapport { $report }
console-related-shares = gemensamma indikatorer: { $count }
console-related-incident = möjligen samma incident (samma organisationsidentifierare)
console-related-refused = Korrelationsnyckeln som servern erbjöd är inte den som anges i den signerade nyckelringen: den användes inte och inget skickades.
console-related-confirm = Bekräfta den här rapporten som en dubblett
console-related-unavailable = Korrelation är inte tillgänglig ännu: ingen korrelationsnyckel har förseglats för din post i nyckelringen.
