<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ActionRules</name>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Sin conexión: no se puede acceder al servidor</translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation>Esperando al servidor...</translation>
    </message>
    <message>
        <source>The agent&apos;s state is out of date: no answer from the server for a while</source>
        <translation>El estado del agente no está actualizado: el servidor no responde desde hace un rato</translation>
    </message>
    <message>
        <source>There is no agent %1 on this server</source>
        <translation>No existe el agente %1 en este servidor</translation>
    </message>
    <message>
        <source>Agent %1 is not logged in</source>
        <translation>El agente %1 no ha iniciado sesión</translation>
    </message>
    <message>
        <source>No lead on the agent&apos;s screen</source>
        <translation>No hay ningún contacto en la pantalla del agente</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Aparcar tercero</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Recuperar tercero</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Colgar transf. + recuperar</translation>
    </message>
    <message>
        <source>This server looks older than %1 (newest build seen: %2); %3 needs newer</source>
        <translation>Este servidor parece anterior al %1 (compilación más reciente detectada: %2); “%3” requiere una más reciente</translation>
    </message>
    <message>
        <source>The park IVR mode of campaign %1 is not set. If it has a park IVR, set its mode in Settings (a park into a missing IVR drops the caller)</source>
        <translation>El modo de IVR de aparcamiento de la campaña %1 no está configurado. Si la campaña tiene IVR de aparcamiento, configure su modo en Configuración (aparcar en un IVR inexistente corta la llamada)</translation>
    </message>
    <message>
        <source>Campaign %1 has no park IVR</source>
        <translation>La campaña %1 no tiene IVR de aparcamiento</translation>
    </message>
    <message>
        <source>Campaign %1 does not allow grabbing back from the park IVR: the customer returns when it ends</source>
        <translation>La campaña %1 no permite recuperar al cliente del IVR de aparcamiento: regresa automáticamente cuando el IVR termina</translation>
    </message>
    <message>
        <source>The customer has hung up</source>
        <translation>El cliente colgó</translation>
    </message>
    <message>
        <source>The call has ended: the agent is writing the disposition</source>
        <translation>La llamada terminó: el agente está tipificando la llamada</translation>
    </message>
    <message>
        <source>No call is connected yet: the lead is in preview</source>
        <translation>Todavía no hay ninguna llamada conectada: el contacto está en vista previa</translation>
    </message>
    <message>
        <source>No call is connected yet: the phone is ringing</source>
        <translation>Todavía no hay ninguna llamada conectada: el teléfono está sonando</translation>
    </message>
    <message>
        <source>No call is connected yet: the number is being dialled</source>
        <translation>Todavía no hay ninguna llamada conectada: se está marcando el número</translation>
    </message>
    <message>
        <source>Agent %1 is not in a call (%2)</source>
        <translation>El agente %1 no está en una llamada (%2)</translation>
    </message>
    <message>
        <source>The server shows a call state this program does not know (%1)</source>
        <translation>El servidor muestra un estado de llamada que este programa no reconoce (%1)</translation>
    </message>
    <message>
        <source>Bring the parked third party back</source>
        <translation>Recuperar al tercero aparcado</translation>
    </message>
    <message>
        <source>Park the customer: they hear hold music until grabbed back</source>
        <translation>Aparcar al cliente: escuchará música de espera hasta que se recupere la llamada</translation>
    </message>
    <message>
        <source>The customer is already parked</source>
        <translation>El cliente ya está aparcado</translation>
    </message>
    <message>
        <source>The customer is in the park IVR</source>
        <translation>El cliente está en el IVR de aparcamiento</translation>
    </message>
    <message>
        <source>Bring the parked customer back</source>
        <translation>Recuperar al cliente aparcado</translation>
    </message>
    <message>
        <source>The customer is not parked</source>
        <translation>El cliente no está aparcado</translation>
    </message>
    <message>
        <source>Send the customer to the park IVR of campaign %1; they come back by themselves when it ends</source>
        <translation>Enviar al cliente al IVR de aparcamiento de la campaña %1; regresará automáticamente cuando termine</translation>
    </message>
    <message>
        <source>The customer is parked: bring them back first</source>
        <translation>El cliente está aparcado: recupérelo primero</translation>
    </message>
    <message>
        <source>The customer is already in the park IVR</source>
        <translation>El cliente ya está en el IVR de aparcamiento</translation>
    </message>
    <message>
        <source>Bring the customer back from the park IVR now</source>
        <translation>Recuperar ahora al cliente del IVR de aparcamiento</translation>
    </message>
    <message>
        <source>The customer is not in the park IVR</source>
        <translation>El cliente no está en el IVR de aparcamiento</translation>
    </message>
    <message>
        <source>The third party is already parked</source>
        <translation>El tercero ya está aparcado</translation>
    </message>
    <message>
        <source>Park the third-party line (the server shows another party on this call)</source>
        <translation>Aparcar la línea del tercero (el servidor muestra otro participante en esta llamada)</translation>
    </message>
    <message>
        <source>Park the third party</source>
        <translation>Aparcar al tercero</translation>
    </message>
    <message>
        <source>Park the third-party line, if there is one: the server does not report whether a third party is on the call</source>
        <translation>Aparcar la línea del tercero, si la hay: el servidor no informa si hay un tercero en la llamada</translation>
    </message>
    <message>
        <source>No third party was parked from this bar (one parked in the VICIdial screen cannot be seen here)</source>
        <translation>No se aparcó ningún tercero desde esta barra (un tercero aparcado desde la pantalla de VICIdial no se ve aquí)</translation>
    </message>
    <message>
        <source>No third party was parked from this bar to swap with</source>
        <translation>No hay ningún tercero aparcado desde esta barra con el que alternar</translation>
    </message>
    <message>
        <source>Park the customer and bring the parked third party back</source>
        <translation>Aparcar al cliente y recuperar al tercero aparcado</translation>
    </message>
    <message>
        <source>The third party is already parked: use Grab to bring the customer back</source>
        <translation>El tercero ya está aparcado: use Recuperar para traer de vuelta al cliente</translation>
    </message>
    <message>
        <source>Park the third party and bring the customer back</source>
        <translation>Aparcar al tercero y recuperar al cliente</translation>
    </message>
    <message>
        <source>Park the third-party line (if there is one: the server cannot tell) and bring the customer back</source>
        <translation>Aparcar la línea del tercero (si la hay: el servidor no puede saberlo) y recuperar al cliente</translation>
    </message>
    <message>
        <source>Hang up the third party and bring the parked customer back</source>
        <translation>Colgar al tercero y recuperar al cliente aparcado</translation>
    </message>
    <message>
        <source>Hang up the third-party line (if there is one) and bring the parked customer back</source>
        <translation>Colgar la línea del tercero (si la hay) y recuperar al cliente aparcado</translation>
    </message>
    <message>
        <source>Waiting for the previous command to finish</source>
        <translation>Esperando a que termine el comando anterior</translation>
    </message>
</context>
<context>
    <name>AgentBar</name>
    <message>
        <source>Not available (%1): %2</source>
        <translation>No disponible (%1): %2</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>The server stored %1 for agent %2.</source>
        <translation>El servidor registró %1 para el agente %2.</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>El servidor aceptó la solicitud.</translation>
    </message>
    <message>
        <source>Agent %1 is not logged in.</source>
        <translation>El agente %1 no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Agent %1 has no lead on the screen.</source>
        <translation>El agente %1 no tiene ningún contacto en pantalla.</translation>
    </message>
    <message>
        <source>The server does not accept the value &quot;%1&quot; for agent %2.</source>
        <translation>El servidor no acepta el valor &quot;%1&quot; para el agente %2.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters.</source>
        <translation>El servidor rechazó los parámetros de la solicitud.</translation>
    </message>
    <message>
        <source>API user %1 is not allowed to use %2. Ask the VICIdial administrator to allow it.</source>
        <translation>El usuario de API %1 no tiene permiso para usar %2. Pida al administrador de VICIdial que lo autorice.</translation>
    </message>
    <message>
        <source>Signed out: wrong API user or password.</source>
        <translation>Sesión cerrada: usuario de API o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Signed out: the server has locked API user %1 for 15 minutes after too many failed logins.</source>
        <translation>Sesión cerrada: el servidor bloqueó al usuario de API %1 durante 15 minutos por demasiados intentos fallidos de inicio de sesión.</translation>
    </message>
    <message>
        <source>The server does not accept requests from this computer (%1).</source>
        <translation>El servidor no acepta solicitudes desde este equipo (%1).</translation>
    </message>
    <message>
        <source>The agent API is switched off on this server.</source>
        <translation>La API de agente está desactivada en este servidor.</translation>
    </message>
    <message>
        <source>The server rejected the source name: it must be 2 to 20 characters.</source>
        <translation>El servidor rechazó el nombre de origen: debe tener de 2 a 20 caracteres.</translation>
    </message>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation>No existe el agente %1 en este servidor.</translation>
    </message>
    <message>
        <source>No agents are logged in.</source>
        <translation>No hay agentes con sesión iniciada.</translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>El servidor envió una respuesta vacía.</translation>
    </message>
    <message>
        <source>The server answered with an error page instead of an answer.</source>
        <translation>El servidor respondió con una página de error en lugar de una respuesta.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede acceder al servidor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>El certificado del servidor no es de confianza: %1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>El servidor respondió con el estado HTTP %1.</translation>
    </message>
    <message>
        <source>A command for agent %1 is already on its way.</source>
        <translation>Ya hay un comando en curso para el agente %1.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <source>The server sends ParkBar to its https address, %1. ParkBar stopped asking so that the password no longer travels unencrypted: switch the profile to the https address.</source>
        <translation>El servidor envía ParkBar a su dirección https, %1. ParkBar dejó de preguntar para que la contraseña ya no viaje sin cifrar: cambie el perfil a la dirección https.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña.</translation>
    </message>
