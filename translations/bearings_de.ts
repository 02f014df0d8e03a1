<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>bearings::AssessmentRepository</name>
    <message>
        <source>Please choose the relationship this assessment is about.</source>
        <translation>Bitte wähle die Beziehung, um die es in dieser Einschätzung geht.</translation>
    </message>
    <message>
        <source>This assessment has an answer to a question Bearings does not know (&quot;%1&quot;).</source>
        <translation>Diese Einschätzung enthält eine Antwort auf eine Frage, die Bearings nicht kennt („%1“).</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is answered in your own words, not with a value.</source>
        <translation>Die Frage „%1“ wird in eigenen Worten beantwortet, nicht mit einem Wert.</translation>
    </message>
    <message>
        <source>The answer to the question &quot;%1&quot; is %2, but it can only be 0 to %3.</source>
        <translation>Die Antwort auf die Frage „%1“ ist %2, sie kann aber nur 0 bis %3 sein.</translation>
    </message>
    <message>
        <source>This assessment has a reflection on something Bearings does not know (&quot;%1&quot;).</source>
        <translation>Diese Einschätzung enthält eine Überlegung zu etwas, das Bearings nicht kennt („%1“).</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This assessment no longer exists.</source>
        <translation>Diese Einschätzung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This assessment is already finished, so it stays as it was. You can start a new one.</source>
        <translation>Diese Einschätzung ist schon abgeschlossen und bleibt deshalb, wie sie ist. Du kannst eine neue beginnen.</translation>
    </message>
</context>
<context>
    <name>bearings::BoundaryRepository</name>
    <message>
        <source>Please describe the behaviour this boundary is about.</source>
        <translation>Bitte beschreibe das Verhalten, um das es bei dieser Grenze geht.</translation>
    </message>
    <message>
        <source>Please write down your limit.</source>
        <translation>Bitte schreib dein Limit auf.</translation>
    </message>
    <message>
        <source>Please write down what you will do if the boundary is crossed.</source>
        <translation>Bitte schreib auf, was du tust, wenn die Grenze überschritten wird.</translation>
    </message>
    <message>
        <source>Please keep each part of the boundary under %1 characters. Short boundaries are easier to keep.</source>
        <translation>Bitte halte jeden Teil der Grenze unter %1 Zeichen. Kurze Grenzen lassen sich leichter einhalten.</translation>
    </message>
    <message>
        <source>Please give the date and time this happened.</source>
        <translation>Bitte gib Datum und Uhrzeit an, wann das passiert ist.</translation>
    </message>
    <message>
        <source>Please keep the description under %1 characters.</source>
        <translation>Bitte halte die Beschreibung unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>The relationship for this boundary no longer exists.</source>
        <translation>Die Beziehung zu dieser Grenze gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This boundary no longer exists.</source>
        <translation>Diese Grenze gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This breach no longer exists.</source>
        <translation>Diese Überschreitung gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>bearings::CheckerRules</name>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;%2&quot; as an object of word lists by language, such as {&quot;en&quot;: [...]}.</source>
        <translation>Die Regel „%1“ braucht „%2“ als Objekt mit Wortlisten nach Sprache, etwa {&quot;en&quot;: [...]}.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has word lists for more than %2 languages in &quot;%3&quot;.</source>
        <translation>Die Regel „%1“ hat in „%3“ Wortlisten für mehr als %2 Sprachen.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs an English (&quot;en&quot;) list in &quot;%2&quot;.</source>
        <translation>Die Regel „%1“ braucht in „%2“ eine englische Liste („en“).</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has a list in &quot;%2&quot; under &quot;%3&quot;, which is not a language code of two or three lowercase letters.</source>
        <translation>Die Regel „%1“ hat in „%2“ eine Liste unter „%3“, das kein Sprachcode aus zwei oder drei Kleinbuchstaben ist.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs a list with at least one entry in &quot;%2&quot; for &quot;%3&quot;.</source>
        <translation>Die Regel „%1“ braucht in „%2“ für „%3“ eine Liste mit mindestens einem Eintrag.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has more than %2 entries in &quot;%3&quot; for &quot;%4&quot;.</source>
        <translation>Die Regel „%1“ hat mehr als %2 Einträge in „%3“ für „%4“.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an entry in &quot;%2&quot; for &quot;%3&quot; that is not a non-empty string.</source>
        <translation>Die Regel „%1“ hat in „%2“ für „%3“ einen Eintrag, der kein nicht leerer Text ist.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an entry in &quot;%2&quot; longer than %3 characters.</source>
        <translation>Die Regel „%1“ hat in „%2“ einen Eintrag, der länger als %3 Zeichen ist.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; lists &quot;%2&quot; more than once in &quot;%3&quot; for &quot;%4&quot;.</source>
        <translation>Die Regel „%1“ führt „%2“ in „%3“ für „%4“ mehr als einmal auf.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;%2&quot; as a list of message kinds.</source>
        <translation>Die Regel „%1“ braucht „%2“ als Liste von Nachrichtenarten.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an unknown message kind &quot;%2&quot; in &quot;%3&quot;.</source>
        <translation>Die Regel „%1“ hat in „%3“ eine unbekannte Nachrichtenart „%2“.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; lists the kind &quot;%2&quot; more than once in &quot;%3&quot;.</source>
        <translation>Die Regel „%1“ führt die Art „%2“ in „%3“ mehr als einmal auf.</translation>
    </message>
    <message>
        <source>The word lists of the rule &quot;%1&quot; could not be turned into a search.</source>
        <translation>Aus den Wortlisten der Regel „%1“ ließ sich keine Suche bilden.</translation>
    </message>
    <message>
        <source>The message checker&apos;s rules are missing from this copy of Bearings.</source>
        <translation>Die Regeln der Nachrichtenprüfung fehlen in dieser Kopie von Bearings.</translation>
    </message>
    <message>
        <source>The checker rules are not valid JSON: %1 at character %2.</source>
        <translation>Die Prüfregeln sind kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The checker rules must be a JSON object.</source>
        <translation>Die Prüfregeln müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The checker rules have an unknown field &quot;%1&quot;.</source>
        <translation>Die Prüfregeln haben ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The checker rules need a whole number &quot;format&quot;.</source>
        <translation>Die Prüfregeln brauchen eine ganze Zahl als „format“.</translation>
    </message>
    <message>
        <source>The checker rules have &quot;format&quot; %1; this version of Bearings reads format %2.</source>
        <translation>Die Prüfregeln haben „format“ %1; diese Version von Bearings liest Format %2.</translation>
    </message>
    <message>
        <source>The checker rules need a &quot;version&quot; that is a whole number above 0.</source>
        <translation>Die Prüfregeln brauchen eine „version“, die eine ganze Zahl über 0 ist.</translation>
    </message>
    <message>
        <source>The checker rules need a list of &quot;rules&quot; with at least one rule.</source>
        <translation>Die Prüfregeln brauchen eine Liste „rules“ mit mindestens einer Regel.</translation>
    </message>
    <message>
        <source>The checker rules list more than %1 rules.</source>
        <translation>Die Prüfregeln enthalten mehr als %1 Regeln.</translation>
    </message>
    <message>
        <source>Checker rule %1 must be a JSON object.</source>
        <translation>Prüfregel %1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Checker rule %1 needs an &quot;id&quot; of lowercase letters, digits and dashes.</source>
        <translation>Prüfregel %1 braucht eine „id“ aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>The rule id &quot;%1&quot; is used more than once.</source>
        <translation>Die Regel-ID „%1“ wird mehr als einmal verwendet.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has an unknown type &quot;%2&quot;.</source>
        <translation>Die Regel „%1“ hat einen unbekannten Typ „%2“.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; of type &quot;%2&quot; has a field it does not use: &quot;%3&quot;.</source>
        <translation>Die Regel „%1“ vom Typ „%2“ hat ein Feld, das sie nicht verwendet: „%3“.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs a &quot;title&quot; of 1 to %2 characters.</source>
        <translation>Die Regel „%1“ braucht einen „title“ mit 1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs an &quot;explanation&quot; of 1 to %2 characters.</source>
        <translation>Die Regel „%1“ braucht eine „explanation“ mit 1 bis %2 Zeichen.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;highlight&quot; to name an attribute of the syntax definition, such as &quot;Hedging&quot;.</source>
        <translation>Die Regel „%1“ braucht bei „highlight“ den Namen eines Attributs der Syntaxdefinition, etwa „Hedging“.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;maxWords&quot;, a whole number from 1 to %2.</source>
        <translation>Die Regel „%1“ braucht „maxWords“, eine ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;minMatches&quot;, a whole number from 1 to %2.</source>
        <translation>Die Regel „%1“ braucht „minMatches“, eine ganze Zahl von 1 bis %2.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; needs &quot;words&quot;, &quot;anyQuestionKinds&quot; or both.</source>
        <translation>Die Regel „%1“ braucht „words“, „anyQuestionKinds“ oder beides.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has &quot;highlight&quot; but no &quot;words&quot; to highlight.</source>
        <translation>Die Regel „%1“ hat „highlight“, aber keine „words“ zum Hervorheben.</translation>
    </message>
    <message>
        <source>Blank to fill in</source>
        <extracomment>unfilled-placeholder (title)</extracomment>
        <translation>Noch eine Lücke</translation>
    </message>
    <message>
        <source>“%1” is still a blank; fill it in or take it out before you send this.</source>
        <extracomment>unfilled-placeholder (explanation)</extracomment>
        <translation>„%1“ ist noch eine Lücke; fülle sie aus oder nimm sie heraus, bevor du das sendest.</translation>
    </message>
    <message>
        <source>Long message</source>
        <extracomment>too-long (title)</extracomment>
        <translation>Lange Nachricht</translation>
    </message>
    <message>
        <source>Short messages are harder to argue with, and this one runs past %1 words, so see what you can leave out.</source>
        <extracomment>too-long (explanation)</extracomment>
        <translation>Gegen kurze Nachrichten lässt sich schwerer argumentieren, und diese hat mehr als %1 Wörter. Schau, was du weglassen kannst.</translation>
    </message>
    <message>
        <source>Long sentence</source>
        <extracomment>long-sentence (title)</extracomment>
        <translation>Langer Satz</translation>
    </message>
    <message>
        <source>A sentence of more than %1 words is easy to pick apart; two short ones say it more firmly.</source>
        <extracomment>long-sentence (explanation)</extracomment>
        <translation>Ein Satz mit mehr als %1 Wörtern lässt sich leicht zerpflücken; zwei kurze sagen es bestimmter.</translation>
    </message>
    <message>
        <source>Explaining a lot</source>
        <extracomment>over-explaining (title)</extracomment>
        <translation>Viel Erklärung</translation>
    </message>
    <message>
        <source>Your decision does not need a case built around it, and each reason you give is one more thing to argue about.</source>
        <extracomment>over-explaining (explanation)</extracomment>
        <translation>Deine Entscheidung muss nicht begründet werden, und jeder Grund, den du nennst, ist ein weiterer Punkt zum Streiten.</translation>
    </message>
    <message>
        <source>Softening words</source>
        <extracomment>hedging (title)</extracomment>
        <translation>Abschwächende Wörter</translation>
    </message>
    <message>
        <source>Words like “%1” make a firm point sound open to debate; you are allowed to say it plainly.</source>
        <extracomment>hedging (explanation)</extracomment>
        <translation>Wörter wie „%1“ lassen einen klaren Punkt verhandelbar klingen; du darfst es deutlich sagen.</translation>
    </message>
    <message>
        <source>Apologising</source>
        <extracomment>apologising (title)</extracomment>
        <translation>Entschuldigen</translation>
    </message>
    <message>
        <source>You do not need to apologise for looking after yourself, and leaving it out keeps the message steady.</source>
        <extracomment>apologising (explanation)</extracomment>
        <translation>Du musst dich nicht dafür entschuldigen, auf dich aufzupassen, und ohne Entschuldigung bleibt die Nachricht ruhig und fest.</translation>
    </message>
    <message>
        <source>Opens a negotiation</source>
        <extracomment>invites-negotiation (title)</extracomment>
        <translation>Öffnet eine Verhandlung</translation>
    </message>
    <message>
        <source>A question here invites the other person to bargain over something you have already decided.</source>
        <extracomment>invites-negotiation (explanation)</extracomment>
        <translation>Eine Frage lädt hier die andere Person ein, über etwas zu verhandeln, das du schon entschieden hast.</translation>
    </message>
    <message>
        <source>About the person, not the behaviour</source>
        <extracomment>character-attack (title)</extracomment>
        <translation>Über die Person, nicht das Verhalten</translation>
    </message>
    <message>
        <source>This describes who they are rather than what they did, which tends to start an argument; naming the behaviour is easier to hear.</source>
        <extracomment>character-attack (explanation)</extracomment>
        <translation>Das beschreibt, wer die Person ist, statt was sie getan hat, und das führt meist zu Streit; das Verhalten zu benennen, ist leichter anzuhören.</translation>
    </message>
    <message>
        <source>Always or never</source>
        <extracomment>absolutes (title)</extracomment>
        <translation>Immer oder nie</translation>
    </message>
    <message>
        <source>Words like “%1” invite a debate about the one time it was different; the specific moment is harder to dispute.</source>
        <extracomment>absolutes (explanation)</extracomment>
        <translation>Wörter wie „%1“ laden zu einer Debatte über das eine Mal ein, als es anders war; der konkrete Moment ist schwerer zu bestreiten.</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; has a control character in its title or explanation.</source>
        <translation>Die Regel „%1“ hat ein Steuerzeichen im Titel oder in der Erklärung.</translation>
    </message>
</context>
<context>
    <name>bearings::Database</name>
    <message>
        <source>The SQLite driver for Qt is missing.</source>
        <translation>Der SQLite-Treiber für Qt fehlt.</translation>
    </message>
    <message>
        <source>Bearings was built against a different SQLite than Qt uses.</source>
        <translation>Bearings wurde mit einer anderen SQLite-Version gebaut, als Qt verwendet.</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Die Datenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the vault.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um den Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>This file is not a Bearings vault.</source>
        <translation>Diese Datei ist kein Bearings-Tresor.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von Bearings angelegt. Bitte aktualisiere Bearings, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The vault could not be upgraded.</source>
        <translation>Der Tresor konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>record the schema version</source>
        <translation>die Schemaversion festzuhalten</translation>
    </message>
    <message>
        <source>The change could not be started.</source>
        <translation>Die Änderung konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is not enough memory to save the vault.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um den Tresor zu speichern.</translation>
    </message>
    <message>
        <source>The vault&apos;s contents are damaged and cannot be read.</source>
        <translation>Der Inhalt des Tresors ist beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The database could not be prepared.</source>
        <translation>Die Datenbank konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>read the database</source>
        <translation>die Datenbank zu lesen</translation>
    </message>
</context>
<context>
    <name>bearings::DemoBuilder</name>
    <message>
        <source>The demo could not be created.</source>
        <translation>Die Demo konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>bearings::DemoCopy</name>
    <message>
        <source>read the demo</source>
        <translation>die Demo zu lesen</translation>
    </message>
    <message>
        <source>write the demo</source>
        <translation>die Demo zu schreiben</translation>
    </message>
