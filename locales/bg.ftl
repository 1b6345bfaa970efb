### Български (bg). Same message ids and { $placeholders } as en.ftl (checked by `cargo test -p i18n`).
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Български
language-switch-label = Език
language-switch-button = Смяна на езика

## Page chrome

site-name = Канал за подаване на сигнали за кражба на търговски тайни
skip-to-content = Към основното съдържание
nav-label = Основно меню
nav-home = Начална страница
nav-report = Подаване на сигнал
nav-follow-up = Проследяване на сигнал
footer-privacy-notice = Декларация за поверителност
footer-recipients = Сигналите се получават от EUIPO и от Европейския център за борба с киберпрестъпността (EC3) към Европол.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] януари
        [2] февруари
        [3] март
        [4] април
        [5] май
        [6] юни
        [7] юли
        [8] август
        [9] септември
        [10] октомври
        [11] ноември
       *[12] декември
    } { $year } г.

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Сигнали за кражба на търговски тайни чрез кибератаки
page-title-report = Подаване на сигнал
page-title-follow-up = Проследяване на вашия сигнал
page-title-privacy = Декларация за поверителност

## Reporter landing page

home-heading = Подайте сигнал за кражба на търговски тайни при кибератака
home-intro = Ако търговски тайни на вашето предприятие са откраднати чрез кибератака, можете да подадете сигнал тук – доброволно и поверително – до EUIPO (Службата на Европейския съюз за интелектуална собственост) и до Европейския център за борба с киберпрестъпността (EC3) към Европол.
home-point-recipients = Вие избирате кой да получи сигнала ви: EUIPO, Европол EC3 или и двата.
home-point-encrypted = Сигналът ви се криптира така, че да може да бъде прочетен само от разглеждащите служители на избраните от вас органи. Този уебсайт никога не го съхранява в четим вид.
home-point-anonymous = Можете да подадете сигнал, без да посочвате името си или наименованието на вашето предприятие.
home-point-receipt = След изпращането на сигнала ще получите код за потвърждение. Пазете го на сигурно място: той ви е необходим, за да четете въпросите на разглеждащите служители и да отговаряте на тях, а ако го изгубите, не може да бъде заменен.
home-point-statistics = Отговорите, които избирате от списъци (например сектор и вид атака), се използват и за статистика на равнище ЕС. Към тях се добавя шум, така че да не може да бъде идентифицирано нито едно предприятие.
home-no-javascript = Формулярът работи и с изключен JavaScript (например в най-сигурния режим на Tor Browser). В този случай сигналът ви се криптира от сървъра веднага след получаването му, а не във вашия браузър, което осигурява малко по-слаба защита.
home-start-button = Подаване на сигнал
home-follow-up-heading = Вече сте подали сигнал?
home-follow-up-text = С кода за потвърждение можете да четете съобщенията от разглеждащите служители и да им отговаряте.
home-follow-up-button = Продължаване с кода за потвърждение

## Form: common parts

form-optional = (незадължително)
form-choose = Изберете…
# Read by screen readers before each field error.
form-error-prefix = Грешка:
recipient-euipo = EUIPO (Служба на Европейския съюз за интелектуална собственост)
recipient-ec3 = Европол EC3 (Европейски център за борба с киберпрестъпността)

## Errors: whole pages

error-page-title = Възникна грешка
error-bad-request = Заявката не може да бъде разбрана. Моля, върнете се назад и опитайте отново.
error-not-found = Тази страница не съществува. Проверете адреса или започнете отначало от началната страница.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Изпратените данни са твърде големи: ограничението е { $limit }. Премахнете или намалете прикачените файлове и опитайте отново.
error-csrf = От съображения за сигурност валидността на този формуляр е изтекла и нищо не е запазено. Моля, презаредете страницата и изпратете формуляра отново.
error-form-used = Този формуляр вече е изпратен: сигналът Ви е получен веднъж, с кода за потвърждение, показан тогава. За да подадете нов сигнал, отворете нов формуляр.
error-rate-limited = Твърде много опити за кратко време. Моля, изчакайте няколко минути и опитайте отново.
error-server = Възникна грешка от наша страна и нищо не е запазено. Моля, опитайте отново по-късно.
error-unavailable = Услугата временно не е достъпна. Моля, опитайте отново по-късно.
error-unavailable-title = Временно недостъпно
error-database-unavailable = В момента не можем да съхраняваме или да четем сигнали, поради което нищо не е запазено. Моля, изчакайте една минута и изпратете сигнала отново.

## Errors: form fields

error-required = Това поле е задължително.
error-unknown-choice = Изберете една от възможностите в списъка.
error-month-format = Въведете месеца във формат YYYY-MM, например 2026-03.
error-month-future = Месецът не може да бъде в бъдещето.
error-month-too-early = Месецът не може да бъде преди { $year } г.
error-detection-before-incident = Месецът на откриване на кражбата не може да бъде преди месеца, в който тя е започнала.
error-number-format = Въведете цяло число, например 250000.
# { $max } is an amount in euros.
error-loss-too-large = Сумата не може да надвишава { $max } евро.
error-jobs-too-large = Броят на работните места не може да надвишава { $max }.
error-too-long =
    { $max ->
        [one] Текстът е твърде дълъг: използвайте най-много { $max } знак.
       *[other] Текстът е твърде дълъг: използвайте най-много { $max } знака.
    }
error-organisation-id = Въведете идентификационен номер по ДДС (например DK12345678) или код LEI (20 букви и цифри) или оставете полето празно.
error-recipients = Изберете поне един получател: EUIPO, Европол EC3 или и двата.
error-consent = Отбележете полето за потвърждение, преди да изпратите сигнала.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Формулярът съдържа { $count } грешка. Моля, поправете я и изпратете формуляра отново.
       *[other] Формулярът съдържа { $count } грешки. Моля, поправете ги и изпратете формуляра отново.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Отпечатък на набора от ключове (сравнете го с отпечатъка, публикуван от EUIPO и Европол):
error-go-back = Използвайте бутона „Назад“ на браузъра, за да се върнете към формуляра; въведеното обикновено все още е там.
# { $limit } is a number of files.
error-too-many-files = Твърде много файлове: можете да прикачите най-много { $limit }. Премахнете някои от тях и опитайте отново.

## Page titles (intake)

page-title-confirmation = Сигналът е получен
page-title-conversation = Вашият сигнал

## Landing page: what the server sees

home-server-heading = Какво вижда този уебсайт и какво не
home-server-cannot = Той не може да чете вашия сигнал, прикачените файлове или съобщенията ви: те се криптират за разглеждащите служители, преди да бъдат съхранени, а ключовете за отварянето им са само у разглеждащите служители.
home-server-can = Той вижда, че в даден ден е подаден сигнал, до кой орган и какъв е приблизителният му обем. Никога не записва вашия IP адрес, браузъра ви или точния час.
home-fingerprint-heading = Проверете дали използвате истинския канал
home-fingerprint-text = Сигналите се криптират с ключовете от набор от ключове, подписан с офлайн ключа на канала. Отпечатъкът му е посочен по-долу; EUIPO и Европол публикуват същия отпечатък на своите уебсайтове.
home-tor-heading = Анонимно подаване на сигнал
home-tor-text = За най-висока степен на анонимност използвайте Tor Browser, не влизайте едновременно в други услуги и премахнете имената и метаданните (автор, предприятие, GPS) от файловете, преди да ги прикачите.

## Report form

