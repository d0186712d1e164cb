<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>Try --help.</source>
        <translation>Siehe --help.</translation>
    </message>
    <message>
        <source>Portal %1: %2 sequences, read from %3 users</source>
        <translation>Portal %1: %2 Sequenzen, gelesen von %3 Benutzern</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>INHABER</translation>
    </message>
    <message>
        <source>USERS</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>AKTUALISIERT</translation>
    </message>
    <message>
        <source>SeqDesk command line: work with HubSpot sequences without the GUI.</source>
        <translation>SeqDesk-Befehlszeile: mit HubSpot-Sequenzen ohne die grafische Oberfläche arbeiten.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>HubSpot API root (https; http only on loopback).</source>
        <translation>Basis-URL der HubSpot-API (https; http nur auf Loopback).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Private-app access token. Prefer HUBSPOT_ACCESS_TOKEN or the keychain: a token on the command line is visible to other local users.</source>
        <translation>Zugriffstoken der privaten App. Besser HUBSPOT_ACCESS_TOKEN oder den Schlüsselbund verwenden: Ein Token in der Befehlszeile ist für andere lokale Benutzer sichtbar.</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Portal (hub) id whose token is read from the keychain.</source>
        <translation>Portal-ID (Hub-ID), deren Token aus dem Schlüsselbund gelesen wird.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>List sequences (all users&apos; unless --user-id).</source>
        <translation>Sequenzen auflisten (die aller Benutzer, außer mit --user-id).</translation>
    </message>
    <message>
        <source>Check the token and save it in the system keychain under its portal id.</source>
        <translation>Das Token prüfen und im Schlüsselbund des Systems unter seiner Portal-ID speichern.</translation>
    </message>
    <message>
        <source>HubSpot user id whose sequences to list.</source>
        <translation>HubSpot-Benutzer-ID, deren Sequenzen aufgelistet werden.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--token is empty.</source>
        <translation>--token ist leer.</translation>
    </message>
    <message>
        <source>--portal-id must be a number, not &quot;%1&quot;.</source>
        <translation>--portal-id muss eine Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--user-id must be a number, not &quot;%1&quot;.</source>
        <translation>--user-id muss eine Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 goes with --sequence-id or --resume.</source>
        <translation>--%1 gehört zu --sequence-id oder --resume.</translation>
    </message>
    <message>
        <source>--label is longer than 200 characters.</source>
        <translation>--label ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>--output-json is empty.</source>
        <translation>--output-json ist leer.</translation>
    </message>
    <message>
        <source>--output-json: the folder %1 does not exist.</source>
        <translation>--output-json: Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>--output-json: %1 is a folder.</source>
        <translation>--output-json: %1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>--%1 does not go with --resume: the job has its own.</source>
        <translation>--%1 passt nicht zu --resume: Der Auftrag hat seinen eigenen Wert.</translation>
    </message>
    <message>
        <source>--resume must be a job number, not &quot;%1&quot;.</source>
        <translation>--resume muss eine Auftragsnummer sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sequence-id must be a number, not &quot;%1&quot;.</source>
        <translation>--sequence-id muss eine Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sender-email is missing: the connected inbox the emails are sent from.</source>
        <translation>--sender-email fehlt: das verbundene Postfach, von dem die E-Mails gesendet werden.</translation>
    </message>
    <message>
        <source>--sender-email &quot;%1&quot; is not an email address.</source>
        <translation>--sender-email „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>--contact-ids is empty.</source>
        <translation>--contact-ids ist leer.</translation>
    </message>
    <message>
        <source>--contact-ids-file is empty.</source>
        <translation>--contact-ids-file ist leer.</translation>
    </message>
    <message>
        <source>Sequence to enroll the contacts into.</source>
        <translation>Sequenz, in der die Kontakte registriert werden.</translation>
    </message>
    <message>
        <source>Connected inbox the sequence emails are sent from.</source>
        <translation>Verbundenes Postfach, von dem die Sequenz-E-Mails gesendet werden.</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Contacts to enroll: ids and/or emails, separated by commas.</source>
        <translation>Zu registrierende Kontakte: IDs und/oder E-Mail-Adressen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>File of contacts to enroll: one per line, or a CSV with an id or email column.</source>
        <translation>Datei mit zu registrierenden Kontakten: einer pro Zeile oder eine CSV-Datei mit einer ID- oder E-Mail-Spalte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Predict each contact&apos;s outcome; enroll nobody.</source>
        <translation>Das Ergebnis jedes Kontakts vorhersagen; niemanden registrieren.</translation>
    </message>
    <message>
        <source>Resume an interrupted or waiting job.</source>
        <translation>Einen unterbrochenen oder wartenden Auftrag fortsetzen.</translation>
    </message>
    <message>
        <source>job</source>
        <translation>auftrag</translation>
    </message>
    <message>
        <source>List enrollment jobs.</source>
        <translation>Registrierungsaufträge auflisten.</translation>
    </message>
    <message>
        <source>A label for the job (shown in the analytics).</source>
        <translation>Eine Bezeichnung für den Auftrag (in den Analysen angezeigt).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>HubSpot API version: 2026-09 (default), 2026-03 or v4.</source>
        <translation>HubSpot-API-Version: 2026-09 (Standard), 2026-03 oder v4.</translation>
    </message>
    <message>
        <source>--api-version must be 2026-09, 2026-03 or v4, not &quot;%1&quot;.</source>
        <translation>--api-version muss 2026-09, 2026-03 oder v4 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--daily-cap must be a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation>--daily-cap muss eine Zahl von %1 bis %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>List the portal&apos;s contact lists (id, name, size, kind); needs the crm.lists.read scope.</source>
        <translation>Die Kontaktlisten des Portals auflisten (ID, Name, Größe, Art); erfordert den Bereich crm.lists.read.</translation>
    </message>
    <message>
        <source>With --list-lists: only lists whose name matches.</source>
        <translation>Mit --list-lists: nur Listen, deren Name passt.</translation>
    </message>
    <message>
        <source>--query goes with --list-lists.</source>
        <translation>--query gehört zu --list-lists.</translation>
    </message>
    <message>
        <source>--query is empty: give part of a list name, or leave it out.</source>
        <translation>--query ist leer: Geben Sie einen Teil eines Listennamens an oder lassen Sie die Option weg.</translation>
    </message>
    <message>
        <source>--query is longer than 200 characters.</source>
        <translation>--query ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>--user-id does not go with --%1.</source>
        <translation>--user-id passt nicht zu --%1.</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>Give one of --contact-ids, --contact-ids-file and --list-id, not more.</source>
        <translation>Geben Sie genau eine der Optionen --contact-ids, --contact-ids-file und --list-id an.</translation>
    </message>
    <message>
        <source>No contacts: give --contact-ids, --contact-ids-file or --list-id.</source>
        <translation>Keine Kontakte: Geben Sie --contact-ids, --contact-ids-file oder --list-id an.</translation>
    </message>
    <message>
        <source>--list-id must be a list&apos;s number (see --list-lists), not &quot;%1&quot;.</source>
        <translation>--list-id muss die Nummer einer Liste sein (siehe --list-lists), nicht „%1“.</translation>
    </message>
    <message>
        <source>Enroll the members of this HubSpot contact list (its id from --list-lists).</source>
        <translation>Die Mitglieder dieser HubSpot-Kontaktliste registrieren (ihre ID aus --list-lists).</translation>
    </message>
    <message>
        <source>The sender inbox&apos;s send cap per rolling 24 hours (default %1; lower if your admin set one).</source>
        <translation>Das Sendelimit des Absenderpostfachs in rollierenden 24 Stunden (Standard %1; niedriger, falls Ihr Administrator eines festgelegt hat).</translation>
    </message>
    <message>
        <source>
Token: --token, else the HUBSPOT_ACCESS_TOKEN environment variable, else the
system keychain entry of --portal-id (saved with --store-token).

Lists: --list-lists [--query TEXT] [--json] prints the contact lists (id, name,
size, kind: static, active or snapshot).

Enroll: --sequence-id ID --sender-email EMAIL (--contact-ids 101,ana@x.com |
--contact-ids-file FILE | --list-id LIST) [--dry-run] [--output-json FILE]
[--label TEXT]. Contacts
beyond the sender&apos;s rolling 24 h cap are deferred (not dropped): resume the job with
--resume JOB once they are due; --jobs lists jobs.
</source>
        <translation>
Token: --token, sonst die Umgebungsvariable HUBSPOT_ACCESS_TOKEN, sonst der
Schlüsselbund-Eintrag von --portal-id (gespeichert mit --store-token).

Listen: --list-lists [--query TEXT] [--json] gibt die Kontaktlisten aus (ID, Name,
Größe, Art: statisch, aktiv oder Snapshot).

Registrieren: --sequence-id ID --sender-email EMAIL (--contact-ids 101,ana@x.com |
--contact-ids-file DATEI | --list-id LISTE) [--dry-run] [--output-json DATEI]
[--label TEXT]. Kontakte jenseits des rollierenden 24-h-Limits des Absenders
werden zurückgestellt (nicht verworfen): Setzen Sie den Auftrag mit
--resume AUFTRAG fort, sobald sie fällig sind; --jobs listet die Aufträge auf.
</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>--add-rule needs %1.</source>
        <translation>--add-rule benötigt %1.</translation>
    </message>
    <message>
        <source>--add-rule needs its sender: --sender-email, --rotation or --owner-routing.</source>
        <translation>--add-rule benötigt einen Absender: --sender-email, --rotation oder --owner-routing.</translation>
    </message>
    <message>
        <source>Give one of --sender-email, --rotation and --owner-routing, not more.</source>
        <translation>Geben Sie genau eine der Optionen --sender-email, --rotation und --owner-routing an.</translation>
    </message>
    <message>
        <source>--fallback-sender goes with --owner-routing.</source>
        <translation>--fallback-sender gehört zu --owner-routing.</translation>
    </message>
    <message>
        <source>%1 must be a rule&apos;s number (see --rules), not &quot;%2&quot;.</source>
        <translation>%1 muss die Nummer einer Regel sein (siehe --rules), nicht „%2“.</translation>
    </message>
    <message>
        <source>Run the portal&apos;s due enrollment rules (or --rule ID) once.</source>
        <translation>Die fälligen Registrierungsregeln des Portals (oder --rule ID) einmal ausführen.</translation>
    </message>
    <message>
        <source>With --run-rules: only this rule.</source>
        <translation>Mit --run-rules: nur diese Regel.</translation>
    </message>
    <message>
        <source>List the enrollment rules.</source>
        <translation>Die Registrierungsregeln auflisten.</translation>
    </message>
    <message>
        <source>Save a new enrollment rule (due at once); prints its id.</source>
        <translation>Eine neue Registrierungsregel speichern (sofort fällig); gibt ihre ID aus.</translation>
    </message>
    <message>
        <source>With --add-rule: the rule&apos;s name.</source>
        <translation>Mit --add-rule: der Name der Regel.</translation>
    </message>
    <message>
        <source>With --add-rule: send from these inboxes in turn (the one with the most room under its cap), separated by commas.</source>
        <translation>Mit --add-rule: abwechselnd von diesen Postfächern senden (jeweils von dem mit dem meisten Spielraum unter seinem Limit), durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>emails</source>
        <translation>e-mails</translation>
    </message>
    <message>
        <source>With --add-rule: send as each contact&apos;s HubSpot owner.</source>
        <translation>Mit --add-rule: als HubSpot-Kontaktinhaber des jeweiligen Kontakts senden.</translation>
    </message>
    <message>
        <source>With --owner-routing: the inbox for contacts whose owner cannot send (without it they are skipped).</source>
        <translation>Mit --owner-routing: das Postfach für Kontakte, deren Inhaber nicht senden kann (ohne diese Option werden sie übersprungen).</translation>
    </message>
    <message>
        <source>With --add-rule: most contacts enrolled per run (0: no limit).</source>
        <translation>Mit --add-rule: höchstens so viele Kontakte pro Lauf registrieren (0: kein Limit).</translation>
    </message>
    <message>
        <source>With --add-rule: most contacts enrolled per 24 hours (0: no limit).</source>
        <translation>Mit --add-rule: höchstens so viele Kontakte pro 24 Stunden registrieren (0: kein Limit).</translation>
    </message>
    <message>
        <source>With --add-rule: run every this many minutes (default %1).</source>
        <translation>Mit --add-rule: alle so viele Minuten ausführen (Standard %1).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>With --add-rule: enroll a member again after this many days (default 0: never).</source>
        <translation>Mit --add-rule: ein Mitglied nach so vielen Tagen erneut registrieren (Standard 0: nie).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>tage</translation>
    </message>
    <message>
        <source>Pause a rule (it does not run).</source>
        <translation>Eine Regel pausieren (sie wird nicht ausgeführt).</translation>
    </message>
    <message>
        <source>Enable a paused or stopped rule again.</source>
        <translation>Eine pausierte oder gestoppte Regel wieder aktivieren.</translation>
    </message>
    <message>
        <source>Delete a rule (its runs and jobs are kept).</source>
        <translation>Eine Regel löschen (ihre Läufe und Aufträge bleiben erhalten).</translation>
    </message>
    <message>
        <source>
Rules: --add-rule --name NAME --list-id LIST --sequence-id ID
(--sender-email EMAIL | --rotation E1,E2 | --owner-routing [--fallback-sender EMAIL])
[--per-run N] [--per-day N] [--every MINUTES] [--again-after-days D] [--daily-cap N]
saves a rule: the members who join the list are enrolled into the sequence, by
themselves. --run-rules [--rule ID] [--dry-run] [--json] runs the portal&apos;s due rules
once (a rule another SeqDesk process is running is skipped); --rules [--json] lists
them; --pause-rule, --resume-rule and --delete-rule ID change one.
</source>
        <translation>
Regeln: --add-rule --name NAME --list-id LISTE --sequence-id ID
(--sender-email EMAIL | --rotation E1,E2 | --owner-routing [--fallback-sender EMAIL])
[--per-run N] [--per-day N] [--every MINUTEN] [--again-after-days D] [--daily-cap N]
speichert eine Regel: Die Mitglieder, die der Liste beitreten, werden automatisch
in der Sequenz registriert. --run-rules [--rule ID] [--dry-run] [--json] führt die
fälligen Regeln des Portals einmal aus (eine Regel, die ein anderer SeqDesk-Prozess
ausführt, wird übersprungen); --rules [--json] listet sie auf; --pause-rule,
--resume-rule und --delete-rule ID ändern eine.
</translation>
    </message>
    <message>
        <source>--rule goes with --run-rules.</source>
        <translation>--rule gehört zu --run-rules.</translation>
    </message>
    <message>
        <source>%1 goes with --add-rule.</source>
        <translation>%1 gehört zu --add-rule.</translation>
    </message>
    <message>
        <source>%1 does not go with %2.</source>
        <translation>%1 passt nicht zu %2.</translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation>Ersatz %1</translation>
    </message>
    <message>
        <source>no room under the inboxes&apos; caps or the rule&apos;s limits in this run</source>
        <translation>kein Spielraum unter den Limits der Postfächer oder der Regel in diesem Lauf</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>SEQUENCE</source>
        <translation>SEQUENZ</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>ABSENDER</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>LETZTER LAUF</translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation>NÄCHSTER LAUF</translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>ENROLLED</source>
        <translation>REGISTRIERT</translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation>ÜBERSPRUNGEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>DEFERRED</source>
        <translation>ZURÜCKGESTELLT</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation>WARTEND</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAIL</translation>
    </message>
    <message>
        <source>The token is for portal %1, not for --portal-id %2.</source>
        <translation>Das Token gehört zu Portal %1, nicht zu --portal-id %2.</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Der lokale Speicher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Portal %1 is not in the local mirror: connect it in SeqDesk first (it syncs the portal&apos;s sequences and users, which rules need).</source>
        <translation>Portal %1 ist nicht in der lokalen Kopie: Verbinden Sie es zuerst in SeqDesk (dabei werden die Sequenzen und Benutzer des Portals synchronisiert, die Regeln benötigen).</translation>
    </message>
    <message>
        <source>Portal %1 has not been synced into the local mirror yet: run Sync Data for it in SeqDesk first (rules need its sequences and users).</source>
        <translation>Portal %1 wurde noch nicht in die lokale Kopie synchronisiert: Führen Sie zuerst in SeqDesk „Daten synchronisieren“ dafür aus (Regeln benötigen seine Sequenzen und Benutzer).</translation>
    </message>
    <message>
        <source>With --run-rules: the part of HubSpot&apos;s rate limit the rules may use, in percent (5 to 100; default %1), so other work on the token keeps room.</source>
        <translation>Mit --run-rules: der Anteil am Ratenlimit von HubSpot, den die Regeln nutzen dürfen, in Prozent (5 bis 100; Standard %1), damit andere Arbeit mit dem Token Spielraum behält.</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>prozent</translation>
    </message>
    <message>
        <source>
Exit codes (when several apply, the first of 3, 4, 2, 5, 1):
  0  success: every contact enrolled or skipped (a dry run: it ran)
  1  some contacts failed (enrollment, rules)
  2  bad usage or input, nothing sent (and a rule that stopped: its sequence
     cannot be used)
  3  authentication or permission (invalid token, missing scopes)
  4  network, server or keychain error, or a job stopped with contacts still
     to send (interrupted, or HubSpot not answering): --resume JOB (and a
     rule&apos;s run that failed)
  5  the job waits for the sender&apos;s send cap: the rest is deferred; --resume JOB
     after the time printed (--run-rules: 0, its rules go on by themselves)
</source>
        <translation>
Exit-Codes (wenn mehrere zutreffen, der erste von 3, 4, 2, 5, 1):
  0  Erfolg: jeder Kontakt registriert oder übersprungen (Vorschau: sie lief)
  1  einige Kontakte fehlgeschlagen (Registrierung, Regeln)
  2  falsche Verwendung oder Eingabe, nichts gesendet (und eine gestoppte Regel:
     ihre Sequenz kann nicht verwendet werden)
  3  Authentifizierung oder Berechtigung (ungültiges Token, fehlende Bereiche)
  4  Netzwerk-, Server- oder Schlüsselbundfehler, oder ein Auftrag wurde mit noch
     zu sendenden Kontakten gestoppt (unterbrochen, oder HubSpot antwortet nicht):
     --resume AUFTRAG (und ein fehlgeschlagener Regellauf)
  5  der Auftrag wartet auf das Sendelimit des Absenders: der Rest ist zurückgestellt;
     --resume AUFTRAG nach der ausgegebenen Zeit (--run-rules: 0, seine Regeln
     laufen von selbst weiter)
</translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot;: %2</source>
        <translation>--base-url „%1“: %2</translation>
    </message>
    <message>
        <source>Write the per-contact results (enrolled, failed, skipped, deferred) to this JSON file (a new one is owner-only), or through a FIFO, a device or /dev/stdout; checked before anything is sent.</source>
        <translation>Die Ergebnisse pro Kontakt (registriert, fehlgeschlagen, übersprungen, zurückgestellt) in diese JSON-Datei schreiben (eine neue ist nur für den Inhaber lesbar) oder über ein FIFO, ein Gerät oder /dev/stdout; wird geprüft, bevor etwas gesendet wird.</translation>
    </message>
    <message>
        <source>Warning: a token given with --token can be read by other users of this computer (ps). Prefer HUBSPOT_ACCESS_TOKEN, or the keychain: seqdesk-cli --store-token once, then --portal-id.</source>
        <translation>Warnung: Ein mit --token angegebenes Token können andere Benutzer dieses Computers lesen (ps). Verwenden Sie besser HUBSPOT_ACCESS_TOKEN oder den Schlüsselbund: einmal seqdesk-cli --store-token, danach --portal-id.</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 failed, %4 deferred, %5 not sent</source>
        <translation>%1 registriert, %2 übersprungen, %3 fehlgeschlagen, %4 zurückgestellt, %5 nicht gesendet</translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on stdin and stdout (for AI assistants): list sequences and lists, preview an enrollment, start it once confirmed, follow its job.</source>
        <translation>Das Model Context Protocol auf stdin und stdout bereitstellen (für KI-Assistenten): Sequenzen und Listen auflisten, eine Registrierung in der Vorschau ansehen, sie nach Bestätigung starten, ihren Auftrag verfolgen.</translation>
    </message>
    <message>
        <source>--%1 does not go with --mcp.</source>
        <translation>--%1 passt nicht zu --mcp.</translation>
    </message>
    <message>
        <source>Print the diagnostics (as the app&apos;s Help &gt; Copy diagnostics): versions, system, settings, paths, portals and the last errors with HubSpot&apos;s correlation ids; no token and no e-mail address.</source>
        <translation>Die Diagnose ausgeben (wie Hilfe &gt; Diagnose kopieren in der App): Versionen, System, Einstellungen, Pfade, Portale und die letzten Fehler mit den Korrelations-IDs von HubSpot; kein Token und keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Nothing to do: give --list-sequences, --list-lists, --sequence-id (to enroll), --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp or --diagnostics.</source>
        <translation>Nichts zu tun: Geben Sie --list-sequences, --list-lists, --sequence-id (zum Registrieren), --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp oder --diagnostics an.</translation>
    </message>
    <message>
        <source>Give only one of --list-sequences, --list-lists, --sequence-id, --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp and --diagnostics.</source>
        <translation>Geben Sie nur eine der Optionen --list-sequences, --list-lists, --sequence-id, --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp oder --diagnostics an.</translation>
    </message>
    <message>
        <source>--%1 does not go with --diagnostics.</source>
        <translation>--%1 passt nicht zu --diagnostics.</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>(withheld)</source>
        <translation>(zurückgehalten)</translation>
    </message>
    <message>
        <source>no local store</source>
        <translation>kein lokaler Speicher</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>last sync %1, %2</source>
        <translation>letzte Synchronisierung %1, %2</translation>
    </message>
    <message>
        <source> (%1 new, %2 changed, %3 archived, %4 requests)</source>
        <translation> (%1 neu, %2 geändert, %3 archiviert, %4 Anfragen)</translation>
    </message>
    <message>
        <source>sync %1 of portal %2</source>
        <translation>Synchronisierung %1 von Portal %2</translation>
    </message>
    <message>
        <source>enrollment job %1 of portal %2, contact %3 (%4)</source>
        <translation>Registrierungsauftrag %1 von Portal %2, Kontakt %3 (%4)</translation>
    </message>
    <message>
        <source>run %1 of rule %2 of portal %3</source>
        <translation>Lauf %1 von Regel %2 von Portal %3</translation>
    </message>
    <message>
        <source>SeqDesk diagnostics, %1</source>
        <translation>SeqDesk-Diagnose, %1</translation>
    </message>
    <message>
        <source>No access token and no e-mail address is in this text (any that would be is replaced by [redacted] or [email]). Read it before you share it.</source>
        <translation>Dieser Text enthält kein Zugriffstoken und keine E-Mail-Adresse (solche werden durch [redacted] bzw. [email] ersetzt). Lesen Sie ihn, bevor Sie ihn weitergeben.</translation>
    </message>
    <message>
        <source>== Program ==</source>
        <translation>== Programm ==</translation>
    </message>
    <message>
        <source>SeqDesk: %1 (%2)</source>
        <translation>SeqDesk: %1 (%2)</translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation>Qt: %1 (kompiliert mit %2)</translation>
    </message>
    <message>
        <source>System: %1; %2; %3</source>
        <translation>System: %1; %2; %3</translation>
    </message>
    <message>
        <source>Platform plugin: %1</source>
        <translation>Plattform-Plugin: %1</translation>
    </message>
    <message>
        <source>Locale: %1; languages: %2</source>
        <translation>Gebietsschema: %1; Sprachen: %2</translation>
    </message>
    <message>
        <source>== Paths ==</source>
        <translation>== Pfade ==</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Local mirror: %1</source>
        <translation>Lokale Kopie: %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build&apos;s newest: %2)</source>
        <translation>Schemaversion: %1 (neueste dieses Builds: %2)</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Einstellungen: %1</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source> none yet</source>
        <translation> noch keine</translation>
    </message>
    <message>
        <source>== Settings ==</source>
        <translation>== Einstellungen ==</translation>
    </message>
    <message>
        <source>(none set: every setting has its default)</source>
        <translation>(keine gesetzt: jede Einstellung hat ihren Standardwert)</translation>
    </message>
    <message>
        <source>== Portals ==</source>
        <translation>== Portale ==</translation>
    </message>
    <message>
        <source>The local mirror could not be read: %1</source>
        <translation>Die lokale Kopie konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: API %3, %4; %5</source>
        <translation>%1 „%2“: API %3, %4; %5</translation>
    </message>
    <message>
        <source>== Last errors (newest first, at most %1) ==</source>
        <translation>== Letzte Fehler (neueste zuerst, höchstens %1) ==</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>HTTP %1, category %2, code %3, correlation id %4</source>
        <translation>HTTP %1, Kategorie %2, Code %3, Korrelations-ID %4</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>SeqDesk desktop app</source>
        <translation>SeqDesk-Desktop-App</translation>
    </message>
    <message>
        <source>Open the embedded demo portal.</source>
        <translation>Das eingebettete Demo-Portal öffnen.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to &lt;file&gt; once the portal has loaded, then quit.</source>
        <translation>Einen Screenshot des Fensters in &lt;datei&gt; speichern, sobald das Portal geladen ist, dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>The page of the screenshot: %1 (default: sequences).</source>
        <translation>Die Seite für den Screenshot: %1 (Standard: sequences).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>seite</translation>
    </message>
    <message>
        <source>The window&apos;s size for the screenshot (default: 1280x800).</source>
        <translation>Die Fenstergröße für den Screenshot (Standard: 1280x800).</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>BxH</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Seite „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not WxH of at least 320x240, e.g. 1024x768.</source>
        <translation>Die Größe „%1“ ist nicht BxH von mindestens 320x240, z. B. 1024x768.</translation>
    </message>
    <message>
        <source>Print how long the start took (the window&apos;s first paint, the portal shown), then quit.</source>
        <translation>Ausgeben, wie lange der Start gedauert hat (erstes Zeichnen des Fensters, Portal angezeigt), dann beenden.</translation>
    </message>
    <message>
        <source>dark: a dark palette (to check screenshots).</source>
        <translation>dark: eine dunkle Farbpalette (zum Prüfen von Screenshots).</translation>
    </message>
