### Português. Os mesmos identificadores e { $variáveis } que en.ftl (verificado por `cargo test -p i18n`).
### Ver i18n/README.md.

## Language

# This language's name in itself, shown in the language switch.
language-name = Português
language-switch-label = Língua
language-switch-button = Mudar de língua

## Page chrome

site-name = Canal de denúncia de furtos de segredos comerciais
skip-to-content = Ir para o conteúdo principal
nav-label = Menu principal
nav-home = Página inicial
nav-report = Denunciar um furto
nav-follow-up = Acompanhar uma denúncia
footer-privacy-notice = Declaração de privacidade
footer-recipients = As denúncias são enviadas ao EUIPO e ao Centro Europeu da Cibercriminalidade (EC3) da Europol.

## Dates

# A calendar day, as dates are written in running text: { $day } (1–31), { $month } (1–12,
# select the month's name in the form a date needs, e.g. the genitive) and { $year }.
date-day = { $day } de { $month ->
        [1] janeiro
        [2] fevereiro
        [3] março
        [4] abril
        [5] maio
        [6] junho
        [7] julho
        [8] agosto
        [9] setembro
        [10] outubro
        [11] novembro
       *[12] dezembro
    } de { $year }

## Page titles

# The <title> of every page: { $page } is one of the page-title-* messages.
page-title-with-site = { $page } – { site-name }
page-title-home = Denunciar o furto de segredos comerciais em ciberataques
page-title-report = Apresentar uma denúncia
page-title-follow-up = Acompanhar a sua denúncia
page-title-privacy = Declaração de privacidade

## Reporter landing page

home-heading = Denuncie o furto de segredos comerciais num ciberataque
home-intro = Se os segredos comerciais da sua empresa foram furtados num ciberataque, pode denunciá-lo aqui, de forma voluntária e confidencial, ao EUIPO (o Instituto da Propriedade Intelectual da União Europeia) e ao Centro Europeu da Cibercriminalidade (EC3) da Europol.
home-point-recipients = Pode escolher quem recebe a sua denúncia: o EUIPO, o EC3 da Europol ou ambos.
home-point-encrypted = A sua denúncia é cifrada de modo a que só os avaliadores dos organismos que escolher a possam ler. Este sítio Web nunca a guarda em forma legível.
home-point-anonymous = Pode apresentar a denúncia sem indicar o seu nome nem o nome da sua empresa.
home-point-receipt = Ao enviar a denúncia, recebe um código de comprovativo. Guarde-o em segurança: precisará dele para ler as perguntas dos avaliadores e responder-lhes, e não pode ser substituído em caso de perda.
home-point-statistics = As respostas que escolher em listas (como o setor e o tipo de ataque) alimentam também estatísticas à escala da UE. É-lhes acrescentado ruído aleatório para que nenhuma empresa possa ser identificada.
home-no-javascript = O formulário também funciona com o JavaScript desativado (por exemplo, no modo mais seguro do Tor Browser). Nesse caso, a sua denúncia é cifrada pelo servidor assim que chega, e não no seu navegador, o que oferece uma proteção ligeiramente menor.
home-start-button = Iniciar uma denúncia
home-follow-up-heading = Já enviou uma denúncia?
home-follow-up-text = Utilize o seu código de comprovativo para ler as mensagens dos avaliadores e responder-lhes.
home-follow-up-button = Aceder com o código de comprovativo

## Form: common parts

form-optional = (facultativo)
form-choose = Escolha…
# Read by screen readers before each field error.
form-error-prefix = Erro:
recipient-euipo = EUIPO (Instituto da Propriedade Intelectual da União Europeia)
recipient-ec3 = EC3 da Europol (Centro Europeu da Cibercriminalidade)

## Errors: whole pages

error-page-title = Ocorreu um erro
error-bad-request = Não foi possível interpretar o pedido. Volte atrás e tente novamente.
error-not-found = Esta página não existe. Verifique o endereço ou recomece a partir da página inicial.
# { $limit } is a size with its unit, for example "25 MB".
error-too-large = O que enviou é demasiado grande: o limite é de { $limit }. Remova ou reduza os anexos e tente novamente.
error-csrf = Por motivos de segurança, este formulário expirou e nada foi guardado. Recarregue a página e envie o formulário novamente.
error-form-used = Este formulário já foi enviado: a sua denúncia foi recebida uma vez, com o código de recibo então apresentado. Para enviar outra denúncia, abra um novo formulário.
error-rate-limited = Demasiadas tentativas num curto espaço de tempo. Aguarde alguns minutos e tente novamente.
error-server = Ocorreu um problema do nosso lado e nada foi guardado. Tente novamente mais tarde.
error-unavailable = O serviço está temporariamente indisponível. Tente novamente mais tarde.
error-unavailable-title = Temporariamente indisponível
error-database-unavailable = De momento, não é possível guardar nem ler denúncias, pelo que nada foi guardado. Aguarde um minuto e envie novamente o formulário.

## Errors: form fields

error-required = Este campo é obrigatório.
error-unknown-choice = Escolha uma das opções da lista.
error-month-format = Indique um mês no formato YYYY-MM, por exemplo 2026-03.
error-month-future = O mês não pode ser posterior ao mês atual.
error-month-too-early = O mês não pode ser anterior a { $year }.
error-detection-before-incident = O mês em que o furto foi descoberto não pode ser anterior ao mês em que começou.
error-number-format = Indique um número inteiro, por exemplo 250000.
# { $max } is an amount in euros.
error-loss-too-large = O montante não pode ser superior a { $max } euros.
error-jobs-too-large = O número de postos de trabalho não pode ser superior a { $max }.
error-too-long =
    { $max ->
        [one] O texto é demasiado longo: utilize no máximo { $max } carácter.
       *[other] O texto é demasiado longo: utilize no máximo { $max } caracteres.
    }
error-organisation-id = Indique um número de IVA (por exemplo, DK12345678) ou um código LEI (20 letras e algarismos), ou deixe o campo em branco.
error-recipients = Escolha pelo menos um destinatário: o EUIPO, o EC3 da Europol ou ambos.
error-consent = Assinale a caixa de confirmação antes de enviar a denúncia.
# Shown above the form when it comes back with errors.
error-form-summary =
    { $count ->
        [one] O formulário contém { $count } erro. Corrija-o e envie novamente o formulário.
       *[other] O formulário contém { $count } erros. Corrija-os e envie novamente o formulário.
    }

## Footer and error pages (added with the intake)

footer-fingerprint = Impressão digital do porta-chaves (compare-a com a publicada pelo EUIPO e pela Europol):
error-go-back = Utilize o botão «Retroceder» do seu navegador para voltar ao formulário; o que escreveu normalmente ainda lá está.
# { $limit } is a number of files.
error-too-many-files = Demasiados ficheiros: o número máximo de anexos é { $limit }. Remova alguns e tente novamente.

## Page titles (intake)

page-title-confirmation = Denúncia recebida
page-title-conversation = A sua denúncia

## Landing page: what the server sees

home-server-heading = O que este sítio Web pode e não pode ver
home-server-cannot = Não pode ler a sua denúncia, os seus anexos nem as suas mensagens: são cifrados para os avaliadores antes de serem guardados, e só os avaliadores têm as chaves para os abrir.
home-server-can = Vê que foi enviada uma denúncia num determinado dia, a que organismo e qual o seu tamanho aproximado. Nunca regista o seu endereço IP, o seu navegador nem a hora exata.
home-fingerprint-heading = Verifique se está no canal autêntico
home-fingerprint-text = As denúncias são cifradas para as chaves de um porta-chaves assinado com a chave offline do canal. A respetiva impressão digital figura abaixo; o EUIPO e a Europol publicam a mesma impressão digital nos seus próprios sítios Web.
home-tor-heading = Denunciar de forma anónima
home-tor-text = Para o máximo anonimato, utilize o Tor Browser, não inicie sessão em nenhum outro serviço ao mesmo tempo e remova nomes e metadados (autor, empresa, GPS) dos ficheiros antes de os anexar.

