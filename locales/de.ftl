### Deutsch. Dieselben IDs und { $Platzhalter } wie en.ftl (geprüft durch `cargo test -p i18n`).
### Siehe i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Deutsch
language-switch-label = Sprache
language-switch-button = Sprache ändern

## Page chrome

site-name = Meldekanal für den Diebstahl von Geschäftsgeheimnissen
skip-to-content = Direkt zum Inhalt
nav-label = Hauptmenü
nav-home = Startseite
nav-report = Diebstahl melden
nav-follow-up = Meldung weiterverfolgen
footer-privacy-notice = Datenschutzerklärung
footer-recipients = Meldungen gehen an das EUIPO und an das Europäische Zentrum zur Bekämpfung der Cyberkriminalität (EC3) von Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day }. { $month ->
        [1] Januar
        [2] Februar
        [3] März
        [4] April
        [5] Mai
        [6] Juni
        [7] Juli
        [8] August
        [9] September
        [10] Oktober
        [11] November
       *[12] Dezember
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Diebstahl von Geschäftsgeheimnissen durch Cyberangriffe melden
page-title-report = Meldung abgeben
page-title-follow-up = Ihre Meldung weiterverfolgen
page-title-privacy = Datenschutzerklärung

## Reporter landing page

home-heading = Melden Sie den Diebstahl von Geschäftsgeheimnissen bei einem Cyberangriff
home-intro = Wenn Geschäftsgeheimnisse Ihres Unternehmens bei einem Cyberangriff gestohlen wurden, können Sie dies hier freiwillig und vertraulich dem EUIPO (dem Amt der Europäischen Union für geistiges Eigentum) und dem Europäischen Zentrum zur Bekämpfung der Cyberkriminalität (EC3) von Europol melden.
home-point-recipients = Sie entscheiden, wer Ihre Meldung erhält: das EUIPO, das EC3 von Europol oder beide.
home-point-encrypted = Ihre Meldung wird verschlüsselt, sodass nur die Prüfteams der von Ihnen gewählten Stellen sie lesen können. Diese Website speichert sie nie in lesbarer Form.
home-point-anonymous = Sie können melden, ohne Ihren Namen oder den Namen Ihres Unternehmens anzugeben.
home-point-receipt = Wenn Sie die Meldung absenden, erhalten Sie einen Quittungscode. Bewahren Sie ihn sicher auf: Sie brauchen ihn, um die Fragen des Prüfteams zu lesen und zu beantworten, und bei Verlust kann er nicht ersetzt werden.
home-point-statistics = Die Antworten, die Sie aus Listen auswählen (etwa Branche und Art des Angriffs), fließen auch in Statistiken auf EU-Ebene ein. Dabei wird ihnen ein zufälliges Rauschen hinzugefügt, sodass kein Unternehmen identifiziert werden kann.
home-no-javascript = Das Formular funktioniert auch bei ausgeschaltetem JavaScript (zum Beispiel in der sichersten Stufe des Tor Browsers). Ihre Meldung wird dann nicht in Ihrem Browser, sondern sofort bei Eingang vom Server verschlüsselt; dieser Schutz ist etwas schwächer.
home-start-button = Meldung beginnen
home-follow-up-heading = Haben Sie bereits eine Meldung abgegeben?
home-follow-up-text = Mit Ihrem Quittungscode können Sie Nachrichten des Prüfteams lesen und darauf antworten.
home-follow-up-button = Mit Ihrem Quittungscode weiterverfolgen

## Form: common parts

form-optional = (optional)
form-choose = Bitte auswählen …
# Read by screen readers before each field error.
form-error-prefix = Fehler:
recipient-euipo = EUIPO (Amt der Europäischen Union für geistiges Eigentum)
recipient-ec3 = Europol EC3 (Europäisches Zentrum zur Bekämpfung der Cyberkriminalität)

## Errors: whole pages

error-page-title = Es ist ein Fehler aufgetreten
error-bad-request = Die Anfrage konnte nicht verarbeitet werden. Bitte gehen Sie zurück und versuchen Sie es erneut.
error-not-found = Diese Seite gibt es nicht. Prüfen Sie die Adresse oder beginnen Sie erneut auf der Startseite.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Ihre Übermittlung ist zu groß: Die Obergrenze liegt bei { $limit }. Entfernen oder verkleinern Sie Anhänge und versuchen Sie es erneut.
error-csrf = Zu Ihrer Sicherheit ist dieses Formular abgelaufen; es wurde nichts gespeichert. Bitte laden Sie die Seite neu und senden Sie das Formular erneut ab.
error-form-used = Dieses Formular wurde bereits gesendet: Ihre Meldung ist einmal eingegangen, mit dem damals angezeigten Bestätigungscode. Für eine weitere Meldung öffnen Sie bitte ein neues Formular.
error-rate-limited = Zu viele Versuche in kurzer Zeit. Bitte warten Sie einige Minuten und versuchen Sie es dann erneut.
error-server = Bei uns ist ein Fehler aufgetreten; es wurde nichts gespeichert. Bitte versuchen Sie es später erneut.
error-unavailable = Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es später erneut.
error-unavailable-title = Vorübergehend nicht verfügbar
error-database-unavailable = Wir können Meldungen im Moment weder speichern noch lesen; daher wurde nichts gespeichert. Bitte warten Sie eine Minute und senden Sie das Formular erneut ab.

## Errors: form fields

error-required = Dies ist ein Pflichtfeld.
error-unknown-choice = Wählen Sie eine der Optionen aus der Liste.
error-month-format = Geben Sie einen Monat im Format YYYY-MM ein, zum Beispiel 2026-03.
error-month-future = Der Monat darf nicht in der Zukunft liegen.
error-month-too-early = Der Monat darf nicht vor { $year } liegen.
error-detection-before-incident = Der Monat, in dem der Diebstahl entdeckt wurde, darf nicht vor dem Monat liegen, in dem er begann.
error-number-format = Geben Sie eine ganze Zahl ein, zum Beispiel 250000.
# { $max } is an amount in euros.
error-loss-too-large = Der Betrag darf höchstens { $max } Euro betragen.
error-jobs-too-large = Die Zahl der Arbeitsplätze darf höchstens { $max } betragen.
error-too-long =
    { $max ->
        [one] Dieser Text ist zu lang: Verwenden Sie höchstens { $max } Zeichen.
       *[other] Dieser Text ist zu lang: Verwenden Sie höchstens { $max } Zeichen.
    }
error-organisation-id = Geben Sie eine Umsatzsteuer-Identifikationsnummer (zum Beispiel DK12345678) oder einen LEI (20 Buchstaben und Ziffern) ein oder lassen Sie das Feld leer.
error-recipients = Wählen Sie mindestens einen Empfänger: das EUIPO, das EC3 von Europol oder beide.
error-consent = Setzen Sie zur Bestätigung das Häkchen, bevor Sie die Meldung absenden.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Das Formular enthält { $count } Fehler. Bitte korrigieren Sie ihn und senden Sie das Formular erneut ab.
       *[other] Das Formular enthält { $count } Fehler. Bitte korrigieren Sie diese und senden Sie das Formular erneut ab.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Fingerabdruck des Schlüsselbunds (vergleichen Sie ihn mit dem vom EUIPO und von Europol veröffentlichten):
error-go-back = Kehren Sie mit der Zurück-Schaltfläche Ihres Browsers zum Formular zurück; Ihre Eingaben sind dort in der Regel noch vorhanden.
# { $limit } is a number of files.
error-too-many-files = Zu viele Dateien: Sie können höchstens { $limit } anhängen. Entfernen Sie einige und versuchen Sie es erneut.

## Page titles (intake)

page-title-confirmation = Meldung eingegangen
page-title-conversation = Ihre Meldung

## Landing page: what the server sees

home-server-heading = Was diese Website sehen kann und was nicht
home-server-cannot = Die Website kann Ihre Meldung, Ihre Anhänge und Ihre Nachrichten nicht lesen: Diese werden vor dem Speichern für die Prüfteams verschlüsselt, und die Schlüssel zum Öffnen besitzen nur die Prüfteams.
home-server-can = Die Website sieht, dass an einem bestimmten Tag eine Meldung abgegeben wurde, an welche Stelle sie ging und wie groß sie ungefähr ist. Ihre IP-Adresse, Ihren Browser und die genaue Uhrzeit zeichnet sie nie auf.
home-fingerprint-heading = Prüfen Sie, ob Sie sich auf dem echten Meldekanal befinden
home-fingerprint-text = Meldungen werden für die Schlüssel in einem Schlüsselbund verschlüsselt, der mit dem Offline-Schlüssel des Meldekanals signiert ist. Sein Fingerabdruck steht unten; das EUIPO und Europol veröffentlichen denselben Fingerabdruck auf ihren eigenen Websites.
home-tor-heading = Anonym melden
home-tor-text = Für die größtmögliche Anonymität verwenden Sie den Tor Browser, melden Sie sich nicht gleichzeitig bei anderen Diensten an und entfernen Sie Namen und Metadaten (Autor, Unternehmen, GPS) aus Dateien, bevor Sie sie anhängen.

## Report form

report-heading = Diebstahl von Geschäftsgeheimnissen melden
report-lead = Als optional gekennzeichnete Felder können leer bleiben. Alles, was Sie schreiben, und Ihre Anhänge werden für die von Ihnen gewählten Empfänger verschlüsselt.
report-guarantee-server = Ohne JavaScript wird Ihre Meldung im Moment ihres Eingangs vom Server im Arbeitsspeicher verschlüsselt und nie lesbar gespeichert. Mit aktiviertem JavaScript verschlüsselt Ihr eigener Browser sie vor dem Absenden.
report-files-dropped = Zu Ihrer Sicherheit werden angehängte Dateien nicht aufbewahrt, wenn das Formular mit Fehlern zurückkommt. Bitte hängen Sie sie erneut an.
report-section-classification = Angaben zum Vorfall
report-section-when = Zeitpunkt
report-section-impact = Auswirkungen
report-section-account = Hergang
report-section-optional = Optionale Angaben
report-submit = Meldung verschlüsseln und absenden
field-recipients = Wer soll die Meldung erhalten?
hint-recipients = Wählen Sie eine oder beide Stellen. Nur die Prüfteams der von Ihnen gewählten Stellen können die Meldung lesen.
field-member-state = Mitgliedstaat, in dem Ihr Unternehmen niedergelassen ist
hint-member-state = Wird für EU-Statistiken nach Ländern verwendet.
field-sector = Branche Ihres Unternehmens
hint-sector = Der NACE-Abschnitt Ihrer Haupttätigkeit.
field-incident-class = Art des Vorfalls
hint-incident-class = Wählen Sie, was am besten passt; das Prüfteam kann die Angabe korrigieren.
field-attack-vector = Wie sind die Angreifer eingedrungen?
hint-attack-vector = Wählen Sie „Unbekannt“, wenn Sie es noch nicht wissen.
field-actor-type = Wer steckt Ihrer Einschätzung nach dahinter?
hint-actor-type = Ihre bestmögliche Einschätzung; „Unbekannt“ ist eine zulässige Antwort.
field-incident-month = Monat, in dem der Diebstahl begann
hint-incident-month = Im Format YYYY-MM, zum Beispiel 2026-03. Eine Schätzung genügt.
field-detection-month = Monat, in dem der Diebstahl entdeckt wurde
hint-detection-month = Im Format YYYY-MM.
field-loss-eur = Geschätzter Schaden in Euro (optional)
hint-loss-eur = Eine ganze Zahl, zum Beispiel 250000. Lassen Sie das Feld leer, wenn Sie den Schaden nicht schätzen können.
field-jobs-at-risk = Gefährdete Arbeitsplätze (optional)
hint-jobs-at-risk = Wie viele Arbeitsplätze durch den Diebstahl gefährdet sind, sofern Sie dies schätzen können.
field-what-taken = Was wurde entwendet?
hint-what-taken = Zum Beispiel: Quellcode, Konstruktionspläne, Kundenlisten, Rezepturen, Produktionsverfahren.
field-narrative = Was ist geschehen?
hint-narrative = Beschreiben Sie den Angriff und seine Entdeckung in Ihren eigenen Worten: Zeitpunkte, betroffene Systeme, was Sie seitdem unternommen haben.
field-attachments = Anhänge (optional)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Bis zu { $max_files } Dateien mit jeweils höchstens { $max_mib } MB. Sie werden bei Eingang verschlüsselt.
field-contact = Wie kann das Prüfteam Sie erreichen? (optional)
hint-contact = Lassen Sie das Feld leer, um anonym zu bleiben: Mit Ihrem Quittungscode können Sie trotzdem Nachrichten lesen und beantworten.
field-organisation-id = USt-IdNr. oder LEI des Unternehmens (optional)
hint-organisation-id = Freiwillig. Sie wird verschlüsselt: Die Prüfer der von Ihnen gewählten Stellen können sie lesen; sie wird nie veröffentlicht. In der Statistik wird sie zu einem Pseudonym, damit Ihr Unternehmen höchstens einmal pro Quartal zählt und die veröffentlichten Zahlen die Meldungen Ihres Unternehmens als Ganzes schützen (standardmäßig ε = 1 pro Quartal, höchstens ε = 4 pro Jahr). Ohne sie wird jede Meldung einzeln geschützt, nicht alle Ihre Meldungen zusammen.
field-consent = Ich bestätige, dass die Angaben nach bestem Wissen zutreffen, und bin damit einverstanden, dass sie wie in der Datenschutzerklärung beschrieben verarbeitet werden.
hint-consent = Sie können eine Meldung später zurückziehen, indem Sie dem Prüfteam mit Ihrem Quittungscode schreiben.

## Confirmation

confirmation-heading = Ihre Meldung ist eingegangen
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Ihre Meldung wurde verschlüsselt und übermittelt an: { $recipients }.
confirmation-receipt-heading = Ihr Quittungscode
confirmation-receipt-text = Notieren Sie diesen Code oder laden Sie ihn jetzt herunter. Sie brauchen ihn, um Fragen des Prüfteams zu lesen und zu beantworten.
confirmation-receipt-once = Dieser Code wird nur einmal angezeigt. Niemand, auch nicht das Prüfteam, kann ihn für Sie wiederherstellen.
confirmation-download = Quittung als Textdatei herunterladen
confirmation-print = Sie können diese Seite auch ausdrucken: Gedruckt werden nur der Code und diese Hinweise.
confirmation-guarantee-heading = So wurde Ihre Meldung geschützt
confirmation-sealed-by-server = Ihr Browser hat die Meldung ohne JavaScript gesendet; daher hat der Server sie bei Eingang im Arbeitsspeicher verschlüsselt. Sie wurde nie in lesbarer Form auf einen Datenträger geschrieben.
confirmation-sealed-by-browser = Ihr Browser hat die Meldung vor dem Absenden verschlüsselt; der Server hat sie nie in lesbarer Form gesehen.
confirmation-next-heading = Wie es weitergeht
confirmation-next-text = Das Prüfteam bestätigt den Eingang von Meldungen innerhalb von 7 Tagen und gibt innerhalb von 3 Monaten eine Rückmeldung. Kommen Sie mit Ihrem Quittungscode zurück, um seine Nachrichten zu lesen.
recipients-both = EUIPO und EC3
receipt-file-title = Quittungscode für Ihre Meldung an den Meldekanal für den Diebstahl von Geschäftsgeheimnissen
receipt-file-keep = Halten Sie diesen Code geheim und bewahren Sie ihn sicher auf. Verwenden Sie ihn auf der Seite „Meldung weiterverfolgen“ des Meldekanals.

## Follow-up

followup-heading = Ihre Meldung weiterverfolgen
followup-lead = Geben Sie den Quittungscode ein, den Sie beim Absenden Ihrer Meldung erhalten haben.
followup-receipt-label = Quittungscode
followup-receipt-hint = 24 Buchstaben und Ziffern, zum Beispiel 7KQM-2XPA-…; Bindestriche und Leerzeichen spielen keine Rolle.
followup-submit = Meine Meldung öffnen
followup-wrong-receipt = Zu diesem Quittungscode gibt es keine Meldung. Prüfen Sie jedes Zeichen und versuchen Sie es erneut.

## Conversation

conversation-heading = Ihre Meldung
conversation-status = Status
conversation-received = Eingegangen am
conversation-sealed-by-server = Diese Meldung wurde bei Eingang vom Server verschlüsselt (ohne JavaScript gesendet).
conversation-messages = Nachrichten
conversation-empty = Noch keine Nachrichten. Das Prüfteam bestätigt den Eingang von Meldungen innerhalb von 7 Tagen.
conversation-from-you = Sie
conversation-from-reviewer = Prüfteam
conversation-reply-heading = An das Prüfteam schreiben
conversation-reply-label = Ihre Nachricht
conversation-reply-submit = Nachricht verschlüsseln und senden
conversation-reply-sent = Ihre Nachricht wurde verschlüsselt und gesendet.
conversation-reply-empty = Schreiben Sie eine Nachricht oder hängen Sie eine Datei an, bevor Sie senden.
status-new = Eingegangen, Eingang noch nicht bestätigt
status-acknowledged = Eingang bestätigt
status-in-review = In Prüfung
status-information-requested = Das Prüfteam hat Sie um Informationen gebeten
status-referred = An die zuständigen Behörden weitergeleitet
status-closed = Abgeschlossen

## Privacy notice

privacy-heading = Datenschutzerklärung
privacy-controllers = Meldungen werden vom EUIPO und von Europol (EC3) verarbeitet, jeweils für die an sie gerichteten Meldungen, nach der Verordnung (EU) 2018/1725 bzw. der Verordnung (EU) 2016/794.
privacy-what-heading = Was verarbeitet wird
privacy-what-text = Der Inhalt Ihrer Meldung, ihre Anhänge und Ihre Nachrichten werden so verschlüsselt, dass nur die Prüfteams der von Ihnen gewählten Stellen sie lesen können. Der Tag des Eingangs einer Meldung, ihr Status und die Empfänger werden in lesbarer Form gespeichert, um Fristen zu verwalten.
privacy-not-heading = Was nie aufgezeichnet wird
privacy-not-text = Ihre IP-Adresse, Ihr Browser und die genaue Uhrzeit Ihrer Besuche werden nie gespeichert oder protokolliert. Auf den Meldeseiten werden keine Cookies gesetzt.
privacy-statistics-heading = Statistiken
privacy-statistics-text = Die aus Listen gewählten Antworten fließen in Statistiken auf EU-Ebene ein, die mit Differential Privacy veröffentlicht werden. Geschützt ist ein Unternehmen unter der angegebenen USt-IdNr. oder LEI: ob es in einem Quartal gemeldet hat, und was, ändert die Wahrscheinlichkeit jeder veröffentlichten Zahl höchstens um den Faktor e^ε, mit den mit jeder Veröffentlichung genannten Grenzen (standardmäßig ε = 1 pro Quartal, Faktor 2,7, und ε = 4 pro Kalenderjahr, Faktor 55; über mehrere Jahre multiplizieren sich die Faktoren). Meldungen ohne Kennung werden einzeln geschützt; ein Unternehmen, das mehrere ohne Kennung sendet, ist daher schwächer geschützt. Die Zahlen sind verrauschte Schätzungen, keine exakten Zählungen.
privacy-retention-heading = Wie lange Meldungen aufbewahrt werden
privacy-retention-text = Abgeschlossene Meldungen werden nach Ablauf der von den prüfenden Stellen festgelegten Aufbewahrungsfrist gelöscht. Bereits veröffentlichte Statistiken sind davon nicht betroffen.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Österreich
member-state-BE = Belgien
member-state-BG = Bulgarien
member-state-HR = Kroatien
member-state-CY = Zypern
member-state-CZ = Tschechien
member-state-DK = Dänemark
member-state-EE = Estland
member-state-FI = Finnland
member-state-FR = Frankreich
member-state-DE = Deutschland
member-state-EL = Griechenland
member-state-HU = Ungarn
member-state-IE = Irland
member-state-IT = Italien
member-state-LV = Lettland
member-state-LT = Litauen
member-state-LU = Luxemburg
member-state-MT = Malta
member-state-NL = Niederlande
member-state-PL = Polen
member-state-PT = Portugal
member-state-RO = Rumänien
member-state-SK = Slowakei
member-state-SI = Slowenien
member-state-ES = Spanien
member-state-SE = Schweden

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Land- und Forstwirtschaft, Fischerei
sector-B = Bergbau und Gewinnung von Steinen und Erden
sector-C = Verarbeitendes Gewerbe/Herstellung von Waren
sector-D = Energieversorgung
sector-E = Wasserversorgung; Abwasser- und Abfallentsorgung und Beseitigung von Umweltverschmutzungen
sector-F = Baugewerbe/Bau
sector-G = Handel; Instandhaltung und Reparatur von Kraftfahrzeugen
sector-H = Verkehr und Lagerei
sector-I = Gastgewerbe/Beherbergung und Gastronomie
sector-J = Information und Kommunikation
sector-K = Erbringung von Finanz- und Versicherungsdienstleistungen
sector-L = Grundstücks- und Wohnungswesen
sector-M = Erbringung von freiberuflichen, wissenschaftlichen und technischen Dienstleistungen
sector-N = Erbringung von sonstigen wirtschaftlichen Dienstleistungen
sector-O = Öffentliche Verwaltung, Verteidigung; Sozialversicherung
sector-P = Erziehung und Unterricht
sector-Q = Gesundheits- und Sozialwesen
sector-R = Kunst, Unterhaltung und Erholung
sector-S = Erbringung von sonstigen Dienstleistungen
sector-T = Private Haushalte mit Hauspersonal; Herstellung von Waren und Erbringung von Dienstleistungen durch private Haushalte für den Eigenbedarf ohne ausgeprägten Schwerpunkt
sector-U = Exterritoriale Organisationen und Körperschaften

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Informationssicherheit: unbefugter Zugriff auf Informationen
incident-class-information-content-security--unauthorised-information-modification = Informationssicherheit: unbefugte Veränderung von Informationen
incident-class-information-content-security--data-loss = Informationssicherheit: Datenverlust
incident-class-information-content-security--leak-confidential-information = Informationssicherheit: Abfluss vertraulicher Informationen
incident-class-intrusions--system-compromise = Eindringen: Ein System (Server oder Computer) wurde übernommen
incident-class-intrusions--application-compromise = Eindringen: Eine Anwendung wurde übernommen
incident-class-intrusions--privileged-account-compromise = Eindringen: Ein Administratorkonto wurde übernommen
incident-class-intrusions--unprivileged-account-compromise = Eindringen: Ein gewöhnliches Benutzerkonto wurde übernommen
incident-class-intrusions--burglary = Eindringen: physischer Einbruch
incident-class-information-gathering--social-engineering = Informationsbeschaffung: Personen wurden zur Preisgabe von Informationen verleitet (Social Engineering)
incident-class-information-gathering--sniffing = Informationsbeschaffung: Netzwerkverkehr wurde abgefangen
incident-class-malicious-code--infected-system = Schadcode: Ein System wurde infiziert
incident-class-fraud--masquerade = Betrug: Jemand hat sich als eine Person oder Organisation ausgegeben, der Sie vertrauen
incident-class-fraud--phishing = Betrug: Phishing (gefälschte Nachrichten oder Websites, um Passwörter oder Daten zu erlangen)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: Webanwendung
attack-vector-hacking--backdoor-or-c2 = Hacking: Hintertür oder Fernsteuerungskanal (C2)
attack-vector-hacking--desktop-sharing = Hacking: Fernzugriff auf den Desktop oder Bildschirmfreigabe
attack-vector-hacking--vpn = Hacking: VPN-Zugang
attack-vector-hacking--partner = Hacking: über den Zugang eines Partners (Lieferant oder Dienstleister)
attack-vector-hacking--command-shell = Hacking: Kommandozeile (Shell)
attack-vector-malware--email-attachment = Schadsoftware: E-Mail-Anhang
attack-vector-malware--email-link = Schadsoftware: Link in einer E-Mail
attack-vector-malware--web-download = Schadsoftware: Download von einer Website
attack-vector-malware--software-update = Schadsoftware: Software-Update
attack-vector-malware--direct-install = Schadsoftware: direkt vom Angreifer installiert
attack-vector-malware--network-propagation = Schadsoftware: Verbreitung über das Netzwerk
attack-vector-social--email = Social Engineering: E-Mail
attack-vector-social--phone = Social Engineering: Telefonanruf
attack-vector-social--in-person = Social Engineering: persönlich
attack-vector-social--website = Social Engineering: Website
attack-vector-social--sms = Social Engineering: Textnachricht (SMS)
attack-vector-misuse--lan-access = Missbrauch durch Insider: Zugriff aus dem internen Netzwerk
attack-vector-misuse--physical-access = Missbrauch durch Insider: physischer Zugang
attack-vector-misuse--remote-access = Missbrauch durch Insider: Fernzugriff
attack-vector-misuse--non-corporate = Missbrauch durch Insider: außerhalb der Unternehmenssysteme (private E-Mail, Geräte oder Netzwerke)
attack-vector-unknown = Unbekannt oder noch nicht bekannt

## Categories: actor types

actor-type-competitor = Wettbewerber
actor-type-nation-state = Staatlicher Akteur (eine ausländische Regierung oder ihre Stellen)
actor-type-organised-crime = Organisierte Kriminalität
actor-type-insider = Insider (derzeitige Beschäftigte oder Auftragnehmer)
actor-type-former-employee = Ehemalige Beschäftigte
actor-type-unknown = Unbekannt

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript ist aktiviert: Ihr Browser verschlüsselt Ihre Meldung und Ihre Anhänge für die von Ihnen gewählten Empfänger, bevor etwas gesendet wird. Der Server erhält ausschließlich verschlüsselte Daten.
js-status-checking = Formular und Schlüssel der Prüfteams werden geprüft …
js-status-encrypting = Ihre Meldung und Ihre Anhänge werden in diesem Browser verschlüsselt …
js-status-proof-of-work = Absenden wird vorbereitet (eine kurze Berechnung, die den Meldekanal vor automatisiertem Spam schützt) …
js-status-sending = Die verschlüsselte Meldung wird gesendet …
js-error-keyring = Die Schlüssel der Prüfteams konnten nicht verifiziert werden: Der Schlüsselbund ist nicht mit dem Schlüssel signiert, dessen Fingerabdruck auf dieser Seite angezeigt wird. Es wurde nichts gesendet. Senden Sie Ihre Meldung nicht über diese Seite; wenden Sie sich über die offiziellen Websites an das EUIPO oder an Europol.
js-error-network = Die Meldung konnte nicht gesendet werden, weil die Verbindung fehlgeschlagen ist. Es wurde nichts gespeichert. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
js-error-crypto = Ihr Browser konnte die Meldung nicht verschlüsseln; daher wurde nichts gesendet. Versuchen Sie es erneut oder schalten Sie JavaScript aus, um das Formular ohne JavaScript zu senden.
js-error-file = Eine angehängte Datei konnte nicht gelesen werden. Prüfen Sie, ob sie noch vorhanden ist, hängen Sie sie erneut an und versuchen Sie es noch einmal.
js-error-kept = Ihre Antworten und angehängten Dateien befinden sich noch im Formular.
js-retry = Erneut versuchen
js-print = Quittungscode drucken

## Reviewer console (/console/)

console-name = Prüfkonsole
console-nav-inbox = Posteingang
console-logout = Abmelden
console-logout-everywhere = Überall abmelden
console-go-to-login = Zur Anmeldeseite
console-refused-heading = Anfrage abgelehnt
console-login-heading = Bei der Prüfkonsole anmelden
console-login-submit = Anmelden
console-field-name = Name
console-field-password = Passwort
console-field-code = Code aus Ihrer Authenticator-App
console-field-code-hint = Der 6-stellige Code, den Ihre Authenticator-App gerade anzeigt. Jeder Code funktioniert nur einmal.
console-notice-expired = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
console-notice-logged-out = Sie sind abgemeldet.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Name, Passwort oder Code ist falsch. Bitte versuchen Sie es erneut; warten Sie nach vielen Fehlversuchen eine Minute vor dem nächsten.
console-error-csrf = Dieses Formular konnte nicht angenommen werden, weil sein Sicherheitstoken fehlt, falsch ist oder aus einer anderen Sitzung stammt. Es wurde nichts geändert. Laden Sie die Seite neu und versuchen Sie es erneut.
error-cross-site = Dieses Formular wurde von einer anderen Website gesendet und daher abgelehnt; es wurde nichts geändert. Öffnen Sie die Seite auf dieser Website und senden Sie das Formular von dort ab.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Seiten
pager-previous = Vorherige Seite
pager-next = Nächste Seite
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Seite { $page } von { $pages }
error-method-not-allowed = Diese Adresse nimmt diese Art von Anfrage nicht an.
error-headers-too-large = Die Anfrage enthielt zu viele Header-Daten und wurde abgelehnt. Löschen Sie die Cookies dieser Website und versuchen Sie es erneut.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Ein Textfeld ist zu lang: Die Grenze liegt bei { $limit } pro Feld. Kürzen Sie den Text und senden Sie ihn erneut.
followup-unsent-label = Ihre Antwort (nicht gesendet)
followup-unsent-hint = Sie wurde nicht gesendet, weil die Quittung nicht erkannt wurde. Kopieren Sie sie, melden Sie sich mit Ihrer Quittung erneut an und senden Sie sie aus Ihrer Unterhaltung.
console-enrol-heading = Ihr Prüferkonto einrichten
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Willkommen, { $name } ({ $body }). Wählen Sie ein Anmeldepasswort und richten Sie die Code-App ein. Dieser Link funktioniert nur einmal.
console-enrol-password-heading = 1. Anmeldepasswort
console-field-new-password = Neues Passwort
console-field-confirm-password = Dasselbe Passwort noch einmal
# { $min } is a number of characters.
console-enrol-password-hint = Mindestens { $min } Zeichen. Eine Passphrase aus mehreren Wörtern lässt sich am leichtesten merken.
console-enrol-totp-heading = 2. Authenticator-App
console-enrol-totp-scan = Scannen Sie diesen QR-Code mit Ihrer Authenticator-App (zeitbasierte Codes, TOTP).
console-enrol-totp-secret = Wenn Sie ihn nicht scannen können, geben Sie stattdessen diesen Schlüssel in die App ein:
console-enrol-code-hint = Geben Sie zum Abschluss den 6-stelligen Code ein, den die App jetzt anzeigt.
console-enrol-submit = Einrichtung abschließen
console-enrol-done = Ihr Konto ist eingerichtet. Sie können sich jetzt mit Ihrem Namen, Ihrem Passwort und einem Code aus Ihrer Authenticator-App anmelden.
console-enrol-fingerprint = Der Fingerabdruck Ihres Schlüssels lautet { $fingerprint }. Ihr Schlüssel wird erst verwendet, wenn der Betreiber ihn in den Schlüsselbund aufgenommen hat: Der Betreiber bittet Sie, diesen Fingerabdruck telefonisch oder persönlich vorzulesen, und nimmt Ihren Schlüssel nur auf, wenn er übereinstimmt.
console-error-enrol-link = Dieser Registrierungslink ist ungültig: Er wurde bereits verwendet, ist abgelaufen oder wurde falsch eingegeben. Bitten Sie den Betreiber um einen neuen Link.
console-error-password-short = Das Passwort ist zu kurz: Verwenden Sie mindestens { $min } Zeichen.
console-error-password-mismatch = Die beiden Passwörter stimmen nicht überein. Geben Sie in beide Felder dasselbe Passwort ein.
console-error-enrol-code = Der Code ist nicht richtig. Prüfen Sie, ob die App mit dem obigen Schlüssel eingerichtet wurde und die Uhr Ihres Geräts richtig geht, und geben Sie dann den Code ein, den die App jetzt anzeigt.
console-inbox-heading = Posteingang
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] Eine Meldung ist an Ihre Stelle gerichtet.
   *[other] { $count } Meldungen sind an Ihre Stelle gerichtet.
}
console-inbox-empty = An Ihre Stelle wurden noch keine Meldungen gerichtet.
console-inbox-col-report = Meldung
console-inbox-col-received = Eingegangen (Tag)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Verschlüsselt durch
console-status-new = Neu
console-status-acknowledged = Eingang bestätigt
console-status-in-review = In Prüfung
console-status-information-requested = Informationen angefordert
console-status-referred = Weitergeleitet
console-status-closed = Abgeschlossen
console-sealed-by-browser = Browser der meldenden Person
console-sealed-by-server = Server (ohne JavaScript gesendet: schwächere Garantie)
console-inbox-col-deadline = Nächste Frist (Richtlinie 2019/1937)
console-inbox-col-action = Status ändern
console-deadline-acknowledgement = Eingangsbestätigung fällig am { $day }
console-deadline-feedback = Rückmeldung fällig am { $day }
console-deadline-overdue = Überfällig
console-deadline-due-soon = Bald fällig
console-deadline-none = Keine (abgeschlossen)
console-deadline-counts = Fristen: { $overdue } überfällig, { $soon } innerhalb von 2 Tagen fällig.
console-status-change-label = Neuer Status
console-status-change-submit = Ändern
console-status-final = Abgeschlossen: keine weitere Änderung möglich
console-transition-refused-heading = Statusänderung abgelehnt
console-error-transition = Eine Meldung kann nicht von „{ $from }“ zu „{ $to }“ wechseln. Es wurde nichts geändert. Wählen Sie einen der im Posteingang angebotenen Status.
console-back-to-inbox = Zurück zum Posteingang

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Schlüssel zum Lesen von Meldungen
console-enrol-needs-js = Zum Lesen von Meldungen ist ein Browser mit JavaScript erforderlich: Ihr persönlicher Schlüssel zum Lesen wird in Ihrem Browser erzeugt und geschützt, nie auf dem Server. Aktivieren Sie JavaScript oder verwenden Sie einen anderen Browser, um die Einrichtung Ihres Kontos abzuschließen.
console-enrol-key-explain = Ihr Browser erzeugt jetzt Ihren persönlichen Schlüssel zum Lesen von Meldungen und schützt ihn mit einer Entsperr-Passphrase. Wählen Sie eine Passphrase, die sich von Ihrem Anmeldepasswort unterscheidet. Sie verlässt diesen Browser nie: Wenn Sie sie vergessen, muss der Betreiber einen neuen Schlüssel für Sie einrichten.
console-field-unlock-passphrase = Entsperr-Passphrase
console-field-unlock-passphrase-confirm = Dieselbe Entsperr-Passphrase noch einmal
console-enrol-unlock-hint = Mindestens { $min } Zeichen und nicht Ihr Anmeldepasswort.
console-error-unlock-short = Die Entsperr-Passphrase ist zu kurz: Verwenden Sie mindestens { $min } Zeichen.
console-error-unlock-mismatch = Die beiden Entsperr-Passphrasen stimmen nicht überein. Geben Sie in beide Felder dieselbe Passphrase ein.
console-error-unlock-same = Die Entsperr-Passphrase muss sich von Ihrem Anmeldepasswort unterscheiden: Das Anmeldepasswort wird an den Server gesendet, die Entsperr-Passphrase nie.
console-enrol-key-working = Ihr Schlüssel wird erzeugt und geschützt. Das dauert einige Sekunden …
console-error-key-failed = Ihr Browser konnte den Schlüssel nicht erzeugen. Laden Sie die Seite neu und versuchen Sie es erneut.
console-error-enrol-key = Zum Lesen von Meldungen ist ein Browser mit JavaScript erforderlich, und dieses Formular ist ohne den Schlüssel angekommen, den Ihr Browser erzeugt. Aktivieren Sie JavaScript, laden Sie die Seite neu und versuchen Sie es erneut.

