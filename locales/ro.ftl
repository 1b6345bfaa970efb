### Romanian: translation of en.ftl (the reference language).
### Every other locales/<lang>.ftl has exactly these message ids and the same { $placeholders }
### (checked by `cargo test -p i18n`). Ids are stable: change the text, never the id.
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Română
language-switch-label = Limba
language-switch-button = Schimbați limba

## Page chrome

site-name = Canalul de raportare a furtului de secrete comerciale
skip-to-content = Salt la conținutul principal
nav-label = Meniul principal
nav-home = Pagina principală
nav-report = Raportați un furt
nav-follow-up = Urmăriți un raport
footer-privacy-notice = Declarație de confidențialitate
footer-recipients = Rapoartele sunt transmise către EUIPO și către Centrul european de combatere a criminalității informatice (EC3) al Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] ianuarie
        [2] februarie
        [3] martie
        [4] aprilie
        [5] mai
        [6] iunie
        [7] iulie
        [8] august
        [9] septembrie
        [10] octombrie
        [11] noiembrie
       *[12] decembrie
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Raportarea furtului cibernetic de secrete comerciale
page-title-report = Trimiterea unui raport
page-title-follow-up = Urmărirea raportului dumneavoastră
page-title-privacy = Declarație de confidențialitate

## Reporter landing page

home-heading = Raportați furtul de secrete comerciale în cadrul unui atac cibernetic
home-intro = Dacă secretele comerciale ale întreprinderii dumneavoastră au fost furate printr-un atac cibernetic, puteți raporta acest lucru aici, în mod voluntar și confidențial, către EUIPO (Oficiul Uniunii Europene pentru Proprietate Intelectuală) și către Centrul european de combatere a criminalității informatice (EC3) al Europol.
home-point-recipients = Dumneavoastră alegeți cine primește raportul: EUIPO, EC3 al Europol sau ambele.
home-point-encrypted = Raportul dumneavoastră este criptat astfel încât numai evaluatorii pe care îi alegeți să îl poată citi. Acest site nu îl stochează niciodată într-o formă lizibilă.
home-point-anonymous = Puteți raporta fără să vă indicați numele sau denumirea întreprinderii.
home-point-receipt = Când trimiteți raportul, primiți un cod de recipisă. Păstrați-l în siguranță: aveți nevoie de el pentru a citi întrebările evaluatorilor și pentru a le răspunde, iar dacă îl pierdeți, nu poate fi înlocuit.
home-point-statistics = Răspunsurile pe care le alegeți din liste (de exemplu, sectorul și tipul de atac) sunt folosite și pentru statistici la nivelul UE. Acestora li se adaugă zgomot, astfel încât nicio întreprindere să nu poată fi identificată.
home-no-javascript = Formularul funcționează și cu JavaScript dezactivat (de exemplu, în modul cel mai sigur al Tor Browser). În acest caz, raportul este criptat de server imediat ce ajunge, nu în browserul dumneavoastră, ceea ce oferă o protecție puțin mai slabă.
home-start-button = Începeți un raport
home-follow-up-heading = Ați trimis deja un raport?
home-follow-up-text = Folosiți codul de recipisă pentru a citi mesajele evaluatorilor și pentru a le răspunde.
home-follow-up-button = Continuați cu codul de recipisă

## Form: common parts

form-optional = (opțional)
form-choose = Alegeți…
# Read by screen readers before each field error.
form-error-prefix = Eroare:
recipient-euipo = EUIPO (Oficiul Uniunii Europene pentru Proprietate Intelectuală)
recipient-ec3 = Europol EC3 (Centrul european de combatere a criminalității informatice)

## Errors: whole pages

error-page-title = A apărut o problemă
error-bad-request = Cererea nu a putut fi înțeleasă. Vă rugăm să reveniți la pagina anterioară și să încercați din nou.
error-not-found = Această pagină nu există. Verificați adresa sau reîncepeți de la pagina principală.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Datele trimise sunt prea mari: limita este de { $limit }. Eliminați sau micșorați atașamentele și încercați din nou.
error-csrf = Pentru siguranța dumneavoastră, acest formular a expirat și nu s-a salvat nimic. Vă rugăm să reîncărcați pagina și să îl trimiteți din nou.
error-form-used = Acest formular a fost deja trimis: raportul dumneavoastră a fost primit o dată, cu codul de confirmare afișat atunci. Pentru a trimite un alt raport, deschideți un formular nou.
error-rate-limited = Prea multe încercări într-un timp scurt. Vă rugăm să așteptați câteva minute și să încercați din nou.
error-server = A apărut o problemă la noi și nu s-a salvat nimic. Vă rugăm să încercați din nou mai târziu.
error-unavailable = Serviciul este temporar indisponibil. Vă rugăm să încercați din nou mai târziu.
error-unavailable-title = Temporar indisponibil
error-database-unavailable = În acest moment nu putem stoca sau citi rapoarte, așa că nu s-a salvat nimic. Vă rugăm să așteptați un minut și să îl trimiteți din nou.

## Errors: form fields

error-required = Acest câmp este obligatoriu.
error-unknown-choice = Alegeți una dintre opțiunile din listă.
error-month-format = Introduceți luna în formatul YYYY-MM, de exemplu 2026-03.
error-month-future = Luna nu poate fi în viitor.
error-month-too-early = Luna nu poate fi anterioară anului { $year }.
error-detection-before-incident = Luna în care a fost descoperit furtul nu poate fi anterioară lunii în care a început.
error-number-format = Introduceți un număr întreg, de exemplu 250000.
# { $max } is an amount in euros.
error-loss-too-large = Suma nu poate depăși { $max } EUR.
error-jobs-too-large = Numărul de locuri de muncă nu poate depăși { $max }.
error-too-long =
    { $max ->
        [one] Textul este prea lung: folosiți cel mult { $max } caracter.
        [few] Textul este prea lung: folosiți cel mult { $max } caractere.
       *[other] Textul este prea lung: folosiți cel mult { $max } de caractere.
    }
error-organisation-id = Introduceți un cod de TVA (de exemplu DK12345678) sau un cod LEI (20 de litere și cifre) ori lăsați câmpul gol.
error-recipients = Alegeți cel puțin un destinatar: EUIPO, EC3 al Europol sau ambele.
error-consent = Bifați caseta pentru a confirma înainte de a trimite raportul.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Formularul conține { $count } eroare. Vă rugăm să o corectați și să trimiteți din nou formularul.
        [few] Formularul conține { $count } erori. Vă rugăm să le corectați și să trimiteți din nou formularul.
       *[other] Formularul conține { $count } de erori. Vă rugăm să le corectați și să trimiteți din nou formularul.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Amprenta setului de chei (comparați-o cu cea publicată de EUIPO și Europol):
error-go-back = Folosiți butonul „Înapoi” al browserului pentru a reveni la formular; ceea ce ați scris se află de obicei tot acolo.
# { $limit } is a number of files.
error-too-many-files = Prea multe fișiere: numărul maxim de fișiere pe care le puteți atașa este { $limit }. Eliminați câteva și încercați din nou.

## Page titles (intake)

page-title-confirmation = Raport primit
page-title-conversation = Raportul dumneavoastră

## Landing page: what the server sees

home-server-heading = Ce poate și ce nu poate vedea acest site
home-server-cannot = Nu poate citi raportul, atașamentele sau mesajele dumneavoastră: acestea sunt criptate pentru evaluatori înainte de a fi stocate, iar cheile necesare pentru deschiderea lor sunt deținute numai de evaluatori.
home-server-can = Vede că a fost trimis un raport într-o anumită zi, către ce organism și cât de mare este, aproximativ. Nu înregistrează niciodată adresa IP, browserul dumneavoastră sau ora exactă.
home-fingerprint-heading = Verificați că vă aflați pe canalul autentic
home-fingerprint-text = Rapoartele sunt criptate pentru cheile dintr-un set de chei semnat cu cheia offline a canalului. Amprenta acestuia este afișată mai jos; EUIPO și Europol publică aceeași amprentă pe propriile site-uri.
home-tor-heading = Raportarea anonimă
home-tor-text = Pentru cel mai înalt nivel de anonimat, folosiți Tor Browser, nu vă conectați în același timp la niciun alt serviciu și eliminați din fișiere numele și metadatele (autor, întreprindere, GPS) înainte de a le atașa.