## Report form

report-heading = Denunciar um furto de segredos comerciais
report-lead = Os campos assinalados como facultativos podem ficar em branco. Tudo o que escrever, bem como os anexos, é cifrado para os destinatários que escolher.
report-guarantee-server = Sem JavaScript, a sua denúncia é cifrada pelo servidor, em memória, no momento em que chega, e nunca é guardada em forma legível. Com o JavaScript ativado, é o seu próprio navegador que a cifra antes do envio.
report-files-dropped = Por motivos de segurança, os ficheiros anexados não são conservados quando o formulário é devolvido com erros. Anexe-os novamente.
report-section-classification = Sobre o incidente
report-section-when = Quando aconteceu
report-section-impact = Impacto
report-section-account = O que aconteceu
report-section-optional = Informações facultativas
report-submit = Cifrar e enviar a denúncia
field-recipients = Quem deve receber a denúncia?
hint-recipients = Escolha um ou ambos. Só os avaliadores dos organismos escolhidos podem ler a denúncia.
field-member-state = Estado-Membro em que a sua empresa está estabelecida
hint-member-state = Utilizado para as estatísticas da UE por país.
field-sector = Setor da sua empresa
hint-sector = A secção da NACE da sua atividade principal.
field-incident-class = Tipo de incidente
hint-incident-class = Escolha o que melhor se aplica; os avaliadores podem corrigi-lo.
field-attack-vector = Como entraram os atacantes
hint-attack-vector = Escolha «Desconhecido» se ainda não souber.
field-actor-type = Quem pensa que está por trás do ataque?
hint-actor-type = A sua melhor avaliação; «Desconhecido» é uma resposta válida.
field-incident-month = Mês em que o furto começou
hint-incident-month = No formato YYYY-MM, por exemplo 2026-03. Basta uma estimativa.
field-detection-month = Mês em que o furto foi descoberto
hint-detection-month = No formato YYYY-MM.
field-loss-eur = Prejuízo estimado em euros (facultativo)
hint-loss-eur = Um número inteiro, por exemplo 250000. Deixe em branco se não o puder estimar.
field-jobs-at-risk = Postos de trabalho em risco (facultativo)
hint-jobs-at-risk = Quantos postos de trabalho o furto põe em risco, se o puder estimar.
field-what-taken = O que foi subtraído
hint-what-taken = Por exemplo: código-fonte, projetos, listas de clientes, fórmulas, processos de produção.
field-narrative = O que aconteceu
hint-narrative = Descreva, por palavras suas, o ataque e a forma como foi descoberto: datas, sistemas afetados, o que fez desde então.
field-attachments = Anexos (facultativo)
# { $max_files } files of at most { $max_mib } MB each.
hint-attachments = Até { $max_files } ficheiros com um máximo de { $max_mib } MB cada. São cifrados à medida que são recebidos.
field-contact = Como podem os avaliadores entrar em contacto consigo? (facultativo)
hint-contact = Deixe em branco para manter o anonimato: poderá continuar a ler as mensagens e a responder-lhes com o seu código de comprovativo.
field-organisation-id = Número de IVA ou código LEI da empresa (facultativo)
hint-organisation-id = Opcional. É cifrado: os revisores dos organismos escolhidos podem lê-lo; nunca é publicado. Nas estatísticas torna-se um pseudónimo, para que a sua empresa conte no máximo uma vez por trimestre e os números publicados protejam o conjunto das suas denúncias (por omissão ε = 1 por trimestre, no máximo ε = 4 por ano). Sem ele, cada denúncia é protegida isoladamente, não todas as suas denúncias em conjunto.
field-consent = Confirmo que as informações são exatas, tanto quanto é do meu conhecimento, e aceito que sejam tratadas tal como descrito na declaração de privacidade.
hint-consent = Pode retirar uma denúncia mais tarde, escrevendo aos avaliadores com o seu código de comprovativo.

## Confirmation

confirmation-heading = A sua denúncia foi recebida
# { $recipients } is "EUIPO", "EC3" or "EUIPO and EC3".
confirmation-sent-to = A sua denúncia foi cifrada e enviada a: { $recipients }.
confirmation-receipt-heading = O seu código de comprovativo
confirmation-receipt-text = Anote este código ou descarregue-o agora. Precisará dele para ler as perguntas dos avaliadores e responder-lhes.
confirmation-receipt-once = Este código só é apresentado uma vez. Ninguém, nem mesmo os avaliadores, o pode recuperar por si.
confirmation-download = Descarregar o comprovativo como ficheiro de texto
confirmation-print = Também pode imprimir esta página: só o código e estas instruções são impressos.
confirmation-guarantee-heading = Como a sua denúncia foi protegida
confirmation-sealed-by-server = O seu navegador enviou a denúncia sem JavaScript, pelo que o servidor a cifrou em memória à chegada. Nunca foi gravada em disco em forma legível.
confirmation-sealed-by-browser = O seu navegador cifrou a denúncia antes de a enviar; o servidor nunca a viu em forma legível.
confirmation-next-heading = Próximos passos
confirmation-next-text = Os avaliadores enviam um aviso de receção das denúncias no prazo de 7 dias e dão retorno de informação no prazo de 3 meses. Volte com o seu código de comprovativo para ler as mensagens deles.
recipients-both = EUIPO e EC3
receipt-file-title = Código de comprovativo da sua denúncia ao canal de denúncia de furtos de segredos comerciais
receipt-file-keep = Mantenha este código secreto e guarde-o em segurança. Utilize-o na página «Acompanhar uma denúncia» do canal.

## Follow-up

followup-heading = Acompanhar a sua denúncia
followup-lead = Introduza o código de comprovativo que recebeu quando enviou a sua denúncia.
followup-receipt-label = Código de comprovativo
followup-receipt-hint = 24 letras e algarismos, por exemplo 7KQM-2XPA-…; os hífenes e os espaços não contam.
followup-submit = Abrir a minha denúncia
followup-wrong-receipt = Nenhuma denúncia corresponde a este código de comprovativo. Verifique cada carácter e tente novamente.

## Conversation

conversation-heading = A sua denúncia
conversation-status = Estado
conversation-received = Recebida em
conversation-sealed-by-server = Esta denúncia foi cifrada pelo servidor à chegada (enviada sem JavaScript).
conversation-messages = Mensagens
conversation-empty = Ainda não há mensagens. Os avaliadores enviam um aviso de receção das denúncias no prazo de 7 dias.
conversation-from-you = Denunciante
conversation-from-reviewer = Avaliador
conversation-reply-heading = Escrever aos avaliadores
conversation-reply-label = A sua mensagem
conversation-reply-submit = Cifrar e enviar a mensagem
conversation-reply-sent = A sua mensagem foi cifrada e enviada.
conversation-reply-empty = Escreva uma mensagem ou anexe um ficheiro antes de enviar.
status-new = Recebida, aviso de receção ainda não enviado
status-acknowledged = Aviso de receção enviado
status-in-review = Em análise
status-information-requested = Os avaliadores pediram-lhe informações
status-referred = Remetida às autoridades competentes
status-closed = Encerrada

## Privacy notice