</context>
<context>
    <name>HubSpot</name>
    <message>
        <source>HubSpot rejected the access token (it is missing, wrong, revoked or expired). Copy the token again from HubSpot &gt; Settings &gt; Integrations &gt; Private Apps and save it in SeqDesk.</source>
        <translation>HubSpot hat das Zugriffstoken abgelehnt (es fehlt, ist falsch, widerrufen oder abgelaufen). Kopieren Sie das Token erneut aus HubSpot &gt; Einstellungen &gt; Integrationen &gt; Private Apps und speichern Sie es in SeqDesk.</translation>
    </message>
    <message>
        <source>The token lacks a scope this call needs. Add the missing scopes in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes.</source>
        <translation>Dem Token fehlt ein Bereich, den dieser Aufruf benötigt. Fügen Sie die fehlenden Bereiche unter HubSpot &gt; Einstellungen &gt; Integrationen &gt; Private Apps &gt; Bereiche hinzu.</translation>
    </message>
    <message>
        <source>The token lacks the scopes %1. Add them in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes.</source>
        <translation>Dem Token fehlen die Bereiche %1. Fügen Sie sie unter HubSpot &gt; Einstellungen &gt; Integrationen &gt; Private Apps &gt; Bereiche hinzu.</translation>
    </message>
    <message>
        <source>HubSpot refused access to %1. Check the token&apos;s permissions.</source>
        <translation>HubSpot hat den Zugriff auf %1 verweigert. Prüfen Sie die Berechtigungen des Tokens.</translation>
    </message>
    <message>
        <source>The sequence does not exist or is not visible to the chosen user. Run Sync Data and pick the sequence again.</source>
        <translation>Die Sequenz existiert nicht oder ist für den gewählten Benutzer nicht sichtbar. Führen Sie „Daten synchronisieren“ aus und wählen Sie die Sequenz erneut.</translation>
    </message>
    <message>
        <source>HubSpot could not find the requested object (%1). Run Sync Data and check the selection.</source>
        <translation>HubSpot konnte das angeforderte Objekt nicht finden (%1). Führen Sie „Daten synchronisieren“ aus und prüfen Sie die Auswahl.</translation>
    </message>
    <message>
        <source>The sending user has no connected personal email inbox for this sender address. Connect the inbox in HubSpot &gt; Settings &gt; General &gt; Email, or choose another sender.</source>
        <translation>Der sendende Benutzer hat für diese Absenderadresse kein verbundenes persönliches E-Mail-Postfach. Verbinden Sie das Postfach unter HubSpot &gt; Einstellungen &gt; Allgemein &gt; E-Mail oder wählen Sie einen anderen Absender.</translation>
    </message>
    <message>
        <source>The sending user has no active Sales Hub or Service Hub Professional seat (&quot;Sales Subscription Status is not OK&quot;). Assign a seat in HubSpot &gt; Settings &gt; Users &amp; Teams, or choose another sender.</source>
        <translation>Der sendende Benutzer hat keinen aktiven Sales Hub- oder Service Hub-Professional-Sitz („Sales Subscription Status is not OK“). Weisen Sie unter HubSpot &gt; Einstellungen &gt; Benutzer &amp; Teams einen Sitz zu oder wählen Sie einen anderen Absender.</translation>
    </message>
    <message>
        <source>The HubSpot account used up its daily API limit. Resume the run after midnight in the account&apos;s time zone.</source>
        <translation>Der HubSpot-Account hat sein tägliches API-Limit aufgebraucht. Setzen Sie den Lauf nach Mitternacht in der Zeitzone des Accounts fort.</translation>
    </message>
    <message>
        <source>The secure connection to HubSpot failed (%1). Check the system clock, proxy and certificates.</source>
        <translation>Die sichere Verbindung zu HubSpot ist fehlgeschlagen (%1). Prüfen Sie Systemuhr, Proxy und Zertifikate.</translation>
    </message>
    <message>
        <source>The HubSpot connection is not configured correctly: %1</source>
        <translation>Die HubSpot-Verbindung ist nicht richtig konfiguriert: %1</translation>
    </message>
    <message>
        <source>HubSpot kept returning more pages (%1). The listing was stopped; try again later or contact HubSpot support.</source>
        <translation>HubSpot lieferte immer weitere Seiten (%1). Die Auflistung wurde abgebrochen; versuchen Sie es später erneut oder wenden Sie sich an den HubSpot-Support.</translation>
    </message>
    <message>
        <source>HubSpot stopped the run: %1</source>
        <translation>HubSpot hat den Lauf gestoppt: %1</translation>
    </message>
    <message>
        <source>The contact is already enrolled in a sequence; a contact can be in one sequence at a time. Skip it or unenroll it in HubSpot first.</source>
        <translation>Der Kontakt ist bereits in einer Sequenz registriert; ein Kontakt kann jeweils nur in einer Sequenz sein. Überspringen Sie ihn oder heben Sie die Registrierung zuerst in HubSpot auf.</translation>
    </message>
    <message>
        <source>The contact has unsubscribed from email. It cannot be enrolled.</source>
        <translation>Der Kontakt hat sich von E-Mails abgemeldet. Er kann nicht registriert werden.</translation>
    </message>
    <message>
        <source>Email to this contact bounced before. Fix the address in HubSpot before enrolling it.</source>
        <translation>E-Mails an diesen Kontakt sind bereits zurückgekommen (Bounce). Korrigieren Sie die Adresse in HubSpot, bevor Sie ihn registrieren.</translation>
    </message>
    <message>
        <source>The contact&apos;s address or domain is blocked (or marked email as spam). It cannot be enrolled.</source>
        <translation>Die Adresse oder Domain des Kontakts ist gesperrt (oder er hat E-Mails als Spam markiert). Er kann nicht registriert werden.</translation>
    </message>
    <message>
        <source>The contact has no email address. Add one in HubSpot before enrolling it.</source>
        <translation>Der Kontakt hat keine E-Mail-Adresse. Fügen Sie in HubSpot eine hinzu, bevor Sie ihn registrieren.</translation>
    </message>
    <message>
        <source>The contact does not exist in HubSpot (deleted or merged). Skip it.</source>
        <translation>Der Kontakt existiert nicht in HubSpot (gelöscht oder zusammengeführt). Überspringen Sie ihn.</translation>
    </message>
    <message>
        <source>HubSpot rejected sending to this contact (%1). Skip it or check the contact in HubSpot.</source>
        <translation>HubSpot hat das Senden an diesen Kontakt abgelehnt (%1). Überspringen Sie ihn oder prüfen Sie den Kontakt in HubSpot.</translation>
    </message>
    <message>
        <source>HubSpot rejected this contact (%1).</source>
        <translation>HubSpot hat diesen Kontakt abgelehnt (%1).</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>The sender inbox reached its sending limit for the last 24 hours. Continue later or choose another sender.</source>
        <translation>Das Absenderpostfach hat sein Sendelimit für die letzten 24 Stunden erreicht. Fahren Sie später fort oder wählen Sie einen anderen Absender.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s answer could not be understood (%1). Try again; if it persists, report it with the log.</source>
        <translation>Die Antwort von HubSpot war unverständlich (%1). Versuchen Sie es erneut; falls es weiterhin auftritt, melden Sie es mit dem Protokoll.</translation>
    </message>
    <message>
        <source>HubSpot rejected the request as invalid: %1</source>
        <translation>HubSpot hat die Anfrage als ungültig abgelehnt: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The enrollment had already been sent, so HubSpot may have enrolled the contact. Check the contact&apos;s enrollment before enrolling it again.</source>
        <translation>Die Registrierung war bereits gesendet, daher hat HubSpot den Kontakt möglicherweise registriert. Prüfen Sie die Registrierung des Kontakts, bevor Sie ihn erneut registrieren.</translation>
    </message>
    <message>
        <source>The request had already been sent, so HubSpot may have applied it. Check before sending it again.</source>
        <translation>Die Anfrage war bereits gesendet, daher hat HubSpot sie möglicherweise ausgeführt. Prüfen Sie das, bevor Sie sie erneut senden.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was reached and HubSpot asked to wait %1 minutes. Try again later.</source>
        <translation>Das Ratenlimit von HubSpot wurde erreicht und HubSpot hat gebeten, %1 Minuten zu warten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>HubSpot has no list with this id (it may have been deleted). Check the list id in HubSpot &gt; Contacts &gt; Lists.</source>
        <translation>HubSpot hat keine Liste mit dieser ID (sie wurde möglicherweise gelöscht). Prüfen Sie die Listen-ID unter HubSpot &gt; Kontakte &gt; Listen.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was still reached after SeqDesk waited and retried. Try again in a minute.</source>
        <translation>Das Ratenlimit von HubSpot war auch nach Warten und erneuten Versuchen von SeqDesk noch erreicht. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The connection to HubSpot failed (%1), also when SeqDesk retried. Check the network and try again.</source>
        <translation>Die Verbindung zu HubSpot ist fehlgeschlagen (%1), auch bei erneuten Versuchen von SeqDesk. Prüfen Sie das Netzwerk und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>HubSpot had a temporary problem (HTTP %1), still after SeqDesk&apos;s retries. Try again in a few minutes.</source>
        <translation>HubSpot hatte ein vorübergehendes Problem (HTTP %1), auch nach den erneuten Versuchen von SeqDesk. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot;: %2</source>
        <translation>Die Basis-URL „%1“: %2</translation>
    </message>
    <message>
        <source>it is not an absolute URL with a scheme and a host, such as https://api.hubapi.com or http://127.0.0.1:8080</source>
        <translation>sie ist keine absolute URL mit Schema und Host, wie https://api.hubapi.com oder http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation>sie darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>it must not have a query or fragment</source>
        <translation>sie darf keine Abfrage und kein Fragment enthalten</translation>
    </message>
    <message>
        <source>it must use https; plain http is only allowed for loopback hosts (127.0.0.0/8, ::1, localhost)</source>
        <translation>sie muss https verwenden; einfaches http ist nur für Loopback-Hosts erlaubt (127.0.0.0/8, ::1, localhost)</translation>
    </message>
    <message>
        <source>it must use https</source>
        <translation>sie muss https verwenden</translation>
    </message>
    <message numerus="yes">
        <source>SeqDesk could not connect to HubSpot within %1 s (%n try(s) over %2 s). Check the network connection, proxy and firewall.</source>
        <translation>
            <numerusform>SeqDesk konnte innerhalb von %1 s keine Verbindung zu HubSpot herstellen (%n Versuch in %2 s). Prüfen Sie Netzwerkverbindung, Proxy und Firewall.</numerusform>
            <numerusform>SeqDesk konnte innerhalb von %1 s keine Verbindung zu HubSpot herstellen (%n Versuche in %2 s). Prüfen Sie Netzwerkverbindung, Proxy und Firewall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot accepted the connection but did not answer within %1 s (%n try(s) over %2 s). HubSpot or the network may be having problems; see status.hubspot.com.</source>
        <translation>
            <numerusform>HubSpot hat die Verbindung angenommen, aber nicht innerhalb von %1 s geantwortet (%n Versuch in %2 s). HubSpot oder das Netzwerk hat möglicherweise Probleme; siehe status.hubspot.com.</numerusform>
            <numerusform>HubSpot hat die Verbindung angenommen, aber nicht innerhalb von %1 s geantwortet (%n Versuche in %2 s). HubSpot oder das Netzwerk hat möglicherweise Probleme; siehe status.hubspot.com.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot&apos;s answer stopped arriving: no data for %1 s (%n try(s) over %2 s). Check the network connection.</source>
        <translation>
            <numerusform>Die Antwort von HubSpot kam nicht mehr an: %1 s lang keine Daten (%n Versuch in %2 s). Prüfen Sie die Netzwerkverbindung.</numerusform>
            <numerusform>Die Antwort von HubSpot kam nicht mehr an: %1 s lang keine Daten (%n Versuche in %2 s). Prüfen Sie die Netzwerkverbindung.</numerusform>
        </translation>
    </message>
    <message>
        <source>HubSpot did not answer in time, also when SeqDesk retried. Check the connection and try again.</source>
        <translation>HubSpot hat nicht rechtzeitig geantwortet, auch bei erneuten Versuchen von SeqDesk. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The token lacks the scope crm.lists.read: enrolling a HubSpot list&apos;s members and the rules need it (pasted or imported contacts do not). Add it in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes and paste the token again.</source>
        <translation>Dem Token fehlt der Bereich crm.lists.read: Das Registrieren der Mitglieder einer HubSpot-Liste und die Regeln benötigen ihn (eingefügte oder importierte Kontakte nicht). Fügen Sie ihn unter HubSpot &gt; Einstellungen &gt; Integrationen &gt; Private Apps &gt; Bereiche hinzu und fügen Sie das Token erneut ein.</translation>
    </message>
</context>
<context>
    <name>JobExport</name>
    <message>
        <source>enrolled (confirmed after an interruption)</source>
        <translation>registriert (nach einer Unterbrechung bestätigt)</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>the sender&apos;s rolling 24 h send cap is reached</source>
        <translation>das rollierende 24-h-Sendelimit des Absenders ist erreicht</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>noch nicht gesendet</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ListGrower</name>
    <message>
        <source>the portal has no DYNAMIC contact list</source>
        <translation>das Portal hat keine DYNAMISCHE Kontaktliste</translation>
    </message>
    <message>
        <source>list %1 is not a DYNAMIC contact list of this portal (GET /_sandbox/summary lists them)</source>
        <translation>Liste %1 ist keine DYNAMISCHE Kontaktliste dieses Portals (GET /_sandbox/summary listet sie auf)</translation>
    </message>
</context>
<context>
    <name>ListGrowth</name>
    <message>
        <source>[LISTID:]N/MINUTES (N from 1 to %1 contacts every MINUTES from 1 to %2; without LISTID the first DYNAMIC contact list)</source>
        <translation>[LISTID:]N/MINUTES (N von 1 bis %1 Kontakte alle MINUTES von 1 bis %2 Minuten; ohne LISTID die erste DYNAMISCHE Kontaktliste)</translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation>%1 konnte nicht auf „nur für den Inhaber lesbar“ gesetzt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>setting %1 must be an integer from %2 to %3</source>
        <translation>Einstellung %1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>setting %1 must be a number from 0 to 1</source>
        <translation>Einstellung %1 muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>setting %1 must be true or false</source>
        <translation>Einstellung %1 muss true oder false sein</translation>
    </message>
    <message>
        <source>setting errorShape must be standard, legacy or mixed</source>
        <translation>Einstellung errorShape muss standard, legacy oder mixed sein</translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation>unbekannte Einstellung %1</translation>
    </message>
    <message>
        <source>setting listGrowth must be an array of %1 or {&quot;listId&quot;, &quot;count&quot;, &quot;everyMinutes&quot;}</source>
        <translation>Einstellung listGrowth muss ein Array aus %1 oder {&quot;listId&quot;, &quot;count&quot;, &quot;everyMinutes&quot;} sein</translation>
    </message>
    <message>
        <source>setting listGrowth: %1 is not %2</source>
        <translation>Einstellung listGrowth: %1 ist nicht %2</translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>invalid value &apos;%1&apos; for %2: expected an integer from %3 to %4</source>
        <translation>ungültiger Wert „%1“ für %2: erwartet wird eine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2: expected a fraction from 0 to 1</source>
        <translation>ungültiger Wert „%1“ für %2: erwartet wird ein Bruchteil von 0 bis 1</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0 = pick a free one).</source>
        <translation>TCP-Port auf 127.0.0.1 (0 = einen freien wählen).</translation>
    </message>
    <message>
        <source>The bearer token the sandbox accepts.</source>
        <translation>Das Bearer-Token, das die Sandbox akzeptiert.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Seed of the demo data and of the fault randomness.</source>
        <translation>Startwert der Demodaten und des Fehler-Zufalls.</translation>
    </message>
    <message>
        <source>Added latency per answer in milliseconds.</source>
        <translation>Zusätzliche Latenz pro Antwort in Millisekunden.</translation>
    </message>
    <message>
        <source>Extra random latency up to N ms.</source>
        <translation>Zusätzliche zufällige Latenz bis zu N ms.</translation>
    </message>
    <message>
        <source>Requests per rolling window per token.</source>
        <translation>Anfragen pro rollierendem Zeitfenster pro Token.</translation>
    </message>
    <message>
        <source>Length of the rolling rate window.</source>
        <translation>Länge des rollierenden Ratenfensters.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Requests per day per token.</source>
        <translation>Anfragen pro Tag pro Token.</translation>
    </message>
    <message>
        <source>Sends per connected inbox per rolling 24 h.</source>
        <translation>Sendungen pro verbundenem Postfach in rollierenden 24 h.</translation>
    </message>
    <message>
        <source>Fraction of requests answered 5xx.</source>
        <translation>Anteil der Anfragen, die mit 5xx beantwortet werden.</translation>
    </message>
    <message>
        <source>Fraction of connections dropped before processing.</source>
        <translation>Anteil der Verbindungen, die vor der Verarbeitung abgebrochen werden.</translation>
    </message>
    <message>
        <source>Fraction of connections dropped after processing, before the answer.</source>
        <translation>Anteil der Verbindungen, die nach der Verarbeitung, vor der Antwort abgebrochen werden.</translation>
    </message>
    <message>
        <source>Fraction of 2xx answers with invalid JSON.</source>
        <translation>Anteil der 2xx-Antworten mit ungültigem JSON.</translation>
    </message>
    <message>
        <source>Fraction of 2xx answers cut short.</source>
        <translation>Anteil der 2xx-Antworten, die abgeschnitten werden.</translation>
    </message>
    <message>
        <source>Fraction of requests answered 429.</source>
        <translation>Anteil der Anfragen, die mit 429 beantwortet werden.</translation>
    </message>
    <message>
        <source>Answer the next N requests 429.</source>
        <translation>Die nächsten N Anfragen mit 429 beantworten.</translation>
    </message>
    <message>
        <source>Send no Retry-After header on 429.</source>
        <translation>Bei 429 keinen Retry-After-Header senden.</translation>
    </message>
    <message>
        <source>Omit the X-HubSpot-RateLimit-* headers.</source>
        <translation>Die X-HubSpot-RateLimit-*-Header weglassen.</translation>
    </message>
    <message>
        <source>List sequences always returns the same paging cursor.</source>
        <translation>Das Auflisten von Sequenzen liefert immer denselben Paging-Cursor.</translation>
    </message>
    <message>
        <source>Shape of enrollment errors: standard, legacy or mixed.</source>
        <translation>Form der Registrierungsfehler: standard, legacy oder mixed.</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>FORM</translation>
    </message>
    <message>
        <source>Comma-separated scopes granted to the token.</source>
        <translation>Durch Kommas getrennte Bereiche, die dem Token gewährt werden.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Number of owners (at least 6).</source>
        <translation>Anzahl der Inhaber (mindestens 6).</translation>
    </message>
    <message>
        <source>Number of sequences (at least 4).</source>
        <translation>Anzahl der Sequenzen (mindestens 4).</translation>
    </message>
    <message>
        <source>Number of contacts (at least 10).</source>
        <translation>Anzahl der Kontakte (mindestens 10).</translation>
    </message>
    <message>
        <source>invalid value for --token: the token must not be empty</source>
        <translation>ungültiger Wert für --token: Das Token darf nicht leer sein</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --error-shape: expected standard, legacy or mixed</source>
        <translation>ungültiger Wert „%1“ für --error-shape: erwartet wird standard, legacy oder mixed</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>Add one contact list of N members (more contacts if needed).</source>
        <translation>Eine Kontaktliste mit N Mitgliedern hinzufügen (bei Bedarf mehr Kontakte).</translation>
    </message>
    <message>
        <source>Every MINUTES, N eligible contacts join a DYNAMIC contact list (default: the first one); repeatable.</source>
        <translation>Alle MINUTES Minuten treten N geeignete Kontakte einer DYNAMISCHEN Kontaktliste bei (Standard: der ersten); wiederholbar.</translation>
    </message>
    <message>
        <source>[LISTID:]N/MINUTES</source>
        <translation>[LISTID:]N/MINUTES</translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --list-growth: expected %2</source>
        <translation>ungültiger Wert „%1“ für --list-growth: erwartet wird %2</translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>kann nicht auf 127.0.0.1:%1 lauschen: %2</translation>
    </message>
    <message>
        <source>setting listGrowth: %1</source>
        <translation>Einstellung listGrowth: %1</translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <source>the sandbox is not running</source>
        <translation>die Sandbox läuft nicht</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No token is stored for this portal.</source>
        <translation>Für dieses Portal ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). SeqDesk stores tokens only in the keychain: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). SeqDesk speichert Tokens nur im Schlüsselbund: Starten oder entsperren Sie Ihren Schlüsselbund (zum Beispiel GNOME Keyring oder KWallet) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert (%1).</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::CliRunner</name>
    <message>
        <source>--store-token needs the token in --token or HUBSPOT_ACCESS_TOKEN.
