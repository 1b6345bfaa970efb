### English: the reference language.
### Every other locales/<lang>.ftl has exactly these message ids and the same { $placeholders }
### (checked by `cargo test -p i18n`). Ids are stable: change the text, never the id.
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = English
language-switch-label = Language
language-switch-button = Change language

## Page chrome

site-name = Trade secret theft reporting channel
skip-to-content = Skip to main content
nav-label = Main menu
nav-home = Home
nav-report = Report a theft
nav-follow-up = Follow up on a report
footer-privacy-notice = Privacy notice
footer-recipients = Reports go to EUIPO and Europol's European Cybercrime Centre (EC3).

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Report cyber theft of trade secrets
page-title-report = Submit a report
page-title-follow-up = Follow up on your report
page-title-privacy = Privacy notice

## Reporter landing page

home-heading = Report the theft of trade secrets in a cyber attack
home-intro = If your company's trade secrets were stolen through a cyber attack, you can report it here, voluntarily and in confidence, to EUIPO (the EU's intellectual property office) and to Europol's European Cybercrime Centre (EC3).
home-point-recipients = You choose who receives your report: EUIPO, Europol EC3, or both.
home-point-encrypted = Your report is encrypted so that only the reviewers you choose can read it. This website never stores it in readable form.
home-point-anonymous = You can report without giving your name or the name of your company.
home-point-receipt = When you send the report, you get a receipt code. Keep it safe: you need it to read the reviewers' questions and to answer them, and it cannot be replaced if lost.
home-point-statistics = The answers you choose from lists (such as sector and type of attack) also feed EU-level statistics. Noise is added to them so that no company can be identified.
home-no-javascript = The form also works with JavaScript turned off (for example in Tor Browser's safest mode). Your report is then encrypted by the server as soon as it arrives instead of in your browser, which is slightly weaker protection.
home-start-button = Start a report
home-follow-up-heading = Already sent a report?
home-follow-up-text = Use your receipt code to read messages from the reviewers and reply.
home-follow-up-button = Follow up with your receipt code

## Form: common parts

form-optional = (optional)
form-choose = Choose…
# Read by screen readers before each field error.
form-error-prefix = Error:
recipient-euipo = EUIPO (European Union Intellectual Property Office)
recipient-ec3 = Europol EC3 (European Cybercrime Centre)

## Errors: whole pages

error-page-title = Something went wrong
error-bad-request = The request could not be understood. Please go back and try again.
error-not-found = This page does not exist. Check the address, or start again from the home page.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = What you sent is too large: the limit is { $limit }. Remove or shrink attachments and try again.
error-csrf = For your security, this form has expired and nothing was saved. Please reload the page and send it again.
error-form-used = This form has already been sent: your report was received once, with the receipt code shown then. To send another report, open a new form.
error-rate-limited = Too many attempts in a short time. Please wait a few minutes and try again.
error-server = Something went wrong on our side and nothing was saved. Please try again later.
error-unavailable = The service is temporarily unavailable. Please try again later.
error-unavailable-title = Temporarily unavailable
error-database-unavailable = We cannot store or read reports at this moment, so nothing was saved. Please wait a minute and send it again.

## Errors: form fields

error-required = This field is required.
error-unknown-choice = Choose one of the options in the list.
error-month-format = Enter a month as YYYY-MM, for example 2026-03.
error-month-future = The month cannot be in the future.
error-month-too-early = The month cannot be before { $year }.
error-detection-before-incident = The month the theft was discovered cannot be before the month it started.
error-number-format = Enter a whole number, for example 250000.
# { $max } is an amount in euros.
error-loss-too-large = The amount cannot be more than { $max } euros.
error-jobs-too-large = The number of jobs cannot be more than { $max }.
error-too-long =
    { $max ->
        [one] This text is too long: use at most { $max } character.
       *[other] This text is too long: use at most { $max } characters.
    }
error-organisation-id = Enter a VAT number (for example DK12345678) or an LEI (20 letters and digits), or leave the field empty.
error-recipients = Choose at least one recipient: EUIPO, Europol EC3, or both.
error-consent = Tick the box to confirm before you send the report.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] The form has { $count } error. Please correct it and send the form again.
       *[other] The form has { $count } errors. Please correct them and send the form again.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Keyring fingerprint (compare it with the one EUIPO and Europol publish):
error-go-back = Use your browser's back button to return to the form; what you typed is usually still there.
# { $limit } is a number of files.
error-too-many-files = Too many files: you can attach at most { $limit }. Remove some and try again.

## Page titles (intake)

page-title-confirmation = Report received
page-title-conversation = Your report

## Landing page: what the server sees

home-server-heading = What this website can and cannot see
home-server-cannot = It cannot read your report, your attachments or your messages: they are encrypted for the reviewers before they are stored, and the keys to open them are held only by the reviewers.
home-server-can = It sees that a report was sent on a given day, to which body, and how large it is roughly. It never records your IP address, your browser or the exact time.
home-fingerprint-heading = Check that you are on the real channel
home-fingerprint-text = Reports are encrypted for the keys in a keyring signed by the channel's offline key. Its fingerprint is below; EUIPO and Europol publish the same fingerprint on their own websites.
home-tor-heading = Reporting anonymously
home-tor-text = For the strongest anonymity, use Tor Browser, do not sign in to anything else at the same time, and remove names and metadata (author, company, GPS) from files before attaching them.

## Report form

