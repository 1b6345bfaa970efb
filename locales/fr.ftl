### Français. Mêmes identifiants et mêmes { $variables } que en.ftl (vérifié par `cargo test -p i18n`).
### Voir i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Français
language-switch-label = Langue
language-switch-button = Changer de langue

## Page chrome

site-name = Canal de signalement des vols de secrets d'affaires
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-home = Accueil
nav-report = Signaler un vol
nav-follow-up = Suivre un signalement
footer-privacy-notice = Déclaration de confidentialité
footer-recipients = Les signalements sont transmis à l'EUIPO et au Centre européen de lutte contre la cybercriminalité (EC3) d'Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
# French writes the first day of a month as "1er": for whole days, [one] is day 1 only.
date-day = { $day ->
        [one] 1er
       *[other] { $day }
    } { $month ->
        [1] janvier
        [2] février
        [3] mars
        [4] avril
        [5] mai
        [6] juin
        [7] juillet
        [8] août
        [9] septembre
        [10] octobre
        [11] novembre
       *[12] décembre
    } { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Signaler le vol de secrets d'affaires lors d'une cyberattaque
page-title-report = Soumettre un signalement
page-title-follow-up = Suivre votre signalement
page-title-privacy = Déclaration de confidentialité

## Reporter landing page

home-heading = Signalez le vol de secrets d'affaires lors d'une cyberattaque
home-intro = Si des secrets d'affaires de votre entreprise ont été volés lors d'une cyberattaque, vous pouvez le signaler ici, de manière volontaire et confidentielle, à l'EUIPO (l'Office de l'Union européenne pour la propriété intellectuelle) et au Centre européen de lutte contre la cybercriminalité (EC3) d'Europol.
home-point-recipients = Vous choisissez qui reçoit votre signalement : l'EUIPO, l'EC3 d'Europol, ou les deux.
home-point-encrypted = Votre signalement est chiffré de sorte que seuls les examinateurs des organismes que vous choisissez puissent le lire. Ce site ne le conserve jamais sous une forme lisible.
home-point-anonymous = Vous pouvez effectuer un signalement sans indiquer votre nom ni celui de votre entreprise.
home-point-receipt = Lorsque vous envoyez le signalement, vous recevez un code de récépissé. Conservez-le en lieu sûr : il vous permet de lire les questions des examinateurs et d'y répondre, et il ne peut pas être remplacé en cas de perte.
home-point-statistics = Les réponses que vous choisissez dans des listes (comme le secteur et le type d'attaque) alimentent aussi des statistiques à l'échelle de l'UE. Un bruit aléatoire y est ajouté afin qu'aucune entreprise ne puisse être identifiée.
home-no-javascript = Le formulaire fonctionne aussi lorsque JavaScript est désactivé (par exemple dans le mode de sécurité le plus élevé du navigateur Tor). Votre signalement est alors chiffré par le serveur dès son arrivée, et non dans votre navigateur, ce qui offre une protection un peu moins forte.
home-start-button = Commencer un signalement
home-follow-up-heading = Vous avez déjà envoyé un signalement ?
home-follow-up-text = Utilisez votre code de récépissé pour lire les messages des examinateurs et y répondre.
home-follow-up-button = Accéder au suivi avec votre code de récépissé

## Form: common parts

form-optional = (facultatif)
form-choose = Choisir…
# Read by screen readers before each field error.
form-error-prefix = Erreur :
recipient-euipo = EUIPO (Office de l'Union européenne pour la propriété intellectuelle)
recipient-ec3 = EC3 d'Europol (Centre européen de lutte contre la cybercriminalité)

## Errors: whole pages

error-page-title = Une erreur s'est produite
error-bad-request = La demande n'a pas pu être comprise. Veuillez revenir en arrière et réessayer.
error-not-found = Cette page n'existe pas. Vérifiez l'adresse ou recommencez à partir de la page d'accueil.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Votre envoi est trop volumineux : la limite est de { $limit }. Supprimez ou réduisez des pièces jointes, puis réessayez.
error-csrf = Pour votre sécurité, ce formulaire a expiré et rien n'a été enregistré. Veuillez recharger la page et envoyer à nouveau le formulaire.
error-form-used = Ce formulaire a déjà été envoyé : votre signalement a été reçu une fois, avec le code de reçu affiché à ce moment-là. Pour envoyer un autre signalement, ouvrez un nouveau formulaire.
error-rate-limited = Trop de tentatives en peu de temps. Veuillez patienter quelques minutes, puis réessayer.
error-server = Un problème est survenu de notre côté et rien n'a été enregistré. Veuillez réessayer plus tard.
error-unavailable = Le service est temporairement indisponible. Veuillez réessayer plus tard.
error-unavailable-title = Temporairement indisponible
error-database-unavailable = Nous ne pouvons ni enregistrer ni lire de signalements pour le moment ; rien n'a donc été enregistré. Veuillez patienter une minute, puis envoyer à nouveau le formulaire.

## Errors: form fields

error-required = Ce champ est obligatoire.
error-unknown-choice = Choisissez l'une des options de la liste.
error-month-format = Indiquez un mois au format YYYY-MM, par exemple 2026-03.
error-month-future = Le mois ne peut pas se situer dans le futur.
error-month-too-early = Le mois ne peut pas être antérieur à { $year }.
error-detection-before-incident = Le mois de la découverte du vol ne peut pas être antérieur au mois où il a commencé.
error-number-format = Indiquez un nombre entier, par exemple 250000.
# { $max } is an amount in euros.
error-loss-too-large = Le montant ne peut pas dépasser { $max } euros.
error-jobs-too-large = Le nombre d'emplois ne peut pas dépasser { $max }.
error-too-long =
    { $max ->
        [one] Ce texte est trop long : utilisez au maximum { $max } caractère.
       *[other] Ce texte est trop long : utilisez au maximum { $max } caractères.
    }
error-organisation-id = Indiquez un numéro de TVA (par exemple DK12345678) ou un LEI (20 lettres et chiffres), ou laissez le champ vide.
error-recipients = Choisissez au moins un destinataire : l'EUIPO, l'EC3 d'Europol, ou les deux.
error-consent = Cochez la case de confirmation avant d'envoyer le signalement.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] Le formulaire contient { $count } erreur. Veuillez la corriger et envoyer à nouveau le formulaire.
       *[other] Le formulaire contient { $count } erreurs. Veuillez les corriger et envoyer à nouveau le formulaire.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Empreinte du trousseau de clés (comparez-la avec celle que publient l'EUIPO et Europol) :
error-go-back = Utilisez le bouton « Retour » de votre navigateur pour revenir au formulaire ; ce que vous avez saisi s'y trouve généralement encore.
# { $limit } is a number of files.
error-too-many-files = Trop de fichiers : vous pouvez en joindre { $limit } au maximum. Retirez-en quelques-uns et réessayez.

## Page titles (intake)

page-title-confirmation = Signalement reçu
page-title-conversation = Votre signalement

## Landing page: what the server sees

home-server-heading = Ce que ce site peut voir et ce qu'il ne peut pas voir
home-server-cannot = Il ne peut pas lire votre signalement, vos pièces jointes ni vos messages : ils sont chiffrés pour les examinateurs avant d'être stockés, et seuls les examinateurs détiennent les clés permettant de les ouvrir.
home-server-can = Il voit qu'un signalement a été envoyé un jour donné, à quel organisme, et quelle est sa taille approximative. Il n'enregistre jamais votre adresse IP, votre navigateur ni l'heure exacte.
home-fingerprint-heading = Vérifiez que vous êtes sur le véritable canal
home-fingerprint-text = Les signalements sont chiffrés pour les clés d'un trousseau signé par la clé hors ligne du canal. Son empreinte figure ci-dessous ; l'EUIPO et Europol publient la même empreinte sur leurs propres sites web.
home-tor-heading = Signaler de manière anonyme
home-tor-text = Pour un anonymat maximal, utilisez le navigateur Tor, ne vous connectez à aucun autre service en même temps et supprimez les noms et les métadonnées (auteur, entreprise, GPS) des fichiers avant de les joindre.

## Report form

report-heading = Signaler un vol de secrets d'affaires
report-lead = Les champs marqués comme facultatifs peuvent être laissés vides. Tout ce que vous écrivez, ainsi que vos pièces jointes, est chiffré pour les destinataires que vous choisissez.
report-guarantee-server = Sans JavaScript, votre signalement est chiffré par le serveur dès son arrivée, en mémoire, et n'est jamais stocké sous une forme lisible. Si JavaScript est activé, c'est votre propre navigateur qui le chiffre avant l'envoi.
report-files-dropped = Pour votre sécurité, les fichiers joints ne sont pas conservés lorsque le formulaire est renvoyé avec des erreurs. Veuillez les joindre à nouveau.
report-section-classification = À propos de l'incident
report-section-when = Date des faits
report-section-impact = Conséquences
report-section-account = Déroulement des faits
report-section-optional = Informations facultatives
report-submit = Chiffrer et envoyer le signalement
field-recipients = Qui doit recevoir le signalement ?
hint-recipients = Choisissez l'un des deux organismes ou les deux. Seuls les examinateurs des organismes choisis pourront lire le signalement.
field-member-state = État membre dans lequel votre entreprise est établie
hint-member-state = Utilisé pour les statistiques de l'UE par pays.
field-sector = Secteur de votre entreprise
hint-sector = La section de la NACE correspondant à votre activité principale.
field-incident-class = Type d'incident
hint-incident-class = Choisissez ce qui correspond le mieux ; les examinateurs pourront le corriger.
field-attack-vector = Comment les attaquants se sont introduits
hint-attack-vector = Choisissez « Inconnu » si vous ne le savez pas encore.
field-actor-type = Qui, selon vous, est à l'origine de l'attaque ?
hint-actor-type = Votre meilleure estimation ; « Inconnu » est une réponse valable.
field-incident-month = Mois du début du vol
hint-incident-month = Au format YYYY-MM, par exemple 2026-03. Une estimation suffit.
field-detection-month = Mois de la découverte du vol
hint-detection-month = Au format YYYY-MM.
field-loss-eur = Perte estimée en euros (facultatif)
hint-loss-eur = Un nombre entier, par exemple 250000. Laissez le champ vide si vous ne pouvez pas l'estimer.
field-jobs-at-risk = Emplois menacés (facultatif)
hint-jobs-at-risk = Le nombre d'emplois que le vol met en danger, si vous pouvez l'estimer.
field-what-taken = Ce qui a été dérobé
hint-what-taken = Par exemple : code source, plans, listes de clients, formules, procédés de fabrication.
field-narrative = Ce qui s'est passé
hint-narrative = Décrivez l'attaque et sa découverte avec vos propres mots : dates, systèmes touchés, mesures prises depuis.
field-attachments = Pièces jointes (facultatif)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Jusqu'à { $max_files } fichiers de { $max_mib } Mo au maximum chacun. Ils sont chiffrés dès leur réception.
field-contact = Comment les examinateurs peuvent-ils vous contacter ? (facultatif)
hint-contact = Laissez le champ vide pour rester anonyme : vous pourrez quand même lire les messages et y répondre avec votre code de récépissé.
field-organisation-id = Numéro de TVA ou LEI de l'entreprise (facultatif)
hint-organisation-id = Facultatif. Il est chiffré : les examinateurs des organismes choisis peuvent le lire ; il n'est jamais publié. Dans les statistiques, il devient un pseudonyme afin que votre entreprise compte au plus une fois par trimestre, et les chiffres publiés protègent l'ensemble de ses signalements (par défaut ε = 1 par trimestre, au plus ε = 4 par an). Sans lui, chaque signalement est protégé isolément, et non l'ensemble de vos signalements.
field-consent = Je confirme que les informations sont exactes à ma connaissance et j'accepte qu'elles soient traitées comme indiqué dans la déclaration de confidentialité.
hint-consent = Vous pouvez retirer un signalement ultérieurement en écrivant aux examinateurs avec votre code de récépissé.

## Confirmation

confirmation-heading = Votre signalement a bien été reçu
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Votre signalement a été chiffré et transmis aux destinataires suivants : { $recipients }.
confirmation-receipt-heading = Votre code de récépissé
confirmation-receipt-text = Notez ce code ou téléchargez-le maintenant. Vous en aurez besoin pour lire les questions des examinateurs et y répondre.
confirmation-receipt-once = Ce code n'est affiché qu'une seule fois. Personne, pas même les examinateurs, ne peut le récupérer pour vous.
confirmation-download = Télécharger le récépissé sous forme de fichier texte
confirmation-print = Vous pouvez aussi imprimer cette page : seuls le code et ces instructions sont imprimés.
confirmation-guarantee-heading = Comment votre signalement a été protégé
confirmation-sealed-by-server = Votre navigateur a envoyé le signalement sans JavaScript ; le serveur l'a donc chiffré en mémoire dès son arrivée. Il n'a jamais été écrit sur disque sous une forme lisible.
confirmation-sealed-by-browser = Votre navigateur a chiffré le signalement avant de l'envoyer ; le serveur ne l'a jamais vu sous une forme lisible.
confirmation-next-heading = Prochaines étapes
confirmation-next-text = Les examinateurs accusent réception des signalements dans un délai de 7 jours et fournissent un retour d'informations dans un délai de 3 mois. Revenez avec votre code de récépissé pour lire leurs messages.
recipients-both = EUIPO et EC3
receipt-file-title = Code de récépissé de votre signalement au canal de signalement des vols de secrets d'affaires
receipt-file-keep = Gardez ce code secret et conservez-le en lieu sûr. Utilisez-le sur la page de suivi du canal.

## Follow-up

followup-heading = Suivre votre signalement
followup-lead = Saisissez le code de récépissé que vous avez reçu lors de l'envoi de votre signalement.
followup-receipt-label = Code de récépissé
followup-receipt-hint = 24 lettres et chiffres, par exemple 7KQM-2XPA-… ; les tirets et les espaces n'ont pas d'importance.
followup-submit = Ouvrir mon signalement
followup-wrong-receipt = Aucun signalement ne correspond à ce code de récépissé. Vérifiez chaque caractère et réessayez.

## Conversation

conversation-heading = Votre signalement
conversation-status = Statut
conversation-received = Reçu le
conversation-sealed-by-server = Ce signalement a été chiffré par le serveur à son arrivée (envoyé sans JavaScript).
conversation-messages = Messages
conversation-empty = Aucun message pour le moment. Les examinateurs accusent réception des signalements dans un délai de 7 jours.
conversation-from-you = Vous
conversation-from-reviewer = Examinateur
conversation-reply-heading = Écrire aux examinateurs
conversation-reply-label = Votre message
conversation-reply-submit = Chiffrer et envoyer le message
conversation-reply-sent = Votre message a été chiffré et envoyé.
conversation-reply-empty = Rédigez un message ou joignez un fichier avant d'envoyer.
status-new = Reçu, réception pas encore confirmée
status-acknowledged = Réception confirmée
status-in-review = En cours d'examen
status-information-requested = Les examinateurs vous ont demandé des informations
status-referred = Transmis aux autorités compétentes
status-closed = Clôturé

## Privacy notice

privacy-heading = Déclaration de confidentialité
privacy-controllers = Les signalements sont traités par l'EUIPO et par Europol (EC3), chacun pour les signalements qui lui sont adressés, conformément au règlement (UE) 2018/1725 et au règlement (UE) 2016/794 respectivement.
privacy-what-heading = Données traitées
privacy-what-text = Le contenu de votre signalement, ses pièces jointes et vos messages sont chiffrés de sorte que seuls les examinateurs des organismes que vous avez choisis puissent les lire. Le jour de réception d'un signalement, son statut et ses destinataires sont conservés sous une forme lisible afin de gérer les délais.
privacy-not-heading = Ce qui n'est jamais enregistré
privacy-not-text = Votre adresse IP, votre navigateur et l'heure exacte de vos visites ne sont jamais conservés ni journalisés. Aucun cookie n'est déposé sur les pages de signalement.
privacy-statistics-heading = Statistiques
privacy-statistics-text = Les réponses choisies dans des listes alimentent des statistiques au niveau de l'UE, publiées avec la confidentialité différentielle. Ce qui est protégé, c'est une entreprise sous le numéro de TVA ou le LEI qu'elle a donné : qu'elle ait signalé au cours d'un trimestre, et quoi, change la probabilité de tout chiffre publié d'au plus un facteur e^ε, avec les limites publiées avec chaque diffusion (par défaut ε = 1 par trimestre, un facteur 2,7, et ε = 4 par année civile, un facteur 55 ; sur plusieurs années, les facteurs se multiplient). Les signalements sans identifiant sont protégés un par un : une entreprise qui en envoie plusieurs sans identifiant est moins protégée. Les chiffres sont des estimations bruitées, non des comptages exacts.
privacy-retention-heading = Durée de conservation des signalements
privacy-retention-text = Les signalements clôturés sont supprimés à l'issue de la durée de conservation fixée par les organismes qui les examinent. Les statistiques déjà publiées ne sont pas concernées.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Autriche
member-state-BE = Belgique
member-state-BG = Bulgarie
member-state-HR = Croatie
member-state-CY = Chypre
member-state-CZ = Tchéquie
member-state-DK = Danemark
member-state-EE = Estonie
member-state-FI = Finlande
member-state-FR = France
member-state-DE = Allemagne
member-state-EL = Grèce
member-state-HU = Hongrie
member-state-IE = Irlande
member-state-IT = Italie
member-state-LV = Lettonie
member-state-LT = Lituanie
member-state-LU = Luxembourg
member-state-MT = Malte
member-state-NL = Pays-Bas
member-state-PL = Pologne
member-state-PT = Portugal
member-state-RO = Roumanie
member-state-SK = Slovaquie
member-state-SI = Slovénie
member-state-ES = Espagne
member-state-SE = Suède

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Agriculture, sylviculture et pêche
sector-B = Industries extractives
sector-C = Industrie manufacturière
sector-D = Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné
sector-E = Production et distribution d'eau ; assainissement, gestion des déchets et dépollution
sector-F = Construction
sector-G = Commerce de gros et de détail ; réparation de véhicules automobiles et de motocycles
sector-H = Transports et entreposage
sector-I = Hébergement et restauration
sector-J = Information et communication
sector-K = Activités financières et d'assurance
sector-L = Activités immobilières
sector-M = Activités spécialisées, scientifiques et techniques
sector-N = Activités de services administratifs et de soutien
sector-O = Administration publique et défense ; sécurité sociale obligatoire
sector-P = Enseignement
sector-Q = Santé humaine et action sociale
sector-R = Arts, spectacles et activités récréatives
sector-S = Autres activités de services
sector-T = Activités des ménages en tant qu'employeurs ; activités indifférenciées des ménages en tant que producteurs de biens et services pour usage propre
sector-U = Activités des organisations et organismes extraterritoriaux

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Sécurité de l'information : accès non autorisé à des informations
incident-class-information-content-security--unauthorised-information-modification = Sécurité de l'information : modification non autorisée d'informations
incident-class-information-content-security--data-loss = Sécurité de l'information : perte de données
incident-class-information-content-security--leak-confidential-information = Sécurité de l'information : fuite d'informations confidentielles
incident-class-intrusions--system-compromise = Intrusion : prise de contrôle d'un système (serveur ou ordinateur)
incident-class-intrusions--application-compromise = Intrusion : prise de contrôle d'une application
incident-class-intrusions--privileged-account-compromise = Intrusion : prise de contrôle d'un compte administrateur
incident-class-intrusions--unprivileged-account-compromise = Intrusion : prise de contrôle d'un compte utilisateur ordinaire
incident-class-intrusions--burglary = Intrusion : effraction physique
incident-class-information-gathering--social-engineering = Collecte d'informations : des personnes ont été manipulées pour qu'elles livrent des informations (ingénierie sociale)
incident-class-information-gathering--sniffing = Collecte d'informations : interception du trafic réseau
incident-class-malicious-code--infected-system = Code malveillant : infection d'un système
incident-class-fraud--masquerade = Fraude : usurpation de l'identité d'une personne ou d'une organisation de confiance
incident-class-fraud--phishing = Fraude : hameçonnage (faux messages ou faux sites web destinés à obtenir des mots de passe ou des données)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Piratage : application web
attack-vector-hacking--backdoor-or-c2 = Piratage : porte dérobée ou canal de commande à distance (C2)
attack-vector-hacking--desktop-sharing = Piratage : bureau à distance ou partage d'écran
attack-vector-hacking--vpn = Piratage : accès VPN
attack-vector-hacking--partner = Piratage : par l'accès d'un partenaire (fournisseur ou prestataire de services)
attack-vector-hacking--command-shell = Piratage : interpréteur de commandes (shell)
attack-vector-malware--email-attachment = Logiciel malveillant : pièce jointe à un courriel
attack-vector-malware--email-link = Logiciel malveillant : lien dans un courriel
attack-vector-malware--web-download = Logiciel malveillant : téléchargement depuis un site web
attack-vector-malware--software-update = Logiciel malveillant : mise à jour logicielle
attack-vector-malware--direct-install = Logiciel malveillant : installé directement par l'attaquant
attack-vector-malware--network-propagation = Logiciel malveillant : propagation par le réseau
attack-vector-social--email = Ingénierie sociale : courriel
attack-vector-social--phone = Ingénierie sociale : appel téléphonique
attack-vector-social--in-person = Ingénierie sociale : en personne
attack-vector-social--website = Ingénierie sociale : site web
attack-vector-social--sms = Ingénierie sociale : SMS
attack-vector-misuse--lan-access = Abus par une personne interne : accès depuis le réseau interne
attack-vector-misuse--physical-access = Abus par une personne interne : accès physique
attack-vector-misuse--remote-access = Abus par une personne interne : accès à distance
attack-vector-misuse--non-corporate = Abus par une personne interne : en dehors des systèmes de l'entreprise (messagerie, appareils ou réseaux privés)
attack-vector-unknown = Inconnu ou pas encore connu

## Categories: actor types

actor-type-competitor = Concurrent
actor-type-nation-state = Acteur étatique (un gouvernement étranger ou ses services)
actor-type-organised-crime = Criminalité organisée
actor-type-insider = Personne interne (salarié ou prestataire actuel)
actor-type-former-employee = Ancien salarié
actor-type-unknown = Inconnu

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript est activé : votre navigateur chiffre votre signalement et vos pièces jointes pour les destinataires choisis avant tout envoi. Le serveur ne reçoit que des données chiffrées.
js-status-checking = Vérification du formulaire et des clés des examinateurs…
js-status-encrypting = Chiffrement de votre signalement et de vos pièces jointes dans ce navigateur…
js-status-proof-of-work = Préparation de l'envoi (un bref calcul qui protège le canal contre les envois automatisés de spam)…
js-status-sending = Envoi du signalement chiffré…
js-error-keyring = Les clés des examinateurs n'ont pas pu être vérifiées : le trousseau n'est pas signé par la clé dont l'empreinte figure sur cette page. Rien n'a été envoyé. N'envoyez pas votre signalement depuis cette page ; contactez l'EUIPO ou Europol par l'intermédiaire de leurs sites web officiels.
js-error-network = Le signalement n'a pas pu être envoyé, car la connexion a échoué. Rien n'a été enregistré. Vérifiez votre connexion et réessayez.
js-error-crypto = Votre navigateur n'a pas pu chiffrer le signalement ; rien n'a donc été envoyé. Réessayez, ou désactivez JavaScript pour envoyer le formulaire sans celui-ci.
js-error-file = Un fichier joint n'a pas pu être lu. Vérifiez qu'il existe toujours, joignez-le à nouveau et réessayez.
js-error-kept = Vos réponses et vos fichiers joints se trouvent toujours dans le formulaire.
js-retry = Réessayer
js-print = Imprimer le code de récépissé

## Reviewer console (/console/)

console-name = Console d'examen
console-nav-inbox = Boîte de réception
console-logout = Se déconnecter
console-logout-everywhere = Se déconnecter partout
console-go-to-login = Aller à la page de connexion
console-refused-heading = Demande refusée
console-login-heading = Connexion à la console d'examen
console-login-submit = Se connecter
console-field-name = Nom
console-field-password = Mot de passe
console-field-code = Code de votre application d'authentification
console-field-code-hint = Le code à 6 chiffres qu'affiche actuellement votre application d'authentification. Chaque code ne fonctionne qu'une seule fois.
console-notice-expired = Votre session a expiré. Veuillez vous reconnecter.
console-notice-logged-out = Vous êtes déconnecté.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nom, mot de passe ou code incorrect. Veuillez réessayer ; après de nombreux échecs, attendez une minute avant la tentative suivante.
console-error-csrf = Ce formulaire n'a pas pu être accepté, car son jeton de sécurité est absent, erroné ou provient d'une autre session. Rien n'a été modifié. Rechargez la page et réessayez.
error-cross-site = Ce formulaire a été envoyé depuis un autre site web ; il a donc été refusé et rien n'a été modifié. Ouvrez la page sur ce site et envoyez le formulaire depuis celle-ci.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Page { $page } sur { $pages }
error-method-not-allowed = Cette adresse n'accepte pas ce type de requête.
error-headers-too-large = La requête contenait trop de données d'en-tête et a été refusée. Supprimez les cookies de ce site, puis réessayez.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Un champ de texte est trop long : la limite est de { $limit } par champ. Raccourcissez le texte et envoyez-le à nouveau.
followup-unsent-label = Votre réponse (non envoyée)
followup-unsent-hint = Elle n'a pas été envoyée, car le reçu n'a pas été reconnu. Copiez-la, reconnectez-vous avec votre reçu et envoyez-la depuis votre conversation.
console-enrol-heading = Configurer votre compte d'examinateur
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Bienvenue, { $name } ({ $body }). Choisissez un mot de passe de connexion et configurez l'application de codes. Ce lien ne fonctionne qu'une seule fois.
console-enrol-password-heading = 1. Mot de passe de connexion
console-field-new-password = Nouveau mot de passe
console-field-confirm-password = Confirmation du mot de passe
# { $min } is a number of characters.
console-enrol-password-hint = Au moins { $min } caractères. Une phrase secrète de plusieurs mots est plus facile à retenir.
console-enrol-totp-heading = 2. Application d'authentification
console-enrol-totp-scan = Scannez ce code QR avec votre application d'authentification (codes temporels, TOTP).
console-enrol-totp-secret = Si vous ne pouvez pas le scanner, saisissez plutôt cette clé dans l'application :
console-enrol-code-hint = Pour terminer, saisissez le code à 6 chiffres qu'affiche maintenant l'application.
console-enrol-submit = Terminer la configuration
console-enrol-done = Votre compte est prêt. Vous pouvez maintenant vous connecter avec votre nom, votre mot de passe et un code de votre application d'authentification.
console-enrol-fingerprint = L'empreinte de votre clé est { $fingerprint }. Votre clé n'est utilisée qu'après que l'opérateur l'a ajoutée au trousseau : l'opérateur vous demandera de lui lire cette empreinte par téléphone ou en personne, et n'ajoutera votre clé que si elle correspond.
console-error-enrol-link = Ce lien d'inscription n'est pas valide : il a déjà été utilisé, il a expiré ou il a été mal saisi. Demandez un nouveau lien à l'opérateur.
console-error-password-short = Le mot de passe est trop court : utilisez au moins { $min } caractères.
console-error-password-mismatch = Les deux mots de passe ne sont pas identiques. Saisissez le même mot de passe dans les deux champs.
console-error-enrol-code = Le code n'est pas correct. Vérifiez que l'application a été configurée avec la clé ci-dessus et que l'horloge de votre appareil est à l'heure, puis saisissez le code qu'elle affiche maintenant.
console-inbox-heading = Boîte de réception
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body } : { $count ->
    [0] aucun signalement n'est adressé à votre organisme.
    [one] un signalement est adressé à votre organisme.
   *[other] { $count } signalements sont adressés à votre organisme.
}
console-inbox-empty = Aucun signalement n'a encore été adressé à votre organisme.
console-inbox-col-report = Signalement
console-inbox-col-received = Reçu (jour)
console-inbox-col-status = Statut
console-inbox-col-sealed-by = Chiffré par
console-status-new = Nouveau
console-status-acknowledged = Réception confirmée
console-status-in-review = En cours d'examen
console-status-information-requested = Informations demandées
console-status-referred = Transmis
console-status-closed = Clôturé
console-sealed-by-browser = Le navigateur de l'auteur du signalement
console-sealed-by-server = Le serveur (envoi sans JavaScript : garantie plus faible)
console-inbox-col-deadline = Prochaine échéance (directive 2019/1937)
console-inbox-col-action = Modifier le statut
console-deadline-acknowledgement = Accusé de réception à envoyer au plus tard le { $day }
console-deadline-feedback = Retour d'informations à fournir au plus tard le { $day }
console-deadline-overdue = En retard
console-deadline-due-soon = Échéance proche
console-deadline-none = Aucune (clôturé)
console-deadline-counts = Échéances : { $overdue } en retard, { $soon } dans les 2 jours.
console-status-change-label = Nouveau statut
console-status-change-submit = Modifier
console-status-final = Clôturé : aucune autre modification possible
console-transition-refused-heading = Changement de statut refusé
console-error-transition = Un signalement ne peut pas passer de « { $from } » à « { $to } ». Rien n'a été modifié. Choisissez l'un des statuts proposés dans la boîte de réception.
console-back-to-inbox = Retour à la boîte de réception

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Clé de lecture des signalements
console-enrol-needs-js = Un navigateur avec JavaScript est nécessaire pour lire les signalements : votre clé personnelle de lecture est créée et verrouillée dans votre navigateur, jamais sur le serveur. Activez JavaScript ou utilisez un autre navigateur pour terminer la configuration de votre compte.
console-enrol-key-explain = Votre navigateur crée maintenant votre clé personnelle de lecture des signalements et la verrouille au moyen d'une phrase secrète de déverrouillage. Choisissez une phrase secrète différente de votre mot de passe de connexion. Elle ne quitte jamais ce navigateur : si vous l'oubliez, l'opérateur devra configurer une nouvelle clé pour vous.
console-field-unlock-passphrase = Phrase secrète de déverrouillage
console-field-unlock-passphrase-confirm = Confirmation de la phrase secrète de déverrouillage
console-enrol-unlock-hint = Au moins { $min } caractères, et pas votre mot de passe de connexion.
console-error-unlock-short = La phrase secrète de déverrouillage est trop courte : utilisez au moins { $min } caractères.
console-error-unlock-mismatch = Les deux phrases secrètes de déverrouillage ne sont pas identiques. Saisissez la même phrase secrète dans les deux champs.
console-error-unlock-same = La phrase secrète de déverrouillage doit être différente de votre mot de passe de connexion : le mot de passe de connexion est envoyé au serveur, la phrase secrète de déverrouillage ne l'est jamais.
console-enrol-key-working = Création et verrouillage de votre clé. Cela prend quelques secondes…
console-error-key-failed = Votre navigateur n'a pas pu créer la clé. Rechargez la page et réessayez.
console-error-enrol-key = Un navigateur avec JavaScript est nécessaire pour lire les signalements, et ce formulaire est arrivé sans la clé que crée votre navigateur. Activez JavaScript, rechargez la page et réessayez.

## Reviewer console: reading a report
console-report-heading = Signalement
console-report-bodies = Envoyé à
console-report-needs-js = Un navigateur avec JavaScript est nécessaire pour lire les signalements : le signalement est déchiffré dans votre navigateur avec votre clé, jamais sur le serveur.
console-report-no-key = Votre compte ne dispose d'aucune clé de lecture des signalements. Demandez un nouveau lien d'inscription à l'opérateur.
console-unlock-heading = Déverrouiller votre clé
console-unlock-hint = Votre phrase secrète de déverrouillage n'est utilisée que sur cette page et n'est jamais envoyée. Vous devrez la saisir à nouveau si vous ouvrez une autre page.
console-unlock-submit = Déverrouiller et ouvrir le signalement
console-unlock-working = Déverrouillage de votre clé et ouverture du signalement…
console-error-unlock-wrong = La phrase secrète de déverrouillage n'est pas correcte. Rien n'a été ouvert. Réessayez.
console-error-open-failed = Ce signalement ne peut pas être ouvert avec votre clé. Il a peut-être été envoyé avant l'ajout de votre clé au trousseau ; un collègue qui peut le lire peut vous en donner l'accès.
console-error-keyring = Les clés des examinateurs n'ont pas pu être vérifiées : le trousseau n'est pas signé par la clé dont l'empreinte a été indiquée au démarrage de ce serveur. Rien n'a été envoyé.
console-error-keyring-rollback = Ce trousseau est plus ancien (numéro de série inférieur) qu'un trousseau que ce navigateur a déjà vu avec la même clé de signature : il peut s'agir d'un ancien trousseau remis en place pour utiliser une clé retirée. Rien n'a été ouvert ni envoyé. Prévenez l'opérateur.
console-error-network = La connexion a échoué. Rien n'a été envoyé. Vérifiez votre connexion et réessayez.
console-report-fields-heading = Informations transmises par l'auteur du signalement
console-report-field-member-state = État membre
console-report-field-sector = Secteur
console-report-field-incident-class = Type d'incident
console-report-field-attack-vector = Vecteur d'attaque
console-report-field-actor-type = Auteur présumé
console-report-field-incident-month = Mois du début du vol
console-report-field-detection-month = Mois de la découverte du vol
console-report-field-loss-eur = Perte estimée
console-report-field-jobs-at-risk = Emplois menacés
console-report-field-what-taken = Ce qui a été dérobé
console-report-field-narrative = Ce qui s'est passé
console-report-field-contact = Contact
console-report-field-organisation-id = Numéro de TVA ou LEI
console-report-empty = (non renseigné)
console-report-attachments-heading = Pièces jointes
console-report-attachments-none = Aucune pièce jointe.
console-attachment-save = Déchiffrer et enregistrer
console-attachment-working = Déchiffrement…
console-error-attachment = La pièce jointe n'a pas pu être déchiffrée : elle est endommagée ou incomplète. Rien n'a été enregistré.
console-thread-heading = Échanges avec l'auteur du signalement
console-thread-empty = Aucun message pour le moment.
console-thread-from-reporter = L'auteur du signalement
console-thread-from-reviewer = Examinateur
console-thread-note = Note interne
console-thread-unreadable = (ce message ne peut pas être ouvert avec votre clé)
envelope-mismatch = Cette enveloppe appartient à un autre signalement ou est d’un autre type ; elle n’est pas affichée.
conversation-from-signed = De { $name } (signature vérifiée)
conversation-from-channel = Avis automatique du canal de signalement
message-bad-signature = Ce message n’est pas affiché : il se présente comme venant d’un examinateur, mais sa signature manque ou ne correspond à aucune clé d’examinateur du trousseau signé. Il pourrait être falsifié ; n’y donnez pas suite.
console-ack-heading = Accuser réception du signalement
console-ack-label = Accusé de réception destiné à l'auteur du signalement
console-ack-default = Nous vous remercions de votre signalement. Nous l'avons bien reçu et allons l'examiner. Si nous avons des questions, vous les trouverez ici.
console-ack-submit = Accuser réception et envoyer
console-message-heading = Message à l'auteur du signalement
console-message-label = Votre message
console-message-hint = Chiffré dans votre navigateur pour l'auteur du signalement et les examinateurs de ce signalement. L'auteur du signalement le lit avec son code de récépissé.
console-message-submit = Envoyer à l'auteur du signalement
console-note-heading = Note interne
console-note-label = Votre note
console-note-hint = Chiffrée dans votre navigateur uniquement pour les examinateurs de votre organisation. L'auteur du signalement ne la voit jamais.
console-note-submit = Ajouter la note
console-error-message-empty = Rédigez d'abord un message (20 000 caractères au maximum).
console-sending = Chiffrement et envoi…
console-sent = Envoyé.
console-grants-heading = Accès pour les collègues
console-grants-hint = Les collègues de votre organisation dont les clés ont été ajoutées au trousseau après l'arrivée de ce signalement ne peuvent pas le lire. Votre navigateur peut leur en donner l'accès en chiffrant la clé du signalement pour leur propre clé.
console-grants-none = Tous les examinateurs de votre organisation figurant dans le trousseau peuvent lire ce signalement.
console-grant-submit = Donner l'accès
console-grant-done = Accès donné.
console-error-grant-exists = Ce collègue peut déjà lire ce signalement.
console-classify-heading = Classification validée pour les statistiques
console-classify-hint = Corrigez les champs structurés, ou marquez le signalement comme doublon ou hors champ. Votre navigateur chiffre l'enregistrement corrigé uniquement pour le service d'anonymisation ; il remplace l'enregistrement de l'auteur du signalement dans les statistiques. Le récit et les coordonnées n'en font jamais partie.
console-classify-status = Validité du signalement
console-classify-valid = Valide
console-classify-duplicate = Doublon d'un autre signalement
console-classify-out-of-scope = Hors champ
console-classify-submit = Enregistrer la classification validée
console-classify-done = La classification validée a été chiffrée et enregistrée.
console-error-classify = Vérifiez la classification : le mois doit être compris entre 1990 et le trimestre de réception du signalement, et la perte et le nombre d'emplois doivent être des nombres entiers dans les limites prévues. Rien n'a été enregistré.
console-error-classify-unsigned = La classification ne peut pas être signée : votre clé de signature n’est pas encore dans le trousseau signé. Rien n’a été enregistré ; demandez à l’opérateur d’ajouter votre clé.
console-export-heading = Export pour l'EC3 et les CSIRT
console-export-hint = Votre navigateur crée le fichier à partir du signalement déchiffré : la classification, ce qui a été dérobé et le récit, jamais les coordonnées de l'auteur du signalement ni l'identifiant de son organisation. Chaque export est consigné dans le journal d'audit.
console-export-tlp = Marquage TLP (Traffic Light Protocol)
console-export-stix = Exporter un bundle STIX 2.1
console-export-misp = Exporter un événement MISP
console-export-done = L'export a été consigné et enregistré.

## Data portal (/portal/) and data API

portal-name = Statistiques sur les vols de secrets d'affaires – portail de données
portal-nav-releases = Publications
portal-nav-tokens = Jetons d'API
portal-refused-heading = Opération non effectuée
portal-enrol-heading = Configurer votre compte du portail
portal-error-enrol-link = Ce lien d'inscription n'est pas valide : il a déjà été utilisé, il a expiré ou il a été mal saisi. Demandez-en un nouveau à l'opérateur.
portal-enrol-lead = Compte { $name } pour les autorités nationales ({ $country }). Choisissez un mot de passe et configurez votre application d'authentification.
portal-enrol-submit = Terminer la configuration
portal-enrol-done = Votre compte est prêt. Connectez-vous avec votre nom, votre mot de passe et un code de votre application d'authentification.
portal-login-heading = Connexion au portail de données
portal-releases-heading = Publications
portal-releases-lead = Connecté en tant que { $name } ({ $country }). Chaque publication contient les statistiques de l'UE d'un trimestre, protégées par confidentialité différentielle.
portal-releases-none = Aucune publication n'a encore eu lieu.
portal-releases-caption = Publications disponibles, trimestre le plus récent en premier
portal-col-period = Trimestre
portal-col-date = Publiée le
portal-col-epsilon = Budget de confidentialité consommé (ε)
portal-col-status = Statut
portal-col-release = Publication
portal-status-published = Publiée
portal-release-heading = Statistiques pour { $period }
portal-release-intervals-hint = Chaque barre indique la valeur publiée ; le trait qui la traverse représente l'intervalle à 95 %, tracé à partir de zéro lorsqu'il descend sous zéro. Sous chaque graphique, un tableau reprend ses valeurs.
portal-summary-reports = Signalements dans l'UE
portal-summary-truncated = Signalements écartés (plus de k par organisation)
portal-summary-loss = Pertes estimées dans l'UE
portal-chart-quarter = Signalements par trimestre
portal-chart-quarter-note = Le trimestre de cette publication est mis en évidence.
portal-chart-state-quarter = Signalements dans votre État membre par trimestre
portal-chart-series = { $category } : signalements par trimestre
portal-chart-series-note = Le secteur ou le vecteur d'attaque le plus signalé dans cette publication ; l'API de données fournit tous les secteurs et vecteurs d'attaque par trimestre.
portal-chart-sector = Signalements par secteur (NACE)
portal-chart-attack-vector = Signalements par vecteur d'attaque
portal-chart-member-state = Signalements par État membre
portal-chart-yours = (mis en évidence)
portal-chart-highlight = Mis en évidence et marqué : { $country }.
portal-chart-desc = Diagramme à barres horizontales comportant { $count ->
        [one] { $count } catégorie
       *[other] { $count } catégories
    }, chacune avec son intervalle à 95 %. Valeur la plus élevée : { $top }, { $value }. Le tableau sous le graphique contient toutes les valeurs.
portal-chart-show-table = Afficher les valeurs sous forme de tableau
portal-chart-table-caption = { $chart } : valeurs publiées et intervalles à 95 %
portal-col-category = Catégorie
portal-col-value = Valeur publiée
portal-col-interval = Intervalle à 95 %
portal-method-heading = Comment ces chiffres ont été établis
portal-method-promise = Les chiffres sont différentiellement confidentiels. L'unité protégée est l'ensemble des signalements d'une organisation dans le trimestre : qu'elle ait signalé ou non, et quoi, chaque chiffre publié serait presque aussi probable. « Presque » est fixé par le budget de confidentialité ε = { $epsilon } de cette diffusion : aucun résultat ne devient plus de { $factor } fois plus probable à cause des signalements d'une organisation dans ce trimestre. Les diffusions d'une année civile dépensent ensemble au plus ε = { $year_cap } ; sur un an, le facteur est donc au plus { $year_factor } ; sur plusieurs années, les facteurs se multiplient.
portal-method-unit = Une organisation est reconnue au numéro de TVA ou au LEI qu'elle a donné (écrit sous une forme standard et transformé en un pseudonyme que seul l'anonymiseur peut calculer) ; au plus { $k } de ses signalements comptent par trimestre. Elle n'est reconnue que par cet identifiant : une organisation qui donne un numéro de TVA dans un signalement et un LEI dans un autre, ou dont les filiales signalent séparément, compte pour plusieurs. Un signalement sans identifiant est protégé isolément : une organisation qui envoie plusieurs signalements sans identifiant est protégée pour chacun, non pour l'ensemble.
portal-method-truncation = Environ { $dropped } signalements (environ { $share } % du total) ont été écartés parce que leur organisation a signalé plus de { $k } fois dans le trimestre. Ce nombre est lui-même bruité et compte au plus { $k } par organisation ; le nombre réel est plus élevé. Les signalements retenus ont été choisis au hasard, non selon leur contenu.
portal-method-noise = Un bruit aléatoire a été ajouté à chaque cellule de chaque tableau, y compris aux cellules égales à zéro ; aucune cellule n'est masquée en raison de sa petite valeur. Un petit chiffre peut donc n'être que du bruit.
portal-method-intervals = Les intervalles à 95 % indiquent de combien le bruit a pu déplacer un chiffre : ils contiennent la valeur mesurée dans au moins environ 95 cas sur 100. La valeur mesurée est celle des signalements retenus, chaque perte étant plafonnée ; les signalements écartés et la part des pertes au-dessus du plafond n'y figurent pas, de sorte que les chiffres et leurs intervalles sont inférieurs à ce qui a été reçu. Les intervalles sont calculés à partir du niveau de bruit public, non des signalements, et ne descendent jamais sous zéro.
portal-method-consistency = Les chiffres des États membres s'additionnent pour donner ceux de l'UE, et chaque tableau donne le même total. Les chiffres sont des nombres entiers, jamais négatifs, chacun à environ une unité près de l'estimation sans biais (davantage seulement là où des estimations voisines étaient sous zéro) ; le total d'un État membre et la somme de ses secteurs peuvent différer du fait du bruit. Les mesures bruitées brutes figurent aussi dans les fichiers CSV.
portal-method-losses = Chaque perte estimée est prise en compte jusqu'à { $bound } euros ; les pertes supérieures sont comptées pour ce montant.
portal-method-budget = Ce trimestre a consommé ε { $quarter } sur sa limite de { $quarter_cap } ; l'année { $year } a consommé ε { $year_spent } sur { $year_cap }. Les statistiques d'un trimestre ne sont jamais recalculées avec un budget plus élevé.
portal-method-opendp = Calculé avec OpenDP { $version }. Les fonctions utilisées ici relèvent de sa partie « contrib », que l'équipe d'OpenDP n'a pas encore vérifiée ; le fichier de méthodologie indique, pour chaque tableau, le mécanisme, l'échelle du bruit et le budget.
portal-downloads-heading = Téléchargements
portal-download-archive = L'ensemble de la publication en une seule archive ({ $name }), avec sommes de contrôle et signature
portal-verify-heading = Vérifier un fichier reçu
portal-verify-text = L'archive contient SHA256SUMS, la somme de contrôle de chaque fichier, et SHA256SUMS.sig, une signature de ce fichier par la clé de publication. Toute personne peut vérifier une copie reçue d'un tiers : enregistrez keyring.json et keyring.sig de ce site dans un dossier et exécutez la commande ci-dessous. Elle ne fait confiance au trousseau que s'il est signé par la clé dont l'EUIPO et Europol publient l'empreinte, et en tire la clé de publication (indiquée ci-dessous).
portal-verify-key = Clé de publication :
portal-verify-fingerprint = Empreinte :
portal-tokens-heading = Jetons d'API
portal-tokens-lead = Un jeton permet à un programme de lire les publications au moyen de l'API de données (lecture seule). Attribuez à chaque programme son propre jeton, afin de pouvoir en révoquer un sans interrompre les autres.
portal-token-new-heading = Créer un jeton
portal-token-name = Nom
portal-token-name-hint = L'usage du jeton, par exemple « import nocturne ».
portal-token-create = Créer le jeton
portal-token-created = Votre nouveau jeton figure ci-dessous. Copiez-le maintenant : il n'est affiché que cette fois-ci et ne pourra plus être consulté.
portal-token-use = Envoyez-le avec chaque requête sous la forme suivante :
portal-tokens-list-heading = Vos jetons
portal-tokens-none = Vous n'avez encore aucun jeton.
portal-token-created-on = Créé le
portal-token-last-used = Dernière utilisation le
portal-token-state = Statut
portal-token-revoke = Révoquer
portal-token-revoked-on = Révoqué le { $day }
portal-token-revoked = Le jeton est révoqué : il ne fonctionne plus.
portal-error-token-name = Donnez au jeton un nom de { $max } caractères au maximum.
error-unauthorized = Un jeton d'API valide est nécessaire : envoyez « Authorization: Bearer » avec un jeton créé sur le portail et qui n'a pas été révoqué.

# console triage
console-triage-heading = De quoi traitent les signalements
console-triage-hint = Déverrouillez votre clé pour voir de quoi traite chaque signalement et pour les rechercher, les filtrer et les trier. Les signalements sont déchiffrés dans ce navigateur ; ni eux ni vos recherches ne sont envoyés au serveur.
console-triage-search = Rechercher dans le texte des signalements
console-triage-all = Tous
console-triage-sort = Ordre
console-triage-sort-newest = Les plus récents d’abord
console-triage-sort-oldest = Les plus anciens d’abord
console-triage-sort-deadline = L’échéance la plus proche d’abord
console-triage-reset = Effacer la recherche et les filtres
console-triage-col-summary = Signalement (première ligne du récit)
console-triage-col-language = Langue
console-triage-col-attachments = Pièces jointes
console-triage-count = Signalements trouvés : { $shown } sur { $total }
console-triage-page = Page { $page } sur { $pages }
console-triage-pages = Pages de la liste
console-triage-previous = Page précédente
console-triage-next = Page suivante
console-triage-none = Aucun signalement ne correspond à la recherche et aux filtres.
console-triage-working = Déchiffrement des signalements…
console-triage-unreadable = Ce signalement ne peut pas être ouvert avec votre clé.
error-summary-entry = { $field } : { $message }
error-field-recipients = Destinataires
error-field-actor-type = Auteur présumé
error-field-loss-eur = Perte estimée
error-field-jobs-at-risk = Emplois menacés
error-field-attachments = Pièces jointes
error-field-contact = Contact
error-field-organisation-id = Numéro de TVA ou LEI
error-field-consent = Confirmation
console-nav-figures = Chiffres
console-figures-heading = Chiffres pour la direction
console-figures-lead = { $body } : uniquement des nombres et des durées, calculés à partir des jours que le serveur enregistre. Rien du contenu des signalements.
console-figures-csv = Télécharger en CSV
console-figures-received = Signalements reçus par mois
console-figures-month = Mois
console-figures-count = Signalements
console-figures-timing = Délai d’accusé de réception et de retour d’information
console-figures-step = Étape
console-figures-done = Faites
console-figures-median = Médiane (jours)
console-figures-p90 = 90e centile (jours)
console-figures-within = Dans le délai
console-figures-within-value = { $within } sur { $decided } ({ $percent } %)
console-figures-ack = Accusé de réception (dans les 7 jours suivant la réception)
console-figures-feedback = Retour d’information (dans les 3 mois suivant l’accusé de réception)
console-figures-open = Dossiers ouverts par statut
console-figures-definitions = Le retour d’information est le premier jour après l’accusé de réception où un examinateur a écrit à l’auteur du signalement, ou le jour de la clôture du dossier, selon ce qui survient en premier. Médiane et centile par la méthode du rang le plus proche. Les proportions comptent les étapes faites et celles en retard ; les dossiers encore dans les délais ne sont pas encore comptés.
console-assign-heading = Attribution
console-assign-label = Attribué à
console-assign-nobody = Personne
console-assign-submit = Attribuer
console-triage-assigned-me = Qui me sont attribués
console-triage-unassigned = Non attribués

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Le message ne peut pas être signé : votre clé de signature n’est pas encore dans le trousseau signé. Rien n’a été envoyé ; demandez à l’opérateur d’ajouter votre clé.
console-casefile-heading = Dossier à transmettre
console-casefile-hint = Créé dans votre navigateur à partir du signalement ouvert ; rien n’en est envoyé au serveur. Le journal d’audit ne consigne que l’export lui-même : son format, les parties incluses et le nombre de termes masqués.
console-casefile-parts = Parties à inclure
console-casefile-part-fields = Champs du signalement
console-casefile-part-conversation = Échanges
console-casefile-part-attachments = Pièces jointes avec leur SHA-256
console-casefile-part-classification = Classification
console-casefile-redact-contact = Masquer les coordonnées de l’auteur du signalement et l’identifiant de son organisation
console-casefile-terms = Noms et mots à masquer
console-casefile-terms-hint = Un par ligne. Chacun est remplacé par la marque de masquage partout dans le dossier, quelle que soit la casse.
console-casefile-download = Télécharger le dossier (HTML)
console-casefile-print = Imprimer ou enregistrer en PDF
console-casefile-working = Préparation du dossier : déchiffrement des pièces jointes…
console-casefile-done = L’export du dossier a été consigné.
console-casefile-no-parts = Choisissez au moins une partie à inclure.
console-casefile-title = Dossier du signalement
console-casefile-prepared = Établi le
console-casefile-marker = [MASQUÉ]
console-casefile-redactions = Masquages
console-casefile-redacted-contact = Les coordonnées de l’auteur du signalement et l’identifiant de son organisation
console-casefile-redacted-terms = Termes marqués par l’examinateur
console-casefile-verified = signature vérifiée
# --- indicators ---
report-section-indicators = Indicateurs techniques (facultatif)
report-indicators-lead = Si vous disposez de traces techniques de l'attaque, indiquez-les ici, une valeur par ligne. Les examinateurs peuvent les transmettre aux CSIRT pour bloquer les attaquants.
field-indicator-ip = Adresses ou plages IP
hint-indicator-ip = IPv4 ou IPv6, ou une plage CIDR : 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Noms de domaine
hint-indicator-domain = Par exemple files.example.com ; les noms internationaux sous leur forme xn--.
field-indicator-url = Adresses web (URL)
hint-indicator-url = L'adresse complète, commençant par https:// ou un autre schéma.
field-indicator-email = Adresses électroniques
hint-indicator-email = Par exemple l'expéditeur d'un message d'hameçonnage.
field-indicator-hash = Empreintes de fichiers
hint-indicator-hash = MD5, SHA-1 ou SHA-256, en hexadécimal.
field-indicator-file-name = Noms de fichiers
hint-indicator-file-name = Le nom seul, sans le dossier : facture.pdf.exe.
field-indicator-observations = Autres observations techniques
hint-indicator-observations = Tout ce qui peut aider : outils, comptes, heures.
error-indicator-ip = La ligne { $line } n'est pas une adresse IP ni une plage CIDR.
error-indicator-domain = La ligne { $line } n'est pas un nom de domaine.
error-indicator-url = La ligne { $line } n'est pas une adresse web complète (comme https://example.com/chemin).
error-indicator-email = La ligne { $line } n'est pas une adresse électronique.
error-indicator-hash = La ligne { $line } n'est pas une empreinte MD5, SHA-1 ou SHA-256.
error-indicator-file-name = La ligne { $line } n'est pas un nom de fichier (sans dossier, 255 caractères au plus).
error-indicator-count = Saisissez au plus { $max } valeurs dans ce champ.
console-indicators-heading = Indicateurs techniques
console-taxii-heading = Envoyer vers une collection TAXII 2.1
console-taxii-hint = Le paquet STIX 2.1, avec le niveau TLP choisi ci-dessus, part de ce navigateur directement vers le serveur TAXII de votre organisme ; l'adresse et les identifiants ne sont pas conservés.
console-taxii-url = Adresse de la collection (se terminant par /collections/<id>/)
console-taxii-user = Nom d'utilisateur
console-taxii-password = Mot de passe
console-taxii-push = Envoyer vers TAXII
console-taxii-done = Le paquet a été ajouté à la collection TAXII.
console-taxii-failed = Le serveur TAXII a refusé le paquet ou est injoignable. Vérifiez l'adresse et les identifiants, et que le serveur autorise l'origine de cette console (CORS).
# --- tags and referral ---
console-tags-heading = Étiquettes
console-tags-hint = Les étiquettes viennent de la liste fixe de votre organisme, tenue par l'opérateur. Leurs noms sont visibles par qui exploite le serveur : utilisez-les comme repères, jamais pour le contenu d'un dossier.
console-tags-none = Aucune étiquette sur ce signalement.
console-tags-field = Étiquette
console-tags-add = Ajouter l'étiquette
console-tags-remove = Retirer l'étiquette
console-error-tag-unknown = Cette étiquette ne figure pas dans la liste de votre organisme. Rien n'a été modifié.
console-refer-heading = Transmettre à { $body }
console-refer-hint = La clé du signalement est scellée dans votre navigateur pour les clés de { $body } du trousseau vérifié. { $body } voit alors le signalement dans sa boîte de réception, avec ses propres délais comptés à partir d'aujourd'hui.
console-refer-note = Note pour { $body } (facultative)
console-refer-note-hint = Scellée pour les deux organismes comme une note interne ; jamais montrée à l'auteur du signalement.
console-refer-tell = Informer l'auteur du signalement dans la conversation
console-refer-message = Message à l'auteur du signalement
console-refer-message-default = Votre signalement a été transmis à { $body }, qui le traitera également.
console-refer-submit = Transmettre le signalement
console-refer-done = Le signalement a été transmis.
console-referrals-heading = Transmissions
console-referral-line = Transmis de { $from } à { $to } par { $who } le { $day }.
console-referral-note = Note :
console-triage-referred-from = Transmis par { $body }
console-error-referral-same = Un signalement ne peut être transmis qu'à l'autre organisme.
console-error-referral-exists = { $body } a déjà ce signalement ; il n'a pas été transmis une seconde fois.
console-error-referral-slots = Les clés scellées ne correspondent pas exactement aux clés de { $body } dans le trousseau. Rien n'a été transmis.
# --- security keys (WebAuthn) ---
account-nav-keys = Clés de sécurité
account-keys-heading = Clés de sécurité
account-keys-lead = Une clé de sécurité, ou une clé d'accès sur votre téléphone ou votre ordinateur, peut remplacer le code d'authentification à la connexion, et elle ne peut pas être hameçonnée. Vous pouvez en ajouter plusieurs.
account-keys-totp-allowed = Votre compte peut aussi se connecter avec un code d'authentification.
account-keys-totp-forbidden = Votre compte se connecte uniquement avec une clé de sécurité : les codes d'authentification sont refusés.
account-keys-list-heading = Vos clés
account-keys-none = Aucune clé de sécurité ajoutée pour l'instant.
account-key-name = Nom de la clé
account-key-name-hint = Par exemple « clé bleue », pour la reconnaître dans cette liste.
account-key-added-on = Ajoutée le
account-key-last-used = Dernière utilisation
account-key-actions = Actions
account-key-remove = Supprimer
account-key-new-heading = Ajouter une clé de sécurité
account-key-add = Ajouter la clé de sécurité
account-key-touch = Suivez les indications de votre navigateur et touchez votre clé de sécurité.
account-key-failed = La clé de sécurité n'a pas répondu, ou la demande a été annulée. Réessayez.
account-key-needs-js = L'ajout d'une clé de sécurité nécessite JavaScript dans ce navigateur.
account-key-unavailable = Les clés de sécurité ne peuvent pas être utilisées à l'adresse de ce serveur. Adressez-vous à l'opérateur.
account-key-added = La clé de sécurité a été ajoutée.
account-key-removed = La clé de sécurité a été supprimée.
account-key-last = C'est votre dernière clé de sécurité et votre compte ne peut pas utiliser de codes d'authentification : ajoutez une autre clé avant de supprimer celle-ci.
account-key-expired = La demande a pris trop de temps. Réessayez.
account-key-invalid = La réponse de la clé de sécurité n'a pas été acceptée. Réessayez.
account-key-duplicate = Cette clé de sécurité a déjà été ajoutée.
account-key-too-many = Vous avez atteint le nombre maximal de clés de sécurité. Supprimez-en une d'abord.
account-error-key-name = Donnez à la clé un nom de 1 à { $max } caractères.
account-key-signin-heading = Utilisez votre clé de sécurité
account-key-signin-lead = Votre mot de passe est correct. Confirmez la connexion avec votre clé de sécurité.
account-key-signin-submit = Utiliser ma clé de sécurité
account-key-signin-needs-js = Une clé de sécurité nécessite JavaScript dans ce navigateur.
account-key-signin-back = Se connecter plutôt avec un code d'authentification
account-field-code-key-hint = Si vous utilisez une clé de sécurité, laissez le code vide : vous utiliserez la clé ensuite.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notifications
console-notify-lead = Un récapitulatif qui ne contient que des nombres : nouveaux signalements, nouveaux messages des auteurs, échéances proches et dépassées. Il ne contient jamais le contenu, l’identifiant ou le titre d’un signalement.
console-notify-email = Adresse électronique
console-notify-email-hint = Le récapitulatif est envoyé à cette adresse. Laissez vide pour ne pas recevoir de courriel.
console-notify-webhook = URL du webhook
console-notify-webhook-hint = Les mêmes nombres y sont envoyés en JSON (HTTP POST). L’adresse doit commencer par https://. Laissez vide pour aucun.
console-notify-frequency = Fréquence
console-notify-off = Jamais
console-notify-daily = Chaque jour
console-notify-weekly = Chaque semaine
console-notify-send-empty = Envoyer le récapitulatif même quand rien ne s’est passé
console-notify-send-empty-hint = Un récapitulatif arrive alors à chaque fois : son arrivée ne révèle rien sur de nouveaux signalements.
console-notify-language = Langue du récapitulatif
console-notify-save = Enregistrer
console-notify-saved = Vos paramètres de notification ont été enregistrés.
console-notify-error-email = Adresse électronique : saisissez une adresse complète, par exemple nom@example.eu.
console-notify-error-webhook = URL du webhook : saisissez une adresse complète, par exemple https://hooks.example.eu/digest, sans nom d’utilisateur, mot de passe ni #.
console-notify-error-https = URL du webhook : l’adresse doit commencer par https:// (http:// uniquement vers cette machine).
console-notify-error-destination = Adresse électronique : saisissez une adresse électronique ou une URL de webhook, ou choisissez « Jamais ».
notify-mail-subject = Canal de signalement : votre récapitulatif
notify-mail-intro = Récapitulatif pour { $body }, du { $from } au { $through }. Des nombres uniquement : connectez-vous à la console pour voir les signalements.
notify-mail-new-reports = Nouveaux signalements : { $count }
notify-mail-new-replies = Nouveaux messages des auteurs de signalements : { $count }
notify-mail-ack-due = Accusés de réception dus dans les 2 jours : { $count }
notify-mail-feedback-due = Retours d’information dus dans les 14 jours : { $count }
notify-mail-ack-overdue = Accusés de réception en retard : { $count }
notify-mail-feedback-overdue = Retours d’information en retard : { $count }
notify-mail-nothing = Rien de nouveau et rien à échéance.
notify-mail-footer = Vous recevez ce récapitulatif parce que vous l’avez demandé dans la console (Notifications). Vous pouvez le modifier ou l’arrêter à cet endroit.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Réception confirmée le
conversation-acknowledgement-due = Accusé de réception au plus tard le
conversation-feedback-due = Retour d’information au plus tard le
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Signalements liés
console-related-hint = Rapprochés par des empreintes à clé des indicateurs et de l’identifiant de l’organisation, calculées dans votre navigateur : le serveur ne voit jamais un indicateur. Seuls les signalements que votre organisme peut ouvrir sont listés.
console-related-none = Aucun autre signalement de votre organisme ne partage d’indicateur avec celui-ci.
console-related-report = Signalement { $report }
console-related-shares = indicateurs en commun : { $count }
console-related-incident = peut-être le même incident (même identifiant d’organisation)
console-related-refused = La clé de corrélation proposée par le serveur n’est pas celle que nomme le trousseau signé : elle n’a pas été utilisée et rien n’a été envoyé.
console-related-confirm = Confirmer ce signalement comme doublon
console-related-unavailable = La corrélation n’est pas encore disponible : aucune clé de corrélation n’a été scellée pour votre entrée du trousseau.