</source>
        <translation>--store-token benötigt das Token in --token oder HUBSPOT_ACCESS_TOKEN.
</translation>
    </message>
    <message>
        <source>No token: give --token, set HUBSPOT_ACCESS_TOKEN, or name with --portal-id a portal whose token was saved with --store-token.
</source>
        <translation>Kein Token: Geben Sie --token an, setzen Sie HUBSPOT_ACCESS_TOKEN oder nennen Sie mit --portal-id ein Portal, dessen Token mit --store-token gespeichert wurde.
</translation>
    </message>
    <message>
        <source>No token for portal %1 in the system keychain. Save one with --store-token.
</source>
        <translation>Kein Token für Portal %1 im Schlüsselbund des Systems. Speichern Sie eines mit --store-token.
</translation>
    </message>
    <message>
        <source>Token saved in the system keychain for portal %1 (%2). Use --portal-id %1 from now on.
</source>
        <translation>Token im Schlüsselbund des Systems für Portal %1 (%2) gespeichert. Verwenden Sie ab jetzt --portal-id %1.
</translation>
    </message>
    <message>
        <source>No local store in this build of the command.
</source>
        <translation>Kein lokaler Speicher in diesem Build des Befehls.
</translation>
    </message>
    <message>
        <source>The local store %1 could not be opened: %2
</source>
        <translation>Der lokale Speicher %1 konnte nicht geöffnet werden: %2
</translation>
    </message>
    <message>
        <source>No enrollment jobs yet.
</source>
        <translation>Noch keine Registrierungsaufträge.
</translation>
    </message>
    <message>
        <source>The local store failed: %1
</source>
        <translation>Der lokale Speicher ist fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>The portal has no contact lists.
</source>
        <translation>Das Portal hat keine Kontaktlisten.
</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.
</source>
        <translation>Keine Kontaktliste passt zu „%1“.
</translation>
    </message>
    <message>
        <source>No MCP server in this build of the command.
</source>
        <translation>Kein MCP-Server in diesem Build des Befehls.
</translation>
    </message>
    <message>
        <source>none (command line)</source>
        <translation>keine (Befehlszeile)</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::EnrollCommand</name>
    <message>
        <source>Line %1 (&quot;%2&quot;): %3
</source>
        <translation>Zeile %1 („%2“): %3
</translation>
    </message>
    <message>
        <source>... and %1 more invalid lines.
</source>
        <translation>... und %1 weitere ungültige Zeilen.
</translation>
    </message>
    <message>
        <source>No valid contact id or email in %1.</source>
        <translation>Keine gültige Kontakt-ID oder E-Mail-Adresse in %1.</translation>
    </message>
    <message>
        <source>%1: %2 contacts, %3 duplicates, %4 invalid lines.
</source>
        <translation>%1: %2 Kontakte, %3 Duplikate, %4 ungültige Zeilen.
</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>HubSpot-Portal %1</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Der lokale Speicher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Sending as user %1 (%2).
</source>
        <translation>Senden als Benutzer %1 (%2).
</translation>
    </message>
    <message>
        <source>No active HubSpot user has the email %1. Give the sending user with --user-id (seqdesk-cli --list-sequences shows user ids).</source>
        <translation>Kein aktiver HubSpot-Benutzer hat die E-Mail-Adresse %1. Geben Sie den sendenden Benutzer mit --user-id an (seqdesk-cli --list-sequences zeigt Benutzer-IDs).</translation>
    </message>
    <message numerus="yes">
        <source>Dry run: reading %n contact(s) from HubSpot...
</source>
        <translation>
            <numerusform>Vorschau: %n Kontakt wird aus HubSpot gelesen...
</numerusform>
            <numerusform>Vorschau: %n Kontakte werden aus HubSpot gelesen...
</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be enrolled, %2 skipped, %3 deferred by the send cap. Nothing was enrolled.
</source>
        <translation>Vorschau: %1 würden registriert, %2 übersprungen, %3 wegen des Sendelimits zurückgestellt. Es wurde niemand registriert.
</translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no job %1 (see --jobs).</source>
        <translation>Es gibt keinen Auftrag %1 (siehe --jobs).</translation>
    </message>
    <message>
        <source>Job %1 belongs to portal %2; the token is for portal %3.</source>
        <translation>Auftrag %1 gehört zu Portal %2; das Token ist für Portal %3.</translation>
    </message>
    <message>
        <source>  %1/%2 done: %3 enrolled, %4 skipped, %5 failed, %6 deferred
</source>
        <translation>  %1/%2 erledigt: %3 registriert, %4 übersprungen, %5 fehlgeschlagen, %6 zurückgestellt
</translation>
    </message>
    <message>
        <source>Job %1: enrolling (if interrupted, resume with: seqdesk-cli --resume %1)
</source>
        <translation>Auftrag %1: Registrierung läuft (bei Unterbrechung fortsetzen mit: seqdesk-cli --resume %1)
</translation>
    </message>
    <message>
        <source>Job %1 %2: %3 enrolled, %4 skipped, %5 failed, %6 deferred, %7 not sent.
</source>
        <translation>Auftrag %1 %2: %3 registriert, %4 übersprungen, %5 fehlgeschlagen, %6 zurückgestellt, %7 nicht gesendet.
</translation>
    </message>
    <message>
        <source>Resume it after %1 with: seqdesk-cli --resume %2
</source>
        <translation>Setzen Sie ihn nach %1 fort mit: seqdesk-cli --resume %2
</translation>
    </message>
    <message>
        <source>Results written to %1.
</source>
        <translation>Ergebnisse in %1 geschrieben.
</translation>
    </message>
    <message>
        <source>Sequence %1 does not exist or user %2 cannot use it (see --list-sequences).</source>
        <translation>Sequenz %1 existiert nicht oder Benutzer %2 kann sie nicht verwenden (siehe --list-sequences).</translation>
    </message>
    <message>
        <source>Job %1 keeps its send cap of %2 per rolling 24 hours (--daily-cap applies to new jobs only).
</source>
        <translation>Auftrag %1 behält sein Sendelimit von %2 pro rollierenden 24 Stunden (--daily-cap gilt nur für neue Aufträge).
</translation>
    </message>
    <message>
        <source>Reading the list: %1 of %2 members
</source>
        <translation>Liste wird gelesen: %1 von %2 Mitgliedern