report-heading = Report a theft of trade secrets
report-lead = Fields marked as optional can be left empty. Everything you write, and your attachments, are encrypted for the recipients you choose.
report-guarantee-server = Without JavaScript, your report is encrypted by the server the moment it arrives, in memory, and never stored readable. With JavaScript on, your own browser encrypts it before sending.
report-files-dropped = For your security, attached files are not kept when the form comes back with errors. Please attach them again.
report-section-classification = About the incident
report-section-when = When it happened
report-section-impact = Impact
report-section-account = What happened
report-section-optional = Optional details
report-submit = Encrypt and send the report
field-recipients = Who should receive the report?
hint-recipients = Choose one or both. Only the reviewers of the bodies you choose can read the report.
field-member-state = Member state where your company is established
hint-member-state = Used for EU statistics by country.
field-sector = Your company's sector
hint-sector = The NACE section of your main activity.
field-incident-class = Type of incident
hint-incident-class = Choose what fits best; the reviewers can correct it.
field-attack-vector = How the attackers got in
hint-attack-vector = Choose "Unknown" if you do not know yet.
field-actor-type = Who do you think was behind it?
hint-actor-type = Your best assessment; "Unknown" is a valid answer.
field-incident-month = Month the theft started
hint-incident-month = As YYYY-MM, for example 2026-03. An estimate is fine.
field-detection-month = Month the theft was discovered
hint-detection-month = As YYYY-MM.
field-loss-eur = Estimated loss in euros (optional)
hint-loss-eur = A whole number, for example 250000. Leave empty if you cannot estimate it.
field-jobs-at-risk = Jobs at risk (optional)
hint-jobs-at-risk = How many jobs the theft puts at risk, if you can estimate it.
field-what-taken = What was taken
hint-what-taken = For example: source code, designs, customer lists, formulas, production processes.
field-narrative = What happened
hint-narrative = Describe the attack and its discovery in your own words: dates, systems affected, what you have done since.
field-attachments = Attachments (optional)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Up to { $max_files } files of at most { $max_mib } MB each. They are encrypted as they are received.
field-contact = How can the reviewers contact you? (optional)
hint-contact = Leave empty to stay anonymous: you can still read and answer messages with your receipt code.
field-organisation-id = Company VAT number or LEI (optional)
hint-organisation-id = Optional. It is encrypted: the reviewers of the bodies you chose can read it; it is never published. In the statistics it becomes a pseudonym so that your company counts at most once per quarter, and the published figures protect your company's reporting as a whole (by default ε = 1 per quarter, at most ε = 4 per year). Without it, each report is protected on its own, not all your reports together.
field-consent = I confirm that the information is accurate to the best of my knowledge and agree that it is processed as described in the privacy notice.
hint-consent = You can withdraw a report later by writing to the reviewers with your receipt code.

## Confirmation

confirmation-heading = Your report has been received
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Your report was encrypted and sent to: { $recipients }.
confirmation-receipt-heading = Your receipt code
confirmation-receipt-text = Write this code down or download it now. You need it to read questions from the reviewers and to answer them.
confirmation-receipt-once = This code is shown only once. Nobody, including the reviewers, can recover it for you.
confirmation-download = Download the receipt as a text file
confirmation-print = You can also print this page: only the code and these instructions are printed.
confirmation-guarantee-heading = How your report was protected
confirmation-sealed-by-server = Your browser sent the report without JavaScript, so the server encrypted it in memory on arrival. It was never written to disk in readable form.
confirmation-sealed-by-browser = Your browser encrypted the report before sending it; the server never saw it in readable form.
confirmation-next-heading = What happens next
confirmation-next-text = The reviewers acknowledge reports within 7 days and give feedback within 3 months. Come back with your receipt code to read their messages.
recipients-both = EUIPO and EC3
receipt-file-title = Receipt code for your report to the trade secret theft reporting channel
receipt-file-keep = Keep this code secret and safe. Use it on the follow-up page of the channel.

## Follow-up

followup-heading = Follow up on your report
followup-lead = Enter the receipt code you received when you sent your report.
followup-receipt-label = Receipt code
followup-receipt-hint = 24 letters and digits, for example 7KQM-2XPA-…; dashes and spaces do not matter.
followup-submit = Open my report
followup-wrong-receipt = No report matches this receipt code. Check each character and try again.

## Conversation

conversation-heading = Your report
conversation-status = Status
conversation-received = Received on
conversation-sealed-by-server = This report was encrypted by the server on arrival (sent without JavaScript).
conversation-messages = Messages
conversation-empty = No messages yet. Reviewers acknowledge reports within 7 days.
conversation-from-you = You
conversation-from-reviewer = Reviewer
conversation-reply-heading = Write to the reviewers
conversation-reply-label = Your message
conversation-reply-submit = Encrypt and send the message
conversation-reply-sent = Your message was encrypted and sent.
conversation-reply-empty = Write a message or attach a file before sending.
status-new = Received, not yet acknowledged
status-acknowledged = Acknowledged
status-in-review = Under review
status-information-requested = The reviewers asked you for information
status-referred = Referred to the competent authorities
status-closed = Closed

## Privacy notice

