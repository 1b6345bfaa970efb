### Hrvatski (hr). Same message ids and { $placeholders } as en.ftl (checked by `cargo test -p i18n`).
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Hrvatski
language-switch-label = Jezik
language-switch-button = Promijeni jezik

## Page chrome

site-name = Kanal za prijavu krađe poslovnih tajni
skip-to-content = Prijeđi na glavni sadržaj
nav-label = Glavni izbornik
nav-home = Početna stranica
nav-report = Prijava krađe
nav-follow-up = Praćenje prijave
footer-privacy-notice = Izjava o zaštiti osobnih podataka
footer-recipients = Prijave primaju EUIPO i Europski centar za borbu protiv kibernetičkog kriminala (EC3) pri Europolu.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day }. { $month ->
        [1] siječnja
        [2] veljače
        [3] ožujka
        [4] travnja
        [5] svibnja
        [6] lipnja
        [7] srpnja
        [8] kolovoza
        [9] rujna
        [10] listopada
        [11] studenoga
       *[12] prosinca
    } { $year }.

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Prijava kibernetičke krađe poslovnih tajni
page-title-report = Podnošenje prijave
page-title-follow-up = Praćenje vaše prijave
page-title-privacy = Izjava o zaštiti osobnih podataka

## Reporter landing page

home-heading = Prijavite krađu poslovnih tajni u kibernetičkom napadu
home-intro = Ako su poslovne tajne vašeg poduzeća ukradene kibernetičkim napadom, ovdje to možete dobrovoljno i povjerljivo prijaviti EUIPO-u (Uredu Europske unije za intelektualno vlasništvo) i Europskom centru za borbu protiv kibernetičkog kriminala (EC3) pri Europolu.
home-point-recipients = Sami birate tko će primiti vašu prijavu: EUIPO, Europol EC3 ili oboje.
home-point-encrypted = Vaša je prijava šifrirana tako da je mogu pročitati samo obrađivači prijava u tijelima koja odaberete. Ova je internetska stranica nikad ne pohranjuje u čitljivom obliku.
home-point-anonymous = Prijavu možete podnijeti bez navođenja svojeg imena ili naziva svojeg poduzeća.
home-point-receipt = Nakon slanja prijave dobit ćete kôd potvrde. Čuvajte ga na sigurnom: potreban vam je za čitanje pitanja obrađivača i odgovaranje na njih, a ako ga izgubite, ne može se zamijeniti.
home-point-statistics = Odgovori koje odaberete s popisa (primjerice djelatnost i vrsta napada) upotrebljavaju se i za statistiku na razini EU-a. Dodaje im se šum kako se nijedno poduzeće ne bi moglo identificirati.
home-no-javascript = Obrazac radi i s isključenim JavaScriptom (primjerice u najsigurnijem načinu rada preglednika Tor Browser). Vašu prijavu tada umjesto vašeg preglednika šifrira poslužitelj odmah po primitku, što je nešto slabija zaštita.
home-start-button = Započni prijavu
home-follow-up-heading = Već ste poslali prijavu?
home-follow-up-text = S pomoću koda potvrde možete pročitati poruke obrađivača i odgovoriti na njih.
home-follow-up-button = Nastavi s kodom potvrde

## Form: common parts

form-optional = (neobavezno)
form-choose = Odaberite…
# Read by screen readers before each field error.
form-error-prefix = Pogreška:
recipient-euipo = EUIPO (Ured Europske unije za intelektualno vlasništvo)
recipient-ec3 = Europol EC3 (Europski centar za borbu protiv kibernetičkog kriminala)

## Errors: whole pages

error-page-title = Došlo je do pogreške
error-bad-request = Zahtjev nije bilo moguće razumjeti. Vratite se i pokušajte ponovno.
error-not-found = Ova stranica ne postoji. Provjerite adresu ili počnite ponovno s početne stranice.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Podaci koje ste poslali preveliki su: ograničenje je { $limit }. Uklonite ili smanjite privitke i pokušajte ponovno.
error-csrf = Radi vaše sigurnosti ovaj je obrazac istekao i ništa nije spremljeno. Ponovno učitajte stranicu i ponovno pošaljite obrazac.
error-form-used = Ovaj je obrazac već poslan: vaša je prijava zaprimljena jednom, s kodom potvrde koji je tada prikazan. Za novu prijavu otvorite novi obrazac.
error-rate-limited = Previše pokušaja u kratkom vremenu. Pričekajte nekoliko minuta i pokušajte ponovno.
error-server = Došlo je do pogreške na našoj strani i ništa nije spremljeno. Pokušajte ponovno poslije.
error-unavailable = Usluga je privremeno nedostupna. Pokušajte ponovno poslije.
error-unavailable-title = Privremeno nedostupno
error-database-unavailable = Trenutačno ne možemo spremati ni čitati prijave pa ništa nije spremljeno. Pričekajte minutu i ponovno pošaljite prijavu.

## Errors: form fields

error-required = Ovo je polje obavezno.
error-unknown-choice = Odaberite jednu od mogućnosti s popisa.
error-month-format = Unesite mjesec u obliku YYYY-MM, primjerice 2026-03.
error-month-future = Mjesec ne može biti u budućnosti.
error-month-too-early = Mjesec ne može biti prije { $year }. godine.
error-detection-before-incident = Mjesec otkrivanja krađe ne može biti prije mjeseca u kojem je krađa počela.
error-number-format = Unesite cijeli broj, primjerice 250000.
# { $max } is an amount in euros.
error-loss-too-large = Iznos ne može biti veći od { $max } EUR.
error-jobs-too-large = Broj radnih mjesta ne može biti veći od { $max }.
error-too-long =
    { $max ->
        [one] Tekst je predug: upotrijebite najviše { $max } znak.
        [few] Tekst je predug: upotrijebite najviše { $max } znaka.
       *[other] Tekst je predug: upotrijebite najviše { $max } znakova.
    }
error-organisation-id = Unesite PDV identifikacijski broj (primjerice DK12345678) ili oznaku LEI (20 slova i znamenki) ili ostavite polje prazno.
error-recipients = Odaberite barem jednog primatelja: EUIPO, Europol EC3 ili oboje.
error-consent = Prije slanja prijave potvrdite označivanjem kućice.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] U obrascu je { $count } pogreška. Ispravite je i ponovno pošaljite obrazac.
        [few] U obrascu su { $count } pogreške. Ispravite ih i ponovno pošaljite obrazac.
       *[other] U obrascu je { $count } pogrešaka. Ispravite ih i ponovno pošaljite obrazac.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Otisak skupa ključeva (usporedite ga s otiskom koji objavljuju EUIPO i Europol):
error-go-back = Za povratak na obrazac upotrijebite gumb za povratak u pregledniku; uneseni podaci obično su još ondje.
# { $limit } is a number of files.
error-too-many-files = Previše datoteka: možete priložiti najviše { $limit }. Uklonite neke i pokušajte ponovno.

## Page titles (intake)

page-title-confirmation = Prijava je zaprimljena
page-title-conversation = Vaša prijava

## Landing page: what the server sees

home-server-heading = Što ova internetska stranica vidi, a što ne
home-server-cannot = Ne može pročitati vašu prijavu, privitke ni poruke: prije pohrane šifriraju se za obrađivače, a ključeve za njihovo otvaranje imaju samo obrađivači.
home-server-can = Vidi da je određenog dana poslana prijava, kojem tijelu i otprilike kolika je. Nikad ne bilježi vašu IP adresu, vaš preglednik ni točno vrijeme.
home-fingerprint-heading = Provjerite jeste li na pravom kanalu
home-fingerprint-text = Prijave se šifriraju za ključeve iz skupa ključeva potpisanog izvanmrežnim ključem kanala. Njegov je otisak naveden u nastavku; EUIPO i Europol objavljuju isti otisak na svojim internetskim stranicama.
home-tor-heading = Anonimna prijava
home-tor-text = Za najveću anonimnost upotrijebite preglednik Tor Browser, nemojte se istodobno prijavljivati ni u koju drugu uslugu i prije prilaganja datoteka iz njih uklonite imena i metapodatke (autor, poduzeće, GPS).

## Report form