privacy-heading = Declaração de privacidade
privacy-controllers = As denúncias são tratadas pelo EUIPO e pela Europol (EC3), cada um relativamente às denúncias que lhe são dirigidas, nos termos do Regulamento (UE) 2018/1725 e do Regulamento (UE) 2016/794, respetivamente.
privacy-what-heading = O que é tratado
privacy-what-text = O conteúdo da sua denúncia, os anexos e as suas mensagens são cifrados de modo a que só os avaliadores dos organismos escolhidos os possam ler. O dia de receção de uma denúncia, o seu estado e os destinatários são guardados em forma legível para gerir os prazos.
privacy-not-heading = O que nunca é registado
privacy-not-text = O seu endereço IP, o seu navegador e a hora exata das suas visitas nunca são guardados nem registados. As páginas de denúncia não instalam cookies.
privacy-statistics-heading = Estatísticas
privacy-statistics-text = As respostas escolhidas de listas alimentam estatísticas ao nível da UE, publicadas com privacidade diferencial. O que se protege é uma empresa sob o número de IVA ou LEI que indicou: ter denunciado num trimestre, e o quê, altera a probabilidade de qualquer número publicado no máximo por um fator e^ε, com os limites publicados em cada divulgação (por omissão ε = 1 por trimestre, um fator de 2,7, e ε = 4 por ano civil, um fator de 55; ao longo de vários anos os fatores multiplicam-se). As denúncias sem identificador são protegidas uma a uma, pelo que uma empresa que envie várias sem ele fica menos protegida. Os números são estimativas com ruído, não contagens exatas.
privacy-retention-heading = Durante quanto tempo são conservadas as denúncias
privacy-retention-text = As denúncias encerradas são apagadas no termo do prazo de conservação fixado pelos organismos que as analisam. As estatísticas já publicadas não são afetadas.

## Categories: member states (EU-27, Eurostat codes: EL is Greece)

member-state-AT = Áustria
member-state-BE = Bélgica
member-state-BG = Bulgária
member-state-HR = Croácia
member-state-CY = Chipre
member-state-CZ = Chéquia
member-state-DK = Dinamarca
member-state-EE = Estónia
member-state-FI = Finlândia
member-state-FR = França
member-state-DE = Alemanha
member-state-EL = Grécia
member-state-HU = Hungria
member-state-IE = Irlanda
member-state-IT = Itália
member-state-LV = Letónia
member-state-LT = Lituânia
member-state-LU = Luxemburgo
member-state-MT = Malta
member-state-NL = Países Baixos
member-state-PL = Polónia
member-state-PT = Portugal
member-state-RO = Roménia
member-state-SK = Eslováquia
member-state-SI = Eslovénia
member-state-ES = Espanha
member-state-SE = Suécia

## Categories: sectors (NACE Rev. 2 sections; use the official title in each language)

sector-A = Agricultura, produção animal, caça, floresta e pesca
sector-B = Indústrias extrativas
sector-C = Indústrias transformadoras
sector-D = Eletricidade, gás, vapor, água quente e fria e ar frio
sector-E = Captação, tratamento e distribuição de água; saneamento, gestão de resíduos e despoluição
sector-F = Construção
sector-G = Comércio por grosso e a retalho; reparação de veículos automóveis e motociclos
sector-H = Transportes e armazenagem
sector-I = Alojamento, restauração e similares
sector-J = Atividades de informação e de comunicação
sector-K = Atividades financeiras e de seguros
sector-L = Atividades imobiliárias
sector-M = Atividades de consultoria, científicas, técnicas e similares
sector-N = Atividades administrativas e dos serviços de apoio
sector-O = Administração pública e defesa; segurança social obrigatória
sector-P = Educação
sector-Q = Atividades de saúde humana e apoio social
sector-R = Atividades artísticas, de espetáculos, desportivas e recreativas
sector-S = Outras atividades de serviços
sector-T = Atividades das famílias empregadoras de pessoal doméstico e atividades de produção das famílias para uso próprio
sector-U = Atividades dos organismos internacionais e outras instituições extraterritoriais

## Categories: incident classes (RSIT taxonomy, incident-class-<class>--<type>)

incident-class-information-content-security--unauthorised-information-access = Segurança da informação: acesso não autorizado a informações
incident-class-information-content-security--unauthorised-information-modification = Segurança da informação: alteração não autorizada de informações
incident-class-information-content-security--data-loss = Segurança da informação: perda de dados
incident-class-information-content-security--leak-confidential-information = Segurança da informação: fuga de informações confidenciais
incident-class-intrusions--system-compromise = Intrusão: tomada de controlo de um sistema (servidor ou computador)
incident-class-intrusions--application-compromise = Intrusão: tomada de controlo de uma aplicação
incident-class-intrusions--privileged-account-compromise = Intrusão: tomada de controlo de uma conta de administrador
incident-class-intrusions--unprivileged-account-compromise = Intrusão: tomada de controlo de uma conta de utilizador comum
incident-class-intrusions--burglary = Intrusão: arrombamento físico
incident-class-information-gathering--social-engineering = Recolha de informações: pessoas manipuladas para fornecerem informações (engenharia social)
incident-class-information-gathering--sniffing = Recolha de informações: interceção do tráfego de rede
incident-class-malicious-code--infected-system = Código malicioso: infeção de um sistema
incident-class-fraud--masquerade = Fraude: alguém se fez passar por uma pessoa ou organização de confiança
incident-class-fraud--phishing = Fraude: phishing (mensagens ou sítios Web falsos para obter palavras-passe ou dados)

## Categories: attack vectors (VERIS, attack-vector-<action>--<vector>)

attack-vector-hacking--web-application = Pirataria informática: aplicação Web
attack-vector-hacking--backdoor-or-c2 = Pirataria informática: porta traseira (backdoor) ou canal de controlo remoto (C2)
attack-vector-hacking--desktop-sharing = Pirataria informática: ambiente de trabalho remoto ou partilha de ecrã
attack-vector-hacking--vpn = Pirataria informática: acesso VPN
attack-vector-hacking--partner = Pirataria informática: através do acesso de um parceiro (fornecedor ou prestador de serviços)
attack-vector-hacking--command-shell = Pirataria informática: linha de comandos (shell)
attack-vector-malware--email-attachment = Malware: anexo de correio eletrónico
attack-vector-malware--email-link = Malware: ligação numa mensagem de correio eletrónico
attack-vector-malware--web-download = Malware: descarregamento a partir de um sítio Web
attack-vector-malware--software-update = Malware: atualização de software
attack-vector-malware--direct-install = Malware: instalado diretamente pelo atacante
attack-vector-malware--network-propagation = Malware: propagação através da rede
attack-vector-social--email = Engenharia social: correio eletrónico
attack-vector-social--phone = Engenharia social: chamada telefónica
attack-vector-social--in-person = Engenharia social: presencialmente
attack-vector-social--website = Engenharia social: sítio Web
attack-vector-social--sms = Engenharia social: mensagem de texto (SMS)
attack-vector-misuse--lan-access = Utilização abusiva interna: acesso a partir da rede interna
attack-vector-misuse--physical-access = Utilização abusiva interna: acesso físico
attack-vector-misuse--remote-access = Utilização abusiva interna: acesso remoto
attack-vector-misuse--non-corporate = Utilização abusiva interna: fora dos sistemas da empresa (correio eletrónico, dispositivos ou redes pessoais)
attack-vector-unknown = Desconhecido ou ainda não conhecido

## Categories: actor types

actor-type-competitor = Concorrente
actor-type-nation-state = Ator estatal (um governo estrangeiro ou os seus serviços)
actor-type-organised-crime = Criminalidade organizada
actor-type-insider = Pessoa interna (trabalhador ou prestador de serviços atual)
actor-type-former-employee = Antigo trabalhador
actor-type-unknown = Desconhecido

## Report form with JavaScript (static/js/report.js): the browser encrypts

report-guarantee-browser = O JavaScript está ativado: o seu navegador cifra a denúncia e os anexos para os destinatários que escolher antes de qualquer envio. O servidor só recebe dados cifrados.
js-status-checking = A verificar o formulário e as chaves dos avaliadores…
js-status-encrypting = A cifrar a denúncia e os anexos neste navegador…
js-status-proof-of-work = A preparar o envio (um breve cálculo que protege o canal contra spam automatizado)…
js-status-sending = A enviar a denúncia cifrada…
js-error-keyring = Não foi possível verificar as chaves dos avaliadores: o porta-chaves não está assinado pela chave cuja impressão digital é apresentada nesta página. Nada foi enviado. Não envie a sua denúncia a partir desta página; contacte o EUIPO ou a Europol através dos respetivos sítios Web oficiais.
js-error-network = Não foi possível enviar a denúncia porque a ligação falhou. Nada foi guardado. Verifique a sua ligação e tente novamente.
js-error-crypto = O seu navegador não conseguiu cifrar a denúncia, pelo que nada foi enviado. Tente novamente ou desative o JavaScript para enviar o formulário sem ele.
js-error-file = Não foi possível ler um ficheiro anexado. Verifique se ainda existe, anexe-o novamente e tente outra vez.
js-error-kept = As suas respostas e os ficheiros anexados continuam no formulário.
js-retry = Tentar novamente
js-print = Imprimir o código de comprovativo