</context>
<context>
    <name>ApiFloorSource</name>
    <message>
        <source>Stopped after VICIdial refused the API user (%1): restart or reload the hub after fixing it</source>
        <translation>Detenido después de que VICIdial rechazara el usuario de la API (%1): reinicie o recargue el hub después de corregirlo</translation>
    </message>
    <message>
        <source>logged_in_agents failed: %1</source>
        <translation>logged_in_agents falló: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo: ParkBar is talking to a simulated VICIdial server on this computer (%1). Nothing here reaches a real call.</source>
        <translation>Demo: ParkBar se comunica con un servidor VICIdial simulado en este equipo (%1). Nada de lo que haga aquí afecta a una llamada real.</translation>
    </message>
    <message>
        <source>ParkBar (demo)</source>
        <translation>ParkBar (demo)</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Horizontal: a row of buttons</source>
        <translation>Horizontal: una fila de botones</translation>
    </message>
    <message>
        <source>Vertical: a column of buttons</source>
        <translation>Vertical: una columna de botones</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientación:</translation>
    </message>
    <message>
        <source>&amp;Compact:</source>
        <translation>&amp;Compacto:</translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation>Solo iconos, botones más pequeños</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Ventana:</translation>
    </message>
    <message>
        <source>Always on top of other windows</source>
        <translation>Siempre encima de las demás ventanas</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language takes effect when ParkBar starts again.</source>
        <translation>El nuevo idioma se aplica la próxima vez que se inicie ParkBar.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
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
        <translation>Confirmación</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Column header: the command&apos;s latency in milliseconds.</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Respuesta del servidor</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Usuario de API</translation>
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
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation>Copiar la ruta del registro de auditoría</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the audit log&apos;s folder</source>
        <translation>Abrir la carpeta del registro de auditoría</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualizar el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Registro de auditoría, los más recientes primero</translation>
    </message>
    <message>
        <source>No commands recorded yet.</source>
        <translation>Todavía no hay comandos registrados.</translation>
    </message>
    <message>
        <source>ParkBar audit log</source>
        <translation>Registro de auditoría de ParkBar</translation>
    </message>
    <message>
        <source>Commands shown: %1, newest first.</source>
        <translation>Comandos mostrados: %1, los más recientes primero.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Every command is written to the audit log: when it was sent, the agent, the command, the server&apos;s answer (passwords removed) and whether the agent&apos;s state confirmed it. Hand the file to QA as it is; each line is one JSON object.</source>
        <translation>Cada comando se escribe en el registro de auditoría: cuándo se envió, el agente, el comando, la respuesta del servidor (sin contraseñas) y si el estado del agente lo confirmó. Entregue el archivo al área de Calidad (QA) tal como está; cada línea es un objeto JSON.</translation>
    </message>
    <message>
        <source>Audit log size limit</source>
        <translation>Tamaño máximo del registro de auditoría</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>&amp;Rotate at:</source>
        <translation>&amp;Rotar al alcanzar:</translation>
    </message>
    <message>
        <source>Three older files are kept beside it (audit.1.jsonl is the newest of them).</source>
        <translation>Se conservan tres archivos anteriores junto a él (audit.1.jsonl es el más reciente de ellos).</translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation>Archivo del registro de auditoría</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;View log...</source>
        <translation>&amp;Ver registro...</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Ver el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copiar ruta</translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation>Copiar la ruta del registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Reading the agent&apos;s state</source>
        <translation>Lectura del estado del agente</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Agent &amp;logged in:</source>
        <translation>Agente con sesión &amp;iniciada:</translation>
    </message>
    <message>
        <source>Agent logged &amp;out:</source>
        <translation>Agente &amp;sin sesión:</translation>
    </message>
    <message>
        <source>Longest &amp;back-off:</source>
        <translation>&amp;Espera máxima entre reintentos:</translation>
    </message>
    <message>
        <source>Every poll adds work on the shared server; the agent&apos;s own screen already polls once a second.</source>
        <translation>Cada consulta suma carga al servidor compartido; la propia pantalla del agente ya consulta una vez por segundo.</translation>
    </message>
    <message>
        <source>Commands and parked callers</source>
        <translation>Comandos y llamadas aparcadas</translation>
    </message>
    <message>
        <source>Con&amp;firmation timeout:</source>
        <translation>&amp;Tiempo límite de confirmación:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Warn when parked for:</source>
        <translation>&amp;Avisar si lleva aparcado:</translation>
    </message>
    <message>
        <source>C&amp;ritical when parked for:</source>
        <translation>C&amp;rítico si lleva aparcado:</translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends the third party&apos;s call</source>
        <translation>Preguntar antes de “Colgar transf. + recuperar”, que termina la llamada del tercero</translation>
    </message>
    <message>
        <source>Hang&amp;up:</source>
        <translation>Co&amp;lgar:</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>While a command awaits &amp;confirmation:</source>
        <translation>Mientras un comando espera &amp;confirmación:</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Park IVR mode</source>
        <translation>Modo de IVR de aparcamiento</translation>
    </message>
    <message>
        <source>DISABLED: no park IVR</source>
        <translation>DISABLED: sin IVR de aparcamiento</translation>
    </message>
    <message>
        <source>ENABLED: park to IVR and grab back</source>
        <translation>ENABLED: aparcar en el IVR y recuperar</translation>
    </message>
    <message>
        <source>ENABLED_PARK_ONLY: no grab back</source>
        <translation>ENABLED_PARK_ONLY: aparcar sin recuperar</translation>
    </message>
    <message>
        <source>ENABLED_BUTTON_HIDDEN: screen button hidden</source>
        <translation>ENABLED_BUTTON_HIDDEN: botón oculto en la pantalla</translation>
    </message>
    <message>
        <source>VICIdial does not tell ParkBar whether a campaign has a park IVR (its ivr_park_call setting). Enter it here, as your VICIdial administrator set it. A campaign that is not listed is unknown: the Park IVR button stays off with that reason. Do not mark a campaign as having a park IVR it does not have: a park to an IVR that does not exist drops the caller.</source>
        <translation>VICIdial no informa a ParkBar si una campaña tiene IVR de aparcamiento (su ajuste ivr_park_call). Indíquelo aquí, tal como lo configuró su administrador de VICIdial. Una campaña que no está en la lista es desconocida: el botón Aparcar IVR permanece desactivado con ese motivo. No marque que una campaña tiene un IVR de aparcamiento si no lo tiene: aparcar en un IVR que no existe corta la llamada.</translation>
    </message>
    <message>
        <source>Park IVR mode per campaign</source>
        <translation>Modo de IVR de aparcamiento por campaña</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>ID de campaña</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Agregar campaña</translation>
    </message>
    <message>
        <source>Remove campaign</source>
        <translation>Quitar campaña</translation>
    </message>
    <message>
        <source>&amp;Old builds:</source>
        <translation>Compilaciones &amp;antiguas:</translation>
    </message>
    <message>
        <source>The agent screen supports SWAP and HANGUP</source>
        <translation>La pantalla del agente admite SWAP y HANGUP</translation>
    </message>
    <message>
        <source>The SWAP and HANGUP values need the agent screen of build 240624 or newer, which reports its build nowhere. ParkBar goes by the newest of the API builds and turns these buttons off below 240624. Tick this only when you know the agents&apos; screens are newer than the APIs; ParkBar still checks each command in the agent&apos;s state.</source>
        <translation>Los valores SWAP y HANGUP requieren la pantalla del agente de la compilación 240624 o posterior, que no informa su compilación en ningún lugar. ParkBar se guía por la compilación más reciente de las API y desactiva estos botones por debajo de 240624. Marque esta opción solo si sabe que las pantallas de los agentes son más recientes que las API; ParkBar sigue comprobando cada comando en el estado del agente.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Campaign %1 is listed twice.</source>
        <translation>La campaña %1 aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>CertificateFetcher</name>
    <message>
        <source>The server did not complete a TLS handshake in time.</source>
        <translation>El servidor no completó a tiempo la negociación TLS.</translation>
    </message>
    <message>
        <source>Enter an https:// server address first: plain http has no certificate.</source>
        <translation>Primero escriba una dirección de servidor https://: http simple no tiene certificado.</translation>
    </message>
    <message>
        <source>This computer has no TLS support.</source>
        <translation>Este equipo no admite TLS.</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>No se puede conectar a %1:%2: %3</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>El servidor no envió ningún certificado.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Print the agent&apos;s state and which actions are possible, then exit.</source>
        <translation>Muestra el estado del agente y las acciones posibles, y termina.</translation>
    </message>
    <message>
        <source>Send one park_call value (%1) through the same rules as the buttons.</source>
        <translation>Envía un valor de park_call (%1) con las mismas reglas que los botones.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>With --send: wait until the agent&apos;s state shows the command carried out.</source>
        <translation>Con --send: espera hasta que el estado del agente muestre el comando ejecutado.</translation>
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
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>The source name the server logs (2 to 20 characters).</source>
        <translation>El nombre de origen (source) que registra el servidor (de 2 a 20 caracteres).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>Send requests as GET instead of POST (puts the password in the server&apos;s access logs).</source>
        <translation>Envía las solicitudes por GET en lugar de POST (deja la contraseña en los registros de acceso del servidor).</translation>
    </message>
    <message>
        <source>How long to wait for each answer, in milliseconds.</source>
        <translation>Tiempo de espera de cada respuesta, en milisegundos.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Not accepted: use PARKBAR_PASSWORD.</source>
        <translation>No se acepta: use PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>CONTRASEÑA</translation>
    </message>
    <message>
        <source>--password is not accepted: a password on the command line can be read by every user of this computer and stays in the shell history. Put it in the environment variable PARKBAR_PASSWORD instead.</source>
        <translation>--password no se acepta: cualquier usuario de este equipo puede leer una contraseña escrita en la línea de comandos, y además queda en el historial del shell. Póngala en la variable de entorno PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>--status and --send cannot be used together.</source>
        <translation>--status y --send no se pueden usar juntos.</translation>
    </message>
    <message>
        <source>--confirm only goes with --send.</source>
        <translation>--confirm solo se usa junto con --send.</translation>
    </message>
    <message>
        <source>--send: &quot;%1&quot; is not a park_call value; use one of %2.</source>
        <translation>--send: &quot;%1&quot; no es un valor de park_call; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>--agent needs the agent&apos;s login.</source>
        <translation>--agent requiere el usuario de VICIdial del agente.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http or https address.</source>
        <translation>--server: &quot;%1&quot; no es una dirección http ni https.</translation>
    </message>
    <message>
        <source>--server: put no user or password in the address; use --user and PARKBAR_PASSWORD.</source>
        <translation>--server: no incluya usuario ni contraseña en la dirección; use --user y PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>--source: the source name must be 2 to 20 characters.</source>
        <translation>--source: el nombre de origen debe tener de 2 a 20 caracteres.</translation>
    </message>
    <message>
        <source>Note: --get puts the API password into the server&apos;s access logs.</source>
        <translation>Nota: --get deja la contraseña de API en los registros de acceso del servidor.</translation>
    </message>
    <message>
        <source>--timeout: give a number of milliseconds from %1 to %2.</source>
        <translation>--timeout: indique un número de milisegundos entre %1 y %2.</translation>
    </message>
    <message>
        <source>Use this saved profile (its name) instead of the one in use.</source>
        <translation>Usar este perfil guardado (su nombre) en lugar del que está en uso.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login (instead of the profile&apos;s).</source>
        <translation>El usuario de VICIdial del agente (en lugar del del perfil).</translation>
    </message>
    <message>
        <source>The VICIdial server&apos;s address, e.g. https://dialer.example.com (instead of the profile&apos;s).</source>
        <translation>La dirección del servidor VICIdial, p. ej. https://dialer.example.com (en lugar de la del perfil).</translation>
    </message>
    <message>
        <source>The API user (instead of the profile&apos;s). Its password comes from the keychain or the environment variable PARKBAR_PASSWORD.</source>
        <translation>El usuario de la API (en lugar del del perfil). Su contraseña viene del llavero o de la variable de entorno PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for this run.</source>
        <translation>Confiar en los certificados de CA de este archivo PEM durante esta ejecución.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Accept only this certificate for this run: its SHA-256 fingerprint or sha256//BASE64 of its public key.</source>
        <translation>Aceptar solo este certificado durante esta ejecución: su huella SHA-256 o sha256//BASE64 de su clave pública.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>--profile needs a saved profile&apos;s name.</source>
        <translation>--profile necesita el nombre de un perfil guardado.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; has no scheme. Write https://%1 (encrypted), or http://%1 if the server has no https (the password then travels unencrypted).</source>
        <translation>--server: &quot;%1&quot; no tiene esquema. Escriba https://%1 (cifrado), o http://%1 si el servidor no tiene https (entonces la contraseña viaja sin cifrar).</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable PEM file of certificates.</source>
        <translation>--ca-file: &quot;%1&quot; no es un archivo PEM de certificados legible.</translation>
    </message>
    <message>
        <source>--pin: give the certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits) or its public key&apos;s pin, sha256// followed by the base64 of its SHA-256.</source>
        <translation>--pin: indique la huella SHA-256 del certificado (64 dígitos hexadecimales) o el pin de su clave pública, sha256// seguido del base64 de su SHA-256.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>%1 No user name and password for it are saved in the keychain: start ParkBar&apos;s window once and enter them when it asks.</source>
        <translation>%1 No hay nombre de usuario ni contraseña guardados para él en el llavero: abra la ventana de ParkBar una vez e introdúzcalos cuando los pida.</translation>
    </message>
</context>
<context>
    <name>CliProfile</name>
    <message>
        <source>Warning: %1 is plain http, so the API password travels unencrypted; use https:// if the server offers it.</source>
        <translation>Aviso: %1 es http sin cifrar, así que la contraseña de la API viaja sin cifrar; use https:// si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>--profile: there is no saved profile; set one up in the window first.</source>
        <translation>--profile: no hay ningún perfil guardado; configure uno primero en la ventana.</translation>
    </message>
    <message>
        <source>--profile: no saved profile is called &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>--profile: ningún perfil guardado se llama &quot;%1&quot;. Perfiles guardados: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is in gateway mode: its hub holds the API password and sends the commands, and the command line does not go through a gateway hub. Use ParkBar&apos;s window, or give --server, --user and PARKBAR_PASSWORD to reach the server directly.</source>
        <translation>El perfil &quot;%1&quot; está en modo pasarela: su hub guarda la contraseña de la API y envía las órdenes, y la línea de órdenes no pasa por un hub pasarela. Use la ventana de ParkBar, o indique --server, --user y PARKBAR_PASSWORD para llegar directamente al servidor.</translation>
    </message>