report-heading = Prijava krađe poslovnih tajni
report-lead = Polja označena kao neobavezna možete ostaviti prazna. Sve što napišete i vaši privici šifriraju se za primatelje koje odaberete.
report-guarantee-server = Bez JavaScripta vašu prijavu šifrira poslužitelj u memoriji u trenutku primitka i nikad je ne pohranjuje u čitljivom obliku. S uključenim JavaScriptom šifrira je vaš preglednik prije slanja.
report-files-dropped = Radi vaše sigurnosti priložene datoteke ne zadržavaju se kad se obrazac vrati s pogreškama. Ponovno ih priložite.
report-section-classification = O incidentu
report-section-when = Kada se dogodilo
report-section-impact = Posljedice
report-section-account = Što se dogodilo
report-section-optional = Neobavezni podaci
report-submit = Šifriraj i pošalji prijavu
field-recipients = Tko treba primiti prijavu?
hint-recipients = Odaberite jednog ili oba. Prijavu mogu pročitati samo obrađivači u tijelima koja odaberete.
field-member-state = Država članica u kojoj vaše poduzeće ima poslovni nastan
hint-member-state = Upotrebljava se za statistiku EU-a po državama.
field-sector = Djelatnost vašeg poduzeća
hint-sector = Područje NACE vaše glavne djelatnosti.
field-incident-class = Vrsta incidenta
hint-incident-class = Odaberite ono što najbolje odgovara; obrađivači to mogu ispraviti.
field-attack-vector = Kako su napadači ušli u sustav
hint-attack-vector = Ako to još ne znate, odaberite „Nepoznato“.
field-actor-type = Tko je po vašem mišljenju stajao iza napada?
hint-actor-type = Navedite svoju najbolju procjenu; „Nepoznato“ je također valjan odgovor.
field-incident-month = Mjesec u kojem je krađa počela
hint-incident-month = U obliku YYYY-MM, primjerice 2026-03. Dovoljna je procjena.
field-detection-month = Mjesec u kojem je krađa otkrivena
hint-detection-month = U obliku YYYY-MM.
field-loss-eur = Procijenjeni gubitak u eurima (neobavezno)
hint-loss-eur = Cijeli broj, primjerice 250000. Ostavite prazno ako ga ne možete procijeniti.
field-jobs-at-risk = Ugrožena radna mjesta (neobavezno)
hint-jobs-at-risk = Koliko je radnih mjesta ugroženo zbog krađe, ako to možete procijeniti.
field-what-taken = Što je ukradeno
hint-what-taken = Primjerice: izvorni kod, nacrti, popisi klijenata, formule, proizvodni postupci.
field-narrative = Što se dogodilo
hint-narrative = Svojim riječima opišite napad i kako je otkriven: datume, zahvaćene sustave i što ste od tada poduzeli.
field-attachments = Privici (neobavezno)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Broj datoteka: najviše { $max_files }; veličina svake datoteke: najviše { $max_mib } MB. Šifriraju se odmah po primitku.
field-contact = Kako vas obrađivači mogu kontaktirati? (neobavezno)
hint-contact = Ostavite prazno ako želite ostati anonimni: poruke i dalje možete čitati i na njih odgovarati s pomoću koda potvrde.
field-organisation-id = PDV identifikacijski broj ili oznaka LEI poduzeća (neobavezno)
hint-organisation-id = Neobavezno. Šifrira se: mogu ga čitati ocjenjivači odabranih tijela; nikada se ne objavljuje. U statistici postaje pseudonim kako bi se vaše poduzeće brojilo najviše jednom po tromjesečju, a objavljeni podaci štitili prijave poduzeća kao cjelinu (zadano ε = 1 po tromjesečju, najviše ε = 4 godišnje). Bez njega svaka je prijava zaštićena zasebno, a ne sve vaše prijave zajedno.
field-consent = Potvrđujem da su informacije prema mojem najboljem saznanju točne i pristajem na njihovu obradu na način opisan u izjavi o zaštiti osobnih podataka.
hint-consent = Prijavu možete poslije povući tako da s pomoću koda potvrde pišete obrađivačima.

## Confirmation

confirmation-heading = Vaša je prijava zaprimljena
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Vaša je prijava šifrirana i poslana primateljima: { $recipients }.
confirmation-receipt-heading = Vaš kôd potvrde
confirmation-receipt-text = Zapišite ili preuzmite ovaj kôd odmah. Potreban vam je za čitanje pitanja obrađivača i odgovaranje na njih.
confirmation-receipt-once = Ovaj se kôd prikazuje samo jednom. Nitko, pa ni obrađivači, ne može ga vratiti za vas.
confirmation-download = Preuzmi kôd potvrde kao tekstnu datoteku
confirmation-print = Možete i ispisati ovu stranicu: ispisat će se samo kôd i ove upute.
confirmation-guarantee-heading = Kako je vaša prijava zaštićena
confirmation-sealed-by-server = Vaš je preglednik poslao prijavu bez JavaScripta pa ju je poslužitelj šifrirao u memoriji odmah po primitku. Nikad nije zapisana na disk u čitljivom obliku.
confirmation-sealed-by-browser = Vaš je preglednik šifrirao prijavu prije slanja; poslužitelj je nikad nije vidio u čitljivom obliku.
confirmation-next-heading = Što slijedi
confirmation-next-text = Obrađivači potvrđuju primitak prijava u roku od 7 dana i daju povratne informacije u roku od 3 mjeseca. Vratite se s kodom potvrde kako biste pročitali njihove poruke.
recipients-both = EUIPO i EC3
receipt-file-title = Kôd potvrde za vašu prijavu podnesenu putem kanala za prijavu krađe poslovnih tajni
receipt-file-keep = Čuvajte ovaj kôd u tajnosti i na sigurnom. Upotrijebite ga na stranici kanala za praćenje prijave.

## Follow-up

followup-heading = Praćenje vaše prijave
followup-lead = Unesite kôd potvrde koji ste dobili pri slanju prijave.
followup-receipt-label = Kôd potvrde
followup-receipt-hint = 24 slova i znamenke, primjerice 7KQM-2XPA-…; crtice i razmaci nisu važni.
followup-submit = Otvori moju prijavu
followup-wrong-receipt = Nijedna prijava ne odgovara ovom kodu potvrde. Provjerite svaki znak i pokušajte ponovno.

## Conversation

conversation-heading = Vaša prijava
conversation-status = Status
conversation-received = Zaprimljeno
conversation-sealed-by-server = Ovu je prijavu šifrirao poslužitelj po primitku (poslana je bez JavaScripta).
conversation-messages = Poruke
conversation-empty = Još nema poruka. Obrađivači potvrđuju primitak prijava u roku od 7 dana.
conversation-from-you = Vi
conversation-from-reviewer = Obrađivač
conversation-reply-heading = Pišite obrađivačima
conversation-reply-label = Vaša poruka
conversation-reply-submit = Šifriraj i pošalji poruku
conversation-reply-sent = Vaša je poruka šifrirana i poslana.
conversation-reply-empty = Prije slanja napišite poruku ili priložite datoteku.
status-new = Zaprimljeno, primitak još nije potvrđen
status-acknowledged = Primitak potvrđen
status-in-review = U obradi
status-information-requested = Obrađivači su od vas zatražili informacije
status-referred = Proslijeđeno nadležnim tijelima
status-closed = Zatvoreno

## Privacy notice

