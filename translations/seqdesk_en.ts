<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>Reading sequences: user %1 of %2, page %3, %n found</source>
        <translation>
            <numerusform>Reading sequences: user %1 of %2, page %3, %n found</numerusform>
            <numerusform>Reading sequences: user %1 of %2, page %3, %n found</numerusform>
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
