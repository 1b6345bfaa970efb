### Irish: translation of en.ftl (the reference language).
### Every other locales/<lang>.ftl has exactly these message ids and the same { $placeholders }
### (checked by `cargo test -p i18n`). Ids are stable: change the text, never the id.
### See i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Gaeilge
language-switch-label = Teanga
language-switch-button = Athraigh an teanga

## Page chrome

site-name = Cainéal chun goid rún trádála a thuairisciú
skip-to-content = Téigh chuig an bpríomhábhar
nav-label = Príomh-roghchlár
nav-home = Baile
nav-report = Tuairiscigh goid
nav-follow-up = Obair leantach ar thuairisc
footer-privacy-notice = Fógra príobháideachais
footer-recipients = Seoltar tuairiscí chuig EUIPO agus chuig an Lárionad Eorpach um Chibearchoireacht (EC3) de chuid Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } { $month ->
        [1] Eanáir
        [2] Feabhra
        [3] Márta
        [4] Aibreán
        [5] Bealtaine
        [6] Meitheamh
        [7] Iúil
        [8] Lúnasa
        [9] Meán Fómhair
        [10] Deireadh Fómhair
        [11] Samhain
       *[12] Nollaig
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Goid rún trádála trí chibirionsaí a thuairisciú
page-title-report = Tuairisc a chur isteach
page-title-follow-up = Obair leantach ar do thuairisc
page-title-privacy = Fógra príobháideachais

## Reporter landing page

home-heading = Tuairiscigh goid rún trádála i gcibirionsaí
home-intro = Má goideadh rúin trádála de chuid do chuideachta trí chibirionsaí, is féidir leat é sin a thuairisciú anseo, go deonach agus faoi rún, chuig EUIPO (Oifig Maoine Intleachtúla an Aontais Eorpaigh) agus chuig an Lárionad Eorpach um Chibearchoireacht (EC3) de chuid Europol.
home-point-recipients = Is tusa a roghnaíonn cé a gheobhaidh do thuairisc: EUIPO, Europol EC3, nó an dá cheann.
home-point-encrypted = Criptítear do thuairisc ionas nach féidir ach leis na hathbhreithneoirí a roghnaíonn tú í a léamh. Ní stórálann an suíomh gréasáin seo riamh í i bhfoirm inléite.
home-point-anonymous = Is féidir leat tuairisc a dhéanamh gan d'ainm féin ná ainm do chuideachta a thabhairt.
home-point-receipt = Nuair a sheolann tú an tuairisc, gheobhaidh tú cód admhála. Coinnigh slán é: beidh sé ag teastáil uait chun ceisteanna na n-athbhreithneoirí a léamh agus chun freagra a thabhairt orthu, agus ní féidir é a athsholáthar má chailltear é.
home-point-statistics = Úsáidtear na freagraí a roghnaíonn tú ó liostaí (amhail an earnáil agus cineál an ionsaí) i staitisticí ar leibhéal an Aontais freisin. Cuirtear torann leo ionas nach féidir aon chuideachta a shainaithint.
home-no-javascript = Oibríonn an fhoirm freisin agus JavaScript múchta (mar shampla, sa mhód is sábháilte de Tor Browser). Sa chás sin, is é an freastalaí a chriptíonn do thuairisc a luaithe a thagann sí isteach, seachas do bhrabhsálaí, rud a thugann cosaint atá beagán níos laige.
home-start-button = Tosaigh tuairisc
home-follow-up-heading = Ar sheol tú tuairisc cheana féin?
home-follow-up-text = Úsáid do chód admhála chun teachtaireachtaí ó na hathbhreithneoirí a léamh agus chun freagra a thabhairt orthu.
home-follow-up-button = Obair leantach le do chód admhála

## Form: common parts

form-optional = (roghnach)
form-choose = Roghnaigh…
# Read by screen readers before each field error.
form-error-prefix = Earráid:
recipient-euipo = EUIPO (Oifig Maoine Intleachtúla an Aontais Eorpaigh)
recipient-ec3 = Europol EC3 (an Lárionad Eorpach um Chibearchoireacht)

## Errors: whole pages

error-page-title = Tharla earráid
error-bad-request = Níorbh fhéidir an t-iarratas a thuiscint. Téigh siar agus bain triail eile as.
error-not-found = Níl an leathanach seo ann. Seiceáil an seoladh, nó tosaigh arís ón leathanach baile.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Tá an méid a sheol tú rómhór: is é { $limit } an teorainn. Bain ceangaltáin nó laghdaigh a méid, agus bain triail eile as.
error-csrf = Ar mhaithe le do shlándáil, tá an fhoirm seo imithe in éag agus níor sábháladh aon rud. Athluchtaigh an leathanach agus seol an fhoirm arís.
error-form-used = Seoladh an fhoirm seo cheana: fuarthas do thuairisc uair amháin, leis an gcód admhála a taispeánadh an uair sin. Chun tuairisc eile a sheoladh, oscail foirm nua.
error-rate-limited = An iomarca iarrachtaí i mbeagán ama. Fan cúpla nóiméad agus bain triail eile as.
error-server = Tharla earráid ar ár dtaobh féin agus níor sábháladh aon rud. Bain triail eile as ar ball.
error-unavailable = Níl an tseirbhís ar fáil faoi láthair. Bain triail eile as ar ball.
error-unavailable-title = Níl sé ar fáil faoi láthair
error-database-unavailable = Ní féidir linn tuairiscí a stóráil ná a léamh faoi láthair, agus mar sin níor sábháladh aon rud. Fan nóiméad agus seol arís í.

## Errors: form fields

error-required = Tá an réimse seo éigeantach.
error-unknown-choice = Roghnaigh ceann de na roghanna atá sa liosta.
error-month-format = Cuir isteach mí san fhormáid YYYY-MM, mar shampla 2026-03.
error-month-future = Ní féidir leis an mí a bheith sa todhchaí.
error-month-too-early = Ní féidir leis an mí a bheith roimh { $year }.
error-detection-before-incident = Ní féidir leis an mí ar aimsíodh an ghoid a bheith roimh an mí ar thosaigh sí.
error-number-format = Cuir isteach slánuimhir, mar shampla 250000.
# { $max } is an amount in euros.
error-loss-too-large = Ní féidir leis an méid a bheith níos mó ná { $max } euro.
error-jobs-too-large = Ní féidir le líon na bpost a bheith níos mó ná { $max }.
error-too-long =
    { $max ->
        [one] Tá an téacs rófhada: úsáid carachtar amháin ar a mhéad.
        [two] Tá an téacs rófhada: úsáid { $max } charachtar ar a mhéad.
        [few] Tá an téacs rófhada: úsáid { $max } charachtar ar a mhéad.
        [many] Tá an téacs rófhada: úsáid { $max } gcarachtar ar a mhéad.
       *[other] Tá an téacs rófhada: úsáid { $max } carachtar ar a mhéad.
    }
error-organisation-id = Cuir isteach uimhir CBL (mar shampla DK12345678) nó LEI (20 litir agus digit), nó fág an réimse folamh.
error-recipients = Roghnaigh faighteoir amháin ar a laghad: EUIPO, Europol EC3, nó an dá cheann.
error-consent = Cuir tic sa bhosca chun deimhniú sula seolfaidh tú an tuairisc.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Tá earráid amháin san fhoirm. Ceartaigh í agus seol an fhoirm arís.
        [two] Tá { $count } earráid san fhoirm. Ceartaigh iad agus seol an fhoirm arís.
        [few] Tá { $count } earráid san fhoirm. Ceartaigh iad agus seol an fhoirm arís.
        [many] Tá { $count } n-earráid san fhoirm. Ceartaigh iad agus seol an fhoirm arís.
       *[other] Tá { $count } earráid san fhoirm. Ceartaigh iad agus seol an fhoirm arís.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Méarlorg an fháinne eochracha (cuir i gcomparáid é leis an méarlorg a fhoilsíonn EUIPO agus Europol):
error-go-back = Úsáid an cnaipe siar i do bhrabhsálaí chun filleadh ar an bhfoirm; is gnách go mbíonn an méid a chlóscríobh tú fós ann.
# { $limit } is a number of files.
error-too-many-files = An iomarca comhad: is é { $limit } an líon uasta comhad is féidir leat a cheangal. Bain cuid acu agus bain triail eile as.

## Page titles (intake)

page-title-confirmation = Fuarthas an tuairisc
page-title-conversation = Do thuairisc

## Landing page: what the server sees

home-server-heading = An méid is féidir agus nach féidir leis an suíomh gréasáin seo a fheiceáil
home-server-cannot = Ní féidir leis do thuairisc, do cheangaltáin ná do theachtaireachtaí a léamh: criptítear iad do na hathbhreithneoirí sula stóráiltear iad, agus is ag na hathbhreithneoirí amháin atá na heochracha chun iad a oscailt.
home-server-can = Feiceann sé gur seoladh tuairisc ar lá áirithe, cén comhlacht ar seoladh chuige í, agus cé chomh mór is atá sí, go garbh. Ní thaifeadann sé riamh do sheoladh IP, do bhrabhsálaí ná an t-am beacht.
home-fingerprint-heading = Seiceáil gur ar an bhfíorchainéal atá tú
home-fingerprint-text = Criptítear tuairiscí do na heochracha atá i bhfáinne eochracha atá sínithe ag eochair as líne an chainéil. Tá a mhéarlorg thíos; foilsíonn EUIPO agus Europol an méarlorg céanna ar a suíomhanna gréasáin féin.
home-tor-heading = Tuairisciú gan ainm
home-tor-text = Chun an anaithnideacht is láidre a bhaint amach, úsáid Tor Browser, ná sínigh isteach in aon rud eile ag an am céanna, agus bain ainmneacha agus meiteashonraí (údar, cuideachta, GPS) de chomhaid sula gceanglóidh tú iad.

## Report form

report-heading = Tuairiscigh goid rún trádála
report-lead = Is féidir na réimsí atá marcáilte mar roghnach a fhágáil folamh. Criptítear gach a scríobhann tú, agus do cheangaltáin, do na faighteoirí a roghnaíonn tú.
report-guarantee-server = Gan JavaScript, criptíonn an freastalaí do thuairisc sa chuimhne an nóiméad a thagann sí isteach, agus ní stóráiltear riamh í i bhfoirm inléite. Má tá JavaScript ar siúl, is é do bhrabhsálaí féin a chriptíonn í sula seoltar í.
report-files-dropped = Ar mhaithe le do shlándáil, ní choinnítear comhaid cheangailte nuair a thagann an fhoirm ar ais le hearráidí. Ceangail arís iad.
report-section-classification = Faoin teagmhas
report-section-when = Cathain a tharla sé
report-section-impact = Tionchar
report-section-account = Cad a tharla
report-section-optional = Sonraí roghnacha
report-submit = Criptigh agus seol an tuairisc
field-recipients = Cé ar cheart dó an tuairisc a fháil?
hint-recipients = Roghnaigh ceann amháin nó an dá cheann. Ní féidir ach le hathbhreithneoirí na gcomhlachtaí a roghnaíonn tú an tuairisc a léamh.
field-member-state = An Ballstát ina bhfuil do chuideachta bunaithe
hint-member-state = Úsáidtear é do staitisticí an Aontais de réir tíre.
field-sector = Earnáil do chuideachta
hint-sector = Roinn NACE do phríomhghníomhaíochta.
field-incident-class = Cineál an teagmhais
hint-incident-class = Roghnaigh an ceann is oiriúnaí; is féidir leis na hathbhreithneoirí é a cheartú.
field-attack-vector = Conas a fuair na hionsaitheoirí isteach
hint-attack-vector = Roghnaigh “Anaithnid” mura bhfuil a fhios agat fós.
field-actor-type = Cé a bhí taobh thiar de, dar leat?
hint-actor-type = An meastachán is fearr atá agat; is freagra bailí é “Anaithnid”.
field-incident-month = An mhí ar thosaigh an ghoid
hint-incident-month = San fhormáid YYYY-MM, mar shampla 2026-03. Is leor meastachán.
field-detection-month = An mhí ar aimsíodh an ghoid
hint-detection-month = San fhormáid YYYY-MM.
field-loss-eur = Caillteanas measta in euro (roghnach)
hint-loss-eur = Slánuimhir, mar shampla 250000. Fág folamh é mura féidir leat é a mheas.
field-jobs-at-risk = Poist atá i mbaol (roghnach)
hint-jobs-at-risk = Cé mhéad post a chuireann an ghoid i mbaol, más féidir leat é a mheas.
field-what-taken = Cad a tógadh
hint-what-taken = Mar shampla: cód foinseach, dearaí, liostaí custaiméirí, foirmlí, próisis táirgthe.
field-narrative = Cad a tharla
hint-narrative = Déan cur síos i d'fhocail féin ar an ionsaí agus ar an gcaoi ar aimsíodh é: dátaí, na córais a ndeachaigh sé i bhfeidhm orthu, agus cad atá déanta agat ó shin.
field-attachments = Ceangaltáin (roghnach)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Líon uasta comhad: { $max_files }, agus { $max_mib } MB ar a mhéad an ceann. Criptítear iad a luaithe a fhaightear iad.
field-contact = Conas is féidir leis na hathbhreithneoirí teagmháil a dhéanamh leat? (roghnach)
hint-contact = Fág folamh é chun fanacht gan ainm: beidh tú fós in ann teachtaireachtaí a léamh agus freagra a thabhairt orthu le do chód admhála.
field-organisation-id = Uimhir CBL nó LEI na cuideachta (roghnach)
hint-organisation-id = Roghnach. Criptítear é: is féidir le hathbhreithneoirí na gcomhlachtaí a roghnaigh tú é a léamh; ní fhoilsítear riamh é. Sna staitisticí déantar ainm bréige de ionas nach n-áirítear do chuideachta níos mó ná uair amháin in aghaidh na ráithe, agus cosnaíonn na figiúirí foilsithe tuairiscí do chuideachta ina n-iomláine (de réir réamhshocraithe ε = 1 in aghaidh na ráithe, ε = 4 ar a mhéad in aghaidh na bliana). Gan é, cosnaítear gach tuairisc ar leith, ní do thuairiscí go léir le chéile.
field-consent = Deimhním go bhfuil an fhaisnéis cruinn chomh fada agus is eol dom agus aontaím go ndéanfar í a phróiseáil mar a thuairiscítear san fhógra príobháideachais.
hint-consent = Is féidir leat tuairisc a tharraingt siar níos déanaí trí scríobh chuig na hathbhreithneoirí le do chód admhála.

## Confirmation

confirmation-heading = Fuarthas do thuairisc
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Criptíodh do thuairisc agus seoladh í chuig: { $recipients }.
confirmation-receipt-heading = Do chód admhála
confirmation-receipt-text = Scríobh síos an cód seo nó íoslódáil anois é. Beidh sé ag teastáil uait chun ceisteanna ó na hathbhreithneoirí a léamh agus chun freagra a thabhairt orthu.
confirmation-receipt-once = Ní thaispeántar an cód seo ach uair amháin. Ní féidir le duine ar bith, na hathbhreithneoirí san áireamh, é a aisghabháil duit.
confirmation-download = Íoslódáil an admháil mar chomhad téacs
confirmation-print = Is féidir leat an leathanach seo a phriontáil freisin: ní phriontáiltear ach an cód agus na treoracha seo.
confirmation-guarantee-heading = Conas a cosnaíodh do thuairisc
confirmation-sealed-by-server = Sheol do bhrabhsálaí an tuairisc gan JavaScript, agus mar sin chriptigh an freastalaí í sa chuimhne nuair a tháinig sí isteach. Níor scríobhadh riamh ar an diosca í i bhfoirm inléite.
confirmation-sealed-by-browser = Chriptigh do bhrabhsálaí an tuairisc sular seoladh í; ní fhaca an freastalaí riamh í i bhfoirm inléite.
confirmation-next-heading = Cad a tharlóidh anois
confirmation-next-text = Admhaíonn na hathbhreithneoirí go bhfuarthas tuairiscí laistigh de 7 lá agus tugann siad aiseolas laistigh de 3 mhí. Fill ar ais le do chód admhála chun a dteachtaireachtaí a léamh.
recipients-both = EUIPO agus EC3
receipt-file-title = Cód admhála le haghaidh do thuairisce chuig an gcainéal chun goid rún trádála a thuairisciú
receipt-file-keep = Coinnigh an cód seo faoi rún agus slán. Úsáid é ar leathanach oibre leantaí an chainéil.

## Follow-up

followup-heading = Obair leantach ar do thuairisc
followup-lead = Cuir isteach an cód admhála a fuair tú nuair a sheol tú do thuairisc.
followup-receipt-label = Cód admhála
followup-receipt-hint = 24 litir agus digit, mar shampla 7KQM-2XPA-…; is cuma faoi fhleiscíní agus faoi spásanna.
followup-submit = Oscail mo thuairisc
followup-wrong-receipt = Níl aon tuairisc ann a mheaitseálann an cód admhála seo. Seiceáil gach carachtar agus bain triail eile as.

## Conversation

conversation-heading = Do thuairisc
conversation-status = Stádas
conversation-received = Dáta faighte
conversation-sealed-by-server = Chriptigh an freastalaí an tuairisc seo nuair a tháinig sí isteach (seoladh gan JavaScript í).
conversation-messages = Teachtaireachtaí
conversation-empty = Níl aon teachtaireacht ann fós. Admhaíonn na hathbhreithneoirí tuairiscí laistigh de 7 lá.
conversation-from-you = Tusa
conversation-from-reviewer = Athbhreithneoir
conversation-reply-heading = Scríobh chuig na hathbhreithneoirí
conversation-reply-label = Do theachtaireacht
conversation-reply-submit = Criptigh agus seol an teachtaireacht
conversation-reply-sent = Criptíodh do theachtaireacht agus seoladh í.
conversation-reply-empty = Scríobh teachtaireacht nó ceangail comhad sula seolfaidh tú.
status-new = Faighte, gan admháil fós
status-acknowledged = Admhaithe
status-in-review = Á hathbhreithniú
status-information-requested = D'iarr na hathbhreithneoirí faisnéis ort
status-referred = Curtha ar aghaidh chuig na húdaráis inniúla
status-closed = Dúnta

## Privacy notice

privacy-heading = Fógra príobháideachais
privacy-controllers = Próiseálann EUIPO agus Europol (EC3) na tuairiscí, gach ceann acu na tuairiscí a sheoltar chuige féin, faoi Rialachán (AE) 2018/1725 agus faoi Rialachán (AE) 2016/794 faoi seach.
privacy-what-heading = Cad a phróiseáiltear
privacy-what-text = Criptítear ábhar do thuairisce, a ceangaltáin agus do theachtaireachtaí ionas nach féidir ach le hathbhreithneoirí na gcomhlachtaí a roghnaigh tú iad a léamh. Stóráiltear i bhfoirm inléite an lá a fuarthas tuairisc, a stádas agus na faighteoirí, chun na spriocdhátaí a bhainistiú.
privacy-not-heading = Cad nach dtaifeadtar riamh
privacy-not-text = Ní stóráiltear ná ní logáiltear riamh do sheoladh IP, do bhrabhsálaí ná am beacht do chuairteanna. Ní shocraítear aon fhianáin ar na leathanaigh tuairiscithe.
privacy-statistics-heading = Staitisticí
privacy-statistics-text = Úsáidtear na freagraí a roghnaítear ó liostaí i staitisticí ar leibhéal an AE, a fhoilsítear le príobháideachas difreálach. Is é atá cosanta ná cuideachta faoin uimhir CBL nó faoin LEI a thug sí: athraíonn cé acu ar thuairiscigh sí i ráithe, agus cad a thuairiscigh sí, dóchúlacht aon fhigiúir fhoilsithe faoi fhachtóir e^ε ar a mhéad, laistigh de na teorainneacha a fhoilsítear le gach eisiúint (de réir réamhshocraithe ε = 1 in aghaidh na ráithe, fachtóir 2,7, agus ε = 4 in aghaidh na bliana féilire, fachtóir 55; thar roinnt blianta iolraítear na fachtóirí). Cosnaítear tuairiscí gan aitheantóir ceann ar cheann, mar sin is lú an chosaint atá ag cuideachta a sheolann roinnt acu gan é. Meastacháin le torann iad na figiúirí, ní comhaireamh cruinn.
privacy-retention-heading = Cá fhad a choinnítear tuairiscí
privacy-retention-text = Scriostar tuairiscí dúnta tar éis na tréimhse coinneála a shocraíonn na comhlachtaí athbhreithnithe. Ní dhéanann sé sin difear do na staitisticí foilsithe.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = An Ostair
member-state-BE = An Bheilg
member-state-BG = An Bhulgáir
member-state-HR = An Chróit
member-state-CY = An Chipir
member-state-CZ = An tSeicia
member-state-DK = An Danmhairg
member-state-EE = An Eastóin
member-state-FI = An Fhionlainn
member-state-FR = An Fhrainc
member-state-DE = An Ghearmáin
member-state-EL = An Ghréig
member-state-HU = An Ungáir
member-state-IE = Éire
member-state-IT = An Iodáil
member-state-LV = An Laitvia
member-state-LT = An Liotuáin
member-state-LU = Lucsamburg
member-state-MT = Málta
member-state-NL = An Ísiltír
member-state-PL = An Pholainn
member-state-PT = An Phortaingéil
member-state-RO = An Rómáin
member-state-SK = An tSlóvaic
member-state-SI = An tSlóivéin
member-state-ES = An Spáinn
member-state-SE = An tSualainn

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Talmhaíocht, foraoiseacht agus iascaireacht
sector-B = Mianadóireacht agus cairéalaíocht
sector-C = Déantúsaíocht
sector-D = Soláthar leictreachais, gáis, gaile agus aerchóirithe
sector-E = Soláthar uisce; séarachas, bainistiú dramhaíola agus gníomhaíochtaí feabhsúcháin
sector-F = Foirgníocht
sector-G = Trádáil mhórdhíola agus mhiondíola; deisiú mótarfheithiclí agus gluaisrothar
sector-H = Iompar agus stóráil
sector-I = Gníomhaíochtaí seirbhíse lóistín agus bia
sector-J = Faisnéis agus cumarsáid
sector-K = Gníomhaíochtaí airgeadais agus árachais
sector-L = Gníomhaíochtaí eastáit réadaigh
sector-M = Gníomhaíochtaí gairmiúla, eolaíocha agus teicniúla
sector-N = Gníomhaíochtaí seirbhíse riaracháin agus tacaíochta
sector-O = Riarachán poiblí agus cosaint; slándáil shóisialta éigeantach
sector-P = Oideachas
sector-Q = Gníomhaíochtaí sláinte daonna agus obair shóisialta
sector-R = Ealaíona, siamsaíocht agus áineas
sector-S = Gníomhaíochtaí seirbhíse eile
sector-T = Gníomhaíochtaí teaghlach mar fhostóirí; gníomhaíochtaí neamhdhifreáilte teaghlach a tháirgeann earraí agus seirbhísí dá n-úsáid féin
sector-U = Gníomhaíochtaí eagraíochtaí agus comhlachtaí seachchríochacha

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Slándáil faisnéise: rochtain neamhúdaraithe ar fhaisnéis
incident-class-information-content-security--unauthorised-information-modification = Slándáil faisnéise: athraíodh faisnéis gan chead
incident-class-information-content-security--data-loss = Slándáil faisnéise: cailleadh sonraí
incident-class-information-content-security--leak-confidential-information = Slándáil faisnéise: sceitheadh faisnéis rúnda
incident-class-intrusions--system-compromise = Ionradh: glacadh smacht ar chóras (freastalaí nó ríomhaire)
incident-class-intrusions--application-compromise = Ionradh: glacadh smacht ar fheidhmchlár
incident-class-intrusions--privileged-account-compromise = Ionradh: glacadh smacht ar chuntas riarthóra
incident-class-intrusions--unprivileged-account-compromise = Ionradh: glacadh smacht ar ghnáthchuntas úsáideora
incident-class-intrusions--burglary = Ionradh: briseadh isteach fisiciúil
incident-class-information-gathering--social-engineering = Bailiú faisnéise: rinneadh ionramháil ar dhaoine chun faisnéis a fháil uathu (innealtóireacht shóisialta)
incident-class-information-gathering--sniffing = Bailiú faisnéise: idircheapadh trácht líonra
incident-class-malicious-code--infected-system = Cód mailíseach: ionfhabhtaíodh córas
incident-class-fraud--masquerade = Calaois: chuir duine é féin i láthair mar dhuine nó mar eagraíocht a bhfuil muinín agat astu
incident-class-fraud--phishing = Calaois: fioscaireacht (teachtaireachtaí nó suíomhanna gréasáin bréige chun pasfhocail nó sonraí a fháil)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Haiceáil: feidhmchlár gréasáin
attack-vector-hacking--backdoor-or-c2 = Haiceáil: cúldoras nó cainéal cianrialaithe (C2)
attack-vector-hacking--desktop-sharing = Haiceáil: cianrochtain ar dheasc nó comhroinnt scáileáin
attack-vector-hacking--vpn = Haiceáil: rochtain VPN
attack-vector-hacking--partner = Haiceáil: trí rochtain comhpháirtí (soláthraí nó soláthraí seirbhíse)
attack-vector-hacking--command-shell = Haiceáil: blaosc ordaithe (command shell)
attack-vector-malware--email-attachment = Bogearraí mailíseacha: ceangaltán ríomhphoist
attack-vector-malware--email-link = Bogearraí mailíseacha: nasc i ríomhphost
attack-vector-malware--web-download = Bogearraí mailíseacha: íoslódáil ó shuíomh gréasáin
attack-vector-malware--software-update = Bogearraí mailíseacha: nuashonrú bogearraí
attack-vector-malware--direct-install = Bogearraí mailíseacha: suiteáilte go díreach ag an ionsaitheoir
attack-vector-malware--network-propagation = Bogearraí mailíseacha: scaipthe tríd an líonra
attack-vector-social--email = Innealtóireacht shóisialta: ríomhphost
attack-vector-social--phone = Innealtóireacht shóisialta: glao gutháin
attack-vector-social--in-person = Innealtóireacht shóisialta: go pearsanta
attack-vector-social--website = Innealtóireacht shóisialta: suíomh gréasáin
attack-vector-social--sms = Innealtóireacht shóisialta: teachtaireacht téacs (SMS)
attack-vector-misuse--lan-access = Mí-úsáid inmheánach: rochtain ón líonra inmheánach
attack-vector-misuse--physical-access = Mí-úsáid inmheánach: rochtain fhisiciúil
attack-vector-misuse--remote-access = Mí-úsáid inmheánach: cianrochtain
attack-vector-misuse--non-corporate = Mí-úsáid inmheánach: lasmuigh de chórais na cuideachta (ríomhphost, gléasanna nó líonraí príobháideacha)
attack-vector-unknown = Anaithnid nó níl sé ar eolas fós

## Categories: actor types

actor-type-competitor = Iomaitheoir
actor-type-nation-state = Gníomhaí stáit (rialtas eachtrach nó a ghníomhaireachtaí)
actor-type-organised-crime = Coireacht eagraithe
actor-type-insider = Duine ón taobh istigh (fostaí reatha nó conraitheoir)
actor-type-former-employee = Iarfhostaí
actor-type-unknown = Anaithnid

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = Tá JavaScript ar siúl: criptíonn do bhrabhsálaí do thuairisc agus do cheangaltáin do na faighteoirí a roghnaíonn tú sula seoltar aon rud. Ní fhaigheann an freastalaí ach sonraí criptithe.
js-status-checking = An fhoirm agus eochracha na n-athbhreithneoirí á seiceáil…
js-status-encrypting = Do thuairisc agus do cheangaltáin á gcriptiú sa bhrabhsálaí seo…
js-status-proof-of-work = Ag ullmhú le seoladh (ríomh gearr a chosnaíonn an cainéal ar thurscar uathoibrithe)…
js-status-sending = An tuairisc chriptithe á seoladh…
js-error-keyring = Níorbh fhéidir eochracha na n-athbhreithneoirí a fhíorú: níl an fáinne eochracha sínithe ag an eochair a bhfuil a méarlorg ar taispeáint ar an leathanach seo. Níor seoladh aon rud. Ná seol do thuairisc ón leathanach seo; déan teagmháil le EUIPO nó le Europol trína suíomhanna gréasáin oifigiúla.
js-error-network = Níorbh fhéidir an tuairisc a sheoladh mar gur theip ar an nasc. Níor stóráladh aon rud. Seiceáil do nasc agus bain triail eile as.
js-error-crypto = Níorbh fhéidir le do bhrabhsálaí an tuairisc a chriptiú, agus mar sin níor seoladh aon rud. Bain triail eile as, nó múch JavaScript chun an fhoirm a sheoladh gan é.
js-error-file = Níorbh fhéidir comhad ceangailte a léamh. Seiceáil go bhfuil sé ann fós, ceangail arís é agus bain triail eile as.
js-error-kept = Tá d'fhreagraí agus na comhaid cheangailte fós san fhoirm.
js-retry = Bain triail eile as
js-print = Priontáil an cód admhála

## Reviewer console (/console/)

console-name = Consól na n-athbhreithneoirí
console-nav-inbox = Bosca isteach
console-logout = Logáil amach
console-logout-everywhere = Logáil amach i ngach áit
console-go-to-login = Téigh chuig an leathanach logála isteach
console-refused-heading = Diúltaíodh don iarratas
console-login-heading = Logáil isteach i gconsól na n-athbhreithneoirí
console-login-submit = Logáil isteach
console-field-name = Ainm
console-field-password = Pasfhocal
console-field-code = Cód ó d'aip fíordheimhnithe
console-field-code-hint = An cód 6 dhigit atá á thaispeáint ag d'aip fíordheimhnithe anois. Ní oibríonn gach cód ach uair amháin.
console-notice-expired = Tá do sheisiún thart. Logáil isteach arís.
console-notice-logged-out = Tá tú logáilte amach.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Ainm, pasfhocal nó cód mícheart. Bain triail eile as; tar éis go leor iarrachtaí teipthe, fan nóiméad roimh an gcéad cheann eile.
console-error-csrf = Níorbh fhéidir glacadh leis an bhfoirm seo mar go bhfuil a comhartha slándála ar iarraidh, mícheart nó ó sheisiún eile. Níor athraíodh aon rud. Athluchtaigh an leathanach agus bain triail eile as.
error-cross-site = Seoladh an fhoirm seo ó shuíomh gréasáin eile, mar sin diúltaíodh í agus níor athraíodh aon rud. Oscail an leathanach ar an suíomh seo agus seol an fhoirm as sin.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Leathanaigh
pager-previous = An leathanach roimhe seo
pager-next = An chéad leathanach eile
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Leathanach { $page } as { $pages }
error-method-not-allowed = Ní ghlacann an seoladh seo leis an gcineál seo iarratais.
error-headers-too-large = Bhí an iomarca sonraí ceanntáisc san iarratas agus diúltaíodh é. Scrios fianáin an tsuímh seo agus bain triail eile as.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Tá réimse téacs rófhada: is é { $limit } an teorainn in aghaidh an réimse. Giorraigh an téacs agus seol arís é.
followup-unsent-label = Do fhreagra (níor seoladh)
followup-unsent-hint = Níor seoladh é mar nár aithníodh an admháil. Cóipeáil é, sínigh isteach arís le d'admháil agus seol é ó do chomhrá.
console-enrol-heading = Socraigh do chuntas athbhreithneora
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Fáilte, { $name } ({ $body }). Roghnaigh pasfhocal logála isteach agus socraigh an aip chód. Ní oibríonn an nasc seo ach uair amháin.
console-enrol-password-heading = 1. Pasfhocal logála isteach
console-field-new-password = Pasfhocal nua
console-field-confirm-password = An pasfhocal céanna arís
# { $min } is a number of characters.
console-enrol-password-hint = Líon íosta carachtar: { $min }. Is fusa pasfhrása ina bhfuil roinnt focal a choinneáil i gcuimhne.
console-enrol-totp-heading = 2. Aip fíordheimhnithe
console-enrol-totp-scan = Scan an cód QR seo le d'aip fíordheimhnithe (cóid ama-bhunaithe, TOTP).
console-enrol-totp-secret = Mura féidir leat é a scanadh, clóscríobh an eochair seo isteach san aip ina ionad:
console-enrol-code-hint = Chun críochnú, cuir isteach an cód 6 dhigit atá á thaispeáint ag an aip anois.
console-enrol-submit = Críochnaigh an socrú
console-enrol-done = Tá do chuntas réidh. Is féidir leat logáil isteach anois le d'ainm, le do phasfhocal agus le cód ó d'aip fíordheimhnithe.
console-enrol-fingerprint = Is é méarlorg d'eochrach { $fingerprint }. Ní úsáidtear d'eochair go dtí go gcuireann an t-oibreoir leis an bhfáinne eochracha í: iarrfaidh an t-oibreoir ort an méarlorg seo a léamh amach ar an teileafón nó go pearsanta, agus ní chuirfidh sé d'eochair leis ach amháin má mheaitseálann sé.
console-error-enrol-link = Níl an nasc cláraithe seo bailí: úsáideadh cheana é, tá sé imithe in éag nó cuireadh isteach go mícheart é. Iarr nasc nua ar an oibreoir.
console-error-password-short = Tá an pasfhocal róghearr: is é { $min } an líon íosta carachtar.
console-error-password-mismatch = Níl an dá phasfhocal mar a chéile. Clóscríobh an pasfhocal céanna sa dá réimse.
console-error-enrol-code = Níl an cód ceart. Seiceáil gur socraíodh an aip leis an eochair thuas agus go bhfuil clog do ghléis ceart, ansin cuir isteach an cód atá á thaispeáint aici anois.
console-inbox-heading = Bosca isteach
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] tá tuairisc amháin seolta chuig do chomhlacht.
    [two] tá { $count } thuairisc seolta chuig do chomhlacht.
    [few] tá { $count } thuairisc seolta chuig do chomhlacht.
    [many] tá { $count } dtuairisc seolta chuig do chomhlacht.
   *[other] tá { $count } tuairisc seolta chuig do chomhlacht.
}
console-inbox-empty = Níor seoladh aon tuairisc chuig do chomhlacht go fóill.
console-inbox-col-report = Tuairisc
console-inbox-col-received = Faighte (lá)
console-inbox-col-status = Stádas
console-inbox-col-sealed-by = Criptithe ag
console-status-new = Nua
console-status-acknowledged = Admhaithe
console-status-in-review = Á hathbhreithniú
console-status-information-requested = Faisnéis iarrtha
console-status-referred = Curtha ar aghaidh
console-status-closed = Dúnta
console-sealed-by-browser = Brabhsálaí an tuairisceora
console-sealed-by-server = An freastalaí (seoladh gan JavaScript: ráthaíocht níos laige)
console-inbox-col-deadline = An chéad spriocdháta eile (Treoir 2019/1937)
console-inbox-col-action = Athraigh an stádas
console-deadline-acknowledgement = Spriocdháta admhála: { $day }
console-deadline-feedback = Spriocdháta aiseolais: { $day }
console-deadline-overdue = Thar téarma
console-deadline-due-soon = Dlite go luath
console-deadline-none = Níl ceann ann (dúnta)
console-deadline-counts = Spriocdhátaí: thar téarma: { $overdue }; dlite laistigh de 2 lá: { $soon }.
console-status-change-label = Stádas nua
console-status-change-submit = Athraigh
console-status-final = Dúnta: ní féidir é a athrú a thuilleadh
console-transition-refused-heading = Diúltaíodh don athrú stádais
console-error-transition = Ní féidir le tuairisc dul ón stádas “{ $from }” go dtí an stádas “{ $to }”. Níor athraíodh aon rud. Roghnaigh ceann de na stádais a thairgtear sa bhosca isteach.
console-back-to-inbox = Ar ais chuig an mbosca isteach

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Eochair chun tuairiscí a léamh
console-enrol-needs-js = Tá brabhsálaí le JavaScript ag teastáil chun tuairiscí a léamh: is i do bhrabhsálaí a chruthaítear d'eochair phearsanta chun iad a léamh agus a chuirtear faoi ghlas í, agus ní ar an bhfreastalaí riamh. Cuir JavaScript ar siúl, nó úsáid brabhsálaí eile, chun socrú do chuntais a chríochnú.
console-enrol-key-explain = Cruthaíonn do bhrabhsálaí d'eochair phearsanta anois chun tuairiscí a léamh agus cuireann sé faoi ghlas í le pasfhrása díghlasála. Roghnaigh pasfhrása atá difriúil ó do phasfhocal logála isteach. Ní fhágann an pasfhrása an brabhsálaí seo riamh: má dhéanann tú dearmad air, beidh ar an oibreoir eochair nua a shocrú duit.
console-field-unlock-passphrase = Pasfhrása díghlasála
console-field-unlock-passphrase-confirm = An pasfhrása díghlasála céanna arís
console-enrol-unlock-hint = Líon íosta carachtar: { $min }. Ná húsáid do phasfhocal logála isteach.
console-error-unlock-short = Tá an pasfhrása díghlasála róghearr: is é { $min } an líon íosta carachtar.
console-error-unlock-mismatch = Níl an dá phasfhrása díghlasála mar a chéile. Clóscríobh an pasfhrása céanna sa dá réimse.
console-error-unlock-same = Caithfidh an pasfhrása díghlasála a bheith difriúil ó do phasfhocal logála isteach: seoltar an pasfhocal logála isteach chuig an bhfreastalaí, ach ní sheoltar an pasfhrása díghlasála riamh.
console-enrol-key-working = D'eochair á cruthú agus á cur faoi ghlas. Tógfaidh sé seo cúpla soicind…
console-error-key-failed = Níorbh fhéidir le do bhrabhsálaí an eochair a chruthú. Athluchtaigh an leathanach agus bain triail eile as.
console-error-enrol-key = Tá brabhsálaí le JavaScript ag teastáil chun tuairiscí a léamh, agus tháinig an fhoirm seo gan an eochair a chruthaíonn do bhrabhsálaí. Cuir JavaScript ar siúl, athluchtaigh an leathanach agus bain triail eile as.

