### Greek: translation of en.ftl (the reference language).
### Every other locales/<lang>.ftl has exactly these message ids and the same { $placeholders }
### (checked by `cargo test -p i18n`). Ids are stable: change the text, never the id.
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Ελληνικά
language-switch-label = Γλώσσα
language-switch-button = Αλλαγή γλώσσας

## Page chrome

site-name = Δίαυλος αναφοράς κλοπής εμπορικών απορρήτων
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
nav-label = Κύριο μενού
nav-home = Αρχική σελίδα
nav-report = Αναφορά κλοπής
nav-follow-up = Παρακολούθηση αναφοράς
footer-privacy-notice = Δήλωση περί προστασίας προσωπικών δεδομένων
footer-recipients = Οι αναφορές διαβιβάζονται στο EUIPO και στο Ευρωπαϊκό Κέντρο για το Έγκλημα στον Κυβερνοχώρο (EC3) της Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] Ιανουαρίου
        [2] Φεβρουαρίου
        [3] Μαρτίου
        [4] Απριλίου
        [5] Μαΐου
        [6] Ιουνίου
        [7] Ιουλίου
        [8] Αυγούστου
        [9] Σεπτεμβρίου
        [10] Οκτωβρίου
        [11] Νοεμβρίου
       *[12] Δεκεμβρίου
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Αναφορά κλοπής εμπορικών απορρήτων μέσω κυβερνοεπίθεσης
page-title-report = Υποβολή αναφοράς
page-title-follow-up = Παρακολούθηση της αναφοράς σας
page-title-privacy = Δήλωση περί προστασίας προσωπικών δεδομένων

## Reporter landing page

home-heading = Αναφορά κλοπής εμπορικών απορρήτων στο πλαίσιο κυβερνοεπίθεσης
home-intro = Εάν εμπορικά απόρρητα της επιχείρησής σας κλάπηκαν μέσω κυβερνοεπίθεσης, μπορείτε να το αναφέρετε εδώ, οικειοθελώς και εμπιστευτικά, στο EUIPO (το Γραφείο Διανοητικής Ιδιοκτησίας της ΕΕ) και στο Ευρωπαϊκό Κέντρο για το Έγκλημα στον Κυβερνοχώρο (EC3) της Europol.
home-point-recipients = Εσείς επιλέγετε ποιος θα λάβει την αναφορά σας: το EUIPO, το EC3 της Europol ή και τα δύο.
home-point-encrypted = Η αναφορά σας κρυπτογραφείται, ώστε να μπορούν να τη διαβάσουν μόνο οι αξιολογητές που επιλέγετε. Ο παρών ιστότοπος δεν την αποθηκεύει ποτέ σε αναγνώσιμη μορφή.
home-point-anonymous = Μπορείτε να υποβάλετε αναφορά χωρίς να δηλώσετε το όνομά σας ή την επωνυμία της επιχείρησής σας.
home-point-receipt = Όταν υποβάλλετε την αναφορά, λαμβάνετε έναν κωδικό απόδειξης. Φυλάξτε τον με ασφάλεια: τον χρειάζεστε για να διαβάζετε τις ερωτήσεις των αξιολογητών και να απαντάτε σε αυτές, και δεν μπορεί να αντικατασταθεί αν χαθεί.
home-point-statistics = Οι απαντήσεις που επιλέγετε από λίστες (όπως ο τομέας και το είδος της επίθεσης) τροφοδοτούν επίσης στατιστικές σε επίπεδο ΕΕ. Σε αυτές προστίθεται θόρυβος, ώστε να μην μπορεί να ταυτοποιηθεί καμία επιχείρηση.
home-no-javascript = Η φόρμα λειτουργεί και με απενεργοποιημένο το JavaScript (για παράδειγμα, στην ασφαλέστερη λειτουργία του Tor Browser). Στην περίπτωση αυτή, η αναφορά σας κρυπτογραφείται από τον διακομιστή αμέσως μόλις φθάσει, και όχι στο πρόγραμμα περιήγησής σας, πράγμα που παρέχει ελαφρώς ασθενέστερη προστασία.
home-start-button = Έναρξη αναφοράς
home-follow-up-heading = Έχετε ήδη υποβάλει αναφορά;
home-follow-up-text = Χρησιμοποιήστε τον κωδικό απόδειξης για να διαβάσετε τα μηνύματα των αξιολογητών και να απαντήσετε.
home-follow-up-button = Παρακολούθηση με τον κωδικό απόδειξης

## Form: common parts

form-optional = (προαιρετικό)
form-choose = Επιλέξτε…
# Read by screen readers before each field error.
form-error-prefix = Σφάλμα:
recipient-euipo = EUIPO (Γραφείο Διανοητικής Ιδιοκτησίας της Ευρωπαϊκής Ένωσης)
recipient-ec3 = Europol EC3 (Ευρωπαϊκό Κέντρο για το Έγκλημα στον Κυβερνοχώρο)

## Errors: whole pages

error-page-title = Παρουσιάστηκε πρόβλημα
error-bad-request = Δεν ήταν δυνατή η κατανόηση του αιτήματος. Επιστρέψτε στην προηγούμενη σελίδα και δοκιμάστε ξανά.
error-not-found = Η σελίδα αυτή δεν υπάρχει. Ελέγξτε τη διεύθυνση ή ξεκινήστε ξανά από την αρχική σελίδα.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Όσα στείλατε υπερβαίνουν το επιτρεπόμενο μέγεθος: το όριο είναι { $limit }. Αφαιρέστε ή σμικρύνετε συνημμένα αρχεία και δοκιμάστε ξανά.
error-csrf = Για την ασφάλειά σας, η φόρμα αυτή έληξε και δεν αποθηκεύτηκε τίποτα. Φορτώστε ξανά τη σελίδα και υποβάλετε τη φόρμα εκ νέου.
error-rate-limited = Πάρα πολλές προσπάθειες σε σύντομο χρονικό διάστημα. Περιμένετε λίγα λεπτά και δοκιμάστε ξανά.
error-server = Παρουσιάστηκε πρόβλημα από την πλευρά μας και δεν αποθηκεύτηκε τίποτα. Δοκιμάστε ξανά αργότερα.
error-unavailable = Η υπηρεσία δεν είναι προσωρινά διαθέσιμη. Δοκιμάστε ξανά αργότερα.
error-unavailable-title = Προσωρινά μη διαθέσιμη
error-database-unavailable = Αυτή τη στιγμή δεν μπορούμε να αποθηκεύσουμε ή να διαβάσουμε αναφορές, οπότε δεν αποθηκεύτηκε τίποτα. Περιμένετε ένα λεπτό και υποβάλετέ την ξανά.

## Errors: form fields

error-required = Το πεδίο αυτό είναι υποχρεωτικό.
error-unknown-choice = Επιλέξτε μία από τις επιλογές της λίστας.
error-month-format = Εισαγάγετε τον μήνα με τη μορφή YYYY-MM, για παράδειγμα 2026-03.
error-month-future = Ο μήνας δεν μπορεί να είναι μελλοντικός.
error-month-too-early = Ο μήνας δεν μπορεί να είναι πριν από το { $year }.
error-detection-before-incident = Ο μήνας εντοπισμού της κλοπής δεν μπορεί να είναι προγενέστερος του μήνα έναρξής της.
error-number-format = Εισαγάγετε ακέραιο αριθμό, για παράδειγμα 250000.
# { $max } is an amount in euros.
error-loss-too-large = Το ποσό δεν μπορεί να υπερβαίνει τα { $max } ευρώ.
error-jobs-too-large = Ο αριθμός των θέσεων εργασίας δεν μπορεί να υπερβαίνει το { $max }.
error-too-long =
    { $max ->
        [one] Το κείμενο είναι πολύ μεγάλο: χρησιμοποιήστε έως { $max } χαρακτήρα.
       *[other] Το κείμενο είναι πολύ μεγάλο: χρησιμοποιήστε έως { $max } χαρακτήρες.
    }