## Report form

report-heading = Raportați un furt de secrete comerciale
report-lead = Câmpurile marcate ca opționale pot fi lăsate goale. Tot ce scrieți, precum și atașamentele, sunt criptate pentru destinatarii pe care îi alegeți.
report-guarantee-server = Fără JavaScript, raportul dumneavoastră este criptat de server, în memorie, chiar în momentul în care ajunge și nu este niciodată stocat într-o formă lizibilă. Cu JavaScript activat, propriul browser îl criptează înainte de trimitere.
report-files-dropped = Pentru siguranța dumneavoastră, fișierele atașate nu se păstrează atunci când formularul este returnat cu erori. Vă rugăm să le atașați din nou.
report-section-classification = Despre incident
report-section-when = Când s-a întâmplat
report-section-impact = Impact
report-section-account = Ce s-a întâmplat
report-section-optional = Detalii opționale
report-submit = Criptați și trimiteți raportul
field-recipients = Cine trebuie să primească raportul?
hint-recipients = Alegeți unul sau ambele. Numai evaluatorii organismelor pe care le alegeți pot citi raportul.
field-member-state = Statul membru în care este stabilită întreprinderea dumneavoastră
hint-member-state = Folosit pentru statisticile UE pe țări.
field-sector = Sectorul de activitate al întreprinderii
hint-sector = Secțiunea NACE a activității dumneavoastră principale.
field-incident-class = Tipul incidentului
hint-incident-class = Alegeți varianta cea mai potrivită; evaluatorii o pot corecta.
field-attack-vector = Cum au pătruns atacatorii
hint-attack-vector = Alegeți „Necunoscut” dacă nu știți încă.
field-actor-type = Cine credeți că se află în spatele atacului?
hint-actor-type = Cea mai bună estimare a dumneavoastră; „Necunoscut” este un răspuns valabil.
field-incident-month = Luna în care a început furtul
hint-incident-month = În formatul YYYY-MM, de exemplu 2026-03. O estimare este suficientă.
field-detection-month = Luna în care a fost descoperit furtul
hint-detection-month = În formatul YYYY-MM.
field-loss-eur = Pierderea estimată în euro (opțional)
hint-loss-eur = Un număr întreg, de exemplu 250000. Lăsați câmpul gol dacă nu o puteți estima.
field-jobs-at-risk = Locuri de muncă puse în pericol (opțional)
hint-jobs-at-risk = Câte locuri de muncă sunt puse în pericol de furt, dacă puteți estima.
field-what-taken = Ce a fost sustras
hint-what-taken = De exemplu: cod sursă, proiecte, liste de clienți, formule, procese de producție.
field-narrative = Ce s-a întâmplat
hint-narrative = Descrieți cu propriile cuvinte atacul și modul în care a fost descoperit: date, sisteme afectate, ce ați făcut de atunci.
field-attachments = Atașamente (opțional)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Număr maxim de fișiere: { $max_files }, fiecare de cel mult { $max_mib } MB. Acestea sunt criptate pe măsură ce sunt primite.
field-contact = Cum vă pot contacta evaluatorii? (opțional)
hint-contact = Lăsați câmpul gol pentru a rămâne anonim: puteți citi și răspunde în continuare la mesaje cu codul de recipisă.
field-organisation-id = Codul de TVA sau codul LEI al întreprinderii (opțional)
hint-organisation-id = Opțional. Este criptat: îl pot citi evaluatorii organismelor alese; nu este publicat niciodată. În statistici devine un pseudonim, astfel încât societatea dumneavoastră să conteze cel mult o dată pe trimestru, iar cifrele publicate să protejeze sesizările societății în ansamblu (implicit ε = 1 pe trimestru, cel mult ε = 4 pe an). Fără el, fiecare sesizare este protejată separat, nu toate sesizările dumneavoastră împreună.
field-consent = Confirm că, după cunoștința mea, informațiile sunt exacte și sunt de acord ca acestea să fie prelucrate conform declarației de confidențialitate.
hint-consent = Puteți retrage ulterior un raport scriindu-le evaluatorilor cu codul de recipisă.

## Confirmation

confirmation-heading = Raportul dumneavoastră a fost primit
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Raportul dumneavoastră a fost criptat și trimis către: { $recipients }.
confirmation-receipt-heading = Codul dumneavoastră de recipisă
confirmation-receipt-text = Notați acest cod sau descărcați-l acum. Aveți nevoie de el pentru a citi întrebările evaluatorilor și pentru a le răspunde.
confirmation-receipt-once = Acest cod este afișat o singură dată. Nimeni, nici chiar evaluatorii, nu îl poate recupera pentru dumneavoastră.
confirmation-download = Descărcați recipisa ca fișier text
confirmation-print = Puteți și să imprimați această pagină: se imprimă numai codul și aceste instrucțiuni.
confirmation-guarantee-heading = Cum a fost protejat raportul dumneavoastră
confirmation-sealed-by-server = Browserul dumneavoastră a trimis raportul fără JavaScript, așa că serverul l-a criptat în memorie la sosire. Nu a fost niciodată scris pe disc într-o formă lizibilă.
confirmation-sealed-by-browser = Browserul dumneavoastră a criptat raportul înainte de a-l trimite; serverul nu l-a văzut niciodată într-o formă lizibilă.
confirmation-next-heading = Ce urmează
confirmation-next-text = Evaluatorii confirmă primirea rapoartelor în termen de 7 zile și oferă un răspuns în termen de 3 luni. Reveniți cu codul de recipisă pentru a le citi mesajele.
recipients-both = EUIPO și EC3
receipt-file-title = Codul de recipisă pentru raportul dumneavoastră transmis prin canalul de raportare a furtului de secrete comerciale
receipt-file-keep = Păstrați acest cod secret și în siguranță. Folosiți-l pe pagina de urmărire a canalului.

## Follow-up

followup-heading = Urmărirea raportului dumneavoastră
followup-lead = Introduceți codul de recipisă primit atunci când ați trimis raportul.
followup-receipt-label = Cod de recipisă
followup-receipt-hint = 24 de litere și cifre, de exemplu 7KQM-2XPA-…; cratimele și spațiile nu contează.
followup-submit = Deschideți raportul meu
followup-wrong-receipt = Niciun raport nu corespunde acestui cod de recipisă. Verificați fiecare caracter și încercați din nou.

## Conversation

conversation-heading = Raportul dumneavoastră
conversation-status = Stare
conversation-received = Primit la
conversation-sealed-by-server = Acest raport a fost criptat de server la sosire (trimis fără JavaScript).
conversation-messages = Mesaje
conversation-empty = Încă nu există mesaje. Evaluatorii confirmă primirea rapoartelor în termen de 7 zile.
conversation-from-you = Dumneavoastră
conversation-from-reviewer = Evaluator
conversation-reply-heading = Scrieți-le evaluatorilor
conversation-reply-label = Mesajul dumneavoastră
conversation-reply-submit = Criptați și trimiteți mesajul
conversation-reply-sent = Mesajul dumneavoastră a fost criptat și trimis.
conversation-reply-empty = Scrieți un mesaj sau atașați un fișier înainte de trimitere.
status-new = Primit, confirmarea primirii nu a fost încă transmisă
status-acknowledged = Primire confirmată
status-in-review = În curs de examinare
status-information-requested = Evaluatorii v-au solicitat informații
status-referred = Transmis autorităților competente
status-closed = Închis

## Privacy notice