</translation>
    </message>
    <message>
        <source>%1 seqdesk-cli --list-lists shows its contact lists.</source>
        <translation>%1 seqdesk-cli --list-lists zeigt die Kontaktlisten des Portals.</translation>
    </message>
    <message>
        <source>%1 Nothing was enrolled.</source>
        <translation>%1 Es wurde niemand registriert.</translation>
    </message>
    <message>
        <source>No job was saved; nobody was enrolled.</source>
        <translation>Es wurde kein Auftrag gespeichert; niemand wurde registriert.</translation>
    </message>
    <message>
        <source>%1 Nothing was sent or saved.</source>
        <translation>%1 Es wurde nichts gesendet oder gespeichert.</translation>
    </message>
    <message>
        <source>%1 Job %2 is in the local journal: seqdesk-cli --jobs --json lists it, and seqdesk-cli --resume %2 --output-json FILE writes its report again (going on with any contacts it has left).</source>
        <translation>%1 Auftrag %2 steht im lokalen Journal: seqdesk-cli --jobs --json listet ihn auf, und seqdesk-cli --resume %2 --output-json DATEI schreibt seinen Bericht erneut (und setzt verbleibende Kontakte fort).</translation>
    </message>
    <message>
        <source>%1 This was a dry run: nothing was enrolled.</source>
        <translation>%1 Dies war eine Vorschau: Es wurde niemand registriert.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::ReportFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be looked up (%2)</source>
        <translation>%1 kann nicht nachgeschlagen werden (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be followed (%2)</source>
        <translation>%1 kann nicht verfolgt werden (%2)</translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation>%1 ist ein Ordner</translation>
    </message>
    <message>
        <source>%1 is a socket</source>
        <translation>%1 ist ein Socket</translation>
    </message>
    <message>
        <source>%1 is a block device</source>
        <translation>%1 ist ein Blockgerät</translation>
    </message>
    <message>
        <source>%1 is not a file, a FIFO or a device</source>
        <translation>%1 ist weder eine Datei noch ein FIFO oder ein Gerät</translation>
    </message>
    <message>
        <source>descriptor %1 is not open (%2)</source>
        <translation>Deskriptor %1 ist nicht geöffnet (%2)</translation>
    </message>
    <message>
        <source>descriptor %1 is open for reading only</source>
        <translation>Deskriptor %1 ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>%1 is not writable (%2)</source>
        <translation>%1 ist nicht beschreibbar (%2)</translation>
    </message>
    <message>
        <source>no file can be created in the folder %1 (%2)</source>
        <translation>im Ordner %1 kann keine Datei erstellt werden (%2)</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation>Der Bericht kann nicht in %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2.</source>
        <translation>Der Bericht konnte nicht in %1 geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RuleAdminCommand</name>
    <message>
        <source>Not a rule command.</source>
        <translation>Kein Regelbefehl.</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Der lokale Speicher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is no list %1 in this portal. seqdesk-cli --list-lists shows its contact lists.</source>
        <translation>In diesem Portal gibt es keine Liste %1. seqdesk-cli --list-lists zeigt die Kontaktlisten des Portals.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; holds other records than contacts (object type %2): a rule enrolls the members of a contact list.</source>
        <translation>Die Liste „%1“ enthält andere Datensätze als Kontakte (Objekttyp %2): Eine Regel registriert die Mitglieder einer Kontaktliste.</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>Die Regel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 &quot;%2&quot; saved: the members who join the list &quot;%3&quot; are enrolled into &quot;%4&quot;, every %n minute(s). It is due now: seqdesk-cli --run-rules runs it.
</source>
        <translation>
            <numerusform>Regel %1 „%2“ gespeichert: Die Mitglieder, die der Liste „%3“ beitreten, werden in „%4“ registriert, alle %n Minute. Sie ist jetzt fällig: seqdesk-cli --run-rules führt sie aus.
</numerusform>
            <numerusform>Regel %1 „%2“ gespeichert: Die Mitglieder, die der Liste „%3“ beitreten, werden in „%4“ registriert, alle %n Minuten. Sie ist jetzt fällig: seqdesk-cli --run-rules führt sie aus.
</numerusform>
        </translation>
    </message>
    <message>
        <source>No enrollment rules yet: --add-rule saves one.
</source>
        <translation>Noch keine Registrierungsregeln: --add-rule speichert eine.
</translation>
    </message>
    <message>
        <source>There is no rule %1: it was deleted or never made (see --rules).</source>
        <translation>Es gibt keine Regel %1: Sie wurde gelöscht oder nie angelegt (siehe --rules).</translation>
    </message>
    <message>
        <source>Rule %1 belongs to portal %2, not to %3.</source>
        <translation>Regel %1 gehört zu Portal %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; is paused already.</source>
        <translation>Regel %1 „%2“ ist bereits pausiert.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; paused: it does not run until --resume-rule %1.</source>
        <translation>Regel %1 „%2“ pausiert: Sie läuft erst wieder nach --resume-rule %1.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; is enabled already.</source>
        <translation>Regel %1 „%2“ ist bereits aktiviert.</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; enabled again: it runs when due (next %3 UTC).</source>
        <translation>Regel %1 „%2“ wieder aktiviert: Sie läuft, wenn sie fällig ist (nächster Lauf %3 UTC).</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; deleted; its runs and jobs are kept.</source>
        <translation>Regel %1 „%2“ gelöscht; ihre Läufe und Aufträge bleiben erhalten.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no members yet: until someone joins it, the rule&apos;s runs find nobody new.
</source>
        <translation>Die Liste „%1“ hat noch keine Mitglieder: Bis jemand beitritt, finden die Läufe der Regel niemanden Neues.
</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RulesCommand</name>
    <message>
        <source>There is no rule %1: it was deleted or never made (see --rules).</source>
        <translation>Es gibt keine Regel %1: Sie wurde gelöscht oder nie angelegt (siehe --rules).</translation>
    </message>
    <message>
        <source>Rule %1 belongs to portal %2, not to %3.</source>
        <translation>Regel %1 gehört zu Portal %2, nicht zu %3.</translation>
    </message>
    <message>
        <source>Rule %1 is stopped: %2 Once that is fixed, --resume-rule %1 enables it again.</source>
        <translation>Regel %1 ist gestoppt: %2 Sobald das behoben ist, aktiviert --resume-rule %1 sie wieder.</translation>
    </message>
    <message>
        <source>Rule %1 is paused: --resume-rule %1 enables it again (--dry-run previews it as it is).</source>
        <translation>Regel %1 ist pausiert: --resume-rule %1 aktiviert sie wieder (--dry-run zeigt eine Vorschau im jetzigen Zustand).</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Der lokale Speicher ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Going on with %n job(s) of rules left to do.</source>
        <translation>
            <numerusform>%n offener Auftrag von Regeln wird fortgesetzt.</numerusform>
            <numerusform>%n offene Aufträge von Regeln werden fortgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (rule %2): enrolling as %3…</source>
        <translation>Auftrag %1 (Regel %2): Registrierung als %3…</translation>
    </message>
    <message>
        <source>  Job %1: %2/%3 done: %4 enrolled, %5 skipped, %6 failed, %7 deferred</source>
        <translation>  Auftrag %1: %2/%3 erledigt: %4 registriert, %5 übersprungen, %6 fehlgeschlagen, %7 zurückgestellt</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <source>Job %1 (rule %2, as %3) %4: %5 enrolled, %6 skipped, %7 failed, %8 deferred, %9 not sent.
</source>
        <translation>Auftrag %1 (Regel %2, als %3) %4: %5 registriert, %6 übersprungen, %7 fehlgeschlagen, %8 zurückgestellt, %9 nicht gesendet.
</translation>
    </message>
    <message>
        <source>  It goes on after %1 UTC, at a --run-rules from then on (or in the app).
</source>
        <translation>  Er wird nach %1 UTC fortgesetzt, bei einem --run-rules ab dann (oder in der App).
</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot;: previewing (dry run)…</source>
        <translation>Regel %1 „%2“: Vorschau (Testlauf)…</translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot;: running…</source>
        <translation>Regel %1 „%2“: wird ausgeführt…</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>Rule %1 stopped: %2 It does not run again until --resume-rule %1.
</source>
        <translation>Regel %1 gestoppt: %2 Sie läuft erst wieder nach --resume-rule %1.
</translation>
    </message>
    <message>
        <source>Rule %1 (dry run): %2 members, %3 new: %4 would be enrolled, %5 skipped, %6 waiting for room. Nothing was saved.
</source>
        <translation>Regel %1 (Vorschau): %2 Mitglieder, %3 neu: %4 würden registriert, %5 übersprungen, %6 warten auf Spielraum. Es wurde nichts gespeichert.
</translation>
    </message>
    <message>
        <source>Rule %1 done: %2 members, %3 new, %4 enrolled, %5 skipped, %6 failed, %7 waiting.
</source>
        <translation>Regel %1 fertig: %2 Mitglieder, %3 neu, %4 registriert, %5 übersprungen, %6 fehlgeschlagen, %7 wartend.
</translation>
    </message>
    <message>
        <source>Rule %1 skipped: %2
</source>
        <translation>Regel %1 übersprungen: %2
</translation>
    </message>
    <message>
        <source>Rule %1 failed: %2
</source>
        <translation>Regel %1 fehlgeschlagen: %2
</translation>
    </message>
    <message>
        <source>No rule of this portal is due now.
</source>
        <translation>Keine Regel dieses Portals ist jetzt fällig.
</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::ContactInput</name>
    <message>
        <source>Nothing to read: %1 is empty.</source>
        <translation>Nichts zu lesen: %1 ist leer.</translation>
    </message>
    <message>
        <source>Found only a header row in %1: no contacts below it.</source>
        <translation>In %1 nur eine Kopfzeile gefunden: keine Kontakte darunter.</translation>
    </message>
    <message>
        <source>Found no contact ids or emails in %1.</source>
        <translation>In %1 keine Kontakt-IDs oder E-Mail-Adressen gefunden.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is an Excel workbook (.xlsx) or another zip archive, not text. Export it as CSV (in Excel: Save As, CSV UTF-8) and choose that file.</source>
        <translation>%1 kann nicht gelesen werden: Es ist eine Excel-Arbeitsmappe (.xlsx) oder ein anderes ZIP-Archiv, kein Text. Exportieren Sie sie als CSV (in Excel: Speichern unter, CSV UTF-8) und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is an Excel 97-2003 workbook (.xls), not text. Save it as CSV UTF-8 and choose that file.</source>
        <translation>%1 kann nicht gelesen werden: Es ist eine Excel-97-2003-Arbeitsmappe (.xls), kein Text. Speichern Sie sie als CSV UTF-8 und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a PDF document, not text. Save the contacts as UTF-8 CSV or text.</source>
        <translation>%1 kann nicht gelesen werden: Es ist ein PDF-Dokument, kein Text. Speichern Sie die Kontakte als UTF-8-CSV oder Text.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is saved as UTF-16 (&quot;Unicode text&quot;). Save it as UTF-8 CSV or text.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei ist als UTF-16 („Unicode-Text“) gespeichert. Speichern Sie sie als UTF-8-CSV oder Text.</translation>
    </message>
    <message>
        <source>Cannot read %1: it holds binary data, not text. Save it as UTF-8 CSV or text.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei enthält Binärdaten, keinen Text. Speichern Sie sie als UTF-8-CSV oder Text.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not valid UTF-8. Save it as UTF-8 CSV or text.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei ist kein gültiges UTF-8. Speichern Sie sie als UTF-8-CSV oder Text.</translation>
    </message>
    <message>
        <source>Cannot read %1: line %2 is not valid UTF-8 (the file may use another encoding, such as Windows-1252). Save it as UTF-8 CSV or text.</source>
        <translation>%1 kann nicht gelesen werden: Zeile %2 ist kein gültiges UTF-8 (die Datei verwendet vielleicht eine andere Kodierung, etwa Windows-1252). Speichern Sie sie als UTF-8-CSV oder Text.</translation>
    </message>
    <message>
        <source>Ids and emails from %1 (no header row).</source>
        <translation>IDs und E-Mail-Adressen aus %1 (keine Kopfzeile).</translation>
    </message>
    <message>
        <source>Ids from column &quot;%1&quot;, emails from column &quot;%2&quot;.</source>
        <translation>IDs aus Spalte „%1“, E-Mail-Adressen aus Spalte „%2“.</translation>
    </message>
    <message>
        <source>Ids from column &quot;%1&quot;.</source>
        <translation>IDs aus Spalte „%1“.</translation>
    </message>
    <message>
        <source>Emails from column &quot;%1&quot;.</source>
        <translation>E-Mail-Adressen aus Spalte „%1“.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>der eingefügte Text</translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation>%1 kann nicht gelesen werden: Es ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MiB. Split it into smaller files.</source>
        <translation>%1 kann nicht gelesen werden: Die Datei ist größer als %2 MiB. Teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Zero is not a contact id.</source>
        <translation>Null ist keine Kontakt-ID.</translation>
    </message>
    <message>
        <source>Too large to be a HubSpot contact id.</source>
        <translation>Zu groß für eine HubSpot-Kontakt-ID.</translation>
    </message>
    <message>
        <source>Longer than 254 characters: not an email address.</source>
        <translation>Länger als 254 Zeichen: keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>An email address cannot contain spaces or control characters.</source>
        <translation>Eine E-Mail-Adresse darf keine Leerzeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>An email address cannot contain %1.</source>
        <translation>Eine E-Mail-Adresse darf kein %1 enthalten.</translation>
    </message>
    <message>
        <source>More than one @: not an email address.</source>
        <translation>Mehr als ein @: keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Nothing before the @: not an email address.</source>
        <translation>Nichts vor dem @: keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Nothing after the @: not an email address.</source>
        <translation>Nichts nach dem @: keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The domain after the @ has no dot: not an email address.</source>
        <translation>Die Domain nach dem @ hat keinen Punkt: keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The domain after the @ has an empty part (a dot at its start or end, or two dots in a row).</source>
        <translation>Die Domain nach dem @ hat einen leeren Teil (ein Punkt am Anfang oder Ende oder zwei Punkte hintereinander).</translation>
    </message>
    <message>
        <source>Contact ids are written without thousands separators.</source>
        <translation>Kontakt-IDs werden ohne Tausendertrennzeichen geschrieben.</translation>
    </message>
    <message>
        <source>Scientific notation: the spreadsheet shortened a long id and its last digits are lost. Format the column as a number without decimals, or as text, and export again.</source>
        <translation>Wissenschaftliche Schreibweise: Die Tabellenkalkulation hat eine lange ID gekürzt, ihre letzten Ziffern sind verloren. Formatieren Sie die Spalte als Zahl ohne Dezimalstellen oder als Text und exportieren Sie erneut.</translation>
    </message>
    <message>
        <source>Contact ids are whole numbers: remove the decimal part (the spreadsheet column may be formatted with decimals).</source>
        <translation>Kontakt-IDs sind ganze Zahlen: Entfernen Sie den Dezimalteil (die Spalte der Tabellenkalkulation ist vielleicht mit Dezimalstellen formatiert).</translation>
    </message>
    <message>
        <source>Not a whole number: contact ids have no decimal part.</source>
        <translation>Keine ganze Zahl: Kontakt-IDs haben keinen Dezimalteil.</translation>
    </message>
    <message>
        <source>Contact ids are positive whole numbers without a sign.</source>
        <translation>Kontakt-IDs sind positive ganze Zahlen ohne Vorzeichen.</translation>
    </message>
    <message>
        <source>No contact id or email address.</source>
        <translation>Keine Kontakt-ID oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Empty quoted value.</source>
        <translation>Leerer Wert in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Neither a contact id nor an email address.</source>
        <translation>Weder eine Kontakt-ID noch eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Line %1 of %2 opens a quoted field that is never closed.</source>
        <translation>Zeile %1 von %2 öffnet ein Feld in Anführungszeichen, das nie geschlossen wird.</translation>
    </message>
    <message>
        <source>Found no contact id or email column in %1. Its first row is: %2. Name the columns &quot;Record ID&quot; or &quot;Email&quot;, or give one id or email per line.</source>
        <translation>In %1 keine Spalte für Kontakt-ID oder E-Mail gefunden. Die erste Zeile lautet: %2. Benennen Sie die Spalten „Record ID“ oder „Email“ oder geben Sie eine ID oder E-Mail-Adresse pro Zeile an.</translation>
    </message>
    <message>
        <source>The row has fewer columns than the header (%1 of %2).</source>
        <translation>Die Zeile hat weniger Spalten als die Kopfzeile (%1 von %2).</translation>
    </message>
    <message>
        <source>An email address in the id column.</source>
        <translation>Eine E-Mail-Adresse in der ID-Spalte.</translation>
    </message>
    <message>
        <source>A number in the email column: not an email address.</source>
        <translation>Eine Zahl in der E-Mail-Spalte: keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>The row has no column %1.</source>
        <translation>Die Zeile hat keine Spalte %1.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::EnrollmentEngine</name>
    <message>
        <source>Job %1 is not in the local store.</source>
        <translation>Auftrag %1 ist nicht im lokalen Speicher.</translation>
    </message>
    <message>
        <source>Could not check whether contact %1 was enrolled before the interruption: %2</source>
        <translation>Es konnte nicht geprüft werden, ob Kontakt %1 vor der Unterbrechung registriert wurde: %2</translation>
    </message>
    <message>
        <source>Enrolled before the interruption (checked)</source>
        <translation>Vor der Unterbrechung registriert (geprüft)</translation>
    </message>
    <message>
        <source>The local journal could not be written: %1</source>
        <translation>Das lokale Journal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The sender&apos;s send cap is reached: %n contact(s) deferred until %1.</source>
        <translation>
            <numerusform>Das Sendelimit des Absenders ist erreicht: %n Kontakt bis %1 zurückgestellt.</numerusform>
            <numerusform>Das Sendelimit des Absenders ist erreicht: %n Kontakte bis %1 zurückgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>contact %1 is already in this job</source>
        <translation>Kontakt %1 ist bereits in diesem Auftrag</translation>
    </message>
    <message>
        <source>Another job is running.</source>
        <translation>Ein anderer Auftrag läuft.</translation>
    </message>
    <message>
        <source>Job %1 is running in another SeqDesk process (%2, process %3).</source>
        <translation>Auftrag %1 läuft in einem anderen SeqDesk-Prozess (%2, Prozess %3).</translation>
    </message>
    <message>
        <source>Job %1 could not be locked in %2.</source>
        <translation>Auftrag %1 konnte in %2 nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>The answer for contact %1 was lost (%2). Resume the job: SeqDesk checks that contact first.</source>
        <translation>Die Antwort für Kontakt %1 ging verloren (%2). Setzen Sie den Auftrag fort: SeqDesk prüft diesen Kontakt zuerst.</translation>
    </message>
    <message>
        <source>The requests were cancelled.</source>
        <translation>Die Anfragen wurden abgebrochen.</translation>
    </message>
    <message>
        <source>%1 contacts are not sent yet; resume the job.</source>
        <translation>%1 Kontakte sind noch nicht gesendet; setzen Sie den Auftrag fort.</translation>
    </message>
    <message>
        <source>Already enrolled in this sequence by another SeqDesk job (enrollment %1)</source>
        <translation>Bereits durch einen anderen SeqDesk-Auftrag in dieser Sequenz registriert (Registrierung %1)</translation>
    </message>
    <message>
        <source>HubSpot did not answer for contact %1; SeqDesk checks whether it was enrolled before sending anything again</source>
        <translation>HubSpot hat für Kontakt %1 nicht geantwortet; SeqDesk prüft, ob er registriert wurde, bevor erneut etwas gesendet wird</translation>
    </message>
    <message>
        <source>HubSpot did not answer</source>
        <translation>HubSpot hat nicht geantwortet</translation>
    </message>
    <message>
        <source>The local journal could not be read: %1</source>
        <translation>Das lokale Journal konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not check whether contact %1 was enrolled before the interruption</source>
        <translation>Es konnte nicht geprüft werden, ob Kontakt %1 vor der Unterbrechung registriert wurde</translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API limit for this portal is reached. It resets at midnight in the portal&apos;s time zone (%1): the job waits until %2.</source>
        <translation>Das tägliche API-Limit von HubSpot für dieses Portal ist erreicht. Es wird um Mitternacht in der Zeitzone des Portals (%1) zurückgesetzt: Der Auftrag wartet bis %2.</translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API limit for this portal is reached. It resets at midnight in the portal&apos;s time zone, which SeqDesk does not know: the job waits 24 hours, until %1.</source>
        <translation>Das tägliche API-Limit von HubSpot für dieses Portal ist erreicht. Es wird um Mitternacht in der Zeitzone des Portals zurückgesetzt, die SeqDesk nicht kennt: Der Auftrag wartet 24 Stunden, bis %1.</translation>
    </message>
    <message>
        <source>%1 (%2). The job waits until %3.</source>
        <translation>%1 (%2). Der Auftrag wartet bis %3.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::EnrollmentUseCase</name>
    <message>
        <source>The send cap must be from %1 to %2 emails per 24 hours, not %3.</source>
        <translation>Das Sendelimit muss zwischen %1 und %2 E-Mails pro 24 Stunden liegen, nicht %3.</translation>
    </message>
    <message>
        <source>The sender&apos;s recent enrollments could not be read from the mirror.</source>
        <translation>Die letzten Registrierungen des Absenders konnten nicht aus der lokalen Kopie gelesen werden.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::ListMembersReader</name>
    <message>
        <source>The list &quot;%1&quot; holds other records than contacts (object type %2): only contact lists can be enrolled.</source>
        <translation>Die Liste „%1“ enthält andere Datensätze als Kontakte (Objekttyp %2): Nur Kontaktlisten können registriert werden.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no members.</source>
        <translation>Die Liste „%1“ hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>There is no list %1 in this portal.</source>
        <translation>In diesem Portal gibt es keine Liste %1.</translation>
    </message>
    <message>
        <source>the HubSpot list &quot;%1&quot; (%2)</source>
        <translation>die HubSpot-Liste „%1“ (%2)</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::Prediction</name>
    <message>
        <source>same contact as line %1</source>
        <translation>derselbe Kontakt wie Zeile %1</translation>
    </message>
    <message>
        <source>same as line %1</source>
        <translation>wie Zeile %1</translation>
    </message>
    <message>
        <source>Will enroll</source>
        <translation>Wird registriert</translation>
    </message>
    <message>
        <source>Already in a sequence</source>
        <translation>Bereits in einer Sequenz</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar (Bounce)</translation>
    </message>
    <message>
        <source>Blocked address</source>
        <translation>Adresse gesperrt</translation>
    </message>
    <message>
        <source>No email address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Deferred (send cap)</source>
        <translation>Zurückgestellt (Sendelimit)</translation>
    </message>
    <message>
        <source>No sender (owner cannot use the sequence)</source>
        <translation>Kein Absender (Inhaber kann die Sequenz nicht verwenden)</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::DemoShowcase</name>
    <message>
        <source>New trial signups to %1</source>
        <translation>Neue Testanmeldungen in %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::JobRunner</name>
    <message>
        <source>Job %1 is running; retry it once it stopped.</source>
        <translation>Auftrag %1 läuft; wiederholen Sie ihn, sobald er gestoppt ist.</translation>
    </message>
    <message>
        <source>The failed contacts of job %1 could not be reset.</source>
        <translation>Die fehlgeschlagenen Kontakte von Auftrag %1 konnten nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>Job %1 is not in the mirror.</source>
        <translation>Auftrag %1 ist nicht in der lokalen Kopie.</translation>
    </message>
    <message>
        <source>Cancelled while paused.</source>
        <translation>Während der Pause abgebrochen.</translation>
    </message>
    <message>
        <source>SeqDesk was closed during the job; it goes on at the next start.</source>
        <translation>SeqDesk wurde während des Auftrags geschlossen; er wird beim nächsten Start fortgesetzt.</translation>
    </message>
    <message>
        <source>Paused before it started.</source>
        <translation>Vor dem Start pausiert.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::RuleScheduler</name>
    <message>
        <source>Rule %1 is not in the local store any more.</source>
        <translation>Regel %1 ist nicht mehr im lokalen Speicher.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::CatalogTools</name>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Die lokale Kopie von SeqDesk ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Syncing: reading sequences (%1 of %2 users)</source>
        <translation>Synchronisierung: Sequenzen werden gelesen (%1 von %2 Benutzern)</translation>
    </message>
    <message>
        <source>Syncing: reading details (%1 of %2)</source>
        <translation>Synchronisierung: Details werden gelesen (%1 von %2)</translation>
    </message>
    <message>
        <source>The portal&apos;s sequences could not be synced from HubSpot: %1 Try again later, or sync the portal in the SeqDesk app.</source>
        <translation>Die Sequenzen des Portals konnten nicht aus HubSpot synchronisiert werden: %1 Versuchen Sie es später erneut oder synchronisieren Sie das Portal in der SeqDesk-App.</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) match.</source>
        <translation>
            <numerusform>%n Sequenz passt.</numerusform>
            <numerusform>%n Sequenzen passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; narrow with query or status.</source>
        <translation>Die ersten %1 sind aufgeführt; grenzen Sie mit query oder status ein.</translation>
    </message>
    <message>
        <source>The sync older than 24 hours could not be refreshed (%1): these are the sequences of the last sync.</source>
        <translation>Die über 24 Stunden alte Synchronisierung konnte nicht aktualisiert werden (%1): Dies sind die Sequenzen der letzten Synchronisierung.</translation>
    </message>
    <message>
        <source>Only sequences with status &quot;active&quot; can be enrolled into.</source>
        <translation>Nur in Sequenzen mit Status „active“ kann registriert werden.</translation>
    </message>
    <message>
        <source>Reading lists: %1</source>
        <translation>Listen werden gelesen: %1</translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation>Das Portal hat keine Kontaktlisten.</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation>Keine Kontaktliste passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact list(s).</source>
        <translation>
            <numerusform>%n Kontaktliste.</numerusform>
            <numerusform>%n Kontaktlisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>More lists match: narrow with query.</source>
        <translation>Weitere Listen passen: Grenzen Sie mit query ein.</translation>
    </message>
    <message>
        <source>preview_enrollment takes a list&apos;s id as listId.</source>
        <translation>preview_enrollment erwartet die ID einer Liste als listId.</translation>
    </message>
    <message>
        <source>List sequences</source>
        <translation>Sequenzen auflisten</translation>
    </message>
    <message>
        <source>The HubSpot sequences of the portal, from SeqDesk&apos;s local mirror (synced from HubSpot first when its last sync is older than 24 hours): id, name, status, owner, number of steps. Only &quot;active&quot; sequences can be enrolled into. Use it to find the sequenceId for preview_enrollment.</source>
        <translation>Die HubSpot-Sequenzen des Portals aus der lokalen Kopie von SeqDesk (zuvor aus HubSpot synchronisiert, wenn die letzte Synchronisierung älter als 24 Stunden ist): ID, Name, Status, Inhaber, Anzahl der Schritte. Nur in „active“-Sequenzen kann registriert werden. Damit finden Sie die sequenceId für preview_enrollment.</translation>
    </message>
    <message>
        <source>Only sequences with this status.</source>
        <translation>Nur Sequenzen mit diesem Status.</translation>
    </message>
    <message>
        <source>Only sequences whose name contains this text (or whose id it is).</source>
        <translation>Nur Sequenzen, deren Name diesen Text enthält (oder deren ID er ist).</translation>
    </message>
    <message>
        <source>List contact lists</source>
        <translation>Kontaktlisten auflisten</translation>
    </message>
    <message>
        <source>The portal&apos;s HubSpot contact lists (needs the token&apos;s crm.lists.read scope): id, name, size (members) and kind (static, active or snapshot), best matches first. Use it to find the listId for preview_enrollment.</source>
        <translation>Die HubSpot-Kontaktlisten des Portals (erfordert den Bereich crm.lists.read des Tokens): ID, Name, Größe (Mitglieder) und Art (static, active oder snapshot), beste Treffer zuerst. Damit finden Sie die listId für preview_enrollment.</translation>
    </message>
    <message>
        <source>Only lists whose name matches (HubSpot&apos;s name search).</source>
        <translation>Nur Listen, deren Name passt (Namenssuche von HubSpot).</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::JobTools</name>
    <message>
        <source>It is running: call get_job again to follow it.</source>
        <translation>Er läuft: Rufen Sie get_job erneut auf, um ihn zu verfolgen.</translation>
    </message>
    <message>
        <source>It is saved and not started: resume_job %1 starts it.</source>
        <translation>Er ist gespeichert und nicht gestartet: resume_job %1 startet ihn.</translation>
    </message>
    <message>
        <source>It was left running by a SeqDesk process that ended (or another process runs it): resume_job %1 goes on with it, each contact once.</source>
        <translation>Er ist als laufend markiert, aber der SeqDesk-Prozess, der ihn ausführte, wurde beendet (oder ein anderer Prozess führt ihn aus): resume_job %1 setzt ihn fort, jeden Kontakt einmal.</translation>
    </message>
    <message>
        <source>It waits until %1 UTC (the sender&apos;s send cap or HubSpot&apos;s limits): resume_job %2 then goes on with it.</source>
        <translation>Er wartet bis %1 UTC (Sendelimit des Absenders oder Limits von HubSpot): resume_job %2 setzt ihn dann fort.</translation>
    </message>
    <message>
        <source>It is paused: resume_job %1 goes on with it.</source>
        <translation>Er ist pausiert: resume_job %1 setzt ihn fort.</translation>
    </message>
    <message>
        <source>It is cancelled: its contacts not sent stay unsent.</source>
        <translation>Er ist abgebrochen: Seine nicht gesendeten Kontakte bleiben ungesendet.</translation>
    </message>
    <message>
        <source>It is done.</source>
        <translation>Er ist fertig.</translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation>Er ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no job %1 in SeqDesk&apos;s journal: start_enrollment returns the job ids.</source>
        <translation>Es gibt keinen Auftrag %1 im Journal von SeqDesk: start_enrollment gibt die Auftrags-IDs zurück.</translation>
    </message>
    <message>
        <source>Job %1 belongs to portal %2; this server&apos;s token is for portal %3.</source>
        <translation>Auftrag %1 gehört zu Portal %2; das Token dieses Servers ist für Portal %3.</translation>
    </message>
    <message>
        <source>Job %1 is not running here, so there is nothing to pause.</source>
        <translation>Auftrag %1 läuft hier nicht, es gibt also nichts zu pausieren.</translation>
    </message>
    <message>
        <source>Job %1 is not running in this server: resume_job it here first, then cancel it.</source>
        <translation>Auftrag %1 läuft nicht in diesem Server: Setzen Sie ihn hier zuerst mit resume_job fort und brechen Sie ihn dann ab.</translation>
    </message>
    <message>
        <source>Job %1 has ended: nothing to cancel.</source>
        <translation>Auftrag %1 ist beendet: nichts abzubrechen.</translation>
    </message>
    <message>
        <source>Job %1 is cancelled: it is never run again. Preview the contacts again for a new job.</source>
        <translation>Auftrag %1 ist abgebrochen: Er wird nie wieder ausgeführt. Erstellen Sie für einen neuen Auftrag erneut eine Vorschau der Kontakte.</translation>
    </message>
    <message>
        <source>Job %1 is running already.</source>
        <translation>Auftrag %1 läuft bereits.</translation>
    </message>
    <message>
        <source>Job %1 waits for the job running in this server; it starts after it.</source>
        <translation>Auftrag %1 wartet auf den Auftrag, der in diesem Server läuft; er startet danach.</translation>
    </message>
    <message>
        <source>Job %1 goes on: call get_job to follow it.</source>
        <translation>Auftrag %1 wird fortgesetzt: Rufen Sie get_job auf, um ihn zu verfolgen.</translation>
    </message>
    <message>
        <source>Job %1 is %2: %3 enrolled, %4 skipped, %5 failed, %6 deferred, %7 not sent yet.</source>
        <translation>Auftrag %1 ist %2: %3 registriert, %4 übersprungen, %5 fehlgeschlagen, %6 zurückgestellt, %7 noch nicht gesendet.</translation>
    </message>
    <message>
        <source>The job&apos;s id (start_enrollment returned it).</source>
        <translation>Die ID des Auftrags (von start_enrollment zurückgegeben).</translation>
    </message>
    <message>
        <source>Get a job</source>
        <translation>Auftrag abrufen</translation>
    </message>
    <message>
        <source>An enrollment job from SeqDesk&apos;s journal: its state (draft, running, paused, cancelled, completed, failed), counts (enrolled, skipped, failed, deferred, not sent yet), when it resumes, the reasons of skips and failures, and what to do next.</source>
        <translation>Ein Registrierungsauftrag aus dem Journal von SeqDesk: sein Zustand (draft, running, paused, cancelled, completed, failed), Zähler (registriert, übersprungen, fehlgeschlagen, zurückgestellt, noch nicht gesendet), wann er fortgesetzt wird, die Gründe für Übersprünge und Fehler und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Pause a job</source>
        <translation>Auftrag pausieren</translation>
    </message>
    <message>
        <source>Pauses a job running in this server: requests in flight finish and are journaled, nothing more is sent until resume_job.</source>
        <translation>Pausiert einen in diesem Server laufenden Auftrag: Laufende Anfragen werden abgeschlossen und protokolliert, bis resume_job wird nichts mehr gesendet.</translation>
    </message>
    <message>
        <source>Resume a job</source>
        <translation>Auftrag fortsetzen</translation>
    </message>
    <message>
        <source>Goes on with a paused or interrupted job (also one a killed SeqDesk process left running, or one waiting for the send cap): contacts whose request was in flight are checked with HubSpot first, so each contact is enrolled once.</source>
        <translation>Setzt einen pausierten oder unterbrochenen Auftrag fort (auch einen, den ein beendeter SeqDesk-Prozess laufend hinterlassen hat, oder einen, der auf das Sendelimit wartet): Kontakte, deren Anfrage unterwegs war, werden zuerst bei HubSpot geprüft, sodass jeder Kontakt einmal registriert wird.</translation>
    </message>
    <message>
        <source>Cancel a job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Cancels a job running or paused in this server: contacts not sent yet are never sent. Those enrolled stay enrolled.</source>
        <translation>Bricht einen in diesem Server laufenden oder pausierten Auftrag ab: Noch nicht gesendete Kontakte werden nie gesendet. Registrierte bleiben registriert.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::McpContext</name>
    <message>
        <source>The job belongs to portal %1; this server&apos;s token is for portal %2. Start seqdesk-cli --mcp with that portal&apos;s token to go on with it.</source>
        <translation>Der Auftrag gehört zu Portal %1; das Token dieses Servers ist für Portal %2. Starten Sie seqdesk-cli --mcp mit dem Token dieses Portals, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Die lokale Kopie von SeqDesk ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::McpHost</name>
    <message>
        <source>SeqDesk enrolls HubSpot contacts into sequences safely. Find a sequence with list_sequences (status active) and, if the contacts are a list, its id with list_contact_lists. Always call preview_enrollment first and show the user its counts and contacts; call start_enrollment with the previewId and confirm: true only after the user agreed (a preview expires after 15 minutes). Follow the job with get_job; pause_job, resume_job and cancel_job control it. Contacts beyond the sender&apos;s send cap are deferred, not dropped: resume_job goes on once they are due.</source>
        <translation>SeqDesk registriert HubSpot-Kontakte sicher in Sequenzen. Finden Sie eine Sequenz mit list_sequences (Status active) und, wenn die Kontakte eine Liste sind, deren ID mit list_contact_lists. Rufen Sie immer zuerst preview_enrollment auf und zeigen Sie dem Benutzer die Zähler und Kontakte; rufen Sie start_enrollment mit der previewId und confirm: true erst auf, nachdem der Benutzer zugestimmt hat (eine Vorschau verfällt nach 15 Minuten). Verfolgen Sie den Auftrag mit get_job; pause_job, resume_job und cancel_job steuern ihn. Kontakte jenseits des Sendelimits des Absenders werden zurückgestellt, nicht verworfen: resume_job setzt fort, sobald sie fällig sind.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::PreviewTool</name>
    <message>
        <source>&quot;senderEmail&quot; must be the email address of the connected inbox the sequence&apos;s emails are sent from.</source>
        <translation>„senderEmail“ muss die E-Mail-Adresse des verbundenen Postfachs sein, von dem die E-Mails der Sequenz gesendet werden.</translation>
    </message>
    <message>
        <source>Give exactly one of contactIds, emails and listId.</source>
        <translation>Geben Sie genau eines von contactIds, emails und listId an.</translation>
    </message>
    <message>
        <source>No valid contact id or email: %1</source>
        <translation>Keine gültige Kontakt-ID oder E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>No valid contact id or email.</source>
        <translation>Keine gültige Kontakt-ID oder E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 list_contact_lists shows the portal&apos;s contact lists.</source>
        <translation>%1 list_contact_lists zeigt die Kontaktlisten des Portals.</translation>
    </message>
    <message>
        <source>Reading the list&apos;s members: %1 of %2</source>
        <translation>Mitglieder der Liste werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>No active HubSpot user of the portal has the email %1: give the sender&apos;s own HubSpot login email (its connected inbox).</source>
        <translation>Kein aktiver HubSpot-Benutzer des Portals hat die E-Mail-Adresse %1: Geben Sie die eigene HubSpot-Anmelde-E-Mail des Absenders an (sein verbundenes Postfach).</translation>
    </message>
    <message>
        <source>%1 Nothing was previewed.</source>
        <translation>%1 Es wurde keine Vorschau erstellt.</translation>
    </message>
    <message>
        <source>Sequence %1 does not exist, or %2 cannot use it: list_sequences shows the sequences.</source>
        <translation>Sequenz %1 existiert nicht oder %2 kann sie nicht verwenden: list_sequences zeigt die Sequenzen.</translation>
    </message>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Die lokale Kopie von SeqDesk ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 contacts read</source>
        <translation>Vorschau: %1 von %2 Kontakten gelesen</translation>
    </message>
    <message>
        <source>The preview could not be saved (%1); nothing was enrolled.</source>
        <translation>Die Vorschau konnte nicht gespeichert werden (%1); niemand wurde registriert.</translation>
    </message>
    <message>
        <source>Preview %1 of &quot;%2&quot; as %3: %4 would be enrolled now, %5 skipped, %6 deferred by the sender&apos;s send cap (enrolled later, when the job is resumed). Nothing was enrolled. Show this to the user; only once they agree, call start_enrollment with this previewId and confirm: true before %7 (UTC).</source>
        <translation>Vorschau %1 von „%2“ als %3: %4 würden jetzt registriert, %5 übersprungen, %6 wegen des Sendelimits des Absenders zurückgestellt (später registriert, wenn der Auftrag fortgesetzt wird). Es wurde niemand registriert. Zeigen Sie dies dem Benutzer; rufen Sie erst nach seiner Zustimmung start_enrollment mit dieser previewId und confirm: true vor %7 (UTC) auf.</translation>
    </message>
    <message>
        <source>Preview an enrollment</source>
        <translation>Vorschau einer Registrierung</translation>
    </message>
    <message>
        <source>A dry run of enrolling contacts into a sequence, as the SeqDesk wizard&apos;s preview: HubSpot is only read, nobody is enrolled. Returns counts per predicted outcome (enroll, already_enrolled, unsubscribed, bounced, blocked, no_email, not_found, duplicate, deferred by the sender&apos;s rolling 24 h send cap), the first 50 contacts with their outcome and reason, and a previewId. Show the result to the user; start_enrollment with that previewId (within 15 minutes) enrolls exactly these contacts. Give the contacts as exactly one of contactIds, emails or listId.</source>
        <translation>Ein Testlauf der Registrierung von Kontakten in einer Sequenz, wie die Vorschau im SeqDesk-Assistenten: HubSpot wird nur gelesen, niemand wird registriert. Gibt Zähler pro vorhergesagtem Ergebnis zurück (enroll, already_enrolled, unsubscribed, bounced, blocked, no_email, not_found, duplicate, deferred durch das rollierende 24-h-Sendelimit des Absenders), die ersten 50 Kontakte mit Ergebnis und Grund sowie eine previewId. Zeigen Sie das Ergebnis dem Benutzer; start_enrollment mit dieser previewId (innerhalb von 15 Minuten) registriert genau diese Kontakte. Geben Sie die Kontakte als genau eines von contactIds, emails oder listId an.</translation>
    </message>
    <message>
        <source>HubSpot contact ids.</source>
        <translation>HubSpot-Kontakt-IDs.</translation>
    </message>
    <message>
        <source>Contacts&apos; email addresses.</source>
        <translation>E-Mail-Adressen der Kontakte.</translation>
    </message>
    <message>
        <source>The sequence&apos;s id (list_sequences); it must be active.</source>
        <translation>Die ID der Sequenz (list_sequences); sie muss aktiv sein.</translation>
    </message>
    <message>
        <source>The HubSpot user&apos;s email whose connected inbox sends the sequence&apos;s emails.</source>
        <translation>Die E-Mail-Adresse des HubSpot-Benutzers, dessen verbundenes Postfach die E-Mails der Sequenz sendet.</translation>
    </message>
    <message>
        <source>A contact list&apos;s id (list_contact_lists): its members.</source>
        <translation>Die ID einer Kontaktliste (list_contact_lists): ihre Mitglieder.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::StartTool</name>
    <message>
        <source>Not started: start_enrollment needs confirm: true, given only after the user saw the preview and agreed to enroll these contacts. %1</source>
        <translation>Nicht gestartet: start_enrollment benötigt confirm: true, erst nachdem der Benutzer die Vorschau gesehen und der Registrierung dieser Kontakte zugestimmt hat. %1</translation>
    </message>
    <message>
        <source>There is no preview &quot;%1&quot;: call preview_enrollment first and start the previewId it returns. %2</source>
        <translation>Es gibt keine Vorschau „%1“: Rufen Sie zuerst preview_enrollment auf und starten Sie die zurückgegebene previewId. %2</translation>
    </message>
    <message>
        <source>Preview %1 was started already as job %2: get_job %2 shows it. A preview starts one job; nobody was enrolled again.</source>
        <translation>Vorschau %1 wurde bereits als Auftrag %2 gestartet: get_job %2 zeigt ihn. Eine Vorschau startet einen Auftrag; niemand wurde erneut registriert.</translation>
    </message>
    <message>
        <source>Preview %1 is of portal %2; this server&apos;s token is for portal %3. %4</source>
        <translation>Vorschau %1 gehört zu Portal %2; das Token dieses Servers ist für Portal %3. %4</translation>
    </message>
    <message>
        <source>Nobody was enrolled.</source>
        <translation>Niemand wurde registriert.</translation>
    </message>
    <message>
        <source>Sequence %1 is gone, or %2 cannot use it any more. %3</source>
        <translation>Sequenz %1 existiert nicht mehr oder %2 kann sie nicht mehr verwenden. %3</translation>
    </message>
    <message>
        <source>Preview %1 is stale: the sequence &quot;%2&quot; changed in HubSpot since the preview. Call preview_enrollment again and show the user the new result. %3</source>
        <translation>Vorschau %1 ist veraltet: Die Sequenz „%2“ hat sich seit der Vorschau in HubSpot geändert. Rufen Sie preview_enrollment erneut auf und zeigen Sie dem Benutzer das neue Ergebnis. %3</translation>
    </message>
    <message>
        <source>Preview %1 was started already as job %2: get_job %2 shows it.</source>
        <translation>Vorschau %1 wurde bereits als Auftrag %2 gestartet: get_job %2 zeigt ihn.</translation>
    </message>
    <message>
        <source>Preview %1 is being started by another call.</source>
        <translation>Vorschau %1 wird gerade von einem anderen Aufruf gestartet.</translation>
    </message>
    <message>
        <source>The job could not be saved: %1 %2</source>
        <translation>Der Auftrag konnte nicht gespeichert werden: %1 %2</translation>
    </message>
    <message>
        <source>Job %1 started: %2 contacts to enroll now, %3 deferred by the send cap. SeqDesk journals each contact, so nobody is enrolled twice. Follow it with get_job %1; pause_job, resume_job and cancel_job control it.</source>
        <translation>Auftrag %1 gestartet: %2 Kontakte werden jetzt registriert, %3 wegen des Sendelimits zurückgestellt. SeqDesk protokolliert jeden Kontakt im Journal, sodass niemand doppelt registriert wird. Verfolgen Sie ihn mit get_job %1; pause_job, resume_job und cancel_job steuern ihn.</translation>
    </message>
    <message>
        <source>Start a previewed enrollment</source>
        <translation>Vorgeschaute Registrierung starten</translation>
    </message>
    <message>
        <source>Enrolls exactly the contacts of a preview (preview_enrollment) as a SeqDesk job: journaled (each contact at most once, even across crashes), within the sender&apos;s send cap (the rest deferred), resumable. Call it only after the user saw the preview and agreed, with confirm: true. Refused when the preview is missing, older than 15 minutes, started already, or the sequence changed since. Returns the job id: follow it with get_job.</source>
        <translation>Registriert genau die Kontakte einer Vorschau (preview_enrollment) als SeqDesk-Auftrag: im Journal protokolliert (jeder Kontakt höchstens einmal, auch über Abstürze hinweg), innerhalb des Sendelimits des Absenders (der Rest zurückgestellt), fortsetzbar. Rufen Sie es erst auf, nachdem der Benutzer die Vorschau gesehen und zugestimmt hat, mit confirm: true. Abgelehnt, wenn die Vorschau fehlt, älter als 15 Minuten ist, bereits gestartet wurde oder sich die Sequenz seitdem geändert hat. Gibt die Auftrags-ID zurück: Verfolgen Sie sie mit get_job.</translation>
    </message>
    <message>
        <source>The previewId preview_enrollment returned.</source>
        <translation>Die previewId, die preview_enrollment zurückgegeben hat.</translation>
    </message>
    <message>
        <source>true: the user confirmed this enrollment.</source>
        <translation>true: Der Benutzer hat diese Registrierung bestätigt.</translation>
    </message>
    <message>
        <source>Optional label for the job (shown in SeqDesk&apos;s Analytics).</source>
        <translation>Optionale Bezeichnung für den Auftrag (in den Analysen von SeqDesk angezeigt).</translation>
    </message>
    <message>
        <source>Preview %1 is dated later than this computer&apos;s clock (was the clock set back?), so its age is unknown. Call preview_enrollment again, show the user the new result, and start that one. %2</source>
        <translation>Vorschau %1 ist später datiert als die Uhr dieses Computers (wurde die Uhr zurückgestellt?), ihr Alter ist also unbekannt. Rufen Sie preview_enrollment erneut auf, zeigen Sie dem Benutzer das neue Ergebnis und starten Sie dieses. %2</translation>
    </message>
    <message numerus="yes">
        <source>Preview %1 is stale: it was made %n minutes ago, and a preview can be started for 15 minutes. Call preview_enrollment again, show the user the new result, and start that one. %2</source>
        <translation>
            <numerusform>Vorschau %1 ist veraltet: Sie wurde vor %n Minute erstellt, und eine Vorschau kann 15 Minuten lang gestartet werden. Rufen Sie preview_enrollment erneut auf, zeigen Sie dem Benutzer das neue Ergebnis und starten Sie dieses. %2</numerusform>
            <numerusform>Vorschau %1 ist veraltet: Sie wurde vor %n Minuten erstellt, und eine Vorschau kann 15 Minuten lang gestartet werden. Rufen Sie preview_enrollment erneut auf, zeigen Sie dem Benutzer das neue Ergebnis und starten Sie dieses. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::SummaryTool</name>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation>Die lokale Kopie von SeqDesk ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>In the last %1 days SeqDesk enrolled %2 contacts, skipped %3, failed %4 and deferred %5 (success rate %6 %).</source>
        <translation>In den letzten %1 Tagen hat SeqDesk %2 Kontakte registriert, %3 übersprungen, %4 sind fehlgeschlagen und %5 wurden zurückgestellt (Erfolgsquote %6 %).</translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation>Registrierungsübersicht</translation>
    </message>
    <message>
        <source>What SeqDesk enrolled in the portal (the app&apos;s Analytics numbers, from its local journal: the wizard&apos;s, seqdesk-cli&apos;s, the rules&apos; and this server&apos;s jobs): enrolled, skipped, failed and deferred contacts and the success rate, per sequence, and the most common reasons for skips and failures.</source>
        <translation>Was SeqDesk im Portal registriert hat (die Zahlen der Analysen der App aus ihrem lokalen Journal: die Aufträge des Assistenten, von seqdesk-cli, der Regeln und dieses Servers): registrierte, übersprungene, fehlgeschlagene und zurückgestellte Kontakte und die Erfolgsquote, pro Sequenz, sowie die häufigsten Gründe für Übersprünge und Fehler.</translation>
    </message>
    <message>
        <source>Only this sequence (its id).</source>
        <translation>Nur diese Sequenz (ihre ID).</translation>
    </message>
    <message>
        <source>The last N days (default 30).</source>
        <translation>Die letzten N Tage (Standard 30).</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::ToolArgs</name>
    <message>
        <source>Unknown argument &quot;%1&quot;: this tool takes no arguments.</source>
        <translation>Unbekanntes Argument „%1“: Dieses Tool akzeptiert keine Argumente.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;: this tool takes %2.</source>
        <translation>Unbekanntes Argument „%1“: Dieses Tool akzeptiert %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a HubSpot id: digits, such as &quot;712011983&quot;.</source>
        <translation>„%1“ muss eine HubSpot-ID sein: Ziffern, etwa „712011983“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>„%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation>„%1“ ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of 1 to %2 HubSpot ids.</source>
        <translation>„%1“ muss ein Array aus 1 bis %2 HubSpot-IDs sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold HubSpot ids only (digits, such as &quot;101&quot;).</source>
        <translation>„%1“ darf nur HubSpot-IDs enthalten (Ziffern, etwa „101“).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of 1 to %2 strings.</source>
        <translation>„%1“ muss ein Array aus 1 bis %2 Zeichenketten sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold strings only.</source>
        <translation>„%1“ darf nur Zeichenketten enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation>„%1“ muss einer der Werte %2 sein.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Rules::RuleCheck</name>
    <message>
        <source>The rule needs a name.</source>
        <translation>Die Regel braucht einen Namen.</translation>
    </message>
    <message>
        <source>The rule&apos;s name is longer than 200 characters.</source>
        <translation>Der Name der Regel ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <source>The list must be a HubSpot list id (digits), not &quot;%1&quot;.</source>
        <translation>Die Liste muss eine HubSpot-Listen-ID (Ziffern) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The sequence must be a HubSpot sequence id (digits), not &quot;%1&quot;.</source>
        <translation>Die Sequenz muss eine HubSpot-Sequenz-ID (Ziffern) sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address of a sender inbox.</source>
        <translation>„%1“ ist keine E-Mail-Adresse eines Absenderpostfachs.</translation>
    </message>
    <message>
        <source>A rule with one sender needs exactly one sender inbox (it has %1).</source>
        <translation>Eine Regel mit einem Absender braucht genau ein Absenderpostfach (sie hat %1).</translation>
    </message>
    <message>
        <source>A rotation needs two or more different sender inboxes.</source>
        <translation>Eine Rotation braucht zwei oder mehr verschiedene Absenderpostfächer.</translation>
    </message>
    <message>
        <source>A rotation names a sender inbox twice.</source>
        <translation>Eine Rotation nennt ein Absenderpostfach doppelt.</translation>
    </message>
    <message>
        <source>A rule that sends as the contact&apos;s owner takes no sender inbox; give a fallback inbox instead.</source>
        <translation>Eine Regel, die als Kontaktinhaber sendet, hat kein Absenderpostfach; geben Sie stattdessen ein Ersatzpostfach an.</translation>
    </message>
    <message>
        <source>Only a rule that sends as the contact&apos;s owner has a fallback inbox.</source>
        <translation>Nur eine Regel, die als Kontaktinhaber sendet, hat ein Ersatzpostfach.</translation>
    </message>
    <message>
        <source>The fallback inbox &quot;%1&quot; is not an email address.</source>
        <translation>Das Ersatzpostfach „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Contacts per run must be 0 (no limit) to %1.</source>
        <translation>Kontakte pro Lauf müssen zwischen 0 (kein Limit) und %1 liegen.</translation>
    </message>
    <message>
        <source>Contacts per day must be 0 (no limit) to %1.</source>
        <translation>Kontakte pro Tag müssen zwischen 0 (kein Limit) und %1 liegen.</translation>
    </message>
    <message>
        <source>The rule runs every 1 to %1 minutes (a week), not %2.</source>
        <translation>Die Regel läuft alle 1 bis %1 Minuten (eine Woche), nicht %2.</translation>
    </message>
    <message>
        <source>&quot;Again after&quot; is 0 (never) to %1 days.</source>
        <translation>„Erneut registrieren nach“ liegt zwischen 0 (nie) und %1 Tagen.</translation>
    </message>
    <message>
        <source>The inboxes&apos; send cap must be %1 to %2 per 24 hours.</source>
        <translation>Das Sendelimit der Postfächer muss %1 bis %2 pro 24 Stunden betragen.</translation>
    </message>
    <message>
        <source>The sequence %1 is not in the portal&apos;s mirror: check its id (seqdesk-cli --list-sequences) or sync the portal in SeqDesk.</source>
        <translation>Die Sequenz %1 ist nicht in der lokalen Kopie des Portals: Prüfen Sie ihre ID (seqdesk-cli --list-sequences) oder synchronisieren Sie das Portal in SeqDesk.</translation>
    </message>
    <message>
        <source>The sender inbox %1 is not an active user of the portal.</source>
        <translation>Das Absenderpostfach %1 ist kein aktiver Benutzer des Portals.</translation>
    </message>
    <message>
        <source>The sender inbox %1 cannot see the sequence &quot;%2&quot;: share it with that user in HubSpot, then sync the portal.</source>
        <translation>Das Absenderpostfach %1 kann die Sequenz „%2“ nicht sehen: Geben Sie sie in HubSpot für diesen Benutzer frei und synchronisieren Sie dann das Portal.</translation>
    </message>
    <message>
        <source>The portal has a rule named &quot;%1&quot; already (rule %2).</source>
        <translation>Das Portal hat bereits eine Regel namens „%1“ (Regel %2).</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Rules::RuleRun</name>
    <message>
        <source>Rule %1 is running in another SeqDesk process (%2, process %3).</source>
        <translation>Regel %1 läuft in einem anderen SeqDesk-Prozess (%2, Prozess %3).</translation>
    </message>
    <message>
        <source>Rule %1 could not be locked in %2.</source>
        <translation>Regel %1 konnte in %2 nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation>Der lokale Speicher konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Its sequence %1 is not in the portal&apos;s mirror any more (deleted in HubSpot, or not synced yet).</source>
        <translation>Ihre Sequenz %1 ist nicht mehr in der lokalen Kopie des Portals (in HubSpot gelöscht oder noch nicht synchronisiert).</translation>
    </message>
    <message>
        <source>Reading the list %1…</source>
        <translation>Liste %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the list: %1 of %2 members</source>
        <translation>Liste wird gelesen: %1 von %2 Mitgliedern</translation>
    </message>
    <message>
        <source>No new members.</source>
        <translation>Keine neuen Mitglieder.</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln new member(s)…</source>
        <translation>
            <numerusform>%Ln neues Mitglied wird geprüft…</numerusform>
            <numerusform>%Ln neue Mitglieder werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the rule&apos;s sender inboxes (%1) is an active user of the portal who can see the sequence.</source>
        <translation>Keines der Absenderpostfächer der Regel (%1) ist ein aktiver Benutzer des Portals, der die Sequenz sehen kann.</translation>
    </message>
    <message>
        <source>The run&apos;s jobs could not be saved: %1</source>
        <translation>Die Aufträge des Laufs konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new member(s)</source>
        <translation>
            <numerusform>%Ln neues Mitglied</numerusform>
            <numerusform>%Ln neue Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to enroll</source>
        <translation>
            <numerusform>%Ln zu registrieren</numerusform>
            <numerusform>%Ln zu registrieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for room</source>
        <translation>
            <numerusform>%Ln wartet auf Spielraum</numerusform>
            <numerusform>%Ln warten auf Spielraum</numerusform>
        </translation>
    </message>
    <message>
        <source>The local store could not be written: %1</source>
        <translation>Der lokale Speicher konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Interrupted: SeqDesk stopped during the run.</source>
        <translation>Unterbrochen: SeqDesk wurde während des Laufs beendet.</translation>
    </message>
    <message>
        <source>The list has no members yet.</source>
        <translation>Die Liste hat noch keine Mitglieder.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalConnector</name>
    <message>
        <source>Paste the private app&apos;s access token.</source>
        <translation>Fügen Sie das Zugriffstoken der privaten App ein.</translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <source>Reading the portal&apos;s users…</source>
        <translation>Benutzer des Portals werden gelesen…</translation>
    </message>
    <message>
        <source>The portal has no active user who can own sequences.</source>
        <translation>Das Portal hat keinen aktiven Benutzer, der Sequenzen besitzen kann.</translation>
    </message>
    <message>
        <source>Checking access to sequences…</source>
        <translation>Zugriff auf Sequenzen wird geprüft…</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>Token wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>Checking access to lists…</source>
        <translation>Zugriff auf Listen wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalManager</name>
    <message>
        <source>SeqDesk closed during this sync.</source>
        <translation>SeqDesk wurde während dieser Synchronisierung geschlossen.</translation>
    </message>
    <message>
        <source>The portals could not be read: %1</source>
        <translation>Die Portale konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation>HubSpot-Portal %1</translation>
    </message>
    <message>
        <source>this build has no demo portal</source>
        <translation>dieser Build hat kein Demo-Portal</translation>
    </message>
    <message>
        <source>Demo portal</source>
        <translation>Demo-Portal</translation>
    </message>
    <message>
        <source>The portal could not be saved: %1</source>
        <translation>Das Portal konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s token could not be removed from the keychain (%1). Nothing was forgotten.</source>
        <translation>Das Token des Portals konnte nicht aus dem Schlüsselbund entfernt werden (%1). Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>The portal&apos;s data could not be removed: %1</source>
        <translation>Die Daten des Portals konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Portal %1 is not connected.</source>
        <translation>Portal %1 ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalPolicy</name>
    <message>
        <source>Demo · %1</source>
        <translation>Demo · %1</translation>
    </message>
    <message>
        <source>Demo portal: a HubSpot sandbox on this computer</source>
        <translation>Demo-Portal: eine HubSpot-Sandbox auf diesem Computer</translation>
    </message>
    <message>
        <source>Portal %1 · %2</source>
        <translation>Portal %1 · %2</translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation>Zeitzone unbekannt</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalSession</name>
    <message>
        <source>Starting the sync</source>
        <translation>Synchronisierung wird gestartet</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Das Demo-Portal konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>this build has no demo portal</source>
        <translation>dieser Build hat kein Demo-Portal</translation>
    </message>
    <message>
        <source>Reading the token from the keychain</source>
        <translation>Token wird aus dem Schlüsselbund gelesen</translation>
    </message>
    <message>
        <source>The keychain holds no token for this portal. Enter it again.</source>
        <translation>Der Schlüsselbund enthält kein Token für dieses Portal. Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>The keychain did not give the portal&apos;s token: %1</source>
        <translation>Der Schlüsselbund hat das Token des Portals nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>Reading sequence details: %1 of %2</source>
        <translation>Sequenzdetails werden gelesen: %1 von %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>HubSpot rejected the portal&apos;s token. Enter a new one.</source>
        <translation>HubSpot hat das Token des Portals abgelehnt. Geben Sie ein neues ein.</translation>
    </message>
    <message>
        <source>The portal&apos;s token lacks the scopes %1. Add them to the private app in HubSpot, then enter the token again.</source>
        <translation>Dem Token des Portals fehlen die Bereiche %1. Fügen Sie sie der privaten App in HubSpot hinzu und geben Sie das Token dann erneut ein.</translation>
    </message>
    <message>
        <source>The portal is being removed.</source>
        <translation>Das Portal wird entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>Reading sequences: %1 of %2 users, %n found</source>
        <translation>
            <numerusform>Sequenzen werden gelesen: %1 von %2 Benutzern, %n gefunden</numerusform>
            <numerusform>Sequenzen werden gelesen: %1 von %2 Benutzern, %n gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::SyncEngine</name>
    <message>
        <source>Starting the sync</source>
        <translation>Synchronisierung wird gestartet</translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation>Der lokale Speicher ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>Wird abgebrochen</translation>
    </message>
    <message>
        <source>This token belongs to portal %1, not to portal %2.</source>
        <translation>Dieses Token gehört zu Portal %1, nicht zu Portal %2.</translation>
    </message>
    <message>
        <source>Checking which sequences changed</source>
        <translation>Geänderte Sequenzen werden ermittelt</translation>
    </message>
    <message>
        <source>Reading sequence details</source>
        <translation>Sequenzdetails werden gelesen</translation>
    </message>
    <message>
        <source>Saving to the local mirror</source>
        <translation>In lokale Kopie wird gespeichert</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ActivityNotices</name>
    <message>
        <source>Enrollment could not start</source>
        <translation>Registrierung konnte nicht starten</translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
    <message>
        <source>%1 synced: %2 new, %3 changed, %4 archived</source>
        <translation>%1 synchronisiert: %2 neu, %3 geändert, %4 archiviert</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Enrollment finished</source>
        <translation>Registrierung abgeschlossen</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 failed</source>
        <translation>%1 registriert, %2 übersprungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Enrollment failed</source>
        <translation>Registrierung fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled before it stopped: %1</source>
        <translation>
            <numerusform>%n Kontakt registriert, bevor der Auftrag stoppte: %1</numerusform>
            <numerusform>%n Kontakte registriert, bevor der Auftrag stoppte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrollment paused</source>
        <translation>Registrierung pausiert</translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled; the others wait: %1</source>
        <translation>
            <numerusform>%n Kontakt registriert; die übrigen warten: %1</numerusform>
            <numerusform>%n Kontakte registriert; die übrigen warten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule stopped</source>
        <translation>Regel gestoppt</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; stopped: %2</source>
        <translation>Die Regel „%1“ wurde gestoppt: %2</translation>
    </message>
    <message>
        <source>Rule ran</source>
        <translation>Regel ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>The rule &quot;%1&quot; is enrolling %n new members of its list.</source>
        <translation>
            <numerusform>Die Regel „%1“ registriert %n neues Mitglied ihrer Liste.</numerusform>
            <numerusform>Die Regel „%1“ registriert %n neue Mitglieder ihrer Liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule run failed</source>
        <translation>Regellauf fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsFilterBar</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>All portals</source>
        <translation>Alle Portale</translation>
    </message>
    <message>
        <source>All sequences</source>
        <translation>Alle Sequenzen</translation>
    </message>
    <message>
        <source>Sequences: %1</source>
        <translation>Sequenzen: %1</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>All senders</source>
        <translation>Alle Absender</translation>
    </message>
    <message>
        <source>Senders: %1</source>
        <translation>Absender: %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsPage</name>
    <message>
        <source>No contacts in this range.</source>
        <translation>Keine Kontakte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Nothing was skipped or failed.</source>
        <translation>Nichts wurde übersprungen oder ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Per sequence</source>
        <translation>Pro Sequenz</translation>
    </message>
    <message>
        <source>per-sequence.png</source>
        <translation>per-sequence.png</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>over-time.png</source>
        <translation>over-time.png</translation>
    </message>
    <message>
        <source>By source</source>
        <translation>Nach Quelle</translation>
    </message>
    <message>
        <source>by-source.png</source>
        <translation>by-source.png</translation>
    </message>
    <message>
        <source>Why skipped or failed</source>
        <translation>Gründe für Übersprungen/Fehlgeschlagen</translation>
    </message>
    <message>
        <source>reasons.png</source>
        <translation>reasons.png</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;No enrollments yet&lt;/h3&gt;&lt;p&gt;Enroll contacts into a sequence and SeqDesk shows here what worked: who was enrolled, skipped or failed, and why, per sequence and over time.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Noch keine Registrierungen&lt;/h3&gt;&lt;p&gt;Registrieren Sie Kontakte in einer Sequenz, und SeqDesk zeigt hier, was funktioniert hat: wer registriert, übersprungen oder fehlgeschlagen ist und warum, pro Sequenz und im Zeitverlauf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Enroll contacts…</source>
        <translation>Kontakte registrieren…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation>KW %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt; (the newest %1 of %2; export for all)</source>
        <translation>&lt;b&gt;Zeilen&lt;/b&gt; (die neuesten %1 von %2; Export für alle)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt; (%1)</source>
        <translation>&lt;b&gt;Zeilen&lt;/b&gt; (%1)</translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>enrollment-analytics.csv</source>
        <translation>enrollment-analytics.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Enrollments per sequence</source>
        <translation>Registrierungen pro Sequenz</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsRowsModel</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsText</name>
    <message>
        <source>Wizard</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>seqdesk-cli</source>
        <translation>seqdesk-cli</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Bezeichnung: %1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(kein Code)</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>Liste: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation>Kontakt nicht gefunden</translation>
    </message>
    <message>
        <source>Invalid sender</source>
        <translation>Ungültiger Absender</translation>
    </message>
    <message>
        <source>Sending rejected</source>
        <translation>Versand abgelehnt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::Charts::StackedBarChart</name>
    <message>
        <source>Could not write the image %1.</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Check what SeqDesk is about to do. Enrollment starts sending the sequence&apos;s emails.</source>
        <translation>Prüfen Sie, was SeqDesk gleich tun wird. Mit der Registrierung beginnt der Versand der E-Mails der Sequenz.</translation>
    </message>
    <message>
        <source>Start enrollment</source>
        <translation>Registrierung starten</translation>
    </message>
    <message>
        <source>e.g. Webinar follow-up, November</source>
        <translation>z. B. Webinar-Nachfassen, November</translation>
    </message>
    <message>
        <source>Label (optional):</source>
        <translation>Bezeichnung (optional):</translation>
    </message>
    <message>
        <source>&lt;p&gt;Enroll &lt;b&gt;%1 contacts&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;, sent by %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 Kontakte&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; registrieren, gesendet von %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 more are deferred by the inbox&apos;s send cap (%2 per 24 hours) and go out automatically once they are eligible, while SeqDesk runs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 weitere werden wegen des Sendelimits des Postfachs (%2 pro 24 Stunden) zurückgestellt und automatisch gesendet, sobald sie fällig sind, solange SeqDesk läuft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 are skipped (see the preview for why).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 werden übersprungen (Gründe siehe Vorschau).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Contacts from: %1. You can pause or cancel at any moment; a job interrupted by a crash resumes without enrolling anyone twice.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kontakte aus: %1. Sie können jederzeit pausieren oder abbrechen; ein durch einen Absturz unterbrochener Auftrag wird fortgesetzt, ohne jemanden doppelt zu registrieren.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ConnectDialog</name>
    <message>
        <source>Show advanced settings</source>
        <translation>Erweiterte Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation>HubSpot verbinden</translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation>pat-na1-…</translation>
    </message>
    <message>
        <source>Create a private app in HubSpot (Settings &gt; Integrations &gt; Private Apps) with the scopes %1, then paste its access token here. SeqDesk keeps it only in the system keychain.</source>
        <translation>Erstellen Sie in HubSpot eine private App (Einstellungen &gt; Integrationen &gt; Private Apps) mit den Bereichen %1 und fügen Sie hier ihr Zugriffstoken ein. SeqDesk bewahrt es nur im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation>API-Basis-URL:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Zugriffstoken:</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API-Version:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The token lacks these scopes: %1.