error-organisation-id = Εισαγάγετε αριθμό ΦΠΑ (για παράδειγμα DK12345678) ή κωδικό LEI (20 γράμματα και ψηφία) ή αφήστε το πεδίο κενό.
error-recipients = Επιλέξτε τουλάχιστον έναν αποδέκτη: το EUIPO, το EC3 της Europol ή και τα δύο.
error-consent = Επιλέξτε το πλαίσιο επιβεβαίωσης πριν υποβάλετε την αναφορά.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Η φόρμα περιέχει { $count } σφάλμα. Διορθώστε το και υποβάλετε ξανά τη φόρμα.
       *[other] Η φόρμα περιέχει { $count } σφάλματα. Διορθώστε τα και υποβάλετε ξανά τη φόρμα.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Αποτύπωμα της κλειδοθήκης (συγκρίνετέ το με εκείνο που δημοσιεύουν το EUIPO και η Europol):
error-go-back = Χρησιμοποιήστε το κουμπί επιστροφής του προγράμματος περιήγησης για να επιστρέψετε στη φόρμα· όσα πληκτρολογήσατε συνήθως εξακολουθούν να υπάρχουν.
# { $limit } is a number of files.
error-too-many-files = Πάρα πολλά αρχεία: ο μέγιστος αριθμός συνημμένων αρχείων είναι { $limit }. Αφαιρέστε ορισμένα και δοκιμάστε ξανά.

## Page titles (intake)

page-title-confirmation = Η αναφορά παραλήφθηκε
page-title-conversation = Η αναφορά σας

## Landing page: what the server sees

home-server-heading = Τι μπορεί και τι δεν μπορεί να δει ο παρών ιστότοπος
home-server-cannot = Δεν μπορεί να διαβάσει την αναφορά σας, τα συνημμένα ή τα μηνύματά σας: κρυπτογραφούνται για τους αξιολογητές πριν αποθηκευτούν, και τα κλειδιά για το άνοιγμά τους τα κατέχουν μόνο οι αξιολογητές.
home-server-can = Βλέπει ότι υποβλήθηκε μια αναφορά σε ορισμένη ημέρα, σε ποιον φορέα και περίπου πόσο μεγάλη είναι. Δεν καταγράφει ποτέ τη διεύθυνση IP σας, το πρόγραμμα περιήγησής σας ή την ακριβή ώρα.
home-fingerprint-heading = Βεβαιωθείτε ότι βρίσκεστε στον γνήσιο δίαυλο
home-fingerprint-text = Οι αναφορές κρυπτογραφούνται για τα κλειδιά μιας κλειδοθήκης που είναι υπογεγραμμένη με το εκτός σύνδεσης κλειδί του διαύλου. Το αποτύπωμά της εμφανίζεται παρακάτω· το EUIPO και η Europol δημοσιεύουν το ίδιο αποτύπωμα στους δικούς τους ιστοτόπους.
home-tor-heading = Ανώνυμη αναφορά
home-tor-text = Για τη μεγαλύτερη δυνατή ανωνυμία, χρησιμοποιήστε το Tor Browser, μη συνδέεστε ταυτόχρονα σε καμία άλλη υπηρεσία και αφαιρέστε ονόματα και μεταδεδομένα (συντάκτη, επιχείρηση, GPS) από τα αρχεία πριν από την επισύναψή τους.

## Report form

report-heading = Αναφορά κλοπής εμπορικών απορρήτων
report-lead = Τα πεδία που επισημαίνονται ως προαιρετικά μπορούν να μείνουν κενά. Όλα όσα γράφετε, καθώς και τα συνημμένα σας, κρυπτογραφούνται για τους αποδέκτες που επιλέγετε.
report-guarantee-server = Χωρίς JavaScript, η αναφορά σας κρυπτογραφείται από τον διακομιστή, στη μνήμη, τη στιγμή που φθάνει και δεν αποθηκεύεται ποτέ σε αναγνώσιμη μορφή. Με ενεργοποιημένο το JavaScript, την κρυπτογραφεί το ίδιο το πρόγραμμα περιήγησής σας πριν από την αποστολή.
report-files-dropped = Για την ασφάλειά σας, τα συνημμένα αρχεία δεν διατηρούνται όταν η φόρμα επιστρέφεται με σφάλματα. Επισυνάψτε τα ξανά.
report-section-classification = Σχετικά με το περιστατικό
report-section-when = Πότε συνέβη
report-section-impact = Επιπτώσεις
report-section-account = Τι συνέβη
report-section-optional = Προαιρετικά στοιχεία
report-submit = Κρυπτογράφηση και υποβολή της αναφοράς
field-recipients = Ποιος πρέπει να λάβει την αναφορά;
hint-recipients = Επιλέξτε έναν ή και τους δύο. Μόνο οι αξιολογητές των φορέων που επιλέγετε μπορούν να διαβάσουν την αναφορά.
field-member-state = Κράτος μέλος εγκατάστασης της επιχείρησής σας
hint-member-state = Χρησιμοποιείται για τις στατιστικές της ΕΕ ανά χώρα.
field-sector = Τομέας δραστηριότητας της επιχείρησής σας
hint-sector = Ο τομέας NACE της κύριας δραστηριότητάς σας.
field-incident-class = Είδος περιστατικού
hint-incident-class = Επιλέξτε ό,τι ταιριάζει καλύτερα· οι αξιολογητές μπορούν να το διορθώσουν.
field-attack-vector = Πώς εισήλθαν οι επιτιθέμενοι
hint-attack-vector = Επιλέξτε «Άγνωστο» αν δεν το γνωρίζετε ακόμη.
field-actor-type = Ποιος πιστεύετε ότι βρίσκεται πίσω από την επίθεση;
hint-actor-type = Η καλύτερη δυνατή εκτίμησή σας· το «Άγνωστο» είναι αποδεκτή απάντηση.
field-incident-month = Μήνας έναρξης της κλοπής
hint-incident-month = Με τη μορφή YYYY-MM, για παράδειγμα 2026-03. Αρκεί μια εκτίμηση.
field-detection-month = Μήνας εντοπισμού της κλοπής
hint-detection-month = Με τη μορφή YYYY-MM.
field-loss-eur = Εκτιμώμενη ζημία σε ευρώ (προαιρετικό)
hint-loss-eur = Ακέραιος αριθμός, για παράδειγμα 250000. Αφήστε το πεδίο κενό αν δεν μπορείτε να την εκτιμήσετε.
field-jobs-at-risk = Θέσεις εργασίας που απειλούνται (προαιρετικό)
hint-jobs-at-risk = Πόσες θέσεις εργασίας θέτει σε κίνδυνο η κλοπή, αν μπορείτε να το εκτιμήσετε.
field-what-taken = Τι αφαιρέθηκε
hint-what-taken = Για παράδειγμα: πηγαίος κώδικας, σχέδια, κατάλογοι πελατών, συνθέσεις και τύποι, μέθοδοι παραγωγής.
field-narrative = Τι συνέβη
hint-narrative = Περιγράψτε με δικά σας λόγια την επίθεση και τον τρόπο με τον οποίο εντοπίστηκε: ημερομηνίες, συστήματα που επηρεάστηκαν, τι έχετε κάνει από τότε.
field-attachments = Συνημμένα (προαιρετικό)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Έως { $max_files } αρχεία, το καθένα έως { $max_mib } MB. Κρυπτογραφούνται κατά την παραλαβή τους.
field-contact = Πώς μπορούν να επικοινωνήσουν μαζί σας οι αξιολογητές; (προαιρετικό)
hint-contact = Αφήστε το πεδίο κενό για να παραμείνετε ανώνυμοι: θα μπορείτε και πάλι να διαβάζετε και να απαντάτε σε μηνύματα με τον κωδικό απόδειξης.
field-organisation-id = Αριθμός ΦΠΑ ή LEI της επιχείρησης (προαιρετικό)
hint-organisation-id = Χρησιμοποιείται μόνο ώστε κάθε επιχείρηση να προσμετράται στις στατιστικές το πολύ λίγες φορές. Κρυπτογραφείται και δεν δημοσιεύεται ποτέ.
field-consent = Επιβεβαιώνω ότι οι πληροφορίες είναι ακριβείς εξ όσων γνωρίζω και συμφωνώ να υποβληθούν σε επεξεργασία όπως περιγράφεται στη δήλωση περί προστασίας προσωπικών δεδομένων.
hint-consent = Μπορείτε να αποσύρετε μια αναφορά αργότερα, γράφοντας στους αξιολογητές με τον κωδικό απόδειξης.

