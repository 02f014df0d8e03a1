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