privacy-heading = Privacy notice
privacy-controllers = Reports are processed by EUIPO and by Europol (EC3), each for the reports addressed to it, under Regulation (EU) 2018/1725 and Regulation (EU) 2016/794 respectively.
privacy-what-heading = What is processed
privacy-what-text = The content of your report, its attachments and your messages are encrypted so that only the reviewers of the bodies you chose can read them. The day a report was received, its status and the recipients are stored in readable form to manage deadlines.
privacy-not-heading = What is never recorded
privacy-not-text = Your IP address, your browser, and the exact time of your visits are never stored or logged. No cookies are set on the reporting pages.
privacy-statistics-heading = Statistics
privacy-statistics-text = The answers chosen from lists feed EU-level statistics, published with differential privacy. What is protected is a company under the VAT number or LEI it gave: whether it reported in a quarter, and what, changes the probability of any published figure by at most a factor e^ε, with the limits published with each release (by default ε = 1 per quarter, a factor of 2.7, and ε = 4 per calendar year, a factor of 55; over several years the factors multiply). Reports without an identifier are protected one by one, so a company that sends several without one is protected less. The figures are estimates with noise, not exact counts.
privacy-retention-heading = How long reports are kept
privacy-retention-text = Closed reports are deleted after the retention period set by the reviewing bodies. Published statistics are not affected.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austria
member-state-BE = Belgium
member-state-BG = Bulgaria
member-state-HR = Croatia
member-state-CY = Cyprus
member-state-CZ = Czechia
member-state-DK = Denmark
member-state-EE = Estonia
member-state-FI = Finland
member-state-FR = France
member-state-DE = Germany
member-state-EL = Greece
member-state-HU = Hungary
member-state-IE = Ireland
member-state-IT = Italy
member-state-LV = Latvia
member-state-LT = Lithuania
member-state-LU = Luxembourg
member-state-MT = Malta
member-state-NL = Netherlands
member-state-PL = Poland
member-state-PT = Portugal
member-state-RO = Romania
member-state-SK = Slovakia
member-state-SI = Slovenia
member-state-ES = Spain
member-state-SE = Sweden

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Agriculture, forestry and fishing
sector-B = Mining and quarrying
sector-C = Manufacturing
sector-D = Electricity, gas, steam and air conditioning supply
sector-E = Water supply; sewerage, waste management and remediation activities
sector-F = Construction
sector-G = Wholesale and retail trade; repair of motor vehicles and motorcycles
sector-H = Transportation and storage
sector-I = Accommodation and food service activities
sector-J = Information and communication
sector-K = Financial and insurance activities
sector-L = Real estate activities
sector-M = Professional, scientific and technical activities
sector-N = Administrative and support service activities
sector-O = Public administration and defence; compulsory social security
sector-P = Education
sector-Q = Human health and social work activities
sector-R = Arts, entertainment and recreation
sector-S = Other service activities
sector-T = Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use
sector-U = Activities of extraterritorial organisations and bodies

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Information security: unauthorised access to information
incident-class-information-content-security--unauthorised-information-modification = Information security: information changed without permission
incident-class-information-content-security--data-loss = Information security: data lost
incident-class-information-content-security--leak-confidential-information = Information security: confidential information leaked
incident-class-intrusions--system-compromise = Intrusion: a system (server or computer) was taken over
incident-class-intrusions--application-compromise = Intrusion: an application was taken over
incident-class-intrusions--privileged-account-compromise = Intrusion: an administrator account was taken over
incident-class-intrusions--unprivileged-account-compromise = Intrusion: an ordinary user account was taken over
incident-class-intrusions--burglary = Intrusion: physical break-in
incident-class-information-gathering--social-engineering = Information gathering: people were manipulated into giving information (social engineering)
incident-class-information-gathering--sniffing = Information gathering: network traffic was intercepted
incident-class-malicious-code--infected-system = Malicious code: a system was infected
incident-class-fraud--masquerade = Fraud: someone pretended to be a person or organisation you trust
incident-class-fraud--phishing = Fraud: phishing (fake messages or websites to obtain passwords or data)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: web application
attack-vector-hacking--backdoor-or-c2 = Hacking: backdoor or remote-control channel (C2)
attack-vector-hacking--desktop-sharing = Hacking: remote desktop or screen sharing
attack-vector-hacking--vpn = Hacking: VPN access
attack-vector-hacking--partner = Hacking: through a partner's access (supplier or service provider)
attack-vector-hacking--command-shell = Hacking: command shell
attack-vector-malware--email-attachment = Malware: e-mail attachment
attack-vector-malware--email-link = Malware: link in an e-mail
attack-vector-malware--web-download = Malware: download from a website
attack-vector-malware--software-update = Malware: software update
attack-vector-malware--direct-install = Malware: installed directly by the attacker
attack-vector-malware--network-propagation = Malware: spread through the network
attack-vector-social--email = Social engineering: e-mail
attack-vector-social--phone = Social engineering: phone call
attack-vector-social--in-person = Social engineering: in person
attack-vector-social--website = Social engineering: website
attack-vector-social--sms = Social engineering: text message (SMS)
attack-vector-misuse--lan-access = Insider misuse: access from the internal network
attack-vector-misuse--physical-access = Insider misuse: physical access
attack-vector-misuse--remote-access = Insider misuse: remote access
attack-vector-misuse--non-corporate = Insider misuse: outside company systems (private e-mail, devices or networks)
attack-vector-unknown = Unknown or not yet known

## Categories: actor types

actor-type-competitor = Competitor
actor-type-nation-state = State actor (a foreign government or its agencies)
actor-type-organised-crime = Organised crime
actor-type-insider = Insider (a current employee or contractor)
actor-type-former-employee = Former employee
actor-type-unknown = Unknown

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript is on: your browser encrypts your report and attachments for the recipients you choose before anything is sent. The server only ever receives encrypted data.
js-status-checking = Checking the form and the reviewers' keys…
js-status-encrypting = Encrypting your report and attachments in this browser…
js-status-proof-of-work = Preparing to send (a short computation that protects the channel against automated spam)…
js-status-sending = Sending the encrypted report…
js-error-keyring = The reviewers' keys could not be verified: the keyring is not signed by the key whose fingerprint is shown on this page. Nothing was sent. Do not send your report from this page; contact EUIPO or Europol through their official websites.
js-error-network = The report could not be sent because the connection failed. Nothing was stored. Check your connection and try again.
js-error-crypto = Your browser could not encrypt the report, so nothing was sent. Try again, or turn JavaScript off to send the form without it.
js-error-file = An attached file could not be read. Check that it still exists, attach it again and try again.
js-error-kept = Your answers and attached files are still in the form.
js-retry = Try again
js-print = Print the receipt code

## Reviewer console (/console/)

