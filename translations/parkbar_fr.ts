<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionRules</name>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Hors ligne&#xa0;: le serveur est injoignable</translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation>En attente du serveur...</translation>
    </message>
    <message>
        <source>The agent&apos;s state is out of date: no answer from the server for a while</source>
        <translation>L&apos;état de l&apos;agent n&apos;est plus à jour&#xa0;: le serveur ne répond plus depuis un moment</translation>
    </message>
    <message>
        <source>There is no agent %1 on this server</source>
        <translation>L&apos;agent %1 n&apos;existe pas sur ce serveur</translation>
    </message>
    <message>
        <source>Agent %1 is not logged in</source>
        <translation>L&apos;agent %1 n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>No lead on the agent&apos;s screen</source>
        <translation>Aucune fiche sur l&apos;écran de l&apos;agent</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Parquer le tiers</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Récupérer le tiers</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Permuter</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Raccr. tiers + récup.</translation>
    </message>
    <message>
        <source>This server looks older than %1 (newest build seen: %2); %3 needs newer</source>
        <translation>Ce serveur semble antérieur au %1 (build le plus récent vu&#xa0;: %2)&#xa0;; «&#xa0;%3&#xa0;» exige une version plus récente</translation>
    </message>
    <message>
        <source>The park IVR mode of campaign %1 is not set. If it has a park IVR, set its mode in Settings (a park into a missing IVR drops the caller)</source>
        <translation>Le mode IVR de parcage de la campagne %1 n&apos;est pas défini. Si elle a un IVR de parcage, définissez son mode dans les Paramètres (un parcage vers un IVR inexistant coupe l&apos;appel du client)</translation>
    </message>
    <message>
        <source>Campaign %1 has no park IVR</source>
        <translation>La campagne %1 n&apos;a pas d&apos;IVR de parcage</translation>
    </message>
    <message>
        <source>Campaign %1 does not allow grabbing back from the park IVR: the customer returns when it ends</source>
        <translation>La campagne %1 ne permet pas de récupérer le client depuis l&apos;IVR de parcage&#xa0;: il revient à la fin de l&apos;IVR</translation>
    </message>
    <message>
        <source>The customer has hung up</source>
        <translation>Le client a raccroché</translation>
    </message>
    <message>
        <source>The call has ended: the agent is writing the disposition</source>
        <translation>L&apos;appel est terminé&#xa0;: l&apos;agent saisit la qualification</translation>
    </message>
    <message>
        <source>No call is connected yet: the lead is in preview</source>
        <translation>Aucun appel n&apos;est encore connecté&#xa0;: la fiche est en prévisualisation</translation>
    </message>
    <message>
        <source>No call is connected yet: the phone is ringing</source>
        <translation>Aucun appel n&apos;est encore connecté&#xa0;: le téléphone sonne</translation>
    </message>
    <message>
        <source>No call is connected yet: the number is being dialled</source>
        <translation>Aucun appel n&apos;est encore connecté&#xa0;: le numéro est en cours de composition</translation>
    </message>
    <message>
        <source>Agent %1 is not in a call (%2)</source>
        <translation>L&apos;agent %1 n&apos;est pas en appel (%2)</translation>
    </message>
    <message>
        <source>The server shows a call state this program does not know (%1)</source>
        <translation>Le serveur indique un état d&apos;appel que ce programme ne connaît pas (%1)</translation>
    </message>
    <message>
        <source>Bring the parked third party back</source>
        <translation>Récupérer le tiers parqué</translation>
    </message>
    <message>
        <source>Park the customer: they hear hold music until grabbed back</source>
        <translation>Parquer le client&#xa0;: il entend la musique d&apos;attente jusqu&apos;à ce qu&apos;on le récupère</translation>
    </message>
    <message>
        <source>The customer is already parked</source>
        <translation>Le client est déjà parqué</translation>
    </message>
    <message>
        <source>The customer is in the park IVR</source>
        <translation>Le client est dans l&apos;IVR de parcage</translation>
    </message>
    <message>
        <source>Bring the parked customer back</source>
        <translation>Récupérer le client parqué</translation>
    </message>
    <message>
        <source>The customer is not parked</source>
        <translation>Le client n&apos;est pas parqué</translation>
    </message>
    <message>
        <source>Send the customer to the park IVR of campaign %1; they come back by themselves when it ends</source>
        <translation>Envoyer le client dans l&apos;IVR de parcage de la campagne %1&#xa0;; il revient de lui-même à la fin</translation>
    </message>
    <message>
        <source>The customer is parked: bring them back first</source>
        <translation>Le client est parqué&#xa0;: récupérez-le d&apos;abord</translation>
    </message>
    <message>
        <source>The customer is already in the park IVR</source>
        <translation>Le client est déjà dans l&apos;IVR de parcage</translation>
    </message>
    <message>
        <source>Bring the customer back from the park IVR now</source>
        <translation>Récupérer tout de suite le client depuis l&apos;IVR de parcage</translation>
    </message>
    <message>
        <source>The customer is not in the park IVR</source>
        <translation>Le client n&apos;est pas dans l&apos;IVR de parcage</translation>
    </message>
    <message>
        <source>The third party is already parked</source>
        <translation>Le tiers est déjà parqué</translation>
    </message>
    <message>
        <source>Park the third-party line (the server shows another party on this call)</source>
        <translation>Parquer la ligne du tiers (le serveur indique un autre interlocuteur sur cet appel)</translation>
    </message>
    <message>
        <source>Park the third party</source>
        <translation>Parquer le tiers</translation>
    </message>
    <message>
        <source>Park the third-party line, if there is one: the server does not report whether a third party is on the call</source>
        <translation>Parquer la ligne du tiers, s&apos;il y en a une&#xa0;: le serveur n&apos;indique pas si un tiers est en ligne</translation>
    </message>
    <message>
        <source>No third party was parked from this bar (one parked in the VICIdial screen cannot be seen here)</source>
        <translation>Aucun tiers n&apos;a été parqué depuis cette barre (un tiers parqué depuis l&apos;écran VICIdial n&apos;est pas visible ici)</translation>
    </message>
    <message>
        <source>No third party was parked from this bar to swap with</source>
        <translation>Aucun tiers parqué depuis cette barre avec lequel permuter</translation>
    </message>
    <message>
        <source>Park the customer and bring the parked third party back</source>
        <translation>Parquer le client et récupérer le tiers parqué</translation>
    </message>
    <message>
        <source>The third party is already parked: use Grab to bring the customer back</source>
        <translation>Le tiers est déjà parqué&#xa0;: utilisez «&#xa0;Récupérer&#xa0;» pour récupérer le client</translation>
    </message>
    <message>
        <source>Park the third party and bring the customer back</source>
        <translation>Parquer le tiers et récupérer le client</translation>
    </message>
    <message>
        <source>Park the third-party line (if there is one: the server cannot tell) and bring the customer back</source>
        <translation>Parquer la ligne du tiers (s&apos;il y en a une&#xa0;: le serveur ne peut pas le savoir) et récupérer le client</translation>
    </message>
    <message>
        <source>Hang up the third party and bring the parked customer back</source>
        <translation>Raccrocher le tiers et récupérer le client parqué</translation>
    </message>
    <message>
        <source>Hang up the third-party line (if there is one) and bring the parked customer back</source>
        <translation>Raccrocher la ligne du tiers (s&apos;il y en a une) et récupérer le client parqué</translation>
    </message>
    <message>
        <source>Waiting for the previous command to finish</source>
        <translation>En attente de la fin de la commande précédente</translation>
    </message>
</context>
<context>
    <name>AgentBar</name>
    <message>
        <source>Not available (%1): %2</source>
        <translation>Indisponible (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>The server stored %1 for agent %2.</source>
        <translation>Le serveur a enregistré %1 pour l&apos;agent %2.</translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation>Le serveur a accepté la requête.</translation>
    </message>
    <message>
        <source>Agent %1 is not logged in.</source>
        <translation>L&apos;agent %1 n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>Agent %1 has no lead on the screen.</source>
        <translation>L&apos;agent %1 n&apos;a pas de fiche à l&apos;écran.</translation>
    </message>
    <message>
        <source>The server does not accept the value &quot;%1&quot; for agent %2.</source>
        <translation>Le serveur n&apos;accepte pas la valeur «&#xa0;%1&#xa0;» pour l&apos;agent %2.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters.</source>
        <translation>Le serveur a refusé les paramètres de la requête.</translation>
    </message>
    <message>
        <source>API user %1 is not allowed to use %2. Ask the VICIdial administrator to allow it.</source>
        <translation>L&apos;utilisateur API %1 n&apos;a pas le droit d&apos;utiliser %2. Demandez à l&apos;administrateur VICIdial de l&apos;autoriser.</translation>
    </message>
    <message>
        <source>Signed out: wrong API user or password.</source>
        <translation>Session fermée&#xa0;: utilisateur API ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Signed out: the server has locked API user %1 for 15 minutes after too many failed logins.</source>
        <translation>Session fermée&#xa0;: le serveur a verrouillé l&apos;utilisateur API %1 pendant 15&#xa0;minutes après trop d&apos;échecs de connexion.</translation>
    </message>
    <message>
        <source>The server does not accept requests from this computer (%1).</source>
        <translation>Le serveur n&apos;accepte pas les requêtes de cet ordinateur (%1).</translation>
    </message>
    <message>
        <source>The agent API is switched off on this server.</source>
        <translation>L&apos;API agent est désactivée sur ce serveur.</translation>
    </message>
    <message>
        <source>The server rejected the source name: it must be 2 to 20 characters.</source>
        <translation>Le serveur a refusé le nom de source&#xa0;: il doit compter de 2 à 20&#xa0;caractères.</translation>
    </message>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation>L&apos;agent %1 n&apos;existe pas sur ce serveur.</translation>
    </message>
    <message>
        <source>No agents are logged in.</source>
        <translation>Aucun agent n&apos;est connecté.</translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation>Le serveur a envoyé une réponse vide.</translation>
    </message>
    <message>
        <source>The server answered with an error page instead of an answer.</source>
        <translation>Le serveur a renvoyé une page d&apos;erreur au lieu d&apos;une réponse.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation>Le serveur a répondu avec le statut HTTP %1.</translation>
    </message>
    <message>
        <source>A command for agent %1 is already on its way.</source>
        <translation>Une commande pour l&apos;agent %1 est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>The server sends ParkBar to its https address, %1. ParkBar stopped asking so that the password no longer travels unencrypted: switch the profile to the https address.</source>
        <translation>Le serveur renvoie ParkBar vers son adresse https, %1. ParkBar a cessé de l&apos;interroger pour que le mot de passe ne circule plus en clair : passez le profil à l&apos;adresse https.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Le proxy %1 demande un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
</context>
<context>
    <name>ApiFloorSource</name>
    <message>
        <source>Stopped after VICIdial refused the API user (%1): restart or reload the hub after fixing it</source>
        <translation>Arrêté après le refus de l&apos;utilisateur de l&apos;API par VICIdial (%1)&#xa0;: redémarrez ou rechargez le hub après correction</translation>
    </message>
    <message>
        <source>logged_in_agents failed: %1</source>
        <translation>logged_in_agents a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo: ParkBar is talking to a simulated VICIdial server on this computer (%1). Nothing here reaches a real call.</source>
        <translation>Démo&#xa0;: ParkBar communique avec un serveur VICIdial simulé sur cet ordinateur (%1). Rien de ce qui se passe ici n&apos;atteint un véritable appel.</translation>
    </message>
    <message>
        <source>ParkBar (demo)</source>
        <translation>ParkBar (démo)</translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Horizontal: a row of buttons</source>
        <translation>Horizontale&#xa0;: une ligne de boutons</translation>
    </message>
    <message>
        <source>Vertical: a column of buttons</source>
        <translation>Verticale&#xa0;: une colonne de boutons</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compact:</source>
        <translation>&amp;Compact&#xa0;:</translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation>Icônes seules, boutons plus petits</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Always on top of other windows</source>
        <translation>Toujours au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language takes effect when ParkBar starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de ParkBar.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>ms</source>
        <extracomment>Column header: the command&apos;s latency in milliseconds.</extracomment>
        <translation>ms</translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>API user</source>
        <translation>Utilisateur API</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation>Copier le chemin du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the audit log&apos;s folder</source>
        <translation>Ouvrir le dossier du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualiser le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Journal d&apos;audit, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>No commands recorded yet.</source>
        <translation>Aucune commande enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>ParkBar audit log</source>
        <translation>Journal d&apos;audit ParkBar</translation>
    </message>
    <message>
        <source>Commands shown: %1, newest first.</source>
        <translation>Commandes affichées&#xa0;: %1, les plus récentes en premier.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Every command is written to the audit log: when it was sent, the agent, the command, the server&apos;s answer (passwords removed) and whether the agent&apos;s state confirmed it. Hand the file to QA as it is; each line is one JSON object.</source>
        <translation>Chaque commande est inscrite dans le journal d&apos;audit&#xa0;: l&apos;heure d&apos;envoi, l&apos;agent, la commande, la réponse du serveur (mots de passe supprimés) et si l&apos;état de l&apos;agent l&apos;a confirmée. Remettez le fichier tel quel au service qualité&#xa0;; chaque ligne est un objet JSON.</translation>
    </message>
    <message>
        <source>Audit log size limit</source>
        <translation>Taille maximale du journal d&apos;audit</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>&amp;Rotate at:</source>
        <translation>&amp;Rotation à&#xa0;:</translation>
    </message>
    <message>
        <source>Three older files are kept beside it (audit.1.jsonl is the newest of them).</source>
        <translation>Trois fichiers plus anciens sont conservés à côté (audit.1.jsonl est le plus récent d&apos;entre eux).</translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation>Fichier du journal d&apos;audit</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;View log...</source>
        <translation>&amp;Afficher le journal...</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Afficher le journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation>Copier le chemin du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Reading the agent&apos;s state</source>
        <translation>Lecture de l&apos;état de l&apos;agent</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Agent &amp;logged in:</source>
        <translation>Agent conn&amp;ecté&#xa0;:</translation>
    </message>
    <message>
        <source>Agent logged &amp;out:</source>
        <translation>Agent &amp;déconnecté&#xa0;:</translation>
    </message>
    <message>
        <source>Longest &amp;back-off:</source>
        <translation>Attente &amp;maximale entre deux essais&#xa0;:</translation>
    </message>
    <message>
        <source>Every poll adds work on the shared server; the agent&apos;s own screen already polls once a second.</source>
        <translation>Chaque interrogation ajoute de la charge au serveur partagé&#xa0;; l&apos;écran de l&apos;agent l&apos;interroge déjà une fois par seconde.</translation>
    </message>
    <message>
        <source>Commands and parked callers</source>
        <translation>Commandes et appelants parqués</translation>
    </message>
    <message>
        <source>Con&amp;firmation timeout:</source>
        <translation>Délai de con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Warn when parked for:</source>
        <translation>&amp;Avertir après un parcage de&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ritical when parked for:</source>
        <translation>Alerte c&amp;ritique après un parcage de&#xa0;:</translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends the third party&apos;s call</source>
        <translation>Demander confirmation avant «&#xa0;Raccr. tiers + récup.&#xa0;», qui met fin à l&apos;appel du tiers</translation>
    </message>
    <message>
        <source>Hang&amp;up:</source>
        <translation>Raccroc&amp;hage&#xa0;:</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportement</translation>
    </message>
    <message>
        <source>While a command awaits &amp;confirmation:</source>
        <translation>Pendant l&apos;attente de co&amp;nfirmation&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Park IVR mode</source>
        <translation>Mode IVR de parcage</translation>
    </message>
    <message>
        <source>DISABLED: no park IVR</source>
        <translation>DISABLED&#xa0;: pas d&apos;IVR de parcage</translation>
    </message>
    <message>
        <source>ENABLED: park to IVR and grab back</source>
        <translation>ENABLED&#xa0;: parcage dans l&apos;IVR et récupération</translation>
    </message>
    <message>
        <source>ENABLED_PARK_ONLY: no grab back</source>
        <translation>ENABLED_PARK_ONLY&#xa0;: pas de récupération</translation>
    </message>
    <message>
        <source>ENABLED_BUTTON_HIDDEN: screen button hidden</source>
        <translation>ENABLED_BUTTON_HIDDEN&#xa0;: bouton masqué sur l&apos;écran agent</translation>
    </message>
    <message>
        <source>VICIdial does not tell ParkBar whether a campaign has a park IVR (its ivr_park_call setting). Enter it here, as your VICIdial administrator set it. A campaign that is not listed is unknown: the Park IVR button stays off with that reason. Do not mark a campaign as having a park IVR it does not have: a park to an IVR that does not exist drops the caller.</source>
        <translation>VICIdial n&apos;indique pas à ParkBar si une campagne a un IVR de parcage (son paramètre ivr_park_call). Saisissez-le ici, tel que votre administrateur VICIdial l&apos;a défini. Une campagne absente de la liste est inconnue&#xa0;: le bouton «&#xa0;Parquer IVR&#xa0;» reste désactivé avec ce motif. N&apos;indiquez pas d&apos;IVR de parcage pour une campagne qui n&apos;en a pas&#xa0;: un parcage vers un IVR inexistant coupe l&apos;appel du client.</translation>
    </message>
    <message>
        <source>Park IVR mode per campaign</source>
        <translation>Mode IVR de parcage par campagne</translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation>ID de campagne</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Ajouter une campagne</translation>
    </message>
    <message>
        <source>Remove campaign</source>
        <translation>Retirer la campagne</translation>
    </message>
    <message>
        <source>&amp;Old builds:</source>
        <translation>&amp;Anciens builds&#xa0;:</translation>
    </message>
    <message>
        <source>The agent screen supports SWAP and HANGUP</source>
        <translation>L&apos;écran agent prend en charge SWAP et HANGUP</translation>
    </message>
    <message>
        <source>The SWAP and HANGUP values need the agent screen of build 240624 or newer, which reports its build nowhere. ParkBar goes by the newest of the API builds and turns these buttons off below 240624. Tick this only when you know the agents&apos; screens are newer than the APIs; ParkBar still checks each command in the agent&apos;s state.</source>
        <translation>Les valeurs SWAP et HANGUP nécessitent un écran agent de build 240624 ou plus récent, et cet écran n&apos;indique son build nulle part. ParkBar se fie au plus récent des builds des API et désactive ces boutons en dessous de 240624. Ne cochez cette case que si vous savez que les écrans des agents sont plus récents que les API&#xa0;; ParkBar vérifie quand même chaque commande dans l&apos;état de l&apos;agent.</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Campaign %1 is listed twice.</source>
        <translation>La campagne %1 figure deux fois.</translation>
    </message>
</context>
<context>
    <name>CertificateFetcher</name>
    <message>
        <source>The server did not complete a TLS handshake in time.</source>
        <translation>Le serveur n&apos;a pas terminé la négociation TLS à temps.</translation>
    </message>
    <message>
        <source>Enter an https:// server address first: plain http has no certificate.</source>
        <translation>Saisissez d&apos;abord une adresse de serveur en https://&#xa0;: le http simple n&apos;a pas de certificat.</translation>
    </message>
    <message>
        <source>This computer has no TLS support.</source>
        <translation>Cet ordinateur ne prend pas en charge TLS.</translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation>Impossible de se connecter à %1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation>Le serveur n&apos;a envoyé aucun certificat.</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Print the agent&apos;s state and which actions are possible, then exit.</source>
        <translation>Affiche l&apos;état de l&apos;agent et les actions possibles, puis quitte.</translation>
    </message>
    <message>
        <source>Send one park_call value (%1) through the same rules as the buttons.</source>
        <translation>Envoie une valeur park_call (%1) selon les mêmes règles que les boutons.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>With --send: wait until the agent&apos;s state shows the command carried out.</source>
        <translation>Avec --send&#xa0;: attend que l&apos;état de l&apos;agent montre la commande exécutée.</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UTILISATEUR</translation>
    </message>
    <message>
        <source>The source name the server logs (2 to 20 characters).</source>
        <translation>Le nom de source que le serveur journalise (2 à 20&#xa0;caractères).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>Send requests as GET instead of POST (puts the password in the server&apos;s access logs).</source>
        <translation>Envoie les requêtes en GET au lieu de POST (le mot de passe apparaît alors dans les journaux d&apos;accès du serveur).</translation>
    </message>
    <message>
        <source>How long to wait for each answer, in milliseconds.</source>
        <translation>Délai d&apos;attente de chaque réponse, en millisecondes.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Not accepted: use PARKBAR_PASSWORD.</source>
        <translation>Refusé&#xa0;: utilisez PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation>MOT_DE_PASSE</translation>
    </message>
    <message>
        <source>--password is not accepted: a password on the command line can be read by every user of this computer and stays in the shell history. Put it in the environment variable PARKBAR_PASSWORD instead.</source>
        <translation>--password est refusé&#xa0;: un mot de passe sur la ligne de commande est lisible par tous les utilisateurs de cet ordinateur et reste dans l&apos;historique du shell. Mettez-le plutôt dans la variable d&apos;environnement PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>--status and --send cannot be used together.</source>
        <translation>--status et --send ne peuvent pas être utilisés ensemble.</translation>
    </message>
    <message>
        <source>--confirm only goes with --send.</source>
        <translation>--confirm ne s&apos;utilise qu&apos;avec --send.</translation>
    </message>
    <message>
        <source>--send: &quot;%1&quot; is not a park_call value; use one of %2.</source>
        <translation>--send&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une valeur park_call&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>--agent needs the agent&apos;s login.</source>
        <translation>--agent attend l&apos;identifiant de l&apos;agent.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http or https address.</source>
        <translation>--server&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse http ou https.</translation>
    </message>
    <message>
        <source>--server: put no user or password in the address; use --user and PARKBAR_PASSWORD.</source>
        <translation>--server&#xa0;: ne mettez ni utilisateur ni mot de passe dans l&apos;adresse&#xa0;; utilisez --user et PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>--source: the source name must be 2 to 20 characters.</source>
        <translation>--source&#xa0;: le nom de source doit compter de 2 à 20&#xa0;caractères.</translation>
    </message>
    <message>
        <source>Note: --get puts the API password into the server&apos;s access logs.</source>
        <translation>Remarque&#xa0;: --get place le mot de passe API dans les journaux d&apos;accès du serveur.</translation>
    </message>
    <message>
        <source>--timeout: give a number of milliseconds from %1 to %2.</source>
        <translation>--timeout&#xa0;: indiquez un nombre de millisecondes entre %1 et %2.</translation>
    </message>
    <message>
        <source>Use this saved profile (its name) instead of the one in use.</source>
        <translation>Utiliser ce profil enregistré (son nom) au lieu de celui en cours.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login (instead of the profile&apos;s).</source>
        <translation>L&apos;identifiant VICIdial de l&apos;agent (au lieu de celui du profil).</translation>
    </message>
    <message>
        <source>The VICIdial server&apos;s address, e.g. https://dialer.example.com (instead of the profile&apos;s).</source>
        <translation>L&apos;adresse du serveur VICIdial, par ex. https://dialer.example.com (au lieu de celle du profil).</translation>
    </message>
    <message>
        <source>The API user (instead of the profile&apos;s). Its password comes from the keychain or the environment variable PARKBAR_PASSWORD.</source>
        <translation>L&apos;utilisateur de l&apos;API (au lieu de celui du profil). Son mot de passe vient du trousseau ou de la variable d&apos;environnement PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>Trust the CA certificates in this PEM file for this run.</source>
        <translation>Faire confiance aux certificats d&apos;AC de ce fichier PEM pour cette exécution.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Accept only this certificate for this run: its SHA-256 fingerprint or sha256//BASE64 of its public key.</source>
        <translation>N&apos;accepter que ce certificat pour cette exécution : son empreinte SHA-256 ou sha256//BASE64 de sa clé publique.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>ÉPINGLE</translation>
    </message>
    <message>
        <source>--profile needs a saved profile&apos;s name.</source>
        <translation>--profile attend le nom d&apos;un profil enregistré.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; has no scheme. Write https://%1 (encrypted), or http://%1 if the server has no https (the password then travels unencrypted).</source>
        <translation>--server : « %1 » n&apos;a pas de schéma. Écrivez https://%1 (chiffré), ou http://%1 si le serveur n&apos;a pas de https (le mot de passe circule alors en clair).</translation>
    </message>
    <message>
        <source>--ca-file: &quot;%1&quot; is not a readable PEM file of certificates.</source>
        <translation>--ca-file : « %1 » n&apos;est pas un fichier PEM de certificats lisible.</translation>
    </message>
    <message>
        <source>--pin: give the certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits) or its public key&apos;s pin, sha256// followed by the base64 of its SHA-256.</source>
        <translation>--pin : donnez l&apos;empreinte SHA-256 du certificat (64 chiffres hexadécimaux) ou l&apos;épingle de sa clé publique, sha256// suivi du base64 de son SHA-256.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>%1 No user name and password for it are saved in the keychain: start ParkBar&apos;s window once and enter them when it asks.</source>
        <translation>%1 Aucun nom d&apos;utilisateur ni mot de passe n&apos;est enregistré pour lui dans le trousseau : lancez une fois la fenêtre de ParkBar et saisissez-les quand elle les demande.</translation>
    </message>
</context>
<context>
    <name>CliProfile</name>
    <message>
        <source>Warning: %1 is plain http, so the API password travels unencrypted; use https:// if the server offers it.</source>
        <translation>Attention : %1 est en http simple, le mot de passe de l&apos;API circule donc en clair ; utilisez https:// si le serveur le propose.</translation>
    </message>
    <message>
        <source>--profile: there is no saved profile; set one up in the window first.</source>
        <translation>--profile : aucun profil n&apos;est enregistré ; créez-en d&apos;abord un dans la fenêtre.</translation>
    </message>
    <message>
        <source>--profile: no saved profile is called &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>--profile : aucun profil enregistré ne s&apos;appelle « %1 ». Profils enregistrés : %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is in gateway mode: its hub holds the API password and sends the commands, and the command line does not go through a gateway hub. Use ParkBar&apos;s window, or give --server, --user and PARKBAR_PASSWORD to reach the server directly.</source>
        <translation>Le profil &quot;%1&quot; est en mode passerelle : son hub détient le mot de passe de l&apos;API et envoie les commandes, et la ligne de commande ne passe pas par un hub passerelle. Utilisez la fenêtre de ParkBar, ou donnez --server, --user et PARKBAR_PASSWORD pour joindre le serveur directement.</translation>
    </message>
</context>
<context>
    <name>CliRequest</name>
    <message>
        <source>Missing: %1 (the saved profile does not have it; the API password comes from the keychain, where the window saves it, or from the environment variable PARKBAR_PASSWORD).</source>
        <translation>Manquant : %1 (le profil enregistré ne l&apos;a pas ; le mot de passe de l&apos;API vient du trousseau, où la fenêtre l&apos;enregistre, ou de la variable d&apos;environnement PARKBAR_PASSWORD).</translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>agent %1: not logged in</source>
        <translation>agent %1&#xa0;: non connecté</translation>
    </message>
    <message>
        <source>no sub status</source>
        <translation>pas de sous-statut</translation>
    </message>
    <message>
        <source>sub status %1</source>
        <translation>sous-statut %1</translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation>fiche %1</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>pas de fiche</translation>
    </message>
    <message>
        <source>agent %1: %2, %3, %4, campaign %5</source>
        <translation>agent %1&#xa0;: %2, %3, %4, campagne %5</translation>
    </message>
    <message>
        <source>connection: connecting</source>
        <translation>connexion&#xa0;: en cours</translation>
    </message>
    <message>
        <source>connection: connected</source>
        <translation>connexion&#xa0;: établie</translation>
    </message>
    <message>
        <source>connection: slow: %1</source>
        <translation>connexion&#xa0;: lente&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection: offline: %1</source>
        <translation>connexion&#xa0;: hors ligne&#xa0;: %1</translation>
    </message>
    <message>
        <source>connection: signed out: %1</source>
        <translation>connexion&#xa0;: session fermée&#xa0;: %1</translation>
    </message>
    <message>
        <source>server: agent API %1, non-agent API %2</source>
        <translation>serveur&#xa0;: API agent %1, API non-agent %2</translation>
    </message>
    <message>
        <source> (the administrator says the agent screen supports Swap and Hangup Xfer + Grab)</source>
        <translation> (l&apos;administrateur indique que l&apos;écran agent prend en charge «&#xa0;Permuter&#xa0;» et «&#xa0;Raccr. tiers + récup.&#xa0;»)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>park IVR: campaign %1, mode %2</source>
        <translation>IVR de parcage&#xa0;: campagne %1, mode %2</translation>
    </message>
    <message>
        <source>enabled: %1</source>
        <translation>actif&#xa0;: %1</translation>
    </message>
    <message>
        <source>off: %1</source>
        <translation>inactif&#xa0;: %1</translation>
    </message>
    <message>
        <source>source: the hub %1</source>
        <translation>source&#xa0;: le hub %1</translation>
    </message>
    <message>
        <source>source: the hub %1, which cannot be relied on: %2</source>
        <translation>source&#xa0;: le hub %1, sur lequel on ne peut pas compter&#xa0;: %2</translation>
    </message>
    <message>
        <source>source: direct polling (the hub %1 cannot be relied on: %2)</source>
        <translation>source&#xa0;: interrogation directe (on ne peut pas compter sur le hub %1&#xa0;: %2)</translation>
    </message>
    <message>
        <source>source: direct polling</source>
        <translation>source&#xa0;: interrogation directe</translation>
    </message>
</context>
<context>
    <name>CommandFeedback</name>
    <message>
        <source>Last command</source>
        <translation>Dernière commande</translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Connecting...</source>
        <translation>Connexion...</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Slow server (%1 ms)</source>
        <translation>Serveur lent (%1&#xa0;ms)</translation>
    </message>
    <message>
        <source>Offline, retrying in %1 s</source>
        <translation>Hors ligne, nouvel essai dans %1&#xa0;s</translation>
    </message>
    <message>
        <source>Offline, retrying now</source>
        <translation>Hors ligne, nouvel essai en cours</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Session fermée</translation>
    </message>
    <message>
        <source>%1: sending...</source>
        <translation>%1&#xa0;: envoi...</translation>
    </message>
    <message>
        <source>%1: no clear answer (%2). It may or may not have been done: watch the state.</source>
        <translation>%1&#xa0;: pas de réponse claire (%2). La commande a peut-être été exécutée, ou non&#xa0;: surveillez l&apos;état.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>Échec de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: sent, waiting for the agent&apos;s screen...</source>
        <translation>%1&#xa0;: commande envoyée, en attente de l&apos;écran de l&apos;agent...</translation>
    </message>
    <message>
        <source>%1: done, confirmed after %2 s.</source>
        <translation>%1&#xa0;: effectué, confirmé après %2&#xa0;s.</translation>
    </message>
    <message>
        <source>%1: not carried out. The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation>%1&#xa0;: non exécuté. L&apos;écran VICIdial de l&apos;agent n&apos;y a pas donné suite. Est-il ouvert&#xa0;?</translation>
    </message>
    <message>
        <source>%1: sent, but whether it happened cannot be seen.</source>
        <translation>%1&#xa0;: commande envoyée, mais impossible de voir si elle a été exécutée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: sent.</source>
        <translation>%1&#xa0;: commande envoyée.</translation>
    </message>
    <message>
        <source>%1: done. The server&apos;s answer was lost, but the agent&apos;s state shows it.</source>
        <translation>%1&#xa0;: fait. La réponse du serveur a été perdue, mais l&apos;état de l&apos;agent le montre.</translation>
    </message>
</context>
<context>
    <name>ConfirmationTracker</name>
    <message>
        <source>The server shows the customer parked.</source>
        <translation>Le serveur indique que le client est parqué.</translation>
    </message>
    <message>
        <source>The server no longer shows the customer parked.</source>
        <translation>Le serveur n&apos;indique plus que le client est parqué.</translation>
    </message>
    <message>
        <source>No state came from the server since the command was sent: cannot tell whether it was carried out.</source>
        <translation>Aucun état n&apos;est arrivé du serveur depuis l&apos;envoi de la commande&#xa0;: impossible de savoir si elle a été exécutée.</translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored, and the agent&apos;s state does not show it carried out.</source>
        <translation>Le serveur n&apos;a pas donné de réponse claire&#xa0;: la commande a peut-être été enregistrée, ou non, et l&apos;état de l&apos;agent ne montre pas qu&apos;elle a été exécutée.</translation>
    </message>
    <message>
        <source>The server shows a 3-way call, which can hide a park: cannot tell whether it was carried out.</source>
        <translation>Le serveur indique un appel à trois, qui peut masquer un parcage&#xa0;: impossible de savoir si la commande a été exécutée.</translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored; the third-party line cannot be seen to check.</source>
        <translation>Le serveur n&apos;a pas donné de réponse claire&#xa0;: la commande a peut-être été enregistrée, ou non&#xa0;; la ligne du tiers n&apos;est pas visible pour le vérifier.</translation>
    </message>
    <message>
        <source>Sent. The server does not show the third-party line, so this cannot be confirmed.</source>
        <translation>Commande envoyée. Le serveur n&apos;affiche pas la ligne du tiers&#xa0;: impossible de la confirmer.</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation>L&apos;écran VICIdial de l&apos;agent n&apos;y a pas donné suite. Est-il ouvert&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Each profile is one server and agent; the bar uses the selected one.</source>
        <translation>Chaque profil correspond à un serveur et un agent&#xa0;; la barre utilise le profil sélectionné.</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>Ajouter...</translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Renommer...</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Renommer le profil</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;API user:</source>
        <translation>&amp;Utilisateur API&#xa0;:</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Mot de passe API</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login, e.g. 1000</source>
        <translation>L&apos;identifiant VICIdial de l&apos;agent, p.&#xa0;ex. 1000</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>POST (recommended)</source>
        <translation>POST (recommandé)</translation>
    </message>
    <message>
        <source>GET (puts the password in web-server logs)</source>
        <translation>GET (met le mot de passe dans les journaux du serveur web)</translation>
    </message>
    <message>
        <source>Request &amp;method:</source>
        <translation>Méthode de re&amp;quête&#xa0;:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Asks the server for its version and the agent&apos;s state once, with the values above, without saving them.</source>
        <translation>Demande une fois au serveur sa version et l&apos;état de l&apos;agent, avec les valeurs ci-dessus, sans les enregistrer.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the password field: leaving it empty keeps the saved password.</extracomment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Reading the saved password...</source>
        <translation>Lecture du mot de passe enregistré...</translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation>Saisissez le mot de passe pour tester la connexion.</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>Test en cours...</translation>
    </message>
    <message>
        <source>Pro&amp;xy:</source>
        <translation>Pro&amp;xy :</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No agent entered, so the agent&apos;s state was not read.</source>
        <translation>Aucun agent saisi&#xa0;: l&apos;état de l&apos;agent n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>No password entered, so the agent&apos;s state was not read.</source>
        <translation>Aucun mot de passe saisi&#xa0;: l&apos;état de l&apos;agent n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The agent&apos;s state was not read: the non-agent API would alter this password and count a failed login.</source>
        <translation>L&apos;état de l&apos;agent n&apos;a pas été lu&#xa0;: l&apos;API non-agent altérerait ce mot de passe et compterait un échec de connexion.</translation>
    </message>
    <message>
        <source>%1: version %2, build %3.</source>
        <translation>%1&#xa0;: version %2, build %3.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agent API</source>
        <translation>API agent</translation>
    </message>
    <message>
        <source>Non-agent API</source>
        <translation>API non-agent</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agent %1: status %2, campaign %3, lead %4 on the screen.</source>
        <translation>Agent %1&#xa0;: état %2, campagne %3, fiche %4 à l&apos;écran.</translation>
    </message>
    <message>
        <source>Agent %1: status %2, campaign %3, no lead on the screen.</source>
        <translation>Agent %1&#xa0;: état %2, campagne %3, aucune fiche à l&apos;écran.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur&#xa0;: ParkBar demandera le mot de passe à chaque démarrage et ne l&apos;écrira jamais sur le disque.</translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable and is not stored.</source>
        <translation>Le mot de passe provient de la variable d&apos;environnement PARKBAR_PASSWORD et n&apos;est pas stocké.</translation>
    </message>
    <message>
        <source>The password is kept in the Windows Credential Manager, never in a settings file.</source>
        <translation>Le mot de passe est conservé dans le Gestionnaire d&apos;identification Windows, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>The password is kept in the macOS Keychain, never in a settings file.</source>
        <translation>Le mot de passe est conservé dans le trousseau macOS, jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring (Secret Service), never in a settings file.</source>
        <translation>Le mot de passe est conservé dans le trousseau du bureau (Secret Service), jamais dans un fichier de paramètres.</translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable.</source>
        <translation>Le mot de passe provient de la variable d&apos;environnement PARKBAR_PASSWORD.</translation>
    </message>
    <message>
        <source>Enter the server address and API user first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse du serveur et l&apos;utilisateur API.</translation>
    </message>
    <message>
        <source>No password is saved for %1 yet.</source>
        <translation>Aucun mot de passe n&apos;est encore enregistré pour %1.</translation>
    </message>
    <message>
        <source>The keychain refused access, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation>Le trousseau a refusé l&apos;accès&#xa0;: ParkBar demandera le mot de passe à chaque démarrage et ne l&apos;écrira jamais sur le disque.</translation>
    </message>
</context>
<context>
    <name>DatabaseFloorWorker</name>
    <message>
        <source>Qt&apos;s MySQL driver (QMYSQL) is not installed; on Debian it is the package libqt6sql6-mysql.</source>
        <translation>Le pilote MySQL de Qt (QMYSQL) n&apos;est pas installé&#xa0;; sous Debian, c&apos;est le paquet libqt6sql6-mysql.</translation>
    </message>
    <message>
        <source>Cannot connect to the database %1 as %2: %3</source>
        <translation>Connexion impossible à la base de données %1 en tant que %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot read the tables of the database %1: %2</source>
        <translation>Impossible de lire les tables de la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database %1 lacks %2 (an older VICIdial, or the account may not read them).</source>
        <translation>Il manque %2 dans la base de données %1 (un VICIdial plus ancien, ou le compte ne peut pas le lire).</translation>
    </message>
    <message>
        <source>Reading the floor from the database %1 failed: %2</source>
        <translation>La lecture du plateau depuis la base de données %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation>Impossible de créer un dossier temporaire pour la démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>The built-in VICIdial simulator could not listen on 127.0.0.1.</source>
        <translation>Le simulateur VICIdial intégré n&apos;a pas pu écouter sur 127.0.0.1.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démo</translation>
    </message>
</context>
<context>
    <name>DeskMode</name>
    <message>
        <source>Direct: no hub. This desk polls the VICIdial server itself and keeps the API password.</source>
        <translation>Direct&#xa0;: pas de hub. Ce poste interroge lui-même le serveur VICIdial et garde le mot de passe de l&apos;API.</translation>
    </message>
    <message>
        <source>Feed: the floor comes via the hub; the API password is on this desk, which polls directly while the hub cannot be reached.</source>
        <translation>Diffusion&#xa0;: le plateau arrive par le hub&#xa0;; le mot de passe de l&apos;API est sur ce poste, qui interroge directement tant que le hub est injoignable.</translation>
    </message>
    <message>
        <source>Gateway: the hub holds the API password and sends the commands. This desk holds no VICIdial password and works only while the hub can be reached.</source>
        <translation>Passerelle&#xa0;: le hub détient le mot de passe de l&apos;API et envoie les commandes. Ce poste ne détient aucun mot de passe VICIdial et ne fonctionne que tant que le hub est joignable.</translation>
    </message>
    <message>
        <source>No password here: in gateway mode the hub holds the API password, and this desk never asks for or keeps one.</source>
        <translation>Pas de mot de passe ici&#xa0;: en mode passerelle, le hub détient le mot de passe de l&apos;API, et ce poste n&apos;en demande ni n&apos;en garde jamais.</translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>User group</source>
        <translation>Groupe d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sub status</source>
        <translation>Sous-statut</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Parked</source>
        <translation>Parqué depuis</translation>
    </message>
    <message>
        <source>Last command</source>
        <translation>Dernière commande</translation>
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
        <translation>Non envoyé&#xa0;: le hub n&apos;envoie de commandes que pour l&apos;agent connecté sur le téléphone de ce poste.</translation>
    </message>
    <message>
        <source>Not sent: agent %1 is outside the campaigns and groups this desk may act on.</source>
        <translation>Non envoyé&#xa0;: l&apos;agent %1 est hors des campagnes et groupes sur lesquels ce poste peut agir.</translation>
    </message>
    <message>
        <source>Not sent: the hub says this action is not possible now.</source>
        <translation>Non envoyé&#xa0;: le hub indique que cette action n&apos;est pas possible maintenant.</translation>
    </message>
    <message>
        <source>Not sent: the hub says this action is not possible now (%1).</source>
        <translation>Non envoyé&#xa0;: le hub indique que cette action n&apos;est pas possible maintenant (%1).</translation>
    </message>
    <message>
        <source>Not sent: a command for agent %1 is already on its way.</source>
        <translation>Non envoyé&#xa0;: une commande pour l&apos;agent %1 est déjà en cours.</translation>
    </message>
    <message>
        <source>Not sent: the hub stopped talking to VICIdial after the server refused its API user. The hub&apos;s administrator has to act.</source>
        <translation>Non envoyé&#xa0;: le hub a cessé de parler à VICIdial après que le serveur a refusé son utilisateur API. L&apos;administrateur du hub doit intervenir.</translation>
    </message>
    <message>
        <source>No agent logged in on %1</source>
        <translation>Aucun agent connecté sur %1</translation>
    </message>
    <message>
        <source>The hub cannot be reached: commands go only through it</source>
        <translation>Le hub est injoignable&#xa0;: les commandes ne passent que par lui</translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBackendFactory</name>
    <message>
        <source>This build of ParkBar has no X11 hotkey support; the in-window shortcuts still work.</source>
        <translation>Cette version de ParkBar ne prend pas en charge les raccourcis globaux X11&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation>Ce bureau (Wayland) ne propose pas de raccourcis globaux&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
    <message>
        <source>No X11 or Wayland display was found; the in-window shortcuts still work.</source>
        <translation>Aucun affichage X11 ou Wayland n&apos;a été trouvé&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Global hotkeys are not supported on this system; the in-window shortcuts still work.</source>
        <translation>Les raccourcis globaux ne sont pas pris en charge sur ce système&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Command history</source>
        <translation>Historique des commandes</translation>
    </message>
    <message>
        <source>%1  agent %2  %3</source>
        <translation>%1  agent %2  %3</translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Click, then press the key combination. Backspace clears it; Escape keeps the old one.</source>
        <translation>Cliquez, puis appuyez sur la combinaison de touches. Retour arrière l&apos;efface&#xa0;; Échap conserve l&apos;ancienne.</translation>
    </message>
    <message>
        <source>Press a key combination…</source>
        <translation>Appuyez sur une combinaison de touches…</translation>
    </message>
</context>
<context>
    <name>HotkeyRouting</name>
    <message>
        <source>No agent is selected, so the hotkey did nothing.</source>
        <translation>Aucun agent n&apos;est sélectionné&#xa0;: le raccourci global n&apos;a rien fait.</translation>
    </message>
</context>
<context>
    <name>HotkeySection</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation>Raccourcis globaux</translation>
    </message>
</context>
<context>
    <name>HotkeySettingsPage</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation>Raccourcis globaux</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key combination</source>
        <translation>Combinaison de touches</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Hotkey for %1</source>
        <translation>Raccourci global pour %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the hotkey for %1</source>
        <translation>Effacer le raccourci global pour %1</translation>
    </message>
    <message>
        <source>Status of the hotkey for %1</source>
        <translation>État du raccourci global pour %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Your desktop will confirm this key</source>
        <translation>Votre bureau vous demandera de confirmer cette touche</translation>
    </message>
    <message>
        <source>Free: works in every window</source>
        <translation>Libre&#xa0;: fonctionne dans toutes les fenêtres</translation>
    </message>
    <message>
        <source>Saved; not active on this desktop</source>
        <translation>Enregistré&#xa0;; inactif sur ce bureau</translation>
    </message>
    <message>
        <source>These keys work while any window has focus, including the VICIdial screen. A hotkey does exactly what its button on the bar does, and nothing while that button is off.</source>
        <translation>Ces touches fonctionnent quelle que soit la fenêtre active, y compris l&apos;écran VICIdial. Un raccourci global fait exactement ce que fait son bouton sur la barre, et rien tant que ce bouton est désactivé.</translation>
    </message>
    <message>
        <source>They are paused while this page is open.</source>
        <translation>Ils sont suspendus tant que cette page est ouverte.</translation>
    </message>
    <message>
        <source>Your desktop decides the final keys and may ask you to confirm them.</source>
        <translation>Votre bureau décide des touches définitives et peut vous demander de les confirmer.</translation>
    </message>
</context>
<context>
    <name>HotkeyTarget</name>
    <message>
        <source>Swap (automatic)</source>
        <translation>Permuter (automatique)</translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>No key combination</source>
        <translation>Aucune combinaison de touches</translation>
    </message>
    <message>
        <source>Use a single key combination, such as Ctrl+Alt+P</source>
        <translation>Utilisez une seule combinaison de touches, comme Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Add a key to the modifier, such as Ctrl+Alt+P</source>
        <translation>Ajoutez une touche au modificateur, comme Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Add Ctrl, Alt or the Windows/Super key: a plain key would stop working in every other program</source>
        <translation>Ajoutez Ctrl, Alt ou la touche Windows/Super&#xa0;: une touche seule cesserait de fonctionner dans tous les autres programmes</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Works in every window (the desktop set it to %1)</source>
        <translation>Fonctionne dans toutes les fenêtres (le bureau l&apos;a défini sur %1)</translation>
    </message>
    <message>
        <source>Works in every window</source>
        <translation>Fonctionne dans toutes les fenêtres</translation>
    </message>
    <message>
        <source>%1 is already used by another program</source>
        <translation>%1 est déjà utilisé par un autre programme</translation>
    </message>
    <message>
        <source>%1 is also set for “%2”; neither works until one is changed</source>
        <translation>%1 est aussi défini pour «&#xa0;%2&#xa0;»&#xa0;; aucun des deux ne fonctionne tant que l&apos;un n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>%1 cannot be typed on this keyboard</source>
        <translation>%1 ne peut pas être saisi sur ce clavier</translation>
    </message>
    <message>
        <source>Saved, but not active on this desktop</source>
        <translation>Enregistré, mais inactif sur ce bureau</translation>
    </message>
    <message>
        <source>Waiting for the desktop to confirm the key</source>
        <translation>En attente de la confirmation de la touche par le bureau</translation>
    </message>
    <message>
        <source>The desktop did not assign a key; check its keyboard settings</source>
        <translation>Le bureau n&apos;a attribué aucune touche&#xa0;; vérifiez ses paramètres de clavier</translation>
    </message>
    <message>
        <source>Paused while the hotkey settings are open</source>
        <translation>Suspendu tant que les paramètres des raccourcis globaux sont ouverts</translation>
    </message>
</context>
<context>
    <name>HubClient</name>
    <message>
        <source>%1 is not a ws:// or wss:// address</source>
        <translation>%1 n&apos;est pas une adresse ws:// ou wss://</translation>
    </message>
    <message>
        <source>plain ws:// is only for a hub on this computer; use wss://</source>
        <translation>ws:// non chiffré est réservé à un hub sur cet ordinateur&#xa0;; utilisez wss://</translation>
    </message>
    <message>
        <source>The hub is not connected</source>
        <translation>Le hub n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>The connection to the hub was lost before its answer</source>
        <translation>La connexion au hub a été perdue avant sa réponse</translation>
    </message>
</context>
<context>
    <name>HubConfigCheck</name>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>The configuration is good.</source>
        <translation>La configuration est correcte.</translation>
    </message>
    <message>
        <source>The configuration is not usable.</source>
        <translation>La configuration n&apos;est pas utilisable.</translation>
    </message>
    <message>
        <source>Source: api, logged_in_agents from %1 as API user %2, every %3 ms or more</source>
        <translation>Source&#xa0;: api, logged_in_agents depuis %1 avec l&apos;utilisateur d&apos;API %2, toutes les %3 ms ou plus</translation>
    </message>
    <message>
        <source>Source: database %1 on %2 as %3, every %4 ms</source>
        <translation>Source&#xa0;: base de données %1 sur %2 en tant que %3, toutes les %4 ms</translation>
    </message>
    <message>
        <source>Listen: %1://%2:%3</source>
        <translation>Écoute&#xa0;: %1://%2:%3</translation>
    </message>
    <message>
        <source>Serves: campaigns %1; user groups %2</source>
        <translation>Sert&#xa0;: campagnes %1&#xa0;; groupes d&apos;utilisateurs %2</translation>
    </message>
    <message>
        <source>Tokens: %1 bar, %2 supervisor (%3)</source>
        <translation>Jetons&#xa0;: %1 de barre, %2 de superviseur (%3)</translation>
    </message>
    <message>
        <source>Health and metrics: http://127.0.0.1:%1/healthz and /metrics</source>
        <translation>État et métriques&#xa0;: http://127.0.0.1:%1/healthz et /metrics</translation>
    </message>
    <message>
        <source>Configuration: %1</source>
        <translation>Configuration&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>no valid token: nobody can subscribe yet (parkbar-hub --issue-token)</source>
        <translation>aucun jeton valide&#xa0;: personne ne peut encore s&apos;abonner (parkbar-hub --issue-token)</translation>
    </message>
    <message>
        <source>Read: %1 logged-in agents in %2 ms</source>
        <translation>Lu&#xa0;: %1 agents connectés en %2 ms</translation>
    </message>
    <message>
        <source>the source could not be read: %1</source>
        <translation>la source n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Mode: gateway: the hub sends park_call for its desks as API user %1 and writes its audit log to %2</source>
        <translation>Mode&#xa0;: passerelle&#xa0;: le hub envoie park_call pour ses postes en tant qu&apos;utilisateur d&apos;API %1 et écrit son journal d&apos;audit dans %2</translation>
    </message>
    <message>
        <source>Mode: feed: desks send their commands themselves</source>
        <translation>Mode&#xa0;: diffusion&#xa0;: les postes envoient eux-mêmes leurs commandes</translation>
    </message>
    <message>
        <source>%1 tokens are bound to a phone, but the API source does not say who is logged in on which phone: those desks will be refused; use the database source</source>
        <translation>%1 jetons sont liés à un téléphone, mais la source API ne dit pas qui est connecté sur quel téléphone&#xa0;: ces postes seront refusés&#xa0;; utilisez la source base de données</translation>
    </message>
    <message>
        <source>%1 tokens are bound to a phone; they send commands only through a gateway hub</source>
        <translation>%1 jetons sont liés à un téléphone&#xa0;; ils n&apos;envoient de commandes que par un hub en mode passerelle</translation>
    </message>
</context>
<context>
    <name>HubConfigReader</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 doit être un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &apos;%2&apos;</source>
        <translation>%1 doit valoir true ou false, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 must name the file that holds the password</source>
        <translation>%1 doit nommer le fichier qui contient le mot de passe</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1&#xa0;: impossible de lire %2</translation>
    </message>
    <message>
        <source>hub/listen must be an IP address, not &apos;%1&apos;</source>
        <translation>hub/listen doit être une adresse IP, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>allowPlain=true: tokens and agent states cross the network unencrypted</source>
        <translation>allowPlain=true&#xa0;: les jetons et les états des agents traversent le réseau en clair</translation>
    </message>
    <message>
        <source>database/user must name the read-only database account</source>
        <translation>database/user doit nommer le compte en lecture seule de la base de données</translation>
    </message>
    <message>
        <source>No database/passwordFile: the hub connects without a password</source>
        <translation>Pas de database/passwordFile&#xa0;: le hub se connecte sans mot de passe</translation>
    </message>
    <message>
        <source>api/url must be the VICIdial server&apos;s address, like https://dialer.example.com</source>
        <translation>api/url doit être l&apos;adresse du serveur VICIdial, par exemple https://dialer.example.com</translation>
    </message>
    <message>
        <source>api/user must name the VICIdial API user</source>
        <translation>api/user doit nommer l&apos;utilisateur de l&apos;API VICIdial</translation>
    </message>
    <message>
        <source>api/source must be 2 to 20 characters</source>
        <translation>api/source doit compter de 2 à 20 caractères</translation>
    </message>
    <message>
        <source>api/method must be POST or GET</source>
        <translation>api/method doit valoir POST ou GET</translation>
    </message>
    <message>
        <source>api/pinnedSha256 must be a SHA-256 fingerprint (64 hex digits)</source>
        <translation>api/pinnedSha256 doit être une empreinte SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>The API password has characters that the non-agent API removes, so logged_in_agents would always fail and count towards the lockout: use letters, digits, - and _ only</source>
        <translation>Le mot de passe de l&apos;API contient des caractères que l&apos;API non-agent supprime&#xa0;: logged_in_agents échouerait toujours et compterait pour le verrouillage&#xa0;; n&apos;utilisez que des lettres, des chiffres, - et _</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1</source>
        <translation>Impossible de lire le fichier de configuration %1</translation>
    </message>
    <message>
        <source>%1 is not a valid INI file</source>
        <translation>%1 n&apos;est pas un fichier INI valide</translation>
    </message>
    <message>
        <source>%1: passwords are never read from the configuration file; put the password in a file only the service can read and name that file with passwordFile</source>
        <translation>%1&#xa0;: les mots de passe ne sont jamais lus dans le fichier de configuration&#xa0;; mettez le mot de passe dans un fichier que seul le service peut lire et nommez ce fichier avec passwordFile</translation>
    </message>
    <message>
        <source>Unknown key %1 (ignored)</source>
        <translation>Clé inconnue %1 (ignorée)</translation>
    </message>
    <message>
        <source>source/kind must be database or api, not &apos;%1&apos;</source>
        <translation>source/kind doit valoir database ou api, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cannot read the tokens file %1</source>
        <translation>Impossible de lire le fichier de jetons %1</translation>
    </message>
    <message>
        <source>gateway/enabled needs api/user: the VICIdial API user the hub sends park_call as</source>
        <translation>gateway/enabled demande api/user&#xa0;: l&apos;utilisateur de l&apos;API VICIdial avec lequel le hub envoie park_call</translation>
    </message>
    <message>
        <source>gateway/enabled needs api/passwordFile: the file that holds the API user&apos;s password</source>
        <translation>gateway/enabled demande api/passwordFile&#xa0;: le fichier qui contient le mot de passe de l&apos;utilisateur de l&apos;API</translation>
    </message>
    <message>
        <source>gateway/auditFile must name the file the hub writes its audit log to</source>
        <translation>gateway/auditFile doit indiquer le fichier où le hub écrit son journal d&apos;audit</translation>
    </message>
    <message>
        <source>hub/parkIvrModes: &apos;%1&apos; is not CAMPAIGN:MODE with a mode of DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN</source>
        <translation>hub/parkIvrModes : « %1 » n&apos;est pas CAMPAGNE:MODE avec un mode DISABLED, ENABLED, ENABLED_PARK_ONLY ou ENABLED_BUTTON_HIDDEN</translation>
    </message>
</context>
<context>
    <name>HubConnection</name>
    <message>
        <source>No hello with a token in time</source>
        <translation>Aucun hello avec un jeton à temps</translation>
    </message>
    <message>
        <source>Too slow: the client does not read what the hub sends</source>
        <translation>Trop lent&#xa0;: le client ne lit pas ce que le hub envoie</translation>
    </message>
</context>
<context>
    <name>HubGateway</name>
    <message>
        <source>Agent %1 is not the one logged in on this desk&apos;s phone %2</source>
        <translation>L&apos;agent %1 n&apos;est pas celui qui est connecté sur le téléphone %2 de ce poste</translation>
    </message>
    <message>
        <source>This desk&apos;s token is bound to agent %1</source>
        <translation>Le jeton de ce poste est lié à l&apos;agent %1</translation>
    </message>
    <message>
        <source>Agent %1 is outside this token&apos;s campaigns and user groups</source>
        <translation>L&apos;agent %1 est en dehors des campagnes et groupes d&apos;utilisateurs de ce jeton</translation>
    </message>
    <message>
        <source>This desk does not follow agent %1</source>
        <translation>Ce poste ne suit pas l&apos;agent %1</translation>
    </message>
    <message>
        <source>A command needs an id, an agent and a park_call action</source>
        <translation>Une commande demande un id, un agent et une action park_call</translation>
    </message>
</context>
<context>
    <name>HubHealth</name>
    <message>
        <source>Connecting to the hub</source>
        <translation>Connexion au hub</translation>
    </message>
    <message>
        <source>Hub connected</source>
        <translation>Hub connecté</translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub injoignable</translation>
    </message>
    <message>
        <source>Hub refused this desk</source>
        <translation>Le hub a refusé ce poste</translation>
    </message>
    <message>
        <source>The hub has no data</source>
        <translation>Le hub n&apos;a pas de données</translation>
    </message>
    <message>
        <source>The hub stopped answering</source>
        <translation>Le hub ne répond plus</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>HubOpsServer</name>
    <message>
        <source>Cannot listen for /healthz and /metrics on 127.0.0.1 port %1</source>
        <translation>Impossible d&apos;écouter /healthz et /metrics sur 127.0.0.1 port %1</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Hub &amp;address:</source>
        <translation>&amp;Adresse du hub&#xa0;:</translation>
    </message>
    <message>
        <source>Hub token</source>
        <translation>Jeton du hub</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier &amp;CA supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>AB:CD:... (the hub certificate&apos;s SHA-256)</source>
        <translation>AB:CD:... (le SHA-256 du certificat du hub)</translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation>SHA-256 é&amp;pinglé&#xa0;:</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <extracomment>Placeholder of the hub token field: leaving it empty keeps the saved token.</extracomment>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Set by your administrator.</source>
        <translation>Défini par votre administrateur.</translation>
    </message>
    <message>
        <source>Kept in the system&apos;s keychain, never in a settings file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier de réglages.</translation>
    </message>
    <message>
        <source>On a large floor, a parkbar-hub reads the whole floor once and pushes every change to the bars, so the bar does not poll the server itself. In feed mode, while the hub cannot be reached the bar polls directly, and returns to the hub when it is back; in gateway mode the hub also sends the commands and holds the API password, and this desk holds none. Leave the address empty to poll directly. A second address is used while the first does not answer.</source>
        <translation>Sur un grand plateau, un parkbar-hub lit tout le plateau une fois et pousse chaque changement vers les barres, ainsi la barre n&apos;interroge pas elle-même le serveur. En mode diffusion, tant que le hub est injoignable la barre interroge directement, et revient au hub dès son retour&#xa0;; en mode passerelle le hub envoie aussi les commandes et détient le mot de passe de l&apos;API, et ce poste n&apos;en détient aucun. Laissez l&apos;adresse vide pour interroger directement. Une seconde adresse sert tant que la première ne répond pas.</translation>
    </message>
    <message>
        <source>e.g. wss://hub.example.com:8765, wss://hub2.example.com:8765</source>
        <translation>p. ex. wss://hub.example.com:8765, wss://hub2.example.com:8765</translation>
    </message>
    <message>
        <source>Feed: the hub pushes the floor, this desk keeps the API password</source>
        <translation>Diffusion&#xa0;: le hub pousse le plateau, ce poste garde le mot de passe de l&apos;API</translation>
    </message>
    <message>
        <source>Gateway: the hub holds the API password and sends the commands</source>
        <translation>Passerelle&#xa0;: le hub détient le mot de passe de l&apos;API et envoie les commandes</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HubPoller</name>
    <message>
        <source>The hub has not read the floor yet</source>
        <translation>Le hub n&apos;a pas encore lu le plateau</translation>
    </message>
</context>
<context>
    <name>HubServer</name>
    <message>
        <source>Refusing plain ws:// on %1, which is not a loopback address: set a TLS certificate and key, or allowPlain=true to accept that tokens and agent states cross the network unencrypted</source>
        <translation>Refus de ws:// non chiffré sur %1, qui n&apos;est pas une adresse de bouclage&#xa0;: définissez un certificat et une clé TLS, ou allowPlain=true pour accepter que les jetons et les états des agents traversent le réseau en clair</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The hub is stopping</source>
        <translation>Le hub s&apos;arrête</translation>
    </message>
    <message>
        <source>The token was revoked or changed</source>
        <translation>Le jeton a été révoqué ou modifié</translation>
    </message>
    <message>
        <source>Too many wrong tokens from this address: try again in %1 s</source>
        <translation>Trop de jetons erronés depuis cette adresse&#xa0;: réessayez dans %1 s</translation>
    </message>
    <message>
        <source>The first message must be a hello with a token</source>
        <translation>Le premier message doit être un hello avec un jeton</translation>
    </message>
    <message>
        <source>Protocol version %1 is not supported; this hub speaks %2</source>
        <translation>La version %1 du protocole n&apos;est pas prise en charge&#xa0;; ce hub parle la %2</translation>
    </message>
    <message>
        <source>Not a JSON object with a type</source>
        <translation>Pas un objet JSON avec un type</translation>
    </message>
    <message>
        <source>Unknown message type: %1</source>
        <translation>Type de message inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown token: ask the hub&apos;s administrator for a valid one</source>
        <translation>Jeton inconnu&#xa0;: demandez-en un valide à l&apos;administrateur du hub</translation>
    </message>
    <message>
        <source>A bar token cannot subscribe to the whole floor</source>
        <translation>Un jeton de barre ne peut pas s&apos;abonner à tout le plateau</translation>
    </message>
    <message>
        <source>This token is bound to agent %1</source>
        <translation>Ce jeton est lié à l&apos;agent %1</translation>
    </message>
    <message>
        <source>At most %1 agents per subscription</source>
        <translation>Au plus %1 agents par abonnement</translation>
    </message>
    <message>
        <source>This hub is in feed mode: it sends no commands; the desk sends them itself</source>
        <translation>Ce hub est en mode diffusion&#xa0;: il n&apos;envoie pas de commandes&#xa0;; le poste les envoie lui-même</translation>
    </message>
    <message>
        <source>This token is bound to phone %1: subscribe with that phone</source>
        <translation>Ce jeton est lié au téléphone %1&#xa0;: abonnez-vous avec ce téléphone</translation>
    </message>
    <message>
        <source>This token is not bound to a phone</source>
        <translation>Ce jeton n&apos;est lié à aucun téléphone</translation>
    </message>
    <message>
        <source>This token is bound to phone %1</source>
        <translation>Ce jeton est lié au téléphone %1</translation>
    </message>
    <message>
        <source>This hub reads the floor through the API, which does not say who is logged in on which phone: desks bound to a phone need a hub with the database source</source>
        <translation>Ce hub lit le plateau par l&apos;API, qui ne dit pas qui est connecté sur quel téléphone&#xa0;: les postes liés à un téléphone ont besoin d&apos;un hub avec la source base de données</translation>
    </message>
</context>
<context>
    <name>HubService</name>
    <message>
        <source>not listening</source>
        <translation>n&apos;écoute pas</translation>
    </message>
    <message>
        <source>no data: %1</source>
        <translation>pas de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>HubTlsIdentity</name>
    <message>
        <source>TLS needs both a certificate file and a key file</source>
        <translation>TLS demande un fichier de certificat et un fichier de clé</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1</source>
        <translation>Aucun certificat PEM n&apos;a pu être lu dans %1</translation>
    </message>
    <message>
        <source>Cannot read the TLS key %1: %2</source>
        <translation>Impossible de lire la clé TLS %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No unencrypted RSA or EC private key could be read from %1</source>
        <translation>Aucune clé privée RSA ou EC non chiffrée n&apos;a pu être lue dans %1</translation>
    </message>
</context>
<context>
    <name>KeyboardPage</name>
    <message>
        <source>Park</source>
        <translation>Parquer</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation>Parquer IVR</translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation>Permuter (automatique)</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Raccr. tiers + récup.</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Parquer le tiers</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Récupérer le tiers</translation>
    </message>
    <message>
        <source>Grab from IVR</source>
        <translation>Récupérer depuis l&apos;IVR</translation>
    </message>
    <message>
        <source>Swap: park customer</source>
        <translation>Permuter&#xa0;: parquer le client</translation>
    </message>
    <message>
        <source>Swap: park third party</source>
        <translation>Permuter&#xa0;: parquer le tiers</translation>
    </message>
    <message>
        <source>Shortcuts in the ParkBar window</source>
        <translation>Raccourcis dans la fenêtre ParkBar</translation>
    </message>
    <message>
        <source>Global hotkeys (work while another window has the focus)</source>
        <translation>Raccourcis globaux (fonctionnent quand une autre fenêtre a le focus)</translation>
    </message>
    <message>
        <source>Key conflicts</source>
        <translation>Conflits de touches</translation>
    </message>
    <message>
        <source>Click a field and press the keys; the small cross clears it. Empty means no key.</source>
        <translation>Cliquez dans un champ et appuyez sur les touches&#xa0;; la petite croix l&apos;efface. Vide signifie aucune touche.</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>shortcut</source>
        <translation>raccourci</translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation>raccourci global</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is used by %2.</source>
        <translation>%1 est utilisé par %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
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
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ask the server once more with the same credentials</source>
        <translation>Interroger de nouveau le serveur avec les mêmes identifiants</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Paramètres...</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>History...</source>
        <translation>Historique...</translation>
    </message>
    <message>
        <source>Audit log...</source>
        <translation>Journal d&apos;audit...</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Réessayer maintenant</translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation>Mode superviseur</translation>
    </message>
    <message>
        <source>Vertical layout</source>
        <translation>Disposition verticale</translation>
    </message>
    <message>
        <source>Compact</source>
        <translation>Compact</translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation>Toujours au premier plan</translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation>À propos de ParkBar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>ParkBar has stopped asking the server, so the account is not locked. Check the settings, then press Retry.</source>
        <translation>ParkBar a cessé d&apos;interroger le serveur pour que le compte ne soit pas verrouillé. Vérifiez les paramètres, puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <source>Switch this profile to %1 and connect again</source>
        <translation>Passer ce profil à %1 et se reconnecter</translation>
    </message>
</context>
<context>
    <name>ModeSwitcher</name>
    <message>
        <source>No agent is set for this profile. Enter the agent&apos;s VICIdial login in Settings.</source>
        <translation>Aucun agent n&apos;est défini pour ce profil. Saisissez l&apos;identifiant VICIdial de l&apos;agent dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ParkAction</name>
    <message>
        <source>Park customer</source>
        <translation>Parquer le client</translation>
    </message>
    <message>
        <source>Grab customer</source>
        <translation>Récupérer le client</translation>
    </message>
    <message>
        <source>Park customer in IVR</source>
        <translation>Parquer le client dans l&apos;IVR</translation>
    </message>
    <message>
        <source>Grab customer from IVR</source>
        <translation>Récupérer le client depuis l&apos;IVR</translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation>Parquer le tiers</translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation>Récupérer le tiers</translation>
    </message>
    <message>
        <source>Swap: park customer, grab third party</source>
        <translation>Permuter&#xa0;: parquer le client, récupérer le tiers</translation>
    </message>
    <message>
        <source>Swap: park third party, grab customer</source>
        <translation>Permuter&#xa0;: parquer le tiers, récupérer le client</translation>
    </message>
    <message>
        <source>Hang up third party and grab customer</source>
        <translation>Raccrocher le tiers et récupérer le client</translation>
    </message>
</context>
<context>
    <name>ParkToolbar</name>
    <message>
        <source>Park controls</source>
        <translation>Commandes de parcage</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Parquer</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation>Parquer IVR</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Permuter</translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation>Raccr. tiers + récup.</translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation>Permuter (automatique)</translation>
    </message>
    <message>
        <source>Hang up the third party?</source>
        <translation>Raccrocher le tiers&#xa0;?</translation>
    </message>
    <message>
        <source>Hang up the third party and bring agent %1&apos;s customer back from park?</source>
        <translation>Raccrocher le tiers et récupérer le client parqué de l&apos;agent %1&#xa0;?</translation>
    </message>
    <message>
        <source>This ends the third party&apos;s call.</source>
        <translation>Cela met fin à l&apos;appel du tiers.</translation>
    </message>
    <message>
        <source>Hang up and grab</source>
        <translation>Raccrocher et récupérer</translation>
    </message>
    <message>
        <source>More actions: %1</source>
        <translation>Autres actions&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>ParkBar: API password</source>
        <translation>ParkBar&#xa0;: mot de passe API</translation>
    </message>
    <message>
        <source>Enter the password of API user &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Saisissez le mot de passe de l&apos;utilisateur API &lt;b&gt;%1&lt;/b&gt; sur &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Mot de passe API</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>This password has characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so reading the agent&apos;s state would always fail.</source>
        <translation>Ce mot de passe contient des caractères autres que des lettres, des chiffres, - et _. L&apos;API non-agent de VICIdial les supprime&#xa0;: la lecture de l&apos;état de l&apos;agent échouerait donc toujours.</translation>
    </message>
</context>
<context>
    <name>PortalHotkeyBackend</name>
    <message>
        <source>Asking the desktop whether it offers global shortcuts; the in-window shortcuts still work.</source>
        <translation>Interrogation du bureau&#xa0;: propose-t-il des raccourcis globaux&#xa0;? Les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation>Ce bureau (Wayland) ne propose pas de raccourcis globaux&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>ProfileConnection</name>
    <message>
        <source>Welcome. Enter your VICIdial server, API user and agent in Settings.</source>
        <translation>Bienvenue. Saisissez votre serveur VICIdial, votre utilisateur API et votre agent dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>ProxyPrompt</name>
    <message>
        <source>ParkBar: proxy sign-in</source>
        <translation>ParkBar : connexion au proxy</translation>
    </message>
    <message>
        <source>The proxy &lt;b&gt;%1&lt;/b&gt; asks for a user name and password before it lets ParkBar reach the server. They are kept in the keychain, never in a file.</source>
        <translation>Le proxy &lt;b&gt;%1&lt;/b&gt; demande un nom d&apos;utilisateur et un mot de passe avant de laisser ParkBar joindre le serveur. Ils sont gardés dans le trousseau, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>SecondaryWindows</name>
    <message>
        <source>ParkBar: command history</source>
        <translation>ParkBar&#xa0;: historique des commandes</translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation>À propos de ParkBar</translation>
    </message>
    <message>
        <source>&lt;b&gt;ParkBar %1&lt;/b&gt;&lt;br&gt;Park and grab buttons for VICIdial agents and supervisors.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;ParkBar %1&lt;/b&gt;&lt;br&gt;Boutons de parcage et de récupération pour les agents et superviseurs VICIdial.&lt;br&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 is readable by every user of this computer: make it readable by the service only (chmod 640 or 600)</source>
        <translation>%1 est lisible par tous les utilisateurs de cet ordinateur&#xa0;: rendez-le lisible par le service seulement (chmod 640 ou 600)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too long for a password file</source>
        <translation>%1 est trop long pour un fichier de mot de passe</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Many VICIdial servers use a self-signed certificate. ParkBar never turns certificate checks off: trust the server&apos;s own CA, or pin its certificate.</source>
        <translation>De nombreux serveurs VICIdial utilisent un certificat auto-signé. ParkBar ne désactive jamais la vérification des certificats&#xa0;: faites confiance à l&apos;autorité de certification (CA) du serveur, ou épinglez son certificat.</translation>
    </message>
    <message>
        <source>None: only the system&apos;s trusted CAs</source>
        <translation>Aucun&#xa0;: uniquement les CA approuvées par le système</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>Parcourir...</translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation>Choisir le fichier CA</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Fichier &amp;CA supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier CA supplémentaire</translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation>Le certificat du serveur</translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation>&amp;Obtenir le certificat</translation>
    </message>
    <message>
        <source>Fetch certificate</source>
        <translation>Obtenir le certificat</translation>
    </message>
    <message>
        <source>Connects to the server, reads the certificate it presents and hangs up without sending anything.</source>
        <translation>Se connecte au serveur, lit le certificat qu&apos;il présente et se déconnecte sans rien envoyer.</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>&amp;Pin this certificate</source>
        <translation>É&amp;pingler ce certificat</translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation>Épingler ce certificat</translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your server administrator gives you before you pin it.</source>
        <translation>Avant de l&apos;épingler, comparez l&apos;empreinte avec celle que vous donne l&apos;administrateur de votre serveur.</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>Choisir un fichier CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Connexion à %1...</translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation>Serveur&#xa0;: %1:%2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>Valide du %1 au %2</translation>
    </message>
    <message>
        <source>This computer already trusts it.</source>
        <translation>Cet ordinateur lui fait déjà confiance.</translation>
    </message>
    <message>
        <source>Not trusted by this computer: %1</source>
        <translation>Non approuvé par cet ordinateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>None: a fingerprint AB:CD:... or a public key sha256//...</source>
        <translation>Aucune : une empreinte AB:CD:... ou une clé publique sha256//...</translation>
    </message>
    <message>
        <source>&amp;Pinned certificate:</source>
        <translation>Certificat é&amp;pinglé :</translation>
    </message>
    <message>
        <source>Pin its public &amp;key</source>
        <translation>Épingler sa &amp;clé publique</translation>
    </message>
    <message>
        <source>Pin its public key</source>
        <translation>Épingler sa clé publique</translation>
    </message>
    <message>
        <source>Still valid when the server&apos;s certificate is renewed with the same key.</source>
        <translation>Reste valable quand le certificat du serveur est renouvelé avec la même clé.</translation>
    </message>
    <message>
        <source>Valid for exactly this certificate, until it is renewed.</source>
        <translation>Valable pour ce certificat précis, jusqu&apos;à son renouvellement.</translation>
    </message>
    <message>
        <source>Certificate warning</source>
        <translation>Alerte de certificat</translation>
    </message>
    <message>
        <source>Certificate SHA-256: %1</source>
        <translation>SHA-256 du certificat : %1</translation>
    </message>
    <message>
        <source>Public key: %1</source>
        <translation>Clé publique : %1</translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 non envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation>réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>No clear answer: the command may or may not have been stored. Check the agent&apos;s screen.</source>
        <translation>Pas de réponse claire&#xa0;: la commande a peut-être été enregistrée, ou non. Vérifiez l&apos;écran de l&apos;agent.</translation>
    </message>
    <message>
        <source>confirmation: confirmed: %1</source>
        <translation>confirmation&#xa0;: confirmée&#xa0;: %1</translation>
    </message>
    <message>
        <source>confirmation: cannot be seen: %1</source>
        <translation>confirmation&#xa0;: invérifiable&#xa0;: %1</translation>
    </message>
    <message>
        <source>confirmation: not carried out: %1</source>
        <translation>confirmation&#xa0;: non exécutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>confirmation: unknown: %1</source>
        <translation>confirmation&#xa0;: inconnue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Connecting to the server...</source>
        <translation>Connexion au serveur...</translation>
    </message>
    <message>
        <source>No answer from the server for %1 s.</source>
        <translation>Aucune réponse du serveur depuis %1&#xa0;s.</translation>
    </message>
    <message>
        <source>The server is slow to answer (%1 ms).</source>
        <translation>Le serveur répond lentement (%1&#xa0;ms).</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>The VICIdial server&apos;s base address, e.g. https://dialer.example.com</source>
        <translation>L&apos;adresse de base du serveur VICIdial, p.&#xa0;ex. https://dialer.example.com</translation>
    </message>
    <message>
        <source>The VICIdial API user ParkBar signs in as (not the agent)</source>
        <translation>L&apos;utilisateur API VICIdial sous lequel ParkBar se connecte (pas l&apos;agent)</translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login the bar acts for</source>
        <translation>L&apos;identifiant VICIdial de l&apos;agent pour lequel la barre agit</translation>
    </message>
    <message>
        <source>The source name sent with every request, 2 to 20 characters</source>
        <translation>Le nom de source envoyé avec chaque requête, de 2 à 20&#xa0;caractères</translation>
    </message>
    <message>
        <source>POST keeps the password out of web-server logs; GET only for servers that need it</source>
        <translation>POST garde le mot de passe hors des journaux du serveur web&#xa0;; GET uniquement pour les serveurs qui l&apos;exigent</translation>
    </message>
    <message>
        <source>How long to wait for one answer, in milliseconds</source>
        <translation>Délai d&apos;attente d&apos;une réponse, en millisecondes</translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for this server</source>
        <translation>Un fichier PEM de certificats CA supplémentaires à approuver pour ce serveur</translation>
    </message>
    <message>
        <source>Poll interval while a command waits for confirmation, in milliseconds</source>
        <translation>Intervalle d&apos;interrogation pendant qu&apos;une commande attend sa confirmation, en millisecondes</translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged in, in milliseconds</source>
        <translation>Intervalle d&apos;interrogation quand l&apos;agent est connecté, en millisecondes</translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged out, in milliseconds</source>
        <translation>Intervalle d&apos;interrogation quand l&apos;agent est déconnecté, en millisecondes</translation>
    </message>
    <message>
        <source>Longest wait between attempts while the server is unreachable, in milliseconds</source>
        <translation>Attente maximale entre deux essais quand le serveur est injoignable, en millisecondes</translation>
    </message>
    <message>
        <source>How long a command may take to show in the agent&apos;s state before it counts as not carried out, in milliseconds</source>
        <translation>Délai dont dispose une commande pour apparaître dans l&apos;état de l&apos;agent avant d&apos;être considérée comme non exécutée, en millisecondes</translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends a call</source>
        <translation>Demander confirmation avant «&#xa0;Raccr. tiers + récup.&#xa0;», qui met fin à un appel</translation>
    </message>
    <message>
        <source>The agent screen carries out SWAP and HANGUP values although the API builds look older than 240624</source>
        <translation>L&apos;écran agent exécute les valeurs SWAP et HANGUP bien que les builds des API semblent antérieurs à 240624</translation>
    </message>
    <message>
        <source>Per campaign id, its park IVR mode: DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN; unset means unknown</source>
        <translation>Pour chaque ID de campagne, son mode IVR de parcage&#xa0;: DISABLED, ENABLED, ENABLED_PARK_ONLY ou ENABLED_BUTTON_HIDDEN&#xa0;; non défini signifie inconnu</translation>
    </message>
    <message>
        <source>In-window key for Park (PARK_CUSTOMER)</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Parquer&#xa0;» (PARK_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Grab (GRAB_CUSTOMER)</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Récupérer&#xa0;» (GRAB_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Park IVR (PARK_IVR_CUSTOMER)</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Parquer IVR&#xa0;» (PARK_IVR_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Grab from IVR (GRAB_IVR_CUSTOMER)</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Récupérer depuis l&apos;IVR&#xa0;» (GRAB_IVR_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Park third party (PARK_XFER)</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Parquer le tiers&#xa0;» (PARK_XFER)</translation>
    </message>
    <message>
        <source>In-window key for Grab third party (GRAB_XFER)</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Récupérer le tiers&#xa0;» (GRAB_XFER)</translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_CUSTOMER</source>
        <translation>Touche dans la fenêtre pour SWAP_PARK_CUSTOMER</translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_XFER</source>
        <translation>Touche dans la fenêtre pour SWAP_PARK_XFER</translation>
    </message>
    <message>
        <source>In-window key for Hangup Xfer + Grab (HANGUP_XFER_GRAB_CUSTOMER)</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Raccr. tiers + récup.&#xa0;» (HANGUP_XFER_GRAB_CUSTOMER)</translation>
    </message>
    <message>
        <source>In-window key for Swap, which picks the SWAP value from who is parked</source>
        <translation>Touche dans la fenêtre pour «&#xa0;Permuter&#xa0;», qui choisit la valeur SWAP selon qui est parqué</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park</source>
        <translation>Raccourci global pour «&#xa0;Parquer&#xa0;»</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab</source>
        <translation>Raccourci global pour «&#xa0;Récupérer&#xa0;»</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park IVR</source>
        <translation>Raccourci global pour «&#xa0;Parquer IVR&#xa0;»</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab from IVR</source>
        <translation>Raccourci global pour «&#xa0;Récupérer depuis l&apos;IVR&#xa0;»</translation>
    </message>
    <message>
        <source>System-wide hotkey for Park third party</source>
        <translation>Raccourci global pour «&#xa0;Parquer le tiers&#xa0;»</translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab third party</source>
        <translation>Raccourci global pour «&#xa0;Récupérer le tiers&#xa0;»</translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_CUSTOMER</source>
        <translation>Raccourci global pour SWAP_PARK_CUSTOMER</translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_XFER</source>
        <translation>Raccourci global pour SWAP_PARK_XFER</translation>
    </message>
    <message>
        <source>System-wide hotkey for Hangup Xfer + Grab</source>
        <translation>Raccourci global pour «&#xa0;Raccr. tiers + récup.&#xa0;»</translation>
    </message>
    <message>
        <source>System-wide hotkey for Swap</source>
        <translation>Raccourci global pour «&#xa0;Permuter&#xa0;»</translation>
    </message>
    <message>
        <source>Lay the bar out in a row or a column</source>
        <translation>Disposer la barre en ligne ou en colonne</translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation>Icônes seules, boutons plus petits</translation>
    </message>
    <message>
        <source>Keep the bar above other windows</source>
        <translation>Garder la barre au-dessus des autres fenêtres</translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these campaigns (empty: all the API user may see)</source>
        <translation>Le mode superviseur affiche les agents de ces campagnes (vide&#xa0;: toutes celles que l&apos;utilisateur API peut voir)</translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these user groups (empty: all)</source>
        <translation>Le mode superviseur affiche les agents de ces groupes d&apos;utilisateurs (vide&#xa0;: tous)</translation>
    </message>
    <message>
        <source>Open the supervisor table instead of the bar</source>
        <translation>Ouvrir le tableau superviseur au lieu de la barre</translation>
    </message>
    <message>
        <source>The audit log rotates at this size, in bytes; three older files are kept</source>
        <translation>Le journal d&apos;audit change de fichier à cette taille, en octets&#xa0;; trois fichiers plus anciens sont conservés</translation>
    </message>
    <message>
        <source>The profile used last, opened at start</source>
        <translation>Le dernier profil utilisé, ouvert au démarrage</translation>
    </message>
    <message>
        <source>Seconds a customer may stay parked before the bar warns</source>
        <translation>Secondes pendant lesquelles un client peut rester parqué avant que la barre n&apos;avertisse</translation>
    </message>
    <message>
        <source>Seconds parked before the bar and the tray call for attention urgently</source>
        <translation>Secondes de parcage au-delà desquelles la barre et la zone de notification alertent d&apos;urgence</translation>
    </message>
    <message>
        <source>The language of the program; &quot;system&quot; follows the desktop</source>
        <translation>La langue du programme&#xa0;; «&#xa0;system&#xa0;» suit celle du bureau</translation>
    </message>
    <message>
        <source>The parkbar-hub this profile follows instead of polling, e.g. wss://hub.example.com:8765; empty: the bar polls the server itself</source>
        <translation>Le parkbar-hub que ce profil suit au lieu d&apos;interroger, p. ex. wss://hub.example.com:8765 ; vide : la barre interroge le serveur elle-même</translation>
    </message>
    <message>
        <source>The desk&apos;s hub token when the administrator deploys it with the desk; otherwise it is kept in the keychain</source>
        <translation>Le jeton du hub de ce poste lorsque l&apos;administrateur le déploie avec le poste ; sinon il est conservé dans le trousseau</translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for the hub</source>
        <translation>Un fichier PEM de certificats d&apos;AC supplémentaires à approuver pour le hub</translation>
    </message>
    <message>
        <source>The hub certificate&apos;s SHA-256 fingerprint, accepted even when self-signed</source>
        <translation>L&apos;empreinte SHA-256 du certificat du hub, acceptée même s&apos;il est auto-signé</translation>
    </message>
    <message>
        <source>The pinned server certificate, accepted even when self-signed or expired: its SHA-256 fingerprint, or its public key in curl&apos;s form sha256//BASE64 (several joined by ;)</source>
        <translation>Le certificat du serveur épinglé, accepté même auto-signé ou expiré : son empreinte SHA-256, ou sa clé publique sous la forme de curl sha256//BASE64 (plusieurs séparées par ;)</translation>
    </message>
    <message>
        <source>How to reach the server: system (the system&apos;s proxy settings), none (directly), or an HTTP proxy&apos;s address such as http://proxy.example.com:3128</source>
        <translation>Comment joindre le serveur : system (les réglages de proxy du système), none (directement) ou l&apos;adresse d&apos;un proxy HTTP comme http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>feed: the hub pushes the floor and the desk keeps the API password; gateway: the hub also sends the commands and holds the API password, the desk holds none</source>
        <translation>feed&#xa0;: le hub pousse le plateau et le poste garde le mot de passe de l&apos;API&#xa0;; gateway&#xa0;: le hub envoie aussi les commandes et détient le mot de passe de l&apos;API, le poste n&apos;en détient aucun</translation>
    </message>
</context>
<context>
    <name>SettingBinder</name>
    <message>
        <source>Set by your administrator</source>
        <translation>Défini par votre administrateur</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>ParkBar settings</source>
        <translation>Paramètres de ParkBar</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation>Pas encore enregistré&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de paramètres %1.</translation>
    </message>
</context>
<context>
    <name>SettingsValidation</name>
    <message>
        <source>Enter the server&apos;s address, for example https://dialer.example.com</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://dialer.example.com</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://) followed by the server&apos;s name.</source>
        <translation>L&apos;adresse doit commencer par https:// (ou http://) suivi du nom du serveur.</translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation>L&apos;adresse ne contient pas de nom de serveur.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the fields below.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#xa0;; utilisez les champs ci-dessous.</translation>
    </message>
    <message>
        <source>Plain http sends the API password unencrypted. Use https if the server offers it.</source>
        <translation>Le http simple envoie le mot de passe API en clair. Utilisez https si le serveur le propose.</translation>
    </message>
    <message>
        <source>The source must be 2 to 20 characters; the server refuses anything else.</source>
        <translation>La source doit compter de 2 à 20&#xa0;caractères&#xa0;; le serveur refuse toute autre valeur.</translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation>Doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>The critical park limit must be longer than the warning limit.</source>
        <translation>La limite critique de parcage doit être plus longue que la limite d&apos;avertissement.</translation>
    </message>
    <message>
        <source>VICIdial hangs up a parked caller after about 30 minutes; warn before that.</source>
        <translation>VICIdial raccroche un appelant parqué au bout d&apos;environ 30&#xa0;minutes&#xa0;; avertissez avant.</translation>
    </message>
    <message>
        <source>This password contains characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so the password can work for parking yet always fail when ParkBar reads the agent&apos;s state, and repeated failures lock the API user. Use a password of letters, digits, - and _ only.</source>
        <translation>Ce mot de passe contient des caractères autres que des lettres, des chiffres, - et _. L&apos;API non-agent de VICIdial les supprime&#xa0;: le mot de passe peut donc fonctionner pour parquer, mais échouer systématiquement quand ParkBar lit l&apos;état de l&apos;agent, et les échecs répétés verrouillent l&apos;utilisateur API. Utilisez un mot de passe composé uniquement de lettres, de chiffres, de - et de _.</translation>
    </message>
    <message>
        <source>A pin is the certificate&apos;s SHA-256 fingerprint (64 hexadecimal digits, optionally in pairs separated by colons) or a public-key pin sha256// followed by 44 characters of base64; separate several with ;.</source>
        <translation>Une épingle est l&apos;empreinte SHA-256 du certificat (64 chiffres hexadécimaux, éventuellement par paires séparées par des deux-points) ou une épingle de clé publique sha256// suivie de 44 caractères de base64 ; séparez-en plusieurs par ;.</translation>
    </message>
    <message>
        <source>Do not put the proxy&apos;s password in the address: ParkBar asks for it when the proxy wants it and keeps it in the keychain.</source>
        <translation>Ne mettez pas le mot de passe du proxy dans l&apos;adresse : ParkBar le demande quand le proxy l&apos;exige et le garde dans le trousseau.</translation>
    </message>
    <message>
        <source>Enter system, none, or the proxy&apos;s address such as http://proxy.example.com:3128.</source>
        <translation>Saisissez system, none ou l&apos;adresse du proxy, comme http://proxy.example.com:3128.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation>L&apos;agent %1 n&apos;existe pas sur ce serveur.</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation>État de l&apos;agent</translation>
    </message>
    <message>
        <source>Park timer</source>
        <translation>Durée de parcage</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
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
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation>Parqué depuis %1</translation>
    </message>
    <message>
        <source>Last known: %1</source>
        <translation>Dernier état connu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Via hub</source>
        <translation>Via le hub</translation>
    </message>
    <message>
        <source>Direct: the hub refused this desk</source>
        <translation>Direct : le hub a refusé ce poste</translation>
    </message>
    <message>
        <source>Direct: the hub has no data</source>
        <translation>Direct : le hub n&apos;a pas de données</translation>
    </message>
    <message>
        <source>Direct: the hub stopped answering</source>
        <translation>Direct : le hub ne répond plus</translation>
    </message>
    <message>
        <source>Direct: the hub does not answer yet</source>
        <translation>Direct : le hub ne répond pas encore</translation>
    </message>
    <message>
        <source>Direct: hub unreachable</source>
        <translation>Direct : hub injoignable</translation>
    </message>
    <message>
        <source>The hub refused this desk</source>
        <translation>Le hub a refusé ce poste</translation>
    </message>
    <message>
        <source>The hub has no data</source>
        <translation>Le hub n&apos;a pas de données</translation>
    </message>
    <message>
        <source>The hub stopped answering</source>
        <translation>Le hub ne répond plus</translation>
    </message>
    <message>
        <source>Connecting to the hub...</source>
        <translation>Connexion au hub...</translation>
    </message>
    <message>
        <source>Hub unreachable</source>
        <translation>Hub injoignable</translation>
    </message>
    <message>
        <source>Certificate warning</source>
        <translation>Alerte de certificat</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>In call</source>
        <translation>En appel</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Call arriving</source>
        <translation>Appel en arrivée</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation>En pause (%1)</translation>
    </message>
    <message>
        <source>Waiting for inbound calls</source>
        <translation>En attente d&apos;appels entrants</translation>
    </message>
    <message>
        <source>customer parked</source>
        <translation>client parqué</translation>
    </message>
    <message>
        <source>customer in park IVR</source>
        <translation>client dans l&apos;IVR de parcage</translation>
    </message>
    <message>
        <source>customer hung up</source>
        <translation>le client a raccroché</translation>
    </message>
    <message>
        <source>writing disposition</source>
        <translation>qualification en cours</translation>
    </message>
    <message>
        <source>3-way call</source>
        <translation>appel à trois</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonnerie</translation>
    </message>
    <message>
        <source>previewing lead</source>
        <translation>prévisualisation de la fiche</translation>
    </message>
    <message>
        <source>dialling</source>
        <translation>numérotation</translation>
    </message>
    <message>
        <source>third party parked</source>
        <translation>tiers parqué</translation>
    </message>
    <message>
        <source>%1, third party parked</source>
        <translation>%1, tiers parqué</translation>
    </message>
    <message>
        <source>no lead</source>
        <translation>pas de fiche</translation>
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
        <translation>Session fermée&#xa0;: les requêtes vers ce serveur sont arrêtées.</translation>
    </message>
</context>
<context>
    <name>SupervisorController</name>
    <message>
        <source>The floor could not be updated: %1</source>
        <translation>Impossible de mettre à jour le plateau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Updating every %1 s: the floor is large and answers take %2 ms. To update more often, narrow it to your campaigns or user groups in Settings &gt; Supervisor.</source>
        <translation>Mise à jour toutes les %1&#xa0;s&#xa0;: le plateau est grand et les réponses prennent %2&#xa0;ms. Pour des mises à jour plus fréquentes, limitez-le à vos campagnes ou groupes d&apos;utilisateurs dans Paramètres &gt; Superviseur.</translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor mode shows every logged-in agent of these campaigns and user groups in one table, read with one logged_in_agents request per poll. Leave a field empty for all that the API user may see.</source>
        <translation>Le mode superviseur affiche dans un seul tableau chaque agent connecté de ces campagnes et groupes d&apos;utilisateurs, lu par une seule requête logged_in_agents par interrogation. Laissez un champ vide pour tout ce que l&apos;utilisateur API peut voir.</translation>
    </message>
    <message>
        <source>e.g. SALES, SUPPORT</source>
        <translation>p.&#xa0;ex. SALES, SUPPORT</translation>
    </message>
    <message>
        <source>&amp;Campaigns:</source>
        <translation>&amp;Campagnes&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. AGENTS, TEAM2</source>
        <translation>p.&#xa0;ex. AGENTS, TEAM2</translation>
    </message>
    <message>
        <source>&amp;User groups:</source>
        <translation>&amp;Groupes d&apos;utilisateurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>Open in supervisor mode</source>
        <translation>Ouvrir en mode superviseur</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Filter by agent, name, campaign, group or status</source>
        <translation>Filtrer par agent, nom, campagne, groupe ou statut</translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation>Filtrer les agents</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Select an agent in the table to act for them.</source>
        <translation>Sélectionnez un agent dans le tableau pour agir à sa place.</translation>
    </message>
    <message>
        <source>Agents: %1 · Parked: %2 · Overdue: %3</source>
        <translation>Agents&#xa0;: %1 · Parqués&#xa0;: %2 · Hors délai&#xa0;: %3</translation>
    </message>
    <message>
        <source>Agents: %1 · Parked: %2</source>
        <translation>Agents&#xa0;: %1 · Parqués&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>expected NAME ROLE SHA256 [key=value...]</source>
        <translation>attendu NOM RÔLE SHA256 [clé=valeur...]</translation>
    </message>
    <message>
        <source>the name may hold only letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; and &apos;@&apos; (at most 64)</source>
        <translation>le nom ne peut contenir que des lettres, des chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; et &apos;@&apos; (64 au plus)</translation>
    </message>
    <message>
        <source>the role must be bar or supervisor</source>
        <translation>le rôle doit être bar ou supervisor</translation>
    </message>
    <message>
        <source>the third field must be the token&apos;s SHA-256 in 64 hex digits</source>
        <translation>le troisième champ doit être le SHA-256 du jeton en 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;: this hub does not know that binding, so the token is refused</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#xa0;: ce hub ne connaît pas ce lien, le jeton est donc refusé</translation>
    </message>
    <message>
        <source>a token is bound to an agent or to a phone, not both</source>
        <translation>un jeton est lié à un agent ou à un téléphone, pas aux deux</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>le nom %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>the same token is listed twice</source>
        <translation>le même jeton figure deux fois</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the tokens file %1: %2</source>
        <translation>impossible de lire le fichier de jetons %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a token named %1 exists already: delete its line to revoke it first</source>
        <translation>un jeton nommé %1 existe déjà&#xa0;: supprimez sa ligne pour le révoquer d&apos;abord</translation>
    </message>
    <message>
        <source>cannot write the tokens file %1: %2</source>
        <translation>impossible d&apos;écrire le fichier de jetons %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrayBridge</name>
    <message>
        <source>Not available: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>ParkBar</source>
        <translation>ParkBar</translation>
    </message>
    <message>
        <source>No agent is selected, so the hotkey did nothing.</source>
        <translation>Aucun agent n&apos;est sélectionné&#xa0;: le raccourci global n&apos;a rien fait.</translation>
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
        <translation>Afficher ParkBar</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Parked caller about to be dropped</source>
        <translation>Appelant parqué sur le point d&apos;être coupé</translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2. The server hangs up parked callers after about half an hour: grab them now.</source>
        <translation>Le client de l&apos;agent %1 est parqué depuis %2. Le serveur raccroche les appelants parqués au bout d&apos;environ une demi-heure&#xa0;: récupérez-le maintenant.</translation>
    </message>
    <message>
        <source>Customer still parked</source>
        <translation>Client toujours parqué</translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2.</source>
        <translation>Le client de l&apos;agent %1 est parqué depuis %2.</translation>
    </message>
</context>
<context>
    <name>WindowsHotkeyBackend</name>
    <message>
        <source>Windows did not let ParkBar listen for global hotkeys; the in-window shortcuts still work.</source>
        <translation>Windows n&apos;a pas autorisé ParkBar à écouter les raccourcis globaux&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>WireClient</name>
    <message>
        <source>Not sent: requests to this server are stopped until the settings change or you press Retry. %1</source>
        <translation>Non envoyé&#xa0;: les requêtes vers ce serveur sont arrêtées jusqu&apos;à ce que les paramètres changent ou que vous appuyiez sur «&#xa0;Réessayer&#xa0;». %1</translation>
    </message>
    <message>
        <source>Not sent: the source name must be 2 to 20 characters.</source>
        <translation>Non envoyé&#xa0;: le nom de source doit compter de 2 à 20&#xa0;caractères.</translation>
    </message>
    <message>
        <source>Not sent: no server address is set.</source>
        <translation>Non envoyé&#xa0;: aucune adresse de serveur n&apos;est définie.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Aucune réponse en %1&#xa0;ms.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>(redirects to %1)</source>
        <translation>(redirige vers %1)</translation>
    </message>
    <message>
        <source>certificate SHA-256 %1, public key %2</source>
        <translation>SHA-256 du certificat %1, clé publique %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not the pinned one (%1; pinned: %2)</source>
        <translation>le certificat du serveur n&apos;est pas celui épinglé (%1 ; épinglé : %2)</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expired on %2. ParkBar connects only if it is pinned; ask the server&apos;s administrator to renew it.</source>
        <translation>Le certificat du serveur (%1) a expiré le %2. ParkBar ne se connecte que s&apos;il est épinglé ; demandez à l&apos;administrateur du serveur de le renouveler.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expired on %2. ParkBar still connects because it is pinned; ask the server&apos;s administrator to renew it.</source>
        <translation>Le certificat du serveur (%1) a expiré le %2. ParkBar se connecte encore parce qu&apos;il est épinglé ; demandez à l&apos;administrateur du serveur de le renouveler.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate (%1) expires on %2. Ask the server&apos;s administrator to renew it before then.</source>
        <translation>Le certificat du serveur (%1) expire le %2. Demandez à l&apos;administrateur du serveur de le renouveler d&apos;ici là.</translation>
    </message>
    <message>
        <source>of this computer</source>
        <translation>de cet ordinateur</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password.</source>
        <translation>Le proxy %1 n&apos;a pas accepté le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password.</source>
        <translation>Le proxy %1 demande un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>the connection closed after the command was sent, before any answer; it was not sent again</source>
        <translation>la connexion s&apos;est fermée après l&apos;envoi de la commande, avant toute réponse ; elle n&apos;a pas été renvoyée</translation>
    </message>
    <message>
        <source>Not sent: the API password has characters that the server&apos;s non-agent API removes (it keeps only letters, digits, - and _), so reading the agent&apos;s state would always fail and count towards the account lockout. Use a password of letters, digits, - and _, then press Retry.</source>
        <translation>Requête non envoyée&#xa0;: le mot de passe API contient des caractères que l&apos;API non-agent du serveur supprime (elle ne garde que les lettres, les chiffres, - et _)&#xa0;; la lecture de l&apos;état de l&apos;agent échouerait donc toujours et compterait pour le verrouillage du compte. Utilisez un mot de passe fait de lettres, de chiffres, de - et de _, puis cliquez sur Réessayer.</translation>
    </message>
</context>
<context>
    <name>X11HotkeyBackend</name>
    <message>
        <source>There is no X11 display (DISPLAY is not set); the in-window shortcuts still work.</source>
        <translation>Aucun affichage X11 (DISPLAY n&apos;est pas défini)&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
    <message>
        <source>Cannot connect to the X11 display %1; the in-window shortcuts still work.</source>
        <translation>Impossible de se connecter à l&apos;affichage X11 %1&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
    <message>
        <source>The connection to the X11 display was lost; the in-window shortcuts still work.</source>
        <translation>La connexion à l&apos;affichage X11 a été perdue&#xa0;; les raccourcis dans la fenêtre fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run against the built-in VICIdial simulator.</source>
        <translation>Utilise le simulateur VICIdial intégré.</translation>
    </message>
    <message>
        <source>Show every agent of the floor.</source>
        <translation>Affiche tous les agents du plateau.</translation>
    </message>
    <message>
        <source>Supervisor mode: only these campaigns (comma-separated).</source>
        <translation>Mode superviseur&#xa0;: uniquement ces campagnes (séparées par des virgules).</translation>
    </message>
    <message>
        <source>Supervisor mode: only these user groups (comma-separated).</source>
        <translation>Mode superviseur&#xa0;: uniquement ces groupes d&apos;utilisateurs (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Print where the audit log is written, then exit.</source>
        <translation>Affiche l&apos;emplacement du journal d&apos;audit, puis quitte.</translation>
    </message>
    <message>
        <source>Park and grab buttons for VICIdial agents and supervisors.</source>
        <translation>Boutons de parcage et de récupération pour les agents et superviseurs VICIdial.</translation>
    </message>
</context>
<context>
    <name>parkbar-hub</name>
    <message>
        <source>parkbar-hub: --issue-token needs --role bar or --role supervisor</source>
        <translation>parkbar-hub&#xa0;: --issue-token demande --role bar ou --role supervisor</translation>
    </message>
    <message>
        <source>parkbar-hub: %1</source>
        <translation>parkbar-hub&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token for %1 (%2) is shown only this once. Its hash was added to %3; reload the hub (systemctl reload parkbar-hub) to accept it.</source>
        <translation>Le jeton de %1 (%2) n&apos;est affiché que cette fois. Son hachage a été ajouté à %3&#xa0;; rechargez le hub (systemctl reload parkbar-hub) pour l&apos;accepter.</translation>
    </message>
    <message>
        <source>Reads a VICIdial floor&apos;s agent states once per interval and pushes every change to the ParkBar bars and supervisor windows that subscribe.</source>
        <translation>Lit les états des agents d&apos;un plateau VICIdial une fois par intervalle et envoie chaque changement aux barres ParkBar et fenêtres de superviseur abonnées.</translation>
    </message>
    <message>
        <source>The configuration file (default %1).</source>
        <translation>Le fichier de configuration (par défaut %1).</translation>
    </message>
    <message>
        <source>Check the configuration, read the source once, say what would be served, and exit.</source>
        <translation>Vérifie la configuration, lit la source une fois, indique ce qui serait servi, puis quitte.</translation>
    </message>
    <message>
        <source>Make a new token with this name, print it once and add its hash to the tokens file.</source>
        <translation>Crée un nouveau jeton avec ce nom, l&apos;affiche une fois et ajoute son hachage au fichier de jetons.</translation>
    </message>
    <message>
        <source>The new token&apos;s role: bar or supervisor.</source>
        <translation>Le rôle du nouveau jeton&#xa0;: bar ou supervisor.</translation>
    </message>
    <message>
        <source>The new token sees only these campaigns (comma-separated).</source>
        <translation>Le nouveau jeton ne voit que ces campagnes (séparées par des virgules).</translation>
    </message>
    <message>
        <source>The new token sees only these user groups (comma-separated).</source>
        <translation>Le nouveau jeton ne voit que ces groupes d&apos;utilisateurs (séparés par des virgules).</translation>
    </message>
    <message>
        <source>Bind the new token to this agent login.</source>
        <translation>Lie le nouveau jeton à cet identifiant d&apos;agent.</translation>
    </message>
    <message>
        <source>Bind the new token to this phone (gateway mode).</source>
        <translation>Lie le nouveau jeton à ce téléphone (mode passerelle).</translation>
    </message>
    <message>
        <source>The tokens file to add to (default: the configuration&apos;s).</source>
        <translation>Le fichier de jetons où ajouter (par défaut&#xa0;: celui de la configuration).</translation>
    </message>
    <message>
        <source>--issue-tokens needs --phones FILE, a readable file with one phone (SIP/1000) per line</source>
        <translation>--issue-tokens demande --phones FICHIER, un fichier lisible avec un téléphone (SIP/1000) par ligne</translation>
    </message>
    <message>
        <source>cannot create %1 (it must not exist yet): %2</source>
        <translation>impossible de créer %1 (il ne doit pas encore exister)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Make one bar token bound to each phone of --phones, print them once and add their hashes to the tokens file.</source>
        <translation>Crée un jeton de barre lié à chaque téléphone de --phones, les affiche une fois et ajoute leurs empreintes au fichier de jetons.</translation>
    </message>
    <message>
        <source>A file with one phone (SIP/1000) per line, for --issue-tokens.</source>
        <translation>Un fichier avec un téléphone (SIP/1000) par ligne, pour --issue-tokens.</translation>
    </message>
    <message>
        <source>Write the new tokens to this new file, readable by its owner only, instead of stdout.</source>
        <translation>Écrit les nouveaux jetons dans ce nouveau fichier, lisible par son seul propriétaire, au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>%1 tokens bound to phones were written to %2 (name, phone, token per line). Their hashes were added to %3; reload the hub (systemctl reload parkbar-hub) to accept them.</source>
        <translation>%1 jetons liés à des téléphones ont été écrits dans %2 (nom, téléphone, jeton par ligne). Leurs empreintes ont été ajoutées à %3&#xa0;; rechargez le hub (systemctl reload parkbar-hub) pour les accepter.</translation>
    </message>
    <message>
        <source>%1 tokens bound to phones were made (name, phone, token per line), shown only this once. Their hashes were added to %2; reload the hub (systemctl reload parkbar-hub) to accept them.</source>
        <translation>%1 jetons liés à des téléphones ont été créés (nom, téléphone, jeton par ligne), affichés cette seule fois. Leurs empreintes ont été ajoutées à %2&#xa0;; rechargez le hub (systemctl reload parkbar-hub) pour les accepter.</translation>
    </message>
</context>
<context>
    <name>parkbar-sim</name>
    <message>
        <source>A simulated VICIdial server for ParkBar: the agent API and the non-agent API, with simulated agents and their screens.</source>
        <translation>Un serveur VICIdial simulé pour ParkBar&#xa0;: l&apos;API agent et l&apos;API non-agent, avec des agents simulés et leurs écrans.</translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation>Port d&apos;écoute&#xa0;; 0 en choisit un libre.</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d&apos;écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>The agent API&apos;s build, as YYMMDD-HHMM.</source>
        <translation>Le build de l&apos;API agent, au format YYMMDD-HHMM.</translation>
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
        <translation>nom</translation>
    </message>
    <message>
        <source>Number of agents for the floor scenario.</source>
        <translation>Nombre d&apos;agents du scénario floor.</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Milliseconds before an agent&apos;s screen carries out a command.</source>
        <translation>Millisecondes avant que l&apos;écran d&apos;un agent exécute une commande.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Milliseconds before a customer comes back from the park IVR.</source>
        <translation>Millisecondes avant qu&apos;un client revienne de l&apos;IVR de parcage.</translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation>port invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid address: %1</source>
        <translation>adresse invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown scenario: %1</source>
        <translation>scénario inconnu&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid number of agents: %1</source>
        <translation>nombre d&apos;agents invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid agent screen delay: %1</source>
        <translation>délai d&apos;exécution de l&apos;écran agent invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid IVR return time: %1</source>
        <translation>délai de retour de l&apos;IVR invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid build, expected YYMMDD-HHMM: %1</source>
        <translation>build invalide, format attendu YYMMDD-HHMM&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: listening on %1, not a loopback address: anyone who can reach it can use this simulator.</source>
        <translation>avertissement&#xa0;: écoute sur %1, qui n&apos;est pas une adresse de bouclage&#xa0;: toute personne pouvant la joindre peut utiliser ce simulateur.</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2</source>
        <translation>impossible d&apos;écouter sur %1, port %2</translation>
    </message>
    <message>
        <source>Mirror the floor into VICIdial&apos;s floor tables in this MariaDB/MySQL database (created when missing), for parkbar-hub&apos;s database source.</source>
        <translation>Reproduit le plateau dans les tables de plateau de VICIdial de cette base de données MariaDB/MySQL (créées si elles manquent), pour la source base de données de parkbar-hub.</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base</translation>
    </message>
    <message>
        <source>The mirror database&apos;s host (default 127.0.0.1).</source>
        <translation>L&apos;hôte de la base de données miroir (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>The mirror database&apos;s port (default 3306).</source>
        <translation>Le port de la base de données miroir (par défaut 3306).</translation>
    </message>
    <message>
        <source>The mirror database&apos;s Unix socket, instead of host and port.</source>
        <translation>Le socket Unix de la base de données miroir, au lieu de l&apos;hôte et du port.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>The mirror database&apos;s account; it writes the six floor tables.</source>
        <translation>Le compte de la base de données miroir&#xa0;; il écrit les six tables de plateau.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>A file whose first line is the mirror account&apos;s password; without it, the environment variable PARKBAR_SIM_DB_PASSWORD.</source>
        <translation>Un fichier dont la première ligne est le mot de passe du compte miroir&#xa0;; sans lui, la variable d&apos;environnement PARKBAR_SIM_DB_PASSWORD.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>invalid mirror database port: %1</source>
        <translation>port de la base de données miroir invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the mirror database&apos;s password file: %1</source>
        <translation>impossible de lire le fichier de mot de passe de la base de données miroir&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot mirror the floor into the database: %1</source>
        <translation>impossible de reproduire le plateau dans la base de données&#xa0;: %1</translation>
    </message>
</context>
</TS>
