<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ApiErrors</name>
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
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n character(s).</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <source>The passphrase must be at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must be at least %n character.</numerusform>
            <numerusform>The passphrase must be at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message numerus="yes">
        <source>%Ln film(s)</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message numerus="yes">
        <source>%1 · %Ln film(s)</source>
        <translation>
            <numerusform>%1 · %Ln film</numerusform>
            <numerusform>%1 · %Ln films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln viewing</numerusform>
            <numerusform>%Ln viewings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%1: %Ln row(s). Matched %2, to choose %3, no film found %4, skipped %5.</source>
        <translation>
            <numerusform>%1: %Ln row. Matched %2, to choose %3, no film found %4, skipped %5.</numerusform>
            <numerusform>%1: %Ln rows. Matched %2, to choose %3, no film found %4, skipped %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln viewing(s)</source>
        <translation>
            <numerusform>%Ln viewing</numerusform>
            <numerusform>%Ln viewings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s)</source>
        <translation>
            <numerusform>%Ln rating</numerusform>
            <numerusform>%Ln ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the watchlist</source>
        <translation>
            <numerusform>%Ln on the watchlist</numerusform>
            <numerusform>%Ln on the watchlist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favourite(s)</source>
        <translation>
            <numerusform>%Ln favourite</numerusform>
            <numerusform>%Ln favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Imported: %Ln viewing(s) added.</source>
        <translation>
            <numerusform>Imported: %Ln viewing added.</numerusform>
            <numerusform>Imported: %Ln viewings added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message numerus="yes">
        <source>%n recovery code(s) left. Each lets you set a new password once if you forget yours.</source>
        <translation>
            <numerusform>%n recovery code left. Each lets you set a new password once if you forget yours.</numerusform>
            <numerusform>%n recovery codes left. Each lets you set a new password once if you forget yours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message numerus="yes">
        <source>The hours leave out %n viewing(s) of films without a known runtime.</source>
        <translation>
            <numerusform>The hours leave out %n viewing of a film without a known runtime.</numerusform>
            <numerusform>The hours leave out %n viewings of films without a known runtime.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n viewing(s)</source>
        <translation>
            <numerusform>%1 %2: %n viewing</numerusform>
            <numerusform>%1 %2: %n viewings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n film(s)</source>
        <translation>
            <numerusform>%1: %n film</numerusform>
            <numerusform>%1: %n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n viewing(s)</source>
        <translation>
            <numerusform>%1: %n viewing</numerusform>
            <numerusform>%1: %n viewings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearInReview</name>
    <message numerus="yes">
        <source>%1 · %n film(s)</source>
        <translation>
            <numerusform>%1 · %n film</numerusform>
            <numerusform>%1 · %n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n viewing(s)</source>
        <translation>
            <numerusform>%1 · %n viewing</numerusform>
            <numerusform>%1 · %n viewings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n film(s) seen again</source>
        <translation>
            <numerusform>%n film seen again</numerusform>
            <numerusform>%n films seen again</numerusform>
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
</TS>
