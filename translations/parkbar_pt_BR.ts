<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActionRules</name>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Offline: não é possível acessar o servidor</translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation>Aguardando o servidor...</translation>
    </message>
    <message>
        <source>The agent&apos;s state is out of date: no answer from the server for a while</source>
        <translation>O estado do agente está desatualizado: sem resposta do servidor há algum tempo</translation>
    </message>
    <message>
        <source>There is no agent %1 on this server</source>
        <translation>Não existe o agente %1 neste servidor</translation>
    </message>
    <message>
        <source>Agent %1 is not logged in</source>
        <translation>O agente %1 não está logado</translation>
    </message>
    <message>
        <source>No lead on the agent&apos;s screen</source>
        <translation>Nenhum lead na tela do agente</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Estacionar terceiro</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Recuperar terceiro</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Desligar transf. + recuperar</translation>
    </message>
    <message>
        <source>This server looks older than %1 (newest build seen: %2); %3 needs newer</source>
        <translation>Este servidor parece anterior a %1 (build mais recente visto: %2); a ação %3 exige um servidor mais novo</translation>
    </message>
    <message>
        <source>The park IVR mode of campaign %1 is not set. If it has a park IVR, set its mode in Settings (a park into a missing IVR drops the caller)</source>
        <translation>O modo da URA de estacionamento da campanha %1 não está definido. Se ela tiver uma URA de estacionamento, defina o modo em Configurações (estacionar em uma URA inexistente derruba a chamada)</translation>
    </message>
    <message>
        <source>Campaign %1 has no park IVR</source>
        <translation>A campanha %1 não tem URA de estacionamento</translation>
    </message>
    <message>
        <source>Campaign %1 does not allow grabbing back from the park IVR: the customer returns when it ends</source>
        <translation>A campanha %1 não permite recuperar da URA de estacionamento: o cliente volta quando ela termina</translation>
    </message>
    <message>
        <source>The customer has hung up</source>
        <translation>O cliente desligou</translation>
    </message>
    <message>
        <source>The call has ended: the agent is writing the disposition</source>
        <translation>A chamada terminou: o agente está tabulando</translation>
    </message>
    <message>
        <source>No call is connected yet: the lead is in preview</source>
        <translation>Nenhuma chamada conectada ainda: o lead está em pré-visualização</translation>
    </message>
    <message>
        <source>No call is connected yet: the phone is ringing</source>
        <translation>Nenhuma chamada conectada ainda: o telefone está tocando</translation>
    </message>
    <message>
        <source>No call is connected yet: the number is being dialled</source>
        <translation>Nenhuma chamada conectada ainda: o número está sendo discado</translation>
    </message>
    <message>
        <source>Agent %1 is not in a call (%2)</source>
        <translation>O agente %1 não está em chamada (%2)</translation>
    </message>
    <message>
        <source>The server shows a call state this program does not know (%1)</source>
        <translation>O servidor mostra um estado de chamada que este programa não conhece (%1)</translation>
    </message>
    <message>
        <source>Bring the parked third party back</source>
        <translation>Trazer de volta o terceiro estacionado</translation>
    </message>
    <message>
        <source>Park the customer: they hear hold music until grabbed back</source>
        <translation>Estacionar o cliente: ele ouve música de espera até ser recuperado</translation>
    </message>
    <message>
        <source>The customer is already parked</source>
        <translation>O cliente já está estacionado</translation>
    </message>
    <message>
        <source>The customer is in the park IVR</source>
        <translation>O cliente está na URA de estacionamento</translation>
    </message>
    <message>
        <source>Bring the parked customer back</source>
        <translation>Trazer de volta o cliente estacionado</translation>
    </message>
    <message>
        <source>The customer is not parked</source>
        <translation>O cliente não está estacionado</translation>
    </message>
    <message>
        <source>Send the customer to the park IVR of campaign %1; they come back by themselves when it ends</source>
        <translation>Enviar o cliente para a URA de estacionamento da campanha %1; ele volta sozinho quando ela termina</translation>
    </message>
    <message>
        <source>The customer is parked: bring them back first</source>
        <translation>O cliente está estacionado: traga-o de volta primeiro</translation>
    </message>
    <message>
        <source>The customer is already in the park IVR</source>
        <translation>O cliente já está na URA de estacionamento</translation>
    </message>
    <message>
        <source>Bring the customer back from the park IVR now</source>
        <translation>Trazer o cliente de volta da URA de estacionamento agora</translation>
    </message>
    <message>
        <source>The customer is not in the park IVR</source>
        <translation>O cliente não está na URA de estacionamento</translation>
    </message>
    <message>
        <source>The third party is already parked</source>
        <translation>O terceiro já está estacionado</translation>
    </message>
    <message>
        <source>Park the third-party line (the server shows another party on this call)</source>
        <translation>Estacionar a linha do terceiro (o servidor mostra outra pessoa nesta chamada)</translation>
    </message>
    <message>
        <source>Park the third party</source>
        <translation>Estacionar o terceiro</translation>
    </message>
    <message>
        <source>Park the third-party line, if there is one: the server does not report whether a third party is on the call</source>
        <translation>Estacionar a linha do terceiro, se houver: o servidor não informa se há um terceiro na chamada</translation>
    </message>
    <message>
        <source>No third party was parked from this bar (one parked in the VICIdial screen cannot be seen here)</source>
        <translation>Nenhum terceiro foi estacionado por esta barra (um terceiro estacionado pela tela do VICIdial não aparece aqui)</translation>
    </message>
    <message>
        <source>No third party was parked from this bar to swap with</source>
        <translation>Nenhum terceiro foi estacionado por esta barra para alternar</translation>
    </message>
    <message>
        <source>Park the customer and bring the parked third party back</source>
        <translation>Estacionar o cliente e trazer de volta o terceiro estacionado</translation>
    </message>
    <message>
        <source>The third party is already parked: use Grab to bring the customer back</source>
        <translation>O terceiro já está estacionado: use Recuperar para trazer o cliente de volta</translation>
    </message>
    <message>
        <source>Park the third party and bring the customer back</source>
        <translation>Estacionar o terceiro e trazer o cliente de volta</translation>
    </message>
    <message>
        <source>Park the third-party line (if there is one: the server cannot tell) and bring the customer back</source>
        <translation>Estacionar a linha do terceiro (se houver: o servidor não tem como saber) e trazer o cliente de volta</translation>
    </message>
    <message>
        <source>Hang up the third party and bring the parked customer back</source>
        <translation>Desligar o terceiro e trazer de volta o cliente estacionado</translation>
    </message>
    <message>
        <source>Hang up the third-party line (if there is one) and bring the parked customer back</source>
        <translation>Desligar a linha do terceiro (se houver) e trazer de volta o cliente estacionado</translation>
    </message>
    <message>
        <source>Waiting for the previous command to finish</source>
        <translation>Aguardando o comando anterior terminar</translation>
    </message>
</context>
<context>
    <name>AgentBar</name>
    <message>
        <source>Not available (%1): %2</source>
        <translation>Indisponível (%1): %2</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>The server stored %1 for agent %2.</source>
        <translation>O servidor registrou %1 para o agente %2.</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>O servidor aceitou a requisição.</translation>
    </message>
    <message>
        <source>Agent %1 is not logged in.</source>
        <translation>O agente %1 não está logado.</translation>
    </message>
    <message>
        <source>Agent %1 has no lead on the screen.</source>
        <translation>O agente %1 não tem lead na tela.</translation>
    </message>
    <message>
        <source>The server does not accept the value &quot;%1&quot; for agent %2.</source>
        <translation>O servidor não aceita o valor &quot;%1&quot; para o agente %2.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters.</source>
        <translation>O servidor rejeitou os parâmetros da requisição.</translation>
    </message>
    <message>
        <source>API user %1 is not allowed to use %2. Ask the VICIdial administrator to allow it.</source>
        <translation>O usuário da API %1 não tem permissão para usar %2. Peça ao administrador do VICIdial para liberar.</translation>
    </message>
    <message>
        <source>Signed out: wrong API user or password.</source>
        <translation>Sessão encerrada: usuário ou senha da API incorretos.</translation>
    </message>
    <message>
        <source>Signed out: the server has locked API user %1 for 15 minutes after too many failed logins.</source>
        <translation>Sessão encerrada: o servidor bloqueou o usuário da API %1 por 15 minutos após muitas tentativas de login malsucedidas.</translation>
    </message>
    <message>
        <source>The server does not accept requests from this computer (%1).</source>
        <translation>O servidor não aceita requisições deste computador (%1).</translation>
    </message>
    <message>
        <source>The agent API is switched off on this server.</source>
        <translation>A API de agente está desativada neste servidor.</translation>
    </message>
    <message>
        <source>The server rejected the source name: it must be 2 to 20 characters.</source>
        <translation>O servidor rejeitou o nome de origem (source): ele deve ter de 2 a 20 caracteres.</translation>
    </message>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation>Não existe o agente %1 neste servidor.</translation>
    </message>
    <message>
        <source>No agents are logged in.</source>
        <translation>Nenhum agente está logado.</translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>O servidor enviou uma resposta vazia.</translation>
    </message>
    <message>
        <source>The server answered with an error page instead of an answer.</source>
        <translation>O servidor respondeu com uma página de erro em vez de uma resposta.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>O servidor não respondeu a tempo.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Não é possível acessar o servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>O certificado do servidor não é confiável: %1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>O servidor respondeu com o status HTTP %1.</translation>
    </message>
    <message>
        <source>A command for agent %1 is already on its way.</source>
        <translation>Um comando para o agente %1 já está a caminho.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Não enviado.</translation>
    </message>
    <message>
        <source>The server sends ParkBar to its https address, %1. ParkBar stopped asking so that the password no longer travels unencrypted: switch the profile to the https address.</source>
        <translation>O servidor envia o ParkBar para o seu endereço https, %1. O ParkBar parou de perguntar para que a senha não trafegue mais sem criptografia: mude o perfil para o endereço https.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>O proxy %1 pede um nome de usuário e uma senha.</translation>
    </message>
