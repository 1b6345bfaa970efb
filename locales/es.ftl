### Español. Los mismos identificadores y { $variables } que en.ftl (comprobado por `cargo test -p i18n`).
### Véase i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Español
language-switch-label = Idioma
language-switch-button = Cambiar de idioma

## Page chrome

site-name = Canal de denuncia de robos de secretos comerciales
skip-to-content = Ir al contenido principal
nav-label = Menú principal
nav-home = Inicio
nav-report = Denunciar un robo
nav-follow-up = Seguimiento de una denuncia
footer-privacy-notice = Declaración de privacidad
footer-recipients = Las denuncias se envían a la EUIPO y al Centro Europeo de Ciberdelincuencia (EC3) de Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } de { $month ->
        [1] enero
        [2] febrero
        [3] marzo
        [4] abril
        [5] mayo
        [6] junio
        [7] julio
        [8] agosto
        [9] septiembre
        [10] octubre
        [11] noviembre
       *[12] diciembre
    } de { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Denunciar el robo de secretos comerciales mediante ciberataques
page-title-report = Presentar una denuncia
page-title-follow-up = Seguimiento de su denuncia
page-title-privacy = Declaración de privacidad

## Reporter landing page

home-heading = Denuncie el robo de secretos comerciales en un ciberataque
home-intro = Si los secretos comerciales de su empresa han sido robados en un ciberataque, puede denunciarlo aquí, de forma voluntaria y confidencial, ante la EUIPO (la Oficina de Propiedad Intelectual de la Unión Europea) y el Centro Europeo de Ciberdelincuencia (EC3) de Europol.
home-point-recipients = Usted decide quién recibe su denuncia: la EUIPO, el EC3 de Europol o ambos.
home-point-encrypted = Su denuncia se cifra de modo que solo los revisores de los organismos que usted elija puedan leerla. Este sitio web nunca la almacena de forma legible.
home-point-anonymous = Puede presentar una denuncia sin indicar su nombre ni el de su empresa.
home-point-receipt = Al enviar la denuncia, recibirá un código de recibo. Guárdelo en un lugar seguro: lo necesitará para leer las preguntas de los revisores y responderlas, y si lo pierde no podrá sustituirse.
home-point-statistics = Las respuestas que elija en listas (como el sector y el tipo de ataque) también alimentan estadísticas a escala de la UE. Se les añade ruido aleatorio para que ninguna empresa pueda ser identificada.
home-no-javascript = El formulario también funciona con JavaScript desactivado (por ejemplo, en el modo más seguro del Navegador Tor). En ese caso, su denuncia la cifra el servidor en cuanto llega, y no su navegador, lo que ofrece una protección algo menor.
home-start-button = Iniciar una denuncia
home-follow-up-heading = ¿Ya ha enviado una denuncia?
home-follow-up-text = Utilice su código de recibo para leer los mensajes de los revisores y responderles.
home-follow-up-button = Acceder con su código de recibo

## Form: common parts

form-optional = (opcional)
form-choose = Elija…
# Read by screen readers before each field error.
form-error-prefix = Error:
recipient-euipo = EUIPO (Oficina de Propiedad Intelectual de la Unión Europea)
recipient-ec3 = EC3 de Europol (Centro Europeo de Ciberdelincuencia)

## Errors: whole pages

error-page-title = Se ha producido un error
error-bad-request = No se ha podido interpretar la solicitud. Vuelva atrás e inténtelo de nuevo.
error-not-found = Esta página no existe. Compruebe la dirección o vuelva a empezar desde la página de inicio.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = Lo que ha enviado es demasiado grande: el límite es de { $limit }. Elimine o reduzca los archivos adjuntos e inténtelo de nuevo.
error-csrf = Por su seguridad, este formulario ha caducado y no se ha guardado nada. Vuelva a cargar la página y envíe el formulario de nuevo.
error-form-used = Este formulario ya se ha enviado: su denuncia se recibió una vez, con el código de recibo que se mostró entonces. Para enviar otra denuncia, abra un formulario nuevo.
error-rate-limited = Demasiados intentos en poco tiempo. Espere unos minutos e inténtelo de nuevo.
error-server = Se ha producido un error por nuestra parte y no se ha guardado nada. Inténtelo de nuevo más tarde.
error-unavailable = El servicio no está disponible temporalmente. Inténtelo de nuevo más tarde.
error-unavailable-title = No disponible temporalmente
error-database-unavailable = En este momento no podemos guardar ni leer denuncias, por lo que no se ha guardado nada. Espere un minuto y vuelva a enviar el formulario.

## Errors: form fields

error-required = Este campo es obligatorio.
error-unknown-choice = Elija una de las opciones de la lista.
error-month-format = Indique un mes con el formato YYYY-MM, por ejemplo 2026-03.
error-month-future = El mes no puede ser posterior al actual.
error-month-too-early = El mes no puede ser anterior a { $year }.
error-detection-before-incident = El mes en que se descubrió el robo no puede ser anterior al mes en que comenzó.
error-number-format = Indique un número entero, por ejemplo 250000.
# { $max } is an amount in euros.
error-loss-too-large = El importe no puede superar los { $max } euros.
error-jobs-too-large = El número de puestos de trabajo no puede superar { $max }.
error-too-long =
    { $max ->
        [one] El texto es demasiado largo: utilice como máximo { $max } carácter.
       *[other] El texto es demasiado largo: utilice como máximo { $max } caracteres.
    }
error-organisation-id = Indique un número de IVA (por ejemplo, DK12345678) o un código LEI (20 letras y cifras), o deje el campo vacío.
error-recipients = Elija al menos un destinatario: la EUIPO, el EC3 de Europol o ambos.
error-consent = Marque la casilla de confirmación antes de enviar la denuncia.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] El formulario contiene { $count } error. Corríjalo y vuelva a enviar el formulario.
       *[other] El formulario contiene { $count } errores. Corríjalos y vuelva a enviar el formulario.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Huella digital del anillo de claves (compárela con la que publican la EUIPO y Europol):
error-go-back = Utilice el botón «Atrás» de su navegador para volver al formulario; lo que escribió normalmente sigue ahí.
# { $limit } is a number of files.
error-too-many-files = Demasiados archivos: el número máximo de archivos adjuntos es { $limit }. Elimine algunos e inténtelo de nuevo.

## Page titles (intake)

page-title-confirmation = Denuncia recibida
page-title-conversation = Su denuncia

## Landing page: what the server sees

home-server-heading = Qué puede ver y qué no puede ver este sitio web
home-server-cannot = No puede leer su denuncia, sus archivos adjuntos ni sus mensajes: se cifran para los revisores antes de almacenarse, y solo los revisores tienen las claves para abrirlos.
home-server-can = Ve que se envió una denuncia un día determinado, a qué organismo y cuál es su tamaño aproximado. Nunca registra su dirección IP, su navegador ni la hora exacta.
home-fingerprint-heading = Compruebe que se encuentra en el canal auténtico
home-fingerprint-text = Las denuncias se cifran para las claves de un anillo de claves firmado con la clave fuera de línea del canal. Su huella digital figura a continuación; la EUIPO y Europol publican la misma huella digital en sus propios sitios web.
home-tor-heading = Denunciar de forma anónima
home-tor-text = Para obtener el máximo anonimato, utilice el Navegador Tor, no inicie sesión en ningún otro servicio al mismo tiempo y elimine los nombres y metadatos (autor, empresa, GPS) de los archivos antes de adjuntarlos.

## Report form