## Confirmation

confirmation-heading = Η αναφορά σας παραλήφθηκε
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Η αναφορά σας κρυπτογραφήθηκε και διαβιβάστηκε σε: { $recipients }.
confirmation-receipt-heading = Ο κωδικός απόδειξής σας
confirmation-receipt-text = Σημειώστε τον κωδικό αυτό ή κατεβάστε τον τώρα. Τον χρειάζεστε για να διαβάζετε τις ερωτήσεις των αξιολογητών και να απαντάτε σε αυτές.
confirmation-receipt-once = Ο κωδικός εμφανίζεται μόνο μία φορά. Κανείς, ούτε οι αξιολογητές, δεν μπορεί να τον ανακτήσει για λογαριασμό σας.
confirmation-download = Λήψη της απόδειξης ως αρχείου κειμένου
confirmation-print = Μπορείτε επίσης να εκτυπώσετε τη σελίδα: εκτυπώνονται μόνο ο κωδικός και οι παρούσες οδηγίες.
confirmation-guarantee-heading = Πώς προστατεύθηκε η αναφορά σας
confirmation-sealed-by-server = Το πρόγραμμα περιήγησής σας υπέβαλε την αναφορά χωρίς JavaScript, οπότε ο διακομιστής την κρυπτογράφησε στη μνήμη κατά την άφιξή της. Δεν γράφτηκε ποτέ στον δίσκο σε αναγνώσιμη μορφή.
confirmation-sealed-by-browser = Το πρόγραμμα περιήγησής σας κρυπτογράφησε την αναφορά πριν από την αποστολή της· ο διακομιστής δεν την είδε ποτέ σε αναγνώσιμη μορφή.
confirmation-next-heading = Τι ακολουθεί
confirmation-next-text = Οι αξιολογητές επιβεβαιώνουν την παραλαβή των αναφορών εντός 7 ημερών και παρέχουν ενημέρωση για τη συνέχεια εντός 3 μηνών. Επιστρέψτε με τον κωδικό απόδειξης για να διαβάσετε τα μηνύματά τους.
recipients-both = EUIPO και EC3
receipt-file-title = Κωδικός απόδειξης της αναφοράς σας στον δίαυλο αναφοράς κλοπής εμπορικών απορρήτων
receipt-file-keep = Κρατήστε τον κωδικό μυστικό και σε ασφαλές μέρος. Χρησιμοποιήστε τον στη σελίδα παρακολούθησης του διαύλου.

## Follow-up

followup-heading = Παρακολούθηση της αναφοράς σας
followup-lead = Εισαγάγετε τον κωδικό απόδειξης που λάβατε όταν υποβάλατε την αναφορά σας.
followup-receipt-label = Κωδικός απόδειξης
followup-receipt-hint = 24 γράμματα και ψηφία, για παράδειγμα 7KQM-2XPA-…· οι παύλες και τα κενά δεν έχουν σημασία.
followup-submit = Άνοιγμα της αναφοράς μου
followup-wrong-receipt = Καμία αναφορά δεν αντιστοιχεί σε αυτόν τον κωδικό απόδειξης. Ελέγξτε κάθε χαρακτήρα και δοκιμάστε ξανά.

## Conversation

conversation-heading = Η αναφορά σας
conversation-status = Κατάσταση
conversation-received = Ημερομηνία παραλαβής
conversation-sealed-by-server = Η αναφορά αυτή κρυπτογραφήθηκε από τον διακομιστή κατά την άφιξή της (υποβλήθηκε χωρίς JavaScript).
conversation-messages = Μηνύματα
conversation-empty = Δεν υπάρχουν ακόμη μηνύματα. Οι αξιολογητές επιβεβαιώνουν την παραλαβή των αναφορών εντός 7 ημερών.
conversation-from-you = Εσείς
conversation-from-reviewer = Αξιολογητής
conversation-reply-heading = Μήνυμα προς τους αξιολογητές
conversation-reply-label = Το μήνυμά σας
conversation-reply-submit = Κρυπτογράφηση και αποστολή του μηνύματος
conversation-reply-sent = Το μήνυμά σας κρυπτογραφήθηκε και στάλθηκε.
conversation-reply-empty = Γράψτε ένα μήνυμα ή επισυνάψτε ένα αρχείο πριν από την αποστολή.
status-new = Παραλήφθηκε, δεν έχει επιβεβαιωθεί ακόμη η παραλαβή
status-acknowledged = Επιβεβαιώθηκε η παραλαβή
status-in-review = Υπό εξέταση
status-information-requested = Οι αξιολογητές σάς ζήτησαν πληροφορίες
status-referred = Διαβιβάστηκε στις αρμόδιες αρχές
status-closed = Έκλεισε

## Privacy notice