</context>
<context>
    <name>ApiFloorSource</name>
    <message>
        <source>Stopped after VICIdial refused the API user (%1): restart or reload the hub after fixing it</source>
        <translation>Parado depois que o VICIdial recusou o usuário da API (%1): reinicie ou recarregue o hub depois de corrigir</translation>
    </message>
    <message>
        <source>logged_in_agents failed: %1</source>
        <translation>logged_in_agents falhou: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo: ParkBar is talking to a simulated VICIdial server on this computer (%1). Nothing here reaches a real call.</source>
        <translation>Demonstração: o ParkBar está conversando com um servidor VICIdial simulado neste computador (%1). Nada aqui chega a uma chamada real.</translation>
    </message>
    <message>
        <source>ParkBar (demo)</source>
        <translation>ParkBar (demonstração)</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Horizontal: a row of buttons</source>
        <translation>Horizontal: uma linha de botões</translation>
    </message>
    <message>
        <source>Vertical: a column of buttons</source>
        <translation>Vertical: uma coluna de botões</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientação:</translation>
    </message>
    <message>
        <source>&amp;Compact:</source>
        <translation>&amp;Compacto:</translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation>Somente ícones, botões menores</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Janela:</translation>
    </message>
    <message>
        <source>Always on top of other windows</source>
        <translation>Sempre no topo das outras janelas</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when ParkBar starts again.</source>
        <translation>O novo idioma entra em vigor quando o ParkBar for iniciado novamente.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmação</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Column header: the command&apos;s latency in milliseconds.</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Resposta do servidor</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Usuário da API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar caminho</translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation>Copiar o caminho do log de auditoria</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Open the audit log&apos;s folder</source>
        <translation>Abrir a pasta do log de auditoria</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Atualizar o log de auditoria</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Log de auditoria, do mais novo ao mais antigo</translation>
    </message>
    <message>
        <source>No commands recorded yet.</source>
        <translation>Nenhum comando registrado ainda.</translation>
    </message>
    <message>
        <source>ParkBar audit log</source>
        <translation>Log de auditoria do ParkBar</translation>
    </message>
    <message>
        <source>Commands shown: %1, newest first.</source>
        <translation>Comandos exibidos: %1, os mais recentes primeiro.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Every command is written to the audit log: when it was sent, the agent, the command, the server&apos;s answer (passwords removed) and whether the agent&apos;s state confirmed it. Hand the file to QA as it is; each line is one JSON object.</source>
        <translation>Cada comando é gravado no log de auditoria: quando foi enviado, o agente, o comando, a resposta do servidor (sem as senhas) e se o estado do agente o confirmou. Entregue o arquivo à equipe de qualidade como está; cada linha é um objeto JSON.</translation>
    </message>
    <message>
        <source>Audit log size limit</source>
        <translation>Limite de tamanho do log de auditoria</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Rotate at:</source>
        <translation>&amp;Rotacionar ao atingir:</translation>
    </message>
    <message>
        <source>Three older files are kept beside it (audit.1.jsonl is the newest of them).</source>
        <translation>Três arquivos mais antigos são mantidos ao lado dele (audit.1.jsonl é o mais recente deles).</translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation>Arquivo do log de auditoria</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <source>&amp;View log...</source>
        <translation>&amp;Ver log...</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Ver o log de auditoria</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar caminho</translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation>Copiar o caminho do log de auditoria</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log de auditoria</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Reading the agent&apos;s state</source>
        <translation>Leitura do estado do agente</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Agent &amp;logged in:</source>
        <translation>Agente &amp;logado:</translation>
    </message>
    <message>
        <source>Agent logged &amp;out:</source>
        <translation>Agente &amp;deslogado:</translation>
    </message>
    <message>
        <source>Longest &amp;back-off:</source>
        <translation>Espera &amp;máxima entre tentativas:</translation>
    </message>
    <message>
        <source>Every poll adds work on the shared server; the agent&apos;s own screen already polls once a second.</source>
        <translation>Cada consulta gera trabalho no servidor compartilhado; a própria tela do agente já consulta o servidor uma vez por segundo.</translation>
    </message>
    <message>
        <source>Commands and parked callers</source>
        <translation>Comandos e chamadas estacionadas</translation>
    </message>
    <message>
        <source>Con&amp;firmation timeout:</source>
        <translation>&amp;Tempo limite de confirmação:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Warn when parked for:</source>
        <translation>A&amp;visar quando estacionado há:</translation>
    </message>
    <message>
        <source>C&amp;ritical when parked for:</source>
        <translation>&amp;Crítico quando estacionado há:</translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends the third party&apos;s call</source>
        <translation>Perguntar antes de Desligar transf. + recuperar, que encerra a chamada do terceiro</translation>
    </message>
    <message>
        <source>Hang&amp;up:</source>
        <translation>Desli&amp;gar:</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamento</translation>
    </message>
    <message>
        <source>While a command awaits &amp;confirmation:</source>
        <translation>Enquanto um comando aguarda co&amp;nfirmação:</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Park IVR mode</source>
        <translation>Modo da URA de estacionamento</translation>
    </message>
    <message>
        <source>DISABLED: no park IVR</source>
        <translation>DISABLED: sem URA de estacionamento</translation>
    </message>
    <message>
        <source>ENABLED: park to IVR and grab back</source>
        <translation>ENABLED: estacionar na URA e recuperar</translation>
    </message>
    <message>
        <source>ENABLED_PARK_ONLY: no grab back</source>
        <translation>ENABLED_PARK_ONLY: sem recuperar da URA</translation>
    </message>
    <message>
        <source>ENABLED_BUTTON_HIDDEN: screen button hidden</source>
        <translation>ENABLED_BUTTON_HIDDEN: botão oculto na tela</translation>
    </message>
    <message>
        <source>VICIdial does not tell ParkBar whether a campaign has a park IVR (its ivr_park_call setting). Enter it here, as your VICIdial administrator set it. A campaign that is not listed is unknown: the Park IVR button stays off with that reason. Do not mark a campaign as having a park IVR it does not have: a park to an IVR that does not exist drops the caller.</source>
        <translation>O VICIdial não informa ao ParkBar se uma campanha tem URA de estacionamento (a configuração ivr_park_call dela). Informe isso aqui, conforme o administrador do VICIdial configurou. Uma campanha que não está na lista é desconhecida: o botão Estac. URA fica desativado, com esse motivo. Não marque uma campanha como tendo uma URA de estacionamento que ela não tem: estacionar em uma URA que não existe derruba a chamada.</translation>
    </message>
    <message>
        <source>Park IVR mode per campaign</source>
        <translation>Modo da URA de estacionamento por campanha</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>ID da campanha</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Adicionar campanha</translation>
    </message>
    <message>
        <source>Remove campaign</source>
        <translation>Remover campanha</translation>
    </message>
    <message>
        <source>&amp;Old builds:</source>
        <translation>Builds &amp;antigos:</translation>
    </message>
    <message>
        <source>The agent screen supports SWAP and HANGUP</source>
        <translation>A tela do agente aceita SWAP e HANGUP</translation>
    </message>
    <message>
        <source>The SWAP and HANGUP values need the agent screen of build 240624 or newer, which reports its build nowhere. ParkBar goes by the newest of the API builds and turns these buttons off below 240624. Tick this only when you know the agents&apos; screens are newer than the APIs; ParkBar still checks each command in the agent&apos;s state.</source>
        <translation>Os valores SWAP e HANGUP exigem a tela do agente no build 240624 ou mais recente, e ela não informa seu build em lugar nenhum. O ParkBar se baseia no build mais recente das APIs e desativa esses botões abaixo de 240624. Marque esta opção somente quando souber que as telas dos agentes são mais novas que as APIs; o ParkBar continua verificando cada comando no estado do agente.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
    </message>
    <message>
        <source>Campaign %1 is listed twice.</source>
        <translation>A campanha %1 aparece duas vezes na lista.</translation>
    </message>
</context>
<context>
    <name>CertificateFetcher</name>
    <message>
        <source>The server did not complete a TLS handshake in time.</source>
        <translation>O servidor não concluiu o handshake TLS a tempo.</translation>
    </message>
    <message>
        <source>Enter an https:// server address first: plain http has no certificate.</source>
        <translation>Informe primeiro um endereço de servidor https://: http simples não tem certificado.</translation>
    </message>
    <message>
        <source>This computer has no TLS support.</source>
        <translation>Este computador não tem suporte a TLS.</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>Não é possível conectar a %1:%2: %3</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>O servidor não enviou nenhum certificado.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Print the agent&apos;s state and which actions are possible, then exit.</source>
        <translation>Mostra o estado do agente e quais ações são possíveis e, em seguida, sai.</translation>
    </message>
    <message>
        <source>Send one park_call value (%1) through the same rules as the buttons.</source>
        <translation>Envia um valor de park_call (%1) pelas mesmas regras dos botões.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>With --send: wait until the agent&apos;s state shows the command carried out.</source>
        <translation>Com --send: aguarda até que o estado do agente mostre o comando executado.</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENTE</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUÁRIO</translation>
    </message>
    <message>
        <source>The source name the server logs (2 to 20 characters).</source>
        <translation>O nome de origem (source) que o servidor registra (de 2 a 20 caracteres).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEM</translation>
    </message>
    <message>
        <source>Send requests as GET instead of POST (puts the password in the server&apos;s access logs).</source>
        <translation>Envia as requisições via GET em vez de POST (coloca a senha nos logs de acesso do servidor).</translation>
    </message>
    <message>
        <source>How long to wait for each answer, in milliseconds.</source>
        <translation>Quanto tempo esperar por cada resposta, em milissegundos.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Not accepted: use PARKBAR_PASSWORD.</source>
        <translation>Não aceito: use PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>SENHA</translation>
    </message>
    <message>
        <source>--password is not accepted: a password on the command line can be read by every user of this computer and stays in the shell history. Put it in the environment variable PARKBAR_PASSWORD instead.</source>
        <translation>--password não é aceito: uma senha na linha de comando pode ser lida por qualquer usuário deste computador e fica no histórico do shell. Coloque-a na variável de ambiente PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>--status and --send cannot be used together.</source>
        <translation>--status e --send não podem ser usados juntos.</translation>
    </message>
    <message>
        <source>--confirm only goes with --send.</source>
        <translation>--confirm só pode ser usado com --send.</translation>
    </message>
    <message>
        <source>--send: &quot;%1&quot; is not a park_call value; use one of %2.</source>
        <translation>--send: &quot;%1&quot; não é um valor de park_call; use um destes: %2.</translation>
    </message>
    <message>
        <source>--agent needs the agent&apos;s login.</source>
        <translation>--agent exige o login do agente.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http or https address.</source>
        <translation>--server: &quot;%1&quot; não é um endereço http ou https.</translation>
    </message>
    <message>
        <source>--server: put no user or password in the address; use --user and PARKBAR_PASSWORD.</source>
        <translation>--server: não coloque usuário nem senha no endereço; use --user e PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>--source: the source name must be 2 to 20 characters.</source>
        <translation>--source: o nome de origem deve ter de 2 a 20 caracteres.</translation>
    </message>
    <message>
        <source>Note: --get puts the API password into the server&apos;s access logs.</source>
        <translation>Observação: --get coloca a senha da API nos logs de acesso do servidor.</translation>
    </message>
    <message>
        <source>--timeout: give a number of milliseconds from %1 to %2.</source>
        <translation>--timeout: informe um número de milissegundos entre %1 e %2.</translation>
    </message>
    <message>
        <source>Use this saved profile (its name) instead of the one in use.</source>
        <translation>Usar este perfil salvo (pelo nome) em vez do que está em uso.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login (instead of the profile&apos;s).</source>
        <translation>O login do agente no VICIdial (em vez do que está no perfil).</translation>
    </message>
    <message>
        <source>The VICIdial server&apos;s address, e.g. https://dialer.example.com (instead of the profile&apos;s).</source>
        <translation>O endereço do servidor VICIdial, por exemplo https://dialer.example.com (em vez do que está no perfil).</translation>
    </message>
    <message>
        <source>The API user (instead of the profile&apos;s). Its password comes from the keychain or the environment variable PARKBAR_PASSWORD.</source>
        <translation>O usuário da API (em vez do que está no perfil). A senha vem do chaveiro ou da variável de ambiente PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for this run.</source>
        <translation>Confiar nos certificados de CA deste arquivo PEM nesta execução.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARQUIVO</translation>
    </message>
    <message>
        <source>Accept only this certificate for this run: its SHA-256 fingerprint or sha256//BASE64 of its public key.</source>
        <translation>Aceitar somente este certificado nesta execução: sua impressão digital SHA-256 ou sha256//BASE64 da sua chave pública.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>--profile needs a saved profile&apos;s name.</source>
        <translation>--profile precisa do nome de um perfil salvo.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; has no scheme. Write https://%1 (encrypted), or http://%1 if the server has no https (the password then travels unencrypted).</source>
        <translation>--server: &quot;%1&quot; não tem esquema. Escreva https://%1 (criptografado), ou http://%1 se o servidor não tiver https (a senha então trafega sem criptografia).</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable PEM file of certificates.</source>
        <translation>--ca-file: &quot;%1&quot; não é um arquivo PEM de certificados legível.</translation>
    </message>
    <message>
        <source>--pin: give the certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits) or its public key&apos;s pin, sha256// followed by the base64 of its SHA-256.</source>
        <translation>--pin: informe a impressão digital SHA-256 do certificado (64 dígitos hexadecimais) ou o pin da sua chave pública, sha256// seguido do base64 do seu SHA-256.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>%1 No user name and password for it are saved in the keychain: start ParkBar&apos;s window once and enter them when it asks.</source>
        <translation>%1 Não há nome de usuário e senha salvos para ele no chaveiro: abra a janela do ParkBar uma vez e informe-os quando ela pedir.</translation>
    </message>
</context>
<context>
    <name>CliProfile</name>
    <message>
        <source>Warning: %1 is plain http, so the API password travels unencrypted; use https:// if the server offers it.</source>
        <translation>Aviso: %1 é http simples, então a senha da API trafega sem criptografia; use https:// se o servidor oferecer.</translation>
    </message>
    <message>
        <source>--profile: there is no saved profile; set one up in the window first.</source>
        <translation>--profile: não há nenhum perfil salvo; configure um primeiro na janela.</translation>
    </message>
    <message>
        <source>--profile: no saved profile is called &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>--profile: nenhum perfil salvo se chama &quot;%1&quot;. Perfis salvos: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is in gateway mode: its hub holds the API password and sends the commands, and the command line does not go through a gateway hub. Use ParkBar&apos;s window, or give --server, --user and PARKBAR_PASSWORD to reach the server directly.</source>
        <translation>O perfil &quot;%1&quot; está no modo gateway: o hub dele guarda a senha da API e envia os comandos, e a linha de comando não passa por um hub gateway. Use a janela do ParkBar, ou informe --server, --user e PARKBAR_PASSWORD para chegar diretamente ao servidor.</translation>
    </message>