In HubSpot, open Settings &gt; Integrations &gt; Private Apps, edit the app, add them under Scopes, commit the change, and paste the token again.</source>
        <translation>Dem Token fehlen diese Bereiche: %1.
Öffnen Sie in HubSpot Einstellungen &gt; Integrationen &gt; Private Apps, bearbeiten Sie die App, fügen Sie die Bereiche unter Bereiche hinzu, übernehmen Sie die Änderung und fügen Sie das Token erneut ein.</translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation>Neues Token für %1</translation>
    </message>
    <message>
        <source>SeqDesk needs this portal&apos;s private-app token again.</source>
        <translation>SeqDesk benötigt das Token der privaten App dieses Portals erneut.</translation>
    </message>
    <message>
        <source>2026-09 (newest, recommended)</source>
        <translation>2026-09 (neueste, empfohlen)</translation>
    </message>
    <message>
        <source>2026-03 (date-versioned)</source>
        <translation>2026-03 (datumsversioniert)</translation>
    </message>
    <message>
        <source>v4 / v3 (legacy, supported until March 2027)</source>
        <translation>v4 / v3 (Legacy, unterstützt bis März 2027)</translation>
    </message>
    <message>
        <source>Connected, but the token lacks %1, so SeqDesk cannot read HubSpot lists; pasted or imported contacts work. To use lists, add the scope in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes, then enter the token again (Portal &gt; Enter a new token).</source>
        <translation>Verbunden, aber dem Token fehlt %1, daher kann SeqDesk keine HubSpot-Listen lesen; eingefügte oder importierte Kontakte funktionieren. Um Listen zu verwenden, fügen Sie den Bereich unter HubSpot &gt; Einstellungen &gt; Integrationen &gt; Private Apps &gt; Bereiche hinzu und geben Sie das Token dann erneut ein (Portal &gt; Neues Token eingeben).</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ContactsPage</name>
    <message>
        <source>Import CSV or TXT file…</source>
        <translation>CSV- oder TXT-Datei importieren…</translation>
    </message>
    <message>
        <source>Use pasted text instead</source>
        <translation>Stattdessen eingefügten Text verwenden</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>12345