privacy-heading = Δήλωση περί προστασίας προσωπικών δεδομένων
privacy-controllers = Οι αναφορές υποβάλλονται σε επεξεργασία από το EUIPO και από την Europol (EC3), από τον καθένα για τις αναφορές που του απευθύνονται, σύμφωνα με τον κανονισμό (ΕΕ) 2018/1725 και τον κανονισμό (ΕΕ) 2016/794 αντίστοιχα.
privacy-what-heading = Ποια δεδομένα υποβάλλονται σε επεξεργασία
privacy-what-text = Το περιεχόμενο της αναφοράς σας, τα συνημμένα της και τα μηνύματά σας κρυπτογραφούνται, ώστε να μπορούν να τα διαβάσουν μόνο οι αξιολογητές των φορέων που επιλέξατε. Η ημέρα παραλαβής μιας αναφοράς, η κατάστασή της και οι αποδέκτες της αποθηκεύονται σε αναγνώσιμη μορφή για τη διαχείριση των προθεσμιών.
privacy-not-heading = Τι δεν καταγράφεται ποτέ
privacy-not-text = Η διεύθυνση IP σας, το πρόγραμμα περιήγησής σας και η ακριβής ώρα των επισκέψεών σας δεν αποθηκεύονται ούτε καταγράφονται ποτέ. Οι σελίδες υποβολής αναφορών δεν χρησιμοποιούν cookies.
privacy-statistics-heading = Στατιστικές
privacy-statistics-text = Οι απαντήσεις που επιλέγονται από λίστες τροφοδοτούν στατιστικές σε επίπεδο ΕΕ. Δημοσιεύονται μόνο με διαφορική ιδιωτικότητα: ο βαθμονομημένος θόρυβος καθιστά αδύνατο να διαπιστωθεί αν οποιαδήποτε συγκεκριμένη επιχείρηση υπέβαλε αναφορά.
privacy-retention-heading = Πόσο διάστημα διατηρούνται οι αναφορές
privacy-retention-text = Οι αναφορές που έχουν κλείσει διαγράφονται μετά το πέρας της περιόδου διατήρησης που ορίζουν οι φορείς αξιολόγησης. Οι δημοσιευμένες στατιστικές δεν επηρεάζονται.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Αυστρία
member-state-BE = Βέλγιο
member-state-BG = Βουλγαρία
member-state-HR = Κροατία
member-state-CY = Κύπρος
member-state-CZ = Τσεχία
member-state-DK = Δανία
member-state-EE = Εσθονία
member-state-FI = Φινλανδία
member-state-FR = Γαλλία
member-state-DE = Γερμανία
member-state-EL = Ελλάδα
member-state-HU = Ουγγαρία
member-state-IE = Ιρλανδία
member-state-IT = Ιταλία
member-state-LV = Λετονία
member-state-LT = Λιθουανία
member-state-LU = Λουξεμβούργο
member-state-MT = Μάλτα
member-state-NL = Κάτω Χώρες
member-state-PL = Πολωνία
member-state-PT = Πορτογαλία
member-state-RO = Ρουμανία
member-state-SK = Σλοβακία
member-state-SI = Σλοβενία
member-state-ES = Ισπανία
member-state-SE = Σουηδία

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Γεωργία, δασοκομία και αλιεία
sector-B = Ορυχεία και λατομεία
sector-C = Μεταποίηση
sector-D = Παροχή ηλεκτρικού ρεύματος, φυσικού αερίου, ατμού και κλιματισμού
sector-E = Παροχή νερού· επεξεργασία λυμάτων, διαχείριση αποβλήτων και δραστηριότητες εξυγίανσης
sector-F = Κατασκευές
sector-G = Χονδρικό και λιανικό εμπόριο· επισκευή μηχανοκίνητων οχημάτων και μοτοσικλετών
sector-H = Μεταφορά και αποθήκευση
sector-I = Δραστηριότητες υπηρεσιών παροχής καταλύματος και υπηρεσιών εστίασης
sector-J = Ενημέρωση και επικοινωνία
sector-K = Χρηματοπιστωτικές και ασφαλιστικές δραστηριότητες
sector-L = Διαχείριση ακίνητης περιουσίας
sector-M = Επαγγελματικές, επιστημονικές και τεχνικές δραστηριότητες
sector-N = Διοικητικές και υποστηρικτικές δραστηριότητες
sector-O = Δημόσια διοίκηση και άμυνα· υποχρεωτική κοινωνική ασφάλιση
sector-P = Εκπαίδευση
sector-Q = Δραστηριότητες σχετικές με την ανθρώπινη υγεία και την κοινωνική μέριμνα
sector-R = Τέχνες, διασκέδαση και ψυχαγωγία
sector-S = Άλλες δραστηριότητες παροχής υπηρεσιών
sector-T = Δραστηριότητες νοικοκυριών ως εργοδοτών· μη διαφοροποιημένες δραστηριότητες νοικοκυριών που αφορούν την παραγωγή αγαθών και υπηρεσιών για ίδια χρήση
sector-U = Δραστηριότητες ετερόδικων οργανισμών και φορέων

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Ασφάλεια πληροφοριών: μη εξουσιοδοτημένη πρόσβαση σε πληροφορίες
incident-class-information-content-security--unauthorised-information-modification = Ασφάλεια πληροφοριών: μη εξουσιοδοτημένη τροποποίηση πληροφοριών
incident-class-information-content-security--data-loss = Ασφάλεια πληροφοριών: απώλεια δεδομένων
incident-class-information-content-security--leak-confidential-information = Ασφάλεια πληροφοριών: διαρροή εμπιστευτικών πληροφοριών
incident-class-intrusions--system-compromise = Εισβολή: κατάληψη συστήματος (διακομιστή ή υπολογιστή)
incident-class-intrusions--application-compromise = Εισβολή: κατάληψη εφαρμογής
incident-class-intrusions--privileged-account-compromise = Εισβολή: κατάληψη λογαριασμού διαχειριστή
incident-class-intrusions--unprivileged-account-compromise = Εισβολή: κατάληψη λογαριασμού απλού χρήστη
incident-class-intrusions--burglary = Εισβολή: φυσική διάρρηξη
incident-class-information-gathering--social-engineering = Συλλογή πληροφοριών: χειραγώγηση προσώπων ώστε να αποκαλύψουν πληροφορίες (κοινωνική μηχανική)
incident-class-information-gathering--sniffing = Συλλογή πληροφοριών: υποκλοπή της κίνησης δικτύου
incident-class-malicious-code--infected-system = Κακόβουλος κώδικας: μόλυνση συστήματος
incident-class-fraud--masquerade = Απάτη: κάποιος παρουσιάστηκε ως πρόσωπο ή οργανισμός που εμπιστεύεστε
incident-class-fraud--phishing = Απάτη: ηλεκτρονικό ψάρεμα (phishing – παραπλανητικά μηνύματα ή ιστότοποι για την απόσπαση κωδικών πρόσβασης ή δεδομένων)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Παραβίαση: διαδικτυακή εφαρμογή
attack-vector-hacking--backdoor-or-c2 = Παραβίαση: κερκόπορτα (backdoor) ή δίαυλος απομακρυσμένου ελέγχου (C2)
attack-vector-hacking--desktop-sharing = Παραβίαση: απομακρυσμένη επιφάνεια εργασίας ή κοινή χρήση οθόνης
attack-vector-hacking--vpn = Παραβίαση: πρόσβαση μέσω VPN
attack-vector-hacking--partner = Παραβίαση: μέσω της πρόσβασης συνεργάτη (προμηθευτή ή παρόχου υπηρεσιών)
attack-vector-hacking--command-shell = Παραβίαση: γραμμή εντολών (command shell)
attack-vector-malware--email-attachment = Κακόβουλο λογισμικό: συνημμένο μηνύματος ηλεκτρονικού ταχυδρομείου
attack-vector-malware--email-link = Κακόβουλο λογισμικό: σύνδεσμος σε μήνυμα ηλεκτρονικού ταχυδρομείου
attack-vector-malware--web-download = Κακόβουλο λογισμικό: λήψη από ιστότοπο
attack-vector-malware--software-update = Κακόβουλο λογισμικό: ενημέρωση λογισμικού
attack-vector-malware--direct-install = Κακόβουλο λογισμικό: εγκατάσταση απευθείας από τον επιτιθέμενο
attack-vector-malware--network-propagation = Κακόβουλο λογισμικό: διάδοση μέσω του δικτύου
attack-vector-social--email = Κοινωνική μηχανική: ηλεκτρονικό ταχυδρομείο
attack-vector-social--phone = Κοινωνική μηχανική: τηλεφωνική κλήση
attack-vector-social--in-person = Κοινωνική μηχανική: αυτοπροσώπως
attack-vector-social--website = Κοινωνική μηχανική: ιστότοπος
attack-vector-social--sms = Κοινωνική μηχανική: γραπτό μήνυμα (SMS)
attack-vector-misuse--lan-access = Κατάχρηση από εσωτερικό χρήστη: πρόσβαση από το εσωτερικό δίκτυο
attack-vector-misuse--physical-access = Κατάχρηση από εσωτερικό χρήστη: φυσική πρόσβαση
attack-vector-misuse--remote-access = Κατάχρηση από εσωτερικό χρήστη: απομακρυσμένη πρόσβαση
attack-vector-misuse--non-corporate = Κατάχρηση από εσωτερικό χρήστη: εκτός των συστημάτων της επιχείρησης (ιδιωτικό ηλεκτρονικό ταχυδρομείο, συσκευές ή δίκτυα)
attack-vector-unknown = Άγνωστο ή δεν έχει διαπιστωθεί ακόμη

## Categories: actor types

