<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>bearings::TrialEvaluation</name>
    <message numerus="yes">
        <source>Nothing has been recorded for this in the last %n week(s).</source>
        <translation>
            <numerusform>Nothing has been recorded for this in the last week.</numerusform>
            <numerusform>Nothing has been recorded for this in the last %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments for every hurtful one.</source>
        <translation>
            <numerusform>Over the last week there were %1 positive moments for every hurtful one.</numerusform>
            <numerusform>Over the last %n weeks there were %1 positive moments for every hurtful one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments and no hurtful ones recorded.</source>
        <translation>
            <numerusform>Over the last week there were %1 positive moments and no hurtful ones recorded.</numerusform>
            <numerusform>Over the last %n weeks there were %1 positive moments and no hurtful ones recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) a boundary was crossed %1 times a week on average.</source>
        <translation>
            <numerusform>Over the last week a boundary was crossed %1 times a week on average.</numerusform>
            <numerusform>Over the last %n weeks a boundary was crossed %1 times a week on average.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) you felt %1 after contact on average, on a scale from -5 to +5.</source>
        <translation>
            <numerusform>Over the last week you felt %1 after contact on average, on a scale from -5 to +5.</numerusform>
            <numerusform>Over the last %n weeks you felt %1 after contact on average, on a scale from -5 to +5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your last %n check-in(s) you rated “%1” %2 out of 10 on average.</source>
        <translation>
            <numerusform>In your last check-in you rated “%1” %2 out of 10.</numerusform>
            <numerusform>In your last %n check-ins you rated “%1” %2 out of 10 on average.</numerusform>
        </translation>
    </message>
</context>
</TS>
