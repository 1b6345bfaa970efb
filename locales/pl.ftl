### Polski (pl). Same message ids and { $placeholders } as en.ftl (checked by `cargo test -p i18n`).
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Polski
language-switch-label = Język
language-switch-button = Zmień język

## Page chrome

site-name = Kanał zgłaszania kradzieży tajemnic przedsiębiorstwa
skip-to-content = Przejdź do treści głównej
nav-label = Menu główne
nav-home = Strona główna
nav-report = Zgłoś kradzież
nav-follow-up = Kontakt w sprawie zgłoszenia
footer-privacy-notice = Oświadczenie o ochronie prywatności
footer-recipients = Zgłoszenia trafiają do EUIPO oraz do Europejskiego Centrum ds. Walki z Cyberprzestępczością (EC3) Europolu.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] stycznia
        [2] lutego
        [3] marca
        [4] kwietnia
        [5] maja
        [6] czerwca
        [7] lipca
        [8] sierpnia
        [9] września
        [10] października
        [11] listopada
       *[12] grudnia
    } { $year } r.

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Zgłaszanie cyberkradzieży tajemnic przedsiębiorstwa
page-title-report = Składanie zgłoszenia
page-title-follow-up = Kontakt w sprawie zgłoszenia
page-title-privacy = Oświadczenie o ochronie prywatności

## Reporter landing page

home-heading = Zgłaszanie kradzieży tajemnic przedsiębiorstwa w wyniku cyberataku
home-intro = Jeżeli tajemnice przedsiębiorstwa należące do Państwa firmy zostały skradzione w wyniku cyberataku, mogą Państwo zgłosić to tutaj – dobrowolnie i poufnie – do EUIPO (Urzędu Unii Europejskiej ds. Własności Intelektualnej) oraz do Europejskiego Centrum ds. Walki z Cyberprzestępczością (EC3) Europolu.
home-point-recipients = To Państwo decydują, kto otrzyma zgłoszenie: EUIPO, Europol EC3 czy oba te podmioty.
home-point-encrypted = Zgłoszenie jest szyfrowane tak, aby mogły je odczytać wyłącznie osoby rozpatrujące zgłoszenia u wybranych przez Państwa odbiorców. Ta strona nigdy nie przechowuje go w czytelnej postaci.
home-point-anonymous = Zgłoszenia można dokonać bez podawania swojego imienia i nazwiska ani nazwy przedsiębiorstwa.
home-point-receipt = Po wysłaniu zgłoszenia otrzymają Państwo kod potwierdzenia. Należy go bezpiecznie przechowywać: jest niezbędny, aby odczytać pytania osób rozpatrujących zgłoszenie i na nie odpowiedzieć, a w razie jego utraty nie można otrzymać nowego.
home-point-statistics = Odpowiedzi wybrane z list (np. sektor i rodzaj ataku) są również wykorzystywane w statystykach na poziomie UE. Dodaje się do nich szum statystyczny, tak aby nie można było zidentyfikować żadnego przedsiębiorstwa.
home-no-javascript = Formularz działa również przy wyłączonej obsłudze JavaScriptu (np. w najbezpieczniejszym trybie przeglądarki Tor Browser). Zgłoszenie jest wtedy szyfrowane przez serwer natychmiast po jego otrzymaniu, a nie w Państwa przeglądarce, co zapewnia nieco słabszą ochronę.
home-start-button = Rozpocznij zgłoszenie
home-follow-up-heading = Zgłoszenie zostało już wysłane?
home-follow-up-text = Za pomocą kodu potwierdzenia mogą Państwo odczytać wiadomości od osób rozpatrujących zgłoszenie i na nie odpowiedzieć.
home-follow-up-button = Otwórz zgłoszenie za pomocą kodu potwierdzenia

## Form: common parts

form-optional = (opcjonalnie)
form-choose = Wybierz…
# Read by screen readers before each field error.
form-error-prefix = Błąd:
recipient-euipo = EUIPO (Urząd Unii Europejskiej ds. Własności Intelektualnej)
recipient-ec3 = Europol EC3 (Europejskie Centrum ds. Walki z Cyberprzestępczością)

## Errors: whole pages

error-page-title = Wystąpił błąd
error-bad-request = Nie można przetworzyć żądania. Proszę wrócić i spróbować ponownie.
error-not-found = Ta strona nie istnieje. Proszę sprawdzić adres lub zacząć od strony głównej.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Przesłane dane są zbyt duże: limit wynosi { $limit }. Proszę usunąć lub zmniejszyć załączniki i spróbować ponownie.
error-csrf = Ze względów bezpieczeństwa ważność formularza wygasła i nic nie zostało zapisane. Proszę odświeżyć stronę i wysłać formularz ponownie.
error-form-used = Ten formularz został już wysłany: zgłoszenie otrzymano jeden raz, z kodem potwierdzenia wyświetlonym wtedy. Aby wysłać kolejne zgłoszenie, otwórz nowy formularz.
error-rate-limited = Zbyt wiele prób w krótkim czasie. Proszę odczekać kilka minut i spróbować ponownie.
error-server = Wystąpił błąd po naszej stronie i nic nie zostało zapisane. Proszę spróbować ponownie później.
error-unavailable = Usługa jest chwilowo niedostępna. Proszę spróbować ponownie później.
error-unavailable-title = Usługa chwilowo niedostępna
error-database-unavailable = W tej chwili nie możemy zapisywać ani odczytywać zgłoszeń, dlatego nic nie zostało zapisane. Proszę odczekać minutę i wysłać zgłoszenie ponownie.

## Errors: form fields

error-required = To pole jest obowiązkowe.
error-unknown-choice = Proszę wybrać jedną z opcji z listy.
error-month-format = Proszę podać miesiąc w formacie YYYY-MM, np. 2026-03.
error-month-future = Miesiąc nie może przypadać w przyszłości.
error-month-too-early = Miesiąc nie może przypadać przed rokiem { $year }.
error-detection-before-incident = Miesiąc wykrycia kradzieży nie może być wcześniejszy niż miesiąc, w którym się ona rozpoczęła.
error-number-format = Proszę podać liczbę całkowitą, np. 250000.
# { $max } is an amount in euros.
error-loss-too-large = Kwota nie może przekraczać { $max } euro.
error-jobs-too-large = Liczba miejsc pracy nie może przekraczać { $max }.
error-too-long =
    { $max ->
        [one] Tekst jest za długi: można wpisać maksymalnie { $max } znak.
        [few] Tekst jest za długi: można wpisać maksymalnie { $max } znaki.
        [many] Tekst jest za długi: można wpisać maksymalnie { $max } znaków.
       *[other] Tekst jest za długi: można wpisać maksymalnie { $max } znaku.
    }
error-organisation-id = Proszę podać numer VAT (np. DK12345678) lub kod LEI (20 liter i cyfr) albo pozostawić to pole puste.
error-recipients = Proszę wybrać co najmniej jednego odbiorcę: EUIPO, Europol EC3 lub obu.
error-consent = Przed wysłaniem zgłoszenia proszę zaznaczyć pole potwierdzenia.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Formularz zawiera { $count } błąd. Proszę go poprawić i ponownie wysłać formularz.
        [few] Formularz zawiera { $count } błędy. Proszę je poprawić i ponownie wysłać formularz.
        [many] Formularz zawiera { $count } błędów. Proszę je poprawić i ponownie wysłać formularz.
       *[other] Formularz zawiera { $count } błędu. Proszę je poprawić i ponownie wysłać formularz.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Odcisk zestawu kluczy (proszę porównać go z odciskiem publikowanym przez EUIPO i Europol):
error-go-back = Aby wrócić do formularza, proszę użyć przycisku „Wstecz” w przeglądarce; wpisane dane zwykle nadal tam są.
# { $limit } is a number of files.
error-too-many-files = Zbyt wiele plików: maksymalna liczba załączników to { $limit }. Proszę usunąć część plików i spróbować ponownie.

## Page titles (intake)

page-title-confirmation = Zgłoszenie zostało przyjęte
page-title-conversation = Państwa zgłoszenie

## Landing page: what the server sees

home-server-heading = Co ta strona widzi, a czego nie
home-server-cannot = Nie może odczytać Państwa zgłoszenia, załączników ani wiadomości: przed zapisaniem są one szyfrowane dla osób rozpatrujących zgłoszenia, a klucze umożliwiające ich odczytanie posiadają wyłącznie te osoby.
home-server-can = Widzi, że w danym dniu wysłano zgłoszenie, do którego odbiorcy i jaka jest jego przybliżona wielkość. Nigdy nie rejestruje Państwa adresu IP, przeglądarki ani dokładnej godziny.
home-fingerprint-heading = Proszę sprawdzić, czy korzystają Państwo z prawdziwego kanału
home-fingerprint-text = Zgłoszenia są szyfrowane kluczami z zestawu kluczy podpisanego kluczem offline kanału. Jego odcisk podano poniżej; EUIPO i Europol publikują ten sam odcisk na swoich stronach internetowych.
home-tor-heading = Zgłaszanie anonimowe
home-tor-text = Aby zapewnić sobie największą anonimowość, należy korzystać z przeglądarki Tor Browser, nie logować się w tym samym czasie do żadnych innych serwisów oraz przed załączeniem plików usunąć z nich nazwiska i metadane (autor, firma, GPS).

