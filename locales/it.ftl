### Italiano. Stessi identificativi e stesse { $variabili } di en.ftl (verificato da `cargo test -p i18n`).
### Vedere i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Italiano
language-switch-label = Lingua
language-switch-button = Cambia lingua

## Page chrome

site-name = Canale di segnalazione dei furti di segreti commerciali
skip-to-content = Vai al contenuto principale
nav-label = Menu principale
nav-home = Pagina iniziale
nav-report = Segnala un furto
nav-follow-up = Segui una segnalazione
footer-privacy-notice = Informativa sulla privacy
footer-recipients = Le segnalazioni sono trasmesse all'EUIPO e al Centro europeo per la lotta alla criminalità informatica (EC3) di Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
# Italian writes the first day of a month as "1º": for whole days, [one] is day 1 only.
date-day = { $day ->
        [one] 1º
       *[other] { $day }
    } { $month ->
        [1] gennaio
        [2] febbraio
        [3] marzo
        [4] aprile
        [5] maggio
        [6] giugno
        [7] luglio
        [8] agosto
        [9] settembre
        [10] ottobre
        [11] novembre
       *[12] dicembre
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Segnalare il furto di segreti commerciali mediante attacchi informatici
page-title-report = Invio di una segnalazione
page-title-follow-up = Seguito della sua segnalazione
page-title-privacy = Informativa sulla privacy

## Reporter landing page

home-heading = Segnalare il furto di segreti commerciali a seguito di un attacco informatico
home-intro = Se i segreti commerciali della sua impresa sono stati sottratti mediante un attacco informatico, può segnalarlo qui, su base volontaria e in modo riservato, all'EUIPO (l'Ufficio dell'Unione europea per la proprietà intellettuale) e al Centro europeo per la lotta alla criminalità informatica (EC3) di Europol.
home-point-recipients = È lei a scegliere chi riceve la segnalazione: l'EUIPO, l'EC3 di Europol o entrambi.
home-point-encrypted = La segnalazione è cifrata in modo che solo gli esaminatori degli organismi da lei scelti possano leggerla. Questo sito non la conserva mai in forma leggibile.
home-point-anonymous = Può effettuare la segnalazione senza indicare il suo nome né quello della sua impresa.
home-point-receipt = Quando invia la segnalazione, riceve un codice di ricevuta. Lo conservi con cura: le servirà per leggere le domande degli esaminatori e per rispondere, e in caso di smarrimento non può essere sostituito.
home-point-statistics = Le risposte che sceglie dagli elenchi (come il settore e il tipo di attacco) alimentano anche statistiche a livello dell'UE. A questi dati viene aggiunto un rumore casuale, in modo che nessuna impresa possa essere identificata.
home-no-javascript = Il modulo funziona anche con JavaScript disattivato (ad esempio nella modalità più sicura di Tor Browser). In tal caso la segnalazione viene cifrata dal server non appena arriva, anziché nel suo browser, il che offre una protezione leggermente inferiore.
home-start-button = Inizia una segnalazione
home-follow-up-heading = Ha già inviato una segnalazione?
home-follow-up-text = Utilizzi il codice di ricevuta per leggere i messaggi degli esaminatori e rispondere.
home-follow-up-button = Accedi con il codice di ricevuta

## Form: common parts

form-optional = (facoltativo)
form-choose = Scegliere…
# Read by screen readers before each field error.
form-error-prefix = Errore:
recipient-euipo = EUIPO (Ufficio dell'Unione europea per la proprietà intellettuale)
recipient-ec3 = EC3 di Europol (Centro europeo per la lotta alla criminalità informatica)

## Errors: whole pages

error-page-title = Si è verificato un errore
error-bad-request = Non è stato possibile interpretare la richiesta. Torni indietro e riprovi.
error-not-found = Questa pagina non esiste. Controlli l'indirizzo o ricominci dalla pagina iniziale.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = I dati inviati sono troppo voluminosi: il limite è { $limit }. Rimuova o riduca gli allegati e riprovi.
error-csrf = Per la sua sicurezza questo modulo è scaduto e non è stato salvato nulla. Ricarichi la pagina e invii di nuovo il modulo.
error-form-used = Questo modulo è già stato inviato: la sua segnalazione è stata ricevuta una volta, con il codice di ricevuta mostrato allora. Per inviare un'altra segnalazione, apra un nuovo modulo.
error-rate-limited = Troppi tentativi in poco tempo. Attenda qualche minuto e riprovi.
error-server = Si è verificato un problema da parte nostra e non è stato salvato nulla. Riprovi più tardi.
error-unavailable = Il servizio è temporaneamente non disponibile. Riprovi più tardi.
error-unavailable-title = Temporaneamente non disponibile
error-database-unavailable = Al momento non possiamo salvare né leggere segnalazioni, quindi non è stato salvato nulla. Attenda un minuto e invii di nuovo il modulo.

## Errors: form fields

error-required = Questo campo è obbligatorio.
error-unknown-choice = Scelga una delle opzioni dell'elenco.
error-month-format = Indichi un mese nel formato YYYY-MM, ad esempio 2026-03.
error-month-future = Il mese non può essere nel futuro.
error-month-too-early = Il mese non può essere anteriore al { $year }.
error-detection-before-incident = Il mese in cui il furto è stato scoperto non può essere anteriore al mese in cui è iniziato.
error-number-format = Indichi un numero intero, ad esempio 250000.
# { $max } is an amount in euros.
error-loss-too-large = L'importo non può superare { $max } euro.
error-jobs-too-large = Il numero di posti di lavoro non può superare { $max }.
error-too-long =
    { $max ->
        [one] Il testo è troppo lungo: usi al massimo { $max } carattere.
       *[other] Il testo è troppo lungo: usi al massimo { $max } caratteri.
    }
error-organisation-id = Indichi un numero di partita IVA (ad esempio DK12345678) o un codice LEI (20 lettere e cifre), oppure lasci vuoto il campo.
error-recipients = Scelga almeno un destinatario: l'EUIPO, l'EC3 di Europol o entrambi.
error-consent = Selezioni la casella di conferma prima di inviare la segnalazione.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Il modulo contiene { $count } errore. Lo corregga e invii di nuovo il modulo.
       *[other] Il modulo contiene { $count } errori. Li corregga e invii di nuovo il modulo.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Impronta digitale del portachiavi (la confronti con quella pubblicata dall'EUIPO e da Europol):
error-go-back = Utilizzi il pulsante «Indietro» del browser per tornare al modulo; di solito ciò che ha inserito è ancora presente.
# { $limit } is a number of files.
error-too-many-files = Troppi file: il numero massimo di allegati è { $limit }. Ne rimuova alcuni e riprovi.

## Page titles (intake)

page-title-confirmation = Segnalazione ricevuta
page-title-conversation = La sua segnalazione

## Landing page: what the server sees

home-server-heading = Che cosa può e non può vedere questo sito
home-server-cannot = Il sito non può leggere la segnalazione, gli allegati né i messaggi: sono cifrati per gli esaminatori prima di essere conservati, e le chiavi per aprirli sono detenute solo dagli esaminatori.
home-server-can = Il sito vede che in un determinato giorno è stata inviata una segnalazione, a quale organismo e quali ne sono le dimensioni approssimative. Non registra mai il suo indirizzo IP, il suo browser né l'ora esatta.
home-fingerprint-heading = Verifichi di trovarsi sul canale autentico
home-fingerprint-text = Le segnalazioni sono cifrate per le chiavi di un portachiavi firmato con la chiave offline del canale. La sua impronta digitale è riportata qui sotto; l'EUIPO ed Europol pubblicano la stessa impronta sui propri siti web.
home-tor-heading = Segnalare in forma anonima
home-tor-text = Per il massimo anonimato, utilizzi Tor Browser, non acceda contemporaneamente ad altri servizi e rimuova nomi e metadati (autore, impresa, GPS) dai file prima di allegarli.

## Report form

report-heading = Segnalare un furto di segreti commerciali
report-lead = I campi contrassegnati come facoltativi possono essere lasciati vuoti. Tutto ciò che scrive, compresi gli allegati, è cifrato per i destinatari da lei scelti.
report-guarantee-server = Senza JavaScript, la segnalazione viene cifrata dal server in memoria nel momento in cui arriva e non è mai conservata in forma leggibile. Con JavaScript attivato, è il suo stesso browser a cifrarla prima dell'invio.
report-files-dropped = Per la sua sicurezza, i file allegati non vengono conservati quando il modulo viene restituito con errori. La preghiamo di allegarli di nuovo.
report-section-classification = Informazioni sull'incidente
report-section-when = Quando è accaduto
report-section-impact = Conseguenze
report-section-account = Che cosa è accaduto
report-section-optional = Informazioni facoltative
report-submit = Cifra e invia la segnalazione
field-recipients = Chi deve ricevere la segnalazione?
hint-recipients = Ne scelga uno o entrambi. Solo gli esaminatori degli organismi scelti possono leggere la segnalazione.
field-member-state = Stato membro in cui è stabilita la sua impresa
hint-member-state = Utilizzato per le statistiche dell'UE per paese.
field-sector = Settore della sua impresa
hint-sector = La sezione NACE della sua attività principale.
field-incident-class = Tipo di incidente
hint-incident-class = Scelga la voce più adatta; gli esaminatori possono correggerla.
field-attack-vector = Come sono entrati gli aggressori
hint-attack-vector = Scelga «Sconosciuto» se non lo sa ancora.
field-actor-type = Chi ritiene che ci sia dietro l'attacco?
hint-actor-type = La sua migliore valutazione; «Sconosciuto» è una risposta valida.
field-incident-month = Mese di inizio del furto
hint-incident-month = Nel formato YYYY-MM, ad esempio 2026-03. Una stima è sufficiente.
field-detection-month = Mese in cui il furto è stato scoperto
hint-detection-month = Nel formato YYYY-MM.
field-loss-eur = Perdita stimata in euro (facoltativo)
hint-loss-eur = Un numero intero, ad esempio 250000. Lasci vuoto il campo se non è in grado di stimarla.
field-jobs-at-risk = Posti di lavoro a rischio (facoltativo)
hint-jobs-at-risk = Quanti posti di lavoro sono messi a rischio dal furto, se è in grado di stimarlo.
field-what-taken = Che cosa è stato sottratto
hint-what-taken = Ad esempio: codice sorgente, progetti, elenchi di clienti, formule, processi di produzione.
field-narrative = Che cosa è accaduto
hint-narrative = Descriva con parole sue l'attacco e la sua scoperta: date, sistemi colpiti, che cosa ha fatto da allora.
field-attachments = Allegati (facoltativo)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Fino a { $max_files } file di massimo { $max_mib } MB ciascuno. Vengono cifrati al momento della ricezione.
field-contact = Come possono contattarla gli esaminatori? (facoltativo)
hint-contact = Lasci vuoto il campo per restare anonimo: potrà comunque leggere i messaggi e rispondere con il codice di ricevuta.
field-organisation-id = Partita IVA o codice LEI dell'impresa (facoltativo)
hint-organisation-id = Facoltativo. È cifrato: i revisori degli organismi scelti possono leggerlo; non viene mai pubblicato. Nelle statistiche diventa uno pseudonimo, così la sua impresa conta al massimo una volta per trimestre e le cifre pubblicate proteggono l'insieme delle sue segnalazioni (per impostazione predefinita ε = 1 per trimestre, al massimo ε = 4 all'anno). Senza di esso, ogni segnalazione è protetta singolarmente, non tutte le sue segnalazioni insieme.
field-consent = Confermo che le informazioni sono esatte per quanto a mia conoscenza e acconsento al loro trattamento secondo quanto descritto nell'informativa sulla privacy.
hint-consent = Può ritirare una segnalazione in un secondo momento scrivendo agli esaminatori con il codice di ricevuta.

## Confirmation

confirmation-heading = La sua segnalazione è stata ricevuta
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = La sua segnalazione è stata cifrata e inviata a: { $recipients }.
confirmation-receipt-heading = Il suo codice di ricevuta
confirmation-receipt-text = Annoti questo codice o lo scarichi ora. Le servirà per leggere le domande degli esaminatori e per rispondere.
confirmation-receipt-once = Questo codice viene mostrato una sola volta. Nessuno, neppure gli esaminatori, può recuperarlo per lei.
confirmation-download = Scarica la ricevuta come file di testo
confirmation-print = Può anche stampare questa pagina: vengono stampati solo il codice e queste istruzioni.
confirmation-guarantee-heading = Come è stata protetta la sua segnalazione
confirmation-sealed-by-server = Il suo browser ha inviato la segnalazione senza JavaScript, quindi il server l'ha cifrata in memoria al suo arrivo. Non è mai stata scritta su disco in forma leggibile.
confirmation-sealed-by-browser = Il suo browser ha cifrato la segnalazione prima di inviarla; il server non l'ha mai vista in forma leggibile.
confirmation-next-heading = Prossime fasi
confirmation-next-text = Gli esaminatori danno avviso del ricevimento delle segnalazioni entro 7 giorni e forniscono un riscontro entro 3 mesi. Torni con il codice di ricevuta per leggere i loro messaggi.
recipients-both = EUIPO ed EC3
receipt-file-title = Codice di ricevuta della sua segnalazione al canale di segnalazione dei furti di segreti commerciali
receipt-file-keep = Mantenga segreto questo codice e lo conservi con cura. Lo utilizzi nella pagina «Segui una segnalazione» del canale.

## Follow-up

followup-heading = Seguito della sua segnalazione
followup-lead = Inserisca il codice di ricevuta ottenuto quando ha inviato la segnalazione.
followup-receipt-label = Codice di ricevuta
followup-receipt-hint = 24 lettere e cifre, ad esempio 7KQM-2XPA-…; trattini e spazi non hanno importanza.
followup-submit = Apri la mia segnalazione
followup-wrong-receipt = Nessuna segnalazione corrisponde a questo codice di ricevuta. Controlli ogni carattere e riprovi.

## Conversation

conversation-heading = La sua segnalazione
conversation-status = Stato
conversation-received = Ricevuta il
conversation-sealed-by-server = Questa segnalazione è stata cifrata dal server al suo arrivo (inviata senza JavaScript).
conversation-messages = Messaggi
conversation-empty = Ancora nessun messaggio. Gli esaminatori danno avviso del ricevimento delle segnalazioni entro 7 giorni.
conversation-from-you = Lei
conversation-from-reviewer = Esaminatore
conversation-reply-heading = Scrivere agli esaminatori
conversation-reply-label = Il suo messaggio
conversation-reply-submit = Cifra e invia il messaggio
conversation-reply-sent = Il suo messaggio è stato cifrato e inviato.
conversation-reply-empty = Scriva un messaggio o alleghi un file prima dell'invio.
status-new = Ricevuta, ricevimento non ancora confermato
status-acknowledged = Ricevimento confermato
status-in-review = In esame
status-information-requested = Gli esaminatori le hanno chiesto informazioni
status-referred = Trasmessa alle autorità competenti
status-closed = Chiusa

## Privacy notice

privacy-heading = Informativa sulla privacy
privacy-controllers = Le segnalazioni sono trattate dall'EUIPO e da Europol (EC3), ciascuno per le segnalazioni a esso indirizzate, a norma rispettivamente del regolamento (UE) 2018/1725 e del regolamento (UE) 2016/794.
privacy-what-heading = Che cosa viene trattato
privacy-what-text = Il contenuto della segnalazione, i suoi allegati e i suoi messaggi sono cifrati in modo che solo gli esaminatori degli organismi da lei scelti possano leggerli. Il giorno di ricevimento di una segnalazione, il suo stato e i destinatari sono conservati in forma leggibile per gestire le scadenze.
privacy-not-heading = Che cosa non viene mai registrato
privacy-not-text = Il suo indirizzo IP, il suo browser e l'ora esatta delle sue visite non vengono mai conservati né registrati. Le pagine di segnalazione non impostano alcun cookie.
privacy-statistics-heading = Statistiche
privacy-statistics-text = Le risposte scelte dagli elenchi alimentano statistiche a livello UE, pubblicate con la privacy differenziale. È protetta un'impresa con la partita IVA o il LEI indicato: che abbia segnalato in un trimestre, e che cosa, cambia la probabilità di qualsiasi cifra pubblicata al massimo di un fattore e^ε, con i limiti pubblicati con ogni rilascio (per impostazione predefinita ε = 1 per trimestre, un fattore 2,7, ed ε = 4 per anno civile, un fattore 55; su più anni i fattori si moltiplicano). Le segnalazioni senza identificativo sono protette una per una, quindi un'impresa che ne invia diverse senza è meno protetta. Le cifre sono stime con rumore, non conteggi esatti.
privacy-retention-heading = Per quanto tempo sono conservate le segnalazioni
privacy-retention-text = Le segnalazioni chiuse sono cancellate al termine del periodo di conservazione stabilito dagli organismi che le esaminano. Le statistiche già pubblicate non ne sono interessate.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austria
member-state-BE = Belgio
member-state-BG = Bulgaria
member-state-HR = Croazia
member-state-CY = Cipro
member-state-CZ = Cechia
member-state-DK = Danimarca
member-state-EE = Estonia
member-state-FI = Finlandia
member-state-FR = Francia
member-state-DE = Germania
member-state-EL = Grecia
member-state-HU = Ungheria
member-state-IE = Irlanda
member-state-IT = Italia
member-state-LV = Lettonia
member-state-LT = Lituania
member-state-LU = Lussemburgo
member-state-MT = Malta
member-state-NL = Paesi Bassi
member-state-PL = Polonia
member-state-PT = Portogallo
member-state-RO = Romania
member-state-SK = Slovacchia
member-state-SI = Slovenia
member-state-ES = Spagna
member-state-SE = Svezia

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Agricoltura, silvicoltura e pesca
sector-B = Attività estrattive
sector-C = Attività manifatturiere
sector-D = Fornitura di energia elettrica, gas, vapore e aria condizionata
sector-E = Fornitura di acqua; reti fognarie, attività di trattamento dei rifiuti e risanamento
sector-F = Costruzioni
sector-G = Commercio all'ingrosso e al dettaglio; riparazione di autoveicoli e motocicli
sector-H = Trasporto e magazzinaggio
sector-I = Servizi di alloggio e di ristorazione
sector-J = Servizi di informazione e comunicazione
sector-K = Attività finanziarie e assicurative
sector-L = Attività immobiliari
sector-M = Attività professionali, scientifiche e tecniche
sector-N = Attività amministrative e di servizi di supporto
sector-O = Amministrazione pubblica e difesa; assicurazione sociale obbligatoria
sector-P = Istruzione
sector-Q = Sanità e assistenza sociale
sector-R = Attività artistiche, di intrattenimento e divertimento
sector-S = Altre attività di servizi
sector-T = Attività di famiglie e convivenze come datori di lavoro per personale domestico; produzione di beni e servizi indifferenziati per uso proprio da parte di famiglie e convivenze
sector-U = Attività di organizzazioni e organismi extraterritoriali

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Sicurezza delle informazioni: accesso non autorizzato a informazioni
incident-class-information-content-security--unauthorised-information-modification = Sicurezza delle informazioni: modifica non autorizzata di informazioni
incident-class-information-content-security--data-loss = Sicurezza delle informazioni: perdita di dati
incident-class-information-content-security--leak-confidential-information = Sicurezza delle informazioni: fuga di informazioni riservate
incident-class-intrusions--system-compromise = Intrusione: presa di controllo di un sistema (server o computer)
incident-class-intrusions--application-compromise = Intrusione: presa di controllo di un'applicazione
incident-class-intrusions--privileged-account-compromise = Intrusione: presa di controllo di un account di amministratore
incident-class-intrusions--unprivileged-account-compromise = Intrusione: presa di controllo di un account utente ordinario
incident-class-intrusions--burglary = Intrusione: effrazione fisica
incident-class-information-gathering--social-engineering = Raccolta di informazioni: persone indotte con l'inganno a fornire informazioni (ingegneria sociale)
incident-class-information-gathering--sniffing = Raccolta di informazioni: intercettazione del traffico di rete
incident-class-malicious-code--infected-system = Codice malevolo: infezione di un sistema
incident-class-fraud--masquerade = Frode: qualcuno si è spacciato per una persona o un'organizzazione di fiducia
incident-class-fraud--phishing = Frode: phishing (messaggi o siti web falsi per ottenere password o dati)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: applicazione web
attack-vector-hacking--backdoor-or-c2 = Hacking: backdoor o canale di controllo remoto (C2)
attack-vector-hacking--desktop-sharing = Hacking: desktop remoto o condivisione dello schermo
attack-vector-hacking--vpn = Hacking: accesso VPN
attack-vector-hacking--partner = Hacking: tramite l'accesso di un partner (fornitore o prestatore di servizi)
attack-vector-hacking--command-shell = Hacking: riga di comando (shell)
attack-vector-malware--email-attachment = Malware: allegato di posta elettronica
attack-vector-malware--email-link = Malware: link in un messaggio di posta elettronica
attack-vector-malware--web-download = Malware: download da un sito web
attack-vector-malware--software-update = Malware: aggiornamento software
attack-vector-malware--direct-install = Malware: installato direttamente dall'aggressore
attack-vector-malware--network-propagation = Malware: propagazione attraverso la rete
attack-vector-social--email = Ingegneria sociale: posta elettronica
attack-vector-social--phone = Ingegneria sociale: telefonata
attack-vector-social--in-person = Ingegneria sociale: di persona
attack-vector-social--website = Ingegneria sociale: sito web
attack-vector-social--sms = Ingegneria sociale: messaggio di testo (SMS)
attack-vector-misuse--lan-access = Abuso interno: accesso dalla rete interna
attack-vector-misuse--physical-access = Abuso interno: accesso fisico
attack-vector-misuse--remote-access = Abuso interno: accesso remoto
attack-vector-misuse--non-corporate = Abuso interno: al di fuori dei sistemi aziendali (posta elettronica, dispositivi o reti privati)
attack-vector-unknown = Sconosciuto o non ancora noto

## Categories: actor types

actor-type-competitor = Concorrente
actor-type-nation-state = Attore statale (un governo straniero o i suoi organismi)
actor-type-organised-crime = Criminalità organizzata
actor-type-insider = Persona interna (un dipendente o un collaboratore esterno attuale)
actor-type-former-employee = Ex dipendente
actor-type-unknown = Sconosciuto

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript è attivato: il suo browser cifra la segnalazione e gli allegati per i destinatari da lei scelti prima di qualsiasi invio. Il server riceve soltanto dati cifrati.
js-status-checking = Verifica del modulo e delle chiavi degli esaminatori…
js-status-encrypting = Cifratura della segnalazione e degli allegati in questo browser…
js-status-proof-of-work = Preparazione dell'invio (un breve calcolo che protegge il canale dallo spam automatizzato)…
js-status-sending = Invio della segnalazione cifrata…
js-error-keyring = Non è stato possibile verificare le chiavi degli esaminatori: il portachiavi non è firmato dalla chiave la cui impronta digitale è indicata in questa pagina. Non è stato inviato nulla. Non invii la segnalazione da questa pagina; contatti l'EUIPO o Europol tramite i loro siti web ufficiali.
js-error-network = Non è stato possibile inviare la segnalazione perché la connessione non è riuscita. Non è stato salvato nulla. Controlli la connessione e riprovi.
js-error-crypto = Il suo browser non è riuscito a cifrare la segnalazione, quindi non è stato inviato nulla. Riprovi, oppure disattivi JavaScript per inviare il modulo senza di esso.
js-error-file = Non è stato possibile leggere un file allegato. Controlli che esista ancora, lo alleghi di nuovo e riprovi.
js-error-kept = Le sue risposte e i file allegati sono ancora nel modulo.
js-retry = Riprova
js-print = Stampa il codice di ricevuta

## Reviewer console (/console/)

console-name = Console di esame
console-nav-inbox = Posta in arrivo
console-logout = Esci
console-logout-everywhere = Esci da tutte le sessioni
console-go-to-login = Vai alla pagina di accesso
console-refused-heading = Richiesta respinta
console-login-heading = Accesso alla console di esame
console-login-submit = Accedi
console-field-name = Nome
console-field-password = Password
console-field-code = Codice dell'app di autenticazione
console-field-code-hint = Il codice a 6 cifre che la sua app di autenticazione mostra in questo momento. Ogni codice funziona una sola volta.
console-notice-expired = La sessione è scaduta. Acceda di nuovo.
console-notice-logged-out = Disconnessione effettuata.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nome, password o codice errati. Riprovi; dopo molti tentativi non riusciti, attenda un minuto prima del successivo.
console-error-csrf = Non è stato possibile accettare questo modulo perché il suo token di sicurezza manca, è errato o proviene da un'altra sessione. Non è stato modificato nulla. Ricarichi la pagina e riprovi.
error-cross-site = Questo modulo è stato inviato da un altro sito web, quindi è stato rifiutato e non è stato modificato nulla. Apra la pagina su questo sito e invii il modulo da lì.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Pagine
pager-previous = Pagina precedente
pager-next = Pagina successiva
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Pagina { $page } di { $pages }
error-method-not-allowed = Questo indirizzo non accetta questo tipo di richiesta.
error-headers-too-large = La richiesta conteneva troppi dati di intestazione ed è stata rifiutata. Cancelli i cookie di questo sito e riprovi.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Un campo di testo è troppo lungo: il limite è di { $limit } per campo. Accorci il testo e lo invii di nuovo.
followup-unsent-label = La sua risposta (non inviata)
followup-unsent-hint = Non è stata inviata perché la ricevuta non è stata riconosciuta. La copi, acceda di nuovo con la sua ricevuta e la invii dalla sua conversazione.
console-enrol-heading = Configurazione dell'account di esaminatore
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Gentile { $name } ({ $body }), scelga una password di accesso e configuri l'app dei codici. Questo link funziona una sola volta.
console-enrol-password-heading = 1. Password di accesso
console-field-new-password = Nuova password
console-field-confirm-password = Conferma della password
# { $min } is a number of characters.
console-enrol-password-hint = Almeno { $min } caratteri. Una passphrase di più parole è la più facile da ricordare.
console-enrol-totp-heading = 2. App di autenticazione
console-enrol-totp-scan = Scansioni questo codice QR con la sua app di autenticazione (codici basati sul tempo, TOTP).
console-enrol-totp-secret = Se non riesce a scansionarlo, inserisca invece questa chiave nell'app:
console-enrol-code-hint = Per concludere, inserisca il codice a 6 cifre che l'app mostra ora.
console-enrol-submit = Completa la configurazione
console-enrol-done = Il suo account è pronto. Ora può accedere con il suo nome, la sua password e un codice dell'app di autenticazione.
console-enrol-fingerprint = L'impronta della sua chiave è { $fingerprint }. La chiave viene usata solo dopo che l'operatore l'ha aggiunta al portachiavi: l'operatore le chiederà di leggergli questa impronta per telefono o di persona e aggiungerà la chiave solo se corrisponde.
console-error-enrol-link = Questo link di registrazione non è valido: è già stato utilizzato, è scaduto oppure è stato digitato in modo errato. Chieda un nuovo link al gestore.
console-error-password-short = La password è troppo corta: usi almeno { $min } caratteri.
console-error-password-mismatch = Le due password non coincidono. Digiti la stessa password in entrambi i campi.
console-error-enrol-code = Il codice non è corretto. Verifichi che l'app sia stata configurata con la chiave indicata sopra e che l'orologio del dispositivo sia esatto, quindi inserisca il codice che l'app mostra ora.
console-inbox-heading = Posta in arrivo
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] una segnalazione è indirizzata al suo organismo.
   *[other] { $count } segnalazioni sono indirizzate al suo organismo.
}
console-inbox-empty = Nessuna segnalazione è stata ancora indirizzata al suo organismo.
console-inbox-col-report = Segnalazione
console-inbox-col-received = Ricevuta (giorno)
console-inbox-col-status = Stato
console-inbox-col-sealed-by = Cifrata da
console-status-new = Nuova
console-status-acknowledged = Ricevimento confermato
console-status-in-review = In esame
console-status-information-requested = Informazioni richieste
console-status-referred = Trasmessa
console-status-closed = Chiusa
console-sealed-by-browser = Il browser del segnalante
console-sealed-by-server = Il server (inviata senza JavaScript: garanzia più debole)
console-inbox-col-deadline = Prossima scadenza (direttiva 2019/1937)
console-inbox-col-action = Modifica dello stato
console-deadline-acknowledgement = Avviso di ricevimento entro il { $day }
console-deadline-feedback = Riscontro entro il { $day }
console-deadline-overdue = Scaduta
console-deadline-due-soon = In scadenza
console-deadline-none = Nessuna (chiusa)
console-deadline-counts = Scadenze: { $overdue } superate, { $soon } entro 2 giorni.
console-status-change-label = Nuovo stato
console-status-change-submit = Modifica
console-status-final = Chiusa: nessuna ulteriore modifica possibile
console-transition-refused-heading = Modifica dello stato respinta
console-error-transition = Una segnalazione non può passare da «{ $from }» a «{ $to }». Non è stato modificato nulla. Scelga uno degli stati proposti nella posta in arrivo.
console-back-to-inbox = Torna alla posta in arrivo

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Chiave per leggere le segnalazioni
console-enrol-needs-js = Per leggere le segnalazioni è necessario un browser con JavaScript: la sua chiave personale di lettura viene creata e bloccata nel suo browser, mai sul server. Attivi JavaScript o utilizzi un altro browser per completare la configurazione dell'account.
console-enrol-key-explain = Il suo browser crea ora la sua chiave personale per leggere le segnalazioni e la blocca con una passphrase di sblocco. Scelga una passphrase diversa dalla password di accesso. La passphrase non lascia mai questo browser: se la dimentica, il gestore dovrà configurare una nuova chiave per lei.
console-field-unlock-passphrase = Passphrase di sblocco
console-field-unlock-passphrase-confirm = Conferma della passphrase di sblocco
console-enrol-unlock-hint = Almeno { $min } caratteri, diversa dalla password di accesso.
console-error-unlock-short = La passphrase di sblocco è troppo corta: usi almeno { $min } caratteri.
console-error-unlock-mismatch = Le due passphrase di sblocco non coincidono. Digiti la stessa passphrase in entrambi i campi.
console-error-unlock-same = La passphrase di sblocco deve essere diversa dalla password di accesso: la password di accesso viene inviata al server, la passphrase di sblocco mai.
console-enrol-key-working = Creazione e blocco della chiave in corso. L'operazione richiede qualche secondo…
console-error-key-failed = Il suo browser non è riuscito a creare la chiave. Ricarichi la pagina e riprovi.
console-error-enrol-key = Per leggere le segnalazioni è necessario un browser con JavaScript, e questo modulo è arrivato senza la chiave creata dal suo browser. Attivi JavaScript, ricarichi la pagina e riprovi.