privacy-heading = Izjava o zaštiti osobnih podataka
privacy-controllers = Prijave obrađuju EUIPO i Europol (EC3), svaki one koje su mu upućene, u skladu s Uredbom (EU) 2018/1725 odnosno Uredbom (EU) 2016/794.
privacy-what-heading = Što se obrađuje
privacy-what-text = Sadržaj vaše prijave, njezini privici i vaše poruke šifrirani su tako da ih mogu pročitati samo obrađivači u tijelima koja ste odabrali. Dan primitka prijave, njezin status i primatelji pohranjuju se u čitljivom obliku radi praćenja rokova.
privacy-not-heading = Što se nikad ne bilježi
privacy-not-text = Vaša IP adresa, vaš preglednik i točno vrijeme vaših posjeta nikad se ne pohranjuju niti bilježe. Na stranicama za prijavu ne upotrebljavaju se kolačići.
privacy-statistics-heading = Statistika
privacy-statistics-text = Odgovori odabrani s popisa koriste se za statistiku na razini EU-a, objavljenu uz diferencijalnu privatnost. Zaštićeno je poduzeće pod navedenim PDV identifikacijskim brojem ili LEI-jem: je li prijavilo u tromjesečju, i što, mijenja vjerojatnost bilo kojeg objavljenog podatka najviše za faktor e^ε, u granicama objavljenima uz svako izdanje (zadano ε = 1 po tromjesečju, faktor 2,7, i ε = 4 po kalendarskoj godini, faktor 55; kroz više godina faktori se množe). Prijave bez identifikatora zaštićene su pojedinačno, pa je poduzeće koje ih pošalje više bez njega slabije zaštićeno. Podaci su procjene sa šumom, a ne točni brojevi.
privacy-retention-heading = Koliko se dugo prijave čuvaju
privacy-retention-text = Zatvorene prijave brišu se nakon isteka razdoblja čuvanja koje odrede tijela koja ih obrađuju. To ne utječe na objavljenu statistiku.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austrija
member-state-BE = Belgija
member-state-BG = Bugarska
member-state-HR = Hrvatska
member-state-CY = Cipar
member-state-CZ = Češka
member-state-DK = Danska
member-state-EE = Estonija
member-state-FI = Finska
member-state-FR = Francuska
member-state-DE = Njemačka
member-state-EL = Grčka
member-state-HU = Mađarska
member-state-IE = Irska
member-state-IT = Italija
member-state-LV = Latvija
member-state-LT = Litva
member-state-LU = Luksemburg
member-state-MT = Malta
member-state-NL = Nizozemska
member-state-PL = Poljska
member-state-PT = Portugal
member-state-RO = Rumunjska
member-state-SK = Slovačka
member-state-SI = Slovenija
member-state-ES = Španjolska
member-state-SE = Švedska

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Poljoprivreda, šumarstvo i ribarstvo
sector-B = Rudarstvo i vađenje
sector-C = Prerađivačka industrija
sector-D = Opskrba električnom energijom, plinom, parom i klimatizacija
sector-E = Opskrba vodom; uklanjanje otpadnih voda, gospodarenje otpadom te djelatnosti sanacije okoliša
sector-F = Građevinarstvo
sector-G = Trgovina na veliko i na malo; popravak motornih vozila i motocikala
sector-H = Prijevoz i skladištenje
sector-I = Djelatnosti pružanja smještaja te pripreme i usluživanja hrane
sector-J = Informacije i komunikacije
sector-K = Financijske djelatnosti i djelatnosti osiguranja
sector-L = Poslovanje nekretninama
sector-M = Stručne, znanstvene i tehničke djelatnosti
sector-N = Administrativne i pomoćne uslužne djelatnosti
sector-O = Javna uprava i obrana; obvezno socijalno osiguranje
sector-P = Obrazovanje
sector-Q = Djelatnosti zdravstvene zaštite i socijalne skrbi
sector-R = Umjetnost, zabava i rekreacija
sector-S = Ostale uslužne djelatnosti
sector-T = Djelatnosti kućanstava kao poslodavaca; djelatnosti kućanstava koja proizvode različitu robu i obavljaju različite usluge za vlastite potrebe
sector-U = Djelatnosti izvanteritorijalnih organizacija i tijela

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Sigurnost informacija: neovlašteni pristup informacijama
incident-class-information-content-security--unauthorised-information-modification = Sigurnost informacija: neovlaštena izmjena informacija
incident-class-information-content-security--data-loss = Sigurnost informacija: gubitak podataka
incident-class-information-content-security--leak-confidential-information = Sigurnost informacija: curenje povjerljivih informacija
incident-class-intrusions--system-compromise = Upad: preuzimanje kontrole nad sustavom (poslužiteljem ili računalom)
incident-class-intrusions--application-compromise = Upad: preuzimanje kontrole nad aplikacijom
incident-class-intrusions--privileged-account-compromise = Upad: preuzimanje administratorskog računa
incident-class-intrusions--unprivileged-account-compromise = Upad: preuzimanje običnog korisničkog računa
incident-class-intrusions--burglary = Upad: fizička provala
incident-class-information-gathering--social-engineering = Prikupljanje informacija: manipuliranje ljudima kako bi otkrili informacije (društveni inženjering)
incident-class-information-gathering--sniffing = Prikupljanje informacija: presretanje mrežnog prometa
incident-class-malicious-code--infected-system = Zlonamjerni kod: zaražen sustav
incident-class-fraud--masquerade = Prijevara: lažno predstavljanje kao osoba ili organizacija kojoj vjerujete
incident-class-fraud--phishing = Prijevara: phishing (lažne poruke ili internetske stranice radi pribavljanja lozinki ili podataka)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hakerski napad: web-aplikacija
attack-vector-hacking--backdoor-or-c2 = Hakerski napad: stražnja vrata (backdoor) ili kanal za daljinsko upravljanje (C2)
attack-vector-hacking--desktop-sharing = Hakerski napad: udaljena radna površina ili dijeljenje zaslona
attack-vector-hacking--vpn = Hakerski napad: pristup putem VPN-a
attack-vector-hacking--partner = Hakerski napad: putem pristupa partnera (dobavljača ili pružatelja usluga)
attack-vector-hacking--command-shell = Hakerski napad: naredbena ljuska (command shell)
attack-vector-malware--email-attachment = Zlonamjerni softver: privitak e-poruke
attack-vector-malware--email-link = Zlonamjerni softver: poveznica u e-poruci
attack-vector-malware--web-download = Zlonamjerni softver: preuzimanje s internetske stranice
attack-vector-malware--software-update = Zlonamjerni softver: ažuriranje softvera
attack-vector-malware--direct-install = Zlonamjerni softver: napadač ga je izravno instalirao
attack-vector-malware--network-propagation = Zlonamjerni softver: širenje mrežom
attack-vector-social--email = Društveni inženjering: e-pošta
attack-vector-social--phone = Društveni inženjering: telefonski poziv
attack-vector-social--in-person = Društveni inženjering: osobni kontakt
attack-vector-social--website = Društveni inženjering: internetska stranica
attack-vector-social--sms = Društveni inženjering: tekstna poruka (SMS)
attack-vector-misuse--lan-access = Zlouporaba od strane unutarnje osobe: pristup iz interne mreže
attack-vector-misuse--physical-access = Zlouporaba od strane unutarnje osobe: fizički pristup
attack-vector-misuse--remote-access = Zlouporaba od strane unutarnje osobe: udaljeni pristup
attack-vector-misuse--non-corporate = Zlouporaba od strane unutarnje osobe: izvan sustava poduzeća (privatna e-pošta, privatni uređaji ili mreže)
attack-vector-unknown = Nepoznato ili još nije utvrđeno

## Categories: actor types

actor-type-competitor = Konkurent
actor-type-nation-state = Državni akter (strana vlada ili njezine agencije)
actor-type-organised-crime = Organizirani kriminal
actor-type-insider = Unutarnja osoba (sadašnji zaposlenik ili vanjski suradnik)
actor-type-former-employee = Bivši zaposlenik
actor-type-unknown = Nepoznato

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript je uključen: vaš preglednik šifrira prijavu i privitke za odabrane primatelje prije nego što se išta pošalje. Poslužitelj uvijek prima samo šifrirane podatke.
js-status-checking = Provjera obrasca i ključeva obrađivača…
js-status-encrypting = Šifriranje prijave i privitaka u ovom pregledniku…
js-status-proof-of-work = Priprema za slanje (kratak izračun koji štiti kanal od automatiziranih neželjenih poruka)…
js-status-sending = Slanje šifrirane prijave…
js-error-keyring = Ključeve obrađivača nije bilo moguće provjeriti: skup ključeva nije potpisan ključem čiji je otisak prikazan na ovoj stranici. Ništa nije poslano. Ne šaljite prijavu s ove stranice; obratite se EUIPO-u ili Europolu putem njihovih službenih internetskih stranica.
js-error-network = Prijavu nije bilo moguće poslati jer veza nije uspjela. Ništa nije pohranjeno. Provjerite vezu i pokušajte ponovno.
js-error-crypto = Vaš preglednik nije mogao šifrirati prijavu pa ništa nije poslano. Pokušajte ponovno ili isključite JavaScript i pošaljite obrazac bez njega.
js-error-file = Priloženu datoteku nije bilo moguće pročitati. Provjerite postoji li još, ponovno je priložite i pokušajte ponovno.
js-error-kept = Vaši odgovori i priložene datoteke i dalje su u obrascu.
js-retry = Pokušaj ponovno
js-print = Ispiši kôd potvrde