## Reviewer console (/console/)

console-name = Consola de avaliação
console-nav-inbox = Caixa de entrada
console-logout = Terminar sessão
console-logout-everywhere = Terminar sessão em todos os dispositivos
console-go-to-login = Ir para a página de início de sessão
console-refused-heading = Pedido recusado
console-login-heading = Iniciar sessão na consola de avaliação
console-login-submit = Iniciar sessão
console-field-name = Nome
console-field-password = Palavra-passe
console-field-code = Código da sua aplicação de autenticação
console-field-code-hint = O código de 6 algarismos que a sua aplicação de autenticação apresenta neste momento. Cada código só funciona uma vez.
console-notice-expired = A sua sessão terminou. Inicie sessão novamente.
console-notice-logged-out = Terminou a sessão.
# The same message for every kind of failure, so that it never tells which part was wrong.
console-error-login = Nome, palavra-passe ou código incorretos. Tente novamente; após muitas tentativas falhadas, aguarde um minuto antes da seguinte.
console-error-csrf = Não foi possível aceitar este formulário porque o respetivo token de segurança falta, está errado ou provém de outra sessão. Nada foi alterado. Recarregue a página e tente novamente.
error-cross-site = Este formulário foi enviado a partir de outro sítio web, pelo que foi recusado e nada foi alterado. Abra a página neste sítio e envie o formulário a partir daí.
# Paged lists (console inbox, portal releases and tokens): the navigation below the list.
pager-label = Páginas
pager-previous = Página anterior
pager-next = Página seguinte
# { $page } is the current page number, { $pages } the number of pages.
pager-status = Página { $page } de { $pages }
error-method-not-allowed = Este endereço não aceita este tipo de pedido.
error-headers-too-large = O pedido continha demasiados dados de cabeçalho e foi recusado. Apague os cookies deste sítio e tente novamente.
# { $limit } is a size such as "256 KiB".
error-text-too-large = Um campo de texto é demasiado longo: o limite é de { $limit } por campo. Encurte o texto e envie-o novamente.
followup-unsent-label = A sua resposta (não enviada)
followup-unsent-hint = Não foi enviada porque o recibo não foi reconhecido. Copie-a, volte a entrar com o seu recibo e envie-a a partir da sua conversa.
console-enrol-heading = Configurar a sua conta de avaliador
# { $name } is the login name, { $body } is EUIPO or EC3.
console-enrol-lead = Boas-vindas, { $name } ({ $body }). Escolha uma palavra-passe de início de sessão e configure a aplicação de códigos. Esta ligação só funciona uma vez.
console-enrol-password-heading = 1. Palavra-passe de início de sessão
console-field-new-password = Nova palavra-passe
console-field-confirm-password = Repita a palavra-passe
# { $min } is a number of characters.
console-enrol-password-hint = Pelo menos { $min } caracteres. Uma frase-passe de várias palavras é mais fácil de memorizar.
console-enrol-totp-heading = 2. Aplicação de autenticação
console-enrol-totp-scan = Leia este código QR com a sua aplicação de autenticação (códigos baseados no tempo, TOTP).
console-enrol-totp-secret = Se não o conseguir ler, introduza antes esta chave na aplicação:
console-enrol-code-hint = Para concluir, introduza o código de 6 algarismos que a aplicação apresenta agora.
console-enrol-submit = Concluir a configuração
console-enrol-done = A sua conta está pronta. Já pode iniciar sessão com o seu nome, a sua palavra-passe e um código da sua aplicação de autenticação.
console-enrol-fingerprint = A impressão digital da sua chave é { $fingerprint }. A sua chave só é usada depois de o operador a acrescentar ao porta-chaves: o operador pedir-lhe-á que leia esta impressão digital por telefone ou pessoalmente e só acrescenta a chave se coincidir.
console-error-enrol-link = Esta ligação de registo não é válida: já foi utilizada, expirou ou foi mal escrita. Peça uma nova ligação ao operador.
console-error-password-short = A palavra-passe é demasiado curta: utilize pelo menos { $min } caracteres.
console-error-password-mismatch = As duas palavras-passe não coincidem. Escreva a mesma palavra-passe nos dois campos.
console-error-enrol-code = O código não está correto. Verifique se a aplicação foi configurada com a chave acima e se o relógio do seu dispositivo está certo e, em seguida, introduza o código que a aplicação apresenta agora.
console-inbox-heading = Caixa de entrada
# { $name } is the reviewer, { $body } is EUIPO or EC3, { $count } the number of reports.
# Portuguese: the plural rule puts 0 in [one], so 0 has its own exact variant.
console-inbox-lead = { $name }, { $body }: { $count ->
    [0] nenhuma denúncia foi dirigida ao seu organismo.
    [one] uma denúncia foi dirigida ao seu organismo.
   *[other] { $count } denúncias foram dirigidas ao seu organismo.
}
console-inbox-empty = Ainda não foi dirigida nenhuma denúncia ao seu organismo.
console-inbox-col-report = Denúncia
console-inbox-col-received = Recebida (dia)
console-inbox-col-status = Estado
console-inbox-col-sealed-by = Cifrada por
console-status-new = Nova
console-status-acknowledged = Aviso de receção enviado
console-status-in-review = Em análise
console-status-information-requested = Informações pedidas
console-status-referred = Remetida
console-status-closed = Encerrada
console-sealed-by-browser = O navegador do denunciante
console-sealed-by-server = O servidor (enviada sem JavaScript: garantia mais fraca)
console-inbox-col-deadline = Próximo prazo (Diretiva 2019/1937)
console-inbox-col-action = Alterar o estado
console-deadline-acknowledgement = Aviso de receção até { $day }
console-deadline-feedback = Retorno de informação até { $day }
console-deadline-overdue = Prazo ultrapassado
console-deadline-due-soon = Prazo próximo
console-deadline-none = Nenhum (encerrada)
console-deadline-counts = Prazos: { $overdue } ultrapassados, { $soon } a terminar nos próximos 2 dias.
console-status-change-label = Novo estado
console-status-change-submit = Alterar
console-status-final = Encerrada: não são possíveis mais alterações
console-transition-refused-heading = Alteração de estado recusada
console-error-transition = Uma denúncia não pode passar de «{ $from }» para «{ $to }». Nada foi alterado. Escolha um dos estados propostos na caixa de entrada.
console-back-to-inbox = Voltar à caixa de entrada