report-heading = Denunciar un robo de secretos comerciales
report-lead = Los campos marcados como opcionales pueden dejarse vacíos. Todo lo que escriba, así como sus archivos adjuntos, se cifra para los destinatarios que elija.
report-guarantee-server = Sin JavaScript, el servidor cifra su denuncia en memoria en el momento en que llega y nunca la almacena de forma legible. Con JavaScript activado, es su propio navegador el que la cifra antes de enviarla.
report-files-dropped = Por su seguridad, los archivos adjuntos no se conservan cuando el formulario se devuelve con errores. Vuelva a adjuntarlos.
report-section-classification = Sobre el incidente
report-section-when = Cuándo ocurrió
report-section-impact = Consecuencias
report-section-account = Qué ocurrió
report-section-optional = Datos opcionales
report-submit = Cifrar y enviar la denuncia
field-recipients = ¿Quién debe recibir la denuncia?
hint-recipients = Elija uno o ambos. Solo los revisores de los organismos que elija podrán leer la denuncia.
field-member-state = Estado miembro en el que está establecida su empresa
hint-member-state = Se utiliza para las estadísticas de la UE por país.
field-sector = Sector de su empresa
hint-sector = La sección de la NACE de su actividad principal.
field-incident-class = Tipo de incidente
hint-incident-class = Elija la opción que mejor se ajuste; los revisores pueden corregirla.
field-attack-vector = Cómo entraron los atacantes
hint-attack-vector = Elija «Desconocido» si aún no lo sabe.
field-actor-type = ¿Quién cree que está detrás?
hint-actor-type = Su mejor estimación; «Desconocido» es una respuesta válida.
field-incident-month = Mes en que comenzó el robo
hint-incident-month = Con el formato YYYY-MM, por ejemplo 2026-03. Basta con una estimación.
field-detection-month = Mes en que se descubrió el robo
hint-detection-month = Con el formato YYYY-MM.
field-loss-eur = Pérdida estimada en euros (opcional)
hint-loss-eur = Un número entero, por ejemplo 250000. Deje el campo vacío si no puede estimarla.
field-jobs-at-risk = Puestos de trabajo en riesgo (opcional)
hint-jobs-at-risk = Cuántos puestos de trabajo pone en riesgo el robo, si puede estimarlo.
field-what-taken = Qué se sustrajo
hint-what-taken = Por ejemplo: código fuente, diseños, listas de clientes, fórmulas, procesos de producción.
field-narrative = Qué ocurrió
hint-narrative = Describa con sus propias palabras el ataque y cómo se descubrió: fechas, sistemas afectados y qué ha hecho desde entonces.
field-attachments = Archivos adjuntos (opcional)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Hasta { $max_files } archivos de { $max_mib } MB como máximo cada uno. Se cifran en cuanto se reciben.
field-contact = ¿Cómo pueden ponerse en contacto con usted los revisores? (opcional)
hint-contact = Deje el campo vacío para permanecer en el anonimato: podrá seguir leyendo y respondiendo mensajes con su código de recibo.
field-organisation-id = Número de IVA o código LEI de la empresa (opcional)
hint-organisation-id = Opcional. Se cifra: los revisores de los organismos elegidos pueden leerlo; nunca se publica. En las estadísticas se convierte en un seudónimo para que su empresa cuente como máximo una vez por trimestre, y las cifras publicadas protegen el conjunto de sus denuncias (por defecto ε = 1 por trimestre, como máximo ε = 4 por año). Sin él, cada denuncia se protege por separado, no todas sus denuncias en conjunto.
field-consent = Confirmo que la información es exacta según mi leal saber y entender y acepto que se trate tal como se describe en la declaración de privacidad.
hint-consent = Puede retirar una denuncia más adelante escribiendo a los revisores con su código de recibo.

## Confirmation

confirmation-heading = Se ha recibido su denuncia
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = Su denuncia se ha cifrado y enviado a: { $recipients }.
confirmation-receipt-heading = Su código de recibo
confirmation-receipt-text = Anote este código o descárguelo ahora. Lo necesitará para leer las preguntas de los revisores y responderlas.
confirmation-receipt-once = Este código solo se muestra una vez. Nadie, ni siquiera los revisores, puede recuperarlo por usted.
confirmation-download = Descargar el recibo como archivo de texto
confirmation-print = También puede imprimir esta página: solo se imprimen el código y estas instrucciones.
confirmation-guarantee-heading = Cómo se ha protegido su denuncia
confirmation-sealed-by-server = Su navegador envió la denuncia sin JavaScript, por lo que el servidor la cifró en memoria al recibirla. Nunca se escribió en disco de forma legible.
confirmation-sealed-by-browser = Su navegador cifró la denuncia antes de enviarla; el servidor nunca la vio de forma legible.
confirmation-next-heading = Próximos pasos
confirmation-next-text = Los revisores acusan recibo de las denuncias en un plazo de 7 días y dan respuesta en un plazo de 3 meses. Vuelva con su código de recibo para leer sus mensajes.
recipients-both = EUIPO y EC3
receipt-file-title = Código de recibo de su denuncia al canal de denuncia de robos de secretos comerciales
receipt-file-keep = Mantenga este código en secreto y guárdelo en un lugar seguro. Utilícelo en la página de seguimiento del canal.

## Follow-up

followup-heading = Seguimiento de su denuncia
followup-lead = Introduzca el código de recibo que obtuvo al enviar su denuncia.
followup-receipt-label = Código de recibo
followup-receipt-hint = 24 letras y cifras, por ejemplo 7KQM-2XPA-…; los guiones y los espacios no importan.
followup-submit = Abrir mi denuncia
followup-wrong-receipt = Ninguna denuncia corresponde a este código de recibo. Compruebe cada carácter e inténtelo de nuevo.

## Conversation

conversation-heading = Su denuncia
conversation-status = Estado
conversation-received = Recibida el
conversation-sealed-by-server = El servidor cifró esta denuncia al recibirla (enviada sin JavaScript).
conversation-messages = Mensajes
conversation-empty = Aún no hay mensajes. Los revisores acusan recibo de las denuncias en un plazo de 7 días.
conversation-from-you = Usted
conversation-from-reviewer = Revisor
conversation-reply-heading = Escribir a los revisores
conversation-reply-label = Su mensaje
conversation-reply-submit = Cifrar y enviar el mensaje
conversation-reply-sent = Su mensaje se ha cifrado y enviado.
conversation-reply-empty = Escriba un mensaje o adjunte un archivo antes de enviar.
status-new = Recibida, aún sin acuse de recibo
status-acknowledged = Acuse de recibo enviado
status-in-review = En examen
status-information-requested = Los revisores le han pedido información
status-referred = Remitida a las autoridades competentes
status-closed = Cerrada

## Privacy notice