actor-type-competitor = Ανταγωνιστής
actor-type-nation-state = Κρατικός φορέας (ξένη κυβέρνηση ή υπηρεσίες της)
actor-type-organised-crime = Οργανωμένο έγκλημα
actor-type-insider = Πρόσωπο εντός της επιχείρησης (νυν εργαζόμενος ή εξωτερικός συνεργάτης)
actor-type-former-employee = Πρώην εργαζόμενος
actor-type-unknown = Άγνωστο

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = Το JavaScript είναι ενεργοποιημένο: το πρόγραμμα περιήγησής σας κρυπτογραφεί την αναφορά και τα συνημμένα σας για τους αποδέκτες που επιλέγετε πριν σταλεί οτιδήποτε. Ο διακομιστής λαμβάνει μόνο κρυπτογραφημένα δεδομένα.
js-status-checking = Έλεγχος της φόρμας και των κλειδιών των αξιολογητών…
js-status-encrypting = Κρυπτογράφηση της αναφοράς και των συνημμένων σας σε αυτό το πρόγραμμα περιήγησης…
js-status-proof-of-work = Προετοιμασία της αποστολής (σύντομος υπολογισμός που προστατεύει τον δίαυλο από αυτοματοποιημένα ανεπιθύμητα μηνύματα)…
js-status-sending = Αποστολή της κρυπτογραφημένης αναφοράς…
js-error-keyring = Δεν ήταν δυνατή η επαλήθευση των κλειδιών των αξιολογητών: η κλειδοθήκη δεν είναι υπογεγραμμένη με το κλειδί του οποίου το αποτύπωμα εμφανίζεται στη σελίδα αυτή. Δεν στάλθηκε τίποτα. Μην υποβάλετε την αναφορά σας από αυτή τη σελίδα· επικοινωνήστε με το EUIPO ή την Europol μέσω των επίσημων ιστοτόπων τους.
js-error-network = Δεν ήταν δυνατή η αποστολή της αναφοράς, διότι η σύνδεση απέτυχε. Δεν αποθηκεύτηκε τίποτα. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
js-error-crypto = Το πρόγραμμα περιήγησής σας δεν μπόρεσε να κρυπτογραφήσει την αναφορά, οπότε δεν στάλθηκε τίποτα. Δοκιμάστε ξανά ή απενεργοποιήστε το JavaScript για να υποβάλετε τη φόρμα χωρίς αυτό.
js-error-file = Δεν ήταν δυνατή η ανάγνωση ενός συνημμένου αρχείου. Ελέγξτε ότι εξακολουθεί να υπάρχει, επισυνάψτε το ξανά και δοκιμάστε πάλι.
js-error-kept = Οι απαντήσεις σας και τα συνημμένα αρχεία παραμένουν στη φόρμα.
js-retry = Δοκιμάστε ξανά
js-print = Εκτύπωση του κωδικού απόδειξης

## Reviewer console (/console/)

console-name = Κονσόλα αξιολογητών
console-nav-inbox = Εισερχόμενα
console-logout = Αποσύνδεση
console-logout-everywhere = Αποσύνδεση από όλες τις συσκευές
console-go-to-login = Μετάβαση στη σελίδα σύνδεσης
console-refused-heading = Το αίτημα απορρίφθηκε
console-login-heading = Σύνδεση στην κονσόλα αξιολογητών
console-login-submit = Σύνδεση
console-field-name = Όνομα
console-field-password = Κωδικός πρόσβασης
console-field-code = Κωδικός από την εφαρμογή ελέγχου ταυτότητας
console-field-code-hint = Ο 6ψήφιος κωδικός που εμφανίζει τώρα η εφαρμογή ελέγχου ταυτότητας. Κάθε κωδικός ισχύει μόνο μία φορά.
console-notice-expired = Η συνεδρία σας έληξε. Συνδεθείτε ξανά.
console-notice-logged-out = Έχετε αποσυνδεθεί.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Λανθασμένο όνομα, κωδικός πρόσβασης ή κωδικός επαλήθευσης. Δοκιμάστε ξανά· μετά από πολλές αποτυχημένες προσπάθειες, περιμένετε ένα λεπτό πριν από την επόμενη.
console-error-csrf = Η φόρμα αυτή δεν έγινε δεκτή, διότι το διακριτικό ασφαλείας της λείπει, είναι λανθασμένο ή προέρχεται από άλλη συνεδρία. Δεν άλλαξε τίποτα. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.
error-cross-site = Η φόρμα αυτή στάλθηκε από άλλον ιστότοπο, γι' αυτό απορρίφθηκε και δεν άλλαξε τίποτα. Ανοίξτε τη σελίδα σε αυτόν τον ιστότοπο και υποβάλετε τη φόρμα από εκεί.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Σελίδες
pager-previous = Προηγούμενη σελίδα
pager-next = Επόμενη σελίδα
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Σελίδα { $page } από { $pages }
error-method-not-allowed = Η διεύθυνση αυτή δεν δέχεται αυτό το είδος αιτήματος.
error-headers-too-large = Το αίτημα περιείχε υπερβολικά πολλά δεδομένα κεφαλίδων και απορρίφθηκε. Διαγράψτε τα cookies αυτού του ιστότοπου και δοκιμάστε ξανά.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Ένα πεδίο κειμένου είναι πολύ μεγάλο: το όριο είναι { $limit } ανά πεδίο. Συντομεύστε το κείμενο και στείλτε το ξανά.
followup-unsent-label = Η απάντησή σας (δεν στάλθηκε)
followup-unsent-hint = Δεν στάλθηκε επειδή η απόδειξη δεν αναγνωρίστηκε. Αντιγράψτε την, συνδεθείτε ξανά με την απόδειξή σας και στείλτε την από τη συνομιλία σας.
console-enrol-heading = Ρύθμιση του λογαριασμού σας αξιολογητή
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Καλώς ορίσατε, { $name } ({ $body }). Επιλέξτε κωδικό πρόσβασης σύνδεσης και ρυθμίστε την εφαρμογή κωδικών. Ο σύνδεσμος αυτός λειτουργεί μόνο μία φορά.
console-enrol-password-heading = 1. Κωδικός πρόσβασης σύνδεσης
console-field-new-password = Νέος κωδικός πρόσβασης
console-field-confirm-password = Ο ίδιος κωδικός πρόσβασης ξανά
# { $min } is a number of characters.
console-enrol-password-hint = Τουλάχιστον { $min } χαρακτήρες. Μια φράση πρόσβασης από πολλές λέξεις απομνημονεύεται ευκολότερα.
console-enrol-totp-heading = 2. Εφαρμογή ελέγχου ταυτότητας
console-enrol-totp-scan = Σαρώστε αυτόν τον κωδικό QR με την εφαρμογή ελέγχου ταυτότητας (κωδικοί βάσει χρόνου, TOTP).
console-enrol-totp-secret = Αν δεν μπορείτε να τον σαρώσετε, πληκτρολογήστε στην εφαρμογή το ακόλουθο κλειδί:
console-enrol-code-hint = Για να ολοκληρώσετε, εισαγάγετε τον 6ψήφιο κωδικό που εμφανίζει τώρα η εφαρμογή.
console-enrol-submit = Ολοκλήρωση της ρύθμισης
console-enrol-done = Ο λογαριασμός σας είναι έτοιμος. Μπορείτε πλέον να συνδεθείτε με το όνομά σας, τον κωδικό πρόσβασής σας και έναν κωδικό από την εφαρμογή ελέγχου ταυτότητας.
console-error-enrol-link = Ο σύνδεσμος εγγραφής δεν είναι έγκυρος: έχει ήδη χρησιμοποιηθεί, έχει λήξει ή πληκτρολογήθηκε λανθασμένα. Ζητήστε νέο σύνδεσμο από τον διαχειριστή.
console-error-password-short = Ο κωδικός πρόσβασης είναι πολύ σύντομος: χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες.
console-error-password-mismatch = Οι δύο κωδικοί πρόσβασης δεν είναι ίδιοι. Πληκτρολογήστε τον ίδιο κωδικό και στα δύο πεδία.
console-error-enrol-code = Ο κωδικός δεν είναι σωστός. Ελέγξτε ότι η εφαρμογή ρυθμίστηκε με το παραπάνω κλειδί και ότι το ρολόι της συσκευής σας είναι σωστό και, στη συνέχεια, εισαγάγετε τον κωδικό που εμφανίζει τώρα.
console-inbox-heading = Εισερχόμενα
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] μία αναφορά απευθύνεται στον φορέα σας.
   *[other] { $count } αναφορές απευθύνονται στον φορέα σας.
}
console-inbox-empty = Δεν έχει απευθυνθεί ακόμη καμία αναφορά στον φορέα σας.
console-inbox-col-report = Αναφορά
console-inbox-col-received = Παραλαβή (ημέρα)
console-inbox-col-status = Κατάσταση
console-inbox-col-sealed-by = Κρυπτογράφηση από
console-status-new = Νέα
console-status-acknowledged = Επιβεβαιώθηκε η παραλαβή
console-status-in-review = Υπό εξέταση
console-status-information-requested = Ζητήθηκαν πληροφορίες
console-status-referred = Διαβιβάστηκε
console-status-closed = Έκλεισε
console-sealed-by-browser = Το πρόγραμμα περιήγησης του αναφέροντος
console-sealed-by-server = Ο διακομιστής (υποβλήθηκε χωρίς JavaScript: ασθενέστερη εγγύηση)
console-inbox-col-deadline = Επόμενη προθεσμία (οδηγία 2019/1937)
console-inbox-col-action = Αλλαγή κατάστασης
console-deadline-acknowledgement = Επιβεβαίωση παραλαβής έως { $day }
console-deadline-feedback = Ενημέρωση για τη συνέχεια έως { $day }
console-deadline-overdue = Εκπρόθεσμη
console-deadline-due-soon = Λήγει σύντομα
console-deadline-none = Καμία (έκλεισε)
console-deadline-counts = Προθεσμίες: εκπρόθεσμες: { $overdue }· λήγουν εντός 2 ημερών: { $soon }.
console-status-change-label = Νέα κατάσταση
console-status-change-submit = Αλλαγή
console-status-final = Έκλεισε: δεν επιτρέπεται άλλη αλλαγή
console-transition-refused-heading = Η αλλαγή κατάστασης απορρίφθηκε
console-error-transition = Μια αναφορά δεν μπορεί να μεταβεί από την κατάσταση «{ $from }» στην κατάσταση «{ $to }». Δεν άλλαξε τίποτα. Επιλέξτε μία από τις καταστάσεις που προτείνονται στα εισερχόμενα.
console-back-to-inbox = Επιστροφή στα εισερχόμενα

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Κλειδί ανάγνωσης αναφορών
console-enrol-needs-js = Για την ανάγνωση αναφορών απαιτείται πρόγραμμα περιήγησης με JavaScript: το προσωπικό σας κλειδί ανάγνωσης δημιουργείται και κλειδώνεται στο πρόγραμμα περιήγησής σας, ποτέ στον διακομιστή. Ενεργοποιήστε το JavaScript ή χρησιμοποιήστε άλλο πρόγραμμα περιήγησης για να ολοκληρώσετε τη ρύθμιση του λογαριασμού σας.
console-enrol-key-explain = Το πρόγραμμα περιήγησής σας δημιουργεί τώρα το προσωπικό σας κλειδί ανάγνωσης αναφορών και το κλειδώνει με μια φράση ξεκλειδώματος. Επιλέξτε φράση διαφορετική από τον κωδικό πρόσβασης σύνδεσης. Η φράση δεν φεύγει ποτέ από αυτό το πρόγραμμα περιήγησης: αν την ξεχάσετε, ο διαχειριστής θα πρέπει να σας δημιουργήσει νέο κλειδί.
console-field-unlock-passphrase = Φράση ξεκλειδώματος
console-field-unlock-passphrase-confirm = Η ίδια φράση ξεκλειδώματος ξανά
console-enrol-unlock-hint = Τουλάχιστον { $min } χαρακτήρες, διαφορετική από τον κωδικό πρόσβασης σύνδεσης.
console-error-unlock-short = Η φράση ξεκλειδώματος είναι πολύ σύντομη: χρησιμοποιήστε τουλάχιστον { $min } χαρακτήρες.
console-error-unlock-mismatch = Οι δύο φράσεις ξεκλειδώματος δεν είναι ίδιες. Πληκτρολογήστε την ίδια φράση και στα δύο πεδία.
console-error-unlock-same = Η φράση ξεκλειδώματος πρέπει να διαφέρει από τον κωδικό πρόσβασης σύνδεσης: ο κωδικός σύνδεσης αποστέλλεται στον διακομιστή, ενώ η φράση ξεκλειδώματος ποτέ.
console-enrol-key-working = Δημιουργία και κλείδωμα του κλειδιού σας. Αυτό διαρκεί λίγα δευτερόλεπτα…
console-error-key-failed = Το πρόγραμμα περιήγησής σας δεν μπόρεσε να δημιουργήσει το κλειδί. Φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.
console-error-enrol-key = Για την ανάγνωση αναφορών απαιτείται πρόγραμμα περιήγησης με JavaScript, και η φόρμα αυτή έφθασε χωρίς το κλειδί που δημιουργεί το πρόγραμμα περιήγησής σας. Ενεργοποιήστε το JavaScript, φορτώστε ξανά τη σελίδα και δοκιμάστε ξανά.