## Reviewer console: the key pair made in the browser at enrolment
console-enrol-key-heading = 3. Chave para ler denúncias
console-enrol-needs-js = Para ler denúncias, é necessário um navegador com JavaScript: a sua chave pessoal de leitura é criada e bloqueada no seu navegador, nunca no servidor. Ative o JavaScript ou utilize outro navegador para concluir a configuração da sua conta.
console-enrol-key-explain = O seu navegador vai agora criar a sua chave pessoal para ler denúncias e bloqueá-la com uma frase-passe de desbloqueio. Escolha uma frase-passe diferente da sua palavra-passe de início de sessão. A frase-passe nunca sai deste navegador: se a esquecer, o operador terá de configurar uma nova chave para si.
console-field-unlock-passphrase = Frase-passe de desbloqueio
console-field-unlock-passphrase-confirm = Repita a frase-passe de desbloqueio
console-enrol-unlock-hint = Pelo menos { $min } caracteres, e diferente da sua palavra-passe de início de sessão.
console-error-unlock-short = A frase-passe de desbloqueio é demasiado curta: utilize pelo menos { $min } caracteres.
console-error-unlock-mismatch = As duas frases-passe de desbloqueio não coincidem. Escreva a mesma frase-passe nos dois campos.
console-error-unlock-same = A frase-passe de desbloqueio tem de ser diferente da sua palavra-passe de início de sessão: a palavra-passe é enviada ao servidor, a frase-passe de desbloqueio nunca o é.
console-enrol-key-working = A criar e a bloquear a sua chave. Isto demora alguns segundos…
console-error-key-failed = O seu navegador não conseguiu criar a chave. Recarregue a página e tente novamente.
console-error-enrol-key = Para ler denúncias, é necessário um navegador com JavaScript, e este formulário chegou sem a chave que o seu navegador cria. Ative o JavaScript, recarregue a página e tente novamente.

## Reviewer console: reading a report
console-report-heading = Denúncia
console-report-bodies = Enviada a
console-report-needs-js = Para ler denúncias, é necessário um navegador com JavaScript: a denúncia é decifrada no seu navegador com a sua chave, nunca no servidor.
console-report-no-key = A sua conta não tem nenhuma chave para ler denúncias. Peça ao operador uma nova ligação de registo.
console-unlock-heading = Desbloquear a sua chave
console-unlock-hint = A sua frase-passe de desbloqueio só é utilizada nesta página e nunca é enviada. Terá de a introduzir novamente quando abrir outra página.
console-unlock-submit = Desbloquear e abrir a denúncia
console-unlock-working = A desbloquear a sua chave e a abrir a denúncia…
console-error-unlock-wrong = A frase-passe de desbloqueio não está correta. Nada foi aberto. Tente novamente.
console-error-open-failed = Esta denúncia não pode ser aberta com a sua chave. Pode ter sido enviada antes de a sua chave ser acrescentada ao porta-chaves; um colega que a possa ler pode dar-lhe acesso.
console-error-keyring = Não foi possível verificar as chaves dos avaliadores: o porta-chaves não está assinado pela chave com cuja impressão digital este servidor foi iniciado. Nada foi enviado.
console-error-keyring-rollback = Este porta-chaves é mais antigo (número de série inferior) do que um que este navegador já viu com a mesma chave de assinatura: pode ser um porta-chaves antigo reposto para usar uma chave removida. Nada foi aberto nem enviado. Avise o operador.
console-error-network = A ligação falhou. Nada foi enviado. Verifique a sua ligação e tente novamente.
console-report-fields-heading = O que o denunciante enviou
console-report-field-member-state = Estado-Membro
console-report-field-sector = Setor
console-report-field-incident-class = Tipo de incidente
console-report-field-attack-vector = Vetor de ataque
console-report-field-actor-type = Autor suspeito
console-report-field-incident-month = Mês em que o furto começou
console-report-field-detection-month = Mês em que o furto foi descoberto
console-report-field-loss-eur = Prejuízo estimado
console-report-field-jobs-at-risk = Postos de trabalho em risco
console-report-field-what-taken = O que foi subtraído
console-report-field-narrative = O que aconteceu
console-report-field-contact = Contacto
console-report-field-organisation-id = Número de IVA ou código LEI
console-report-empty = (não indicado)
console-report-attachments-heading = Anexos
console-report-attachments-none = Sem anexos.
console-attachment-save = Decifrar e guardar
console-attachment-working = A decifrar…
console-error-attachment = Não foi possível decifrar o anexo: está danificado ou incompleto. Nada foi guardado.
console-thread-heading = Conversa com o denunciante
console-thread-empty = Ainda não há mensagens.
console-thread-from-reporter = O denunciante
console-thread-from-reviewer = Avaliador
console-thread-note = Nota interna
console-thread-unreadable = (esta mensagem não pode ser aberta com a sua chave)
envelope-mismatch = Este envelope pertence a outra denúncia ou é de outro tipo; não é apresentado.
conversation-from-signed = De { $name } (assinatura verificada)
conversation-from-channel = Aviso automático do canal de denúncia
message-bad-signature = Esta mensagem não é apresentada: afirma vir de um revisor, mas a sua assinatura falta ou não corresponde a nenhuma chave de revisor no porta-chaves assinado. Pode ser falsificada; não aja com base nela.
console-ack-heading = Acusar a receção da denúncia
console-ack-label = Aviso de receção para o denunciante
console-ack-default = Agradecemos a sua denúncia. Recebemo-la e iremos analisá-la. Se tivermos perguntas, encontrá-las-á aqui.
console-ack-submit = Acusar a receção e enviar
console-message-heading = Mensagem para o denunciante
console-message-label = A sua mensagem
console-message-hint = Cifrada no seu navegador para o denunciante e para os avaliadores desta denúncia. O denunciante lê-a com o respetivo código de comprovativo.
console-message-submit = Enviar ao denunciante
console-note-heading = Nota interna
console-note-label = A sua nota
console-note-hint = Cifrada no seu navegador apenas para os avaliadores da sua organização. O denunciante nunca a vê.
console-note-submit = Acrescentar a nota
console-error-message-empty = Escreva primeiro uma mensagem (no máximo 20 000 caracteres).
console-sending = A cifrar e a enviar…
console-sent = Enviado.
console-grants-heading = Acesso para colegas
console-grants-hint = Os colegas da sua organização cujas chaves foram acrescentadas ao porta-chaves depois da chegada desta denúncia não a podem ler. O seu navegador pode dar-lhes acesso, cifrando a chave da denúncia para a chave de cada um deles.
console-grants-none = Todos os avaliadores da sua organização que constam do porta-chaves podem ler esta denúncia.
console-grant-submit = Dar acesso
console-grant-done = Acesso concedido.
console-error-grant-exists = Este colega já pode ler esta denúncia.
console-classify-heading = Classificação validada para as estatísticas
console-classify-hint = Corrija os campos estruturados ou assinale a denúncia como duplicada ou fora do âmbito. O seu navegador cifra o registo corrigido exclusivamente para o serviço de anonimização; este registo substitui o do denunciante nas estatísticas. A descrição e os dados de contacto nunca fazem parte dele.
console-classify-status = Validade da denúncia
console-classify-valid = Válida
console-classify-duplicate = Duplicado de outra denúncia
console-classify-out-of-scope = Fora do âmbito
console-classify-submit = Guardar a classificação validada
console-classify-done = A classificação validada foi cifrada e guardada.
console-error-classify = Verifique a classificação: o mês tem de estar compreendido entre 1990 e o trimestre em que a denúncia chegou, e o prejuízo e os postos de trabalho têm de ser números inteiros dentro dos respetivos limites. Nada foi guardado.
console-error-classify-unsigned = Não é possível assinar a classificação: a sua chave de assinatura ainda não está no porta-chaves assinado. Nada foi guardado; peça ao operador que adicione a sua chave.
console-export-heading = Exportação para o EC3 e as CSIRT
console-export-hint = O seu navegador cria o ficheiro a partir da denúncia decifrada: a classificação, o que foi subtraído e a descrição, nunca os dados de contacto do denunciante nem o identificador da sua organização. Cada exportação fica inscrita no registo de auditoria.
console-export-tlp = Marcação TLP (Traffic Light Protocol)
console-export-stix = Exportar pacote STIX 2.1
console-export-misp = Exportar evento MISP
console-export-done = A exportação foi registada e guardada.

## Data portal (/portal/) and data API