console-name = Reviewer console
console-nav-inbox = Inbox
console-logout = Log out
console-logout-everywhere = Log out everywhere
console-go-to-login = Go to the login page
console-refused-heading = Request refused
console-login-heading = Log in to the reviewer console
console-login-submit = Log in
console-field-name = Name
console-field-password = Password
console-field-code = Code from your authenticator app
console-field-code-hint = The 6-digit code your authenticator app shows now. Each code works only once.
console-notice-expired = Your session has ended. Please log in again.
console-notice-logged-out = You are logged out.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Wrong name, password or code. Please try again; after many failed attempts, wait a minute before the next one.
console-error-csrf = This form could not be accepted because its security token is missing, wrong or from another session. Nothing was changed. Reload the page and try again.
error-cross-site = This form was sent from another website, so it was refused and nothing was changed. Open this page on this site and send the form from there.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Pages
pager-previous = Previous page
pager-next = Next page
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Page { $page } of { $pages }
error-method-not-allowed = This address does not accept this kind of request.
error-headers-too-large = The request carried too much header data and was refused. Delete this site's cookies, then try again.
# { $limit } is a size such as "256 KiB".
error-text-too-large = A text field is too long: the limit is { $limit } per field. Shorten the text and send it again.
followup-unsent-label = Your reply (not sent)
followup-unsent-hint = It was not sent because the receipt was not recognised. Copy it, sign in again with your receipt and send it from your conversation.
console-enrol-heading = Set up your reviewer account
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Welcome, { $name } ({ $body }). Choose a login password and set up the code app. This link works once.
console-enrol-password-heading = 1. Login password
console-field-new-password = New password
console-field-confirm-password = The same password again
# { $min } is a number of characters.
console-enrol-password-hint = At least { $min } characters. A passphrase of several words is easiest to remember.
console-enrol-totp-heading = 2. Authenticator app
console-enrol-totp-scan = Scan this QR code with your authenticator app (time-based codes, TOTP).
console-enrol-totp-secret = If you cannot scan it, type this key into the app instead:
console-enrol-code-hint = To finish, enter the 6-digit code the app now shows.
console-enrol-submit = Finish setting up
console-enrol-done = Your account is ready. You can now log in with your name, your password and a code from your authenticator app.
console-enrol-fingerprint = Your key's fingerprint is { $fingerprint }. Your key is used only after the operator has added it to the keyring: the operator will ask you to read this fingerprint out by telephone or in person, and adds your key only if it matches.
console-error-enrol-link = This enrolment link is not valid: it was already used, it has expired or it was mistyped. Ask the operator for a new link.
console-error-password-short = The password is too short: use at least { $min } characters.
console-error-password-mismatch = The two passwords are not the same. Type the same password in both fields.
console-error-enrol-code = The code is not right. Check that the app was set up with the key above and that your device's clock is correct, then enter the code it shows now.
console-inbox-heading = Inbox
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] one report is addressed to your body.
   *[other] { $count } reports are addressed to your body.
}
console-inbox-empty = No reports have been addressed to your body yet.
console-inbox-col-report = Report
console-inbox-col-received = Received (day)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Encrypted by
console-status-new = New
console-status-acknowledged = Acknowledged
console-status-in-review = In review
console-status-information-requested = Information requested
console-status-referred = Referred
console-status-closed = Closed
console-sealed-by-browser = The reporter's browser
console-sealed-by-server = The server (sent without JavaScript: weaker guarantee)
console-inbox-col-deadline = Next deadline (Directive 2019/1937)
console-inbox-col-action = Change status
console-deadline-acknowledgement = Acknowledgement due { $day }
console-deadline-feedback = Feedback due { $day }
console-deadline-overdue = Overdue
console-deadline-due-soon = Due soon
console-deadline-none = None (closed)
console-deadline-counts = Deadlines: { $overdue } overdue, { $soon } due within 2 days.
console-status-change-label = New status
console-status-change-submit = Change
console-status-final = Closed: no further change
console-transition-refused-heading = Status change refused
console-error-transition = A report cannot go from “{ $from }” to “{ $to }”. Nothing was changed. Choose one of the statuses offered in the inbox.
console-back-to-inbox = Back to the inbox

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Key for reading reports
console-enrol-needs-js = A browser with JavaScript is required for reading reports: your personal key for reading them is made and locked in your browser, never on the server. Turn JavaScript on, or use another browser, to finish setting up your account.
console-enrol-key-explain = Your browser now makes your personal key for reading reports and locks it with an unlock passphrase. Choose a passphrase that is different from your login password. It never leaves this browser: if you forget it, the operator has to set up a new key for you.
console-field-unlock-passphrase = Unlock passphrase
console-field-unlock-passphrase-confirm = The same unlock passphrase again
console-enrol-unlock-hint = At least { $min } characters, and not your login password.
console-error-unlock-short = The unlock passphrase is too short: use at least { $min } characters.
console-error-unlock-mismatch = The two unlock passphrases are not the same. Type the same passphrase in both fields.
console-error-unlock-same = The unlock passphrase must be different from your login password: the login password is sent to the server, the unlock passphrase never is.
console-enrol-key-working = Making and locking your key. This takes a few seconds…
console-error-key-failed = Your browser could not make the key. Reload the page and try again.
console-error-enrol-key = A browser with JavaScript is required for reading reports, and this form arrived without the key your browser makes. Turn JavaScript on, reload the page and try again.