privacy-heading = Declarație de confidențialitate
privacy-controllers = Rapoartele sunt prelucrate de EUIPO și de Europol (EC3), fiecare pentru rapoartele care îi sunt adresate, în temeiul Regulamentului (UE) 2018/1725 și, respectiv, al Regulamentului (UE) 2016/794.
privacy-what-heading = Ce date sunt prelucrate
privacy-what-text = Conținutul raportului, atașamentele acestuia și mesajele dumneavoastră sunt criptate astfel încât numai evaluatorii organismelor pe care le-ați ales să le poată citi. Ziua în care a fost primit un raport, starea acestuia și destinatarii sunt stocați într-o formă lizibilă, pentru gestionarea termenelor.
privacy-not-heading = Ce nu se înregistrează niciodată
privacy-not-text = Adresa IP, browserul dumneavoastră și ora exactă a vizitelor nu sunt niciodată stocate sau înregistrate în jurnale. Paginile de raportare nu folosesc cookie-uri.
privacy-statistics-heading = Statistici
privacy-statistics-text = Răspunsurile alese din liste alimentează statistici la nivelul UE, publicate cu confidențialitate diferențială. Este protejată o societate sub codul de TVA sau LEI indicat: faptul că a sesizat într-un trimestru, și ce, schimbă probabilitatea oricărei cifre publicate cel mult cu un factor e^ε, în limitele publicate cu fiecare ediție (implicit ε = 1 pe trimestru, un factor de 2,7, și ε = 4 pe an calendaristic, un factor de 55; pe mai mulți ani factorii se înmulțesc). Sesizările fără identificator sunt protejate una câte una, astfel că o societate care trimite mai multe fără identificator este mai puțin protejată. Cifrele sunt estimări cu zgomot, nu numărători exacte.
privacy-retention-heading = Cât timp sunt păstrate rapoartele
privacy-retention-text = Rapoartele închise sunt șterse după perioada de păstrare stabilită de organismele care le evaluează. Statisticile publicate nu sunt afectate.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austria
member-state-BE = Belgia
member-state-BG = Bulgaria
member-state-HR = Croația
member-state-CY = Cipru
member-state-CZ = Cehia
member-state-DK = Danemarca
member-state-EE = Estonia
member-state-FI = Finlanda
member-state-FR = Franța
member-state-DE = Germania
member-state-EL = Grecia
member-state-HU = Ungaria
member-state-IE = Irlanda
member-state-IT = Italia
member-state-LV = Letonia
member-state-LT = Lituania
member-state-LU = Luxemburg
member-state-MT = Malta
member-state-NL = Țările de Jos
member-state-PL = Polonia
member-state-PT = Portugalia
member-state-RO = România
member-state-SK = Slovacia
member-state-SI = Slovenia
member-state-ES = Spania
member-state-SE = Suedia

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Agricultură, silvicultură și pescuit
sector-B = Industria extractivă
sector-C = Industria prelucrătoare
sector-D = Producția și furnizarea de energie electrică și termică, gaze, apă caldă și aer condiționat
sector-E = Distribuția apei; salubritate, gestionarea deșeurilor, activități de decontaminare
sector-F = Construcții
sector-G = Comerț cu ridicata și cu amănuntul; repararea autovehiculelor și a motocicletelor
sector-H = Transport și depozitare
sector-I = Hoteluri și restaurante
sector-J = Informații și comunicații
sector-K = Intermedieri financiare și asigurări
sector-L = Tranzacții imobiliare
sector-M = Activități profesionale, științifice și tehnice
sector-N = Activități de servicii administrative și activități de servicii suport
sector-O = Administrație publică și apărare; asigurări sociale din sistemul public
sector-P = Învățământ
sector-Q = Sănătate și asistență socială
sector-R = Activități de spectacole, culturale și recreative
sector-S = Alte activități de servicii
sector-T = Activități ale gospodăriilor private în calitate de angajator de personal casnic; activități ale gospodăriilor private de producere de bunuri și servicii destinate consumului propriu
sector-U = Activități ale organizațiilor și organismelor extrateritoriale

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Securitatea informațiilor: acces neautorizat la informații
incident-class-information-content-security--unauthorised-information-modification = Securitatea informațiilor: informații modificate fără permisiune
incident-class-information-content-security--data-loss = Securitatea informațiilor: pierdere de date
incident-class-information-content-security--leak-confidential-information = Securitatea informațiilor: scurgere de informații confidențiale
incident-class-intrusions--system-compromise = Intruziune: preluarea controlului asupra unui sistem (server sau calculator)
incident-class-intrusions--application-compromise = Intruziune: preluarea controlului asupra unei aplicații
incident-class-intrusions--privileged-account-compromise = Intruziune: preluarea controlului asupra unui cont de administrator
incident-class-intrusions--unprivileged-account-compromise = Intruziune: preluarea controlului asupra unui cont de utilizator obișnuit
incident-class-intrusions--burglary = Intruziune: efracție fizică
incident-class-information-gathering--social-engineering = Colectare de informații: persoane manipulate pentru a divulga informații (inginerie socială)
incident-class-information-gathering--sniffing = Colectare de informații: interceptarea traficului de rețea
incident-class-malicious-code--infected-system = Cod malițios: infectarea unui sistem
incident-class-fraud--masquerade = Fraudă: cineva s-a dat drept o persoană sau o organizație în care aveți încredere
incident-class-fraud--phishing = Fraudă: phishing (mesaje sau site-uri false pentru obținerea de parole sau date)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: aplicație web
attack-vector-hacking--backdoor-or-c2 = Hacking: ușă din spate (backdoor) sau canal de control de la distanță (C2)
attack-vector-hacking--desktop-sharing = Hacking: desktop la distanță sau partajare de ecran
attack-vector-hacking--vpn = Hacking: acces VPN
attack-vector-hacking--partner = Hacking: prin accesul unui partener (furnizor sau prestator de servicii)
attack-vector-hacking--command-shell = Hacking: linie de comandă (command shell)
attack-vector-malware--email-attachment = Malware: atașament la un e-mail
attack-vector-malware--email-link = Malware: link într-un e-mail
attack-vector-malware--web-download = Malware: descărcare de pe un site web
attack-vector-malware--software-update = Malware: actualizare de software
attack-vector-malware--direct-install = Malware: instalat direct de atacator
attack-vector-malware--network-propagation = Malware: răspândit prin rețea
attack-vector-social--email = Inginerie socială: e-mail
attack-vector-social--phone = Inginerie socială: apel telefonic
attack-vector-social--in-person = Inginerie socială: în persoană
attack-vector-social--website = Inginerie socială: site web
attack-vector-social--sms = Inginerie socială: mesaj text (SMS)
attack-vector-misuse--lan-access = Abuz din interior: acces din rețeaua internă
attack-vector-misuse--physical-access = Abuz din interior: acces fizic
attack-vector-misuse--remote-access = Abuz din interior: acces de la distanță
attack-vector-misuse--non-corporate = Abuz din interior: în afara sistemelor întreprinderii (e-mail, dispozitive sau rețele private)
attack-vector-unknown = Necunoscut sau încă neidentificat

## Categories: actor types

actor-type-competitor = Concurent
actor-type-nation-state = Actor statal (un guvern străin sau agențiile sale)
actor-type-organised-crime = Criminalitate organizată
actor-type-insider = Persoană din interior (angajat actual sau contractant)
actor-type-former-employee = Fost angajat
actor-type-unknown = Necunoscut

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript este activat: browserul dumneavoastră criptează raportul și atașamentele pentru destinatarii aleși înainte de a trimite ceva. Serverul primește numai date criptate.
js-status-checking = Se verifică formularul și cheile evaluatorilor…
js-status-encrypting = Raportul și atașamentele se criptează în acest browser…
js-status-proof-of-work = Se pregătește trimiterea (un calcul scurt care protejează canalul împotriva mesajelor nesolicitate automate)…
js-status-sending = Se trimite raportul criptat…
js-error-keyring = Cheile evaluatorilor nu au putut fi verificate: setul de chei nu este semnat cu cheia a cărei amprentă este afișată pe această pagină. Nu s-a trimis nimic. Nu trimiteți raportul de pe această pagină; contactați EUIPO sau Europol prin site-urile lor oficiale.
js-error-network = Raportul nu a putut fi trimis deoarece conexiunea a eșuat. Nu s-a stocat nimic. Verificați conexiunea și încercați din nou.
js-error-crypto = Browserul dumneavoastră nu a putut cripta raportul, așa că nu s-a trimis nimic. Încercați din nou sau dezactivați JavaScript pentru a trimite formularul fără el.
js-error-file = Un fișier atașat nu a putut fi citit. Verificați dacă mai există, atașați-l din nou și reîncercați.
js-error-kept = Răspunsurile și fișierele atașate se află în continuare în formular.
js-retry = Încercați din nou
js-print = Imprimați codul de recipisă