## Report form

report-heading = Zgłoszenie kradzieży tajemnic przedsiębiorstwa
report-lead = Pola oznaczone jako opcjonalne można pozostawić puste. Wszystko, co Państwo napiszą, oraz załączniki są szyfrowane dla wybranych przez Państwa odbiorców.
report-guarantee-server = Bez JavaScriptu zgłoszenie jest szyfrowane przez serwer w pamięci w chwili jego otrzymania i nigdy nie jest przechowywane w czytelnej postaci. Przy włączonym JavaScripcie zgłoszenie szyfruje przed wysłaniem Państwa przeglądarka.
report-files-dropped = Ze względów bezpieczeństwa załączone pliki nie są zachowywane, gdy formularz zostaje zwrócony z błędami. Proszę załączyć je ponownie.
report-section-classification = Informacje o incydencie
report-section-when = Kiedy to się stało
report-section-impact = Skutki
report-section-account = Co się stało
report-section-optional = Informacje dodatkowe
report-submit = Zaszyfruj i wyślij zgłoszenie
field-recipients = Kto ma otrzymać zgłoszenie?
hint-recipients = Proszę wybrać jednego lub obu odbiorców. Zgłoszenie mogą odczytać wyłącznie osoby rozpatrujące zgłoszenia u wybranych odbiorców.
field-member-state = Państwo członkowskie, w którym przedsiębiorstwo ma siedzibę
hint-member-state = Wykorzystywane w statystykach UE według państw.
field-sector = Sektor działalności przedsiębiorstwa
hint-sector = Sekcja NACE Państwa głównej działalności.
field-incident-class = Rodzaj incydentu
hint-incident-class = Proszę wybrać najlepiej pasującą opcję; osoby rozpatrujące zgłoszenie mogą ją poprawić.
field-attack-vector = W jaki sposób napastnicy uzyskali dostęp
hint-attack-vector = Jeżeli nie jest to jeszcze wiadome, proszę wybrać „Nieznany”.
field-actor-type = Kto Państwa zdaniem stał za atakiem?
hint-actor-type = Proszę podać swoją najlepszą ocenę; „Nieznany” również jest prawidłową odpowiedzią.
field-incident-month = Miesiąc, w którym rozpoczęła się kradzież
hint-incident-month = W formacie YYYY-MM, np. 2026-03. Wystarczy wartość szacunkowa.
field-detection-month = Miesiąc, w którym wykryto kradzież
hint-detection-month = W formacie YYYY-MM.
field-loss-eur = Szacunkowa strata w euro (opcjonalnie)
hint-loss-eur = Liczba całkowita, np. 250000. Jeżeli nie można jej oszacować, proszę pozostawić to pole puste.
field-jobs-at-risk = Zagrożone miejsca pracy (opcjonalnie)
hint-jobs-at-risk = Ile miejsc pracy jest zagrożonych w wyniku kradzieży, jeżeli można to oszacować.
field-what-taken = Co zostało skradzione
hint-what-taken = Na przykład: kod źródłowy, projekty, listy klientów, receptury, procesy produkcyjne.
field-narrative = Co się stało
hint-narrative = Proszę opisać własnymi słowami atak i sposób jego wykrycia: daty, systemy, których dotyczył, oraz działania podjęte od tego czasu.
field-attachments = Załączniki (opcjonalnie)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Maksymalna liczba plików: { $max_files }; maksymalny rozmiar każdego pliku: { $max_mib } MB. Pliki są szyfrowane w chwili ich otrzymania.
field-contact = Jak osoby rozpatrujące zgłoszenie mogą się z Państwem skontaktować? (opcjonalnie)
hint-contact = Aby zachować anonimowość, proszę pozostawić to pole puste: nadal będą Państwo mogli odczytywać wiadomości i na nie odpowiadać za pomocą kodu potwierdzenia.
field-organisation-id = Numer VAT lub kod LEI przedsiębiorstwa (opcjonalnie)
hint-organisation-id = Opcjonalne. Jest szyfrowany: mogą go odczytać rozpatrujący z wybranych instytucji; nigdy nie jest publikowany. W statystykach staje się pseudonimem, aby Twoja firma liczyła się najwyżej raz na kwartał, a publikowane dane chroniły zgłoszenia firmy jako całość (domyślnie ε = 1 na kwartał, najwyżej ε = 4 na rok). Bez niego każde zgłoszenie jest chronione osobno, a nie wszystkie Twoje zgłoszenia razem.
field-consent = Potwierdzam, że zgodnie z moją najlepszą wiedzą informacje są prawdziwe, i wyrażam zgodę na ich przetwarzanie w sposób opisany w oświadczeniu o ochronie prywatności.
hint-consent = Zgłoszenie można później wycofać, pisząc do osób rozpatrujących zgłoszenie z użyciem kodu potwierdzenia.

## Confirmation

confirmation-heading = Państwa zgłoszenie zostało przyjęte
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Zgłoszenie zostało zaszyfrowane i wysłane do: { $recipients }.
confirmation-receipt-heading = Państwa kod potwierdzenia
confirmation-receipt-text = Proszę teraz zapisać ten kod lub go pobrać. Jest on niezbędny, aby odczytywać pytania osób rozpatrujących zgłoszenie i na nie odpowiadać.
confirmation-receipt-once = Ten kod jest wyświetlany tylko raz. Nikt, w tym osoby rozpatrujące zgłoszenie, nie może go dla Państwa odzyskać.
confirmation-download = Pobierz kod potwierdzenia jako plik tekstowy
confirmation-print = Można również wydrukować tę stronę: wydrukowane zostaną wyłącznie kod i niniejsze instrukcje.
confirmation-guarantee-heading = Jak chronione było Państwa zgłoszenie
confirmation-sealed-by-server = Państwa przeglądarka wysłała zgłoszenie bez JavaScriptu, dlatego serwer zaszyfrował je w pamięci natychmiast po otrzymaniu. Zgłoszenie nigdy nie zostało zapisane na dysku w czytelnej postaci.
confirmation-sealed-by-browser = Państwa przeglądarka zaszyfrowała zgłoszenie przed jego wysłaniem; serwer nigdy nie miał do niego dostępu w czytelnej postaci.
confirmation-next-heading = Co dalej
confirmation-next-text = Osoby rozpatrujące zgłoszenia potwierdzają ich otrzymanie w ciągu 7 dni i przekazują informacje zwrotne w ciągu 3 miesięcy. Aby odczytać ich wiadomości, proszę wrócić na tę stronę z kodem potwierdzenia.
recipients-both = EUIPO i EC3
receipt-file-title = Kod potwierdzenia zgłoszenia przesłanego za pośrednictwem kanału zgłaszania kradzieży tajemnic przedsiębiorstwa
receipt-file-keep = Ten kod należy zachować w tajemnicy i przechowywać w bezpiecznym miejscu. Służy on do korzystania ze strony kontaktu w sprawie zgłoszenia w tym kanale.

## Follow-up

followup-heading = Kontakt w sprawie zgłoszenia
followup-lead = Proszę wpisać kod potwierdzenia otrzymany po wysłaniu zgłoszenia.
followup-receipt-label = Kod potwierdzenia
followup-receipt-hint = 24 litery i cyfry, np. 7KQM-2XPA-…; myślniki i spacje nie mają znaczenia.
followup-submit = Otwórz moje zgłoszenie
followup-wrong-receipt = Żadne zgłoszenie nie odpowiada temu kodowi potwierdzenia. Proszę sprawdzić każdy znak i spróbować ponownie.

## Conversation

conversation-heading = Państwa zgłoszenie
conversation-status = Status
conversation-received = Data otrzymania
conversation-sealed-by-server = To zgłoszenie zostało zaszyfrowane przez serwer w chwili otrzymania (wysłano je bez JavaScriptu).
conversation-messages = Wiadomości
conversation-empty = Brak wiadomości. Osoby rozpatrujące zgłoszenia potwierdzają ich otrzymanie w ciągu 7 dni.
conversation-from-you = Państwo
conversation-from-reviewer = Osoba rozpatrująca zgłoszenie
conversation-reply-heading = Wiadomość do osób rozpatrujących zgłoszenie
conversation-reply-label = Treść wiadomości
conversation-reply-submit = Zaszyfruj i wyślij wiadomość
conversation-reply-sent = Wiadomość została zaszyfrowana i wysłana.
conversation-reply-empty = Przed wysłaniem proszę napisać wiadomość lub załączyć plik.
status-new = Otrzymane, jeszcze niepotwierdzone
status-acknowledged = Potwierdzono otrzymanie
status-in-review = W trakcie rozpatrywania
status-information-requested = Osoby rozpatrujące zgłoszenie poprosiły o informacje
status-referred = Przekazane właściwym organom
status-closed = Zamknięte

