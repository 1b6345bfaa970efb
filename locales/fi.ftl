### Suomi. Samat tunnisteet ja { $paikanvaraajat } kuin en.ftl:ssä (tarkistetaan komennolla `cargo test -p i18n`).
### Katso i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Suomi
language-switch-label = Kieli
language-switch-button = Vaihda kieli

## Page chrome

site-name = Ilmoituskanava liikesalaisuuksien varkauksista
skip-to-content = Siirry pääsisältöön
nav-label = Päävalikko
nav-home = Etusivu
nav-report = Ilmoita varkaudesta
nav-follow-up = Seuraa ilmoitusta
footer-privacy-notice = Tietosuojaseloste
footer-recipients = Ilmoitukset toimitetaan EUIPOlle ja Europolin Euroopan tietoverkkorikostorjuntakeskukselle (EC3).

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day }. { $month ->
        [1] tammikuuta
        [2] helmikuuta
        [3] maaliskuuta
        [4] huhtikuuta
        [5] toukokuuta
        [6] kesäkuuta
        [7] heinäkuuta
        [8] elokuuta
        [9] syyskuuta
        [10] lokakuuta
        [11] marraskuuta
       *[12] joulukuuta
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Ilmoita liikesalaisuuksien varkaudesta kyberhyökkäyksessä
page-title-report = Tee ilmoitus
page-title-follow-up = Seuraa ilmoitustasi
page-title-privacy = Tietosuojaseloste

## Reporter landing page

home-heading = Ilmoita liikesalaisuuksien varkaudesta kyberhyökkäyksessä
home-intro = Jos yrityksesi liikesalaisuuksia on varastettu kyberhyökkäyksessä, voit ilmoittaa siitä täällä vapaaehtoisesti ja luottamuksellisesti EUIPOlle (EU:n teollisoikeuksien virasto) ja Europolin Euroopan tietoverkkorikostorjuntakeskukselle (EC3).
home-point-recipients = Valitset itse, kuka ilmoituksesi vastaanottaa: EUIPO, Europol EC3 tai molemmat.
home-point-encrypted = Ilmoituksesi salataan niin, että vain valitsemasi käsittelijät voivat lukea sen. Tämä verkkosivusto ei koskaan tallenna sitä luettavassa muodossa.
home-point-anonymous = Voit tehdä ilmoituksen kertomatta omaa nimeäsi tai yrityksesi nimeä.
home-point-receipt = Kun lähetät ilmoituksen, saat kuittikoodin. Säilytä se huolellisesti: tarvitset sitä lukeaksesi käsittelijöiden kysymyksiä ja vastataksesi niihin, eikä sitä voi korvata uudella, jos se katoaa.
home-point-statistics = Luetteloista valitsemiasi vastauksia (kuten toimiala ja hyökkäyksen tyyppi) käytetään myös EU-tason tilastoissa. Niihin lisätään kohinaa, jotta yritystä ei voi tunnistaa.
home-no-javascript = Lomake toimii myös, kun JavaScript on poistettu käytöstä (esimerkiksi Tor Browserin turvallisimmassa tilassa). Tällöin palvelin salaa ilmoituksesi heti sen saavuttua selaimesi sijaan, mikä antaa hieman heikomman suojan.
home-start-button = Aloita ilmoitus
home-follow-up-heading = Oletko jo lähettänyt ilmoituksen?
home-follow-up-text = Voit lukea käsittelijöiden viestit ja vastata niihin kuittikoodisi avulla.
home-follow-up-button = Seuraa ilmoitusta kuittikoodilla

## Form: common parts

form-optional = (vapaaehtoinen)
form-choose = Valitse…
# Read by screen readers before each field error.
form-error-prefix = Virhe:
recipient-euipo = EUIPO (Euroopan unionin teollisoikeuksien virasto)
recipient-ec3 = Europol EC3 (Euroopan tietoverkkorikostorjuntakeskus)

## Errors: whole pages

error-page-title = Jokin meni vikaan
error-bad-request = Pyyntöä ei voitu käsitellä. Palaa edelliselle sivulle ja yritä uudelleen.
error-not-found = Tätä sivua ei ole. Tarkista osoite tai aloita alusta etusivulta.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Lähettämäsi aineisto on liian suuri: enimmäiskoko on { $limit }. Poista tai pienennä liitteitä ja yritä uudelleen.
error-csrf = Lomake on turvallisuussyistä vanhentunut, eikä mitään tallennettu. Lataa sivu uudelleen ja lähetä lomake uudestaan.
error-form-used = Tämä lomake on jo lähetetty: ilmoituksesi vastaanotettiin kerran, ja sille näytettiin silloin kuittikoodi. Jos haluat lähettää uuden ilmoituksen, avaa uusi lomake.
error-rate-limited = Liikaa yrityksiä lyhyessä ajassa. Odota muutama minuutti ja yritä uudelleen.
error-server = Meillä tapahtui virhe, eikä mitään tallennettu. Yritä myöhemmin uudelleen.
error-unavailable = Palvelu ei ole tilapäisesti käytettävissä. Yritä myöhemmin uudelleen.
error-unavailable-title = Tilapäisesti poissa käytöstä
error-database-unavailable = Emme pysty juuri nyt tallentamaan tai lukemaan ilmoituksia, joten mitään ei tallennettu. Odota minuutti ja lähetä ilmoitus uudelleen.

## Errors: form fields

error-required = Tämä kenttä on pakollinen.
error-unknown-choice = Valitse jokin luettelon vaihtoehdoista.
error-month-format = Anna kuukausi muodossa YYYY-MM, esimerkiksi 2026-03.
error-month-future = Kuukausi ei voi olla tulevaisuudessa.
error-month-too-early = Kuukausi ei voi olla ennen vuotta { $year }.
error-detection-before-incident = Kuukausi, jona varkaus havaittiin, ei voi olla ennen kuukautta, jona se alkoi.
error-number-format = Anna kokonaisluku, esimerkiksi 250000.
# { $max } is an amount in euros.
error-loss-too-large = Summa voi olla enintään { $max } euroa.
error-jobs-too-large = Työpaikkojen määrä voi olla enintään { $max }.
error-too-long =
    { $max ->
        [one] Teksti on liian pitkä: sen enimmäispituus on { $max } merkki.
       *[other] Teksti on liian pitkä: sen enimmäispituus on { $max } merkkiä.
    }
error-organisation-id = Anna arvonlisäverotunniste (esimerkiksi DK12345678) tai LEI-tunnus (20 kirjainta ja numeroa) tai jätä kenttä tyhjäksi.
error-recipients = Valitse vähintään yksi vastaanottaja: EUIPO, Europol EC3 tai molemmat.
error-consent = Vahvista valitsemalla ruutu ennen kuin lähetät ilmoituksen.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Lomakkeessa on { $count } virhe. Korjaa se ja lähetä lomake uudelleen.
       *[other] Lomakkeessa on { $count } virhettä. Korjaa ne ja lähetä lomake uudelleen.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Avainrenkaan sormenjälki (vertaa sitä EUIPOn ja Europolin julkaisemaan):
error-go-back = Palaa lomakkeeseen selaimen Takaisin-painikkeella; kirjoittamasi teksti on yleensä vielä tallessa.
# { $limit } is a number of files.
error-too-many-files = Liian monta tiedostoa: voit liittää enintään { $limit }. Poista osa tiedostoista ja yritä uudelleen.

## Page titles (intake)

page-title-confirmation = Ilmoitus vastaanotettu
page-title-conversation = Ilmoituksesi

## Landing page: what the server sees

home-server-heading = Mitä tämä verkkosivusto näkee ja mitä ei
home-server-cannot = Se ei voi lukea ilmoitustasi, liitteitäsi eikä viestejäsi: ne salataan käsittelijöitä varten ennen tallentamista, ja niiden avaamiseen tarvittavat avaimet ovat vain käsittelijöillä.
home-server-can = Se näkee, että ilmoitus on lähetetty tiettynä päivänä, mille elimelle se on osoitettu ja suunnilleen kuinka suuri se on. Se ei koskaan tallenna IP-osoitettasi, selaintasi eikä tarkkaa kellonaikaa.
home-fingerprint-heading = Varmista, että olet oikealla kanavalla
home-fingerprint-text = Ilmoitukset salataan avaimille, jotka ovat kanavan offline-avaimella allekirjoitetussa avainrenkaassa. Avainrenkaan sormenjälki näkyy alla; EUIPO ja Europol julkaisevat saman sormenjäljen omilla verkkosivustoillaan.
home-tor-heading = Ilmoittaminen nimettömänä
home-tor-text = Parhaan nimettömyyden saat, kun käytät Tor Browseria, et ole samaan aikaan kirjautuneena mihinkään muuhun palveluun ja poistat tiedostoista nimet ja metatiedot (tekijä, yritys, GPS) ennen kuin liität ne.

## Report form

report-heading = Ilmoita liikesalaisuuksien varkaudesta
report-lead = Vapaaehtoisiksi merkityt kentät voi jättää tyhjiksi. Kaikki kirjoittamasi ja liitteesi salataan valitsemillesi vastaanottajille.
report-guarantee-server = Ilman JavaScriptiä palvelin salaa ilmoituksesi muistissa heti sen saavuttua, eikä sitä koskaan tallenneta luettavassa muodossa. Kun JavaScript on käytössä, oma selaimesi salaa ilmoituksen ennen sen lähettämistä.
report-files-dropped = Liitetiedostoja ei turvallisuussyistä säilytetä, kun lomake palautuu virheiden vuoksi. Liitä ne uudelleen.
report-section-classification = Tietoja tapauksesta
report-section-when = Milloin se tapahtui
report-section-impact = Vaikutukset
report-section-account = Mitä tapahtui
report-section-optional = Vapaaehtoiset lisätiedot
report-submit = Salaa ja lähetä ilmoitus
field-recipients = Kenelle ilmoitus lähetetään?
hint-recipients = Valitse yksi tai molemmat. Vain valitsemiesi elinten käsittelijät voivat lukea ilmoituksen.
field-member-state = Jäsenvaltio, johon yrityksesi on sijoittautunut
hint-member-state = Käytetään maakohtaisiin EU-tilastoihin.
field-sector = Yrityksesi toimiala
hint-sector = Päätoimialasi NACE-pääluokka.
field-incident-class = Tapauksen tyyppi
hint-incident-class = Valitse parhaiten sopiva vaihtoehto; käsittelijät voivat korjata sen.
field-attack-vector = Miten hyökkääjät pääsivät sisään
hint-attack-vector = Valitse ”Tuntematon”, jos et vielä tiedä.
field-actor-type = Kenen arvelet olevan hyökkäyksen takana?
hint-actor-type = Paras arviosi; ”Tuntematon” on hyväksyttävä vastaus.
field-incident-month = Kuukausi, jona varkaus alkoi
hint-incident-month = Muodossa YYYY-MM, esimerkiksi 2026-03. Arvio riittää.
field-detection-month = Kuukausi, jona varkaus havaittiin
hint-detection-month = Muodossa YYYY-MM.
field-loss-eur = Arvioitu vahinko euroina (vapaaehtoinen)
hint-loss-eur = Kokonaisluku, esimerkiksi 250000. Jätä tyhjäksi, jos et pysty arvioimaan sitä.
field-jobs-at-risk = Uhattuina olevat työpaikat (vapaaehtoinen)
hint-jobs-at-risk = Kuinka monta työpaikkaa varkaus vaarantaa, jos pystyt arvioimaan sen.
field-what-taken = Mitä vietiin
hint-what-taken = Esimerkiksi lähdekoodia, suunnitelmia, asiakasluetteloita, reseptejä ja kaavoja, tuotantoprosesseja.
field-narrative = Mitä tapahtui
hint-narrative = Kuvaile hyökkäystä ja sen havaitsemista omin sanoin: päivämäärät, kohteena olleet järjestelmät ja mitä olette sen jälkeen tehneet.
field-attachments = Liitteet (vapaaehtoinen)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Tiedostoja enintään { $max_files }, kunkin koko enintään { $max_mib } MB. Ne salataan vastaanotettaessa.
field-contact = Miten käsittelijät voivat ottaa sinuun yhteyttä? (vapaaehtoinen)
hint-contact = Jätä tyhjäksi, jos haluat pysyä nimettömänä: voit silti lukea viestejä ja vastata niihin kuittikoodisi avulla.
field-organisation-id = Yrityksen arvonlisäverotunniste tai LEI-tunnus (vapaaehtoinen)
hint-organisation-id = Vapaaehtoinen. Se salataan: valitsemiesi elinten käsittelijät voivat lukea sen; sitä ei koskaan julkaista. Tilastoissa siitä tulee pseudonyymi, jotta yrityksesi lasketaan enintään kerran vuosineljänneksessä ja julkaistut luvut suojaavat yrityksesi ilmoituksia kokonaisuutena (oletuksena ε = 1 vuosineljänneksessä, enintään ε = 4 vuodessa). Ilman sitä jokainen ilmoitus suojataan erikseen, ei kaikkia ilmoituksiasi yhdessä.
field-consent = Vahvistan, että tiedot ovat parhaan tietämykseni mukaan oikeita, ja hyväksyn, että niitä käsitellään tietosuojaselosteessa kuvatulla tavalla.
hint-consent = Voit myöhemmin peruuttaa ilmoituksen kirjoittamalla käsittelijöille kuittikoodisi avulla.

## Confirmation

confirmation-heading = Ilmoituksesi on vastaanotettu
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Ilmoituksesi salattiin ja lähetettiin. Vastaanottaja: { $recipients }.
confirmation-receipt-heading = Kuittikoodisi
confirmation-receipt-text = Kirjoita koodi muistiin tai lataa se nyt. Tarvitset sitä lukeaksesi käsittelijöiden kysymyksiä ja vastataksesi niihin.
confirmation-receipt-once = Koodi näytetään vain kerran. Kukaan, eivät edes käsittelijät, voi palauttaa sitä sinulle.
confirmation-download = Lataa kuitti tekstitiedostona
confirmation-print = Voit myös tulostaa tämän sivun: vain koodi ja nämä ohjeet tulostuvat.
confirmation-guarantee-heading = Näin ilmoituksesi suojattiin
confirmation-sealed-by-server = Selaimesi lähetti ilmoituksen ilman JavaScriptiä, joten palvelin salasi sen muistissa heti sen saavuttua. Sitä ei koskaan kirjoitettu levylle luettavassa muodossa.
confirmation-sealed-by-browser = Selaimesi salasi ilmoituksen ennen sen lähettämistä; palvelin ei nähnyt sitä koskaan luettavassa muodossa.
confirmation-next-heading = Mitä seuraavaksi tapahtuu
confirmation-next-text = Käsittelijät vahvistavat ilmoitusten vastaanottamisen 7 päivän kuluessa ja antavat palautetta 3 kuukauden kuluessa. Palaa kuittikoodisi kanssa lukemaan heidän viestinsä.
recipients-both = EUIPO ja EC3
receipt-file-title = Kuittikoodi ilmoitukseesi, joka on tehty liikesalaisuuksien varkauksien ilmoituskanavaan
receipt-file-keep = Pidä koodi salassa ja tallessa. Käytä sitä kanavan seurantasivulla.

## Follow-up

followup-heading = Seuraa ilmoitustasi
followup-lead = Anna kuittikoodi, jonka sait lähettäessäsi ilmoituksen.
followup-receipt-label = Kuittikoodi
followup-receipt-hint = 24 kirjainta ja numeroa, esimerkiksi 7KQM-2XPA-…; yhdysmerkeillä ja välilyönneillä ei ole merkitystä.
followup-submit = Avaa ilmoitukseni
followup-wrong-receipt = Tällä kuittikoodilla ei löydy ilmoitusta. Tarkista jokainen merkki ja yritä uudelleen.

## Conversation

conversation-heading = Ilmoituksesi
conversation-status = Tila
conversation-received = Vastaanotettu
conversation-sealed-by-server = Palvelin salasi tämän ilmoituksen sen saapuessa (lähetetty ilman JavaScriptiä).
conversation-messages = Viestit
conversation-empty = Ei vielä viestejä. Käsittelijät vahvistavat ilmoitusten vastaanottamisen 7 päivän kuluessa.
conversation-from-you = Sinä
conversation-from-reviewer = Käsittelijä
conversation-reply-heading = Kirjoita käsittelijöille
conversation-reply-label = Viestisi
conversation-reply-submit = Salaa ja lähetä viesti
conversation-reply-sent = Viestisi salattiin ja lähetettiin.
conversation-reply-empty = Kirjoita viesti tai liitä tiedosto ennen lähettämistä.
status-new = Vastaanotettu, vastaanottoa ei vielä vahvistettu
status-acknowledged = Vastaanotto vahvistettu
status-in-review = Käsiteltävänä
status-information-requested = Käsittelijät ovat pyytäneet sinulta lisätietoja
status-referred = Siirretty toimivaltaisille viranomaisille
status-closed = Päätetty

## Privacy notice

privacy-heading = Tietosuojaseloste
privacy-controllers = Ilmoituksia käsittelevät EUIPO ja Europol (EC3), kumpikin niiden ilmoitusten osalta, jotka on osoitettu sille, asetuksen (EU) 2018/1725 ja vastaavasti asetuksen (EU) 2016/794 mukaisesti.
privacy-what-heading = Mitä tietoja käsitellään
privacy-what-text = Ilmoituksesi sisältö, sen liitteet ja viestisi salataan niin, että vain valitsemiesi elinten käsittelijät voivat lukea ne. Ilmoituksen vastaanottopäivä, sen tila ja vastaanottajat tallennetaan luettavassa muodossa määräaikojen hallintaa varten.
privacy-not-heading = Mitä ei koskaan tallenneta
privacy-not-text = IP-osoitettasi, selaintasi ja käyntiesi tarkkaa ajankohtaa ei koskaan tallenneta eikä kirjata lokiin. Ilmoitussivuilla ei käytetä evästeitä.
privacy-statistics-heading = Tilastot
privacy-statistics-text = Luetteloista valitut vastaukset käytetään EU-tason tilastoihin, jotka julkaistaan differentiaalisen yksityisyyden menetelmällä. Suojattuna on yritys antamansa ALV-tunnisteen tai LEI-tunnuksen alla: se, ilmoittiko se vuosineljänneksellä ja mitä, muuttaa minkä tahansa julkaistun luvun todennäköisyyttä enintään kertoimella e^ε kunkin julkaisun ilmoittamin rajoin (oletuksena ε = 1 vuosineljänneksessä, kerroin 2,7, ja ε = 4 kalenterivuodessa, kerroin 55; usean vuoden aikana kertoimet kertautuvat). Ilmoitukset ilman tunnistetta suojataan yksitellen, joten yritys, joka lähettää useita ilman tunnistetta, on heikommin suojattu. Luvut ovat kohinaisia arvioita, eivät tarkkoja lukumääriä.
privacy-retention-heading = Kuinka kauan ilmoituksia säilytetään
privacy-retention-text = Päätetyt ilmoitukset poistetaan käsittelevien elinten määrittämän säilytysajan jälkeen. Tämä ei vaikuta julkaistuihin tilastoihin.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Itävalta
member-state-BE = Belgia
member-state-BG = Bulgaria
member-state-HR = Kroatia
member-state-CY = Kypros
member-state-CZ = Tšekki
member-state-DK = Tanska
member-state-EE = Viro
member-state-FI = Suomi
member-state-FR = Ranska
member-state-DE = Saksa
member-state-EL = Kreikka
member-state-HU = Unkari
member-state-IE = Irlanti
member-state-IT = Italia
member-state-LV = Latvia
member-state-LT = Liettua
member-state-LU = Luxemburg
member-state-MT = Malta
member-state-NL = Alankomaat
member-state-PL = Puola
member-state-PT = Portugali
member-state-RO = Romania
member-state-SK = Slovakia
member-state-SI = Slovenia
member-state-ES = Espanja
member-state-SE = Ruotsi

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Maatalous, metsätalous ja kalatalous
sector-B = Kaivostoiminta ja louhinta
sector-C = Teollisuus
sector-D = Sähkö-, kaasu- ja lämpöhuolto, jäähdytysliiketoiminta
sector-E = Vesihuolto, viemäri- ja jätevesihuolto, jätehuolto ja muu ympäristön puhtaanapito
sector-F = Rakentaminen
sector-G = Tukku- ja vähittäiskauppa; moottoriajoneuvojen ja moottoripyörien korjaus
sector-H = Kuljetus ja varastointi
sector-I = Majoitus- ja ravitsemistoiminta
sector-J = Informaatio ja viestintä
sector-K = Rahoitus- ja vakuutustoiminta
sector-L = Kiinteistöalan toiminta
sector-M = Ammatillinen, tieteellinen ja tekninen toiminta
sector-N = Hallinto- ja tukipalvelutoiminta
sector-O = Julkinen hallinto ja maanpuolustus; pakollinen sosiaalivakuutus
sector-P = Koulutus
sector-Q = Terveys- ja sosiaalipalvelut
sector-R = Taiteet, viihde ja virkistys
sector-S = Muu palvelutoiminta
sector-T = Kotitalouksien toiminta työnantajina; kotitalouksien eriyttämätön toiminta tavaroiden ja palvelujen tuottamiseksi omaan käyttöön
sector-U = Kansainvälisten organisaatioiden ja toimielinten toiminta

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Tietoturva: luvaton pääsy tietoihin
incident-class-information-content-security--unauthorised-information-modification = Tietoturva: tietoja muutettiin luvatta
incident-class-information-content-security--data-loss = Tietoturva: tietoja menetettiin
incident-class-information-content-security--leak-confidential-information = Tietoturva: luottamuksellisia tietoja vuoti
incident-class-intrusions--system-compromise = Tunkeutuminen: järjestelmä (palvelin tai tietokone) joutui hyökkääjän haltuun
incident-class-intrusions--application-compromise = Tunkeutuminen: sovellus joutui hyökkääjän haltuun
incident-class-intrusions--privileged-account-compromise = Tunkeutuminen: ylläpitäjän tili joutui hyökkääjän haltuun
incident-class-intrusions--unprivileged-account-compromise = Tunkeutuminen: tavallinen käyttäjätili joutui hyökkääjän haltuun
incident-class-intrusions--burglary = Tunkeutuminen: fyysinen murto
incident-class-information-gathering--social-engineering = Tiedonkeruu: ihmisiä manipuloitiin luovuttamaan tietoja (sosiaalinen manipulointi)
incident-class-information-gathering--sniffing = Tiedonkeruu: verkkoliikennettä salakuunneltiin
incident-class-malicious-code--infected-system = Haitallinen koodi: järjestelmä saastui
incident-class-fraud--masquerade = Petos: joku esiintyi henkilönä tai organisaationa, johon luotatte
incident-class-fraud--phishing = Petos: tietojenkalastelu (väärennettyjä viestejä tai verkkosivustoja salasanojen tai tietojen hankkimiseksi)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hakkerointi: verkkosovellus
attack-vector-hacking--backdoor-or-c2 = Hakkerointi: takaovi tai etäohjauskanava (C2)
attack-vector-hacking--desktop-sharing = Hakkerointi: etätyöpöytä tai näytön jakaminen
attack-vector-hacking--vpn = Hakkerointi: VPN-yhteys
attack-vector-hacking--partner = Hakkerointi: kumppanin käyttöoikeuksien kautta (toimittaja tai palveluntarjoaja)
attack-vector-hacking--command-shell = Hakkerointi: komentotulkki
attack-vector-malware--email-attachment = Haittaohjelma: sähköpostin liite
attack-vector-malware--email-link = Haittaohjelma: linkki sähköpostissa
attack-vector-malware--web-download = Haittaohjelma: lataus verkkosivustolta
attack-vector-malware--software-update = Haittaohjelma: ohjelmistopäivitys
attack-vector-malware--direct-install = Haittaohjelma: hyökkääjän suoraan asentama
attack-vector-malware--network-propagation = Haittaohjelma: levisi verkon kautta
attack-vector-social--email = Sosiaalinen manipulointi: sähköposti
attack-vector-social--phone = Sosiaalinen manipulointi: puhelu
attack-vector-social--in-person = Sosiaalinen manipulointi: kasvokkain
attack-vector-social--website = Sosiaalinen manipulointi: verkkosivusto
attack-vector-social--sms = Sosiaalinen manipulointi: tekstiviesti (SMS)
attack-vector-misuse--lan-access = Sisäpiirin väärinkäyttö: pääsy sisäverkosta
attack-vector-misuse--physical-access = Sisäpiirin väärinkäyttö: fyysinen pääsy
attack-vector-misuse--remote-access = Sisäpiirin väärinkäyttö: etäyhteys
attack-vector-misuse--non-corporate = Sisäpiirin väärinkäyttö: yrityksen järjestelmien ulkopuolella (yksityinen sähköposti, omat laitteet tai verkot)
attack-vector-unknown = Tuntematon tai ei vielä tiedossa

## Categories: actor types

actor-type-competitor = Kilpailija
actor-type-nation-state = Valtiollinen toimija (vieras valtio tai sen viranomaiset)
actor-type-organised-crime = Järjestäytynyt rikollisuus
actor-type-insider = Sisäpiiriläinen (nykyinen työntekijä tai toimeksisaaja)
actor-type-former-employee = Entinen työntekijä
actor-type-unknown = Tuntematon

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript on käytössä: selaimesi salaa ilmoituksesi ja liitteesi valitsemillesi vastaanottajille ennen kuin mitään lähetetään. Palvelin vastaanottaa ainoastaan salattua dataa.
js-status-checking = Tarkistetaan lomaketta ja käsittelijöiden avaimia…
js-status-encrypting = Ilmoitustasi ja liitteitäsi salataan tässä selaimessa…
js-status-proof-of-work = Valmistellaan lähetystä (lyhyt laskenta, joka suojaa kanavaa automaattiselta roskapostilta)…
js-status-sending = Lähetetään salattua ilmoitusta…
js-error-keyring = Käsittelijöiden avaimia ei voitu varmentaa: avainrengasta ei ole allekirjoitettu avaimella, jonka sormenjälki näkyy tällä sivulla. Mitään ei lähetetty. Älä lähetä ilmoitustasi tältä sivulta, vaan ota yhteyttä EUIPOon tai Europoliin niiden virallisten verkkosivustojen kautta.
js-error-network = Ilmoitusta ei voitu lähettää, koska yhteys katkesi. Mitään ei tallennettu. Tarkista yhteytesi ja yritä uudelleen.
js-error-crypto = Selaimesi ei pystynyt salaamaan ilmoitusta, joten mitään ei lähetetty. Yritä uudelleen tai poista JavaScript käytöstä ja lähetä lomake ilman sitä.
js-error-file = Liitetiedostoa ei voitu lukea. Tarkista, että tiedosto on yhä olemassa, liitä se uudelleen ja yritä uudelleen.
js-error-kept = Vastauksesi ja liitetiedostosi ovat yhä lomakkeessa.
js-retry = Yritä uudelleen
js-print = Tulosta kuittikoodi

## Reviewer console (/console/)

console-name = Käsittelijän konsoli
console-nav-inbox = Saapuneet
console-logout = Kirjaudu ulos
console-logout-everywhere = Kirjaudu ulos kaikilta laitteilta
console-go-to-login = Siirry kirjautumissivulle
console-refused-heading = Pyyntö hylättiin
console-login-heading = Kirjaudu käsittelijän konsoliin
console-login-submit = Kirjaudu
console-field-name = Nimi
console-field-password = Salasana
console-field-code = Todennussovelluksen koodi
console-field-code-hint = Kuusinumeroinen koodi, jonka todennussovelluksesi näyttää juuri nyt. Kutakin koodia voi käyttää vain kerran.
console-notice-expired = Istuntosi on päättynyt. Kirjaudu uudelleen.
console-notice-logged-out = Olet kirjautunut ulos.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Väärä nimi, salasana tai koodi. Yritä uudelleen; odota monen epäonnistuneen yrityksen jälkeen minuutti ennen seuraavaa.
console-error-csrf = Lomaketta ei voitu hyväksyä, koska sen suojaustunniste puuttuu, on virheellinen tai kuuluu toiseen istuntoon. Mitään ei muutettu. Lataa sivu uudelleen ja yritä uudelleen.
error-cross-site = Tämä lomake lähetettiin toiselta verkkosivustolta, joten se hylättiin eikä mitään muutettu. Avaa sivu tällä sivustolla ja lähetä lomake sieltä.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Sivut
pager-previous = Edellinen sivu
pager-next = Seuraava sivu
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Sivu { $page }/{ $pages }
error-method-not-allowed = Tämä osoite ei ota vastaan tällaista pyyntöä.
error-headers-too-large = Pyynnössä oli liikaa otsaketietoja, ja se hylättiin. Poista tämän sivuston evästeet ja yritä uudelleen.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Tekstikenttä on liian pitkä: raja on { $limit } kenttää kohden. Lyhennä tekstiä ja lähetä se uudelleen.
followup-unsent-label = Vastauksesi (ei lähetetty)
followup-unsent-hint = Sitä ei lähetetty, koska kuittia ei tunnistettu. Kopioi se, kirjaudu uudelleen kuitillasi ja lähetä se keskustelustasi.
console-enrol-heading = Ota käsittelijän tili käyttöön
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Tervetuloa, { $name } ({ $body }). Valitse kirjautumissalasana ja ota koodisovellus käyttöön. Tämä linkki toimii vain kerran.
console-enrol-password-heading = 1. Kirjautumissalasana
console-field-new-password = Uusi salasana
console-field-confirm-password = Sama salasana uudelleen
# { $min } is a number of characters.
console-enrol-password-hint = Vähintään { $min } merkkiä. Useasta sanasta koostuva tunnuslause on helpoin muistaa.
console-enrol-totp-heading = 2. Todennussovellus
console-enrol-totp-scan = Skannaa tämä QR-koodi todennussovelluksellasi (aikaan perustuvat koodit, TOTP).
console-enrol-totp-secret = Jos et pysty skannaamaan koodia, kirjoita sovellukseen sen sijaan tämä avain:
console-enrol-code-hint = Viimeistele antamalla kuusinumeroinen koodi, jonka sovellus nyt näyttää.
console-enrol-submit = Viimeistele käyttöönotto
console-enrol-done = Tilisi on valmis. Voit nyt kirjautua nimelläsi, salasanallasi ja todennussovelluksesi koodilla.
console-enrol-fingerprint = Avaimesi sormenjälki on { $fingerprint }. Avaintasi käytetään vasta, kun ylläpitäjä on lisännyt sen avainrenkaaseen: ylläpitäjä pyytää sinua lukemaan tämän sormenjäljen puhelimessa tai henkilökohtaisesti ja lisää avaimesi vain, jos se täsmää.
console-error-enrol-link = Tämä käyttöönottolinkki ei ole voimassa: sitä on jo käytetty, se on vanhentunut tai se on kirjoitettu väärin. Pyydä palvelun ylläpitäjältä uusi linkki.
console-error-password-short = Salasana on liian lyhyt: käytä vähintään { $min } merkkiä.
console-error-password-mismatch = Salasanat eivät täsmää. Kirjoita sama salasana molempiin kenttiin.
console-error-enrol-code = Koodi ei ole oikea. Tarkista, että sovellus on otettu käyttöön yllä olevalla avaimella ja että laitteesi kello on oikeassa ajassa, ja anna sitten koodi, jonka sovellus nyt näyttää.
console-inbox-heading = Saapuneet
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] yksi ilmoitus on osoitettu organisaatiollenne.
   *[other] { $count } ilmoitusta on osoitettu organisaatiollenne.
}
console-inbox-empty = Organisaatiollenne ei ole vielä osoitettu ilmoituksia.
console-inbox-col-report = Ilmoitus
console-inbox-col-received = Vastaanotettu (päivä)
console-inbox-col-status = Tila
console-inbox-col-sealed-by = Salauksen tekijä
console-status-new = Uusi
console-status-acknowledged = Vastaanotto vahvistettu
console-status-in-review = Käsittelyssä
console-status-information-requested = Lisätietoja pyydetty
console-status-referred = Siirretty
console-status-closed = Päätetty
console-sealed-by-browser = Ilmoittajan selain
console-sealed-by-server = Palvelin (lähetetty ilman JavaScriptiä: heikompi suoja)
console-inbox-col-deadline = Seuraava määräaika (direktiivi 2019/1937)
console-inbox-col-action = Muuta tilaa
console-deadline-acknowledgement = Vastaanoton vahvistus viimeistään { $day }
console-deadline-feedback = Palaute viimeistään { $day }
console-deadline-overdue = Myöhässä
console-deadline-due-soon = Päättyy pian
console-deadline-none = Ei määräaikaa (päätetty)
console-deadline-counts = Määräajat: myöhässä { $overdue }, päättyy 2 päivän kuluessa { $soon }.
console-status-change-label = Uusi tila
console-status-change-submit = Muuta
console-status-final = Päätetty: tilaa ei voi enää muuttaa
console-transition-refused-heading = Tilan muutos hylättiin
console-error-transition = Ilmoituksen tilaa ei voi muuttaa tilasta ”{ $from }” tilaan ”{ $to }”. Mitään ei muutettu. Valitse jokin Saapuneet-näkymässä tarjotuista tiloista.
console-back-to-inbox = Takaisin saapuneisiin

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Avain ilmoitusten lukemiseen
console-enrol-needs-js = Ilmoitusten lukemiseen tarvitaan selain, jossa JavaScript on käytössä: henkilökohtainen lukuavaimesi luodaan ja lukitaan selaimessasi, ei koskaan palvelimella. Ota JavaScript käyttöön tai käytä toista selainta viimeistelläksesi tilisi käyttöönoton.
console-enrol-key-explain = Selaimesi luo nyt henkilökohtaisen avaimesi ilmoitusten lukemiseen ja lukitsee sen avaustunnuslauseella. Valitse tunnuslause, joka on eri kuin kirjautumissalasanasi. Se ei koskaan poistu tästä selaimesta: jos unohdat sen, palvelun ylläpitäjän on luotava sinulle uusi avain.
console-field-unlock-passphrase = Avaustunnuslause
console-field-unlock-passphrase-confirm = Sama avaustunnuslause uudelleen
console-enrol-unlock-hint = Vähintään { $min } merkkiä, eikä se saa olla kirjautumissalasanasi.
console-error-unlock-short = Avaustunnuslause on liian lyhyt: käytä vähintään { $min } merkkiä.
console-error-unlock-mismatch = Avaustunnuslauseet eivät täsmää. Kirjoita sama tunnuslause molempiin kenttiin.
console-error-unlock-same = Avaustunnuslauseen on oltava eri kuin kirjautumissalasanasi: kirjautumissalasana lähetetään palvelimelle, avaustunnuslausetta ei koskaan.
console-enrol-key-working = Avaintasi luodaan ja lukitaan. Tämä kestää muutaman sekunnin…
console-error-key-failed = Selaimesi ei pystynyt luomaan avainta. Lataa sivu uudelleen ja yritä uudelleen.
console-error-enrol-key = Ilmoitusten lukemiseen tarvitaan selain, jossa JavaScript on käytössä, ja tämä lomake saapui ilman selaimesi luomaa avainta. Ota JavaScript käyttöön, lataa sivu uudelleen ja yritä uudelleen.