</context>
<context>
    <name>bearings::DemoGenerator</name>
    <message>
        <source>Please choose the last day of the demo.</source>
        <translation>Bitte wähle den letzten Tag der Demo.</translation>
    </message>
    <message>
        <source>A demo history can span up to %1 years.</source>
        <translation>Eine Demo-Geschichte kann bis zu %1 Jahre umfassen.</translation>
    </message>
    <message>
        <source>A demo story can span 1 to %1 weeks.</source>
        <translation>Eine Demo-Geschichte kann 1 bis %1 Wochen umfassen.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 relationships.</source>
        <translation>Eine Demo kann bis zu %1 Beziehungen haben.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 journal entries a week.</source>
        <translation>Eine Demo kann bis zu %1 Tagebucheinträge pro Woche haben.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 message drafts.</source>
        <translation>Eine Demo kann bis zu %1 Nachrichtenentwürfe haben.</translation>
    </message>
    <message>
        <source>A demo can have up to %1 boundary breaches.</source>
        <translation>Eine Demo kann bis zu %1 Grenzüberschreitungen haben.</translation>
    </message>
    <message>
        <source>The demo can only be added to an empty vault. Nothing was changed.</source>
        <translation>Die Demo kann nur einem leeren Tresor hinzugefügt werden. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>bearings::FileIo</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>Die Datei %1 ist zu groß (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Die Datei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large.</source>
        <translation>Die Datei %1 ist zu groß.</translation>
    </message>
    <message>
        <source>%1 is a folder. Please choose a file name.</source>
        <translation>%1 ist ein Ordner. Bitte wähle einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>bearings::IncidentChain</name>
    <message>
        <source>read the incident record chain</source>
        <translation>die Vorfallkette zu lesen</translation>
    </message>
    <message>
        <source>The incident record chain could not be updated.</source>
        <translation>Die Vorfallkette konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>unknown time</source>
        <translation>unbekannte Zeit</translation>
    </message>
    <message>
        <source>link %1 is missing (removed or moved).</source>
        <translation>Glied %1 fehlt (entfernt oder verschoben).</translation>
    </message>
    <message>
        <source>link %1 (entry %2, recorded %3) was changed after it was written.</source>
        <translation>Glied %1 (Eintrag %2, festgehalten %3) wurde geändert, nachdem es geschrieben wurde.</translation>
    </message>
    <message>
        <source>link %1 (entry %2, recorded %3) does not follow the link before it.</source>
        <translation>Glied %1 (Eintrag %2, festgehalten %3) schließt nicht an das Glied davor an.</translation>
    </message>
    <message>
        <source>the record kept in link %1 (entry %2, recorded %3) was changed or removed.</source>
        <translation>der in Glied %1 (Eintrag %2, festgehalten %3) aufbewahrte Eintrag wurde geändert oder entfernt.</translation>
    </message>
    <message>
        <source>journal entry %1 differs from its last recorded version (link %2, recorded %3); it was changed outside the record.</source>
        <translation>Tagebucheintrag %1 weicht von seiner zuletzt festgehaltenen Fassung ab (Glied %2, festgehalten %3); er wurde außerhalb des Protokolls geändert.</translation>
    </message>
    <message>
        <source>journal entry %1 (last in link %2) was removed without a record of the deletion.</source>
        <translation>Tagebucheintrag %1 (zuletzt in Glied %2) wurde entfernt, ohne dass das Löschen festgehalten wurde.</translation>
    </message>
    <message>
        <source>incident entry %1 has no link in the chain.</source>
        <translation>Vorfalleintrag %1 hat kein Glied in der Kette.</translation>
    </message>
    <message>
        <source>Incident record chain: 1 link</source>
        <translation>Vorfallkette: 1 Glied</translation>
    </message>
    <message>
        <source>Incident record chain: %1 links</source>
        <translation>Vorfallkette: %1 Glieder</translation>
    </message>
    <message>
        <source>%1, head %2, intact.</source>
        <translation>%1, Kopf %2, unversehrt.</translation>
    </message>
    <message>
        <source>%1, head %2, does not verify: %3</source>
        <translation>%1, Kopf %2, lässt sich nicht bestätigen: %3</translation>
    </message>
</context>
<context>
    <name>bearings::IncidentReport</name>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Phone or video call</source>
        <translation>Telefon- oder Videoanruf</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Textnachricht</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht festgehalten</translation>
    </message>
    <message>
        <source>1 of 5 (minor)</source>
        <translation>1 von 5 (leicht)</translation>
    </message>
    <message>
        <source>2 of 5 (upsetting)</source>
        <translation>2 von 5 (belastend)</translation>
    </message>
    <message>
        <source>3 of 5 (serious)</source>
        <translation>3 von 5 (ernst)</translation>
    </message>
    <message>
        <source>4 of 5 (very serious)</source>
        <translation>4 von 5 (sehr ernst)</translation>
    </message>
    <message>
        <source>5 of 5 (dangerous)</source>
        <translation>5 von 5 (gefährlich)</translation>
    </message>
    <message>
        <source>Recorded on %1</source>
        <translation>Festgehalten am %1</translation>
    </message>
    <message>
        <source>Marked as an incident again on %1</source>
        <translation>Am %1 wieder als Vorfall markiert</translation>
    </message>
    <message>
        <source>Edited on %1</source>
        <translation>Bearbeitet am %1</translation>
    </message>
    <message>
        <source>No longer marked as an incident on %1</source>
        <translation>Am %1 nicht mehr als Vorfall markiert</translation>
    </message>
    <message>
        <source>Deleted on %1</source>
        <translation>Gelöscht am %1</translation>
    </message>
    <message>
        <source>Already in the journal when the record chain began on %1</source>
        <translation>Schon im Tagebuch, als die Vorfallkette am %1 begann</translation>
    </message>
    <message>
        <source>Imported from an export file on %1</source>
        <translation>Am %1 aus einer Exportdatei importiert</translation>
    </message>
    <message>
        <source>(link %1)</source>
        <translation>(Glied %1)</translation>
    </message>
    <message>
        <source>VAULT-FILE</source>
        <translation>TRESOR-DATEI</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Incident record</source>
        <translation>Vorfallprotokoll</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>All recorded incidents</source>
        <translation>Alle festgehaltenen Vorfälle</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>These are the incidents written down in Bearings for this period, oldest first, exactly as they are recorded. Each one lists when it was recorded and any later edits.</source>
        <translation>Das sind die Vorfälle, die in Bearings für diesen Zeitraum aufgeschrieben wurden, die ältesten zuerst, genau so, wie sie festgehalten sind. Bei jedem steht, wann er festgehalten wurde, und jede spätere Bearbeitung.</translation>
    </message>
    <message>
        <source>No incidents are recorded for this period.</source>
        <translation>Für diesen Zeitraum sind keine Vorfälle festgehalten.</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <source>Evidence kept</source>
        <translation>Aufbewahrte Belege</translation>
    </message>
    <message>
        <source>Written down</source>
        <translation>Aufgeschrieben</translation>
    </message>
    <message>
        <source>Record history</source>
        <translation>Verlauf des Eintrags</translation>
    </message>
    <message>
        <source>Not in the record chain</source>
        <translation>Nicht in der Vorfallkette</translation>
    </message>
    <message>
        <source>Records removed</source>
        <translation>Entfernte Einträge</translation>
    </message>
    <message>
        <source>The record chain shows these changes for this period. Their content is not kept.</source>
        <translation>Die Vorfallkette zeigt für diesen Zeitraum diese Änderungen. Ihr Inhalt wird nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>An incident of %1 was deleted on %2.</source>
        <translation>Ein Vorfall vom %1 wurde am %2 gelöscht.</translation>
    </message>
    <message>
        <source>An entry of %1 was no longer marked as an incident on %2.</source>
        <translation>Ein Eintrag vom %1 wurde am %2 nicht mehr als Vorfall markiert.</translation>
    </message>
    <message>
        <source>Checking this record</source>
        <translation>Dieses Protokoll prüfen</translation>
    </message>
    <message>
        <source>Bearings keeps every incident in a chain of records. Each change adds a link that holds a BLAKE2b-256 fingerprint of the record and of the link before it, so a change to any earlier record, or a removed link, no longer matches the fingerprints after it. Edits and deletions stay visible as links of their own.</source>
        <translation>Bearings bewahrt jeden Vorfall in einer Kette von Einträgen auf. Jede Änderung fügt ein Glied hinzu, das einen BLAKE2b-256-Fingerabdruck des Eintrags und des Glieds davor enthält. Eine Änderung an einem früheren Eintrag oder ein entferntes Glied passt deshalb nicht mehr zu den Fingerabdrücken danach. Bearbeitungen und Löschungen bleiben als eigene Glieder sichtbar.</translation>
    </message>
    <message>
        <source>Links in the chain</source>
        <translation>Glieder in der Kette</translation>
    </message>
    <message>
        <source>Chain head</source>
        <translation>Kopf der Kette</translation>
    </message>
    <message>
        <source>When this report was made</source>
        <translation>Wann dieser Bericht erstellt wurde</translation>
    </message>
    <message>
        <source>Every link was checked and the chain is intact.</source>
        <translation>Jedes Glied wurde geprüft, und die Kette ist unversehrt.</translation>
    </message>
    <message>
        <source>The chain did not verify: %1</source>
        <translation>Die Kette ließ sich nicht bestätigen: %1</translation>
    </message>
    <message>
        <source>To check it, run this command with the vault file and its passphrase. It checks every link, prints the chain&apos;s current head and confirms that the head above is still part of the chain, even if incidents were recorded after this report.</source>
        <translation>Um es zu prüfen, führe diesen Befehl mit der Tresordatei und ihrer Passphrase aus. Er prüft jedes Glied, gibt den aktuellen Kopf der Kette aus und bestätigt, dass der Kopf oben noch Teil der Kette ist, auch wenn nach diesem Bericht weitere Vorfälle festgehalten wurden.</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Vorfallbericht</translation>
    </message>
</context>
<context>
    <name>bearings::JournalRepository</name>
    <message>
        <source>Please give the date and time this happened.</source>
        <translation>Bitte gib Datum und Uhrzeit an, wann das passiert ist.</translation>
    </message>
    <message>
        <source>Moods go from %1 to +%2.</source>
        <translation>Stimmungen reichen von %1 bis +%2.</translation>
    </message>
    <message>
        <source>Please choose how serious this incident was, from %1 to %2.</source>
        <translation>Bitte wähle, wie schwer dieser Vorfall war, von %1 bis %2.</translation>
    </message>
    <message>
        <source>Severity goes from %1 to %2.</source>
        <translation>Die Schwere reicht von %1 bis %2.</translation>
    </message>
    <message>
        <source>This note is longer than %1 characters. Please split it over two entries.</source>
        <translation>Diese Notiz ist länger als %1 Zeichen. Bitte teile sie auf zwei Einträge auf.</translation>
    </message>
    <message>
        <source>Please keep &quot;who was present&quot; and &quot;evidence kept&quot; under %1 characters each.</source>
        <translation>Bitte halte „Wer dabei war“ und „Aufbewahrte Belege“ jeweils unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>The relationship for this entry no longer exists.</source>
        <translation>Die Beziehung zu diesem Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; no longer exists. Please choose another.</source>
        <translation>Die Markierung „%1“ gibt es nicht mehr. Bitte wähle eine andere.</translation>
    </message>
    <message>
        <source>This journal entry no longer exists.</source>
        <translation>Diesen Tagebucheintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>count the journal entries</source>
        <translation>die Tagebucheinträge zu zählen</translation>
    </message>
    <message>
        <source>There is already a built-in tag called &quot;%1&quot;.</source>
        <translation>Es gibt schon eine eingebaute Markierung namens „%1“.</translation>
    </message>
    <message>
        <source>A tag name may use lowercase letters, digits and dashes, up to 40 characters.</source>
        <translation>Der Name einer Markierung darf Kleinbuchstaben, Ziffern und Bindestriche enthalten, bis zu 40 Zeichen.</translation>
    </message>
    <message>
        <source>Please give the tag a label.</source>
        <translation>Bitte gib der Markierung eine Bezeichnung.</translation>
    </message>
    <message>
        <source>Please keep the label under %1 characters.</source>
        <translation>Bitte halte die Bezeichnung unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>You already have a tag called &quot;%1&quot;.</source>
        <translation>Du hast schon eine Markierung namens „%1“.</translation>
    </message>
    <message>
        <source>This tag no longer exists.</source>
        <translation>Diese Markierung gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>bearings::KeyDerivation</name>
    <message>
        <source>The vault&apos;s settings are out of range, so it was not opened.</source>
        <translation>Die Einstellungen des Tresors liegen außerhalb des zulässigen Bereichs, daher wurde er nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the vault.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um den Tresor zu entsperren.</translation>
    </message>
    <message>
        <source>There is not enough memory to unlock the vault. Closing other programs may help.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um den Tresor zu entsperren. Es kann helfen, andere Programme zu schließen.</translation>
    </message>
</context>
<context>
    <name>bearings::LogisticsRepository</name>
    <message>
        <source>Keep your own money in an account only you can reach.</source>
        <translation>Bewahre dein eigenes Geld auf einem Konto auf, auf das nur du zugreifen kannst.</translation>
    </message>
    <message>
        <source>Make sure your mail comes only to you.</source>
        <translation>Sorge dafür, dass deine Post nur zu dir kommt.</translation>
    </message>
    <message>
        <source>Change passwords and PINs they know; check location sharing.</source>
        <translation>Ändere Passwörter und PINs, die die Person kennt; prüfe die Standortfreigabe.</translation>
    </message>
    <message>
        <source>Decide who keeps keys to your home or car.</source>
        <translation>Entscheide, wer Schlüssel zu deiner Wohnung oder deinem Auto behält.</translation>
    </message>
    <message>
        <source>Arrange to return or collect borrowed things.</source>
        <translation>Vereinbare, Geliehenes zurückzugeben oder abzuholen.</translation>
    </message>
    <message>
        <source>Check whether a lease or contract still ties you together.</source>
        <translation>Prüfe, ob ein Mietvertrag oder anderer Vertrag euch noch verbindet.</translation>
    </message>
    <message>
        <source>Agree how any shared pets are cared for.</source>
        <translation>Vereinbart, wie für gemeinsame Haustiere gesorgt wird.</translation>
    </message>
    <message>
        <source>Leave or mute shared calendars and group chats.</source>
        <translation>Verlasse gemeinsame Kalender und Gruppenchats oder schalte sie stumm.</translation>
    </message>
    <message>
        <source>Tell one or two trusted people about your plan.</source>
        <translation>Erzähl ein oder zwei Vertrauenspersonen von deinem Plan.</translation>
    </message>
    <message>
        <source>Look for a support group, in person or online.</source>
        <translation>Such dir eine Selbsthilfegruppe, vor Ort oder online.</translation>
    </message>
    <message>
        <source>Consider talking things through with a counsellor.</source>
        <translation>Überleg, ob du mit einer Beratungsstelle darüber sprechen möchtest.</translation>
    </message>
    <message>
        <source>Open an account in your name only.</source>
        <translation>Eröffne ein Konto nur auf deinen Namen.</translation>
    </message>
    <message>
        <source>Close or separate joint accounts and cards.</source>
        <translation>Schließe oder trenne gemeinsame Konten und Karten.</translation>
    </message>
    <message>
        <source>Redirect your mail, or use a PO box if you move.</source>
        <translation>Lass deine Post umleiten oder nutze ein Postfach, wenn du umziehst.</translation>
    </message>
    <message>
        <source>Change passwords and PINs; turn on two-step sign-in.</source>
        <translation>Ändere Passwörter und PINs; schalte die Anmeldung in zwei Schritten ein.</translation>
    </message>
    <message>
        <source>Check linked devices, shared logins and location sharing.</source>
        <translation>Prüfe verknüpfte Geräte, gemeinsame Logins und die Standortfreigabe.</translation>
    </message>
    <message>
        <source>Get keys back, or change locks and door codes.</source>
        <translation>Hol dir Schlüssel zurück oder lass Schlösser und Türcodes ändern.</translation>
    </message>
    <message>
        <source>List shared belongings and what you will keep.</source>
        <translation>Liste gemeinsame Sachen auf und was du behältst.</translation>
    </message>
    <message>
        <source>Check whose name is on the lease or mortgage.</source>
        <translation>Prüfe, auf wessen Namen der Mietvertrag oder die Hypothek läuft.</translation>
    </message>
    <message>
        <source>Decide where the pets live; keep their records.</source>
        <translation>Entscheide, wo die Haustiere leben; bewahre ihre Unterlagen auf.</translation>
    </message>
    <message>
        <source>Leave shared calendars, albums and family-sharing groups.</source>
        <translation>Verlasse gemeinsame Kalender, Alben und Familienfreigaben.</translation>
    </message>
    <message>
        <source>Consider a counsellor, advocate or lawyer for support.</source>
        <translation>Überleg, dir Unterstützung bei einer Beratungsstelle, einer Fachberatung oder einer Anwältin oder einem Anwalt zu holen.</translation>
    </message>
    <message>
        <source>Keep a dated record of any contact, in case you need it later.</source>
        <translation>Halte jeden Kontakt mit Datum fest, falls du es später brauchst.</translation>
    </message>
    <message>
        <source>Please write a few words for this step.</source>
        <translation>Bitte schreib ein paar Worte zu diesem Schritt.</translation>
    </message>
    <message>
        <source>Please keep each step under %1 characters.</source>
        <translation>Bitte halte jeden Schritt unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>find the end of this list</source>
        <translation>das Ende dieser Liste zu finden</translation>
    </message>
    <message>
        <source>This step no longer exists.</source>
        <translation>Diesen Schritt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>read this checklist</source>
        <translation>diese Checkliste zu lesen</translation>
    </message>
</context>
<context>
    <name>bearings::MessageScriptRepository</name>
    <message>
        <source>Please give this message a short title.</source>
        <translation>Bitte gib dieser Nachricht einen kurzen Titel.</translation>
    </message>
    <message>
        <source>Please keep the title under %1 characters.</source>
        <translation>Bitte halte den Titel unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>This message is longer than %1 characters. Shorter messages are usually clearer.</source>
        <translation>Diese Nachricht ist länger als %1 Zeichen. Kürzere Nachrichten sind meist klarer.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>bearings::Questionnaire</name>
    <message>
        <source>The questionnaire is missing from this copy of Bearings.</source>
        <translation>Der Fragebogen fehlt in dieser Kopie von Bearings.</translation>
    </message>
    <message>
        <source>The questionnaire is not valid JSON: %1 at character %2.</source>
        <translation>Der Fragebogen ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The questionnaire must be a JSON object.</source>
        <translation>Der Fragebogen muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The questionnaire has an unknown field &quot;%1&quot;.</source>
        <translation>Der Fragebogen hat ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The questionnaire needs a whole number &quot;format&quot;.</source>
        <translation>Der Fragebogen braucht eine ganze Zahl als „format“.</translation>
    </message>
    <message>
        <source>The questionnaire &quot;format&quot; is %1; this version of Bearings reads format %2.</source>
        <translation>Das „format“ des Fragebogens ist %1; diese Version von Bearings liest Format %2.</translation>
    </message>
    <message>
        <source>The questionnaire needs a &quot;version&quot; that is a whole number above 0.</source>
        <translation>Der Fragebogen braucht eine „version“, die eine ganze Zahl über 0 ist.</translation>
    </message>
    <message>
        <source>The questionnaire needs a list of &quot;groups&quot;.</source>
        <translation>Der Fragebogen braucht eine Liste von „groups“.</translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire must be a JSON object.</source>
        <translation>Gruppe %1 des Fragebogens muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire has an unknown field &quot;%2&quot;.</source>
        <translation>Gruppe %1 des Fragebogens hat ein unbekanntes Feld „%2“.</translation>
    </message>
    <message>
        <source>Group %1 of the questionnaire has an unknown id &quot;%2&quot;.</source>
        <translation>Gruppe %1 des Fragebogens hat eine unbekannte ID „%2“.</translation>
    </message>
    <message>
        <source>The questionnaire lists the group &quot;%1&quot; more than once.</source>
        <translation>Der Fragebogen führt die Gruppe „%1“ mehr als einmal auf.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; needs a list of questions with at least one question.</source>
        <translation>Die Gruppe „%1“ braucht eine Liste mit mindestens einer Frage.</translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; must be a JSON object.</source>
        <translation>Frage %1 in der Gruppe „%2“ muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; has an unknown field &quot;%3&quot;.</source>
        <translation>Frage %1 in der Gruppe „%2“ hat ein unbekanntes Feld „%3“.</translation>
    </message>
    <message>
        <source>Question %1 in the group &quot;%2&quot; needs an id of lowercase letters, digits and dashes (found &quot;%3&quot;).</source>
        <translation>Frage %1 in der Gruppe „%2“ braucht eine ID aus Kleinbuchstaben, Ziffern und Bindestrichen (gefunden: „%3“).</translation>
    </message>
    <message>
        <source>The question id &quot;%1&quot; is used more than once.</source>
        <translation>Die Frage-ID „%1“ wird mehr als einmal verwendet.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an unknown answer type &quot;%2&quot;.</source>
        <translation>Die Frage „%1“ hat einen unbekannten Antworttyp „%2“.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs a &quot;text&quot;.</source>
        <translation>Die Frage „%1“ braucht einen „text“.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; needs a &quot;why&quot;.</source>
        <translation>Die Frage „%1“ braucht ein „why“.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has an &quot;abuse&quot; field that is not true or false.</source>
        <translation>Die Frage „%1“ hat ein Feld „abuse“, das weder true noch false ist.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is a reflection, but reflections belong only in the group &quot;thinking_traps&quot;.</source>
        <translation>Die Frage „%1“ ist eine Überlegung, aber Überlegungen gehören nur in die Gruppe „thinking_traps“.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is in the group &quot;thinking_traps&quot;, which holds only reflections.</source>
        <translation>Die Frage „%1“ steht in der Gruppe „thinking_traps“, die nur Überlegungen enthält.</translation>
    </message>
    <message>
        <source>The red flag &quot;%1&quot; must be a yes/no question.</source>
        <translation>Das Warnsignal „%1“ muss eine Ja/Nein-Frage sein.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; is marked as abuse, but only cut signs can be.</source>
        <translation>Die Frage „%1“ ist als Missbrauch markiert, aber das können nur Zeichen für Abbruch sein.</translation>
    </message>
    <message>
        <source>The questionnaire is missing the group &quot;%1&quot;.</source>
        <translation>Dem Fragebogen fehlt die Gruppe „%1“.</translation>
    </message>
    <message>
        <source>After time with them, do you feel drained, anxious or on edge?</source>
        <extracomment>harm-drained (text)</extracomment>
        <translation>Fühlst du dich nach der Zeit mit dieser Person erschöpft, ängstlich oder angespannt?</translation>
    </message>
    <message>
        <source>How you feel afterwards is useful information. It often shows a pattern before words do.</source>
        <extracomment>harm-drained (why)</extracomment>
        <translation>Wie du dich danach fühlst, ist eine nützliche Information. Es zeigt oft ein Muster, bevor Worte es tun.</translation>
    </message>
    <message>
        <source>Do you feel belittled, undermined or brushed aside by them?</source>
        <extracomment>harm-dismissed (text)</extracomment>
        <translation>Fühlst du dich von dieser Person herabgesetzt, untergraben oder abgewimmelt?</translation>
    </message>
    <message>
        <source>Being made to feel small, again and again, wears down your confidence over time.</source>
        <extracomment>harm-dismissed (why)</extracomment>
        <translation>Wer sich immer wieder klein gemacht fühlt, verliert mit der Zeit an Selbstvertrauen.</translation>
    </message>
    <message>
        <source>Do you miss out on friends, family or things you enjoy because of this relationship?</source>
        <extracomment>harm-isolated (text)</extracomment>
        <translation>Verpasst du wegen dieser Beziehung Freunde, Familie oder Dinge, die dir Freude machen?</translation>
    </message>
    <message>
        <source>The people and activities around you are part of what keeps you well and steady.</source>
        <extracomment>harm-isolated (why)</extracomment>
        <translation>Die Menschen und Tätigkeiten um dich herum sind ein Teil dessen, was dich gesund und stabil hält.</translation>
    </message>
    <message>
        <source>When you say what you need, are you punished, mocked or shut down for it?</source>
        <extracomment>harm-needs (text)</extracomment>
        <translation>Wenn du sagst, was du brauchst, wirst du dafür bestraft, verspottet oder abgewürgt?</translation>
    </message>
    <message>
        <source>In a caring relationship you can ask for what you need without paying a price for it.</source>
        <extracomment>harm-needs (why)</extracomment>
        <translation>In einer liebevollen Beziehung kannst du um das bitten, was du brauchst, ohne dafür einen Preis zu zahlen.</translation>
    </message>
    <message>
        <source>Do you feel you are walking on eggshells around them?</source>
        <extracomment>harm-eggshells (text)</extracomment>
        <translation>Hast du das Gefühl, in der Nähe dieser Person wie auf Eierschalen zu laufen?</translation>
    </message>
    <message>
        <source>Watching everything you say or do to avoid a reaction takes a lot out of you.</source>
        <extracomment>harm-eggshells (why)</extracomment>
        <translation>Alles, was du sagst oder tust, zu überwachen, um eine Reaktion zu vermeiden, kostet viel Kraft.</translation>
    </message>
    <message>
        <source>Are the hard moments occasional, rather than a long-running pattern?</source>
        <extracomment>repair-occasional (text)</extracomment>
        <translation>Sind die schweren Momente gelegentlich und kein langjähriges Muster?</translation>
    </message>
    <message>
        <source>Occasional hurt happens in most close relationships. A long pattern is much harder to change.</source>
        <extracomment>repair-occasional (why)</extracomment>
        <translation>Gelegentliche Verletzungen kommen in den meisten nahen Beziehungen vor. Ein langes Muster ist viel schwerer zu ändern.</translation>
    </message>
    <message>
        <source>When they hurt you, do they name what they did and take responsibility for it?</source>
        <extracomment>repair-accountability (text)</extracomment>
        <translation>Wenn dich die Person verletzt, benennt sie, was sie getan hat, und übernimmt Verantwortung dafür?</translation>
    </message>
    <message>
        <source>Change needs them to see the harm for themselves, every time, not only when it suits them.</source>
        <extracomment>repair-accountability (why)</extracomment>
        <translation>Veränderung braucht, dass die Person den Schaden selbst sieht, jedes Mal, nicht nur, wenn es ihr passt.</translation>
    </message>
    <message>
        <source>Do you both want things to change, with concrete steps in place, such as counselling or a specific change in behaviour?</source>
        <extracomment>repair-shared-steps (text)</extracomment>
        <translation>Wollt ihr beide, dass sich etwas ändert, mit konkreten Schritten, etwa einer Beratung oder einer bestimmten Verhaltensänderung?</translation>
    </message>
    <message>
        <source>Wanting change is a start. Concrete steps show that change is actually under way.</source>
        <extracomment>repair-shared-steps (why)</extracomment>
        <translation>Veränderung zu wollen ist ein Anfang. Konkrete Schritte zeigen, dass sie tatsächlich in Gang ist.</translation>
    </message>
    <message>
        <source>Do you have support and safety in place, such as people you trust and somewhere to go if you need it?</source>
        <extracomment>repair-support (text)</extracomment>
        <translation>Hast du Unterstützung und Sicherheit, etwa Menschen, denen du vertraust, und einen Ort, an den du gehen kannst, wenn nötig?</translation>
    </message>
    <message>
        <source>Working on a relationship is easier, and safer, when you are not doing it alone.</source>
        <extracomment>repair-support (why)</extracomment>
        <translation>An einer Beziehung zu arbeiten ist leichter und sicherer, wenn du es nicht allein tust.</translation>
    </message>
    <message>
        <source>Do small acts of care still happen between you?</source>
        <extracomment>repair-care (text)</extracomment>
        <translation>Gibt es zwischen euch noch kleine Gesten der Fürsorge?</translation>
    </message>
    <message>
        <source>Small, everyday kindness is often what a relationship can be rebuilt on.</source>
        <extracomment>repair-care (why)</extracomment>
        <translation>Kleine, alltägliche Freundlichkeit ist oft das, worauf sich eine Beziehung neu aufbauen lässt.</translation>
    </message>
    <message>
        <source>When something goes wrong, are you both curious about what set it off, rather than looking for someone to blame?</source>
        <extracomment>repair-curiosity (text)</extracomment>
        <translation>Wenn etwas schiefgeht, seid ihr beide neugierig, was es ausgelöst hat, statt nach einem Schuldigen zu suchen?</translation>
    </message>
    <message>
        <source>Curiosity about what starts a conflict opens the way to change. Blame tends to close it.</source>
        <extracomment>repair-curiosity (why)</extracomment>
        <translation>Neugier darauf, was einen Konflikt auslöst, öffnet den Weg zur Veränderung. Schuldzuweisungen verschließen ihn eher.</translation>
    </message>
    <message>
        <source>Do they use put-downs, humiliation, guilt or mind games to control what you do or think?</source>
        <extracomment>cut-emotional-abuse (text)</extracomment>
        <translation>Nutzt die Person Herabsetzungen, Demütigung, Schuldgefühle oder Psychospielchen, um zu kontrollieren, was du tust oder denkst?</translation>
    </message>
    <message>
        <source>Using your feelings to control you is emotional abuse. Abuse is not a relationship problem two people can fix together.</source>
        <extracomment>cut-emotional-abuse (why)</extracomment>
        <translation>Deine Gefühle zu benutzen, um dich zu kontrollieren, ist emotionaler Missbrauch. Missbrauch ist kein Beziehungsproblem, das zwei Menschen gemeinsam lösen können.</translation>
    </message>
    <message>
        <source>Do they control your money, keep you from working, or take what is yours?</source>
        <extracomment>cut-financial-abuse (text)</extracomment>
        <translation>Kontrolliert die Person dein Geld, hält dich vom Arbeiten ab oder nimmt dir weg, was dir gehört?</translation>
    </message>
    <message>
        <source>Control over money leaves you with fewer choices. It is a form of abuse, even when nothing else feels like it.</source>
        <extracomment>cut-financial-abuse (why)</extracomment>
        <translation>Kontrolle über Geld lässt dir weniger Wahlmöglichkeiten. Sie ist eine Form von Missbrauch, auch wenn sich sonst nichts so anfühlt.</translation>
    </message>
    <message>
        <source>Do they cross lines you have told them you will not accept?</source>
        <extracomment>cut-non-negotiables (text)</extracomment>
        <translation>Überschreitet die Person Grenzen, von denen du gesagt hast, dass du sie nicht hinnimmst?</translation>
    </message>
    <message>
        <source>A limit crossed again and again, after you made it clear, tells you something about what may happen next.</source>
        <extracomment>cut-non-negotiables (why)</extracomment>
        <translation>Eine Grenze, die immer wieder überschritten wird, nachdem du sie klar gemacht hast, sagt dir etwas darüber, was als Nächstes passieren könnte.</translation>
    </message>
    <message>
        <source>When you raise the harm, do they refuse to take responsibility, while it keeps happening?</source>
        <extracomment>cut-no-responsibility (text)</extracomment>
        <translation>Wenn du den Schaden ansprichst, weigert sich die Person, Verantwortung zu übernehmen, während es weiter passiert?</translation>
    </message>
    <message>
        <source>Without responsibility there is little for change to build on.</source>
        <extracomment>cut-no-responsibility (why)</extracomment>
        <translation>Ohne Verantwortung gibt es wenig, worauf Veränderung aufbauen kann.</translation>
    </message>
    <message>
        <source>Do apologies come without lasting change, or seem to be used to pull you back in?</source>
        <extracomment>cut-apologies (text)</extracomment>
        <translation>Kommen Entschuldigungen ohne dauerhafte Veränderung, oder scheinen sie dazu zu dienen, dich zurückzuholen?</translation>
    </message>
    <message>
        <source>An apology means most when behaviour changes afterwards. Without that, it can become part of the cycle.</source>
        <extracomment>cut-apologies (why)</extracomment>
        <translation>Eine Entschuldigung bedeutet am meisten, wenn sich das Verhalten danach ändert. Ohne das kann sie Teil des Kreislaufs werden.</translation>
    </message>
    <message>
        <source>Have you already tried to repair things, and still do not feel safe?</source>
        <extracomment>cut-repair-tried (text)</extracomment>
        <translation>Hast du schon versucht, die Dinge zu reparieren, und fühlst dich trotzdem nicht sicher?</translation>
    </message>
    <message>
        <source>If a real attempt at repair has not made you safer, that matters when you decide what comes next.</source>
        <extracomment>cut-repair-tried (why)</extracomment>
        <translation>Wenn ein echter Versuch der Reparatur dich nicht sicherer gemacht hat, zählt das, wenn du entscheidest, wie es weitergeht.</translation>
    </message>
    <message>
        <source>Has your mental or physical health been getting worse while this has been going on?</source>
        <extracomment>cut-health (text)</extracomment>
        <translation>Ist deine seelische oder körperliche Gesundheit schlechter geworden, seit das so geht?</translation>
    </message>
    <message>
        <source>Your health is a clear signal. It deserves to count.</source>
        <extracomment>cut-health (why)</extracomment>
        <translation>Deine Gesundheit ist ein klares Signal. Sie verdient es, zu zählen.</translation>
    </message>
    <message>
        <source>Have they threatened to hurt you, someone you love, or a pet?</source>
        <extracomment>red-threats (text)</extracomment>
        <translation>Hat die Person gedroht, dir, jemandem, den du liebst, oder einem Haustier wehzutun?</translation>
    </message>
    <message>
        <source>A threat is a safety concern, whether or not it has been carried out.</source>
        <extracomment>red-threats (why)</extracomment>
        <translation>Eine Drohung ist ein Sicherheitsrisiko, ob sie wahr gemacht wurde oder nicht.</translation>
    </message>
    <message>
        <source>Have they ever hurt you physically, for example pushed, grabbed, hit or choked you?</source>
        <extracomment>red-physical (text)</extracomment>
        <translation>Hat dir die Person jemals körperlich wehgetan, dich zum Beispiel geschubst, gepackt, geschlagen oder gewürgt?</translation>
    </message>
    <message>
        <source>Physical harm, even once, is a safety concern.</source>
        <extracomment>red-physical (why)</extracomment>
        <translation>Körperliche Gewalt, auch nur einmal, ist ein Sicherheitsrisiko.</translation>
    </message>
    <message>
        <source>Have they ever pressured or forced you into anything sexual you did not want?</source>
        <extracomment>red-sexual (text)</extracomment>
        <translation>Hat dich die Person jemals zu etwas Sexuellem gedrängt oder gezwungen, das du nicht wolltest?</translation>
    </message>
    <message>
        <source>Your body is yours. Pressure or force around sex is a safety concern.</source>
        <extracomment>red-sexual (why)</extracomment>
        <translation>Dein Körper gehört dir. Druck oder Zwang beim Sex ist ein Sicherheitsrisiko.</translation>
    </message>
    <message>
        <source>Do they follow you, turn up uninvited, or keep track of your phone, messages or whereabouts?</source>
        <extracomment>red-stalking (text)</extracomment>
        <translation>Folgt dir die Person, taucht ungebeten auf oder überwacht dein Handy, deine Nachrichten oder deinen Aufenthaltsort?</translation>
    </message>
    <message>
        <source>Being watched or followed is a safety concern, even when nothing else has happened.</source>
        <extracomment>red-stalking (why)</extracomment>
        <translation>Beobachtet oder verfolgt zu werden ist ein Sicherheitsrisiko, auch wenn sonst nichts passiert ist.</translation>
    </message>
    <message>
        <source>Do they try to frighten you, for example by breaking things, blocking your way or raising a fist?</source>
        <extracomment>red-intimidation (text)</extracomment>
        <translation>Versucht die Person, dir Angst zu machen, zum Beispiel indem sie Dinge zerbricht, dir den Weg versperrt oder die Faust hebt?</translation>
    </message>
    <message>
        <source>Behaviour meant to scare you is a way of controlling you, and a safety concern.</source>
        <extracomment>red-intimidation (why)</extracomment>
        <translation>Verhalten, das dir Angst machen soll, ist eine Form von Kontrolle und ein Sicherheitsrisiko.</translation>
    </message>
    <message>
        <source>Are you afraid of what they might do if you set a limit or leave?</source>
        <extracomment>red-retaliation (text)</extracomment>
        <translation>Hast du Angst davor, was die Person tun könnte, wenn du eine Grenze setzt oder gehst?</translation>
    </message>
    <message>
        <source>Your fear is information. It deserves to be taken seriously.</source>
        <extracomment>red-retaliation (why)</extracomment>
        <translation>Deine Angst ist eine Information. Sie verdient es, ernst genommen zu werden.</translation>
    </message>
    <message>
        <source>Do you feel physically unsafe or threatened around them?</source>
        <extracomment>red-unsafe (text)</extracomment>
        <translation>Fühlst du dich in der Nähe dieser Person körperlich unsicher oder bedroht?</translation>
    </message>
    <message>
        <source>Feeling unsafe is reason enough to put your safety first.</source>
        <extracomment>red-unsafe (why)</extracomment>
        <translation>Sich unsicher zu fühlen ist Grund genug, deine Sicherheit an erste Stelle zu setzen.</translation>
    </message>
    <message>
        <source>What keeps you here, apart from the time and love you have already given?</source>
        <extracomment>trap-sunk-cost (text)</extracomment>
        <translation>Was hält dich hier, abgesehen von der Zeit und Liebe, die du schon gegeben hast?</translation>
    </message>
    <message>
        <source>It can feel as if stopping would waste everything you put in. What you gave was real. It does not have to decide what comes next.</source>
        <extracomment>trap-sunk-cost (why)</extracomment>
        <translation>Es kann sich anfühlen, als würde Aufhören alles verschwenden, was du hineingesteckt hast. Was du gegeben hast, war echt. Es muss nicht entscheiden, wie es weitergeht.</translation>
    </message>
    <message>
        <source>Think of the last month. How did most days with them feel, not only the best ones?</source>
        <extracomment>trap-good-moments (text)</extracomment>
        <translation>Denk an den letzten Monat. Wie haben sich die meisten Tage mit dieser Person angefühlt, nicht nur die besten?</translation>
    </message>
    <message>
        <source>It is easy to hold on to the good moments and let the hard ones fade. The whole picture helps you see clearly.</source>
        <extracomment>trap-good-moments (why)</extracomment>
        <translation>Es ist leicht, an den guten Momenten festzuhalten und die schweren verblassen zu lassen. Das ganze Bild hilft dir, klar zu sehen.</translation>
    </message>
    <message>
        <source>What has changed so far because of your efforts? What would have to change in them, by their own choice?</source>
        <extracomment>trap-changing-them (text)</extracomment>
        <translation>Was hat sich durch deine Mühe bisher verändert? Was müsste sich an der Person ändern, aus eigenem Entschluss?</translation>
    </message>
    <message>
        <source>Many of us hope our love or effort can change someone. In the end, only they can change themselves.</source>
        <extracomment>trap-changing-them (why)</extracomment>
        <translation>Viele von uns hoffen, dass unsere Liebe oder Mühe jemanden verändern kann. Am Ende kann sich nur die Person selbst ändern.</translation>
    </message>
    <message>
        <source>When kindness comes after a hard time, how does it feel to you? How long does it usually last?</source>
        <extracomment>trap-rare-kindness (text)</extracomment>
        <translation>Wenn nach einer schweren Zeit Freundlichkeit kommt, wie fühlt sich das für dich an? Wie lange hält sie meistens?</translation>
    </message>
    <message>
        <source>Kindness that comes now and then, after hurt, can feel bigger than it is. That pull is strong, and it is not your fault.</source>
        <extracomment>trap-rare-kindness (why)</extracomment>
        <translation>Freundlichkeit, die ab und zu nach einer Verletzung kommt, kann sich größer anfühlen, als sie ist. Dieser Sog ist stark, und er ist nicht deine Schuld.</translation>
    </message>
    <message>
        <source>If you were not afraid of being alone, what would you want for yourself?</source>
        <extracomment>trap-alone (text)</extracomment>
        <translation>Wenn du keine Angst vor dem Alleinsein hättest, was würdest du dir für dich wünschen?</translation>
    </message>
    <message>
        <source>Fear of being alone can keep us where we are hurt. Being on your own for a while is not the same as being lonely for ever.</source>
        <extracomment>trap-alone (why)</extracomment>
        <translation>Die Angst vor dem Alleinsein kann uns dort halten, wo wir verletzt werden. Eine Weile für sich zu sein ist nicht dasselbe, wie für immer einsam zu sein.</translation>
    </message>
    <message>
        <source>Can you care about them and still take care of yourself? What would that look like?</source>
        <extracomment>trap-guilt (text)</extracomment>
        <translation>Kannst du dich um die Person sorgen und trotzdem gut für dich selbst sorgen? Wie würde das aussehen?</translation>
    </message>
    <message>
        <source>Compassion for someone does not mean you have to accept harm from them. Guilt can make that hard to see.</source>
        <extracomment>trap-guilt (why)</extracomment>
        <translation>Mitgefühl für jemanden heißt nicht, dass du Schaden von dieser Person hinnehmen musst. Schuldgefühle können das schwer erkennbar machen.</translation>
    </message>
    <message>
        <source>Who are you outside this relationship? Which parts of yourself would you like back?</source>
        <extracomment>trap-identity (text)</extracomment>
        <translation>Wer bist du außerhalb dieser Beziehung? Welche Teile von dir hättest du gern zurück?</translation>
    </message>
    <message>
        <source>When a relationship becomes a big part of who you are, stepping back can feel like losing yourself. You are more than this relationship.</source>
        <extracomment>trap-identity (why)</extracomment>
        <translation>Wenn eine Beziehung ein großer Teil dessen wird, wer du bist, kann sich Abstand anfühlen, als würdest du dich selbst verlieren. Du bist mehr als diese Beziehung.</translation>
    </message>
    <message>
        <source>Which practical ties, such as a home, money, children or work, make this feel hard? Which could you start to plan around?</source>
        <extracomment>trap-entanglement (text)</extracomment>
        <translation>Welche praktischen Verbindungen, etwa eine Wohnung, Geld, Kinder oder die Arbeit, machen es schwer? Für welche könntest du anfangen zu planen?</translation>
    </message>
    <message>
        <source>Shared homes, money or work can make any change feel impossible. Naming them is the first step to planning around them.</source>
        <extracomment>trap-entanglement (why)</extracomment>
        <translation>Eine gemeinsame Wohnung, Geld oder Arbeit können jede Veränderung unmöglich erscheinen lassen. Sie zu benennen ist der erste Schritt, um sie einzuplanen.</translation>
    </message>
    <message>
        <source>Do you trust your own memory of what happened? What would you tell a friend who described the same thing?</source>
        <extracomment>trap-self-doubt (text)</extracomment>
        <translation>Vertraust du deiner eigenen Erinnerung an das, was passiert ist? Was würdest du einer Freundin oder einem Freund sagen, die oder der dasselbe erzählt?</translation>
    </message>
    <message>
        <source>If you are often told that what you saw or felt is wrong, you can start to doubt yourself. Your experience counts.</source>
        <extracomment>trap-self-doubt (why)</extracomment>
        <translation>Wenn dir oft gesagt wird, dass falsch ist, was du gesehen oder gefühlt hast, kannst du anfangen, an dir zu zweifeln. Deine Erfahrung zählt.</translation>
    </message>
    <message>
        <source>The question &quot;%1&quot; has a control character in its &quot;text&quot; or &quot;why&quot;.</source>
        <translation>Die Frage „%1“ hat ein Steuerzeichen in „text“ oder „why“.</translation>
    </message>
</context>
<context>
    <name>bearings::RelationshipRepository</name>
    <message>
        <source>Please give this relationship a name. An alias or initials are fine.</source>
        <translation>Bitte gib dieser Beziehung einen Namen. Ein Spitzname oder Initialen reichen.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Bitte halte den Namen unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>count the records of this relationship</source>
        <translation>die Einträge dieser Beziehung zu zählen</translation>
    </message>
</context>
<context>
    <name>bearings::SafetyPlanDocument</name>
    <message>
        <source>Printed on %1.</source>
        <translation>Gedruckt am %1.</translation>
    </message>
    <message>
        <source>Last changed on %1.</source>
        <translation>Zuletzt geändert am %1.</translation>
    </message>
    <message>
        <source>Keep this plan somewhere only you can reach, and look at it again when things change.</source>
        <translation>Bewahre diesen Plan an einem Ort auf, an den nur du kommst, und schau ihn dir wieder an, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>knows the plan</source>
        <translation>kennt den Plan</translation>
    </message>
    <message>
        <source>TTY %1</source>
        <translation>TTY %1</translation>
    </message>
    <message>
        <source>In an emergency, call</source>
        <translation>Im Notfall anrufen</translation>
    </message>
    <message>
        <source>Emergency services: %1</source>
        <translation>Notruf: %1</translation>
    </message>
    <message>
        <source>Helpline</source>
        <translation>Hilfetelefon</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Wer die Person ist</translation>
    </message>
    <message>
        <source>The plan</source>
        <translation>Der Plan</translation>
    </message>
    <message>
        <source>When you send or say this word, the people you trust know you need help.</source>
        <translation>Wenn du dieses Wort schickst oder sagst, wissen deine Vertrauenspersonen, dass du Hilfe brauchst.</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Wie du hinkommst</translation>
    </message>
    <message>
        <source>In an emergency, call %1 (emergency services: %2).</source>
        <translation>Im Notfall ruf %1 an (Notruf: %2).</translation>
    </message>
    <message>
        <source>How to get there: %1</source>
        <translation>Wie du hinkommst: %1</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>Important numbers</source>
        <translation>Wichtige Nummern</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Code word</source>
        <translation>Codewort</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Sichere Orte</translation>
    </message>
    <message>
        <source>If the person shows up</source>
        <translation>Wenn die Person auftaucht</translation>
    </message>
    <message>
        <source>Leaving safely</source>
        <translation>Sicher gehen</translation>
    </message>
    <message>
        <source>Documents and essentials</source>
        <translation>Dokumente und das Nötigste</translation>
    </message>
    <message>
        <source>For hard moments</source>
        <translation>Für schwere Momente</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Add the emergency number where you live.</source>
        <translation>Trag die Notrufnummer ein, die dort gilt, wo du lebst.</translation>
    </message>
    <message>
        <source>Add a helpline you could call or text, at any hour.</source>
        <translation>Trag ein Hilfetelefon ein, das du zu jeder Stunde anrufen oder anschreiben kannst.</translation>
    </message>
    <message>
        <source>Add one or two people you could call. Their numbers will be here when you need them.</source>
        <translation>Trag ein oder zwei Menschen ein, die du anrufen könntest. Ihre Nummern sind hier, wenn du sie brauchst.</translation>
    </message>
    <message>
        <source>Choose a word with the people you trust. If you send it, they know you need help.</source>
        <translation>Vereinbare ein Wort mit deinen Vertrauenspersonen. Wenn du es schickst, wissen sie, dass du Hilfe brauchst.</translation>
    </message>
    <message>
        <source>Where could you go for a while? A friend&apos;s home, family, or a public place that stays open late.</source>
        <translation>Wohin könntest du eine Weile gehen? Zu Freunden, zur Familie oder an einen öffentlichen Ort, der lange geöffnet hat.</translation>
    </message>
    <message>
        <source>What would you do if the person showed up or things got heated? A few short steps are enough.</source>
        <translation>Was würdest du tun, wenn die Person auftaucht oder es hitzig wird? Ein paar kurze Schritte reichen.</translation>
    </message>
    <message>
        <source>If leaving is your plan, write the steps down here, one at a time.</source>
        <translation>Wenn du vorhast zu gehen, schreib die Schritte hier auf, einen nach dem anderen.</translation>
    </message>
    <message>
        <source>List what you would want to have with you: documents, money, medication, keys.</source>
        <translation>Schreib auf, was du bei dir haben möchtest: Dokumente, Geld, Medikamente, Schlüssel.</translation>
    </message>
    <message>
        <source>What helps you steady yourself? A way of breathing, a walk, a song.</source>
        <translation>Was hilft dir, wieder Halt zu finden? Eine Atemübung, ein Spaziergang, ein Lied.</translation>
    </message>
    <message>
        <source>Anything else you want to keep with your plan.</source>
        <translation>Alles andere, was du bei deinem Plan haben möchtest.</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>112 works in every country of the European Union.</source>
        <translation>Die 112 gilt in jedem Land der Europäischen Union.</translation>
    </message>
    <message>
        <source>112 works too.</source>
        <translation>Die 112 geht auch.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Safe place</source>
        <translation>Sicherer Ort</translation>
    </message>
</context>
<context>
    <name>bearings::SafetyPlanRepository</name>
    <message>
        <source>National Domestic Violence Hotline (US)</source>
        <translation>National Domestic Violence Hotline (US)</translation>
    </message>
    <message>
        <source>Free and confidential. Someone is there to listen 24 hours a day, 7 days a week.</source>
        <translation>Kostenlos und vertraulich. Rund um die Uhr, an 7 Tagen die Woche, hört dir jemand zu.</translation>
    </message>
    <message>
        <source>ID or passport</source>
        <translation>Ausweis oder Reisepass</translation>
    </message>
    <message>
        <source>Birth certificates</source>
        <translation>Geburtsurkunden</translation>
    </message>
    <message>
        <source>Bank cards and some cash</source>
        <translation>Bankkarten und etwas Bargeld</translation>
    </message>
    <message>
        <source>Medication and prescriptions</source>
        <translation>Medikamente und Rezepte</translation>
    </message>
    <message>
        <source>Keys (home, car, work)</source>
        <translation>Schlüssel (Wohnung, Auto, Arbeit)</translation>
    </message>
    <message>
        <source>Phone and charger</source>
        <translation>Handy und Ladegerät</translation>
    </message>
    <message>
        <source>5-4-3-2-1: notice five things you can see, four you can touch, three you can hear, two you can smell and one you can taste.</source>
        <translation>5-4-3-2-1: Nimm fünf Dinge wahr, die du sehen kannst, vier, die du berühren kannst, drei, die du hören kannst, zwei, die du riechen kannst, und eines, das du schmecken kannst.</translation>
    </message>
    <message>
        <source>Box breathing: breathe in for a count of 4, hold for 4, breathe out for 4. Repeat a few times.</source>
        <translation>Box-Atmung: Atme ein und zähl bis 4, halte 4, atme aus und zähl bis 4. Wiederhole das ein paar Mal.</translation>
    </message>
    <message>
        <source>Take a short walk, even just around the block or from room to room.</source>
        <translation>Geh ein kurzes Stück, auch nur um den Block oder von Raum zu Raum.</translation>
    </message>
    <message>
        <source>Write for a few minutes: &quot;Today I felt... I needed... I will try...&quot;</source>
        <translation>Schreib ein paar Minuten lang: „Heute habe ich mich … gefühlt. Ich brauchte … Ich werde versuchen …“</translation>
    </message>
    <message>
        <source>The safety plan could not be read. It may be damaged.</source>
        <translation>Der Sicherheitsplan konnte nicht gelesen werden. Vielleicht ist er beschädigt.</translation>
    </message>
    <message>
        <source>This safety plan was written by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation>Dieser Sicherheitsplan wurde mit einer neueren Version von Bearings geschrieben. Bitte aktualisiere Bearings, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The safety plan names a region Bearings does not know.</source>
        <translation>Der Sicherheitsplan nennt eine Region, die Bearings nicht kennt.</translation>
    </message>
    <message>
        <source>The safety plan has a date Bearings cannot read.</source>
        <translation>Der Sicherheitsplan enthält ein Datum, das Bearings nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>bearings::TagCatalog</name>
    <message>
        <source>Kept a promise</source>
        <translation>Versprechen gehalten</translation>
    </message>
    <message>
        <source>They did what they said they would do.</source>
        <translation>Die Person hat getan, was sie angekündigt hatte.</translation>
    </message>
    <message>
        <source>Repair attempt</source>
        <translation>Reparaturversuch</translation>
    </message>
    <message>
        <source>They tried to calm things down or make up after a hard moment.</source>
        <translation>Die Person hat nach einem schweren Moment versucht, die Lage zu beruhigen oder sich zu versöhnen.</translation>
    </message>
    <message>
        <source>A moment of care</source>
        <translation>Ein Moment der Fürsorge</translation>
    </message>
    <message>
        <source>They showed warmth, interest or kindness.</source>
        <translation>Die Person hat Wärme, Interesse oder Freundlichkeit gezeigt.</translation>
    </message>
    <message>
        <source>Apology with change</source>
        <translation>Entschuldigung mit Veränderung</translation>
    </message>
    <message>
        <source>They apologised and then acted differently, not only said sorry.</source>
        <translation>Die Person hat sich entschuldigt und sich danach anders verhalten, statt nur Entschuldigung zu sagen.</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Kritik</translation>
    </message>
    <message>
        <source>Attacking who you are rather than talking about one thing that happened.</source>
        <translation>Angriffe darauf, wer du bist, statt über eine bestimmte Sache zu sprechen, die passiert ist.</translation>
    </message>
    <message>
        <source>Contempt</source>
        <translation>Verachtung</translation>
    </message>
    <message>
        <source>Mocking, eye-rolling, sneering or treating you as beneath them.</source>
        <translation>Spott, Augenrollen, Hohn oder dich behandeln, als stündest du unter der Person.</translation>
    </message>
    <message>
        <source>Defensiveness</source>
        <translation>Rechtfertigung</translation>
    </message>
    <message>
        <source>Turning every concern back on you instead of hearing it.</source>
        <translation>Jedes Anliegen auf dich zurückwerfen, statt es anzuhören.</translation>
    </message>
    <message>
        <source>Stonewalling</source>
        <translation>Mauern</translation>
    </message>
    <message>
        <source>Shutting down, going silent or walking away to avoid the conversation.</source>
        <translation>Dichtmachen, verstummen oder weggehen, um dem Gespräch auszuweichen.</translation>
    </message>
    <message>
        <source>Intimidation</source>
        <translation>Einschüchterung</translation>
    </message>
    <message>
        <source>Looks, actions, gestures or a raised voice meant to make you afraid.</source>
        <translation>Blicke, Handlungen, Gesten oder eine laute Stimme, die dir Angst machen sollen.</translation>
    </message>
    <message>
        <source>Put-downs</source>
        <translation>Herabsetzung</translation>
    </message>
    <message>
        <source>Insults, humiliation, mind games or making you feel guilty or worthless.</source>
        <translation>Beleidigungen, Demütigung, Psychospielchen oder dir Schuldgefühle oder das Gefühl der Wertlosigkeit machen.</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolation</translation>
    </message>
    <message>
        <source>Limiting who you see or talk to, or where you go.</source>
        <translation>Einschränken, wen du siehst oder sprichst oder wohin du gehst.</translation>
    </message>
    <message>
        <source>Minimising or blaming</source>
        <translation>Verharmlosen oder Schuld zuschieben</translation>
    </message>
    <message>
        <source>Saying it didn&apos;t happen, wasn&apos;t serious, or was your fault.</source>
        <translation>Sagen, es sei nicht passiert, nicht schlimm gewesen oder deine Schuld.</translation>
    </message>
    <message>
        <source>Using the children</source>
        <translation>Die Kinder benutzen</translation>
    </message>
    <message>
        <source>Using the children to pass messages, to make you feel guilty, or as leverage.</source>
        <translation>Die Kinder benutzen, um Botschaften zu überbringen, dir Schuldgefühle zu machen oder Druck auszuüben.</translation>
    </message>
    <message>
        <source>Money control</source>
        <translation>Kontrolle über Geld</translation>
    </message>
    <message>
        <source>Controlling money, keeping you from work, or taking what is yours.</source>
        <translation>Das Geld kontrollieren, dich vom Arbeiten abhalten oder dir wegnehmen, was dir gehört.</translation>
    </message>
    <message>
        <source>Entitlement</source>
        <translation>Anspruchsdenken</translation>
    </message>
    <message>
        <source>Acting as if they make all the decisions or their needs always come first.</source>
        <translation>So tun, als würde die Person alles entscheiden oder als kämen ihre Bedürfnisse immer zuerst.</translation>
    </message>
    <message>
        <source>Threats or pressure</source>
        <translation>Drohungen oder Druck</translation>
    </message>
    <message>
        <source>Threats, or pressure to do something you did not want to do.</source>
        <translation>Drohungen oder Druck, etwas zu tun, das du nicht wolltest.</translation>
    </message>
    <message>
        <source>Denying your reality</source>
        <translation>Deine Wahrnehmung absprechen</translation>
    </message>
    <message>
        <source>Insisting that what you saw, heard or remember is wrong.</source>
        <translation>Darauf beharren, dass falsch ist, was du gesehen, gehört oder in Erinnerung hast.</translation>
    </message>
    <message>
        <source>Shouting</source>
        <translation>Anschreien</translation>
    </message>
    <message>
        <source>Yelling or screaming at you.</source>
        <translation>Dich anbrüllen oder anschreien.</translation>
    </message>
    <message>
        <source>Name-calling</source>
        <translation>Beschimpfungen</translation>
    </message>
    <message>
        <source>Calling you names or labels meant to hurt.</source>
        <translation>Dir Schimpfwörter oder Etiketten geben, die verletzen sollen.</translation>
    </message>
    <message>
        <source>Broken promise</source>
        <translation>Gebrochenes Versprechen</translation>
    </message>
    <message>
        <source>They did not do what they said they would do.</source>
        <translation>Die Person hat nicht getan, was sie angekündigt hatte.</translation>
    </message>
    <message>
        <source>Positive moments</source>
        <translation>Positive Momente</translation>
    </message>
    <message>
        <source>Criticism, contempt, defensiveness, stonewalling</source>
        <translation>Kritik, Verachtung, Rechtfertigung, Mauern</translation>
    </message>
    <message>
        <source>Controlling behaviour</source>
        <translation>Kontrollierendes Verhalten</translation>
    </message>
    <message>
        <source>Other hurtful moments</source>
        <translation>Andere verletzende Momente</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Deine Markierungen</translation>
    </message>
</context>
<context>
    <name>bearings::TemplateLibrary</name>
    <message>
        <source>The message templates are missing from this copy of Bearings.</source>
        <translation>Die Nachrichtenvorlagen fehlen in dieser Kopie von Bearings.</translation>
    </message>
    <message>
        <source>The message templates are not valid JSON: %1 at character %2.</source>
        <translation>Die Nachrichtenvorlagen sind kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>The message templates must be a JSON object.</source>
        <translation>Die Nachrichtenvorlagen müssen ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The message templates have an unknown field &quot;%1&quot;.</source>
        <translation>Die Nachrichtenvorlagen haben ein unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The message templates need a whole number &quot;format&quot;.</source>
        <translation>Die Nachrichtenvorlagen brauchen eine ganze Zahl als „format“.</translation>
    </message>
    <message>
        <source>The message templates have &quot;format&quot; %1; this version of Bearings reads format %2.</source>
        <translation>Die Nachrichtenvorlagen haben „format“ %1; diese Version von Bearings liest Format %2.</translation>
    </message>
    <message>
        <source>The message templates need a &quot;version&quot; that is a whole number above 0.</source>
        <translation>Die Nachrichtenvorlagen brauchen eine „version“, die eine ganze Zahl über 0 ist.</translation>
    </message>
    <message>
        <source>The message templates need a list of &quot;templates&quot;.</source>
        <translation>Die Nachrichtenvorlagen brauchen eine Liste „templates“.</translation>
    </message>
    <message>
        <source>The message templates list more than %1 templates.</source>
        <translation>Die Nachrichtenvorlagen enthalten mehr als %1 Vorlagen.</translation>
    </message>
    <message>
        <source>Template %1 must be a JSON object.</source>
        <translation>Vorlage %1 muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Template %1 has an unknown field &quot;%2&quot;.</source>
        <translation>Vorlage %1 hat ein unbekanntes Feld „%2“.</translation>
    </message>
    <message>
        <source>Template %1 needs an &quot;id&quot; of lowercase letters, digits and dashes.</source>
        <translation>Vorlage %1 braucht eine „id“ aus Kleinbuchstaben, Ziffern und Bindestrichen.</translation>
    </message>
    <message>
        <source>The template id &quot;%1&quot; is used more than once.</source>
        <translation>Die Vorlagen-ID „%1“ wird mehr als einmal verwendet.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has an unknown kind &quot;%2&quot;.</source>
        <translation>Die Vorlage „%1“ hat eine unbekannte Art „%2“.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a &quot;title&quot;.</source>
        <translation>Die Vorlage „%1“ braucht einen „title“.</translation>
    </message>
    <message>
        <source>The title of the template &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Der Titel der Vorlage „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a &quot;summary&quot;.</source>
        <translation>Die Vorlage „%1“ braucht eine „summary“.</translation>
    </message>
    <message>
        <source>The summary of the template &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Die Zusammenfassung der Vorlage „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; needs a &quot;body&quot;.</source>
        <translation>Die Vorlage „%1“ braucht einen „body“.</translation>
    </message>
    <message>
        <source>The body of the template &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Der Text der Vorlage „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The message templates have none of the kind &quot;%1&quot;.</source>
        <translation>Die Nachrichtenvorlagen enthalten keine der Art „%1“.</translation>
    </message>
    <message>
        <source>I-statement</source>
        <translation>Ich-Botschaft</translation>
    </message>
    <message>
        <source>Stepping back</source>
        <translation>Auf Abstand gehen</translation>
    </message>
    <message>
        <source>At work</source>
        <translation>Bei der Arbeit</translation>
    </message>
    <message>
        <source>Ending contact</source>
        <extracomment>ending-contact-final (title)</extracomment>
        <translation>Kontakt beenden</translation>
    </message>
    <message>
        <source>Holding a boundary</source>
        <translation>Eine Grenze halten</translation>
    </message>
    <message>
        <source>Soft start</source>
        <translation>Sanfter Einstieg</translation>
    </message>
    <message>
        <source>Reflective listening</source>
        <translation>Aktives Zuhören</translation>
    </message>
    <message>
        <source>Apology with repair</source>
        <translation>Entschuldigung mit Wiedergutmachung</translation>
    </message>
    <message>
        <source>Changing the subject</source>
        <extracomment>deflection-subject (title)</extracomment>
        <translation>Das Thema wechseln</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Name what happened, how it felt, what you need, and what you will do if it happens again.</source>
        <translation>Benenne, was passiert ist, wie es sich angefühlt hat, was du brauchst und was du tust, wenn es wieder passiert.</translation>
    </message>
    <message>
        <source>Step back from someone without a long explanation.</source>
        <translation>Geh auf Abstand zu jemandem, ohne lange Erklärung.</translation>
    </message>
    <message>
        <source>Keep it professional, and ask for things in writing.</source>
        <translation>Bleib sachlich und bitte um Dinge schriftlich.</translation>
    </message>
    <message>
        <source>State the decision once, briefly, with no door left open.</source>
        <translation>Sag die Entscheidung einmal, kurz, ohne eine Tür offen zu lassen.</translation>
    </message>
    <message>
        <source>Say it again, briefly, when someone pushes back, without reopening old arguments.</source>
        <translation>Sag es noch einmal, kurz, wenn jemand dagegenhält, ohne alte Streitpunkte wieder aufzumachen.</translation>
    </message>
    <message>
        <source>Open a hard conversation gently, with one clear request.</source>
        <translation>Beginne ein schwieriges Gespräch behutsam, mit einer klaren Bitte.</translation>
    </message>
    <message>
        <source>Say back what you heard before you answer.</source>
        <translation>Gib wieder, was du gehört hast, bevor du antwortest.</translation>
    </message>
    <message>
        <source>Own your part and name what you will do differently.</source>
        <translation>Steh zu deinem Anteil und benenne, was du anders machen wirst.</translation>
    </message>
    <message>
        <source>Turn away from a topic you do not discuss, kindly and briefly.</source>
        <translation>Lenk freundlich und kurz von einem Thema ab, über das du nicht sprichst.</translation>
    </message>
    <message>
        <source>Your own words, for anything else.</source>
        <translation>Deine eigenen Worte, für alles andere.</translation>
    </message>
    <message>
        <source>When you…, I feel…</source>
        <extracomment>i-statement-classic (title)</extracomment>
        <translation>Wenn du…, fühle ich mich…</translation>
    </message>
    <message>
        <source>The four parts in order: what happened, how it lands, what you need, what you will do.</source>
        <extracomment>i-statement-classic (summary)</extracomment>
        <translation>Die vier Teile der Reihe nach: was passiert ist, wie es bei dir ankommt, was du brauchst, was du tun wirst.</translation>
    </message>
    <message>
        <source>When you [behaviour], I feel [feeling]. I need [what you need]. If it happens again, I will [what you will do].</source>
        <extracomment>i-statement-classic (body)</extracomment>
        <translation>Wenn du [Verhalten], fühle ich mich [Gefühl]. Ich brauche [was du brauchst]. Wenn es wieder passiert, werde ich [was du tun wirst].</translation>
    </message>
    <message>
        <source>About one moment</source>
        <extracomment>i-statement-moment (title)</extracomment>
        <translation>Über einen Moment</translation>
    </message>
    <message>
        <source>For one specific moment, named plainly and without going over the past.</source>
        <extracomment>i-statement-moment (summary)</extracomment>
        <translation>Für einen bestimmten Moment, klar benannt und ohne die Vergangenheit aufzurollen.</translation>
    </message>
    <message>
        <source>On [day], when you [what happened], I felt [feeling]. From now on, I need [what you need]. If it happens again, I will [what you will do].</source>
        <extracomment>i-statement-moment (body)</extracomment>
        <translation>Am [Tag], als du [was passiert ist], habe ich mich [Gefühl] gefühlt. Ab jetzt brauche ich [was du brauchst]. Wenn es wieder passiert, werde ich [was du tun wirst].</translation>
    </message>
    <message>
        <source>Naming a pattern</source>
        <extracomment>i-statement-pattern (title)</extracomment>
        <translation>Ein Muster benennen</translation>
    </message>
    <message>
        <source>When the same thing keeps happening and you want to name it once, calmly.</source>
        <extracomment>i-statement-pattern (summary)</extracomment>
        <translation>Wenn immer wieder dasselbe passiert und du es einmal ruhig benennen willst.</translation>
    </message>
    <message>
        <source>I have noticed that [behaviour] has happened [how often] lately. I feel [feeling] when it does. I need [what you need]. If it continues, I will [what you will do].</source>
        <extracomment>i-statement-pattern (body)</extracomment>
        <translation>Mir ist aufgefallen, dass [Verhalten] in letzter Zeit [wie oft] passiert ist. Ich fühle mich [Gefühl], wenn es passiert. Ich brauche [was du brauchst]. Wenn es so weitergeht, werde ich [was du tun wirst].</translation>
    </message>
    <message>
        <source>Taking some time</source>
        <extracomment>low-contact-time (title)</extracomment>
        <translation>Etwas Zeit für mich</translation>
    </message>
    <message>
        <source>Stepping back for a while from a friend or acquaintance, kindly and briefly.</source>
        <extracomment>low-contact-time (summary)</extracomment>
        <translation>Für eine Weile Abstand zu Freunden oder Bekannten, freundlich und kurz.</translation>
    </message>
    <message>
        <source>Hi [Name], I am taking some time for myself and will be in touch less for a while. I wish you well, and I will reach out when I am ready.</source>
        <extracomment>low-contact-time (body)</extracomment>
        <translation>Hallo [Name], ich nehme mir gerade etwas Zeit für mich und werde mich eine Weile seltener melden. Ich wünsche dir alles Gute und melde mich, wenn ich so weit bin.</translation>
    </message>
    <message>
        <source>Seeing each other less</source>
        <extracomment>low-contact-visits (title)</extracomment>
        <translation>Uns seltener sehen</translation>
    </message>
    <message>
        <source>Shorter, rarer visits, with the terms set by you.</source>
        <extracomment>low-contact-visits (summary)</extracomment>
        <translation>Kürzere, seltenere Besuche, zu Bedingungen, die du festlegst.</translation>
    </message>
    <message>
        <source>Hi [Name], I have decided to see you less often from now on. I am happy to meet [how often] at [a public place], for about [how long].</source>
        <extracomment>low-contact-visits (body)</extracomment>
        <translation>Hallo [Name], ich habe beschlossen, dich ab jetzt seltener zu sehen. Ich treffe mich gern [wie oft] an [einem öffentlichen Ort], für etwa [wie lange].</translation>
    </message>
    <message>
        <source>Text only for now</source>
        <extracomment>low-contact-text-only (title)</extracomment>
        <translation>Vorerst nur schreiben</translation>
    </message>
    <message>
        <source>Moving contact to messages, so you can answer in your own time.</source>
        <extracomment>low-contact-text-only (summary)</extracomment>
        <translation>Den Kontakt auf Nachrichten verlegen, damit du antworten kannst, wann es dir passt.</translation>
    </message>
    <message>
        <source>Hi [Name], for now I would like us to keep in touch by text only. I will not be taking calls. I will reply when I can.</source>
        <extracomment>low-contact-text-only (body)</extracomment>
        <translation>Hallo [Name], ich möchte, dass wir vorerst nur schriftlich in Kontakt bleiben. Ich werde keine Anrufe annehmen. Ich antworte, wenn ich kann.</translation>
    </message>
    <message>
        <source>Requests in writing</source>
        <extracomment>workplace-in-writing (title)</extracomment>
        <translation>Anliegen schriftlich</translation>
    </message>
    <message>
        <source>Asking a colleague to put requests in writing, so there is a record.</source>
        <extracomment>workplace-in-writing (summary)</extracomment>
        <translation>Eine Kollegin oder einen Kollegen bitten, Anliegen schriftlich zu schicken, damit es eine Aufzeichnung gibt.</translation>
    </message>
    <message>
        <source>Hi [Name], to keep things clear, please send requests about [topic] by email. I will reply within [time frame].</source>
        <extracomment>workplace-in-writing (body)</extracomment>
        <translation>Hallo [Name], damit alles klar bleibt, schicken Sie mir Anliegen zu [Thema] bitte per E-Mail. Ich antworte innerhalb von [Zeitraum].</translation>
    </message>
    <message>
        <source>Confirming a conversation</source>
        <extracomment>workplace-confirm (title)</extracomment>
        <translation>Ein Gespräch bestätigen</translation>
    </message>
    <message>
        <source>Putting what was said into writing after a meeting or a call.</source>
        <extracomment>workplace-confirm (summary)</extracomment>
        <translation>Nach einem Treffen oder Anruf schriftlich festhalten, was gesagt wurde.</translation>
    </message>
    <message>
        <source>Hi [Name], following our conversation on [date], my understanding is that [what was agreed]. Please reply to confirm, so that we both have the same record.</source>
        <extracomment>workplace-confirm (body)</extracomment>
        <translation>Hallo [Name], nach unserem Gespräch am [Datum] verstehe ich es so, dass [was vereinbart wurde]. Bitte bestätigen Sie das kurz, damit wir beide denselben Stand haben.</translation>
    </message>
    <message>
        <source>A comment that crossed a line</source>
        <extracomment>workplace-comment (title)</extracomment>
        <translation>Eine Bemerkung, die zu weit ging</translation>
    </message>
    <message>
        <source>Naming an unprofessional remark and the step you will take next time.</source>
        <extracomment>workplace-comment (summary)</extracomment>
        <translation>Eine unprofessionelle Bemerkung benennen und den Schritt, den du beim nächsten Mal gehst.</translation>
    </message>
    <message>
        <source>Hi [Name], the comment about [topic] in [meeting or place] was not appropriate at work. I expect our conversations to stay professional. If it happens again, I will raise it with [manager or HR].</source>
        <extracomment>workplace-comment (body)</extracomment>
        <translation>Hallo [Name], die Bemerkung über [Thema] in [Besprechung oder Ort] war bei der Arbeit nicht angemessen. Ich erwarte, dass unsere Gespräche sachlich bleiben. Wenn es wieder vorkommt, spreche ich es bei [Vorgesetzte Person oder Personalabteilung] an.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <extracomment>workplace-hours (title)</extracomment>
        <translation>Arbeitszeiten</translation>
    </message>
    <message>
        <source>Setting when you answer work messages.</source>
        <extracomment>workplace-hours (summary)</extracomment>
        <translation>Festlegen, wann du auf Arbeitsnachrichten antwortest.</translation>
    </message>
    <message>
        <source>Hi [Name], I answer work messages between [start time] and [end time]. Messages sent outside those hours will get a reply on the next working day.</source>
        <extracomment>workplace-hours (body)</extracomment>
        <translation>Hallo [Name], ich beantworte Arbeitsnachrichten zwischen [Beginn] und [Ende]. Nachrichten außerhalb dieser Zeiten beantworte ich am nächsten Arbeitstag.</translation>
    </message>
    <message>
        <source>The decision, stated once, with no long explanation.</source>
        <extracomment>ending-contact-final (summary)</extracomment>
        <translation>Die Entscheidung, einmal gesagt, ohne lange Erklärung.</translation>
    </message>
    <message>
        <source>[Name], I have decided to end contact between us. This decision is final, and I will not be discussing it. Please do not contact me from now on. I wish you well.</source>
        <extracomment>ending-contact-final (body)</extracomment>
        <translation>[Name], ich habe beschlossen, den Kontakt zwischen uns zu beenden. Diese Entscheidung ist endgültig, und ich werde nicht darüber diskutieren. Bitte melde dich ab jetzt nicht mehr bei mir. Ich wünsche dir alles Gute.</translation>
    </message>
    <message>
        <source>Ending contact, with one practical matter</source>
        <extracomment>ending-contact-logistics (title)</extracomment>
        <translation>Kontakt beenden, mit einer praktischen Sache</translation>
    </message>
    <message>
        <source>When one practical thing still has to be settled, through someone else.</source>
        <extracomment>ending-contact-logistics (summary)</extracomment>
        <translation>Wenn noch eine praktische Sache zu klären ist, über eine andere Person oder Stelle.</translation>
    </message>
    <message>
        <source>[Name], I am ending our contact. The only thing left to settle is [practical matter], which I will handle through [person or service]. After that, please do not contact me.</source>
        <extracomment>ending-contact-logistics (body)</extracomment>
        <translation>[Name], ich beende unseren Kontakt. Das Einzige, was noch zu klären ist, ist [praktische Sache], und das regle ich über [Person oder Stelle]. Danach melde dich bitte nicht mehr bei mir.</translation>
    </message>
    <message>
        <source>Short and final</source>
        <extracomment>ending-contact-short (title)</extracomment>
        <translation>Kurz und endgültig</translation>
    </message>
    <message>
        <source>The fewest words that still say it clearly.</source>
        <extracomment>ending-contact-short (summary)</extracomment>
        <translation>So wenige Worte wie möglich, die es trotzdem klar sagen.</translation>
    </message>
    <message>
        <source>I am ending our contact as of today. Please do not call, message or visit me. I will not reply.</source>
        <extracomment>ending-contact-short (body)</extracomment>
        <translation>Ich beende unseren Kontakt ab heute. Bitte ruf mich nicht an, schreib mir nicht und besuch mich nicht. Ich werde nicht antworten.</translation>
    </message>
    <message>
        <source>Saying it again</source>
        <extracomment>holding-restate (title)</extracomment>
        <translation>Es noch einmal sagen</translation>
    </message>
    <message>
        <source>Restating a boundary you have already set, without reopening it.</source>
        <extracomment>holding-restate (summary)</extracomment>
        <translation>Eine Grenze, die du schon gesetzt hast, noch einmal sagen, ohne sie neu zu verhandeln.</translation>
    </message>
    <message>
        <source>I have already told you that [boundary]. That has not changed. If it happens again, I will [what you will do].</source>
        <extracomment>holding-restate (body)</extracomment>
        <translation>Ich habe dir schon gesagt, dass [Grenze]. Daran hat sich nichts geändert. Wenn es wieder passiert, werde ich [was du tun wirst].</translation>
    </message>
    <message>
        <source>My answer stands</source>
        <extracomment>holding-answer-stands (title)</extracomment>
        <translation>Meine Antwort bleibt</translation>
    </message>
    <message>
        <source>When someone keeps pushing for a different answer.</source>
        <extracomment>holding-answer-stands (summary)</extracomment>
        <translation>Wenn jemand immer weiter auf eine andere Antwort drängt.</translation>
    </message>
    <message>
        <source>I hear that you disagree. My answer is still [your answer], and I will not be going over it again.</source>
        <extracomment>holding-answer-stands (body)</extracomment>
        <translation>Ich höre, dass du anderer Meinung bist. Meine Antwort ist weiterhin [deine Antwort], und ich werde nicht noch einmal darüber sprechen.</translation>
    </message>
    <message>
        <source>When the topic comes up again</source>
        <extracomment>holding-topic (title)</extracomment>
        <translation>Wenn das Thema wieder aufkommt</translation>
    </message>
    <message>
        <source>For a subject you have said you will not discuss.</source>
        <extracomment>holding-topic (summary)</extracomment>
        <translation>Für ein Thema, über das du gesagt hast, dass du nicht darüber sprichst.</translation>
    </message>
    <message>
        <source>I have said that I will not discuss [topic]. If it comes up, I will [end the call or leave], and we can talk another day.</source>
        <extracomment>holding-topic (body)</extracomment>
        <translation>Ich habe gesagt, dass ich nicht über [Thema] spreche. Wenn es aufkommt, werde ich [das Gespräch beenden oder gehen], und wir können an einem anderen Tag reden.</translation>
    </message>
    <message>
        <source>Raising something gently</source>
        <extracomment>soft-start-raise (title)</extracomment>
        <translation>Etwas behutsam ansprechen</translation>
    </message>
    <message>
        <source>Opening a hard conversation with how you feel and one clear request.</source>
        <extracomment>soft-start-raise (summary)</extracomment>
        <translation>Ein schwieriges Gespräch mit deinem Gefühl und einer klaren Bitte beginnen.</translation>
    </message>
    <message>
        <source>There is something I would like to talk about. When [situation], I feel [feeling]. Could we [request] this week?</source>
        <extracomment>soft-start-raise (body)</extracomment>
        <translation>Es gibt etwas, worüber ich gern mit dir reden möchte. Wenn [Situation], fühle ich mich [Gefühl]. Könnten wir diese Woche [Bitte]?</translation>
    </message>
    <message>
        <source>Asking for a time to talk</source>
        <extracomment>soft-start-time (title)</extracomment>
        <translation>Um eine Zeit zum Reden bitten</translation>
    </message>
    <message>
        <source>Agreeing on a calm moment before the conversation itself.</source>
        <extracomment>soft-start-time (summary)</extracomment>
        <translation>Sich vor dem eigentlichen Gespräch auf einen ruhigen Moment einigen.</translation>
    </message>
    <message>
        <source>I would like to talk with you about [topic]. It matters to me. When would be a good time in the next few days?</source>
        <extracomment>soft-start-time (body)</extracomment>
        <translation>Ich möchte gern mit dir über [Thema] reden. Es ist mir wichtig. Wann würde es dir in den nächsten Tagen passen?</translation>
    </message>
    <message>
        <source>Starting with what works</source>
        <extracomment>soft-start-appreciation (title)</extracomment>
        <translation>Mit dem beginnen, was gut läuft</translation>
    </message>
    <message>
        <source>Naming something good first, then what you would like to change.</source>
        <extracomment>soft-start-appreciation (summary)</extracomment>
        <translation>Zuerst etwas Gutes benennen, dann das, was du ändern möchtest.</translation>
    </message>
    <message>
        <source>I value [something that goes well between us]. I would like us to look at [topic] together. I feel [feeling] about it, and I need [what you need].</source>
        <extracomment>soft-start-appreciation (body)</extracomment>
        <translation>Ich schätze [etwas, das zwischen uns gut läuft]. Ich möchte, dass wir uns [Thema] gemeinsam ansehen. Ich fühle mich dabei [Gefühl], und ich brauche [was du brauchst].</translation>
    </message>
    <message>
        <source>Checking I understood</source>
        <extracomment>listening-check (title)</extracomment>
        <translation>Prüfen, ob ich es verstanden habe</translation>
    </message>
    <message>
        <source>Saying back what you heard, so the other person feels heard first.</source>
        <extracomment>listening-check (summary)</extracomment>
        <translation>Wiedergeben, was du gehört hast, damit sich die andere Person zuerst gehört fühlt.</translation>
    </message>
    <message>
        <source>What I am hearing is that you feel [feeling] when I [behaviour]. Is that right?</source>
        <extracomment>listening-check (body)</extracomment>
        <translation>Ich höre heraus, dass du dich [Gefühl] fühlst, wenn ich [Verhalten]. Stimmt das?</translation>
    </message>
    <message>
        <source>Summing up before answering</source>
        <extracomment>listening-summary (title)</extracomment>
        <translation>Zusammenfassen, bevor ich antworte</translation>
    </message>
    <message>
        <source>Showing you listened, and taking time before you reply.</source>
        <extracomment>listening-summary (summary)</extracomment>
        <translation>Zeigen, dass du zugehört hast, und dir Zeit nehmen, bevor du antwortest.</translation>
    </message>
    <message>
        <source>Let me check I have this right. You are [how they feel] about [topic], and you would like [what they want]. I want to think about it, and I will answer by [day].</source>
        <extracomment>listening-summary (body)</extracomment>
        <translation>Lass mich prüfen, ob ich das richtig verstehe. Du bist [wie es der Person geht] wegen [Thema], und du möchtest [was die Person möchte]. Ich möchte darüber nachdenken und antworte dir bis [Tag].</translation>
    </message>
    <message>
        <source>Acknowledging without agreeing</source>
        <extracomment>listening-acknowledge (title)</extracomment>
        <translation>Anerkennen, ohne zuzustimmen</translation>
    </message>
    <message>
        <source>Recognising how much something matters to them while keeping your own view.</source>
        <extracomment>listening-acknowledge (summary)</extracomment>
        <translation>Anerkennen, wie wichtig der Person etwas ist, und dabei bei deiner eigenen Sicht bleiben.</translation>
    </message>
    <message>
        <source>I can hear that [topic] matters a lot to you. I see it differently, and that is okay. I will think about what you said.</source>
        <extracomment>listening-acknowledge (body)</extracomment>
        <translation>Ich höre, dass dir [Thema] sehr wichtig ist. Ich sehe es anders, und das ist in Ordnung. Ich werde über das nachdenken, was du gesagt hast.</translation>
    </message>
    <message>
        <source>My part, and what I will change</source>
        <extracomment>apology-change (title)</extracomment>
        <translation>Mein Anteil, und was ich ändere</translation>
    </message>
    <message>
        <source>An apology that names what you did and one concrete change.</source>
        <extracomment>apology-change (summary)</extracomment>
        <translation>Eine Entschuldigung, die benennt, was du getan hast, und eine konkrete Veränderung.</translation>
    </message>
    <message>
        <source>I am sorry that I [what you did]. It was not fair to you. From now on, I will [concrete change].</source>
        <extracomment>apology-change (body)</extracomment>
        <translation>Es tut mir leid, dass ich [was du getan hast]. Das war dir gegenüber nicht fair. Ab jetzt werde ich [konkrete Veränderung].</translation>
    </message>
    <message>
        <source>A promise I did not keep</source>
        <extracomment>apology-promise (title)</extracomment>
        <translation>Ein Versprechen, das ich nicht gehalten habe</translation>
    </message>
    <message>
        <source>Owning a broken promise and setting a date to put it right.</source>
        <extracomment>apology-promise (summary)</extracomment>
        <translation>Zu einem gebrochenen Versprechen stehen und einen Termin setzen, um es wiedergutzumachen.</translation>
    </message>
    <message>
        <source>I said I would [promise], and I did not. I apologise. To put it right, I will [repair action] by [date].</source>
        <extracomment>apology-promise (body)</extracomment>
        <translation>Ich habe gesagt, ich würde [Versprechen], und habe es nicht getan. Es tut mir leid. Um es wiedergutzumachen, werde ich bis [Datum] [Wiedergutmachung].</translation>
    </message>
    <message>
        <source>No excuses</source>
        <extracomment>apology-no-excuses (title)</extracomment>
        <translation>Ohne Ausreden</translation>
    </message>
    <message>
        <source>An apology that does not explain itself away.</source>
        <extracomment>apology-no-excuses (summary)</extracomment>
        <translation>Eine Entschuldigung, die sich nicht wegerklärt.</translation>
    </message>
    <message>
        <source>I am sorry for [what you did]. There is no excuse for it. Next time, I will [what you will do instead].</source>
        <extracomment>apology-no-excuses (body)</extracomment>
        <translation>Es tut mir leid, dass ich [was du getan hast]. Dafür gibt es keine Entschuldigung. Beim nächsten Mal werde ich [was du stattdessen tun wirst].</translation>
    </message>
    <message>
        <source>Turning away from a topic and toward something easier.</source>
        <extracomment>deflection-subject (summary)</extracomment>
        <translation>Sich von einem Thema abwenden und etwas Leichterem zu.</translation>
    </message>
    <message>
        <source>I would rather not talk about [topic]. How is [something else] going?</source>
        <extracomment>deflection-subject (body)</extracomment>
        <translation>Ich möchte lieber nicht über [Thema] reden. Wie läuft es mit [etwas anderem]?</translation>
    </message>
    <message>
        <source>Not up for discussion</source>
        <extracomment>deflection-not-discussed (title)</extracomment>
        <translation>Steht nicht zur Diskussion</translation>
    </message>
    <message>
        <source>A short, friendly closing of a topic you do not discuss.</source>
        <extracomment>deflection-not-discussed (summary)</extracomment>
        <translation>Ein kurzes, freundliches Ende für ein Thema, über das du nicht sprichst.</translation>
    </message>
    <message>
        <source>That is not something I discuss. Let us talk about something else.</source>
        <extracomment>deflection-not-discussed (body)</extracomment>
        <translation>Darüber spreche ich nicht. Lass uns über etwas anderes reden.</translation>
    </message>
    <message>
        <source>I have it in hand</source>
        <extracomment>deflection-in-hand (title)</extracomment>
        <translation>Ich habe das im Griff</translation>
    </message>
    <message>
        <source>For unasked advice about your life or your choices.</source>
        <extracomment>deflection-in-hand (summary)</extracomment>
        <translation>Für ungefragte Ratschläge zu deinem Leben oder deinen Entscheidungen.</translation>
    </message>
    <message>
        <source>Thank you. I have [it] in hand.</source>
        <extracomment>deflection-in-hand (body)</extracomment>
        <translation>Danke. Ich habe [es] im Griff.</translation>
    </message>
    <message>
        <source>Asking for time to think</source>
        <extracomment>custom-time-to-think (title)</extracomment>
        <translation>Um Bedenkzeit bitten</translation>
    </message>
    <message>
        <source>When you are asked for an answer on the spot.</source>
        <extracomment>custom-time-to-think (summary)</extracomment>
        <translation>Wenn du sofort eine Antwort geben sollst.</translation>
    </message>
    <message>
        <source>I need some time to think about this. I will get back to you by [day].</source>
        <extracomment>custom-time-to-think (body)</extracomment>
        <translation>Ich brauche etwas Zeit, um darüber nachzudenken. Ich melde mich bis [Tag] bei dir.</translation>
    </message>
    <message>
        <source>Saying no</source>
        <extracomment>custom-no (title)</extracomment>
        <translation>Nein sagen</translation>
    </message>
    <message>
        <source>A clear no, with thanks and without reasons.</source>
        <extracomment>custom-no (summary)</extracomment>
        <translation>Ein klares Nein, mit Dank und ohne Begründung.</translation>
    </message>
    <message>
        <source>Thank you for asking. My answer is no.</source>
        <extracomment>custom-no (body)</extracomment>
        <translation>Danke für die Frage. Meine Antwort ist nein.</translation>
    </message>
    <message>
        <source>Confirming a plan in writing</source>
        <extracomment>custom-confirm-plan (title)</extracomment>
        <translation>Einen Plan schriftlich bestätigen</translation>
    </message>
    <message>
        <source>Putting an arrangement in writing, so it is clear for both of you.</source>
        <extracomment>custom-confirm-plan (summary)</extracomment>
        <translation>Eine Absprache schriftlich festhalten, damit sie für euch beide klar ist.</translation>
    </message>
    <message>
        <source>To confirm: [what was agreed], on [date] at [time]. Please let me know by [day] if anything changes.</source>
        <extracomment>custom-confirm-plan (body)</extracomment>
        <translation>Zur Bestätigung: [was vereinbart wurde], am [Datum] um [Uhrzeit]. Bitte sag mir bis [Tag] Bescheid, falls sich etwas ändert.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; has a control character in its title, summary or body.</source>
        <translation>Die Vorlage „%1“ hat ein Steuerzeichen im Titel, in der Zusammenfassung oder im Text.</translation>
    </message>
</context>
<context>
    <name>bearings::TrialEvaluation</name>
    <message>
        <source>Positive to hurtful moments</source>
        <translation>Positive zu verletzenden Momenten</translation>
    </message>
    <message>
        <source>Boundary crossings a week</source>
        <translation>Grenzüberschreitungen pro Woche</translation>
    </message>
    <message>
        <source>Mood after contact</source>
        <translation>Stimmung nach dem Kontakt</translation>
    </message>
    <message>
        <source>Your own rating</source>
        <translation>Deine eigene Bewertung</translation>
    </message>
    <message>
        <source>That meets the goal you set: at least %1.</source>
        <translation>Das erreicht das Ziel, das du dir gesetzt hast: mindestens %1.</translation>
    </message>
    <message>
        <source>The goal you set was at least %1.</source>
        <translation>Dein Ziel war mindestens %1.</translation>
    </message>
    <message>
        <source>That meets the goal you set: at most %1.</source>
        <translation>Das erreicht das Ziel, das du dir gesetzt hast: höchstens %1.</translation>
    </message>
    <message>
        <source>The goal you set was at most %1.</source>
        <translation>Dein Ziel war höchstens %1.</translation>
    </message>
    <message>
        <source>Nothing has been recorded for this yet.</source>
        <translation>Hierzu wurde noch nichts notiert.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been recorded for this in the last %n week(s).</source>
        <translation>
            <numerusform>In der letzten Woche wurde hierzu nichts notiert.</numerusform>
            <numerusform>In den letzten %n Wochen wurde hierzu nichts notiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments for every hurtful one.</source>
        <translation>
            <numerusform>In der letzten Woche gab es %1 positive Momente je verletzendem.</numerusform>
            <numerusform>In den letzten %n Wochen gab es %1 positive Momente je verletzendem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) there were %1 positive moments and no hurtful ones recorded.</source>
        <translation>
            <numerusform>In der letzten Woche wurden %1 positive Momente und keine verletzenden notiert.</numerusform>
            <numerusform>In den letzten %n Wochen wurden %1 positive Momente und keine verletzenden notiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) a boundary was crossed %1 times a week on average.</source>
        <translation>
            <numerusform>In der letzten Woche wurde eine Grenze durchschnittlich %1 Mal pro Woche überschritten.</numerusform>
            <numerusform>In den letzten %n Wochen wurde eine Grenze durchschnittlich %1 Mal pro Woche überschritten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the last %n week(s) you felt %1 after contact on average, on a scale from -5 to +5.</source>
        <translation>
            <numerusform>In der letzten Woche lag deine Stimmung nach Kontakten im Durchschnitt bei %1, auf einer Skala von -5 bis +5.</numerusform>
            <numerusform>In den letzten %n Wochen lag deine Stimmung nach Kontakten im Durchschnitt bei %1, auf einer Skala von -5 bis +5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In your last %n check-in(s) you rated “%1” %2 out of 10 on average.</source>
        <translation>
            <numerusform>In deinem letzten Check-in hast du „%1“ mit %2 von 10 bewertet.</numerusform>
            <numerusform>In deinen letzten %n Check-ins hast du „%1“ im Durchschnitt mit %2 von 10 bewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not rated “%1” in a check-in yet.</source>
        <translation>Du hast „%1“ noch in keinem Check-in bewertet.</translation>
    </message>
    <message>
        <source>Your most recent assessment pointed to safety first. These numbers cannot show whether you are safe, so they are not used to judge how this plan is going.</source>
        <translation>Deine letzte Einschätzung hat auf „Sicherheit geht vor“ gezeigt. Diese Zahlen können nicht zeigen, ob du sicher bist, deshalb werden sie nicht genutzt, um zu beurteilen, wie dieser Plan läuft.</translation>
    </message>
    <message>
        <source>This plan has no benchmarks yet, so there is nothing to compare against.</source>
        <translation>Dieser Plan hat noch keine Richtwerte, daher gibt es nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>It is too early to tell. A fair picture needs at least two weeks of the plan and some entries or check-ins.</source>
        <translation>Es ist noch zu früh, um etwas zu sagen. Ein faires Bild braucht mindestens zwei Wochen des Plans und einige Einträge oder Check-ins.</translation>
    </message>
    <message>
        <source>All the benchmarks you set are met at the moment.</source>
        <translation>Alle Richtwerte, die du dir gesetzt hast, sind im Moment erreicht.</translation>
    </message>
    <message>
        <source>None of the benchmarks are met at the moment, and how you feel after contact is not clearly getting better. What you make of that is yours to decide.</source>
        <translation>Keiner der Richtwerte ist im Moment erreicht, und wie du dich nach Kontakten fühlst, wird nicht deutlich besser. Was du daraus machst, entscheidest du.</translation>
    </message>
    <message>
        <source>Some benchmarks are met and some are not yet. The direction over several weeks says more than any single week.</source>
        <translation>Einige Richtwerte sind erreicht, andere noch nicht. Die Richtung über mehrere Wochen sagt mehr als eine einzelne Woche.</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Auf gutem Weg</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Not improving</source>
        <translation>Keine Besserung</translation>
    </message>
    <message>
        <source>Too early to tell</source>
        <translation>Noch zu früh</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit geht vor</translation>
    </message>