## Privacy notice

privacy-heading = Oświadczenie o ochronie prywatności
privacy-controllers = Zgłoszenia przetwarzają EUIPO i Europol (EC3), każdy w odniesieniu do skierowanych do niego zgłoszeń, odpowiednio na podstawie rozporządzenia (UE) 2018/1725 i rozporządzenia (UE) 2016/794.
privacy-what-heading = Jakie dane są przetwarzane
privacy-what-text = Treść zgłoszenia, załączniki i wiadomości są szyfrowane tak, aby mogły je odczytać wyłącznie osoby rozpatrujące zgłoszenia u wybranych przez Państwa odbiorców. Dzień otrzymania zgłoszenia, jego status i odbiorcy są przechowywani w czytelnej postaci w celu pilnowania terminów.
privacy-not-heading = Czego nigdy się nie rejestruje
privacy-not-text = Państwa adres IP, przeglądarka ani dokładny czas wizyt nigdy nie są przechowywane ani rejestrowane w dziennikach. Na stronach służących do zgłaszania nie są używane pliki cookie.
privacy-statistics-heading = Statystyki
privacy-statistics-text = Odpowiedzi wybrane z list zasilają statystyki na poziomie UE, publikowane z prywatnością różnicową. Chroniona jest firma pod podanym numerem VAT lub LEI: to, czy zgłosiła coś w kwartale, i co, zmienia prawdopodobieństwo każdej opublikowanej liczby najwyżej o czynnik e^ε, w granicach publikowanych z każdym wydaniem (domyślnie ε = 1 na kwartał, czynnik 2,7, oraz ε = 4 na rok kalendarzowy, czynnik 55; w ciągu kilku lat czynniki się mnożą). Zgłoszenia bez identyfikatora są chronione pojedynczo, więc firma wysyłająca kilka bez niego jest chroniona słabiej. Liczby są szacunkami z szumem, a nie dokładnymi zliczeniami.
privacy-retention-heading = Jak długo przechowywane są zgłoszenia
privacy-retention-text = Zamknięte zgłoszenia są usuwane po upływie okresu przechowywania ustalonego przez organy rozpatrujące zgłoszenia. Nie ma to wpływu na opublikowane statystyki.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austria
member-state-BE = Belgia
member-state-BG = Bułgaria
member-state-HR = Chorwacja
member-state-CY = Cypr
member-state-CZ = Czechy
member-state-DK = Dania
member-state-EE = Estonia
member-state-FI = Finlandia
member-state-FR = Francja
member-state-DE = Niemcy
member-state-EL = Grecja
member-state-HU = Węgry
member-state-IE = Irlandia
member-state-IT = Włochy
member-state-LV = Łotwa
member-state-LT = Litwa
member-state-LU = Luksemburg
member-state-MT = Malta
member-state-NL = Niderlandy
member-state-PL = Polska
member-state-PT = Portugalia
member-state-RO = Rumunia
member-state-SK = Słowacja
member-state-SI = Słowenia
member-state-ES = Hiszpania
member-state-SE = Szwecja

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Rolnictwo, leśnictwo i rybactwo
sector-B = Górnictwo i wydobywanie
sector-C = Przetwórstwo przemysłowe
sector-D = Wytwarzanie i zaopatrywanie w energię elektryczną, gaz, parę wodną, gorącą wodę i powietrze do układów klimatyzacyjnych
sector-E = Dostawa wody; gospodarowanie ściekami i odpadami oraz działalność związana z rekultywacją
sector-F = Budownictwo
sector-G = Handel hurtowy i detaliczny; naprawa pojazdów samochodowych, włączając motocykle
sector-H = Transport i gospodarka magazynowa
sector-I = Działalność związana z zakwaterowaniem i usługami gastronomicznymi
sector-J = Informacja i komunikacja
sector-K = Działalność finansowa i ubezpieczeniowa
sector-L = Działalność związana z obsługą rynku nieruchomości
sector-M = Działalność profesjonalna, naukowa i techniczna
sector-N = Działalność w zakresie usług administrowania i działalność wspierająca
sector-O = Administracja publiczna i obrona narodowa; obowiązkowe zabezpieczenia społeczne
sector-P = Edukacja
sector-Q = Opieka zdrowotna i pomoc społeczna
sector-R = Działalność związana z kulturą, rozrywką i rekreacją
sector-S = Pozostała działalność usługowa
sector-T = Gospodarstwa domowe zatrudniające pracowników; gospodarstwa domowe produkujące wyroby i świadczące usługi na własne potrzeby
sector-U = Organizacje i zespoły eksterytorialne

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Bezpieczeństwo informacji: nieuprawniony dostęp do informacji
incident-class-information-content-security--unauthorised-information-modification = Bezpieczeństwo informacji: nieuprawniona zmiana informacji
incident-class-information-content-security--data-loss = Bezpieczeństwo informacji: utrata danych
incident-class-information-content-security--leak-confidential-information = Bezpieczeństwo informacji: wyciek informacji poufnych
incident-class-intrusions--system-compromise = Włamanie: przejęcie systemu (serwera lub komputera)
incident-class-intrusions--application-compromise = Włamanie: przejęcie aplikacji
incident-class-intrusions--privileged-account-compromise = Włamanie: przejęcie konta administratora
incident-class-intrusions--unprivileged-account-compromise = Włamanie: przejęcie zwykłego konta użytkownika
incident-class-intrusions--burglary = Włamanie: fizyczne włamanie do pomieszczeń
incident-class-information-gathering--social-engineering = Gromadzenie informacji: manipulowanie ludźmi w celu wyłudzenia informacji (socjotechnika)
incident-class-information-gathering--sniffing = Gromadzenie informacji: przechwytywanie ruchu sieciowego
incident-class-malicious-code--infected-system = Złośliwe oprogramowanie: zainfekowanie systemu
incident-class-fraud--masquerade = Oszustwo: podszywanie się pod zaufaną osobę lub organizację
incident-class-fraud--phishing = Oszustwo: phishing (fałszywe wiadomości lub strony internetowe służące wyłudzeniu haseł lub danych)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Atak hakerski: aplikacja internetowa
attack-vector-hacking--backdoor-or-c2 = Atak hakerski: tylne wejście (backdoor) lub kanał zdalnego sterowania (C2)
attack-vector-hacking--desktop-sharing = Atak hakerski: zdalny pulpit lub udostępnianie ekranu
attack-vector-hacking--vpn = Atak hakerski: dostęp przez VPN
attack-vector-hacking--partner = Atak hakerski: przez dostęp partnera (dostawcy lub usługodawcy)
attack-vector-hacking--command-shell = Atak hakerski: powłoka poleceń
attack-vector-malware--email-attachment = Złośliwe oprogramowanie: załącznik do wiadomości e-mail
attack-vector-malware--email-link = Złośliwe oprogramowanie: link w wiadomości e-mail
attack-vector-malware--web-download = Złośliwe oprogramowanie: pobranie ze strony internetowej
attack-vector-malware--software-update = Złośliwe oprogramowanie: aktualizacja oprogramowania
attack-vector-malware--direct-install = Złośliwe oprogramowanie: zainstalowane bezpośrednio przez napastnika
attack-vector-malware--network-propagation = Złośliwe oprogramowanie: rozprzestrzenienie się w sieci
attack-vector-social--email = Socjotechnika: wiadomość e-mail
attack-vector-social--phone = Socjotechnika: rozmowa telefoniczna
attack-vector-social--in-person = Socjotechnika: kontakt osobisty
attack-vector-social--website = Socjotechnika: strona internetowa
attack-vector-social--sms = Socjotechnika: wiadomość tekstowa (SMS)
attack-vector-misuse--lan-access = Nadużycie ze strony osoby z wewnątrz: dostęp z sieci wewnętrznej
attack-vector-misuse--physical-access = Nadużycie ze strony osoby z wewnątrz: dostęp fizyczny
attack-vector-misuse--remote-access = Nadużycie ze strony osoby z wewnątrz: dostęp zdalny
attack-vector-misuse--non-corporate = Nadużycie ze strony osoby z wewnątrz: poza systemami przedsiębiorstwa (prywatna poczta e-mail, prywatne urządzenia lub sieci)
attack-vector-unknown = Nieznany lub jeszcze nieustalony

## Categories: actor types