## Reviewer console: reading a report
console-report-heading = Ilmoitus
console-report-bodies = Vastaanottajat
console-report-needs-js = Ilmoitusten lukemiseen tarvitaan selain, jossa JavaScript on käytössä: ilmoitus puretaan selaimessasi avaimellasi, ei koskaan palvelimella.
console-report-no-key = Tililläsi ei ole avainta ilmoitusten lukemiseen. Pyydä palvelun ylläpitäjältä uusi käyttöönottolinkki.
console-unlock-heading = Avaa avaimesi lukitus
console-unlock-hint = Avaustunnuslausettasi käytetään vain tällä sivulla, eikä sitä koskaan lähetetä. Tarvitset sitä uudelleen, kun avaat toisen sivun.
console-unlock-submit = Avaa lukitus ja ilmoitus
console-unlock-working = Avataan avaimesi lukitusta ja ilmoitusta…
console-error-unlock-wrong = Avaustunnuslause on väärä. Mitään ei avattu. Yritä uudelleen.
console-error-open-failed = Tätä ilmoitusta ei voi avata avaimellasi. Se on ehkä lähetetty ennen kuin avaimesi lisättiin avainrenkaaseen; kollega, joka voi lukea sen, voi antaa sinulle käyttöoikeuden.
console-error-keyring = Käsittelijöiden avaimia ei voitu varmentaa: avainrengasta ei ole allekirjoitettu avaimella, jonka sormenjäljellä tämä palvelin käynnistettiin. Mitään ei lähetetty.
console-error-keyring-rollback = Tämä avainrengas on vanhempi (pienempi sarjanumero) kuin rengas, jonka tämä selain on jo nähnyt samalta allekirjoitusavaimelta: se voi olla palautettu vanha avainrengas, jolla yritetään käyttää poistettua avainta. Mitään ei avattu eikä lähetetty. Ilmoita ylläpitäjälle.
console-error-network = Yhteys epäonnistui. Mitään ei lähetetty. Tarkista yhteytesi ja yritä uudelleen.
console-report-fields-heading = Ilmoittajan lähettämät tiedot
console-report-field-member-state = Jäsenvaltio
console-report-field-sector = Toimiala
console-report-field-incident-class = Tapauksen tyyppi
console-report-field-attack-vector = Hyökkäysvektori
console-report-field-actor-type = Epäilty tekijä
console-report-field-incident-month = Kuukausi, jona varkaus alkoi
console-report-field-detection-month = Kuukausi, jona varkaus havaittiin
console-report-field-loss-eur = Arvioitu vahinko
console-report-field-jobs-at-risk = Uhattuina olevat työpaikat
console-report-field-what-taken = Mitä vietiin
console-report-field-narrative = Mitä tapahtui
console-report-field-contact = Yhteystiedot
console-report-field-organisation-id = Arvonlisäverotunniste tai LEI-tunnus
console-report-empty = (ei annettu)
console-report-attachments-heading = Liitteet
console-report-attachments-none = Ei liitteitä.
console-attachment-save = Pura salaus ja tallenna
console-attachment-working = Puretaan salausta…
console-error-attachment = Liitteen salausta ei voitu purkaa: liite on vahingoittunut tai puutteellinen. Mitään ei tallennettu.
console-thread-heading = Keskustelu ilmoittajan kanssa
console-thread-empty = Ei vielä viestejä.
console-thread-from-reporter = Ilmoittaja
console-thread-from-reviewer = Käsittelijä
console-thread-note = Sisäinen muistiinpano
console-thread-unreadable = (tätä viestiä ei voi avata avaimellasi)
envelope-mismatch = Tämä kirjekuori kuuluu toiseen ilmoitukseen tai on eri tyyppiä; sitä ei näytetä.
conversation-from-signed = Lähettäjä { $name } (allekirjoitus tarkistettu)
conversation-from-channel = Ilmoituskanavan automaattinen ilmoitus
message-bad-signature = Tätä viestiä ei näytetä: se väittää tulevansa käsittelijältä, mutta sen allekirjoitus puuttuu tai ei vastaa mitään allekirjoitetun avainrenkaan käsittelijäavainta. Se voi olla väärennetty; älä toimi sen perusteella.
console-ack-heading = Vahvista ilmoituksen vastaanottaminen
console-ack-label = Vastaanottovahvistus ilmoittajalle
console-ack-default = Kiitos ilmoituksestanne. Olemme vastaanottaneet sen ja käsittelemme sen. Jos meillä on kysyttävää, löydätte kysymykset täältä.
console-ack-submit = Vahvista ja lähetä
console-message-heading = Viesti ilmoittajalle
console-message-label = Viestisi
console-message-hint = Salataan selaimessasi ilmoittajalle ja tämän ilmoituksen käsittelijöille. Ilmoittaja lukee viestin kuittikoodinsa avulla.
console-message-submit = Lähetä ilmoittajalle
console-note-heading = Sisäinen muistiinpano
console-note-label = Muistiinpanosi
console-note-hint = Salataan selaimessasi vain organisaatiosi käsittelijöille. Ilmoittaja ei koskaan näe sitä.
console-note-submit = Lisää muistiinpano
console-error-message-empty = Kirjoita ensin viesti (enintään 20 000 merkkiä).
console-sending = Salataan ja lähetetään…
console-sent = Lähetetty.
console-grants-heading = Kollegoiden käyttöoikeudet
console-grants-hint = Organisaatiosi kollegat, joiden avaimet on lisätty avainrenkaaseen tämän ilmoituksen saapumisen jälkeen, eivät voi lukea sitä. Selaimesi voi antaa heille käyttöoikeuden salaamalla ilmoituksen avaimen heidän avaimellaan.
console-grants-none = Kaikki avainrenkaassa olevat organisaatiosi käsittelijät voivat lukea tämän ilmoituksen.
console-grant-submit = Anna käyttöoikeus
console-grant-done = Käyttöoikeus annettu.
console-error-grant-exists = Tämä kollega voi jo lukea tämän ilmoituksen.
console-classify-heading = Vahvistettu luokitus tilastoja varten
console-classify-hint = Korjaa jäsennellyt kentät tai merkitse ilmoitus kaksoiskappaleeksi tai soveltamisalan ulkopuoliseksi. Selaimesi salaa korjatun tietueen vain anonymisointipalvelulle; se korvaa ilmoittajan tietueen tilastoissa. Kuvaus ja yhteystiedot eivät koskaan sisälly siihen.
console-classify-status = Ilmoituksen kelpoisuus
console-classify-valid = Kelvollinen
console-classify-duplicate = Toisen ilmoituksen kaksoiskappale
console-classify-out-of-scope = Soveltamisalan ulkopuolella
console-classify-submit = Tallenna vahvistettu luokitus
console-classify-done = Vahvistettu luokitus salattiin ja tallennettiin.
console-error-classify = Tarkista luokitus: kuukauden on oltava vuoden 1990 ja ilmoituksen saapumisvuosineljänneksen välillä, ja vahingon ja työpaikkojen on oltava kokonaislukuja sallituissa rajoissa. Mitään ei tallennettu.
console-error-classify-unsigned = Luokitusta ei voi allekirjoittaa: allekirjoitusavaimesi ei ole vielä allekirjoitetussa avainrenkaassa. Mitään ei tallennettu; pyydä ylläpitäjää lisäämään avaimesi.
console-export-heading = Vienti EC3:lle ja CSIRT-yksiköille
console-export-hint = Selaimesi muodostaa tiedoston puretusta ilmoituksesta: luokitus, mitä vietiin ja kuvaus, mutta ei koskaan ilmoittajan yhteystietoja eikä organisaation tunnistetta. Jokainen vienti kirjataan tarkastuslokiin.
console-export-tlp = Traffic Light Protocol -merkintä
console-export-stix = Vie STIX 2.1 -paketti
console-export-misp = Vie MISP-tapahtuma
console-export-done = Vienti kirjattiin ja tallennettiin.