report-heading = Сигнал за кражба на търговски тайни
report-lead = Полетата, отбелязани като незадължителни, могат да останат празни. Всичко, което напишете, както и прикачените файлове, се криптира за избраните от вас получатели.
report-guarantee-server = Без JavaScript сигналът ви се криптира от сървъра в паметта в момента на получаването му и никога не се съхранява в четим вид. С включен JavaScript вашият браузър го криптира преди изпращането.
report-files-dropped = От съображения за сигурност прикачените файлове не се запазват, когато формулярът бъде върнат с грешки. Моля, прикачете ги отново.
report-section-classification = За инцидента
report-section-when = Кога се е случило
report-section-impact = Последици
report-section-account = Какво се е случило
report-section-optional = Незадължителни данни
report-submit = Криптиране и изпращане на сигнала
field-recipients = Кой да получи сигнала?
hint-recipients = Изберете единия или и двата. Сигналът може да бъде прочетен само от разглеждащите служители на избраните от вас органи.
field-member-state = Държава членка, в която е установено вашето предприятие
hint-member-state = Използва се за статистиката на ЕС по държави.
field-sector = Сектор на вашето предприятие
hint-sector = Секцията по NACE на основната ви дейност.
field-incident-class = Вид инцидент
hint-incident-class = Изберете най-подходящия вариант; разглеждащите служители могат да го коригират.
field-attack-vector = Как са проникнали нападателите
hint-attack-vector = Ако все още не знаете, изберете „Неизвестно“.
field-actor-type = Кой според вас стои зад атаката?
hint-actor-type = Посочете най-добрата си преценка; „Неизвестно“ също е валиден отговор.
field-incident-month = Месец, в който е започнала кражбата
hint-incident-month = Във формат YYYY-MM, например 2026-03. Приблизителна стойност е достатъчна.
field-detection-month = Месец, в който е открита кражбата
hint-detection-month = Във формат YYYY-MM.
field-loss-eur = Приблизителна загуба в евро (незадължително)
hint-loss-eur = Цяло число, например 250000. Оставете полето празно, ако не можете да я оцените.
field-jobs-at-risk = Застрашени работни места (незадължително)
hint-jobs-at-risk = Колко работни места са застрашени от кражбата, ако можете да ги оцените.
field-what-taken = Какво е откраднато
hint-what-taken = Например: изходен код, проекти, списъци с клиенти, формули, производствени процеси.
field-narrative = Какво се е случило
hint-narrative = Опишете със свои думи атаката и как е била открита: дати, засегнати системи и какво сте предприели оттогава.
field-attachments = Прикачени файлове (незадължително)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Брой файлове: до { $max_files }; размер на всеки файл: до { $max_mib } MB. Файловете се криптират още при получаването им.
field-contact = Как могат разглеждащите служители да се свържат с вас? (незадължително)
hint-contact = Оставете полето празно, за да останете анонимни: пак ще можете да четете съобщенията и да отговаряте на тях с кода за потвърждение.
field-organisation-id = Идентификационен номер по ДДС или код LEI на предприятието (незадължително)
hint-organisation-id = По избор. Криптира се: могат да го четат проверяващите на избраните органи; никога не се публикува. В статистиката то става псевдоним, така че дружеството ви да се брои най-много веднъж на тримесечие, а публикуваните данни да защитават сигналите на дружеството като цяло (по подразбиране ε = 1 на тримесечие, най-много ε = 4 на година). Без него всеки сигнал се защитава поотделно, а не всичките ви сигнали заедно.
field-consent = Потвърждавам, че доколкото ми е известно, информацията е вярна, и давам съгласието си тя да бъде обработвана, както е описано в декларацията за поверителност.
hint-consent = Можете да оттеглите сигнала по-късно, като пишете на разглеждащите служители с кода за потвърждение.

## Confirmation

confirmation-heading = Вашият сигнал е получен
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Вашият сигнал е криптиран и изпратен до: { $recipients }.
confirmation-receipt-heading = Вашият код за потвърждение
confirmation-receipt-text = Запишете или изтеглете този код сега. Той ви е необходим, за да четете въпросите на разглеждащите служители и да отговаряте на тях.
confirmation-receipt-once = Този код се показва само веднъж. Никой, включително разглеждащите служители, не може да го възстанови за вас.
confirmation-download = Изтегляне на кода за потвърждение като текстов файл
confirmation-print = Можете също да отпечатате тази страница: отпечатват се само кодът и тези указания.
confirmation-guarantee-heading = Как беше защитен вашият сигнал
confirmation-sealed-by-server = Вашият браузър изпрати сигнала без JavaScript, затова сървърът го криптира в паметта при получаването му. Той никога не е записван на диск в четим вид.
confirmation-sealed-by-browser = Вашият браузър криптира сигнала преди изпращането му; сървърът никога не го е виждал в четим вид.
confirmation-next-heading = Какво следва
confirmation-next-text = Разглеждащите служители потвърждават получаването на сигналите в срок от 7 дни и предоставят обратна информация в срок от 3 месеца. Върнете се с кода за потвърждение, за да прочетете съобщенията им.
recipients-both = EUIPO и EC3
receipt-file-title = Код за потвърждение на вашия сигнал, подаден чрез канала за подаване на сигнали за кражба на търговски тайни
receipt-file-keep = Пазете този код в тайна и на сигурно място. Използвайте го на страницата на канала за проследяване на сигнали.

## Follow-up

followup-heading = Проследяване на вашия сигнал
followup-lead = Въведете кода за потвърждение, който получихте при изпращането на сигнала.
followup-receipt-label = Код за потвърждение
followup-receipt-hint = 24 букви и цифри, например 7KQM-2XPA-…; тиретата и интервалите нямат значение.
followup-submit = Отваряне на моя сигнал
followup-wrong-receipt = Няма сигнал, който да съответства на този код за потвърждение. Проверете всеки знак и опитайте отново.

## Conversation

conversation-heading = Вашият сигнал
conversation-status = Статус
conversation-received = Получен на
conversation-sealed-by-server = Този сигнал е криптиран от сървъра при получаването му (изпратен е без JavaScript).
conversation-messages = Съобщения
conversation-empty = Все още няма съобщения. Разглеждащите служители потвърждават получаването на сигналите в срок от 7 дни.
conversation-from-you = Вие
conversation-from-reviewer = Разглеждащ служител
conversation-reply-heading = Съобщение до разглеждащите служители
conversation-reply-label = Вашето съобщение
conversation-reply-submit = Криптиране и изпращане на съобщението
conversation-reply-sent = Съобщението ви е криптирано и изпратено.
conversation-reply-empty = Преди да изпратите, напишете съобщение или прикачете файл.
status-new = Получен, все още непотвърден
status-acknowledged = Получаването е потвърдено
status-in-review = В процес на разглеждане
status-information-requested = Разглеждащите служители поискаха информация от вас
status-referred = Препратен към компетентните органи
status-closed = Приключен

## Privacy notice