privacy-heading = Declaración de privacidad
privacy-controllers = Las denuncias son tratadas por la EUIPO y por Europol (EC3), cada una respecto de las denuncias que se le dirigen, con arreglo al Reglamento (UE) 2018/1725 y al Reglamento (UE) 2016/794, respectivamente.
privacy-what-heading = Qué datos se tratan
privacy-what-text = El contenido de su denuncia, sus archivos adjuntos y sus mensajes se cifran de modo que solo los revisores de los organismos que usted eligió puedan leerlos. El día de recepción de una denuncia, su estado y sus destinatarios se almacenan de forma legible para gestionar los plazos.
privacy-not-heading = Qué no se registra nunca
privacy-not-text = Su dirección IP, su navegador y la hora exacta de sus visitas nunca se almacenan ni se registran. Las páginas de denuncia no instalan cookies.
privacy-statistics-heading = Estadísticas
privacy-statistics-text = Las respuestas elegidas de listas alimentan estadísticas a nivel de la UE, publicadas con privacidad diferencial. Lo que se protege es una empresa bajo el número de IVA o el LEI que indicó: que denunciara en un trimestre, y qué, cambia la probabilidad de cualquier cifra publicada como máximo en un factor e^ε, con los límites publicados en cada publicación (por defecto ε = 1 por trimestre, un factor de 2,7, y ε = 4 por año natural, un factor de 55; a lo largo de varios años los factores se multiplican). Las denuncias sin identificador se protegen una a una, por lo que una empresa que envía varias sin él está menos protegida. Las cifras son estimaciones con ruido, no recuentos exactos.
privacy-retention-heading = Cuánto tiempo se conservan las denuncias
privacy-retention-text = Las denuncias cerradas se suprimen al término del período de conservación fijado por los organismos que las examinan. Las estadísticas ya publicadas no se ven afectadas.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Austria
member-state-BE = Bélgica
member-state-BG = Bulgaria
member-state-HR = Croacia
member-state-CY = Chipre
member-state-CZ = Chequia
member-state-DK = Dinamarca
member-state-EE = Estonia
member-state-FI = Finlandia
member-state-FR = Francia
member-state-DE = Alemania
member-state-EL = Grecia
member-state-HU = Hungría
member-state-IE = Irlanda
member-state-IT = Italia
member-state-LV = Letonia
member-state-LT = Lituania
member-state-LU = Luxemburgo
member-state-MT = Malta
member-state-NL = Países Bajos
member-state-PL = Polonia
member-state-PT = Portugal
member-state-RO = Rumanía
member-state-SK = Eslovaquia
member-state-SI = Eslovenia
member-state-ES = España
member-state-SE = Suecia

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Agricultura, ganadería, silvicultura y pesca
sector-B = Industrias extractivas
sector-C = Industria manufacturera
sector-D = Suministro de energía eléctrica, gas, vapor y aire acondicionado
sector-E = Suministro de agua, actividades de saneamiento, gestión de residuos y descontaminación
sector-F = Construcción
sector-G = Comercio al por mayor y al por menor; reparación de vehículos de motor y motocicletas
sector-H = Transporte y almacenamiento
sector-I = Hostelería
sector-J = Información y comunicaciones
sector-K = Actividades financieras y de seguros
sector-L = Actividades inmobiliarias
sector-M = Actividades profesionales, científicas y técnicas
sector-N = Actividades administrativas y servicios auxiliares
sector-O = Administración pública y defensa; seguridad social obligatoria
sector-P = Educación
sector-Q = Actividades sanitarias y de servicios sociales
sector-R = Actividades artísticas, recreativas y de entretenimiento
sector-S = Otros servicios
sector-T = Actividades de los hogares como empleadores de personal doméstico; actividades de los hogares como productores de bienes y servicios para uso propio
sector-U = Actividades de organizaciones y organismos extraterritoriales

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Seguridad de la información: acceso no autorizado a información
incident-class-information-content-security--unauthorised-information-modification = Seguridad de la información: modificación no autorizada de información
incident-class-information-content-security--data-loss = Seguridad de la información: pérdida de datos
incident-class-information-content-security--leak-confidential-information = Seguridad de la información: fuga de información confidencial
incident-class-intrusions--system-compromise = Intrusión: toma de control de un sistema (servidor u ordenador)
incident-class-intrusions--application-compromise = Intrusión: toma de control de una aplicación
incident-class-intrusions--privileged-account-compromise = Intrusión: toma de control de una cuenta de administrador
incident-class-intrusions--unprivileged-account-compromise = Intrusión: toma de control de una cuenta de usuario ordinaria
incident-class-intrusions--burglary = Intrusión: entrada física forzada en las instalaciones
incident-class-information-gathering--social-engineering = Obtención de información: se manipuló a personas para que facilitaran información (ingeniería social)
incident-class-information-gathering--sniffing = Obtención de información: interceptación del tráfico de red
incident-class-malicious-code--infected-system = Código malicioso: infección de un sistema
incident-class-fraud--masquerade = Fraude: alguien se hizo pasar por una persona u organización de confianza
incident-class-fraud--phishing = Fraude: phishing (mensajes o sitios web falsos para obtener contraseñas o datos)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Hacking: aplicación web
attack-vector-hacking--backdoor-or-c2 = Hacking: puerta trasera o canal de control remoto (C2)
attack-vector-hacking--desktop-sharing = Hacking: escritorio remoto o pantalla compartida
attack-vector-hacking--vpn = Hacking: acceso por VPN
attack-vector-hacking--partner = Hacking: a través del acceso de un socio (proveedor o prestador de servicios)
attack-vector-hacking--command-shell = Hacking: intérprete de comandos (shell)
attack-vector-malware--email-attachment = Malware: archivo adjunto de correo electrónico
attack-vector-malware--email-link = Malware: enlace en un correo electrónico
attack-vector-malware--web-download = Malware: descarga desde un sitio web
attack-vector-malware--software-update = Malware: actualización de software
attack-vector-malware--direct-install = Malware: instalado directamente por el atacante
attack-vector-malware--network-propagation = Malware: propagación a través de la red
attack-vector-social--email = Ingeniería social: correo electrónico
attack-vector-social--phone = Ingeniería social: llamada telefónica
attack-vector-social--in-person = Ingeniería social: en persona
attack-vector-social--website = Ingeniería social: sitio web
attack-vector-social--sms = Ingeniería social: mensaje de texto (SMS)
attack-vector-misuse--lan-access = Uso indebido interno: acceso desde la red interna
attack-vector-misuse--physical-access = Uso indebido interno: acceso físico
attack-vector-misuse--remote-access = Uso indebido interno: acceso remoto
attack-vector-misuse--non-corporate = Uso indebido interno: fuera de los sistemas de la empresa (correo electrónico, dispositivos o redes privados)
attack-vector-unknown = Desconocido o aún no conocido

## Categories: actor types

actor-type-competitor = Competidor
actor-type-nation-state = Actor estatal (un gobierno extranjero o sus organismos)
actor-type-organised-crime = Delincuencia organizada
actor-type-insider = Persona interna (un empleado o contratista actual)
actor-type-former-employee = Antiguo empleado
actor-type-unknown = Desconocido

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = JavaScript está activado: su navegador cifra su denuncia y sus archivos adjuntos para los destinatarios que elija antes de enviar nada. El servidor solo recibe datos cifrados.
js-status-checking = Comprobando el formulario y las claves de los revisores…
js-status-encrypting = Cifrando su denuncia y sus archivos adjuntos en este navegador…
js-status-proof-of-work = Preparando el envío (un breve cálculo que protege el canal contra el correo no deseado automatizado)…
js-status-sending = Enviando la denuncia cifrada…
js-error-keyring = No se han podido verificar las claves de los revisores: el anillo de claves no está firmado por la clave cuya huella digital se muestra en esta página. No se ha enviado nada. No envíe su denuncia desde esta página; póngase en contacto con la EUIPO o con Europol a través de sus sitios web oficiales.
js-error-network = No se ha podido enviar la denuncia porque ha fallado la conexión. No se ha guardado nada. Compruebe su conexión e inténtelo de nuevo.
js-error-crypto = Su navegador no ha podido cifrar la denuncia, por lo que no se ha enviado nada. Inténtelo de nuevo o desactive JavaScript para enviar el formulario sin él.
js-error-file = No se ha podido leer un archivo adjunto. Compruebe que sigue existiendo, vuelva a adjuntarlo e inténtelo de nuevo.
js-error-kept = Sus respuestas y archivos adjuntos siguen en el formulario.
js-retry = Intentar de nuevo
js-print = Imprimir el código de recibo

