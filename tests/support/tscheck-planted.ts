<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- One message of each kind tscheck must name (tests/CMakeLists.txt: tscheck_names_problems),
     and two it must let through. -->
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>Planted</name>
    <message>
        <source>Fine: %1 of %L2</source>
        <translation>In Ordnung: %1 von %L2</translation>
    </message>
    <message numerus="yes">
        <source>Fine: %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>New string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty</source>
        <translation></translation>
    </message>
    <message>
        <source>Gone string</source>
        <translation type="vanished">Weg</translation>
    </message>
    <message>
        <source>Old string</source>
        <translation type="obsolete">Alt</translation>
    </message>
    <message>
        <source>Sent %1 of %2</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Um %L1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>viele Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Auftrag</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