privacy-heading = Декларация за поверителност
privacy-controllers = Сигналите се обработват от EUIPO и от Европол (EC3), всеки за адресираните до него сигнали, съответно съгласно Регламент (ЕС) 2018/1725 и Регламент (ЕС) 2016/794.
privacy-what-heading = Какво се обработва
privacy-what-text = Съдържанието на сигнала, прикачените към него файлове и съобщенията ви се криптират така, че да могат да бъдат прочетени само от разглеждащите служители на избраните от вас органи. Денят на получаване на сигнала, статусът му и получателите се съхраняват в четим вид с цел спазване на сроковете.
privacy-not-heading = Какво никога не се записва
privacy-not-text = Вашият IP адрес, браузърът ви и точното време на посещенията ви никога не се съхраняват и не се записват в дневници. На страниците за подаване на сигнали не се използват бисквитки.
privacy-statistics-heading = Статистика
privacy-statistics-text = Отговорите, избрани от списъци, се използват за статистика на ниво ЕС, публикувана с диференциална поверителност. Защитено е дружество под посочения ДДС номер или LEI: дали е подало сигнал през тримесечието, и какъв, променя вероятността на всяко публикувано число най-много с множител e^ε, в границите, публикувани с всяко издание (по подразбиране ε = 1 на тримесечие, множител 2,7, и ε = 4 на календарна година, множител 55; за няколко години множителите се умножават). Сигналите без идентификатор се защитават поотделно, така че дружество, което изпраща няколко без него, е по-слабо защитено. Числата са оценки с шум, а не точни бройки.
privacy-retention-heading = Колко дълго се съхраняват сигналите
privacy-retention-text = Приключените сигнали се заличават след изтичането на срока на съхранение, определен от органите, които ги разглеждат. Това не засяга публикуваната статистика.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Австрия
member-state-BE = Белгия
member-state-BG = България
member-state-HR = Хърватия
member-state-CY = Кипър
member-state-CZ = Чехия
member-state-DK = Дания
member-state-EE = Естония
member-state-FI = Финландия
member-state-FR = Франция
member-state-DE = Германия
member-state-EL = Гърция
member-state-HU = Унгария
member-state-IE = Ирландия
member-state-IT = Италия
member-state-LV = Латвия
member-state-LT = Литва
member-state-LU = Люксембург
member-state-MT = Малта
member-state-NL = Нидерландия
member-state-PL = Полша
member-state-PT = Португалия
member-state-RO = Румъния
member-state-SK = Словакия
member-state-SI = Словения
member-state-ES = Испания
member-state-SE = Швеция

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Селско, горско и рибно стопанство
sector-B = Добивна промишленост
sector-C = Преработваща промишленост
sector-D = Производство и разпределение на електрическа и топлинна енергия и на газообразни горива
sector-E = Доставяне на води; канализационни услуги, управление на отпадъци и възстановяване
sector-F = Строителство
sector-G = Търговия; ремонт на автомобили и мотоциклети
sector-H = Транспорт, складиране и пощи
sector-I = Хотелиерство и ресторантьорство
sector-J = Създаване и разпространение на информация и творчески продукти; далекосъобщения
sector-K = Финансови и застрахователни дейности
sector-L = Операции с недвижими имоти
sector-M = Професионални дейности и научни изследвания
sector-N = Административни и спомагателни дейности
sector-O = Държавно управление
sector-P = Образование
sector-Q = Хуманно здравеопазване и социална работа
sector-R = Култура, спорт и развлечения
sector-S = Други дейности
sector-T = Дейности на домакинства като работодатели; недиференцирани дейности на домакинства по производство на стоки и услуги за собствено потребление
sector-U = Дейности на екстериториални организации и служби

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Информационна сигурност: неразрешен достъп до информация
incident-class-information-content-security--unauthorised-information-modification = Информационна сигурност: неразрешена промяна на информация
incident-class-information-content-security--data-loss = Информационна сигурност: загуба на данни
incident-class-information-content-security--leak-confidential-information = Информационна сигурност: изтичане на поверителна информация
incident-class-intrusions--system-compromise = Проникване: поемане на контрол над система (сървър или компютър)
incident-class-intrusions--application-compromise = Проникване: поемане на контрол над приложение
incident-class-intrusions--privileged-account-compromise = Проникване: поемане на контрол над администраторски профил
incident-class-intrusions--unprivileged-account-compromise = Проникване: поемане на контрол над обикновен потребителски профил
incident-class-intrusions--burglary = Проникване: физическо проникване с взлом
incident-class-information-gathering--social-engineering = Събиране на информация: манипулиране на хора с цел получаване на информация (социално инженерство)
incident-class-information-gathering--sniffing = Събиране на информация: прихващане на мрежов трафик
incident-class-malicious-code--infected-system = Зловреден код: заразена система
incident-class-fraud--masquerade = Измама: представяне за лице или организация, на които имате доверие
incident-class-fraud--phishing = Измама: фишинг (фалшиви съобщения или уебсайтове за придобиване на пароли или данни)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Хакерска атака: уеб приложение
attack-vector-hacking--backdoor-or-c2 = Хакерска атака: задна вратичка (backdoor) или канал за дистанционно управление (C2)
attack-vector-hacking--desktop-sharing = Хакерска атака: отдалечен работен плот или споделяне на екрана
attack-vector-hacking--vpn = Хакерска атака: достъп чрез VPN
attack-vector-hacking--partner = Хакерска атака: чрез достъпа на партньор (доставчик на стоки или услуги)
attack-vector-hacking--command-shell = Хакерска атака: командна обвивка (shell)
attack-vector-malware--email-attachment = Зловреден софтуер: прикачен файл към имейл
attack-vector-malware--email-link = Зловреден софтуер: връзка в имейл
attack-vector-malware--web-download = Зловреден софтуер: изтегляне от уебсайт
attack-vector-malware--software-update = Зловреден софтуер: актуализация на софтуер
attack-vector-malware--direct-install = Зловреден софтуер: инсталиран пряко от нападателя
attack-vector-malware--network-propagation = Зловреден софтуер: разпространение по мрежата
attack-vector-social--email = Социално инженерство: имейл
attack-vector-social--phone = Социално инженерство: телефонно обаждане
attack-vector-social--in-person = Социално инженерство: лично
attack-vector-social--website = Социално инженерство: уебсайт
attack-vector-social--sms = Социално инженерство: текстово съобщение (SMS)
attack-vector-misuse--lan-access = Злоупотреба от вътрешно лице: достъп от вътрешната мрежа
attack-vector-misuse--physical-access = Злоупотреба от вътрешно лице: физически достъп
attack-vector-misuse--remote-access = Злоупотреба от вътрешно лице: отдалечен достъп
attack-vector-misuse--non-corporate = Злоупотреба от вътрешно лице: извън системите на предприятието (личен имейл, лични устройства или мрежи)
attack-vector-unknown = Неизвестно или все още неустановено

## Categories: actor types

actor-type-competitor = Конкурент
actor-type-nation-state = Държавен субект (чуждо правителство или негови агенции)
actor-type-organised-crime = Организирана престъпност
actor-type-insider = Вътрешно лице (настоящ служител или изпълнител по договор)
actor-type-former-employee = Бивш служител
actor-type-unknown = Неизвестно

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript е включен: вашият браузър криптира сигнала и прикачените файлове за избраните от вас получатели, преди да бъде изпратено каквото и да било. Сървърът получава само криптирани данни.
js-status-checking = Проверка на формуляра и на ключовете на разглеждащите служители…
js-status-encrypting = Криптиране на сигнала и прикачените файлове в този браузър…
js-status-proof-of-work = Подготовка за изпращане (кратко изчисление, което защитава канала от автоматизиран спам)…
js-status-sending = Изпращане на криптирания сигнал…
js-error-keyring = Ключовете на разглеждащите служители не можаха да бъдат проверени: наборът от ключове не е подписан с ключа, чийто отпечатък е показан на тази страница. Нищо не е изпратено. Не изпращайте сигнала си от тази страница; свържете се с EUIPO или Европол чрез официалните им уебсайтове.
js-error-network = Сигналът не можа да бъде изпратен, тъй като връзката прекъсна. Нищо не е съхранено. Проверете връзката си и опитайте отново.
js-error-crypto = Вашият браузър не можа да криптира сигнала, затова нищо не е изпратено. Опитайте отново или изключете JavaScript, за да изпратите формуляра без него.
js-error-file = Прикачен файл не можа да бъде прочетен. Проверете дали файлът все още съществува, прикачете го отново и опитайте пак.
js-error-kept = Вашите отговори и прикачените файлове все още са във формуляра.
js-retry = Нов опит
js-print = Отпечатване на кода за потвърждение