</context>
<context>
    <name>bearings::TrialPlanRepository</name>
    <message>
        <source>Please choose the day the trial starts.</source>
        <translation>Bitte wähle den Tag, an dem die Probezeit beginnt.</translation>
    </message>
    <message>
        <source>A trial runs between %1 and %2 weeks. Please choose a length in that range.</source>
        <translation>Eine Probezeit dauert zwischen %1 und %2 Wochen. Bitte wähle eine Länge in diesem Bereich.</translation>
    </message>
    <message>
        <source>Please choose a day of the week for the check-in.</source>
        <translation>Bitte wähle einen Wochentag für den Check-in.</translation>
    </message>
    <message>
        <source>Please keep each behaviour under %1 characters.</source>
        <translation>Bitte halte jedes Verhalten unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>A plan can have up to %1 benchmarks. A few clear ones are easier to follow.</source>
        <translation>Ein Plan kann bis zu %1 Richtwerte haben. Wenige klare lassen sich leichter verfolgen.</translation>
    </message>
    <message>
        <source>Please give each benchmark a short name.</source>
        <translation>Bitte gib jedem Richtwert einen kurzen Namen.</translation>
    </message>
    <message>
        <source>Please keep each benchmark&apos;s name under %1 characters.</source>
        <translation>Bitte halte den Namen jedes Richtwerts unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>A benchmark appears twice in this plan.</source>
        <translation>Ein Richtwert kommt in diesem Plan zweimal vor.</translation>
    </message>
    <message>
        <source>Please enter a number as the target of &quot;%1&quot;.</source>
        <translation>Bitte gib eine Zahl als Ziel für „%1“ ein.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; is a rating from %2 to %3.</source>
        <translation>Das Ziel für „%1“ ist eine Bewertung von %2 bis %3.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; is a mood from %2 to %3.</source>
        <translation>Das Ziel für „%1“ ist eine Stimmung von %2 bis %3.</translation>
    </message>
    <message>
        <source>The target of &quot;%1&quot; cannot be below zero.</source>
        <translation>Das Ziel für „%1“ kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>This relationship no longer exists.</source>
        <translation>Diese Beziehung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A trial is already running for this relationship. You can end it before starting a new one.</source>
        <translation>Für diese Beziehung läuft schon eine Probezeit. Du kannst sie beenden, bevor du eine neue beginnst.</translation>
    </message>
    <message>
        <source>This trial plan no longer exists.</source>
        <translation>Diesen Probeplan gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>read the check-ins of this plan</source>
        <translation>die Check-ins dieses Plans zu lesen</translation>
    </message>
    <message>
        <source>There is already a check-in for week %1, so the plan needs at least %1 weeks.</source>
        <translation>Es gibt schon einen Check-in für Woche %1, daher braucht der Plan mindestens %1 Wochen.</translation>
    </message>
    <message>
        <source>There is already a review for month %1, so the plan needs at least %2 weeks.</source>
        <translation>Es gibt schon einen Rückblick für Monat %1, daher braucht der Plan mindestens %2 Wochen.</translation>
    </message>
    <message>
        <source>A benchmark does not belong to this plan.</source>
        <translation>Ein Richtwert gehört nicht zu diesem Plan.</translation>
    </message>
    <message>
        <source>This plan runs from week 1 to week %1.</source>
        <translation>Dieser Plan läuft von Woche 1 bis Woche %1.</translation>
    </message>
    <message>
        <source>The overall rating goes from %1 to %2.</source>
        <translation>Die Gesamtbewertung reicht von %1 bis %2.</translation>
    </message>
    <message>
        <source>Please keep each answer under %1 characters.</source>
        <translation>Bitte halte jede Antwort unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>A rating is for a benchmark that is not part of this plan.</source>
        <translation>Eine Bewertung gilt einem Richtwert, der nicht zu diesem Plan gehört.</translation>
    </message>
    <message>
        <source>Each rating goes from %1 to %2.</source>
        <translation>Jede Bewertung reicht von %1 bis %2.</translation>
    </message>
    <message>
        <source>You have already checked in for week %1. You can open that check-in and change it.</source>
        <translation>Du hast den Check-in für Woche %1 schon gemacht. Du kannst ihn öffnen und ändern.</translation>
    </message>
    <message>
        <source>This check-in no longer exists.</source>
        <translation>Diesen Check-in gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This plan has room for reviews of month 1 to %1.</source>
        <translation>Dieser Plan hat Platz für Rückblicke von Monat 1 bis %1.</translation>
    </message>
    <message>
        <source>There is already a review for month %1. You can open it and change it.</source>
        <translation>Es gibt schon einen Rückblick für Monat %1. Du kannst ihn öffnen und ändern.</translation>
    </message>
    <message>
        <source>This review no longer exists.</source>
        <translation>Diesen Rückblick gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>bearings::Vault</name>
    <message>
        <source>Please choose a passphrase.</source>
        <translation>Bitte wähle eine Passphrase.</translation>
    </message>
    <message>
        <source>The vault could not be created.</source>
        <translation>Der Tresor konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is already a file at %1. Bearings will not replace it; please choose another name.</source>
        <translation>Unter %1 gibt es schon eine Datei. Bearings ersetzt sie nicht; bitte wähle einen anderen Namen.</translation>
    </message>
    <message>
        <source>The vault is locked, so nothing was saved.</source>
        <translation>Der Tresor ist gesperrt, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The vault is already being saved.</source>
        <translation>Der Tresor wird bereits gespeichert.</translation>
    </message>
    <message>
        <source>The vault could not be encrypted correctly, so nothing was saved.</source>
        <translation>Der Tresor konnte nicht korrekt verschlüsselt werden, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 is a folder, so the vault could not be saved there.</source>
        <translation>%1 ist ein Ordner, daher konnte der Tresor dort nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The vault file could not be checked before saving, so nothing was changed. Your changes are still here; please try again.</source>
        <translation>Die Tresordatei konnte vor dem Speichern nicht geprüft werden, daher wurde nichts geändert. Deine Änderungen sind noch da; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The vault file was changed by another program after Bearings opened it. To avoid overwriting those changes, nothing was saved. Your changes are still here.</source>
        <translation>Die Tresordatei wurde von einem anderen Programm geändert, nachdem Bearings sie geöffnet hatte. Damit diese Änderungen nicht überschrieben werden, wurde nichts gespeichert. Deine Änderungen sind noch da.</translation>
    </message>
    <message>
        <source>the saved file could not be read back</source>
        <translation>die gespeicherte Datei konnte nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>the saved file did not read back correctly</source>
        <translation>die gespeicherte Datei wurde nicht korrekt zurückgelesen</translation>
    </message>
    <message>
        <source>Please choose a new passphrase.</source>
        <translation>Bitte wähle eine neue Passphrase.</translation>
    </message>
    <message>
        <source>The current passphrase is not right, so the passphrase was not changed.</source>
        <translation>Die aktuelle Passphrase stimmt nicht, daher wurde die Passphrase nicht geändert.</translation>
    </message>
    <message>
        <source>The passphrase was changed, but the backup copy beside the vault still opens with the old passphrase and could not be removed. Please delete %1 yourself.</source>
        <translation>Die Passphrase wurde geändert, aber die Sicherungskopie neben dem Tresor öffnet sich noch mit der alten Passphrase und konnte nicht entfernt werden. Bitte lösche %1 selbst.</translation>
    </message>