## Reviewer console: reading a report
console-report-heading = Segnalazione
console-report-bodies = Inviata a
console-report-needs-js = Per leggere le segnalazioni è necessario un browser con JavaScript: la segnalazione viene decifrata nel suo browser con la sua chiave, mai sul server.
console-report-no-key = Il suo account non ha una chiave per leggere le segnalazioni. Chieda al gestore un nuovo link di registrazione.
console-unlock-heading = Sblocco della chiave
console-unlock-hint = La passphrase di sblocco è utilizzata solo in questa pagina e non viene mai inviata. Dovrà inserirla di nuovo quando apre un'altra pagina.
console-unlock-submit = Sblocca e apri la segnalazione
console-unlock-working = Sblocco della chiave e apertura della segnalazione in corso…
console-error-unlock-wrong = La passphrase di sblocco non è corretta. Non è stato aperto nulla. Riprovi.
console-error-open-failed = Questa segnalazione non può essere aperta con la sua chiave. Potrebbe essere stata inviata prima che la sua chiave fosse aggiunta al portachiavi; un collega che può leggerla può concederle l'accesso.
console-error-keyring = Non è stato possibile verificare le chiavi degli esaminatori: il portachiavi non è firmato dalla chiave con la cui impronta digitale è stato avviato questo server. Non è stato inviato nulla.
console-error-keyring-rollback = Questo portachiavi è più vecchio (numero di serie inferiore) di uno che questo browser ha già visto con la stessa chiave di firma: potrebbe essere un vecchio portachiavi rimesso in uso per sfruttare una chiave rimossa. Nulla è stato aperto o inviato. Avvisi l'operatore.
console-error-network = La connessione non è riuscita. Non è stato inviato nulla. Controlli la connessione e riprovi.
console-report-fields-heading = Che cosa ha inviato il segnalante
console-report-field-member-state = Stato membro
console-report-field-sector = Settore
console-report-field-incident-class = Tipo di incidente
console-report-field-attack-vector = Vettore di attacco
console-report-field-actor-type = Autore sospettato
console-report-field-incident-month = Mese di inizio del furto
console-report-field-detection-month = Mese in cui il furto è stato scoperto
console-report-field-loss-eur = Perdita stimata
console-report-field-jobs-at-risk = Posti di lavoro a rischio
console-report-field-what-taken = Che cosa è stato sottratto
console-report-field-narrative = Che cosa è accaduto
console-report-field-contact = Contatto
console-report-field-organisation-id = Partita IVA o codice LEI
console-report-empty = (non indicato)
console-report-attachments-heading = Allegati
console-report-attachments-none = Nessun allegato.
console-attachment-save = Decifra e salva
console-attachment-working = Decifratura in corso…
console-error-attachment = Non è stato possibile decifrare l'allegato: è danneggiato o incompleto. Non è stato salvato nulla.
console-thread-heading = Conversazione con il segnalante
console-thread-empty = Ancora nessun messaggio.
console-thread-from-reporter = Il segnalante
console-thread-from-reviewer = Esaminatore
console-thread-note = Nota interna
console-thread-unreadable = (questo messaggio non può essere aperto con la sua chiave)
envelope-mismatch = Questa busta appartiene a un’altra segnalazione o è di un altro tipo; non viene mostrata.
conversation-from-signed = Da { $name } (firma verificata)
conversation-from-channel = Avviso automatico del canale di segnalazione
message-bad-signature = Questo messaggio non viene mostrato: afferma di provenire da un revisore, ma la sua firma manca o non corrisponde ad alcuna chiave di revisore nel portachiavi firmato. Potrebbe essere falsificato; non dategli seguito.
console-ack-heading = Conferma del ricevimento della segnalazione
console-ack-label = Avviso di ricevimento per il segnalante
console-ack-default = La ringraziamo per la segnalazione. L'abbiamo ricevuta e la esamineremo. Se avremo domande, le troverà qui.
console-ack-submit = Conferma il ricevimento e invia
console-message-heading = Messaggio al segnalante
console-message-label = Il suo messaggio
console-message-hint = Cifrato nel suo browser per il segnalante e per gli esaminatori di questa segnalazione. Il segnalante lo legge con il proprio codice di ricevuta.
console-message-submit = Invia al segnalante
console-note-heading = Nota interna
console-note-label = La sua nota
console-note-hint = Cifrata nel suo browser solo per gli esaminatori della sua organizzazione. Il segnalante non la vede mai.
console-note-submit = Aggiungi la nota
console-error-message-empty = Scriva prima un messaggio (massimo 20 000 caratteri).
console-sending = Cifratura e invio in corso…
console-sent = Inviato.
console-grants-heading = Accesso per i colleghi
console-grants-hint = I colleghi della sua organizzazione le cui chiavi sono state aggiunte al portachiavi dopo l'arrivo di questa segnalazione non possono leggerla. Il suo browser può concedere loro l'accesso cifrando la chiave della segnalazione per la loro chiave.
console-grants-none = Tutti gli esaminatori della sua organizzazione presenti nel portachiavi possono leggere questa segnalazione.
console-grant-submit = Concedi l'accesso
console-grant-done = Accesso concesso.
console-error-grant-exists = Questo collega può già leggere questa segnalazione.
console-classify-heading = Classificazione convalidata per le statistiche
console-classify-hint = Corregga i campi strutturati, oppure contrassegni la segnalazione come duplicato o come non pertinente. Il suo browser cifra il record corretto unicamente per il servizio di anonimizzazione; nelle statistiche esso sostituisce il record del segnalante. La descrizione e i recapiti non ne fanno mai parte.
console-classify-status = Validità della segnalazione
console-classify-valid = Valida
console-classify-duplicate = Duplicato di un'altra segnalazione
console-classify-out-of-scope = Non pertinente
console-classify-submit = Salva la classificazione convalidata
console-classify-done = La classificazione convalidata è stata cifrata e salvata.
console-error-classify = Controlli la classificazione: il mese deve essere compreso tra il 1990 e il trimestre in cui è arrivata la segnalazione, e la perdita e i posti di lavoro devono essere numeri interi entro i rispettivi limiti. Non è stato salvato nulla.
console-error-classify-unsigned = La classificazione non può essere firmata: la sua chiave di firma non è ancora nel portachiavi firmato. Non è stato salvato nulla; chieda al gestore di aggiungere la sua chiave.
console-export-heading = Esportazione per l'EC3 e i CSIRT
console-export-hint = Il suo browser crea il file a partire dalla segnalazione decifrata: la classificazione, che cosa è stato sottratto e la descrizione, mai i recapiti del segnalante né l'identificativo della sua organizzazione. Ogni esportazione è registrata nel registro di audit.
console-export-tlp = Marcatura TLP (Traffic Light Protocol)
console-export-stix = Esporta un bundle STIX 2.1
console-export-misp = Esporta un evento MISP
console-export-done = L'esportazione è stata registrata e salvata.