## Reviewer console (/console/)

console-name = Конзола за разглеждащите служители
console-nav-inbox = Входящи сигнали
console-logout = Изход
console-logout-everywhere = Изход от всички устройства
console-go-to-login = Към страницата за вход
console-refused-heading = Заявката е отказана
console-login-heading = Вход в конзолата за разглеждащите служители
console-login-submit = Вход
console-field-name = Потребителско име
console-field-password = Парола
console-field-code = Код от приложението за удостоверяване
console-field-code-hint = Шестцифреният код, който приложението за удостоверяване показва в момента. Всеки код може да се използва само веднъж.
console-notice-expired = Сесията ви изтече. Моля, влезте отново.
console-notice-logged-out = Излязохте от системата.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Грешно име, парола или код. Опитайте отново; след много неуспешни опити изчакайте минута преди следващия.
console-error-csrf = Този формуляр не може да бъде приет, тъй като маркерът му за сигурност липсва, е грешен или е от друга сесия. Нищо не е променено. Презаредете страницата и опитайте отново.
error-cross-site = Този формуляр е изпратен от друг уебсайт, затова е отхвърлен и нищо не е променено. Отворете страницата на този сайт и изпратете формуляра оттам.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Страници
pager-previous = Предишна страница
pager-next = Следваща страница
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Страница { $page } от { $pages }
error-method-not-allowed = Този адрес не приема този вид заявка.
error-headers-too-large = Заявката съдържаше твърде много данни в заглавките и беше отхвърлена. Изтрийте бисквитките на този сайт и опитайте отново.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Текстово поле е твърде дълго: ограничението е { $limit } на поле. Съкратете текста и го изпратете отново.
followup-unsent-label = Вашият отговор (не е изпратен)
followup-unsent-hint = Не беше изпратен, защото разписката не беше разпозната. Копирайте го, влезте отново с разписката си и го изпратете от разговора си.
console-enrol-heading = Настройване на профила на разглеждащ служител
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Добре дошли, { $name } ({ $body }). Изберете парола за вход и настройте приложението за кодове. Тази връзка може да се използва само веднъж.
console-enrol-password-heading = 1. Парола за вход
console-field-new-password = Нова парола
console-field-confirm-password = Повторете паролата
# { $min } is a number of characters.
console-enrol-password-hint = Минимален брой знаци: { $min }. Най-лесно се запомня парола от няколко думи.
console-enrol-totp-heading = 2. Приложение за удостоверяване
console-enrol-totp-scan = Сканирайте този QR код с приложението за удостоверяване (кодове, базирани на времето, TOTP).
console-enrol-totp-secret = Ако не можете да го сканирате, въведете вместо това този ключ в приложението:
console-enrol-code-hint = За да завършите, въведете шестцифрения код, който приложението показва в момента.
console-enrol-submit = Завършване на настройването
console-enrol-done = Профилът ви е готов. Вече можете да влезете с името си, паролата си и код от приложението за удостоверяване.
console-enrol-fingerprint = Отпечатъкът на вашия ключ е { $fingerprint }. Ключът ви се използва едва след като операторът го добави към ключодържателя: операторът ще ви помоли да прочетете този отпечатък по телефона или лично и ще добави ключа само ако съвпада.
console-error-enrol-link = Тази връзка за регистрация не е валидна: вече е използвана, изтекла е или е въведена грешно. Поискайте нова връзка от оператора.
console-error-password-short = Паролата е твърде кратка: минималният брой знаци е { $min }.
console-error-password-mismatch = Двете пароли не съвпадат. Въведете една и съща парола в двете полета.
console-error-enrol-code = Кодът не е верен. Проверете дали приложението е настроено с посочения по-горе ключ и дали часовникът на устройството ви е верен, след което въведете кода, който се показва в момента.
console-inbox-heading = Входящи сигнали
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] до вашата организация е адресиран един сигнал.
   *[other] до вашата организация са адресирани { $count } сигнала.
}
console-inbox-empty = Все още няма сигнали, адресирани до вашата организация.
console-inbox-col-report = Сигнал
console-inbox-col-received = Получен (ден)
console-inbox-col-status = Статус
console-inbox-col-sealed-by = Криптиран от
console-status-new = Нов
console-status-acknowledged = Потвърден
console-status-in-review = В процес на разглеждане
console-status-information-requested = Поискана информация
console-status-referred = Препратен
console-status-closed = Приключен
console-sealed-by-browser = Браузърът на подателя
console-sealed-by-server = Сървърът (изпратен без JavaScript: по-слаба гаранция)
console-inbox-col-deadline = Следващ срок (Директива 2019/1937)
console-inbox-col-action = Промяна на статуса
console-deadline-acknowledgement = Потвърждение на получаването до { $day }
console-deadline-feedback = Обратна информация до { $day }
console-deadline-overdue = Просрочен
console-deadline-due-soon = Срокът изтича скоро
console-deadline-none = Няма (приключен)
console-deadline-counts = Срокове – просрочени: { $overdue }; изтичащи до 2 дни: { $soon }.
console-status-change-label = Нов статус
console-status-change-submit = Промяна
console-status-final = Приключен: не са възможни повече промени
console-transition-refused-heading = Промяната на статуса е отказана
console-error-transition = Сигнал не може да премине от статус „{ $from }“ към статус „{ $to }“. Нищо не е променено. Изберете един от статусите, предложени във входящите сигнали.
console-back-to-inbox = Обратно към входящите сигнали

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Ключ за четене на сигнали
console-enrol-needs-js = За четене на сигнали е необходим браузър с JavaScript: личният ви ключ за четенето им се създава и заключва във вашия браузър, никога на сървъра. Включете JavaScript или използвайте друг браузър, за да завършите настройването на профила си.
console-enrol-key-explain = Сега браузърът ви създава личния ви ключ за четене на сигнали и го заключва с парола за отключване. Изберете парола, различна от паролата ви за вход. Ключът никога не напуска този браузър: ако забравите паролата за отключване, операторът трябва да ви настрои нов ключ.
console-field-unlock-passphrase = Парола за отключване
console-field-unlock-passphrase-confirm = Повторете паролата за отключване
console-enrol-unlock-hint = Минимален брой знаци: { $min }; не може да бъде паролата ви за вход.
console-error-unlock-short = Паролата за отключване е твърде кратка: минималният брой знаци е { $min }.
console-error-unlock-mismatch = Двете пароли за отключване не съвпадат. Въведете една и съща парола в двете полета.
console-error-unlock-same = Паролата за отключване трябва да е различна от паролата за вход: паролата за вход се изпраща на сървъра, а паролата за отключване – никога.
console-enrol-key-working = Създаване и заключване на ключа. Това отнема няколко секунди…
console-error-key-failed = Браузърът ви не можа да създаде ключа. Презаредете страницата и опитайте отново.
console-error-enrol-key = За четене на сигнали е необходим браузър с JavaScript, а този формуляр е пристигнал без ключа, който създава браузърът ви. Включете JavaScript, презаредете страницата и опитайте отново.