actor-type-competitor = Konkurent
actor-type-nation-state = Podmiot państwowy (rząd obcego państwa lub jego agencje)
actor-type-organised-crime = Przestępczość zorganizowana
actor-type-insider = Osoba z wewnątrz (obecny pracownik lub współpracownik)
actor-type-former-employee = Były pracownik
actor-type-unknown = Nieznany

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript jest włączony: Państwa przeglądarka szyfruje zgłoszenie i załączniki dla wybranych odbiorców, zanim cokolwiek zostanie wysłane. Serwer otrzymuje wyłącznie zaszyfrowane dane.
js-status-checking = Sprawdzanie formularza i kluczy osób rozpatrujących zgłoszenia…
js-status-encrypting = Szyfrowanie zgłoszenia i załączników w tej przeglądarce…
js-status-proof-of-work = Przygotowanie do wysłania (krótkie obliczenie chroniące kanał przed automatycznym spamem)…
js-status-sending = Wysyłanie zaszyfrowanego zgłoszenia…
js-error-keyring = Nie udało się zweryfikować kluczy osób rozpatrujących zgłoszenia: zestaw kluczy nie jest podpisany kluczem, którego odcisk widnieje na tej stronie. Nic nie zostało wysłane. Prosimy nie wysyłać zgłoszenia z tej strony, lecz skontaktować się z EUIPO lub Europolem za pośrednictwem ich oficjalnych stron internetowych.
js-error-network = Nie udało się wysłać zgłoszenia z powodu błędu połączenia. Nic nie zostało zapisane. Proszę sprawdzić połączenie i spróbować ponownie.
js-error-crypto = Przeglądarka nie mogła zaszyfrować zgłoszenia, dlatego nic nie zostało wysłane. Proszę spróbować ponownie lub wyłączyć JavaScript i wysłać formularz bez niego.
js-error-file = Nie udało się odczytać załączonego pliku. Proszę sprawdzić, czy plik nadal istnieje, załączyć go ponownie i spróbować jeszcze raz.
js-error-kept = Państwa odpowiedzi i załączone pliki nadal znajdują się w formularzu.
js-retry = Spróbuj ponownie
js-print = Drukuj kod potwierdzenia

## Reviewer console (/console/)

console-name = Konsola osób rozpatrujących zgłoszenia
console-nav-inbox = Skrzynka odbiorcza
console-logout = Wyloguj
console-logout-everywhere = Wyloguj na wszystkich urządzeniach
console-go-to-login = Przejdź do strony logowania
console-refused-heading = Żądanie odrzucone
console-login-heading = Logowanie do konsoli osób rozpatrujących zgłoszenia
console-login-submit = Zaloguj
console-field-name = Nazwa użytkownika
console-field-password = Hasło
console-field-code = Kod z aplikacji uwierzytelniającej
console-field-code-hint = 6-cyfrowy kod wyświetlany w tej chwili w aplikacji uwierzytelniającej. Każdy kod działa tylko raz.
console-notice-expired = Sesja wygasła. Proszę zalogować się ponownie.
console-notice-logged-out = Wylogowano.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nieprawidłowa nazwa użytkownika, hasło lub kod. Proszę spróbować ponownie; po wielu nieudanych próbach odczekaj minutę przed następną.
console-error-csrf = Nie można przyjąć tego formularza, ponieważ brakuje jego tokenu bezpieczeństwa, token jest nieprawidłowy lub pochodzi z innej sesji. Nic nie zostało zmienione. Proszę odświeżyć stronę i spróbować ponownie.
error-cross-site = Ten formularz został wysłany z innej witryny, dlatego został odrzucony i nic nie zmieniono. Otwórz stronę w tej witrynie i wyślij formularz stamtąd.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Strony
pager-previous = Poprzednia strona
pager-next = Następna strona
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Strona { $page } z { $pages }
error-method-not-allowed = Ten adres nie przyjmuje tego rodzaju żądań.
error-headers-too-large = Żądanie zawierało zbyt dużo danych w nagłówkach i zostało odrzucone. Usuń pliki cookie tej witryny i spróbuj ponownie.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Pole tekstowe jest za długie: limit wynosi { $limit } na pole. Skróć tekst i wyślij go ponownie.
followup-unsent-label = Twoja odpowiedź (niewysłana)
followup-unsent-hint = Nie została wysłana, ponieważ potwierdzenie nie zostało rozpoznane. Skopiuj ją, zaloguj się ponownie za pomocą potwierdzenia i wyślij ją ze swojej rozmowy.
console-enrol-heading = Konfiguracja konta osoby rozpatrującej zgłoszenia
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Witamy, { $name } ({ $body }). Proszę wybrać hasło logowania i skonfigurować aplikację do generowania kodów. Ten link działa tylko raz.
console-enrol-password-heading = 1. Hasło logowania
console-field-new-password = Nowe hasło
console-field-confirm-password = Powtórz hasło
# { $min } is a number of characters.
console-enrol-password-hint = Minimalna liczba znaków: { $min }. Hasło złożone z kilku słów najłatwiej zapamiętać.
console-enrol-totp-heading = 2. Aplikacja uwierzytelniająca
console-enrol-totp-scan = Proszę zeskanować ten kod QR aplikacją uwierzytelniającą (kody jednorazowe oparte na czasie, TOTP).
console-enrol-totp-secret = Jeżeli nie można go zeskanować, proszę wpisać w aplikacji ten klucz:
console-enrol-code-hint = Aby zakończyć, proszę wpisać 6-cyfrowy kod, który wyświetla teraz aplikacja.
console-enrol-submit = Zakończ konfigurację
console-enrol-done = Konto jest gotowe. Można się teraz zalogować, podając nazwę użytkownika, hasło i kod z aplikacji uwierzytelniającej.
console-enrol-fingerprint = Odcisk Twojego klucza to { $fingerprint }. Klucz zostanie użyty dopiero po dodaniu go przez operatora do pęku kluczy: operator poprosi Cię o odczytanie tego odcisku przez telefon lub osobiście i doda klucz tylko wtedy, gdy się zgadza.
console-error-enrol-link = Ten link rejestracyjny jest nieważny: został już użyty, wygasł lub został błędnie wpisany. Proszę poprosić operatora o nowy link.
console-error-password-short = Hasło jest za krótkie: minimalna liczba znaków to { $min }.
console-error-password-mismatch = Hasła nie są identyczne. Proszę wpisać to samo hasło w obu polach.
console-error-enrol-code = Kod jest nieprawidłowy. Proszę sprawdzić, czy aplikację skonfigurowano przy użyciu powyższego klucza i czy zegar urządzenia jest ustawiony prawidłowo, a następnie wpisać kod, który jest teraz wyświetlany.
console-inbox-heading = Skrzynka odbiorcza
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] do Państwa organizacji skierowano jedno zgłoszenie.
    [few] do Państwa organizacji skierowano { $count } zgłoszenia.
    [many] do Państwa organizacji skierowano { $count } zgłoszeń.
   *[other] do Państwa organizacji skierowano { $count } zgłoszenia.
}
console-inbox-empty = Do Państwa organizacji nie skierowano jeszcze żadnych zgłoszeń.
console-inbox-col-report = Zgłoszenie
console-inbox-col-received = Data otrzymania (dzień)
console-inbox-col-status = Status
console-inbox-col-sealed-by = Zaszyfrowane przez
console-status-new = Nowe
console-status-acknowledged = Potwierdzone
console-status-in-review = W trakcie rozpatrywania
console-status-information-requested = Zwrócono się o informacje
console-status-referred = Przekazane
console-status-closed = Zamknięte
console-sealed-by-browser = Przeglądarka osoby zgłaszającej
console-sealed-by-server = Serwer (wysłane bez JavaScriptu: słabsza gwarancja)
console-inbox-col-deadline = Najbliższy termin (dyrektywa 2019/1937)
console-inbox-col-action = Zmiana statusu
console-deadline-acknowledgement = Potwierdzenie otrzymania do { $day }
console-deadline-feedback = Informacje zwrotne do { $day }
console-deadline-overdue = Termin przekroczony
console-deadline-due-soon = Termin wkrótce upływa
console-deadline-none = Brak (zamknięte)
console-deadline-counts = Terminy: przekroczone – { $overdue }, upływające w ciągu 2 dni – { $soon }.
console-status-change-label = Nowy status
console-status-change-submit = Zmień
console-status-final = Zamknięte: dalsze zmiany nie są możliwe
console-transition-refused-heading = Odmowa zmiany statusu
console-error-transition = Zgłoszenie nie może przejść ze statusu „{ $from }” do statusu „{ $to }”. Nic nie zostało zmienione. Proszę wybrać jeden ze statusów dostępnych w skrzynce odbiorczej.
console-back-to-inbox = Powrót do skrzynki odbiorczej

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Klucz do odczytywania zgłoszeń
console-enrol-needs-js = Do odczytywania zgłoszeń wymagana jest przeglądarka z obsługą JavaScriptu: Państwa osobisty klucz do ich odczytywania jest tworzony i zabezpieczany w przeglądarce, nigdy na serwerze. Aby dokończyć konfigurację konta, proszę włączyć JavaScript lub skorzystać z innej przeglądarki.
console-enrol-key-explain = Państwa przeglądarka utworzy teraz osobisty klucz do odczytywania zgłoszeń i zabezpieczy go hasłem odblokowującym. Proszę wybrać hasło inne niż hasło logowania. Klucz nigdy nie opuszcza tej przeglądarki: jeżeli zapomną Państwo hasła odblokowującego, operator będzie musiał skonfigurować dla Państwa nowy klucz.
console-field-unlock-passphrase = Hasło odblokowujące
console-field-unlock-passphrase-confirm = Powtórz hasło odblokowujące
console-enrol-unlock-hint = Minimalna liczba znaków: { $min }; nie może to być hasło logowania.
console-error-unlock-short = Hasło odblokowujące jest za krótkie: minimalna liczba znaków to { $min }.
console-error-unlock-mismatch = Hasła odblokowujące nie są identyczne. Proszę wpisać to samo hasło w obu polach.
console-error-unlock-same = Hasło odblokowujące musi się różnić od hasła logowania: hasło logowania jest przesyłane na serwer, a hasło odblokowujące – nigdy.
console-enrol-key-working = Tworzenie i zabezpieczanie klucza. Potrwa to kilka sekund…
console-error-key-failed = Przeglądarka nie mogła utworzyć klucza. Proszę odświeżyć stronę i spróbować ponownie.
console-error-enrol-key = Do odczytywania zgłoszeń wymagana jest przeglądarka z obsługą JavaScriptu, a ten formularz dotarł bez klucza tworzonego przez przeglądarkę. Proszę włączyć JavaScript, odświeżyć stronę i spróbować ponownie.