## Reviewer console (/console/)

console-name = Consola evaluatorilor
console-nav-inbox = Rapoarte primite
console-logout = Deconectare
console-logout-everywhere = Deconectare de pe toate dispozitivele
console-go-to-login = Mergeți la pagina de conectare
console-refused-heading = Cerere refuzată
console-login-heading = Conectare la consola evaluatorilor
console-login-submit = Conectare
console-field-name = Nume
console-field-password = Parolă
console-field-code = Codul din aplicația de autentificare
console-field-code-hint = Codul de 6 cifre afișat acum de aplicația de autentificare. Fiecare cod poate fi folosit o singură dată.
console-notice-expired = Sesiunea dumneavoastră a expirat. Vă rugăm să vă conectați din nou.
console-notice-logged-out = V-ați deconectat.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nume, parolă sau cod greșit. Vă rugăm să încercați din nou; după multe încercări eșuate, așteptați un minut înainte de următoarea.
console-error-csrf = Acest formular nu a putut fi acceptat deoarece tokenul său de securitate lipsește, este greșit sau provine dintr-o altă sesiune. Nu s-a modificat nimic. Reîncărcați pagina și încercați din nou.
error-cross-site = Acest formular a fost trimis de pe un alt site web, așa că a fost refuzat și nu s-a modificat nimic. Deschideți pagina pe acest site și trimiteți formularul de acolo.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Pagini
pager-previous = Pagina anterioară
pager-next = Pagina următoare
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Pagina { $page } din { $pages }
error-method-not-allowed = Această adresă nu acceptă acest tip de cerere.
error-headers-too-large = Cererea conținea prea multe date în antete și a fost refuzată. Ștergeți cookie-urile acestui site și încercați din nou.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Un câmp de text este prea lung: limita este de { $limit } pe câmp. Scurtați textul și trimiteți-l din nou.
followup-unsent-label = Răspunsul dumneavoastră (netrimis)
followup-unsent-hint = Nu a fost trimis deoarece chitanța nu a fost recunoscută. Copiați-l, autentificați-vă din nou cu chitanța și trimiteți-l din conversația dumneavoastră.
console-enrol-heading = Configurați contul de evaluator
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Bun venit, { $name } ({ $body }). Alegeți o parolă de conectare și configurați aplicația de coduri. Acest link funcționează o singură dată.
console-enrol-password-heading = 1. Parola de conectare
console-field-new-password = Parola nouă
console-field-confirm-password = Aceeași parolă, încă o dată
# { $min } is a number of characters.
console-enrol-password-hint = Cel puțin { $min } { $min ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }. O frază de acces formată din mai multe cuvinte se reține cel mai ușor.
console-enrol-totp-heading = 2. Aplicația de autentificare
console-enrol-totp-scan = Scanați acest cod QR cu aplicația de autentificare (coduri bazate pe timp, TOTP).
console-enrol-totp-secret = Dacă nu îl puteți scana, introduceți în aplicație această cheie:
console-enrol-code-hint = Pentru a finaliza, introduceți codul de 6 cifre afișat acum de aplicație.
console-enrol-submit = Finalizați configurarea
console-enrol-done = Contul dumneavoastră este gata. Acum vă puteți conecta cu numele, parola și un cod din aplicația de autentificare.
console-enrol-fingerprint = Amprenta cheii dumneavoastră este { $fingerprint }. Cheia este folosită doar după ce operatorul o adaugă în setul de chei: operatorul vă va cere să-i citiți această amprentă la telefon sau în persoană și va adăuga cheia doar dacă se potrivește.
console-error-enrol-link = Acest link de înregistrare nu este valabil: a fost deja folosit, a expirat sau a fost introdus greșit. Solicitați operatorului un link nou.
console-error-password-short = Parola este prea scurtă: folosiți cel puțin { $min } { $min ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }.
console-error-password-mismatch = Cele două parole nu sunt identice. Introduceți aceeași parolă în ambele câmpuri.
console-error-enrol-code = Codul nu este corect. Verificați dacă aplicația a fost configurată cu cheia de mai sus și dacă ceasul dispozitivului este corect, apoi introduceți codul afișat acum.
console-inbox-heading = Rapoarte primite
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] un raport este adresat organismului dumneavoastră.
    [few] { $count } rapoarte sunt adresate organismului dumneavoastră.
   *[other] { $count } de rapoarte sunt adresate organismului dumneavoastră.
}
console-inbox-empty = Niciun raport nu a fost încă adresat organismului dumneavoastră.
console-inbox-col-report = Raport
console-inbox-col-received = Primit (ziua)
console-inbox-col-status = Stare
console-inbox-col-sealed-by = Criptat de
console-status-new = Nou
console-status-acknowledged = Primire confirmată
console-status-in-review = În curs de examinare
console-status-information-requested = Informații solicitate
console-status-referred = Transmis
console-status-closed = Închis
console-sealed-by-browser = Browserul raportorului
console-sealed-by-server = Serverul (trimis fără JavaScript: garanție mai slabă)
console-inbox-col-deadline = Următorul termen (Directiva 2019/1937)
console-inbox-col-action = Schimbați starea
console-deadline-acknowledgement = Confirmarea primirii până la { $day }
console-deadline-feedback = Răspuns până la { $day }
console-deadline-overdue = Termen depășit
console-deadline-due-soon = Termen apropiat
console-deadline-none = Niciunul (închis)
console-deadline-counts = Termene: depășite: { $overdue }; care expiră în 2 zile: { $soon }.
console-status-change-label = Starea nouă
console-status-change-submit = Schimbați
console-status-final = Închis: nu mai sunt posibile modificări
console-transition-refused-heading = Schimbarea stării a fost refuzată
console-error-transition = Un raport nu poate trece din starea „{ $from }” în starea „{ $to }”. Nu s-a modificat nimic. Alegeți una dintre stările propuse în lista rapoartelor primite.
console-back-to-inbox = Înapoi la rapoartele primite

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Cheia pentru citirea rapoartelor
console-enrol-needs-js = Pentru citirea rapoartelor este necesar un browser cu JavaScript: cheia dumneavoastră personală pentru citirea lor este generată și blocată în browser, niciodată pe server. Activați JavaScript sau folosiți alt browser pentru a finaliza configurarea contului.
console-enrol-key-explain = Browserul dumneavoastră generează acum cheia personală pentru citirea rapoartelor și o blochează cu o frază de deblocare. Alegeți o frază diferită de parola de conectare. Fraza nu părăsește niciodată acest browser: dacă o uitați, operatorul trebuie să vă configureze o cheie nouă.
console-field-unlock-passphrase = Fraza de deblocare
console-field-unlock-passphrase-confirm = Aceeași frază de deblocare, încă o dată
console-enrol-unlock-hint = Cel puțin { $min } { $min ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }, diferită de parola de conectare.
console-error-unlock-short = Fraza de deblocare este prea scurtă: folosiți cel puțin { $min } { $min ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }.
console-error-unlock-mismatch = Cele două fraze de deblocare nu sunt identice. Introduceți aceeași frază în ambele câmpuri.
console-error-unlock-same = Fraza de deblocare trebuie să difere de parola de conectare: parola de conectare este trimisă serverului, fraza de deblocare niciodată.
console-enrol-key-working = Se generează și se blochează cheia. Durează câteva secunde…
console-error-key-failed = Browserul dumneavoastră nu a putut genera cheia. Reîncărcați pagina și încercați din nou.
console-error-enrol-key = Pentru citirea rapoartelor este necesar un browser cu JavaScript, iar acest formular a sosit fără cheia generată de browser. Activați JavaScript, reîncărcați pagina și încercați din nou.

