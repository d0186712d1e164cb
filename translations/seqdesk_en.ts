<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HubSpot</name>
    <message numerus="yes">
        <source>SeqDesk could not connect to HubSpot within %1 s (%n try(s) over %2 s). Check the network connection, proxy and firewall.</source>
        <translation>
            <numerusform>SeqDesk could not connect to HubSpot within %1 s (%n try over %2 s). Check the network connection, proxy and firewall.</numerusform>
            <numerusform>SeqDesk could not connect to HubSpot within %1 s (%n tries over %2 s). Check the network connection, proxy and firewall.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot accepted the connection but did not answer within %1 s (%n try(s) over %2 s). HubSpot or the network may be having problems; see status.hubspot.com.</source>
        <translation>
            <numerusform>HubSpot accepted the connection but did not answer within %1 s (%n try over %2 s). HubSpot or the network may be having problems; see status.hubspot.com.</numerusform>
            <numerusform>HubSpot accepted the connection but did not answer within %1 s (%n tries over %2 s). HubSpot or the network may be having problems; see status.hubspot.com.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>HubSpot&apos;s answer stopped arriving: no data for %1 s (%n try(s) over %2 s). Check the network connection.</source>
        <translation>
            <numerusform>HubSpot&apos;s answer stopped arriving: no data for %1 s (%n try over %2 s). Check the network connection.</numerusform>
            <numerusform>HubSpot&apos;s answer stopped arriving: no data for %1 s (%n tries over %2 s). Check the network connection.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::EnrollCommand</name>
    <message numerus="yes">
        <source>Dry run: reading %n contact(s) from HubSpot...
</source>
        <translation>
            <numerusform>Dry run: reading %n contact from HubSpot...
</numerusform>
            <numerusform>Dry run: reading %n contacts from HubSpot...
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RuleAdminCommand</name>
    <message numerus="yes">
        <source>Rule %1 &quot;%2&quot; saved: the members who join the list &quot;%3&quot; are enrolled into &quot;%4&quot;, every %n minute(s). It is due now: seqdesk-cli --run-rules runs it.
</source>
        <translation>
            <numerusform>Rule %1 &quot;%2&quot; saved: the members who join the list &quot;%3&quot; are enrolled into &quot;%4&quot;, every minute. It is due now: seqdesk-cli --run-rules runs it.