## Reviewer console: reading a report
console-report-heading = Report
console-report-bodies = Sent to
console-report-needs-js = A browser with JavaScript is required for reading reports: the report is decrypted in your browser with your key, never on the server.
console-report-no-key = Your account has no key for reading reports. Ask the operator for a new enrolment link.
console-unlock-heading = Unlock your key
console-unlock-hint = Your unlock passphrase is used in this page only and never sent. You need it again when you open another page.
console-unlock-submit = Unlock and open the report
console-unlock-working = Unlocking your key and opening the report…
console-error-unlock-wrong = The unlock passphrase is not right. Nothing was opened. Try again.
console-error-open-failed = This report cannot be opened with your key. It may have been sent before your key was added to the keyring; a colleague who can read it can grant you access.
console-error-keyring = The reviewers' keys could not be verified: the keyring is not signed by the key whose fingerprint this server was started with. Nothing was sent.
console-error-keyring-rollback = This keyring is older (lower serial) than one this browser has already seen from the same signing key: it may be an old keyring put back to use a removed key. Nothing was opened or sent. Tell your operator.
console-error-network = The connection failed. Nothing was sent. Check your connection and try again.
console-report-fields-heading = What the reporter sent
console-report-field-member-state = Member state
console-report-field-sector = Sector
console-report-field-incident-class = Type of incident
console-report-field-attack-vector = Attack vector
console-report-field-actor-type = Suspected actor
console-report-field-incident-month = Month the theft started
console-report-field-detection-month = Month the theft was discovered
console-report-field-loss-eur = Estimated loss
console-report-field-jobs-at-risk = Jobs at risk
console-report-field-what-taken = What was taken
console-report-field-narrative = What happened
console-report-field-contact = Contact
console-report-field-organisation-id = VAT number or LEI
console-report-empty = (not given)
console-report-attachments-heading = Attachments
console-report-attachments-none = No attachments.
console-attachment-save = Decrypt and save
console-attachment-working = Decrypting…
console-error-attachment = The attachment could not be decrypted: it is damaged or incomplete. Nothing was saved.
console-thread-heading = Conversation with the reporter
console-thread-empty = No messages yet.
console-thread-from-reporter = The reporter
console-thread-from-reviewer = Reviewer
console-thread-note = Internal note
console-thread-unreadable = (this message cannot be opened with your key)
envelope-mismatch = This envelope belongs to another report or is of another kind; it is not shown.
conversation-from-signed = From { $name } (signature verified)
conversation-from-channel = Automatic notice from the reporting channel
message-bad-signature = This message is not shown: it claims to come from a reviewer, but its signature is missing or does not match a reviewer key in the signed keyring. It may be forged; do not act on it.
console-ack-heading = Acknowledge the report
console-ack-label = Acknowledgement to the reporter
console-ack-default = Thank you for your report. We have received it and will review it. If we have questions, you will find them here.
console-ack-submit = Acknowledge and send
console-message-heading = Message to the reporter
console-message-label = Your message
console-message-hint = Encrypted in your browser for the reporter and the reviewers of this report. The reporter reads it with their receipt code.
console-message-submit = Send to the reporter
console-note-heading = Internal note
console-note-label = Your note
console-note-hint = Encrypted in your browser for the reviewers of your organisation only. The reporter never sees it.
console-note-submit = Add the note
console-error-message-empty = Write a message first (at most 20,000 characters).
console-sending = Encrypting and sending…
console-sent = Sent.
console-grants-heading = Access for colleagues
console-grants-hint = Colleagues of your organisation whose keys were added to the keyring after this report arrived cannot read it. Your browser can give them access by encrypting the report's key to their key.
console-grants-none = Every reviewer of your organisation in the keyring can read this report.
console-grant-submit = Give access
console-grant-done = Access given.
console-error-grant-exists = This colleague can already read this report.
console-classify-heading = Validated classification for the statistics
console-classify-hint = Correct the structured fields, or mark the report as a duplicate or out of scope. Your browser encrypts the corrected record for the anonymizer only; it replaces the reporter's record in the statistics. The narrative and contact details are never part of it.
console-classify-status = Standing of the report
console-classify-valid = Valid
console-classify-duplicate = Duplicate of another report
console-classify-out-of-scope = Out of scope
console-classify-submit = Save the validated classification
console-classify-done = The validated classification was encrypted and saved.
console-error-classify = Check the classification: the month must be a month from 1990 up to the quarter the report arrived in, and the loss and jobs whole numbers within their limits. Nothing was saved.
console-error-classify-unsigned = The classification cannot be signed: your signing key is not in the signed keyring yet. Nothing was saved; ask the operator to add your key.
console-export-heading = Export for EC3 and CSIRTs
console-export-hint = Your browser builds the file from the decrypted report: the classification, what was taken and the narrative, never the reporter's contact details or organisation identifier. Every export is recorded in the audit log.
console-export-tlp = Traffic Light Protocol marking
console-export-stix = Export STIX 2.1 bundle
console-export-misp = Export MISP event
console-export-done = The export was recorded and saved.

## Data portal (/portal/) and data API