## Reviewer console: reading a report
console-report-heading = Zgłoszenie
console-report-bodies = Wysłane do
console-report-needs-js = Do odczytywania zgłoszeń wymagana jest przeglądarka z obsługą JavaScriptu: zgłoszenie jest odszyfrowywane w przeglądarce przy użyciu Państwa klucza, nigdy na serwerze.
console-report-no-key = Państwa konto nie ma klucza do odczytywania zgłoszeń. Proszę poprosić operatora o nowy link rejestracyjny.
console-unlock-heading = Odblokowanie klucza
console-unlock-hint = Hasło odblokowujące jest używane wyłącznie na tej stronie i nigdy nie jest wysyłane. Po otwarciu innej strony trzeba będzie wpisać je ponownie.
console-unlock-submit = Odblokuj i otwórz zgłoszenie
console-unlock-working = Odblokowywanie klucza i otwieranie zgłoszenia…
console-error-unlock-wrong = Hasło odblokowujące jest nieprawidłowe. Nic nie zostało otwarte. Proszę spróbować ponownie.
console-error-open-failed = Tego zgłoszenia nie można otworzyć Państwa kluczem. Mogło ono zostać wysłane, zanim Państwa klucz dodano do zestawu kluczy; dostęp może Państwu przyznać współpracownik, który ma możliwość jego odczytania.
console-error-keyring = Nie udało się zweryfikować kluczy osób rozpatrujących zgłoszenia: zestaw kluczy nie jest podpisany kluczem, którego odcisk podano przy uruchomieniu tego serwera. Nic nie zostało wysłane.
console-error-keyring-rollback = Ten pęk kluczy jest starszy (niższy numer seryjny) niż pęk, który ta przeglądarka już widziała z tym samym kluczem podpisującym: może to być stary pęk przywrócony w celu użycia usuniętego klucza. Nic nie zostało otwarte ani wysłane. Poinformuj operatora.
console-error-network = Połączenie nie powiodło się. Nic nie zostało wysłane. Proszę sprawdzić połączenie i spróbować ponownie.
console-report-fields-heading = Dane przesłane przez osobę zgłaszającą
console-report-field-member-state = Państwo członkowskie
console-report-field-sector = Sektor
console-report-field-incident-class = Rodzaj incydentu
console-report-field-attack-vector = Wektor ataku
console-report-field-actor-type = Podejrzewany sprawca
console-report-field-incident-month = Miesiąc rozpoczęcia kradzieży
console-report-field-detection-month = Miesiąc wykrycia kradzieży
console-report-field-loss-eur = Szacunkowa strata
console-report-field-jobs-at-risk = Zagrożone miejsca pracy
console-report-field-what-taken = Co zostało skradzione
console-report-field-narrative = Co się stało
console-report-field-contact = Dane kontaktowe
console-report-field-organisation-id = Numer VAT lub kod LEI
console-report-empty = (nie podano)
console-report-attachments-heading = Załączniki
console-report-attachments-none = Brak załączników.
console-attachment-save = Odszyfruj i zapisz
console-attachment-working = Odszyfrowywanie…
console-error-attachment = Nie udało się odszyfrować załącznika: jest uszkodzony lub niekompletny. Nic nie zostało zapisane.
console-thread-heading = Korespondencja z osobą zgłaszającą
console-thread-empty = Brak wiadomości.
console-thread-from-reporter = Osoba zgłaszająca
console-thread-from-reviewer = Osoba rozpatrująca zgłoszenie
console-thread-note = Notatka wewnętrzna
console-thread-unreadable = (tej wiadomości nie można otworzyć Państwa kluczem)
envelope-mismatch = Ta koperta należy do innego zgłoszenia lub jest innego rodzaju; nie jest wyświetlana.
conversation-from-signed = Od { $name } (podpis zweryfikowany)
conversation-from-channel = Automatyczne powiadomienie kanału zgłoszeń
message-bad-signature = Ta wiadomość nie jest wyświetlana: podaje się za wiadomość od weryfikatora, ale jej podpisu brak lub nie pasuje do żadnego klucza weryfikatora w podpisanym pęku kluczy. Może być sfałszowana; nie działaj na jej podstawie.
console-ack-heading = Potwierdzenie otrzymania zgłoszenia
console-ack-label = Potwierdzenie dla osoby zgłaszającej
console-ack-default = Dziękujemy za zgłoszenie. Otrzymaliśmy je i je rozpatrzymy. Jeżeli będziemy mieć pytania, znajdą je Państwo tutaj.
console-ack-submit = Potwierdź i wyślij
console-message-heading = Wiadomość do osoby zgłaszającej
console-message-label = Treść wiadomości
console-message-hint = Szyfrowana w Państwa przeglądarce dla osoby zgłaszającej i osób rozpatrujących to zgłoszenie. Osoba zgłaszająca odczytuje ją za pomocą swojego kodu potwierdzenia.
console-message-submit = Wyślij do osoby zgłaszającej
console-note-heading = Notatka wewnętrzna
console-note-label = Treść notatki
console-note-hint = Szyfrowana w Państwa przeglądarce wyłącznie dla osób rozpatrujących zgłoszenia w Państwa organizacji. Osoba zgłaszająca nigdy jej nie widzi.
console-note-submit = Dodaj notatkę
console-error-message-empty = Najpierw proszę napisać wiadomość (maksymalnie 20 000 znaków).
console-sending = Szyfrowanie i wysyłanie…
console-sent = Wysłano.
console-grants-heading = Dostęp dla współpracowników
console-grants-hint = Współpracownicy z Państwa organizacji, których klucze dodano do zestawu kluczy po wpłynięciu tego zgłoszenia, nie mogą go odczytać. Państwa przeglądarka może przyznać im dostęp, szyfrując klucz zgłoszenia ich kluczem.
console-grants-none = Wszystkie osoby rozpatrujące zgłoszenia z Państwa organizacji, których klucze znajdują się w zestawie kluczy, mogą odczytać to zgłoszenie.
console-grant-submit = Przyznaj dostęp
console-grant-done = Dostęp został przyznany.
console-error-grant-exists = Ten współpracownik ma już dostęp do tego zgłoszenia.
console-classify-heading = Zweryfikowana klasyfikacja do celów statystycznych
console-classify-hint = Proszę poprawić pola ustrukturyzowane albo oznaczyć zgłoszenie jako duplikat lub jako wykraczające poza zakres. Państwa przeglądarka szyfruje poprawiony rekord wyłącznie dla modułu anonimizującego; zastępuje on w statystykach rekord osoby zgłaszającej. Opis zdarzenia i dane kontaktowe nigdy nie wchodzą w jego skład.
console-classify-status = Kwalifikacja zgłoszenia
console-classify-valid = Prawidłowe
console-classify-duplicate = Duplikat innego zgłoszenia
console-classify-out-of-scope = Poza zakresem
console-classify-submit = Zapisz zweryfikowaną klasyfikację
console-classify-done = Zweryfikowana klasyfikacja została zaszyfrowana i zapisana.
console-error-classify = Proszę sprawdzić klasyfikację: miesiąc musi przypadać w okresie od 1990 r. do kwartału, w którym wpłynęło zgłoszenie, a strata i liczba miejsc pracy muszą być liczbami całkowitymi w dopuszczalnych granicach. Nic nie zostało zapisane.
console-error-classify-unsigned = Nie można podpisać klasyfikacji: Pani/Pana klucz podpisu nie znajduje się jeszcze w podpisanym pęku kluczy. Nic nie zapisano; proszę poprosić operatora o dodanie klucza.
console-export-heading = Eksport dla EC3 i zespołów CSIRT
console-export-hint = Państwa przeglądarka tworzy plik na podstawie odszyfrowanego zgłoszenia: obejmuje on klasyfikację, informację o tym, co zostało skradzione, i opis zdarzenia, nigdy zaś danych kontaktowych osoby zgłaszającej ani identyfikatora organizacji. Każdy eksport jest odnotowywany w dzienniku audytu.
console-export-tlp = Oznaczenie TLP (Traffic Light Protocol)
console-export-stix = Eksportuj pakiet STIX 2.1
console-export-misp = Eksportuj zdarzenie MISP
console-export-done = Eksport został odnotowany i zapisany.