## Reviewer console: reading a report
console-report-heading = Raport
console-report-bodies = Trimis către
console-report-needs-js = Pentru citirea rapoartelor este necesar un browser cu JavaScript: raportul este decriptat în browserul dumneavoastră cu cheia dumneavoastră, niciodată pe server.
console-report-no-key = Contul dumneavoastră nu are o cheie pentru citirea rapoartelor. Solicitați operatorului un nou link de înregistrare.
console-unlock-heading = Deblocați cheia
console-unlock-hint = Fraza de deblocare este folosită numai în această pagină și nu este trimisă niciodată. Veți avea nevoie din nou de ea când deschideți o altă pagină.
console-unlock-submit = Deblocați și deschideți raportul
console-unlock-working = Se deblochează cheia și se deschide raportul…
console-error-unlock-wrong = Fraza de deblocare nu este corectă. Nu s-a deschis nimic. Încercați din nou.
console-error-open-failed = Acest raport nu poate fi deschis cu cheia dumneavoastră. Este posibil să fi fost trimis înainte ca cheia dumneavoastră să fie adăugată în setul de chei; un coleg care îl poate citi vă poate acorda acces.
console-error-keyring = Cheile evaluatorilor nu au putut fi verificate: setul de chei nu este semnat cu cheia a cărei amprentă a fost indicată la pornirea acestui server. Nu s-a trimis nimic.
console-error-keyring-rollback = Acest set de chei este mai vechi (număr de serie mai mic) decât unul pe care acest browser l-a văzut deja cu aceeași cheie de semnare: poate fi un set vechi repus pentru a folosi o cheie eliminată. Nu s-a deschis și nu s-a trimis nimic. Anunțați operatorul.
console-error-network = Conexiunea a eșuat. Nu s-a trimis nimic. Verificați conexiunea și încercați din nou.
console-report-fields-heading = Ce a transmis raportorul
console-report-field-member-state = Stat membru
console-report-field-sector = Sector
console-report-field-incident-class = Tipul incidentului
console-report-field-attack-vector = Vector de atac
console-report-field-actor-type = Autor presupus
console-report-field-incident-month = Luna în care a început furtul
console-report-field-detection-month = Luna în care a fost descoperit furtul
console-report-field-loss-eur = Pierdere estimată
console-report-field-jobs-at-risk = Locuri de muncă puse în pericol
console-report-field-what-taken = Ce a fost sustras
console-report-field-narrative = Ce s-a întâmplat
console-report-field-contact = Date de contact
console-report-field-organisation-id = Cod de TVA sau cod LEI
console-report-empty = (nu a fost indicat)
console-report-attachments-heading = Atașamente
console-report-attachments-none = Niciun atașament.
console-attachment-save = Decriptați și salvați
console-attachment-working = Se decriptează…
console-error-attachment = Atașamentul nu a putut fi decriptat: este deteriorat sau incomplet. Nu s-a salvat nimic.
console-thread-heading = Conversația cu raportorul
console-thread-empty = Încă nu există mesaje.
console-thread-from-reporter = Raportorul
console-thread-from-reviewer = Evaluator
console-thread-note = Notă internă
console-thread-unreadable = (acest mesaj nu poate fi deschis cu cheia dumneavoastră)
envelope-mismatch = Acest plic aparține altui raport sau este de alt tip; nu este afișat.
conversation-from-signed = De la { $name } (semnătură verificată)
conversation-from-channel = Notificare automată a canalului de raportare
message-bad-signature = Acest mesaj nu este afișat: pretinde că provine de la un evaluator, dar semnătura lipsește sau nu corespunde niciunei chei de evaluator din setul de chei semnat. Poate fi falsificat; nu acționați pe baza lui.
console-ack-heading = Confirmați primirea raportului
console-ack-label = Confirmarea primirii, pentru raportor
console-ack-default = Vă mulțumim pentru raport. L-am primit și îl vom examina. Dacă avem întrebări, le veți găsi aici.
console-ack-submit = Confirmați și trimiteți
console-message-heading = Mesaj către raportor
console-message-label = Mesajul dumneavoastră
console-message-hint = Criptat în browserul dumneavoastră pentru raportor și pentru evaluatorii acestui raport. Raportorul îl citește cu codul său de recipisă.
console-message-submit = Trimiteți raportorului
console-note-heading = Notă internă
console-note-label = Nota dumneavoastră
console-note-hint = Criptată în browserul dumneavoastră numai pentru evaluatorii organizației dumneavoastră. Raportorul nu o vede niciodată.
console-note-submit = Adăugați nota
console-error-message-empty = Scrieți mai întâi un mesaj (cel mult 20 000 de caractere).
console-sending = Se criptează și se trimite…
console-sent = Trimis.
console-grants-heading = Acces pentru colegi
console-grants-hint = Colegii din organizația dumneavoastră ale căror chei au fost adăugate în setul de chei după sosirea acestui raport nu îl pot citi. Browserul dumneavoastră le poate acorda acces criptând cheia raportului pentru cheia lor.
console-grants-none = Toți evaluatorii organizației dumneavoastră din setul de chei pot citi acest raport.
console-grant-submit = Acordați acces
console-grant-done = Accesul a fost acordat.
console-error-grant-exists = Acest coleg poate citi deja acest raport.
console-classify-heading = Clasificarea validată pentru statistici
console-classify-hint = Corectați câmpurile structurate sau marcați raportul ca duplicat ori ca fiind în afara domeniului de aplicare. Browserul dumneavoastră criptează înregistrarea corectată numai pentru serviciul de anonimizare; aceasta înlocuiește înregistrarea raportorului în statistici. Descrierea faptelor și datele de contact nu fac niciodată parte din ea.
console-classify-status = Situația raportului
console-classify-valid = Valabil
console-classify-duplicate = Duplicat al altui raport
console-classify-out-of-scope = În afara domeniului de aplicare
console-classify-submit = Salvați clasificarea validată
console-classify-done = Clasificarea validată a fost criptată și salvată.
console-error-classify = Verificați clasificarea: luna trebuie să fie cuprinsă între 1990 și trimestrul în care a sosit raportul, iar pierderea și locurile de muncă trebuie să fie numere întregi în limitele stabilite. Nu s-a salvat nimic.
console-error-classify-unsigned = Clasificarea nu poate fi semnată: cheia dumneavoastră de semnare nu este încă în setul de chei semnat. Nu s-a salvat nimic; cereți operatorului să vă adauge cheia.
console-export-heading = Export pentru EC3 și CSIRT-uri
console-export-hint = Browserul dumneavoastră generează fișierul din raportul decriptat: clasificarea, ce a fost sustras și descrierea faptelor, niciodată datele de contact ale raportorului sau identificatorul organizației sale. Fiecare export este înregistrat în jurnalul de audit.
console-export-tlp = Marcaj Traffic Light Protocol (TLP)
console-export-stix = Exportați pachetul STIX 2.1
console-export-misp = Exportați evenimentul MISP
console-export-done = Exportul a fost înregistrat și salvat.

## Data portal (/portal/) and data API