</context>
<context>
    <name>bearings::VaultFormat</name>
    <message>
        <source>This vault was made by a newer version of Bearings. Please update Bearings to open it.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von Bearings angelegt. Bitte aktualisiere Bearings, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>This file is not a Bearings vault.</source>
        <translation>Diese Datei ist kein Bearings-Tresor.</translation>
    </message>
    <message>
        <source>The vault file is damaged and cannot be opened. The backup copy may still open.</source>
        <translation>Die Tresordatei ist beschädigt und kann nicht geöffnet werden. Die Sicherungskopie lässt sich vielleicht noch öffnen.</translation>
    </message>
    <message>
        <source>The vault could not be encrypted.</source>
        <translation>Der Tresor konnte nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>The vault has grown too large to be saved.</source>
        <translation>Der Tresor ist zu groß geworden, um gespeichert zu werden.</translation>
    </message>
    <message>
        <source>The vault could not be decrypted.</source>
        <translation>Der Tresor konnte nicht entschlüsselt werden.</translation>
    </message>
    <message>
        <source>There is not enough memory to open the vault.</source>
        <translation>Es ist nicht genug Arbeitsspeicher frei, um den Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Please check it and try again.</source>
        <translation>Diese Passphrase öffnet diesen Tresor nicht. Bitte prüfe sie und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>bearings::VaultIo</name>
    <message>
        <source>The vault could not be saved because the disk is full. Your changes are still here; free some space and try again.</source>
        <translation>Der Tresor konnte nicht gespeichert werden, weil der Datenträger voll ist. Deine Änderungen sind noch da; schaffe etwas Platz und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The vault could not be saved (%1). Your changes are still here; please try again.</source>
        <translation>Der Tresor konnte nicht gespeichert werden (%1). Deine Änderungen sind noch da; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a vault file.</source>
        <translation>%1 ist ein Ordner, keine Tresordatei.</translation>
    </message>
    <message>
        <source>There is no vault file at %1.</source>
        <translation>Unter %1 gibt es keine Tresordatei.</translation>
    </message>
    <message>
        <source>The file %1 could not be opened: %2</source>
        <translation>Die Datei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a vault.</source>
        <translation>Die Datei %1 ist zu groß für einen Tresor.</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Die Datei %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>bearings::app::CommandLine</name>
    <message>
        <source>Optional: demo, export, import or check.</source>
        <translation>Optional: demo, export, import oder check.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[Befehl]</translation>
    </message>
    <message>
        <source>Use the vault file at &lt;path&gt; instead of the default location.</source>
        <translation>Die Tresordatei unter &lt;path&gt; statt am Standardort verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Read the vault&apos;s passphrase from the first line of standard input.</source>
        <translation>Die Passphrase des Tresors aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>export: write to &lt;file&gt;.</source>
        <translation>export: nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>import: replace everything in the vault with the file&apos;s content.</source>
        <translation>import: alles im Tresor durch den Inhalt der Datei ersetzen.</translation>
    </message>
    <message>
        <source>demo: how many weeks the story covers (4 to 520, default 12).</source>
        <translation>demo: wie viele Wochen die Geschichte umfasst (4 bis 520, Standard 12).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>demo: a large history of &lt;N&gt; years, for trying Bearings at scale (1 to 20).</source>
        <translation>demo: eine große Geschichte über &lt;N&gt; Jahre, um Bearings mit vielen Daten auszuprobieren (1 bis 20).</translation>
    </message>
    <message>
        <source>demo: the seed of the story; the same seed gives the same story.</source>
        <translation>demo: der Startwert der Geschichte; derselbe Startwert ergibt dieselbe Geschichte.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>The --%1 option belongs to a command.</source>
        <translation>Die Option --%1 gehört zu einem Befehl.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>The %1 command does not take --%2.</source>
        <translation>Der Befehl %1 kennt --%2 nicht.</translation>
    </message>
    <message>
        <source>The demo command takes no arguments.</source>
        <translation>Der Befehl demo nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>The demo command needs --vault PATH for the new vault.</source>
        <translation>Der Befehl demo braucht --vault PATH für den neuen Tresor.</translation>
    </message>
    <message>
        <source>Use either --weeks or --years, not both.</source>
        <translation>Verwende entweder --weeks oder --years, nicht beides.</translation>
    </message>
    <message>
        <source>--weeks needs a whole number from 4 to 520.</source>
        <translation>--weeks braucht eine ganze Zahl von 4 bis 520.</translation>
    </message>
    <message>
        <source>--years needs a whole number from 1 to 20.</source>
        <translation>--years braucht eine ganze Zahl von 1 bis 20.</translation>
    </message>
    <message>
        <source>--seed needs a whole number of 0 or more.</source>
        <translation>--seed braucht eine ganze Zahl von 0 oder mehr.</translation>
    </message>
    <message>
        <source>The export command needs -o FILE.</source>
        <translation>Der Befehl export braucht -o FILE.</translation>
    </message>
    <message>
        <source>Say what to import: &apos;import json FILE&apos;.</source>
        <translation>Gib an, was importiert werden soll: &apos;import json FILE&apos;.</translation>
    </message>
    <message>
        <source>The check command takes no arguments.</source>
        <translation>Der Befehl check nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Run &apos;bearings --help&apos; to see the commands and options.</source>
        <translation>Führe &apos;bearings --help&apos; aus, um die Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>&apos;export %1&apos; does not take --%2.</source>
        <translation>&apos;export %1&apos; kennt --%2 nicht.</translation>
    </message>
    <message>
        <source>Say which format to write: --format pdf, html, txt or md.</source>
        <translation>Gib das Format an: --format pdf, html, txt oder md.</translation>
    </message>
    <message>
        <source>The wallet card can be written as PDF or HTML: use --format pdf or --format html with --card.</source>
        <translation>Die Karte für die Brieftasche kann als PDF oder HTML geschrieben werden: Verwende --format pdf oder --format html mit --card.</translation>
    </message>
    <message>
        <source>--paper needs a4 or letter.</source>
        <translation>--paper braucht a4 oder letter.</translation>
    </message>
    <message>
        <source>Say which format to write: --format pdf or html.</source>
        <translation>Gib das Format an: --format pdf oder html.</translation>
    </message>
    <message>
        <source>Say whose incidents to report: --relationship ID or NAME.</source>
        <translation>Gib an, über wessen Vorfälle berichtet werden soll: --relationship ID oder NAME.</translation>
    </message>
    <message>
        <source>--from and --to need dates written as YYYY-MM-DD.</source>
        <translation>--from und --to brauchen Daten im Format JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--from needs to be on or before --to.</source>
        <translation>--from muss am oder vor --to liegen.</translation>
    </message>
    <message>
        <source>Bearings is a private, offline place to take stock of a relationship that hurts you.
Run without a command to open the app.

Commands (they never need a display):
  demo --vault PATH [--weeks N | --years N] [--seed S]
                          Create a new vault filled with an example story.
  export json|csv -o FILE  Write the vault&apos;s content as JSON, or the journal as CSV.
  export safety-plan --format pdf|html|txt|md [--card] [--paper a4|letter] -o FILE
                          Write the safety plan to print or keep; with --card (pdf or html),
                          only the wallet card with the essentials.
  export incident-report --relationship ID|NAME --from YYYY-MM-DD --to YYYY-MM-DD
                         --format pdf|html -o FILE
                          Write a dated, factual record of one relationship&apos;s incidents, with
                          the head of the incident record chain and how to verify it.
  import json FILE [--replace]
                          Read a JSON export into the vault. The whole file is checked first;
                          a vault that already holds records needs --replace.
  check [--head HEX]      Check the vault&apos;s integrity, count its records and verify the
                          incident record chain; --head confirms a head printed in a report.

Exit codes: 0 done, 1 failed, 2 usage error, 3 wrong passphrase, 4 damaged or invalid file,
5 the file could not be read or written.</source>
        <translation>Bearings ist ein privater Ort ohne Internet, um Bilanz über eine Beziehung zu ziehen, die dich verletzt.
Ohne Befehl gestartet, öffnet sich die App.

Befehle (sie brauchen nie einen Bildschirm):
  demo --vault PATH [--weeks N | --years N] [--seed S]
                          Einen neuen Tresor mit einer Beispielgeschichte anlegen.
  export json|csv -o FILE  Den Inhalt des Tresors als JSON oder das Tagebuch als CSV schreiben.
  export safety-plan --format pdf|html|txt|md [--card] [--paper a4|letter] -o FILE
                          Den Sicherheitsplan zum Drucken oder Aufbewahren schreiben; mit --card
                          (pdf oder html) nur die Karte für die Brieftasche mit dem Wichtigsten.
  export incident-report --relationship ID|NAME --from YYYY-MM-DD --to YYYY-MM-DD
                         --format pdf|html -o FILE
                          Ein datiertes, sachliches Protokoll der Vorfälle einer Beziehung schreiben,
                          mit dem Kopf der Vorfallkette und wie man ihn prüft.
  import json FILE [--replace]
                          Einen JSON-Export in den Tresor einlesen. Die ganze Datei wird zuerst
                          geprüft; ein Tresor, der schon Einträge enthält, braucht --replace.
  check [--head HEX]      Die Unversehrtheit des Tresors prüfen, seine Einträge zählen und die
                          Vorfallkette prüfen; --head bestätigt einen Kopf aus einem Bericht.

Rückgabewerte: 0 erledigt, 1 fehlgeschlagen, 2 falscher Aufruf, 3 falsche Passphrase,
4 beschädigte oder ungültige Datei, 5 die Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>export safety-plan: pdf, html, txt or md.</source>
        <translation>export safety-plan: pdf, html, txt oder md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>export safety-plan: only the wallet card (with --format pdf or html).</source>
        <translation>export safety-plan: nur die Karte für die Brieftasche (mit --format pdf oder html).</translation>
    </message>
    <message>
        <source>export safety-plan: a4 or letter (default: what the plan&apos;s region uses).</source>
        <translation>export safety-plan: a4 oder letter (Standard: was die Region des Plans verwendet).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>size</translation>
    </message>
    <message>
        <source>export incident-report: whose incidents, by id or name.</source>
        <translation>export incident-report: wessen Vorfälle, nach ID oder Name.</translation>
    </message>
    <message>
        <source>id|name</source>
        <translation>id|name</translation>
    </message>
    <message>
        <source>export incident-report: the first day of the report.</source>
        <translation>export incident-report: der erste Tag des Berichts.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>export incident-report: the last day of the report.</source>
        <translation>export incident-report: der letzte Tag des Berichts.</translation>
    </message>
    <message>
        <source>check: confirm that &lt;hex&gt;, a chain head printed in a report, is part of the chain.</source>
        <translation>check: bestätigen, dass &lt;hex&gt;, ein in einem Bericht gedruckter Kettenkopf, Teil der Kette ist.</translation>
    </message>
    <message>
        <source>hex</source>
        <translation>hex</translation>
    </message>
    <message>
        <source>Say what to export: &apos;export json -o FILE&apos;, &apos;export csv -o FILE&apos; or &apos;export safety-plan --format pdf -o FILE&apos;.</source>
        <translation>Gib an, was exportiert werden soll: &apos;export json -o FILE&apos;, &apos;export csv -o FILE&apos; oder &apos;export safety-plan --format pdf -o FILE&apos;.</translation>
    </message>
    <message>
        <source>--head needs the 64 hexadecimal characters of a chain head.</source>
        <translation>--head braucht die 64 hexadezimalen Zeichen eines Kettenkopfs.</translation>
    </message>
</context>
<context>
    <name>bearings::app::Commands</name>
    <message>
        <source>There is no vault at %1.</source>
        <translation>Unter %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Something already exists at %1. Bearings will not overwrite it; choose a new file name.</source>
        <translation>Unter %1 gibt es schon etwas. Bearings überschreibt es nicht; wähle einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Passphrase for the new vault:</source>
        <translation>Passphrase für den neuen Tresor:</translation>
    </message>
    <message>
        <source>Please use a passphrase of at least %1 characters.</source>
        <translation>Bitte verwende eine Passphrase mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Created a demo vault at %1 with %2 relationships, %3 journal entries (%4 incidents), %5 boundaries, %6 breaches, %7 check-ins and %8 message drafts.</source>
        <translation>Demo-Tresor unter %1 angelegt, mit %2 Beziehungen, %3 Tagebucheinträgen (%4 Vorfälle), %5 Grenzen, %6 Überschreitungen, %7 Check-ins und %8 Nachrichtenentwürfen.</translation>
    </message>
    <message>
        <source>Wrote %1. This file is not encrypted: keep it somewhere safe and delete it when you no longer need it.</source>
        <translation>%1 geschrieben. Diese Datei ist nicht verschlüsselt: Bewahre sie an einem sicheren Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Imported into %1:</source>
        <translation>In %1 importiert:</translation>
    </message>
    <message>
        <source>The vault at %1 is intact (schema version %2).</source>
        <translation>Der Tresor unter %1 ist unversehrt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>The head %1 is not part of this chain.</source>
        <translation>Der Kopf %1 gehört nicht zu dieser Kette.</translation>
    </message>
    <message>
        <source>The head %1 is link %2 of %3 in this chain.</source>
        <translation>Der Kopf %1 ist Glied %2 von %3 in dieser Kette.</translation>
    </message>
    <message>
        <source>There is no relationship &quot;%1&quot; in this vault.</source>
        <translation>In diesem Tresor gibt es keine Beziehung „%1“.</translation>
    </message>
    <message>
        <source>More than one relationship is called &quot;%1&quot;; please give its id.</source>
        <translation>Mehr als eine Beziehung heißt „%1“; bitte gib ihre ID an.</translation>
    </message>
    <message>
        <source>The vault has no relationships.</source>
        <translation>Der Tresor hat keine Beziehungen.</translation>
    </message>
    <message>
        <source>The vault has: %1.</source>
        <translation>Der Tresor hat: %1.</translation>
    </message>
</context>
<context>
    <name>bearings::app::PassphraseReader</name>
    <message>
        <source>No passphrase was given on standard input.</source>
        <translation>Über die Standardeingabe wurde keine Passphrase übergeben.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>This command needs the vault&apos;s passphrase. Add --passphrase-stdin and write the passphrase on the first line of standard input.</source>
        <translation>Dieser Befehl braucht die Passphrase des Tresors. Füge --passphrase-stdin hinzu und schreib die Passphrase in die erste Zeile der Standardeingabe.</translation>
    </message>