## Reviewer console (/console/)

console-name = Consola de revisión
console-nav-inbox = Bandeja de entrada
console-logout = Cerrar sesión
console-logout-everywhere = Cerrar sesión en todos los dispositivos
console-go-to-login = Ir a la página de inicio de sesión
console-refused-heading = Solicitud denegada
console-login-heading = Iniciar sesión en la consola de revisión
console-login-submit = Iniciar sesión
console-field-name = Nombre
console-field-password = Contraseña
console-field-code = Código de su aplicación de autenticación
console-field-code-hint = El código de 6 cifras que muestra ahora su aplicación de autenticación. Cada código solo funciona una vez.
console-notice-expired = Su sesión ha caducado. Vuelva a iniciar sesión.
console-notice-logged-out = Ha cerrado la sesión.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nombre, contraseña o código incorrectos. Inténtelo de nuevo; tras muchos intentos fallidos, espere un minuto antes del siguiente.
console-error-csrf = No se ha podido aceptar este formulario porque su token de seguridad falta, es incorrecto o procede de otra sesión. No se ha modificado nada. Vuelva a cargar la página e inténtelo de nuevo.
error-cross-site = Este formulario se envió desde otro sitio web, por lo que se ha rechazado y no se ha cambiado nada. Abra la página en este sitio y envíe el formulario desde allí.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Páginas
pager-previous = Página anterior
pager-next = Página siguiente
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Página { $page } de { $pages }
error-method-not-allowed = Esta dirección no acepta este tipo de solicitud.
error-headers-too-large = La solicitud contenía demasiados datos de cabecera y se ha rechazado. Borre las cookies de este sitio e inténtelo de nuevo.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Un campo de texto es demasiado largo: el límite es de { $limit } por campo. Acorte el texto y envíelo de nuevo.
followup-unsent-label = Su respuesta (no enviada)
followup-unsent-hint = No se envió porque no se reconoció el justificante. Cópiela, vuelva a entrar con su justificante y envíela desde su conversación.
console-enrol-heading = Configurar su cuenta de revisor
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Le damos la bienvenida, { $name } ({ $body }). Elija una contraseña de inicio de sesión y configure la aplicación de códigos. Este enlace solo funciona una vez.
console-enrol-password-heading = 1. Contraseña de inicio de sesión
console-field-new-password = Nueva contraseña
console-field-confirm-password = Repita la contraseña
# { $min } is a number of characters.
console-enrol-password-hint = Al menos { $min } caracteres. Una frase de contraseña de varias palabras es lo más fácil de recordar.
console-enrol-totp-heading = 2. Aplicación de autenticación
console-enrol-totp-scan = Escanee este código QR con su aplicación de autenticación (códigos basados en el tiempo, TOTP).
console-enrol-totp-secret = Si no puede escanearlo, introduzca en su lugar esta clave en la aplicación:
console-enrol-code-hint = Para terminar, introduzca el código de 6 cifras que muestra ahora la aplicación.
console-enrol-submit = Terminar la configuración
console-enrol-done = Su cuenta está lista. Ya puede iniciar sesión con su nombre, su contraseña y un código de su aplicación de autenticación.
console-enrol-fingerprint = La huella de su clave es { $fingerprint }. Su clave solo se usa después de que el operador la añada al llavero: el operador le pedirá que le lea esta huella por teléfono o en persona, y solo añadirá su clave si coincide.
console-error-enrol-link = Este enlace de registro no es válido: ya se ha utilizado, ha caducado o se ha escrito mal. Pida un nuevo enlace al operador.
console-error-password-short = La contraseña es demasiado corta: utilice al menos { $min } caracteres.
console-error-password-mismatch = Las dos contraseñas no coinciden. Escriba la misma contraseña en ambos campos.
console-error-enrol-code = El código no es correcto. Compruebe que la aplicación se configuró con la clave indicada arriba y que el reloj de su dispositivo está en hora, e introduzca el código que muestra ahora.
console-inbox-heading = Bandeja de entrada
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
console-inbox-lead = { $name }, { $body }: { $count ->
    [one] hay una denuncia dirigida a su organismo.
   *[other] hay { $count } denuncias dirigidas a su organismo.
}
console-inbox-empty = Todavía no se ha dirigido ninguna denuncia a su organismo.
console-inbox-col-report = Denuncia
console-inbox-col-received = Recibida (día)
console-inbox-col-status = Estado
console-inbox-col-sealed-by = Cifrada por
console-status-new = Nueva
console-status-acknowledged = Acuse de recibo enviado
console-status-in-review = En examen
console-status-information-requested = Información solicitada
console-status-referred = Remitida
console-status-closed = Cerrada
console-sealed-by-browser = El navegador del denunciante
console-sealed-by-server = El servidor (enviada sin JavaScript: garantía más débil)
console-inbox-col-deadline = Próximo plazo (Directiva 2019/1937)
console-inbox-col-action = Cambiar el estado
console-deadline-acknowledgement = Acuse de recibo a más tardar el { $day }
console-deadline-feedback = Respuesta a más tardar el { $day }
console-deadline-overdue = Plazo vencido
console-deadline-due-soon = Vence pronto
console-deadline-none = Ninguno (cerrada)
console-deadline-counts = Plazos: { $overdue } vencidos, { $soon } vencen en 2 días.
console-status-change-label = Nuevo estado
console-status-change-submit = Cambiar
console-status-final = Cerrada: no admite más cambios
console-transition-refused-heading = Cambio de estado denegado
console-error-transition = Una denuncia no puede pasar de «{ $from }» a «{ $to }». No se ha modificado nada. Elija uno de los estados que se ofrecen en la bandeja de entrada.
console-back-to-inbox = Volver a la bandeja de entrada

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Clave para leer denuncias
console-enrol-needs-js = Para leer denuncias se necesita un navegador con JavaScript: su clave personal para leerlas se genera y se bloquea en su navegador, nunca en el servidor. Active JavaScript o utilice otro navegador para terminar de configurar su cuenta.
console-enrol-key-explain = Su navegador genera ahora su clave personal para leer denuncias y la bloquea con una frase de desbloqueo. Elija una frase distinta de su contraseña de inicio de sesión. Esa frase nunca sale de este navegador: si la olvida, el operador tendrá que configurarle una nueva clave.
console-field-unlock-passphrase = Frase de desbloqueo
console-field-unlock-passphrase-confirm = Repita la frase de desbloqueo
console-enrol-unlock-hint = Al menos { $min } caracteres, y distinta de su contraseña de inicio de sesión.
console-error-unlock-short = La frase de desbloqueo es demasiado corta: utilice al menos { $min } caracteres.
console-error-unlock-mismatch = Las dos frases de desbloqueo no coinciden. Escriba la misma frase en ambos campos.
console-error-unlock-same = La frase de desbloqueo debe ser distinta de su contraseña de inicio de sesión: la contraseña se envía al servidor; la frase de desbloqueo, nunca.
console-enrol-key-working = Generando y bloqueando su clave. Esto tarda unos segundos…
console-error-key-failed = Su navegador no ha podido generar la clave. Vuelva a cargar la página e inténtelo de nuevo.
console-error-enrol-key = Para leer denuncias se necesita un navegador con JavaScript, y este formulario ha llegado sin la clave que genera su navegador. Active JavaScript, vuelva a cargar la página e inténtelo de nuevo.