## Reviewer console: reading a report
console-report-heading = Αναφορά
console-report-bodies = Αποδέκτες
console-report-needs-js = Για την ανάγνωση αναφορών απαιτείται πρόγραμμα περιήγησης με JavaScript: η αναφορά αποκρυπτογραφείται στο πρόγραμμα περιήγησής σας με το κλειδί σας, ποτέ στον διακομιστή.
console-report-no-key = Ο λογαριασμός σας δεν διαθέτει κλειδί ανάγνωσης αναφορών. Ζητήστε από τον διαχειριστή νέο σύνδεσμο εγγραφής.
console-unlock-heading = Ξεκλείδωμα του κλειδιού σας
console-unlock-hint = Η φράση ξεκλειδώματος χρησιμοποιείται μόνο σε αυτή τη σελίδα και δεν αποστέλλεται ποτέ. Θα τη χρειαστείτε ξανά όταν ανοίξετε άλλη σελίδα.
console-unlock-submit = Ξεκλείδωμα και άνοιγμα της αναφοράς
console-unlock-working = Ξεκλείδωμα του κλειδιού σας και άνοιγμα της αναφοράς…
console-error-unlock-wrong = Η φράση ξεκλειδώματος δεν είναι σωστή. Δεν άνοιξε τίποτα. Δοκιμάστε ξανά.
console-error-open-failed = Η αναφορά αυτή δεν μπορεί να ανοίξει με το κλειδί σας. Ενδέχεται να υποβλήθηκε πριν προστεθεί το κλειδί σας στην κλειδοθήκη· ένας συνάδελφος που μπορεί να τη διαβάσει μπορεί να σας παραχωρήσει πρόσβαση.
console-error-keyring = Δεν ήταν δυνατή η επαλήθευση των κλειδιών των αξιολογητών: η κλειδοθήκη δεν είναι υπογεγραμμένη με το κλειδί του οποίου το αποτύπωμα ορίστηκε κατά την εκκίνηση του παρόντος διακομιστή. Δεν στάλθηκε τίποτα.
console-error-network = Η σύνδεση απέτυχε. Δεν στάλθηκε τίποτα. Ελέγξτε τη σύνδεσή σας και δοκιμάστε ξανά.
console-report-fields-heading = Τι υπέβαλε ο αναφέρων
console-report-field-member-state = Κράτος μέλος
console-report-field-sector = Τομέας
console-report-field-incident-class = Είδος περιστατικού
console-report-field-attack-vector = Διάνυσμα επίθεσης
console-report-field-actor-type = Πιθανός δράστης
console-report-field-incident-month = Μήνας έναρξης της κλοπής
console-report-field-detection-month = Μήνας εντοπισμού της κλοπής
console-report-field-loss-eur = Εκτιμώμενη ζημία
console-report-field-jobs-at-risk = Θέσεις εργασίας που απειλούνται
console-report-field-what-taken = Τι αφαιρέθηκε
console-report-field-narrative = Τι συνέβη
console-report-field-contact = Στοιχεία επικοινωνίας
console-report-field-organisation-id = Αριθμός ΦΠΑ ή LEI
console-report-empty = (δεν δόθηκε)
console-report-attachments-heading = Συνημμένα
console-report-attachments-none = Δεν υπάρχουν συνημμένα.
console-attachment-save = Αποκρυπτογράφηση και αποθήκευση
console-attachment-working = Αποκρυπτογράφηση…
console-error-attachment = Δεν ήταν δυνατή η αποκρυπτογράφηση του συνημμένου: είναι κατεστραμμένο ή ελλιπές. Δεν αποθηκεύτηκε τίποτα.
console-thread-heading = Επικοινωνία με τον αναφέροντα
console-thread-empty = Δεν υπάρχουν ακόμη μηνύματα.
console-thread-from-reporter = Ο αναφέρων
console-thread-from-reviewer = Αξιολογητής
console-thread-note = Εσωτερική σημείωση
console-thread-unreadable = (το μήνυμα αυτό δεν μπορεί να ανοίξει με το κλειδί σας)
console-ack-heading = Επιβεβαίωση παραλαβής της αναφοράς
console-ack-label = Επιβεβαίωση παραλαβής προς τον αναφέροντα
console-ack-default = Σας ευχαριστούμε για την αναφορά σας. Την παραλάβαμε και θα την εξετάσουμε. Αν έχουμε ερωτήσεις, θα τις βρείτε εδώ.
console-ack-submit = Επιβεβαίωση και αποστολή
console-message-heading = Μήνυμα προς τον αναφέροντα
console-message-label = Το μήνυμά σας
console-message-hint = Κρυπτογραφείται στο πρόγραμμα περιήγησής σας για τον αναφέροντα και τους αξιολογητές της αναφοράς. Ο αναφέρων το διαβάζει με τον κωδικό απόδειξής του.
console-message-submit = Αποστολή στον αναφέροντα
console-note-heading = Εσωτερική σημείωση
console-note-label = Η σημείωσή σας
console-note-hint = Κρυπτογραφείται στο πρόγραμμα περιήγησής σας μόνο για τους αξιολογητές του οργανισμού σας. Ο αναφέρων δεν τη βλέπει ποτέ.
console-note-submit = Προσθήκη της σημείωσης
console-error-message-empty = Γράψτε πρώτα ένα μήνυμα (έως 20.000 χαρακτήρες).
console-sending = Κρυπτογράφηση και αποστολή…
console-sent = Στάλθηκε.
console-grants-heading = Πρόσβαση συναδέλφων
console-grants-hint = Οι συνάδελφοι του οργανισμού σας των οποίων τα κλειδιά προστέθηκαν στην κλειδοθήκη μετά την άφιξη της αναφοράς δεν μπορούν να τη διαβάσουν. Το πρόγραμμα περιήγησής σας μπορεί να τους παραχωρήσει πρόσβαση κρυπτογραφώντας το κλειδί της αναφοράς με το δικό τους κλειδί.
console-grants-none = Όλοι οι αξιολογητές του οργανισμού σας που περιλαμβάνονται στην κλειδοθήκη μπορούν να διαβάσουν την αναφορά.
console-grant-submit = Παραχώρηση πρόσβασης
console-grant-done = Η πρόσβαση παραχωρήθηκε.
console-error-grant-exists = Ο συνάδελφος αυτός μπορεί ήδη να διαβάσει την αναφορά.
console-classify-heading = Επικυρωμένη ταξινόμηση για τις στατιστικές
console-classify-hint = Διορθώστε τα δομημένα πεδία ή επισημάνετε την αναφορά ως διπλότυπη ή εκτός πεδίου εφαρμογής. Το πρόγραμμα περιήγησής σας κρυπτογραφεί τη διορθωμένη εγγραφή μόνο για την υπηρεσία ανωνυμοποίησης· η εγγραφή αυτή αντικαθιστά την εγγραφή του αναφέροντος στις στατιστικές. Η περιγραφή των γεγονότων και τα στοιχεία επικοινωνίας δεν περιλαμβάνονται ποτέ σε αυτήν.
console-classify-status = Καθεστώς της αναφοράς
console-classify-valid = Έγκυρη
console-classify-duplicate = Διπλότυπο άλλης αναφοράς
console-classify-out-of-scope = Εκτός πεδίου εφαρμογής
console-classify-submit = Αποθήκευση της επικυρωμένης ταξινόμησης
console-classify-done = Η επικυρωμένη ταξινόμηση κρυπτογραφήθηκε και αποθηκεύτηκε.
console-error-classify = Ελέγξτε την ταξινόμηση: ο μήνας πρέπει να είναι μεταξύ του 1990 και του τριμήνου παραλαβής της αναφοράς, και η ζημία και οι θέσεις εργασίας πρέπει να είναι ακέραιοι αριθμοί εντός των ορίων τους. Δεν αποθηκεύτηκε τίποτα.
console-export-heading = Εξαγωγή για το EC3 και τις ομάδες CSIRT
console-export-hint = Το πρόγραμμα περιήγησής σας δημιουργεί το αρχείο από την αποκρυπτογραφημένη αναφορά: την ταξινόμηση, τι αφαιρέθηκε και την περιγραφή των γεγονότων, ποτέ όμως τα στοιχεία επικοινωνίας του αναφέροντος ή το αναγνωριστικό του οργανισμού του. Κάθε εξαγωγή καταγράφεται στο αρχείο ελέγχου.
console-export-tlp = Σήμανση Traffic Light Protocol (TLP)
console-export-stix = Εξαγωγή δέσμης STIX 2.1
console-export-misp = Εξαγωγή συμβάντος MISP
console-export-done = Η εξαγωγή καταγράφηκε και αποθηκεύτηκε.