## Data portal (/portal/) and data API

portal-name = Statystyki dotyczące kradzieży tajemnic przedsiębiorstwa – portal danych
portal-nav-releases = Publikacje
portal-nav-tokens = Tokeny API
portal-refused-heading = Nie wykonano
portal-enrol-heading = Konfiguracja konta w portalu
portal-error-enrol-link = Ten link rejestracyjny jest nieważny: został już użyty, wygasł lub został błędnie wpisany. Proszę poprosić operatora o nowy link.
portal-enrol-lead = Konto { $name } dla właściwych organów ({ $country }). Proszę wybrać hasło i skonfigurować aplikację uwierzytelniającą.
portal-enrol-submit = Zakończ konfigurację
portal-enrol-done = Konto jest gotowe. Proszę zalogować się, podając nazwę użytkownika, hasło i kod z aplikacji uwierzytelniającej.
portal-login-heading = Logowanie do portalu danych
portal-releases-heading = Publikacje
portal-releases-lead = Zalogowano jako { $name } ({ $country }). Każda publikacja zawiera statystyki UE za jeden kwartał, chronione za pomocą prywatności różnicowej.
portal-releases-none = Nie ma jeszcze żadnych publikacji.
portal-releases-caption = Opublikowane zestawienia, od najnowszego kwartału
portal-col-period = Kwartał
portal-col-date = Data publikacji
portal-col-epsilon = Wykorzystany budżet prywatności (ε)
portal-col-status = Status
portal-col-release = Publikacja
portal-status-published = Opublikowano
portal-release-heading = Statystyki za okres { $period }
portal-release-intervals-hint = Każdy słupek przedstawia opublikowaną wartość; kreska na nim wskazuje przedział 95 %, rysowany od zera, jeżeli sięga poniżej zera. Pod każdym wykresem znajduje się tabela z jego wartościami liczbowymi.
portal-summary-reports = Zgłoszenia w UE
portal-summary-truncated = Zgłoszenia pominięte (ponad k na organizację)
portal-summary-loss = Szacunkowe straty w UE
portal-chart-quarter = Zgłoszenia według kwartałów
portal-chart-quarter-note = Kwartał objęty tą publikacją jest wyróżniony.
portal-chart-state-quarter = Zgłoszenia w Twoim państwie członkowskim według kwartałów
portal-chart-series = { $category }: zgłoszenia według kwartałów
portal-chart-series-note = Sektor lub wektor ataku najczęściej zgłaszany w tej publikacji; API danych podaje wszystkie sektory i wektory ataku według kwartałów.
portal-chart-sector = Zgłoszenia według sektorów (NACE)
portal-chart-attack-vector = Zgłoszenia według wektorów ataku
portal-chart-member-state = Zgłoszenia według państw członkowskich
portal-chart-yours = (wyróżnione)
portal-chart-highlight = Wyróżniono i oznaczono: { $country }.
portal-chart-desc = Poziomy wykres słupkowy z { $count ->
        [one] jedną kategorią
        [few] { $count } kategoriami
        [many] { $count } kategoriami
       *[other] { $count } kategorii
    }, każda z przedziałem 95 %. Najwyższa wartość: { $top }, { $value }. W tabeli pod wykresem podano wszystkie wartości.
portal-chart-show-table = Pokaż wartości w tabeli
portal-chart-table-caption = { $chart }: opublikowane wartości i przedziały 95 %
portal-col-category = Kategoria
portal-col-value = Opublikowana wartość
portal-col-interval = Przedział 95 %
portal-method-heading = Jak opracowano te dane
portal-method-promise = Dane są różnicowo prywatne. Chronioną jednostką są zgłoszenia jednej organizacji w kwartale: niezależnie od tego, czy zgłosiła, i co, każda opublikowana liczba byłaby prawie tak samo prawdopodobna. „Prawie” określa budżet prywatności ε = { $epsilon } tego wydania: żaden wynik nie staje się więcej niż { $factor } razy bardziej prawdopodobny z powodu zgłoszeń jednej organizacji w tym kwartale. Wydania roku kalendarzowego zużywają łącznie najwyżej ε = { $year_cap }, więc w ciągu roku czynnik wynosi najwyżej { $year_factor }; w ciągu kilku lat czynniki się mnożą.
portal-method-unit = Organizację rozpoznaje się po podanym numerze VAT lub LEI (zapisanym w jednej standardowej postaci i zamienionym na pseudonim, który może obliczyć tylko anonimizator); liczy się najwyżej { $k } jej zgłoszeń na kwartał. Rozpoznaje się ją tylko po tym identyfikatorze: organizacja, która w jednym zgłoszeniu poda numer VAT, a w innym LEI, lub której spółki zależne zgłaszają osobno, liczy się jako kilka. Zgłoszenie bez identyfikatora jest chronione samodzielnie: organizacja wysyłająca kilka zgłoszeń bez niego jest chroniona dla każdego zgłoszenia, a nie dla wszystkich razem.
portal-method-truncation = Około { $dropped } zgłoszeń (około { $share } % wszystkich) pominięto, ponieważ ich organizacja zgłosiła więcej niż { $k } razy w kwartale. Ta liczba sama zawiera szum i liczy najwyżej { $k } na organizację; prawdziwa liczba jest wyższa. O tym, które zgłoszenia zachowano, zdecydował przypadek, a nie ich treść.
portal-method-noise = Do każdej komórki każdej tabeli dodano losowy szum, także do komórek o wartości zero; żadnej komórki nie ukrywa się z powodu małej wartości. Niewielka wartość może więc wynikać wyłącznie z szumu.
portal-method-intervals = Przedziały 95% pokazują, jak daleko szum mógł przesunąć liczbę: zawierają zmierzoną wartość w co najmniej około 95 przypadkach na 100. Zmierzona wartość dotyczy zachowanych zgłoszeń, z każdą stratą ograniczoną do pułapu; pominięte zgłoszenia i część strat powyżej pułapu nie są w niej ujęte, więc liczby i ich przedziały są niższe niż to, co otrzymano. Przedziały oblicza się z publicznie znanego poziomu szumu, a nie ze zgłoszeń, i nigdy nie schodzą poniżej zera.
portal-method-consistency = Liczby państw członkowskich sumują się do liczb UE, a każda tabela sumuje się do tej samej sumy całkowitej. Liczby są całkowite, nigdy ujemne, każda w odległości około jednego od nieobciążonego oszacowania (dalej tylko tam, gdzie sąsiednie oszacowania spadły poniżej zera); suma państwa członkowskiego i suma jego sektorów mogą się różnić o szum. Surowe zaszumione pomiary są także w plikach CSV.
portal-method-losses = Każda szacunkowa strata jest uwzględniana do kwoty { $bound } euro; większe straty liczone są jako ta kwota.
portal-method-budget = W tym kwartale wykorzystano ε { $quarter } z limitu { $quarter_cap }; w roku { $year } wykorzystano ε { $year_spent } z { $year_cap }. Statystyki za dany kwartał nigdy nie są ponownie obliczane z większym budżetem.
portal-method-opendp = Obliczono za pomocą OpenDP { $version }. Wykorzystane tu funkcje należą do obszaru „contrib”, który nie został jeszcze zweryfikowany przez zespół OpenDP; w pliku z opisem metodologii wymieniono mechanizm, skalę szumu i budżet każdej tabeli.
portal-downloads-heading = Pliki do pobrania
portal-download-archive = Cała publikacja w jednym archiwum ({ $name }) z sumami kontrolnymi i podpisem
portal-verify-heading = Weryfikacja otrzymanego pliku
portal-verify-text = Archiwum zawiera plik SHA256SUMS z sumami kontrolnymi wszystkich plików oraz plik SHA256SUMS.sig z jego podpisem złożonym kluczem publikacji. Każdy może sprawdzić kopię otrzymaną od kogoś innego: zapisz pliki keyring.json i keyring.sig z tej witryny w folderze i uruchom poniższe polecenie. Ufa ono pękowi kluczy tylko wtedy, gdy jest podpisany kluczem, którego odcisk publikują EUIPO i Europol, i bierze z niego klucz publikacji (pokazany poniżej).
portal-verify-key = Klucz publikacji:
portal-verify-fingerprint = Odcisk klucza:
portal-tokens-heading = Tokeny API
portal-tokens-lead = Token umożliwia programowi odczytywanie publikacji za pośrednictwem interfejsu API danych (tylko do odczytu). Każdemu programowi należy nadać odrębny token, aby móc unieważnić jeden z nich bez zatrzymywania pozostałych.
portal-token-new-heading = Tworzenie tokenu
portal-token-name = Nazwa
portal-token-name-hint = Do czego służy token, np. „import nocny”.
portal-token-create = Utwórz token
portal-token-created = Nowy token znajduje się poniżej. Proszę go teraz skopiować: jest wyświetlany tylko ten jeden raz i nie będzie można go ponownie zobaczyć.
portal-token-use = Należy go przesyłać z każdym żądaniem w postaci:
portal-tokens-list-heading = Państwa tokeny
portal-tokens-none = Nie mają Państwo jeszcze żadnych tokenów.
portal-token-created-on = Data utworzenia
portal-token-last-used = Ostatnie użycie
portal-token-state = Status
portal-token-revoke = Unieważnij
portal-token-revoked-on = Unieważniony { $day }
portal-token-revoked = Token został unieważniony: już nie działa.
portal-error-token-name = Proszę nadać tokenowi nazwę (maksymalna liczba znaków: { $max }).
error-unauthorized = Wymagany jest ważny token API: proszę przesłać nagłówek „Authorization: Bearer” z tokenem utworzonym w portalu, który nie został unieważniony.