## Reviewer console: reading a report
console-report-heading = Denuncia
console-report-bodies = Enviada a
console-report-needs-js = Para leer denuncias se necesita un navegador con JavaScript: la denuncia se descifra en su navegador con su clave, nunca en el servidor.
console-report-no-key = Su cuenta no tiene ninguna clave para leer denuncias. Pida al operador un nuevo enlace de registro.
console-unlock-heading = Desbloquear su clave
console-unlock-hint = Su frase de desbloqueo solo se utiliza en esta página y nunca se envía. Tendrá que volver a introducirla cuando abra otra página.
console-unlock-submit = Desbloquear y abrir la denuncia
console-unlock-working = Desbloqueando su clave y abriendo la denuncia…
console-error-unlock-wrong = La frase de desbloqueo no es correcta. No se ha abierto nada. Inténtelo de nuevo.
console-error-open-failed = Esta denuncia no puede abrirse con su clave. Es posible que se enviara antes de que su clave se añadiera al anillo de claves; un colega que pueda leerla puede darle acceso.
console-error-keyring = No se han podido verificar las claves de los revisores: el anillo de claves no está firmado por la clave con cuya huella digital se inició este servidor. No se ha enviado nada.
console-error-keyring-rollback = Este llavero es más antiguo (número de serie menor) que uno que este navegador ya ha visto con la misma clave de firma: puede ser un llavero antiguo repuesto para usar una clave retirada. No se ha abierto ni enviado nada. Avise al operador.
console-error-network = Ha fallado la conexión. No se ha enviado nada. Compruebe su conexión e inténtelo de nuevo.
console-report-fields-heading = Lo que envió el denunciante
console-report-field-member-state = Estado miembro
console-report-field-sector = Sector
console-report-field-incident-class = Tipo de incidente
console-report-field-attack-vector = Vector de ataque
console-report-field-actor-type = Presunto autor
console-report-field-incident-month = Mes en que comenzó el robo
console-report-field-detection-month = Mes en que se descubrió el robo
console-report-field-loss-eur = Pérdida estimada
console-report-field-jobs-at-risk = Puestos de trabajo en riesgo
console-report-field-what-taken = Qué se sustrajo
console-report-field-narrative = Qué ocurrió
console-report-field-contact = Contacto
console-report-field-organisation-id = Número de IVA o código LEI
console-report-empty = (no indicado)
console-report-attachments-heading = Archivos adjuntos
console-report-attachments-none = No hay archivos adjuntos.
console-attachment-save = Descifrar y guardar
console-attachment-working = Descifrando…
console-error-attachment = No se ha podido descifrar el archivo adjunto: está dañado o incompleto. No se ha guardado nada.
console-thread-heading = Conversación con el denunciante
console-thread-empty = Aún no hay mensajes.
console-thread-from-reporter = El denunciante
console-thread-from-reviewer = Revisor
console-thread-note = Nota interna
console-thread-unreadable = (este mensaje no puede abrirse con su clave)
envelope-mismatch = Este sobre pertenece a otra denuncia o es de otro tipo; no se muestra.
conversation-from-signed = De { $name } (firma verificada)
conversation-from-channel = Aviso automático del canal de denuncia
message-bad-signature = Este mensaje no se muestra: dice proceder de un revisor, pero su firma falta o no coincide con ninguna clave de revisor del llavero firmado. Podría estar falsificado; no actúe en consecuencia.
console-ack-heading = Acusar recibo de la denuncia
console-ack-label = Acuse de recibo para el denunciante
console-ack-default = Gracias por su denuncia. La hemos recibido y la examinaremos. Si tenemos preguntas, las encontrará aquí.
console-ack-submit = Acusar recibo y enviar
console-message-heading = Mensaje al denunciante
console-message-label = Su mensaje
console-message-hint = Se cifra en su navegador para el denunciante y los revisores de esta denuncia. El denunciante lo lee con su código de recibo.
console-message-submit = Enviar al denunciante
console-note-heading = Nota interna
console-note-label = Su nota
console-note-hint = Se cifra en su navegador solo para los revisores de su organización. El denunciante nunca la ve.
console-note-submit = Añadir la nota
console-error-message-empty = Escriba primero un mensaje (20 000 caracteres como máximo).
console-sending = Cifrando y enviando…
console-sent = Enviado.
console-grants-heading = Acceso para colegas
console-grants-hint = Los colegas de su organización cuyas claves se añadieron al anillo de claves después de la llegada de esta denuncia no pueden leerla. Su navegador puede darles acceso cifrando la clave de la denuncia para la clave de cada uno de ellos.
console-grants-none = Todos los revisores de su organización que figuran en el anillo de claves pueden leer esta denuncia.
console-grant-submit = Dar acceso
console-grant-done = Acceso concedido.
console-error-grant-exists = Este colega ya puede leer esta denuncia.
console-classify-heading = Clasificación validada para las estadísticas
console-classify-hint = Corrija los campos estructurados o marque la denuncia como duplicada o fuera del ámbito de aplicación. Su navegador cifra el registro corregido exclusivamente para el servicio de anonimización; este registro sustituye al del denunciante en las estadísticas. El relato y los datos de contacto nunca forman parte de él.
console-classify-status = Validez de la denuncia
console-classify-valid = Válida
console-classify-duplicate = Duplicado de otra denuncia
console-classify-out-of-scope = Fuera del ámbito de aplicación
console-classify-submit = Guardar la clasificación validada
console-classify-done = La clasificación validada se ha cifrado y guardado.
console-error-classify = Compruebe la clasificación: el mes debe estar comprendido entre 1990 y el trimestre en que llegó la denuncia, y la pérdida y los puestos de trabajo deben ser números enteros dentro de sus límites. No se ha guardado nada.
console-error-classify-unsigned = No se puede firmar la clasificación: su clave de firma aún no está en el llavero firmado. No se ha guardado nada; pida al operador que añada su clave.
console-export-heading = Exportación para el EC3 y los CSIRT
console-export-hint = Su navegador genera el archivo a partir de la denuncia descifrada: la clasificación, lo que se sustrajo y el relato, nunca los datos de contacto del denunciante ni el identificador de su organización. Cada exportación queda anotada en el registro de auditoría.
console-export-tlp = Marcado TLP (Traffic Light Protocol)
console-export-stix = Exportar paquete STIX 2.1
console-export-misp = Exportar evento MISP
console-export-done = La exportación se ha registrado y guardado.

## Data portal (/portal/) and data API