## Reviewer console (/console/)

console-name = Konzola za obrađivače
console-nav-inbox = Pristigle prijave
console-logout = Odjava
console-logout-everywhere = Odjava na svim uređajima
console-go-to-login = Idi na stranicu za prijavu u sustav
console-refused-heading = Zahtjev je odbijen
console-login-heading = Prijava u konzolu za obrađivače
console-login-submit = Prijavi se
console-field-name = Korisničko ime
console-field-password = Lozinka
console-field-code = Kôd iz aplikacije za autentifikaciju
console-field-code-hint = Šesteroznamenkasti kôd koji vaša aplikacija za autentifikaciju trenutačno prikazuje. Svaki kôd vrijedi samo jednom.
console-notice-expired = Vaša je sesija istekla. Ponovno se prijavite.
console-notice-logged-out = Odjavljeni ste.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Pogrešno ime, lozinka ili kôd. Pokušajte ponovno; nakon mnogo neuspjelih pokušaja pričekajte minutu prije sljedećeg.
console-error-csrf = Ovaj obrazac nije moguće prihvatiti jer njegov sigurnosni token nedostaje, pogrešan je ili potječe iz druge sesije. Ništa nije promijenjeno. Ponovno učitajte stranicu i pokušajte ponovno.
error-cross-site = Ovaj je obrazac poslan s drugog web-mjesta pa je odbijen i ništa nije promijenjeno. Otvorite stranicu na ovom web-mjestu i pošaljite obrazac odande.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Stranice
pager-previous = Prethodna stranica
pager-next = Sljedeća stranica
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Stranica { $page } od { $pages }
error-method-not-allowed = Ova adresa ne prihvaća ovu vrstu zahtjeva.
error-headers-too-large = Zahtjev je sadržavao previše podataka u zaglavljima i odbijen je. Izbrišite kolačiće ovog web-mjesta i pokušajte ponovno.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Tekstno polje je predugo: ograničenje je { $limit } po polju. Skratite tekst i pošaljite ga ponovno.
followup-unsent-label = Vaš odgovor (nije poslan)
followup-unsent-hint = Nije poslan jer potvrda nije prepoznata. Kopirajte ga, ponovno se prijavite svojom potvrdom i pošaljite ga iz svojeg razgovora.
console-enrol-heading = Postavljanje računa obrađivača
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Dobro došli, { $name } ({ $body }). Odaberite lozinku za prijavu u sustav i postavite aplikaciju za kodove. Ova poveznica vrijedi samo jednom.
console-enrol-password-heading = 1. Lozinka za prijavu u sustav
console-field-new-password = Nova lozinka
console-field-confirm-password = Ponovite lozinku
# { $min } is a number of characters.
console-enrol-password-hint = Najmanji broj znakova: { $min }. Lozinku od nekoliko riječi najlakše je zapamtiti.
console-enrol-totp-heading = 2. Aplikacija za autentifikaciju
console-enrol-totp-scan = Skenirajte ovaj QR kôd aplikacijom za autentifikaciju (vremenski ograničeni kodovi, TOTP).
console-enrol-totp-secret = Ako ga ne možete skenirati, u aplikaciju unesite ovaj ključ:
console-enrol-code-hint = Za dovršetak unesite šesteroznamenkasti kôd koji aplikacija sada prikazuje.
console-enrol-submit = Dovrši postavljanje
console-enrol-done = Vaš je račun spreman. Sada se možete prijaviti svojim imenom, lozinkom i kodom iz aplikacije za autentifikaciju.
console-enrol-fingerprint = Otisak vašeg ključa je { $fingerprint }. Vaš se ključ upotrebljava tek nakon što ga operater doda u privjesak ključeva: operater će vas zamoliti da mu taj otisak pročitate telefonom ili osobno te će ključ dodati samo ako se podudara.
console-error-enrol-link = Ova poveznica za registraciju nije valjana: već je upotrijebljena, istekla je ili je pogrešno upisana. Zatražite novu poveznicu od operatera.
console-error-password-short = Lozinka je prekratka: najmanji broj znakova je { $min }.
console-error-password-mismatch = Lozinke se ne podudaraju. U oba polja upišite istu lozinku.
console-error-enrol-code = Kôd nije točan. Provjerite je li aplikacija postavljena s pomoću gore navedenog ključa i je li sat vašeg uređaja točan, a zatim unesite kôd koji se sada prikazuje.
console-inbox-heading = Pristigle prijave
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] vašoj organizaciji upućena je { $count } prijava.
    [few] vašoj organizaciji upućene su { $count } prijave.
   *[other] vašoj organizaciji upućeno je { $count } prijava.
}
console-inbox-empty = Vašoj organizaciji još nije upućena nijedna prijava.
console-inbox-col-report = Prijava
console-inbox-col-received = Zaprimljeno (dan)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Šifrirao
console-status-new = Nova
console-status-acknowledged = Primitak potvrđen
console-status-in-review = U obradi
console-status-information-requested = Zatražene informacije
console-status-referred = Proslijeđena
console-status-closed = Zatvorena
console-sealed-by-browser = Preglednik prijavitelja
console-sealed-by-server = Poslužitelj (poslano bez JavaScripta: slabije jamstvo)
console-inbox-col-deadline = Sljedeći rok (Direktiva 2019/1937)
console-inbox-col-action = Promjena statusa
console-deadline-acknowledgement = Potvrda primitka do { $day }
console-deadline-feedback = Povratne informacije do { $day }
console-deadline-overdue = Rok je istekao
console-deadline-due-soon = Rok uskoro istječe
console-deadline-none = Nema (zatvoreno)
console-deadline-counts = Rokovi – istekli: { $overdue }; istječu u sljedeća 2 dana: { $soon }.
console-status-change-label = Novi status
console-status-change-submit = Promijeni
console-status-final = Zatvoreno: daljnje promjene nisu moguće
console-transition-refused-heading = Promjena statusa je odbijena
console-error-transition = Prijava ne može prijeći iz statusa „{ $from }“ u status „{ $to }“. Ništa nije promijenjeno. Odaberite jedan od statusa ponuđenih u popisu pristiglih prijava.
console-back-to-inbox = Natrag na pristigle prijave

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Ključ za čitanje prijava
console-enrol-needs-js = Za čitanje prijava potreban je preglednik s JavaScriptom: vaš osobni ključ za čitanje prijava izrađuje se i zaključava u vašem pregledniku, nikad na poslužitelju. Da biste dovršili postavljanje računa, uključite JavaScript ili upotrijebite drugi preglednik.
console-enrol-key-explain = Vaš preglednik sada izrađuje vaš osobni ključ za čitanje prijava i zaključava ga lozinkom za otključavanje. Odaberite lozinku koja se razlikuje od vaše lozinke za prijavu u sustav. Ključ nikad ne napušta ovaj preglednik: ako zaboravite lozinku za otključavanje, operater vam mora postaviti novi ključ.
console-field-unlock-passphrase = Lozinka za otključavanje
console-field-unlock-passphrase-confirm = Ponovite lozinku za otključavanje
console-enrol-unlock-hint = Najmanji broj znakova: { $min }; ne smije biti jednaka lozinki za prijavu u sustav.
console-error-unlock-short = Lozinka za otključavanje je prekratka: najmanji broj znakova je { $min }.
console-error-unlock-mismatch = Lozinke za otključavanje ne podudaraju se. U oba polja upišite istu lozinku.
console-error-unlock-same = Lozinka za otključavanje mora se razlikovati od lozinke za prijavu u sustav: lozinka za prijavu šalje se poslužitelju, a lozinka za otključavanje nikad.
console-enrol-key-working = Izrada i zaključavanje ključa. To traje nekoliko sekundi…
console-error-key-failed = Vaš preglednik nije mogao izraditi ključ. Ponovno učitajte stranicu i pokušajte ponovno.
console-error-enrol-key = Za čitanje prijava potreban je preglednik s JavaScriptom, a ovaj je obrazac stigao bez ključa koji izrađuje vaš preglednik. Uključite JavaScript, ponovno učitajte stranicu i pokušajte ponovno.