## Data portal (/portal/) and data API

portal-name = Liikesalaisuuksien varkauksia koskevat tilastot – dataportaali
portal-nav-releases = Julkaisut
portal-nav-tokens = API-tunnisteet
portal-refused-heading = Ei suoritettu
portal-enrol-heading = Ota portaalitili käyttöön
portal-error-enrol-link = Tämä käyttöönottolinkki ei ole voimassa: sitä on jo käytetty, se on vanhentunut tai se on kirjoitettu väärin. Pyydä palvelun ylläpitäjältä uusi linkki.
portal-enrol-lead = Tili { $name } viranomaisille (jäsenvaltio: { $country }). Valitse salasana ja ota todennussovellus käyttöön.
portal-enrol-submit = Viimeistele käyttöönotto
portal-enrol-done = Tilisi on valmis. Kirjaudu nimelläsi, salasanallasi ja todennussovelluksesi koodilla.
portal-login-heading = Kirjaudu dataportaaliin
portal-releases-heading = Julkaisut
portal-releases-lead = Kirjautuneena: { $name } ({ $country }). Kukin julkaisu sisältää yhden vuosineljänneksen differentiaalisesti yksityiset EU-tilastot.
portal-releases-none = Julkaisuja ei ole vielä.
portal-releases-caption = Julkaistut tilastot, uusin vuosineljännes ensin
portal-col-period = Vuosineljännes
portal-col-date = Julkaisupäivä
portal-col-epsilon = Käytetty yksityisyysbudjetti (ε)
portal-col-status = Tila
portal-col-release = Julkaisu
portal-status-published = Julkaistu
portal-release-heading = Tilastot: { $period }
portal-release-intervals-hint = Kukin pylväs näyttää julkaistun arvon; sen poikki kulkeva jana näyttää 95 %:n välin, joka piirretään nollasta, jos se ulottuu nollan alapuolelle. Kunkin kaavion luvut ovat sen alla olevassa taulukossa.
portal-summary-reports = Ilmoitukset EU:ssa
portal-summary-truncated = Pois jätetyt ilmoitukset (yli k organisaatiota kohden)
portal-summary-loss = Arvioidut vahingot EU:ssa
portal-chart-quarter = Ilmoitukset vuosineljänneksittäin
portal-chart-quarter-note = Tämän julkaisun vuosineljännes on korostettu.
portal-chart-state-quarter = Ilmoitukset jäsenvaltiossasi vuosineljänneksittäin
portal-chart-series = { $category }: ilmoitukset neljännesvuosittain
portal-chart-series-note = Tässä julkaisussa eniten ilmoitettu toimiala tai hyökkäysvektori; data-API antaa kaikki toimialat ja hyökkäysvektorit neljännesvuosittain.
portal-chart-sector = Ilmoitukset toimialoittain (NACE)
portal-chart-attack-vector = Ilmoitukset hyökkäysvektoreittain
portal-chart-member-state = Ilmoitukset jäsenvaltioittain
portal-chart-yours = (korostettu)
portal-chart-highlight = { $country } on korostettu ja merkitty.
portal-chart-desc = Vaakapylväskaavio, jossa on { $count ->
        [one] yksi luokka
       *[other] { $count } luokkaa
    }, kullakin oma 95 %:n välinsä. Suurin: { $top }, { $value }. Kaavion alla olevassa taulukossa ovat kaikki arvot.