## Data portal (/portal/) and data API

portal-name = Statistiche sui furti di segreti commerciali – portale dei dati
portal-nav-releases = Pubblicazioni
portal-nav-tokens = Token API
portal-refused-heading = Operazione non eseguita
portal-enrol-heading = Configurazione dell'account del portale
portal-error-enrol-link = Questo link di registrazione non è valido: è già stato utilizzato, è scaduto oppure è stato digitato in modo errato. Ne chieda uno nuovo al gestore.
portal-enrol-lead = Account { $name } per le autorità nazionali ({ $country }). Scelga una password e configuri la sua app di autenticazione.
portal-enrol-submit = Completa la configurazione
portal-enrol-done = Il suo account è pronto. Acceda con il suo nome, la sua password e un codice dell'app di autenticazione.
portal-login-heading = Accesso al portale dei dati
portal-releases-heading = Pubblicazioni
portal-releases-lead = Accesso effettuato come { $name } ({ $country }). Ogni pubblicazione contiene le statistiche dell'UE di un trimestre, protette con la privacy differenziale.
portal-releases-none = Non è ancora disponibile alcuna pubblicazione.
portal-releases-caption = Pubblicazioni disponibili, a partire dal trimestre più recente
portal-col-period = Trimestre
portal-col-date = Pubblicata il
portal-col-epsilon = Budget di privacy utilizzato (ε)
portal-col-status = Stato
portal-col-release = Pubblicazione
portal-status-published = Pubblicata
portal-release-heading = Statistiche per { $period }
portal-release-intervals-hint = Ogni barra mostra il valore pubblicato; il segmento che la attraversa mostra l'intervallo al 95 %, tracciato a partire da zero quando scende sotto lo zero. Sotto ogni grafico i relativi valori sono riportati in una tabella.
portal-summary-reports = Segnalazioni nell'UE
portal-summary-truncated = Segnalazioni escluse (più di k per organizzazione)
portal-summary-loss = Perdite stimate nell'UE
portal-chart-quarter = Segnalazioni per trimestre
portal-chart-quarter-note = Il trimestre di questa pubblicazione è evidenziato.
portal-chart-state-quarter = Segnalazioni nel suo Stato membro per trimestre
portal-chart-series = { $category }: segnalazioni per trimestre
portal-chart-series-note = Il settore o vettore di attacco più segnalato in questa pubblicazione; l'API dei dati fornisce tutti i settori e vettori di attacco per trimestre.
portal-chart-sector = Segnalazioni per settore (NACE)
portal-chart-attack-vector = Segnalazioni per vettore di attacco
portal-chart-member-state = Segnalazioni per Stato membro
portal-chart-yours = (evidenziato)
portal-chart-highlight = Evidenziato e contrassegnato: { $country }.
portal-chart-desc = Grafico a barre orizzontali con { $count ->
        [one] una categoria
       *[other] { $count } categorie
    }, ciascuna con il relativo intervallo al 95 %. Valore più alto: { $top }, { $value }. La tabella sotto il grafico riporta tutti i valori.