</context>
<context>
    <name>bearings::exchange::JsonExchange</name>
    <message>
        <source>The file cannot be imported: %1 (at %2). Nothing was changed.</source>
        <translation>Die Datei kann nicht importiert werden: %1 (bei %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden wurde %1</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 liegt außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>erwartet wurde eine Zahl, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet wurde true oder false, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected text, found %1</source>
        <translation>erwartet wurde Text, gefunden wurde %1</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>der Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>expected a date and time, found %1</source>
        <translation>erwartet wurden Datum und Uhrzeit, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a date, found %1</source>
        <translation>erwartet wurde ein Datum, gefunden wurde %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 ist keiner dieser Werte: %2</translation>
    </message>
    <message>
        <source>The file is too large to import (%1 MB; the limit is %2 MB). Nothing was changed.</source>
        <translation>Die Datei ist zu groß zum Importieren (%1 MB; die Grenze liegt bei %2 MB). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at line %2, column %3. Nothing was changed.</source>
        <translation>Die Datei ist kein gültiges JSON: %1 in Zeile %2, Spalte %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>this is not a Bearings export</source>
        <translation>das ist kein Export von Bearings</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>erwartet wurde eine ganze Zahl von mindestens 1</translation>
    </message>
    <message>
        <source>This file was exported by a newer version of Bearings (format %1). Please update Bearings to import it. Nothing was changed.</source>
        <translation>Diese Datei wurde mit einer neueren Version von Bearings exportiert (Format %1). Bitte aktualisiere Bearings, um sie zu importieren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>this section is not part of the format</source>
        <translation>dieser Abschnitt gehört nicht zum Format</translation>
    </message>
    <message>
        <source>expected a list</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <source>more than %1 records</source>
        <translation>mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>this field is not part of the format</source>
        <translation>dieses Feld gehört nicht zum Format</translation>
    </message>
    <message>
        <source>refers to %1 id %2, which is not in the file</source>
        <translation>verweist auf %1 mit der ID %2, die nicht in der Datei ist</translation>
    </message>
    <message>
        <source>duplicate %1</source>
        <translation>%1 doppelt vorhanden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag id</source>
        <translation>„%1“ ist keine gültige Markierungs-ID</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in tag nor in userTags</source>
        <translation>„%1“ ist weder eine eingebaute Markierung noch in userTags</translation>
    </message>
    <message>
        <source>a severity is only recorded for incidents</source>
        <translation>eine Schwere wird nur bei Vorfällen festgehalten</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <source>count the records</source>
        <translation>die Einträge zu zählen</translation>
    </message>
    <message>
        <source>This vault already holds records. Import into a new, empty vault, or choose to replace what is there. Nothing was changed.</source>
        <translation>Dieser Tresor enthält schon Einträge. Importiere in einen neuen, leeren Tresor oder wähle, den Inhalt zu ersetzen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file cannot be imported: a %1 record does not fit the vault. Nothing was changed.</source>
        <translation>Die Datei kann nicht importiert werden: Ein Eintrag vom Typ %1 passt nicht in den Tresor. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Bearings could not prepare the import.</source>
        <translation>Bearings konnte den Import nicht vorbereiten.</translation>
    </message>
</context>
<context>
    <name>bearings::sql</name>
    <message>
        <source>Bearings could not %1.</source>
        <translation>Es ist Bearings nicht gelungen, %1.</translation>
    </message>
    <message>
        <source>A database statement is invalid.</source>
        <translation>Eine Datenbankanweisung ist ungültig.</translation>
    </message>
    <message>
        <source>A database statement failed.</source>
        <translation>Eine Datenbankanweisung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AppController</name>
    <message>
        <source>Creating your vault. This takes a moment.</source>
        <translation>Dein Tresor wird angelegt. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Dein Tresor wird geöffnet…</translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>Die Sicherung wird geöffnet…</translation>
    </message>
    <message>
        <source>Saved. Everything is safely stored again.</source>
        <translation>Gespeichert. Alles ist wieder sicher abgelegt.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch einmal versuchen</translation>
    </message>
    <message>
        <source>Bearings locked, but your most recent changes could not be saved: %1 Everything up to the last save is safe.</source>
        <translation>Bearings ist gesperrt, aber deine letzten Änderungen konnten nicht gespeichert werden: %1 Alles bis zum letzten Speichern ist sicher.</translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation>Meine Version behalten</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AreaInfo</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Where I stand</source>
        <translation>Wo ich stehe</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>How things have been going, week by week.</source>
        <translation>Wie es gelaufen ist, Woche für Woche.</translation>
    </message>
    <message>
        <source>A private record of contact and how it felt.</source>
        <translation>Ein privates Protokoll der Kontakte und wie sie sich angefühlt haben.</translation>
    </message>
    <message>
        <source>The limits you set, and how they have held.</source>
        <translation>Die Grenzen, die du gesetzt hast, und wie sie gehalten haben.</translation>
    </message>
    <message>
        <source>A few quiet minutes each week to look back.</source>
        <translation>Jede Woche ein paar ruhige Minuten für den Rückblick.</translation>
    </message>
    <message>
        <source>Take stock of this relationship and choose a way forward.</source>
        <translation>Zieh Bilanz über diese Beziehung und wähle einen Weg nach vorn.</translation>
    </message>
    <message>
        <source>Draft what you want to say, calmly and clearly.</source>
        <translation>Formuliere, was du sagen willst, ruhig und klar.</translation>
    </message>
    <message>
        <source>Who to call and where to go if you need to be safe.</source>
        <translation>Wen du anrufen und wohin du gehen kannst, wenn du Schutz brauchst.</translation>
    </message>
    <message>
        <source>Nothing to show yet</source>
        <translation>Noch nichts zu zeigen</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>Dein Tagebuch ist leer</translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation>Noch keine Grenzen</translation>
    </message>
    <message>
        <source>No check-ins yet</source>
        <translation>Noch keine Check-ins</translation>
    </message>
    <message>
        <source>You haven&apos;t taken stock yet</source>
        <translation>Du hast noch keine Bilanz gezogen</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>Noch keine Entwürfe</translation>
    </message>
    <message>
        <source>Your safety plan is empty</source>
        <translation>Dein Sicherheitsplan ist leer</translation>
    </message>
    <message>
        <source>Once you have a few journal notes and check-ins, you&apos;ll see here how things change over the weeks. The trend matters more than any single day.</source>
        <translation>Sobald du ein paar Tagebucheinträge und Check-ins hast, siehst du hier, wie sich die Dinge über die Wochen verändern. Der Verlauf zählt mehr als ein einzelner Tag.</translation>
    </message>
    <message>
        <source>After contact with this person, jot down when it happened, how you felt before, during and after, and what happened. A few weeks of notes make patterns easier to see.</source>
        <translation>Notiere nach einem Kontakt mit dieser Person, wann er war, wie du dich vorher, währenddessen und danach gefühlt hast und was passiert ist. Nach ein paar Wochen mit Einträgen lassen sich Muster leichter erkennen.</translation>
    </message>
    <message>
        <source>A boundary names a behaviour, your limit, and what you will do if it happens again. Keeping a note of each time it is crossed shows how well it holds.</source>
        <translation>Eine Grenze benennt ein Verhalten, dein Limit und was du tust, wenn es wieder passiert. Wenn du jedes Mal notierst, dass sie überschritten wurde, siehst du, wie gut sie hält.</translation>
    </message>
    <message>
        <source>Once a week, note what helped and what made things harder. Every four weeks, a longer look back helps you decide what to change.</source>
        <translation>Notiere einmal pro Woche, was geholfen und was es schwerer gemacht hat. Alle vier Wochen hilft dir ein längerer Rückblick zu entscheiden, was du ändern willst.</translation>
    </message>
    <message>
        <source>A short set of questions helps you see whether repair, less contact or no contact fits best. If anything points to danger, your safety comes first.</source>
        <translation>Ein paar kurze Fragen helfen dir zu sehen, ob Reparieren, weniger Kontakt oder kein Kontakt am besten passt. Wenn etwas auf Gefahr hindeutet, geht deine Sicherheit vor.</translation>
    </message>
    <message>
        <source>Start from a template for a boundary, stepping back or ending contact, and shape it into your own words. Nothing is ever sent from here.</source>
        <translation>Beginne mit einer Vorlage für eine Grenze, für Abstand oder für ein Kontaktende und forme sie in deine eigenen Worte um. Von hier aus wird nie etwas gesendet.</translation>
    </message>
    <message>
        <source>Write down trusted people to call, safe places to go and what to take with you. You can print it and keep it somewhere only you know.</source>
        <translation>Schreib dir Vertrauenspersonen zum Anrufen auf, sichere Orte und was du mitnehmen solltest. Du kannst den Plan ausdrucken und an einem Ort aufbewahren, den nur du kennst.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentHistory</name>
    <message>
        <source>Your assessments over time</source>
        <translation>Deine Einschätzungen im Lauf der Zeit</translation>
    </message>
    <message>
        <source>One row for each assessment, newest first. Press Enter to see a result.</source>
        <translation>Eine Zeile pro Einschätzung, neueste zuerst. Drücke die Eingabetaste, um ein Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Harm</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <source>Repair signs</source>
        <translation>Zeichen für Reparatur</translation>
    </message>
    <message>
        <source>Cut-off signs</source>
        <translation>Zeichen für Abbruch</translation>
    </message>
    <message>
        <source>Safety concerns</source>
        <translation>Sorgen um Sicherheit</translation>
    </message>
    <message>
        <source>How strongly the questions about harm were answered</source>
        <translation>Wie stark die Fragen zum Schaden beantwortet wurden</translation>
    </message>
    <message>
        <source>When you finish an assessment, it appears here, so you can compare how things change over time.</source>
        <translation>Wenn du eine Einschätzung abschließt, erscheint sie hier, damit du vergleichen kannst, wie sich die Dinge mit der Zeit verändern.</translation>
    </message>
    <message>
        <source>Percentages show how strongly each group of questions was answered. Select a row to see that result.</source>
        <translation>Die Prozentwerte zeigen, wie stark jede Gruppe von Fragen beantwortet wurde. Wähle eine Zeile, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentPage</name>
    <message>
        <source>Where I stand</source>
        <translation>Wo ich stehe</translation>
    </message>
    <message>
        <source>Who is this about?</source>
        <translation>Um wen geht es?</translation>
    </message>
    <message>
        <source>Taking stock looks at one relationship at a time. Add the person it is about, then come back here.</source>
        <translation>Die Bilanz betrachtet immer eine Beziehung auf einmal. Füge die Person hinzu, um die es geht, und komm dann hierher zurück.</translation>
    </message>
    <message>
        <source>Take stock</source>
        <translation>Bilanz ziehen</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>A short set of questions about how this relationship affects you, in five steps. It takes about ten minutes. You can stop at any time and continue later.</source>
        <translation>Ein paar kurze Fragen dazu, wie diese Beziehung dich beeinflusst, in fünf Schritten. Das dauert etwa zehn Minuten. Du kannst jederzeit aufhören und später weitermachen.</translation>
    </message>
    <message>
        <source>&amp;Take stock now</source>
        <translation>Jetzt &amp;Bilanz ziehen</translation>
    </message>
    <message>
        <source>Take stock now</source>
        <translation>Jetzt Bilanz ziehen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weitermachen</translation>
    </message>
    <message>
        <source>Continue your unfinished assessment</source>
        <translation>Deine unfertige Einschätzung fortsetzen</translation>
    </message>
    <message>
        <source>Start afresh</source>
        <translation>Neu anfangen</translation>
    </message>
    <message>
        <source>Your unfinished answers are replaced when you save or finish.</source>
        <translation>Deine unfertigen Antworten werden ersetzt, wenn du speicherst oder abschließt.</translation>
    </message>
    <message>
        <source>See the full result</source>
        <translation>Das ganze Ergebnis ansehen</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>See what your own answers suggest, and how that changes over time.</source>
        <translation>Sieh dir an, was deine eigenen Antworten nahelegen und wie sich das mit der Zeit verändert.</translation>
    </message>
    <message>
        <source>How things stand with %1, in your own answers, and how that changes over time.</source>
        <translation>Wie es mit %1 steht, nach deinen eigenen Antworten, und wie sich das mit der Zeit verändert.</translation>
    </message>
    <message>
        <source>You have an unfinished assessment from %1.</source>
        <translation>Du hast eine unfertige Einschätzung vom %1.</translation>
    </message>
    <message>
        <source>Last time, on %1: %2</source>
        <translation>Beim letzten Mal, am %1: %2</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentQuestionRow</name>
    <message>
        <source>Why we ask: %1</source>
        <translation>Warum wir fragen: %1</translation>
    </message>
    <message>
        <source>A few words are enough, or leave it empty.</source>
        <translation>Ein paar Worte reichen, oder lass es leer.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentResultView</name>
    <message>
        <source>What your answers suggest</source>
        <translation>Was deine Antworten nahelegen</translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>Back to the overview</source>
        <translation>Zurück zur Übersicht</translation>
    </message>
    <message>
        <source>This result could not be opened. It may have been removed.</source>
        <translation>Dieses Ergebnis konnte nicht geöffnet werden. Vielleicht wurde es entfernt.</translation>
    </message>
    <message>
        <source>Your result</source>
        <translation>Dein Ergebnis</translation>
    </message>
    <message>
        <source>From the questions you answered on %1. These are your own answers, brought together. What you do with them is yours to decide, in your own time.</source>
        <translation>Aus den Fragen, die du am %1 beantwortet hast. Es sind deine eigenen Antworten, zusammengeführt. Was du damit machst, entscheidest du, in deinem eigenen Tempo.</translation>
    </message>
    <message>
        <source>Some of your answers are about your safety. Before anything else, what matters is that you are safe.</source>
        <translation>Einige deiner Antworten betreffen deine Sicherheit. Vor allem anderen zählt, dass du in Sicherheit bist.</translation>
    </message>
    <message>
        <source>What led here</source>
        <translation>Was dazu geführt hat</translation>
    </message>
    <message>
        <source>No single answer stood out. When answers are mixed or left blank, stepping back a little gives you room to see more clearly.</source>
        <translation>Keine einzelne Antwort stach heraus. Wenn Antworten gemischt oder leer sind, gibt dir ein wenig Abstand Raum, klarer zu sehen.</translation>
    </message>
    <message>
        <source>No single answer stood out. The suggestion comes from your answers as a whole.</source>
        <translation>Keine einzelne Antwort stach heraus. Der Vorschlag ergibt sich aus deinen Antworten als Ganzes.</translation>
    </message>
    <message>
        <source>The answers that weighed most, strongest first.</source>
        <translation>Die Antworten, die am meisten gewogen haben, die stärksten zuerst.</translation>
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation>Deine Antwort: %1</translation>
    </message>
    <message>
        <source>Paths that keep your safety first</source>
        <translation>Wege, bei denen deine Sicherheit vorgeht</translation>
    </message>
    <message>
        <source>What each path involves</source>
        <translation>Was zu jedem Weg gehört</translation>
    </message>
    <message>
        <source>Working on it together</source>
        <translation>Gemeinsam daran arbeiten</translation>
    </message>
    <message>
        <source>This asks something of both of you. The other person names the harm and takes responsibility, consistently, not only once. It goes best with clear boundaries, people to support you, realistic expectations and a set trial period, so you can see whether things really change.</source>
        <translation>Das verlangt etwas von euch beiden. Die andere Person benennt den Schaden und übernimmt Verantwortung, beständig und nicht nur einmal. Es gelingt am besten mit klaren Grenzen, Menschen, die dich unterstützen, realistischen Erwartungen und einer festen Probezeit, damit du sehen kannst, ob sich wirklich etwas ändert.</translation>
    </message>
    <message>
        <source>Limiting contact</source>
        <translation>Kontakt begrenzen</translation>
    </message>
    <message>
        <source>Less contact, on your terms: shorter visits, texts instead of calls, topics that are off limits, meeting in public or with someone you trust nearby, and time limits. It can keep some connection while protecting your well-being.</source>
        <translation>Weniger Kontakt, zu deinen Bedingungen: kürzere Besuche, Nachrichten statt Anrufe, Themen, die tabu sind, Treffen an öffentlichen Orten oder mit einer Vertrauensperson in der Nähe und zeitliche Grenzen. So kann etwas Verbindung bleiben, während dein Wohlbefinden geschützt ist.</translation>
    </message>
    <message>
        <source>Ending contact</source>
        <translation>Kontakt beenden</translation>
    </message>
    <message>
        <source>Stepping away, for good or for as long as you need. It goes best with a plan: what you will say and when, who you will tell, and the practical ties to untangle, with your safety first at every step.</source>
        <translation>Auf Abstand gehen, für immer oder so lange, wie du es brauchst. Es gelingt am besten mit einem Plan: was du wann sagst, wem du es erzählst und welche praktischen Verbindungen du lösen musst, mit deiner Sicherheit bei jedem Schritt an erster Stelle.</translation>
    </message>
    <message>
        <source>%1 (what your answers suggest)</source>
        <translation>%1 (was deine Antworten nahelegen)</translation>
    </message>
    <message>
        <source>Any change in contact can bring a reaction. A hotline advocate or someone you trust can help you plan it safely.</source>
        <translation>Jede Veränderung im Kontakt kann eine Reaktion auslösen. Eine Beraterin oder ein Berater am Hilfetelefon oder eine Vertrauensperson kann dir helfen, sie sicher zu planen.</translation>
    </message>
    <message>
        <source>Next steps, if you want them</source>
        <translation>Nächste Schritte, wenn du möchtest</translation>
    </message>
    <message>
        <source>Each of these opens another part of Bearings. You can come back here at any time.</source>
        <translation>Jeder davon öffnet einen anderen Teil von Bearings. Du kannst jederzeit hierher zurückkommen.</translation>
    </message>
    <message>
        <source>Fill in your safety plan</source>
        <translation>Deinen Sicherheitsplan ausfüllen</translation>
    </message>
    <message>
        <source>Set boundaries</source>
        <translation>Grenzen setzen</translation>
    </message>
    <message>
        <source>Draft a message</source>
        <translation>Eine Nachricht entwerfen</translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation>Einen Probeplan beginnen</translation>
    </message>
    <message>
        <source>Give the path you choose a fair trial, with a check-in each week.</source>
        <translation>Gib dem Weg, den du wählst, eine faire Probezeit, mit einem Check-in jede Woche.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentText</name>
    <message>
        <source>Work on it together</source>
        <translation>Gemeinsam daran arbeiten</translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation>Kontakt begrenzen</translation>
    </message>
    <message>
        <source>End contact</source>
        <translation>Kontakt beenden</translation>
    </message>
    <message>
        <source>Safety first</source>
        <translation>Sicherheit geht vor</translation>
    </message>
    <message>
        <source>Your answers suggest that working on this relationship together may be possible.</source>
        <translation>Deine Antworten legen nahe, dass es möglich sein könnte, gemeinsam an dieser Beziehung zu arbeiten.</translation>
    </message>
    <message>
        <source>Your answers suggest limiting contact, to protect your well-being.</source>
        <translation>Deine Antworten legen nahe, den Kontakt zu begrenzen, um dein Wohlbefinden zu schützen.</translation>
    </message>
    <message>
        <source>Your answers suggest ending contact, planned with care and with your safety in mind.</source>
        <translation>Deine Antworten legen nahe, den Kontakt zu beenden, sorgfältig geplant und mit Blick auf deine Sicherheit.</translation>
    </message>
    <message>
        <source>Your answers suggest putting your safety first.</source>
        <translation>Deine Antworten legen nahe, deine Sicherheit an erste Stelle zu setzen.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Often</source>
        <translation>Oft</translation>
    </message>
    <message>
        <source>Sometimes</source>
        <translation>Manchmal</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>How it affects you</source>
        <translation>Wie es dich beeinflusst</translation>
    </message>
    <message>
        <source>What could help things change</source>
        <translation>Was helfen könnte, dass sich etwas ändert</translation>
    </message>
    <message>
        <source>What keeps happening</source>
        <translation>Was immer wieder passiert</translation>
    </message>
    <message>
        <source>Your safety</source>
        <translation>Deine Sicherheit</translation>
    </message>
    <message>
        <source>Thinking it through</source>
        <translation>Darüber nachdenken</translation>
    </message>
    <message>
        <source>These questions are about how you feel around this person. There are no right or wrong answers.</source>
        <translation>Bei diesen Fragen geht es darum, wie du dich in der Nähe dieser Person fühlst. Es gibt keine richtigen oder falschen Antworten.</translation>
    </message>
    <message>
        <source>These look at whether the ground is there for things to get better between you.</source>
        <translation>Diese Fragen schauen, ob es eine Grundlage dafür gibt, dass es zwischen euch besser wird.</translation>
    </message>
    <message>
        <source>These look at patterns that tend to make lasting change hard, however much you want it.</source>
        <translation>Diese Fragen schauen auf Muster, die dauerhafte Veränderung meist schwer machen, so sehr du sie dir auch wünschst.</translation>
    </message>
    <message>
        <source>These questions are about your safety. If any of them is true for you, your safety comes first.</source>
        <translation>Bei diesen Fragen geht es um deine Sicherheit. Wenn eine davon auf dich zutrifft, geht deine Sicherheit vor.</translation>
    </message>
    <message>
        <source>These are just for you. Write as much or as little as you like. Your words are not scored.</source>
        <translation>Diese sind nur für dich. Schreib so viel oder so wenig, wie du magst. Deine Worte werden nicht bewertet.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>bearings::ui::AssessmentWizard</name>
    <message>
        <source>Take stock: the questions</source>
        <translation>Bilanz ziehen: die Fragen</translation>
    </message>
    <message>
        <source>Progress through the questions</source>
        <translation>Fortschritt durch die Fragen</translation>
    </message>
    <message>
        <source>When you finish, any question you left blank counts as “no” or “never”.</source>
        <translation>Wenn du abschließt, zählt jede leer gelassene Frage als „nein“ oder „nie“.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Save and finish &amp;later</source>
        <translation>Speichern und &amp;später abschließen</translation>
    </message>
    <message>
        <source>Save your answers and finish later</source>
        <translation>Deine Antworten speichern und später abschließen</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Abschließen</translation>
    </message>
    <message>
        <source>Finish and see what your answers suggest</source>
        <translation>Abschließen und sehen, was deine Antworten nahelegen</translation>
    </message>
    <message>
        <source>Your answers could not be saved just now. %1</source>
        <translation>Deine Antworten konnten gerade nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Thank you for telling us. Your safety comes first. If you are in danger right now, call your local emergency number.</source>
        <translation>Danke, dass du das erzählt hast. Deine Sicherheit geht vor. Wenn du gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>Thank you for telling us. Your safety comes first. If you are in danger right now, call %1.</source>
        <translation>Danke, dass du das erzählt hast. Deine Sicherheit geht vor. Wenn du gerade in Gefahr bist, ruf %1 an.</translation>
    </message>
    <message>
        <source>You can leave questions you’d rather not answer.</source>
        <translation>Du kannst Fragen auslassen, die du lieber nicht beantworten möchtest.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::BoundariesPage</name>
    <message>
        <source>No relationship yet</source>
        <translation>Noch keine Beziehung</translation>
    </message>
    <message>
        <source>Once you have added a relationship, you can write down your boundaries here.</source>
        <translation>Sobald du eine Beziehung hinzugefügt hast, kannst du hier deine Grenzen aufschreiben.</translation>
    </message>
    <message>
        <source>Edit in the assessment</source>
        <translation>In der Einschätzung bearbeiten</translation>
    </message>
    <message>
        <source>No boundaries yet</source>
        <translation>Noch keine Grenzen</translation>
    </message>
    <message>
        <source>A boundary names a behaviour, your limit, and what you will do if it happens. It is not a punishment: it says what you will do to look after yourself. Keep it to something you can carry out every time.</source>
        <translation>Eine Grenze benennt ein Verhalten, dein Limit und was du tust, wenn es passiert. Sie ist keine Strafe: Sie sagt, was du tust, um auf dich aufzupassen. Wähle etwas, das du jedes Mal umsetzen kannst.</translation>
    </message>
    <message>
        <source>Retired boundaries</source>
        <translation>Ruhende Grenzen</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>If this happens, I will… Follow-through matters more than the number of boundaries.</source>
        <translation>Wenn das passiert, werde ich… Konsequent zu bleiben zählt mehr als die Zahl der Grenzen.</translation>
    </message>
    <message>
        <source>Edit your non-negotiables in the assessment</source>
        <translation>Deine nicht verhandelbaren Punkte in der Einschätzung bearbeiten</translation>
    </message>
    <message>
        <source>Non-negotiables</source>
        <translation>Nicht verhandelbar</translation>
    </message>
    <message>
        <source>You have not named any non-negotiables yet: the few behaviours you will not accept at all.</source>
        <translation>Du hast noch nichts Nicht-Verhandelbares benannt: die wenigen Verhaltensweisen, die du auf keinen Fall hinnimmst.</translation>
    </message>
    <message>
        <source>The boundary was deleted.</source>
        <translation>Die Grenze wurde gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The crossing was deleted.</source>
        <translation>Die Überschreitung wurde gelöscht.</translation>
    </message>
    <message>
        <source>The crossing is back.</source>
        <translation>Die Überschreitung ist wieder da.</translation>
    </message>
    <message>
        <source>The boundary is back.</source>
        <translation>Die Grenze ist wieder da.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::BoundaryCard</name>
    <message>
        <source>It was crossed…</source>
        <translation>Sie wurde überschritten…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Ruhen lassen</translation>
    </message>
    <message>
        <source>Use again</source>
        <translation>Wieder verwenden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>I followed through</source>
        <translation>Ich habe es umgesetzt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Delete crossing</source>
        <translation>Überschreitung löschen</translation>
    </message>
    <message>
        <source>Delete this boundary and every crossing logged for it? You can undo this until you lock Bearings.</source>
        <translation>Diese Grenze und jede dazu notierte Überschreitung löschen? Du kannst das rückgängig machen, bis du Bearings sperrst.</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Was passiert ist (freiwillig)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Past crossings, newest first</source>
        <translation>Frühere Überschreitungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Nothing to follow through on yet</source>
        <translation>Noch nichts umzusetzen</translation>
    </message>
    <message>
        <source>Followed through the one time</source>
        <translation>Das eine Mal umgesetzt</translation>
    </message>
    <message>
        <source>Not followed through the one time</source>
        <translation>Das eine Mal nicht umgesetzt</translation>
    </message>
    <message>
        <source>Followed through %1 of %2 times</source>
        <translation>%1 von %2 Malen umgesetzt</translation>
    </message>
    <message>
        <source>Not crossed yet</source>
        <translation>Noch nicht überschritten</translation>
    </message>
    <message>
        <source>Not crossed before today</source>
        <translation>Vor heute nicht überschritten</translation>
    </message>
    <message>
        <source>Last crossed today</source>
        <translation>Zuletzt heute überschritten</translation>
    </message>
    <message>
        <source>1 day since it was last crossed</source>
        <translation>1 Tag seit der letzten Überschreitung</translation>
    </message>
    <message>
        <source>%1 days since it was last crossed</source>
        <translation>%1 Tage seit der letzten Überschreitung</translation>
    </message>
    <message>
        <source>No crossings logged</source>
        <translation>Keine Überschreitungen notiert</translation>
    </message>
    <message>
        <source>Crossed once</source>
        <translation>Einmal überschritten</translation>
    </message>
    <message>
        <source>Crossed %1 times</source>
        <translation>%1 Mal überschritten</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ruht</translation>
    </message>
    <message>
        <source>My limit: %1</source>
        <translation>Mein Limit: %1</translation>
    </message>
    <message>
        <source>If it happens: %1</source>
        <translation>Wenn es passiert: %1</translation>
    </message>
    <message>
        <source>Boundary: %1</source>
        <translation>Grenze: %1</translation>
    </message>
    <message>
        <source>Log a time this boundary was crossed: %1</source>
        <translation>Ein Mal notieren, an dem diese Grenze überschritten wurde: %1</translation>
    </message>
    <message>
        <source>Edit the boundary: %1</source>
        <translation>Die Grenze bearbeiten: %1</translation>
    </message>
    <message>
        <source>Retire the boundary: %1</source>
        <translation>Die Grenze ruhen lassen: %1</translation>
    </message>
    <message>
        <source>Use this boundary again: %1</source>
        <translation>Diese Grenze wieder verwenden: %1</translation>
    </message>
    <message>
        <source>Delete the boundary: %1</source>
        <translation>Die Grenze löschen: %1</translation>
    </message>
    <message>
        <source>Yes, delete the boundary</source>
        <translation>Ja, die Grenze löschen</translation>
    </message>
    <message>
        <source>Keep the boundary</source>
        <translation>Die Grenze behalten</translation>
    </message>
    <message>
        <source>When it was crossed</source>
        <translation>Wann sie überschritten wurde</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Save this crossing</source>
        <translation>Diese Überschreitung speichern</translation>
    </message>
    <message>
        <source>Cancel logging a crossing</source>
        <translation>Das Notieren einer Überschreitung abbrechen</translation>
    </message>
    <message>
        <source>Delete the selected crossing</source>
        <translation>Die ausgewählte Überschreitung löschen</translation>
    </message>
    <message>
        <source>Hide crossings</source>
        <translation>Überschreitungen ausblenden</translation>
    </message>
    <message>
        <source>Show crossings</source>
        <translation>Überschreitungen zeigen</translation>
    </message>
    <message>
        <source>Hide the past crossings of: %1</source>
        <translation>Die früheren Überschreitungen ausblenden von: %1</translation>
    </message>
    <message>
        <source>Show the past crossings of: %1</source>
        <translation>Die früheren Überschreitungen zeigen von: %1</translation>
    </message>
    <message>
        <source>followed through</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <source>not followed through</source>
        <translation>nicht umgesetzt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>bearings::ui::BoundaryForm</name>
    <message>
        <source>The behaviour</source>
        <translation>Das Verhalten</translation>
    </message>
    <message>
        <source>For example: shouting at me</source>
        <translation>Zum Beispiel: mich anschreien</translation>
    </message>
    <message>
        <source>My limit</source>
        <translation>Mein Limit</translation>
    </message>
    <message>
        <source>For example: I will not stay in a conversation where I am shouted at</source>
        <translation>Zum Beispiel: Ich bleibe nicht in einem Gespräch, in dem ich angeschrien werde</translation>
    </message>
    <message>
        <source>If it happens</source>
        <translation>Wenn es passiert</translation>
    </message>
    <message>
        <source>For example: I will say we can talk later, and leave the room</source>
        <translation>Zum Beispiel: Ich sage, dass wir später reden können, und verlasse den Raum</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop editing this boundary</source>
        <translation>Das Bearbeiten dieser Grenze beenden</translation>
    </message>
    <message>
        <source>When this happens</source>
        <translation>Wenn das passiert</translation>
    </message>
    <message>
        <source>Edit this boundary</source>
        <translation>Diese Grenze bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save the changes to this boundary</source>
        <translation>Die Änderungen an dieser Grenze speichern</translation>
    </message>
    <message>
        <source>Add a boundary</source>
        <translation>Eine Grenze hinzufügen</translation>
    </message>
    <message>
        <source>Add boundary</source>
        <translation>Grenze hinzufügen</translation>
    </message>
    <message>
        <source>Add this boundary</source>
        <translation>Diese Grenze hinzufügen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::ChartPanel</name>
    <message>
        <source>Save or print</source>
        <translation>Speichern oder drucken</translation>
    </message>
    <message>
        <source>Save or print the chart &quot;%1&quot;</source>
        <translation>Das Diagramm „%1“ speichern oder drucken</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Als PNG-Bild speichern…</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>Als SVG-Grafik speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Es gibt noch kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>The image could not be made.</source>
        <translation>Das Bild konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Save the chart as an SVG drawing</source>
        <translation>Das Diagramm als SVG-Grafik speichern</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Das Diagramm wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>The chart could not be saved. %1</source>
        <translation>Das Diagramm konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Print the chart</source>
        <translation>Das Diagramm drucken</translation>
    </message>
</context>
<context>
    <name>bearings::ui::CheckInsPage</name>
    <message>
        <source>Your trial starts on %1</source>
        <translation>Deine Probezeit beginnt am %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>All %1 weeks of the trial are done</source>
        <translation>Alle %1 Wochen der Probezeit sind geschafft</translation>
    </message>
    <message>
        <source>%1 · next check-in %2</source>
        <translation>%1 · nächster Check-in %2</translation>
    </message>
    <message>
        <source>Week %1&apos;s check-in is still open — you can fill it in now.</source>
        <translation>Der Check-in für Woche %1 ist noch offen — du kannst ihn jetzt ausfüllen.</translation>
    </message>
    <message>
        <source>The check-ins for weeks %1 are still open — you can fill them in now, one at a time.</source>
        <translation>Die Check-ins für die Wochen %1 sind noch offen — du kannst sie jetzt ausfüllen, einen nach dem anderen.</translation>
    </message>
    <message>
        <source>target: at least %1</source>
        <translation>Ziel: mindestens %1</translation>
    </message>
    <message>
        <source>target: at most %1</source>
        <translation>Ziel: höchstens %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Check-ins belong to a trial plan</source>
        <translation>Check-ins gehören zu einem Probeplan</translation>
    </message>
    <message>
        <source>A check-in is a short weekly look back at one trial plan: what helped, what made it harder, and how your signs of progress are doing. Once you have started a trial plan in the assessment, your check-ins appear here.</source>
        <translation>Ein Check-in ist ein kurzer wöchentlicher Rückblick auf einen Probeplan: was geholfen hat, was es schwerer gemacht hat und wie es um deine Anzeichen für Fortschritt steht. Sobald du in der Einschätzung einen Probeplan begonnen hast, erscheinen deine Check-ins hier.</translation>
    </message>
    <message>
        <source>What helped this week?</source>
        <translation>Was hat diese Woche geholfen?</translation>
    </message>
    <message>
        <source>What made it harder?</source>
        <translation>Was hat es schwerer gemacht?</translation>
    </message>
    <message>
        <source>Overall rating of the week, from 0 to 10, optional</source>
        <translation>Gesamtbewertung der Woche, von 0 bis 10, freiwillig</translation>
    </message>
    <message>
        <source>Monthly review</source>
        <translation>Monatsrückblick</translation>
    </message>
    <message>
        <source>What patterns do you notice?</source>
        <translation>Welche Muster fallen dir auf?</translation>
    </message>
    <message>
        <source>What progress do you see?</source>
        <translation>Welche Fortschritte siehst du?</translation>
    </message>
    <message>
        <source>What would you change in the plan?</source>
        <translation>Was würdest du am Plan ändern?</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>A few minutes once a week: what helped, what made it harder. Over the trial, the weeks tell the story.</source>
        <translation>Ein paar Minuten einmal pro Woche: was geholfen hat, was es schwerer gemacht hat. Über die Probezeit hinweg erzählen die Wochen die Geschichte.</translation>
    </message>
    <message>
        <source>Go to the assessment</source>
        <translation>Zur Einschätzung</translation>
    </message>
    <message>
        <source>Your trial</source>
        <translation>Deine Probezeit</translation>
    </message>
    <message>
        <source>Week of the check-in</source>
        <translation>Woche des Check-ins</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Woche</translation>
    </message>
    <message>
        <source>What &amp;helped this week?</source>
        <translation>Was hat diese Woche &amp;geholfen?</translation>
    </message>
    <message>
        <source>What made it &amp;harder?</source>
        <translation>Was hat es &amp;schwerer gemacht?</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>&amp;Overall, this week (optional)</source>
        <translation>&amp;Insgesamt, diese Woche (freiwillig)</translation>
    </message>
    <message>
        <source>Month of the review</source>
        <translation>Monat des Rückblicks</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Monat</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>M&amp;uster</translation>
    </message>
    <message>
        <source>P&amp;rogress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Changes to the plan</source>
        <translation>Än&amp;derungen am Plan</translation>
    </message>
    <message>
        <source>Check-ins filed so far, by week</source>
        <translation>Bisher gespeicherte Check-ins, nach Woche</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>What made it harder</source>
        <translation>Was es schwerer gemacht hat</translation>
    </message>
    <message>
        <source>Check-ins so far</source>
        <translation>Bisherige Check-ins</translation>
    </message>
    <message>
        <source>Choose a week to open its check-in and change it.</source>
        <translation>Wähle eine Woche, um ihren Check-in zu öffnen und zu ändern.</translation>
    </message>
    <message>
        <source>Every four weeks there is room for a longer look back. The first one opens with week 4&apos;s check-in, on %1.</source>
        <translation>Alle vier Wochen gibt es Raum für einen längeren Rückblick. Der erste öffnet sich mit dem Check-in von Woche 4, am %1.</translation>
    </message>
    <message>
        <source>Every four weeks there is room for a longer look back.</source>
        <translation>Alle vier Wochen gibt es Raum für einen längeren Rückblick.</translation>
    </message>
    <message>
        <source>The review of month %1 is ready when you are: a longer look at patterns, progress and what you would change.</source>
        <translation>Der Rückblick für Monat %1 wartet, wann immer du so weit bist: ein längerer Blick auf Muster, Fortschritt und was du ändern würdest.</translation>
    </message>
    <message>
        <source>Your reviews so far are written. The next one opens on %1.</source>
        <translation>Deine bisherigen Rückblicke sind geschrieben. Der nächste öffnet sich am %1.</translation>
    </message>
    <message>
        <source>Your reviews are written. You can open one to change it.</source>
        <translation>Deine Rückblicke sind geschrieben. Du kannst einen öffnen, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>%1, your rating from 0 to 10, %2</source>
        <translation>%1, deine Bewertung von 0 bis 10, %2</translation>
    </message>
    <message>
        <source>Week %1 — filed</source>
        <translation>Woche %1 — gespeichert</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>Month %1 — written</source>
        <translation>Monat %1 — geschrieben</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Monat %1</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save the changes to week %1&apos;s check-in</source>
        <translation>Die Änderungen am Check-in von Woche %1 speichern</translation>
    </message>
    <message>
        <source>File this check-in</source>
        <translation>Diesen Check-in speichern</translation>
    </message>
    <message>
        <source>File the check-in for week %1</source>
        <translation>Den Check-in für Woche %1 speichern</translation>
    </message>
    <message>
        <source>Save the changes to the review of month %1</source>
        <translation>Die Änderungen am Rückblick für Monat %1 speichern</translation>
    </message>
    <message>
        <source>Save this review</source>
        <translation>Diesen Rückblick speichern</translation>
    </message>
    <message>
        <source>Save the review of month %1</source>
        <translation>Den Rückblick für Monat %1 speichern</translation>
    </message>
    <message>
        <source>Your changes to week %1 are saved.</source>
        <translation>Deine Änderungen an Woche %1 sind gespeichert.</translation>
    </message>
    <message>
        <source>%1 It is open below now.</source>
        <translation>%1 Er ist jetzt unten geöffnet.</translation>
    </message>
    <message>
        <source>Week %1&apos;s check-in is filed. Thank you for taking the time.</source>
        <translation>Der Check-in für Woche %1 ist gespeichert. Danke, dass du dir die Zeit genommen hast.</translation>
    </message>
    <message>
        <source>Your changes to the review of month %1 are saved.</source>
        <translation>Deine Änderungen am Rückblick für Monat %1 sind gespeichert.</translation>
    </message>
    <message>
        <source>The review of month %1 is saved.</source>
        <translation>Der Rückblick für Monat %1 ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::CheckerPanel</name>
    <message>
        <source>Show in message</source>
        <translation>Im Text zeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Things the checker noticed</source>
        <translation>Was die Prüfung bemerkt hat</translation>
    </message>
    <message>
        <source>Show the selected finding in the message</source>
        <translation>Den ausgewählten Hinweis in der Nachricht zeigen</translation>
    </message>
    <message>
        <source>Dismiss the selected finding</source>
        <translation>Den ausgewählten Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Bring back dismissed findings</source>
        <translation>Ausgeblendete Hinweise zurückholen</translation>
    </message>
    <message>
        <source>Nothing to flag. Read it through once more in the preview.</source>
        <translation>Nichts anzumerken. Lies sie in der Vorschau noch einmal durch.</translation>
    </message>
    <message>
        <source>One thing you may want to look at.</source>
        <translation>Eine Sache, die du dir vielleicht ansehen möchtest.</translation>
    </message>
    <message>
        <source>%1 things you may want to look at.</source>
        <translation>%1 Dinge, die du dir vielleicht ansehen möchtest.</translation>
    </message>
    <message>
        <source>Bring back 1 dismissed</source>
        <translation>1 ausgeblendeten zurückholen</translation>
    </message>
    <message>
        <source>Bring back %1 dismissed</source>
        <translation>%1 ausgeblendete zurückholen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::DashboardCharts</name>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Before contact</source>
        <translation>Vor dem Kontakt</translation>
    </message>
    <message>
        <source>During contact</source>
        <translation>Während des Kontakts</translation>
    </message>
    <message>
        <source>After contact</source>
        <translation>Nach dem Kontakt</translation>
    </message>
    <message>
        <source>No moods recorded in these weeks. When you note how you felt before, during or after contact, the weekly averages appear here.</source>
        <translation>In diesen Wochen wurden keine Stimmungen notiert. Wenn du notierst, wie du dich vor, während oder nach einem Kontakt gefühlt hast, erscheinen hier die Wochendurchschnitte.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>%1
%2: average %3 from %4 entries</source>
        <translation>%1
%2: Durchschnitt %3 aus %4 Einträgen</translation>
    </message>
    <message>
        <source>Your target after contact (%1)</source>
        <translation>Dein Ziel nach dem Kontakt (%1)</translation>
    </message>
    <message>
        <source>Weekly average moods for %1 weeks with a mood recorded. After contact, the average over these weeks is %2.</source>
        <translation>Wöchentliche Durchschnittsstimmung für %1 Wochen mit notierter Stimmung. Nach dem Kontakt liegt der Durchschnitt dieser Wochen bei %2.</translation>
    </message>
    <message>
        <source>Weekly average moods for %1 weeks with a mood recorded.</source>
        <translation>Wöchentliche Durchschnittsstimmung für %1 Wochen mit notierter Stimmung.</translation>
    </message>
    <message>
        <source>Positive moments</source>
        <translation>Positive Momente</translation>
    </message>
    <message>
        <source>Four horsemen</source>
        <translation>Die vier Reiter</translation>
    </message>
    <message>
        <source>Controlling patterns</source>
        <translation>Kontrollierende Muster</translation>
    </message>
    <message>
        <source>Other hurtful patterns</source>
        <translation>Andere verletzende Muster</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Nothing tagged in these weeks. When you tag what happened in a journal entry, the moments appear here, week by week.</source>
        <translation>In diesen Wochen ist nichts markiert. Wenn du in einem Tagebucheintrag markierst, was passiert ist, erscheinen die Momente hier, Woche für Woche.</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>In these weeks: %1 positive moments, %2 of the four horsemen, %3 controlling patterns, %4 other hurtful patterns and %5 incidents.</source>
        <translation>In diesen Wochen: %1 positive Momente, %2 Mal einer der vier Reiter, %3 kontrollierende Muster, %4 andere verletzende Muster und %5 Vorfälle.</translation>
    </message>
    <message>
        <source>There is no trial yet. When you plan a trial and check in each week, your ratings appear here against the targets you set.</source>
        <translation>Es gibt noch keine Probezeit. Wenn du eine Probezeit planst und jede Woche einen Check-in machst, erscheinen hier deine Bewertungen neben den Zielen, die du dir gesetzt hast.</translation>
    </message>
    <message>
        <source>No check-ins yet. Your weekly ratings will appear here after your first check-in.</source>
        <translation>Noch keine Check-ins. Deine wöchentlichen Bewertungen erscheinen hier nach deinem ersten Check-in.</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Trial weeks</source>
        <translation>Wochen der Probezeit</translation>
    </message>
    <message>
        <source>Trial week %1
%2: %3 out of 10</source>
        <translation>Probewoche %1
%2: %3 von 10</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>Ziel: %1 (%2)</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>Trial week %1
Overall: %2 out of 10</source>
        <translation>Probewoche %1
Insgesamt: %2 von 10</translation>
    </message>
    <message>
        <source>One check-in in this trial, with %1 benchmark ratings.</source>
        <translation>Ein Check-in in dieser Probezeit, mit %1 Bewertungen der Richtwerte.</translation>
    </message>
    <message>
        <source>%1 check-ins in this trial, with %2 benchmark ratings.</source>
        <translation>%1 Check-ins in dieser Probezeit, mit %2 Bewertungen der Richtwerte.</translation>
    </message>
    <message>
        <source>No positive or hurtful moments tagged in these weeks, so there is no ratio to show yet.</source>
        <translation>In diesen Wochen sind keine positiven oder verletzenden Momente markiert, daher gibt es noch kein Verhältnis zu zeigen.</translation>
    </message>
    <message>
        <source>Positive for each hurtful</source>
        <translation>Positive je verletzendem Moment</translation>
    </message>
    <message>
        <source>Positive to hurtful, each week</source>
        <translation>Positiv zu verletzend, jede Woche</translation>
    </message>
    <message>
        <source>Only positive moments recorded</source>
        <translation>Nur positive Momente notiert</translation>
    </message>
    <message>
        <source>%1
%2 positive moments and no hurtful ones recorded</source>
        <translation>%1
%2 positive Momente und keine verletzenden notiert</translation>
    </message>
    <message>
        <source>%1
%2 positive and %3 hurtful: %4 to 1</source>
        <translation>%1
%2 positive und %3 verletzende: %4 zu 1</translation>
    </message>
    <message>
        <source>The 5 to 1 guide</source>
        <translation>Der Richtwert 5 zu 1</translation>
    </message>
    <message>
        <source>Your target (%1)</source>
        <translation>Dein Ziel (%1)</translation>
    </message>
    <message>
        <source>No hurtful moments were recorded in these weeks, only positive ones.</source>
        <translation>In diesen Wochen wurden keine verletzenden Momente notiert, nur positive.</translation>
    </message>
    <message>
        <source>Of %1 weeks with hurtful moments recorded, %2 reached about five positive moments for each hurtful one.</source>
        <translation>Von %1 Wochen mit notierten verletzenden Momenten kamen %2 auf etwa fünf positive Momente je verletzendem.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::DashboardPage</name>
    <message>
        <source>%1 : 1</source>
        <translation>%1 : 1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
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
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>In %1 days</source>
        <translation>In %1 Tagen</translation>
    </message>
    <message>
        <source>How things have been, week by week.</source>
        <translation>Wie es war, Woche für Woche.</translation>
    </message>
    <message>
        <source>No relationship yet</source>
        <translation>Noch keine Beziehung</translation>
    </message>
    <message>
        <source>Once you add a relationship and start noting how contact goes, this page shows the weeks at a glance.</source>
        <translation>Sobald du eine Beziehung hinzufügst und notierst, wie Kontakte verlaufen, zeigt dir diese Seite die Wochen auf einen Blick.</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Dein Weg</translation>
    </message>
    <message>
        <source>Next check-in</source>
        <translation>Nächster Check-in</translation>
    </message>
    <message>
        <source>Since a boundary was last crossed</source>
        <translation>Seit der letzten Grenzüberschreitung</translation>
    </message>
    <message>
        <source>Your follow-through</source>
        <translation>Deine Konsequenz</translation>
    </message>
    <message>
        <source>This week, positive to hurtful</source>
        <translation>Diese Woche, positiv zu verletzend</translation>
    </message>
    <message>
        <source>Incidents this month</source>
        <translation>Vorfälle in diesem Monat</translation>
    </message>
    <message>
        <source>How the trial is going</source>
        <translation>Wie die Probezeit läuft</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Noch nichts notiert</translation>
    </message>
    <message>
        <source>Mood around contact</source>
        <translation>Stimmung rund um Kontakte</translation>
    </message>
    <message>
        <source>Weekly averages from -5 (very low) to +5 (very good). Click a name below the chart to hide or show it.</source>
        <translation>Wochendurchschnitte von -5 (sehr schlecht) bis +5 (sehr gut). Klicke auf einen Namen unter dem Diagramm, um ihn aus- oder einzublenden.</translation>
    </message>
    <message>
        <source>What happened, week by week</source>
        <translation>Was passiert ist, Woche für Woche</translation>
    </message>
    <message>
        <source>The moments you tagged in your journal, stacked by kind.</source>
        <translation>Die Momente, die du in deinem Tagebuch markiert hast, gestapelt nach Art.</translation>
    </message>
    <message>
        <source>Check-in ratings</source>
        <translation>Check-in-Bewertungen</translation>
    </message>
    <message>
        <source>Your weekly 0 to 10 ratings for each benchmark, with your targets as dashed lines. The shaded band is the trial.</source>
        <translation>Deine wöchentlichen Bewertungen von 0 bis 10 für jeden Richtwert, mit deinen Zielen als gestrichelte Linien. Der schattierte Bereich ist die Probezeit.</translation>
    </message>
    <message>
        <source>Positive to hurtful</source>
        <translation>Positiv zu verletzend</translation>
    </message>
    <message>
        <source>Positive moments for each hurtful one, per week. Research on lasting relationships points to about five to one.</source>
        <translation>Positive Momente je verletzendem Moment, pro Woche. Forschung zu dauerhaften Beziehungen spricht von etwa fünf zu eins.</translation>
    </message>
    <message>
        <source>Plan a trial</source>
        <translation>Eine Probezeit planen</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in machen</translation>
    </message>
    <message>
        <source>Open the weekly check-in</source>
        <translation>Den wöchentlichen Check-in öffnen</translation>
    </message>
    <message>
        <source>Boundaries</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Open your boundaries</source>
        <translation>Deine Grenzen öffnen</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Sicherheitsplan</translation>
    </message>
    <message>
        <source>Open your safety plan</source>
        <translation>Deinen Sicherheitsplan öffnen</translation>
    </message>
    <message>
        <source>As you write down how contact goes, set boundaries and check in each week, this page fills in. Nothing here is sent anywhere; it stays in your vault.</source>
        <translation>Sobald du aufschreibst, wie Kontakte verlaufen, Grenzen setzt und jede Woche einen Check-in machst, füllt sich diese Seite. Nichts hiervon wird irgendwohin gesendet; es bleibt in deinem Tresor.</translation>
    </message>
    <message>
        <source>Write a journal entry</source>
        <translation>Einen Tagebucheintrag schreiben</translation>
    </message>
    <message>
        <source>Take stock of the relationship</source>
        <translation>Bilanz über die Beziehung ziehen</translation>
    </message>
    <message>
        <source>This trial</source>
        <translation>Diese Probezeit</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Weeks the charts show</source>
        <translation>Wochen, die die Diagramme zeigen</translation>
    </message>
    <message>
        <source>Charts &amp;show:</source>
        <translation>Diagramme &amp;zeigen:</translation>
    </message>
    <message>
        <source>The dashboard could not be worked out. %1</source>
        <translation>Die Übersicht konnte nicht berechnet werden. %1</translation>
    </message>
    <message>
        <source>How things have been with %1, week by week.</source>
        <translation>Wie es mit %1 war, Woche für Woche.</translation>
    </message>
    <message>
        <source>Your latest assessment for this relationship puts your safety first. The numbers below can wait; what matters most is that you are safe.</source>
        <translation>Deine letzte Einschätzung dieser Beziehung stellt deine Sicherheit an erste Stelle. Die Zahlen unten können warten; am wichtigsten ist, dass du in Sicherheit bist.</translation>
    </message>
    <message>
        <source>No trial running. A trial of 8 to 12 weeks gives a fair picture.</source>
        <translation>Keine laufende Probezeit. Eine Probezeit von 8 bis 12 Wochen ergibt ein faires Bild.</translation>
    </message>
    <message>
        <source>Your trial starts on %1.</source>
        <translation>Deine Probezeit beginnt am %1.</translation>
    </message>
    <message>
        <source>Trial week %1 of %2.</source>
        <translation>Probewoche %1 von %2.</translation>
    </message>
    <message>
        <source>Your trial was ended early. You can plan another whenever you are ready.</source>
        <translation>Deine Probezeit wurde vorzeitig beendet. Du kannst eine neue planen, wann immer du so weit bist.</translation>
    </message>
    <message>
        <source>Your %1-week trial is complete.</source>
        <translation>Deine Probezeit von %1 Wochen ist abgeschlossen.</translation>
    </message>
    <message>
        <source>None due</source>
        <translation>Keiner fällig</translation>
    </message>
    <message>
        <source>Weekly check-ins belong to a trial.</source>
        <translation>Wöchentliche Check-ins gehören zu einer Probezeit.</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Jetzt offen</translation>
    </message>
    <message>
        <source>Week %1&apos;s check-in is due on %2.</source>
        <translation>Der Check-in für Woche %1 ist am %2 fällig.</translation>
    </message>
    <message>
        <source>All done</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>Every check-in so far is filed.</source>
        <translation>Jeder bisherige Check-in ist abgelegt.</translation>
    </message>
    <message>
        <source>A boundary was crossed today.</source>
        <translation>Heute wurde eine Grenze überschritten.</translation>
    </message>
    <message>
        <source>Since the last time any boundary was crossed.</source>
        <translation>Seit zuletzt irgendeine Grenze überschritten wurde.</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Keine notiert</translation>
    </message>
    <message>
        <source>No boundary of this relationship has been crossed in your records.</source>
        <translation>Laut deinen Aufzeichnungen wurde keine Grenze dieser Beziehung überschritten.</translation>
    </message>
    <message>
        <source>You carried out your consequence the one time a boundary was crossed in the last 12 weeks.</source>
        <translation>Du hast deine Konsequenz umgesetzt, als in den letzten 12 Wochen einmal eine Grenze überschritten wurde.</translation>
    </message>
    <message>
        <source>A boundary was crossed once in the last 12 weeks, and the consequence was not carried out. That is something to notice, not to blame yourself for.</source>
        <translation>In den letzten 12 Wochen wurde einmal eine Grenze überschritten, und die Konsequenz wurde nicht umgesetzt. Das ist etwas zum Wahrnehmen, nicht um dir Vorwürfe zu machen.</translation>
    </message>
    <message>
        <source>You carried out your consequence %1 of the %2 times a boundary was crossed in the last 12 weeks.</source>
        <translation>Du hast deine Konsequenz %1 von %2 Malen umgesetzt, als in den letzten 12 Wochen eine Grenze überschritten wurde.</translation>
    </message>
    <message>
        <source>Nothing to follow</source>
        <translation>Nichts umzusetzen</translation>
    </message>
    <message>
        <source>No boundary was crossed in the last 12 weeks.</source>
        <translation>In den letzten 12 Wochen wurde keine Grenze überschritten.</translation>
    </message>
    <message>
        <source>%1 positive and %2 hurtful moments so far. That meets the 5 to 1 guide.</source>
        <translation>Bisher %1 positive und %2 verletzende Momente. Das erfüllt den Richtwert 5 zu 1.</translation>
    </message>
    <message>
        <source>%1 positive and %2 hurtful moments so far. The guide is about 5 to 1.</source>
        <translation>Bisher %1 positive und %2 verletzende Momente. Der Richtwert liegt bei etwa 5 zu 1.</translation>
    </message>
    <message>
        <source>No hurtful moments</source>
        <translation>Keine verletzenden Momente</translation>
    </message>
    <message>
        <source>One positive moment recorded so far this week.</source>
        <translation>Diese Woche bisher ein positiver Moment notiert.</translation>
    </message>
    <message>
        <source>%1 positive moments recorded so far this week.</source>
        <translation>Diese Woche bisher %1 positive Momente notiert.</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>Nothing tagged so far this week.</source>
        <translation>Diese Woche bisher nichts markiert.</translation>
    </message>
    <message>
        <source>None recorded this month.</source>
        <translation>In diesem Monat keine notiert.</translation>
    </message>
    <message>
        <source>Each one is kept in your journal as a dated record. If you feel unsafe, your safety plan is one click away.</source>
        <translation>Jeder wird in deinem Tagebuch als datierter Eintrag aufbewahrt. Wenn du dich unsicher fühlst, ist dein Sicherheitsplan nur einen Klick entfernt.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::DiscreetMode</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Bearings</source>
        <translation>Bearings</translation>
    </message>
</context>
<context>
    <name>bearings::ui::DocumentPrinter</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>bearings::ui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>La&amp;nguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Light or dark</source>
        <translation>Hell oder dunkel</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Light or &amp;dark</source>
        <translation>Hell oder &amp;dunkel</translation>
    </message>
    <message>
        <source>You see the change at once. Cancel puts the previous look back.</source>
        <translation>Du siehst die Änderung sofort. Abbrechen stellt das vorherige Aussehen wieder her.</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Wo du lebst</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>&amp;Where you live</source>
        <translation>&amp;Wo du lebst</translation>
    </message>
    <message>
        <source>This number is shown in Help, even before your vault is open, and a new safety plan starts with it. Once your safety plan is saved, it keeps its own region: change it there.</source>
        <translation>Diese Nummer wird in der Hilfe angezeigt, schon bevor dein Tresor geöffnet ist, und ein neuer Sicherheitsplan beginnt damit. Sobald dein Sicherheitsplan gespeichert ist, behält er seine eigene Region: Ändere sie dort.</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Bearings.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Bearings.</translation>
    </message>
    <message>
        <source>A new language applies the next time you start Bearings.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Bearings.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::HelpContent</name>
    <message>
        <source>The overview shows how things have been going with the person you picked at the top of the sidebar: your mood around contact, what happened week by week, the balance of positive and hurtful moments, how well your boundaries hold and how a trial period is going. Look at the trend over several weeks rather than any single day.</source>
        <translation>Die Übersicht zeigt, wie es mit der Person gelaufen ist, die du oben in der Seitenleiste gewählt hast: deine Stimmung rund um Kontakte, was Woche für Woche passiert ist, das Verhältnis von positiven und verletzenden Momenten, wie gut deine Grenzen halten und wie eine Probezeit läuft. Achte auf den Verlauf über mehrere Wochen statt auf einen einzelnen Tag.</translation>
    </message>
    <message>
        <source>After contact, write down when it happened, how it happened (in person, a call, a message), how you felt before, during and after, and what happened. Tags help you notice patterns, such as criticism, a broken promise or a real apology. A few weeks of notes make it easier to see clearly before you decide anything. Entries can be filtered, edited and deleted.</source>
        <translation>Schreib nach einem Kontakt auf, wann er war, wie er stattfand (persönlich, per Anruf, per Nachricht), wie du dich vorher, währenddessen und danach gefühlt hast und was passiert ist. Markierungen helfen dir, Muster zu bemerken, etwa Kritik, ein gebrochenes Versprechen oder eine echte Entschuldigung. Ein paar Wochen mit Einträgen machen es leichter, klar zu sehen, bevor du etwas entscheidest. Einträge lassen sich filtern, bearbeiten und löschen.</translation>
    </message>
    <message>
        <source>A boundary names a behaviour, your limit, and what you will do if it happens again. Each time one is crossed, note what happened and whether you followed through. The page shows how often you did and how long it has been since the last time.</source>
        <translation>Eine Grenze benennt ein Verhalten, dein Limit und was du tust, wenn es wieder passiert. Notiere jedes Mal, wenn eine überschritten wird, was passiert ist und ob du es umgesetzt hast. Die Seite zeigt, wie oft dir das gelungen ist und wie lange das letzte Mal her ist.</translation>
    </message>
    <message>
        <source>Once a week, take a few minutes for what helped and what made things harder, and rate the benchmarks you set. Every four weeks, a longer look back helps you decide what to change. You can ask Bearings to remind you each week in Settings.</source>
        <translation>Nimm dir einmal pro Woche ein paar Minuten für das, was geholfen und was es schwerer gemacht hat, und bewerte die Richtwerte, die du dir gesetzt hast. Alle vier Wochen hilft dir ein längerer Rückblick zu entscheiden, was du ändern willst. In den Einstellungen kannst du dich von Bearings jede Woche erinnern lassen.</translation>
    </message>
    <message>
        <source>A short set of questions helps you see whether repair, less contact or no contact fits best, and explains which answers led there. If anything points to danger, your safety comes first. Here you also choose your path, plan a fair trial and tick off practical steps.</source>
        <translation>Ein paar kurze Fragen helfen dir zu sehen, ob Reparieren, weniger Kontakt oder kein Kontakt am besten passt, und erklären, welche Antworten dazu geführt haben. Wenn etwas auf Gefahr hindeutet, geht deine Sicherheit vor. Hier wählst du auch deinen Weg, planst eine faire Probezeit und hakst praktische Schritte ab.</translation>
    </message>
    <message>
        <source>Start from a template, such as stating a boundary, stepping back or ending contact, and make it your own. Bearings points out long explanations, wording that opens a negotiation, words about the person rather than the behaviour, and blanks you have not filled in yet. Nothing is ever sent from here: copy the text when you are ready, and it is removed from the clipboard after a short while.</source>
        <translation>Beginne mit einer Vorlage, etwa um eine Grenze zu benennen, auf Abstand zu gehen oder den Kontakt zu beenden, und mach sie zu deiner eigenen. Bearings weist auf lange Erklärungen hin, auf Formulierungen, die eine Verhandlung eröffnen, auf Worte über die Person statt über das Verhalten und auf Lücken, die du noch nicht ausgefüllt hast. Von hier aus wird nie etwas gesendet: Kopiere den Text, wenn du so weit bist, und er wird nach kurzer Zeit wieder aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source>Write down people you trust and how to reach them, a code word, safe places, what to take with you and what to do if things escalate. You can print it or keep a small card with the most important numbers. Keep any printout somewhere only you know.</source>
        <translation>Schreib Vertrauenspersonen auf und wie du sie erreichst, ein Codewort, sichere Orte, was du mitnehmen solltest und was du tust, wenn die Lage eskaliert. Du kannst den Plan ausdrucken oder eine kleine Karte mit den wichtigsten Nummern bei dir tragen. Bewahre jeden Ausdruck an einem Ort auf, den nur du kennst.</translation>
    </message>
    <message>
        <source>About Bearings</source>
        <translation>Über Bearings</translation>
    </message>
    <message>
        <source>Before you begin</source>
        <translation>Bevor du beginnst</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Deine Privatsphäre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>Quick exit: hide Bearings at once and lock it</source>
        <translation>Schnell verlassen: Bearings sofort verbergen und sperren</translation>
    </message>
    <message>
        <source>Shift three times</source>
        <translation>Dreimal Umschalt</translation>
    </message>
    <message>
        <source>Quick exit, from any window of Bearings</source>
        <translation>Schnell verlassen, aus jedem Fenster von Bearings</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Open this help</source>
        <translation>Diese Hilfe öffnen</translation>
    </message>
    <message>
        <source>Open the settings</source>
        <translation>Die Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Save the journal note you are writing</source>
        <translation>Den Tagebucheintrag speichern, den du gerade schreibst</translation>
    </message>
    <message>
        <source>Delete the selected journal note, boundary crossing or message draft (you are asked first)</source>
        <translation>Den ausgewählten Tagebucheintrag, die ausgewählte Grenzüberschreitung oder den ausgewählten Nachrichtenentwurf löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Rename the selected message draft</source>
        <translation>Den ausgewählten Nachrichtenentwurf umbenennen</translation>
    </message>
    <message>
        <source>Print the safety plan</source>
        <translation>Den Sicherheitsplan drucken</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Zum nächsten oder vorigen Bedienelement wechseln</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Jump to a field, button or tab</source>
        <translation>Zu einem Feld, einer Schaltfläche oder einem Reiter springen</translation>
    </message>
    <message>
        <source>Next tab in the settings</source>
        <translation>Nächster Reiter in den Einstellungen</translation>
    </message>
    <message>
        <source>Close a dialog without saving</source>
        <translation>Einen Dialog schließen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Bearings %1</source>
        <translation>Bearings %1</translation>
    </message>
    <message>
        <source>Bearings is a private place to take stock of a relationship that hurts you, whether with a partner, a family member, a friend, a colleague or a co-parent. It helps you see where you stand, keep notes of contact, set boundaries, check in week by week, draft what you need to say and keep a safety plan. It never tells you what to do: it shows what your own answers and notes suggest, and it always puts your safety first.</source>
        <translation>Bearings ist ein privater Ort, um Bilanz über eine Beziehung zu ziehen, die dich verletzt, ob mit einem Partner oder einer Partnerin, jemandem aus der Familie, einer Freundschaft, Kolleginnen und Kollegen oder dem anderen Elternteil deiner Kinder. Es hilft dir zu sehen, wo du stehst, Kontakte festzuhalten, Grenzen zu setzen, Woche für Woche Check-ins zu machen, zu formulieren, was du sagen musst, und einen Sicherheitsplan bereitzuhalten. Es sagt dir nie, was du tun sollst: Es zeigt, was deine eigenen Antworten und Notizen nahelegen, und stellt deine Sicherheit immer an erste Stelle.</translation>
    </message>
    <message>
        <source>This help is part of Bearings and works without the internet.</source>
        <translation>Diese Hilfe ist Teil von Bearings und funktioniert ohne Internet.</translation>
    </message>
    <message>
        <source>What is stored, and where</source>
        <translation>Was gespeichert wird, und wo</translation>
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file, your vault, with an encrypted backup of the previous save beside it. A small settings file holds your choices, such as the language and how Bearings locks, and never anything you write. Settings, on the Traces on this computer tab, lists every file with its real place on this computer.</source>
        <translation>Alles, was du schreibst, liegt in einer einzigen verschlüsselten Datei, deinem Tresor, mit einer verschlüsselten Sicherung des vorigen Speicherstands daneben. Eine kleine Einstellungsdatei enthält deine Auswahl, etwa die Sprache und wie Bearings sperrt, und nie etwas, das du schreibst. In den Einstellungen listet der Reiter „Spuren auf diesem Computer“ jede Datei mit ihrem tatsächlichen Ort auf diesem Computer auf.</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Locking closes your vault and forgets the passphrase; your passphrase is needed to open it again. Press %1 or choose Lock in the sidebar. Bearings also locks itself after some time without use, and can lock when its window is minimized; both are in Settings.</source>
        <translation>Sperren schließt deinen Tresor und vergisst die Passphrase; zum Öffnen brauchst du wieder deine Passphrase. Drücke %1 oder wähle „Sperren“ in der Seitenleiste. Bearings sperrt sich außerdem nach einiger Zeit ohne Nutzung und kann sich sperren, wenn sein Fenster minimiert wird; beides findest du in den Einstellungen.</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Schnell verlassen</translation>
    </message>
    <message>
        <source>Pressing Shift three times hides every window of Bearings at once, clears anything you copied and locks.</source>
        <translation>Dreimal Umschalt zu drücken verbirgt sofort jedes Fenster von Bearings, leert alles, was du kopiert hast, und sperrt.</translation>
    </message>
    <message>
        <source>Pressing %1, or Shift three times, hides every window of Bearings at once, clears anything you copied and locks.</source>
        <translation>%1 oder dreimal Umschalt zu drücken verbirgt sofort jedes Fenster von Bearings, leert alles, was du kopiert hast, und sperrt.</translation>
    </message>
    <message>
        <source>Bearings then quits, or stays hidden and locked, as you choose in Settings. The Quick exit button does the same.</source>
        <translation>Danach beendet sich Bearings oder bleibt verborgen und gesperrt, wie du es in den Einstellungen wählst. Die Schaltfläche „Schnell verlassen“ macht dasselbe.</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Diskreter Modus</translation>
    </message>
    <message>
        <source>In discreet mode the window is called “%1” and has a plain notepad icon, in the task bar and in a reminder. It does not hide that Bearings is installed.</source>
        <translation>Im diskreten Modus heißt das Fenster „%1“ und hat ein schlichtes Notizblock-Symbol, in der Taskleiste und in einer Erinnerung. Es verbirgt nicht, dass Bearings installiert ist.</translation>
    </message>
    <message>
        <source>Copying text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Text you copy in Bearings is marked as private for clipboard managers that respect it, and removed from the clipboard after a short while, and when Bearings locks.</source>
        <translation>Text, den du in Bearings kopierst, wird für Zwischenablage-Manager, die das beachten, als privat markiert und nach kurzer Zeit aus der Zwischenablage entfernt, ebenso wenn Bearings sich sperrt.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>A weekly reminder is off until you turn it on in Settings. It only says “%1”, never a name or anything you wrote, and it appears only while Bearings is running.</source>
        <translation>Eine wöchentliche Erinnerung ist aus, bis du sie in den Einstellungen einschaltest. Sie sagt nur „%1“, nie einen Namen oder etwas, das du geschrieben hast, und sie erscheint nur, solange Bearings läuft.</translation>
    </message>
    <message>
        <source>Time for your weekly note</source>
        <translation>Zeit für deine wöchentliche Notiz</translation>
    </message>
    <message>
        <source>Everything in Bearings can be reached with the keyboard.</source>
        <translation>Alles in Bearings lässt sich mit der Tastatur erreichen.</translation>
    </message>
    <message>
        <source>If you are in danger now, call your local emergency number. It is worth looking it up while things are calm and writing it in your safety plan.</source>
        <translation>Wenn du jetzt in Gefahr bist, ruf deine örtliche Notrufnummer an. Es lohnt sich, sie nachzuschlagen, solange es ruhig ist, und sie in deinen Sicherheitsplan zu schreiben.</translation>
    </message>
    <message>
        <source>If you are in danger now, call &lt;b&gt;%1&lt;/b&gt; (emergency services, %2).</source>
        <translation>Wenn du jetzt in Gefahr bist, ruf &lt;b&gt;%1&lt;/b&gt; an (Notruf, %2).</translation>
    </message>
    <message>
        <source>TTY %1</source>
        <translation>TTY %1</translation>
    </message>
    <message>
        <source>The region for the emergency number is in Settings, under General. Your safety plan keeps the numbers that matter to you, including local helplines you add.</source>
        <translation>Die Region für die Notrufnummer findest du in den Einstellungen unter „Allgemein“. Dein Sicherheitsplan bewahrt die Nummern, die für dich wichtig sind, auch örtliche Hilfetelefone, die du hinzufügst.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::HelpDialog</name>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Help topics</source>
        <translation>Hilfethemen</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::HtmlDocumentExport</name>
    <message>
        <source>Wallet card</source>
        <translation>Karte für die Brieftasche</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Bearings could not write %1.</source>
        <translation>Bearings konnte %1 nicht schreiben.</translation>
    </message>
    <message>
        <source>Bearings could not lay out the pages of %1.</source>
        <translation>Bearings konnte die Seiten von %1 nicht setzen.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::IncidentReportDialog</name>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Incident report</source>
        <translation>Vorfallbericht</translation>
    </message>
    <message>
        <source>A plain, dated record of the incidents you noted for this relationship, oldest first: when, what happened, how serious it was, who was present and what evidence you kept. It is written to be handed to a lawyer, HR or an advocate, and shows any later edits.</source>
        <translation>Ein schlichtes, datiertes Protokoll der Vorfälle, die du für diese Beziehung notiert hast, die ältesten zuerst: wann, was passiert ist, wie schwer es war, wer dabei war und welche Belege du aufbewahrt hast. Es ist so geschrieben, dass du es einer Anwältin oder einem Anwalt, der Personalabteilung oder einer Beratungsstelle geben kannst, und zeigt jede spätere Bearbeitung.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Dateityp</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Save the incident report</source>
        <translation>Den Vorfallbericht speichern</translation>
    </message>
    <message>
        <source>Print the incident report</source>
        <translation>Den Vorfallbericht drucken</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>File &amp;type</source>
        <translation>Datei&amp;typ</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>A saved report is not encrypted. Keep it somewhere only you can reach, and delete it when it has done its job.</source>
        <translation>Ein gespeicherter Bericht ist nicht verschlüsselt. Bewahre ihn an einem Ort auf, an den nur du kommst, und lösche ihn, wenn er seinen Zweck erfüllt hat.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>No incidents are recorded in these dates. The report would say so.</source>
        <translation>In diesem Zeitraum sind keine Vorfälle festgehalten. Der Bericht würde das so sagen.</translation>
    </message>
    <message>
        <source>One incident in these dates.</source>
        <translation>Ein Vorfall in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 incidents in these dates.</source>
        <translation>%1 Vorfälle in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>The report could not be saved. %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Der Bericht wurde unter %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::ItemListEditor</name>
    <message>
        <source>Double-click a line or press F2 to change it.</source>
        <translation>Doppelklicke auf eine Zeile oder drücke F2, um sie zu ändern.</translation>
    </message>
    <message>
        <source>New line for %1</source>
        <translation>Neue Zeile für %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected line from %1</source>
        <translation>Die ausgewählte Zeile aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::JournalForm</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Mood before, from −5 to +5</source>
        <translation>Stimmung vorher, von −5 bis +5</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Währenddessen</translation>
    </message>
    <message>
        <source>Mood during, from −5 to +5</source>
        <translation>Stimmung währenddessen, von −5 bis +5</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Mood after, from −5 to +5</source>
        <translation>Stimmung danach, von −5 bis +5</translation>
    </message>
    <message>
        <source>Your tags…</source>
        <translation>Deine Markierungen…</translation>
    </message>
    <message>
        <source>This was an incident I want on record</source>
        <translation>Das war ein Vorfall, den ich festhalten will</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Add to the journal</source>
        <translation>Ins Tagebuch eintragen</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es passiert ist</translation>
    </message>
    <message>
        <source>How you were in contact</source>
        <translation>Wie ihr in Kontakt wart</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Tick what fits. Space ticks the highlighted tag.</source>
        <translation>Markiere, was passt. Die Leertaste markiert die hervorgehobene Markierung.</translation>
    </message>
    <message>
        <source>Add or remove tags of your own</source>
        <translation>Eigene Markierungen hinzufügen oder entfernen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What happened, in your own words.</source>
        <translation>Was passiert ist, in deinen eigenen Worten.</translation>
    </message>
    <message>
        <source>How serious it was</source>
        <translation>Wie schwer es war</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Who was present</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <source>Names or roles, if anyone</source>
        <translation>Namen oder Rollen, falls jemand dabei war</translation>
    </message>
    <message>
        <source>Evidence kept</source>
        <translation>Aufbewahrte Belege</translation>
    </message>
    <message>
        <source>Messages, photos, emails you saved</source>
        <translation>Nachrichten, Fotos, E-Mails, die du gesichert hast</translation>
    </message>
    <message>
        <source>How serious</source>
        <translation>Wie schwer</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Edit this entry</source>
        <translation>Diesen Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Diesen Eintrag speichern</translation>
    </message>
    <message>
        <source>Please add a relationship first.</source>
        <translation>Bitte füge zuerst eine Beziehung hinzu.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::JournalPage</name>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>No relationship yet</source>
        <translation>Noch keine Beziehung</translation>
    </message>
    <message>
        <source>Once you have added a relationship, you can keep a journal of your contact here.</source>
        <translation>Sobald du eine Beziehung hinzugefügt hast, kannst du hier ein Tagebuch über eure Kontakte führen.</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge zeigen ab</translation>
    </message>
    <message>
        <source>Show entries until</source>
        <translation>Einträge zeigen bis</translation>
    </message>
    <message>
        <source>Incidents only</source>
        <translation>Nur Vorfälle</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>A few lines after each contact. Over weeks, the trend shows more than any single day.</source>
        <translation>Ein paar Zeilen nach jedem Kontakt. Über Wochen zeigt der Verlauf mehr als jeder einzelne Tag.</translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation>Einträge mit dieser Markierung zeigen</translation>
    </message>
    <message>
        <source>Show incidents only</source>
        <translation>Nur Vorfälle zeigen</translation>
    </message>
    <message>
        <source>Search the notes</source>
        <translation>Die Einträge durchsuchen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Moods</source>
        <translation>Stimmungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den ausgewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete this entry? You can undo this until you lock Bearings.</source>
        <translation>Diesen Eintrag löschen? Du kannst das rückgängig machen, bis du Bearings sperrst.</translation>
    </message>
    <message>
        <source>Yes, delete the entry</source>
        <translation>Ja, den Eintrag löschen</translation>
    </message>
    <message>
        <source>Keep the entry</source>
        <translation>Den Eintrag behalten</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jede Markierung</translation>
    </message>
    <message>
        <source>Incident, severity %1</source>
        <translation>Vorfall, Schwere %1</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>Der Eintrag ist wieder da.</translation>
    </message>
    <message>
        <source>Incident report…</source>
        <translation>Vorfallbericht…</translation>
    </message>
    <message>
        <source>Make an incident report for a lawyer, HR or an advocate</source>
        <translation>Einen Vorfallbericht für eine Anwältin oder einen Anwalt, die Personalabteilung oder eine Beratungsstelle erstellen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::JournalText</name>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>before %1 · during %2 · after %3</source>
        <translation>vorher %1 · währenddessen %2 · danach %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>1 – minor</source>
        <translation>1 – leicht</translation>
    </message>
    <message>
        <source>2 – upsetting</source>
        <translation>2 – belastend</translation>
    </message>
    <message>
        <source>3 – serious</source>
        <translation>3 – ernst</translation>
    </message>
    <message>
        <source>4 – very serious</source>
        <translation>4 – sehr ernst</translation>
    </message>
    <message>
        <source>5 – dangerous</source>
        <translation>5 – gefährlich</translation>
    </message>
</context>
<context>
    <name>bearings::ui::Language</name>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
</context>
<context>
    <name>bearings::ui::LockingPage</name>
    <message>
        <source>Locking</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Sperren nach Minuten ohne Nutzung</translation>
    </message>
    <message>
        <source>0 means Bearings never locks by itself.</source>
        <translation>0 bedeutet, dass sich Bearings nie von selbst sperrt.</translation>
    </message>
    <message>
        <source>Lock when the window is &amp;minimized</source>
        <translation>Sperren, wenn das Fenster &amp;minimiert wird</translation>
    </message>
    <message>
        <source>Lock when the window is minimized</source>
        <translation>Sperren, wenn das Fenster minimiert wird</translation>
    </message>
    <message>
        <source>Lock after &amp;no use for</source>
        <translation>Sperren nach &amp;Nichtnutzung von</translation>
    </message>
    <message>
        <source>Set it to 0 if you never want Bearings to lock by itself.</source>
        <translation>Stell 0 ein, wenn sich Bearings nie von selbst sperren soll.</translation>
    </message>
    <message>
        <source>&amp;Quit Bearings</source>
        <translation>Bearings &amp;beenden</translation>
    </message>
    <message>
        <source>After a quick exit, quit Bearings</source>
        <translation>Nach dem schnellen Verlassen Bearings beenden</translation>
    </message>
    <message>
        <source>Stay &amp;hidden and locked</source>
        <translation>&amp;Verborgen und gesperrt bleiben</translation>
    </message>
    <message>
        <source>After a quick exit, stay hidden and locked</source>
        <translation>Nach dem schnellen Verlassen verborgen und gesperrt bleiben</translation>
    </message>
    <message>
        <source>Quick-exit shortcut</source>
        <translation>Tastenkürzel für Schnell verlassen</translation>
    </message>
    <message>
        <source>Press the key combination you want to use.</source>
        <translation>Drücke die Tastenkombination, die du verwenden möchtest.</translation>
    </message>
    <message>
        <source>Reset to %1</source>
        <translation>Auf %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Schnell verlassen</translation>
    </message>
    <message>
        <source>After a quick exit:</source>
        <translation>Nach dem schnellen Verlassen:</translation>
    </message>
    <message>
        <source>If Bearings stays hidden, starting it again shows its window, still locked.</source>
        <translation>Wenn Bearings verborgen bleibt, zeigt ein erneuter Start sein Fenster, weiterhin gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Shortcut</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Use one key combination. Pressing Shift three times always works too.</source>
        <translation>Nimm eine einzige Tastenkombination. Dreimal Umschalt zu drücken funktioniert außerdem immer.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode: call the window “%1” and use a plain icon</source>
        <translation>&amp;Diskreter Modus: das Fenster „%1“ nennen und ein schlichtes Symbol verwenden</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Diskreter Modus</translation>
    </message>
    <message>
        <source>What others see</source>
        <translation>Was andere sehen</translation>
    </message>
    <message>
        <source>This changes the title and icon in the task bar. It does not hide that Bearings is installed.</source>
        <translation>Das ändert Titel und Symbol in der Taskleiste. Es verbirgt nicht, dass Bearings installiert ist.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Clear copied text after seconds</source>
        <translation>Kopierten Text nach Sekunden löschen</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after</source>
        <translation>Kopierten Text &amp;löschen nach</translation>
    </message>
    <message>
        <source>Text you copy in Bearings is removed from the clipboard after this time, and when it locks.</source>
        <translation>Text, den du in Bearings kopierst, wird nach dieser Zeit aus der Zwischenablage entfernt, und wenn es sich sperrt.</translation>
    </message>
    <message>
        <source>Please use a single key combination, such as Shift+Esc or Ctrl+Alt+H: a quick exit has to be one movement.</source>
        <translation>Bitte nimm eine einzige Tastenkombination, etwa Umschalt+Esc oder Strg+Alt+H: Schnelles Verlassen muss ein einziger Handgriff sein.</translation>
    </message>
    <message>
        <source>This key is used for typing, so it could hide Bearings in the middle of a sentence. Please add Ctrl or Alt.</source>
        <translation>Diese Taste wird zum Schreiben gebraucht und könnte Bearings mitten im Satz verbergen. Bitte füge Strg oder Alt hinzu.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::LogisticsItemRow</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done yet</source>
        <translation>Noch nicht erledigt</translation>
    </message>
    <message>
        <source>Text of this step</source>
        <translation>Text dieses Schritts</translation>
    </message>
    <message>
        <source>Save the step</source>
        <translation>Den Schritt speichern</translation>
    </message>
    <message>
        <source>Edit the step: %1</source>
        <translation>Den Schritt bearbeiten: %1</translation>
    </message>
    <message>
        <source>Remove the step: %1</source>
        <translation>Den Schritt entfernen: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
</context>
<context>
    <name>bearings::ui::LogisticsPanel</name>
    <message>
        <source>Practical steps</source>
        <translation>Praktische Schritte</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Add your own</source>
        <translation>Eigenen hinzufügen</translation>
    </message>
    <message>
        <source>Nothing here yet. You can start from a short starter checklist and change it to fit, or add your own steps below.</source>
        <translation>Hier ist noch nichts. Du kannst mit einer kurzen Einstiegs-Checkliste beginnen und sie anpassen oder unten eigene Schritte hinzufügen.</translation>
    </message>
    <message>
        <source>No one here yet. Even one person or place you can turn to makes a difference.</source>
        <translation>Hier ist noch niemand. Schon eine Person oder ein Ort, an die du dich wenden kannst, macht einen Unterschied.</translation>
    </message>
    <message>
        <source>Practical steps and support</source>
        <translation>Praktische Schritte und Unterstützung</translation>
    </message>
    <message>
        <source>Add a starter checklist</source>
        <translation>Eine Einstiegs-Checkliste hinzufügen</translation>
    </message>
    <message>
        <source>Small, concrete steps that make the change real. Tick them off at your own pace.</source>
        <translation>Kleine, konkrete Schritte, die die Veränderung wirklich machen. Hake sie in deinem eigenen Tempo ab.</translation>
    </message>
    <message>
        <source>The people, groups and professionals who can back you up while you do this.</source>
        <translation>Die Menschen, Gruppen und Fachleute, die dir dabei den Rücken stärken können.</translation>
    </message>
    <message>
        <source>Category of the new step</source>
        <translation>Bereich des neuen Schritts</translation>
    </message>
    <message>
        <source>Text of the new step</source>
        <translation>Text des neuen Schritts</translation>
    </message>
    <message>
        <source>A step in your own words, or someone you can call</source>
        <translation>Ein Schritt in deinen eigenen Worten oder jemand, den du anrufen kannst</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the step</source>
        <translation>Den Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Banking and money</source>
        <translation>Bank und Geld</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Accounts and passwords</source>
        <translation>Konten und Passwörter</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Schlüssel und Zugänge</translation>
    </message>
    <message>
        <source>Shared belongings</source>
        <translation>Gemeinsame Sachen</translation>
    </message>
    <message>
        <source>Lease and home</source>
        <translation>Mietvertrag und Wohnung</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>Haustiere</translation>
    </message>
    <message>
        <source>Shared calendars and groups</source>
        <translation>Gemeinsame Kalender und Gruppen</translation>
    </message>
    <message>
        <source>Trusted people</source>
        <translation>Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Support groups</source>
        <translation>Selbsthilfegruppen</translation>
    </message>
    <message>
        <source>Professional help</source>
        <translation>Professionelle Hilfe</translation>
    </message>
    <message>
        <source>Other steps</source>
        <translation>Andere Schritte</translation>
    </message>
    <message>
        <source>Practical steps and a list of your support appear here when you choose to limit contact or to step away.</source>
        <translation>Praktische Schritte und eine Liste deiner Unterstützung erscheinen hier, wenn du dich entscheidest, den Kontakt zu begrenzen oder auf Abstand zu gehen.</translation>
    </message>
    <message>
        <source>Practical steps appear here once you have added a relationship.</source>
        <translation>Praktische Schritte erscheinen hier, sobald du eine Beziehung hinzugefügt hast.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
</context>
<context>
    <name>bearings::ui::MainWindow</name>
    <message>
        <source>Quick exit</source>
        <translation>Schnell verlassen</translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation>Bearings sofort verbergen und schließen</translation>
    </message>
    <message>
        <source>Hides this window at once and closes the app.</source>
        <translation>Verbirgt dieses Fenster sofort und schließt die App.</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock Bearings now (Ctrl+L)</source>
        <translation>Bearings jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Closes your vault. Your passphrase is needed to open it again.</source>
        <translation>Schließt deinen Tresor. Zum Öffnen brauchst du wieder deine Passphrase.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language, look, locking, passphrase, reminders, and what Bearings leaves on this computer (Ctrl+,)</source>
        <translation>Sprache, Aussehen, Sperren, Passphrase, Erinnerungen und was Bearings auf diesem Computer hinterlässt (Strg+,)</translation>
    </message>
    <message>
        <source>Opens the settings: language and look, locking, your passphrase, reminders, and traces on this computer.</source>
        <translation>Öffnet die Einstellungen: Sprache und Aussehen, Sperren, deine Passphrase, Erinnerungen und Spuren auf diesem Computer.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>How Bearings works, keyboard shortcuts and helplines (F1)</source>
        <translation>Wie Bearings funktioniert, Tastenkürzel und Hilfetelefone (F1)</translation>
    </message>
    <message>
        <source>Opens the help: how each area works, privacy, shortcuts and helplines.</source>
        <translation>Öffnet die Hilfe: wie jeder Bereich funktioniert, Privatsphäre, Tastenkürzel und Hilfetelefone.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::MoodInput</name>
    <message>
        <source>Note this mood: %1</source>
        <translation>Diese Stimmung notieren: %1</translation>
    </message>
    <message>
        <source>Leave unticked if you did not notice or do not want to note it.</source>
        <translation>Lass das Häkchen weg, wenn du es nicht bemerkt hast oder nicht notieren möchtest.</translation>
    </message>
    <message>
        <source>From −5, very bad, to +5, very good.</source>
        <translation>Von −5, sehr schlecht, bis +5, sehr gut.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>During</source>
        <translation>Währenddessen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Now %1, from −5 to +5.</source>
        <translation>Jetzt %1, von −5 bis +5.</translation>
    </message>
    <message>
        <source>Not noted. Tick the box first.</source>
        <translation>Nicht notiert. Setz zuerst das Häkchen.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss this notice</source>
        <translation>Diesen Hinweis ausblenden</translation>
    </message>
</context>
<context>
    <name>bearings::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Neue Passphrase noch einmal</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Deine Passphrase ändern</translation>
    </message>
    <message>
        <source>Changing it re-encrypts your vault and its backup on this computer right away. Use at least %1 characters. There is no way to recover a forgotten passphrase, so choose one you will remember.</source>
        <translation>Beim Ändern werden dein Tresor und seine Sicherung auf diesem Computer sofort neu verschlüsselt. Verwende mindestens %1 Zeichen. Eine vergessene Passphrase lässt sich nicht wiederherstellen, also wähle eine, die du dir merken kannst.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Neue Passphrase &amp;noch einmal</translation>
    </message>
    <message>
        <source>Copies of the vault made before the change, for example by a backup program, still open with the old passphrase.</source>
        <translation>Kopien des Tresors, die vor der Änderung entstanden sind, etwa durch ein Sicherungsprogramm, lassen sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Unlock your vault to change its passphrase.</source>
        <translation>Entsperre deinen Tresor, um seine Passphrase zu ändern.</translation>
    </message>
    <message>
        <source>Your vault is locked, so the passphrase was not changed.</source>
        <translation>Dein Tresor ist gesperrt, daher wurde die Passphrase nicht geändert.</translation>
    </message>
    <message>
        <source>Please enter your current passphrase.</source>
        <translation>Bitte gib deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Please use at least %1 characters for the new passphrase.</source>
        <translation>Bitte verwende für die neue Passphrase mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two new passphrases are different. Please type them again.</source>
        <translation>Die beiden neuen Passphrasen sind verschieden. Bitte gib sie noch einmal ein.</translation>
    </message>
    <message>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <source>Changing your passphrase. This takes a moment…</source>
        <translation>Deine Passphrase wird geändert. Das dauert einen Moment…</translation>
    </message>
    <message>
        <source>Your passphrase is changed. From now on, use the new one to unlock Bearings.</source>
        <translation>Deine Passphrase ist geändert. Verwende ab jetzt die neue, um Bearings zu entsperren.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::PlaceholderPanel</name>
    <message>
        <source>Fill in</source>
        <translation>Einsetzen</translation>
    </message>
    <message>
        <source>Write the values into the message</source>
        <translation>Die Werte in die Nachricht schreiben</translation>
    </message>
    <message>
        <source>Puts what you typed into the message itself. Undo takes it back.</source>
        <translation>Setzt das Getippte in die Nachricht selbst ein. Rückgängig nimmt es wieder heraus.</translation>
    </message>
    <message>
        <source>Fill in: %1</source>
        <translation>Einsetzen: %1</translation>
    </message>
    <message>
        <source>Type what goes here</source>
        <translation>Schreib, was hierhin gehört</translation>
    </message>
    <message>
        <source>This message has no blanks. To add one, type a word in square brackets, such as [Name].</source>
        <translation>Diese Nachricht hat keine Lücken. Um eine hinzuzufügen, schreib ein Wort in eckige Klammern, etwa [Name].</translation>
    </message>
    <message>
        <source>What you type shows in the preview. Fill in writes it into the message.</source>
        <translation>Was du eingibst, erscheint in der Vorschau. Einsetzen schreibt es in die Nachricht.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipSwitcher</name>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Relationship shown</source>
        <translation>Angezeigte Beziehung</translation>
    </message>
    <message>
        <source>Every page shows the relationship chosen here.</source>
        <translation>Jede Seite zeigt die hier gewählte Beziehung.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>Adds a person this app keeps notes about. An alias or initials are fine.</source>
        <translation>Fügt eine Person hinzu, über die diese App Notizen führt. Ein Spitzname oder Initialen reichen.</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <source>Manage relationships</source>
        <translation>Beziehungen verwalten</translation>
    </message>
    <message>
        <source>Add, rename, archive or delete relationships.</source>
        <translation>Beziehungen hinzufügen, umbenennen, archivieren oder löschen.</translation>
    </message>
    <message>
        <source>No one added yet</source>
        <translation>Noch niemand hinzugefügt</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipText</name>
    <message>
        <source>Partner</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freundschaft</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Co-parent</source>
        <translation>Gemeinsame Kinder</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Noch nicht entschieden</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Limit contact</source>
        <translation>Kontakt begrenzen</translation>
    </message>
    <message>
        <source>End contact</source>
        <translation>Kontakt beenden</translation>
    </message>
    <message>
        <source>You have not chosen a path yet, and that is fine: noticing what happens for a while is a step of its own.</source>
        <translation>Du hast noch keinen Weg gewählt, und das ist in Ordnung: Eine Weile zu beobachten, was passiert, ist schon ein eigener Schritt.</translation>
    </message>
    <message>
        <source>You work on it together, which takes real accountability from them, clear boundaries, support around you and a set trial period to see what changes.</source>
        <translation>Ihr arbeitet gemeinsam daran. Dafür braucht es echte Verantwortung von der anderen Person, klare Grenzen, Unterstützung für dich und eine feste Probezeit, um zu sehen, was sich ändert.</translation>
    </message>
    <message>
        <source>You keep contact smaller and on your terms, such as shorter visits, texts only, topics that are off the table, someone else there, or a time limit.</source>
        <translation>Du hältst den Kontakt kleiner und zu deinen Bedingungen, etwa mit kürzeren Besuchen, nur Nachrichten, Themen, die tabu sind, einer weiteren Person dabei oder einem Zeitlimit.</translation>
    </message>
    <message>
        <source>You end contact, with your safety first and a plan for the message, the timing, who you tell and the practical steps.</source>
        <translation>Du beendest den Kontakt, mit deiner Sicherheit an erster Stelle und einem Plan für die Nachricht, den Zeitpunkt, wem du es sagst und die praktischen Schritte.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 journal note</source>
        <translation>1 Tagebucheintrag</translation>
    </message>
    <message>
        <source>%1 journal notes</source>
        <translation>%1 Tagebucheinträge</translation>
    </message>
    <message>
        <source>1 boundary</source>
        <translation>1 Grenze</translation>
    </message>
    <message>
        <source>%1 boundaries</source>
        <translation>%1 Grenzen</translation>
    </message>
    <message>
        <source>%1 with %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>1 crossing</source>
        <translation>1 Überschreitung</translation>
    </message>
    <message>
        <source>%1 crossings</source>
        <translation>%1 Überschreitungen</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation>1 Einschätzung</translation>
    </message>
    <message>
        <source>%1 assessments</source>
        <translation>%1 Einschätzungen</translation>
    </message>
    <message>
        <source>1 trial plan</source>
        <translation>1 Probeplan</translation>
    </message>
    <message>
        <source>%1 trial plans</source>
        <translation>%1 Probepläne</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 Check-ins</translation>
    </message>
    <message>
        <source>1 message draft</source>
        <translation>1 Nachrichtenentwurf</translation>
    </message>
    <message>
        <source>%1 message drafts</source>
        <translation>%1 Nachrichtenentwürfe</translation>
    </message>
    <message>
        <source>1 checklist item</source>
        <translation>1 Punkt auf der Checkliste</translation>
    </message>
    <message>
        <source>%1 checklist items</source>
        <translation>%1 Punkte auf der Checkliste</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last item of a list</comment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>This also deletes %1.</source>
        <translation>Dabei werden auch %1 gelöscht.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RelationshipsDialog</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People you have added</source>
        <translation>Personen, die du hinzugefügt hast</translation>
    </message>
    <message>
        <source>Archived people are shown greyed, after the others.</source>
        <translation>Archivierte Personen erscheinen ausgegraut nach den anderen.</translation>
    </message>
    <message>
        <source>&amp;Add someone</source>
        <translation>Jemanden &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>An alias or initials are fine.</source>
        <translation>Ein Spitzname oder Initialen reichen.</translation>
    </message>
    <message>
        <source>An alias or initials are fine</source>
        <translation>Ein Spitzname oder Initialen reichen</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Wer die Person für dich ist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything you want to remember. Only you will see this.</source>
        <translation>Alles, was du dir merken möchtest. Nur du siehst das.</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deletes this person and everything kept about them, after asking.</source>
        <translation>Löscht diese Person und alles, was über sie gespeichert ist, nach einer Rückfrage.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Who they are</source>
        <translation>&amp;Wer die Person ist</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tizen</translation>
    </message>
    <message>
        <source>Archiving puts someone away without deleting anything. You can restore them at any time.</source>
        <translation>Archivieren legt jemanden beiseite, ohne etwas zu löschen. Du kannst die Person jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 is added.</source>
        <translation>%1 ist hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Archived. Nothing was deleted.</source>
        <translation>Archiviert. Es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>Restored.</source>
        <translation>Wiederhergestellt.</translation>
    </message>
    <message>
        <source>Delete %1 and everything kept about them?</source>
        <translation>%1 und alles, was über diese Person gespeichert ist, löschen?</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>Cancel, keep everything</source>
        <translation>Abbrechen, alles behalten</translation>
    </message>
    <message>
        <source>%1 is deleted.</source>
        <translation>%1 ist gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Save this person</source>
        <translation>Diese Person speichern</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Brings this person back into the list of people you are working on.</source>
        <translation>Holt diese Person zurück in die Liste der Personen, mit denen du arbeitest.</translation>
    </message>
    <message>
        <source>Puts this person away without deleting anything.</source>
        <translation>Legt diese Person beiseite, ohne etwas zu löschen.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RemindersPage</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Remind me once a &amp;week to check in</source>
        <translation>Erinnere mich einmal pro &amp;Woche an den Check-in</translation>
    </message>
    <message>
        <source>Remind me once a week to check in</source>
        <translation>Erinnere mich einmal pro Woche an den Check-in</translation>
    </message>
    <message>
        <source>Reminder day</source>
        <translation>Tag der Erinnerung</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Weekly check-in</source>
        <translation>Wöchentlicher Check-in</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>The reminder only says “%1”. It never shows a name or anything you wrote, and in discreet mode it looks like any notes app.</source>
        <translation>Die Erinnerung sagt nur „%1“. Sie zeigt nie einen Namen oder etwas, das du geschrieben hast, und im diskreten Modus sieht sie aus wie von einer beliebigen Notiz-App.</translation>
    </message>
    <message>
        <source>It appears only while Bearings is running, also when it stays hidden and locked after a quick exit. Clicking it shows the locked window.</source>
        <translation>Sie erscheint nur, solange Bearings läuft, auch wenn es nach dem schnellen Verlassen verborgen und gesperrt bleibt. Ein Klick darauf zeigt das gesperrte Fenster.</translation>
    </message>
    <message>
        <source>This desktop has no notification area that Bearings can use, so reminders cannot appear here.</source>
        <translation>Dieser Desktop hat keinen Benachrichtigungsbereich, den Bearings nutzen kann, daher können hier keine Erinnerungen erscheinen.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SafetyBanner</name>
    <message>
        <source>Your safety comes first</source>
        <translation>Deine Sicherheit geht vor</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf %1 an.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (TTY %3)</source>
        <translation>%1: %2 (TTY %3)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Abuse is not a relationship problem to fix together. It is not your fault, and you do not have to face it alone.</source>
        <translation>Missbrauch ist kein Beziehungsproblem, das man gemeinsam löst. Es ist nicht deine Schuld, und du musst da nicht allein durch.</translation>
    </message>
    <message>
        <source>Open your safety plan</source>
        <translation>Deinen Sicherheitsplan öffnen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SafetyPlanEditor</name>
    <message>
        <source>Helpline</source>
        <translation>Hilfetelefon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Phone or text number</source>
        <translation>Nummer für Anruf oder Nachricht</translation>
    </message>
    <message>
        <source>TTY</source>
        <translation>TTY</translation>
    </message>
    <message>
        <source>If it has one</source>
        <translation>Falls vorhanden</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Hours, languages, chat</source>
        <translation>Zeiten, Sprachen, Chat</translation>
    </message>
    <message>
        <source>Add a helpline</source>
        <translation>Ein Hilfetelefon hinzufügen</translation>
    </message>
    <message>
        <source>Helpline %1</source>
        <translation>Hilfetelefon %1</translation>
    </message>
    <message>
        <source>Remove helpline %1</source>
        <translation>Hilfetelefon %1 entfernen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Wer die Person ist</translation>
    </message>
    <message>
        <source>Sister, neighbour, friend</source>
        <translation>Schwester, Nachbar, Freundin</translation>
    </message>
    <message>
        <source>Knows the plan</source>
        <translation>Kennt den Plan</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Eine Person hinzufügen</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Person %1 entfernen</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>A friend&apos;s home, a library</source>
        <translation>Bei Freunden, eine Bibliothek</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street and town</source>
        <translation>Straße und Ort</translation>
    </message>
    <message>
        <source>How to get there</source>
        <translation>Wie du hinkommst</translation>
    </message>
    <message>
        <source>Bus, on foot, who could drive you</source>
        <translation>Bus, zu Fuß, wer dich fahren könnte</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Einen Ort hinzufügen</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Ort %1</translation>
    </message>
    <message>
        <source>Remove place %1</source>
        <translation>Ort %1 entfernen</translation>
    </message>
    <message>
        <source>Add a step, then press Enter</source>
        <translation>Schritt eingeben, dann die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>What to have with you</source>
        <translation>Was du bei dir haben solltest</translation>
    </message>
    <message>
        <source>A document, a card, medication, a key</source>
        <translation>Ein Dokument, eine Karte, Medikamente, ein Schlüssel</translation>
    </message>
    <message>
        <source>Add something to take</source>
        <translation>Etwas zum Mitnehmen hinzufügen</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>Remove item %1</source>
        <translation>Punkt %1 entfernen</translation>
    </message>
    <message>
        <source>Add something that helps, then press Enter</source>
        <translation>Etwas eingeben, das hilft, dann die Eingabetaste drücken</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Wo du lebst</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Notrufnummer</translation>
    </message>
    <message>
        <source>The number for emergency services</source>
        <translation>Die Nummer des Notrufs</translation>
    </message>
    <message>
        <source>&amp;Where you live</source>
        <translation>&amp;Wo du lebst</translation>
    </message>
    <message>
        <source>&amp;Emergency number</source>
        <translation>&amp;Notrufnummer</translation>
    </message>
    <message>
        <source>A word or phrase</source>
        <translation>Ein Wort oder ein Satz</translation>
    </message>
    <message>
        <source>Type the number for emergency services where you live</source>
        <translation>Gib die Notrufnummer ein, die dort gilt, wo du lebst</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SafetyPlanExport</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Reiner Text (*.txt)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The wallet card can be saved as PDF or HTML.</source>
        <translation>Die Karte für die Brieftasche kann als PDF oder HTML gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SafetyPlanPage</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>See it printed</source>
        <translation>Druckansicht</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>Druckvorschau…</translation>
    </message>
    <message>
        <source>Print the plan</source>
        <translation>Den Plan drucken</translation>
    </message>
    <message>
        <source>Print the plan (Ctrl+P)</source>
        <translation>Den Plan drucken (Strg+P)</translation>
    </message>
    <message>
        <source>Print preview of the plan</source>
        <translation>Druckvorschau des Plans</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the plan to a file</source>
        <translation>Den Plan in eine Datei exportieren</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Web page (HTML)…</source>
        <translation>Webseite (HTML)…</translation>
    </message>
    <message>
        <source>Plain text…</source>
        <translation>Reiner Text…</translation>
    </message>
    <message>
        <source>Markdown…</source>
        <translation>Markdown…</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Karte für die Brieftasche</translation>
    </message>
    <message>
        <source>Wallet card with the essentials</source>
        <translation>Karte für die Brieftasche mit dem Wichtigsten</translation>
    </message>
    <message>
        <source>The emergency number, a helpline, two people, the code word and a safe place, on a card the size of a bank card.</source>
        <translation>Die Notrufnummer, ein Hilfetelefon, zwei Personen, das Codewort und ein sicherer Ort, auf einer Karte in der Größe einer Bankkarte.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as web page (HTML)…</source>
        <translation>Als Webseite (HTML) speichern…</translation>
    </message>
    <message>
        <source>Edit the plan</source>
        <translation>Den Plan bearbeiten</translation>
    </message>
    <message>
        <source>See the plan as it prints</source>
        <translation>Den Plan so sehen, wie er gedruckt wird</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Changes are saved in your encrypted vault as you make them. Nothing here leaves this computer unless you print or export it.</source>
        <translation>Änderungen werden sofort in deinem verschlüsselten Tresor gespeichert. Nichts hiervon verlässt diesen Computer, außer du druckst oder exportierst es.</translation>
    </message>
    <message>
        <source>Your plan as it prints</source>
        <translation>Dein Plan, wie er gedruckt wird</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. %1</source>
        <translation>Deine letzten Änderungen konnten nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf deine örtliche Notrufnummer an.</translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf %1 an.</translation>
    </message>
    <message>
        <source>The plan could not be printed. Please check the printer and try again.</source>
        <translation>Der Plan konnte nicht gedruckt werden. Bitte prüfe den Drucker und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The card could not be printed. Please check the printer and try again.</source>
        <translation>Die Karte konnte nicht gedruckt werden. Bitte prüfe den Drucker und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Den Plan exportieren</translation>
    </message>
    <message>
        <source>Save the wallet card</source>
        <translation>Die Karte für die Brieftasche speichern</translation>
    </message>
    <message>
        <source>Saved to %1. This file is not encrypted: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation>Unter %1 gespeichert. Diese Datei ist nicht verschlüsselt: Bewahre sie an einem sicheren Ort auf und lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::ScriptText</name>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>%1, at “%2”. %3</source>
        <translation>%1, bei „%2“. %3</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>1 character</source>
        <translation>1 Zeichen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>word count, character count</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind of message · date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>kind of message · person · date</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>bearings::ui::ScriptsPage</name>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>No drafts yet</source>
        <translation>Noch keine Entwürfe</translation>
    </message>
    <message>
        <source>Start from a template: short, firm messages for saying how you feel, stepping back, holding a boundary or ending contact. You fill in the blanks, and a checker points out what may weaken them.</source>
        <translation>Beginne mit einer Vorlage: kurze, klare Nachrichten, um zu sagen, wie es dir geht, auf Abstand zu gehen, eine Grenze zu halten oder den Kontakt zu beenden. Du füllst die Lücken aus, und eine Prüfung zeigt, was sie schwächen könnte.</translation>
    </message>
    <message>
        <source>New from template…</source>
        <translation>Neu aus Vorlage…</translation>
    </message>
    <message>
        <source>Blank draft</source>
        <translation>Leerer Entwurf</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Export as text…</source>
        <translation>Als Text exportieren…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Export the message</source>
        <translation>Die Nachricht exportieren</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Draft what you need to say: short, firm and calm. Nothing leaves Bearings unless you copy or export it.</source>
        <translation>Formuliere, was du sagen musst: kurz, klar und ruhig. Nichts verlässt Bearings, außer du kopierst oder exportierst es.</translation>
    </message>
    <message>
        <source>Start a new draft from a template</source>
        <translation>Einen neuen Entwurf aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Start a blank draft</source>
        <translation>Einen leeren Entwurf beginnen</translation>
    </message>
    <message>
        <source>Which drafts to show</source>
        <translation>Welche Entwürfe gezeigt werden</translation>
    </message>
    <message>
        <source>Drafts, most recently changed first</source>
        <translation>Entwürfe, zuletzt geänderte zuerst</translation>
    </message>
    <message>
        <source>Rename the selected draft</source>
        <translation>Den ausgewählten Entwurf umbenennen</translation>
    </message>
    <message>
        <source>Duplicate the selected draft</source>
        <translation>Den ausgewählten Entwurf duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected draft</source>
        <translation>Den ausgewählten Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete this draft? You can undo this until you lock Bearings.</source>
        <translation>Diesen Entwurf löschen? Du kannst das rückgängig machen, bis du Bearings sperrst.</translation>
    </message>
    <message>
        <source>Yes, delete the draft</source>
        <translation>Ja, den Entwurf löschen</translation>
    </message>
    <message>
        <source>Keep the draft</source>
        <translation>Den Entwurf behalten</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>Title of this draft</source>
        <translation>Titel dieses Entwurfs</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Art der Nachricht</translation>
    </message>
    <message>
        <source>The checker adjusts to the kind: an apology may say sorry, and a message that ends contact should not ask questions.</source>
        <translation>Die Prüfung passt sich der Art an: Eine Entschuldigung darf „Entschuldigung“ sagen, und eine Nachricht, die den Kontakt beendet, sollte keine Fragen stellen.</translation>
    </message>
    <message>
        <source>Who this draft is for</source>
        <translation>Für wen dieser Entwurf ist</translation>
    </message>
    <message>
        <source>Undo the last change to the message</source>
        <translation>Die letzte Änderung an der Nachricht rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the change</source>
        <translation>Die Änderung wiederholen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write your message here. Put blanks in square brackets, such as [Name].</source>
        <translation>Schreib deine Nachricht hier. Setz Lücken in eckige Klammern, etwa [Name].</translation>
    </message>
    <message>
        <source>Preview of the final message</source>
        <translation>Vorschau der fertigen Nachricht</translation>
    </message>
    <message>
        <source>Copy the final message</source>
        <translation>Die fertige Nachricht kopieren</translation>
    </message>
    <message>
        <source>Bearings clears the clipboard again after a short while.</source>
        <translation>Bearings leert die Zwischenablage nach kurzer Zeit wieder.</translation>
    </message>
    <message>
        <source>Export the final message as a text file</source>
        <translation>Die fertige Nachricht als Textdatei exportieren</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Final message</source>
        <translation>Fertige Nachricht</translation>
    </message>
    <message>
        <source>Fill in the blanks</source>
        <translation>Die Lücken ausfüllen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Choose a draft on the left, or start a new one from a template.</source>
        <translation>Wähle links einen Entwurf oder beginne einen neuen aus einer Vorlage.</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <source>All drafts</source>
        <translation>Alle Entwürfe</translation>
    </message>
    <message>
        <source>No one in particular</source>
        <translation>Niemand Bestimmtes</translation>
    </message>
    <message>
        <source>No drafts for this relationship yet. Start one from a template, or show all drafts.</source>
        <translation>Noch keine Entwürfe für diese Beziehung. Beginne einen aus einer Vorlage oder zeig alle Entwürfe.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Filled in 1 blank. Undo takes it back.</source>
        <translation>1 Lücke ausgefüllt. Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Filled in %1 blanks. Undo takes them back.</source>
        <translation>%1 Lücken ausgefüllt. Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>There is nothing to copy yet.</source>
        <translation>Es gibt noch nichts zu kopieren.</translation>
    </message>
    <message>
        <source>Copied. Bearings clears it from the clipboard in %1 seconds.</source>
        <translation>Kopiert. Bearings entfernt es in %1 Sekunden aus der Zwischenablage.</translation>
    </message>
    <message>
        <source>Copied. Bearings clears it from the clipboard when it locks.</source>
        <translation>Kopiert. Bearings entfernt es aus der Zwischenablage, wenn es sich sperrt.</translation>
    </message>
    <message>
        <source>Some blanks are still empty.</source>
        <translation>Einige Lücken sind noch leer.</translation>
    </message>
    <message>
        <source>Saved to %1. It is plain text, so anyone who can open that folder can read it.</source>
        <translation>Unter %1 gespeichert. Es ist reiner Text, also kann ihn jeder lesen, der diesen Ordner öffnen kann.</translation>
    </message>
    <message>
        <source>That template is no longer available.</source>
        <translation>Diese Vorlage ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>A new draft from “%1”. Fill in the blanks on the right, then read it through.</source>
        <translation>Ein neuer Entwurf aus „%1“. Fülle rechts die Lücken aus und lies ihn dann durch.</translation>
    </message>
    <message>
        <source>A new draft from “%1”.</source>
        <translation>Ein neuer Entwurf aus „%1“.</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Neue Nachricht</translation>
    </message>
    <message>
        <source>Made a copy: “%1”.</source>
        <translation>Kopie erstellt: „%1“.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this until you lock Bearings.</source>
        <translation>„%1“ löschen? Du kannst das rückgängig machen, bis du Bearings sperrst.</translation>
    </message>
    <message>
        <source>The draft was deleted.</source>
        <translation>Der Entwurf wurde gelöscht.</translation>
    </message>
    <message>
        <source>The draft is back.</source>
        <translation>Der Entwurf ist wieder da.</translation>
    </message>
    <message>
        <source>Saves as you type</source>
        <translation>Wird beim Tippen gespeichert</translation>
    </message>
</context>
<context>
    <name>bearings::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Reminders</source>
        <translation>&amp;Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Traces on this computer</source>
        <translation>Sp&amp;uren auf diesem Computer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Saves the choices on the General, Locking and Reminders tabs.</source>
        <translation>Speichert die Auswahl auf den Seiten Allgemein, Sperren und Erinnerungen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes without saving the choices on the General, Locking and Reminders tabs. A passphrase you changed stays changed.</source>
        <translation>Schließt, ohne die Auswahl auf den Seiten Allgemein, Sperren und Erinnerungen zu speichern. Eine geänderte Passphrase bleibt geändert.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::StrategyChangeDialog</name>
    <message>
        <source>Change the path</source>
        <translation>Den Weg ändern</translation>
    </message>
    <message>
        <source>Change the path with %1</source>
        <translation>Den Weg mit %1 ändern</translation>
    </message>
    <message>
        <source>Which path feels right with %1 now?</source>
        <translation>Welcher Weg fühlt sich mit %1 jetzt richtig an?</translation>
    </message>
    <message>
        <source>You can change this again at any time. Bearings keeps a record of each change.</source>
        <translation>Du kannst das jederzeit wieder ändern. Bearings hält jede Änderung fest.</translation>
    </message>
    <message>
        <source>&amp;Why now? (only you will see this)</source>
        <translation>&amp;Warum jetzt? (nur du siehst das)</translation>
    </message>
    <message>
        <source>Why now?</source>
        <translation>Warum jetzt?</translation>
    </message>
    <message>
        <source>Optional. Only you will see this.</source>
        <translation>Freiwillig. Nur du siehst das.</translation>
    </message>
    <message>
        <source>Optional, but it can help to read later.</source>
        <translation>Freiwillig, aber es kann helfen, das später nachzulesen.</translation>
    </message>
    <message>
        <source>Save the path</source>
        <translation>Weg speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::StrategyPanel</name>
    <message>
        <source>No one added yet</source>
        <translation>Noch niemand hinzugefügt</translation>
    </message>
    <message>
        <source>Add the person this is about to choose a path and write down what matters to you. An alias or initials are enough.</source>
        <translation>Füge die Person hinzu, um die es geht, um einen Weg zu wählen und aufzuschreiben, was dir wichtig ist. Ein Spitzname oder Initialen reichen.</translation>
    </message>
    <message>
        <source>Non-negotiables</source>
        <translation>Nicht verhandelbar</translation>
    </message>
    <message>
        <source>Something you will not accept at all</source>
        <translation>Etwas, das du auf keinen Fall hinnimmst</translation>
    </message>
    <message>
        <source>What matters to you</source>
        <translation>Was dir wichtig ist</translation>
    </message>
    <message>
        <source>Something you value or need</source>
        <translation>Etwas, das dir wichtig ist oder das du brauchst</translation>
    </message>
    <message>
        <source>Your path</source>
        <translation>Dein Weg</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Jemanden hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <source>Change the path</source>
        <translation>Den Weg ändern</translation>
    </message>
    <message>
        <source>Choose another path and, if you like, note why.</source>
        <translation>Wähle einen anderen Weg und notiere, wenn du magst, warum.</translation>
    </message>
    <message>
        <source>How your path has changed, newest first</source>
        <translation>Wie sich dein Weg verändert hat, neueste zuerst</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Weg</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>How it has changed</source>
        <translation>Wie er sich verändert hat</translation>
    </message>
    <message>
        <source>The few things you will not accept at all. Changes are saved as you make them.</source>
        <translation>Die wenigen Dinge, die du auf keinen Fall hinnimmst. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>What you value or need in this relationship. Changes are saved as you make them.</source>
        <translation>Was dir in dieser Beziehung wichtig ist oder was du brauchst. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Your path with %1</source>
        <translation>Dein Weg mit %1</translation>
    </message>
    <message>
        <source>Current path: %1</source>
        <translation>Aktueller Weg: %1</translation>
    </message>
    <message>
        <source>This change could not be saved. %1</source>
        <translation>Diese Änderung konnte nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <source>The new path could not be saved. %1</source>
        <translation>Der neue Weg konnte nicht gespeichert werden. %1</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TemplatePickerDialog</name>
    <message>
        <source>Start from a template</source>
        <translation>Mit einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Search the templates</source>
        <translation>Die Vorlagen durchsuchen</translation>
    </message>
    <message>
        <source>Search, for example “work” or “ending”</source>
        <translation>Suchen, zum Beispiel „Arbeit“ oder „beenden“</translation>
    </message>
    <message>
        <source>Show templates of this kind</source>
        <translation>Vorlagen dieser Art zeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>The selected template</source>
        <translation>Die ausgewählte Vorlage</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>Diese Vorlage verwenden</translation>
    </message>
    <message>
        <source>Start a new draft from this template</source>
        <translation>Einen neuen Entwurf aus dieser Vorlage beginnen</translation>
    </message>
    <message>
        <source>Close without a new draft</source>
        <translation>Ohne neuen Entwurf schließen</translation>
    </message>
    <message>
        <source>No template matches. Try fewer words, or start a blank draft instead.</source>
        <translation>Keine Vorlage passt. Versuch es mit weniger Wörtern oder beginne stattdessen einen leeren Entwurf.</translation>
    </message>
    <message>
        <source>1 template</source>
        <translation>1 Vorlage</translation>
    </message>
    <message>
        <source>%1 templates</source>
        <translation>%1 Vorlagen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TracesPage</name>
    <message>
        <source>Traces on this computer</source>
        <translation>Spuren auf diesem Computer</translation>
    </message>
    <message>
        <source>Everything you write is kept in one encrypted file. These are all the files Bearings leaves on this computer, where they really are, and what it cannot hide.</source>
        <translation>Alles, was du schreibst, liegt in einer verschlüsselten Datei. Das hier sind alle Dateien, die Bearings auf diesem Computer hinterlässt, wo sie wirklich liegen und was es nicht verbergen kann.</translation>
    </message>
    <message>
        <source>Your vault</source>
        <translation>Dein Tresor</translation>
    </message>
    <message>
        <source>Everything you write in Bearings. While it saves, a temporary copy appears beside it for a moment; that copy is encrypted too.</source>
        <translation>Alles, was du in Bearings schreibst. Beim Speichern erscheint kurz eine temporäre Kopie daneben; auch sie ist verschlüsselt.</translation>
    </message>
    <message>
        <source>The vault&apos;s backup</source>
        <translation>Die Sicherung des Tresors</translation>
    </message>
    <message>
        <source>The previous save, kept in case the vault is damaged.</source>
        <translation>Der vorige Speicherstand, aufbewahrt für den Fall, dass der Tresor beschädigt wird.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Lock file</source>
        <translation>Sperrdatei</translation>
    </message>
    <message>
        <source>Exists while Bearings is open, so that it runs only once. Holds the program&apos;s process number and name and the computer&apos;s name.</source>
        <translation>Besteht, solange Bearings geöffnet ist, damit es nur einmal läuft. Enthält die Prozessnummer und den Namen des Programms sowie den Namen des Computers.</translation>
    </message>
    <message>
        <source>Wake marker</source>
        <translation>Weckmarkierung</translation>
    </message>
    <message>
        <source>An empty file that appears for a moment when Bearings is started again while it runs hidden.</source>
        <translation>Eine leere Datei, die kurz erscheint, wenn Bearings erneut gestartet wird, während es verborgen läuft.</translation>
    </message>
    <message>
        <source>Files you export or print to a file</source>
        <translation>Dateien, die du exportierst oder in eine Datei druckst</translation>
    </message>
    <message>
        <source>Wherever you choose to save them. They hold what you chose to export, readable by anyone who opens them. Delete them when you no longer need them.</source>
        <translation>Wo immer du sie speicherst. Sie enthalten, was du exportieren wolltest, lesbar für jeden, der sie öffnet. Lösche sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Files Bearings keeps</source>
        <translation>Dateien, die Bearings anlegt</translation>
    </message>
    <message>
        <source>There now.</source>
        <translation>Gerade vorhanden.</translation>
    </message>
    <message>
        <source>Not there now.</source>
        <translation>Gerade nicht vorhanden.</translation>
    </message>
    <message>
        <source>Encrypted with your passphrase.</source>
        <translation>Mit deiner Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Not encrypted: anyone who can open the file can read it.</source>
        <translation>Nicht verschlüsselt: Jeder, der die Datei öffnen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>That Bearings is installed: the program, its menu entry and the folder names above contain the word “Bearings”.</source>
        <translation>Dass Bearings installiert ist: Das Programm, sein Menüeintrag und die Ordnernamen oben enthalten das Wort „Bearings“.</translation>
    </message>
    <message>
        <source>Its window, while it is open: it is listed in the task bar and the task switcher (as “%1” in discreet mode).</source>
        <translation>Sein Fenster, solange es offen ist: Es erscheint in der Taskleiste und im Fensterwechsler (im diskreten Modus als „%1“).</translation>
    </message>
    <message>
        <source>Files you export: the system or other programs may keep lists of recently used files, or thumbnails.</source>
        <translation>Dateien, die du exportierst: Das System oder andere Programme führen vielleicht Listen zuletzt verwendeter Dateien oder Vorschaubilder.</translation>
    </message>
    <message>
        <source>Backup and sync tools, such as cloud folders, may copy the vault file. The copy stays encrypted, but it shows that the file exists.</source>
        <translation>Sicherungs- und Synchronisationsprogramme, etwa Cloud-Ordner, können die Tresordatei kopieren. Die Kopie bleibt verschlüsselt, zeigt aber, dass es die Datei gibt.</translation>
    </message>
    <message>
        <source>Monitoring software on this computer, or someone watching the screen or your typing. If you think this computer is watched, a device the other person cannot reach is safer.</source>
        <translation>Überwachungssoftware auf diesem Computer oder jemand, der auf den Bildschirm oder deine Eingaben schaut. Wenn du glaubst, dass dieser Computer überwacht wird, ist ein Gerät sicherer, an das die andere Person nicht herankommt.</translation>
    </message>
    <message>
        <source>What Bearings cannot hide</source>
        <translation>Was Bearings nicht verbergen kann</translation>
    </message>
    <message>
        <source>Window size and position, the area you last opened, and your choices in the settings: language, look, region, locking and reminders. Nothing you write.</source>
        <translation>Fenstergröße und -position, der zuletzt geöffnete Bereich und deine Auswahl in den Einstellungen: Sprache, Aussehen, Region, Sperren und Erinnerungen. Nichts, was du schreibst.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrayReminder</name>
    <message>
        <source>Time for your weekly note</source>
        <translation>Zeit für deine wöchentliche Notiz</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanBenchmarkRow</name>
    <message>
        <source>A short name</source>
        <translation>Ein kurzer Name</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Good-to-hard ratio</source>
        <translation>Verhältnis gut zu schwer</translation>
    </message>
    <message>
        <source>Breaches a week</source>
        <translation>Überschreitungen pro Woche</translation>
    </message>
    <message>
        <source>Mood after contact</source>
        <translation>Stimmung nach dem Kontakt</translation>
    </message>
    <message>
        <source>My own rating</source>
        <translation>Meine eigene Bewertung</translation>
    </message>
    <message>
        <source>Good moments outweigh hard ones</source>
        <translation>Gute Momente überwiegen die schweren</translation>
    </message>
    <message>
        <source>My boundaries are respected</source>
        <translation>Meine Grenzen werden respektiert</translation>
    </message>
    <message>
        <source>How I feel after we talk</source>
        <translation>Wie ich mich nach unseren Gesprächen fühle</translation>
    </message>
    <message>
        <source>How things feel overall</source>
        <translation>Wie es sich insgesamt anfühlt</translation>
    </message>
    <message>
        <source>Benchmark %1: what it measures</source>
        <translation>Richtwert %1: was er misst</translation>
    </message>
    <message>
        <source>Benchmark %1: name</source>
        <translation>Richtwert %1: Name</translation>
    </message>
    <message>
        <source>Benchmark %1: at least or at most</source>
        <translation>Richtwert %1: mindestens oder höchstens</translation>
    </message>
    <message>
        <source>Benchmark %1: target</source>
        <translation>Richtwert %1: Ziel</translation>
    </message>
    <message>
        <source>Remove benchmark %1</source>
        <translation>Richtwert %1 entfernen</translation>
    </message>
    <message>
        <source>Please give this benchmark a short name.</source>
        <translation>Bitte gib diesem Richtwert einen kurzen Namen.</translation>
    </message>
    <message>
        <source>Please keep the name under %1 characters.</source>
        <translation>Bitte halte den Namen unter %1 Zeichen.</translation>
    </message>
    <message>
        <source>Please enter a number as the target.</source>
        <translation>Bitte gib eine Zahl als Ziel ein.</translation>
    </message>
    <message>
        <source>A ratio cannot be below zero. 5 good moments for each hard one is a common aim.</source>
        <translation>Ein Verhältnis kann nicht unter null liegen. 5 gute Momente je schwerem sind ein übliches Ziel.</translation>
    </message>
    <message>
        <source>The number of breaches cannot be below zero.</source>
        <translation>Die Zahl der Überschreitungen kann nicht unter null liegen.</translation>
    </message>
    <message>
        <source>Mood after contact goes from %1 to %2.</source>
        <translation>Die Stimmung nach dem Kontakt reicht von %1 bis %2.</translation>
    </message>
    <message>
        <source>Your own rating goes from %1 to %2.</source>
        <translation>Deine eigene Bewertung reicht von %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanForm</name>
    <message>
        <source>Repair: work on it together</source>
        <translation>Reparieren: gemeinsam daran arbeiten</translation>
    </message>
    <message>
        <source>Limit: less contact, clearer boundaries</source>
        <translation>Begrenzen: weniger Kontakt, klarere Grenzen</translation>
    </message>
    <message>
        <source>Cut: step away</source>
        <translation>Beenden: auf Abstand gehen</translation>
    </message>
    <message>
        <source>The path and start date stay as they were when the trial began.</source>
        <translation>Weg und Startdatum bleiben so, wie sie zu Beginn der Probezeit waren.</translation>
    </message>
    <message>
        <source>A plan can have up to %1 benchmarks. A few clear ones are easier to follow.</source>
        <translation>Ein Plan kann bis zu %1 Richtwerte haben. Wenige klare lassen sich leichter verfolgen.</translation>
    </message>
    <message>
        <source>Edit the trial plan</source>
        <translation>Den Probeplan bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation>Einen Probeplan beginnen</translation>
    </message>
    <message>
        <source>Trial plan</source>
        <translation>Probeplan</translation>
    </message>
    <message>
        <source>Choose a path</source>
        <translation>Einen Weg wählen</translation>
    </message>
    <message>
        <source>The path you are trying</source>
        <translation>Der Weg, den du ausprobierst</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>Length in weeks</source>
        <translation>Länge in Wochen</translation>
    </message>
    <message>
        <source>Day of the weekly check-in</source>
        <translation>Tag des wöchentlichen Check-ins</translation>
    </message>
    <message>
        <source>The trial</source>
        <translation>Die Probezeit</translation>
    </message>
    <message>
        <source>&amp;Path</source>
        <translation>&amp;Weg</translation>
    </message>
    <message>
        <source>S&amp;tarts on</source>
        <translation>&amp;Beginnt am</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Länge</translation>
    </message>
    <message>
        <source>C&amp;heck in every</source>
        <translation>C&amp;heck-in jeden</translation>
    </message>
    <message>
        <source>A fair trial is usually 8 to 12 weeks: long enough to see a pattern rather than one good or bad day. Then you look back and decide.</source>
        <translation>Eine faire Probezeit dauert meist 8 bis 12 Wochen: lang genug, um ein Muster zu sehen statt nur einen guten oder schlechten Tag. Danach schaust du zurück und entscheidest.</translation>
    </message>
    <message>
        <source>For example: pause and come back in 30 minutes when things heat up</source>
        <translation>Zum Beispiel: eine Pause machen und nach 30 Minuten zurückkommen, wenn es hitzig wird</translation>
    </message>
    <message>
        <source>What I will do differently</source>
        <translation>Was ich anders machen werde</translation>
    </message>
    <message>
        <source>For example: keep one small promise a day</source>
        <translation>Zum Beispiel: jeden Tag ein kleines Versprechen halten</translation>
    </message>
    <message>
        <source>What I&apos;m asking of them</source>
        <translation>Worum ich die andere Person bitte</translation>
    </message>
    <message>
        <source>One small change each</source>
        <translation>Eine kleine Veränderung für jeden</translation>
    </message>
    <message>
        <source>Pick something small and concrete that you would both notice. Small changes are easier to keep.</source>
        <translation>Wähle etwas Kleines und Konkretes, das ihr beide bemerken würdet. Kleine Veränderungen lassen sich leichter halten.</translation>
    </message>
    <message>
        <source>What &amp;I will do differently</source>
        <translation>Was &amp;ich anders machen werde</translation>
    </message>
    <message>
        <source>What I&apos;m &amp;asking of them</source>
        <translation>Worum ich die andere Person &amp;bitte</translation>
    </message>
    <message>
        <source>A&amp;dd a benchmark</source>
        <translation>Einen Richtwert &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a benchmark</source>
        <translation>Einen Richtwert hinzufügen</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Richtwerte</translation>
    </message>
    <message>
        <source>Signs of change to look back on at the end. Bearings works out the first three from your journal and boundaries; you give your own rating at each weekly check-in.</source>
        <translation>Anzeichen für Veränderung, auf die du am Ende zurückschaust. Die ersten drei berechnet Bearings aus deinem Tagebuch und deinen Grenzen; deine eigene Bewertung gibst du bei jedem wöchentlichen Check-in ab.</translation>
    </message>
    <message>
        <source>End the current plan and start this one</source>
        <translation>Den aktuellen Plan beenden und diesen beginnen</translation>
    </message>
    <message>
        <source>Start the trial</source>
        <translation>Die Probezeit beginnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Please choose which path this trial is for: repair, limit or cut.</source>
        <translation>Bitte wähle, für welchen Weg diese Probezeit ist: reparieren, begrenzen oder beenden.</translation>
    </message>
    <message>
        <source>A fair trial is between %1 and %2 weeks; %3 is typical.</source>
        <translation>Eine faire Probezeit dauert zwischen %1 und %2 Wochen; üblich sind %3.</translation>
    </message>
    <message>
        <source>A few things need another look before the plan can be saved. Nothing has been saved yet.</source>
        <translation>Ein paar Dinge brauchen noch einen Blick, bevor der Plan gespeichert werden kann. Es wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>A trial is already running for this relationship. One trial at a time keeps the picture clear. You can end the current one and start this one instead, or keep the current one going.</source>
        <translation>Für diese Beziehung läuft schon eine Probezeit. Eine Probezeit auf einmal hält das Bild klar. Du kannst die aktuelle beenden und stattdessen diese beginnen oder die aktuelle weiterlaufen lassen.</translation>
    </message>
    <message>
        <source>The new plan could not be started, so nothing has changed: your current plan keeps running. %1</source>
        <translation>Der neue Plan konnte nicht begonnen werden, daher hat sich nichts geändert: Dein aktueller Plan läuft weiter. %1</translation>
    </message>
</context>
<context>
    <name>bearings::ui::TrialPlanPanel</name>
    <message>
        <source>Trial plan</source>
        <translation>Probeplan</translation>
    </message>
    <message>
        <source>Benchmarks</source>
        <translation>Richtwerte</translation>
    </message>
    <message>
        <source>Start a trial plan…</source>
        <translation>Einen Probeplan beginnen…</translation>
    </message>
    <message>
        <source>Start a trial plan</source>
        <translation>Einen Probeplan beginnen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the trial plan</source>
        <translation>Den Probeplan bearbeiten</translation>
    </message>
    <message>
        <source>End plan…</source>
        <translation>Plan beenden…</translation>
    </message>
    <message>
        <source>End the trial plan</source>
        <translation>Den Probeplan beenden</translation>
    </message>
    <message>
        <source>End this trial now? Your check-ins and notes stay, and you can start a new trial whenever you like.</source>
        <translation>Diese Probezeit jetzt beenden? Deine Check-ins und Notizen bleiben, und du kannst jederzeit eine neue Probezeit beginnen.</translation>
    </message>
    <message>
        <source>End the plan</source>
        <translation>Den Plan beenden</translation>
    </message>
    <message>
        <source>Yes, end the trial plan</source>
        <translation>Ja, den Probeplan beenden</translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Keep the trial plan running</source>
        <translation>Den Probeplan weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Giving one path a fair trial, usually 8 to 12 weeks, lets you judge by what actually changes rather than by one good or bad day. You choose one small change for each of you, a few signs of progress, and a day for a short weekly check-in. At the end you look back and decide.</source>
        <translation>Wenn du einem Weg eine faire Probezeit gibst, meist 8 bis 12 Wochen, kannst du danach urteilen, was sich wirklich ändert, statt nach einem guten oder schlechten Tag. Du wählst eine kleine Veränderung für jeden von euch, ein paar Anzeichen für Fortschritt und einen Tag für einen kurzen wöchentlichen Check-in. Am Ende schaust du zurück und entscheidest.</translation>
    </message>
    <message>
        <source>Once you have added a relationship, you can give one path a fair trial here.</source>
        <translation>Sobald du eine Beziehung hinzugefügt hast, kannst du hier einem Weg eine faire Probezeit geben.</translation>
    </message>
    <message>
        <source>Your trial: limiting contact</source>
        <translation>Deine Probezeit: Kontakt begrenzen</translation>
    </message>
    <message>
        <source>Your trial: stepping away</source>
        <translation>Deine Probezeit: auf Abstand gehen</translation>
    </message>
    <message>
        <source>Your trial: repair</source>
        <translation>Deine Probezeit: reparieren</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>Beginnt am %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Woche %1 von %2</translation>
    </message>
    <message>
        <source>All %1 weeks are done</source>
        <translation>Alle %1 Wochen sind geschafft</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <source>not written yet</source>
        <translation>noch nicht aufgeschrieben</translation>
    </message>
    <message>
        <source>What I will do differently: %1</source>
        <translation>Was ich anders machen werde: %1</translation>
    </message>
    <message>
        <source>What I&apos;m asking of them: %1</source>
        <translation>Worum ich die andere Person bitte: %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>%1 good moments for each hard one</source>
        <translation>%1 gute Momente je schwerem</translation>
    </message>
    <message>
        <source>%1 breaches a week</source>
        <translation>%1 Überschreitungen pro Woche</translation>
    </message>
    <message>
        <source>mood after contact %1</source>
        <translation>Stimmung nach dem Kontakt %1</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>The check-in for week %1 is still open, whenever you are ready.</source>
        <translation>Der Check-in für Woche %1 ist noch offen, wann immer du so weit bist.</translation>
    </message>
    <message>
        <source>Next check-in: %1</source>
        <translation>Nächster Check-in: %1</translation>
    </message>
    <message>
        <source>Time to look back at your benchmarks and decide what comes next.</source>
        <translation>Zeit, auf deine Richtwerte zurückzuschauen und zu entscheiden, wie es weitergeht.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::UserTagsDialog</name>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>hurtful</source>
        <translation>verletzend</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>weder noch</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Markierung hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag…</source>
        <translation>Markierung entfernen…</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Deine Markierungen</translation>
    </message>
    <message>
        <source>Add words for what keeps happening that the built-in tags don&apos;t cover. Say whether it is a positive or a hurtful moment: that is how it counts on the Overview.</source>
        <translation>Füge Wörter für das hinzu, was immer wieder passiert und von den eingebauten Markierungen nicht abgedeckt wird. Gib an, ob es ein positiver oder ein verletzender Moment ist: So zählt er in der Übersicht.</translation>
    </message>
    <message>
        <source>New tag&apos;s name</source>
        <translation>Name der neuen Markierung</translation>
    </message>
    <message>
        <source>For example: Brings up the past</source>
        <translation>Zum Beispiel: Holt die Vergangenheit hervor</translation>
    </message>
    <message>
        <source>What kind of moment it is</source>
        <translation>Was für ein Moment es ist</translation>
    </message>
    <message>
        <source>A hurtful moment</source>
        <translation>Ein verletzender Moment</translation>
    </message>
    <message>
        <source>A positive moment</source>
        <translation>Ein positiver Moment</translation>
    </message>
    <message>
        <source>Neither, just worth noting</source>
        <translation>Weder noch, nur bemerkenswert</translation>
    </message>
    <message>
        <source>Remove the selected tag</source>
        <translation>Die ausgewählte Markierung entfernen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No tags of your own yet.</source>
        <translation>Noch keine eigenen Markierungen.</translation>
    </message>
    <message>
        <source>Please give the tag a name.</source>
        <translation>Bitte gib der Markierung einen Namen.</translation>
    </message>
    <message>
        <source>You already have a tag called &quot;%1&quot;.</source>
        <translation>Du hast schon eine Markierung namens „%1“.</translation>
    </message>
    <message>
        <source>Remove this tag? No entry carries it.</source>
        <translation>Diese Markierung entfernen? Kein Eintrag trägt sie.</translation>
    </message>
    <message>
        <source>Remove this tag? It comes off the one entry that carries it; the entry itself stays.</source>
        <translation>Diese Markierung entfernen? Sie verschwindet von dem einen Eintrag, der sie trägt; der Eintrag selbst bleibt.</translation>
    </message>
    <message>
        <source>Remove this tag? It comes off the %1 entries that carry it; the entries themselves stay.</source>
        <translation>Diese Markierung entfernen? Sie verschwindet von den %1 Einträgen, die sie tragen; die Einträge selbst bleiben.</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Add the new tag</source>
        <translation>Die neue Markierung hinzufügen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::VaultGate</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase noch einmal</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>Open the backup</source>
        <translation>Die Sicherung öffnen</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Schnell verlassen</translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation>Bearings sofort verbergen und schließen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Once more</source>
        <translation>&amp;Noch einmal</translation>
    </message>
    <message>
        <source>Create your private vault</source>
        <translation>Leg deinen privaten Tresor an</translation>
    </message>
    <message>
        <source>Everything you write in Bearings is kept in one file on this computer, locked with a passphrase only you know. A few unrelated words are easy to remember and hard to guess. If the passphrase is forgotten, nobody can open the vault, not even us.</source>
        <translation>Alles, was du in Bearings schreibst, liegt in einer Datei auf diesem Computer, verschlossen mit einer Passphrase, die nur du kennst. Ein paar Wörter, die nichts miteinander zu tun haben, sind leicht zu merken und schwer zu erraten. Wenn die Passphrase vergessen ist, kann niemand den Tresor öffnen, auch wir nicht.</translation>
    </message>
    <message>
        <source>A passphrase protects your notes when the app is locked or the file is copied. It cannot protect you from someone watching you type, or from monitoring software on this computer. If you think this computer is watched, a device the other person cannot reach is safer.</source>
        <translation>Eine Passphrase schützt deine Notizen, wenn die App gesperrt ist oder die Datei kopiert wird. Sie kann dich nicht vor jemandem schützen, der dir beim Tippen zusieht, oder vor Überwachungssoftware auf diesem Computer. Wenn du glaubst, dass dieser Computer überwacht wird, ist ein Gerät sicherer, an das die andere Person nicht herankommt.</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>Willkommen zurück</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Gib deine Passphrase ein, um deinen Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>Bearings locks itself when you step away. Quick exit, or pressing Shift three times, hides it at once.</source>
        <translation>Bearings sperrt sich, wenn du weggehst. „Schnell verlassen“ oder dreimal Umschalt verbirgt es sofort.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>At least %1 characters. Longer is stronger.</source>
        <translation>Mindestens %1 Zeichen. Länger ist sicherer.</translation>
    </message>
    <message>
        <source>Keep going: at least %1 characters.</source>
        <translation>Weiter so: mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Die beiden Passphrasen stimmen noch nicht überein.</translation>
    </message>
    <message>
        <source>Good. A few more words would make it stronger.</source>
        <translation>Gut. Ein paar Wörter mehr würden sie sicherer machen.</translation>
    </message>
    <message>
        <source>That looks strong.</source>
        <translation>Das sieht sicher aus.</translation>
    </message>
    <message>
        <source>Please enter your passphrase.</source>
        <translation>Bitte gib deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Please use at least %1 characters for your passphrase.</source>
        <translation>Bitte verwende mindestens %1 Zeichen für deine Passphrase.</translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>Die beiden Passphrasen sind verschieden. Bitte gib sie noch einmal ein.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>How Bearings works, and helplines (F1)</source>
        <translation>Wie Bearings funktioniert, und Hilfetelefone (F1)</translation>
    </message>
</context>
<context>
    <name>bearings::ui::VaultSession</name>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Der Tresor konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>bearings::ui::WelcomePage</name>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Goes on to create your private vault.</source>
        <translation>Weiter zum Anlegen deines privaten Tresors.</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>How Bearings works, and helplines (F1)</source>
        <translation>Wie Bearings funktioniert, und Hilfetelefone (F1)</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Schnell verlassen</translation>
    </message>
    <message>
        <source>Hide Bearings at once and close it</source>
        <translation>Bearings sofort verbergen und schließen</translation>
    </message>
</context>
<context>
    <name>bearings::ui::WelcomeText</name>
    <message>
        <source>Welcome to Bearings</source>
        <translation>Willkommen bei Bearings</translation>
    </message>
    <message>
        <source>Bearings is a private place to take stock of a relationship that hurts you, to keep notes and to plan your next steps. Here is what to know before you begin.</source>
        <translation>Bearings ist ein privater Ort, um Bilanz über eine Beziehung zu ziehen, die dich verletzt, Notizen zu führen und deine nächsten Schritte zu planen. Das solltest du wissen, bevor du beginnst.</translation>
    </message>
    <message>
        <source>Press %1 to lock Bearings whenever you step away. It also locks itself after a minute without use.</source>
        <translation>Drücke %1, um Bearings zu sperren, wann immer du weggehst. Nach einer Minute ohne Nutzung sperrt es sich außerdem von selbst.</translation>
    </message>
    <message>
        <source>Press %1 to lock Bearings whenever you step away. It also locks itself after %2 minutes without use.</source>
        <translation>Drücke %1, um Bearings zu sperren, wann immer du weggehst. Nach %2 Minuten ohne Nutzung sperrt es sich außerdem von selbst.</translation>
    </message>
    <message>
        <source>Press %1 to lock Bearings whenever you step away.</source>
        <translation>Drücke %1, um Bearings zu sperren, wann immer du weggehst.</translation>
    </message>
    <message>
        <source>If someone comes near, press Shift three times: the window disappears at once and Bearings locks.</source>
        <translation>Wenn jemand in die Nähe kommt, drück dreimal Umschalt: Das Fenster verschwindet sofort und Bearings sperrt sich.</translation>
    </message>
    <message>
        <source>If someone comes near, press %1, or Shift three times: the window disappears at once and Bearings locks.</source>
        <translation>Wenn jemand in die Nähe kommt, drück %1 oder dreimal Umschalt: Das Fenster verschwindet sofort und Bearings sperrt sich.</translation>
    </message>
    <message>
        <source>What Bearings keeps</source>
        <translation>Was Bearings aufbewahrt</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, in one file that is encrypted with a passphrase only you know. There is no account and no copy anywhere else. Without the passphrase, nobody can read it, and nobody can recover it for you.</source>
        <translation>Alles, was du schreibst, bleibt auf diesem Computer, in einer Datei, die mit einer Passphrase verschlüsselt ist, die nur du kennst. Es gibt kein Konto und keine Kopie anderswo. Ohne die Passphrase kann niemand sie lesen, und niemand kann sie für dich wiederherstellen.</translation>
    </message>
    <message>
        <source>No internet, ever</source>
        <translation>Kein Internet, niemals</translation>
    </message>
    <message>
        <source>Bearings never connects to the internet. It sends nothing, checks for nothing and shares nothing. Helpline numbers are listed, but Bearings never calls or opens anything by itself.</source>
        <translation>Bearings verbindet sich nie mit dem Internet. Es sendet nichts, prüft nichts und teilt nichts. Nummern von Hilfetelefonen sind aufgelistet, aber Bearings ruft nie selbst an und öffnet nie selbst etwas.</translation>
    </message>
    <message>
        <source>Locking and quick exit</source>
        <translation>Sperren und schnell verlassen</translation>
    </message>
    <message>
        <source>If this computer may be watched</source>
        <translation>Wenn dieser Computer überwacht werden könnte</translation>
    </message>
    <message>
        <source>If the person who hurts you can use this computer, or may have put monitoring software on it, they could see what you type, even in Bearings. A device they cannot reach is safer: a computer at a library, or the phone or laptop of a friend you trust. If you look for help online, browser history and shared accounts, such as email, cloud storage or phone backups, can show it to others too.</source>
        <translation>Wenn die Person, die dich verletzt, diesen Computer benutzen kann oder Überwachungssoftware darauf installiert haben könnte, könnte sie sehen, was du tippst, auch in Bearings. Ein Gerät, an das sie nicht herankommt, ist sicherer: ein Computer in einer Bibliothek oder das Handy oder der Laptop von Freunden, denen du vertraust. Wenn du online nach Hilfe suchst, können auch der Browserverlauf und gemeinsame Konten, etwa E-Mail, Cloud-Speicher oder Handy-Sicherungen, das anderen zeigen.</translation>
    </message>
</context>
</TS>