portal-name = Trade secret theft statistics – data portal
portal-nav-releases = Releases
portal-nav-tokens = API tokens
portal-refused-heading = Not done
portal-enrol-heading = Set up your portal account
portal-error-enrol-link = This enrolment link is not valid: it was used already, has expired or was mistyped. Ask the operator for a new one.
portal-enrol-lead = Account { $name } for the authorities of { $country }. Choose a password and set up your authenticator app.
portal-enrol-submit = Finish setting up
portal-enrol-done = Your account is ready. Log in with your name, password and a code from your authenticator app.
portal-login-heading = Log in to the data portal
portal-releases-heading = Releases
portal-releases-lead = Logged in as { $name } ({ $country }). Each release holds the differentially private EU statistics of one quarter.
portal-releases-none = No release has been published yet.
portal-releases-caption = Published releases, newest quarter first
portal-col-period = Quarter
portal-col-date = Published on
portal-col-epsilon = Privacy budget spent (ε)
portal-col-status = Status
portal-col-release = Release
portal-status-published = Published
portal-release-heading = Statistics for { $period }
portal-release-intervals-hint = Each bar shows the published value; the whisker across it shows the 95% interval, drawn from zero where it reaches below zero. Every chart has its numbers in a table below it.
portal-summary-reports = Reports in the EU
portal-summary-truncated = Reports left out (more than k per organisation)
portal-summary-loss = Estimated losses in the EU
portal-chart-quarter = Reports by quarter
portal-chart-quarter-note = The quarter of this release is highlighted.
portal-chart-state-quarter = Reports in your member state by quarter
portal-chart-series = { $category }: reports by quarter
portal-chart-series-note = The sector or attack vector most reported in this release; the data API gives every sector and attack vector across quarters.
portal-chart-sector = Reports by sector (NACE)
portal-chart-attack-vector = Reports by attack vector
portal-chart-member-state = Reports by member state
portal-chart-yours = (highlighted)
portal-chart-highlight = { $country } is highlighted and marked.
portal-chart-desc = Horizontal bar chart with { $count ->
        [one] one category
       *[other] { $count } categories
    }, each with its 95% interval. Highest: { $top }, { $value }. The table below the chart has every value.
portal-chart-show-table = Show the numbers as a table
portal-chart-table-caption = { $chart }: published values and 95% intervals
portal-col-category = Category
portal-col-value = Published value
portal-col-interval = 95% interval
portal-method-heading = How these figures were made
portal-method-promise = The figures are differentially private. The protected unit is one organisation's reporting in the quarter: whether or not it reported, and what it reported, every published figure would be almost as likely. "Almost" is set by the privacy budget ε = { $epsilon } of this release: no result becomes more than { $factor } times more likely because of one organisation's reports of this quarter. The releases of a calendar year spend at most ε = { $year_cap } together, so over a year the factor is at most { $year_factor }; over several years the factors multiply.
portal-method-unit = An organisation is recognised by the VAT number or LEI it gave (written in one standard form and turned into a pseudonym that only the anonymizer can compute); at most { $k } of its reports count per quarter. It is recognised by that identifier only: an organisation that gives a VAT number in one report and an LEI in another, or whose subsidiaries report separately, counts as several. A report without an identifier is protected on its own: an organisation that sends several reports without one is protected for each report, not for all of them together.
portal-method-truncation = About { $dropped } reports (about { $share } % of all) were left out because their organisation reported more than { $k } times in the quarter. This number is itself noisy and counts at most { $k } per organisation, so the true number is higher. Which reports were kept was decided by chance, not by their content.
portal-method-noise = Random noise was added to every cell of every table, including the cells that are zero; no cell is hidden because it is small. A small figure may therefore be noise alone.
portal-method-intervals = The 95% intervals say how far the noise may have moved a figure: they contain the measured value in at least about 95 cases out of 100. The measured value is that of the reports kept, with each loss capped; the reports left out and the part of losses above the cap are not in it, so the figures and their intervals are lower than what was received. The intervals are computed from the publicly known noise level, not from the reports, and never reach below zero.
portal-method-consistency = The member-state figures add up to the EU figures, and every table adds up to the same total. Figures are whole numbers, never negative, each within about one of the unbiased estimate (further only where neighbouring estimates fell below zero); a member state's total and the sum of its sectors may differ by the noise. The raw noisy measurements are in the CSV files too.
portal-method-losses = Each estimated loss counts up to { $bound } euros; larger losses count as that amount.
portal-method-budget = This quarter has spent ε { $quarter } of its limit { $quarter_cap }; the year { $year } has spent ε { $year_spent } of { $year_cap }. A quarter's statistics are never computed again with more budget.
portal-method-opendp = Computed with OpenDP { $version }. Its functions used here are in its "contrib" area, which the OpenDP team has not yet vetted; the methodology file lists every table's mechanism, noise scale and budget.
portal-downloads-heading = Downloads
portal-download-archive = The whole release as one archive ({ $name }), with checksums and signature
portal-verify-heading = Check a file you received
portal-verify-text = The archive holds SHA256SUMS, the checksum of every file, and SHA256SUMS.sig, a signature of it by the release key. Anyone can check a copy they received from someone else: save this site's keyring.json and keyring.sig in a folder and run the command below. It trusts the keyring only if it is signed by the key whose fingerprint EUIPO and Europol publish, and takes the release key (shown below) from it.
portal-verify-key = Release key:
portal-verify-fingerprint = Fingerprint:
portal-tokens-heading = API tokens
portal-tokens-lead = A token lets a program read the releases through the data API (read only). Give each program its own token, so that you can revoke one without stopping the others.
portal-token-new-heading = Create a token
portal-token-name = Name
portal-token-name-hint = What the token is for, e.g. "nightly import".
portal-token-create = Create the token
portal-token-created = Your new token is below. Copy it now: it is shown only this once and cannot be seen again.
portal-token-use = Send it with each request as:
portal-tokens-list-heading = Your tokens
portal-tokens-none = You have no tokens yet.
portal-token-created-on = Created on
portal-token-last-used = Last used on
portal-token-state = Status
portal-token-revoke = Revoke
portal-token-revoked-on = Revoked on { $day }
portal-token-revoked = The token is revoked: it no longer works.
portal-error-token-name = Give the token a name of at most { $max } characters.
error-unauthorized = A valid API token is needed: send "Authorization: Bearer" with a token created on the portal that has not been revoked.