## Reviewer console: reading a report
console-report-heading = Prijava
console-report-bodies = Primatelji
console-report-needs-js = Za čitanje prijava potreban je preglednik s JavaScriptom: prijava se dešifrira u vašem pregledniku vašim ključem, nikad na poslužitelju.
console-report-no-key = Vaš račun nema ključ za čitanje prijava. Zatražite novu poveznicu za registraciju od operatera.
console-unlock-heading = Otključajte svoj ključ
console-unlock-hint = Lozinka za otključavanje upotrebljava se samo na ovoj stranici i nikad se ne šalje. Ponovno će vam trebati kad otvorite drugu stranicu.
console-unlock-submit = Otključaj i otvori prijavu
console-unlock-working = Otključavanje ključa i otvaranje prijave…
console-error-unlock-wrong = Lozinka za otključavanje nije točna. Ništa nije otvoreno. Pokušajte ponovno.
console-error-open-failed = Ovu prijavu nije moguće otvoriti vašim ključem. Možda je poslana prije nego što je vaš ključ dodan u skup ključeva; pristup vam može odobriti kolega koji je može pročitati.
console-error-keyring = Ključeve obrađivača nije bilo moguće provjeriti: skup ključeva nije potpisan ključem s čijim je otiskom pokrenut ovaj poslužitelj. Ništa nije poslano.
console-error-keyring-rollback = Ovaj privjesak ključeva stariji je (niži serijski broj) od onoga koji je ovaj preglednik već vidio s istim ključem za potpisivanje: možda je vraćen stari privjesak kako bi se upotrijebio uklonjeni ključ. Ništa nije otvoreno ni poslano. Obavijestite operatera.
console-error-network = Veza nije uspjela. Ništa nije poslano. Provjerite vezu i pokušajte ponovno.
console-report-fields-heading = Što je prijavitelj poslao
console-report-field-member-state = Država članica
console-report-field-sector = Djelatnost
console-report-field-incident-class = Vrsta incidenta
console-report-field-attack-vector = Vektor napada
console-report-field-actor-type = Pretpostavljeni počinitelj
console-report-field-incident-month = Mjesec početka krađe
console-report-field-detection-month = Mjesec otkrivanja krađe
console-report-field-loss-eur = Procijenjeni gubitak
console-report-field-jobs-at-risk = Ugrožena radna mjesta
console-report-field-what-taken = Što je ukradeno
console-report-field-narrative = Što se dogodilo
console-report-field-contact = Kontakt
console-report-field-organisation-id = PDV identifikacijski broj ili oznaka LEI
console-report-empty = (nije navedeno)
console-report-attachments-heading = Privici
console-report-attachments-none = Nema privitaka.
console-attachment-save = Dešifriraj i spremi
console-attachment-working = Dešifriranje…
console-error-attachment = Privitak nije bilo moguće dešifrirati: oštećen je ili nepotpun. Ništa nije spremljeno.
console-thread-heading = Komunikacija s prijaviteljem
console-thread-empty = Još nema poruka.
console-thread-from-reporter = Prijavitelj
console-thread-from-reviewer = Obrađivač
console-thread-note = Interna bilješka
console-thread-unreadable = (ovu poruku nije moguće otvoriti vašim ključem)
envelope-mismatch = Ova omotnica pripada drugoj prijavi ili je druge vrste; ne prikazuje se.
conversation-from-signed = Od { $name } (potpis provjeren)
conversation-from-channel = Automatska obavijest kanala za prijave
message-bad-signature = Ova poruka nije prikazana: tvrdi da dolazi od ocjenjivača, ali njezin potpis nedostaje ili ne odgovara nijednom ključu ocjenjivača u potpisanom privjesku ključeva. Mogla bi biti krivotvorena; ne postupajte prema njoj.
console-ack-heading = Potvrda primitka prijave
console-ack-label = Potvrda za prijavitelja
console-ack-default = Zahvaljujemo na prijavi. Zaprimili smo je i razmotrit ćemo je. Ako budemo imali pitanja, pronaći ćete ih ovdje.
console-ack-submit = Potvrdi i pošalji
console-message-heading = Poruka prijavitelju
console-message-label = Vaša poruka
console-message-hint = Šifrira se u vašem pregledniku za prijavitelja i obrađivače ove prijave. Prijavitelj je čita s pomoću svojeg koda potvrde.
console-message-submit = Pošalji prijavitelju
console-note-heading = Interna bilješka
console-note-label = Vaša bilješka
console-note-hint = Šifrira se u vašem pregledniku samo za obrađivače iz vaše organizacije. Prijavitelj je nikad ne vidi.
console-note-submit = Dodaj bilješku
console-error-message-empty = Najprije napišite poruku (najviše 20 000 znakova).
console-sending = Šifriranje i slanje…
console-sent = Poslano.
console-grants-heading = Pristup za kolege
console-grants-hint = Kolege iz vaše organizacije čiji su ključevi dodani u skup ključeva nakon primitka ove prijave ne mogu je čitati. Vaš im preglednik može odobriti pristup tako da ključ prijave šifrira njihovim ključem.
console-grants-none = Ovu prijavu mogu čitati svi obrađivači iz vaše organizacije koji su u skupu ključeva.
console-grant-submit = Odobri pristup
console-grant-done = Pristup je odobren.
console-error-grant-exists = Taj kolega već može čitati ovu prijavu.
console-classify-heading = Potvrđena klasifikacija za statistiku
console-classify-hint = Ispravite strukturirana polja ili označite prijavu kao duplikat ili kao prijavu izvan područja primjene. Vaš preglednik šifrira ispravljeni zapis samo za modul za anonimizaciju; on u statistici zamjenjuje prijaviteljev zapis. Opis događaja i podaci za kontakt nikad nisu dio tog zapisa.
console-classify-status = Ocjena prijave
console-classify-valid = Valjana
console-classify-duplicate = Duplikat druge prijave
console-classify-out-of-scope = Izvan područja primjene
console-classify-submit = Spremi potvrđenu klasifikaciju
console-classify-done = Potvrđena klasifikacija šifrirana je i spremljena.
console-error-classify = Provjerite klasifikaciju: mjesec mora biti u razdoblju od 1990. do tromjesečja u kojem je prijava stigla, a gubitak i broj radnih mjesta moraju biti cijeli brojevi unutar dopuštenih granica. Ništa nije spremljeno.
console-error-classify-unsigned = Klasifikaciju nije moguće potpisati: vaš ključ za potpisivanje još nije u potpisanom skupu ključeva. Ništa nije spremljeno; zamolite operatera da doda vaš ključ.
console-export-heading = Izvoz za EC3 i timove CSIRT
console-export-hint = Vaš preglednik izrađuje datoteku iz dešifrirane prijave: klasifikaciju, podatke o tome što je ukradeno i opis događaja, ali nikad podatke za kontakt prijavitelja ni identifikator organizacije. Svaki se izvoz bilježi u revizijski zapisnik.
console-export-tlp = Oznaka TLP (Traffic Light Protocol)
console-export-stix = Izvezi paket STIX 2.1
console-export-misp = Izvezi događaj MISP
console-export-done = Izvoz je zabilježen i spremljen.

## Data portal (/portal/) and data API