portal-name = Statistici privind furtul de secrete comerciale – portal de date
portal-nav-releases = Ediții
portal-nav-tokens = Tokenuri API
portal-refused-heading = Operațiune neefectuată
portal-enrol-heading = Configurați contul pe portal
portal-error-enrol-link = Acest link de înregistrare nu este valabil: a fost deja folosit, a expirat sau a fost introdus greșit. Solicitați operatorului unul nou.
portal-enrol-lead = Contul { $name } pentru autoritățile din { $country }. Alegeți o parolă și configurați aplicația de autentificare.
portal-enrol-submit = Finalizați configurarea
portal-enrol-done = Contul dumneavoastră este gata. Conectați-vă cu numele, parola și un cod din aplicația de autentificare.
portal-login-heading = Conectare la portalul de date
portal-releases-heading = Ediții
portal-releases-lead = Conectat ca { $name } ({ $country }). Fiecare ediție conține statisticile UE pentru un trimestru, cu confidențialitate diferențială.
portal-releases-none = Nu a fost publicată încă nicio ediție.
portal-releases-caption = Ediții publicate, începând cu cel mai recent trimestru
portal-col-period = Trimestru
portal-col-date = Data publicării
portal-col-epsilon = Buget de confidențialitate consumat (ε)
portal-col-status = Stare
portal-col-release = Ediție
portal-status-published = Publicată
portal-release-heading = Statistici pentru { $period }
portal-release-intervals-hint = Fiecare bară arată valoarea publicată; linia care o traversează arată intervalul de 95 %, trasat de la zero atunci când coboară sub zero. Fiecare grafic are sub el un tabel cu valorile sale.
portal-summary-reports = Rapoarte în UE
portal-summary-truncated = Rapoarte excluse (peste k per organizație)
portal-summary-loss = Pierderi estimate în UE
portal-chart-quarter = Rapoarte pe trimestre
portal-chart-quarter-note = Trimestrul acestei ediții este evidențiat.
portal-chart-state-quarter = Rapoarte în statul dumneavoastră membru, pe trimestre
portal-chart-series = { $category }: rapoarte pe trimestre
portal-chart-series-note = Sectorul sau vectorul de atac cel mai raportat în această publicare; API-ul de date oferă toate sectoarele și vectorii de atac pe trimestre.
portal-chart-sector = Rapoarte pe sectoare (NACE)
portal-chart-attack-vector = Rapoarte pe vectori de atac
portal-chart-member-state = Rapoarte pe state membre
portal-chart-yours = (evidențiat)
portal-chart-highlight = Țara evidențiată și marcată: { $country }.
portal-chart-desc = Grafic cu bare orizontale cu { $count ->
        [one] o categorie
        [few] { $count } categorii
       *[other] { $count } de categorii
    }, fiecare cu intervalul său de 95 %. Valoarea cea mai mare: { $top }, { $value }. Tabelul de sub grafic conține toate valorile.
portal-chart-show-table = Afișați valorile sub formă de tabel
portal-chart-table-caption = { $chart }: valori publicate și intervale de 95 %
portal-col-category = Categorie
portal-col-value = Valoare publicată
portal-col-interval = Interval de 95 %
portal-method-heading = Cum au fost obținute aceste cifre
portal-method-promise = Cifrele sunt diferențial private. Unitatea protejată sunt sesizările unei organizații în trimestru: fie că a sesizat sau nu, și orice a sesizat, fiecare cifră publicată ar fi aproape la fel de probabilă. „Aproape” este stabilit de bugetul de confidențialitate ε = { $epsilon } al acestei ediții: niciun rezultat nu devine de peste { $factor } ori mai probabil din cauza sesizărilor unei organizații în acest trimestru. Edițiile unui an calendaristic consumă împreună cel mult ε = { $year_cap }, deci pe un an factorul este cel mult { $year_factor }; pe mai mulți ani factorii se înmulțesc.
portal-method-unit = O organizație este recunoscută după codul de TVA sau LEI indicat (scris într-o formă standard și transformat într-un pseudonim pe care doar anonimizatorul îl poate calcula); contează cel mult { $k } dintre sesizările sale pe trimestru. Este recunoscută doar după acest identificator: o organizație care indică un cod de TVA într-o sesizare și un LEI în alta sau ale cărei filiale sesizează separat contează ca mai multe. O sesizare fără identificator este protejată de sine stătător: o organizație care trimite mai multe sesizări fără identificator este protejată pentru fiecare sesizare, nu pentru toate împreună.
portal-method-truncation = Aproximativ { $dropped } sesizări (aproximativ { $share } % din total) au fost omise deoarece organizația lor a sesizat de mai mult de { $k } ori în trimestru. Acest număr are el însuși zgomot și numără cel mult { $k } pe organizație; numărul real este mai mare. Sesizările păstrate au fost alese la întâmplare, nu după conținut.
portal-method-noise = S-a adăugat zgomot aleatoriu în fiecare celulă a fiecărui tabel, inclusiv în celulele cu valoarea zero; nicio celulă nu este ascunsă pentru că este mică. Prin urmare, o cifră mică poate fi doar zgomot.
portal-method-intervals = Intervalele de 95 % arată cât de mult a putut deplasa zgomotul o cifră: conțin valoarea măsurată în cel puțin aproximativ 95 de cazuri din 100. Valoarea măsurată este cea a sesizărilor păstrate, cu fiecare pierdere limitată la plafon; sesizările omise și partea pierderilor peste plafon nu sunt incluse, astfel că cifrele și intervalele lor sunt mai mici decât ce s-a primit. Intervalele sunt calculate din nivelul de zgomot cunoscut public, nu din sesizări, și nu coboară niciodată sub zero.
portal-method-consistency = Cifrele statelor membre se adună la cifrele UE, iar fiecare tabel se adună la același total. Cifrele sunt numere întregi, niciodată negative, fiecare la aproximativ o unitate de estimarea nedeplasată (mai departe doar unde estimările vecine au scăzut sub zero); totalul unui stat membru și suma sectoarelor sale pot diferi cu zgomotul. Măsurătorile brute cu zgomot sunt și în fișierele CSV.
portal-method-losses = Fiecare pierdere estimată este luată în calcul până la { $bound } EUR; pierderile mai mari sunt luate în calcul la această valoare.
portal-method-budget = Acest trimestru a consumat ε { $quarter } din limita sa de { $quarter_cap }; anul { $year } a consumat ε { $year_spent } din { $year_cap }. Statisticile unui trimestru nu sunt niciodată recalculate cu un buget mai mare.
portal-method-opendp = Calculat cu OpenDP { $version }. Funcțiile sale folosite aici fac parte din zona „contrib”, pe care echipa OpenDP nu a verificat-o încă; fișierul de metodologie indică mecanismul, scara zgomotului și bugetul fiecărui tabel.
portal-downloads-heading = Descărcări
portal-download-archive = Întreaga ediție într-o singură arhivă ({ $name }), cu sume de control și semnătură
portal-verify-heading = Verificați un fișier primit
portal-verify-text = Arhiva conține SHA256SUMS, suma de control a fiecărui fișier, și SHA256SUMS.sig, o semnătură a acestuia realizată cu cheia de publicare. Oricine poate verifica o copie primită de la altcineva: salvați keyring.json și keyring.sig de pe acest site într-un dosar și rulați comanda de mai jos. Aceasta are încredere în setul de chei doar dacă este semnat cu cheia a cărei amprentă o publică EUIPO și Europol și ia din el cheia de publicare (afișată mai jos).
portal-verify-key = Cheia de publicare:
portal-verify-fingerprint = Amprenta:
portal-tokens-heading = Tokenuri API
portal-tokens-lead = Un token permite unui program să citească edițiile prin API-ul de date (numai citire). Dați fiecărui program propriul token, astfel încât să puteți revoca unul fără să le opriți pe celelalte.
portal-token-new-heading = Creați un token
portal-token-name = Nume
portal-token-name-hint = Scopul tokenului, de exemplu „import nocturn”.
portal-token-create = Creați tokenul
portal-token-created = Noul dumneavoastră token este afișat mai jos. Copiați-l acum: este afișat numai de această dată și nu mai poate fi vizualizat.
portal-token-use = Trimiteți-l cu fiecare cerere sub forma:
portal-tokens-list-heading = Tokenurile dumneavoastră
portal-tokens-none = Nu aveți încă niciun token.
portal-token-created-on = Creat la
portal-token-last-used = Folosit ultima dată la
portal-token-state = Stare
portal-token-revoke = Revocați
portal-token-revoked-on = Revocat la { $day }
portal-token-revoked = Tokenul este revocat: nu mai funcționează.
portal-error-token-name = Dați tokenului un nume de cel mult { $max } { $max ->
        [one] caracter
        [few] caractere
       *[other] de caractere
    }.