portal-chart-show-table = Mostra i valori in una tabella
portal-chart-table-caption = { $chart }: valori pubblicati e intervalli al 95 %
portal-col-category = Categoria
portal-col-value = Valore pubblicato
portal-col-interval = Intervallo al 95 %
portal-method-heading = Come sono stati ottenuti questi dati
portal-method-promise = Le cifre sono differenzialmente private. L'unità protetta sono le segnalazioni di un'organizzazione nel trimestre: che abbia segnalato o no, e che cosa, ogni cifra pubblicata sarebbe quasi altrettanto probabile. «Quasi» è fissato dal budget di privacy ε = { $epsilon } di questo rilascio: nessun risultato diventa più di { $factor } volte più probabile a causa delle segnalazioni di un'organizzazione in questo trimestre. I rilasci di un anno civile spendono insieme al massimo ε = { $year_cap }, quindi in un anno il fattore è al massimo { $year_factor }; su più anni i fattori si moltiplicano.
portal-method-unit = Un'organizzazione è riconosciuta dalla partita IVA o dal LEI indicato (scritto in forma standard e trasformato in uno pseudonimo che solo l'anonimizzatore può calcolare); contano al massimo { $k } delle sue segnalazioni per trimestre. È riconosciuta solo da tale identificativo: un'organizzazione che indica una partita IVA in una segnalazione e un LEI in un'altra, o le cui controllate segnalano separatamente, conta come più organizzazioni. Una segnalazione senza identificativo è protetta da sola: un'organizzazione che invia più segnalazioni senza è protetta per ciascuna, non per tutte insieme.
portal-method-truncation = Circa { $dropped } segnalazioni (circa il { $share } % del totale) sono state escluse perché la loro organizzazione ha segnalato più di { $k } volte nel trimestre. Questo numero è esso stesso rumoroso e conta al massimo { $k } per organizzazione; il numero reale è più alto. Quali segnalazioni tenere è stato deciso a caso, non in base al contenuto.
portal-method-noise = A ogni cella di ogni tabella è stato aggiunto un rumore casuale, anche alle celle pari a zero; nessuna cella viene nascosta perché piccola. Un valore piccolo può quindi essere costituito dal solo rumore.
portal-method-intervals = Gli intervalli al 95% indicano di quanto il rumore può aver spostato una cifra: contengono il valore misurato in almeno circa 95 casi su 100. Il valore misurato è quello delle segnalazioni tenute, con ogni perdita limitata al tetto; le segnalazioni escluse e la parte delle perdite sopra il tetto non vi rientrano, quindi le cifre e i loro intervalli sono inferiori a quanto ricevuto. Gli intervalli sono calcolati dal livello di rumore pubblico, non dalle segnalazioni, e non scendono mai sotto zero.
portal-method-consistency = Le cifre degli Stati membri si sommano a quelle dell'UE e ogni tabella dà lo stesso totale. Le cifre sono numeri interi, mai negativi, ciascuna entro circa un'unità dalla stima non distorta (di più solo dove stime vicine erano sotto zero); il totale di uno Stato membro e la somma dei suoi settori possono differire per il rumore. Le misure grezze con rumore sono anche nei file CSV.
portal-method-losses = Ogni perdita stimata è conteggiata fino a { $bound } euro; le perdite superiori sono conteggiate per tale importo.
portal-method-budget = Questo trimestre ha utilizzato ε { $quarter } del suo limite di { $quarter_cap }; l'anno { $year } ha utilizzato ε { $year_spent } su { $year_cap }. Le statistiche di un trimestre non sono mai ricalcolate con un budget maggiore.
portal-method-opendp = Calcolato con OpenDP { $version }. Le funzioni qui utilizzate si trovano nell'area «contrib», non ancora verificata dal team di OpenDP; il file sulla metodologia indica per ogni tabella il meccanismo, la scala del rumore e il budget.
portal-downloads-heading = Download
portal-download-archive = L'intera pubblicazione in un unico archivio ({ $name }), con somme di controllo e firma
portal-verify-heading = Verificare un file ricevuto
portal-verify-text = L'archivio contiene SHA256SUMS, la somma di controllo di ogni file, e SHA256SUMS.sig, una firma di tale file con la chiave di pubblicazione. Chiunque può verificare una copia ricevuta da altri: salvi keyring.json e keyring.sig di questo sito in una cartella ed esegua il comando seguente. Si fida del portachiavi solo se è firmato dalla chiave la cui impronta è pubblicata dall'EUIPO e da Europol, e ne ricava la chiave di pubblicazione (indicata qui sotto).
portal-verify-key = Chiave di pubblicazione:
portal-verify-fingerprint = Impronta digitale:
portal-tokens-heading = Token API
portal-tokens-lead = Un token consente a un programma di leggere le pubblicazioni tramite l'API dei dati (sola lettura). Assegni a ogni programma un token distinto, in modo da poterne revocare uno senza bloccare gli altri.
portal-token-new-heading = Creazione di un token
portal-token-name = Nome
portal-token-name-hint = Lo scopo del token, ad esempio «importazione notturna».
portal-token-create = Crea il token
portal-token-created = Il suo nuovo token è riportato qui sotto. Lo copi ora: viene mostrato solo questa volta e non potrà più essere visualizzato.
portal-token-use = Lo invii con ogni richiesta nel formato seguente:
portal-tokens-list-heading = I suoi token
portal-tokens-none = Non ha ancora alcun token.
portal-token-created-on = Creato il
portal-token-last-used = Ultimo utilizzo il
portal-token-state = Stato
portal-token-revoke = Revoca
portal-token-revoked-on = Revocato il { $day }
portal-token-revoked = Il token è revocato: non funziona più.
portal-error-token-name = Dia al token un nome di massimo { $max } caratteri.
error-unauthorized = È necessario un token API valido: invii «Authorization: Bearer» con un token creato nel portale e non revocato.