portal-name = Estatísticas sobre furtos de segredos comerciais – portal de dados
portal-nav-releases = Publicações
portal-nav-tokens = Tokens de API
portal-refused-heading = Operação não efetuada
portal-enrol-heading = Configurar a sua conta do portal
portal-error-enrol-link = Esta ligação de registo não é válida: já foi utilizada, expirou ou foi mal escrita. Peça uma nova ao operador.
portal-enrol-lead = Conta { $name } para as autoridades nacionais ({ $country }). Escolha uma palavra-passe e configure a sua aplicação de autenticação.
portal-enrol-submit = Concluir a configuração
portal-enrol-done = A sua conta está pronta. Inicie sessão com o seu nome, a sua palavra-passe e um código da sua aplicação de autenticação.
portal-login-heading = Iniciar sessão no portal de dados
portal-releases-heading = Publicações
portal-releases-lead = Sessão iniciada como { $name } ({ $country }). Cada publicação contém as estatísticas da UE de um trimestre, protegidas com privacidade diferencial.
portal-releases-none = Ainda não foi feita nenhuma publicação.
portal-releases-caption = Publicações disponíveis, começando pelo trimestre mais recente
portal-col-period = Trimestre
portal-col-date = Publicada em
portal-col-epsilon = Orçamento de privacidade utilizado (ε)
portal-col-status = Estado
portal-col-release = Publicação
portal-status-published = Publicada
portal-release-heading = Estatísticas de { $period }
portal-release-intervals-hint = Cada barra mostra o valor publicado; o traço que a atravessa mostra o intervalo de 95 %, desenhado a partir de zero quando desce abaixo de zero. Por baixo de cada gráfico, os respetivos valores figuram num quadro.
portal-summary-reports = Denúncias na UE
portal-summary-truncated = Denúncias excluídas (mais de k por organização)
portal-summary-loss = Prejuízos estimados na UE
portal-chart-quarter = Denúncias por trimestre
portal-chart-quarter-note = O trimestre desta publicação está realçado.
portal-chart-state-quarter = Denúncias no seu Estado-Membro por trimestre
portal-chart-series = { $category }: denúncias por trimestre
portal-chart-series-note = O setor ou vetor de ataque mais denunciado nesta publicação; a API de dados dá todos os setores e vetores de ataque por trimestre.
portal-chart-sector = Denúncias por setor (NACE)
portal-chart-attack-vector = Denúncias por vetor de ataque
portal-chart-member-state = Denúncias por Estado-Membro
portal-chart-yours = (realçado)
portal-chart-highlight = Realçado e assinalado: { $country }.
# Portuguese: the plural rule puts 0 in [one], so 0 has its own exact variant.
portal-chart-desc = Gráfico de barras horizontais com { $count ->
        [0] { $count } categorias
        [one] uma categoria
       *[other] { $count } categorias
    }, cada uma com o respetivo intervalo de 95 %. Valor mais elevado: { $top }, { $value }. O quadro por baixo do gráfico contém todos os valores.
portal-chart-show-table = Mostrar os valores num quadro
portal-chart-table-caption = { $chart }: valores publicados e intervalos de 95 %
portal-col-category = Categoria
portal-col-value = Valor publicado
portal-col-interval = Intervalo de 95 %
portal-method-heading = Como foram obtidos estes valores
portal-method-promise = Os números são diferencialmente privados. A unidade protegida são as denúncias de uma organização no trimestre: tenha ou não denunciado, e o que denunciou, cada número publicado seria quase igualmente provável. O «quase» é fixado pelo orçamento de privacidade ε = { $epsilon } desta divulgação: nenhum resultado se torna mais de { $factor } vezes mais provável devido às denúncias de uma organização neste trimestre. As divulgações de um ano civil gastam em conjunto no máximo ε = { $year_cap }, pelo que num ano o fator é no máximo { $year_factor }; ao longo de vários anos os fatores multiplicam-se.
portal-method-unit = Uma organização é reconhecida pelo número de IVA ou LEI que indicou (escrito numa forma normalizada e transformado num pseudónimo que só o anonimizador pode calcular); contam no máximo { $k } das suas denúncias por trimestre. Só é reconhecida por esse identificador: uma organização que indica um número de IVA numa denúncia e um LEI noutra, ou cujas filiais denunciam em separado, conta como várias. Uma denúncia sem identificador é protegida por si só: uma organização que envia várias denúncias sem ele é protegida em cada denúncia, não em todas em conjunto.
portal-method-truncation = Cerca de { $dropped } denúncias (cerca de { $share } % do total) foram deixadas de fora porque a sua organização denunciou mais de { $k } vezes no trimestre. Este número tem ele próprio ruído e conta no máximo { $k } por organização; o número real é maior. As denúncias mantidas foram escolhidas ao acaso, não pelo seu conteúdo.
portal-method-noise = Foi acrescentado ruído aleatório a cada célula de cada quadro, incluindo às células com valor zero; nenhuma célula é ocultada por ser pequena. Um valor pequeno pode, por isso, consistir apenas em ruído.
portal-method-intervals = Os intervalos de 95 % indicam quanto o ruído pode ter deslocado um número: contêm o valor medido em pelo menos cerca de 95 casos em 100. O valor medido é o das denúncias mantidas, com cada perda limitada ao teto; as denúncias excluídas e a parte das perdas acima do teto não estão incluídas, pelo que os números e os seus intervalos são inferiores ao que foi recebido. Os intervalos são calculados a partir do nível de ruído público, não das denúncias, e nunca descem abaixo de zero.
portal-method-consistency = Os números dos Estados-Membros somam os da UE e todas as tabelas somam o mesmo total. Os números são inteiros, nunca negativos, cada um a cerca de uma unidade da estimativa não enviesada (mais apenas onde estimativas vizinhas ficaram abaixo de zero); o total de um Estado-Membro e a soma dos seus setores podem diferir pelo ruído. As medições brutas com ruído estão também nos ficheiros CSV.
portal-method-losses = Cada prejuízo estimado conta até { $bound } euros; os prejuízos superiores contam por esse montante.
portal-method-budget = Este trimestre utilizou ε { $quarter } do seu limite de { $quarter_cap }; o ano de { $year } utilizou ε { $year_spent } de { $year_cap }. As estatísticas de um trimestre nunca são recalculadas com mais orçamento.
portal-method-opendp = Calculado com o OpenDP { $version }. As funções aqui utilizadas pertencem à sua área «contrib», que a equipa do OpenDP ainda não verificou; o ficheiro de metodologia indica, para cada quadro, o mecanismo, a escala do ruído e o orçamento.
portal-downloads-heading = Descarregamentos
portal-download-archive = A publicação completa num único arquivo ({ $name }), com somas de verificação e assinatura
portal-verify-heading = Verificar um ficheiro recebido
portal-verify-text = O arquivo contém SHA256SUMS, a soma de verificação de cada ficheiro, e SHA256SUMS.sig, uma assinatura desse ficheiro com a chave de publicação. Qualquer pessoa pode verificar uma cópia recebida de terceiros: guarde o keyring.json e o keyring.sig deste sítio numa pasta e execute o comando abaixo. Este só confia no porta-chaves se estiver assinado pela chave cuja impressão digital o EUIPO e a Europol publicam, e obtém dele a chave de publicação (indicada abaixo).
portal-verify-key = Chave de publicação:
portal-verify-fingerprint = Impressão digital:
portal-tokens-heading = Tokens de API
portal-tokens-lead = Um token permite a um programa ler as publicações através da API de dados (só leitura). Atribua a cada programa o seu próprio token, para poder revogar um sem interromper os outros.
portal-token-new-heading = Criar um token
portal-token-name = Nome
portal-token-name-hint = Para que serve o token, por exemplo «importação noturna».
portal-token-create = Criar o token
portal-token-created = O seu novo token figura abaixo. Copie-o agora: só é apresentado desta vez e não poderá voltar a ser visto.
portal-token-use = Envie-o em cada pedido da seguinte forma:
portal-tokens-list-heading = Os seus tokens
portal-tokens-none = Ainda não tem nenhum token.
portal-token-created-on = Criado em
portal-token-last-used = Utilizado pela última vez em
portal-token-state = Estado
portal-token-revoke = Revogar
portal-token-revoked-on = Revogado em { $day }
portal-token-revoked = O token está revogado: já não funciona.
portal-error-token-name = Dê ao token um nome com, no máximo, { $max } caracteres.
error-unauthorized = É necessário um token de API válido: envie «Authorization: Bearer» com um token criado no portal que não tenha sido revogado.