## Reviewer console: reading a report
console-report-heading = Сигнал
console-report-bodies = Получатели
console-report-needs-js = За четене на сигнали е необходим браузър с JavaScript: сигналът се декриптира във вашия браузър с вашия ключ, никога на сървъра.
console-report-no-key = Профилът ви няма ключ за четене на сигнали. Поискайте нова връзка за регистрация от оператора.
console-unlock-heading = Отключване на ключа
console-unlock-hint = Паролата за отключване се използва само на тази страница и никога не се изпраща. Ще ви трябва отново, когато отворите друга страница.
console-unlock-submit = Отключване и отваряне на сигнала
console-unlock-working = Отключване на ключа и отваряне на сигнала…
console-error-unlock-wrong = Паролата за отключване не е вярна. Нищо не е отворено. Опитайте отново.
console-error-open-failed = Този сигнал не може да бъде отворен с вашия ключ. Възможно е да е изпратен, преди ключът ви да бъде добавен към набора от ключове; колега, който може да го чете, може да ви предостави достъп.
console-error-keyring = Ключовете на разглеждащите служители не можаха да бъдат проверени: наборът от ключове не е подписан с ключа, с чийто отпечатък е стартиран този сървър. Нищо не е изпратено.
console-error-keyring-rollback = Този ключодържател е по-стар (с по-нисък сериен номер) от вече видян в този браузър със същия ключ за подписване: може да е върнат стар ключодържател, за да се използва премахнат ключ. Нищо не беше отворено или изпратено. Уведомете оператора.
console-error-network = Връзката прекъсна. Нищо не е изпратено. Проверете връзката си и опитайте отново.
console-report-fields-heading = Какво е изпратил подателят на сигнала
console-report-field-member-state = Държава членка
console-report-field-sector = Сектор
console-report-field-incident-class = Вид инцидент
console-report-field-attack-vector = Вектор на атаката
console-report-field-actor-type = Предполагаем извършител
console-report-field-incident-month = Месец на започване на кражбата
console-report-field-detection-month = Месец на откриване на кражбата
console-report-field-loss-eur = Приблизителна загуба
console-report-field-jobs-at-risk = Застрашени работни места
console-report-field-what-taken = Какво е откраднато
console-report-field-narrative = Какво се е случило
console-report-field-contact = Данни за контакт
console-report-field-organisation-id = Идентификационен номер по ДДС или код LEI
console-report-empty = (не е посочено)
console-report-attachments-heading = Прикачени файлове
console-report-attachments-none = Няма прикачени файлове.
console-attachment-save = Декриптиране и запазване
console-attachment-working = Декриптиране…
console-error-attachment = Прикаченият файл не можа да бъде декриптиран: повреден е или е непълен. Нищо не е запазено.
console-thread-heading = Кореспонденция с подателя на сигнала
console-thread-empty = Все още няма съобщения.
console-thread-from-reporter = Подателят на сигнала
console-thread-from-reviewer = Разглеждащ служител
console-thread-note = Вътрешна бележка
console-thread-unreadable = (това съобщение не може да бъде отворено с вашия ключ)
envelope-mismatch = Този плик принадлежи на друг сигнал или е от друг вид; не се показва.
conversation-from-signed = От { $name } (подписът е проверен)
conversation-from-channel = Автоматично известие от канала за сигнали
message-bad-signature = Това съобщение не се показва: то твърди, че е от проверител, но подписът му липсва или не съответства на никой ключ на проверител в подписания набор ключове. Може да е подправено; не действайте според него.
console-ack-heading = Потвърждаване на получаването на сигнала
console-ack-label = Потвърждение до подателя на сигнала
console-ack-default = Благодарим ви за сигнала. Получихме го и ще го разгледаме. Ако имаме въпроси, ще ги намерите тук.
console-ack-submit = Потвърждаване и изпращане
console-message-heading = Съобщение до подателя на сигнала
console-message-label = Вашето съобщение
console-message-hint = Криптира се във вашия браузър за подателя на сигнала и за разглеждащите служители по този сигнал. Подателят го чете с кода си за потвърждение.
console-message-submit = Изпращане до подателя на сигнала
console-note-heading = Вътрешна бележка
console-note-label = Вашата бележка
console-note-hint = Криптира се във вашия браузър само за разглеждащите служители от вашата организация. Подателят на сигнала никога не я вижда.
console-note-submit = Добавяне на бележката
console-error-message-empty = Първо напишете съобщение (най-много 20 000 знака).
console-sending = Криптиране и изпращане…
console-sent = Изпратено.
console-grants-heading = Достъп за колеги
console-grants-hint = Колеги от вашата организация, чиито ключове са добавени към набора от ключове след получаването на този сигнал, не могат да го четат. Браузърът ви може да им предостави достъп, като криптира ключа на сигнала с техния ключ.
console-grants-none = Всички разглеждащи служители от вашата организация, които са в набора от ключове, могат да четат този сигнал.
console-grant-submit = Предоставяне на достъп
console-grant-done = Достъпът е предоставен.
console-error-grant-exists = Този колега вече може да чете този сигнал.
console-classify-heading = Потвърдена класификация за статистиката
console-classify-hint = Коригирайте структурираните полета или отбележете сигнала като дубликат или като попадащ извън обхвата. Браузърът ви криптира коригирания запис само за модула за анонимизиране; той заменя записа на подателя в статистиката. Описанието на събитията и данните за контакт никога не са част от него.
console-classify-status = Оценка на сигнала
console-classify-valid = Валиден
console-classify-duplicate = Дубликат на друг сигнал
console-classify-out-of-scope = Извън обхвата
console-classify-submit = Запазване на потвърдената класификация
console-classify-done = Потвърдената класификация е криптирана и запазена.
console-error-classify = Проверете класификацията: месецът трябва да е в периода от 1990 г. до тримесечието, в което е получен сигналът, а загубата и броят на работните места трябва да са цели числа в допустимите граници. Нищо не е запазено.
console-error-classify-unsigned = Класификацията не може да бъде подписана: вашият ключ за подписване все още не е в подписания набор от ключове. Нищо не е запазено; помолете оператора да добави ключа ви.
console-export-heading = Експорт за EC3 и екипите CSIRT
console-export-hint = Браузърът ви създава файла от декриптирания сигнал: класификацията, какво е откраднато и описанието на събитията, но никога данните за контакт на подателя или идентификатора на организацията. Всеки експорт се записва в одитния дневник.
console-export-tlp = Маркировка TLP (Traffic Light Protocol)
console-export-stix = Експорт на пакет STIX 2.1
console-export-misp = Експорт на събитие MISP
console-export-done = Експортът е записан и запазен.

## Data portal (/portal/) and data API