portal-name = Statistika krađe poslovnih tajni – podatkovni portal
portal-nav-releases = Izdanja
portal-nav-tokens = Tokeni API-ja
portal-refused-heading = Nije izvršeno
portal-enrol-heading = Postavljanje računa na portalu
portal-error-enrol-link = Ova poveznica za registraciju nije valjana: već je upotrijebljena, istekla je ili je pogrešno upisana. Zatražite novu od operatera.
portal-enrol-lead = Račun { $name } za nadležna tijela ({ $country }). Odaberite lozinku i postavite aplikaciju za autentifikaciju.
portal-enrol-submit = Dovrši postavljanje
portal-enrol-done = Vaš je račun spreman. Prijavite se svojim imenom, lozinkom i kodom iz aplikacije za autentifikaciju.
portal-login-heading = Prijava na podatkovni portal
portal-releases-heading = Izdanja
portal-releases-lead = Prijavljeni korisnik: { $name } ({ $country }). Svako izdanje sadržava statistiku EU-a za jedno tromjesečje zaštićenu diferencijalnom privatnošću.
portal-releases-none = Još nije objavljeno nijedno izdanje.
portal-releases-caption = Objavljena izdanja, od najnovijeg tromjesečja
portal-col-period = Tromjesečje
portal-col-date = Objavljeno
portal-col-epsilon = Potrošeni proračun privatnosti (ε)
portal-col-status = Status
portal-col-release = Izdanje
portal-status-published = Objavljeno
portal-release-heading = Statistika za { $period }
portal-release-intervals-hint = Svaki stupac prikazuje objavljenu vrijednost; crta preko njega prikazuje interval od 95 %, koji se crta od nule ako seže ispod nule. Ispod svakog grafikona nalazi se tablica s njegovim vrijednostima.
portal-summary-reports = Prijave u EU-u
portal-summary-truncated = Izostavljene prijave (više od k po organizaciji)
portal-summary-loss = Procijenjeni gubici u EU-u
portal-chart-quarter = Prijave po tromjesečjima
portal-chart-quarter-note = Tromjesečje ovog izdanja je istaknuto.
portal-chart-state-quarter = Prijave u vašoj državi članici po tromjesečjima
portal-chart-series = { $category }: prijave po tromjesečjima
portal-chart-series-note = Sektor ili vektor napada s najviše prijava u ovom izdanju; podatkovni API daje sve sektore i vektore napada po tromjesečjima.
portal-chart-sector = Prijave po djelatnostima (NACE)
portal-chart-attack-vector = Prijave po vektorima napada
portal-chart-member-state = Prijave po državama članicama
portal-chart-yours = (istaknuto)
portal-chart-highlight = Istaknuto i označeno: { $country }.
portal-chart-desc = Vodoravni stupčasti grafikon s { $count ->
        [one] { $count } kategorijom
        [few] { $count } kategorije
       *[other] { $count } kategorija
    }, svaka s intervalom od 95 %. Najviša vrijednost: { $top }, { $value }. Tablica ispod grafikona sadržava sve vrijednosti.
portal-chart-show-table = Prikaži vrijednosti u tablici
portal-chart-table-caption = { $chart }: objavljene vrijednosti i intervali od 95 %
portal-col-category = Kategorija
portal-col-value = Objavljena vrijednost
portal-col-interval = Interval od 95 %
portal-method-heading = Kako su ovi podaci izrađeni
portal-method-promise = Podaci su diferencijalno privatni. Zaštićena jedinica su prijave jedne organizacije u tromjesečju: bez obzira na to je li prijavila i što, svaki objavljeni podatak bio bi gotovo jednako vjerojatan. „Gotovo” određuje proračun privatnosti ε = { $epsilon } ovog izdanja: nijedan rezultat ne postaje više od { $factor } puta vjerojatniji zbog prijava jedne organizacije u ovom tromjesečju. Izdanja kalendarske godine zajedno troše najviše ε = { $year_cap }, pa je kroz godinu faktor najviše { $year_factor }; kroz više godina faktori se množe.
portal-method-unit = Organizacija se prepoznaje po navedenom PDV broju ili LEI-ju (zapisanom u jednom standardnom obliku i pretvorenom u pseudonim koji može izračunati samo anonimizator); po tromjesečju broji se najviše { $k } njezinih prijava. Prepoznaje se samo po tom identifikatoru: organizacija koja u jednoj prijavi navede PDV broj, a u drugoj LEI, ili čija društva kćeri prijavljuju zasebno, broji se kao više njih. Prijava bez identifikatora zaštićena je sama za sebe: organizacija koja pošalje više prijava bez njega zaštićena je za svaku prijavu, a ne za sve zajedno.
portal-method-truncation = Oko { $dropped } prijava (oko { $share } % svih) izostavljeno je jer je njihova organizacija u tromjesečju prijavila više od { $k } puta. Taj broj i sam sadrži šum i broji najviše { $k } po organizaciji; stvarni broj je veći. Koje su prijave zadržane, odlučio je slučaj, a ne njihov sadržaj.
portal-method-noise = Svakoj ćeliji svake tablice dodan je slučajni šum, uključujući ćelije s vrijednošću nula; nijedna ćelija nije skrivena zato što je njezina vrijednost mala. Mali podatak stoga može biti samo šum.
portal-method-intervals = Intervali od 95 % pokazuju koliko je šum mogao pomaknuti podatak: sadrže izmjerenu vrijednost u najmanje oko 95 od 100 slučajeva. Izmjerena vrijednost je ona zadržanih prijava, sa svakim gubitkom ograničenim na gornju granicu; izostavljene prijave i dio gubitaka iznad granice nisu uključeni, pa su podaci i njihovi intervali niži od primljenog. Intervali se računaju iz javno poznate razine šuma, a ne iz prijava, i nikada ne idu ispod nule.
portal-method-consistency = Podaci država članica zbrajaju se u podatke EU-a, a svaka tablica zbraja se u isti ukupni iznos. Podaci su cijeli brojevi, nikada negativni, svaki otprilike do jedan od nepristrane procjene (dalje samo ondje gdje su susjedne procjene pale ispod nule); ukupni broj države članice i zbroj njezinih sektora mogu se razlikovati za šum. Sirova mjerenja sa šumom nalaze se i u CSV datotekama.
portal-method-losses = Svaki procijenjeni gubitak uračunava se do iznosa od { $bound } EUR; veći gubici uračunavaju se u tom iznosu.
portal-method-budget = Ovo je tromjesečje potrošilo ε { $quarter } od svojeg ograničenja { $quarter_cap }; godina { $year } potrošila je ε { $year_spent } od { $year_cap }. Statistika za tromjesečje nikad se ne izračunava ponovno s većim proračunom.
portal-method-opendp = Izračunano s pomoću OpenDP-a { $version }. Funkcije koje se ovdje upotrebljavaju nalaze se u njegovu dijelu „contrib“, koji tim OpenDP-a još nije provjerio; u datoteci s metodologijom za svaku su tablicu navedeni mehanizam, skala šuma i proračun.
portal-downloads-heading = Preuzimanja
portal-download-archive = Cijelo izdanje u jednoj arhivi ({ $name }), s kontrolnim zbrojevima i potpisom
portal-verify-heading = Provjera primljene datoteke
portal-verify-text = Arhiva sadržava datoteku SHA256SUMS s kontrolnim zbrojem svake datoteke i datoteku SHA256SUMS.sig s njezinim potpisom ključem izdanja. Svatko može provjeriti kopiju koju je dobio od nekoga drugog: spremite keyring.json i keyring.sig s ove stranice u mapu i pokrenite naredbu u nastavku. Ona vjeruje privjesku ključeva samo ako je potpisan ključem čiji otisak objavljuju EUIPO i Europol te iz njega uzima ključ izdanja (prikazan u nastavku).
portal-verify-key = Ključ izdanja:
portal-verify-fingerprint = Otisak:
portal-tokens-heading = Tokeni API-ja
portal-tokens-lead = Token omogućuje programu čitanje izdanja putem podatkovnog API-ja (samo za čitanje). Svakom programu dodijelite zaseban token kako biste jedan mogli opozvati bez zaustavljanja ostalih.
portal-token-new-heading = Izrada tokena
portal-token-name = Naziv
portal-token-name-hint = Čemu token služi, npr. „noćni uvoz“.
portal-token-create = Izradi token
portal-token-created = Vaš novi token nalazi se u nastavku. Kopirajte ga sada: prikazuje se samo ovaj put i poslije ga više neće biti moguće vidjeti.
portal-token-use = Šaljite ga uz svaki zahtjev u obliku:
portal-tokens-list-heading = Vaši tokeni
portal-tokens-none = Još nemate nijedan token.
portal-token-created-on = Izrađen
portal-token-last-used = Zadnja upotreba
portal-token-state = Status
portal-token-revoke = Opozovi
portal-token-revoked-on = Opozvan { $day }
portal-token-revoked = Token je opozvan: više ne radi.
portal-error-token-name = Unesite naziv tokena (najveći broj znakova: { $max }).
error-unauthorized = Potreban je valjani token API-ja: pošaljite zaglavlje „Authorization: Bearer“ s tokenom izrađenim na portalu koji nije opozvan.