# console triage
console-triage-heading = Di cosa trattano le segnalazioni
console-triage-hint = Sblocchi la sua chiave per vedere di cosa tratta ciascuna segnalazione e per cercarle, filtrarle e ordinarle. Le segnalazioni sono decifrate in questo browser; né esse né le sue ricerche sono inviate al server.
console-triage-search = Cerca nel testo delle segnalazioni
console-triage-all = Tutti
console-triage-sort = Ordine
console-triage-sort-newest = Prima le più recenti
console-triage-sort-oldest = Prima le meno recenti
console-triage-sort-deadline = Prima la scadenza più vicina
console-triage-reset = Cancella ricerca e filtri
console-triage-col-summary = Segnalazione (prima riga della descrizione)
console-triage-col-language = Lingua
console-triage-col-attachments = Allegati
console-triage-count = Segnalazioni trovate: { $shown } su { $total }
console-triage-page = Pagina { $page } di { $pages }
console-triage-pages = Pagine dell’elenco
console-triage-previous = Pagina precedente
console-triage-next = Pagina successiva
console-triage-none = Nessuna segnalazione corrisponde alla ricerca e ai filtri.
console-triage-working = Decifratura delle segnalazioni…
console-triage-unreadable = Questa segnalazione non può essere aperta con la sua chiave.
error-summary-entry = { $field }: { $message }
error-field-recipients = Destinatari
error-field-actor-type = Chi c’era dietro
error-field-loss-eur = Perdita stimata
error-field-jobs-at-risk = Posti di lavoro a rischio
error-field-attachments = Allegati
error-field-contact = Contatto
error-field-organisation-id = Partita IVA o LEI
error-field-consent = Conferma
console-nav-figures = Dati
console-figures-heading = Dati per la direzione
console-figures-lead = { $body }: solo conteggi e durate, calcolati dai giorni registrati dal server. Nulla del contenuto delle segnalazioni.
console-figures-csv = Scarica come CSV
console-figures-received = Segnalazioni ricevute per mese
console-figures-month = Mese
console-figures-count = Segnalazioni
console-figures-timing = Tempo fino alla conferma di ricezione e al riscontro
console-figures-step = Fase
console-figures-done = Completate
console-figures-median = Mediana (giorni)
console-figures-p90 = 90° percentile (giorni)
console-figures-within = Entro il termine
console-figures-within-value = { $within } su { $decided } ({ $percent } %)
console-figures-ack = Conferma di ricezione (entro 7 giorni dal ricevimento)
console-figures-feedback = Riscontro (entro 3 mesi dalla conferma)
console-figures-open = Casi aperti per stato
console-figures-definitions = Il riscontro è il primo giorno dopo la conferma di ricezione in cui un revisore ha scritto al segnalante, o il giorno di chiusura del caso, se precedente. Mediana e percentile con il metodo del rango più vicino. Le quote contano le fasi completate e quelle scadute; i casi ancora entro il termine non sono ancora contati.
console-assign-heading = Assegnazione
console-assign-label = Assegnata a
console-assign-nobody = Nessuno
console-assign-submit = Assegna
console-triage-assigned-me = Assegnate a me
console-triage-unassigned = Non assegnate

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Il messaggio non può essere firmato: la sua chiave di firma non è ancora nel portachiavi firmato. Non è stato inviato nulla; chieda al gestore di aggiungere la sua chiave.
console-casefile-heading = Fascicolo da trasmettere
console-casefile-hint = Creato nel suo browser a partire dalla segnalazione aperta; nulla di esso viene inviato al server. Il registro di audit annota solo l'esportazione: il formato, le parti incluse e quanti termini sono stati oscurati.
console-casefile-parts = Parti da includere
console-casefile-part-fields = Campi della segnalazione
console-casefile-part-conversation = Conversazione
console-casefile-part-attachments = Allegati con il loro SHA-256
console-casefile-part-classification = Classificazione
console-casefile-redact-contact = Oscura i recapiti del segnalante e l'identificativo della sua organizzazione
console-casefile-terms = Nomi e parole da oscurare
console-casefile-terms-hint = Uno per riga. Ciascuno è sostituito dal segno di oscuramento ovunque nel fascicolo, senza distinzione tra maiuscole e minuscole.
console-casefile-download = Scarica il fascicolo (HTML)
console-casefile-print = Stampa o salva come PDF
console-casefile-working = Preparazione del fascicolo: decifratura degli allegati…
console-casefile-done = L'esportazione del fascicolo è stata registrata.
console-casefile-no-parts = Scelga almeno una parte da includere.
console-casefile-title = Fascicolo della segnalazione
console-casefile-prepared = Redatto il
console-casefile-marker = [OSCURATO]
console-casefile-redactions = Oscuramenti
console-casefile-redacted-contact = I recapiti del segnalante e l'identificativo della sua organizzazione
console-casefile-redacted-terms = Termini indicati dal revisore
console-casefile-verified = firma verificata
# --- indicators ---
report-section-indicators = Indicatori tecnici (facoltativo)
report-indicators-lead = Se disponete di tracce tecniche dell'attacco, elencatele qui, un valore per riga. I revisori possono condividerle con i CSIRT per bloccare gli aggressori.
field-indicator-ip = Indirizzi o intervalli IP
hint-indicator-ip = IPv4 o IPv6, oppure un intervallo CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Nomi di dominio
hint-indicator-domain = Ad esempio files.example.com; i nomi internazionali nella forma xn--.
field-indicator-url = Indirizzi web (URL)
hint-indicator-url = L'indirizzo completo, che inizia con https:// o un altro schema.
field-indicator-email = Indirizzi e-mail
hint-indicator-email = Ad esempio il mittente di un messaggio di phishing.
field-indicator-hash = Hash dei file
hint-indicator-hash = MD5, SHA-1 o SHA-256, in esadecimale.
field-indicator-file-name = Nomi dei file
hint-indicator-file-name = Solo il nome, senza cartella: fattura.pdf.exe.
field-indicator-observations = Altre osservazioni tecniche
hint-indicator-observations = Qualsiasi altra cosa utile: strumenti, account, orari.
error-indicator-ip = La riga { $line } non è un indirizzo IP né un intervallo CIDR.
error-indicator-domain = La riga { $line } non è un nome di dominio.
error-indicator-url = La riga { $line } non è un indirizzo web completo (come https://example.com/percorso).
error-indicator-email = La riga { $line } non è un indirizzo e-mail.
error-indicator-hash = La riga { $line } non è un hash MD5, SHA-1 o SHA-256.
error-indicator-file-name = La riga { $line } non è un nome di file (senza cartella, al massimo 255 caratteri).
error-indicator-count = Inserite al massimo { $max } valori in questo campo.
console-indicators-heading = Indicatori tecnici
console-taxii-heading = Invia a una raccolta TAXII 2.1
console-taxii-hint = Il pacchetto STIX 2.1, con il livello TLP scelto sopra, va da questo browser direttamente al server TAXII del vostro organismo; indirizzo e credenziali non vengono conservati.
console-taxii-url = Indirizzo della raccolta (termina con /collections/<id>/)
console-taxii-user = Nome utente
console-taxii-password = Password
console-taxii-push = Invia a TAXII
console-taxii-done = Il pacchetto è stato aggiunto alla raccolta TAXII.
console-taxii-failed = Il server TAXII ha rifiutato il pacchetto o non è raggiungibile. Controllate indirizzo e credenziali e che il server ammetta l'origine di questa console (CORS).
# --- tags and referral ---
console-tags-heading = Etichette
console-tags-hint = Le etichette provengono dall'elenco fisso del suo organismo, tenuto dal gestore. I nomi sono visibili a chi gestisce il server: usateli come contrassegni, mai per il contenuto del caso.
console-tags-none = Nessuna etichetta su questa segnalazione.
console-tags-field = Etichetta
console-tags-add = Aggiungi etichetta
console-tags-remove = Rimuovi etichetta
console-error-tag-unknown = Questa etichetta non è nell'elenco del suo organismo. Non è stato modificato nulla.
console-refer-heading = Trasmetti a { $body }
console-refer-hint = La chiave della segnalazione viene sigillata nel suo browser per le chiavi di { $body } del portachiavi verificato. { $body } vede quindi la segnalazione nella propria casella, con scadenze proprie calcolate da oggi.
console-refer-note = Nota per { $body } (facoltativa)
console-refer-note-hint = Sigillata per entrambi gli organismi come una nota interna; mai mostrata al segnalante.
console-refer-tell = Informa il segnalante nella conversazione
console-refer-message = Messaggio al segnalante
console-refer-message-default = La sua segnalazione è stata trasmessa a { $body }, che se ne occuperà a sua volta.
console-refer-submit = Trasmetti la segnalazione
console-refer-done = La segnalazione è stata trasmessa.
console-referrals-heading = Trasmissioni
console-referral-line = Trasmessa da { $from } a { $to } da { $who } il { $day }.
console-referral-note = Nota:
console-triage-referred-from = Trasmessa da { $body }
console-error-referral-same = Una segnalazione può essere trasmessa solo all'altro organismo.
console-error-referral-exists = { $body } ha già questa segnalazione; non è stata trasmessa di nuovo.
console-error-referral-slots = Le chiavi sigillate non corrispondono esattamente alle chiavi di { $body } nel portachiavi. Non è stato trasmesso nulla.
# --- security keys (WebAuthn) ---
account-nav-keys = Chiavi di sicurezza
account-keys-heading = Chiavi di sicurezza
account-keys-lead = Una chiave di sicurezza, o una passkey sul telefono o sul computer, può sostituire il codice di autenticazione all'accesso e non può essere carpita con il phishing. Può aggiungerne più d'una.
account-keys-totp-allowed = Il suo account può accedere anche con un codice di autenticazione.
account-keys-totp-forbidden = Il suo account accede solo con una chiave di sicurezza: i codici di autenticazione sono rifiutati.
account-keys-list-heading = Le sue chiavi
account-keys-none = Nessuna chiave di sicurezza aggiunta finora.
account-key-name = Nome della chiave
account-key-name-hint = Ad esempio «chiave blu», per riconoscerla in questo elenco.
account-key-added-on = Aggiunta il
account-key-last-used = Ultimo utilizzo
account-key-actions = Azioni
account-key-remove = Rimuovi
account-key-new-heading = Aggiungere una chiave di sicurezza
account-key-add = Aggiungi la chiave di sicurezza
account-key-touch = Segua le indicazioni del browser e tocchi la chiave di sicurezza.
account-key-failed = La chiave di sicurezza non ha risposto oppure la richiesta è stata annullata. Riprovi.
account-key-needs-js = Per aggiungere una chiave di sicurezza questo browser deve avere JavaScript attivo.
account-key-unavailable = Le chiavi di sicurezza non possono essere usate all'indirizzo di questo server. Si rivolga al gestore.
account-key-added = La chiave di sicurezza è stata aggiunta.
account-key-removed = La chiave di sicurezza è stata rimossa.
account-key-last = Questa è la sua ultima chiave di sicurezza e il suo account non può usare codici di autenticazione: aggiunga un'altra chiave prima di rimuovere questa.
account-key-expired = La richiesta ha richiesto troppo tempo. Riprovi.
account-key-invalid = La risposta della chiave di sicurezza non è stata accettata. Riprovi.
account-key-duplicate = Questa chiave di sicurezza è già stata aggiunta.
account-key-too-many = Ha raggiunto il numero massimo di chiavi di sicurezza. Ne rimuova prima una.
account-error-key-name = Dia alla chiave un nome da 1 a { $max } caratteri.
account-key-signin-heading = Usi la sua chiave di sicurezza
account-key-signin-lead = La password è corretta. Confermi l'accesso con la sua chiave di sicurezza.
account-key-signin-submit = Usa la mia chiave di sicurezza
account-key-signin-needs-js = Una chiave di sicurezza richiede JavaScript in questo browser.
account-key-signin-back = Accedi invece con un codice di autenticazione
account-field-code-key-hint = Se usa una chiave di sicurezza, lasci vuoto il codice: userà la chiave subito dopo.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notifiche
console-notify-lead = Un riepilogo di soli numeri: nuove segnalazioni, nuovi messaggi dei segnalanti, scadenze imminenti e superate. Non contiene mai il contenuto, l’identificativo o il titolo di una segnalazione.
console-notify-email = Indirizzo e-mail
console-notify-email-hint = Il riepilogo viene inviato a questo indirizzo. Lasciare vuoto per nessuna e-mail.
console-notify-webhook = URL del webhook
console-notify-webhook-hint = Gli stessi numeri vengono inviati qui in JSON (HTTP POST). L’indirizzo deve iniziare con https://. Lasciare vuoto per nessuno.
console-notify-frequency = Frequenza
console-notify-off = Mai
console-notify-daily = Ogni giorno
console-notify-weekly = Ogni settimana
console-notify-send-empty = Inviare il riepilogo anche quando non è successo nulla
console-notify-send-empty-hint = Così arriva ogni volta un riepilogo e il suo arrivo non rivela nulla su nuove segnalazioni.
console-notify-language = Lingua del riepilogo
console-notify-save = Salva
console-notify-saved = Le impostazioni di notifica sono state salvate.
console-notify-error-email = Indirizzo e-mail: inserire un indirizzo completo, per esempio nome@example.eu.
console-notify-error-webhook = URL del webhook: inserire un indirizzo completo, per esempio https://hooks.example.eu/digest, senza nome utente, password o #.
console-notify-error-https = URL del webhook: l’indirizzo deve iniziare con https:// (http:// solo verso questa macchina).
console-notify-error-destination = Indirizzo e-mail: inserire un indirizzo e-mail o un URL di webhook, oppure scegliere «Mai».
notify-mail-subject = Canale di segnalazione: il suo riepilogo
notify-mail-intro = Riepilogo per { $body }, dal { $from } al { $through }. Solo numeri: acceda alla console per vedere le segnalazioni.
notify-mail-new-reports = Nuove segnalazioni: { $count }
notify-mail-new-replies = Nuovi messaggi dei segnalanti: { $count }
notify-mail-ack-due = Conferme di ricevimento in scadenza entro 2 giorni: { $count }
notify-mail-feedback-due = Riscontri in scadenza entro 14 giorni: { $count }
notify-mail-ack-overdue = Conferme di ricevimento scadute: { $count }
notify-mail-feedback-overdue = Riscontri scaduti: { $count }
notify-mail-nothing = Nulla di nuovo e nulla in scadenza.
notify-mail-footer = Riceve questo riepilogo perché lo ha richiesto nella console (Notifiche). Può modificarlo o interromperlo lì.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Ricevimento confermato il
conversation-acknowledgement-due = Avviso di ricevimento entro il
conversation-feedback-due = Riscontro entro il
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Segnalazioni correlate
console-related-hint = Confrontate tramite hash con chiave degli indicatori e dell’identificativo dell’organizzazione, calcolati nel suo browser: il server non vede mai un indicatore. Sono elencate solo le segnalazioni che il suo organismo può aprire.
console-related-none = Nessun’altra segnalazione del suo organismo condivide un indicatore con questa.
console-related-report = Segnalazione { $report }
console-related-shares = indicatori in comune: { $count }
console-related-incident = forse lo stesso incidente (stesso identificativo dell’organizzazione)
console-related-refused = La chiave di correlazione offerta dal server non è quella indicata nel portachiavi firmato: non è stata usata e non è stato inviato nulla.
console-related-confirm = Conferma questa segnalazione come duplicato
console-related-unavailable = La correlazione non è ancora disponibile: nessuna chiave di correlazione è stata sigillata per la sua voce del portachiavi.