</context>
<context>
    <name>CliRequest</name>
    <message>
        <source>Missing: %1 (the saved profile does not have it; the API password comes from the keychain, where the window saves it, or from the environment variable PARKBAR_PASSWORD).</source>
        <translation>Falta: %1 (o perfil salvo não tem; a senha da API vem do chaveiro, onde a janela a salva, ou da variável de ambiente PARKBAR_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>agent %1: not logged in</source>
        <translation>agente %1: não logado</translation>
    </message>
    <message>
        <source>no sub status</source>
        <translation>sem substatus</translation>
    </message>
    <message>
        <source>sub status %1</source>
        <translation>substatus %1</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>lead %1</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>sem lead</translation>
    </message>
    <message>
        <source>agent %1: %2, %3, %4, campaign %5</source>
        <translation>agente %1: %2, %3, %4, campanha %5</translation>
    </message>
    <message>
        <source>connection: connecting</source>
        <translation>conexão: conectando</translation>
    </message>
    <message>
        <source>connection: connected</source>
        <translation>conexão: conectado</translation>
    </message>
    <message>
        <source>connection: slow: %1</source>
        <translation>conexão: lenta: %1</translation>
    </message>
    <message>
        <source>connection: offline: %1</source>
        <translation>conexão: offline: %1</translation>
    </message>
    <message>
        <source>connection: signed out: %1</source>
        <translation>conexão: sessão encerrada: %1</translation>
    </message>
    <message>
        <source>server: agent API %1, non-agent API %2</source>
        <translation>servidor: API de agente %1, API não agente %2</translation>
    </message>
    <message>
        <source> (the administrator says the agent screen supports Swap and Hangup Xfer + Grab)</source>
        <translation> (segundo o administrador, a tela do agente aceita Alternar e Desligar transf. + recuperar)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>park IVR: campaign %1, mode %2</source>
        <translation>URA de estacionamento: campanha %1, modo %2</translation>
    </message>
    <message>
        <source>enabled: %1</source>
        <translation>disponível: %1</translation>
    </message>
    <message>
        <source>off: %1</source>
        <translation>indisponível: %1</translation>
    </message>
    <message>
        <source>source: the hub %1</source>
        <translation>origem: o hub %1</translation>
    </message>
    <message>
        <source>source: the hub %1, which cannot be relied on: %2</source>
        <translation>origem: o hub %1, que não é confiável agora: %2</translation>
    </message>
    <message>
        <source>source: direct polling (the hub %1 cannot be relied on: %2)</source>
        <translation>origem: consulta direta (o hub %1 não é confiável agora: %2)</translation>
    </message>
    <message>
        <source>source: direct polling</source>
        <translation>origem: consulta direta</translation>
    </message>
</context>
<context>
    <name>CommandFeedback</name>
    <message>
        <source>Last command</source>
        <translation>Último comando</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Connecting...</source>
        <translation>Conectando...</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Slow server (%1 ms)</source>
        <translation>Servidor lento (%1 ms)</translation>
    </message>
    <message>
        <source>Offline, retrying in %1 s</source>
        <translation>Offline, nova tentativa em %1 s</translation>
    </message>
    <message>
        <source>Offline, retrying now</source>
        <translation>Offline, tentando novamente agora</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sessão encerrada</translation>
    </message>
    <message>
        <source>%1: sending...</source>
        <translation>%1: enviando...</translation>
    </message>
    <message>
        <source>%1: no clear answer (%2). It may or may not have been done: watch the state.</source>
        <translation>%1: sem resposta clara (%2). Pode ou não ter sido feito: acompanhe o estado.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the agent&apos;s screen...</source>
        <translation>%1: enviado, aguardando a tela do agente...</translation>
    </message>
    <message>
        <source>%1: done, confirmed after %2 s.</source>
        <translation>%1: concluído, confirmado após %2 s.</translation>
    </message>
    <message>
        <source>%1: not carried out. The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation>%1: não executado. A tela do VICIdial do agente não executou o comando. Ela está aberta?</translation>
    </message>
    <message>
        <source>%1: sent, but whether it happened cannot be seen.</source>
        <translation>%1: enviado, mas não é possível ver se aconteceu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: sent.</source>
        <translation>%1: enviado.</translation>
    </message>
    <message>
        <source>%1: done. The server&apos;s answer was lost, but the agent&apos;s state shows it.</source>
        <translation>%1: feito. A resposta do servidor se perdeu, mas o estado do agente mostra o resultado.</translation>
    </message>
</context>
<context>
    <name>ConfirmationTracker</name>
    <message>
        <source>The server shows the customer parked.</source>
        <translation>O servidor mostra o cliente estacionado.</translation>
    </message>
    <message>
        <source>The server no longer shows the customer parked.</source>
        <translation>O servidor não mostra mais o cliente estacionado.</translation>
    </message>
    <message>
        <source>No state came from the server since the command was sent: cannot tell whether it was carried out.</source>
        <translation>Nenhum estado chegou do servidor desde que o comando foi enviado: não é possível saber se ele foi executado.</translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored, and the agent&apos;s state does not show it carried out.</source>
        <translation>O servidor não deu uma resposta clara, então o comando pode ou não ter sido registrado, e o estado do agente não mostra que ele foi executado.</translation>
    </message>
    <message>
        <source>The server shows a 3-way call, which can hide a park: cannot tell whether it was carried out.</source>
        <translation>O servidor mostra uma conferência a três, o que pode ocultar um estacionamento: não é possível saber se o comando foi executado.</translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored; the third-party line cannot be seen to check.</source>
        <translation>O servidor não deu uma resposta clara, então o comando pode ou não ter sido registrado; não é possível ver a linha do terceiro para verificar.</translation>
    </message>
    <message>
        <source>Sent. The server does not show the third-party line, so this cannot be confirmed.</source>
        <translation>Enviado. O servidor não mostra a linha do terceiro, então isto não pode ser confirmado.</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation>A tela do VICIdial do agente não executou o comando. Ela está aberta?</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Each profile is one server and agent; the bar uses the selected one.</source>
        <translation>Cada perfil é um servidor e um agente; a barra usa o perfil selecionado.</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Adicionar...</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Adicionar perfil</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Renomear...</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renomear perfil</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Endereço do &amp;servidor:</translation>
    </message>
    <message>
        <source>&amp;API user:</source>
        <translation>&amp;Usuário da API:</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Senha da API</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login, e.g. 1000</source>
        <translation>O login do agente no VICIdial, ex.: 1000</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>POST (recommended)</source>
        <translation>POST (recomendado)</translation>
    </message>
    <message>
        <source>GET (puts the password in web-server logs)</source>
        <translation>GET (coloca a senha nos logs do servidor web)</translation>
    </message>
    <message>
        <source>Request &amp;method:</source>
        <translation>Método da &amp;requisição:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tempo limite:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Testar &amp;conexão</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Asks the server for its version and the agent&apos;s state once, with the values above, without saving them.</source>
        <translation>Consulta uma vez a versão do servidor e o estado do agente, com os valores acima, sem salvá-los.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nome do perfil:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the password field: leaving it empty keeps the saved password.</extracomment>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>Reading the saved password...</source>
        <translation>Lendo a senha salva...</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Informe a senha para testar a conexão.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Testando...</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy:</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No agent entered, so the agent&apos;s state was not read.</source>
        <translation>Nenhum agente informado, então o estado do agente não foi lido.</translation>
    </message>
    <message>
        <source>No password entered, so the agent&apos;s state was not read.</source>
        <translation>Nenhuma senha informada, então o estado do agente não foi lido.</translation>
    </message>
    <message>
        <source>The agent&apos;s state was not read: the non-agent API would alter this password and count a failed login.</source>
        <translation>O estado do agente não foi lido: a API não agente alteraria esta senha e contaria um login malsucedido.</translation>
    </message>
    <message>
        <source>%1: version %2, build %3.</source>
        <translation>%1: versão %2, build %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agent API</source>
        <translation>API de agente</translation>
    </message>
    <message>
        <source>Non-agent API</source>
        <translation>API não agente</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>O servidor respondeu: %1</translation>
    </message>
    <message>
        <source>Agent %1: status %2, campaign %3, lead %4 on the screen.</source>
        <translation>Agente %1: status %2, campanha %3, lead %4 na tela.</translation>
    </message>
    <message>
        <source>Agent %1: status %2, campaign %3, no lead on the screen.</source>
        <translation>Agente %1: status %2, campanha %3, nenhum lead na tela.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation>Nenhum chaveiro está disponível neste computador, então o ParkBar pedirá a senha sempre que for iniciado e nunca a gravará em disco.</translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable and is not stored.</source>
        <translation>A senha vem da variável de ambiente PARKBAR_PASSWORD e não é armazenada.</translation>
    </message>
    <message>
        <source>The password is kept in the Windows Credential Manager, never in a settings file.</source>
        <translation>A senha fica guardada no Gerenciador de Credenciais do Windows, nunca em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>The password is kept in the macOS Keychain, never in a settings file.</source>
        <translation>A senha fica guardada no Chaveiro do macOS, nunca em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring (Secret Service), never in a settings file.</source>
        <translation>A senha fica guardada no chaveiro do ambiente de trabalho (Secret Service), nunca em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable.</source>
        <translation>A senha vem da variável de ambiente PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>Enter the server address and API user first.</source>
        <translation>Informe primeiro o endereço do servidor e o usuário da API.</translation>
    </message>
    <message>
        <source>No password is saved for %1 yet.</source>
        <translation>Ainda não há senha salva para %1.</translation>
    </message>
    <message>
        <source>The keychain refused access, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation>O chaveiro recusou o acesso, então o ParkBar pedirá a senha sempre que for iniciado e nunca a gravará em disco.</translation>
    </message>
</context>
<context>
    <name>DatabaseFloorWorker</name>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not installed; on Debian it is the package libqt6sql6-mysql.</source>
        <translation>O driver MySQL do Qt (QMYSQL) não está instalado; no Debian é o pacote libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 as %2: %3</source>
        <translation>Não é possível conectar ao banco de dados %1 como %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the tables of the database %1: %2</source>
        <translation>Não é possível ler as tabelas do banco de dados %1: %2</translation>
    </message>
    <message>
        <source>The database %1 lacks %2 (an older VICIdial, or the account may not read them).</source>
        <translation>No banco de dados %1 falta %2 (um VICIdial mais antigo, ou a conta não pode lê-lo).</translation>
    </message>
    <message>
        <source>Reading the floor from the database %1 failed: %2</source>
        <translation>Falha ao ler a operação do banco de dados %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Não é possível criar uma pasta temporária para a demonstração: %1</translation>
    </message>
    <message>
        <source>The built-in VICIdial simulator could not listen on 127.0.0.1.</source>
        <translation>O simulador de VICIdial embutido não conseguiu escutar em 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demonstração</translation>
    </message>
</context>
<context>
    <name>DeskMode</name>
    <message>
        <source>Direct: no hub. This desk polls the VICIdial server itself and keeps the API password.</source>
        <translation>Direto: sem hub. Este posto consulta ele mesmo o servidor VICIdial e guarda a senha da API.</translation>
    </message>
    <message>
        <source>Feed: the floor comes via the hub; the API password is on this desk, which polls directly while the hub cannot be reached.</source>
        <translation>Difusão: o salão chega pelo hub; a senha da API está neste posto, que consulta diretamente enquanto o hub não pode ser alcançado.</translation>
    </message>
    <message>
        <source>Gateway: the hub holds the API password and sends the commands. This desk holds no VICIdial password and works only while the hub can be reached.</source>
        <translation>Gateway: o hub guarda a senha da API e envia os comandos. Este posto não guarda nenhuma senha do VICIdial e só funciona enquanto o hub pode ser alcançado.</translation>
    </message>
    <message>
        <source>No password here: in gateway mode the hub holds the API password, and this desk never asks for or keeps one.</source>
        <translation>Sem senha aqui: no modo gateway o hub guarda a senha da API, e este posto nunca a pede nem a guarda.</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Grupo de usuários</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sub status</source>
        <translation>Substatus</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Estacionado</translation>
    </message>
    <message>
        <source>Last command</source>
        <translation>Último comando</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>PARK (IVR)</source>
        <translation>PARK (URA)</translation>
    </message>
</context>
<context>
    <name>GatewayText</name>
    <message>
        <source>Not sent: the hub only sends commands for the agent logged in on this desk&apos;s phone.</source>
        <translation>Não enviado: o hub só envia comandos para o agente conectado no telefone deste posto.</translation>
    </message>
    <message>
        <source>Not sent: agent %1 is outside the campaigns and groups this desk may act on.</source>
        <translation>Não enviado: o agente %1 está fora das campanhas e grupos em que este posto pode agir.</translation>
    </message>
    <message>
        <source>Not sent: the hub says this action is not possible now.</source>
        <translation>Não enviado: o hub diz que esta ação não é possível agora.</translation>
    </message>
    <message>
        <source>Not sent: the hub says this action is not possible now (%1).</source>
        <translation>Não enviado: o hub diz que esta ação não é possível agora (%1).</translation>
    </message>
    <message>
        <source>Not sent: a command for agent %1 is already on its way.</source>
        <translation>Não enviado: já há um comando a caminho para o agente %1.</translation>
    </message>
    <message>
        <source>Not sent: the hub stopped talking to VICIdial after the server refused its API user. The hub&apos;s administrator has to act.</source>
        <translation>Não enviado: o hub parou de falar com o VICIdial depois que o servidor recusou seu usuário de API. O administrador do hub precisa agir.</translation>
    </message>
    <message>
        <source>No agent logged in on %1</source>
        <translation>Nenhum agente conectado em %1</translation>
    </message>
    <message>
        <source>The hub cannot be reached: commands go only through it</source>
        <translation>O hub não pode ser alcançado: os comandos só passam por ele</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBackendFactory</name>
    <message>
        <source>This build of ParkBar has no X11 hotkey support; the in-window shortcuts still work.</source>
        <translation>Este build do ParkBar não tem suporte a atalhos globais no X11; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation>Este ambiente de trabalho (Wayland) não oferece atalhos globais; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
    <message>
        <source>No X11 or Wayland display was found; the in-window shortcuts still work.</source>
        <translation>Nenhum display X11 ou Wayland foi encontrado; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
    <message>
        <source>Global hotkeys are not supported on this system; the in-window shortcuts still work.</source>
        <translation>Atalhos globais não são suportados neste sistema; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Command history</source>
        <translation>Histórico de comandos</translation>
    </message>
    <message>
        <source>%1  agent %2  %3</source>
        <translation>%1  agente %2  %3</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Click, then press the key combination. Backspace clears it; Escape keeps the old one.</source>
        <translation>Clique e pressione a combinação de teclas. Backspace limpa; Esc mantém a anterior.</translation>
    </message>
    <message>
        <source>Press a key combination…</source>
        <translation>Pressione uma combinação de teclas…</translation>
    </message>
</context>
<context>
    <name>HotkeyRouting</name>
    <message>
        <source>No agent is selected, so the hotkey did nothing.</source>
        <translation>Nenhum agente selecionado, então o atalho global não fez nada.</translation>
    </message>
</context>
<context>
    <name>HotkeySection</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation>Atalhos globais</translation>
    </message>
</context>
<context>
    <name>HotkeySettingsPage</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation>Atalhos globais</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Key combination</source>
        <translation>Combinação de teclas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hotkey for %1</source>
        <translation>Atalho global para %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <source>Clear the hotkey for %1</source>
        <translation>Limpar o atalho global para %1</translation>
    </message>
    <message>
        <source>Status of the hotkey for %1</source>
        <translation>Status do atalho global para %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Não definido</translation>
    </message>
    <message>
        <source>Your desktop will confirm this key</source>
        <translation>O ambiente de trabalho vai confirmar esta tecla</translation>
    </message>
    <message>
        <source>Free: works in every window</source>
        <translation>Livre: funciona em todas as janelas</translation>
    </message>
    <message>
        <source>Saved; not active on this desktop</source>
        <translation>Salvo; não está ativo neste ambiente de trabalho</translation>
    </message>
    <message>
        <source>These keys work while any window has focus, including the VICIdial screen. A hotkey does exactly what its button on the bar does, and nothing while that button is off.</source>
        <translation>Estas teclas funcionam com qualquer janela em foco, inclusive a tela do VICIdial. Um atalho global faz exatamente o que o botão correspondente da barra faz, e nada enquanto esse botão estiver desativado.</translation>
    </message>
    <message>
        <source>They are paused while this page is open.</source>
        <translation>Eles ficam pausados enquanto esta página estiver aberta.</translation>
    </message>
    <message>
        <source>Your desktop decides the final keys and may ask you to confirm them.</source>
        <translation>O ambiente de trabalho decide as teclas finais e pode pedir que você as confirme.</translation>
    </message>
</context>
<context>
    <name>HotkeyTarget</name>
    <message>
        <source>Swap (automatic)</source>
        <translation>Alternar (automático)</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>No key combination</source>
        <translation>Nenhuma combinação de teclas</translation>
    </message>
    <message>
        <source>Use a single key combination, such as Ctrl+Alt+P</source>
        <translation>Use uma única combinação de teclas, como Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Add a key to the modifier, such as Ctrl+Alt+P</source>
        <translation>Adicione uma tecla ao modificador, como em Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Add Ctrl, Alt or the Windows/Super key: a plain key would stop working in every other program</source>
        <translation>Adicione Ctrl, Alt ou a tecla Windows/Super: uma tecla simples deixaria de funcionar em todos os outros programas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <source>Works in every window (the desktop set it to %1)</source>
        <translation>Funciona em todas as janelas (o ambiente de trabalho definiu %1)</translation>
    </message>
    <message>
        <source>Works in every window</source>
        <translation>Funciona em todas as janelas</translation>
    </message>
    <message>
        <source>%1 is already used by another program</source>
        <translation>A combinação %1 já está em uso por outro programa</translation>
    </message>
    <message>
        <source>%1 is also set for “%2”; neither works until one is changed</source>
        <translation>A combinação %1 também está definida para “%2”; nenhuma das duas funciona até que uma seja alterada</translation>
    </message>
    <message>
        <source>%1 cannot be typed on this keyboard</source>
        <translation>A combinação %1 não pode ser digitada neste teclado</translation>
    </message>
    <message>
        <source>Saved, but not active on this desktop</source>
        <translation>Salvo, mas não está ativo neste ambiente de trabalho</translation>
    </message>
    <message>
        <source>Waiting for the desktop to confirm the key</source>
        <translation>Aguardando o ambiente de trabalho confirmar a tecla</translation>
    </message>
    <message>
        <source>The desktop did not assign a key; check its keyboard settings</source>
        <translation>O ambiente de trabalho não atribuiu uma tecla; verifique as configurações de teclado dele</translation>
    </message>
    <message>
        <source>Paused while the hotkey settings are open</source>
        <translation>Pausado enquanto as configurações de atalhos globais estão abertas</translation>
    </message>
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>%1 is not a ws:// or wss:// address</source>
        <translation>%1 não é um endereço ws:// ou wss://</translation>
    </message>
    <message>
        <source>plain ws:// is only for a hub on this computer; use wss://</source>
        <translation>ws:// sem criptografia é só para um hub neste computador; use wss://</translation>
    </message>
    <message>
        <source>The hub is not connected</source>
        <translation>O hub não está conectado</translation>
    </message>
    <message>
        <source>The connection to the hub was lost before its answer</source>
        <translation>A conexão com o hub caiu antes da resposta</translation>
    </message>
</context>
<context>
    <name>HubConfigCheck</name>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>The configuration is good.</source>
        <translation>A configuração está correta.</translation>
    </message>
    <message>
        <source>The configuration is not usable.</source>
        <translation>A configuração não pode ser usada.</translation>
    </message>
    <message>
        <source>Source: api, logged_in_agents from %1 as API user %2, every %3 ms or more</source>
        <translation>Fonte: api, logged_in_agents de %1 como usuário da API %2, a cada %3 ms ou mais</translation>
    </message>
    <message>
        <source>Source: database %1 on %2 as %3, every %4 ms</source>
        <translation>Fonte: banco de dados %1 em %2 como %3, a cada %4 ms</translation>
    </message>
    <message>
        <source>Listen: %1://%2:%3</source>
        <translation>Escuta: %1://%2:%3</translation>
    </message>
    <message>
        <source>Serves: campaigns %1; user groups %2</source>
        <translation>Serve: campanhas %1; grupos de usuários %2</translation>
    </message>
    <message>
        <source>Tokens: %1 bar, %2 supervisor (%3)</source>
        <translation>Tokens: %1 de barra, %2 de supervisor (%3)</translation>
    </message>
    <message>
        <source>Health and metrics: http://127.0.0.1:%1/healthz and /metrics</source>
        <translation>Saúde e métricas: http://127.0.0.1:%1/healthz e /metrics</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuração: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erro: %1</translation>
    </message>
    <message>
        <source>no valid token: nobody can subscribe yet (parkbar-hub --issue-token)</source>
        <translation>nenhum token válido: ninguém pode se inscrever ainda (parkbar-hub --issue-token)</translation>
    </message>
    <message>
        <source>Read: %1 logged-in agents in %2 ms</source>
        <translation>Lido: %1 agentes conectados em %2 ms</translation>
    </message>
    <message>
        <source>the source could not be read: %1</source>
        <translation>não foi possível ler a fonte: %1</translation>
    </message>
    <message>
        <source>Mode: gateway: the hub sends park_call for its desks as API user %1 and writes its audit log to %2</source>
        <translation>Modo: gateway: o hub envia park_call pelas suas estações como usuário de API %1 e grava seu registro de auditoria em %2</translation>
    </message>
    <message>
        <source>Mode: feed: desks send their commands themselves</source>
        <translation>Modo: feed: as estações enviam os comandos elas mesmas</translation>
    </message>
    <message>
        <source>%1 tokens are bound to a phone, but the API source does not say who is logged in on which phone: those desks will be refused; use the database source</source>
        <translation>%1 tokens estão vinculados a um telefone, mas a origem API não informa quem está logado em qual telefone: essas estações serão recusadas; use a origem banco de dados</translation>
    </message>
    <message>
        <source>%1 tokens are bound to a phone; they send commands only through a gateway hub</source>
        <translation>%1 tokens estão vinculados a um telefone; eles só enviam comandos por um hub em modo gateway</translation>
    </message>
</context>
<context>
    <name>HubConfigReader</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 deve ser um número inteiro de %2 a %3, não “%4”</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 deve ser true ou false, não “%2”</translation>
    </message>
    <message>
        <source>%1 must name the file that holds the password</source>
        <translation>%1 deve indicar o arquivo que contém a senha</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: não é possível ler %2</translation>
    </message>
    <message>
        <source>hub/listen must be an IP address, not &apos;%1&apos;</source>
        <translation>hub/listen deve ser um endereço IP, não “%1”</translation>
    </message>
    <message>
        <source>allowPlain=true: tokens and agent states cross the network unencrypted</source>
        <translation>allowPlain=true: os tokens e os estados dos agentes atravessam a rede sem criptografia</translation>
    </message>
    <message>
        <source>database/user must name the read-only database account</source>
        <translation>database/user deve indicar a conta somente leitura do banco de dados</translation>
    </message>
    <message>
        <source>No database/passwordFile: the hub connects without a password</source>
        <translation>Sem database/passwordFile: o hub se conecta sem senha</translation>
    </message>
    <message>
        <source>api/url must be the VICIdial server&apos;s address, like https://dialer.example.com</source>
        <translation>api/url deve ser o endereço do servidor VICIdial, como https://dialer.example.com</translation>
    </message>
    <message>
        <source>api/user must name the VICIdial API user</source>
        <translation>api/user deve indicar o usuário da API do VICIdial</translation>
    </message>
    <message>
        <source>api/source must be 2 to 20 characters</source>
        <translation>api/source deve ter de 2 a 20 caracteres</translation>
    </message>
    <message>
        <source>api/method must be POST or GET</source>
        <translation>api/method deve ser POST ou GET</translation>
    </message>
    <message>
        <source>api/pinnedSha256 must be a SHA-256 fingerprint (64 hex digits)</source>
        <translation>api/pinnedSha256 deve ser uma impressão digital SHA-256 (64 dígitos hexadecimais)</translation>
    </message>
    <message>
        <source>The API password has characters that the non-agent API removes, so logged_in_agents would always fail and count towards the lockout: use letters, digits, - and _ only</source>
        <translation>A senha da API tem caracteres que a API não de agentes remove, então logged_in_agents falharia sempre e contaria para o bloqueio: use apenas letras, dígitos, - e _</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>Não é possível ler o arquivo de configuração %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 não é um arquivo INI válido</translation>
    </message>
    <message>
        <source>%1: passwords are never read from the configuration file; put the password in a file only the service can read and name that file with passwordFile</source>
        <translation>%1: senhas nunca são lidas do arquivo de configuração; coloque a senha em um arquivo que só o serviço possa ler e indique esse arquivo com passwordFile</translation>
    </message>
    <message>
        <source>Unknown key %1 (ignored)</source>
        <translation>Chave desconhecida %1 (ignorada)</translation>
    </message>
    <message>
        <source>source/kind must be database or api, not &apos;%1&apos;</source>
        <translation>source/kind deve ser database ou api, não “%1”</translation>
    </message>
    <message>
        <source>Cannot read the tokens file %1</source>
        <translation>Não é possível ler o arquivo de tokens %1</translation>
    </message>
    <message>
        <source>gateway/enabled needs api/user: the VICIdial API user the hub sends park_call as</source>
        <translation>gateway/enabled precisa de api/user: o usuário da API do VICIdial com o qual o hub envia park_call</translation>
    </message>
    <message>
        <source>gateway/enabled needs api/passwordFile: the file that holds the API user&apos;s password</source>
        <translation>gateway/enabled precisa de api/passwordFile: o arquivo que contém a senha do usuário da API</translation>
    </message>
    <message>
        <source>gateway/auditFile must name the file the hub writes its audit log to</source>
        <translation>gateway/auditFile deve indicar o arquivo em que o hub grava seu registro de auditoria</translation>
    </message>
    <message>
        <source>hub/parkIvrModes: &apos;%1&apos; is not CAMPAIGN:MODE with a mode of DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN</source>
        <translation>hub/parkIvrModes: &apos;%1&apos; não é CAMPANHA:MODO com um modo DISABLED, ENABLED, ENABLED_PARK_ONLY ou ENABLED_BUTTON_HIDDEN</translation>
    </message>
</context>
<context>
    <name>HubConnection</name>
    <message>
        <source>No hello with a token in time</source>
        <translation>Nenhum hello com token chegou a tempo</translation>
    </message>
    <message>
        <source>Too slow: the client does not read what the hub sends</source>
        <translation>Lento demais: o cliente não lê o que o hub envia</translation>
    </message>
</context>
<context>
    <name>HubGateway</name>
    <message>
        <source>Agent %1 is not the one logged in on this desk&apos;s phone %2</source>
        <translation>O agente %1 não é o que está logado no telefone %2 desta estação</translation>
    </message>
    <message>
        <source>This desk&apos;s token is bound to agent %1</source>
        <translation>O token desta estação está vinculado ao agente %1</translation>
    </message>
    <message>
        <source>Agent %1 is outside this token&apos;s campaigns and user groups</source>
        <translation>O agente %1 está fora das campanhas e grupos de usuários deste token</translation>
    </message>
    <message>
        <source>This desk does not follow agent %1</source>
        <translation>Esta estação não acompanha o agente %1</translation>
    </message>
    <message>
        <source>A command needs an id, an agent and a park_call action</source>
        <translation>Um comando precisa de um id, um agente e uma ação de park_call</translation>
    </message>
</context>
<context>
    <name>HubHealth</name>
    <message>
        <source>Connecting to the hub</source>
        <translation>Conectando ao hub</translation>
    </message>
    <message>
        <source>Hub connected</source>
        <translation>Hub conectado</translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub inacessível</translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>O hub recusou esta estação</translation>
    </message>
    <message>
        <source>The hub has no data</source>
        <translation>O hub não tem dados</translation>
    </message>
    <message>
        <source>The hub stopped answering</source>
        <translation>O hub parou de responder</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>HubOpsServer</name>
    <message>
        <source>Cannot listen for /healthz and /metrics on 127.0.0.1 port %1</source>
        <translation>Não é possível escutar /healthz e /metrics em 127.0.0.1 porta %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Endereço do hub:</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Token do hub</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Arquivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>AB:CD:... (the hub certificate&apos;s SHA-256)</source>
        <translation>AB:CD:... (o SHA-256 do certificado do hub)</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation>SHA-256 &amp;fixado:</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the hub token field: leaving it empty keeps the saved token.</extracomment>
        <translation>Sem alteração</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Definido pelo seu administrador.</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in a settings file.</source>
        <translation>Guardado no chaveiro do sistema, nunca em um arquivo de configurações.</translation>
    </message>
    <message>
        <source>On a large floor, a parkbar-hub reads the whole floor once and pushes every change to the bars, so the bar does not poll the server itself. In feed mode, while the hub cannot be reached the bar polls directly, and returns to the hub when it is back; in gateway mode the hub also sends the commands and holds the API password, and this desk holds none. Leave the address empty to poll directly. A second address is used while the first does not answer.</source>
        <translation>Em um salão grande, um parkbar-hub lê o salão inteiro uma vez e envia cada mudança às barras, assim a barra não consulta ela mesma o servidor. No modo difusão, enquanto o hub não pode ser alcançado a barra consulta diretamente, e volta ao hub quando ele retorna; no modo gateway o hub também envia os comandos e guarda a senha da API, e este posto não guarda nenhuma. Deixe o endereço vazio para consultar diretamente. Um segundo endereço é usado enquanto o primeiro não responde.</translation>
    </message>
    <message>
        <source>e.g. wss://hub.example.com:8765, wss://hub2.example.com:8765</source>
        <translation>ex.: wss://hub.example.com:8765, wss://hub2.example.com:8765</translation>
    </message>
    <message>
        <source>Feed: the hub pushes the floor, this desk keeps the API password</source>
        <translation>Difusão: o hub envia o salão, este posto guarda a senha da API</translation>
    </message>
    <message>
        <source>Gateway: the hub holds the API password and sends the commands</source>
        <translation>Gateway: o hub guarda a senha da API e envia os comandos</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modo:</translation>
    </message>
</context>
<context>
    <name>HubPoller</name>
    <message>
        <source>The hub has not read the floor yet</source>
        <translation>O hub ainda não leu o andar</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <source>Refusing plain ws:// on %1, which is not a loopback address: set a TLS certificate and key, or allowPlain=true to accept that tokens and agent states cross the network unencrypted</source>
        <translation>Recusando ws:// sem criptografia em %1, que não é um endereço de loopback: configure um certificado e uma chave TLS, ou allowPlain=true para aceitar que os tokens e os estados dos agentes atravessem a rede sem criptografia</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não é possível escutar em %1 porta %2: %3</translation>
    </message>
    <message>
        <source>The hub is stopping</source>
        <translation>O hub está parando</translation>
    </message>
    <message>
        <source>The token was revoked or changed</source>
        <translation>O token foi revogado ou alterado</translation>
    </message>
    <message>
        <source>Too many wrong tokens from this address: try again in %1 s</source>
        <translation>Tokens errados demais deste endereço: tente de novo em %1 s</translation>
    </message>
    <message>
        <source>The first message must be a hello with a token</source>
        <translation>A primeira mensagem deve ser um hello com um token</translation>
    </message>
    <message>
        <source>Protocol version %1 is not supported; this hub speaks %2</source>
        <translation>A versão %1 do protocolo não é suportada; este hub fala a %2</translation>
    </message>
    <message>
        <source>Not a JSON object with a type</source>
        <translation>Não é um objeto JSON com um tipo</translation>
    </message>
    <message>
        <source>Unknown message type: %1</source>
        <translation>Tipo de mensagem desconhecido: %1</translation>
    </message>
    <message>
        <source>Unknown token: ask the hub&apos;s administrator for a valid one</source>
        <translation>Token desconhecido: peça um válido ao administrador do hub</translation>
    </message>
    <message>
        <source>A bar token cannot subscribe to the whole floor</source>
        <translation>Um token de barra não pode se inscrever no andar inteiro</translation>
    </message>
    <message>
        <source>This token is bound to agent %1</source>
        <translation>Este token está vinculado ao agente %1</translation>
    </message>
    <message>
        <source>At most %1 agents per subscription</source>
        <translation>No máximo %1 agentes por inscrição</translation>
    </message>
    <message>
        <source>This hub is in feed mode: it sends no commands; the desk sends them itself</source>
        <translation>Este hub está em modo feed: não envia comandos; a estação os envia ela mesma</translation>
    </message>
    <message>
        <source>This token is bound to phone %1: subscribe with that phone</source>
        <translation>Este token está vinculado ao telefone %1: assine com esse telefone</translation>
    </message>
    <message>
        <source>This token is not bound to a phone</source>
        <translation>Este token não está vinculado a um telefone</translation>
    </message>
    <message>
        <source>This token is bound to phone %1</source>
        <translation>Este token está vinculado ao telefone %1</translation>
    </message>
    <message>
        <source>This hub reads the floor through the API, which does not say who is logged in on which phone: desks bound to a phone need a hub with the database source</source>
        <translation>Este hub lê o plantão pela API, que não informa quem está logado em qual telefone: estações vinculadas a um telefone precisam de um hub com a origem banco de dados</translation>
    </message>
</context>
<context>
    <name>HubService</name>
    <message>
        <source>not listening</source>
        <translation>não está escutando</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>sem dados: %1</translation>
    </message>
</context>
<context>
    <name>HubTlsIdentity</name>
    <message>
        <source>TLS needs both a certificate file and a key file</source>
        <translation>O TLS precisa de um arquivo de certificado e de um arquivo de chave</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>Nenhum certificado PEM pôde ser lido de %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Não é possível ler a chave TLS %1: %2</translation>
    </message>
    <message>
        <source>No unencrypted RSA or EC private key could be read from %1</source>
        <translation>Nenhuma chave privada RSA ou EC sem criptografia pôde ser lida de %1</translation>
    </message>
</context>
<context>
    <name>KeyboardPage</name>
    <message>
        <source>Park</source>
        <translation>Estacionar</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation>Estacionar na URA</translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation>Alternar (automático)</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Desligar transf. + recuperar</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Estacionar terceiro</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Recuperar terceiro</translation>
    </message>
    <message>
        <source>Grab from IVR</source>
        <translation>Recuperar da URA</translation>
    </message>
    <message>
        <source>Swap: park customer</source>
        <translation>Alternar: estacionar cliente</translation>
    </message>
    <message>
        <source>Swap: park third party</source>
        <translation>Alternar: estacionar terceiro</translation>
    </message>
    <message>
        <source>Shortcuts in the ParkBar window</source>
        <translation>Atalhos na janela do ParkBar</translation>
    </message>
    <message>
        <source>Global hotkeys (work while another window has the focus)</source>
        <translation>Atalhos globais (funcionam enquanto outra janela está em foco)</translation>
    </message>
    <message>
        <source>Key conflicts</source>
        <translation>Conflitos de teclas</translation>
    </message>
    <message>
        <source>Click a field and press the keys; the small cross clears it. Empty means no key.</source>
        <translation>Clique em um campo e pressione as teclas; o pequeno X limpa o campo. Vazio significa nenhuma tecla.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>shortcut</source>
        <translation>atalho</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>atalho global</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is used by %2.</source>
        <translation>A combinação %1 é usada por %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ParkBar</source>
        <translation>ParkBar</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demonstração</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Ask the server once more with the same credentials</source>
        <translation>Consultar o servidor mais uma vez com as mesmas credenciais</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Configurações...</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Histórico...</translation>
    </message>
    <message>
        <source>Audit log...</source>
        <translation>Log de auditoria...</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Tentar agora</translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation>Modo supervisor</translation>
    </message>
    <message>
        <source>Vertical layout</source>
        <translation>Layout vertical</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Sempre no topo</translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation>Sobre o ParkBar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>ParkBar has stopped asking the server, so the account is not locked. Check the settings, then press Retry.</source>
        <translation>O ParkBar parou de consultar o servidor para que a conta não seja bloqueada. Verifique as configurações e clique em Tentar de novo.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Switch this profile to %1 and connect again</source>
        <translation>Mudar este perfil para %1 e conectar de novo</translation>
    </message>
</context>
<context>
    <name>ModeSwitcher</name>
    <message>
        <source>No agent is set for this profile. Enter the agent&apos;s VICIdial login in Settings.</source>
        <translation>Nenhum agente definido para este perfil. Informe o login do agente no VICIdial em Configurações.</translation>
    </message>
</context>
<context>
    <name>ParkAction</name>
    <message>
        <source>Park customer</source>
        <translation>Estacionar cliente</translation>
    </message>
    <message>
        <source>Grab customer</source>
        <translation>Recuperar cliente</translation>
    </message>
    <message>
        <source>Park customer in IVR</source>
        <translation>Estacionar cliente na URA</translation>
    </message>
    <message>
        <source>Grab customer from IVR</source>
        <translation>Recuperar cliente da URA</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Estacionar terceiro</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Recuperar terceiro</translation>
    </message>
    <message>
        <source>Swap: park customer, grab third party</source>
        <translation>Alternar: estacionar cliente, recuperar terceiro</translation>
    </message>
    <message>
        <source>Swap: park third party, grab customer</source>
        <translation>Alternar: estacionar terceiro, recuperar cliente</translation>
    </message>
    <message>
        <source>Hang up third party and grab customer</source>
        <translation>Desligar terceiro e recuperar cliente</translation>
    </message>
</context>
<context>
    <name>ParkToolbar</name>
    <message>
        <source>Park controls</source>
        <translation>Controles de estacionamento</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Estacionar</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation>Estac. URA</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Desl. transf. + recup.</translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation>Alternar (automático)</translation>
    </message>
    <message>
        <source>Hang up the third party?</source>
        <translation>Desligar o terceiro?</translation>
    </message>
    <message>
        <source>Hang up the third party and bring agent %1&apos;s customer back from park?</source>
        <translation>Desligar o terceiro e trazer de volta do estacionamento o cliente do agente %1?</translation>
    </message>
    <message>
        <source>This ends the third party&apos;s call.</source>
        <translation>Isso encerra a chamada do terceiro.</translation>
    </message>
    <message>
        <source>Hang up and grab</source>
        <translation>Desligar e recuperar</translation>
    </message>
    <message>
        <source>More actions: %1</source>
        <translation>Mais ações: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>ParkBar: API password</source>
        <translation>ParkBar: senha da API</translation>
    </message>
    <message>
        <source>Enter the password of API user &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Informe a senha do usuário da API &lt;b&gt;%1&lt;/b&gt; em &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Senha da API</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>This password has characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so reading the agent&apos;s state would always fail.</source>
        <translation>Esta senha tem caracteres além de letras, dígitos, - e _. A API não agente do VICIdial os remove, então a leitura do estado do agente sempre falharia.</translation>
    </message>
</context>
<context>
    <name>PortalHotkeyBackend</name>
    <message>
        <source>Asking the desktop whether it offers global shortcuts; the in-window shortcuts still work.</source>
        <translation>Verificando se o ambiente de trabalho oferece atalhos globais; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation>Este ambiente de trabalho (Wayland) não oferece atalhos globais; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
</context>
<context>
    <name>ProfileConnection</name>
    <message>
        <source>Welcome. Enter your VICIdial server, API user and agent in Settings.</source>
        <translation>Boas-vindas. Informe o servidor VICIdial, o usuário da API e o agente em Configurações.</translation>
    </message>
</context>
<context>
    <name>ProxyPrompt</name>
    <message>
        <source>ParkBar: proxy sign-in</source>
        <translation>ParkBar: login no proxy</translation>
    </message>
    <message>
        <source>The proxy &lt;b&gt;%1&lt;/b&gt; asks for a user name and password before it lets ParkBar reach the server. They are kept in the keychain, never in a file.</source>
        <translation>O proxy &lt;b&gt;%1&lt;/b&gt; pede um nome de usuário e uma senha antes de deixar o ParkBar chegar ao servidor. Eles ficam no chaveiro, nunca em um arquivo.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nome de usuário do proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Senha do proxy</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
</context>
<context>
    <name>SecondaryWindows</name>
    <message>
        <source>ParkBar: command history</source>
        <translation>ParkBar: histórico de comandos</translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation>Sobre o ParkBar</translation>
    </message>
    <message>
        <source>&lt;b&gt;ParkBar %1&lt;/b&gt;&lt;br&gt;Park and grab buttons for VICIdial agents and supervisors.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;ParkBar %1&lt;/b&gt;&lt;br&gt;Botões para estacionar e recuperar chamadas, para agentes e supervisores do VICIdial.&lt;br&gt;Licenciado sob a GNU GPL, versão 3 ou posterior.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 is readable by every user of this computer: make it readable by the service only (chmod 640 or 600)</source>
        <translation>%1 pode ser lido por qualquer usuário deste computador: faça com que só o serviço possa lê-lo (chmod 640 ou 600)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is too long for a password file</source>
        <translation>%1 é longo demais para um arquivo de senha</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vazio</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Many VICIdial servers use a self-signed certificate. ParkBar never turns certificate checks off: trust the server&apos;s own CA, or pin its certificate.</source>
        <translation>Muitos servidores VICIdial usam um certificado autoassinado. O ParkBar nunca desativa a verificação de certificados: confie na CA do próprio servidor ou fixe o certificado dele.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s trusted CAs</source>
        <translation>Nenhum: somente as CAs confiáveis do sistema</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Procurar...</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>Escolher arquivo de CA</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Arquivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Arquivo de CA adicional</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Certificado do servidor</translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation>&amp;Obter certificado</translation>
    </message>
    <message>
        <source>Fetch certificate</source>
        <translation>Obter certificado</translation>
    </message>
    <message>
        <source>Connects to the server, reads the certificate it presents and hangs up without sending anything.</source>
        <translation>Conecta-se ao servidor, lê o certificado apresentado e desconecta sem enviar nada.</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalhes do certificado</translation>
    </message>
    <message>
        <source>&amp;Pin this certificate</source>
        <translation>Fi&amp;xar este certificado</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Fixar este certificado</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your server administrator gives you before you pin it.</source>
        <translation>Antes de fixar o certificado, compare a impressão digital com a fornecida pelo administrador do servidor.</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Escolha um arquivo de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando a %1...</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Servidor: %1:%2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Requerente: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emissor: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Válido de %1 a %2</translation>
    </message>
    <message>
        <source>This computer already trusts it.</source>
        <translation>Este computador já confia nele.</translation>
    </message>
    <message>
        <source>Not trusted by this computer: %1</source>
        <translation>Não é confiável para este computador: %1</translation>
    </message>
    <message>
        <source>None: a fingerprint AB:CD:... or a public key sha256//...</source>
        <translation>Nenhum: uma impressão digital AB:CD:... ou uma chave pública sha256//...</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Certificado &amp;fixado:</translation>
    </message>
    <message>
        <source>Pin its public &amp;key</source>
        <translation>Fixar sua &amp;chave pública</translation>
    </message>
    <message>
        <source>Pin its public key</source>
        <translation>Fixar sua chave pública</translation>
    </message>
    <message>
        <source>Still valid when the server&apos;s certificate is renewed with the same key.</source>
        <translation>Continua válido quando o certificado do servidor é renovado com a mesma chave.</translation>
    </message>
    <message>
        <source>Valid for exactly this certificate, until it is renewed.</source>
        <translation>Válido só para este certificado, até que seja renovado.</translation>
    </message>
    <message>
        <source>Certificate warning</source>
        <translation>Aviso de certificado</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 do certificado: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Chave pública: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 não enviado: %2</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>resposta: %1</translation>
    </message>
    <message>
        <source>No clear answer: the command may or may not have been stored. Check the agent&apos;s screen.</source>
        <translation>Sem resposta clara: o comando pode ou não ter sido registrado. Verifique a tela do agente.</translation>
    </message>
    <message>
        <source>confirmation: confirmed: %1</source>
        <translation>confirmação: confirmado: %1</translation>
    </message>
    <message>
        <source>confirmation: cannot be seen: %1</source>
        <translation>confirmação: não visível: %1</translation>
    </message>
    <message>
        <source>confirmation: not carried out: %1</source>
        <translation>confirmação: não executado: %1</translation>
    </message>
    <message>
        <source>confirmation: unknown: %1</source>
        <translation>confirmação: desconhecida: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Connecting to the server...</source>
        <translation>Conectando ao servidor...</translation>
    </message>
    <message>
        <source>No answer from the server for %1 s.</source>
        <translation>Sem resposta do servidor há %1 s.</translation>
    </message>
    <message>
        <source>The server is slow to answer (%1 ms).</source>
        <translation>O servidor está demorando para responder (%1 ms).</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>The VICIdial server&apos;s base address, e.g. https://dialer.example.com</source>
        <translation>O endereço base do servidor VICIdial, ex.: https://dialer.example.com</translation>
    </message>
    <message>
        <source>The VICIdial API user ParkBar signs in as (not the agent)</source>
        <translation>O usuário da API do VICIdial com o qual o ParkBar se autentica (não o agente)</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login the bar acts for</source>
        <translation>O login do agente no VICIdial em nome do qual a barra atua</translation>
    </message>
    <message>
        <source>The source name sent with every request, 2 to 20 characters</source>
        <translation>O nome de origem (source) enviado em cada requisição, de 2 a 20 caracteres</translation>
    </message>
    <message>
        <source>POST keeps the password out of web-server logs; GET only for servers that need it</source>
        <translation>POST mantém a senha fora dos logs do servidor web; use GET somente com servidores que o exigem</translation>
    </message>
    <message>
        <source>How long to wait for one answer, in milliseconds</source>
        <translation>Quanto tempo esperar por uma resposta, em milissegundos</translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for this server</source>
        <translation>Um arquivo PEM com certificados de CA adicionais a considerar confiáveis para este servidor</translation>
    </message>
    <message>
        <source>Poll interval while a command waits for confirmation, in milliseconds</source>
        <translation>Intervalo de consulta enquanto um comando aguarda confirmação, em milissegundos</translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged in, in milliseconds</source>
        <translation>Intervalo de consulta enquanto o agente está logado, em milissegundos</translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged out, in milliseconds</source>
        <translation>Intervalo de consulta enquanto o agente está deslogado, em milissegundos</translation>
    </message>
    <message>
        <source>Longest wait between attempts while the server is unreachable, in milliseconds</source>
        <translation>Espera máxima entre tentativas enquanto o servidor está inacessível, em milissegundos</translation>
    </message>
    <message>
        <source>How long a command may take to show in the agent&apos;s state before it counts as not carried out, in milliseconds</source>
        <translation>Quanto tempo um comando pode levar para aparecer no estado do agente antes de ser considerado não executado, em milissegundos</translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends a call</source>
        <translation>Perguntar antes de Desligar transf. + recuperar, que encerra uma chamada</translation>
    </message>
    <message>
        <source>The agent screen carries out SWAP and HANGUP values although the API builds look older than 240624</source>
        <translation>A tela do agente executa os valores SWAP e HANGUP, embora os builds das APIs pareçam anteriores a 240624</translation>
    </message>
    <message>
        <source>Per campaign id, its park IVR mode: DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN; unset means unknown</source>
        <translation>Por ID de campanha, o modo da URA de estacionamento: DISABLED, ENABLED, ENABLED_PARK_ONLY ou ENABLED_BUTTON_HIDDEN; sem valor significa desconhecido</translation>
    </message>
    <message>
        <source>In-window key for Park (PARK_CUSTOMER)</source>
        <translation>Tecla na janela para Estacionar (PARK_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Grab (GRAB_CUSTOMER)</source>
        <translation>Tecla na janela para Recuperar (GRAB_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Park IVR (PARK_IVR_CUSTOMER)</source>
        <translation>Tecla na janela para Estacionar na URA (PARK_IVR_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Grab from IVR (GRAB_IVR_CUSTOMER)</source>
        <translation>Tecla na janela para Recuperar da URA (GRAB_IVR_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Park third party (PARK_XFER)</source>
        <translation>Tecla na janela para Estacionar terceiro (PARK_XFER)</translation>
    </message>
    <message>
        <source>In-window key for Grab third party (GRAB_XFER)</source>
        <translation>Tecla na janela para Recuperar terceiro (GRAB_XFER)</translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_CUSTOMER</source>
        <translation>Tecla na janela para SWAP_PARK_CUSTOMER</translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_XFER</source>
        <translation>Tecla na janela para SWAP_PARK_XFER</translation>
    </message>
    <message>
        <source>In-window key for Hangup Xfer + Grab (HANGUP_XFER_GRAB_CUSTOMER)</source>
        <translation>Tecla na janela para Desligar transf. + recuperar (HANGUP_XFER_GRAB_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Swap, which picks the SWAP value from who is parked</source>
        <translation>Tecla na janela para Alternar, que escolhe o valor SWAP conforme quem está estacionado</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park</source>
        <translation>Atalho global para Estacionar</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab</source>
        <translation>Atalho global para Recuperar</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park IVR</source>
        <translation>Atalho global para Estacionar na URA</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab from IVR</source>
        <translation>Atalho global para Recuperar da URA</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park third party</source>
        <translation>Atalho global para Estacionar terceiro</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab third party</source>
        <translation>Atalho global para Recuperar terceiro</translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_CUSTOMER</source>
        <translation>Atalho global para SWAP_PARK_CUSTOMER</translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_XFER</source>
        <translation>Atalho global para SWAP_PARK_XFER</translation>
    </message>
    <message>
        <source>System-wide hotkey for Hangup Xfer + Grab</source>
        <translation>Atalho global para Desligar transf. + recuperar</translation>
    </message>
    <message>
        <source>System-wide hotkey for Swap</source>
        <translation>Atalho global para Alternar</translation>
    </message>
    <message>
        <source>Lay the bar out in a row or a column</source>
        <translation>Dispor a barra em uma linha ou em uma coluna</translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation>Somente ícones, botões menores</translation>
    </message>
    <message>
        <source>Keep the bar above other windows</source>
        <translation>Manter a barra acima das outras janelas</translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these campaigns (empty: all the API user may see)</source>
        <translation>O modo supervisor mostra os agentes destas campanhas (vazio: todas que o usuário da API pode ver)</translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these user groups (empty: all)</source>
        <translation>O modo supervisor mostra os agentes destes grupos de usuários (vazio: todos)</translation>
    </message>
    <message>
        <source>Open the supervisor table instead of the bar</source>
        <translation>Abrir a tabela de supervisor em vez da barra</translation>
    </message>
    <message>
        <source>The audit log rotates at this size, in bytes; three older files are kept</source>
        <translation>O log de auditoria é rotacionado ao atingir este tamanho, em bytes; três arquivos antigos são mantidos</translation>
    </message>
    <message>
        <source>The profile used last, opened at start</source>
        <translation>O perfil usado por último, aberto na inicialização</translation>
    </message>
    <message>
        <source>Seconds a customer may stay parked before the bar warns</source>
        <translation>Segundos que um cliente pode ficar estacionado antes de a barra avisar</translation>
    </message>
    <message>
        <source>Seconds parked before the bar and the tray call for attention urgently</source>
        <translation>Segundos estacionado antes de a barra e a bandeja do sistema pedirem atenção com urgência</translation>
    </message>
    <message>
        <source>The language of the program; &quot;system&quot; follows the desktop</source>
        <translation>O idioma do programa; &quot;system&quot; segue o idioma da área de trabalho</translation>
    </message>
    <message>
        <source>The parkbar-hub this profile follows instead of polling, e.g. wss://hub.example.com:8765; empty: the bar polls the server itself</source>
        <translation>O parkbar-hub que este perfil segue em vez de consultar, p. ex. wss://hub.example.com:8765; vazio: a barra consulta o servidor por conta própria</translation>
    </message>
    <message>
        <source>The desk&apos;s hub token when the administrator deploys it with the desk; otherwise it is kept in the keychain</source>
        <translation>O token do hub desta estação quando o administrador o instala com a estação; caso contrário, fica guardado no chaveiro</translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for the hub</source>
        <translation>Arquivo PEM com certificados de CA adicionais confiáveis para o hub</translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256 fingerprint, accepted even when self-signed</source>
        <translation>Impressão digital SHA-256 do certificado do hub, aceito mesmo se autoassinado</translation>
    </message>
    <message>
        <source>The pinned server certificate, accepted even when self-signed or expired: its SHA-256 fingerprint, or its public key in curl&apos;s form sha256//BASE64 (several joined by ;)</source>
        <translation>O certificado do servidor fixado, aceito mesmo autoassinado ou expirado: sua impressão digital SHA-256, ou sua chave pública na forma do curl sha256//BASE64 (várias unidas por ;)</translation>
    </message>
    <message>
        <source>How to reach the server: system (the system&apos;s proxy settings), none (directly), or an HTTP proxy&apos;s address such as http://proxy.example.com:3128</source>
        <translation>Como chegar ao servidor: system (as configurações de proxy do sistema), none (diretamente) ou o endereço de um proxy HTTP como http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>feed: the hub pushes the floor and the desk keeps the API password; gateway: the hub also sends the commands and holds the API password, the desk holds none</source>
        <translation>feed: o hub envia o salão e o posto guarda a senha da API; gateway: o hub também envia os comandos e guarda a senha da API, o posto não guarda nenhuma</translation>
    </message>
</context>
<context>
    <name>SettingBinder</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Definido pelo administrador</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>ParkBar settings</source>
        <translation>Configurações do ParkBar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuração</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemas a corrigir</translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation>Ainda não salvo:</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Default</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Não é possível gravar o arquivo de configurações %1.</translation>
    </message>
</context>
<context>
    <name>SettingsValidation</name>
    <message>
        <source>Enter the server&apos;s address, for example https://dialer.example.com</source>
        <translation>Informe o endereço do servidor, por exemplo https://dialer.example.com</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://) followed by the server&apos;s name.</source>
        <translation>O endereço deve começar com https:// (ou http://) seguido do nome do servidor.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>O endereço não tem nome de servidor.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the fields below.</source>
        <translation>Não coloque nome de usuário nem senha no endereço; use os campos abaixo.</translation>
    </message>
    <message>
        <source>Plain http sends the API password unencrypted. Use https if the server offers it.</source>
        <translation>O http simples envia a senha da API sem criptografia. Use https se o servidor oferecer.</translation>
    </message>
    <message>
        <source>The source must be 2 to 20 characters; the server refuses anything else.</source>
        <translation>A origem deve ter de 2 a 20 caracteres; o servidor recusa qualquer outro valor.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Deve estar entre %1 e %2.</translation>
    </message>
    <message>
        <source>The critical park limit must be longer than the warning limit.</source>
        <translation>O limite crítico de estacionamento deve ser maior que o limite de aviso.</translation>
    </message>
    <message>
        <source>VICIdial hangs up a parked caller after about 30 minutes; warn before that.</source>
        <translation>O VICIdial desliga uma chamada estacionada após cerca de 30 minutos; avise antes disso.</translation>
    </message>
    <message>
        <source>This password contains characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so the password can work for parking yet always fail when ParkBar reads the agent&apos;s state, and repeated failures lock the API user. Use a password of letters, digits, - and _ only.</source>
        <translation>Esta senha contém caracteres além de letras, dígitos, - e _. A API não agente do VICIdial os remove, então a senha pode funcionar para estacionar, mas sempre falhar quando o ParkBar lê o estado do agente, e falhas repetidas bloqueiam o usuário da API. Use uma senha somente com letras, dígitos, - e _.</translation>
    </message>
    <message>
        <source>A pin is the certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits, optionally in pairs separated by colons) or a public-key pin sha256// followed by 44 characters of base64; separate several with ;.</source>
        <translation>Um pin é a impressão digital SHA-256 do certificado (64 dígitos hexadecimais, opcionalmente em pares separados por dois-pontos) ou um pin de chave pública sha256// seguido de 44 caracteres de base64; separe vários com ;.</translation>
    </message>
    <message>
        <source>Do not put the proxy&apos;s password in the address: ParkBar asks for it when the proxy wants it and keeps it in the keychain.</source>
        <translation>Não coloque a senha do proxy no endereço: o ParkBar a pede quando o proxy precisa e a guarda no chaveiro.</translation>
    </message>
    <message>
        <source>Enter system, none, or the proxy&apos;s address such as http://proxy.example.com:3128.</source>
        <translation>Digite system, none ou o endereço do proxy, como http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation>Não existe o agente %1 neste servidor.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>Estado do agente</translation>
    </message>
    <message>
        <source>Park timer</source>
        <translation>Cronômetro de estacionamento</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Não logado</translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation>Estacionado há %1</translation>
    </message>
    <message>
        <source>Last known: %1</source>
        <translation>Último estado conhecido: %1</translation>
    </message>
    <message>
        <source>Via hub</source>
        <translation>Via hub</translation>
    </message>
    <message>
        <source>Direct: the hub refused this desk</source>
        <translation>Direto: o hub recusou esta estação</translation>
    </message>
    <message>
        <source>Direct: the hub has no data</source>
        <translation>Direto: o hub não tem dados</translation>
    </message>
    <message>
        <source>Direct: the hub stopped answering</source>
        <translation>Direto: o hub parou de responder</translation>
    </message>
    <message>
        <source>Direct: the hub does not answer yet</source>
        <translation>Direto: o hub ainda não responde</translation>
    </message>
    <message>
        <source>Direct: hub unreachable</source>
        <translation>Direto: hub inacessível</translation>
    </message>
    <message>
        <source>The hub refused this desk</source>
        <translation>O hub recusou esta estação</translation>
    </message>
    <message>
        <source>The hub has no data</source>
        <translation>O hub não tem dados</translation>
    </message>
    <message>
        <source>The hub stopped answering</source>
        <translation>O hub parou de responder</translation>
    </message>
    <message>
        <source>Connecting to the hub...</source>
        <translation>Conectando ao hub...</translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub inacessível</translation>
    </message>
    <message>
        <source>Certificate warning</source>
        <translation>Aviso de certificado</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>In call</source>
        <translation>Em chamada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Call arriving</source>
        <translation>Chamada chegando</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>Em pausa (%1)</translation>
    </message>
    <message>
        <source>Waiting for inbound calls</source>
        <translation>Aguardando chamadas de entrada</translation>
    </message>
    <message>
        <source>customer parked</source>
        <translation>cliente estacionado</translation>
    </message>
    <message>
        <source>customer in park IVR</source>
        <translation>cliente na URA de estacionamento</translation>
    </message>
    <message>
        <source>customer hung up</source>
        <translation>cliente desligou</translation>
    </message>
    <message>
        <source>writing disposition</source>
        <translation>tabulando</translation>
    </message>
    <message>
        <source>3-way call</source>
        <translation>conferência a três</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>tocando</translation>
    </message>
    <message>
        <source>previewing lead</source>
        <translation>pré-visualizando lead</translation>
    </message>
    <message>
        <source>dialling</source>
        <translation>discando</translation>
    </message>
    <message>
        <source>third party parked</source>
        <translation>terceiro estacionado</translation>
    </message>
    <message>
        <source>%1, third party parked</source>
        <translation>%1, terceiro estacionado</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>sem lead</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>StopReason</name>
    <message>
        <source>Signed out: requests to this server are stopped.</source>
        <translation>Sessão encerrada: as requisições a este servidor estão interrompidas.</translation>
    </message>
</context>
<context>
    <name>SupervisorController</name>
    <message>
        <source>The floor could not be updated: %1</source>
        <translation>Não foi possível atualizar a operação: %1</translation>
    </message>
    <message>
        <source>Updating every %1 s: the floor is large and answers take %2 ms. To update more often, narrow it to your campaigns or user groups in Settings &gt; Supervisor.</source>
        <translation>Atualizando a cada %1 s: a operação é grande e as respostas levam %2 ms. Para atualizar com mais frequência, restrinja às suas campanhas ou grupos de usuários em Configurações &gt; Supervisor.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor mode shows every logged-in agent of these campaigns and user groups in one table, read with one logged_in_agents request per poll. Leave a field empty for all that the API user may see.</source>
        <translation>O modo supervisor mostra, em uma única tabela, todos os agentes logados destas campanhas e grupos de usuários, lidos com uma requisição logged_in_agents por consulta. Deixe um campo vazio para ver tudo o que o usuário da API pode ver.</translation>
    </message>
    <message>
        <source>e.g. SALES, SUPPORT</source>
        <translation>ex.: SALES, SUPPORT</translation>
    </message>
    <message>
        <source>&amp;Campaigns:</source>
        <translation>&amp;Campanhas:</translation>
    </message>
    <message>
        <source>e.g. AGENTS, TEAM2</source>
        <translation>ex.: AGENTS, TEAM2</translation>
    </message>
    <message>
        <source>&amp;User groups:</source>
        <translation>&amp;Grupos de usuários:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Ao &amp;iniciar:</translation>
    </message>
    <message>
        <source>Open in supervisor mode</source>
        <translation>Abrir no modo supervisor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Filter by agent, name, campaign, group or status</source>
        <translation>Filtrar por agente, nome, campanha, grupo ou status</translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation>Filtrar agentes</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agentes</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agente %1</translation>
    </message>
    <message>
        <source>Select an agent in the table to act for them.</source>
        <translation>Selecione um agente na tabela para agir por ele.</translation>
    </message>
    <message>
        <source>Agents: %1 · Parked: %2 · Overdue: %3</source>
        <translation>Agentes: %1 · Estacionados: %2 · Atrasados: %3</translation>
    </message>
    <message>
        <source>Agents: %1 · Parked: %2</source>
        <translation>Agentes: %1 · Estacionados: %2</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>expected NAME ROLE SHA256 [key=value...]</source>
        <translation>esperado NOME PAPEL SHA256 [chave=valor...]</translation>
    </message>
    <message>
        <source>the name may hold only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (at most 64)</source>
        <translation>o nome só pode ter letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; e &apos;@&apos; (no máximo 64)</translation>
    </message>
    <message>
        <source>the role must be bar or supervisor</source>
        <translation>o papel deve ser bar ou supervisor</translation>
    </message>
    <message>
        <source>the third field must be the token&apos;s SHA-256 in 64 hex digits</source>
        <translation>o terceiro campo deve ser o SHA-256 do token em 64 dígitos hexadecimais</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: this hub does not know that binding, so the token is refused</source>
        <translation>chave desconhecida “%1”: este hub não conhece esse vínculo, então o token é recusado</translation>
    </message>
    <message>
        <source>a token is bound to an agent or to a phone, not both</source>
        <translation>um token é vinculado a um agente ou a um telefone, não aos dois</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>o nome %1 é usado duas vezes</translation>
    </message>
    <message>
        <source>the same token is listed twice</source>
        <translation>o mesmo token aparece duas vezes</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>cannot read the tokens file %1: %2</source>
        <translation>não é possível ler o arquivo de tokens %1: %2</translation>
    </message>
    <message>
        <source>a token named %1 exists already: delete its line to revoke it first</source>
        <translation>já existe um token chamado %1: apague a linha dele para revogá-lo primeiro</translation>
    </message>
    <message>
        <source>cannot write the tokens file %1: %2</source>
        <translation>não é possível gravar o arquivo de tokens %1: %2</translation>
    </message>
</context>
<context>
    <name>TrayBridge</name>
    <message>
        <source>Not available: %1</source>
        <translation>Indisponível: %1</translation>
    </message>
    <message>
        <source>ParkBar</source>
        <translation>ParkBar</translation>
    </message>
    <message>
        <source>No agent is selected, so the hotkey did nothing.</source>
        <translation>Nenhum agente selecionado, então o atalho global não fez nada.</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>ParkBar</source>
        <translation>ParkBar</translation>
    </message>
    <message>
        <source>Show ParkBar</source>
        <translation>Mostrar o ParkBar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Parked caller about to be dropped</source>
        <translation>Chamada estacionada prestes a cair</translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2. The server hangs up parked callers after about half an hour: grab them now.</source>
        <translation>O cliente do agente %1 está estacionado há %2. O servidor desliga chamadas estacionadas após cerca de meia hora: recupere-o agora.</translation>
    </message>
    <message>
        <source>Customer still parked</source>
        <translation>Cliente ainda estacionado</translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2.</source>
        <translation>O cliente do agente %1 está estacionado há %2.</translation>
    </message>
</context>
<context>
    <name>WindowsHotkeyBackend</name>
    <message>
        <source>Windows did not let ParkBar listen for global hotkeys; the in-window shortcuts still work.</source>
        <translation>O Windows não permitiu que o ParkBar escutasse atalhos globais; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
</context>
<context>
    <name>WireClient</name>
    <message>
        <source>Not sent: requests to this server are stopped until the settings change or you press Retry. %1</source>
        <translation>Não enviado: as requisições a este servidor estão interrompidas até que as configurações mudem ou você clique em Tentar de novo. %1</translation>
    </message>
    <message>
        <source>Not sent: the source name must be 2 to 20 characters.</source>
        <translation>Não enviado: o nome de origem deve ter de 2 a 20 caracteres.</translation>
    </message>
    <message>
        <source>Not sent: no server address is set.</source>
        <translation>Não enviado: nenhum endereço de servidor definido.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Sem resposta em %1 ms.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>(redirects to %1)</source>
        <translation>(redireciona para %1)</translation>
    </message>
    <message>
        <source>certificate SHA-256 %1, public key %2</source>
        <translation>SHA-256 do certificado %1, chave pública %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the pinned one (%1; pinned: %2)</source>
        <translation>o certificado do servidor não é o fixado (%1; fixado: %2)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expired on %2. ParkBar connects only if it is pinned; ask the server&apos;s administrator to renew it.</source>
        <translation>O certificado do servidor (%1) expirou em %2. O ParkBar só se conecta se ele estiver fixado; peça ao administrador do servidor que o renove.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expired on %2. ParkBar still connects because it is pinned; ask the server&apos;s administrator to renew it.</source>
        <translation>O certificado do servidor (%1) expirou em %2. O ParkBar continua se conectando porque ele está fixado; peça ao administrador do servidor que o renove.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expires on %2. Ask the server&apos;s administrator to renew it before then.</source>
        <translation>O certificado do servidor (%1) expira em %2. Peça ao administrador do servidor que o renove antes disso.</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>deste computador</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password.</source>
        <translation>O proxy %1 não aceitou o nome de usuário e a senha.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>O proxy %1 pede um nome de usuário e uma senha.</translation>
    </message>
    <message>
        <source>the connection closed after the command was sent, before any answer; it was not sent again</source>
        <translation>a conexão foi fechada depois que o comando foi enviado, antes de qualquer resposta; ele não foi enviado de novo</translation>
    </message>
    <message>
        <source>Not sent: the API password has characters that the server&apos;s non-agent API removes (it keeps only letters, digits, - and _), so reading the agent&apos;s state would always fail and count towards the account lockout. Use a password of letters, digits, - and _, then press Retry.</source>
        <translation>Não enviado: a senha da API tem caracteres que a API não agente do servidor remove (ela mantém só letras, dígitos, - e _), então a leitura do estado do agente sempre falharia e contaria para o bloqueio da conta. Use uma senha com letras, dígitos, - e _ e clique em Tentar de novo.</translation>
    </message>
</context>
<context>
    <name>X11HotkeyBackend</name>
    <message>
        <source>There is no X11 display (DISPLAY is not set); the in-window shortcuts still work.</source>
        <translation>Não há display X11 (DISPLAY não está definido); os atalhos dentro da janela continuam funcionando.</translation>
    </message>
    <message>
        <source>Cannot connect to the X11 display %1; the in-window shortcuts still work.</source>
        <translation>Não é possível conectar ao display X11 %1; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
    <message>
        <source>The connection to the X11 display was lost; the in-window shortcuts still work.</source>
        <translation>A conexão com o display X11 foi perdida; os atalhos dentro da janela continuam funcionando.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run against the built-in VICIdial simulator.</source>
        <translation>Executa com o simulador de VICIdial embutido.</translation>
    </message>
    <message>
        <source>Show every agent of the floor.</source>
        <translation>Mostra todos os agentes da operação.</translation>
    </message>
    <message>
        <source>Supervisor mode: only these campaigns (comma-separated).</source>
        <translation>Modo supervisor: somente estas campanhas (separadas por vírgula).</translation>
    </message>
    <message>
        <source>Supervisor mode: only these user groups (comma-separated).</source>
        <translation>Modo supervisor: somente estes grupos de usuários (separados por vírgula).</translation>
    </message>
    <message>
        <source>Print where the audit log is written, then exit.</source>
        <translation>Mostra onde o log de auditoria é gravado e sai.</translation>
    </message>
    <message>
        <source>Park and grab buttons for VICIdial agents and supervisors.</source>
        <translation>Botões para estacionar e recuperar chamadas, para agentes e supervisores do VICIdial.</translation>
    </message>
</context>
<context>
    <name>parkbar-hub</name>
    <message>
        <source>parkbar-hub: --issue-token needs --role bar or --role supervisor</source>
        <translation>parkbar-hub: --issue-token precisa de --role bar ou --role supervisor</translation>
    </message>
    <message>
        <source>parkbar-hub: %1</source>
        <translation>parkbar-hub: %1</translation>
    </message>
    <message>
        <source>The token for %1 (%2) is shown only this once. Its hash was added to %3; reload the hub (systemctl reload parkbar-hub) to accept it.</source>
        <translation>O token de %1 (%2) só é mostrado desta vez. O hash dele foi adicionado a %3; recarregue o hub (systemctl reload parkbar-hub) para aceitá-lo.</translation>
    </message>
    <message>
        <source>Reads a VICIdial floor&apos;s agent states once per interval and pushes every change to the ParkBar bars and supervisor windows that subscribe.</source>
        <translation>Lê os estados dos agentes de um andar do VICIdial uma vez por intervalo e envia cada mudança às barras do ParkBar e janelas de supervisor inscritas.</translation>
    </message>
    <message>
        <source>The configuration file (default %1).</source>
        <translation>O arquivo de configuração (padrão %1).</translation>
    </message>
    <message>
        <source>Check the configuration, read the source once, say what would be served, and exit.</source>
        <translation>Verifica a configuração, lê a fonte uma vez, diz o que seria servido e sai.</translation>
    </message>
    <message>
        <source>Make a new token with this name, print it once and add its hash to the tokens file.</source>
        <translation>Cria um novo token com este nome, mostra-o uma vez e adiciona o hash dele ao arquivo de tokens.</translation>
    </message>
    <message>
        <source>The new token&apos;s role: bar or supervisor.</source>
        <translation>O papel do novo token: bar ou supervisor.</translation>
    </message>
    <message>
        <source>The new token sees only these campaigns (comma-separated).</source>
        <translation>O novo token vê só estas campanhas (separadas por vírgulas).</translation>
    </message>
    <message>
        <source>The new token sees only these user groups (comma-separated).</source>
        <translation>O novo token vê só estes grupos de usuários (separados por vírgulas).</translation>
    </message>
    <message>
        <source>Bind the new token to this agent login.</source>
        <translation>Vincula o novo token a este login de agente.</translation>
    </message>
    <message>
        <source>Bind the new token to this phone (gateway mode).</source>
        <translation>Vincula o novo token a este telefone (modo gateway).</translation>
    </message>
    <message>
        <source>The tokens file to add to (default: the configuration&apos;s).</source>
        <translation>O arquivo de tokens onde adicionar (padrão: o da configuração).</translation>
    </message>
    <message>
        <source>--issue-tokens needs --phones FILE, a readable file with one phone (SIP/1000) per line</source>
        <translation>--issue-tokens precisa de --phones ARQUIVO, um arquivo legível com um telefone (SIP/1000) por linha</translation>
    </message>
    <message>
        <source>cannot create %1 (it must not exist yet): %2</source>
        <translation>não é possível criar %1 (ele não deve existir ainda): %2</translation>
    </message>
    <message>
        <source>Make one bar token bound to each phone of --phones, print them once and add their hashes to the tokens file.</source>
        <translation>Cria um token de barra vinculado a cada telefone de --phones, mostra-os uma vez e adiciona seus hashes ao arquivo de tokens.</translation>
    </message>
    <message>
        <source>A file with one phone (SIP/1000) per line, for --issue-tokens.</source>
        <translation>Um arquivo com um telefone (SIP/1000) por linha, para --issue-tokens.</translation>
    </message>
    <message>
        <source>Write the new tokens to this new file, readable by its owner only, instead of stdout.</source>
        <translation>Grava os tokens novos neste arquivo novo, legível só pelo dono, em vez da saída padrão.</translation>
    </message>
    <message>
        <source>%1 tokens bound to phones were written to %2 (name, phone, token per line). Their hashes were added to %3; reload the hub (systemctl reload parkbar-hub) to accept them.</source>
        <translation>%1 tokens vinculados a telefones foram gravados em %2 (nome, telefone, token por linha). Seus hashes foram adicionados a %3; recarregue o hub (systemctl reload parkbar-hub) para aceitá-los.</translation>
    </message>
    <message>
        <source>%1 tokens bound to phones were made (name, phone, token per line), shown only this once. Their hashes were added to %2; reload the hub (systemctl reload parkbar-hub) to accept them.</source>
        <translation>%1 tokens vinculados a telefones foram criados (nome, telefone, token por linha), mostrados só esta vez. Seus hashes foram adicionados a %2; recarregue o hub (systemctl reload parkbar-hub) para aceitá-los.</translation>
    </message>
</context>
<context>
    <name>parkbar-sim</name>
    <message>
        <source>A simulated VICIdial server for ParkBar: the agent API and the non-agent API, with simulated agents and their screens.</source>
        <translation>Um servidor VICIdial simulado para o ParkBar: a API de agente e a API não agente, com agentes simulados e suas telas.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Porta de escuta; 0 escolhe uma porta livre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>porta</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Endereço de escuta (padrão: 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>endereço</translation>
    </message>
    <message>
        <source>The agent API&apos;s build, as YYMMDD-HHMM.</source>
        <translation>O build da API de agente, no formato YYMMDD-HHMM.</translation>
    </message>
    <message>
        <source>build</source>
        <translation>build</translation>
    </message>
    <message>
        <source>static, demo or floor.</source>
        <translation>static, demo ou floor.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>Number of agents for the floor scenario.</source>
        <translation>Número de agentes para o cenário floor.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>quantidade</translation>
    </message>
    <message>
        <source>Milliseconds before an agent&apos;s screen carries out a command.</source>
        <translation>Milissegundos até a tela de um agente executar um comando.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds before a customer comes back from the park IVR.</source>
        <translation>Milissegundos até um cliente voltar da URA de estacionamento.</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>porta inválida: %1</translation>
    </message>
    <message>
        <source>invalid address: %1</source>
        <translation>endereço inválido: %1</translation>
    </message>
    <message>
        <source>unknown scenario: %1</source>
        <translation>cenário desconhecido: %1</translation>
    </message>
    <message>
        <source>invalid number of agents: %1</source>
        <translation>número de agentes inválido: %1</translation>
    </message>
    <message>
        <source>invalid agent screen delay: %1</source>
        <translation>atraso da tela do agente inválido: %1</translation>
    </message>
    <message>
        <source>invalid IVR return time: %1</source>
        <translation>tempo de retorno da URA inválido: %1</translation>
    </message>
    <message>
        <source>invalid build, expected YYMMDD-HHMM: %1</source>
        <translation>build inválido, esperado YYMMDD-HHMM: %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, not a loopback address: anyone who can reach it can use this simulator.</source>
        <translation>aviso: escutando em %1, que não é um endereço de loopback: qualquer pessoa que consiga acessá-lo pode usar este simulador.</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2</source>
        <translation>não é possível escutar em %1 na porta %2</translation>
    </message>
    <message>
        <source>Mirror the floor into VICIdial&apos;s floor tables in this MariaDB/MySQL database (created when missing), for parkbar-hub&apos;s database source.</source>
        <translation>Espelha a operação nas tabelas da operação do VICIdial deste banco de dados MariaDB/MySQL (criadas se faltarem), para a fonte de banco de dados do parkbar-hub.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>banco_de_dados</translation>
    </message>
    <message>
        <source>The mirror database&apos;s host (default 127.0.0.1).</source>
        <translation>O host do banco de dados do espelho (padrão 127.0.0.1).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>The mirror database&apos;s port (default 3306).</source>
        <translation>A porta do banco de dados do espelho (padrão 3306).</translation>
    </message>
    <message>
        <source>The mirror database&apos;s Unix socket, instead of host and port.</source>
        <translation>O socket Unix do banco de dados do espelho, em vez de host e porta.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>caminho</translation>
    </message>
    <message>
        <source>The mirror database&apos;s account; it writes the six floor tables.</source>
        <translation>A conta do banco de dados do espelho; ela escreve as seis tabelas da operação.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuário</translation>
    </message>
    <message>
        <source>A file whose first line is the mirror account&apos;s password; without it, the environment variable PARKBAR_SIM_DB_PASSWORD.</source>
        <translation>Um arquivo cuja primeira linha é a senha da conta do espelho; sem ele, a variável de ambiente PARKBAR_SIM_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>invalid mirror database port: %1</source>
        <translation>porta do banco de dados do espelho inválida: %1</translation>
    </message>
    <message>
        <source>cannot read the mirror database&apos;s password file: %1</source>
        <translation>não é possível ler o arquivo de senha do banco de dados do espelho: %1</translation>
    </message>
    <message>
        <source>cannot mirror the floor into the database: %1</source>
        <translation>não é possível espelhar a operação no banco de dados: %1</translation>
    </message>
</context>
</TS>