portal-name = Статистика за кражбите на търговски тайни – портал за данни
portal-nav-releases = Издания
portal-nav-tokens = Токени за API
portal-refused-heading = Не е изпълнено
portal-enrol-heading = Настройване на профила ви в портала
portal-error-enrol-link = Тази връзка за регистрация не е валидна: вече е използвана, изтекла е или е въведена грешно. Поискайте нова от оператора.
portal-enrol-lead = Профил { $name } за компетентните органи ({ $country }). Изберете парола и настройте приложението за удостоверяване.
portal-enrol-submit = Завършване на настройването
portal-enrol-done = Профилът ви е готов. Влезте с името си, паролата си и код от приложението за удостоверяване.
portal-login-heading = Вход в портала за данни
portal-releases-heading = Издания
portal-releases-lead = Влезли сте като { $name } ({ $country }). Всяко издание съдържа статистиката на ЕС за едно тримесечие, защитена с диференциална поверителност.
portal-releases-none = Все още няма публикувани издания.
portal-releases-caption = Публикувани издания, започвайки от най-новото тримесечие
portal-col-period = Тримесечие
portal-col-date = Публикувано на
portal-col-epsilon = Изразходван бюджет за поверителност (ε)
portal-col-status = Статус
portal-col-release = Издание
portal-status-published = Публикувано
portal-release-heading = Статистика за { $period }
portal-release-intervals-hint = Всеки стълб показва публикуваната стойност; линията през него показва 95-процентния интервал, изчертан от нулата, ако стига под нулата. Под всяка диаграма има таблица с нейните стойности.
portal-summary-reports = Сигнали в ЕС
portal-summary-truncated = Изключени сигнали (повече от k на организация)
portal-summary-loss = Приблизителни загуби в ЕС
portal-chart-quarter = Сигнали по тримесечия
portal-chart-quarter-note = Тримесечието на това издание е откроено.
portal-chart-state-quarter = Сигнали във вашата държава членка по тримесечия
portal-chart-series = { $category }: сигнали по тримесечия
portal-chart-series-note = Секторът или векторът на атака с най-много сигнали в това издание; API за данни дава всички сектори и вектори на атака по тримесечия.
portal-chart-sector = Сигнали по сектори (NACE)
portal-chart-attack-vector = Сигнали по вектор на атаката
portal-chart-member-state = Сигнали по държави членки
portal-chart-yours = (откроено)
portal-chart-highlight = Откроено и отбелязано: { $country }.
portal-chart-desc = Хоризонтална стълбовидна диаграма с { $count ->
        [one] една категория
       *[other] { $count } категории
    }, всяка с 95-процентен интервал. Най-висока стойност: { $top }, { $value }. В таблицата под диаграмата са посочени всички стойности.
portal-chart-show-table = Показване на стойностите в таблица
portal-chart-table-caption = { $chart }: публикувани стойности и 95-процентни интервали
portal-col-category = Категория
portal-col-value = Публикувана стойност
portal-col-interval = 95-процентен интервал
portal-method-heading = Как са получени тези данни
portal-method-promise = Данните са диференциално поверителни. Защитената единица са сигналите на една организация през тримесечието: независимо дали е подала сигнал и какъв, всяко публикувано число би било почти толкова вероятно. „Почти“ се определя от бюджета за поверителност ε = { $epsilon } на това издание: никой резултат не става повече от { $factor } пъти по-вероятен заради сигналите на една организация през това тримесечие. Изданията за една календарна година изразходват общо най-много ε = { $year_cap }, така че за година множителят е най-много { $year_factor }; за няколко години множителите се умножават.
portal-method-unit = Организацията се разпознава по посочения ДДС номер или LEI (записан в единна форма и превърнат в псевдоним, който само анонимизаторът може да изчисли); на тримесечие се броят най-много { $k } от нейните сигнали. Разпознава се само по този идентификатор: организация, която посочи ДДС номер в един сигнал и LEI в друг или чиито дъщерни дружества подават сигнали отделно, се брои като няколко. Сигнал без идентификатор се защитава самостоятелно: организация, която изпраща няколко сигнала без него, е защитена за всеки сигнал, а не за всички заедно.
portal-method-truncation = Около { $dropped } сигнала (около { $share } % от всички) бяха пропуснати, защото организацията им е подала сигнал повече от { $k } пъти през тримесечието. Това число само съдържа шум и брои най-много { $k } на организация; истинският брой е по-голям. Кои сигнали да останат, беше решено случайно, а не по съдържанието им.
portal-method-noise = Към всяка клетка на всяка таблица е добавен случаен шум, включително към клетките със стойност нула; нито една клетка не е скрита поради малката си стойност. Поради това малка стойност може да се дължи изцяло на шума.
portal-method-intervals = 95-процентните интервали показват колко може шумът да е изместил едно число: те съдържат измерената стойност в поне около 95 от 100 случая. Измерената стойност е тази на запазените сигнали, като всяка загуба е ограничена до тавана; пропуснатите сигнали и частта от загубите над тавана не са включени, затова числата и интервалите им са по-ниски от полученото. Интервалите се изчисляват от публично известното ниво на шума, а не от сигналите, и никога не слизат под нула.
portal-method-consistency = Числата на държавите членки се сумират до числата за ЕС и всяка таблица се сумира до един и същ общ брой. Числата са цели, никога отрицателни, всяко в рамките на около единица от неизместената оценка (по-далеч само където съседни оценки са паднали под нула); общият брой на държава членка и сборът от нейните сектори може да се различават с шума. Суровите измервания с шум са и във файловете CSV.
portal-method-losses = Всяка приблизителна загуба се отчита до { $bound } евро; по-големите загуби се отчитат в този размер.
portal-method-budget = През това тримесечие е изразходван бюджет ε { $quarter } от лимита му { $quarter_cap }; за { $year } г. е изразходван ε { $year_spent } от { $year_cap }. Статистиката за дадено тримесечие никога не се изчислява повторно с по-голям бюджет.
portal-method-opendp = Изчислено с OpenDP { $version }. Използваните тук функции са от неговия раздел „contrib“, който екипът на OpenDP все още не е проверил; във файла с методиката са посочени механизмът, мащабът на шума и бюджетът за всяка таблица.
portal-downloads-heading = Файлове за изтегляне
portal-download-archive = Цялото издание в един архив ({ $name }) с контролни суми и подпис
portal-verify-heading = Проверка на получен файл
portal-verify-text = Архивът съдържа SHA256SUMS – контролната сума на всеки файл, и SHA256SUMS.sig – подпис на този файл с ключа за изданията. Всеки може да провери копие, получено от някой друг: запазете keyring.json и keyring.sig от този сайт в папка и изпълнете командата по-долу. Тя се доверява на ключодържателя само ако е подписан с ключа, чийто отпечатък EUIPO и Европол публикуват, и взема от него ключа за изданията (показан по-долу).
portal-verify-key = Ключ за изданията:
portal-verify-fingerprint = Отпечатък:
portal-tokens-heading = Токени за API
portal-tokens-lead = Токенът позволява на дадена програма да чете изданията чрез API за данни (само за четене). Дайте на всяка програма отделен токен, за да можете да отмените един, без да спирате останалите.
portal-token-new-heading = Създаване на токен
portal-token-name = Наименование
portal-token-name-hint = За какво служи токенът, напр. „нощен импорт“.
portal-token-create = Създаване на токена
portal-token-created = Новият ви токен е по-долу. Копирайте го сега: показва се само този път и не може да бъде видян отново.
portal-token-use = Изпращайте го с всяка заявка във вида:
portal-tokens-list-heading = Вашите токени
portal-tokens-none = Все още нямате токени.
portal-token-created-on = Създаден на
portal-token-last-used = Последно използван на
portal-token-state = Статус
portal-token-revoke = Отмяна
portal-token-revoked-on = Отменен на { $day }
portal-token-revoked = Токенът е отменен: вече не работи.
portal-error-token-name = Дайте на токена наименование (максимален брой знаци: { $max }).
error-unauthorized = Необходим е валиден токен за API: изпратете „Authorization: Bearer“ с токен, създаден в портала, който не е отменен.