ana.lima@example.com
…</source>
        <translation>12345
ana.lima@example.com
…</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Kontaktlisten (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation>Noch keine Kontakte.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ids, %2 emails</source>
        <translation>%1 IDs, %2 E-Mail-Adressen</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n Duplikat</numerusform>
            <numerusform>%n Duplikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid line(s)</source>
        <translation>
            <numerusform>%n ungültige Zeile</numerusform>
            <numerusform>%n ungültige Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;): %3</source>
        <translation>Zeile %1 („%2“): %3</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Paste or import</source>
        <translation>Einfügen oder importieren</translation>
    </message>
    <message>
        <source>A HubSpot list</source>
        <translation>Eine HubSpot-Liste</translation>
    </message>
    <message>
        <source>Paste HubSpot contact ids or email addresses, import a CSV or text file, or enroll the members of one of the portal&apos;s contact lists.</source>
        <translation>Fügen Sie HubSpot-Kontakt-IDs oder E-Mail-Adressen ein, importieren Sie eine CSV- oder Textdatei oder registrieren Sie die Mitglieder einer Kontaktliste des Portals.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::EnrollLauncher</name>
    <message>
        <source>Job %1: %2 of %3 done, %4 enrolled, %5 failed</source>
        <translation>Auftrag %1: %2 von %3 erledigt, %4 registriert, %5 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Job %1 could not run: %2</source>
        <translation>Auftrag %1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>Quit during enrollment?</source>
        <translation>Während der Registrierung beenden?</translation>
    </message>
    <message>
        <source>Job %1 is enrolling contacts. If you quit, it pauses now and goes on when SeqDesk starts again; no contact is lost or enrolled twice.</source>
        <translation>Auftrag %1 registriert gerade Kontakte. Wenn Sie beenden, wird er jetzt pausiert und beim nächsten Start von SeqDesk fortgesetzt; kein Kontakt geht verloren oder wird doppelt registriert.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Pausing the job before quitting…</source>
        <translation>Auftrag wird vor dem Beenden pausiert…</translation>
    </message>
    <message>
        <source>An enrollment is open: finish or close it to start another.</source>
        <translation>Eine Registrierung ist bereits geöffnet: Schließen Sie sie ab oder schließen Sie den Assistenten, um eine weitere zu starten.</translation>
    </message>
    <message>
        <source>Job %1 done</source>
        <translation>Auftrag %1 fertig</translation>
    </message>
    <message>
        <source>Job %1 paused</source>
        <translation>Auftrag %1 pausiert</translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation>Auftrag %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation>Auftrag %1 abgebrochen</translation>
    </message>
    <message>
        <source>Job %1 stopped</source>
        <translation>Auftrag %1 gestoppt</translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 skipped, %4 failed, %5 deferred. %6</source>
        <translation>%1: %2 registriert, %3 übersprungen, %4 fehlgeschlagen, %5 zurückgestellt. %6</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::EnrollWizard</name>
    <message>
        <source>Enroll contacts</source>
        <translation>Kontakte registrieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::JobItemsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Eligible from %1</source>
        <translation>Fällig ab %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Enrollment %1 (confirmed after an interruption)</source>
        <translation>Registrierung %1 (nach einer Unterbrechung bestätigt)</translation>
    </message>
    <message>
        <source>Enrollment %1</source>
        <translation>Registrierung %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ListPickerModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>%1
HubSpot list %2 · %3</source>
        <translation>%1