## Data portal (/portal/) and data API

portal-name = Στατιστικές για την κλοπή εμπορικών απορρήτων – πύλη δεδομένων
portal-nav-releases = Εκδόσεις
portal-nav-tokens = Διακριτικά API
portal-refused-heading = Η ενέργεια δεν εκτελέστηκε
portal-enrol-heading = Ρύθμιση του λογαριασμού σας στην πύλη
portal-error-enrol-link = Ο σύνδεσμος εγγραφής δεν είναι έγκυρος: έχει ήδη χρησιμοποιηθεί, έχει λήξει ή πληκτρολογήθηκε λανθασμένα. Ζητήστε νέο σύνδεσμο από τον διαχειριστή.
portal-enrol-lead = Λογαριασμός { $name } για τις αρχές του κράτους μέλους: { $country }. Επιλέξτε κωδικό πρόσβασης και ρυθμίστε την εφαρμογή ελέγχου ταυτότητας.
portal-enrol-submit = Ολοκλήρωση της ρύθμισης
portal-enrol-done = Ο λογαριασμός σας είναι έτοιμος. Συνδεθείτε με το όνομά σας, τον κωδικό πρόσβασης και έναν κωδικό από την εφαρμογή ελέγχου ταυτότητας.
portal-login-heading = Σύνδεση στην πύλη δεδομένων
portal-releases-heading = Εκδόσεις
portal-releases-lead = Έχετε συνδεθεί ως { $name } ({ $country }). Κάθε έκδοση περιέχει τις στατιστικές της ΕΕ ενός τριμήνου, με διαφορική ιδιωτικότητα.
portal-releases-none = Δεν έχει δημοσιευθεί ακόμη καμία έκδοση.
portal-releases-caption = Δημοσιευμένες εκδόσεις, με πρώτο το πιο πρόσφατο τρίμηνο
portal-col-period = Τρίμηνο
portal-col-date = Ημερομηνία δημοσίευσης
portal-col-epsilon = Προϋπολογισμός ιδιωτικότητας που δαπανήθηκε (ε)
portal-col-status = Κατάσταση
portal-col-release = Έκδοση
portal-status-published = Δημοσιεύθηκε
portal-release-heading = Στατιστικές: { $period }
portal-release-intervals-hint = Κάθε ράβδος δείχνει τη δημοσιευμένη τιμή· η γραμμή που τη διασχίζει δείχνει το διάστημα 95 % και ξεκινά από το μηδέν όταν το διάστημα εκτείνεται κάτω από το μηδέν. Κάθε διάγραμμα συνοδεύεται από πίνακα με τους αριθμούς του.
portal-summary-reports = Αναφορές στην ΕΕ
portal-summary-truncated = Αναφορές που εξαιρέθηκαν (πέραν των k ανά οργανισμό)
portal-summary-loss = Εκτιμώμενες ζημίες στην ΕΕ
portal-chart-quarter = Αναφορές ανά τρίμηνο
portal-chart-quarter-note = Το τρίμηνο της παρούσας έκδοσης επισημαίνεται.
portal-chart-sector = Αναφορές ανά τομέα (NACE)
portal-chart-attack-vector = Αναφορές ανά διάνυσμα επίθεσης
portal-chart-member-state = Αναφορές ανά κράτος μέλος
portal-chart-yours = (επισημαίνεται)
portal-chart-highlight = Επισημαίνεται και σημειώνεται: { $country }.
portal-chart-desc = Οριζόντιο ραβδόγραμμα με { $count ->
        [one] μία κατηγορία
       *[other] { $count } κατηγορίες
    }, καθεμία με το διάστημα 95 % της. Υψηλότερη τιμή: { $top }, { $value }. Ο πίνακας κάτω από το διάγραμμα περιέχει όλες τις τιμές.