## Reviewer console: reading a report
console-report-heading = Tuairisc
console-report-bodies = Seolta chuig
console-report-needs-js = Tá brabhsálaí le JavaScript ag teastáil chun tuairiscí a léamh: díchriptítear an tuairisc i do bhrabhsálaí le d'eochair, agus ní ar an bhfreastalaí riamh.
console-report-no-key = Níl eochair ag do chuntas chun tuairiscí a léamh. Iarr nasc cláraithe nua ar an oibreoir.
console-unlock-heading = Díghlasáil d'eochair
console-unlock-hint = Ní úsáidtear do phasfhrása díghlasála ach ar an leathanach seo agus ní sheoltar riamh é. Beidh sé ag teastáil uait arís nuair a osclóidh tú leathanach eile.
console-unlock-submit = Díghlasáil agus oscail an tuairisc
console-unlock-working = D'eochair á díghlasáil agus an tuairisc á hoscailt…
console-error-unlock-wrong = Níl an pasfhrása díghlasála ceart. Níor osclaíodh aon rud. Bain triail eile as.
console-error-open-failed = Ní féidir an tuairisc seo a oscailt le d'eochair. B'fhéidir gur seoladh í sular cuireadh d'eochair leis an bhfáinne eochracha; is féidir le comhghleacaí atá in ann í a léamh rochtain a thabhairt duit.
console-error-keyring = Níorbh fhéidir eochracha na n-athbhreithneoirí a fhíorú: níl an fáinne eochracha sínithe ag an eochair ar tosaíodh an freastalaí seo lena méarlorg. Níor seoladh aon rud.
console-error-keyring-rollback = Tá an fáinne eochracha seo níos sine (sraithuimhir níos ísle) ná ceann a chonaic an brabhsálaí seo cheana ón eochair sínithe chéanna: d'fhéadfadh sé gur seanfháinne é a cuireadh ar ais chun eochair a baineadh a úsáid. Níor osclaíodh ná níor seoladh aon rud. Cuir an t-oibreoir ar an eolas.
console-error-network = Theip ar an nasc. Níor seoladh aon rud. Seiceáil do nasc agus bain triail eile as.
console-report-fields-heading = An méid a sheol an tuairisceoir
console-report-field-member-state = Ballstát
console-report-field-sector = Earnáil
console-report-field-incident-class = Cineál an teagmhais
console-report-field-attack-vector = Veicteoir ionsaithe
console-report-field-actor-type = Gníomhaí amhrasta
console-report-field-incident-month = An mhí ar thosaigh an ghoid
console-report-field-detection-month = An mhí ar aimsíodh an ghoid
console-report-field-loss-eur = Caillteanas measta
console-report-field-jobs-at-risk = Poist atá i mbaol
console-report-field-what-taken = Cad a tógadh
console-report-field-narrative = Cad a tharla
console-report-field-contact = Sonraí teagmhála
console-report-field-organisation-id = Uimhir CBL nó LEI
console-report-empty = (níor tugadh)
console-report-attachments-heading = Ceangaltáin
console-report-attachments-none = Níl aon cheangaltán ann.
console-attachment-save = Díchriptigh agus sábháil
console-attachment-working = Á dhíchriptiú…
console-error-attachment = Níorbh fhéidir an ceangaltán a dhíchriptiú: tá sé damáistithe nó neamhiomlán. Níor sábháladh aon rud.
console-thread-heading = Comhrá leis an tuairisceoir
console-thread-empty = Níl aon teachtaireacht ann fós.
console-thread-from-reporter = An tuairisceoir
console-thread-from-reviewer = Athbhreithneoir
console-thread-note = Nóta inmheánach
console-thread-unreadable = (ní féidir an teachtaireacht seo a oscailt le d'eochair)
envelope-mismatch = Baineann an clúdach seo le tuairisc eile nó is de chineál eile é; ní thaispeántar é.
conversation-from-signed = Ó { $name } (síniú fíoraithe)
conversation-from-channel = Fógra uathoibríoch ón gcainéal tuairiscithe
message-bad-signature = Ní thaispeántar an teachtaireacht seo: maíonn sí gur ó athbhreithneoir í, ach tá a síniú ar iarraidh nó ní mheaitseálann sé eochair athbhreithneora ar bith san fháinne eochracha sínithe. D’fhéadfadh sí a bheith brionnaithe; ná gníomhaigh uirthi.
console-ack-heading = Admhaigh an tuairisc
console-ack-label = Admháil don tuairisceoir
console-ack-default = Go raibh maith agat as do thuairisc. Fuaireamar í agus déanfaimid athbhreithniú uirthi. Má bhíonn ceisteanna againn, gheobhaidh tú anseo iad.
console-ack-submit = Admhaigh agus seol
console-message-heading = Teachtaireacht chuig an tuairisceoir
console-message-label = Do theachtaireacht
console-message-hint = Criptítear i do bhrabhsálaí í don tuairisceoir agus d'athbhreithneoirí na tuairisce seo. Léann an tuairisceoir í leis an gcód admhála.
console-message-submit = Seol chuig an tuairisceoir
console-note-heading = Nóta inmheánach
console-note-label = Do nóta
console-note-hint = Criptítear i do bhrabhsálaí é d'athbhreithneoirí d'eagraíochta amháin. Ní fheiceann an tuairisceoir riamh é.
console-note-submit = Cuir an nóta leis
console-error-message-empty = Scríobh teachtaireacht ar dtús (20 000 carachtar ar a mhéad).
console-sending = Á chriptiú agus á sheoladh…
console-sent = Seolta.
console-grants-heading = Rochtain do chomhghleacaithe
console-grants-hint = Ní féidir le comhghleacaithe i d'eagraíocht ar cuireadh a n-eochracha leis an bhfáinne eochracha tar éis don tuairisc seo teacht isteach í a léamh. Is féidir le do bhrabhsálaí rochtain a thabhairt dóibh trí eochair na tuairisce a chriptiú dá n-eochair siúd.
console-grants-none = Is féidir le gach athbhreithneoir de chuid d'eagraíochta atá san fháinne eochracha an tuairisc seo a léamh.
console-grant-submit = Tabhair rochtain
console-grant-done = Tugadh rochtain.
console-error-grant-exists = Is féidir leis an gcomhghleacaí seo an tuairisc seo a léamh cheana féin.
console-classify-heading = Aicmiú bailíochtaithe le haghaidh na staitisticí
console-classify-hint = Ceartaigh na réimsí struchtúrtha, nó marcáil an tuairisc mar dhúblach nó mar thuairisc atá lasmuigh den raon feidhme. Criptíonn do bhrabhsálaí an taifead ceartaithe don anaithnideoir amháin; tagann sé in ionad thaifead an tuairisceora sna staitisticí. Ní bhíonn an cur síos ná na sonraí teagmhála mar chuid de riamh.
console-classify-status = Seasamh na tuairisce
console-classify-valid = Bailí
console-classify-duplicate = Dúblach de thuairisc eile
console-classify-out-of-scope = Lasmuigh den raon feidhme
console-classify-submit = Sábháil an t-aicmiú bailíochtaithe
console-classify-done = Criptíodh agus sábháladh an t-aicmiú bailíochtaithe.
console-error-classify = Seiceáil an t-aicmiú: ní mór don mhí a bheith idir 1990 agus an ráithe inar tháinig an tuairisc isteach, agus ní mór don chaillteanas agus do líon na bpost a bheith ina slánuimhreacha laistigh dá dteorainneacha. Níor sábháladh aon rud.
console-error-classify-unsigned = Ní féidir an t-aicmiú a shíniú: níl d’eochair shínithe sa fháinne eochracha sínithe fós. Níor sábháladh aon rud; iarr ar an oibreoir d’eochair a chur leis.
console-export-heading = Easpórtáil do EC3 agus do CSIRTanna
console-export-hint = Tógann do bhrabhsálaí an comhad ón tuairisc dhíchriptithe: an t-aicmiú, an méid a tógadh agus an cur síos, ach ní sonraí teagmhála an tuairisceora ná aitheantóir a eagraíochta riamh. Taifeadtar gach easpórtáil sa loga iniúchta.
console-export-tlp = Marcáil Traffic Light Protocol (TLP)
console-export-stix = Easpórtáil beart STIX 2.1
console-export-misp = Easpórtáil teagmhas MISP
console-export-done = Taifeadadh agus sábháladh an easpórtáil.

## Data portal (/portal/) and data API

portal-name = Staitisticí ar ghoid rún trádála – tairseach sonraí
portal-nav-releases = Eisiúintí
portal-nav-tokens = Comharthaí API
portal-refused-heading = Níor rinneadh é
portal-enrol-heading = Socraigh do chuntas tairsí
portal-error-enrol-link = Níl an nasc cláraithe seo bailí: úsáideadh cheana é, tá sé imithe in éag nó cuireadh isteach go mícheart é. Iarr ceann nua ar an oibreoir.
portal-enrol-lead = Cuntas { $name } d'údaráis an Bhallstáit seo: { $country }. Roghnaigh pasfhocal agus socraigh d'aip fíordheimhnithe.
portal-enrol-submit = Críochnaigh an socrú
portal-enrol-done = Tá do chuntas réidh. Logáil isteach le d'ainm, le do phasfhocal agus le cód ó d'aip fíordheimhnithe.
portal-login-heading = Logáil isteach sa tairseach sonraí
portal-releases-heading = Eisiúintí
portal-releases-lead = Logáilte isteach mar { $name } ({ $country }). Tá staitisticí an Aontais, le príobháideacht dhifreálach, do ráithe amháin i ngach eisiúint.
portal-releases-none = Níor foilsíodh aon eisiúint go fóill.
portal-releases-caption = Eisiúintí foilsithe, an ráithe is déanaí ar dtús
portal-col-period = Ráithe
portal-col-date = Dáta foilsithe
portal-col-epsilon = Buiséad príobháideachta a caitheadh (ε)
portal-col-status = Stádas
portal-col-release = Eisiúint
portal-status-published = Foilsithe
portal-release-heading = Staitisticí: { $period }
portal-release-intervals-hint = Taispeánann gach barra an luach foilsithe; taispeánann an líne trasna air an t-eatramh 95 %, agus tosaíonn sí ag nialas nuair a théann an t-eatramh faoi bhun nialais. Tá uimhreacha gach cairte i dtábla fúithi.
portal-summary-reports = Tuairiscí san Aontas
portal-summary-truncated = Tuairiscí a fágadh ar lár (níos mó ná k in aghaidh na heagraíochta)
portal-summary-loss = Caillteanais mheasta san Aontas
portal-chart-quarter = Tuairiscí de réir ráithe
portal-chart-quarter-note = Tá ráithe na heisiúna seo aibhsithe.
portal-chart-state-quarter = Tuairiscí i do Bhallstát de réir ráithe
portal-chart-series = { $category }: tuairiscí de réir ráithe
portal-chart-series-note = An earnáil nó an veicteoir ionsaithe is mó a tuairiscíodh san eisiúint seo; tugann an API sonraí gach earnáil agus veicteoir ionsaithe de réir ráithe.
portal-chart-sector = Tuairiscí de réir earnála (NACE)
portal-chart-attack-vector = Tuairiscí de réir veicteora ionsaithe
portal-chart-member-state = Tuairiscí de réir Ballstáit
portal-chart-yours = (aibhsithe)
portal-chart-highlight = Aibhsithe agus marcáilte: { $country }.
portal-chart-desc = Barrachairt chothrománach ina bhfuil { $count ->
        [one] catagóir amháin
        [two] { $count } chatagóir
        [few] { $count } chatagóir
        [many] { $count } gcatagóir
       *[other] { $count } catagóir
    }, gach ceann acu lena heatramh 95 %. An luach is airde: { $top }, { $value }. Tá gach luach sa tábla faoin gcairt.
portal-chart-show-table = Taispeáin na huimhreacha mar thábla
portal-chart-table-caption = { $chart }: luachanna foilsithe agus eatraimh 95 %
portal-col-category = Catagóir
portal-col-value = Luach foilsithe
portal-col-interval = Eatramh 95 %
portal-method-heading = Conas a ullmhaíodh na figiúirí seo
portal-method-promise = Tá na figiúirí príobháideach go difreálach. Is é an t-aonad cosanta tuairiscí eagraíochta amháin sa ráithe: cibé ar thuairiscigh sí nó nár thuairiscigh, agus cad a thuairiscigh sí, bheadh gach figiúr foilsithe beagnach chomh dóchúil céanna. Socraíonn buiséad príobháideachais ε = { $epsilon } na heisiúna seo an "beagnach": ní éiríonn aon toradh níos mó ná { $factor } oiread níos dóchúla mar gheall ar thuairiscí eagraíochta amháin sa ráithe seo. Caitheann eisiúintí bliana féilire ε = { $year_cap } ar a mhéad le chéile, mar sin thar bhliain is é { $year_factor } an fachtóir ar a mhéad; thar roinnt blianta iolraítear na fachtóirí.
portal-method-unit = Aithnítear eagraíocht ón uimhir CBL nó ón LEI a thug sí (scríofa i bhfoirm chaighdeánach amháin agus déanta ina ainm bréige nach féidir ach leis an anaithnideoir a ríomh); ní áirítear níos mó ná { $k } dá tuairiscí in aghaidh na ráithe. Ní aithnítear í ach ón aitheantóir sin: áirítear mar roinnt eagraíochtaí eagraíocht a thugann uimhir CBL i dtuairisc amháin agus LEI i gceann eile, nó a dtuairiscíonn a fochuideachtaí ar leithligh. Cosnaítear tuairisc gan aitheantóir ar leith: tá eagraíocht a sheolann roinnt tuairiscí gan é cosanta do gach tuairisc, ní dóibh go léir le chéile.
portal-method-truncation = Fágadh ar lár thart ar { $dropped } tuairisc (thart ar { $share } % díobh go léir) toisc gur thuairiscigh a n-eagraíocht níos mó ná { $k } uair sa ráithe. Tá torann ar an uimhir seo í féin agus ní áiríonn sí níos mó ná { $k } in aghaidh na heagraíochta; is airde an fíoruimhir. Cinneadh de réir seans, ní de réir ábhair, cé na tuairiscí a coinníodh.
portal-method-noise = Cuireadh torann randamach le gach cill de gach tábla, na cealla ar nialas san áireamh; ní fholaítear aon chill toisc go bhfuil sí beag. Dá bhrí sin, d'fhéadfadh nach mbeadh i bhfigiúr beag ach torann.
portal-method-intervals = Léiríonn na heatraimh 95% cé chomh fada is a d'fhéadfadh an torann figiúr a bhogadh: tá an luach tomhaiste iontu i 95 cás as 100 ar a laghad, nó mar sin. Is é an luach tomhaiste luach na dtuairiscí a coinníodh, gach caillteanas teoranta don uasteorainn; níl na tuairiscí a fágadh ar lár ná an chuid de chaillteanais os cionn na huasteorann san áireamh, mar sin tá na figiúirí agus a n-eatraimh níos ísle ná an méid a fuarthas. Ríomhtar na heatraimh ón leibhéal torainn atá ar eolas go poiblí, ní ó na tuairiscí, agus ní théann siad faoi bhun nialais riamh.
portal-method-consistency = Suimíonn figiúirí na mBallstát go figiúirí an AE, agus suimíonn gach tábla go dtí an t-iomlán céanna. Is slánuimhreacha iad na figiúirí, nach bhfuil diúltach riamh, gach ceann laistigh de thart ar aon aonad den mheastachán neamhlaofa (níos faide ach amháin nuair a thit meastacháin chomharsanacha faoi bhun nialais); d'fhéadfadh iomlán Ballstáit agus suim a earnálacha a bheith difriúil de réir an torainn. Tá na tomhais amha le torann sna comhaid CSV freisin.
portal-method-losses = Áirítear gach caillteanas measta suas go { $bound } euro; áirítear caillteanais níos mó ná sin ag an méid sin.
portal-method-budget = Chaith an ráithe seo ε { $quarter } dá teorainn { $quarter_cap }; chaith an bhliain { $year } ε { $year_spent } de { $year_cap }. Ní ríomhtar staitisticí ráithe arís riamh le buiséad níos mó.
portal-method-opendp = Ríomhadh le OpenDP { $version }. Tá na feidhmeanna de chuid OpenDP a úsáidtear anseo sa limistéar “contrib”, nach bhfuil grinnscrúdaithe fós ag foireann OpenDP; liostaítear i gcomhad na modheolaíochta meicníocht, scála torainn agus buiséad gach tábla.
portal-downloads-heading = Íoslódálacha
portal-download-archive = An eisiúint iomlán mar chartlann amháin ({ $name }), le suimeanna seiceála agus síniú
portal-verify-heading = Seiceáil comhad a fuair tú
portal-verify-text = Tá SHA256SUMS sa chartlann, ina bhfuil suim sheiceála gach comhaid, agus SHA256SUMS.sig, síniú air sin leis an eochair eisiúna. Is féidir le duine ar bith cóip a fuair sé ó dhuine eile a sheiceáil: sábháil keyring.json agus keyring.sig an tsuímh seo i bhfillteán agus rith an t-ordú thíos. Ní bhíonn muinín aige as an bhfáinne eochracha ach amháin má tá sé sínithe leis an eochair a bhfoilsíonn EUIPO agus Europol a méarlorg, agus tógann sé an eochair eisiúna (thíos) uaidh.
portal-verify-key = Eochair eisiúna:
portal-verify-fingerprint = Méarlorg:
portal-tokens-heading = Comharthaí API
portal-tokens-lead = Ligeann comhartha do ríomhchlár na heisiúintí a léamh tríd an API sonraí (léamh amháin). Tabhair a chomhartha féin do gach ríomhchlár, ionas gur féidir leat ceann a chúlghairm gan stop a chur leis na cinn eile.
portal-token-new-heading = Cruthaigh comhartha
portal-token-name = Ainm
portal-token-name-hint = Cad chuige an comhartha, m.sh. “allmhairiú oíche”.
portal-token-create = Cruthaigh an comhartha
portal-token-created = Tá do chomhartha nua thíos. Cóipeáil anois é: ní thaispeántar é ach an uair seo agus ní féidir é a fheiceáil arís.
portal-token-use = Seol é le gach iarratas mar seo:
portal-tokens-list-heading = Do chomharthaí
portal-tokens-none = Níl aon chomhartha agat fós.
portal-token-created-on = Dáta cruthaithe
portal-token-last-used = Úsáid dheireanach
portal-token-state = Stádas
portal-token-revoke = Cúlghair
portal-token-revoked-on = Cúlghairthe: { $day }
portal-token-revoked = Tá an comhartha cúlghairthe: ní oibríonn sé a thuilleadh.
portal-error-token-name = Tabhair ainm don chomhartha; is é { $max } an líon uasta carachtar.
error-unauthorized = Tá comhartha API bailí ag teastáil: seol “Authorization: Bearer” le comhartha a cruthaíodh sa tairseach agus nach bhfuil cúlghairthe.

# console triage
console-triage-heading = Cad atá sna tuairiscí
console-triage-hint = Díghlasáil d’eochair chun a fheiceáil cad atá i ngach tuairisc agus chun iad a chuardach, a scagadh agus a shórtáil. Díchriptítear na tuairiscí sa bhrabhsálaí seo; ní sheoltar iad ná do chuardaigh chuig an bhfreastalaí.
console-triage-search = Cuardaigh i dtéacs na dtuairiscí
console-triage-all = Gach ceann
console-triage-sort = Ord
console-triage-sort-newest = Na cinn is nuaí ar dtús
console-triage-sort-oldest = Na cinn is sine ar dtús
console-triage-sort-deadline = An spriocdháta is gaire ar dtús
console-triage-reset = Glan an cuardach agus na scagairí
console-triage-col-summary = Tuairisc (an chéad líne den chuntas)
console-triage-col-language = Teanga
console-triage-col-attachments = Ceangaltáin
console-triage-count = Tuairiscí aimsithe: { $shown } as { $total }
console-triage-page = Leathanach { $page } as { $pages }
console-triage-pages = Leathanaigh an liosta
console-triage-previous = An leathanach roimhe seo
console-triage-next = An chéad leathanach eile
console-triage-none = Níl aon tuairisc ag teacht leis an gcuardach agus leis na scagairí.
console-triage-working = Na tuairiscí á ndíchriptiú…
console-triage-unreadable = Ní féidir an tuairisc seo a oscailt le d’eochair.
error-summary-entry = { $field }: { $message }
error-field-recipients = Faighteoirí
error-field-actor-type = Cé a bhí taobh thiar de
error-field-loss-eur = Caillteanas measta
error-field-jobs-at-risk = Poist i mbaol
error-field-attachments = Ceangaltáin
error-field-contact = Teagmháil
error-field-organisation-id = Uimhir CBL nó LEI
error-field-consent = Dearbhú
console-nav-figures = Figiúirí
console-figures-heading = Figiúirí don bhainistíocht
console-figures-lead = { $body }: comhaireamh agus fad ama amháin, ríofa ó na laethanta a thaifeadann an freastalaí. Faic ó ábhar na dtuairiscí.
console-figures-csv = Íoslódáil mar CSV
console-figures-received = Tuairiscí a fuarthas in aghaidh na míosa
console-figures-month = Mí
console-figures-count = Tuairiscí
console-figures-timing = Am go dtí an admháil agus go dtí an aiseolas
console-figures-step = Céim
console-figures-done = Déanta
console-figures-median = Airmheán (laethanta)
console-figures-p90 = 90ú peircintíl (laethanta)
console-figures-within = Laistigh den spriocdháta
console-figures-within-value = { $within } as { $decided } ({ $percent } %)
console-figures-ack = Admháil (laistigh de 7 lá ón bhfáil)
console-figures-feedback = Aiseolas (laistigh de 3 mhí ón admháil)
console-figures-open = Cásanna oscailte de réir stádais
console-figures-definitions = Is é an t-aiseolas an chéad lá tar éis na hadmhála ar scríobh athbhreithneoir chuig an tuairisceoir, nó an lá ar dúnadh an cás, cibé acu is túisce. Airmheán agus peircintíl de réir mhodh an rangú is gaire. Áirítear sna codanna na céimeanna déanta agus na céimeanna thar téarma; ní áirítear fós cásanna atá fós laistigh dá spriocdháta.
console-assign-heading = Sannadh
console-assign-label = Sannta do
console-assign-nobody = Duine ar bith
console-assign-submit = Sann
console-triage-assigned-me = Sannta domsa
console-triage-unassigned = Gan sannadh

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Ní féidir an teachtaireacht a shíniú: níl d’eochair shínithe sa fháinne eochracha sínithe fós. Níor seoladh aon rud; iarr ar an oibreoir d’eochair a chur leis.
console-casefile-heading = Comhad cáis le tabhairt ar aghaidh
console-casefile-hint = Tógtar i do bhrabhsálaí é ón tuairisc oscailte; ní sheoltar aon chuid de chuig an bhfreastalaí. Ní thaifeadann an loga iniúchta ach an easpórtáil féin: a formáid, na codanna atá ann agus líon na dtéarmaí a ceileadh.
console-casefile-parts = Codanna le cur san áireamh
console-casefile-part-fields = Réimsí na tuairisce
console-casefile-part-conversation = Comhrá
console-casefile-part-attachments = Ceangaltáin lena SHA-256
console-casefile-part-classification = Aicmiú
console-casefile-redact-contact = Ceil sonraí teagmhála an tuairisceora agus aitheantóir a eagraíochta
console-casefile-terms = Ainmneacha agus focail le ceilt
console-casefile-terms-hint = Ceann in aghaidh an líne. Cuirtear an marc ceilte in áit gach ceann acu i ngach áit sa chomhad, cibé an cás litreacha.
console-casefile-download = Íoslódáil an comhad cáis (HTML)
console-casefile-print = Priontáil nó sábháil mar PDF
console-casefile-working = Tá an comhad cáis á ullmhú: tá na ceangaltáin á ndíchriptiú…
console-casefile-done = Taifeadadh easpórtáil an chomhaid cáis.
console-casefile-no-parts = Roghnaigh cuid amháin ar a laghad.
console-casefile-title = Comhad cáis na tuairisce
console-casefile-prepared = Ullmhaithe ar
console-casefile-marker = [CEILTE]
console-casefile-redactions = Ceilteanna
console-casefile-redacted-contact = Sonraí teagmhála an tuairisceora agus aitheantóir a eagraíochta
console-casefile-redacted-terms = Téarmaí a mharcáil an t-athbhreithneoir
console-casefile-verified = síniú fíoraithe
# --- indicators ---
report-section-indicators = Táscairí teicniúla (roghnach)
report-indicators-lead = Má tá rianta teicniúla den ionsaí agaibh, liostaigh anseo iad, luach amháin in aghaidh na líne. Is féidir leis na hathbhreithneoirí iad a roinnt le CSIRTanna chun na hionsaitheoirí a bhac.
field-indicator-ip = Seoltaí nó raonta IP
hint-indicator-ip = IPv4 nó IPv6, nó raon CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Ainmneacha fearainn
hint-indicator-domain = Mar shampla files.example.com; ainmneacha idirnáisiúnta san fhoirm xn--.
field-indicator-url = Seoltaí gréasáin (URLanna)
hint-indicator-url = An seoladh iomlán, ag tosú le https:// nó scéim eile.
field-indicator-email = Seoltaí ríomhphoist
hint-indicator-email = Mar shampla seoltóir teachtaireachta fioscaireachta.
field-indicator-hash = Haiseanna comhad
hint-indicator-hash = MD5, SHA-1 nó SHA-256, i heicsidheachúil.
field-indicator-file-name = Ainmneacha comhad
hint-indicator-file-name = An t-ainm amháin, gan an fillteán: sonrasc.pdf.exe.
field-indicator-observations = Breathnuithe teicniúla eile
hint-indicator-observations = Aon rud eile a d'fhéadfadh cabhrú: uirlisí, cuntais, amanna.
error-indicator-ip = Ní seoladh IP ná raon CIDR é líne { $line }.
error-indicator-domain = Ní ainm fearainn é líne { $line }.
error-indicator-url = Ní seoladh gréasáin iomlán é líne { $line } (mar shampla https://example.com/cosan).
error-indicator-email = Ní seoladh ríomhphoist é líne { $line }.
error-indicator-hash = Ní hais MD5, SHA-1 ná SHA-256 é líne { $line }.
error-indicator-file-name = Ní ainm comhaid é líne { $line } (gan fillteán, 255 charachtar ar a mhéad).
error-indicator-count = Cuir isteach { $max } luach ar a mhéad sa réimse seo.
console-indicators-heading = Táscairí teicniúla
console-taxii-heading = Seol chuig bailiúchán TAXII 2.1
console-taxii-hint = Téann an beart STIX 2.1, leis an leibhéal TLP a roghnaíodh thuas, ón mbrabhsálaí seo díreach chuig freastalaí TAXII do chomhlachta; ní stóráiltear an seoladh ná na dintiúir.
console-taxii-url = Seoladh an bhailiúcháin (ag críochnú le /collections/<id>/)
console-taxii-user = Ainm úsáideora
console-taxii-password = Pasfhocal
console-taxii-push = Seol chuig TAXII
console-taxii-done = Cuireadh an beart leis an mbailiúchán TAXII.
console-taxii-failed = Dhiúltaigh an freastalaí TAXII don bheart nó níorbh fhéidir teacht air. Seiceáil an seoladh agus na dintiúir, agus go gceadaíonn an freastalaí bunús an chonsóil seo (CORS).
# --- tags and referral ---
console-tags-heading = Clibeanna
console-tags-hint = Tagann na clibeanna ó liosta seasta do chomhlachta, a choimeádann an t-oibreoir. Tá a n-ainmneacha le feiceáil ag an té a ritheann an freastalaí: úsáid iad mar lipéid, riamh le haghaidh ábhar cáis.
console-tags-none = Níl aon chlib ar an tuairisc seo.
console-tags-field = Clib
console-tags-add = Cuir clib leis
console-tags-remove = Bain an chlib
console-error-tag-unknown = Níl an chlib seo ar liosta do chomhlachta. Níor athraíodh aon rud.
console-refer-heading = Tarchuir chuig { $body }
console-refer-hint = Séalaítear eochair na tuairisce i do bhrabhsálaí d'eochracha { $body } san fháinne eochrach fíoraithe. Feiceann { $body } an tuairisc ansin ina bhosca isteach, lena spriocdhátaí féin ó inniu.
console-refer-note = Nóta do { $body } (roghnach)
console-refer-note-hint = Séalaithe don dá chomhlacht mar nóta inmheánach; ní thaispeántar riamh don tuairisceoir é.
console-refer-tell = Cuir an tuairisceoir ar an eolas sa chomhrá
console-refer-message = Teachtaireacht chuig an tuairisceoir
console-refer-message-default = Tarchuireadh do thuairisc chuig { $body }, a láimhseálfaidh í freisin.
console-refer-submit = Tarchuir an tuairisc
console-refer-done = Tarchuireadh an tuairisc.
console-referrals-heading = Tarchuir
console-referral-line = Tarchuirthe ó { $from } chuig { $to } ag { $who } ar { $day }.
console-referral-note = Nóta:
console-triage-referred-from = Tarchuirthe ag { $body }
console-error-referral-same = Ní féidir tuairisc a tharchur ach chuig an gcomhlacht eile.
console-error-referral-exists = Tá an tuairisc seo ag { $body } cheana; níor tarchuireadh arís í.
console-error-referral-slots = Ní hiad na heochracha séalaithe go díreach eochracha { $body } san fháinne eochrach. Níor tarchuireadh aon rud.
# --- security keys (WebAuthn) ---
account-nav-keys = Eochracha slándála
account-keys-heading = Eochracha slándála
account-keys-lead = Is féidir le heochair slándála, nó le heochair rochtana ar do ghuthán nó ar do ríomhaire, áit an chóid fíordheimhnithe a ghlacadh nuair a shíníonn tú isteach, agus ní féidir í a ghoid le fioscaireacht. Is féidir leat níos mó ná ceann amháin a chur leis.
account-keys-totp-allowed = Is féidir le do chuntas síniú isteach le cód fíordheimhnithe freisin.
account-keys-totp-forbidden = Ní shíníonn do chuntas isteach ach le heochair slándála: diúltaítear do chóid fíordheimhnithe.
account-keys-list-heading = D'eochracha
account-keys-none = Níor cuireadh aon eochair slándála leis fós.
account-key-name = Ainm na heochrach
account-key-name-hint = Mar shampla "eochair ghorm", le go n-aithneoidh tú í sa liosta seo.
account-key-added-on = Curtha leis
account-key-last-used = Úsáidte go deireanach
account-key-actions = Gníomhartha
account-key-remove = Bain
account-key-new-heading = Cuir eochair slándála leis
account-key-add = Cuir an eochair slándála leis
account-key-touch = Lean treoracha do bhrabhsálaí agus teagmhaigh le d'eochair slándála.
account-key-failed = Níor fhreagair an eochair slándála, nó cuireadh an t-iarratas ar ceal. Bain triail eile as.
account-key-needs-js = Teastaíonn JavaScript sa bhrabhsálaí seo chun eochair slándála a chur leis.
account-key-unavailable = Ní féidir eochracha slándála a úsáid ag seoladh an fhreastalaí seo. Téigh i dteagmháil leis an oibreoir.
account-key-added = Cuireadh an eochair slándála leis.
account-key-removed = Baineadh an eochair slándála.
account-key-last = Seo an eochair slándála dheireanach atá agat agus ní cheadaítear do do chuntas cóid fíordheimhnithe a úsáid: cuir eochair eile leis sula mbainfidh tú an ceann seo.
account-key-expired = Thóg an t-iarratas rófhada. Bain triail eile as.
account-key-invalid = Níor glacadh le freagra na heochrach slándála. Bain triail eile as.
account-key-duplicate = Cuireadh an eochair slándála seo leis cheana.
account-key-too-many = Tá an líon is mó eochracha slándála a cheadaítear agat. Bain ceann amháin ar dtús.
account-error-key-name = Tabhair ainm idir 1 agus { $max } charachtar don eochair.
account-key-signin-heading = Úsáid d'eochair slándála
account-key-signin-lead = Tá do phasfhocal ceart. Deimhnigh an síniú isteach le d'eochair slándála.
account-key-signin-submit = Úsáid m'eochair slándála
account-key-signin-needs-js = Teastaíonn JavaScript sa bhrabhsálaí seo le haghaidh eochair slándála.
account-key-signin-back = Sínigh isteach le cód fíordheimhnithe ina ionad sin
account-field-code-key-hint = Má úsáideann tú eochair slándála, fág an cód folamh: úsáidfidh tú an eochair sa chéad chéim eile.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Fógraí
console-notify-lead = Achoimre nach bhfuil inti ach líon: tuairiscí nua, teachtaireachtaí nua ó thuairisceoirí, spriocdhátaí atá le teacht go luath agus spriocdhátaí thar téarma. Ní bhíonn ábhar, aitheantas ná teideal tuairisce inti riamh.
console-notify-email = Seoladh ríomhphoist
console-notify-email-hint = Seoltar an achoimre chuig an seoladh seo. Fág folamh é mura bhfuil ríomhphost uait.
console-notify-webhook = URL an chrúca gréasáin
console-notify-webhook-hint = Seoltar na líon céanna anseo mar JSON (HTTP POST). Caithfidh an seoladh tosú le https://. Fág folamh é mura bhfuil sé uait.
console-notify-frequency = Cé chomh minic
console-notify-off = Choíche
console-notify-daily = Gach lá
console-notify-weekly = Gach seachtain
console-notify-send-empty = Seol an achoimre fiú nuair nár tharla aon rud
console-notify-send-empty-hint = Tagann achoimre gach uair ansin, agus ní nochtann a teacht aon rud faoi thuairiscí nua.
console-notify-language = Teanga na hachoimre
console-notify-save = Sábháil
console-notify-saved = Sábháladh do shocruithe fógraí.
console-notify-error-email = Seoladh ríomhphoist: cuir isteach seoladh iomlán, mar shampla ainm@example.eu.
console-notify-error-webhook = URL an chrúca gréasáin: cuir isteach seoladh iomlán, mar shampla https://hooks.example.eu/digest, gan ainm úsáideora, pasfhocal ná #.
console-notify-error-https = URL an chrúca gréasáin: caithfidh an seoladh tosú le https:// (http:// chuig an ríomhaire seo amháin).
console-notify-error-destination = Seoladh ríomhphoist: cuir isteach seoladh ríomhphoist nó URL crúca gréasáin, nó roghnaigh “Choíche”.
notify-mail-subject = Cainéal tuairiscithe: d’achoimre
notify-mail-intro = Achoimre do { $body }, ó { $from } go { $through }. Líon amháin: logáil isteach sa chonsól chun na tuairiscí a fheiceáil.
notify-mail-new-reports = Tuairiscí nua: { $count }
notify-mail-new-replies = Teachtaireachtaí nua ó thuairisceoirí: { $count }
notify-mail-ack-due = Admhálacha le tabhairt laistigh de 2 lá: { $count }
notify-mail-feedback-due = Aiseolas le tabhairt laistigh de 14 lá: { $count }
notify-mail-ack-overdue = Admhálacha thar téarma: { $count }
notify-mail-feedback-overdue = Aiseolas thar téarma: { $count }
notify-mail-nothing = Níl aon rud nua ná aon rud le déanamh.
notify-mail-footer = Faigheann tú an achoimre seo mar gur iarr tú í sa chonsól (Fógraí). Is féidir leat í a athrú nó a stopadh ansin.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Admhaithe ar
conversation-acknowledgement-due = Admháil le tabhairt faoin
conversation-feedback-due = Aiseolas le tabhairt faoin
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Tuarascálacha gaolmhara
console-related-hint = Meaitseáilte le haischeanna eochraithe na dtáscairí agus aitheantóir na heagraíochta, arna ríomh i do bhrabhsálaí: ní fheiceann an freastalaí táscaire riamh. Ní liostaítear ach tuarascálacha ar féidir le do chomhlacht iad a oscailt.
console-related-none = Níl táscaire i gcoiteann ag aon tuarascáil eile de do chomhlacht leis an gceann seo.
console-related-report = Tuarascáil { $report }
console-related-shares = táscairí i gcoiteann: { $count }
console-related-incident = b’fhéidir an teagmhas céanna (an t-aitheantóir eagraíochta céanna)
console-related-refused = Ní hí an eochair chomhghaolaithe a thairg an freastalaí an ceann atá ainmnithe san eochairfháinne sínithe: níor úsáideadh í agus níor seoladh aon rud.
console-related-confirm = Deimhnigh gur dúblach í an tuarascáil seo
console-related-unavailable = Níl comhghaolú ar fáil fós: níor séalaíodh eochair chomhghaolaithe d’iontráil an eochairfháinne agat.