# console triage
console-triage-heading = За какво се отнасят докладите
console-triage-hint = Отключете ключа си, за да видите за какво се отнася всеки доклад и да ги търсите, филтрирате и подреждате. Докладите се дешифрират в този браузър; нито те, нито търсенията ви се изпращат към сървъра.
console-triage-search = Търсене в текста на докладите
console-triage-all = Всички
console-triage-sort = Подреждане
console-triage-sort-newest = Първо най-новите
console-triage-sort-oldest = Първо най-старите
console-triage-sort-deadline = Първо най-близкият срок
console-triage-reset = Изчистване на търсенето и филтрите
console-triage-col-summary = Доклад (първи ред от описанието)
console-triage-col-language = Език
console-triage-col-attachments = Приложения
console-triage-count = Намерени доклади: { $shown } от { $total }
console-triage-page = Страница { $page } от { $pages }
console-triage-pages = Страници на списъка
console-triage-previous = Предишна страница
console-triage-next = Следваща страница
console-triage-none = Няма доклад, който отговаря на търсенето и филтрите.
console-triage-working = Дешифриране на докладите…
console-triage-unreadable = Този доклад не може да бъде отворен с вашия ключ.
error-summary-entry = { $field }: { $message }
error-field-recipients = Получатели
error-field-actor-type = Кой стои зад това
error-field-loss-eur = Прогнозна загуба
error-field-jobs-at-risk = Застрашени работни места
error-field-attachments = Приложения
error-field-contact = Връзка
error-field-organisation-id = ДДС номер или LEI
error-field-consent = Потвърждение
console-nav-figures = Показатели
console-figures-heading = Показатели за ръководството
console-figures-lead = { $body }: само брой и продължителност, изчислени от датите, които сървърът записва. Нищо от съдържанието на докладите.
console-figures-csv = Изтегляне като CSV
console-figures-received = Получени доклади по месеци
console-figures-month = Месец
console-figures-count = Доклади
console-figures-timing = Време до потвърждение и до обратна връзка
console-figures-step = Стъпка
console-figures-done = Изпълнени
console-figures-median = Медиана (дни)
console-figures-p90 = 90-и перцентил (дни)
console-figures-within = В срок
console-figures-within-value = { $within } от { $decided } ({ $percent } %)
console-figures-ack = Потвърждение (в срок от 7 дни от получаването)
console-figures-feedback = Обратна връзка (в срок от 3 месеца от потвърждението)
console-figures-open = Открити случаи по статус
console-figures-definitions = Обратната връзка е първият ден след потвърждението, в който проверител е писал на подателя, или денят на приключване на случая, което от двете настъпи първо. Медиана и перцентил по метода на най-близкия ранг. Дяловете отчитат изпълнените и просрочените стъпки; случаите, които все още са в срок, не се отчитат.
console-assign-heading = Възлагане
console-assign-label = Възложено на
console-assign-nobody = Никого
console-assign-submit = Възлагане
console-triage-assigned-me = Възложени на мен
console-triage-unassigned = Невъзложени

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Съобщението не може да бъде подписано: вашият ключ за подписване все още не е в подписания набор от ключове. Нищо не е изпратено; помолете оператора да добави ключа ви.
console-casefile-heading = Преписка за предаване
console-casefile-hint = Създава се във вашия браузър от отворения сигнал; нищо от нея не се изпраща към сървъра. В одитния дневник се записва само самият експорт: форматът, включените части и броят заличени думи.
console-casefile-parts = Включени части
console-casefile-part-fields = Полета на сигнала
console-casefile-part-conversation = Кореспонденция
console-casefile-part-attachments = Прикачени файлове с техния SHA-256
console-casefile-part-classification = Класификация
console-casefile-redact-contact = Заличаване на данните за контакт на подателя и идентификатора на организацията
console-casefile-terms = Имена и думи за заличаване
console-casefile-terms-hint = По една на ред. Всяка се заменя със знака за заличаване навсякъде в преписката, независимо от главните и малките букви.
console-casefile-download = Изтегляне на преписката (HTML)
console-casefile-print = Печат или запазване като PDF
console-casefile-working = Преписката се подготвя: прикачените файлове се декриптират…
console-casefile-done = Експортът на преписката е записан.
console-casefile-no-parts = Изберете поне една част.
console-casefile-title = Преписка по сигнал
console-casefile-prepared = Изготвена на
console-casefile-marker = [ЗАЛИЧЕНО]
console-casefile-redactions = Заличавания
console-casefile-redacted-contact = Данните за контакт на подателя и идентификаторът на организацията
console-casefile-redacted-terms = Думи, отбелязани от проверяващия
console-casefile-verified = подписът е проверен
# --- indicators ---
report-section-indicators = Технически индикатори (по избор)
report-indicators-lead = Ако имате технически следи от атаката, посочете ги тук, по една стойност на ред. Проверяващите могат да ги споделят с екипите CSIRT, за да блокират нападателите.
field-indicator-ip = IP адреси или диапазони
hint-indicator-ip = IPv4 или IPv6, или диапазон CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Имена на домейни
hint-indicator-domain = Например files.example.com; международните имена във формата им xn--.
field-indicator-url = Уеб адреси (URL)
hint-indicator-url = Пълният адрес, започващ с https:// или друга схема.
field-indicator-email = Адреси на електронна поща
hint-indicator-email = Например подателят на фишинг съобщение.
field-indicator-hash = Хешове на файлове
hint-indicator-hash = MD5, SHA-1 или SHA-256, в шестнадесетичен вид.
field-indicator-file-name = Имена на файлове
hint-indicator-file-name = Само името, без папката: faktura.pdf.exe.
field-indicator-observations = Други технически наблюдения
hint-indicator-observations = Всичко друго, което може да помогне: инструменти, акаунти, часове.
error-indicator-ip = Ред { $line } не е IP адрес или диапазон CIDR.
error-indicator-domain = Ред { $line } не е име на домейн.
error-indicator-url = Ред { $line } не е пълен уеб адрес (например https://example.com/pat).
error-indicator-email = Ред { $line } не е адрес на електронна поща.
error-indicator-hash = Ред { $line } не е хеш MD5, SHA-1 или SHA-256.
error-indicator-file-name = Ред { $line } не е име на файл (без папка, най-много 255 знака).
error-indicator-count = Въведете най-много { $max } стойности в това поле.
console-indicators-heading = Технически индикатори
console-taxii-heading = Изпращане към колекция TAXII 2.1
console-taxii-hint = Пакетът STIX 2.1 с избраното по-горе ниво TLP отива от този браузър направо към сървъра TAXII на вашия орган; адресът и данните за достъп не се съхраняват.
console-taxii-url = Адрес на колекцията (завършва на /collections/<id>/)
console-taxii-user = Потребителско име
console-taxii-password = Парола
console-taxii-push = Изпращане към TAXII
console-taxii-done = Пакетът е добавен в колекцията TAXII.
console-taxii-failed = Сървърът TAXII отказа пакета или не беше достъпен. Проверете адреса и данните за достъп, както и дали сървърът допуска произхода на тази конзола (CORS).
# --- tags and referral ---
console-tags-heading = Етикети
console-tags-hint = Етикетите идват от фиксирания списък на вашия орган, който поддържа операторът. Имената им са видими за този, който управлява сървъра: използвайте ги като обозначения, никога за съдържание по случая.
console-tags-none = Няма етикети за този сигнал.
console-tags-field = Етикет
console-tags-add = Добавяне на етикет
console-tags-remove = Премахване на етикет
console-error-tag-unknown = Този етикет не е в списъка на вашия орган. Нищо не е променено.
console-refer-heading = Препращане към { $body }
console-refer-hint = Ключът на сигнала се запечатва във вашия браузър за ключовете на { $body } от проверения ключодържател. След това { $body } вижда сигнала във входящата си поща със собствени срокове, броени от днес.
console-refer-note = Бележка за { $body } (по избор)
console-refer-note-hint = Запечатана за двата органа като вътрешна бележка; никога не се показва на подателя на сигнала.
console-refer-tell = Уведомяване на подателя в разговора
console-refer-message = Съобщение до подателя
console-refer-message-default = Вашият сигнал беше препратен към { $body }, който също ще го разгледа.
console-refer-submit = Препращане на сигнала
console-refer-done = Сигналът беше препратен.
console-referrals-heading = Препращания
console-referral-line = Препратен от { $from } към { $to } от { $who } на { $day }.
console-referral-note = Бележка:
console-triage-referred-from = Препратен от { $body }
console-error-referral-same = Сигнал може да бъде препратен само към другия орган.
console-error-referral-exists = { $body } вече има този сигнал; той не беше препратен отново.
console-error-referral-slots = Запечатаните ключове не съответстват точно на ключовете на { $body } в ключодържателя. Нищо не беше препратено.
# --- security keys (WebAuthn) ---
account-nav-keys = Ключове за сигурност
account-keys-heading = Ключове за сигурност
account-keys-lead = Ключ за сигурност или ключ за достъп на телефона или компютъра ви може да замени кода за удостоверяване при вход и не може да бъде откраднат чрез фишинг. Можете да добавите няколко.
account-keys-totp-allowed = Вашият профил може да влиза и с код за удостоверяване.
account-keys-totp-forbidden = Вашият профил влиза само с ключ за сигурност: кодовете за удостоверяване се отхвърлят.
account-keys-list-heading = Вашите ключове
account-keys-none = Все още няма добавен ключ за сигурност.
account-key-name = Име на ключа
account-key-name-hint = Например „син ключ“, за да го разпознавате в този списък.
account-key-added-on = Добавен
account-key-last-used = Последно използван
account-key-actions = Действия
account-key-remove = Премахване
account-key-new-heading = Добавяне на ключ за сигурност
account-key-add = Добавяне на ключа за сигурност
account-key-touch = Следвайте указанията на браузъра и докоснете ключа си за сигурност.
account-key-failed = Ключът за сигурност не отговори или заявката беше отменена. Опитайте отново.
account-key-needs-js = За добавяне на ключ за сигурност този браузър се нуждае от JavaScript.
account-key-unavailable = Ключове за сигурност не могат да се използват на адреса на този сървър. Обърнете се към оператора.
account-key-added = Ключът за сигурност беше добавен.
account-key-removed = Ключът за сигурност беше премахнат.
account-key-last = Това е последният ви ключ за сигурност, а профилът ви не може да използва кодове за удостоверяване: добавете друг ключ, преди да премахнете този.
account-key-expired = Заявката продължи твърде дълго. Опитайте отново.
account-key-invalid = Отговорът на ключа за сигурност не беше приет. Опитайте отново.
account-key-duplicate = Този ключ за сигурност вече е добавен.
account-key-too-many = Имате максималния брой ключове за сигурност. Първо премахнете един.
account-error-key-name = Дайте на ключа име от 1 до { $max } знака.
account-key-signin-heading = Използвайте ключа си за сигурност
account-key-signin-lead = Паролата ви е правилна. Потвърдете влизането с ключа си за сигурност.
account-key-signin-submit = Използване на моя ключ за сигурност
account-key-signin-needs-js = Ключът за сигурност изисква JavaScript в този браузър.
account-key-signin-back = Вход с код за удостоверяване вместо това
account-field-code-key-hint = Ако използвате ключ за сигурност, оставете кода празен: ще използвате ключа в следващата стъпка.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Известия
console-notify-lead = Обобщение само с числа: нови сигнали, нови съобщения от подателите, наближаващи и просрочени срокове. То никога не съдържа съдържанието, идентификатора или заглавието на сигнал.
console-notify-email = Адрес на електронна поща
console-notify-email-hint = Обобщението се изпраща на този адрес. Оставете празно, ако не желаете имейл.
console-notify-webhook = URL адрес на уебкука
console-notify-webhook-hint = Същите числа се изпращат тук като JSON (HTTP POST). Адресът трябва да започва с https://. Оставете празно, ако не желаете.
console-notify-frequency = Колко често
console-notify-off = Никога
console-notify-daily = Всеки ден
console-notify-weekly = Всяка седмица
console-notify-send-empty = Изпращай обобщението дори когато нищо не се е случило
console-notify-send-empty-hint = Тогава обобщение пристига всеки път и пристигането му не разкрива нищо за нови сигнали.
console-notify-language = Език на обобщението
console-notify-save = Запазване
console-notify-saved = Настройките ви за известия са запазени.
console-notify-error-email = Адрес на електронна поща: въведете пълен адрес, например ime@example.eu.
console-notify-error-webhook = URL адрес на уебкука: въведете пълен адрес, например https://hooks.example.eu/digest, без потребителско име, парола или #.
console-notify-error-https = URL адрес на уебкука: адресът трябва да започва с https:// (http:// само към тази машина).
console-notify-error-destination = Адрес на електронна поща: въведете имейл адрес или URL адрес на уебкук или изберете „Никога“.
notify-mail-subject = Канал за сигнали: вашето обобщение
notify-mail-intro = Обобщение за { $body } от { $from } до { $through }. Само числа: влезте в конзолата, за да видите сигналите.
notify-mail-new-reports = Нови сигнали: { $count }
notify-mail-new-replies = Нови съобщения от подателите: { $count }
notify-mail-ack-due = Потвърждения за получаване със срок до 2 дни: { $count }
notify-mail-feedback-due = Обратна информация със срок до 14 дни: { $count }
notify-mail-ack-overdue = Просрочени потвърждения за получаване: { $count }
notify-mail-feedback-overdue = Просрочена обратна информация: { $count }
notify-mail-nothing = Нищо ново и нищо със срок.
notify-mail-footer = Получавате това обобщение, защото сте го поискали в конзолата (Известия). Там можете да го промените или спрете.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Получаването е потвърдено на
conversation-acknowledgement-due = Потвърждение за получаване до
conversation-feedback-due = Обратна информация до
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Свързани доклади
console-related-hint = Съпоставени чрез ключови хешове на индикаторите и на идентификатора на организацията, изчислени във вашия браузър: сървърът никога не вижда индикатор. Показват се само доклади, които вашият орган може да отваря.
console-related-none = Няма друг доклад на вашия орган с общ индикатор с този.
console-related-report = Доклад { $report }
console-related-shares = общи индикатори: { $count }
console-related-incident = възможно е същият инцидент (същият идентификатор на организацията)
console-related-refused = Ключът за съпоставяне, предложен от сървъра, не е посоченият в подписания ключодържател: не беше използван и нищо не беше качено.
console-related-confirm = Потвърдете този доклад като дубликат
console-related-unavailable = Съпоставянето все още не е налично: няма ключ за съпоставяне, запечатан за вашия запис в ключодържателя.