portal-chart-show-table = Näytä luvut taulukkona
portal-chart-table-caption = { $chart }: julkaistut arvot ja 95 %:n välit
portal-col-category = Luokka
portal-col-value = Julkaistu arvo
portal-col-interval = 95 %:n väli
portal-method-heading = Miten luvut on laadittu
portal-method-promise = Luvut ovat differentiaalisesti yksityisiä. Suojattu yksikkö on yhden organisaation ilmoitukset vuosineljänneksellä: ilmoittipa se tai ei, ja mitä tahansa, jokainen julkaistu luku olisi lähes yhtä todennäköinen. ”Lähes” määräytyy tämän julkaisun yksityisyysbudjetista ε = { $epsilon }: mikään tulos ei muutu yli { $factor } kertaa todennäköisemmäksi yhden organisaation tämän vuosineljänneksen ilmoitusten vuoksi. Kalenterivuoden julkaisut käyttävät yhteensä enintään ε = { $year_cap }, joten vuoden aikana kerroin on enintään { $year_factor }; usean vuoden aikana kertoimet kertautuvat.
portal-method-unit = Organisaatio tunnistetaan sen antamasta ALV-tunnisteesta tai LEI-tunnuksesta (kirjoitettuna vakiomuotoon ja muutettuna pseudonyymiksi, jonka vain anonymisoija voi laskea); sen ilmoituksista lasketaan enintään { $k } vuosineljänneksessä. Se tunnistetaan vain tästä tunnisteesta: organisaatio, joka antaa yhdessä ilmoituksessa ALV-tunnisteen ja toisessa LEI-tunnuksen tai jonka tytäryhtiöt ilmoittavat erikseen, lasketaan useaksi. Ilmoitus ilman tunnistetta suojataan yksinään: organisaatio, joka lähettää useita ilmoituksia ilman tunnistetta, on suojattu kunkin ilmoituksen osalta, ei kaikkien yhdessä.
portal-method-truncation = Noin { $dropped } ilmoitusta (noin { $share } % kaikista) jätettiin pois, koska niiden organisaatio ilmoitti vuosineljänneksellä yli { $k } kertaa. Luku on itse kohinainen ja laskee enintään { $k } organisaatiota kohden; todellinen määrä on suurempi. Säilytettävät ilmoitukset valittiin sattumanvaraisesti, ei sisällön perusteella.
portal-method-noise = Jokaisen taulukon jokaiseen soluun on lisätty satunnaista kohinaa, myös soluihin, joiden arvo on nolla; mitään solua ei piiloteta sen vuoksi, että se on pieni. Pieni luku voi siksi olla pelkkää kohinaa.
portal-method-intervals = 95 %:n välit kertovat, kuinka paljon kohina on voinut siirtää lukua: ne sisältävät mitatun arvon vähintään noin 95 tapauksessa sadasta. Mitattu arvo on säilytettyjen ilmoitusten arvo, kukin menetys rajattuna ylärajaan; pois jätetyt ilmoitukset ja ylärajan ylittävät menetykset eivät sisälly siihen, joten luvut ja niiden välit ovat pienempiä kuin vastaanotettu. Välit lasketaan julkisesti tunnetusta kohinatasosta, ei ilmoituksista, eivätkä ne koskaan mene nollan alle.
portal-method-consistency = Jäsenvaltioiden luvut summautuvat EU:n luvuiksi, ja jokainen taulukko summautuu samaan kokonaismäärään. Luvut ovat kokonaislukuja, eivät koskaan negatiivisia, kukin noin yhden päässä harhattomasta arviosta (kauempana vain, missä viereiset arviot jäivät nollan alle); jäsenvaltion kokonaismäärä ja sen toimialojen summa voivat erota kohinan verran. Raa'at kohinaiset mittaukset ovat myös CSV-tiedostoissa.
portal-method-losses = Kukin arvioitu vahinko otetaan huomioon enintään { $bound } euron suuruisena; suuremmat vahingot lasketaan tämän suuruisina.
portal-method-budget = Tämä vuosineljännes on käyttänyt ε { $quarter } rajastaan { $quarter_cap }; vuonna { $year } on käytetty ε { $year_spent } rajasta { $year_cap }. Vuosineljänneksen tilastoja ei koskaan lasketa uudelleen suuremmalla budjetilla.
portal-method-opendp = Laskettu OpenDP:n versiolla { $version }. Tässä käytetyt funktiot kuuluvat sen ”contrib”-osaan, jota OpenDP-tiimi ei ole vielä tarkastanut; menetelmäkuvaustiedostossa luetellaan kunkin taulukon mekanismi, kohinan skaala ja budjetti.
portal-downloads-heading = Ladattavat tiedostot
portal-download-archive = Koko julkaisu yhtenä arkistona ({ $name }) tarkistussummineen ja allekirjoituksineen
portal-verify-heading = Tarkista saamasi tiedosto
portal-verify-text = Arkisto sisältää tiedoston SHA256SUMS, jossa on kunkin tiedoston tarkistussumma, sekä tiedoston SHA256SUMS.sig, joka on sen allekirjoitus julkaisuavaimella. Kuka tahansa voi tarkistaa muualta saamansa kopion: tallenna tämän sivuston keyring.json ja keyring.sig kansioon ja suorita alla oleva komento. Se luottaa avainrenkaaseen vain, jos sen on allekirjoittanut avain, jonka sormenjäljen EUIPO ja Europol julkaisevat, ja ottaa julkaisuavaimen (näkyy alla) siitä.
portal-verify-key = Julkaisuavain:
portal-verify-fingerprint = Sormenjälki:
portal-tokens-heading = API-tunnisteet
portal-tokens-lead = Tunnisteen avulla ohjelma voi lukea julkaisuja data-API:n kautta (vain luku). Anna kullekin ohjelmalle oma tunniste, jotta voit peruuttaa yhden pysäyttämättä muita.
portal-token-new-heading = Luo tunniste
portal-token-name = Nimi
portal-token-name-hint = Mihin tunnistetta käytetään, esim. ”yöllinen tuonti”.
portal-token-create = Luo tunniste
portal-token-created = Uusi tunnisteesi on alla. Kopioi se nyt: se näytetään vain tämän kerran, eikä sitä voi nähdä uudelleen.
portal-token-use = Lähetä se jokaisen pyynnön mukana muodossa:
portal-tokens-list-heading = Tunnisteesi
portal-tokens-none = Sinulla ei ole vielä tunnisteita.
portal-token-created-on = Luotu
portal-token-last-used = Viimeksi käytetty
portal-token-state = Tila
portal-token-revoke = Peruuta
portal-token-revoked-on = Peruutettu { $day }
portal-token-revoked = Tunniste on peruutettu: se ei enää toimi.
portal-error-token-name = Anna tunnisteelle nimi, jonka pituus on enintään { $max } merkkiä.
error-unauthorized = Tarvitaan voimassa oleva API-tunniste: lähetä ”Authorization: Bearer” ja portaalissa luotu tunniste, jota ei ole peruutettu.