# console triage
console-triage-heading = De que tratam as denúncias
console-triage-hint = Desbloqueie a sua chave para ver de que trata cada denúncia e para as pesquisar, filtrar e ordenar. As denúncias são decifradas neste navegador; nem elas nem as suas pesquisas são enviadas para o servidor.
console-triage-search = Pesquisar no texto das denúncias
console-triage-all = Todos
console-triage-sort = Ordem
console-triage-sort-newest = Mais recentes primeiro
console-triage-sort-oldest = Mais antigas primeiro
console-triage-sort-deadline = Prazo mais próximo primeiro
console-triage-reset = Limpar a pesquisa e os filtros
console-triage-col-summary = Denúncia (primeira linha da descrição)
console-triage-col-language = Língua
console-triage-col-attachments = Anexos
console-triage-count = Denúncias encontradas: { $shown } de { $total }
console-triage-page = Página { $page } de { $pages }
console-triage-pages = Páginas da lista
console-triage-previous = Página anterior
console-triage-next = Página seguinte
console-triage-none = Nenhuma denúncia corresponde à pesquisa e aos filtros.
console-triage-working = A decifrar as denúncias…
console-triage-unreadable = Esta denúncia não pode ser aberta com a sua chave.
error-summary-entry = { $field }: { $message }
error-field-recipients = Destinatários
error-field-actor-type = Quem estava por trás
error-field-loss-eur = Perda estimada
error-field-jobs-at-risk = Postos de trabalho em risco
error-field-attachments = Anexos
error-field-contact = Contacto
error-field-organisation-id = Número de IVA ou LEI
error-field-consent = Confirmação
console-nav-figures = Números
console-figures-heading = Números para a direção
console-figures-lead = { $body }: apenas contagens e durações, calculadas a partir dos dias que o servidor regista. Nada do conteúdo das denúncias.
console-figures-csv = Descarregar como CSV
console-figures-received = Denúncias recebidas por mês
console-figures-month = Mês
console-figures-count = Denúncias
console-figures-timing = Tempo até ao aviso de receção e até à resposta
console-figures-step = Etapa
console-figures-done = Feitas
console-figures-median = Mediana (dias)
console-figures-p90 = Percentil 90 (dias)
console-figures-within = Dentro do prazo
console-figures-within-value = { $within } de { $decided } ({ $percent } %)
console-figures-ack = Aviso de receção (nos 7 dias seguintes à receção)
console-figures-feedback = Resposta (nos 3 meses seguintes ao aviso de receção)
console-figures-open = Casos abertos por estado
console-figures-definitions = A resposta é o primeiro dia após o aviso de receção em que um revisor escreveu ao denunciante, ou o dia em que o caso foi encerrado, consoante o que ocorrer primeiro. Mediana e percentil pelo método da ordem mais próxima. As proporções contam as etapas feitas e as em atraso; os casos ainda dentro do prazo ainda não são contados.
console-assign-heading = Atribuição
console-assign-label = Atribuída a
console-assign-nobody = Ninguém
console-assign-submit = Atribuir
console-triage-assigned-me = Atribuídas a mim
console-triage-unassigned = Não atribuídas

