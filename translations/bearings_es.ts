<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>bearings::AssessmentRepository</name>
    <message>
        <source>Please choose the relationship this assessment is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has an answer to a question Bearings does not know (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is answered in your own words, not with a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the question &quot;%1&quot; is %2, but it can only be 0 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment has a reflection on something Bearings does not know (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment is already finished, so it stays as it was. You can start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::BoundaryRepository</name>
    <message>
        <source>Please describe the behaviour this boundary is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down your limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write down what you will do if the boundary is crossed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep each part of the boundary under %1 characters. Short boundaries are easier to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the date and time this happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the description under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship for this boundary no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This boundary no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This breach no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::Database</name>
    <message>
        <source>The SQLite driver for Qt is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearings was built against a different SQLite than Qt uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Bearings vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to save the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s contents are damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::DemoBuilder</name>
    <message>
        <source>The demo could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::DemoCopy</name>
    <message>
        <source>read the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::DemoGenerator</name>
    <message>
        <source>Please choose the last day of the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo history can span up to %1 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo story can span 1 to %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo can have up to %1 relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo can have up to %1 journal entries a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo can have up to %1 message drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo can have up to %1 boundary breaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo can only be added to an empty vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::FileIo</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::JournalRepository</name>
    <message>
        <source>Please give the date and time this happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moods go from %1 to +%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how serious this incident was, from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity goes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is longer than %1 characters. Please split it over two entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep &quot;who was present&quot; and &quot;evidence kept&quot; under %1 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relationship for this entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; no longer exists. Please choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a built-in tag called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name may use lowercase letters, digits and dashes, up to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the tag a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the label under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a tag called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::KeyDerivation</name>
    <message>
        <source>The vault&apos;s settings are out of range, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the vault. Closing other programs may help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::LogisticsRepository</name>
    <message>
        <source>Keep your own money in an account only you can reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure your mail comes only to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passwords and PINs they know; check location sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide who keeps keys to your home or car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrange to return or collect borrowed things.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether a lease or contract still ties you together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree how any shared pets are cared for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave or mute shared calendars and group chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell one or two trusted people about your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a support group, in person or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider talking things through with a counsellor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an account in your name only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close or separate joint accounts and cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect your mail, or use a PO box if you move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passwords and PINs; turn on two-step sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check linked devices, shared logins and location sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get keys back, or change locks and door codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List shared belongings and what you will keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whose name is on the lease or mortgage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide where the pets live; keep their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave shared calendars, albums and family-sharing groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider a counsellor, advocate or lawyer for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a dated record of any contact, in case you need it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write a few words for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep each step under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the end of this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read this checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::MessageScriptRepository</name>
    <message>
        <source>Please give this message a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the title under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is longer than %1 characters. Shorter messages are usually clearer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::Questionnaire</name>
    <message>
        <source>The questionnaire is missing from this copy of Bearings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire has an unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire needs a whole number &quot;format&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire &quot;format&quot; is %1; this version of Bearings reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire needs a &quot;version&quot; that is a whole number above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire needs a list of &quot;groups&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire has an unknown id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire lists the group &quot;%1&quot; more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; needs a list of questions with at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; has an unknown field &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; needs an id of lowercase letters, digits and dashes (found &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an unknown answer type &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs a &quot;text&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs a &quot;why&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an &quot;abuse&quot; field that is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is a reflection, but reflections belong only in the group &quot;thinking_traps&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is in the group &quot;thinking_traps&quot;, which holds only reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The red flag &quot;%1&quot; must be a yes/no question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is marked as abuse, but only cut signs can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire is missing the group &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::RelationshipRepository</name>
    <message>
        <source>Please give this relationship a name. An alias or initials are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the records of this relationship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::SafetyPlanRepository</name>
    <message>
        <source>National Domestic Violence Hotline (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free and confidential. Someone is there to listen 24 hours a day, 7 days a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank cards and some cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication and prescriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys (home, car, work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone and charger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-4-3-2-1: notice five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box breathing: breathe in for a count of 4, hold for 4, breathe out for 4. Repeat a few times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a short walk, even just around the block or from room to room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write for a few minutes: &quot;Today I felt... I needed... I will try...&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan could not be read. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This safety plan was written by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan names a region Bearings does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety plan has a date Bearings cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::TagCatalog</name>
    <message>
        <source>Kept a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They did what they said they would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They tried to calm things down or make up after a hard moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They showed warmth, interest or kindness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology with change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They apologised and then acted differently, not only said sorry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attacking who you are rather than talking about one thing that happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mocking, eye-rolling, sneering or treating you as beneath them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defensiveness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning every concern back on you instead of hearing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stonewalling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down, going silent or walking away to avoid the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimidation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks, actions, gestures or a raised voice meant to make you afraid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put-downs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insults, humiliation, mind games or making you feel guilty or worthless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limiting who you see or talk to, or where you go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimising or blaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saying it didn&apos;t happen, wasn&apos;t serious, or was your fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the children to pass messages, to make you feel guilty, or as leverage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlling money, keeping you from work, or taking what is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as if they make all the decisions or their needs always come first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats or pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threats, or pressure to do something you did not want to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denying your reality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insisting that what you saw, heard or remember is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yelling or screaming at you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name-calling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling you names or labels meant to hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They did not do what they said they would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticism, contempt, defensiveness, stonewalling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controlling behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other hurtful moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::TrialEvaluation</name>
    <message>
        <source>Positive to hurtful moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundary crossings a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meets the goal you set: at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal you set was at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That meets the goal you set: at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The goal you set was at most %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been recorded for this yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been recorded for this in the last %n week(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments for every hurtful one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments and no hurtful ones recorded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) a boundary was crossed %1 times a week on average.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) you felt %1 after contact on average, on a scale from -5 to +5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your last %n check-in(s) you rated “%1” %2 out of 10 on average.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You have not rated “%1” in a check-in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your most recent assessment pointed to safety first. These numbers cannot show whether you are safe, so they are not used to judge how this plan is going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has no benchmarks yet, so there is nothing to compare against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is too early to tell. A fair picture needs at least two weeks of the plan and some entries or check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All the benchmarks you set are met at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the benchmarks are met at the moment, and how you feel after contact is not clearly getting better. What you make of that is yours to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some benchmarks are met and some are not yet. The direction over several weeks says more than any single week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::TrialPlanRepository</name>
    <message>
        <source>Please choose the day the trial starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial runs between %1 and %2 weeks. Please choose a length in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a day of the week for the check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep each behaviour under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan can have up to %1 benchmarks. A few clear ones are easier to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give each benchmark a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep each benchmark&apos;s name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark appears twice in this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number as the target of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; is a rating from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; is a mood from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial is already running for this relationship. You can end it before starting a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trial plan no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the check-ins of this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a check-in for week %1, so the plan needs at least %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a review for month %1, so the plan needs at least %2 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A benchmark does not belong to this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan runs from week 1 to week %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overall rating goes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep each answer under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is for a benchmark that is not part of this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each rating goes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already checked in for week %1. You can open that check-in and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check-in no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan has room for reviews of month 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a review for month %1. You can open it and change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::Vault</name>
    <message>
        <source>Please choose a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Bearings will not replace it; please choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be encrypted correctly, so nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, so the vault could not be saved there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file could not be checked before saving, so nothing was changed. Your changes are still here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file was changed by another program after Bearings opened it. To avoid overwriting those changes, nothing was saved. Your changes are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved file could not be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the saved file did not read back correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current passphrase is not right, so the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed, but the backup copy beside the vault still opens with the old passphrase and could not be removed. Please delete %1 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::VaultFormat</name>
    <message>
        <source>This vault was made by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Bearings vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be opened. The backup copy may still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has grown too large to be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is not enough memory to open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::VaultIo</name>
    <message>
        <source>The vault could not be saved because the disk is full. Your changes are still here; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be saved (%1). Your changes are still here; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is too large to be a vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::app::CommandLine</name>
    <message>
        <source>Bearings is a private, offline place to take stock of a relationship that hurts you.
Run without a command to open the app.

Commands (they never need a display):
  demo --vault PATH [--weeks N | --years N] [--seed S]
                          Create a new vault filled with an example story.
  export json|csv -o FILE  Write the vault&apos;s content as JSON, or the journal as CSV.
  import json FILE [--replace]
                          Read a JSON export into the vault. The whole file is checked first;
                          a vault that already holds records needs --replace.
  check                   Check the vault&apos;s integrity and count its records.

Exit codes: 0 done, 1 failed, 2 usage error, 3 wrong passphrase, 4 damaged or invalid file,
5 the file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: demo, export, import or check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[command]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the vault file at &lt;path&gt; instead of the default location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: replace everything in the vault with the file&apos;s content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: how many weeks the story covers (4 to 520, default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: a large history of &lt;N&gt; years, for trying Bearings at scale (1 to 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo: the seed of the story; the same seed gives the same story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --%1 option belongs to a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 command does not take --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo command takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo command needs --vault PATH for the new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --weeks or --years, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weeks needs a whole number from 4 to 520.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--years needs a whole number from 1 to 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to export: &apos;export json -o FILE&apos; or &apos;export csv -o FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export command needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to import: &apos;import json FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check command takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;bearings --help&apos; to see the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::app::Commands</name>
    <message>
        <source>There is no vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something already exists at %1. Bearings will not overwrite it; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the new vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use a passphrase of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a demo vault at %1 with %2 relationships, %3 journal entries (%4 incidents), %5 boundaries, %6 breaches, %7 check-ins and %8 message drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1. This file is not encrypted: keep it somewhere safe and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault at %1 is intact (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::app::PassphraseReader</name>
    <message>
        <source>No passphrase was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs the vault&apos;s passphrase. Add --passphrase-stdin and write the passphrase on the first line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::exchange::JsonExchange</name>
    <message>
        <source>The file cannot be imported: %1 (at %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date and time, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB; the limit is %2 MB). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a Bearings export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was exported by a newer version of Bearings (format %1). Please update Bearings to import it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this section is not part of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this field is not part of the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to %1 id %2, which is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in tag nor in userTags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a severity is only recorded for incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault already holds records. Import into a new, empty vault, or choose to replace what is there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: a %1 record does not fit the vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::sql</name>
    <message>
        <source>Bearings could not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AppController</name>
    <message>
        <source>Creating your vault. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Everything is safely stored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your changes are still here in the open window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearings locked, but your most recent changes could not be saved: %1 Everything up to the last save is safe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AreaInfo</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How things have been going, week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private record of contact and how it felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limits you set, and how they have held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few quiet minutes each week to look back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take stock of this relationship and choose a way forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft what you want to say, calmly and clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call and where to go if you need to be safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You haven&apos;t taken stock yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety plan is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you have a few journal notes and check-ins, you&apos;ll see here how things change over the weeks. The trend matters more than any single day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After contact with this person, jot down when it happened, how you felt before, during and after, and what happened. A few weeks of notes make patterns easier to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A boundary names a behaviour, your limit, and what you will do if it happens again. Keeping a note of each time it is crossed shows how well it holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a week, note what helped and what made things harder. Every four weeks, a longer look back helps you decide what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short set of questions helps you see whether repair, less contact or no contact fits best. If anything points to danger, your safety comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from a template for a boundary, stepping back or ending contact, and shape it into your own words. Nothing is ever sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down trusted people to call, safe places to go and what to take with you. You can print it and keep it somewhere only you know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentHistory</name>
    <message>
        <source>Your assessments over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row for each assessment, newest first. Press Enter to see a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-off signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly the questions about harm were answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you finish an assessment, it appears here, so you can compare how things change over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages show how strongly each group of questions was answered. Select a row to see that result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentPage</name>
    <message>
        <source>Where I stand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is this about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking stock looks at one relationship at a time. Add the person it is about, then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short set of questions about how this relationship affects you, in five steps. It takes about ten minutes. You can stop at any time and continue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take stock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take stock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue your unfinished assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unfinished answers are replaced when you save or finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the full result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what your own answers suggest, and how that changes over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How things stand with %1, in your own answers, and how that changes over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have an unfinished assessment from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time, on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentQuestionRow</name>
    <message>
        <source>Why we ask: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words are enough, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentResultView</name>
    <message>
        <source>What your answers suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This result could not be opened. It may have been removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the questions you answered on %1. These are your own answers, brought together. What you do with them is yours to decide, in your own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your answers are about your safety. Before anything else, what matters is that you are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (TTY %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abuse is not a relationship problem to fix together. It is not your fault, and you do not have to face it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What led here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single answer stood out. When answers are mixed or left blank, stepping back a little gives you room to see more clearly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single answer stood out. The suggestion comes from your answers as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answers that weighed most, strongest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths that keep your safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each path involves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working on it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This asks something of both of you. The other person names the harm and takes responsibility, consistently, not only once. It goes best with clear boundaries, people to support you, realistic expectations and a set trial period, so you can see whether things really change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limiting contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less contact, on your terms: shorter visits, texts instead of calls, topics that are off limits, meeting in public or with someone you trust nearby, and time limits. It can keep some connection while protecting your well-being.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping away, for good or for as long as you need. It goes best with a plan: what you will say and when, who you will tell, and the practical ties to untangle, with your safety first at every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (what your answers suggest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any change in contact can bring a reaction. A hotline advocate or someone you trust can help you plan it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps, if you want them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of these opens another part of Bearings. You can come back here at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in your safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the path you choose a fair trial, with a check-in each week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentText</name>
    <message>
        <source>Work on it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest that working on this relationship together may be possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest limiting contact, to protect your well-being.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest ending contact, planned with care and with your safety in mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers suggest putting your safety first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it affects you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could help things change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What keeps happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking it through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are about how you feel around this person. There are no right or wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These look at whether the ground is there for things to get better between you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These look at patterns that tend to make lasting change hard, however much you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These questions are about your safety. If any of them is true for you, your safety comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are just for you. Write as much or as little as you like. Your words are not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentWizard</name>
    <message>
        <source>Take stock: the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress through the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you finish, any question you left blank counts as “no” or “never”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your answers and finish later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and see what your answers suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can leave questions youƝ rather not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answers could not be saved just now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us. Your safety comes first. If you are in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for telling us. Your safety comes first. If you are in danger right now, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::DiscreetMode</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::ItemListEditor</name>
    <message>
        <source>Double-click a line or press F2 to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected line from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::LockingPage</name>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means Bearings never locks by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the window is minimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after &amp;no use for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it to 0 if you never want Bearings to lock by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Bearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a quick exit, quit Bearings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay &amp;hidden and locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a quick exit, stay hidden and locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-exit shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the key combination you want to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a quick exit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Bearings stays hidden, starting it again shows its window, still locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use one key combination. Pressing Shift three times always works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discreet mode: call the window “%1” and use a plain icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What others see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This changes the title and icon in the task bar. It does not hide that Bearings is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear copied text after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text you copy in Bearings is removed from the clipboard after this time, and when it locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use a single key combination, such as Shift+Esc or Ctrl+Alt+H: a quick exit has to be one movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is used for typing, so it could hide Bearings in the middle of a sentence. Please add Ctrl or Alt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::LogisticsItemRow</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::LogisticsPanel</name>
    <message>
        <source>Practical steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. You can start from a short starter checklist and change it to fit, or add your own steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one here yet. Even one person or place you can turn to makes a difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical steps and support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a starter checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small, concrete steps that make the change real. Tick them off at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people, groups and professionals who can back you up while you do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category of the new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the new step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step in your own words, or someone you can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banking and money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared belongings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lease and home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared calendars and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical steps and a list of your support appear here when you choose to limit contact or to step away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practical steps appear here once you have added a relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::MainWindow</name>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides this window at once and closes the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Bearings now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes your vault. Your passphrase is needed to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking, passphrase, and what Bearings leaves on this computer (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the privacy settings: locking, your passphrase, and traces on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing it re-encrypts your vault and its backup on this computer right away. Use at least %1 characters. There is no way to recover a forgotten passphrase, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies of the vault made before the change, for example by a backup program, still open with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock your vault to change its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is locked, so the passphrase was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least %1 characters for the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are different. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, use the new one to unlock Bearings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::PrivacyDialog</name>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Traces on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the choices on the Locking tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes without saving the choices on the Locking tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipSwitcher</name>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page shows the relationship chosen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a person this app keeps notes about. An alias or initials are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, rename, archive or delete relationships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one added yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipText</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not chosen a path yet, and that is fine: noticing what happens for a while is a step of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work on it together, which takes real accountability from them, clear boundaries, support around you and a set trial period to see what changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You keep contact smaller and on your terms, such as shorter visits, texts only, topics that are off the table, someone else there, or a time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You end contact, with your safety first and a plan for the message, the timing, who you tell and the practical steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 journal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 journal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 crossing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crossings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trial plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 message draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipsDialog</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you have added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived people are shown greyed, after the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias or initials are fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias or initials are fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to remember. Only you will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes this person and everything kept about them, after asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving puts someone away without deleting anything. You can restore them at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and everything kept about them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel, keep everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings this person back into the list of people you are working on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts this person away without deleting anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::StrategyChangeDialog</name>
    <message>
        <source>Change the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the path with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which path feels right with %1 now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change this again at any time. Bearings keeps a record of each change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why now? (only you will see this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Only you will see this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, but it can help to read later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::StrategyPanel</name>
    <message>
        <source>No one added yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person this is about to choose a path and write down what matters to you. An alias or initials are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-negotiables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you will not accept at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you value or need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another path and, if you like, note why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your path has changed, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The few things you will not accept at all. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you value or need in this relationship. Changes are saved as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your path with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new path could not be saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::TracesPage</name>
    <message>
        <source>Traces on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file. These are all the files Bearings leaves on this computer, where they really are, and what it cannot hide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write in Bearings. While it saves, a temporary copy appears beside it for a moment; that copy is encrypted too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous save, kept in case the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size and position, the area you last opened, and the choices on the Locking tab. Nothing you write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exists while Bearings is open, so that it runs only once. Holds the program&apos;s process number and name and the computer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wake marker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty file that appears for a moment when Bearings is started again while it runs hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you export or print to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wherever you choose to save them. They hold what you chose to export, readable by anyone who opens them. Delete them when you no longer need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files Bearings keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not there now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted: anyone who can open the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That Bearings is installed: the program, its menu entry and the folder names above contain the word “Bearings”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its window, while it is open: it is listed in the task bar and the task switcher (as “%1” in discreet mode).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files you export: the system or other programs may keep lists of recently used files, or thumbnails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and sync tools, such as cloud folders, may copy the vault file. The copy stays encrypted, but it shows that the file exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring software on this computer, or someone watching the screen or your typing. If you think this computer is watched, a device the other person cannot reach is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Bearings cannot hide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanBenchmarkRow</name>
    <message>
        <source>A short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good-to-hard ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good moments outweigh hard ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My boundaries are respected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I feel after we talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How things feel overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark %1: what it measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark %1: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark %1: at least or at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark %1: target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give this benchmark a short name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter a number as the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ratio cannot be below zero. 5 good moments for each hard one is a common aim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of breaches cannot be below zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood after contact goes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own rating goes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanForm</name>
    <message>
        <source>Repair: work on it together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit: less contact, clearer boundaries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut: step away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path and start date stay as they were when the trial began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan can have up to %1 benchmarks. A few clear ones are easier to follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path you are trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck in every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fair trial is usually 8 to 12 weeks: long enough to see a pattern rather than one good or bad day. Then you look back and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: pause and come back in 30 minutes when things heat up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: keep one small promise a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m asking of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small change each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick something small and concrete that you would both notice. Small changes are easier to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;I will do differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m &amp;asking of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd a benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs of change to look back on at the end. Bearings works out the first three from your journal and boundaries; you give your own rating at each weekly check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the current plan and start this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose which path this trial is for: repair, limit or cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fair trial is between %1 and %2 weeks; %3 is typical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few things need another look before the plan can be saved. Nothing has been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trial is already running for this relationship. One trial at a time keeps the picture clear. You can end the current one and start this one instead, or keep the current one going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new plan could not be started, so nothing has changed: your current plan keeps running. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanPanel</name>
    <message>
        <source>Trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a trial plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End this trial now? Your check-ins and notes stay, and you can start a new trial whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, end the trial plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the trial plan running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giving one path a fair trial, usually 8 to 12 weeks, lets you judge by what actually changes rather than by one good or bad day. You choose one small change for each of you, a few signs of progress, and a day for a short weekly check-in. At the end you look back and decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you have added a relationship, you can give one path a fair trial here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trial: limiting contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trial: stepping away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trial: repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 weeks are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I will do differently: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m asking of them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 good moments for each hard one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaches a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood after contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in for week %1 is still open, whenever you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next check-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to look back at your benchmarks and decide what comes next.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::VaultGate</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your private vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write in Bearings is kept in one file on this computer, locked with a passphrase only you know. A few unrelated words are easy to remember and hard to guess. If the passphrase is forgotten, nobody can open the vault, not even us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase protects your notes when the app is locked or the file is copied. It cannot protect you from someone watching you type, or from monitoring software on this computer. If you think this computer is watched, a device the other person cannot reach is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearings locks itself when you step away. Quick exit, or pressing Shift three times, hides it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. Longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going: at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. A few more words would make it stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least %1 characters for your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bearings::ui::VaultSession</name>
    <message>
        <source>The vault could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