</context>
<context>
    <name>CliRequest</name>
    <message>
        <source>Missing: %1 (the saved profile does not have it; the API password comes from the keychain, where the window saves it, or from the environment variable PARKBAR_PASSWORD).</source>
        <translation>Falta: %1 (el perfil guardado no lo tiene; la contraseña de la API viene del llavero, donde la guarda la ventana, o de la variable de entorno PARKBAR_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>agent %1: not logged in</source>
        <translation>agente %1: sin sesión iniciada</translation>
    </message>
    <message>
        <source>no sub status</source>
        <translation>sin subestado</translation>
    </message>
    <message>
        <source>sub status %1</source>
        <translation>subestado %1</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>contacto %1</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>sin contacto</translation>
    </message>
    <message>
        <source>agent %1: %2, %3, %4, campaign %5</source>
        <translation>agente %1: %2, %3, %4, campaña %5</translation>
    </message>
    <message>
        <source>connection: connecting</source>
        <translation>conexión: conectando</translation>
    </message>
    <message>
        <source>connection: connected</source>
        <translation>conexión: conectado</translation>
    </message>
    <message>
        <source>connection: slow: %1</source>
        <translation>conexión: lenta: %1</translation>
    </message>
    <message>
        <source>connection: offline: %1</source>
        <translation>conexión: fuera de línea: %1</translation>
    </message>
    <message>
        <source>connection: signed out: %1</source>
        <translation>conexión: sesión cerrada: %1</translation>
    </message>
    <message>
        <source>server: agent API %1, non-agent API %2</source>
        <translation>servidor: API de agente %1, API no agente %2</translation>
    </message>
    <message>
        <source> (the administrator says the agent screen supports Swap and Hangup Xfer + Grab)</source>
        <translation> (según el administrador, la pantalla del agente admite Alternar y Colgar transf. + recuperar)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin configurar</translation>
    </message>
    <message>
        <source>park IVR: campaign %1, mode %2</source>
        <translation>IVR de aparcamiento: campaña %1, modo %2</translation>
    </message>
    <message>
        <source>enabled: %1</source>
        <translation>disponible: %1</translation>
    </message>
    <message>
        <source>off: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>source: the hub %1</source>
        <translation>origen: el hub %1</translation>
    </message>
    <message>
        <source>source: the hub %1, which cannot be relied on: %2</source>
        <translation>origen: el hub %1, que no es fiable ahora: %2</translation>
    </message>
    <message>
        <source>source: direct polling (the hub %1 cannot be relied on: %2)</source>
        <translation>origen: consulta directa (el hub %1 no es fiable ahora: %2)</translation>
    </message>
    <message>
        <source>source: direct polling</source>
        <translation>origen: consulta directa</translation>
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
        <translation>Sin conexión, reintentando en %1 s</translation>
    </message>
    <message>
        <source>Offline, retrying now</source>
        <translation>Sin conexión, reintentando ahora</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Sesión cerrada</translation>
    </message>
    <message>
        <source>%1: sending...</source>
        <translation>%1: enviando...</translation>
    </message>
    <message>
        <source>%1: no clear answer (%2). It may or may not have been done: watch the state.</source>
        <translation>%1: sin respuesta clara (%2). Puede que se haya realizado o no: observe el estado.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: falló. %2</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the agent&apos;s screen...</source>
        <translation>%1: enviado, esperando a la pantalla del agente...</translation>
    </message>
    <message>
        <source>%1: done, confirmed after %2 s.</source>
        <translation>%1: hecho, confirmado a los %2 s.</translation>
    </message>
    <message>
        <source>%1: not carried out. The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation>%1: no se ejecutó. La pantalla de VICIdial del agente no procesó el comando. ¿Está abierta?</translation>
    </message>
    <message>
        <source>%1: sent, but whether it happened cannot be seen.</source>
        <translation>%1: enviado, pero no se puede ver si se ejecutó.</translation>
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
        <translation>%1: hecho. Se perdió la respuesta del servidor, pero el estado del agente lo muestra.</translation>
    </message>
</context>
<context>
    <name>ConfirmationTracker</name>
    <message>
        <source>The server shows the customer parked.</source>
        <translation>El servidor muestra al cliente aparcado.</translation>
    </message>
    <message>
        <source>The server no longer shows the customer parked.</source>
        <translation>El servidor ya no muestra al cliente aparcado.</translation>
    </message>
    <message>
        <source>No state came from the server since the command was sent: cannot tell whether it was carried out.</source>
        <translation>No llegó ningún estado del servidor desde que se envió el comando: no se puede saber si se ejecutó.</translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored, and the agent&apos;s state does not show it carried out.</source>
        <translation>El servidor no dio una respuesta clara, así que puede que el comando se haya registrado o no, y el estado del agente no muestra que se haya ejecutado.</translation>
    </message>
    <message>
        <source>The server shows a 3-way call, which can hide a park: cannot tell whether it was carried out.</source>
        <translation>El servidor muestra una llamada a tres (3-WAY), que puede ocultar un aparcamiento: no se puede saber si se ejecutó.</translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored; the third-party line cannot be seen to check.</source>
        <translation>El servidor no dio una respuesta clara, así que puede que el comando se haya registrado o no; la línea del tercero no es visible para comprobarlo.</translation>
    </message>
    <message>
        <source>Sent. The server does not show the third-party line, so this cannot be confirmed.</source>
        <translation>Enviado. El servidor no muestra la línea del tercero, así que no se puede confirmar.</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation>La pantalla de VICIdial del agente no procesó el comando. ¿Está abierta?</translation>
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
        <translation>Cada perfil es un servidor y un agente; la barra usa el seleccionado.</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Agregar...</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Agregar perfil</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Cambiar nombre...</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Cambiar nombre del perfil</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Dirección del &amp;servidor:</translation>
    </message>
    <message>
        <source>&amp;API user:</source>
        <translation>&amp;Usuario de API:</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Contraseña de API</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login, e.g. 1000</source>
        <translation>El usuario de VICIdial del agente, p. ej., 1000</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>POST (recommended)</source>
        <translation>POST (recomendado)</translation>
    </message>
    <message>
        <source>GET (puts the password in web-server logs)</source>
        <translation>GET (deja la contraseña en los registros del servidor web)</translation>
    </message>
    <message>
        <source>Request &amp;method:</source>
        <translation>&amp;Método de solicitud:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Asks the server for its version and the agent&apos;s state once, with the values above, without saving them.</source>
        <translation>Consulta una vez al servidor su versión y el estado del agente con los valores de arriba, sin guardarlos.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nombre del perfil:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the password field: leaving it empty keeps the saved password.</extracomment>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Reading the saved password...</source>
        <translation>Leyendo la contraseña guardada...</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Escriba la contraseña para probar la conexión.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Probando...</translation>
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
        <translation>No se indicó ningún agente, así que no se leyó el estado del agente.</translation>
    </message>
    <message>
        <source>No password entered, so the agent&apos;s state was not read.</source>
        <translation>No se escribió ninguna contraseña, así que no se leyó el estado del agente.</translation>
    </message>
    <message>
        <source>The agent&apos;s state was not read: the non-agent API would alter this password and count a failed login.</source>
        <translation>No se leyó el estado del agente: la API no agente alteraría esta contraseña y contaría un inicio de sesión fallido.</translation>
    </message>
    <message>
        <source>%1: version %2, build %3.</source>
        <translation>%1: versión %2, compilación %3.</translation>
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
        <translation>API no agente</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Respuesta del servidor: %1</translation>
    </message>
    <message>
        <source>Agent %1: status %2, campaign %3, lead %4 on the screen.</source>
        <translation>Agente %1: estado %2, campaña %3, contacto %4 en pantalla.</translation>
    </message>
    <message>
        <source>Agent %1: status %2, campaign %3, no lead on the screen.</source>
        <translation>Agente %1: estado %2, campaña %3, sin contacto en pantalla.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation>No hay ningún llavero disponible en este equipo, así que ParkBar pedirá la contraseña cada vez que se inicie y nunca la guardará en el disco.</translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable and is not stored.</source>
        <translation>La contraseña se toma de la variable de entorno PARKBAR_PASSWORD y no se guarda.</translation>
    </message>
    <message>
        <source>The password is kept in the Windows Credential Manager, never in a settings file.</source>
        <translation>La contraseña se guarda en el Administrador de credenciales de Windows, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>The password is kept in the macOS Keychain, never in a settings file.</source>
        <translation>La contraseña se guarda en el Llavero de macOS, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring (Secret Service), never in a settings file.</source>
        <translation>La contraseña se guarda en el llavero del escritorio (Secret Service), nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable.</source>
        <translation>La contraseña se toma de la variable de entorno PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>Enter the server address and API user first.</source>
        <translation>Primero escriba la dirección del servidor y el usuario de API.</translation>
    </message>
    <message>
        <source>No password is saved for %1 yet.</source>
        <translation>Todavía no hay ninguna contraseña guardada para %1.</translation>
    </message>
    <message>
        <source>The keychain refused access, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation>El llavero denegó el acceso, así que ParkBar pedirá la contraseña cada vez que se inicie y nunca la guardará en el disco.</translation>
    </message>
</context>
<context>
    <name>DatabaseFloorWorker</name>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not installed; on Debian it is the package libqt6sql6-mysql.</source>
        <translation>El controlador MySQL de Qt (QMYSQL) no está instalado; en Debian es el paquete libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 as %2: %3</source>
        <translation>No se puede conectar a la base de datos %1 como %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the tables of the database %1: %2</source>
        <translation>No se pueden leer las tablas de la base de datos %1: %2</translation>
    </message>
    <message>
        <source>The database %1 lacks %2 (an older VICIdial, or the account may not read them).</source>
        <translation>A la base de datos %1 le falta %2 (un VICIdial más antiguo, o la cuenta no puede leerlo).</translation>
    </message>
    <message>
        <source>Reading the floor from the database %1 failed: %2</source>
        <translation>Falló la lectura de la sala desde la base de datos %1: %2</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>No se puede crear una carpeta temporal para la demo: %1</translation>
    </message>
    <message>
        <source>The built-in VICIdial simulator could not listen on 127.0.0.1.</source>
        <translation>El simulador de VICIdial integrado no pudo escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>DeskMode</name>
    <message>
        <source>Direct: no hub. This desk polls the VICIdial server itself and keeps the API password.</source>
        <translation>Directo: sin hub. Este puesto consulta él mismo el servidor VICIdial y guarda la contraseña de la API.</translation>
    </message>
    <message>
        <source>Feed: the floor comes via the hub; the API password is on this desk, which polls directly while the hub cannot be reached.</source>
        <translation>Difusión: la sala llega a través del hub; la contraseña de la API está en este puesto, que consulta directamente mientras no se puede contactar con el hub.</translation>
    </message>
    <message>
        <source>Gateway: the hub holds the API password and sends the commands. This desk holds no VICIdial password and works only while the hub can be reached.</source>
        <translation>Pasarela: el hub guarda la contraseña de la API y envía los comandos. Este puesto no guarda ninguna contraseña de VICIdial y solo funciona mientras se puede contactar con el hub.</translation>
    </message>
    <message>
        <source>No password here: in gateway mode the hub holds the API password, and this desk never asks for or keeps one.</source>
        <translation>Sin contraseña aquí: en modo pasarela el hub guarda la contraseña de la API, y este puesto nunca la pide ni la guarda.</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Grupo de usuarios</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Sub status</source>
        <translation>Subestado</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Aparcado</translation>
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
        <translation>PARK (IVR)</translation>
    </message>
</context>
<context>
    <name>GatewayText</name>
    <message>
        <source>Not sent: the hub only sends commands for the agent logged in on this desk&apos;s phone.</source>
        <translation>No enviado: el hub solo envía comandos para el agente conectado en el teléfono de este puesto.</translation>
    </message>
    <message>
        <source>Not sent: agent %1 is outside the campaigns and groups this desk may act on.</source>
        <translation>No enviado: el agente %1 está fuera de las campañas y grupos sobre los que este puesto puede actuar.</translation>
    </message>
    <message>
        <source>Not sent: the hub says this action is not possible now.</source>
        <translation>No enviado: el hub dice que esta acción no es posible ahora.</translation>
    </message>
    <message>
        <source>Not sent: the hub says this action is not possible now (%1).</source>
        <translation>No enviado: el hub dice que esta acción no es posible ahora (%1).</translation>
    </message>
    <message>
        <source>Not sent: a command for agent %1 is already on its way.</source>
        <translation>No enviado: ya hay un comando en camino para el agente %1.</translation>
    </message>
    <message>
        <source>Not sent: the hub stopped talking to VICIdial after the server refused its API user. The hub&apos;s administrator has to act.</source>
        <translation>No enviado: el hub dejó de hablar con VICIdial después de que el servidor rechazara su usuario de API. El administrador del hub tiene que intervenir.</translation>
    </message>
    <message>
        <source>No agent logged in on %1</source>
        <translation>Ningún agente conectado en %1</translation>
    </message>
    <message>
        <source>The hub cannot be reached: commands go only through it</source>
        <translation>No se puede contactar con el hub: los comandos solo pasan por él</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBackendFactory</name>
    <message>
        <source>This build of ParkBar has no X11 hotkey support; the in-window shortcuts still work.</source>
        <translation>Esta compilación de ParkBar no admite teclas rápidas en X11; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation>Este escritorio (Wayland) no ofrece atajos globales; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
    <message>
        <source>No X11 or Wayland display was found; the in-window shortcuts still work.</source>
        <translation>No se encontró ninguna pantalla X11 ni Wayland; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
    <message>
        <source>Global hotkeys are not supported on this system; the in-window shortcuts still work.</source>
        <translation>Este sistema no admite teclas rápidas globales; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Command history</source>
        <translation>Historial de comandos</translation>
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
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Click, then press the key combination. Backspace clears it; Escape keeps the old one.</source>
        <translation>Haga clic y luego presione la combinación de teclas. Retroceso la borra; Esc conserva la anterior.</translation>
    </message>
    <message>
        <source>Press a key combination…</source>
        <translation>Presione una combinación de teclas…</translation>
    </message>
</context>
<context>
    <name>HotkeyRouting</name>
    <message>
        <source>No agent is selected, so the hotkey did nothing.</source>
        <translation>No hay ningún agente seleccionado, por lo que la tecla rápida no hizo nada.</translation>
    </message>
</context>
<context>
    <name>HotkeySection</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation>Teclas rápidas globales</translation>
    </message>
</context>
<context>
    <name>HotkeySettingsPage</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation>Teclas rápidas globales</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Key combination</source>
        <translation>Combinación de teclas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Hotkey for %1</source>
        <translation>Tecla rápida para %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the hotkey for %1</source>
        <translation>Borrar la tecla rápida de %1</translation>
    </message>
    <message>
        <source>Status of the hotkey for %1</source>
        <translation>Estado de la tecla rápida de %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <source>Your desktop will confirm this key</source>
        <translation>Su escritorio confirmará esta tecla</translation>
    </message>
    <message>
        <source>Free: works in every window</source>
        <translation>Libre: funciona en todas las ventanas</translation>
    </message>
    <message>
        <source>Saved; not active on this desktop</source>
        <translation>Guardada; no está activa en este escritorio</translation>
    </message>
    <message>
        <source>These keys work while any window has focus, including the VICIdial screen. A hotkey does exactly what its button on the bar does, and nothing while that button is off.</source>
        <translation>Estas teclas funcionan con cualquier ventana en primer plano, incluida la pantalla de VICIdial. Una tecla rápida hace exactamente lo mismo que su botón en la barra, y nada mientras ese botón está desactivado.</translation>
    </message>
    <message>
        <source>They are paused while this page is open.</source>
        <translation>Quedan en pausa mientras esta página está abierta.</translation>
    </message>
    <message>
        <source>Your desktop decides the final keys and may ask you to confirm them.</source>
        <translation>Su escritorio decide las teclas definitivas y puede pedirle que las confirme.</translation>
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
        <translation>Sin combinación de teclas</translation>
    </message>
    <message>
        <source>Use a single key combination, such as Ctrl+Alt+P</source>
        <translation>Use una sola combinación de teclas, como Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Add a key to the modifier, such as Ctrl+Alt+P</source>
        <translation>Agregue una tecla al modificador, como Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Add Ctrl, Alt or the Windows/Super key: a plain key would stop working in every other program</source>
        <translation>Agregue Ctrl, Alt o la tecla Windows/Super: una tecla sola dejaría de funcionar en todos los demás programas</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Works in every window (the desktop set it to %1)</source>
        <translation>Funciona en todas las ventanas (el escritorio la asignó a %1)</translation>
    </message>
    <message>
        <source>Works in every window</source>
        <translation>Funciona en todas las ventanas</translation>
    </message>
    <message>
        <source>%1 is already used by another program</source>
        <translation>Otro programa ya usa %1</translation>
    </message>
    <message>
        <source>%1 is also set for “%2”; neither works until one is changed</source>
        <translation>%1 también está asignada a “%2”; ninguna funciona hasta que se cambie una de ellas</translation>
    </message>
    <message>
        <source>%1 cannot be typed on this keyboard</source>
        <translation>%1 no se puede escribir con este teclado</translation>
    </message>
    <message>
        <source>Saved, but not active on this desktop</source>
        <translation>Guardada, pero no activa en este escritorio</translation>
    </message>
    <message>
        <source>Waiting for the desktop to confirm the key</source>
        <translation>Esperando a que el escritorio confirme la tecla</translation>
    </message>
    <message>
        <source>The desktop did not assign a key; check its keyboard settings</source>
        <translation>El escritorio no asignó ninguna tecla; revise su configuración de teclado</translation>
    </message>
    <message>
        <source>Paused while the hotkey settings are open</source>
        <translation>En pausa mientras la configuración de teclas rápidas está abierta</translation>
    </message>
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>%1 is not a ws:// or wss:// address</source>
        <translation>%1 no es una dirección ws:// o wss://</translation>
    </message>
    <message>
        <source>plain ws:// is only for a hub on this computer; use wss://</source>
        <translation>ws:// sin cifrar es solo para un hub en este equipo; use wss://</translation>
    </message>
    <message>
        <source>The hub is not connected</source>
        <translation>El hub no está conectado</translation>
    </message>
    <message>
        <source>The connection to the hub was lost before its answer</source>
        <translation>Se perdió la conexión con el hub antes de su respuesta</translation>
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
        <translation>La configuración es correcta.</translation>
    </message>
    <message>
        <source>The configuration is not usable.</source>
        <translation>La configuración no se puede usar.</translation>
    </message>
    <message>
        <source>Source: api, logged_in_agents from %1 as API user %2, every %3 ms or more</source>
        <translation>Origen: api, logged_in_agents de %1 como usuario de API %2, cada %3 ms o más</translation>
    </message>
    <message>
        <source>Source: database %1 on %2 as %3, every %4 ms</source>
        <translation>Origen: base de datos %1 en %2 como %3, cada %4 ms</translation>
    </message>
    <message>
        <source>Listen: %1://%2:%3</source>
        <translation>Escucha: %1://%2:%3</translation>
    </message>
    <message>
        <source>Serves: campaigns %1; user groups %2</source>
        <translation>Sirve: campañas %1; grupos de usuarios %2</translation>
    </message>
    <message>
        <source>Tokens: %1 bar, %2 supervisor (%3)</source>
        <translation>Tokens: %1 de barra, %2 de supervisor (%3)</translation>
    </message>
    <message>
        <source>Health and metrics: http://127.0.0.1:%1/healthz and /metrics</source>
        <translation>Estado y métricas: http://127.0.0.1:%1/healthz y /metrics</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuración: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>no valid token: nobody can subscribe yet (parkbar-hub --issue-token)</source>
        <translation>ningún token válido: nadie puede suscribirse todavía (parkbar-hub --issue-token)</translation>
    </message>
    <message>
        <source>Read: %1 logged-in agents in %2 ms</source>
        <translation>Leído: %1 agentes conectados en %2 ms</translation>
    </message>
    <message>
        <source>the source could not be read: %1</source>
        <translation>no se pudo leer el origen: %1</translation>
    </message>
    <message>
        <source>Mode: gateway: the hub sends park_call for its desks as API user %1 and writes its audit log to %2</source>
        <translation>Modo: pasarela: el hub envía park_call por sus puestos como usuario de API %1 y escribe su registro de auditoría en %2</translation>
    </message>
    <message>
        <source>Mode: feed: desks send their commands themselves</source>
        <translation>Modo: difusión: los puestos envían sus comandos ellos mismos</translation>
    </message>
    <message>
        <source>%1 tokens are bound to a phone, but the API source does not say who is logged in on which phone: those desks will be refused; use the database source</source>
        <translation>%1 tokens están vinculados a un teléfono, pero el origen API no dice quién ha iniciado sesión en qué teléfono: esos puestos serán rechazados; use el origen de base de datos</translation>
    </message>
    <message>
        <source>%1 tokens are bound to a phone; they send commands only through a gateway hub</source>
        <translation>%1 tokens están vinculados a un teléfono; solo envían comandos a través de un hub en modo pasarela</translation>
    </message>
</context>
<context>
    <name>HubConfigReader</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 debe ser un número entero de %2 a %3, no «%4»</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 debe ser true o false, no «%2»</translation>
    </message>
    <message>
        <source>%1 must name the file that holds the password</source>
        <translation>%1 debe indicar el archivo que contiene la contraseña</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: no se puede leer %2</translation>
    </message>
    <message>
        <source>hub/listen must be an IP address, not &apos;%1&apos;</source>
        <translation>hub/listen debe ser una dirección IP, no «%1»</translation>
    </message>
    <message>
        <source>allowPlain=true: tokens and agent states cross the network unencrypted</source>
        <translation>allowPlain=true: los tokens y los estados de los agentes cruzan la red sin cifrar</translation>
    </message>
    <message>
        <source>database/user must name the read-only database account</source>
        <translation>database/user debe indicar la cuenta de solo lectura de la base de datos</translation>
    </message>
    <message>
        <source>No database/passwordFile: the hub connects without a password</source>
        <translation>Sin database/passwordFile: el hub se conecta sin contraseña</translation>
    </message>
    <message>
        <source>api/url must be the VICIdial server&apos;s address, like https://dialer.example.com</source>
        <translation>api/url debe ser la dirección del servidor VICIdial, como https://dialer.example.com</translation>
    </message>
    <message>
        <source>api/user must name the VICIdial API user</source>
        <translation>api/user debe indicar el usuario de la API de VICIdial</translation>
    </message>
    <message>
        <source>api/source must be 2 to 20 characters</source>
        <translation>api/source debe tener de 2 a 20 caracteres</translation>
    </message>
    <message>
        <source>api/method must be POST or GET</source>
        <translation>api/method debe ser POST o GET</translation>
    </message>
    <message>
        <source>api/pinnedSha256 must be a SHA-256 fingerprint (64 hex digits)</source>
        <translation>api/pinnedSha256 debe ser una huella SHA-256 (64 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>The API password has characters that the non-agent API removes, so logged_in_agents would always fail and count towards the lockout: use letters, digits, - and _ only</source>
        <translation>La contraseña de la API tiene caracteres que la API no de agentes elimina, así que logged_in_agents fallaría siempre y contaría para el bloqueo: use solo letras, dígitos, - y _</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>No se puede leer el archivo de configuración %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 no es un archivo INI válido</translation>
    </message>
    <message>
        <source>%1: passwords are never read from the configuration file; put the password in a file only the service can read and name that file with passwordFile</source>
        <translation>%1: las contraseñas nunca se leen del archivo de configuración; ponga la contraseña en un archivo que solo el servicio pueda leer e indíquelo con passwordFile</translation>
    </message>
    <message>
        <source>Unknown key %1 (ignored)</source>
        <translation>Clave desconocida %1 (ignorada)</translation>
    </message>
    <message>
        <source>source/kind must be database or api, not &apos;%1&apos;</source>
        <translation>source/kind debe ser database o api, no «%1»</translation>
    </message>
    <message>
        <source>Cannot read the tokens file %1</source>
        <translation>No se puede leer el archivo de tokens %1</translation>
    </message>
    <message>
        <source>gateway/enabled needs api/user: the VICIdial API user the hub sends park_call as</source>
        <translation>gateway/enabled necesita api/user: el usuario de la API de VICIdial con el que el hub envía park_call</translation>
    </message>
    <message>
        <source>gateway/enabled needs api/passwordFile: the file that holds the API user&apos;s password</source>
        <translation>gateway/enabled necesita api/passwordFile: el archivo que contiene la contraseña del usuario de la API</translation>
    </message>
    <message>
        <source>gateway/auditFile must name the file the hub writes its audit log to</source>
        <translation>gateway/auditFile debe indicar el archivo en el que el hub escribe su registro de auditoría</translation>
    </message>
    <message>
        <source>hub/parkIvrModes: &apos;%1&apos; is not CAMPAIGN:MODE with a mode of DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN</source>
        <translation>hub/parkIvrModes: «%1» no es CAMPAÑA:MODO con un modo DISABLED, ENABLED, ENABLED_PARK_ONLY o ENABLED_BUTTON_HIDDEN</translation>
    </message>
</context>
<context>
    <name>HubConnection</name>
    <message>
        <source>No hello with a token in time</source>
        <translation>No llegó a tiempo un hello con un token</translation>
    </message>
    <message>
        <source>Too slow: the client does not read what the hub sends</source>
        <translation>Demasiado lento: el cliente no lee lo que el hub envía</translation>
    </message>
</context>
<context>
    <name>HubGateway</name>
    <message>
        <source>Agent %1 is not the one logged in on this desk&apos;s phone %2</source>
        <translation>El agente %1 no es el que ha iniciado sesión en el teléfono %2 de este puesto</translation>
    </message>
    <message>
        <source>This desk&apos;s token is bound to agent %1</source>
        <translation>El token de este puesto está vinculado al agente %1</translation>
    </message>
    <message>
        <source>Agent %1 is outside this token&apos;s campaigns and user groups</source>
        <translation>El agente %1 está fuera de las campañas y grupos de usuarios de este token</translation>
    </message>
    <message>
        <source>This desk does not follow agent %1</source>
        <translation>Este puesto no sigue al agente %1</translation>
    </message>
    <message>
        <source>A command needs an id, an agent and a park_call action</source>
        <translation>Un comando necesita un id, un agente y una acción de park_call</translation>
    </message>
</context>
<context>
    <name>HubHealth</name>
    <message>
        <source>Connecting to the hub</source>
        <translation>Conectando con el hub</translation>
    </message>
    <message>
        <source>Hub connected</source>
        <translation>Hub conectado</translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub inalcanzable</translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>El hub rechazó este puesto</translation>
    </message>
    <message>
        <source>The hub has no data</source>
        <translation>El hub no tiene datos</translation>
    </message>
    <message>
        <source>The hub stopped answering</source>
        <translation>El hub dejó de responder</translation>
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
        <translation>No se puede escuchar /healthz y /metrics en 127.0.0.1 puerto %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Dirección del hub:</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Token del hub</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>AB:CD:... (the hub certificate&apos;s SHA-256)</source>
        <translation>AB:CD:... (el SHA-256 del certificado del hub)</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation>SHA-256 &amp;fijado:</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the hub token field: leaving it empty keeps the saved token.</extracomment>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Establecido por su administrador.</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in a settings file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo de configuración.</translation>
    </message>
    <message>
        <source>On a large floor, a parkbar-hub reads the whole floor once and pushes every change to the bars, so the bar does not poll the server itself. In feed mode, while the hub cannot be reached the bar polls directly, and returns to the hub when it is back; in gateway mode the hub also sends the commands and holds the API password, and this desk holds none. Leave the address empty to poll directly. A second address is used while the first does not answer.</source>
        <translation>En una sala grande, un parkbar-hub lee toda la sala una vez y envía cada cambio a las barras, así la barra no consulta ella misma el servidor. En modo difusión, mientras no se puede contactar con el hub la barra consulta directamente, y vuelve al hub cuando está de vuelta; en modo pasarela el hub también envía los comandos y guarda la contraseña de la API, y este puesto no guarda ninguna. Deje la dirección vacía para consultar directamente. Una segunda dirección se usa mientras la primera no responde.</translation>
    </message>
    <message>
        <source>e.g. wss://hub.example.com:8765, wss://hub2.example.com:8765</source>
        <translation>p. ej. wss://hub.example.com:8765, wss://hub2.example.com:8765</translation>
    </message>
    <message>
        <source>Feed: the hub pushes the floor, this desk keeps the API password</source>
        <translation>Difusión: el hub envía la sala, este puesto guarda la contraseña de la API</translation>
    </message>
    <message>
        <source>Gateway: the hub holds the API password and sends the commands</source>
        <translation>Pasarela: el hub guarda la contraseña de la API y envía los comandos</translation>
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
        <translation>El hub todavía no ha leído la planta</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <source>Refusing plain ws:// on %1, which is not a loopback address: set a TLS certificate and key, or allowPlain=true to accept that tokens and agent states cross the network unencrypted</source>
        <translation>Se rechaza ws:// sin cifrar en %1, que no es una dirección de loopback: configure un certificado y una clave TLS, o allowPlain=true para aceptar que los tokens y los estados de los agentes crucen la red sin cifrar</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1 puerto %2: %3</translation>
    </message>
    <message>
        <source>The hub is stopping</source>
        <translation>El hub se está deteniendo</translation>
    </message>
    <message>
        <source>The token was revoked or changed</source>
        <translation>El token fue revocado o cambiado</translation>
    </message>
    <message>
        <source>Too many wrong tokens from this address: try again in %1 s</source>
        <translation>Demasiados tokens erróneos desde esta dirección: inténtelo de nuevo en %1 s</translation>
    </message>
    <message>
        <source>The first message must be a hello with a token</source>
        <translation>El primer mensaje debe ser un hello con un token</translation>
    </message>
    <message>
        <source>Protocol version %1 is not supported; this hub speaks %2</source>
        <translation>La versión %1 del protocolo no es compatible; este hub habla la %2</translation>
    </message>
    <message>
        <source>Not a JSON object with a type</source>
        <translation>No es un objeto JSON con un tipo</translation>
    </message>
    <message>
        <source>Unknown message type: %1</source>
        <translation>Tipo de mensaje desconocido: %1</translation>
    </message>
    <message>
        <source>Unknown token: ask the hub&apos;s administrator for a valid one</source>
        <translation>Token desconocido: pida uno válido al administrador del hub</translation>
    </message>
    <message>
        <source>A bar token cannot subscribe to the whole floor</source>
        <translation>Un token de barra no puede suscribirse a toda la planta</translation>
    </message>
    <message>
        <source>This token is bound to agent %1</source>
        <translation>Este token está vinculado al agente %1</translation>
    </message>
    <message>
        <source>At most %1 agents per subscription</source>
        <translation>Como máximo %1 agentes por suscripción</translation>
    </message>
    <message>
        <source>This hub is in feed mode: it sends no commands; the desk sends them itself</source>
        <translation>Este hub está en modo difusión: no envía comandos; el puesto los envía él mismo</translation>
    </message>
    <message>
        <source>This token is bound to phone %1: subscribe with that phone</source>
        <translation>Este token está vinculado al teléfono %1: suscríbase con ese teléfono</translation>
    </message>
    <message>
        <source>This token is not bound to a phone</source>
        <translation>Este token no está vinculado a un teléfono</translation>
    </message>
    <message>
        <source>This token is bound to phone %1</source>
        <translation>Este token está vinculado al teléfono %1</translation>
    </message>
    <message>
        <source>This hub reads the floor through the API, which does not say who is logged in on which phone: desks bound to a phone need a hub with the database source</source>
        <translation>Este hub lee la planta a través de la API, que no dice quién ha iniciado sesión en qué teléfono: los puestos vinculados a un teléfono necesitan un hub con el origen de base de datos</translation>
    </message>
</context>
<context>
    <name>HubService</name>
    <message>
        <source>not listening</source>
        <translation>no escucha</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>sin datos: %1</translation>
    </message>
</context>
<context>
    <name>HubTlsIdentity</name>
    <message>
        <source>TLS needs both a certificate file and a key file</source>
        <translation>TLS necesita un archivo de certificado y un archivo de clave</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>No se pudo leer ningún certificado PEM de %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>No se puede leer la clave TLS %1: %2</translation>
    </message>
    <message>
        <source>No unencrypted RSA or EC private key could be read from %1</source>
        <translation>No se pudo leer ninguna clave privada RSA o EC sin cifrar de %1</translation>
    </message>
</context>
<context>
    <name>KeyboardPage</name>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation>Aparcar IVR</translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation>Alternar (automático)</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Colgar transf. + recuperar</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Aparcar tercero</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Recuperar tercero</translation>
    </message>
    <message>
        <source>Grab from IVR</source>
        <translation>Recuperar del IVR</translation>
    </message>
    <message>
        <source>Swap: park customer</source>
        <translation>Alternar: aparcar cliente</translation>
    </message>
    <message>
        <source>Swap: park third party</source>
        <translation>Alternar: aparcar tercero</translation>
    </message>
    <message>
        <source>Shortcuts in the ParkBar window</source>
        <translation>Atajos en la ventana de ParkBar</translation>
    </message>
    <message>
        <source>Global hotkeys (work while another window has the focus)</source>
        <translation>Teclas rápidas globales (funcionan aunque otra ventana tenga el foco)</translation>
    </message>
    <message>
        <source>Key conflicts</source>
        <translation>Conflictos de teclas</translation>
    </message>
    <message>
        <source>Click a field and press the keys; the small cross clears it. Empty means no key.</source>
        <translation>Haga clic en un campo y presione las teclas; la pequeña cruz lo borra. Vacío significa sin tecla.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <source>shortcut</source>
        <translation>atajo</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>tecla rápida</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is used by %2.</source>
        <translation>%1 está asignada a %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
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
        <translation>Modo demo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ask the server once more with the same credentials</source>
        <translation>Volver a consultar al servidor con las mismas credenciales</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Configuración...</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Historial...</translation>
    </message>
    <message>
        <source>Audit log...</source>
        <translation>Registro de auditoría...</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation>Modo supervisor</translation>
    </message>
    <message>
        <source>Vertical layout</source>
        <translation>Barra vertical</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compacto</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Siempre encima</translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation>Acerca de ParkBar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>ParkBar has stopped asking the server, so the account is not locked. Check the settings, then press Retry.</source>
        <translation>ParkBar dejó de consultar al servidor para que la cuenta no se bloquee. Revise la configuración y presione Reintentar.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>Switch this profile to %1 and connect again</source>
        <translation>Cambiar este perfil a %1 y volver a conectar</translation>
    </message>
</context>
<context>
    <name>ModeSwitcher</name>
    <message>
        <source>No agent is set for this profile. Enter the agent&apos;s VICIdial login in Settings.</source>
        <translation>Este perfil no tiene ningún agente configurado. Indique el usuario de VICIdial del agente en Configuración.</translation>
    </message>
</context>
<context>
    <name>ParkAction</name>
    <message>
        <source>Park customer</source>
        <translation>Aparcar cliente</translation>
    </message>
    <message>
        <source>Grab customer</source>
        <translation>Recuperar cliente</translation>
    </message>
    <message>
        <source>Park customer in IVR</source>
        <translation>Aparcar cliente en IVR</translation>
    </message>
    <message>
        <source>Grab customer from IVR</source>
        <translation>Recuperar cliente del IVR</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Aparcar tercero</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Recuperar tercero</translation>
    </message>
    <message>
        <source>Swap: park customer, grab third party</source>
        <translation>Alternar: aparcar cliente, recuperar tercero</translation>
    </message>
    <message>
        <source>Swap: park third party, grab customer</source>
        <translation>Alternar: aparcar tercero, recuperar cliente</translation>
    </message>
    <message>
        <source>Hang up third party and grab customer</source>
        <translation>Colgar tercero y recuperar cliente</translation>
    </message>
</context>
<context>
    <name>ParkToolbar</name>
    <message>
        <source>Park controls</source>
        <translation>Controles de aparcamiento</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Aparcar</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation>Aparcar IVR</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Alternar</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Colgar transf. + recuperar</translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation>Alternar (automático)</translation>
    </message>
    <message>
        <source>Hang up the third party?</source>
        <translation>¿Colgar al tercero?</translation>
    </message>
    <message>
        <source>Hang up the third party and bring agent %1&apos;s customer back from park?</source>
        <translation>¿Colgar al tercero y recuperar al cliente aparcado del agente %1?</translation>
    </message>
    <message>
        <source>This ends the third party&apos;s call.</source>
        <translation>Esto termina la llamada del tercero.</translation>
    </message>
    <message>
        <source>Hang up and grab</source>
        <translation>Colgar y recuperar</translation>
    </message>
    <message>
        <source>More actions: %1</source>
        <translation>Más acciones: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>ParkBar: API password</source>
        <translation>ParkBar: contraseña de API</translation>
    </message>
    <message>
        <source>Enter the password of API user &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Escriba la contraseña del usuario de API &lt;b&gt;%1&lt;/b&gt; en &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Contraseña de API</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>This password has characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so reading the agent&apos;s state would always fail.</source>
        <translation>Esta contraseña tiene caracteres que no son letras, dígitos, - ni _. La API no agente de VICIdial los elimina, así que la lectura del estado del agente fallaría siempre.</translation>
    </message>
</context>
<context>
    <name>PortalHotkeyBackend</name>
    <message>
        <source>Asking the desktop whether it offers global shortcuts; the in-window shortcuts still work.</source>
        <translation>Consultando si el escritorio ofrece atajos globales; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation>Este escritorio (Wayland) no ofrece atajos globales; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>ProfileConnection</name>
    <message>
        <source>Welcome. Enter your VICIdial server, API user and agent in Settings.</source>
        <translation>Le damos la bienvenida. Indique su servidor VICIdial, su usuario de API y su agente en Configuración.</translation>
    </message>
</context>
<context>
    <name>ProxyPrompt</name>
    <message>
        <source>ParkBar: proxy sign-in</source>
        <translation>ParkBar: inicio de sesión en el proxy</translation>
    </message>
    <message>
        <source>The proxy &lt;b&gt;%1&lt;/b&gt; asks for a user name and password before it lets ParkBar reach the server. They are kept in the keychain, never in a file.</source>
        <translation>El proxy &lt;b&gt;%1&lt;/b&gt; pide un nombre de usuario y una contraseña antes de dejar que ParkBar llegue al servidor. Se guardan en el llavero, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nombre de usuario del proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Contraseña del proxy</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SecondaryWindows</name>
    <message>
        <source>ParkBar: command history</source>
        <translation>ParkBar: historial de comandos</translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation>Acerca de ParkBar</translation>
    </message>
    <message>
        <source>&lt;b&gt;ParkBar %1&lt;/b&gt;&lt;br&gt;Park and grab buttons for VICIdial agents and supervisors.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;ParkBar %1&lt;/b&gt;&lt;br&gt;Botones para aparcar y recuperar llamadas, para agentes y supervisores de VICIdial.&lt;br&gt;Publicado bajo la licencia GNU GPL, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 is readable by every user of this computer: make it readable by the service only (chmod 640 or 600)</source>
        <translation>%1 lo puede leer cualquier usuario de este equipo: haga que solo el servicio pueda leerlo (chmod 640 o 600)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too long for a password file</source>
        <translation>%1 es demasiado largo para un archivo de contraseña</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 está vacío</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Many VICIdial servers use a self-signed certificate. ParkBar never turns certificate checks off: trust the server&apos;s own CA, or pin its certificate.</source>
        <translation>Muchos servidores VICIdial usan un certificado autofirmado. ParkBar nunca desactiva la verificación de certificados: confíe en la CA propia del servidor o fije su certificado.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s trusted CAs</source>
        <translation>Ninguno: solo las CA de confianza del sistema</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Examinar...</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>Elegir archivo de CA</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Archivo de &amp;CA adicional:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Archivo de CA adicional</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation>&amp;Obtener certificado</translation>
    </message>
    <message>
        <source>Fetch certificate</source>
        <translation>Obtener certificado</translation>
    </message>
    <message>
        <source>Connects to the server, reads the certificate it presents and hangs up without sending anything.</source>
        <translation>Se conecta al servidor, lee el certificado que presenta y se desconecta sin enviar nada.</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Detalles del certificado</translation>
    </message>
    <message>
        <source>&amp;Pin this certificate</source>
        <translation>Fi&amp;jar este certificado</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Fijar este certificado</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your server administrator gives you before you pin it.</source>
        <translation>Antes de fijarlo, compare la huella digital con la que le dé el administrador del servidor.</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Elija un archivo de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Servidor: %1:%2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Válido desde %1 hasta %2</translation>
    </message>
    <message>
        <source>This computer already trusts it.</source>
        <translation>Este equipo ya confía en él.</translation>
    </message>
    <message>
        <source>Not trusted by this computer: %1</source>
        <translation>Este equipo no confía en él: %1</translation>
    </message>
    <message>
        <source>None: a fingerprint AB:CD:... or a public key sha256//...</source>
        <translation>Ninguno: una huella AB:CD:... o una clave pública sha256//...</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Certificado &amp;fijado:</translation>
    </message>
    <message>
        <source>Pin its public &amp;key</source>
        <translation>Fijar su &amp;clave pública</translation>
    </message>
    <message>
        <source>Pin its public key</source>
        <translation>Fijar su clave pública</translation>
    </message>
    <message>
        <source>Still valid when the server&apos;s certificate is renewed with the same key.</source>
        <translation>Sigue siendo válido cuando el certificado del servidor se renueva con la misma clave.</translation>
    </message>
    <message>
        <source>Valid for exactly this certificate, until it is renewed.</source>
        <translation>Válido solo para este certificado, hasta que se renueve.</translation>
    </message>
    <message>
        <source>Certificate warning</source>
        <translation>Aviso de certificado</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 del certificado: %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Clave pública: %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 no enviado: %2</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>respuesta: %1</translation>
    </message>
    <message>
        <source>No clear answer: the command may or may not have been stored. Check the agent&apos;s screen.</source>
        <translation>Sin respuesta clara: puede que el comando se haya registrado o no. Revise la pantalla del agente.</translation>
    </message>
    <message>
        <source>confirmation: confirmed: %1</source>
        <translation>confirmación: confirmado: %1</translation>
    </message>
    <message>
        <source>confirmation: cannot be seen: %1</source>
        <translation>confirmación: no se puede ver: %1</translation>
    </message>
    <message>
        <source>confirmation: not carried out: %1</source>
        <translation>confirmación: no ejecutado: %1</translation>
    </message>
    <message>
        <source>confirmation: unknown: %1</source>
        <translation>confirmación: desconocida: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Connecting to the server...</source>
        <translation>Conectando con el servidor...</translation>
    </message>
    <message>
        <source>No answer from the server for %1 s.</source>
        <translation>Sin respuesta del servidor desde hace %1 s.</translation>
    </message>
    <message>
        <source>The server is slow to answer (%1 ms).</source>
        <translation>El servidor tarda en responder (%1 ms).</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>The VICIdial server&apos;s base address, e.g. https://dialer.example.com</source>
        <translation>Dirección base del servidor VICIdial, p. ej., https://dialer.example.com</translation>
    </message>
    <message>
        <source>The VICIdial API user ParkBar signs in as (not the agent)</source>
        <translation>Usuario de API de VICIdial con el que ParkBar inicia sesión (no el agente)</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login the bar acts for</source>
        <translation>Usuario de VICIdial del agente en cuyo nombre actúa la barra</translation>
    </message>
    <message>
        <source>The source name sent with every request, 2 to 20 characters</source>
        <translation>Nombre de origen (source) enviado con cada solicitud, de 2 a 20 caracteres</translation>
    </message>
    <message>
        <source>POST keeps the password out of web-server logs; GET only for servers that need it</source>
        <translation>POST mantiene la contraseña fuera de los registros del servidor web; GET solo para servidores que lo requieran</translation>
    </message>
    <message>
        <source>How long to wait for one answer, in milliseconds</source>
        <translation>Tiempo de espera de una respuesta, en milisegundos</translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for this server</source>
        <translation>Archivo PEM con certificados de CA adicionales de confianza para este servidor</translation>
    </message>
    <message>
        <source>Poll interval while a command waits for confirmation, in milliseconds</source>
        <translation>Intervalo de consulta mientras un comando espera confirmación, en milisegundos</translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged in, in milliseconds</source>
        <translation>Intervalo de consulta mientras el agente tiene la sesión iniciada, en milisegundos</translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged out, in milliseconds</source>
        <translation>Intervalo de consulta mientras el agente no tiene la sesión iniciada, en milisegundos</translation>
    </message>
    <message>
        <source>Longest wait between attempts while the server is unreachable, in milliseconds</source>
        <translation>Espera máxima entre intentos mientras no se puede acceder al servidor, en milisegundos</translation>
    </message>
    <message>
        <source>How long a command may take to show in the agent&apos;s state before it counts as not carried out, in milliseconds</source>
        <translation>Tiempo que puede tardar un comando en reflejarse en el estado del agente antes de considerarse no ejecutado, en milisegundos</translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends a call</source>
        <translation>Preguntar antes de “Colgar transf. + recuperar”, que termina una llamada</translation>
    </message>
    <message>
        <source>The agent screen carries out SWAP and HANGUP values although the API builds look older than 240624</source>
        <translation>La pantalla del agente ejecuta los valores SWAP y HANGUP aunque las compilaciones de las API parezcan anteriores a 240624</translation>
    </message>
    <message>
        <source>Per campaign id, its park IVR mode: DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN; unset means unknown</source>
        <translation>Por ID de campaña, su modo de IVR de aparcamiento: DISABLED, ENABLED, ENABLED_PARK_ONLY o ENABLED_BUTTON_HIDDEN; sin valor significa desconocido</translation>
    </message>
    <message>
        <source>In-window key for Park (PARK_CUSTOMER)</source>
        <translation>Atajo en la ventana para Aparcar (PARK_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Grab (GRAB_CUSTOMER)</source>
        <translation>Atajo en la ventana para Recuperar (GRAB_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Park IVR (PARK_IVR_CUSTOMER)</source>
        <translation>Atajo en la ventana para Aparcar IVR (PARK_IVR_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Grab from IVR (GRAB_IVR_CUSTOMER)</source>
        <translation>Atajo en la ventana para Recuperar del IVR (GRAB_IVR_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Park third party (PARK_XFER)</source>
        <translation>Atajo en la ventana para Aparcar tercero (PARK_XFER)</translation>
    </message>
    <message>
        <source>In-window key for Grab third party (GRAB_XFER)</source>
        <translation>Atajo en la ventana para Recuperar tercero (GRAB_XFER)</translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_CUSTOMER</source>
        <translation>Atajo en la ventana para SWAP_PARK_CUSTOMER</translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_XFER</source>
        <translation>Atajo en la ventana para SWAP_PARK_XFER</translation>
    </message>
    <message>
        <source>In-window key for Hangup Xfer + Grab (HANGUP_XFER_GRAB_CUSTOMER)</source>
        <translation>Atajo en la ventana para Colgar transf. + recuperar (HANGUP_XFER_GRAB_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Swap, which picks the SWAP value from who is parked</source>
        <translation>Atajo en la ventana para Alternar, que elige el valor SWAP según quién esté aparcado</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park</source>
        <translation>Tecla rápida global para Aparcar</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab</source>
        <translation>Tecla rápida global para Recuperar</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park IVR</source>
        <translation>Tecla rápida global para Aparcar IVR</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab from IVR</source>
        <translation>Tecla rápida global para Recuperar del IVR</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park third party</source>
        <translation>Tecla rápida global para Aparcar tercero</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab third party</source>
        <translation>Tecla rápida global para Recuperar tercero</translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_CUSTOMER</source>
        <translation>Tecla rápida global para SWAP_PARK_CUSTOMER</translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_XFER</source>
        <translation>Tecla rápida global para SWAP_PARK_XFER</translation>
    </message>
    <message>
        <source>System-wide hotkey for Hangup Xfer + Grab</source>
        <translation>Tecla rápida global para Colgar transf. + recuperar</translation>
    </message>
    <message>
        <source>System-wide hotkey for Swap</source>
        <translation>Tecla rápida global para Alternar</translation>
    </message>
    <message>
        <source>Lay the bar out in a row or a column</source>
        <translation>Disponer la barra en una fila o en una columna</translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation>Solo iconos, botones más pequeños</translation>
    </message>
    <message>
        <source>Keep the bar above other windows</source>
        <translation>Mantener la barra encima de las demás ventanas</translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these campaigns (empty: all the API user may see)</source>
        <translation>El modo supervisor muestra los agentes de estas campañas (vacío: todas las que el usuario de API puede ver)</translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these user groups (empty: all)</source>
        <translation>El modo supervisor muestra los agentes de estos grupos de usuarios (vacío: todos)</translation>
    </message>
    <message>
        <source>Open the supervisor table instead of the bar</source>
        <translation>Abrir la tabla de supervisor en lugar de la barra</translation>
    </message>
    <message>
        <source>The audit log rotates at this size, in bytes; three older files are kept</source>
        <translation>El registro de auditoría rota al alcanzar este tamaño, en bytes; se conservan tres archivos anteriores</translation>
    </message>
    <message>
        <source>The profile used last, opened at start</source>
        <translation>El último perfil usado, que se abre al iniciar</translation>
    </message>
    <message>
        <source>Seconds a customer may stay parked before the bar warns</source>
        <translation>Segundos que un cliente puede permanecer aparcado antes de que la barra avise</translation>
    </message>
    <message>
        <source>Seconds parked before the bar and the tray call for attention urgently</source>
        <translation>Segundos de aparcamiento tras los que la barra y la bandeja del sistema piden atención urgente</translation>
    </message>
    <message>
        <source>The language of the program; &quot;system&quot; follows the desktop</source>
        <translation>El idioma del programa; &quot;system&quot; sigue el idioma del escritorio</translation>
    </message>
    <message>
        <source>The parkbar-hub this profile follows instead of polling, e.g. wss://hub.example.com:8765; empty: the bar polls the server itself</source>
        <translation>El parkbar-hub que sigue este perfil en lugar de consultar, p. ej., wss://hub.example.com:8765; vacío: la barra consulta el servidor por sí misma</translation>
    </message>
    <message>
        <source>The desk&apos;s hub token when the administrator deploys it with the desk; otherwise it is kept in the keychain</source>
        <translation>El token del hub de este puesto cuando el administrador lo instala con el puesto; si no, se guarda en el llavero</translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for the hub</source>
        <translation>Archivo PEM con certificados de CA adicionales de confianza para el hub</translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256 fingerprint, accepted even when self-signed</source>
        <translation>Huella SHA-256 del certificado del hub, aceptado aunque sea autofirmado</translation>
    </message>
    <message>
        <source>The pinned server certificate, accepted even when self-signed or expired: its SHA-256 fingerprint, or its public key in curl&apos;s form sha256//BASE64 (several joined by ;)</source>
        <translation>El certificado del servidor fijado, aceptado aunque sea autofirmado o esté caducado: su huella SHA-256, o su clave pública en la forma de curl sha256//BASE64 (varias unidas por ;)</translation>
    </message>
    <message>
        <source>How to reach the server: system (the system&apos;s proxy settings), none (directly), or an HTTP proxy&apos;s address such as http://proxy.example.com:3128</source>
        <translation>Cómo llegar al servidor: system (la configuración de proxy del sistema), none (directamente) o la dirección de un proxy HTTP como http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>feed: the hub pushes the floor and the desk keeps the API password; gateway: the hub also sends the commands and holds the API password, the desk holds none</source>
        <translation>feed: el hub envía la sala y el puesto guarda la contraseña de la API; gateway: el hub también envía los comandos y guarda la contraseña de la API, el puesto no guarda ninguna</translation>
    </message>
</context>
<context>
    <name>SettingBinder</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Configurado por su administrador</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>ParkBar settings</source>
        <translation>Configuración de ParkBar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problemas por corregir</translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation>Aún sin guardar:</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>No se puede escribir el archivo de configuración %1.</translation>
    </message>
</context>
<context>
    <name>SettingsValidation</name>
    <message>
        <source>Enter the server&apos;s address, for example https://dialer.example.com</source>
        <translation>Escriba la dirección del servidor, por ejemplo https://dialer.example.com</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://) followed by the server&apos;s name.</source>
        <translation>La dirección debe comenzar con https:// (o http://) seguido del nombre del servidor.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>La dirección no tiene nombre de servidor.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the fields below.</source>
        <translation>No incluya un nombre de usuario ni una contraseña en la dirección; use los campos de abajo.</translation>
    </message>
    <message>
        <source>Plain http sends the API password unencrypted. Use https if the server offers it.</source>
        <translation>Con http simple, la contraseña de API viaja sin cifrar. Use https si el servidor lo ofrece.</translation>
    </message>
    <message>
        <source>The source must be 2 to 20 characters; the server refuses anything else.</source>
        <translation>El origen debe tener de 2 a 20 caracteres; el servidor rechaza cualquier otro valor.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>The critical park limit must be longer than the warning limit.</source>
        <translation>El límite crítico de aparcamiento debe ser mayor que el límite de aviso.</translation>
    </message>
    <message>
        <source>VICIdial hangs up a parked caller after about 30 minutes; warn before that.</source>
        <translation>VICIdial cuelga una llamada aparcada después de unos 30 minutos; el aviso debe llegar antes.</translation>
    </message>
    <message>
        <source>This password contains characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so the password can work for parking yet always fail when ParkBar reads the agent&apos;s state, and repeated failures lock the API user. Use a password of letters, digits, - and _ only.</source>
        <translation>Esta contraseña contiene caracteres que no son letras, dígitos, - ni _. La API no agente de VICIdial los elimina, así que la contraseña puede funcionar para aparcar pero fallar siempre cuando ParkBar lee el estado del agente, y los fallos repetidos bloquean al usuario de API. Use una contraseña que solo tenga letras, dígitos, - y _.</translation>
    </message>
    <message>
        <source>A pin is the certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits, optionally in pairs separated by colons) or a public-key pin sha256// followed by 44 characters of base64; separate several with ;.</source>
        <translation>Un pin es la huella SHA-256 del certificado (64 dígitos hexadecimales, opcionalmente en pares separados por dos puntos) o un pin de clave pública sha256// seguido de 44 caracteres de base64; separe varios con ;.</translation>
    </message>
    <message>
        <source>Do not put the proxy&apos;s password in the address: ParkBar asks for it when the proxy wants it and keeps it in the keychain.</source>
        <translation>No ponga la contraseña del proxy en la dirección: ParkBar la pide cuando el proxy la necesita y la guarda en el llavero.</translation>
    </message>
    <message>
        <source>Enter system, none, or the proxy&apos;s address such as http://proxy.example.com:3128.</source>
        <translation>Escriba system, none o la dirección del proxy, como http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation>No existe el agente %1 en este servidor.</translation>
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
        <translation>Estado del agente</translation>
    </message>
    <message>
        <source>Park timer</source>
        <translation>Temporizador de aparcamiento</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
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
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation>Aparcado %1</translation>
    </message>
    <message>
        <source>Last known: %1</source>
        <translation>Último estado conocido: %1</translation>
    </message>
    <message>
        <source>Via hub</source>
        <translation>Vía hub</translation>
    </message>
    <message>
        <source>Direct: the hub refused this desk</source>
        <translation>Directo: el hub rechazó este puesto</translation>
    </message>
    <message>
        <source>Direct: the hub has no data</source>
        <translation>Directo: el hub no tiene datos</translation>
    </message>
    <message>
        <source>Direct: the hub stopped answering</source>
        <translation>Directo: el hub dejó de responder</translation>
    </message>
    <message>
        <source>Direct: the hub does not answer yet</source>
        <translation>Directo: el hub aún no responde</translation>
    </message>
    <message>
        <source>Direct: hub unreachable</source>
        <translation>Directo: hub inalcanzable</translation>
    </message>
    <message>
        <source>The hub refused this desk</source>
        <translation>El hub rechazó este puesto</translation>
    </message>
    <message>
        <source>The hub has no data</source>
        <translation>El hub no tiene datos</translation>
    </message>
    <message>
        <source>The hub stopped answering</source>
        <translation>El hub dejó de responder</translation>
    </message>
    <message>
        <source>Connecting to the hub...</source>
        <translation>Conectando con el hub...</translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub inalcanzable</translation>
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
        <translation>En llamada</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Call arriving</source>
        <translation>Llamada en camino</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>En pausa (%1)</translation>
    </message>
    <message>
        <source>Waiting for inbound calls</source>
        <translation>Esperando llamadas entrantes</translation>
    </message>
    <message>
        <source>customer parked</source>
        <translation>cliente aparcado</translation>
    </message>
    <message>
        <source>customer in park IVR</source>
        <translation>cliente en IVR de aparcamiento</translation>
    </message>
    <message>
        <source>customer hung up</source>
        <translation>el cliente colgó</translation>
    </message>
    <message>
        <source>writing disposition</source>
        <translation>tipificando</translation>
    </message>
    <message>
        <source>3-way call</source>
        <translation>llamada a tres</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>previewing lead</source>
        <translation>contacto en vista previa</translation>
    </message>
    <message>
        <source>dialling</source>
        <translation>marcando</translation>
    </message>
    <message>
        <source>third party parked</source>
        <translation>tercero aparcado</translation>
    </message>
    <message>
        <source>%1, third party parked</source>
        <translation>%1, tercero aparcado</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>sin contacto</translation>
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
        <translation>Sesión cerrada: las solicitudes a este servidor están detenidas.</translation>
    </message>
</context>
<context>
    <name>SupervisorController</name>
    <message>
        <source>The floor could not be updated: %1</source>
        <translation>No se pudo actualizar la sala: %1</translation>
    </message>
    <message>
        <source>Updating every %1 s: the floor is large and answers take %2 ms. To update more often, narrow it to your campaigns or user groups in Settings &gt; Supervisor.</source>
        <translation>Actualizando cada %1 s: la sala es grande y las respuestas tardan %2 ms. Para actualizar con más frecuencia, limite la vista a sus campañas o grupos de usuarios en Configuración &gt; Supervisor.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor mode shows every logged-in agent of these campaigns and user groups in one table, read with one logged_in_agents request per poll. Leave a field empty for all that the API user may see.</source>
        <translation>El modo supervisor muestra en una sola tabla todos los agentes con sesión iniciada de estas campañas y grupos de usuarios, leídos con una solicitud logged_in_agents por consulta. Deje un campo vacío para incluir todo lo que el usuario de API puede ver.</translation>
    </message>
    <message>
        <source>e.g. SALES, SUPPORT</source>
        <translation>p. ej., VENTAS, SOPORTE</translation>
    </message>
    <message>
        <source>&amp;Campaigns:</source>
        <translation>&amp;Campañas:</translation>
    </message>
    <message>
        <source>e.g. AGENTS, TEAM2</source>
        <translation>p. ej., AGENTES, EQUIPO2</translation>
    </message>
    <message>
        <source>&amp;User groups:</source>
        <translation>&amp;Grupos de usuarios:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>Al &amp;iniciar:</translation>
    </message>
    <message>
        <source>Open in supervisor mode</source>
        <translation>Abrir en modo supervisor</translation>
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
        <translation>Filtrar por agente, nombre, campaña, grupo o estado</translation>
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
        <translation>Seleccione un agente en la tabla para actuar en su nombre.</translation>
    </message>
    <message>
        <source>Agents: %1 · Parked: %2 · Overdue: %3</source>
        <translation>Agentes: %1 · Aparcadas: %2 · Fuera de plazo: %3</translation>
    </message>
    <message>
        <source>Agents: %1 · Parked: %2</source>
        <translation>Agentes: %1 · Aparcadas: %2</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>expected NAME ROLE SHA256 [key=value...]</source>
        <translation>se esperaba NOMBRE ROL SHA256 [clave=valor...]</translation>
    </message>
    <message>
        <source>the name may hold only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (at most 64)</source>
        <translation>el nombre solo puede tener letras, dígitos, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; y &apos;@&apos; (64 como máximo)</translation>
    </message>
    <message>
        <source>the role must be bar or supervisor</source>
        <translation>el rol debe ser bar o supervisor</translation>
    </message>
    <message>
        <source>the third field must be the token&apos;s SHA-256 in 64 hex digits</source>
        <translation>el tercer campo debe ser el SHA-256 del token en 64 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: this hub does not know that binding, so the token is refused</source>
        <translation>clave desconocida «%1»: este hub no conoce ese vínculo, así que el token se rechaza</translation>
    </message>
    <message>
        <source>a token is bound to an agent or to a phone, not both</source>
        <translation>un token se vincula a un agente o a un teléfono, no a ambos</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>el nombre %1 se usa dos veces</translation>
    </message>
    <message>
        <source>the same token is listed twice</source>
        <translation>el mismo token aparece dos veces</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>cannot read the tokens file %1: %2</source>
        <translation>no se puede leer el archivo de tokens %1: %2</translation>
    </message>
    <message>
        <source>a token named %1 exists already: delete its line to revoke it first</source>
        <translation>ya existe un token llamado %1: borre su línea para revocarlo primero</translation>
    </message>
    <message>
        <source>cannot write the tokens file %1: %2</source>
        <translation>no se puede escribir el archivo de tokens %1: %2</translation>
    </message>
</context>
<context>
    <name>TrayBridge</name>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>ParkBar</source>
        <translation>ParkBar</translation>
    </message>
    <message>
        <source>No agent is selected, so the hotkey did nothing.</source>
        <translation>No hay ningún agente seleccionado, por lo que la tecla rápida no hizo nada.</translation>
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
        <translation>Mostrar ParkBar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Parked caller about to be dropped</source>
        <translation>Llamada aparcada a punto de cortarse</translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2. The server hangs up parked callers after about half an hour: grab them now.</source>
        <translation>El cliente del agente %1 lleva %2 aparcado. El servidor cuelga las llamadas aparcadas tras una media hora: recupérelo ahora.</translation>
    </message>
    <message>
        <source>Customer still parked</source>
        <translation>Cliente aún aparcado</translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2.</source>
        <translation>El cliente del agente %1 lleva %2 aparcado.</translation>
    </message>
</context>
<context>
    <name>WindowsHotkeyBackend</name>
    <message>
        <source>Windows did not let ParkBar listen for global hotkeys; the in-window shortcuts still work.</source>
        <translation>Windows no permitió que ParkBar escuchara teclas rápidas globales; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>WireClient</name>
    <message>
        <source>Not sent: requests to this server are stopped until the settings change or you press Retry. %1</source>
        <translation>No enviado: las solicitudes a este servidor están detenidas hasta que cambie la configuración o presione Reintentar. %1</translation>
    </message>
    <message>
        <source>Not sent: the source name must be 2 to 20 characters.</source>
        <translation>No enviado: el nombre de origen debe tener de 2 a 20 caracteres.</translation>
    </message>
    <message>
        <source>Not sent: no server address is set.</source>
        <translation>No enviado: no hay ninguna dirección de servidor configurada.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Sin respuesta en %1 ms.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>operación cancelada</translation>
    </message>
    <message>
        <source>(redirects to %1)</source>
        <translation>(redirige a %1)</translation>
    </message>
    <message>
        <source>certificate SHA-256 %1, public key %2</source>
        <translation>SHA-256 del certificado %1, clave pública %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the pinned one (%1; pinned: %2)</source>
        <translation>el certificado del servidor no es el fijado (%1; fijado: %2)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expired on %2. ParkBar connects only if it is pinned; ask the server&apos;s administrator to renew it.</source>
        <translation>El certificado del servidor (%1) caducó el %2. ParkBar solo se conecta si está fijado; pida al administrador del servidor que lo renueve.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expired on %2. ParkBar still connects because it is pinned; ask the server&apos;s administrator to renew it.</source>
        <translation>El certificado del servidor (%1) caducó el %2. ParkBar sigue conectándose porque está fijado; pida al administrador del servidor que lo renueve.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expires on %2. Ask the server&apos;s administrator to renew it before then.</source>
        <translation>El certificado del servidor (%1) caduca el %2. Pida al administrador del servidor que lo renueve antes.</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>de este equipo</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password.</source>
        <translation>El proxy %1 no aceptó el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>El proxy %1 pide un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>the connection closed after the command was sent, before any answer; it was not sent again</source>
        <translation>la conexión se cerró después de enviar el comando, antes de cualquier respuesta; no se volvió a enviar</translation>
    </message>
    <message>
        <source>Not sent: the API password has characters that the server&apos;s non-agent API removes (it keeps only letters, digits, - and _), so reading the agent&apos;s state would always fail and count towards the account lockout. Use a password of letters, digits, - and _, then press Retry.</source>
        <translation>No enviado: la contraseña de API tiene caracteres que la API no agente del servidor elimina (solo conserva letras, dígitos, - y _), así que leer el estado del agente fallaría siempre y contaría para el bloqueo de la cuenta. Use una contraseña de letras, dígitos, - y _, y luego presione Reintentar.</translation>
    </message>
</context>
<context>
    <name>X11HotkeyBackend</name>
    <message>
        <source>There is no X11 display (DISPLAY is not set); the in-window shortcuts still work.</source>
        <translation>No hay ninguna pantalla X11 (DISPLAY no está definida); los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
    <message>
        <source>Cannot connect to the X11 display %1; the in-window shortcuts still work.</source>
        <translation>No se puede conectar a la pantalla X11 %1; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
    <message>
        <source>The connection to the X11 display was lost; the in-window shortcuts still work.</source>
        <translation>Se perdió la conexión con la pantalla X11; los atajos dentro de la ventana siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run against the built-in VICIdial simulator.</source>
        <translation>Ejecuta ParkBar con el simulador de VICIdial integrado.</translation>
    </message>
    <message>
        <source>Show every agent of the floor.</source>
        <translation>Muestra todos los agentes de la sala.</translation>
    </message>
    <message>
        <source>Supervisor mode: only these campaigns (comma-separated).</source>
        <translation>Modo supervisor: solo estas campañas (separadas por comas).</translation>
    </message>
    <message>
        <source>Supervisor mode: only these user groups (comma-separated).</source>
        <translation>Modo supervisor: solo estos grupos de usuarios (separados por comas).</translation>
    </message>
    <message>
        <source>Print where the audit log is written, then exit.</source>
        <translation>Muestra dónde se escribe el registro de auditoría y termina.</translation>
    </message>
    <message>
        <source>Park and grab buttons for VICIdial agents and supervisors.</source>
        <translation>Botones para aparcar y recuperar llamadas, para agentes y supervisores de VICIdial.</translation>
    </message>
</context>
<context>
    <name>parkbar-hub</name>
    <message>
        <source>parkbar-hub: --issue-token needs --role bar or --role supervisor</source>
        <translation>parkbar-hub: --issue-token necesita --role bar o --role supervisor</translation>
    </message>
    <message>
        <source>parkbar-hub: %1</source>
        <translation>parkbar-hub: %1</translation>
    </message>
    <message>
        <source>The token for %1 (%2) is shown only this once. Its hash was added to %3; reload the hub (systemctl reload parkbar-hub) to accept it.</source>
        <translation>El token de %1 (%2) solo se muestra esta vez. Su hash se añadió a %3; recargue el hub (systemctl reload parkbar-hub) para aceptarlo.</translation>
    </message>
    <message>
        <source>Reads a VICIdial floor&apos;s agent states once per interval and pushes every change to the ParkBar bars and supervisor windows that subscribe.</source>
        <translation>Lee los estados de los agentes de una planta de VICIdial una vez por intervalo y envía cada cambio a las barras de ParkBar y ventanas de supervisor suscritas.</translation>
    </message>
    <message>
        <source>The configuration file (default %1).</source>
        <translation>El archivo de configuración (por defecto %1).</translation>
    </message>
    <message>
        <source>Check the configuration, read the source once, say what would be served, and exit.</source>
        <translation>Comprueba la configuración, lee el origen una vez, dice lo que serviría y termina.</translation>
    </message>
    <message>
        <source>Make a new token with this name, print it once and add its hash to the tokens file.</source>
        <translation>Crea un token nuevo con este nombre, lo muestra una vez y añade su hash al archivo de tokens.</translation>
    </message>
    <message>
        <source>The new token&apos;s role: bar or supervisor.</source>
        <translation>El rol del token nuevo: bar o supervisor.</translation>
    </message>
    <message>
        <source>The new token sees only these campaigns (comma-separated).</source>
        <translation>El token nuevo solo ve estas campañas (separadas por comas).</translation>
    </message>
    <message>
        <source>The new token sees only these user groups (comma-separated).</source>
        <translation>El token nuevo solo ve estos grupos de usuarios (separados por comas).</translation>
    </message>
    <message>
        <source>Bind the new token to this agent login.</source>
        <translation>Vincula el token nuevo a este usuario de agente.</translation>
    </message>
    <message>
        <source>Bind the new token to this phone (gateway mode).</source>
        <translation>Vincula el token nuevo a este teléfono (modo pasarela).</translation>
    </message>
    <message>
        <source>The tokens file to add to (default: the configuration&apos;s).</source>
        <translation>El archivo de tokens al que añadir (por defecto: el de la configuración).</translation>
    </message>
    <message>
        <source>--issue-tokens needs --phones FILE, a readable file with one phone (SIP/1000) per line</source>
        <translation>--issue-tokens necesita --phones ARCHIVO, un archivo legible con un teléfono (SIP/1000) por línea</translation>
    </message>
    <message>
        <source>cannot create %1 (it must not exist yet): %2</source>
        <translation>no se puede crear %1 (no debe existir todavía): %2</translation>
    </message>
    <message>
        <source>Make one bar token bound to each phone of --phones, print them once and add their hashes to the tokens file.</source>
        <translation>Crea un token de barra vinculado a cada teléfono de --phones, los muestra una vez y añade sus hashes al archivo de tokens.</translation>
    </message>
    <message>
        <source>A file with one phone (SIP/1000) per line, for --issue-tokens.</source>
        <translation>Un archivo con un teléfono (SIP/1000) por línea, para --issue-tokens.</translation>
    </message>
    <message>
        <source>Write the new tokens to this new file, readable by its owner only, instead of stdout.</source>
        <translation>Escribe los tokens nuevos en este archivo nuevo, legible solo por su propietario, en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>%1 tokens bound to phones were written to %2 (name, phone, token per line). Their hashes were added to %3; reload the hub (systemctl reload parkbar-hub) to accept them.</source>
        <translation>Se escribieron %1 tokens vinculados a teléfonos en %2 (nombre, teléfono, token por línea). Sus hashes se añadieron a %3; recargue el hub (systemctl reload parkbar-hub) para aceptarlos.</translation>
    </message>
    <message>
        <source>%1 tokens bound to phones were made (name, phone, token per line), shown only this once. Their hashes were added to %2; reload the hub (systemctl reload parkbar-hub) to accept them.</source>
        <translation>Se crearon %1 tokens vinculados a teléfonos (nombre, teléfono, token por línea), que solo se muestran esta vez. Sus hashes se añadieron a %2; recargue el hub (systemctl reload parkbar-hub) para aceptarlos.</translation>
    </message>
</context>
<context>
    <name>parkbar-sim</name>
    <message>
        <source>A simulated VICIdial server for ParkBar: the agent API and the non-agent API, with simulated agents and their screens.</source>
        <translation>Un servidor VICIdial simulado para ParkBar: la API de agente y la API no agente, con agentes simulados y sus pantallas.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Puerto en el que escuchar; 0 elige uno libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <source>The agent API&apos;s build, as YYMMDD-HHMM.</source>
        <translation>Compilación de la API de agente, con el formato YYMMDD-HHMM.</translation>
    </message>
    <message>
        <source>build</source>
        <translation>compilación</translation>
    </message>
    <message>
        <source>static, demo or floor.</source>
        <translation>static, demo o floor.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Number of agents for the floor scenario.</source>
        <translation>Número de agentes para el escenario floor.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Milliseconds before an agent&apos;s screen carries out a command.</source>
        <translation>Milisegundos antes de que la pantalla de un agente ejecute un comando.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds before a customer comes back from the park IVR.</source>
        <translation>Milisegundos antes de que un cliente regrese del IVR de aparcamiento.</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>puerto no válido: %1</translation>
    </message>
    <message>
        <source>invalid address: %1</source>
        <translation>dirección no válida: %1</translation>
    </message>
    <message>
        <source>unknown scenario: %1</source>
        <translation>escenario desconocido: %1</translation>
    </message>
    <message>
        <source>invalid number of agents: %1</source>
        <translation>número de agentes no válido: %1</translation>
    </message>
    <message>
        <source>invalid agent screen delay: %1</source>
        <translation>retardo de pantalla del agente no válido: %1</translation>
    </message>
    <message>
        <source>invalid IVR return time: %1</source>
        <translation>tiempo de regreso del IVR no válido: %1</translation>
    </message>
    <message>
        <source>invalid build, expected YYMMDD-HHMM: %1</source>
        <translation>compilación no válida, se esperaba YYMMDD-HHMM: %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, not a loopback address: anyone who can reach it can use this simulator.</source>
        <translation>advertencia: escuchando en %1, que no es una dirección de loopback: cualquiera que pueda acceder a ella puede usar este simulador.</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2</source>
        <translation>no se puede escuchar en %1, puerto %2</translation>
    </message>
    <message>
        <source>Mirror the floor into VICIdial&apos;s floor tables in this MariaDB/MySQL database (created when missing), for parkbar-hub&apos;s database source.</source>
        <translation>Refleja la sala en las tablas de sala de VICIdial de esta base de datos MariaDB/MySQL (creadas si faltan), para la fuente de base de datos de parkbar-hub.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base_de_datos</translation>
    </message>
    <message>
        <source>The mirror database&apos;s host (default 127.0.0.1).</source>
        <translation>El host de la base de datos del reflejo (por defecto 127.0.0.1).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>The mirror database&apos;s port (default 3306).</source>
        <translation>El puerto de la base de datos del reflejo (por defecto 3306).</translation>
    </message>
    <message>
        <source>The mirror database&apos;s Unix socket, instead of host and port.</source>
        <translation>El socket Unix de la base de datos del reflejo, en lugar de host y puerto.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>The mirror database&apos;s account; it writes the six floor tables.</source>
        <translation>La cuenta de la base de datos del reflejo; escribe las seis tablas de sala.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>A file whose first line is the mirror account&apos;s password; without it, the environment variable PARKBAR_SIM_DB_PASSWORD.</source>
        <translation>Un archivo cuya primera línea es la contraseña de la cuenta del reflejo; sin él, la variable de entorno PARKBAR_SIM_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>invalid mirror database port: %1</source>
        <translation>puerto de la base de datos del reflejo no válido: %1</translation>
    </message>
    <message>
        <source>cannot read the mirror database&apos;s password file: %1</source>
        <translation>no se puede leer el archivo de contraseña de la base de datos del reflejo: %1</translation>
    </message>
    <message>
        <source>cannot mirror the floor into the database: %1</source>
        <translation>no se puede reflejar la sala en la base de datos: %1</translation>
    </message>
</context>
</TS>