# console triage
console-triage-heading = Czego dotyczą zgłoszenia
console-triage-hint = Odblokuj swój klucz, aby zobaczyć, czego dotyczy każde zgłoszenie, oraz je przeszukiwać, filtrować i sortować. Zgłoszenia są odszyfrowywane w tej przeglądarce; ani one, ani Twoje wyszukiwania nie są wysyłane na serwer.
console-triage-search = Szukaj w treści zgłoszeń
console-triage-all = Wszystkie
console-triage-sort = Kolejność
console-triage-sort-newest = Najnowsze najpierw
console-triage-sort-oldest = Najstarsze najpierw
console-triage-sort-deadline = Najbliższy termin najpierw
console-triage-reset = Wyczyść wyszukiwanie i filtry
console-triage-col-summary = Zgłoszenie (pierwszy wiersz opisu)
console-triage-col-language = Język
console-triage-col-attachments = Załączniki
console-triage-count = Znalezione zgłoszenia: { $shown } z { $total }
console-triage-page = Strona { $page } z { $pages }
console-triage-pages = Strony listy
console-triage-previous = Poprzednia strona
console-triage-next = Następna strona
console-triage-none = Żadne zgłoszenie nie pasuje do wyszukiwania i filtrów.
console-triage-working = Odszyfrowywanie zgłoszeń…
console-triage-unreadable = Tego zgłoszenia nie można otworzyć Twoim kluczem.
error-summary-entry = { $field }: { $message }
error-field-recipients = Odbiorcy
error-field-actor-type = Kto za tym stał
error-field-loss-eur = Szacowana strata
error-field-jobs-at-risk = Zagrożone miejsca pracy
error-field-attachments = Załączniki
error-field-contact = Kontakt
error-field-organisation-id = Numer VAT lub LEI
error-field-consent = Potwierdzenie
console-nav-figures = Wskaźniki
console-figures-heading = Wskaźniki dla kierownictwa
console-figures-lead = { $body }: tylko liczby i czasy trwania, obliczone na podstawie dni rejestrowanych przez serwer. Nic z treści zgłoszeń.
console-figures-csv = Pobierz jako CSV
console-figures-received = Zgłoszenia otrzymane w poszczególnych miesiącach
console-figures-month = Miesiąc
console-figures-count = Zgłoszenia
console-figures-timing = Czas do potwierdzenia przyjęcia i do informacji zwrotnej
console-figures-step = Etap
console-figures-done = Wykonane
console-figures-median = Mediana (dni)
console-figures-p90 = 90. percentyl (dni)
console-figures-within = W terminie
console-figures-within-value = { $within } z { $decided } ({ $percent } %)
console-figures-ack = Potwierdzenie przyjęcia (w ciągu 7 dni od otrzymania)
console-figures-feedback = Informacja zwrotna (w ciągu 3 miesięcy od potwierdzenia)
console-figures-open = Otwarte sprawy według statusu
console-figures-definitions = Informacja zwrotna to pierwszy dzień po potwierdzeniu przyjęcia, w którym osoba rozpatrująca napisała do zgłaszającego, albo dzień zamknięcia sprawy, w zależności od tego, co nastąpiło wcześniej. Mediana i percentyl metodą najbliższej rangi. Udziały obejmują etapy wykonane i przeterminowane; sprawy, których termin jeszcze biegnie, nie są jeszcze liczone.
console-assign-heading = Przydział
console-assign-label = Przydzielone do
console-assign-nobody = Nikt
console-assign-submit = Przydziel
console-triage-assigned-me = Przydzielone mnie
console-triage-unassigned = Nieprzydzielone

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Nie można podpisać wiadomości: Pani/Pana klucz podpisu nie znajduje się jeszcze w podpisanym pęku kluczy. Nic nie wysłano; proszę poprosić operatora o dodanie klucza.
console-casefile-heading = Akta sprawy do przekazania
console-casefile-hint = Tworzone w przeglądarce z otwartego zgłoszenia; nic z nich nie trafia na serwer. Dziennik audytu odnotowuje tylko sam eksport: format, dołączone części i liczbę zaczernionych słów.
console-casefile-parts = Części do dołączenia
console-casefile-part-fields = Pola zgłoszenia
console-casefile-part-conversation = Korespondencja
console-casefile-part-attachments = Załączniki z ich SHA-256
console-casefile-part-classification = Klasyfikacja
console-casefile-redact-contact = Zaczernij dane kontaktowe osoby zgłaszającej i identyfikator organizacji
console-casefile-terms = Nazwy i słowa do zaczernienia
console-casefile-terms-hint = Po jednym w wierszu. Każde jest zastępowane znacznikiem zaczernienia w całych aktach, bez względu na wielkość liter.
console-casefile-download = Pobierz akta sprawy (HTML)
console-casefile-print = Drukuj lub zapisz jako PDF
console-casefile-working = Przygotowywanie akt: odszyfrowywanie załączników…
console-casefile-done = Eksport akt sprawy został odnotowany.
console-casefile-no-parts = Proszę wybrać co najmniej jedną część.
console-casefile-title = Akta sprawy zgłoszenia
console-casefile-prepared = Sporządzono
console-casefile-marker = [ZACZERNIONO]
console-casefile-redactions = Zaczernienia
console-casefile-redacted-contact = Dane kontaktowe osoby zgłaszającej i identyfikator organizacji
console-casefile-redacted-terms = Słowa wskazane przez osobę rozpatrującą
console-casefile-verified = podpis zweryfikowany
# --- indicators ---
report-section-indicators = Wskaźniki techniczne (opcjonalnie)
report-indicators-lead = Jeśli macie techniczne ślady ataku, wpiszcie je tutaj, jedną wartość w wierszu. Rozpatrujący mogą przekazać je zespołom CSIRT, aby zablokować napastników.
field-indicator-ip = Adresy lub zakresy IP
hint-indicator-ip = IPv4 lub IPv6 albo zakres CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Nazwy domen
hint-indicator-domain = Na przykład files.example.com; nazwy międzynarodowe w postaci xn--.
field-indicator-url = Adresy internetowe (URL)
hint-indicator-url = Pełny adres, zaczynający się od https:// lub innego schematu.
field-indicator-email = Adresy e-mail
hint-indicator-email = Na przykład nadawca wiadomości phishingowej.
field-indicator-hash = Skróty plików
hint-indicator-hash = MD5, SHA-1 lub SHA-256, szesnastkowo.
field-indicator-file-name = Nazwy plików
hint-indicator-file-name = Sama nazwa, bez folderu: faktura.pdf.exe.
field-indicator-observations = Inne obserwacje techniczne
hint-indicator-observations = Wszystko inne, co może pomóc: narzędzia, konta, godziny.
error-indicator-ip = Wiersz { $line } nie jest adresem IP ani zakresem CIDR.
error-indicator-domain = Wiersz { $line } nie jest nazwą domeny.
error-indicator-url = Wiersz { $line } nie jest pełnym adresem internetowym (np. https://example.com/sciezka).
error-indicator-email = Wiersz { $line } nie jest adresem e-mail.
error-indicator-hash = Wiersz { $line } nie jest skrótem MD5, SHA-1 ani SHA-256.
error-indicator-file-name = Wiersz { $line } nie jest nazwą pliku (bez folderu, najwyżej 255 znaków).
error-indicator-count = W tym polu można wpisać najwyżej { $max } wartości.
console-indicators-heading = Wskaźniki techniczne
console-taxii-heading = Wyślij do kolekcji TAXII 2.1
console-taxii-hint = Pakiet STIX 2.1 z wybranym wyżej poziomem TLP trafia z tej przeglądarki bezpośrednio do serwera TAXII waszego organu; adres i dane logowania nie są zapisywane.
console-taxii-url = Adres kolekcji (kończy się na /collections/<id>/)
console-taxii-user = Nazwa użytkownika
console-taxii-password = Hasło
console-taxii-push = Wyślij do TAXII
console-taxii-done = Pakiet dodano do kolekcji TAXII.
console-taxii-failed = Serwer TAXII odrzucił pakiet lub był nieosiągalny. Sprawdźcie adres i dane logowania oraz czy serwer dopuszcza pochodzenie tej konsoli (CORS).
# --- tags and referral ---
console-tags-heading = Tagi
console-tags-hint = Tagi pochodzą ze stałej listy Państwa organu, prowadzonej przez operatora. Ich nazwy widzi ten, kto obsługuje serwer: proszę używać ich jako oznaczeń, nigdy do treści sprawy.
console-tags-none = To zgłoszenie nie ma tagów.
console-tags-field = Tag
console-tags-add = Dodaj tag
console-tags-remove = Usuń tag
console-error-tag-unknown = Tego tagu nie ma na liście Państwa organu. Nic nie zmieniono.
console-refer-heading = Przekaż do { $body }
console-refer-hint = Klucz zgłoszenia jest pieczętowany w przeglądarce dla kluczy { $body } ze zweryfikowanego pęku kluczy. { $body } widzi wtedy zgłoszenie w swojej skrzynce, z własnymi terminami liczonymi od dziś.
console-refer-note = Notatka dla { $body } (opcjonalna)
console-refer-note-hint = Zapieczętowana dla obu organów jak notatka wewnętrzna; nigdy niepokazywana zgłaszającemu.
console-refer-tell = Poinformuj zgłaszającego w rozmowie
console-refer-message = Wiadomość do zgłaszającego
console-refer-message-default = Państwa zgłoszenie zostało przekazane do { $body }, który również się nim zajmie.
console-refer-submit = Przekaż zgłoszenie
console-refer-done = Zgłoszenie zostało przekazane.
console-referrals-heading = Przekazania
console-referral-line = Przekazane z { $from } do { $to } przez { $who } dnia { $day }.
console-referral-note = Notatka:
console-triage-referred-from = Przekazane przez { $body }
console-error-referral-same = Zgłoszenie można przekazać tylko do drugiego organu.
console-error-referral-exists = { $body } ma już to zgłoszenie; nie zostało przekazane ponownie.
console-error-referral-slots = Zapieczętowane klucze nie odpowiadają dokładnie kluczom { $body } w pęku kluczy. Nic nie przekazano.
# --- security keys (WebAuthn) ---
account-nav-keys = Klucze bezpieczeństwa
account-keys-heading = Klucze bezpieczeństwa
account-keys-lead = Klucz bezpieczeństwa lub klucz dostępu w telefonie albo komputerze może zastąpić kod uwierzytelniający przy logowaniu i nie da się go wyłudzić phishingiem. Można dodać kilka.
account-keys-totp-allowed = Pana/Pani konto może logować się również kodem uwierzytelniającym.
account-keys-totp-forbidden = Pana/Pani konto loguje się wyłącznie kluczem bezpieczeństwa: kody uwierzytelniające są odrzucane.
account-keys-list-heading = Pana/Pani klucze
account-keys-none = Nie dodano jeszcze żadnego klucza bezpieczeństwa.
account-key-name = Nazwa klucza
account-key-name-hint = Na przykład „niebieski klucz”, aby rozpoznać go na tej liście.
account-key-added-on = Dodano
account-key-last-used = Ostatnio użyty
account-key-actions = Działania
account-key-remove = Usuń
account-key-new-heading = Dodaj klucz bezpieczeństwa
account-key-add = Dodaj klucz bezpieczeństwa
account-key-touch = Proszę postępować zgodnie z instrukcją przeglądarki i dotknąć klucza bezpieczeństwa.
account-key-failed = Klucz bezpieczeństwa nie odpowiedział albo żądanie anulowano. Proszę spróbować ponownie.
account-key-needs-js = Dodanie klucza bezpieczeństwa wymaga JavaScriptu w tej przeglądarce.
account-key-unavailable = Pod adresem tego serwera nie można używać kluczy bezpieczeństwa. Proszę zwrócić się do operatora.
account-key-added = Klucz bezpieczeństwa został dodany.
account-key-removed = Klucz bezpieczeństwa został usunięty.
account-key-last = To ostatni klucz bezpieczeństwa, a konto nie może używać kodów uwierzytelniających: proszę dodać inny klucz przed usunięciem tego.
account-key-expired = Żądanie trwało zbyt długo. Proszę spróbować ponownie.
account-key-invalid = Odpowiedź klucza bezpieczeństwa nie została przyjęta. Proszę spróbować ponownie.
account-key-duplicate = Ten klucz bezpieczeństwa został już dodany.
account-key-too-many = Osiągnięto maksymalną liczbę kluczy bezpieczeństwa. Proszę najpierw usunąć jeden.
account-error-key-name = Proszę nadać kluczowi nazwę o długości od 1 do { $max } znaków.
account-key-signin-heading = Proszę użyć klucza bezpieczeństwa
account-key-signin-lead = Hasło jest poprawne. Proszę potwierdzić logowanie kluczem bezpieczeństwa.
account-key-signin-submit = Użyj mojego klucza bezpieczeństwa
account-key-signin-needs-js = Klucz bezpieczeństwa wymaga JavaScriptu w tej przeglądarce.
account-key-signin-back = Zaloguj się zamiast tego kodem uwierzytelniającym
account-field-code-key-hint = Jeśli używa Pan/Pani klucza bezpieczeństwa, proszę zostawić kod pusty: klucza użyje Pan/Pani w następnym kroku.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Powiadomienia
console-notify-lead = Zestawienie zawierające wyłącznie liczby: nowe zgłoszenia, nowe wiadomości od zgłaszających, zbliżające się i przekroczone terminy. Nigdy nie zawiera treści, identyfikatora ani tytułu zgłoszenia.
console-notify-email = Adres e-mail
console-notify-email-hint = Zestawienie jest wysyłane na ten adres. Pozostaw puste, aby nie otrzymywać e-maili.
console-notify-webhook = Adres URL webhooka
console-notify-webhook-hint = Te same liczby są wysyłane tutaj w formacie JSON (HTTP POST). Adres musi zaczynać się od https://. Pozostaw puste, aby nie korzystać.
console-notify-frequency = Jak często
console-notify-off = Nigdy
console-notify-daily = Codziennie
console-notify-weekly = Co tydzień
console-notify-send-empty = Wysyłaj zestawienie także wtedy, gdy nic się nie wydarzyło
console-notify-send-empty-hint = Zestawienie przychodzi wtedy za każdym razem, więc jego nadejście nie zdradza niczego o nowych zgłoszeniach.
console-notify-language = Język zestawienia
console-notify-save = Zapisz
console-notify-saved = Ustawienia powiadomień zostały zapisane.
console-notify-error-email = Adres e-mail: wpisz pełny adres, np. imie@example.eu.
console-notify-error-webhook = Adres URL webhooka: wpisz pełny adres, np. https://hooks.example.eu/digest, bez nazwy użytkownika, hasła i znaku #.
console-notify-error-https = Adres URL webhooka: adres musi zaczynać się od https:// (http:// tylko do tego komputera).
console-notify-error-destination = Adres e-mail: wpisz adres e-mail lub adres URL webhooka albo wybierz „Nigdy”.
notify-mail-subject = Kanał zgłoszeń: Twoje zestawienie
notify-mail-intro = Zestawienie dla { $body } od { $from } do { $through }. Tylko liczby: zaloguj się do konsoli, aby zobaczyć zgłoszenia.
notify-mail-new-reports = Nowe zgłoszenia: { $count }
notify-mail-new-replies = Nowe wiadomości od zgłaszających: { $count }
notify-mail-ack-due = Potwierdzenia przyjęcia z terminem w ciągu 2 dni: { $count }
notify-mail-feedback-due = Informacje zwrotne z terminem w ciągu 14 dni: { $count }
notify-mail-ack-overdue = Zaległe potwierdzenia przyjęcia: { $count }
notify-mail-feedback-overdue = Zaległe informacje zwrotne: { $count }
notify-mail-nothing = Nic nowego i nic do terminu.
notify-mail-footer = Otrzymujesz to zestawienie, ponieważ zamówiłeś je w konsoli (Powiadomienia). Tam możesz je zmienić lub wyłączyć.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Potwierdzono otrzymanie dnia
conversation-acknowledgement-due = Potwierdzenie otrzymania do
conversation-feedback-due = Informacje zwrotne do
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Powiązane zgłoszenia
console-related-hint = Dopasowane za pomocą kluczowanych skrótów wskaźników i identyfikatora organizacji, obliczanych w Twojej przeglądarce: serwer nigdy nie widzi wskaźnika. Wyświetlane są tylko zgłoszenia, które Twój organ może otworzyć.
console-related-none = Żadne inne zgłoszenie Twojego organu nie ma wspólnego wskaźnika z tym.
console-related-report = Zgłoszenie { $report }
console-related-shares = wspólne wskaźniki: { $count }
console-related-incident = możliwe, że ten sam incydent (ten sam identyfikator organizacji)
console-related-refused = Klucz korelacji zaproponowany przez serwer nie jest tym, który wskazuje podpisany pęk kluczy: nie został użyty i nic nie wysłano.
console-related-confirm = Potwierdź to zgłoszenie jako duplikat
console-related-unavailable = Korelacja nie jest jeszcze dostępna: dla Twojego wpisu w pęku kluczy nie zapieczętowano żadnego klucza korelacji.