## Reviewer console: reading a report
console-report-heading = Meldung
console-report-bodies = Gesendet an
console-report-needs-js = Zum Lesen von Meldungen ist ein Browser mit JavaScript erforderlich: Die Meldung wird in Ihrem Browser mit Ihrem Schlüssel entschlüsselt, nie auf dem Server.
console-report-no-key = Ihr Konto hat keinen Schlüssel zum Lesen von Meldungen. Bitten Sie den Betreiber um einen neuen Registrierungslink.
console-unlock-heading = Schlüssel entsperren
console-unlock-hint = Ihre Entsperr-Passphrase wird nur auf dieser Seite verwendet und nie gesendet. Sie benötigen sie erneut, wenn Sie eine andere Seite öffnen.
console-unlock-submit = Entsperren und Meldung öffnen
console-unlock-working = Ihr Schlüssel wird entsperrt und die Meldung geöffnet …
console-error-unlock-wrong = Die Entsperr-Passphrase ist nicht richtig. Es wurde nichts geöffnet. Versuchen Sie es erneut.
console-error-open-failed = Diese Meldung kann mit Ihrem Schlüssel nicht geöffnet werden. Möglicherweise wurde sie gesendet, bevor Ihr Schlüssel in den Schlüsselbund aufgenommen wurde; eine Kollegin oder ein Kollege, die bzw. der sie lesen kann, kann Ihnen Zugriff gewähren.
console-error-keyring = Die Schlüssel der Prüferinnen und Prüfer konnten nicht verifiziert werden: Der Schlüsselbund ist nicht mit dem Schlüssel signiert, mit dessen Fingerabdruck dieser Server gestartet wurde. Es wurde nichts gesendet.
console-error-keyring-rollback = Dieser Schlüsselbund ist älter (niedrigere Seriennummer) als einer, den dieser Browser vom selben Signaturschlüssel bereits gesehen hat: Möglicherweise wurde ein alter Schlüsselbund zurückgespielt, um einen entfernten Schlüssel zu nutzen. Es wurde nichts geöffnet oder gesendet. Informieren Sie den Betreiber.
console-error-network = Die Verbindung ist fehlgeschlagen. Es wurde nichts gesendet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.
console-report-fields-heading = Angaben der meldenden Person
console-report-field-member-state = Mitgliedstaat
console-report-field-sector = Branche
console-report-field-incident-class = Art des Vorfalls
console-report-field-attack-vector = Angriffsvektor
console-report-field-actor-type = Mutmaßlicher Akteur
console-report-field-incident-month = Monat, in dem der Diebstahl begann
console-report-field-detection-month = Monat, in dem der Diebstahl entdeckt wurde
console-report-field-loss-eur = Geschätzter Schaden
console-report-field-jobs-at-risk = Gefährdete Arbeitsplätze
console-report-field-what-taken = Was entwendet wurde
console-report-field-narrative = Hergang
console-report-field-contact = Kontakt
console-report-field-organisation-id = USt-IdNr. oder LEI
console-report-empty = (keine Angabe)
console-report-attachments-heading = Anhänge
console-report-attachments-none = Keine Anhänge.
console-attachment-save = Entschlüsseln und speichern
console-attachment-working = Wird entschlüsselt …
console-error-attachment = Der Anhang konnte nicht entschlüsselt werden: Er ist beschädigt oder unvollständig. Es wurde nichts gespeichert.
console-thread-heading = Austausch mit der meldenden Person
console-thread-empty = Noch keine Nachrichten.
console-thread-from-reporter = Meldende Person
console-thread-from-reviewer = Prüfteam
console-thread-note = Interne Notiz
console-thread-unreadable = (diese Nachricht kann mit Ihrem Schlüssel nicht geöffnet werden)
envelope-mismatch = Dieser Umschlag gehört zu einer anderen Meldung oder ist von anderer Art; er wird nicht angezeigt.
conversation-from-signed = Von { $name } (Signatur geprüft)
conversation-from-channel = Automatische Mitteilung des Meldekanals
message-bad-signature = Diese Nachricht wird nicht angezeigt: Sie gibt sich als Nachricht des Prüfteams aus, aber ihre Signatur fehlt oder passt zu keinem Prüferschlüssel im signierten Schlüsselbund. Sie könnte gefälscht sein; handeln Sie nicht danach.
console-ack-heading = Eingang der Meldung bestätigen
console-ack-label = Eingangsbestätigung an die meldende Person
console-ack-default = Vielen Dank für Ihre Meldung. Wir haben sie erhalten und werden sie prüfen. Wenn wir Fragen haben, finden Sie diese hier.
console-ack-submit = Eingang bestätigen und senden
console-message-heading = Nachricht an die meldende Person
console-message-label = Ihre Nachricht
console-message-hint = Wird in Ihrem Browser für die meldende Person und die Prüferinnen und Prüfer dieser Meldung verschlüsselt. Die meldende Person liest sie mit ihrem Quittungscode.
console-message-submit = An die meldende Person senden
console-note-heading = Interne Notiz
console-note-label = Ihre Notiz
console-note-hint = Wird in Ihrem Browser nur für die Prüferinnen und Prüfer Ihrer Organisation verschlüsselt. Die meldende Person sieht sie nie.
console-note-submit = Notiz hinzufügen
console-error-message-empty = Schreiben Sie zuerst eine Nachricht (höchstens 20 000 Zeichen).
console-sending = Wird verschlüsselt und gesendet …
console-sent = Gesendet.
console-grants-heading = Zugriff für Kolleginnen und Kollegen
console-grants-hint = Kolleginnen und Kollegen Ihrer Organisation, deren Schlüssel erst nach Eingang dieser Meldung in den Schlüsselbund aufgenommen wurden, können sie nicht lesen. Ihr Browser kann ihnen Zugriff geben, indem er den Schlüssel der Meldung für ihren Schlüssel verschlüsselt.
console-grants-none = Alle Prüferinnen und Prüfer Ihrer Organisation im Schlüsselbund können diese Meldung lesen.
console-grant-submit = Zugriff gewähren
console-grant-done = Zugriff gewährt.
console-error-grant-exists = Diese Person kann die Meldung bereits lesen.
console-classify-heading = Validierte Einstufung für die Statistik
console-classify-hint = Korrigieren Sie die strukturierten Felder oder kennzeichnen Sie die Meldung als Duplikat oder als außerhalb des Anwendungsbereichs. Ihr Browser verschlüsselt den korrigierten Datensatz ausschließlich für den Anonymisierungsdienst; er ersetzt in der Statistik den Datensatz der meldenden Person. Schilderung und Kontaktdaten sind nie darin enthalten.
console-classify-status = Gültigkeit der Meldung
console-classify-valid = Gültig
console-classify-duplicate = Duplikat einer anderen Meldung
console-classify-out-of-scope = Außerhalb des Anwendungsbereichs
console-classify-submit = Validierte Einstufung speichern
console-classify-done = Die validierte Einstufung wurde verschlüsselt und gespeichert.
console-error-classify = Prüfen Sie die Einstufung: Der Monat muss zwischen 1990 und dem Quartal liegen, in dem die Meldung eingegangen ist, und Schaden und Arbeitsplätze müssen ganze Zahlen innerhalb ihrer Grenzen sein. Es wurde nichts gespeichert.
console-error-classify-unsigned = Die Einstufung kann nicht signiert werden: Ihr Signaturschlüssel ist noch nicht im signierten Schlüsselbund. Es wurde nichts gespeichert; bitten Sie den Betreiber, Ihren Schlüssel aufzunehmen.
console-export-heading = Export für das EC3 und CSIRTs
console-export-hint = Ihr Browser erstellt die Datei aus der entschlüsselten Meldung: Einstufung, entwendete Inhalte und Schilderung, nie jedoch die Kontaktdaten oder die Organisationskennung der meldenden Person. Jeder Export wird im Audit-Protokoll erfasst.
console-export-tlp = Kennzeichnung nach dem Traffic Light Protocol
console-export-stix = STIX-2.1-Bundle exportieren
console-export-misp = MISP-Ereignis exportieren
console-export-done = Der Export wurde protokolliert und gespeichert.