# console triage
console-triage-heading = O čemu su prijave
console-triage-hint = Otključajte svoj ključ kako biste vidjeli o čemu je svaka prijava te ih pretraživali, filtrirali i razvrstavali. Prijave se dešifriraju u ovom pregledniku; ni one ni vaša pretraživanja ne šalju se poslužitelju.
console-triage-search = Pretraži tekst prijava
console-triage-all = Sve
console-triage-sort = Redoslijed
console-triage-sort-newest = Najnovije prve
console-triage-sort-oldest = Najstarije prve
console-triage-sort-deadline = Najbliži rok prvi
console-triage-reset = Očisti pretraživanje i filtre
console-triage-col-summary = Prijava (prvi redak opisa)
console-triage-col-language = Jezik
console-triage-col-attachments = Privitci
console-triage-count = Pronađene prijave: { $shown } od { $total }
console-triage-page = Stranica { $page } od { $pages }
console-triage-pages = Stranice popisa
console-triage-previous = Prethodna stranica
console-triage-next = Sljedeća stranica
console-triage-none = Nijedna prijava ne odgovara pretraživanju i filtrima.
console-triage-working = Dešifriranje prijava…
console-triage-unreadable = Ova se prijava ne može otvoriti vašim ključem.
error-summary-entry = { $field }: { $message }
error-field-recipients = Primatelji
error-field-actor-type = Tko je stajao iza toga
error-field-loss-eur = Procijenjeni gubitak
error-field-jobs-at-risk = Ugrožena radna mjesta
error-field-attachments = Privitci
error-field-contact = Kontakt
error-field-organisation-id = PDV broj ili LEI
error-field-consent = Potvrda
console-nav-figures = Pokazatelji
console-figures-heading = Pokazatelji za upravu
console-figures-lead = { $body }: samo brojevi i trajanja, izračunani iz dana koje poslužitelj bilježi. Ništa iz sadržaja prijava.
console-figures-csv = Preuzmi kao CSV
console-figures-received = Primljene prijave po mjesecima
console-figures-month = Mjesec
console-figures-count = Prijave
console-figures-timing = Vrijeme do potvrde primitka i do povratne informacije
console-figures-step = Korak
console-figures-done = Obavljeno
console-figures-median = Medijan (dani)
console-figures-p90 = 90. percentil (dani)
console-figures-within = U roku
console-figures-within-value = { $within } od { $decided } ({ $percent } %)
console-figures-ack = Potvrda primitka (u roku od 7 dana od primitka)
console-figures-feedback = Povratna informacija (u roku od 3 mjeseca od potvrde)
console-figures-open = Otvoreni predmeti po statusu
console-figures-definitions = Povratna informacija prvi je dan nakon potvrde primitka kada je ocjenjivač pisao prijavitelju ili dan zatvaranja predmeta, ovisno o tome što je nastupilo prije. Medijan i percentil metodom najbližeg ranga. Udjeli broje obavljene korake i korake nakon isteka roka; predmeti kojima rok još teče još se ne broje.
console-assign-heading = Dodjela
console-assign-label = Dodijeljeno
console-assign-nobody = Nikome
console-assign-submit = Dodijeli
console-triage-assigned-me = Dodijeljene meni
console-triage-unassigned = Nedodijeljene

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Poruku nije moguće potpisati: vaš ključ za potpisivanje još nije u potpisanom skupu ključeva. Ništa nije poslano; zamolite operatera da doda vaš ključ.
console-casefile-heading = Spis za predaju
console-casefile-hint = Izrađuje se u vašem pregledniku iz otvorene prijave; ništa od toga ne šalje se poslužitelju. Revizijski zapisnik bilježi samo sam izvoz: format, uključene dijelove i broj zacrnjenih izraza.
console-casefile-parts = Dijelovi koje treba uključiti
console-casefile-part-fields = Polja prijave
console-casefile-part-conversation = Razgovor
console-casefile-part-attachments = Privici s njihovim SHA-256
console-casefile-part-classification = Klasifikacija
console-casefile-redact-contact = Zacrni podatke za kontakt prijavitelja i identifikator organizacije
console-casefile-terms = Imena i riječi za zacrnjivanje
console-casefile-terms-hint = Po jedno u retku. Svako se posvuda u spisu zamjenjuje oznakom zacrnjivanja, bez obzira na velika i mala slova.
console-casefile-download = Preuzmi spis (HTML)
console-casefile-print = Ispiši ili spremi kao PDF
console-casefile-working = Priprema spisa: dešifriranje privitaka…
console-casefile-done = Izvoz spisa je zabilježen.
console-casefile-no-parts = Odaberite barem jedan dio.
console-casefile-title = Spis prijave
console-casefile-prepared = Izrađeno
console-casefile-marker = [ZACRNJENO]
console-casefile-redactions = Zacrnjenja
console-casefile-redacted-contact = Podaci za kontakt prijavitelja i identifikator organizacije
console-casefile-redacted-terms = Izrazi koje je označio ocjenjivač
console-casefile-verified = potpis provjeren
# --- indicators ---
report-section-indicators = Tehnički pokazatelji (neobavezno)
report-indicators-lead = Ako imate tehničke tragove napada, navedite ih ovdje, jednu vrijednost po retku. Ocjenjivači ih mogu podijeliti s timovima CSIRT kako bi blokirali napadače.
field-indicator-ip = IP adrese ili rasponi
hint-indicator-ip = IPv4 ili IPv6 ili raspon CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Nazivi domena
hint-indicator-domain = Na primjer files.example.com; međunarodni nazivi u obliku xn--.
field-indicator-url = Web-adrese (URL)
hint-indicator-url = Cijela adresa koja počinje s https:// ili drugom shemom.
field-indicator-email = Adrese e-pošte
hint-indicator-email = Na primjer pošiljatelj poruke za krađu identiteta.
field-indicator-hash = Sažeci datoteka
hint-indicator-hash = MD5, SHA-1 ili SHA-256, heksadecimalno.
field-indicator-file-name = Nazivi datoteka
hint-indicator-file-name = Samo naziv, bez mape: racun.pdf.exe.
field-indicator-observations = Ostala tehnička zapažanja
hint-indicator-observations = Sve ostalo što može pomoći: alati, računi, vremena.
error-indicator-ip = Redak { $line } nije IP adresa ni raspon CIDR.
error-indicator-domain = Redak { $line } nije naziv domene.
error-indicator-url = Redak { $line } nije cijela web-adresa (kao https://example.com/putanja).
error-indicator-email = Redak { $line } nije adresa e-pošte.
error-indicator-hash = Redak { $line } nije sažetak MD5, SHA-1 ili SHA-256.
error-indicator-file-name = Redak { $line } nije naziv datoteke (bez mape, najviše 255 znakova).
error-indicator-count = U ovo polje unesite najviše { $max } vrijednosti.
console-indicators-heading = Tehnički pokazatelji
console-taxii-heading = Pošalji u zbirku TAXII 2.1
console-taxii-hint = Paket STIX 2.1 s gore odabranom razinom TLP ide iz ovog preglednika izravno na poslužitelj TAXII vašeg tijela; adresa i vjerodajnice ne pohranjuju se.
console-taxii-url = Adresa zbirke (završava s /collections/<id>/)
console-taxii-user = Korisničko ime
console-taxii-password = Lozinka
console-taxii-push = Pošalji u TAXII
console-taxii-done = Paket je dodan u zbirku TAXII.
console-taxii-failed = Poslužitelj TAXII odbio je paket ili nije bio dostupan. Provjerite adresu i vjerodajnice te dopušta li poslužitelj izvor ove konzole (CORS).
# --- tags and referral ---
console-tags-heading = Oznake
console-tags-hint = Oznake dolaze s fiksnog popisa vašeg tijela, koji vodi operater. Njihove nazive vidi onaj tko upravlja poslužiteljem: koristite ih kao oznake, nikad za sadržaj predmeta.
console-tags-none = Ova prijava nema oznaka.
console-tags-field = Oznaka
console-tags-add = Dodaj oznaku
console-tags-remove = Ukloni oznaku
console-error-tag-unknown = Ova oznaka nije na popisu vašeg tijela. Ništa nije promijenjeno.
console-refer-heading = Uputi tijelu { $body }
console-refer-hint = Ključ prijave pečati se u vašem pregledniku za ključeve tijela { $body } iz provjerenog privjeska ključeva. { $body } tada vidi prijavu u svojem pretincu, s vlastitim rokovima od danas.
console-refer-note = Bilješka za { $body } (neobavezno)
console-refer-note-hint = Zapečaćena za oba tijela kao interna bilješka; nikad se ne prikazuje prijavitelju.
console-refer-tell = Obavijesti prijavitelja u razgovoru
console-refer-message = Poruka prijavitelju
console-refer-message-default = Vaša je prijava upućena tijelu { $body }, koje će je također obraditi.
console-refer-submit = Uputi prijavu
console-refer-done = Prijava je upućena.
console-referrals-heading = Upućivanja
console-referral-line = Upućeno od { $from } prema { $to }, uputio/la { $who }, dana { $day }.
console-referral-note = Bilješka:
console-triage-referred-from = Uputilo { $body }
console-error-referral-same = Prijava se može uputiti samo drugom tijelu.
console-error-referral-exists = { $body } već ima ovu prijavu; nije ponovno upućena.
console-error-referral-slots = Zapečaćeni ključevi ne odgovaraju točno ključevima tijela { $body } u privjesku ključeva. Ništa nije upućeno.
# --- security keys (WebAuthn) ---
account-nav-keys = Sigurnosni ključevi
account-keys-heading = Sigurnosni ključevi
account-keys-lead = Sigurnosni ključ ili pristupni ključ na telefonu ili računalu može pri prijavi zamijeniti autentifikacijski kod i ne može se izmamiti phishingom. Možete dodati više njih.
account-keys-totp-allowed = Vaš se račun može prijaviti i autentifikacijskim kodom.
account-keys-totp-forbidden = Vaš se račun prijavljuje samo sigurnosnim ključem: autentifikacijski kodovi se odbijaju.
account-keys-list-heading = Vaši ključevi
account-keys-none = Još nije dodan nijedan sigurnosni ključ.
account-key-name = Naziv ključa
account-key-name-hint = Na primjer „plavi ključ”, kako biste ga prepoznali na ovom popisu.
account-key-added-on = Dodan
account-key-last-used = Posljednja upotreba
account-key-actions = Radnje
account-key-remove = Ukloni
account-key-new-heading = Dodajte sigurnosni ključ
account-key-add = Dodaj sigurnosni ključ
account-key-touch = Slijedite upute preglednika i dodirnite sigurnosni ključ.
account-key-failed = Sigurnosni ključ nije odgovorio ili je zahtjev otkazan. Pokušajte ponovno.
account-key-needs-js = Za dodavanje sigurnosnog ključa ovaj preglednik treba JavaScript.
account-key-unavailable = Na adresi ovog poslužitelja sigurnosni ključevi ne mogu se upotrebljavati. Obratite se operateru.
account-key-added = Sigurnosni ključ je dodan.
account-key-removed = Sigurnosni ključ je uklonjen.
account-key-last = Ovo je vaš posljednji sigurnosni ključ, a vaš račun ne smije upotrebljavati autentifikacijske kodove: dodajte drugi ključ prije nego što uklonite ovaj.
account-key-expired = Zahtjev je trajao predugo. Pokušajte ponovno.
account-key-invalid = Odgovor sigurnosnog ključa nije prihvaćen. Pokušajte ponovno.
account-key-duplicate = Ovaj je sigurnosni ključ već dodan.
account-key-too-many = Imate najveći dopušteni broj sigurnosnih ključeva. Najprije uklonite jedan.
account-error-key-name = Dajte ključu naziv od 1 do { $max } znakova.
account-key-signin-heading = Upotrijebite sigurnosni ključ
account-key-signin-lead = Lozinka je točna. Potvrdite prijavu sigurnosnim ključem.
account-key-signin-submit = Upotrijebi moj sigurnosni ključ
account-key-signin-needs-js = Sigurnosni ključ zahtijeva JavaScript u ovom pregledniku.
account-key-signin-back = Prijavite se radije autentifikacijskim kodom
account-field-code-key-hint = Ako upotrebljavate sigurnosni ključ, ostavite kod prazan: ključ ćete upotrijebiti u sljedećem koraku.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Obavijesti
console-notify-lead = Sažetak samo s brojevima: nove prijave, nove poruke prijavitelja, rokovi koji uskoro istječu i prekoračeni rokovi. Nikad ne sadrži sadržaj, identifikator ili naslov prijave.
console-notify-email = Adresa e-pošte
console-notify-email-hint = Sažetak se šalje na ovu adresu. Ostavite prazno ako ne želite e-poštu.
console-notify-webhook = URL webhooka
console-notify-webhook-hint = Isti brojevi šalju se ovamo kao JSON (HTTP POST). Adresa mora počinjati s https://. Ostavite prazno ako ga ne želite.
console-notify-frequency = Koliko često
console-notify-off = Nikad
console-notify-daily = Svaki dan
console-notify-weekly = Svaki tjedan
console-notify-send-empty = Pošalji sažetak i kada se ništa nije dogodilo
console-notify-send-empty-hint = Tada sažetak stiže svaki put pa njegov dolazak ne otkriva ništa o novim prijavama.
console-notify-language = Jezik sažetka
console-notify-save = Spremi
console-notify-saved = Vaše postavke obavijesti spremljene su.
console-notify-error-email = Adresa e-pošte: unesite potpunu adresu, na primjer ime@example.eu.
console-notify-error-webhook = URL webhooka: unesite potpunu adresu, na primjer https://hooks.example.eu/digest, bez korisničkog imena, lozinke i znaka #.
console-notify-error-https = URL webhooka: adresa mora počinjati s https:// (http:// samo prema ovom računalu).
console-notify-error-destination = Adresa e-pošte: unesite adresu e-pošte ili URL webhooka ili odaberite „Nikad”.
notify-mail-subject = Kanal za prijave: vaš sažetak
notify-mail-intro = Sažetak za { $body }, od { $from } do { $through }. Samo brojevi: prijavite se u konzolu da biste vidjeli prijave.
notify-mail-new-reports = Nove prijave: { $count }
notify-mail-new-replies = Nove poruke prijavitelja: { $count }
notify-mail-ack-due = Potvrde primitka s rokom u 2 dana: { $count }
notify-mail-feedback-due = Povratne informacije s rokom u 14 dana: { $count }
notify-mail-ack-overdue = Zakašnjele potvrde primitka: { $count }
notify-mail-feedback-overdue = Zakašnjele povratne informacije: { $count }
notify-mail-nothing = Ništa novo i ništa ne dospijeva.
notify-mail-footer = Ovaj sažetak primate jer ste ga zatražili u konzoli (Obavijesti). Ondje ga možete promijeniti ili zaustaviti.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Primitak potvrđen
conversation-acknowledgement-due = Potvrda primitka najkasnije do
conversation-feedback-due = Povratna informacija najkasnije do
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Povezane prijave
console-related-hint = Uspoređeno s pomoću ključnih sažetaka pokazatelja i identifikatora organizacije, izračunanih u vašem pregledniku: poslužitelj nikad ne vidi pokazatelj. Prikazuju se samo prijave koje vaše tijelo smije otvoriti.
console-related-none = Nijedna druga prijava vašeg tijela nema zajednički pokazatelj s ovom.
console-related-report = Prijava { $report }
console-related-shares = zajednički pokazatelji: { $count }
console-related-incident = moguće isti incident (isti identifikator organizacije)
console-related-refused = Ključ za korelaciju koji je ponudio poslužitelj nije onaj naveden u potpisanom privjesku ključeva: nije upotrijebljen i ništa nije poslano.
console-related-confirm = Potvrdi ovu prijavu kao duplikat
console-related-unavailable = Korelacija još nije dostupna: za vaš unos u privjesku ključeva nije zapečaćen nijedan ključ za korelaciju.
