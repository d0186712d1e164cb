<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SeqDesk::Sync::PortalManager</name>
    <message numerus="yes">
        <source>Reading sequences: %n found</source>
        <translation>
            <numerusform>Reading sequences: %n found</numerusform>
            <numerusform>Reading sequences: %n found</numerusform>
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