error-unauthorized = Este necesar un token API valabil: trimiteți „Authorization: Bearer” cu un token creat pe portal și care nu a fost revocat.

# console triage
console-triage-heading = Despre ce sunt rapoartele
console-triage-hint = Deblocați cheia pentru a vedea despre ce este fiecare raport și pentru a le căuta, filtra și sorta. Rapoartele sunt decriptate în acest browser; nici ele, nici căutările dumneavoastră nu sunt trimise serverului.
console-triage-search = Căutați în textul rapoartelor
console-triage-all = Toate
console-triage-sort = Ordine
console-triage-sort-newest = Cele mai noi întâi
console-triage-sort-oldest = Cele mai vechi întâi
console-triage-sort-deadline = Cel mai apropiat termen întâi
console-triage-reset = Ștergeți căutarea și filtrele
console-triage-col-summary = Raport (primul rând al descrierii)
console-triage-col-language = Limba
console-triage-col-attachments = Atașamente
console-triage-count = Rapoarte găsite: { $shown } din { $total }
console-triage-page = Pagina { $page } din { $pages }
console-triage-pages = Paginile listei
console-triage-previous = Pagina anterioară
console-triage-next = Pagina următoare
console-triage-none = Niciun raport nu corespunde căutării și filtrelor.
console-triage-working = Se decriptează rapoartele…
console-triage-unreadable = Acest raport nu poate fi deschis cu cheia dumneavoastră.
error-summary-entry = { $field }: { $message }
error-field-recipients = Destinatari
error-field-actor-type = Cine s-a aflat în spate
error-field-loss-eur = Pierdere estimată
error-field-jobs-at-risk = Locuri de muncă în pericol
error-field-attachments = Atașamente
error-field-contact = Contact
error-field-organisation-id = Cod de TVA sau LEI
error-field-consent = Confirmare
console-nav-figures = Indicatori
console-figures-heading = Indicatori pentru conducere
console-figures-lead = { $body }: doar numere și durate, calculate din zilele pe care le înregistrează serverul. Nimic din conținutul rapoartelor.
console-figures-csv = Descărcați ca CSV
console-figures-received = Rapoarte primite pe lună
console-figures-month = Luna
console-figures-count = Rapoarte
console-figures-timing = Timpul până la confirmarea primirii și până la feedback
console-figures-step = Etapă
console-figures-done = Efectuate
console-figures-median = Mediana (zile)
console-figures-p90 = Percentila 90 (zile)
console-figures-within = În termen
console-figures-within-value = { $within } din { $decided } ({ $percent } %)
console-figures-ack = Confirmarea primirii (în 7 zile de la primire)
console-figures-feedback = Feedback (în 3 luni de la confirmare)
console-figures-open = Cazuri deschise după stare
console-figures-definitions = Feedbackul este prima zi după confirmarea primirii în care un evaluator i-a scris raportorului sau ziua în care cazul a fost închis, oricare survine mai întâi. Mediana și percentila prin metoda rangului celui mai apropiat. Proporțiile numără etapele efectuate și pe cele întârziate; cazurile încă în termen nu sunt încă numărate.
console-assign-heading = Atribuire
console-assign-label = Atribuit lui
console-assign-nobody = Nimănui
console-assign-submit = Atribuiți
console-triage-assigned-me = Atribuite mie
console-triage-unassigned = Neatribuite

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Mesajul nu poate fi semnat: cheia dumneavoastră de semnare nu este încă în setul de chei semnat. Nu s-a trimis nimic; cereți operatorului să vă adauge cheia.
console-casefile-heading = Dosar de predat
console-casefile-hint = Se creează în browserul dumneavoastră din raportul deschis; nimic din el nu este trimis serverului. Jurnalul de audit înregistrează doar exportul: formatul, părțile incluse și câți termeni au fost acoperiți.
console-casefile-parts = Părți incluse
console-casefile-part-fields = Câmpurile raportului
console-casefile-part-conversation = Conversație
console-casefile-part-attachments = Atașamente cu SHA-256 al lor
console-casefile-part-classification = Clasificare
console-casefile-redact-contact = Acoperă datele de contact ale raportorului și identificatorul organizației sale
console-casefile-terms = Nume și cuvinte de acoperit
console-casefile-terms-hint = Câte unul pe rând. Fiecare este înlocuit cu marcajul de acoperire peste tot în dosar, indiferent de majuscule sau minuscule.
console-casefile-download = Descarcă dosarul (HTML)
console-casefile-print = Tipărește sau salvează ca PDF
console-casefile-working = Se pregătește dosarul: se decriptează atașamentele…
console-casefile-done = Exportul dosarului a fost înregistrat.
console-casefile-no-parts = Alegeți cel puțin o parte de inclus.
console-casefile-title = Dosarul raportului
console-casefile-prepared = Întocmit la
console-casefile-marker = [ACOPERIT]
console-casefile-redactions = Acoperiri
console-casefile-redacted-contact = Datele de contact ale raportorului și identificatorul organizației sale
console-casefile-redacted-terms = Termeni marcați de evaluator
console-casefile-verified = semnătură verificată
# --- indicators ---
report-section-indicators = Indicatori tehnici (opțional)
report-indicators-lead = Dacă aveți urme tehnice ale atacului, enumerați-le aici, câte o valoare pe rând. Evaluatorii le pot transmite echipelor CSIRT pentru a-i bloca pe atacatori.
field-indicator-ip = Adrese sau intervale IP
hint-indicator-ip = IPv4 sau IPv6, ori un interval CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Nume de domeniu
hint-indicator-domain = De exemplu files.example.com; numele internaționale în forma xn--.
field-indicator-url = Adrese web (URL)
hint-indicator-url = Adresa completă, care începe cu https:// sau altă schemă.
field-indicator-email = Adrese de e-mail
hint-indicator-email = De exemplu expeditorul unui mesaj de phishing.
field-indicator-hash = Amprente de fișiere
hint-indicator-hash = MD5, SHA-1 sau SHA-256, în hexazecimal.
field-indicator-file-name = Nume de fișiere
hint-indicator-file-name = Doar numele, fără dosar: factura.pdf.exe.
field-indicator-observations = Alte observații tehnice
hint-indicator-observations = Orice altceva care poate ajuta: instrumente, conturi, ore.
error-indicator-ip = Rândul { $line } nu este o adresă IP sau un interval CIDR.
error-indicator-domain = Rândul { $line } nu este un nume de domeniu.
error-indicator-url = Rândul { $line } nu este o adresă web completă (de exemplu https://example.com/cale).
error-indicator-email = Rândul { $line } nu este o adresă de e-mail.
error-indicator-hash = Rândul { $line } nu este o amprentă MD5, SHA-1 sau SHA-256.
error-indicator-file-name = Rândul { $line } nu este un nume de fișier (fără dosar, cel mult 255 de caractere).
error-indicator-count = Introduceți cel mult { $max } valori în acest câmp.
console-indicators-heading = Indicatori tehnici
console-taxii-heading = Trimite într-o colecție TAXII 2.1
console-taxii-hint = Pachetul STIX 2.1, cu nivelul TLP ales mai sus, pleacă din acest browser direct către serverul TAXII al organismului dumneavoastră; adresa și datele de autentificare nu sunt păstrate.
console-taxii-url = Adresa colecției (se termină cu /collections/<id>/)
console-taxii-user = Nume de utilizator
console-taxii-password = Parolă
console-taxii-push = Trimite la TAXII
console-taxii-done = Pachetul a fost adăugat în colecția TAXII.
console-taxii-failed = Serverul TAXII a refuzat pachetul sau nu a putut fi contactat. Verificați adresa și datele de autentificare și dacă serverul permite originea acestei console (CORS).
# --- tags and referral ---
console-tags-heading = Etichete
console-tags-hint = Etichetele provin din lista fixă a organismului dumneavoastră, ținută de operator. Numele lor sunt vizibile pentru cine administrează serverul: folosiți-le ca marcaje, niciodată pentru conținutul cazului.
console-tags-none = Nicio etichetă pe această sesizare.
console-tags-field = Etichetă
console-tags-add = Adăugați eticheta
console-tags-remove = Eliminați eticheta
console-error-tag-unknown = Această etichetă nu se află în lista organismului dumneavoastră. Nu s-a modificat nimic.
console-refer-heading = Trimiteți către { $body }
console-refer-hint = Cheia sesizării este sigilată în browserul dumneavoastră pentru cheile { $body } din inelul de chei verificat. { $body } vede apoi sesizarea în căsuța sa, cu propriile termene calculate de astăzi.
console-refer-note = Notă pentru { $body } (opțională)
console-refer-note-hint = Sigilată pentru ambele organisme ca o notă internă; nu este arătată niciodată autorului sesizării.
console-refer-tell = Informați autorul sesizării în conversație
console-refer-message = Mesaj către autorul sesizării
console-refer-message-default = Sesizarea dumneavoastră a fost trimisă către { $body }, care o va trata de asemenea.
console-refer-submit = Trimiteți sesizarea
console-refer-done = Sesizarea a fost trimisă.
console-referrals-heading = Trimiteri
console-referral-line = Trimisă de la { $from } către { $to } de { $who } la { $day }.
console-referral-note = Notă:
console-triage-referred-from = Trimisă de { $body }
console-error-referral-same = O sesizare poate fi trimisă doar către celălalt organism.
console-error-referral-exists = { $body } are deja această sesizare; nu a fost trimisă din nou.
console-error-referral-slots = Cheile sigilate nu corespund exact cheilor { $body } din inelul de chei. Nu s-a trimis nimic.
# --- security keys (WebAuthn) ---
account-nav-keys = Chei de securitate
account-keys-heading = Chei de securitate
account-keys-lead = O cheie de securitate sau o cheie de acces pe telefon ori calculator poate înlocui codul de autentificare la conectare și nu poate fi furată prin phishing. Puteți adăuga mai multe.
account-keys-totp-allowed = Contul dumneavoastră se poate conecta și cu un cod de autentificare.
account-keys-totp-forbidden = Contul dumneavoastră se conectează numai cu o cheie de securitate: codurile de autentificare sunt refuzate.
account-keys-list-heading = Cheile dumneavoastră
account-keys-none = Nu a fost adăugată încă nicio cheie de securitate.
account-key-name = Numele cheii
account-key-name-hint = De exemplu „cheia albastră”, ca s-o recunoașteți în această listă.
account-key-added-on = Adăugată
account-key-last-used = Ultima utilizare
account-key-actions = Acțiuni
account-key-remove = Eliminare
account-key-new-heading = Adăugați o cheie de securitate
account-key-add = Adăugați cheia de securitate
account-key-touch = Urmați indicațiile browserului și atingeți cheia de securitate.
account-key-failed = Cheia de securitate nu a răspuns sau cererea a fost anulată. Încercați din nou.
account-key-needs-js = Pentru a adăuga o cheie de securitate, acest browser are nevoie de JavaScript.
account-key-unavailable = Cheile de securitate nu pot fi folosite la adresa acestui server. Adresați-vă operatorului.
account-key-added = Cheia de securitate a fost adăugată.
account-key-removed = Cheia de securitate a fost eliminată.
account-key-last = Aceasta este ultima dumneavoastră cheie de securitate, iar contul nu poate folosi coduri de autentificare: adăugați o altă cheie înainte de a o elimina pe aceasta.
account-key-expired = Cererea a durat prea mult. Încercați din nou.
account-key-invalid = Răspunsul cheii de securitate nu a fost acceptat. Încercați din nou.
account-key-duplicate = Această cheie de securitate a fost deja adăugată.
account-key-too-many = Aveți numărul maxim de chei de securitate. Eliminați mai întâi una.
account-error-key-name = Dați cheii un nume de 1 până la { $max } caractere.
account-key-signin-heading = Folosiți cheia de securitate
account-key-signin-lead = Parola este corectă. Confirmați conectarea cu cheia de securitate.
account-key-signin-submit = Folosește cheia mea de securitate
account-key-signin-needs-js = O cheie de securitate are nevoie de JavaScript în acest browser.
account-key-signin-back = Conectați-vă mai bine cu un cod de autentificare
account-field-code-key-hint = Dacă folosiți o cheie de securitate, lăsați codul gol: veți folosi cheia la pasul următor.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notificări
console-notify-lead = Un rezumat doar cu numere: rapoarte noi, mesaje noi de la raportori, termene apropiate și depășite. Nu conține niciodată conținutul, identificatorul sau titlul unui raport.
console-notify-email = Adresă de e-mail
console-notify-email-hint = Rezumatul este trimis la această adresă. Lăsați gol dacă nu doriți e-mail.
console-notify-webhook = URL-ul webhookului
console-notify-webhook-hint = Aceleași numere sunt trimise aici ca JSON (HTTP POST). Adresa trebuie să înceapă cu https://. Lăsați gol dacă nu doriți.
console-notify-frequency = Cât de des
console-notify-off = Niciodată
console-notify-daily = Zilnic
console-notify-weekly = Săptămânal
console-notify-send-empty = Trimite rezumatul chiar și atunci când nu s-a întâmplat nimic
console-notify-send-empty-hint = Astfel sosește un rezumat de fiecare dată, iar sosirea lui nu dezvăluie nimic despre rapoarte noi.
console-notify-language = Limba rezumatului
console-notify-save = Salvează
console-notify-saved = Setările de notificare au fost salvate.
console-notify-error-email = Adresă de e-mail: introduceți o adresă completă, de exemplu nume@example.eu.
console-notify-error-webhook = URL-ul webhookului: introduceți o adresă completă, de exemplu https://hooks.example.eu/digest, fără nume de utilizator, parolă sau #.
console-notify-error-https = URL-ul webhookului: adresa trebuie să înceapă cu https:// (http:// doar către această mașină).
console-notify-error-destination = Adresă de e-mail: introduceți o adresă de e-mail sau un URL de webhook ori alegeți „Niciodată”.
notify-mail-subject = Canal de raportare: rezumatul dumneavoastră
notify-mail-intro = Rezumat pentru { $body }, de la { $from } până la { $through }. Doar numere: conectați-vă la consolă pentru a vedea rapoartele.
notify-mail-new-reports = Rapoarte noi: { $count }
notify-mail-new-replies = Mesaje noi de la raportori: { $count }
notify-mail-ack-due = Confirmări de primire scadente în 2 zile: { $count }
notify-mail-feedback-due = Răspunsuri scadente în 14 zile: { $count }
notify-mail-ack-overdue = Confirmări de primire întârziate: { $count }
notify-mail-feedback-overdue = Răspunsuri întârziate: { $count }
notify-mail-nothing = Nimic nou și nimic scadent.
notify-mail-footer = Primiți acest rezumat pentru că l-ați cerut în consolă (Notificări). Îl puteți modifica sau opri acolo.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Primire confirmată la
conversation-acknowledgement-due = Confirmarea primirii până la
conversation-feedback-due = Feedback până la
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Rapoarte corelate
console-related-hint = Potrivite prin hash-uri cu cheie ale indicatorilor și ale identificatorului organizației, calculate în browserul dumneavoastră: serverul nu vede niciodată un indicator. Sunt afișate doar rapoartele pe care organismul dumneavoastră le poate deschide.
console-related-none = Niciun alt raport al organismului dumneavoastră nu are un indicator comun cu acesta.
console-related-report = Raportul { $report }
console-related-shares = indicatori comuni: { $count }
console-related-incident = posibil același incident (același identificator al organizației)
console-related-refused = Cheia de corelare oferită de server nu este cea numită în inelul de chei semnat: nu a fost folosită și nu s-a trimis nimic.
console-related-confirm = Confirmați acest raport ca duplicat
console-related-unavailable = Corelarea nu este încă disponibilă: nicio cheie de corelare nu a fost sigilată pentru intrarea dumneavoastră din inelul de chei.