HubSpot-Liste %2 · %3</translation>
    </message>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Search the portal&apos;s contact lists by name</source>
        <translation>Kontaktlisten des Portals nach Namen durchsuchen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ListSourcePanel</name>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation>Das Portal hat keine Kontaktlisten.</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation>Keine Kontaktliste passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation>
            <numerusform>%Ln Kontaktliste</numerusform>
            <numerusform>%Ln Kontaktlisten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far: scroll down for more.</source>
        <translation>%1 bisher: Scrollen Sie nach unten für mehr.</translation>
    </message>
    <message>
        <source>Reading the members of &quot;%1&quot;…</source>
        <translation>Mitglieder von „%1“ werden gelesen…</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Stopped reading &quot;%1&quot;.</source>
        <translation>Lesen von „%1“ gestoppt.</translation>
    </message>
    <message>
        <source>Reading the members of &quot;%1&quot;: %2 of %3</source>
        <translation>Mitglieder von „%1“ werden gelesen: %2 von %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from the list &quot;%2&quot;, read just now.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aus der Liste „%2“, gerade eben gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Lesen stoppen</translation>
    </message>
    <message>
        <source>Search contact lists</source>
        <translation>Kontaktlisten durchsuchen</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Kontaktlisten</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::MainWindow</name>
    <message>
        <source>SeqDesk</source>
        <translation>SeqDesk</translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Das Demo-Portal konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Opening the local mirror…</source>
        <translation>Lokale Kopie wird geöffnet…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Portal %1 forgotten: its token and data are gone.</source>
        <translation>Portal %1 entfernt: Sein Token und seine Daten sind gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <source>&amp;Connect HubSpot…</source>
        <translation>&amp;HubSpot verbinden…</translation>
    </message>
    <message>
        <source>Open the &amp;demo portal</source>
        <translation>&amp;Demo-Portal öffnen</translation>
    </message>
    <message>
        <source>&amp;Sync Data</source>
        <translation>Daten &amp;synchronisieren</translation>
    </message>
    <message>
        <source>A sync of this portal is already running.</source>
        <translation>Eine Synchronisierung dieses Portals läuft bereits.</translation>
    </message>
    <message>
        <source>Enter a new &amp;token…</source>
        <translation>Neues &amp;Token eingeben…</translation>
    </message>
    <message>
        <source>&amp;Forget portal…</source>
        <translation>Portal &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About SeqDesk</source>
        <translation>Ü&amp;ber SeqDesk</translation>
    </message>
    <message>
        <source>About SeqDesk</source>
        <translation>Über SeqDesk</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SeqDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bulk enrollment into HubSpot sequences, within HubSpot&apos;s limits.&lt;/p&gt;&lt;p&gt;Tokens are kept only in the system keychain.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;SeqDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Massenregistrierung in HubSpot-Sequenzen, innerhalb der Limits von HubSpot.&lt;/p&gt;&lt;p&gt;Tokens werden nur im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analysen</translation>
    </message>
    <message>
        <source>Starting the demo portal…</source>
        <translation>Demo-Portal wird gestartet…</translation>
    </message>
    <message>
        <source>The local mirror could not be opened: %1</source>
        <translation>Die lokale Kopie konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The local mirror could not be opened.</source>
        <translation>Die lokale Kopie konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 – SeqDesk</source>
        <translation>%1 – SeqDesk</translation>
    </message>
    <message>
        <source>%1 synced: %2 new, %3 changed, %4 archived</source>
        <translation>%1 synchronisiert: %2 neu, %3 geändert, %4 archiviert</translation>
    </message>
    <message>
        <source>Sync of %1 cancelled; the mirror is as it was.</source>
        <translation>Synchronisierung von %1 abgebrochen; die lokale Kopie ist unverändert.</translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation>Synchronisierung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Token needed</source>
        <translation>Token erforderlich</translation>
    </message>
    <message>
        <source>SeqDesk cannot sync %1.</source>
        <translation>SeqDesk kann %1 nicht synchronisieren.</translation>
    </message>
    <message>
        <source>Enter Token…</source>
        <translation>Token eingeben…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Forget portal</source>
        <translation>Portal entfernen</translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation>%1 entfernen?</translation>
    </message>
    <message>
        <source>SeqDesk removes the portal&apos;s token from the keychain and its sequences, owners, sync history and enrollment history from this computer. Nothing changes in HubSpot; you can connect the portal again later.</source>
        <translation>SeqDesk entfernt das Token des Portals aus dem Schlüsselbund und seine Sequenzen, Inhaber, Synchronisierungs- und Registrierungsverlauf von diesem Computer. In HubSpot ändert sich nichts; Sie können das Portal später erneut verbinden.</translation>
    </message>
    <message>
        <source>Forget Portal</source>
        <translation>Portal entfernen</translation>
    </message>
    <message>
        <source>That token belongs to portal %1, not %2: it was connected as another portal.</source>
        <translation>Dieses Token gehört zu Portal %1, nicht zu %2: Es wurde als anderes Portal verbunden.</translation>
    </message>
    <message>
        <source>&amp;Enroll contacts…</source>
        <translation>Kontakte &amp;registrieren…</translation>
    </message>
    <message>
        <source>Enroll contacts into a sequence (Ctrl+E)</source>
        <translation>Kontakte in einer Sequenz registrieren (Strg+E)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation>Diagnose in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>&amp;Diagnose kopieren</translation>
    </message>
    <message>
        <source>Versions, settings, paths, portals and the last errors, for a support request: no token and no e-mail address</source>
        <translation>Versionen, Einstellungen, Pfade, Portale und die letzten Fehler für eine Supportanfrage: kein Token und keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Every sequence of the portal (Ctrl+1)</source>
        <translation>Alle Sequenzen des Portals (Strg+1)</translation>
    </message>
    <message>
        <source>What SeqDesk enrolled: per sequence, over time, by source (Ctrl+2)</source>
        <translation>Was SeqDesk registriert hat: pro Sequenz, im Zeitverlauf, nach Quelle (Strg+2)</translation>
    </message>
    <message>
        <source>Enroll the contacts who join a HubSpot list, by themselves (Ctrl+3)</source>
        <translation>Die Kontakte, die einer HubSpot-Liste beitreten, automatisch registrieren (Strg+3)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation>&amp;Sequenzen</translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation>&amp;Analysen</translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation>&amp;Regeln</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PlanTableModel</name>
    <message>
        <source>Eligible from %1</source>
        <translation>Fällig ab %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PortalSwitcher</name>
    <message>
        <source>The HubSpot portal shown</source>
        <translation>Das angezeigte HubSpot-Portal</translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <source>Portal %1</source>
        <translation>Portal %1</translation>
    </message>
    <message>
        <source>Portal %1 · %2</source>
        <translation>Portal %1 · %2</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PreviewPage</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>A dry run: SeqDesk read the contacts from HubSpot and predicts what will happen to each. Nothing is enrolled yet.</source>
        <translation>Ein Testlauf: SeqDesk hat die Kontakte aus HubSpot gelesen und sagt voraus, was mit jedem geschieht. Noch wird niemand registriert.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Reading the contacts from HubSpot…</source>
        <translation>Kontakte werden aus HubSpot gelesen…</translation>
    </message>
    <message>
        <source>Reading the contacts from HubSpot: %1 of %2…</source>
        <translation>Kontakte werden aus HubSpot gelesen: %1 von %2…</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be enrolled&lt;/b&gt; · %2 skipped · %3 deferred by the send cap</source>
        <translation>&lt;b&gt;%1 werden registriert&lt;/b&gt; · %2 übersprungen · %3 wegen des Sendelimits zurückgestellt</translation>
    </message>
    <message>
        <source>Deferred contacts are enrolled automatically from %1, while SeqDesk runs.</source>
        <translation>Zurückgestellte Kontakte werden ab %1 automatisch registriert, solange SeqDesk läuft.</translation>
    </message>
    <message>
        <source>No contact can be enrolled: go back and change the list or the sender.</source>
        <translation>Kein Kontakt kann registriert werden: Gehen Sie zurück und ändern Sie die Liste oder den Absender.</translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation>Alle Kontakte (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every skipped contact (%1)</source>
        <translation>Alle übersprungenen Kontakte (%1)</translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation>Vorschau exportieren</translation>
    </message>
    <message>
        <source>enrollment-preview.csv</source>
        <translation>enrollment-preview.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Dry run of each contact</source>
        <translation>Testlauf für jeden Kontakt</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>Auftrag abbrechen…</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Registrierung läuft</translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation>Der Auftrag konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Saving the job…</source>
        <translation>Auftrag wird gespeichert…</translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation>Der Auftrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; enrolled · &lt;b&gt;%2&lt;/b&gt; skipped · &lt;b&gt;%3&lt;/b&gt; failed · &lt;b&gt;%4&lt;/b&gt; deferred · &lt;b&gt;%5&lt;/b&gt; to go</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; registriert · &lt;b&gt;%2&lt;/b&gt; übersprungen · &lt;b&gt;%3&lt;/b&gt; fehlgeschlagen · &lt;b&gt;%4&lt;/b&gt; zurückgestellt · &lt;b&gt;%5&lt;/b&gt; ausstehend</translation>
    </message>
    <message>
        <source>HubSpot allows %1 requests per %2 s</source>
        <translation>HubSpot erlaubt %1 Anfragen pro %2 s</translation>
    </message>
    <message>
        <source>%1 contacts/s</source>
        <translation>%1 Kontakte/s</translation>
    </message>
    <message>
        <source>Measuring the pace…</source>
        <translation>Tempo wird gemessen…</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>Job %1 is complete.</source>
        <translation>Auftrag %1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Job %1 waits: %2</source>
        <translation>Auftrag %1 wartet: %2</translation>
    </message>
    <message>
        <source>Job %1 is paused. Resume it, or close: it stays paused.</source>
        <translation>Auftrag %1 ist pausiert. Setzen Sie ihn fort oder schließen Sie: Er bleibt pausiert.</translation>
    </message>
    <message>
        <source>Job %1 was cancelled; contacts not yet sent were left out.</source>
        <translation>Auftrag %1 wurde abgebrochen; noch nicht gesendete Kontakte wurden ausgelassen.</translation>
    </message>
    <message>
        <source>Job %1 stopped: %2</source>
        <translation>Auftrag %1 gestoppt: %2</translation>
    </message>
    <message>
        <source>Job %1: enrolling…</source>
        <translation>Auftrag %1: Registrierung läuft…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pausing: waiting for the requests already sent…</source>
        <translation>Wird pausiert: Warten auf die bereits gesendeten Anfragen…</translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation>Auftrag abbrechen?</translation>
    </message>
    <message>
        <source>Contacts not enrolled yet will not be. Those already enrolled stay in the sequence.</source>
        <translation>Noch nicht registrierte Kontakte werden nicht mehr registriert. Bereits registrierte bleiben in der Sequenz.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Every contact is journaled, so none is lost or sent twice. Closing this window does not stop the job.</source>
        <translation>Jeder Kontakt wird im Journal protokolliert, daher geht keiner verloren oder wird doppelt gesendet. Das Schließen dieses Fensters stoppt den Auftrag nicht.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Job %1 waits for job %2 to finish.</source>
        <translation>Auftrag %1 wartet, bis Auftrag %2 fertig ist.</translation>
    </message>
    <message>
        <source>Contacts of the job</source>
        <translation>Kontakte des Auftrags</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleEditorDialog</name>
    <message>
        <source>Edit rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <source>e.g. Trial signups to onboarding</source>
        <translation>z. B. Testanmeldungen ins Onboarding</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation>Die Regel konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>List: its new members are enrolled</source>
        <translation>Liste: ihre neuen Mitglieder werden registriert</translation>
    </message>
    <message>
        <source>Sequence: they are enrolled into</source>
        <translation>Sequenz: in der sie registriert werden</translation>
    </message>
    <message>
        <source>Search sequences by name</source>
        <translation>Sequenzen nach Namen suchen</translation>
    </message>
    <message>
        <source>Reading the sequences…</source>
        <translation>Sequenzen werden gelesen…</translation>
    </message>
    <message>
        <source>Limits and schedule</source>
        <translation>Limits und Zeitplan</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>The most contacts one run enrolls; 0 for no limit of the rule&apos;s own. The others wait for a later run.</source>
        <translation>Höchstzahl der Kontakte, die ein Lauf registriert; 0 für kein eigenes Limit der Regel. Die übrigen warten auf einen späteren Lauf.</translation>
    </message>
    <message>
        <source>The most contacts the rule enrolls in a rolling 24 hours; 0 for no limit of the rule&apos;s own.</source>
        <translation>Höchstzahl der Kontakte, die die Regel in rollierenden 24 Stunden registriert; 0 für kein eigenes Limit der Regel.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How often SeqDesk reads the list while it runs.</source>
        <translation>Wie oft SeqDesk die Liste liest, während es läuft.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>A contact the rule handled is enrolled again if it is still in the list this many days later; &quot;Never&quot;: once, ever.</source>
        <translation>Ein von der Regel bearbeiteter Kontakt wird erneut registriert, wenn er nach so vielen Tagen noch in der Liste ist; „Nie“: nur ein einziges Mal.</translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation> pro 24 h</translation>
    </message>
    <message>
        <source>HubSpot limits how many sequence emails one inbox sends in a rolling 24 hours. The rule never enrolls past it; the others wait.</source>
        <translation>HubSpot begrenzt, wie viele Sequenz-E-Mails ein Postfach in rollierenden 24 Stunden sendet. Die Regel registriert nie darüber hinaus; die übrigen warten.</translation>
    </message>
    <message>
        <source>Contacts per run:</source>
        <translation>Kontakte pro Lauf:</translation>
    </message>
    <message>
        <source>Contacts per day:</source>
        <translation>Kontakte pro Tag:</translation>
    </message>
    <message>
        <source>Run every:</source>
        <translation>Ausführen alle:</translation>
    </message>
    <message>
        <source>Enroll a contact again after:</source>
        <translation>Kontakt erneut registrieren nach:</translation>
    </message>
    <message>
        <source>Send cap of each inbox:</source>
        <translation>Sendelimit je Postfach:</translation>
    </message>
    <message>
        <source>Choose the list whose new members the rule enrolls.</source>
        <translation>Wählen Sie die Liste, deren neue Mitglieder die Regel registriert.</translation>
    </message>
    <message>
        <source>Choose the sequence to enroll them into.</source>
        <translation>Wählen Sie die Sequenz, in der sie registriert werden.</translation>
    </message>
    <message>
        <source>Another rule of this portal is called &quot;%1&quot;.</source>
        <translation>Eine andere Regel dieses Portals heißt „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation>
            <numerusform>%1  ·  %n Schritt</numerusform>
            <numerusform>%1  ·  %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Sequence %2</source>
        <translation>%1
Sequenz %2</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation>
            <numerusform>%n Sequenz, in der Sie registrieren können.</numerusform>
            <numerusform>%n Sequenzen, in denen Sie registrieren können.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequences could not be read from the mirror: %1</source>
        <translation>Die Sequenzen konnten nicht aus der lokalen Kopie gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation>
            <numerusform>%n pausierte, Entwurfs- oder archivierte Sequenz wird nicht angezeigt.</numerusform>
            <numerusform>%n pausierte, Entwurfs- oder archivierte Sequenzen werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rule&apos;s sequence %1 cannot be enrolled into any more: choose another.</source>
        <translation>In der Sequenz %1 der Regel kann nicht mehr registriert werden: Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Ready to save.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bereit zum Speichern.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Ready to save. The rule is enabled and runs within a minute, then every %n minute(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Bereit zum Speichern. Die Regel ist aktiviert und läuft innerhalb einer Minute, dann alle %n Minute.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Bereit zum Speichern. Die Regel ist aktiviert und läuft innerhalb einer Minute, dann alle %n Minuten.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Before it can be saved:</source>
        <translation>Bevor sie gespeichert werden kann:</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleListPicker</name>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation>Das Portal hat keine Kontaktlisten.</translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation>Keine Kontaktliste passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s) so far: scroll down for more.</source>
        <translation>
            <numerusform>%Ln Kontaktliste bisher: Scrollen Sie nach unten für mehr.</numerusform>
            <numerusform>%Ln Kontaktlisten bisher: Scrollen Sie nach unten für mehr.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation>
            <numerusform>%Ln Kontaktliste</numerusform>
            <numerusform>%Ln Kontaktlisten</numerusform>
        </translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation>Noch keine Liste gewählt.</translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;%1&lt;/b&gt; (HubSpot list %2)</source>
        <translation>Gewählt: &lt;b&gt;%1&lt;/b&gt; (HubSpot-Liste %2)</translation>
    </message>
    <message>
        <source>Search contact lists</source>
        <translation>Kontaktlisten durchsuchen</translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation>Kontaktlisten</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulePreviewDialog</name>
    <message>
        <source>Waits for a later run</source>
        <translation>Wartet auf einen späteren Lauf</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Preview of &quot;%1&quot;</source>
        <translation>Vorschau von „%1“</translation>
    </message>
    <message>
        <source>Run the rule now: the members it finds then are enrolled</source>
        <translation>Die Regel jetzt ausführen: Die dann gefundenen Mitglieder werden registriert</translation>
    </message>
    <message>
        <source>Previewing &quot;%1&quot;: %2</source>
        <translation>Vorschau von „%1“: %2</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>its owner&apos;s inbox has no room under its send cap</source>
        <translation>das Postfach des Inhabers hat keinen Spielraum unter seinem Sendelimit</translation>
    </message>
    <message>
        <source>no inbox has room under its send cap</source>
        <translation>kein Postfach hat Spielraum unter seinem Sendelimit</translation>
    </message>
    <message>
        <source>Waits for a later run: the rule enrolls at most %1 per run.</source>
        <translation>Wartet auf einen späteren Lauf: Die Regel registriert höchstens %1 pro Lauf.</translation>
    </message>
    <message>
        <source>Waits for a later run: %1, or the rule&apos;s %2 a day are used up.</source>
        <translation>Wartet auf einen späteren Lauf: %1, oder die %2 pro Tag der Regel sind aufgebraucht.</translation>
    </message>
    <message>
        <source>Waits for a later run: %1.</source>
        <translation>Wartet auf einen späteren Lauf: %1.</translation>
    </message>
    <message>
        <source>As %1</source>
        <translation>Als %1</translation>
    </message>
    <message>
        <source>Its owner cannot use the sequence and the rule has no fallback inbox.</source>
        <translation>Sein Inhaber kann die Sequenz nicht verwenden, und die Regel hat kein Ersatzpostfach.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run: %2</source>
        <translation>„%1“ kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>If &quot;%1&quot; ran now, it would read %2 members of &quot;%3&quot;: %4 new.</source>
        <translation>Würde „%1“ jetzt laufen, würde sie %2 Mitglieder von „%3“ lesen: %4 neu.</translation>
    </message>
    <message>
        <source>Nobody would be enrolled.</source>
        <translation>Niemand würde registriert.</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message numerus="yes">
        <source>%n would be enrolled</source>
        <translation>
            <numerusform>%n würde registriert</numerusform>
            <numerusform>%n würden registriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would wait for a later run</source>
        <translation>
            <numerusform>%n würde auf einen späteren Lauf warten</numerusform>
            <numerusform>%n würden auf einen späteren Lauf warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is enrolled or recorded by a preview.</source>
        <translation>Eine Vorschau registriert und speichert nichts.</translation>
    </message>
    <message>
        <source>Contacts the next run would enroll</source>
        <translation>Kontakte, die der nächste Lauf registrieren würde</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleRunsModel</name>
    <message numerus="yes">
        <source>Started %1, finished %2; %n request(s) to HubSpot before its jobs.</source>
        <translation>
            <numerusform>Gestartet %1, beendet %2; %n Anfrage an HubSpot vor seinen Aufträgen.</numerusform>
            <numerusform>Gestartet %1, beendet %2; %n Anfragen an HubSpot vor seinen Aufträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleSenderBox</name>
    <message>
        <source>One inbox</source>
        <translation>Ein Postfach</translation>
    </message>
    <message>
        <source>A rotation over several inboxes</source>
        <translation>Rotation über mehrere Postfächer</translation>
    </message>
    <message>
        <source>Each contact&apos;s owner</source>
        <translation>Jeweiliger Kontaktinhaber</translation>
    </message>
    <message>
        <source>Each contact goes to the inbox with the most room under its send cap.</source>
        <translation>Jeder Kontakt geht an das Postfach mit dem meisten Spielraum unter seinem Sendelimit.</translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner, when the owner can use the sequence.</source>
        <translation>Jeder Kontakt wird als sein HubSpot-Kontaktinhaber registriert, wenn der Inhaber die Sequenz verwenden kann.</translation>
    </message>
    <message>
        <source>Choose the inbox</source>
        <translation>Postfach wählen</translation>
    </message>
    <message>
        <source>Tick two or more inboxes.</source>
        <translation>Markieren Sie zwei oder mehr Postfächer.</translation>
    </message>
    <message>
        <source>When the owner cannot use the sequence:</source>
        <translation>Wenn der Inhaber die Sequenz nicht verwenden kann:</translation>
    </message>
    <message>
        <source>Skip the contact (no fallback)</source>
        <translation>Kontakt überspringen (kein Ersatz)</translation>
    </message>
    <message>
        <source>No active user can see the chosen sequence: share it in HubSpot, then sync the portal.</source>
        <translation>Kein aktiver Benutzer kann die gewählte Sequenz sehen: Geben Sie sie in HubSpot frei und synchronisieren Sie dann das Portal.</translation>
    </message>
    <message>
        <source>Sender inbox</source>
        <translation>Absenderpostfach</translation>
    </message>
    <message>
        <source>Sender inboxes in turn</source>
        <translation>Absenderpostfächer im Wechsel</translation>
    </message>
    <message>
        <source>Fallback sender inbox</source>
        <translation>Ersatz-Absenderpostfach</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleTableModel</name>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Sequenz %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
HubSpot list %2</source>
        <translation>%1
HubSpot-Liste %2</translation>
    </message>
    <message>
        <source>%1
Sequence %2</source>
        <translation>%1
Sequenz %2</translation>
    </message>
    <message numerus="yes">
        <source>Runs every %n minute(s).</source>
        <translation>
            <numerusform>Läuft alle %n Minute.</numerusform>
            <numerusform>Läuft alle %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: it does not run until it is resumed.</source>
        <translation>Pausiert: Sie läuft erst wieder, wenn sie fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Stopped by SeqDesk: %1</source>
        <translation>Von SeqDesk gestoppt: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Contacts its runs enrolled in all</source>
        <translation>Von ihren Läufen insgesamt registrierte Kontakte</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
    <message>
        <source>It does not run while it is paused.</source>
        <translation>Sie läuft nicht, solange sie pausiert ist.</translation>
    </message>
    <message>
        <source>It does not run while it is stopped.</source>
        <translation>Sie läuft nicht, solange sie gestoppt ist.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleText</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Contact owner (no fallback)</source>
        <translation>Kontaktinhaber (kein Ersatz)</translation>
    </message>
    <message>
        <source>Contact owner (fallback %1)</source>
        <translation>Kontaktinhaber (Ersatz %1)</translation>
    </message>
    <message>
        <source>Every contact is enrolled as %1.</source>
        <translation>Jeder Kontakt wird als %1 registriert.</translation>
    </message>
    <message>
        <source>Each contact goes to the inbox with the most room under its send cap:
%1</source>
        <translation>Jeder Kontakt geht an das Postfach mit dem meisten Spielraum unter seinem Sendelimit:
%1</translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot use the sequence are skipped.</source>
        <translation>Jeder Kontakt wird als sein HubSpot-Kontaktinhaber registriert. Kontakte, deren Inhaber die Sequenz nicht verwenden kann, werden übersprungen.</translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot use the sequence go to %1.</source>
        <translation>Jeder Kontakt wird als sein HubSpot-Kontaktinhaber registriert. Kontakte, deren Inhaber die Sequenz nicht verwenden kann, gehen an %1.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 min</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 h</translation>
    </message>
    <message>
        <source>Still to send: %1
Deferred by the send cap: %2
Left for a later run (no room in an inbox, or the rule&apos;s limit): %3</source>
        <translation>Noch zu senden: %1
Wegen des Sendelimits zurückgestellt: %2
Für einen späteren Lauf übrig (kein Spielraum in einem Postfach oder Limit der Regel): %3</translation>
    </message>
    <message>
        <source>no new members</source>
        <translation>keine neuen Mitglieder</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 enrolled</source>
        <translation>%1 registriert</translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation>%1: gestoppt</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Rotation of %n inbox(es)</source>
        <translation>
            <numerusform>Rotation über %n Postfach</numerusform>
            <numerusform>Rotation über %n Postfächer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPage</name>
    <message>
        <source>New rule…</source>
        <translation>Neue Regel…</translation>
    </message>
    <message>
        <source>Enroll the contacts who join a HubSpot list into a sequence, by themselves</source>
        <translation>Die Kontakte, die einer HubSpot-Liste beitreten, automatisch in einer Sequenz registrieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Preview next run</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Who the rule would enroll now, by which inbox, and why the others would not: a dry run, nothing is enrolled or recorded</source>
        <translation>Wen die Regel jetzt registrieren würde, über welches Postfach, und warum die übrigen nicht: ein Testlauf, nichts wird registriert oder gespeichert</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Jetzt ausführen</translation>
    </message>
    <message>
        <source>Run the rule now, without waiting for its schedule</source>
        <translation>Die Regel jetzt ausführen, ohne auf ihren Zeitplan zu warten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop running the rule until it is resumed</source>
        <translation>Die Regel nicht mehr ausführen, bis sie fortgesetzt wird</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Run the rule on its schedule again</source>
        <translation>Die Regel wieder nach ihrem Zeitplan ausführen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the rule; its history stays</source>
        <translation>Die Regel löschen; ihr Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <source>No enrollment rules yet</source>
        <translation>Noch keine Registrierungsregeln</translation>
    </message>
    <message>
        <source>A rule enrolls the contacts who join a HubSpot list into a sequence, by themselves: every few minutes SeqDesk reads the list, dry-runs its new members and enrolls those who can be enrolled, as one inbox, a rotation over several, or each contact&apos;s owner — never past the inboxes&apos; send caps or the rule&apos;s limits, and never the same contact twice.</source>
        <translation>Eine Regel registriert die Kontakte, die einer HubSpot-Liste beitreten, automatisch in einer Sequenz: Alle paar Minuten liest SeqDesk die Liste, führt für ihre neuen Mitglieder einen Testlauf aus und registriert die, die registriert werden können, über ein Postfach, eine Rotation über mehrere oder den Kontaktinhaber des jeweiligen Kontakts – nie über die Sendelimits der Postfächer oder die Limits der Regel hinaus und nie denselben Kontakt doppelt.</translation>
    </message>
    <message>
        <source>Select a rule to see its runs.</source>
        <translation>Wählen Sie eine Regel aus, um ihre Läufe zu sehen.</translation>
    </message>
    <message>
        <source>Runs of &quot;%1&quot;…</source>
        <translation>Läufe von „%1“…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not run yet.</source>
        <translation>„%1“ ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Runs of &quot;%1&quot;, newest first. Double-click a run to see its jobs and contacts.</source>
        <translation>Läufe von „%1“, neueste zuerst. Doppelklicken Sie auf einen Lauf, um seine Aufträge und Kontakte zu sehen.</translation>
    </message>
    <message>
        <source>Stopped by SeqDesk: %1</source>
        <translation>Von SeqDesk gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;?</source>
        <translation>Die Regel „%1“ löschen?</translation>
    </message>
    <message>
        <source>It will not run again. Its runs and the jobs they made stay in the history and in Analytics; nothing changes in HubSpot.</source>
        <translation>Sie wird nicht mehr ausgeführt. Ihre Läufe und deren Aufträge bleiben im Verlauf und in den Analysen erhalten; in HubSpot ändert sich nichts.</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>Regel löschen</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis zu</translation>
    </message>
    <message>
        <source> % of the rate limit</source>
        <translation> % des Ratenlimits</translation>
    </message>
    <message>
        <source>The part of HubSpot&apos;s rate limit (requests per 10 seconds) the rules&apos; runs and their jobs may use, so your own work in SeqDesk and other apps on the token keep room</source>
        <translation>Der Anteil am Ratenlimit von HubSpot (Anfragen pro 10 Sekunden), den die Läufe der Regeln und ihre Aufträge nutzen dürfen, damit Ihre eigene Arbeit in SeqDesk und andere Apps mit dem Token Spielraum behalten</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Runs of the selected rule</source>
        <translation>Läufe der ausgewählten Regel</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPresenter</name>
    <message>
        <source>The rules could not be read from the mirror: %1</source>
        <translation>Die Regeln konnten nicht aus der lokalen Kopie gelesen werden: %1</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message numerus="yes">
        <source>Rule &quot;%1&quot; saved: it runs within a minute, then every %n minute(s).</source>
        <translation>
            <numerusform>Regel „%1“ gespeichert: Sie läuft innerhalb einer Minute, dann alle %n Minute.</numerusform>
            <numerusform>Regel „%1“ gespeichert: Sie läuft innerhalb einer Minute, dann alle %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; saved.</source>
        <translation>Regel „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Waiting for the run of &quot;%1&quot; to end…</source>
        <translation>Warten auf das Ende des Laufs von „%1“…</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Liste wird gelesen…</translation>
    </message>
    <message>
        <source>Run of &quot;%1&quot; at %2</source>
        <translation>Lauf von „%1“ um %2</translation>
    </message>
    <message>
        <source>The rule could not be changed: %1</source>
        <translation>Die Regel konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; paused.</source>
        <translation>Regel „%1“ pausiert.</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; resumed.</source>
        <translation>Regel „%1“ fortgesetzt.</translation>
    </message>
    <message>
        <source>The rule could not be deleted: %1</source>
        <translation>Die Regel konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; deleted; its history stays.</source>
        <translation>Regel „%1“ gelöscht; ihr Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Queued to run…</source>
        <translation>Zur Ausführung eingereiht…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; did not run: %2</source>
        <translation>Regel „%1“ wurde nicht ausgeführt: %2</translation>
    </message>
    <message numerus="yes">
        <source>Enrolling: %n job(s) queued…</source>
        <translation>
            <numerusform>Registrierung: %n Auftrag eingereiht…</numerusform>
            <numerusform>Registrierung: %n Aufträge eingereiht…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; stopped: %2</source>
        <translation>Regel „%1“ gestoppt: %2</translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; ran: %2</source>
        <translation>Regel „%1“ ausgeführt: %2</translation>
    </message>
    <message>
        <source>Enrolling (job %1)…</source>
        <translation>Registrierung läuft (Auftrag %1)…</translation>
    </message>
    <message>
        <source>Enrolling (job %1): %2 of %3</source>
        <translation>Registrierung läuft (Auftrag %1): %2 von %3</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RunJobsDialog</name>
    <message>
        <source>Reading the run&apos;s jobs…</source>
        <translation>Aufträge des Laufs werden gelesen…</translation>
    </message>
    <message>
        <source>Job %1 · as %2 · %3 · %4 enrolled, %5 skipped, %6 failed, %7 waiting</source>
        <translation>Auftrag %1 · als %2 · %3 · %4 registriert, %5 übersprungen, %6 fehlgeschlagen, %7 wartend</translation>
    </message>
    <message>
        <source>This run made no job: it found no new member, or it stopped or failed before it could (see its message).</source>
        <translation>Dieser Lauf hat keinen Auftrag erstellt: Er hat kein neues Mitglied gefunden oder wurde vorher gestoppt oder ist fehlgeschlagen (siehe seine Meldung).</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), one per sender inbox, with %1 contacts in all. The contacts of the chosen job:</source>
        <translation>
            <numerusform>%n Auftrag, einer pro Absenderpostfach, mit insgesamt %1 Kontakten. Die Kontakte des gewählten Auftrags:</numerusform>
            <numerusform>%n Aufträge, einer pro Absenderpostfach, mit insgesamt %1 Kontakten. Die Kontakte des gewählten Auftrags:</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts of the run&apos;s jobs</source>
        <translation>Kontakte der Aufträge des Laufs</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SenderPage</name>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>Whose connected inbox sends the sequence&apos;s emails? Only users who can see the sequence are listed.</source>
        <translation>Wessen verbundenes Postfach sendet die E-Mails der Sequenz? Nur Benutzer, die die Sequenz sehen können, werden aufgeführt.</translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation> pro 24 h</translation>
    </message>
    <message>
        <source>HubSpot limits how many sequence emails one inbox sends in a rolling 24 hours. Contacts beyond it are deferred, not lost.</source>
        <translation>HubSpot begrenzt, wie viele Sequenz-E-Mails ein Postfach in rollierenden 24 Stunden sendet. Kontakte darüber hinaus werden zurückgestellt, nicht verworfen.</translation>
    </message>
    <message>
        <source>Send cap of the inbox:</source>
        <translation>Sendelimit des Postfachs:</translation>
    </message>
    <message>
        <source>No active user can see this sequence. Share it in HubSpot, then sync the portal.</source>
        <translation>Kein aktiver Benutzer kann diese Sequenz sehen. Geben Sie sie in HubSpot frei und synchronisieren Sie dann das Portal.</translation>
    </message>
    <message>
        <source>What this inbox sent could not be read.</source>
        <translation>Was dieses Postfach gesendet hat, konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>SeqDesk enrolled %1 contacts as this sender in the last 24 hours: %2 more can go now.</source>
        <translation>SeqDesk hat in den letzten 24 Stunden %1 Kontakte als dieser Absender registriert: %2 weitere sind jetzt möglich.</translation>
    </message>
    <message>
        <source>Senders</source>
        <translation>Absender</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceDetailPane</name>
    <message>
        <source>Select a sequence to see its steps and settings.</source>
        <translation>Wählen Sie eine Sequenz aus, um ihre Schritte und Einstellungen zu sehen.</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation>Sendezeitfenster:</translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation>Wer sie verwenden kann:</translation>
    </message>
    <message>
        <source>Enrolled by SeqDesk:</source>
        <translation>Von SeqDesk registriert:</translation>
    </message>
    <message>
        <source>Updated in HubSpot:</source>
        <translation>Aktualisiert in HubSpot:</translation>
    </message>
    <message>
        <source>Seen by SeqDesk:</source>
        <translation>Von SeqDesk gesehen:</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>1 step (details not synced yet)</source>
        <translation>1 Schritt (Details noch nicht synchronisiert)</translation>
    </message>
    <message>
        <source>%1 steps (details not synced yet)</source>
        <translation>%1 Schritte (Details noch nicht synchronisiert)</translation>
    </message>
    <message>
        <source>No steps</source>
        <translation>Keine Schritte</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>Gone from HubSpot since %1</source>
        <translation>Seit %1 nicht mehr in HubSpot</translation>
    </message>
    <message>
        <source>Archived in SeqDesk</source>
        <translation>In SeqDesk archiviert</translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation>Zuletzt gesehen %1</translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation>Zuerst gesehen %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Being read from HubSpot…</source>
        <translation>Wird aus HubSpot gelesen…</translation>
    </message>
    <message>
        <source>Known when the sync finishes</source>
        <translation>Bekannt, wenn die Synchronisierung abgeschlossen ist</translation>
    </message>
    <message>
        <source>Not saved yet: the sync in progress read it</source>
        <translation>Noch nicht gespeichert: von der laufenden Synchronisierung gelesen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencePickPage</name>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Which sequence should the contacts be enrolled into?</source>
        <translation>In welcher Sequenz sollen die Kontakte registriert werden?</translation>
    </message>
    <message>
        <source>Search sequences by name</source>
        <translation>Sequenzen nach Namen suchen</translation>
    </message>
    <message>
        <source>Reading the sequences…</source>
        <translation>Sequenzen werden gelesen…</translation>
    </message>
    <message>
        <source>The sequences could not be read from the mirror: %1</source>
        <translation>Die Sequenzen konnten nicht aus der lokalen Kopie gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation>
            <numerusform>%1  ·  %n Schritt</numerusform>
            <numerusform>%1  ·  %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation>Sequenz %1</translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation>
            <numerusform>%n Sequenz, in der Sie registrieren können.</numerusform>
            <numerusform>%n Sequenzen, in denen Sie registrieren können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation>
            <numerusform>%n pausierte, Entwurfs- oder archivierte Sequenz wird nicht angezeigt.</numerusform>
            <numerusform>%n pausierte, Entwurfs- oder archivierte Sequenzen werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sequence you started from cannot be enrolled into (it is paused, a draft or archived).</source>
        <translation>In der Sequenz, von der Sie ausgegangen sind, kann nicht registriert werden (sie ist pausiert, ein Entwurf oder archiviert).</translation>
    </message>
    <message>
        <source>This portal has no active sequence. Sync the portal, or resume a paused sequence on the Sequences page.</source>
        <translation>Dieses Portal hat keine aktive Sequenz. Synchronisieren Sie das Portal oder setzen Sie auf der Seite „Sequenzen“ eine pausierte Sequenz fort.</translation>
    </message>
    <message>
        <source>Search sequences</source>
        <translation>Sequenzen durchsuchen</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceTableModel</name>
    <message>
        <source>Contacts enrolled into this sequence by SeqDesk</source>
        <translation>Von SeqDesk in dieser Sequenz registrierte Kontakte</translation>
    </message>
    <message>
        <source>Last changed in HubSpot, in your local time</source>
        <translation>Zuletzt in HubSpot geändert, in Ihrer Ortszeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation>Aktualisiert in HubSpot</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Registriert</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceText</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Archived: it is gone from HubSpot (since %1).</source>
        <translation>Archiviert: Sie ist nicht mehr in HubSpot (seit %1).</translation>
    </message>
    <message>
        <source>Archived: archived in SeqDesk. HubSpot still has it; restore it to use it again.</source>
        <translation>Archiviert: in SeqDesk archiviert. HubSpot hat sie noch; stellen Sie sie wieder her, um sie erneut zu verwenden.</translation>
    </message>
    <message>
        <source>Draft: it has no steps yet, so there is nothing to enroll contacts into.</source>
        <translation>Entwurf: Sie hat noch keine Schritte, daher gibt es nichts, in dem Kontakte registriert werden könnten.</translation>
    </message>
    <message>
        <source>Paused: paused in SeqDesk. SeqDesk will not enroll contacts into it until it is resumed.</source>
        <translation>Pausiert: in SeqDesk pausiert. SeqDesk registriert keine Kontakte darin, bis sie fortgesetzt wird.</translation>
    </message>
    <message>
        <source>Active: present in HubSpot, has steps and is not paused in SeqDesk.</source>
        <translation>Aktiv: in HubSpot vorhanden, hat Schritte und ist in SeqDesk nicht pausiert.</translation>
    </message>
    <message>
        <source>HubSpot has no sequence status; SeqDesk derives it:
Archived = gone from HubSpot or archived in SeqDesk
Draft = no steps
Paused = paused in SeqDesk (no enrollments until resumed)
Active = otherwise</source>
        <translation>HubSpot hat keinen Sequenzstatus; SeqDesk leitet ihn ab:
Archiviert = nicht mehr in HubSpot oder in SeqDesk archiviert
Entwurf = keine Schritte
Pausiert = in SeqDesk pausiert (keine Registrierungen bis zur Fortsetzung)
Aktiv = sonst</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>no delay</source>
        <translation>keine Verzögerung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call task</source>
        <translation>Anruf-Aufgabe</translation>
    </message>
    <message>
        <source>Email task</source>
        <translation>E-Mail-Aufgabe</translation>
    </message>
    <message>
        <source>LinkedIn task</source>
        <translation>LinkedIn-Aufgabe</translation>
    </message>
    <message>
        <source>To-do task</source>
        <translation>To-do-Aufgabe</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>Tag 1</translation>
    </message>
    <message>
        <source>right after</source>
        <translation>direkt danach</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Finish enrollment</source>
        <translation>Registrierung beenden</translation>
    </message>
    <message>
        <source>Adaptive step</source>
        <translation>Adaptiver Schritt</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Wird synchronisiert</translation>
    </message>
    <message>
        <source>Syncing: read from HubSpot by the sync in progress and not saved yet. It gets its status, and can be enrolled into, when the sync finishes.</source>
        <translation>Wird synchronisiert: von der laufenden Synchronisierung aus HubSpot gelesen und noch nicht gespeichert. Sie erhält ihren Status und kann für Registrierungen verwendet werden, wenn die Synchronisierung abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencesPage</name>
    <message>
        <source>Enroll contacts…</source>
        <translation>Kontakte registrieren…</translation>
    </message>
    <message>
        <source>Pause in SeqDesk</source>
        <translation>In SeqDesk pausieren</translation>
    </message>
    <message>
        <source>Archive in SeqDesk</source>
        <translation>In SeqDesk archivieren</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Search by name, owner or id</source>
        <translation>Nach Name, Inhaber oder ID suchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No sequences yet — click Sync Data to fetch them from HubSpot.</source>
        <translation>Noch keine Sequenzen – klicken Sie auf „Daten synchronisieren“, um sie aus HubSpot abzurufen.</translation>
    </message>
    <message>
        <source>No sequence matches the selected statuses.</source>
        <translation>Keine Sequenz entspricht den gewählten Status.</translation>
    </message>
    <message>
        <source>No sequence matches “%1” with these filters.</source>
        <translation>Keine Sequenz passt mit diesen Filtern zu „%1“.</translation>
    </message>
    <message>
        <source>Choose contacts to enroll into this sequence</source>
        <translation>Kontakte auswählen, die in dieser Sequenz registriert werden</translation>
    </message>
    <message>
        <source>Only active sequences take enrollments</source>
        <translation>Nur aktive Sequenzen nehmen Registrierungen an</translation>
    </message>
    <message>
        <source>Resume in SeqDesk</source>
        <translation>In SeqDesk fortsetzen</translation>
    </message>
    <message>
        <source>Let SeqDesk enroll contacts into it again</source>
        <translation>SeqDesk wieder Kontakte darin registrieren lassen</translation>
    </message>
    <message>
        <source>Stop SeqDesk from enrolling contacts into it; HubSpot is not changed</source>
        <translation>SeqDesk keine Kontakte mehr darin registrieren lassen; HubSpot wird nicht geändert</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>It is gone from HubSpot; there is nothing to restore</source>
        <translation>Sie ist nicht mehr in HubSpot; es gibt nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>Show it as a usable sequence again</source>
        <translation>Sie wieder als verwendbare Sequenz anzeigen</translation>
    </message>
    <message>
        <source>Hide it from enrollment in SeqDesk; HubSpot is not changed</source>
        <translation>Sie in SeqDesk für Registrierungen ausblenden; HubSpot wird nicht geändert</translation>
    </message>
    <message numerus="yes">
        <source>Reading sequences from HubSpot (%1 of %2 users). %n new so far, marked Syncing: they are saved, with their status, when the sync finishes.</source>
        <translation>
            <numerusform>Sequenzen werden aus HubSpot gelesen (%1 von %2 Benutzern). Bisher %n neue, markiert als „Wird synchronisiert“: Sie werden mit ihrem Status gespeichert, wenn die Synchronisierung abgeschlossen ist.</numerusform>
            <numerusform>Sequenzen werden aus HubSpot gelesen (%1 von %2 Benutzern). Bisher %n neue, markiert als „Wird synchronisiert“: Sie werden mit ihrem Status gespeichert, wenn die Synchronisierung abgeschlossen ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading details from HubSpot: %1 of %2. The %n sequence(s) marked Syncing are saved, with their status, when the sync finishes.</source>
        <translation>
            <numerusform>Details werden aus HubSpot gelesen: %1 von %2. Die %n als „Wird synchronisiert“ markierte Sequenz wird mit ihrem Status gespeichert, wenn die Synchronisierung abgeschlossen ist.</numerusform>
            <numerusform>Details werden aus HubSpot gelesen: %1 von %2. Die %n als „Wird synchronisiert“ markierten Sequenzen werden mit ihrem Status gespeichert, wenn die Synchronisierung abgeschlossen ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the portal&apos;s sequences from HubSpot…</source>
        <translation>Sequenzen des Portals werden aus HubSpot gelesen…</translation>
    </message>
    <message>
        <source>Not saved yet: available when the sync finishes</source>
        <translation>Noch nicht gespeichert: verfügbar, wenn die Synchronisierung abgeschlossen ist</translation>
    </message>
    <message>
        <source>Show only active sequences; pick several to combine them, none to show all.</source>
        <translation>Nur aktive Sequenzen anzeigen; mehrere wählen, um sie zu kombinieren, keinen, um alle anzuzeigen.</translation>
    </message>
    <message>
        <source>Show only paused sequences; pick several to combine them, none to show all.</source>
        <translation>Nur pausierte Sequenzen anzeigen; mehrere wählen, um sie zu kombinieren, keinen, um alle anzuzeigen.</translation>
    </message>
    <message>
        <source>Show only draft sequences; pick several to combine them, none to show all.</source>
        <translation>Nur Sequenzen im Entwurf anzeigen; mehrere wählen, um sie zu kombinieren, keinen, um alle anzuzeigen.</translation>
    </message>
    <message>
        <source>Show only archived sequences; pick several to combine them, none to show all.</source>
        <translation>Nur archivierte Sequenzen anzeigen; mehrere wählen, um sie zu kombinieren, keinen, um alle anzuzeigen.</translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>Search sequences</source>
        <translation>Sequenzen durchsuchen</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencesPresenter</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message numerus="yes">
        <source> hours</source>
        <translation>
            <numerusform> Stunde</numerusform>
            <numerusform> Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>How long after its last sync SeqDesk syncs a portal by itself</source>
        <translation>Wie lange nach seiner letzten Synchronisierung SeqDesk ein Portal automatisch synchronisiert</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The part of HubSpot&apos;s rate limit the rules&apos; runs and their jobs may use, so your own work keeps room</source>
        <translation>Der Anteil am Ratenlimit von HubSpot, den die Läufe der Regeln und ihre Aufträge nutzen dürfen, damit Ihre eigene Arbeit Spielraum behält</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Sync each portal every:</source>
        <translation>Jedes Portal &amp;synchronisieren alle:</translation>
    </message>
    <message>
        <source>&amp;Rules may use up to:</source>
        <translation>&amp;Regeln nutzen höchstens:</translation>
    </message>
    <message>
        <source>&amp;API version of new connections:</source>
        <translation>&amp;API-Version neuer Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The language changes when SeqDesk starts again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von SeqDesk.</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Who the Enroll wizard and a new rule choose to send, until you choose another</source>
        <translation>Wen der Registrierungsassistent und eine neue Regel als Absender wählen, bis Sie einen anderen wählen</translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation> pro 24 h</translation>
    </message>
    <message>
        <source>The send cap of an inbox that new enrollments and rules start with: HubSpot limits the sequence emails one inbox sends in a rolling 24 hours</source>
        <translation>Das Sendelimit eines Postfachs, mit dem neue Registrierungen und Regeln beginnen: HubSpot begrenzt die Sequenz-E-Mails, die ein Postfach in rollierenden 24 Stunden sendet</translation>
    </message>
    <message>
        <source>P&amp;ortal:</source>
        <translation>P&amp;ortal:</translation>
    </message>
    <message>
        <source>Default &amp;sender:</source>
        <translation>Standard-Absen&amp;der:</translation>
    </message>
    <message>
        <source>Send &amp;cap of an inbox:</source>
        <translation>Sende&amp;limit eines Postfachs:</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>None (choose each time)</source>
        <translation>Keiner (jedes Mal wählen)</translation>
    </message>
    <message>
        <source>%1 (not an active user)</source>
        <translation>%1 (kein aktiver Benutzer)</translation>
    </message>
    <message>
        <source>Where SeqDesk keeps its copy of your portals and its job history. A new folder is used when SeqDesk starts again, and by seqdesk-cli and the rules&apos; timer from their next run. What is in the old one stays there: to keep it, move seqdesk.sqlite across while SeqDesk is closed.</source>
        <translation>Wo SeqDesk seine Kopie Ihrer Portale und seinen Auftragsverlauf aufbewahrt. Ein neuer Ordner wird verwendet, sobald SeqDesk neu startet, und von seqdesk-cli und dem Timer der Regeln ab ihrem nächsten Lauf. Was im alten Ordner liegt, bleibt dort: Um es zu behalten, verschieben Sie seqdesk.sqlite bei geschlossenem SeqDesk.</translation>
    </message>
    <message>
        <source>SeqDesk cannot write in %1. Pick a folder of yours.</source>
        <translation>SeqDesk kann nicht in %1 schreiben. Wählen Sie einen eigenen Ordner.</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SummaryPage</name>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Open analytics</source>
        <translation>Analysen öffnen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Reading the job…</source>
        <translation>Auftrag wird gelesen…</translation>
    </message>
    <message>
        <source>The job could not be read from the mirror.</source>
        <translation>Der Auftrag konnte nicht aus der lokalen Kopie gelesen werden.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>enrollment-job-%1.json</source>
        <translation>enrollment-job-%1.json</translation>
    </message>
    <message>
        <source>enrollment-job-%1.csv</source>
        <translation>enrollment-job-%1.csv</translation>
    </message>
    <message>
        <source>Export the job</source>
        <translation>Auftrag exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 of %2 contacts enrolled&lt;/b&gt; (%3 %)&lt;/span&gt;&lt;br&gt;%4 skipped · %5 failed · %6 deferred · %7 not sent</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 von %2 Kontakten registriert&lt;/b&gt; (%3 %)&lt;/span&gt;&lt;br&gt;%4 übersprungen · %5 fehlgeschlagen · %6 zurückgestellt · %7 nicht gesendet</translation>
    </message>
    <message>
        <source>Contacts of the job</source>
        <translation>Kontakte des Auftrags</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SyncStatusWidget</name>
    <message>
        <source>Sync Data</source>
        <translation>Daten synchronisieren</translation>
    </message>
    <message>
        <source>Cancel the sync (the mirror stays as it was)</source>
        <translation>Synchronisierung abbrechen (die lokale Kopie bleibt unverändert)</translation>
    </message>
    <message>
        <source>Read owners and sequences from HubSpot into SeqDesk (F5)</source>
        <translation>Inhaber und Sequenzen aus HubSpot in SeqDesk einlesen (F5)</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Letzte erfolgreiche Synchronisierung: %1</translation>
    </message>
    <message>
        <source>Last sync failed · %1</source>
        <translation>Letzte Synchronisierung fehlgeschlagen · %1</translation>
    </message>
    <message>
        <source>Sync cancelled · %1</source>
        <translation>Synchronisierung abgebrochen · %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::WelcomePage</name>
    <message>
        <source>Try the demo portal</source>
        <translation>Demo-Portal ausprobieren</translation>
    </message>
    <message>
        <source>Welcome to SeqDesk</source>
        <translation>Willkommen bei SeqDesk</translation>
    </message>
    <message>
        <source>Connect HubSpot…</source>
        <translation>HubSpot verbinden…</translation>
    </message>
    <message>
        <source>Copy scopes</source>
        <translation>Bereiche kopieren</translation>
    </message>
    <message>
        <source>Mirror your HubSpot sequences, preview an enrollment with a dry run, and enroll contacts in bulk within HubSpot&apos;s limits.</source>
        <translation>Legen Sie eine lokale Kopie Ihrer HubSpot-Sequenzen an, prüfen Sie eine Registrierung vorab mit einem Testlauf und registrieren Sie Kontakte in großer Zahl innerhalb der Limits von HubSpot.</translation>
    </message>
    <message>
        <source>The demo portal runs a HubSpot sandbox on this computer: nothing is sent to HubSpot, no token is needed.</source>
        <translation>Das Demo-Portal führt eine HubSpot-Sandbox auf diesem Computer aus: Nichts wird an HubSpot gesendet, kein Token ist nötig.</translation>
    </message>
    <message>
        <source>To connect your HubSpot portal:</source>
        <translation>So verbinden Sie Ihr HubSpot-Portal:</translation>
    </message>
    <message>
        <source>In HubSpot, open Settings &gt; Integrations &gt; Private Apps and click &quot;Create a private app&quot; (where HubSpot no longer offers new private apps: Service Keys). Give it a name, e.g. SeqDesk.</source>
        <translation>Öffnen Sie in HubSpot Einstellungen &gt; Integrationen &gt; Private Apps und klicken Sie auf „Private App erstellen“ (wo HubSpot keine neuen privaten Apps mehr anbietet: Service Keys). Geben Sie ihr einen Namen, z. B. SeqDesk.</translation>
    </message>
    <message>
        <source>On its Scopes tab, tick these scopes (%1 only for enrolling a HubSpot list&apos;s members and for rules):</source>
        <translation>Markieren Sie auf der Registerkarte „Bereiche“ diese Bereiche (%1 nur zum Registrieren der Mitglieder einer HubSpot-Liste und für Regeln):</translation>
    </message>
    <message>
        <source>Put the scopes on the clipboard, one per line</source>
        <translation>Die Bereiche in die Zwischenablage legen, einen pro Zeile</translation>
    </message>
    <message>
        <source>Create the app, then copy its access token (on the app&apos;s Auth tab: Show token, Copy).</source>
        <translation>Erstellen Sie die App und kopieren Sie dann ihr Zugriffstoken (auf der Registerkarte „Auth“ der App: Token anzeigen, Kopieren).</translation>
    </message>
    <message>
        <source>Click &quot;Connect HubSpot…&quot; below and paste the token. SeqDesk keeps it only in the system keychain.</source>
        <translation>Klicken Sie unten auf „HubSpot verbinden…“ und fügen Sie das Token ein. SeqDesk bewahrt es nur im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>Copied %1 scopes to the clipboard.</source>
        <translation>%1 Bereiche in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>SequenceUse</name>
    <message>
        <source>The sequence &quot;%1&quot; is paused in SeqDesk: choose &quot;Resume in SeqDesk&quot; on the app&apos;s Sequences page to enroll into it again.</source>
        <translation>Die Sequenz „%1“ ist in SeqDesk pausiert: Wählen Sie auf der Seite „Sequenzen“ der App „In SeqDesk fortsetzen“, um wieder darin zu registrieren.</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is a draft (it has no steps): add its steps in HubSpot first.</source>
        <translation>Die Sequenz „%1“ ist ein Entwurf (sie hat keine Schritte): Fügen Sie zuerst in HubSpot ihre Schritte hinzu.</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is archived: it is gone from HubSpot (deleted, or no longer shared with the portal&apos;s users).</source>
        <translation>Die Sequenz „%1“ ist archiviert: Sie ist nicht mehr in HubSpot (gelöscht oder nicht mehr für die Benutzer des Portals freigegeben).</translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is archived in SeqDesk: choose &quot;Restore&quot; on the app&apos;s Sequences page (filter Archived) to enroll into it again.</source>
        <translation>Die Sequenz „%1“ ist in SeqDesk archiviert: Wählen Sie auf der Seite „Sequenzen“ der App „Wiederherstellen“ (Filter „Archiviert“), um wieder darin zu registrieren.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Reading account details</source>
        <translation>Kontodetails werden gelesen</translation>
    </message>
    <message>
        <source>Reading owners</source>
        <translation>Inhaber werden gelesen</translation>
    </message>
    <message>
        <source>Reading sequences</source>
        <translation>Sequenzen werden gelesen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local HTTP server that behaves like HubSpot (SeqDesk&apos;s demo mode).</source>
        <translation>Ein lokaler HTTP-Server, der sich wie HubSpot verhält (Demo-Modus von SeqDesk).</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: %1</source>
        <translation>seqdesk-sandbox: %1</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: unexpected argument &apos;%1&apos;</source>
        <translation>seqdesk-sandbox: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: cannot watch signals</source>
        <translation>seqdesk-sandbox: Signale können nicht überwacht werden</translation>
    </message>
    <message>
        <source>seqdesk-sandbox: invalid value &apos;%1&apos; for --list-growth: %2</source>
        <translation>seqdesk-sandbox: ungültiger Wert „%1“ für --list-growth: %2</translation>
    </message>
</context>
</TS>