## Data portal (/portal/) and data API

portal-name = Statistik zum Diebstahl von Geschäftsgeheimnissen – Datenportal
portal-nav-releases = Veröffentlichungen
portal-nav-tokens = API-Token
portal-refused-heading = Nicht ausgeführt
portal-enrol-heading = Ihr Portalkonto einrichten
portal-error-enrol-link = Dieser Registrierungslink ist ungültig: Er wurde bereits verwendet, ist abgelaufen oder wurde falsch eingegeben. Bitten Sie den Betreiber um einen neuen Link.
portal-enrol-lead = Konto { $name } für die nationalen Behörden ({ $country }). Wählen Sie ein Passwort und richten Sie Ihre Authenticator-App ein.
portal-enrol-submit = Einrichtung abschließen
portal-enrol-done = Ihr Konto ist eingerichtet. Melden Sie sich mit Ihrem Namen, Ihrem Passwort und einem Code aus Ihrer Authenticator-App an.
portal-login-heading = Beim Datenportal anmelden
portal-releases-heading = Veröffentlichungen
portal-releases-lead = Angemeldet als { $name } ({ $country }). Jede Veröffentlichung enthält die mit Differential Privacy geschützten EU-Statistiken eines Quartals.
portal-releases-none = Bisher wurde noch nichts veröffentlicht.
portal-releases-caption = Bisherige Veröffentlichungen, neuestes Quartal zuerst
portal-col-period = Quartal
portal-col-date = Veröffentlicht am
portal-col-epsilon = Verbrauchtes Privacy-Budget (ε)
portal-col-status = Status
portal-col-release = Veröffentlichung
portal-status-published = Veröffentlicht
portal-release-heading = Statistik für { $period }
portal-release-intervals-hint = Jeder Balken zeigt den veröffentlichten Wert; die Querlinie darüber zeigt das 95-%-Intervall und beginnt bei null, wenn das Intervall unter null reicht. Unter jedem Diagramm stehen seine Zahlen in einer Tabelle.
portal-summary-reports = Meldungen in der EU
portal-summary-truncated = Nicht berücksichtigte Meldungen (mehr als k je Organisation)
portal-summary-loss = Geschätzte Schäden in der EU
portal-chart-quarter = Meldungen nach Quartal
portal-chart-quarter-note = Das Quartal dieser Veröffentlichung ist hervorgehoben.
portal-chart-state-quarter = Meldungen in Ihrem Mitgliedstaat nach Quartal
portal-chart-series = { $category }: Meldungen nach Quartal
portal-chart-series-note = Die Branche oder der Angriffsvektor mit den meisten Meldungen in dieser Veröffentlichung; die Daten-API liefert alle Branchen und Angriffsvektoren über die Quartale.
portal-chart-sector = Meldungen nach Branche (NACE)
portal-chart-attack-vector = Meldungen nach Angriffsvektor
portal-chart-member-state = Meldungen nach Mitgliedstaat
portal-chart-yours = (hervorgehoben)
portal-chart-highlight = { $country } ist hervorgehoben und markiert.
portal-chart-desc = Horizontales Balkendiagramm mit { $count ->
        [one] einer Kategorie
       *[other] { $count } Kategorien
    }, jeweils mit 95-%-Intervall. Höchster Wert: { $top }, { $value }. Die Tabelle unter dem Diagramm enthält alle Werte.