</numerusform>
            <numerusform>Rule %1 &quot;%2&quot; saved: the members who join the list &quot;%3&quot; are enrolled into &quot;%4&quot;, every %n minutes. It is due now: seqdesk-cli --run-rules runs it.
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Cli::RulesCommand</name>
    <message numerus="yes">
        <source>Going on with %n job(s) of rules left to do.</source>
        <translation>
            <numerusform>Going on with %n job of rules left to do.</numerusform>
            <numerusform>Going on with %n jobs of rules left to do.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Enroll::EnrollmentEngine</name>
    <message numerus="yes">
        <source>The sender&apos;s send cap is reached: %n contact(s) deferred until %1.</source>
        <translation>
            <numerusform>The sender&apos;s send cap is reached: %n contact deferred until %1.</numerusform>
            <numerusform>The sender&apos;s send cap is reached: %n contacts deferred until %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::CatalogTools</name>
    <message numerus="yes">
        <source>%n sequence(s) match.</source>
        <translation>
            <numerusform>%n sequence matches.</numerusform>
            <numerusform>%n sequences match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact list(s).</source>
        <translation>
            <numerusform>%n contact list.</numerusform>
            <numerusform>%n contact lists.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Mcp::StartTool</name>
    <message numerus="yes">
        <source>Preview %1 is stale: it was made %n minutes ago, and a preview can be started for 15 minutes. Call preview_enrollment again, show the user the new result, and start that one. %2</source>
        <translation>
            <numerusform>Preview %1 is stale: it was made %n minute ago, and a preview can be started for 15 minutes. Call preview_enrollment again, show the user the new result, and start that one. %2</numerusform>
            <numerusform>Preview %1 is stale: it was made %n minutes ago, and a preview can be started for 15 minutes. Call preview_enrollment again, show the user the new result, and start that one. %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Rules::RuleRun</name>
    <message numerus="yes">
        <source>Checking %Ln new member(s)…</source>
        <translation>
            <numerusform>Checking %Ln new member…</numerusform>
            <numerusform>Checking %Ln new members…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new member(s)</source>
        <translation>
            <numerusform>%Ln new member</numerusform>
            <numerusform>%Ln new members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to enroll</source>
        <translation>
            <numerusform>%Ln to enroll</numerusform>
            <numerusform>%Ln to enroll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting for room</source>
        <translation>
            <numerusform>%Ln waiting for room</numerusform>
            <numerusform>%Ln waiting for room</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Sync::PortalSession</name>
    <message numerus="yes">
        <source>Reading sequences: %1 of %2 users, %n found</source>
        <translation>
            <numerusform>Reading sequences: %1 of %2 users, %n found</numerusform>
            <numerusform>Reading sequences: %1 of %2 users, %n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ActivityNotices</name>
    <message numerus="yes">
        <source>%n enrolled before it stopped: %1</source>
        <translation>
            <numerusform>%n enrolled before it stopped: %1</numerusform>
            <numerusform>%n enrolled before it stopped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n enrolled; the others wait: %1</source>
        <translation>
            <numerusform>%n enrolled; the others wait: %1</numerusform>
            <numerusform>%n enrolled; the others wait: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rule &quot;%1&quot; is enrolling %n new members of its list.</source>
        <translation>
            <numerusform>The rule &quot;%1&quot; is enrolling %n new member of its list.</numerusform>
            <numerusform>The rule &quot;%1&quot; is enrolling %n new members of its list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ContactsPage</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid line(s)</source>
        <translation>
            <numerusform>%n invalid line</numerusform>
            <numerusform>%n invalid lines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ListSourcePanel</name>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation>
            <numerusform>%Ln contact list</numerusform>
            <numerusform>%Ln contact lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::ProgressPage</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleEditorDialog</name>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation>
            <numerusform>%1  ·  %n step</numerusform>
            <numerusform>%1  ·  %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation>
            <numerusform>%n sequence you can enroll into.</numerusform>
            <numerusform>%n sequences you can enroll into.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation>
            <numerusform>%n paused, draft or archived sequence is not shown.</numerusform>
            <numerusform>%n paused, draft or archived sequences are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Ready to save. The rule is enabled and runs within a minute, then every %n minute(s).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Ready to save. The rule is enabled and runs within a minute, then every %n minute.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Ready to save. The rule is enabled and runs within a minute, then every %n minutes.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleListPicker</name>
    <message numerus="yes">
        <source>%Ln contact list(s) so far: scroll down for more.</source>
        <translation>
            <numerusform>%Ln contact list so far: scroll down for more.</numerusform>
            <numerusform>%Ln contact lists so far: scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact list(s)</source>
        <translation>
            <numerusform>%Ln contact list</numerusform>
            <numerusform>%Ln contact lists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulePreviewDialog</name>
    <message numerus="yes">
        <source>%n would be enrolled</source>
        <translation>
            <numerusform>%n would be enrolled</numerusform>
            <numerusform>%n would be enrolled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n would wait for a later run</source>
        <translation>
            <numerusform>%n would wait for a later run</numerusform>
            <numerusform>%n would wait for a later run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleRunsModel</name>
    <message numerus="yes">
        <source>Started %1, finished %2; %n request(s) to HubSpot before its jobs.</source>
        <translation>
            <numerusform>Started %1, finished %2; %n request to HubSpot before its jobs.</numerusform>
            <numerusform>Started %1, finished %2; %n requests to HubSpot before its jobs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleTableModel</name>
    <message numerus="yes">
        <source>Runs every %n minute(s).</source>
        <translation>
            <numerusform>Runs every %n minute.</numerusform>
            <numerusform>Runs every %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RuleText</name>
    <message numerus="yes">
        <source>Rotation of %n inbox(es)</source>
        <translation>
            <numerusform>Rotation of %n inbox</numerusform>
            <numerusform>Rotation of %n inboxes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPage</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RulesPresenter</name>
    <message numerus="yes">
        <source>Rule &quot;%1&quot; saved: it runs within a minute, then every %n minute(s).</source>
        <translation>
            <numerusform>Rule &quot;%1&quot; saved: it runs within a minute, then every %n minute.</numerusform>
            <numerusform>Rule &quot;%1&quot; saved: it runs within a minute, then every %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrolling: %n job(s) queued…</source>
        <translation>
            <numerusform>Enrolling: %n job queued…</numerusform>
            <numerusform>Enrolling: %n jobs queued…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::RunJobsDialog</name>
    <message numerus="yes">
        <source>%n job(s), one per sender inbox, with %1 contacts in all. The contacts of the chosen job:</source>
        <translation>
            <numerusform>%n job, one per sender inbox, with %1 contacts in all. The contacts of the chosen job:</numerusform>
            <numerusform>%n jobs, one per sender inbox, with %1 contacts in all. The contacts of the chosen job:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencePickPage</name>
    <message numerus="yes">
        <source>%1  ·  %n step(s)</source>
        <translation>
            <numerusform>%1  ·  %n step</numerusform>
            <numerusform>%1  ·  %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sequence(s) you can enroll into.</source>
        <translation>
            <numerusform>%n sequence you can enroll into.</numerusform>
            <numerusform>%n sequences you can enroll into.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paused, draft or archived sequence(s) are not shown.</source>
        <translation>
            <numerusform>%n paused, draft or archived sequence is not shown.</numerusform>
            <numerusform>%n paused, draft or archived sequences are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SequencesPage</name>
    <message numerus="yes">
        <source>Reading sequences from HubSpot (%1 of %2 users). %n new so far, marked Syncing: they are saved, with their status, when the sync finishes.</source>
        <translation>
            <numerusform>Reading sequences from HubSpot (%1 of %2 users). %n new so far, marked Syncing: it is saved, with its status, when the sync finishes.</numerusform>
            <numerusform>Reading sequences from HubSpot (%1 of %2 users). %n new so far, marked Syncing: they are saved, with their status, when the sync finishes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading details from HubSpot: %1 of %2. The %n sequence(s) marked Syncing are saved, with their status, when the sync finishes.</source>
        <translation>
            <numerusform>Reading details from HubSpot: %1 of %2. The %n sequence marked Syncing is saved, with its status, when the sync finishes.</numerusform>
            <numerusform>Reading details from HubSpot: %1 of %2. The %n sequences marked Syncing are saved, with their status, when the sync finishes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SettingsDialog</name>
    <message numerus="yes">
        <source> hours</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SeqDesk::Ui::SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
</context>
</TS>