# console triage
console-triage-heading = What the reports are about
console-triage-hint = Unlock your key to see what each report is about and to search, filter and sort them. The reports are decrypted in this browser; neither they nor your searches are sent to the server.
console-triage-search = Search the text of the reports
console-triage-all = All
console-triage-sort = Order
console-triage-sort-newest = Newest first
console-triage-sort-oldest = Oldest first
console-triage-sort-deadline = Next deadline first
console-triage-reset = Clear the search and filters
console-triage-col-summary = Report (first line of the narrative)
console-triage-col-language = Language
console-triage-col-attachments = Attachments
console-triage-count = Reports found: { $shown } of { $total }
console-triage-page = Page { $page } of { $pages }
console-triage-pages = Pages of the list
console-triage-previous = Previous page
console-triage-next = Next page
console-triage-none = No report matches the search and filters.
console-triage-working = Decrypting the reports…
console-triage-unreadable = This report cannot be opened with your key.
error-summary-entry = { $field }: { $message }
error-field-recipients = Recipients
error-field-actor-type = Who was behind it
error-field-loss-eur = Estimated loss
error-field-jobs-at-risk = Jobs at risk
error-field-attachments = Attachments
error-field-contact = Contact
error-field-organisation-id = VAT number or LEI
error-field-consent = Confirmation
console-nav-figures = Figures
console-figures-heading = Figures for management
console-figures-lead = { $body }: counts and durations only, computed from the days the server records. Nothing from the content of the reports.
console-figures-csv = Download as CSV
console-figures-received = Reports received per month
console-figures-month = Month
console-figures-count = Reports
console-figures-timing = Time to acknowledgement and to feedback
console-figures-step = Step
console-figures-done = Done
console-figures-median = Median (days)
console-figures-p90 = 90th percentile (days)
console-figures-within = Within the deadline
console-figures-within-value = { $within } of { $decided } ({ $percent } %)
console-figures-ack = Acknowledgement (due within 7 days of receipt)
console-figures-feedback = Feedback (due within 3 months of the acknowledgement)
console-figures-open = Open cases by status
console-figures-definitions = Feedback is the first day after the acknowledgement on which a reviewer wrote to the reporter, or the day the case was closed, whichever came first. Median and percentile by the nearest-rank method. The shares count the steps done and those overdue; cases still within their deadline are not counted yet.
console-assign-heading = Assignment
console-assign-label = Assigned to
console-assign-nobody = Nobody
console-assign-submit = Assign
console-triage-assigned-me = Assigned to me
console-triage-unassigned = Not assigned

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = The message cannot be signed: your signing key is not in the signed keyring yet. Nothing was sent; ask the operator to add your key.
console-casefile-heading = Case file to hand over
console-casefile-hint = Built in your browser from the opened report; nothing of it is sent to the server. The audit log records only the export itself: its format, the parts included and how many terms were redacted.
console-casefile-parts = Parts to include
console-casefile-part-fields = Report fields
console-casefile-part-conversation = Conversation
console-casefile-part-attachments = Attachments with their SHA-256
console-casefile-part-classification = Classification
console-casefile-redact-contact = Redact the reporter's contact details and organisation identifier
console-casefile-terms = Names and words to redact
console-casefile-terms-hint = One per line. Each is replaced by the redaction marker everywhere in the case file, whatever its letter case.
console-casefile-download = Download the case file (HTML)
console-casefile-print = Print or save as PDF
console-casefile-working = Preparing the case file: decrypting the attachments…
console-casefile-done = The case file export was recorded.
console-casefile-no-parts = Choose at least one part to include.
console-casefile-title = Case file of report
console-casefile-prepared = Prepared on
console-casefile-marker = [REDACTED]
console-casefile-redactions = Redactions
console-casefile-redacted-contact = The reporter's contact details and organisation identifier
console-casefile-redacted-terms = Terms marked by the reviewer
console-casefile-verified = signature verified
# --- indicators ---
report-section-indicators = Technical indicators (optional)
report-indicators-lead = If you have technical traces of the attack, list them here, one value per line. The reviewers can share them with CSIRTs to block the attackers.
field-indicator-ip = IP addresses or ranges
hint-indicator-ip = IPv4 or IPv6, or a CIDR range: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Domain names
hint-indicator-domain = For example files.example.com; international names in their xn-- form.
field-indicator-url = Web addresses (URLs)
hint-indicator-url = The full address, starting with https:// or another scheme.
field-indicator-email = E-mail addresses
hint-indicator-email = For example the sender of a phishing message.
field-indicator-hash = File hashes
hint-indicator-hash = MD5, SHA-1 or SHA-256, in hexadecimal.
field-indicator-file-name = File names
hint-indicator-file-name = The name only, without the folder: invoice.pdf.exe.
field-indicator-observations = Other technical observations
hint-indicator-observations = Anything else that may help: tools, accounts, times.
error-indicator-ip = Line { $line } is not an IP address or CIDR range.
error-indicator-domain = Line { $line } is not a domain name.
error-indicator-url = Line { $line } is not a full web address (such as https://example.com/path).
error-indicator-email = Line { $line } is not an e-mail address.
error-indicator-hash = Line { $line } is not an MD5, SHA-1 or SHA-256 hash.
error-indicator-file-name = Line { $line } is not a file name (no folder, at most 255 characters).
error-indicator-count = Enter at most { $max } values in this field.
console-indicators-heading = Technical indicators
console-taxii-heading = Push to a TAXII 2.1 collection
console-taxii-hint = The STIX 2.1 bundle, with the TLP level chosen above, goes from this browser straight to your body's TAXII server; the address and credentials are not stored.
console-taxii-url = Collection address (ending in /collections/<id>/)
console-taxii-user = User name
console-taxii-password = Password
console-taxii-push = Push to TAXII
console-taxii-done = The bundle was added to the TAXII collection.
console-taxii-failed = The TAXII server refused the bundle or could not be reached. Check the address and credentials, and that the server allows this console's origin (CORS).
# --- tags and referral ---
console-tags-heading = Tags
console-tags-hint = Tags come from your body's fixed list, kept by the operator. Tag names are visible to whoever runs the server: use them as labels, never for case content.
console-tags-none = No tags on this report.
console-tags-field = Tag
console-tags-add = Add tag
console-tags-remove = Remove tag
console-error-tag-unknown = This tag is not in your body's list. Nothing was changed.
console-refer-heading = Refer to { $body }
console-refer-hint = The report's key is sealed in your browser to the keys of { $body } in the verified keyring. { $body } then sees the report in its inbox, with its own deadlines counted from today.
console-refer-note = Note for { $body } (optional)
console-refer-note-hint = Sealed to both bodies like an internal note; never shown to the reporter.
console-refer-tell = Tell the reporter in the conversation
console-refer-message = Message to the reporter
console-refer-message-default = Your report has been referred to { $body }, which will also handle it.
console-refer-submit = Refer the report
console-refer-done = The report was referred.
console-referrals-heading = Referrals
console-referral-line = Referred from { $from } to { $to } by { $who } on { $day }.
console-referral-note = Note:
console-triage-referred-from = Referred by { $body }
console-error-referral-same = A report can only be referred to the other body.
console-error-referral-exists = { $body } already has this report; it was not referred again.
console-error-referral-slots = The sealed keys are not for exactly the keys of { $body } in the keyring. Nothing was referred.
# --- security keys (WebAuthn) ---
account-nav-keys = Security keys
account-keys-heading = Security keys
account-keys-lead = A security key, or a passkey on your phone or computer, can replace the authenticator code when you sign in, and it cannot be phished. You can add several.
account-keys-totp-allowed = Your account may also sign in with an authenticator code.
account-keys-totp-forbidden = Your account signs in with a security key only: authenticator codes are refused.
account-keys-list-heading = Your keys
account-keys-none = No security key added yet.
account-key-name = Name of the key
account-key-name-hint = For example "blue key", so that you recognise it in this list.
account-key-added-on = Added
account-key-last-used = Last used
account-key-actions = Actions
account-key-remove = Remove
account-key-new-heading = Add a security key
account-key-add = Add the security key
account-key-touch = Follow your browser's prompt and touch your security key.
account-key-failed = The security key did not answer, or the request was cancelled. Try again.
account-key-needs-js = Adding a security key needs JavaScript in this browser.
account-key-unavailable = Security keys cannot be used at this server's address. Ask the operator.
account-key-added = The security key was added.
account-key-removed = The security key was removed.
account-key-last = This is your last security key and your account may not use authenticator codes: add another key before you remove this one.
account-key-expired = The request took too long. Try again.
account-key-invalid = The security key's answer was not accepted. Try again.
account-key-duplicate = This security key has been added already.
account-key-too-many = You have the most security keys allowed. Remove one first.
account-error-key-name = Give the key a name of 1 to { $max } characters.
account-key-signin-heading = Use your security key
account-key-signin-lead = Your password is correct. Confirm the sign-in with your security key.
account-key-signin-submit = Use my security key
account-key-signin-needs-js = A security key needs JavaScript in this browser.
account-key-signin-back = Sign in with an authenticator code instead
account-field-code-key-hint = If you use a security key, leave the code empty: you will use the key next.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notifications
console-notify-lead = A digest of counts only: new reports, new messages from reporters, deadlines due soon and overdue. It never contains a report's content, id or title.
console-notify-email = E-mail address
console-notify-email-hint = The digest is sent to this address. Leave empty for no e-mail.
console-notify-webhook = Webhook URL
console-notify-webhook-hint = The same counts are sent here as JSON (HTTP POST). The address must start with https://. Leave empty for none.
console-notify-frequency = How often
console-notify-off = Never
console-notify-daily = Every day
console-notify-weekly = Every week
console-notify-send-empty = Send the digest even when nothing happened
console-notify-send-empty-hint = A digest then arrives every time, so its arrival reveals nothing about new reports.
console-notify-language = Language of the digest
console-notify-save = Save
console-notify-saved = Your notification settings were saved.
console-notify-error-email = E-mail address: enter a complete address, such as name@example.eu.
console-notify-error-webhook = Webhook URL: enter a complete address, such as https://hooks.example.eu/digest, without a user name, password or #.
console-notify-error-https = Webhook URL: the address must start with https:// (http:// only to this machine).
console-notify-error-destination = E-mail address: enter an e-mail address or a webhook URL, or choose “Never”.
notify-mail-subject = Reporting channel: your digest
notify-mail-intro = Digest for { $body }, from { $from } to { $through }. Counts only: sign in to the console to see the reports.
notify-mail-new-reports = New reports: { $count }
notify-mail-new-replies = New messages from reporters: { $count }
notify-mail-ack-due = Acknowledgements due within 2 days: { $count }
notify-mail-feedback-due = Feedback due within 14 days: { $count }
notify-mail-ack-overdue = Acknowledgements overdue: { $count }
notify-mail-feedback-overdue = Feedback overdue: { $count }
notify-mail-nothing = Nothing new and nothing due.
notify-mail-footer = You receive this digest because you asked for it in the console (Notifications). Change or stop it there.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Acknowledged on
conversation-acknowledgement-due = Acknowledgement due by
conversation-feedback-due = Feedback due by
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Related reports
console-related-hint = Matched by keyed hashes of the indicators and the organisation identifier, computed in your browser: the server never sees an indicator. Only reports your body may open are listed.
console-related-none = No other report of your body shares an indicator with this one.
console-related-report = Report { $report }
console-related-shares = indicators in common: { $count }
console-related-incident = possibly the same incident (same organisation identifier)
console-related-refused = The correlation key the server offered is not the one named in the signed keyring: it was not used and nothing was uploaded.
console-related-confirm = Confirm this report as a duplicate
console-related-unavailable = Correlation is not available yet: no correlation key has been sealed to your keyring entry.