# console triage
console-triage-heading = Mistä ilmoitukset kertovat
console-triage-hint = Avaa avaimesi nähdäksesi, mistä kukin ilmoitus kertoo, ja hakeaksesi, suodattaaksesi ja lajitellaksesi niitä. Ilmoitukset puretaan tässä selaimessa; niitä tai hakujasi ei lähetetä palvelimelle.
console-triage-search = Hae ilmoitusten tekstistä
console-triage-all = Kaikki
console-triage-sort = Järjestys
console-triage-sort-newest = Uusimmat ensin
console-triage-sort-oldest = Vanhimmat ensin
console-triage-sort-deadline = Lähin määräaika ensin
console-triage-reset = Tyhjennä haku ja suodattimet
console-triage-col-summary = Ilmoitus (kuvauksen ensimmäinen rivi)
console-triage-col-language = Kieli
console-triage-col-attachments = Liitteet
console-triage-count = Löytyneet ilmoitukset: { $shown }/{ $total }
console-triage-page = Sivu { $page }/{ $pages }
console-triage-pages = Luettelon sivut
console-triage-previous = Edellinen sivu
console-triage-next = Seuraava sivu
console-triage-none = Mikään ilmoitus ei vastaa hakua ja suodattimia.
console-triage-working = Ilmoituksia puretaan…
console-triage-unreadable = Tätä ilmoitusta ei voi avata avaimellasi.
error-summary-entry = { $field }: { $message }
error-field-recipients = Vastaanottajat
error-field-actor-type = Kuka oli asian takana
error-field-loss-eur = Arvioitu menetys
error-field-jobs-at-risk = Uhatut työpaikat
error-field-attachments = Liitteet
error-field-contact = Yhteystiedot
error-field-organisation-id = ALV-numero tai LEI
error-field-consent = Vahvistus
console-nav-figures = Tunnusluvut
console-figures-heading = Tunnusluvut johdolle
console-figures-lead = { $body }: vain määriä ja kestoja, laskettu palvelimen tallentamista päivistä. Ei mitään ilmoitusten sisällöstä.
console-figures-csv = Lataa CSV-tiedostona
console-figures-received = Vastaanotetut ilmoitukset kuukausittain
console-figures-month = Kuukausi
console-figures-count = Ilmoitukset
console-figures-timing = Aika vastaanottokuittaukseen ja palautteeseen
console-figures-step = Vaihe
console-figures-done = Tehty
console-figures-median = Mediaani (päivää)
console-figures-p90 = 90. prosenttipiste (päivää)
console-figures-within = Määräajassa
console-figures-within-value = { $within }/{ $decided } ({ $percent } %)
console-figures-ack = Vastaanottokuittaus (7 päivän kuluessa vastaanotosta)
console-figures-feedback = Palaute (3 kuukauden kuluessa kuittauksesta)
console-figures-open = Avoimet tapaukset tilan mukaan
console-figures-definitions = Palaute on ensimmäinen kuittauksen jälkeinen päivä, jona käsittelijä kirjoitti ilmoittajalle, tai tapauksen sulkemispäivä sen mukaan, kumpi oli aiemmin. Mediaani ja prosenttipiste lähimmän järjestysluvun menetelmällä. Osuuksissa lasketaan tehdyt ja myöhästyneet vaiheet; tapauksia, joiden määräaika on vielä voimassa, ei vielä lasketa.
console-assign-heading = Osoitus
console-assign-label = Osoitettu
console-assign-nobody = Ei kenellekään
console-assign-submit = Osoita
console-triage-assigned-me = Minulle osoitetut
console-triage-unassigned = Osoittamattomat

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Viestiä ei voi allekirjoittaa: allekirjoitusavaimesi ei ole vielä allekirjoitetussa avainrenkaassa. Mitään ei lähetetty; pyydä ylläpitäjää lisäämään avaimesi.
console-casefile-heading = Luovutettava asiakirjakooste
console-casefile-hint = Muodostetaan selaimessasi avatusta ilmoituksesta; mitään siitä ei lähetetä palvelimelle. Tarkastuslokiin kirjataan vain itse vienti: sen muoto, mukana olevat osat ja peitettyjen sanojen määrä.
console-casefile-parts = Mukaan otettavat osat
console-casefile-part-fields = Ilmoituksen kentät
console-casefile-part-conversation = Keskustelu
console-casefile-part-attachments = Liitteet ja niiden SHA-256
console-casefile-part-classification = Luokitus
console-casefile-redact-contact = Peitä ilmoittajan yhteystiedot ja organisaation tunniste
console-casefile-terms = Peitettävät nimet ja sanat
console-casefile-terms-hint = Yksi riviä kohden. Jokainen korvataan peittomerkinnällä kaikkialla koosteessa isoista ja pienistä kirjaimista riippumatta.
console-casefile-download = Lataa kooste (HTML)
console-casefile-print = Tulosta tai tallenna PDF-tiedostona
console-casefile-working = Koostetta valmistellaan: liitteiden salausta puretaan…
console-casefile-done = Koosteen vienti kirjattiin.
console-casefile-no-parts = Valitse vähintään yksi mukaan otettava osa.
console-casefile-title = Ilmoituksen asiakirjakooste
console-casefile-prepared = Laadittu
console-casefile-marker = [PEITETTY]
console-casefile-redactions = Peitot
console-casefile-redacted-contact = Ilmoittajan yhteystiedot ja organisaation tunniste
console-casefile-redacted-terms = Käsittelijän merkitsemät sanat
console-casefile-verified = allekirjoitus tarkistettu
# --- indicators ---
report-section-indicators = Tekniset indikaattorit (valinnainen)
report-indicators-lead = Jos teillä on teknisiä jälkiä hyökkäyksestä, luetelkaa ne tähän, yksi arvo riviä kohden. Käsittelijät voivat jakaa ne CSIRT-ryhmille hyökkääjien estämiseksi.
field-indicator-ip = IP-osoitteet tai -alueet
hint-indicator-ip = IPv4 tai IPv6 tai CIDR-alue: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Verkkotunnukset
hint-indicator-domain = Esimerkiksi files.example.com; kansainväliset nimet xn---muodossa.
field-indicator-url = Verkko-osoitteet (URL)
hint-indicator-url = Koko osoite, joka alkaa https:// tai muulla skeemalla.
field-indicator-email = Sähköpostiosoitteet
hint-indicator-email = Esimerkiksi tietojenkalasteluviestin lähettäjä.
field-indicator-hash = Tiedostojen tiivisteet
hint-indicator-hash = MD5, SHA-1 tai SHA-256 heksadesimaalina.
field-indicator-file-name = Tiedostonimet
hint-indicator-file-name = Pelkkä nimi ilman kansiota: lasku.pdf.exe.
field-indicator-observations = Muut tekniset havainnot
hint-indicator-observations = Kaikki muu, mistä voi olla apua: työkalut, tilit, ajankohdat.
error-indicator-ip = Rivi { $line } ei ole IP-osoite eikä CIDR-alue.
error-indicator-domain = Rivi { $line } ei ole verkkotunnus.
error-indicator-url = Rivi { $line } ei ole täydellinen verkko-osoite (kuten https://example.com/polku).
error-indicator-email = Rivi { $line } ei ole sähköpostiosoite.
error-indicator-hash = Rivi { $line } ei ole MD5-, SHA-1- tai SHA-256-tiiviste.
error-indicator-file-name = Rivi { $line } ei ole tiedostonimi (ei kansiota, enintään 255 merkkiä).
error-indicator-count = Kirjoita tähän kenttään enintään { $max } arvoa.
console-indicators-heading = Tekniset indikaattorit
console-taxii-heading = Lähetä TAXII 2.1 -kokoelmaan
console-taxii-hint = STIX 2.1 -nippu yllä valitulla TLP-tasolla menee tästä selaimesta suoraan elimenne TAXII-palvelimelle; osoitetta ja tunnuksia ei tallenneta.
console-taxii-url = Kokoelman osoite (päättyy /collections/<id>/)
console-taxii-user = Käyttäjätunnus
console-taxii-password = Salasana
console-taxii-push = Lähetä TAXII-palvelimelle
console-taxii-done = Nippu lisättiin TAXII-kokoelmaan.
console-taxii-failed = TAXII-palvelin hylkäsi nipun tai siihen ei saatu yhteyttä. Tarkista osoite ja tunnukset sekä se, että palvelin sallii tämän konsolin alkuperän (CORS).
# --- tags and referral ---
console-tags-heading = Tunnisteet
console-tags-hint = Tunnisteet tulevat elimenne kiinteästä luettelosta, jota ylläpitäjä hoitaa. Nimet näkyvät palvelimen ylläpitäjälle: käytä niitä merkintöinä, älä koskaan tapauksen sisältöön.
console-tags-none = Tällä ilmoituksella ei ole tunnisteita.
console-tags-field = Tunniste
console-tags-add = Lisää tunniste
console-tags-remove = Poista tunniste
console-error-tag-unknown = Tämä tunniste ei ole elimenne luettelossa. Mitään ei muutettu.
console-refer-heading = Siirrä elimelle { $body }
console-refer-hint = Ilmoituksen avain sinetöidään selaimessasi varmennetun avainrenkaan elimen { $body } avaimille. { $body } näkee sen jälkeen ilmoituksen saapuneissaan omin määräajoin tästä päivästä lukien.
console-refer-note = Muistiinpano elimelle { $body } (valinnainen)
console-refer-note-hint = Sinetöidään molemmille elimille kuten sisäinen muistiinpano; ei koskaan näy ilmoittajalle.
console-refer-tell = Kerro ilmoittajalle keskustelussa
console-refer-message = Viesti ilmoittajalle
console-refer-message-default = Ilmoituksesi on siirretty elimelle { $body }, joka myös käsittelee sen.
console-refer-submit = Siirrä ilmoitus
console-refer-done = Ilmoitus siirrettiin.
console-referrals-heading = Siirrot
console-referral-line = Siirretty elimeltä { $from } elimelle { $to }, siirtäjä { $who }, { $day }.
console-referral-note = Muistiinpano:
console-triage-referred-from = Siirtäjä: { $body }
console-error-referral-same = Ilmoituksen voi siirtää vain toiselle elimelle.
console-error-referral-exists = Elimellä { $body } on jo tämä ilmoitus; sitä ei siirretty uudelleen.
console-error-referral-slots = Sinetöidyt avaimet eivät vastaa täsmälleen elimen { $body } avaimia avainrenkaassa. Mitään ei siirretty.
# --- security keys (WebAuthn) ---
account-nav-keys = Suojausavaimet
account-keys-heading = Suojausavaimet
account-keys-lead = Suojausavain tai puhelimeen tai tietokoneeseen tallennettu pääsyavain voi korvata todennuskoodin kirjautumisessa, eikä sitä voi kalastella. Voit lisätä useita.
account-keys-totp-allowed = Tilisi voi kirjautua myös todennuskoodilla.
account-keys-totp-forbidden = Tilisi kirjautuu vain suojausavaimella: todennuskoodit hylätään.
account-keys-list-heading = Avaimesi
account-keys-none = Suojausavaimia ei ole vielä lisätty.
account-key-name = Avaimen nimi
account-key-name-hint = Esimerkiksi ”sininen avain”, jotta tunnistat sen tästä luettelosta.
account-key-added-on = Lisätty
account-key-last-used = Viimeksi käytetty
account-key-actions = Toiminnot
account-key-remove = Poista
account-key-new-heading = Lisää suojausavain
account-key-add = Lisää suojausavain
account-key-touch = Noudata selaimen ohjeita ja kosketa suojausavaintasi.
account-key-failed = Suojausavain ei vastannut, tai pyyntö peruttiin. Yritä uudelleen.
account-key-needs-js = Suojausavaimen lisääminen edellyttää tässä selaimessa JavaScriptiä.
account-key-unavailable = Suojausavaimia ei voi käyttää tämän palvelimen osoitteessa. Ota yhteyttä ylläpitäjään.
account-key-added = Suojausavain lisättiin.
account-key-removed = Suojausavain poistettiin.
account-key-last = Tämä on viimeinen suojausavaimesi, eikä tilisi saa käyttää todennuskoodeja: lisää toinen avain ennen kuin poistat tämän.
account-key-expired = Pyyntö kesti liian kauan. Yritä uudelleen.
account-key-invalid = Suojausavaimen vastausta ei hyväksytty. Yritä uudelleen.
account-key-duplicate = Tämä suojausavain on jo lisätty.
account-key-too-many = Sinulla on suurin sallittu määrä suojausavaimia. Poista ensin yksi.
account-error-key-name = Anna avaimelle 1–{ $max } merkin pituinen nimi.
account-key-signin-heading = Käytä suojausavaintasi
account-key-signin-lead = Salasanasi on oikein. Vahvista kirjautuminen suojausavaimellasi.
account-key-signin-submit = Käytä suojausavaintani
account-key-signin-needs-js = Suojausavain edellyttää tässä selaimessa JavaScriptiä.
account-key-signin-back = Kirjaudu sen sijaan todennuskoodilla
account-field-code-key-hint = Jos käytät suojausavainta, jätä koodi tyhjäksi: käytät avainta seuraavassa vaiheessa.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Ilmoitukset
console-notify-lead = Pelkät lukumäärät sisältävä kooste: uudet ilmoitukset, ilmoittajien uudet viestit, pian umpeutuvat ja ylittyneet määräajat. Se ei koskaan sisällä ilmoituksen sisältöä, tunnistetta tai otsikkoa.
console-notify-email = Sähköpostiosoite
console-notify-email-hint = Kooste lähetetään tähän osoitteeseen. Jätä tyhjäksi, jos et halua sähköpostia.
console-notify-webhook = Webhookin URL-osoite
console-notify-webhook-hint = Samat lukumäärät lähetetään tänne JSON-muodossa (HTTP POST). Osoitteen on alettava https://. Jätä tyhjäksi, jos et halua webhookia.
console-notify-frequency = Kuinka usein
console-notify-off = Ei koskaan
console-notify-daily = Päivittäin
console-notify-weekly = Viikoittain
console-notify-send-empty = Lähetä kooste silloinkin, kun mitään ei ole tapahtunut
console-notify-send-empty-hint = Silloin kooste saapuu joka kerta, eikä sen saapuminen paljasta mitään uusista ilmoituksista.
console-notify-language = Koosteen kieli
console-notify-save = Tallenna
console-notify-saved = Ilmoitusasetuksesi on tallennettu.
console-notify-error-email = Sähköpostiosoite: anna täydellinen osoite, esimerkiksi nimi@example.eu.
console-notify-error-webhook = Webhookin URL-osoite: anna täydellinen osoite, esimerkiksi https://hooks.example.eu/digest, ilman käyttäjätunnusta, salasanaa tai #-merkkiä.
console-notify-error-https = Webhookin URL-osoite: osoitteen on alettava https:// (http:// vain tähän koneeseen).
console-notify-error-destination = Sähköpostiosoite: anna sähköpostiosoite tai webhookin URL-osoite tai valitse ”Ei koskaan”.
notify-mail-subject = Ilmoituskanava: koosteesi
notify-mail-intro = Kooste: { $body }, { $from } – { $through }. Vain lukumääriä: kirjaudu konsoliin nähdäksesi ilmoitukset.
notify-mail-new-reports = Uudet ilmoitukset: { $count }
notify-mail-new-replies = Ilmoittajien uudet viestit: { $count }
notify-mail-ack-due = Vastaanottokuittaukset, joiden määräaika on 2 päivän kuluessa: { $count }
notify-mail-feedback-due = Palautteet, joiden määräaika on 14 päivän kuluessa: { $count }
notify-mail-ack-overdue = Myöhässä olevat vastaanottokuittaukset: { $count }
notify-mail-feedback-overdue = Myöhässä olevat palautteet: { $count }
notify-mail-nothing = Ei mitään uutta eikä mitään erääntyvää.
notify-mail-footer = Saat tämän koosteen, koska pyysit sitä konsolissa (Ilmoitukset). Voit muuttaa tai lopettaa sen siellä.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Vastaanotto vahvistettu
conversation-acknowledgement-due = Vastaanoton vahvistus viimeistään
conversation-feedback-due = Palaute viimeistään
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Liittyvät ilmoitukset
console-related-hint = Verrattu indikaattorien ja organisaation tunnisteen avaimellisilla tiivisteillä, jotka lasketaan selaimessasi: palvelin ei koskaan näe indikaattoria. Vain ilmoitukset, jotka elimesi saa avata, näytetään.
console-related-none = Millään muulla elimesi ilmoituksella ei ole yhteistä indikaattoria tämän kanssa.
console-related-report = Ilmoitus { $report }
console-related-shares = yhteisiä indikaattoreita: { $count }
console-related-incident = mahdollisesti sama tapaus (sama organisaation tunniste)
console-related-refused = Palvelimen tarjoama korrelaatioavain ei ole allekirjoitetussa avainrenkaassa nimetty: sitä ei käytetty eikä mitään lähetetty.
console-related-confirm = Vahvista tämä ilmoitus kaksoiskappaleeksi
console-related-unavailable = Korrelaatio ei ole vielä käytettävissä: avainrenkaan merkinnällesi ei ole sinetöity korrelaatioavainta.