portal-name = Estadísticas de robos de secretos comerciales – portal de datos
portal-nav-releases = Publicaciones
portal-nav-tokens = Tokens de API
portal-refused-heading = Operación no realizada
portal-enrol-heading = Configurar su cuenta del portal
portal-error-enrol-link = Este enlace de registro no es válido: ya se ha utilizado, ha caducado o se ha escrito mal. Pida uno nuevo al operador.
portal-enrol-lead = Cuenta { $name } para las autoridades nacionales ({ $country }). Elija una contraseña y configure su aplicación de autenticación.
portal-enrol-submit = Terminar la configuración
portal-enrol-done = Su cuenta está lista. Inicie sesión con su nombre, su contraseña y un código de su aplicación de autenticación.
portal-login-heading = Iniciar sesión en el portal de datos
portal-releases-heading = Publicaciones
portal-releases-lead = Ha iniciado sesión como { $name } ({ $country }). Cada publicación contiene las estadísticas de la UE de un trimestre, protegidas con privacidad diferencial.
portal-releases-none = Todavía no se ha publicado nada.
portal-releases-caption = Publicaciones disponibles, empezando por el trimestre más reciente
portal-col-period = Trimestre
portal-col-date = Publicada el
portal-col-epsilon = Presupuesto de privacidad consumido (ε)
portal-col-status = Estado
portal-col-release = Publicación
portal-status-published = Publicada
portal-release-heading = Estadísticas de { $period }
portal-release-intervals-hint = Cada barra muestra el valor publicado; la línea que la cruza muestra el intervalo del 95 %, trazado desde cero cuando queda por debajo de cero. Bajo cada gráfico figura una tabla con sus cifras.
portal-summary-reports = Denuncias en la UE
portal-summary-truncated = Denuncias excluidas (más de k por organización)
portal-summary-loss = Pérdidas estimadas en la UE
portal-chart-quarter = Denuncias por trimestre
portal-chart-quarter-note = El trimestre de esta publicación aparece resaltado.
portal-chart-state-quarter = Denuncias en su Estado miembro por trimestre
portal-chart-series = { $category }: denuncias por trimestre
portal-chart-series-note = El sector o vector de ataque más denunciado en esta publicación; la API de datos ofrece todos los sectores y vectores de ataque por trimestre.
portal-chart-sector = Denuncias por sector (NACE)
portal-chart-attack-vector = Denuncias por vector de ataque
portal-chart-member-state = Denuncias por Estado miembro
portal-chart-yours = (resaltado)
portal-chart-highlight = Resaltado y marcado: { $country }.
portal-chart-desc = Gráfico de barras horizontales con { $count ->
        [one] una categoría
       *[other] { $count } categorías
    }, cada una con su intervalo del 95 %. Valor más alto: { $top }, { $value }. La tabla bajo el gráfico contiene todos los valores.
portal-chart-show-table = Mostrar las cifras en una tabla
portal-chart-table-caption = { $chart }: valores publicados e intervalos del 95 %
portal-col-category = Categoría
portal-col-value = Valor publicado
portal-col-interval = Intervalo del 95 %
portal-method-heading = Cómo se obtuvieron estas cifras
portal-method-promise = Las cifras son diferencialmente privadas. La unidad protegida son las denuncias de una organización en el trimestre: denunciara o no, y lo que denunciara, cada cifra publicada sería casi igual de probable. «Casi» lo fija el presupuesto de privacidad ε = { $epsilon } de esta publicación: ningún resultado se vuelve más de { $factor } veces más probable por las denuncias de una organización en este trimestre. Las publicaciones de un año natural gastan juntas como máximo ε = { $year_cap }, así que en un año el factor es como máximo { $year_factor }; a lo largo de varios años los factores se multiplican.
portal-method-unit = Una organización se reconoce por el número de IVA o el LEI que indicó (escrito en una forma normalizada y convertido en un seudónimo que solo el anonimizador puede calcular); cuentan como máximo { $k } de sus denuncias por trimestre. Solo se reconoce por ese identificador: una organización que indica un número de IVA en una denuncia y un LEI en otra, o cuyas filiales denuncian por separado, cuenta como varias. Una denuncia sin identificador se protege por sí sola: una organización que envía varias denuncias sin él está protegida por cada denuncia, no por todas juntas.
portal-method-truncation = Alrededor de { $dropped } denuncias (alrededor del { $share } % del total) se dejaron fuera porque su organización denunció más de { $k } veces en el trimestre. Este número tiene ruido y cuenta como máximo { $k } por organización; el número real es mayor. Qué denuncias se conservaron se decidió al azar, no por su contenido.
portal-method-noise = Se añadió ruido aleatorio a cada celda de cada tabla, incluidas las celdas con valor cero; ninguna celda se oculta por ser pequeña. Por tanto, una cifra pequeña puede deberse únicamente al ruido.
portal-method-intervals = Los intervalos del 95 % indican cuánto puede haber movido el ruido una cifra: contienen el valor medido en al menos unos 95 de cada 100 casos. El valor medido es el de las denuncias conservadas, con cada pérdida limitada al tope; las denuncias excluidas y la parte de las pérdidas por encima del tope no están incluidas, por lo que las cifras y sus intervalos son inferiores a lo recibido. Los intervalos se calculan a partir del nivel de ruido público, no de las denuncias, y nunca bajan de cero.
portal-method-consistency = Las cifras de los Estados miembros suman las de la UE y todas las tablas suman el mismo total. Son números enteros, nunca negativos, cada uno a aproximadamente una unidad de la estimación insesgada (más solo donde estimaciones vecinas quedaron por debajo de cero); el total de un Estado miembro y la suma de sus sectores pueden diferir por el ruido. Las mediciones brutas con ruido están también en los archivos CSV.
portal-method-losses = Cada pérdida estimada cuenta hasta { $bound } euros; las pérdidas mayores cuentan por ese importe.
portal-method-budget = Este trimestre ha consumido ε { $quarter } de su límite de { $quarter_cap }; el año { $year } ha consumido ε { $year_spent } de { $year_cap }. Las estadísticas de un trimestre nunca se vuelven a calcular con más presupuesto.
portal-method-opendp = Calculado con OpenDP { $version }. Las funciones utilizadas aquí pertenecen a su área «contrib», que el equipo de OpenDP aún no ha verificado; el archivo de metodología indica para cada tabla el mecanismo, la escala de ruido y el presupuesto.
portal-downloads-heading = Descargas
portal-download-archive = La publicación completa en un único archivo comprimido ({ $name }), con sumas de comprobación y firma
portal-verify-heading = Verificar un archivo recibido
portal-verify-text = El archivo comprimido contiene SHA256SUMS, la suma de comprobación de cada archivo, y SHA256SUMS.sig, una firma de este con la clave de publicación. Cualquier persona puede verificar una copia recibida de un tercero: guarde keyring.json y keyring.sig de este sitio en una carpeta y ejecute el comando siguiente. Solo confía en el llavero si está firmado con la clave cuya huella publican la EUIPO y Europol, y toma de él la clave de publicación (que figura a continuación).
portal-verify-key = Clave de publicación:
portal-verify-fingerprint = Huella digital:
portal-tokens-heading = Tokens de API
portal-tokens-lead = Un token permite a un programa leer las publicaciones a través de la API de datos (solo lectura). Asigne a cada programa su propio token, para poder revocar uno sin detener los demás.
portal-token-new-heading = Crear un token
portal-token-name = Nombre
portal-token-name-hint = Para qué sirve el token, por ejemplo «importación nocturna».
portal-token-create = Crear el token
portal-token-created = Su nuevo token figura a continuación. Cópielo ahora: solo se muestra esta vez y no podrá volver a verse.
portal-token-use = Envíelo con cada solicitud de esta forma:
portal-tokens-list-heading = Sus tokens
portal-tokens-none = Todavía no tiene ningún token.
portal-token-created-on = Creado el
portal-token-last-used = Último uso el
portal-token-state = Estado
portal-token-revoke = Revocar
portal-token-revoked-on = Revocado el { $day }
portal-token-revoked = El token está revocado: ya no funciona.
portal-error-token-name = Dé al token un nombre de { $max } caracteres como máximo.
error-unauthorized = Se necesita un token de API válido: envíe «Authorization: Bearer» con un token creado en el portal que no haya sido revocado.