portal-chart-show-table = Zahlen als Tabelle anzeigen
portal-chart-table-caption = { $chart }: veröffentlichte Werte und 95-%-Intervalle
portal-col-category = Kategorie
portal-col-value = Veröffentlichter Wert
portal-col-interval = 95-%-Intervall
portal-method-heading = Wie diese Zahlen ermittelt wurden
portal-method-promise = Die Zahlen sind differenziell privat. Geschützt sind die Meldungen einer Organisation im Quartal: Ob sie gemeldet hat oder nicht, und was, jede veröffentlichte Zahl wäre fast gleich wahrscheinlich. „Fast“ bestimmt das Privatsphäre-Budget ε = { $epsilon } dieser Veröffentlichung: Kein Ergebnis wird durch die Meldungen einer Organisation in diesem Quartal mehr als { $factor }-mal wahrscheinlicher. Die Veröffentlichungen eines Kalenderjahres verbrauchen zusammen höchstens ε = { $year_cap }, über ein Jahr ist der Faktor also höchstens { $year_factor }; über mehrere Jahre multiplizieren sich die Faktoren.
portal-method-unit = Eine Organisation wird an der angegebenen USt-IdNr. oder LEI erkannt (in eine Standardform gebracht und in ein Pseudonym umgewandelt, das nur der Anonymisierer berechnen kann); höchstens { $k } ihrer Meldungen zählen pro Quartal. Sie wird nur an dieser Kennung erkannt: Eine Organisation, die in einer Meldung eine USt-IdNr. und in einer anderen eine LEI angibt, oder deren Tochtergesellschaften getrennt melden, zählt mehrfach. Eine Meldung ohne Kennung wird einzeln geschützt: Eine Organisation, die mehrere Meldungen ohne Kennung sendet, ist für jede Meldung geschützt, nicht für alle zusammen.
portal-method-truncation = Etwa { $dropped } Meldungen (etwa { $share } % aller) wurden weggelassen, weil ihre Organisation im Quartal mehr als { $k }-mal gemeldet hat. Diese Zahl ist selbst verrauscht und zählt höchstens { $k } pro Organisation; die wahre Zahl ist höher. Welche Meldungen behalten wurden, entschied der Zufall, nicht ihr Inhalt.
portal-method-noise = Jeder Zelle jeder Tabelle wurde zufälliges Rauschen hinzugefügt, auch den Zellen mit dem Wert null; keine Zelle wird unterdrückt, weil sie klein ist. Eine kleine Zahl kann daher allein aus Rauschen bestehen.
portal-method-intervals = Die 95-%-Intervalle zeigen, wie weit das Rauschen eine Zahl verschoben haben kann: Sie enthalten den gemessenen Wert in mindestens etwa 95 von 100 Fällen. Gemessen werden die behaltenen Meldungen, jeder Schaden bis zur Obergrenze; weggelassene Meldungen und Schäden oberhalb der Obergrenze sind nicht enthalten, die Zahlen und ihre Intervalle liegen daher unter dem Eingegangenen. Die Intervalle werden aus dem öffentlich bekannten Rauschniveau berechnet, nicht aus den Meldungen, und reichen nie unter null.
portal-method-consistency = Die Zahlen der Mitgliedstaaten summieren sich zu den EU-Zahlen, und jede Tabelle ergibt dieselbe Gesamtzahl. Die Zahlen sind ganze Zahlen, nie negativ, jeweils höchstens etwa eins von der unverzerrten Schätzung entfernt (weiter nur, wo benachbarte Schätzungen unter null lagen); die Gesamtzahl eines Mitgliedstaats und die Summe seiner Sektoren können um das Rauschen abweichen. Die rohen verrauschten Messungen stehen auch in den CSV-Dateien.
portal-method-losses = Jeder geschätzte Schaden wird bis zu { $bound } Euro berücksichtigt; höhere Schäden zählen mit diesem Betrag.
portal-method-budget = Dieses Quartal hat ε { $quarter } von seiner Obergrenze { $quarter_cap } verbraucht; im Jahr { $year } wurden ε { $year_spent } von { $year_cap } verbraucht. Die Statistik eines Quartals wird nie mit mehr Budget neu berechnet.
portal-method-opendp = Berechnet mit OpenDP { $version }. Die hier verwendeten Funktionen stammen aus dem Bereich „contrib“, den das OpenDP-Team noch nicht geprüft hat; die Methodikdatei nennt für jede Tabelle Mechanismus, Rauschskala und Budget.
portal-downloads-heading = Downloads
portal-download-archive = Die gesamte Veröffentlichung als ein Archiv ({ $name }), mit Prüfsummen und Signatur
portal-verify-heading = Eine erhaltene Datei prüfen
portal-verify-text = Das Archiv enthält SHA256SUMS, die Prüfsumme jeder Datei, und SHA256SUMS.sig, eine Signatur dieser Datei mit dem Veröffentlichungsschlüssel. Jede Person kann eine Kopie prüfen, die sie von anderen erhalten hat: Speichern Sie keyring.json und keyring.sig dieser Website in einem Ordner und führen Sie den folgenden Befehl aus. Er vertraut dem Schlüsselbund nur, wenn er mit dem Schlüssel signiert ist, dessen Fingerabdruck EUIPO und Europol veröffentlichen, und entnimmt ihm den Veröffentlichungsschlüssel (unten angezeigt).
portal-verify-key = Veröffentlichungsschlüssel:
portal-verify-fingerprint = Fingerabdruck:
portal-tokens-heading = API-Token
portal-tokens-lead = Mit einem Token kann ein Programm die Veröffentlichungen über die Daten-API lesen (nur Lesezugriff). Geben Sie jedem Programm ein eigenes Token, damit Sie eines widerrufen können, ohne die anderen zu stoppen.
portal-token-new-heading = Token erstellen
portal-token-name = Name
portal-token-name-hint = Wofür das Token dient, z. B. „nächtlicher Import“.
portal-token-create = Token erstellen
portal-token-created = Ihr neues Token steht unten. Kopieren Sie es jetzt: Es wird nur dieses eine Mal angezeigt und ist danach nicht mehr einsehbar.
portal-token-use = Senden Sie es bei jeder Anfrage wie folgt mit:
portal-tokens-list-heading = Ihre Token
portal-tokens-none = Sie haben noch keine Token.
portal-token-created-on = Erstellt am
portal-token-last-used = Zuletzt verwendet am
portal-token-state = Status
portal-token-revoke = Widerrufen
portal-token-revoked-on = Widerrufen am { $day }
portal-token-revoked = Das Token ist widerrufen: Es funktioniert nicht mehr.
portal-error-token-name = Geben Sie dem Token einen Namen mit höchstens { $max } Zeichen.
error-unauthorized = Ein gültiges API-Token ist erforderlich: Senden Sie „Authorization: Bearer“ mit einem im Portal erstellten Token, das nicht widerrufen wurde.