# --- case file (issue 17, point 7) and unsigned reviewer messages ---
console-error-message-unsigned = Não é possível assinar a mensagem: a sua chave de assinatura ainda não está no porta-chaves assinado. Nada foi enviado; peça ao operador que adicione a sua chave.
console-casefile-heading = Processo para entregar
console-casefile-hint = Criado no seu navegador a partir da denúncia aberta; nada dele é enviado ao servidor. O registo de auditoria inscreve apenas a própria exportação: o formato, as partes incluídas e quantos termos foram rasurados.
console-casefile-parts = Partes a incluir
console-casefile-part-fields = Campos da denúncia
console-casefile-part-conversation = Conversa
console-casefile-part-attachments = Anexos com o respetivo SHA-256
console-casefile-part-classification = Classificação
console-casefile-redact-contact = Rasurar os dados de contacto do denunciante e o identificador da sua organização
console-casefile-terms = Nomes e palavras a rasurar
console-casefile-terms-hint = Um por linha. Cada um é substituído pela marca de rasura em todo o processo, independentemente de maiúsculas e minúsculas.
console-casefile-download = Descarregar o processo (HTML)
console-casefile-print = Imprimir ou guardar como PDF
console-casefile-working = A preparar o processo: a decifrar os anexos…
console-casefile-done = A exportação do processo foi registada.
console-casefile-no-parts = Escolha pelo menos uma parte a incluir.
console-casefile-title = Processo da denúncia
console-casefile-prepared = Elaborado em
console-casefile-marker = [RASURADO]
console-casefile-redactions = Rasuras
console-casefile-redacted-contact = Os dados de contacto do denunciante e o identificador da sua organização
console-casefile-redacted-terms = Termos assinalados pelo revisor
console-casefile-verified = assinatura verificada
# --- indicators ---
report-section-indicators = Indicadores técnicos (facultativo)
report-indicators-lead = Se tiver vestígios técnicos do ataque, indique-os aqui, um valor por linha. Os revisores podem partilhá-los com as CSIRT para bloquear os atacantes.
field-indicator-ip = Endereços ou intervalos IP
hint-indicator-ip = IPv4 ou IPv6, ou um intervalo CIDR: 192.0.2.10, 2001:db8::/32.
field-indicator-domain = Nomes de domínio
hint-indicator-domain = Por exemplo files.example.com; nomes internacionais na forma xn--.
field-indicator-url = Endereços web (URL)
hint-indicator-url = O endereço completo, a começar por https:// ou outro esquema.
field-indicator-email = Endereços de correio eletrónico
hint-indicator-email = Por exemplo, o remetente de uma mensagem de phishing.
field-indicator-hash = Hashes de ficheiros
hint-indicator-hash = MD5, SHA-1 ou SHA-256, em hexadecimal.
field-indicator-file-name = Nomes de ficheiros
hint-indicator-file-name = Apenas o nome, sem a pasta: fatura.pdf.exe.
field-indicator-observations = Outras observações técnicas
hint-indicator-observations = Tudo o que possa ajudar: ferramentas, contas, horas.
error-indicator-ip = A linha { $line } não é um endereço IP nem um intervalo CIDR.
error-indicator-domain = A linha { $line } não é um nome de domínio.
error-indicator-url = A linha { $line } não é um endereço web completo (como https://example.com/caminho).
error-indicator-email = A linha { $line } não é um endereço de correio eletrónico.
error-indicator-hash = A linha { $line } não é um hash MD5, SHA-1 ou SHA-256.
error-indicator-file-name = A linha { $line } não é um nome de ficheiro (sem pasta, no máximo 255 caracteres).
error-indicator-count = Introduza no máximo { $max } valores neste campo.
console-indicators-heading = Indicadores técnicos
console-taxii-heading = Enviar para uma coleção TAXII 2.1
console-taxii-hint = O pacote STIX 2.1, com o nível TLP escolhido acima, vai deste navegador diretamente para o servidor TAXII do seu organismo; o endereço e as credenciais não são guardados.
console-taxii-url = Endereço da coleção (termina em /collections/<id>/)
console-taxii-user = Nome de utilizador
console-taxii-password = Palavra-passe
console-taxii-push = Enviar para TAXII
console-taxii-done = O pacote foi adicionado à coleção TAXII.
console-taxii-failed = O servidor TAXII recusou o pacote ou não foi possível contactá-lo. Verifique o endereço e as credenciais, e se o servidor aceita a origem desta consola (CORS).
# --- tags and referral ---
console-tags-heading = Etiquetas
console-tags-hint = As etiquetas vêm da lista fixa do seu organismo, mantida pelo operador. Os nomes são visíveis para quem gere o servidor: use-as como marcadores, nunca para o conteúdo do caso.
console-tags-none = Esta denúncia não tem etiquetas.
console-tags-field = Etiqueta
console-tags-add = Adicionar etiqueta
console-tags-remove = Retirar etiqueta
console-error-tag-unknown = Esta etiqueta não está na lista do seu organismo. Nada foi alterado.
console-refer-heading = Encaminhar para { $body }
console-refer-hint = A chave da denúncia é selada no seu navegador para as chaves de { $body } no porta-chaves verificado. { $body } passa a ver a denúncia na sua caixa de entrada, com prazos próprios contados a partir de hoje.
console-refer-note = Nota para { $body } (facultativa)
console-refer-note-hint = Selada para ambos os organismos como uma nota interna; nunca mostrada ao denunciante.
console-refer-tell = Informar o denunciante na conversa
console-refer-message = Mensagem ao denunciante
console-refer-message-default = A sua denúncia foi encaminhada para { $body }, que também a tratará.
console-refer-submit = Encaminhar a denúncia
console-refer-done = A denúncia foi encaminhada.
console-referrals-heading = Encaminhamentos
console-referral-line = Encaminhada de { $from } para { $to } por { $who } em { $day }.
console-referral-note = Nota:
console-triage-referred-from = Encaminhada por { $body }
console-error-referral-same = Uma denúncia só pode ser encaminhada para o outro organismo.
console-error-referral-exists = { $body } já tem esta denúncia; não foi encaminhada de novo.
console-error-referral-slots = As chaves seladas não correspondem exatamente às chaves de { $body } no porta-chaves. Nada foi encaminhado.
# --- security keys (WebAuthn) ---
account-nav-keys = Chaves de segurança
account-keys-heading = Chaves de segurança
account-keys-lead = Uma chave de segurança, ou uma chave de acesso no seu telemóvel ou computador, pode substituir o código de autenticação ao iniciar sessão e não pode ser apanhada por phishing. Pode adicionar várias.
account-keys-totp-allowed = A sua conta também pode iniciar sessão com um código de autenticação.
account-keys-totp-forbidden = A sua conta inicia sessão apenas com uma chave de segurança: os códigos de autenticação são recusados.
account-keys-list-heading = As suas chaves
account-keys-none = Ainda não foi adicionada nenhuma chave de segurança.
account-key-name = Nome da chave
account-key-name-hint = Por exemplo, «chave azul», para a reconhecer nesta lista.
account-key-added-on = Adicionada
account-key-last-used = Última utilização
account-key-actions = Ações
account-key-remove = Remover
account-key-new-heading = Adicionar uma chave de segurança
account-key-add = Adicionar a chave de segurança
account-key-touch = Siga as indicações do seu navegador e toque na sua chave de segurança.
account-key-failed = A chave de segurança não respondeu, ou o pedido foi cancelado. Tente novamente.
account-key-needs-js = Para adicionar uma chave de segurança, este navegador precisa de JavaScript.
account-key-unavailable = Não é possível usar chaves de segurança no endereço deste servidor. Contacte o operador.
account-key-added = A chave de segurança foi adicionada.
account-key-removed = A chave de segurança foi removida.
account-key-last = Esta é a sua última chave de segurança e a sua conta não pode usar códigos de autenticação: adicione outra chave antes de remover esta.
account-key-expired = O pedido demorou demasiado. Tente novamente.
account-key-invalid = A resposta da chave de segurança não foi aceite. Tente novamente.
account-key-duplicate = Esta chave de segurança já foi adicionada.
account-key-too-many = Tem o número máximo de chaves de segurança. Remova uma primeiro.
account-error-key-name = Dê à chave um nome com 1 a { $max } caracteres.
account-key-signin-heading = Use a sua chave de segurança
account-key-signin-lead = A sua palavra-passe está correta. Confirme o início de sessão com a sua chave de segurança.
account-key-signin-submit = Usar a minha chave de segurança
account-key-signin-needs-js = Uma chave de segurança precisa de JavaScript neste navegador.
account-key-signin-back = Iniciar sessão com um código de autenticação
account-field-code-key-hint = Se usar uma chave de segurança, deixe o código vazio: usará a chave a seguir.
# --- notifications (issue 17, point 5) ---
console-notify-heading = Notificações
console-notify-lead = Um resumo apenas com números: novas denúncias, novas mensagens dos denunciantes, prazos próximos e ultrapassados. Nunca contém o conteúdo, o identificador ou o título de uma denúncia.
console-notify-email = Endereço de correio eletrónico
console-notify-email-hint = O resumo é enviado para este endereço. Deixe vazio para não receber correio.
console-notify-webhook = URL do webhook
console-notify-webhook-hint = Os mesmos números são enviados para aqui em JSON (HTTP POST). O endereço tem de começar por https://. Deixe vazio para nenhum.
console-notify-frequency = Frequência
console-notify-off = Nunca
console-notify-daily = Todos os dias
console-notify-weekly = Todas as semanas
console-notify-send-empty = Enviar o resumo mesmo quando nada aconteceu
console-notify-send-empty-hint = Assim chega sempre um resumo e a sua chegada nada revela sobre novas denúncias.
console-notify-language = Língua do resumo
console-notify-save = Guardar
console-notify-saved = As suas definições de notificação foram guardadas.
console-notify-error-email = Endereço de correio eletrónico: introduza um endereço completo, por exemplo nome@example.eu.
console-notify-error-webhook = URL do webhook: introduza um endereço completo, por exemplo https://hooks.example.eu/digest, sem nome de utilizador, palavra-passe nem #.
console-notify-error-https = URL do webhook: o endereço tem de começar por https:// (http:// apenas para esta máquina).
console-notify-error-destination = Endereço de correio eletrónico: introduza um endereço de correio ou um URL de webhook, ou escolha «Nunca».
notify-mail-subject = Canal de denúncia: o seu resumo
notify-mail-intro = Resumo para { $body }, de { $from } a { $through }. Apenas números: inicie sessão na consola para ver as denúncias.
notify-mail-new-reports = Novas denúncias: { $count }
notify-mail-new-replies = Novas mensagens dos denunciantes: { $count }
notify-mail-ack-due = Avisos de receção a enviar no prazo de 2 dias: { $count }
notify-mail-feedback-due = Respostas a enviar no prazo de 14 dias: { $count }
notify-mail-ack-overdue = Avisos de receção em atraso: { $count }
notify-mail-feedback-overdue = Respostas em atraso: { $count }
notify-mail-nothing = Nada de novo e nada a vencer.
notify-mail-footer = Recebe este resumo porque o pediu na consola (Notificações). Pode alterá-lo ou pará-lo aí.

# The reporter's deadlines (Directive 2019/1937, Art. 9) on the conversation page.
conversation-acknowledged-on = Aviso de receção enviado em
conversation-acknowledgement-due = Aviso de receção até
conversation-feedback-due = Resposta até
# Blind correlation on the report page (issue 19, point 4)
console-related-heading = Denúncias relacionadas
console-related-hint = Correspondidas através de hashes com chave dos indicadores e do identificador da organização, calculados no seu navegador: o servidor nunca vê um indicador. Só são listadas as denúncias que o seu organismo pode abrir.
console-related-none = Nenhuma outra denúncia do seu organismo partilha um indicador com esta.
console-related-report = Denúncia { $report }
console-related-shares = indicadores em comum: { $count }
console-related-incident = possivelmente o mesmo incidente (mesmo identificador da organização)
console-related-refused = A chave de correlação oferecida pelo servidor não é a indicada no porta-chaves assinado: não foi utilizada e nada foi enviado.
console-related-confirm = Confirmar esta denúncia como duplicada
console-related-unavailable = A correlação ainda não está disponível: nenhuma chave de correlação foi selada para a sua entrada no porta-chaves.