# console triage
console-triage-heading = De qué tratan las denuncias
console-triage-hint = Desbloquee su clave para ver de qué trata cada denuncia y para buscarlas, filtrarlas y ordenarlas. Las denuncias se descifran en este navegador; ni ellas ni sus búsquedas se envían al servidor.
console-triage-search = Buscar en el texto de las denuncias
console-triage-all = Todos
console-triage-sort = Orden
console-triage-sort-newest = Las más recientes primero
console-triage-sort-oldest = Las más antiguas primero
console-triage-sort-deadline = El plazo más próximo primero
console-triage-reset = Borrar la búsqueda y los filtros
console-triage-col-summary = Denuncia (primera línea de la descripción)
console-triage-col-language = Idioma
console-triage-col-attachments = Archivos adjuntos
console-triage-count = Denuncias encontradas: { $shown } de { $total }
console-triage-page = Página { $page } de { $pages }
console-triage-pages = Páginas de la lista
console-triage-previous = Página anterior
console-triage-next = Página siguiente
console-triage-none = Ninguna denuncia coincide con la búsqueda y los filtros.
console-triage-working = Descifrando las denuncias…
console-triage-unreadable = Esta denuncia no se puede abrir con su clave.
error-summary-entry = { $field }: { $message }
error-field-recipients = Destinatarios
error-field-actor-type = Quién estaba detrás
error-field-loss-eur = Pérdida estimada
error-field-jobs-at-risk = Empleos en riesgo
error-field-attachments = Archivos adjuntos
error-field-contact = Contacto
error-field-organisation-id = NIF-IVA o LEI
error-field-consent = Confirmación
console-nav-figures = Cifras
console-figures-heading = Cifras para la dirección
console-figures-lead = { $body }: solo recuentos y duraciones, calculados a partir de los días que registra el servidor. Nada del contenido de las denuncias.
console-figures-csv = Descargar como CSV
console-figures-received = Denuncias recibidas por mes
console-figures-month = Mes
console-figures-count = Denuncias
console-figures-timing = Tiempo hasta el acuse de recibo y hasta la respuesta
console-figures-step = Paso
console-figures-done = Hechos
console-figures-median = Mediana (días)
console-figures-p90 = Percentil 90 (días)
console-figures-within = Dentro del plazo
console-figures-within-value = { $within } de { $decided } ({ $percent } %)
console-figures-ack = Acuse de recibo (en los 7 días siguientes a la recepción)
console-figures-feedback = Respuesta (en los 3 meses siguientes al acuse de recibo)
console-figures-open = Casos abiertos por estado
console-figures-definitions = La respuesta es el primer día después del acuse de recibo en que un revisor escribió al denunciante, o el día en que se cerró el caso, lo que ocurra primero. Mediana y percentil por el método del rango más cercano. Las proporciones cuentan los pasos hechos y los vencidos; los casos aún dentro de plazo no se cuentan todavía.
console-assign-heading = Asignación
console-assign-label = Asignada a
console-assign-nobody = Nadie
console-assign-submit = Asignar
console-triage-assigned-me = Asignadas a mí
console-triage-unassigned = Sin asignar

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = No se puede firmar el mensaje: su clave de firma aún no está en el llavero firmado. No se ha enviado nada; pida al operador que añada su clave.
console-casefile-heading = Expediente para entregar
console-casefile-hint = Se genera en su navegador a partir de la denuncia abierta; nada de él se envía al servidor. El registro de auditoría solo anota la exportación en sí: su formato, las partes incluidas y cuántos términos se han tachado.
console-casefile-parts = Partes que se incluyen
console-casefile-part-fields = Campos de la denuncia
console-casefile-part-conversation = Conversación
console-casefile-part-attachments = Archivos adjuntos con su SHA-256
console-casefile-part-classification = Clasificación
console-casefile-redact-contact = Tachar los datos de contacto del denunciante y el identificador de su organización
console-casefile-terms = Nombres y palabras que se tachan
console-casefile-terms-hint = Uno por línea. Cada uno se sustituye por la marca de tachado en todo el expediente, sin distinguir mayúsculas y minúsculas.
console-casefile-download = Descargar el expediente (HTML)
console-casefile-print = Imprimir o guardar como PDF
console-casefile-working = Preparando el expediente: descifrando los archivos adjuntos…
console-casefile-done = Se ha registrado la exportación del expediente.
console-casefile-no-parts = Elija al menos una parte que incluir.
console-casefile-title = Expediente de la denuncia
console-casefile-prepared = Elaborado el
console-casefile-marker = [TACHADO]
console-casefile-redactions = Tachaduras
console-casefile-redacted-contact = Los datos de contacto del denunciante y el identificador de su organización
console-casefile-redacted-terms = Términos marcados por el revisor
console-casefile-verified = firma verificada
# --- indicators ---
report-section-indicators = Indicadores técnicos (opcional)
report-indicators-lead = Si tiene rastros técnicos del ataque, indíquelos aquí, un valor por línea. Los revisores pueden compartirlos con los CSIRT para bloquear a los atacantes.
field-indicator-ip = Direcciones o rangos IP
hint-indicator-ip = IPv4 o IPv6, o un rango CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Nombres de dominio
hint-indicator-domain = Por ejemplo files.example.com; los nombres internacionales en su forma xn--.
field-indicator-url = Direcciones web (URL)
hint-indicator-url = La dirección completa, que empiece por https:// u otro esquema.
field-indicator-email = Direcciones de correo electrónico
hint-indicator-email = Por ejemplo, el remitente de un mensaje de phishing.
field-indicator-hash = Hashes de archivos
hint-indicator-hash = MD5, SHA-1 o SHA-256, en hexadecimal.
field-indicator-file-name = Nombres de archivo
hint-indicator-file-name = Solo el nombre, sin la carpeta: factura.pdf.exe.
field-indicator-observations = Otras observaciones técnicas
hint-indicator-observations = Cualquier otra cosa que pueda ayudar: herramientas, cuentas, horas.
error-indicator-ip = La línea { $line } no es una dirección IP ni un rango CIDR.
error-indicator-domain = La línea { $line } no es un nombre de dominio.
error-indicator-url = La línea { $line } no es una dirección web completa (como https://example.com/ruta).
error-indicator-email = La línea { $line } no es una dirección de correo electrónico.
error-indicator-hash = La línea { $line } no es un hash MD5, SHA-1 o SHA-256.
error-indicator-file-name = La línea { $line } no es un nombre de archivo (sin carpeta, 255 caracteres como máximo).
error-indicator-count = Introduzca como máximo { $max } valores en este campo.
console-indicators-heading = Indicadores técnicos
console-taxii-heading = Enviar a una colección TAXII 2.1
console-taxii-hint = El paquete STIX 2.1, con el nivel TLP elegido arriba, va desde este navegador directamente al servidor TAXII de su organismo; la dirección y las credenciales no se guardan.
console-taxii-url = Dirección de la colección (termina en /collections/<id>/)
console-taxii-user = Nombre de usuario
console-taxii-password = Contraseña
console-taxii-push = Enviar a TAXII
console-taxii-done = El paquete se ha añadido a la colección TAXII.
console-taxii-failed = El servidor TAXII rechazó el paquete o no se pudo contactar. Compruebe la dirección y las credenciales, y que el servidor admite el origen de esta consola (CORS).
# --- tags and referral ---
console-tags-heading = Etiquetas
console-tags-hint = Las etiquetas proceden de la lista fija de su organismo, que mantiene el operador. Sus nombres son visibles para quien gestiona el servidor: úselas como rótulos, nunca para el contenido del caso.
console-tags-none = Esta denuncia no tiene etiquetas.
console-tags-field = Etiqueta
console-tags-add = Añadir etiqueta
console-tags-remove = Quitar etiqueta
console-error-tag-unknown = Esta etiqueta no está en la lista de su organismo. No se ha cambiado nada.
console-refer-heading = Remitir a { $body }
console-refer-hint = La clave de la denuncia se sella en su navegador para las claves de { $body } del llavero verificado. { $body } verá entonces la denuncia en su bandeja de entrada, con sus propios plazos contados desde hoy.
console-refer-note = Nota para { $body } (opcional)
console-refer-note-hint = Sellada para ambos organismos como una nota interna; nunca se muestra al denunciante.
console-refer-tell = Informar al denunciante en la conversación
console-refer-message = Mensaje al denunciante
console-refer-message-default = Su denuncia se ha remitido a { $body }, que también la tramitará.
console-refer-submit = Remitir la denuncia
console-refer-done = La denuncia se ha remitido.
console-referrals-heading = Remisiones
console-referral-line = Remitida de { $from } a { $to } por { $who } el { $day }.
console-referral-note = Nota:
console-triage-referred-from = Remitida por { $body }
console-error-referral-same = Una denuncia solo puede remitirse al otro organismo.
console-error-referral-exists = { $body } ya tiene esta denuncia; no se ha remitido de nuevo.
console-error-referral-slots = Las claves selladas no corresponden exactamente a las claves de { $body } del llavero. No se ha remitido nada.
# --- security keys (WebAuthn) ---
account-nav-keys = Llaves de seguridad
account-keys-heading = Llaves de seguridad
account-keys-lead = Una llave de seguridad, o una llave de acceso en su teléfono u ordenador, puede sustituir al código de autenticación al iniciar sesión, y no se puede suplantar con phishing. Puede añadir varias.
account-keys-totp-allowed = Su cuenta también puede iniciar sesión con un código de autenticación.
account-keys-totp-forbidden = Su cuenta inicia sesión solo con una llave de seguridad: los códigos de autenticación se rechazan.
account-keys-list-heading = Sus llaves
account-keys-none = Todavía no ha añadido ninguna llave de seguridad.
account-key-name = Nombre de la llave
account-key-name-hint = Por ejemplo, «llave azul», para reconocerla en esta lista.
account-key-added-on = Añadida
account-key-last-used = Último uso
account-key-actions = Acciones
account-key-remove = Eliminar
account-key-new-heading = Añadir una llave de seguridad
account-key-add = Añadir la llave de seguridad
account-key-touch = Siga las indicaciones de su navegador y toque su llave de seguridad.
account-key-failed = La llave de seguridad no respondió o se canceló la solicitud. Inténtelo de nuevo.
account-key-needs-js = Para añadir una llave de seguridad, este navegador necesita JavaScript.
account-key-unavailable = Las llaves de seguridad no pueden usarse en la dirección de este servidor. Consulte al operador.
account-key-added = Se ha añadido la llave de seguridad.
account-key-removed = Se ha eliminado la llave de seguridad.
account-key-last = Es su última llave de seguridad y su cuenta no puede usar códigos de autenticación: añada otra llave antes de eliminar esta.
account-key-expired = La solicitud tardó demasiado. Inténtelo de nuevo.
account-key-invalid = No se aceptó la respuesta de la llave de seguridad. Inténtelo de nuevo.
account-key-duplicate = Esta llave de seguridad ya se había añadido.
account-key-too-many = Tiene el número máximo de llaves de seguridad. Elimine una primero.
account-error-key-name = Dé a la llave un nombre de 1 a { $max } caracteres.
account-key-signin-heading = Use su llave de seguridad
account-key-signin-lead = Su contraseña es correcta. Confirme el inicio de sesión con su llave de seguridad.
account-key-signin-submit = Usar mi llave de seguridad
account-key-signin-needs-js = Una llave de seguridad necesita JavaScript en este navegador.
account-key-signin-back = Iniciar sesión con un código de autenticación
account-field-code-key-hint = Si usa una llave de seguridad, deje el código vacío: usará la llave a continuación.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notificaciones
console-notify-lead = Un resumen solo con cifras: denuncias nuevas, mensajes nuevos de los denunciantes, plazos próximos y vencidos. Nunca contiene el contenido, el identificador ni el título de una denuncia.
console-notify-email = Dirección de correo electrónico
console-notify-email-hint = El resumen se envía a esta dirección. Déjela vacía si no desea correo.
console-notify-webhook = URL del webhook
console-notify-webhook-hint = Las mismas cifras se envían aquí en JSON (HTTP POST). La dirección debe empezar por https://. Déjela vacía si no desea ninguno.
console-notify-frequency = Frecuencia
console-notify-off = Nunca
console-notify-daily = Cada día
console-notify-weekly = Cada semana
console-notify-send-empty = Enviar el resumen aunque no haya pasado nada
console-notify-send-empty-hint = Así llega un resumen cada vez, y su llegada no revela nada sobre denuncias nuevas.
console-notify-language = Idioma del resumen
console-notify-save = Guardar
console-notify-saved = Se ha guardado su configuración de notificaciones.
console-notify-error-email = Dirección de correo electrónico: introduzca una dirección completa, como nombre@example.eu.
console-notify-error-webhook = URL del webhook: introduzca una dirección completa, como https://hooks.example.eu/digest, sin nombre de usuario, contraseña ni #.
console-notify-error-https = URL del webhook: la dirección debe empezar por https:// (http:// solo hacia este equipo).
console-notify-error-destination = Dirección de correo electrónico: introduzca una dirección de correo o una URL de webhook, o elija «Nunca».
notify-mail-subject = Canal de denuncias: su resumen
notify-mail-intro = Resumen para { $body }, del { $from } al { $through }. Solo cifras: inicie sesión en la consola para ver las denuncias.
notify-mail-new-reports = Denuncias nuevas: { $count }
notify-mail-new-replies = Mensajes nuevos de denunciantes: { $count }
notify-mail-ack-due = Acuses de recibo que vencen en 2 días: { $count }
notify-mail-feedback-due = Respuestas que vencen en 14 días: { $count }
notify-mail-ack-overdue = Acuses de recibo vencidos: { $count }
notify-mail-feedback-overdue = Respuestas vencidas: { $count }
notify-mail-nothing = Nada nuevo y nada pendiente.
notify-mail-footer = Recibe este resumen porque lo solicitó en la consola (Notificaciones). Puede cambiarlo o cancelarlo allí.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Acuse de recibo enviado el
conversation-acknowledgement-due = Acuse de recibo a más tardar el
conversation-feedback-due = Respuesta a más tardar el
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Informes relacionados
console-related-hint = Cotejados mediante hashes con clave de los indicadores y del identificador de la organización, calculados en su navegador: el servidor nunca ve un indicador. Solo se muestran informes que su organismo puede abrir.
console-related-none = Ningún otro informe de su organismo comparte un indicador con este.
console-related-report = Informe { $report }
console-related-shares = indicadores en común: { $count }
console-related-incident = posiblemente el mismo incidente (mismo identificador de organización)
console-related-refused = La clave de correlación que ofreció el servidor no es la indicada en el llavero firmado: no se ha utilizado y no se ha enviado nada.
console-related-confirm = Confirmar este informe como duplicado
console-related-unavailable = La correlación aún no está disponible: no se ha sellado ninguna clave de correlación para su entrada del llavero.