# console triage
console-triage-heading = Worum es in den Meldungen geht
console-triage-hint = Entsperren Sie Ihren Schlüssel, um zu sehen, worum es in jeder Meldung geht, und um sie zu durchsuchen, zu filtern und zu sortieren. Die Meldungen werden in diesem Browser entschlüsselt; weder sie noch Ihre Suchen werden an den Server gesendet.
console-triage-search = Im Text der Meldungen suchen
console-triage-all = Alle
console-triage-sort = Reihenfolge
console-triage-sort-newest = Neueste zuerst
console-triage-sort-oldest = Älteste zuerst
console-triage-sort-deadline = Nächste Frist zuerst
console-triage-reset = Suche und Filter zurücksetzen
console-triage-col-summary = Meldung (erste Zeile der Beschreibung)
console-triage-col-language = Sprache
console-triage-col-attachments = Anhänge
console-triage-count = Gefundene Meldungen: { $shown } von { $total }
console-triage-page = Seite { $page } von { $pages }
console-triage-pages = Seiten der Liste
console-triage-previous = Vorherige Seite
console-triage-next = Nächste Seite
console-triage-none = Keine Meldung entspricht der Suche und den Filtern.
console-triage-working = Die Meldungen werden entschlüsselt …
console-triage-unreadable = Diese Meldung lässt sich mit Ihrem Schlüssel nicht öffnen.
error-summary-entry = { $field }: { $message }
error-field-recipients = Empfänger
error-field-actor-type = Wer steckt dahinter
error-field-loss-eur = Geschätzter Schaden
error-field-jobs-at-risk = Gefährdete Arbeitsplätze
error-field-attachments = Anhänge
error-field-contact = Kontakt
error-field-organisation-id = USt-IdNr. oder LEI
error-field-consent = Bestätigung
console-nav-figures = Kennzahlen
console-figures-heading = Kennzahlen für die Leitung
console-figures-lead = { $body }: nur Anzahlen und Dauern, berechnet aus den Tagen, die der Server speichert. Nichts aus dem Inhalt der Meldungen.
console-figures-csv = Als CSV herunterladen
console-figures-received = Eingegangene Meldungen pro Monat
console-figures-month = Monat
console-figures-count = Meldungen
console-figures-timing = Zeit bis zur Eingangsbestätigung und zur Rückmeldung
console-figures-step = Schritt
console-figures-done = Erledigt
console-figures-median = Median (Tage)
console-figures-p90 = 90. Perzentil (Tage)
console-figures-within = Fristgerecht
console-figures-within-value = { $within } von { $decided } ({ $percent } %)
console-figures-ack = Eingangsbestätigung (fällig binnen 7 Tagen nach Eingang)
console-figures-feedback = Rückmeldung (fällig binnen 3 Monaten nach der Bestätigung)
console-figures-open = Offene Fälle nach Status
console-figures-definitions = Als Rückmeldung gilt der erste Tag nach der Eingangsbestätigung, an dem eine prüfende Person der meldenden Stelle schrieb, oder der Tag, an dem der Fall geschlossen wurde – je nachdem, was zuerst eintrat. Median und Perzentil nach dem Rangwertverfahren (nearest rank). Die Anteile zählen erledigte und überfällige Schritte; Fälle, deren Frist noch läuft, werden noch nicht gezählt.
console-assign-heading = Zuweisung
console-assign-label = Zugewiesen an
console-assign-nobody = Niemanden
console-assign-submit = Zuweisen
console-triage-assigned-me = Mir zugewiesen
console-triage-unassigned = Nicht zugewiesen

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Die Nachricht kann nicht signiert werden: Ihr Signaturschlüssel ist noch nicht im signierten Schlüsselbund. Es wurde nichts gesendet; bitten Sie den Betreiber, Ihren Schlüssel aufzunehmen.
console-casefile-heading = Fallakte zur Übergabe
console-casefile-hint = In Ihrem Browser aus der geöffneten Meldung erstellt; nichts davon wird an den Server gesendet. Das Audit-Protokoll erfasst nur den Export selbst: sein Format, die enthaltenen Teile und wie viele Begriffe geschwärzt wurden.
console-casefile-parts = Enthaltene Teile
console-casefile-part-fields = Angaben der Meldung
console-casefile-part-conversation = Kommunikation
console-casefile-part-attachments = Anhänge mit ihrem SHA-256
console-casefile-part-classification = Einstufung
console-casefile-redact-contact = Kontaktdaten und Organisationskennung der meldenden Person schwärzen
console-casefile-terms = Zu schwärzende Namen und Wörter
console-casefile-terms-hint = Einer pro Zeile. Jeder wird überall in der Fallakte durch die Schwärzungsmarke ersetzt, unabhängig von Groß- und Kleinschreibung.
console-casefile-download = Fallakte herunterladen (HTML)
console-casefile-print = Drucken oder als PDF speichern
console-casefile-working = Die Fallakte wird vorbereitet: Die Anhänge werden entschlüsselt …
console-casefile-done = Der Export der Fallakte wurde protokolliert.
console-casefile-no-parts = Wählen Sie mindestens einen Teil aus.
console-casefile-title = Fallakte zur Meldung
console-casefile-prepared = Erstellt am
console-casefile-marker = [GESCHWÄRZT]
console-casefile-redactions = Schwärzungen
console-casefile-redacted-contact = Kontaktdaten und Organisationskennung der meldenden Person
console-casefile-redacted-terms = Von der prüfenden Person markierte Begriffe
console-casefile-verified = Signatur geprüft
# --- indicators ---
report-section-indicators = Technische Indikatoren (optional)
report-indicators-lead = Wenn Sie technische Spuren des Angriffs haben, tragen Sie sie hier ein, ein Wert pro Zeile. Die Prüfer können sie an CSIRTs weitergeben, um die Angreifer zu blockieren.
field-indicator-ip = IP-Adressen oder -Bereiche
hint-indicator-ip = IPv4 oder IPv6 oder ein CIDR-Bereich: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domainnamen
hint-indicator-domain = Zum Beispiel files.example.com; internationale Namen in ihrer xn---Form.
field-indicator-url = Webadressen (URLs)
hint-indicator-url = Die vollständige Adresse, beginnend mit https:// oder einem anderen Schema.
field-indicator-email = E-Mail-Adressen
hint-indicator-email = Zum Beispiel der Absender einer Phishing-Nachricht.
field-indicator-hash = Datei-Hashes
hint-indicator-hash = MD5, SHA-1 oder SHA-256, hexadezimal.
field-indicator-file-name = Dateinamen
hint-indicator-file-name = Nur der Name, ohne Ordner: rechnung.pdf.exe.
field-indicator-observations = Weitere technische Beobachtungen
hint-indicator-observations = Alles andere, was helfen kann: Werkzeuge, Konten, Zeitpunkte.
error-indicator-ip = Zeile { $line } ist keine IP-Adresse und kein CIDR-Bereich.
error-indicator-domain = Zeile { $line } ist kein Domainname.
error-indicator-url = Zeile { $line } ist keine vollständige Webadresse (wie https://example.com/pfad).
error-indicator-email = Zeile { $line } ist keine E-Mail-Adresse.
error-indicator-hash = Zeile { $line } ist kein MD5-, SHA-1- oder SHA-256-Hash.
error-indicator-file-name = Zeile { $line } ist kein Dateiname (ohne Ordner, höchstens 255 Zeichen).
error-indicator-count = Geben Sie in diesem Feld höchstens { $max } Werte ein.
console-indicators-heading = Technische Indikatoren
console-taxii-heading = An eine TAXII-2.1-Sammlung senden
console-taxii-hint = Das STIX-2.1-Bündel mit der oben gewählten TLP-Stufe geht von diesem Browser direkt an den TAXII-Server Ihrer Stelle; Adresse und Zugangsdaten werden nicht gespeichert.
console-taxii-url = Adresse der Sammlung (endet auf /collections/<id>/)
console-taxii-user = Benutzername
console-taxii-password = Passwort
console-taxii-push = An TAXII senden
console-taxii-done = Das Bündel wurde der TAXII-Sammlung hinzugefügt.
console-taxii-failed = Der TAXII-Server hat das Bündel abgelehnt oder war nicht erreichbar. Prüfen Sie Adresse und Zugangsdaten und ob der Server den Ursprung dieser Konsole zulässt (CORS).
# --- tags and referral ---
console-tags-heading = Schlagwörter
console-tags-hint = Schlagwörter stammen aus der festen Liste Ihrer Stelle, die der Betreiber pflegt. Die Namen sind für den Betreiber des Servers sichtbar: Verwenden Sie sie als Kennzeichen, nie für Fallinhalte.
console-tags-none = Keine Schlagwörter für diese Meldung.
console-tags-field = Schlagwort
console-tags-add = Schlagwort hinzufügen
console-tags-remove = Schlagwort entfernen
console-error-tag-unknown = Dieses Schlagwort steht nicht in der Liste Ihrer Stelle. Es wurde nichts geändert.
console-refer-heading = An { $body } weiterleiten
console-refer-hint = Der Schlüssel der Meldung wird in Ihrem Browser für die Schlüssel von { $body } aus dem geprüften Schlüsselbund versiegelt. { $body } sieht die Meldung dann in seinem Posteingang, mit eigenen Fristen ab heute.
console-refer-note = Notiz für { $body } (optional)
console-refer-note-hint = Wie eine interne Notiz für beide Stellen versiegelt; wird der meldenden Person nie angezeigt.
console-refer-tell = Die meldende Person im Gespräch informieren
console-refer-message = Nachricht an die meldende Person
console-refer-message-default = Ihre Meldung wurde an { $body } weitergeleitet, das sie ebenfalls bearbeiten wird.
console-refer-submit = Meldung weiterleiten
console-refer-done = Die Meldung wurde weitergeleitet.
console-referrals-heading = Weiterleitungen
console-referral-line = Am { $day } von { $who } von { $from } an { $to } weitergeleitet.
console-referral-note = Notiz:
console-triage-referred-from = Weitergeleitet von { $body }
console-error-referral-same = Eine Meldung kann nur an die andere Stelle weitergeleitet werden.
console-error-referral-exists = { $body } hat diese Meldung bereits; sie wurde nicht erneut weitergeleitet.
console-error-referral-slots = Die versiegelten Schlüssel gehören nicht genau zu den Schlüsseln von { $body } im Schlüsselbund. Es wurde nichts weitergeleitet.
# --- security keys (WebAuthn) ---
account-nav-keys = Sicherheitsschlüssel
account-keys-heading = Sicherheitsschlüssel
account-keys-lead = Ein Sicherheitsschlüssel oder ein Passkey auf Ihrem Telefon oder Computer kann bei der Anmeldung den Authenticator-Code ersetzen und lässt sich nicht abfischen. Sie können mehrere hinzufügen.
account-keys-totp-allowed = Ihr Konto kann sich auch mit einem Authenticator-Code anmelden.
account-keys-totp-forbidden = Ihr Konto meldet sich nur mit einem Sicherheitsschlüssel an: Authenticator-Codes werden abgelehnt.
account-keys-list-heading = Ihre Schlüssel
account-keys-none = Noch kein Sicherheitsschlüssel hinzugefügt.
account-key-name = Name des Schlüssels
account-key-name-hint = Zum Beispiel „blauer Schlüssel“, damit Sie ihn in dieser Liste wiedererkennen.
account-key-added-on = Hinzugefügt
account-key-last-used = Zuletzt verwendet
account-key-actions = Aktionen
account-key-remove = Entfernen
account-key-new-heading = Sicherheitsschlüssel hinzufügen
account-key-add = Sicherheitsschlüssel hinzufügen
account-key-touch = Folgen Sie der Aufforderung Ihres Browsers und berühren Sie Ihren Sicherheitsschlüssel.
account-key-failed = Der Sicherheitsschlüssel hat nicht geantwortet, oder der Vorgang wurde abgebrochen. Versuchen Sie es erneut.
account-key-needs-js = Zum Hinzufügen eines Sicherheitsschlüssels braucht dieser Browser JavaScript.
account-key-unavailable = Unter der Adresse dieses Servers können keine Sicherheitsschlüssel verwendet werden. Wenden Sie sich an den Betreiber.
account-key-added = Der Sicherheitsschlüssel wurde hinzugefügt.
account-key-removed = Der Sicherheitsschlüssel wurde entfernt.
account-key-last = Dies ist Ihr letzter Sicherheitsschlüssel, und Ihr Konto darf keine Authenticator-Codes verwenden: Fügen Sie einen weiteren Schlüssel hinzu, bevor Sie diesen entfernen.
account-key-expired = Der Vorgang hat zu lange gedauert. Versuchen Sie es erneut.
account-key-invalid = Die Antwort des Sicherheitsschlüssels wurde nicht angenommen. Versuchen Sie es erneut.
account-key-duplicate = Dieser Sicherheitsschlüssel wurde bereits hinzugefügt.
account-key-too-many = Sie haben die höchstzulässige Zahl an Sicherheitsschlüsseln. Entfernen Sie zuerst einen.
account-error-key-name = Geben Sie dem Schlüssel einen Namen mit 1 bis { $max } Zeichen.
account-key-signin-heading = Sicherheitsschlüssel verwenden
account-key-signin-lead = Ihr Passwort ist richtig. Bestätigen Sie die Anmeldung mit Ihrem Sicherheitsschlüssel.
account-key-signin-submit = Meinen Sicherheitsschlüssel verwenden
account-key-signin-needs-js = Ein Sicherheitsschlüssel braucht JavaScript in diesem Browser.
account-key-signin-back = Stattdessen mit einem Authenticator-Code anmelden
account-field-code-key-hint = Wenn Sie einen Sicherheitsschlüssel verwenden, lassen Sie den Code leer: Danach verwenden Sie den Schlüssel.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Benachrichtigungen
console-notify-lead = Eine Übersicht nur mit Zahlen: neue Meldungen, neue Nachrichten von Meldenden, bald fällige und überfällige Fristen. Sie enthält nie Inhalt, Kennung oder Titel einer Meldung.
console-notify-email = E-Mail-Adresse
console-notify-email-hint = Die Übersicht wird an diese Adresse gesendet. Leer lassen für keine E-Mail.
console-notify-webhook = Webhook-URL
console-notify-webhook-hint = Dieselben Zahlen werden hierhin als JSON gesendet (HTTP POST). Die Adresse muss mit https:// beginnen. Leer lassen für keinen Webhook.
console-notify-frequency = Wie oft
console-notify-off = Nie
console-notify-daily = Täglich
console-notify-weekly = Wöchentlich
console-notify-send-empty = Die Übersicht auch senden, wenn nichts geschehen ist
console-notify-send-empty-hint = Dann kommt jedes Mal eine Übersicht, und ihr Eintreffen verrät nichts über neue Meldungen.
console-notify-language = Sprache der Übersicht
console-notify-save = Speichern
console-notify-saved = Ihre Benachrichtigungseinstellungen wurden gespeichert.
console-notify-error-email = E-Mail-Adresse: Geben Sie eine vollständige Adresse ein, zum Beispiel name@example.eu.
console-notify-error-webhook = Webhook-URL: Geben Sie eine vollständige Adresse ein, zum Beispiel https://hooks.example.eu/digest, ohne Benutzernamen, Passwort oder #.
console-notify-error-https = Webhook-URL: Die Adresse muss mit https:// beginnen (http:// nur zu diesem Rechner).
console-notify-error-destination = E-Mail-Adresse: Geben Sie eine E-Mail-Adresse oder eine Webhook-URL ein, oder wählen Sie „Nie“.
notify-mail-subject = Meldekanal: Ihre Übersicht
notify-mail-intro = Übersicht für { $body }, vom { $from } bis { $through }. Nur Zahlen: Melden Sie sich in der Konsole an, um die Meldungen zu sehen.
notify-mail-new-reports = Neue Meldungen: { $count }
notify-mail-new-replies = Neue Nachrichten von Meldenden: { $count }
notify-mail-ack-due = Eingangsbestätigungen fällig in 2 Tagen: { $count }
notify-mail-feedback-due = Rückmeldungen fällig in 14 Tagen: { $count }
notify-mail-ack-overdue = Überfällige Eingangsbestätigungen: { $count }
notify-mail-feedback-overdue = Überfällige Rückmeldungen: { $count }
notify-mail-nothing = Nichts Neues und nichts fällig.
notify-mail-footer = Sie erhalten diese Übersicht, weil Sie sie in der Konsole (Benachrichtigungen) angefordert haben. Dort können Sie sie ändern oder abbestellen.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Eingang bestätigt am
conversation-acknowledgement-due = Eingangsbestätigung fällig bis
conversation-feedback-due = Rückmeldung fällig bis
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Verwandte Meldungen
console-related-hint = Abgeglichen über verschlüsselte Hashwerte der Indikatoren und der Organisationskennung, berechnet in Ihrem Browser: Der Server sieht nie einen Indikator. Es werden nur Meldungen angezeigt, die Ihre Stelle öffnen darf.
console-related-none = Keine andere Meldung Ihrer Stelle hat einen Indikator mit dieser gemeinsam.
console-related-report = Meldung { $report }
console-related-shares = gemeinsame Indikatoren: { $count }
console-related-incident = möglicherweise derselbe Vorfall (gleiche Organisationskennung)
console-related-refused = Der vom Server angebotene Korrelationsschlüssel ist nicht der im signierten Schlüsselbund genannte: Er wurde nicht verwendet, und nichts wurde hochgeladen.
console-related-confirm = Diese Meldung als Duplikat bestätigen
console-related-unavailable = Die Korrelation ist noch nicht verfügbar: Für Ihren Eintrag im Schlüsselbund wurde noch kein Korrelationsschlüssel versiegelt.