portal-chart-show-table = Εμφάνιση των αριθμών σε πίνακα
portal-chart-table-caption = { $chart }: δημοσιευμένες τιμές και διαστήματα 95 %
portal-col-category = Κατηγορία
portal-col-value = Δημοσιευμένη τιμή
portal-col-interval = Διάστημα 95 %
portal-method-heading = Πώς καταρτίστηκαν τα στοιχεία
portal-method-promise = Τα στοιχεία έχουν διαφορική ιδιωτικότητα: είτε ένας οποιοσδήποτε οργανισμός υπέβαλε αναφορά είτε όχι, κάθε δημοσιευμένο στοιχείο θα ήταν σχεδόν εξίσου πιθανό. Το «σχεδόν» καθορίζεται από τον προϋπολογισμό ιδιωτικότητας ε = { $epsilon } της παρούσας έκδοσης: κανένα αποτέλεσμα δεν γίνεται πάνω από { $factor } φορές πιθανότερο εξαιτίας ενός μόνο οργανισμού.
portal-method-unit = Η προστατευόμενη μονάδα είναι ο οργανισμός, ο οποίος αναγνωρίζεται από τον αριθμό ΦΠΑ ή τον κωδικό LEI του (που μετατρέπεται σε ψευδώνυμο το οποίο μπορεί να υπολογίσει μόνο η υπηρεσία ανωνυμοποίησης). Μια αναφορά χωρίς αναγνωριστικό λογίζεται ως χωριστός οργανισμός. Από κάθε οργανισμό προσμετρώνται το πολύ { $k } { $k ->
        [one] αναφορά
       *[other] αναφορές
    } ανά τρίμηνο.
portal-method-truncation = Αναφορές που εξαιρέθηκαν: { $dropped } (περίπου { $share } % του συνόλου), διότι ο οργανισμός τους υπέβαλε στο τρίμηνο περισσότερες αναφορές από το όριο ({ $k })· ποιες εξαιρέθηκαν αποφασίστηκε με κλήρωση, όχι βάσει του περιεχομένου τους. Ο αριθμός αυτός περιέχει και ο ίδιος θόρυβο.
portal-method-noise = Σε κάθε κελί κάθε πίνακα προστέθηκε τυχαίος θόρυβος, ακόμη και στα κελιά με μηδενική τιμή· κανένα κελί δεν αποκρύπτεται επειδή η τιμή του είναι μικρή. Ένα μικρό στοιχείο μπορεί επομένως να είναι μόνο θόρυβος.
portal-method-intervals = Τα διαστήματα 95 % δείχνουν πόσο μπορεί να έχει μετατοπίσει ο θόρυβος ένα στοιχείο: η πραγματική τιμή βρίσκεται εντός του διαστήματος σε περίπου 95 περιπτώσεις στις 100. Υπολογίζονται από το δημόσια γνωστό επίπεδο θορύβου, όχι από τις αναφορές, και μπορεί να εκτείνονται κάτω από το μηδέν.
portal-method-consistency = Τα στοιχεία προσαρμόστηκαν ώστε τα στοιχεία των κρατών μελών να αθροίζονται στα στοιχεία της ΕΕ και, στη συνέχεια, στρογγυλοποιήθηκαν σε ακέραιους αριθμούς που δεν είναι ποτέ αρνητικοί. Οι αρχικές μετρήσεις με θόρυβο περιλαμβάνονται επίσης στα αρχεία CSV.
portal-method-losses = Κάθε εκτιμώμενη ζημία προσμετράται έως { $bound } ευρώ· οι μεγαλύτερες ζημίες προσμετρώνται με το ποσό αυτό.
portal-method-budget = Το παρόν τρίμηνο έχει δαπανήσει ε { $quarter } από το όριό του { $quarter_cap }· το έτος { $year } έχει δαπανήσει ε { $year_spent } από { $year_cap }. Οι στατιστικές ενός τριμήνου δεν υπολογίζονται ποτέ εκ νέου με μεγαλύτερο προϋπολογισμό.
portal-method-opendp = Υπολογίστηκε με το OpenDP { $version }. Οι συναρτήσεις του που χρησιμοποιούνται εδώ ανήκουν στην ενότητα «contrib», την οποία η ομάδα του OpenDP δεν έχει ακόμη ελέγξει· το αρχείο μεθοδολογίας αναφέρει τον μηχανισμό, την κλίμακα θορύβου και τον προϋπολογισμό κάθε πίνακα.
portal-downloads-heading = Λήψεις
portal-download-archive = Ολόκληρη η έκδοση σε ένα συμπιεσμένο αρχείο ({ $name }), με αθροίσματα ελέγχου και υπογραφή
portal-verify-heading = Έλεγχος αρχείου που λάβατε
portal-verify-text = Το συμπιεσμένο αρχείο περιέχει το SHA256SUMS, με το άθροισμα ελέγχου κάθε αρχείου, και το SHA256SUMS.sig, την υπογραφή του με το κλειδί έκδοσης. Οποιοσδήποτε μπορεί να ελέγξει ένα αντίγραφο που έλαβε από τρίτον με την εντολή verify-release του διακομιστή και το κλειδί έκδοσης που ακολουθεί.
portal-verify-key = Κλειδί έκδοσης:
portal-verify-fingerprint = Αποτύπωμα:
portal-tokens-heading = Διακριτικά API
portal-tokens-lead = Ένα διακριτικό επιτρέπει σε ένα πρόγραμμα να διαβάζει τις εκδόσεις μέσω του API δεδομένων (μόνο ανάγνωση). Δώστε σε κάθε πρόγραμμα το δικό του διακριτικό, ώστε να μπορείτε να ανακαλέσετε ένα χωρίς να διακόψετε τη λειτουργία των υπολοίπων.
portal-token-new-heading = Δημιουργία διακριτικού
portal-token-name = Όνομα
portal-token-name-hint = Ο σκοπός του διακριτικού, π.χ. «νυχτερινή εισαγωγή».
portal-token-create = Δημιουργία του διακριτικού
portal-token-created = Το νέο σας διακριτικό εμφανίζεται παρακάτω. Αντιγράψτε το τώρα: εμφανίζεται μόνο αυτή τη φορά και δεν μπορεί να προβληθεί ξανά.
portal-token-use = Στείλτε το με κάθε αίτημα ως εξής:
portal-tokens-list-heading = Τα διακριτικά σας
portal-tokens-none = Δεν έχετε ακόμη διακριτικά.
portal-token-created-on = Ημερομηνία δημιουργίας
portal-token-last-used = Τελευταία χρήση
portal-token-state = Κατάσταση
portal-token-revoke = Ανάκληση
portal-token-revoked-on = Ανακλήθηκε στις { $day }
portal-token-revoked = Το διακριτικό ανακλήθηκε: δεν λειτουργεί πλέον.
portal-error-token-name = Δώστε στο διακριτικό όνομα έως { $max } χαρακτήρων.
error-unauthorized = Απαιτείται έγκυρο διακριτικό API: στείλτε «Authorization: Bearer» με διακριτικό που δημιουργήθηκε στην πύλη και δεν έχει ανακληθεί.
