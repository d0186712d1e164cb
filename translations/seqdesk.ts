<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>Cli</name>
    <message>
        <source>Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1: %2 sequences, read from %3 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk command line: work with HubSpot sequences without the GUI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot API root (https; http only on loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private-app access token. Prefer HUBSPOT_ACCESS_TOKEN or the keychain: a token on the command line is visible to other local users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal (hub) id whose token is read from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sequences (all users&apos; unless --user-id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the token and save it in the system keychain under its portal id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot user id whose sequences to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--portal-id must be a number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user-id must be a number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 goes with --sequence-id or --resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--label is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-json is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-json: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output-json: %1 is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with --resume: the job has its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume must be a job number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sequence-id must be a number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sender-email is missing: the connected inbox the emails are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sender-email &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact-ids is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact-ids-file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence to enroll the contacts into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected inbox the sequence emails are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to enroll: ids and/or emails, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File of contacts to enroll: one per line, or a CSV with an id or email column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict each contact&apos;s outcome; enroll nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume an interrupted or waiting job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List enrollment jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label for the job (shown in the analytics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot API version: 2026-09 (default), 2026-03 or v4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--api-version must be 2026-09, 2026-03 or v4, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--daily-cap must be a number from %1 to %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the portal&apos;s contact lists (id, name, size, kind); needs the crm.lists.read scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list-lists: only lists whose name matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query goes with --list-lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query is empty: give part of a list name, or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user-id does not go with --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --contact-ids, --contact-ids-file and --list-id, not more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts: give --contact-ids, --contact-ids-file or --list-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list-id must be a list&apos;s number (see --list-lists), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the members of this HubSpot contact list (its id from --list-lists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender inbox&apos;s send cap per rolling 24 hours (default %1; lower if your admin set one).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add-rule needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--add-rule needs its sender: --sender-email, --rotation or --owner-routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one of --sender-email, --rotation and --owner-routing, not more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fallback-sender goes with --owner-routing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a rule&apos;s number (see --rules), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the portal&apos;s due enrollment rules (or --rule ID) once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --run-rules: only this rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the enrollment rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a new enrollment rule (due at once); prints its id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-rule: the rule&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-rule: send from these inboxes in turn (the one with the most room under its cap), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-rule: send as each contact&apos;s HubSpot owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --owner-routing: the inbox for contacts whose owner cannot send (without it they are skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-rule: most contacts enrolled per run (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-rule: most contacts enrolled per 24 hours (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-rule: run every this many minutes (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --add-rule: enroll a member again after this many days (default 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a rule (it does not run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a paused or stopped rule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a rule (its runs and jobs are kept).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rule goes with --run-rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes with --add-rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not go with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no room under the inboxes&apos; caps or the rule&apos;s limits in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEQUENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEXT RUN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMBERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENROLLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEFERRED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAITING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is for portal %1, not for --portal-id %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 is not in the local mirror: connect it in SeqDesk first (it syncs the portal&apos;s sequences and users, which rules need).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 has not been synced into the local mirror yet: run Sync Data for it in SeqDesk first (rules need its sequences and users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --run-rules: the part of HubSpot&apos;s rate limit the rules may use, in percent (5 to 100; default %1), so other work on the token keeps room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the per-contact results (enrolled, failed, skipped, deferred) to this JSON file (a new one is owner-only), or through a FIFO, a device or /dev/stdout; checked before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: a token given with --token can be read by other users of this computer (ps). Prefer HUBSPOT_ACCESS_TOKEN, or the keychain: seqdesk-cli --store-token once, then --portal-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 failed, %4 deferred, %5 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the Model Context Protocol on stdin and stdout (for AI assistants): list sequences and lists, preview an enrollment, start it once confirmed, follow its job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with --mcp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the diagnostics (as the app&apos;s Help &gt; Copy diagnostics): versions, system, settings, paths, portals and the last errors with HubSpot&apos;s correlation ids; no token and no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: give --list-sequences, --list-lists, --sequence-id (to enroll), --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp or --diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --list-sequences, --list-lists, --sequence-id, --resume, --jobs, --store-token, --run-rules, --rules, --add-rule, --pause-rule, --resume-rule, --delete-rule, --mcp and --diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not go with --diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>(withheld)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last sync %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 new, %2 changed, %3 archived, %4 requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync %1 of portal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment job %1 of portal %2, contact %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of rule %2 of portal %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk diagnostics, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token and no e-mail address is in this text (any that would be is replaced by [redacted] or [email]). Read it before you share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== Program ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1; %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform plugin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locale: %1; languages: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== Paths ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mirror: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this build&apos;s newest: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== Settings ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none set: every setting has its default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== Portals ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local mirror could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: API %3, %4; %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== Last errors (newest first, at most %1) ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, category %2, code %3, correlation id %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>SeqDesk desktop app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the embedded demo portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of the window to &lt;file&gt; once the portal has loaded, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page of the screenshot: %1 (default: sequences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window&apos;s size for the screenshot (default: 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WxH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size &quot;%1&quot; is not WxH of at least 320x240, e.g. 1024x768.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print how long the start took (the window&apos;s first paint, the portal shown), then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dark: a dark palette (to check screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HubSpot</name>
    <message>
        <source>HubSpot rejected the access token (it is missing, wrong, revoked or expired). Copy the token again from HubSpot &gt; Settings &gt; Integrations &gt; Private Apps and save it in SeqDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a scope this call needs. Add the missing scopes in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the scopes %1. Add them in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused access to %1. Check the token&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence does not exist or is not visible to the chosen user. Run Sync Data and pick the sequence again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot could not find the requested object (%1). Run Sync Data and check the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending user has no connected personal email inbox for this sender address. Connect the inbox in HubSpot &gt; Settings &gt; General &gt; Email, or choose another sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending user has no active Sales Hub or Service Hub Professional seat (&quot;Sales Subscription Status is not OK&quot;). Assign a seat in HubSpot &gt; Settings &gt; Users &amp; Teams, or choose another sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot account used up its daily API limit. Resume the run after midnight in the account&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to HubSpot failed (%1). Check the system clock, proxy and certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot connection is not configured correctly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot kept returning more pages (%1). The listing was stopped; try again later or contact HubSpot support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot stopped the run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact is already enrolled in a sequence; a contact can be in one sequence at a time. Skip it or unenroll it in HubSpot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has unsubscribed from email. It cannot be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to this contact bounced before. Fix the address in HubSpot before enrolling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s address or domain is blocked (or marked email as spam). It cannot be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact has no email address. Add one in HubSpot before enrolling it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact does not exist in HubSpot (deleted or merged). Skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot rejected sending to this contact (%1). Skip it or check the contact in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot rejected this contact (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender inbox reached its sending limit for the last 24 hours. Continue later or choose another sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s answer could not be understood (%1). Try again; if it persists, report it with the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot rejected the request as invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment had already been sent, so HubSpot may have enrolled the contact. Check the contact&apos;s enrollment before enrolling it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request had already been sent, so HubSpot may have applied it. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was reached and HubSpot asked to wait %1 minutes. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot has no list with this id (it may have been deleted). Check the list id in HubSpot &gt; Contacts &gt; Lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s rate limit was still reached after SeqDesk waited and retried. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to HubSpot failed (%1), also when SeqDesk retried. Check the network and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot had a temporary problem (HTTP %1), still after SeqDesk&apos;s retries. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an absolute URL with a scheme and a host, such as https://api.hubapi.com or http://127.0.0.1:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not contain a user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must not have a query or fragment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must use https; plain http is only allowed for loopback hosts (127.0.0.0/8, ::1, localhost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SeqDesk could not connect to HubSpot within %1 s (%n try(s) over %2 s). Check the network connection, proxy and firewall.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot accepted the connection but did not answer within %1 s (%n try(s) over %2 s). HubSpot or the network may be having problems; see status.hubspot.com.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot&apos;s answer stopped arriving: no data for %1 s (%n try(s) over %2 s). Check the network connection.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>HubSpot did not answer in time, also when SeqDesk retried. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the scope crm.lists.read: enrolling a HubSpot list&apos;s members and the rules need it (pasted or imported contacts do not). Add it in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes and paste the token again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobExport</name>
    <message>
        <source>enrolled (confirmed after an interruption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender&apos;s rolling 24 h send cap is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListGrower</name>
    <message>
        <source>the portal has no DYNAMIC contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list %1 is not a DYNAMIC contact list of this portal (GET /_sandbox/summary lists them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListGrowth</name>
    <message>
        <source>[LISTID:]N/MINUTES (N from 1 to %1 contacts every MINUTES from 1 to %2; without LISTID the first DYNAMIC contact list)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerOnly</name>
    <message>
        <source>Could not make %1 readable by its owner only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>setting %1 must be an integer from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 must be a number from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting %1 must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting errorShape must be standard, legacy or mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting listGrowth must be an array of %1 or {&quot;listId&quot;, &quot;count&quot;, &quot;everyMinutes&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting listGrowth: %1 is not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxOptions</name>
    <message>
        <source>invalid value &apos;%1&apos; for %2: expected an integer from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for %2: expected a fraction from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0 = pick a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bearer token the sandbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the demo data and of the fault randomness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added latency per answer in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra random latency up to N ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per rolling window per token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the rolling rate window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per day per token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends per connected inbox per rolling 24 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of requests answered 5xx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of connections dropped before processing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of connections dropped after processing, before the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of 2xx answers with invalid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of 2xx answers cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fraction of requests answered 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the next N requests 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no Retry-After header on 429.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omit the X-HubSpot-RateLimit-* headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sequences always returns the same paging cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shape of enrollment errors: standard, legacy or mixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated scopes granted to the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of owners (at least 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of sequences (at least 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of contacts (at least 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value for --token: the token must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --error-shape: expected standard, legacy or mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one contact list of N members (more contacts if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every MINUTES, N eligible contacts join a DYNAMIC contact list (default: the first one); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[LISTID:]N/MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &apos;%1&apos; for --list-growth: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxServer</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting listGrowth: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxThread</name>
    <message>
        <source>the sandbox is not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No token is stored for this portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). SeqDesk stores tokens only in the keychain: start or unlock your keyring (for example GNOME Keyring or KWallet) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::CliRunner</name>
    <message>
        <source>--store-token needs the token in --token or HUBSPOT_ACCESS_TOKEN.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token: give --token, set HUBSPOT_ACCESS_TOKEN, or name with --portal-id a portal whose token was saved with --store-token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for portal %1 in the system keychain. Save one with --store-token.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token saved in the system keychain for portal %1 (%2). Use --portal-id %1 from now on.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local store in this build of the command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store %1 could not be opened: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollment jobs yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no contact lists.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MCP server in this build of the command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (command line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::EnrollCommand</name>
    <message>
        <source>Line %1 (&quot;%2&quot;): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more invalid lines.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid contact id or email in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 contacts, %3 duplicates, %4 invalid lines.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending as user %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active HubSpot user has the email %1. Give the sending user with --user-id (seqdesk-cli --list-sequences shows user ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run: reading %n contact(s) from HubSpot...
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: %1 would be enrolled, %2 skipped, %3 deferred by the send cap. Nothing was enrolled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 (see --jobs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 belongs to portal %2; the token is for portal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1/%2 done: %3 enrolled, %4 skipped, %5 failed, %6 deferred
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: enrolling (if interrupted, resume with: seqdesk-cli --resume %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 %2: %3 enrolled, %4 skipped, %5 failed, %6 deferred, %7 not sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume it after %1 with: seqdesk-cli --resume %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results written to %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 does not exist or user %2 cannot use it (see --list-sequences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 keeps its send cap of %2 per rolling 24 hours (--daily-cap applies to new jobs only).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list: %1 of %2 members
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 seqdesk-cli --list-lists shows its contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job was saved; nobody was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was sent or saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Job %2 is in the local journal: seqdesk-cli --jobs --json lists it, and seqdesk-cli --resume %2 --output-json FILE writes its report again (going on with any contacts it has left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This was a dry run: nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::ReportFile</name>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be looked up (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be followed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file, a FIFO or a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor %1 is not open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>descriptor %1 is open for reading only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file can be created in the folder %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RuleAdminCommand</name>
    <message>
        <source>Not a rule command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list %1 in this portal. seqdesk-cli --list-lists shows its contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; holds other records than contacts (object type %2): a rule enrolls the members of a contact list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule %1 &quot;%2&quot; saved: the members who join the list &quot;%3&quot; are enrolled into &quot;%4&quot;, every %n minute(s). It is due now: seqdesk-cli --run-rules runs it.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No enrollment rules yet: --add-rule saves one.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rule %1: it was deleted or never made (see --rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 belongs to portal %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; is paused already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; paused: it does not run until --resume-rule %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; is enabled already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; enabled again: it runs when due (next %3 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot; deleted; its runs and jobs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no members yet: until someone joins it, the rule&apos;s runs find nobody new.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RulesCommand</name>
    <message>
        <source>There is no rule %1: it was deleted or never made (see --rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 belongs to portal %2, not to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 is stopped: %2 Once that is fixed, --resume-rule %1 enables it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 is paused: --resume-rule %1 enables it again (--dry-run previews it as it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Going on with %n job(s) of rules left to do.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 (rule %2): enrolling as %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Job %1: %2/%3 done: %4 enrolled, %5 skipped, %6 failed, %7 deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 (rule %2, as %3) %4: %5 enrolled, %6 skipped, %7 failed, %8 deferred, %9 not sent.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  It goes on after %1 UTC, at a --run-rules from then on (or in the app).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot;: previewing (dry run)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 &quot;%2&quot;: running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 stopped: %2 It does not run again until --resume-rule %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 (dry run): %2 members, %3 new: %4 would be enrolled, %5 skipped, %6 waiting for room. Nothing was saved.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 done: %2 members, %3 new, %4 enrolled, %5 skipped, %6 failed, %7 waiting.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 skipped: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 failed: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule of this portal is due now.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::ContactInput</name>
    <message>
        <source>Nothing to read: %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found only a header row in %1: no contacts below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found no contact ids or emails in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is an Excel workbook (.xlsx) or another zip archive, not text. Export it as CSV (in Excel: Save As, CSV UTF-8) and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is an Excel 97-2003 workbook (.xls), not text. Save it as CSV UTF-8 and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is a PDF document, not text. Save the contacts as UTF-8 CSV or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is saved as UTF-16 (&quot;Unicode text&quot;). Save it as UTF-8 CSV or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it holds binary data, not text. Save it as UTF-8 CSV or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not valid UTF-8. Save it as UTF-8 CSV or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: line %2 is not valid UTF-8 (the file may use another encoding, such as Windows-1252). Save it as UTF-8 CSV or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids and emails from %1 (no header row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids from column &quot;%1&quot;, emails from column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ids from column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails from column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2 MiB. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero is not a contact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large to be a HubSpot contact id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer than 254 characters: not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot contain spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address cannot contain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one @: not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing before the @: not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing after the @: not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ has no dot: not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain after the @ has an empty part (a dot at its start or end, or two dots in a row).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ids are written without thousands separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scientific notation: the spreadsheet shortened a long id and its last digits are lost. Format the column as a number without decimals, or as text, and export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ids are whole numbers: remove the decimal part (the spreadsheet column may be formatted with decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a whole number: contact ids have no decimal part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact ids are positive whole numbers without a sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact id or email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty quoted value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a contact id nor an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 opens a quoted field that is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found no contact id or email column in %1. Its first row is: %2. Name the columns &quot;Record ID&quot; or &quot;Email&quot;, or give one id or email per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has fewer columns than the header (%1 of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email address in the id column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number in the email column: not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row has no column %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::EnrollmentEngine</name>
    <message>
        <source>Job %1 is not in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether contact %1 was enrolled before the interruption: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled before the interruption (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local journal could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sender&apos;s send cap is reached: %n contact(s) deferred until %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>contact %1 is already in this job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is running in another SeqDesk process (%2, process %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not be locked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer for contact %1 was lost (%2). Resume the job: SeqDesk checks that contact first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests were cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts are not sent yet; resume the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already enrolled in this sequence by another SeqDesk job (enrollment %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not answer for contact %1; SeqDesk checks whether it was enrolled before sending anything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local journal could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether contact %1 was enrolled before the interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API limit for this portal is reached. It resets at midnight in the portal&apos;s time zone (%1): the job waits until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot&apos;s daily API limit for this portal is reached. It resets at midnight in the portal&apos;s time zone, which SeqDesk does not know: the job waits 24 hours, until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). The job waits until %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::EnrollmentUseCase</name>
    <message>
        <source>The send cap must be from %1 to %2 emails per 24 hours, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s recent enrollments could not be read from the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::ListMembersReader</name>
    <message>
        <source>The list &quot;%1&quot; holds other records than contacts (object type %2): only contact lists can be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; has no members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list %1 in this portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the HubSpot list &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::Prediction</name>
    <message>
        <source>same contact as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred (send cap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sender (owner cannot use the sequence)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::DemoShowcase</name>
    <message>
        <source>New trial signups to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::JobRunner</name>
    <message>
        <source>Job %1 is running; retry it once it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed contacts of job %1 could not be reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not in the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk was closed during the job; it goes on at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Jobs::RuleScheduler</name>
    <message>
        <source>Rule %1 is not in the local store any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::CatalogTools</name>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: reading sequences (%1 of %2 users)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: reading details (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s sequences could not be synced from HubSpot: %1 Try again later, or sync the portal in the SeqDesk app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are listed; narrow with query or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync older than 24 hours could not be refreshed (%1): these are the sequences of the last sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sequences with status &quot;active&quot; can be enrolled into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact list(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>More lists match: narrow with query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview_enrollment takes a list&apos;s id as listId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot sequences of the portal, from SeqDesk&apos;s local mirror (synced from HubSpot first when its last sync is older than 24 hours): id, name, status, owner, number of steps. Only &quot;active&quot; sequences can be enrolled into. Use it to find the sequenceId for preview_enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sequences with this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sequences whose name contains this text (or whose id it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List contact lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s HubSpot contact lists (needs the token&apos;s crm.lists.read scope): id, name, size (members) and kind (static, active or snapshot), best matches first. Use it to find the listId for preview_enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only lists whose name matches (HubSpot&apos;s name search).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::JobTools</name>
    <message>
        <source>It is running: call get_job again to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is saved and not started: resume_job %1 starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was left running by a SeqDesk process that ended (or another process runs it): resume_job %1 goes on with it, each contact once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It waits until %1 UTC (the sender&apos;s send cap or HubSpot&apos;s limits): resume_job %2 then goes on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is paused: resume_job %1 goes on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is cancelled: its contacts not sent stay unsent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1 in SeqDesk&apos;s journal: start_enrollment returns the job ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 belongs to portal %2; this server&apos;s token is for portal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not running here, so there is nothing to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not running in this server: resume_job it here first, then cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 has ended: nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is cancelled: it is never run again. Preview the contacts again for a new job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is running already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 waits for the job running in this server; it starts after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 goes on: call get_job to follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is %2: %3 enrolled, %4 skipped, %5 failed, %6 deferred, %7 not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job&apos;s id (start_enrollment returned it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment job from SeqDesk&apos;s journal: its state (draft, running, paused, cancelled, completed, failed), counts (enrolled, skipped, failed, deferred, not sent yet), when it resumes, the reasons of skips and failures, and what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses a job running in this server: requests in flight finish and are journaled, nothing more is sent until resume_job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes on with a paused or interrupted job (also one a killed SeqDesk process left running, or one waiting for the send cap): contacts whose request was in flight are checked with HubSpot first, so each contact is enrolled once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancels a job running or paused in this server: contacts not sent yet are never sent. Those enrolled stay enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::McpContext</name>
    <message>
        <source>The job belongs to portal %1; this server&apos;s token is for portal %2. Start seqdesk-cli --mcp with that portal&apos;s token to go on with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::McpHost</name>
    <message>
        <source>SeqDesk enrolls HubSpot contacts into sequences safely. Find a sequence with list_sequences (status active) and, if the contacts are a list, its id with list_contact_lists. Always call preview_enrollment first and show the user its counts and contacts; call start_enrollment with the previewId and confirm: true only after the user agreed (a preview expires after 15 minutes). Follow the job with get_job; pause_job, resume_job and cancel_job control it. Contacts beyond the sender&apos;s send cap are deferred, not dropped: resume_job goes on once they are due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::PreviewTool</name>
    <message>
        <source>&quot;senderEmail&quot; must be the email address of the connected inbox the sequence&apos;s emails are sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of contactIds, emails and listId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid contact id or email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid contact id or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 list_contact_lists shows the portal&apos;s contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list&apos;s members: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active HubSpot user of the portal has the email %1: give the sender&apos;s own HubSpot login email (its connected inbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 does not exist, or %2 cannot use it: list_sequences shows the sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 contacts read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be saved (%1); nothing was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 of &quot;%2&quot; as %3: %4 would be enrolled now, %5 skipped, %6 deferred by the sender&apos;s send cap (enrolled later, when the job is resumed). Nothing was enrolled. Show this to the user; only once they agree, call start_enrollment with this previewId and confirm: true before %7 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview an enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run of enrolling contacts into a sequence, as the SeqDesk wizard&apos;s preview: HubSpot is only read, nobody is enrolled. Returns counts per predicted outcome (enroll, already_enrolled, unsubscribed, bounced, blocked, no_email, not_found, duplicate, deferred by the sender&apos;s rolling 24 h send cap), the first 50 contacts with their outcome and reason, and a previewId. Show the result to the user; start_enrollment with that previewId (within 15 minutes) enrolls exactly these contacts. Give the contacts as exactly one of contactIds, emails or listId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot contact ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts&apos; email addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence&apos;s id (list_sequences); it must be active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot user&apos;s email whose connected inbox sends the sequence&apos;s emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact list&apos;s id (list_contact_lists): its members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::StartTool</name>
    <message>
        <source>Not started: start_enrollment needs confirm: true, given only after the user saw the preview and agreed to enroll these contacts. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preview &quot;%1&quot;: call preview_enrollment first and start the previewId it returns. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 was started already as job %2: get_job %2 shows it. A preview starts one job; nobody was enrolled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 is of portal %2; this server&apos;s token is for portal %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1 is gone, or %2 cannot use it any more. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 is stale: the sequence &quot;%2&quot; changed in HubSpot since the preview. Call preview_enrollment again and show the user the new result. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 was started already as job %2: get_job %2 shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 is being started by another call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be saved: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 started: %2 contacts to enroll now, %3 deferred by the send cap. SeqDesk journals each contact, so nobody is enrolled twice. Follow it with get_job %1; pause_job, resume_job and cancel_job control it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a previewed enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolls exactly the contacts of a preview (preview_enrollment) as a SeqDesk job: journaled (each contact at most once, even across crashes), within the sender&apos;s send cap (the rest deferred), resumable. Call it only after the user saw the preview and agreed, with confirm: true. Refused when the preview is missing, older than 15 minutes, started already, or the sequence changed since. Returns the job id: follow it with get_job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previewId preview_enrollment returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: the user confirmed this enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional label for the job (shown in SeqDesk&apos;s Analytics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 is dated later than this computer&apos;s clock (was the clock set back?), so its age is unknown. Call preview_enrollment again, show the user the new result, and start that one. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview %1 is stale: it was made %n minutes ago, and a preview can be started for 15 minutes. Call preview_enrollment again, show the user the new result, and start that one. %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::SummaryTool</name>
    <message>
        <source>SeqDesk&apos;s local mirror failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last %1 days SeqDesk enrolled %2 contacts, skipped %3, failed %4 and deferred %5 (success rate %6 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SeqDesk enrolled in the portal (the app&apos;s Analytics numbers, from its local journal: the wizard&apos;s, seqdesk-cli&apos;s, the rules&apos; and this server&apos;s jobs): enrolled, skipped, failed and deferred contacts and the success rate, per sequence, and the most common reasons for skips and failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this sequence (its id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last N days (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::ToolArgs</name>
    <message>
        <source>Unknown argument &quot;%1&quot;: this tool takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;: this tool takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a HubSpot id: digits, such as &quot;712011983&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of 1 to %2 HubSpot ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold HubSpot ids only (digits, such as &quot;101&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an array of 1 to %2 strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold strings only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Rules::RuleCheck</name>
    <message>
        <source>The rule needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule&apos;s name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list must be a HubSpot list id (digits), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence must be a HubSpot sequence id (digits), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address of a sender inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule with one sender needs exactly one sender inbox (it has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rotation needs two or more different sender inboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rotation names a sender inbox twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule that sends as the contact&apos;s owner takes no sender inbox; give a fallback inbox instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rule that sends as the contact&apos;s owner has a fallback inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fallback inbox &quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per run must be 0 (no limit) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per day must be 0 (no limit) to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule runs every 1 to %1 minutes (a week), not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Again after&quot; is 0 (never) to %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inboxes&apos; send cap must be %1 to %2 per 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence %1 is not in the portal&apos;s mirror: check its id (seqdesk-cli --list-sequences) or sync the portal in SeqDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender inbox %1 is not an active user of the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender inbox %1 cannot see the sequence &quot;%2&quot;: share it with that user in HubSpot, then sync the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has a rule named &quot;%1&quot; already (rule %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Rules::RuleRun</name>
    <message>
        <source>Rule %1 is running in another SeqDesk process (%2, process %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1 could not be locked in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sequence %1 is not in the portal&apos;s mirror any more (deleted in HubSpot, or not synced yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list: %1 of %2 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln new member(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the rule&apos;s sender inboxes (%1) is an active user of the portal who can see the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s jobs could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln new member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to enroll</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for room</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The local store could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: SeqDesk stopped during the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no members yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalConnector</name>
    <message>
        <source>Paste the private app&apos;s access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the portal&apos;s users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no active user who can own sequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking access to sequences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking access to lists…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalManager</name>
    <message>
        <source>SeqDesk closed during this sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot portal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s token could not be removed from the keychain (%1). Nothing was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s data could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalPolicy</name>
    <message>
        <source>Demo · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo portal: a HubSpot sandbox on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalSession</name>
    <message>
        <source>Starting the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the token from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no token for this portal. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the portal&apos;s token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sequence details: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot rejected the portal&apos;s token. Enter a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s token lacks the scopes %1. Add them to the private app in HubSpot, then enter the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading sequences: %1 of %2 users, %n found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::SyncEngine</name>
    <message>
        <source>Starting the sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token belongs to portal %1, not to portal %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking which sequences changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sequence details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving to the local mirror</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ActivityNotices</name>
    <message>
        <source>Enrollment could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 synced: %2 new, %3 changed, %4 archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled before it stopped: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enrollment paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled; the others wait: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The rule &quot;%1&quot; is enrolling %n new members of its list.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule run failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsFilterBar</name>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All portals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsPage</name>
    <message>
        <source>No contacts in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was skipped or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per-sequence.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over-time.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by-source.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why skipped or failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;No enrollments yet&lt;/h3&gt;&lt;p&gt;Enroll contacts into a sequence and SeqDesk shows here what worked: who was enrolled, skipped or failed, and why, per sequence and over time.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt; (the newest %1 of %2; export for all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rows&lt;/b&gt; (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment-analytics.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollments per sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsRowsModel</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::AnalyticsText</name>
    <message>
        <source>Wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqdesk-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::Charts::StackedBarChart</name>
    <message>
        <source>Could not write the image %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ConfirmPage</name>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what SeqDesk is about to do. Enrollment starts sending the sequence&apos;s emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Webinar follow-up, November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Enroll &lt;b&gt;%1 contacts&lt;/b&gt; into &lt;b&gt;%2&lt;/b&gt;, sent by %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 more are deferred by the inbox&apos;s send cap (%2 per 24 hours) and go out automatically once they are eligible, while SeqDesk runs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 are skipped (see the preview for why).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Contacts from: %1. You can pause or cancel at any moment; a job interrupted by a crash resumes without enrolling anyone twice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ConnectDialog</name>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pat-na1-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a private app in HubSpot (Settings &gt; Integrations &gt; Private Apps) with the scopes %1, then paste its access token here. SeqDesk keeps it only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks these scopes: %1.
In HubSpot, open Settings &gt; Integrations &gt; Private Apps, edit the app, add them under Scopes, commit the change, and paste the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk needs this portal&apos;s private-app token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-09 (newest, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-03 (date-versioned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v4 / v3 (legacy, supported until March 2027)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the token lacks %1, so SeqDesk cannot read HubSpot lists; pasted or imported contacts work. To use lists, add the scope in HubSpot &gt; Settings &gt; Integrations &gt; Private Apps &gt; Scopes, then enter the token again (Portal &gt; Enter a new token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ContactsPage</name>
    <message>
        <source>Import CSV or TXT file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use pasted text instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12345
ana.lima@example.com
…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ids, %2 emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A HubSpot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste HubSpot contact ids or email addresses, import a CSV or text file, or enroll the members of one of the portal&apos;s contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::EnrollLauncher</name>
    <message>
        <source>Job %1: %2 of %3 done, %4 enrolled, %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit during enrollment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is enrolling contacts. If you quit, it pauses now and goes on when SeqDesk starts again; no contact is lost or enrolled twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing the job before quitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrollment is open: finish or close it to start another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 enrolled, %3 skipped, %4 failed, %5 deferred. %6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::EnrollWizard</name>
    <message>
        <source>Enroll contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::JobItemsModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment %1 (confirmed after an interruption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ListPickerModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
HubSpot list %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the portal&apos;s contact lists by name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ListSourcePanel</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 so far: scroll down for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the members of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped reading &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the members of &quot;%1&quot;: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; from the list &quot;%2&quot;, read just now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contact lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::MainWindow</name>
    <message>
        <source>SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the local mirror…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 forgotten: its token and data are gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync of this portal is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new &amp;token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;SeqDesk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Bulk enrollment into HubSpot sequences, within HubSpot&apos;s limits.&lt;/p&gt;&lt;p&gt;Tokens are kept only in the system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local mirror could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local mirror could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 synced: %2 new, %3 changed, %4 archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 cancelled; the mirror is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk cannot sync %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter Token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk removes the portal&apos;s token from the keychain and its sequences, owners, sync history and enrollment history from this computer. Nothing changes in HubSpot; you can connect the portal again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That token belongs to portal %1, not %2: it was connected as another portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll contacts into a sequence (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, settings, paths, portals and the last errors, for a support request: no token and no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sequence of the portal (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What SeqDesk enrolled: per sequence, over time, by source (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the contacts who join a HubSpot list, by themselves (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PlanTableModel</name>
    <message>
        <source>Eligible from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PortalSwitcher</name>
    <message>
        <source>The HubSpot portal shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::PreviewPage</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run: SeqDesk read the contacts from HubSpot and predicts what will happen to each. Nothing is enrolled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the contacts from HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the contacts from HubSpot: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 will be enrolled&lt;/b&gt; · %2 skipped · %3 deferred by the send cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred contacts are enrolled automatically from %1, while SeqDesk runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact can be enrolled: go back and change the list or the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every skipped contact (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment-preview.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of each contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; enrolled · &lt;b&gt;%2&lt;/b&gt; skipped · &lt;b&gt;%3&lt;/b&gt; failed · &lt;b&gt;%4&lt;/b&gt; deferred · &lt;b&gt;%5&lt;/b&gt; to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot allows %1 requests per %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring the pace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 waits: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is paused. Resume it, or close: it stays paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was cancelled; contacts not yet sent were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1: enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing: waiting for the requests already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the job?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts not enrolled yet will not be. Those already enrolled stay in the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact is journaled, so none is lost or sent twice. Closing this window does not stop the job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 waits for job %2 to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of the job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleEditorDialog</name>
    <message>
        <source>Edit rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Trial signups to onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: its new members are enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence: they are enrolled into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sequences by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sequences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits and schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most contacts one run enrolls; 0 for no limit of the rule&apos;s own. The others wait for a later run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most contacts the rule enrolls in a rolling 24 hours; 0 for no limit of the rule&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often SeqDesk reads the list while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contact the rule handled is enrolled again if it is still in the list this many days later; &quot;Never&quot;: once, ever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot limits how many sequence emails one inbox sends in a rolling 24 hours. The rule never enrolls past it; the others wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts per day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a contact again after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send cap of each inbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the list whose new members the rule enrolls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sequence to enroll them into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rule of this portal is called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Sequence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sequences could not be read from the mirror: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The rule&apos;s sequence %1 cannot be enrolled into any more: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Ready to save.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Ready to save. The rule is enabled and runs within a minute, then every %n minute(s).&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Before it can be saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleListPicker</name>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal has no contact lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact list matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s) so far: scroll down for more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No list chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: &lt;b&gt;%1&lt;/b&gt; (HubSpot list %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contact lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulePreviewDialog</name>
    <message>
        <source>Waits for a later run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rule now: the members it finds then are enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previewing &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner&apos;s inbox has no room under its send cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no inbox has room under its send cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for a later run: the rule enrolls at most %1 per run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for a later run: %1, or the rule&apos;s %2 a day are used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waits for a later run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its owner cannot use the sequence and the rule has no fallback inbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If &quot;%1&quot; ran now, it would read %2 members of &quot;%3&quot;: %4 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody would be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n would be enrolled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would wait for a later run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is enrolled or recorded by a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts the next run would enroll</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleRunsModel</name>
    <message numerus="yes">
        <source>Started %1, finished %2; %n request(s) to HubSpot before its jobs.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleSenderBox</name>
    <message>
        <source>One inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rotation over several inboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact goes to the inbox with the most room under its send cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner, when the owner can use the sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick two or more inboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the owner cannot use the sequence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the contact (no fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active user can see the chosen sequence: share it in HubSpot, then sync the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender inboxes in turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback sender inbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleTableModel</name>
    <message>
        <source>List %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
HubSpot list %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Sequence %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Runs every %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paused: it does not run until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by SeqDesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts its runs enrolled in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not run while it is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not run while it is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleText</name>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact owner (no fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact owner (fallback %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every contact is enrolled as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact goes to the inbox with the most room under its send cap:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot use the sequence are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each contact is enrolled as its HubSpot owner. Contacts whose owner cannot use the sequence go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to send: %1
Deferred by the send cap: %2
Left for a later run (no room in an inbox, or the rule&apos;s limit): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no new members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rotation of %n inbox(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPage</name>
    <message>
        <source>New rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll the contacts who join a HubSpot list into a sequence, by themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the rule would enroll now, by which inbox, and why the others would not: a dry run, nothing is enrolled or recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rule now, without waiting for its schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop running the rule until it is resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the rule on its schedule again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule; its history stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No enrollment rules yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule enrolls the contacts who join a HubSpot list into a sequence, by themselves: every few minutes SeqDesk reads the list, dry-runs its new members and enrolls those who can be enrolled, as one inbox, a rotation over several, or each contact&apos;s owner — never past the inboxes&apos; send caps or the rule&apos;s limits, and never the same contact twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a rule to see its runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of &quot;%1&quot;, newest first. Double-click a run to see its jobs and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by SeqDesk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the rule &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will not run again. Its runs and the jobs they made stay in the history and in Analytics; nothing changes in HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> % of the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of HubSpot&apos;s rate limit (requests per 10 seconds) the rules&apos; runs and their jobs may use, so your own work in SeqDesk and other apps on the token keep room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of the selected rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPresenter</name>
    <message>
        <source>The rules could not be read from the mirror: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule &quot;%1&quot; saved: it runs within a minute, then every %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the run of &quot;%1&quot; to end…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run of &quot;%1&quot; at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; deleted; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued to run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; did not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enrolling: %n job(s) queued…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule &quot;%1&quot; ran: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling (job %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling (job %1): %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RunJobsDialog</name>
    <message>
        <source>Reading the run&apos;s jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · as %2 · %3 · %4 enrolled, %5 skipped, %6 failed, %7 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run made no job: it found no new member, or it stopped or failed before it could (see its message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s), one per sender inbox, with %1 contacts in all. The contacts of the chosen job:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts of the run&apos;s jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SenderPage</name>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose connected inbox sends the sequence&apos;s emails? Only users who can see the sequence are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot limits how many sequence emails one inbox sends in a rolling 24 hours. Contacts beyond it are deferred, not lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send cap of the inbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active user can see this sequence. Share it in HubSpot, then sync the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this inbox sent could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk enrolled %1 contacts as this sender in the last 24 hours: %2 more can go now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceDetailPane</name>
    <message>
        <source>Select a sequence to see its steps and settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can use it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled by SeqDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated in HubSpot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by SeqDesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 step (details not synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps (details not synced yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone from HubSpot since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived in SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being read from HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known when the sync finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: the sync in progress read it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencePickPage</name>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sequence should the contacts be enrolled into?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sequences by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sequences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequences could not be read from the mirror: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sequence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sequence you started from cannot be enrolled into (it is paused, a draft or archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This portal has no active sequence. Sync the portal, or resume a paused sequence on the Sequences page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceTableModel</name>
    <message>
        <source>Contacts enrolled into this sequence by SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed in HubSpot, in your local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated in HubSpot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequenceText</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: it is gone from HubSpot (since %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: archived in SeqDesk. HubSpot still has it; restore it to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: it has no steps yet, so there is nothing to enroll contacts into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: paused in SeqDesk. SeqDesk will not enroll contacts into it until it is resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: present in HubSpot, has steps and is not paused in SeqDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot has no sequence status; SeqDesk derives it:
Archived = gone from HubSpot or archived in SeqDesk
Draft = no steps
Paused = paused in SeqDesk (no enrollments until resumed)
Active = otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To-do task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adaptive step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: read from HubSpot by the sync in progress and not saved yet. It gets its status, and can be enrolled into, when the sync finishes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencesPage</name>
    <message>
        <source>Enroll contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause in SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive in SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, owner or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequences yet — click Sync Data to fetch them from HubSpot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence matches the selected statuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sequence matches “%1” with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose contacts to enroll into this sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only active sequences take enrollments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume in SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let SeqDesk enroll contacts into it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop SeqDesk from enrolling contacts into it; HubSpot is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is gone from HubSpot; there is nothing to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it as a usable sequence again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide it from enrollment in SeqDesk; HubSpot is not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading sequences from HubSpot (%1 of %2 users). %n new so far, marked Syncing: they are saved, with their status, when the sync finishes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading details from HubSpot: %1 of %2. The %n sequence(s) marked Syncing are saved, with their status, when the sync finishes.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the portal&apos;s sequences from HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: available when the sync finishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only active sequences; pick several to combine them, none to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only paused sequences; pick several to combine them, none to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only draft sequences; pick several to combine them, none to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only archived sequences; pick several to combine them, none to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search sequences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencesPresenter</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>How long after its last sync SeqDesk syncs a portal by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of HubSpot&apos;s rate limit the rules&apos; runs and their jobs may use, so your own work keeps room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync each portal every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules may use up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API version of new connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when SeqDesk starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the Enroll wizard and a new rule choose to send, until you choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send cap of an inbox that new enrollments and rules start with: HubSpot limits the sequence emails one inbox sends in a rolling 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ortal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;cap of an inbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (choose each time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an active user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where SeqDesk keeps its copy of your portals and its job history. A new folder is used when SeqDesk starts again, and by seqdesk-cli and the rules&apos; timer from their next run. What is in the old one stays there: to keep it, move seqdesk.sqlite across while SeqDesk is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SeqDesk cannot write in %1. Pick a folder of yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SummaryPage</name>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job could not be read from the mirror.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment-job-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrollment-job-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;%1 of %2 contacts enrolled&lt;/b&gt; (%3 %)&lt;/span&gt;&lt;br&gt;%4 skipped · %5 failed · %6 deferred · %7 not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of the job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SyncStatusWidget</name>
    <message>
        <source>Sync Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sync (the mirror stays as it was)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read owners and sequences from HubSpot into SeqDesk (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync failed · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::WelcomePage</name>
    <message>
        <source>Try the demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to SeqDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect HubSpot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mirror your HubSpot sequences, preview an enrollment with a dry run, and enroll contacts in bulk within HubSpot&apos;s limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo portal runs a HubSpot sandbox on this computer: nothing is sent to HubSpot, no token is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect your HubSpot portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In HubSpot, open Settings &gt; Integrations &gt; Private Apps and click &quot;Create a private app&quot; (where HubSpot no longer offers new private apps: Service Keys). Give it a name, e.g. SeqDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its Scopes tab, tick these scopes (%1 only for enrolling a HubSpot list&apos;s members and for rules):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the scopes on the clipboard, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the app, then copy its access token (on the app&apos;s Auth tab: Show token, Copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click &quot;Connect HubSpot…&quot; below and paste the token. SeqDesk keeps it only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 scopes to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SequenceUse</name>
    <message>
        <source>The sequence &quot;%1&quot; is paused in SeqDesk: choose &quot;Resume in SeqDesk&quot; on the app&apos;s Sequences page to enroll into it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is a draft (it has no steps): add its steps in HubSpot first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is archived: it is gone from HubSpot (deleted, or no longer shared with the portal&apos;s users).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sequence &quot;%1&quot; is archived in SeqDesk: choose &quot;Restore&quot; on the app&apos;s Sequences page (filter Archived) to enroll into it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Reading account details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading sequences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A local HTTP server that behaves like HubSpot (SeqDesk&apos;s demo mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqdesk-sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqdesk-sandbox: unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqdesk-sandbox: cannot watch signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seqdesk-sandbox: invalid value &apos;%1&apos; for --list-growth: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
