<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ActionRules</name>
    <message>
        <source>Signed out: requests to this server are stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s state is out of date: no answer from the server for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1 on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead on the agent&apos;s screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server looks older than %1 (newest build seen: %2); %3 needs newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The park IVR mode of campaign %1 is not set. If it has a park IVR, set its mode in Settings (a park into a missing IVR drops the caller)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 has no park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 does not allow grabbing back from the park IVR: the customer returns when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has ended: the agent is writing the disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call is connected yet: the lead is in preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call is connected yet: the phone is ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call is connected yet: the number is being dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is not in a call (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows a call state this program does not know (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the parked third party back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the customer: they hear hold music until grabbed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is already parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is in the park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the parked customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the customer to the park IVR of campaign %1; they come back by themselves when it ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is parked: bring them back first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is already in the park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the customer back from the park IVR now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is not in the park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third party is already parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the third-party line (the server shows another party on this call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the third-party line, if there is one: the server does not report whether a third party is on the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No third party was parked from this bar (one parked in the VICIdial screen cannot be seen here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No third party was parked from this bar to swap with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the customer and bring the parked third party back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third party is already parked: use Grab to bring the customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the third party and bring the customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park the third-party line (if there is one: the server cannot tell) and bring the customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up the third party and bring the parked customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up the third-party line (if there is one) and bring the parked customer back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the previous command to finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentBar</name>
    <message>
        <source>%1 is not available: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <source>The server stored %1 for agent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is not logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 has no lead on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept the value &quot;%1&quot; for agent %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user %1 is not allowed to use %2. Ask the VICIdial administrator to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: wrong API user or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the server has locked API user %1 for 15 minutes after too many failed logins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept requests from this computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent API is switched off on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the source name: it must be 2 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents are logged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error page instead of an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command for agent %1 is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Demo: ParkBar is talking to a simulated VICIdial server on this computer (%1). Nothing here reaches a real call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParkBar (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Enter your VICIdial server, API user and agent in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is set for this profile. Enter the agent&apos;s VICIdial login in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent is selected, so the hotkey did nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParkBar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ParkBar: command history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ParkBar %1&lt;/b&gt;&lt;br&gt;Park and grab buttons for VICIdial agents and supervisors.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearancePage</name>
    <message>
        <source>Horizontal: a row of buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical: a column of buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on top of other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when ParkBar starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogView</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the audit log&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commands recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n most recent commands, newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ParkBar audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Every command is written to the audit log: when it was sent, the agent, the command, the server&apos;s answer (passwords removed) and whether the agent&apos;s state confirmed it. Hand the file to QA as it is; each line is one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three older files are kept beside it (audit.1.jsonl is the newest of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the audit log&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviourPage</name>
    <message>
        <source>Reading the agent&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a command is &amp;confirmed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent &amp;logged in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent logged &amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest &amp;back-off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every poll adds work on the shared server; the agent&apos;s own screen already polls once a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands and parked callers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firmation timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn when parked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ritical when parked for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends the third party&apos;s call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang&amp;up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Park IVR mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DISABLED: no park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED: park to IVR and grab back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED_PARK_ONLY: no grab back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENABLED_BUTTON_HIDDEN: screen button hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VICIdial does not tell ParkBar whether a campaign has a park IVR (its ivr_park_call setting). Enter it here, as your VICIdial administrator set it. A campaign that is not listed is unknown: the Park IVR button stays off with that reason. Do not mark a campaign as having a park IVR it does not have: a park to an IVR that does not exist drops the caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park IVR mode per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Old builds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent screen supports SWAP and HANGUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SWAP and HANGUP values need the agent screen of build 240624 or newer, which reports its build nowhere. ParkBar goes by the newest of the API builds and turns these buttons off below 240624. Tick this only when you know the agents&apos; screens are newer than the APIs; ParkBar still checks each command in the agent&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFetcher</name>
    <message>
        <source>The server did not complete a TLS handshake in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an https:// server address first: plain http has no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no TLS support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>Print the agent&apos;s state and which actions are possible, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one park_call value (%1) through the same rules as the buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --send: wait until the agent&apos;s state shows the command carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VICIdial server&apos;s address, e.g. https://dialer.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API user. Its password comes from the environment variable PARKBAR_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source name the server logs (2 to 20 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests as GET instead of POST (puts the password in the server&apos;s access logs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for each answer, in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: use PARKBAR_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password is not accepted: a password on the command line can be read by every user of this computer and stays in the shell history. Put it in the environment variable PARKBAR_PASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status and --send cannot be used together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confirm only goes with --send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send: &quot;%1&quot; is not a park_call value; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agent needs the agent&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: put no user or password in the address; use --user and PARKBAR_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source: the source name must be 2 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: --get puts the API password into the server&apos;s access logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout: give a number of milliseconds from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRequest</name>
    <message>
        <source>Missing: %1 (the API password comes from the environment variable PARKBAR_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliText</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1: not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sub status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1: %2, %3, %4, campaign %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: slow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: offline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection: signed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: agent API %1, non-agent API %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the administrator says the agent screen supports Swap and Hangup Xfer + Grab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>park IVR: campaign %1, mode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandFeedback</name>
    <message>
        <source>Last command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandText</name>
    <message>
        <source>Connecting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow server (%1 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, retrying in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, retrying now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sending...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no clear answer (%2). It may or may not have been done: watch the state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent, waiting for the agent&apos;s screen...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done, confirmed after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not carried out. The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent, but whether it happened cannot be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationTracker</name>
    <message>
        <source>The server shows the customer parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer shows the customer parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state came from the server since the command was sent: cannot tell whether it was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored, and the agent&apos;s state does not show it carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server shows a 3-way call, which can hide a park: cannot tell whether it was carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no clear answer, so the command may or may not have been stored; the third-party line cannot be seen to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. The server does not show the third-party line, so this cannot be confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial screen has not acted on it. Is it open?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile is one server and agent; the bar uses the selected one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login, e.g. 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET (puts the password in web-server logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the server for its version and the agent&apos;s state once, with the values above, without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved password...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>No agent entered, so the agent&apos;s state was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password entered, so the agent&apos;s state was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s state was not read: the non-agent API would alter this password and count a failed login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: version %2, build %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-agent API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 is %2 in campaign %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, with lead %1 on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, without a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No keychain is available on this computer, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the Windows Credential Manager, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the macOS Keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in the desktop keyring (Secret Service), never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password comes from the PARKBAR_PASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address and API user first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access, so ParkBar will ask for the password each time it starts and never writes it to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Cannot create a temporary folder for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in VICIdial simulator could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloorModel</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PARK (IVR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalHotkeyBackendFactory</name>
    <message>
        <source>This build of ParkBar has no X11 hotkey support; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No X11 or Wayland display was found; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global hotkeys are not supported on this system; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Command history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  agent %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotkeyRecorder</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, then press the key combination. Backspace clears it; Escape keeps the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a key combination…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotkeySection</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotkeySettingsPage</name>
    <message>
        <source>System-wide hotkeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotkey for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the hotkey for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the hotkey for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop will confirm this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free: works in every window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; not active on this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These keys work while any window has focus, including the VICIdial screen. A hotkey does exactly what its button on the bar does, and nothing while that button is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are paused while this page is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop decides the final keys and may ask you to confirm them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HotkeyTarget</name>
    <message>
        <source>Swap (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hotkeys</name>
    <message>
        <source>No key combination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a single key combination, such as Ctrl+Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a key to the modifier, such as Ctrl+Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Ctrl, Alt or the Windows/Super key: a plain key would stop working in every other program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in every window (the desktop set it to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in every window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is also set for “%2”; neither works until one is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be typed on this keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but not active on this desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the desktop to confirm the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not assign a key; check its keyboard settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while the hotkey settings are open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyboardPage</name>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab from IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: park customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: park third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts in the ParkBar window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global hotkeys (work while another window has the focus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a field and press the keys; the small cross clears it. Empty means no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hotkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ParkBar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server once more with the same credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertical layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ParkBar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ParkBar has stopped asking the server, so the account is not locked. Check the settings, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkAction</name>
    <message>
        <source>Park customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park customer in IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab customer from IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: park customer, grab third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap: park third party, grab customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up third party and grab customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkCallService</name>
    <message>
        <source>Not sent: a command for agent %1 is already on its way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkToolbar</name>
    <message>
        <source>Park controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangup Xfer + Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap (automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More %1 actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up the third party?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up the third party and bring agent %1&apos;s customer back from park?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ends the third party&apos;s call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up and grab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>ParkBar: API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of API user &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password has characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so reading the agent&apos;s state would always fail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalHotkeyBackend</name>
    <message>
        <source>Asking the desktop whether it offers global shortcuts; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop (Wayland) does not offer global shortcuts; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <source>Many VICIdial servers use a self-signed certificate. ParkBar never turns certificate checks off: trust the server&apos;s own CA, or pin its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: only the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pinned SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects to the server, reads the certificate it presents and hangs up without sending anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pin this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one your server administrator gives you before you pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer already trusts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not trusted by this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>%1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear answer: the command may or may not have been stored. Check the agent&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation: confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation: cannot be seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation: not carried out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmation: unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatus</name>
    <message>
        <source>Signed out: requests to this server are stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the server for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is slow to answer (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>The VICIdial server&apos;s base address, e.g. https://dialer.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VICIdial API user ParkBar signs in as (not the agent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s VICIdial login the bar acts for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source name sent with every request, 2 to 20 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST keeps the password out of web-server logs; GET only for servers that need it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for one answer, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file of extra CA certificates to trust for this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server certificate&apos;s SHA-256 fingerprint, accepted even when self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval while a command waits for confirmation, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged in, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll interval while the agent is logged out, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait between attempts while the server is unreachable, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a command may take to show in the agent&apos;s state before it counts as not carried out, in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked this long, the bar warns, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked this long, the bar and the tray call for attention, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before Hangup Xfer + Grab, which ends a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent screen carries out SWAP and HANGUP values although the API builds look older than 240624</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per campaign id, its park IVR mode: DISABLED, ENABLED, ENABLED_PARK_ONLY or ENABLED_BUTTON_HIDDEN; unset means unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Park (PARK_CUSTOMER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Grab (GRAB_CUSTOMER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Park IVR (PARK_IVR_CUSTOMER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Grab from IVR (GRAB_IVR_CUSTOMER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Park third party (PARK_XFER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Grab third party (GRAB_XFER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for SWAP_PARK_XFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Hangup Xfer + Grab (HANGUP_XFER_GRAB_CUSTOMER)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-window key for Swap, which picks the SWAP value from who is parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab from IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Park third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Grab third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_CUSTOMER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for SWAP_PARK_XFER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Hangup Xfer + Grab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-wide hotkey for Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lay the bar out in a row or a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons only, smaller buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the bar above other windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the program; system follows the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these campaigns (empty: all the API user may see)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode shows agents of these user groups (empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the supervisor table instead of the bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log rotates at this size, in bytes; three older files are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile used last, opened at start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingBinder</name>
    <message>
        <source>Set by your administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>ParkBar settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the settings file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsValidation</name>
    <message>
        <source>Enter the server&apos;s address, for example https://dialer.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (or http://) followed by the server&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use the fields below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http sends the API password unencrypted. Use https if the server offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source must be 2 to 20 characters; the server refuses anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The critical park limit must be longer than the warning limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VICIdial hangs up a parked caller after about 30 minutes; warn before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SHA-256 fingerprint is 64 hexadecimal digits, optionally in pairs separated by colons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password contains characters other than letters, digits, - and _. VICIdial&apos;s non-agent API removes them, so the password can work for parking yet always fail when ParkBar reads the agent&apos;s state, and repeated failures lock the API user. Use a password of letters, digits, - and _ only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatePoller</name>
    <message>
        <source>Not asked: the API password has characters that the server&apos;s non-agent API removes (it keeps only letters, digits, - and _), so reading the agent&apos;s state would always fail and count towards the account lockout. Use a password of letters, digits, - and _, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>There is no agent %1 on this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for inbound calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer in park IVR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer hung up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-way call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previewing lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dialling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>third party parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, third party parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorController</name>
    <message>
        <source>The floor could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating every %1 s: the floor is large and answers take %2 ms. To update more often, narrow it to your campaigns or user groups in Settings &gt; Supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorPage</name>
    <message>
        <source>Supervisor mode shows every logged-in agent of these campaigns and user groups in one table, read with one logged_in_agents request per poll. Leave a field empty for all that the API user may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SALES, SUPPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaigns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AGENTS, TEAM2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in supervisor mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorView</name>
    <message>
        <source>Filter by agent, name, campaign, group or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents, %2 parked, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents, %2 parked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>ParkBar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ParkBar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parked caller about to be dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2. The server hangs up parked callers after about half an hour: grab them now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer still parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1&apos;s customer has been parked for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsHotkeyBackend</name>
    <message>
        <source>Windows did not let ParkBar listen for global hotkeys; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireClient</name>
    <message>
        <source>Not sent: requests to this server are stopped until the settings change or you press Retry. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the source name must be 2 to 20 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: no server address is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (certificate SHA-256 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate&apos;s SHA-256 %1 is not the pinned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(redirects to %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>X11HotkeyBackend</name>
    <message>
        <source>There is no X11 display (DISPLAY is not set); the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the X11 display %1; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the X11 display was lost; the in-window shortcuts still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run against the built-in VICIdial simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every agent of the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode: only these campaigns (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor mode: only these user groups (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with this saved profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print where the audit log is written, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park and grab buttons for VICIdial agents and supervisors.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parkbar-sim</name>
    <message>
        <source>A simulated VICIdial server for ParkBar: the agent API and the non-agent API, with simulated agents and their screens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on; 0 picks a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent API&apos;s build, as YYMMDD-HHMM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static, demo or floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of agents for the floor scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds before an agent&apos;s screen carries out a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds before a customer comes back from the park IVR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number of agents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid agent screen delay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid IVR return time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid build, expected YYMMDD-HHMM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: listening on %1, not a loopback address: anyone who can reach it can use this simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
